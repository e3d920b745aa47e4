#pragma once

#include <QTabWidget>

class QSettings;

namespace confab::models {
class ArticleSearchModel;
class ContactDetails;
} // namespace confab::models

namespace confab::ui {

class CustomerSidebar;
class HelpCenterView;

// The right-hand panel: the customer, and the help center to read an article before sending
// it. Local admin link templates are kept in QSettings and edited from here.
class SidebarPanel : public QTabWidget
{
    Q_OBJECT
public:
    SidebarPanel(models::ContactDetails *details, models::ArticleSearchModel *articles, QWidget *parent = nullptr);

    CustomerSidebar *customer() const { return m_customer; }
    HelpCenterView *helpCenter() const { return m_help; }

public Q_SLOTS:
    void showCustomer();
    void showHelpCenter(const QString &articleId = {});
    void editAdminLinks();

Q_SIGNALS:
    void conversationRequested(const QString &conversationId);
    void insertRequested(const QString &text);

private:
    models::ContactDetails *m_details;
    CustomerSidebar *m_customer;
    HelpCenterView *m_help;
};

} // namespace confab::ui
