#pragma once

#include "protocol/entities.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QUrl>

class QSettings;

namespace confab::models {

// One admin link for one contact: the workspace's templates (set by admins on the server) and
// the agent's own (QSettings), filled from the contact's fields and attributes.
struct ExpandedAdminLink
{
    QString title;
    QString urlTemplate;
    QUrl url;               // valid only when it can be opened (http, https or mailto)
    QStringList missing;    // placeholders the contact has no value for
    bool local = false;     // from this computer's settings, not the workspace
    QString problem;        // why it cannot be opened, in words; empty when it can
    bool operator==(const ExpandedAdminLink &) const = default;
};

class AdminLinks
{
    Q_DECLARE_TR_FUNCTIONS(confab::models::AdminLinks)
public:
    // Expands a template with protocol::expandAdminLink (values URL-encoded) and says which
    // placeholders were missing. Only http, https and mailto links are opened.
    static ExpandedAdminLink expand(const protocol::AdminLink &link, const protocol::Contact &contact, bool local);
    // The placeholders of a template, in order, without duplicates.
    static QStringList placeholders(const QString &urlTemplate);
    // Whether a template is acceptable for the settings editor; the reason when it is not.
    static QString checkTemplate(const QString &title, const QString &urlTemplate);

    // This computer's templates, stored under "sidebar/adminLinks" in the given settings.
    static QList<protocol::AdminLink> loadLocal(QSettings &settings);
    static void saveLocal(QSettings &settings, const QList<protocol::AdminLink> &links);
};

// The admin links shown in the sidebar for the current contact: workspace links first, then
// local ones. A link with a missing value is listed disabled with the reason in its tooltip.
class ContactAdminLinksModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // also DisplayRole
        UrlRole,        // QUrl (invalid when it cannot be opened)
        UrlTextRole,    // the expanded URL as text
        TemplateRole,
        MissingRole,    // QStringList of missing placeholders
        LocalRole,      // bool
        ProblemRole,    // why it cannot be opened
    };
    Q_ENUM(Role)

    explicit ContactAdminLinksModel(QObject *parent = nullptr);

    void setWorkspaceLinks(const QList<protocol::AdminLink> &links);
    void setLocalLinks(const QList<protocol::AdminLink> &links);
    void setContact(const std::optional<protocol::Contact> &contact);
    const QList<protocol::AdminLink> &localLinks() const { return m_local; }
    const QList<protocol::AdminLink> &workspaceLinks() const { return m_workspace; }

    const ExpandedAdminLink &linkAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    QList<protocol::AdminLink> m_workspace;
    QList<protocol::AdminLink> m_local;
    std::optional<protocol::Contact> m_contact;
    QList<ExpandedAdminLink> m_rows;
};

} // namespace confab::models
