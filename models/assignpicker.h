#pragma once

#include "protocol/entities.h"

#include <QAbstractListModel>
#include <QHash>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// Teammates' presence from the server's ephemeral `presence` frames (never stored).
class AgentPresence : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // "online", "away", "offline"; empty when unknown.
    QString status(const QString &agentId) const { return m_status.value(agentId); }
    static QString statusText(const QString &status); // "Online", "Away", "Offline", ""

public Q_SLOTS:
    void onPresence(const QString &agentId, const QString &status);
    void clear();

Q_SIGNALS:
    void changed(const QString &agentId);

private:
    QHash<QString, QString> m_status;
};

// The assignee picker: "Unassign", "Me", teammates and teams, filtered as you type. It lists
// only what I may do with every conversation of the selection (TriagePolicy), so an agent sees
// "Me"/"Unassign" and teams while a lead sees everyone with their open count and presence.
class AssignPickerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Kind { Unassign, Me, Teammate, Team };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,          // agent or team id; empty for Unassign
        NameRole,        // also DisplayRole
        InitialsRole,
        OpenCountRole,   // open conversations assigned (agents) or in the team; -1 when not shown
        PresenceRole,    // online | away | offline | ""
        DetailRole,      // "4 open · Online"
        CurrentRole,     // every selected conversation already has this assignee / team
    };
    Q_ENUM(Role)

    AssignPickerModel(const cache::CacheReader &reader, const AgentDirectory &agents, const AgentPresence *presence,
                      QObject *parent = nullptr);

    // The conversations the picker acts on (their current assignees decide what is allowed).
    void setSelection(const QList<protocol::Conversation> &conversations);
    void setSelectionIds(const QStringList &conversationIds); // reads them from the cache
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Leads and admins see open counts and presence.
    bool showsWorkload() const;
    // When teammates are hidden because of my role: why, in plain words (for a note under the list).
    QString restrictionNote() const;

    Kind kindAt(int row) const { return m_rows.at(row).kind; }
    QString idAt(int row) const { return m_rows.at(row).id; }
    int rowOf(Kind kind, const QString &id = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Re-reads open counts and rebuilds the rows (when the picker opens).
    void refresh();
    void applyChanges(const confab::cache::ChangeSet &changes);

private:
    struct Row
    {
        Kind kind = Teammate;
        QString id;
        QString name;
        QString email;
        int openCount = -1;
        QString presence;
        bool current = false;
        bool operator==(const Row &) const = default;
    };
    void rebuild();
    bool allowedFor(const QString &agentId) const;

    const cache::CacheReader &m_reader;
    const AgentDirectory &m_agents;
    const AgentPresence *m_presence;
    QList<protocol::Conversation> m_selection;
    QString m_filter;
    QHash<QString, int> m_agentOpen;
    QHash<QString, int> m_teamOpen;
    QList<Row> m_rows;
};

} // namespace confab::models
