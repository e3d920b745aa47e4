#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace confab::models {
class ContactDetails;
} // namespace confab::models

namespace confab::ui {

namespace sidebar {
class AttributeGrid;
class CollapsibleSection;
class FlowLayout;
} // namespace sidebar

// The customer sidebar: who the customer is (avatar, name, email, company, online / last
// seen, local time), tags (add/remove), admin links (one click opens the browser), the
// standard attributes, custom attributes (collapsible, filterable), latest events with "show
// more", and previous conversations (a click opens one). Reads only ContactDetails; edits go
// through it as cache commands.
class CustomerSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerSidebar(models::ContactDetails *details, QWidget *parent = nullptr);
    ~CustomerSidebar() override;

    models::ContactDetails *details() const { return m_details; }
    // How links open (QDesktopServices::openUrl by default; tests capture them).
    void setUrlOpener(std::function<void(const QUrl &)> opener);
    // Custom attributes beyond this many get a filter field.
    static constexpr int FilterThreshold = 8;

    // For tests and keyboard navigation.
    QLabel *nameLabel() const { return m_name; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *tagEdit() const { return m_tagEdit; }
    QLabel *tagError() const { return m_tagError; }
    QList<QToolButton *> tagButtons() const;
    QList<QPushButton *> linkButtons() const;
    sidebar::AttributeGrid *standardGrid() const { return m_standard; }
    sidebar::AttributeGrid *customGrid() const { return m_custom; }
    QLineEdit *customFilter() const { return m_customFilter; }
    sidebar::CollapsibleSection *customSection() const { return m_customSection; }
    QListView *eventsView() const { return m_events; }
    QPushButton *showMoreButton() const { return m_showMore; }
    QListView *conversationsView() const { return m_conversations; }

public Q_SLOTS:
    void focusTagEdit();

Q_SIGNALS:
    void conversationRequested(const QString &conversationId);
    void editAdminLinksRequested();

private:
    void refreshHeader();
    void refreshTags();
    void refreshLinks();
    void refreshCounts();
    void addTag();
    void fitListHeight(QListView *view);
    QWidget *buildHeader();

    models::ContactDetails *m_details;
    std::function<void(const QUrl &)> m_open;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_tagBox = nullptr;
    sidebar::FlowLayout *m_tagFlow = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QLabel *m_tagError = nullptr;
    QWidget *m_linkBox = nullptr;
    QVBoxLayout *m_linkLayout = nullptr;
    sidebar::CollapsibleSection *m_linksSection = nullptr;
    sidebar::AttributeGrid *m_standard = nullptr;
    sidebar::AttributeGrid *m_custom = nullptr;
    QLineEdit *m_customFilter = nullptr;
    sidebar::CollapsibleSection *m_customSection = nullptr;
    sidebar::CollapsibleSection *m_eventsSection = nullptr;
    sidebar::CollapsibleSection *m_conversationsSection = nullptr;
    QListView *m_events = nullptr;
    QPushButton *m_showMore = nullptr;
    QListView *m_conversations = nullptr;
};

} // namespace confab::ui
