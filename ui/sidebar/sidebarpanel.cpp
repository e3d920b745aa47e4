#include "ui/sidebar/sidebarpanel.h"

#include "models/articlemodel.h"
#include "models/contactadminlinks.h"
#include "models/contactdetails.h"
#include "ui/articles/helpcenter.h"
#include "ui/sidebar/adminlinksdialog.h"
#include "ui/sidebar/customersidebar.h"

#include <QSettings>

namespace confab::ui {

using namespace Qt::StringLiterals;

SidebarPanel::SidebarPanel(models::ContactDetails *details, models::ArticleSearchModel *articles, QWidget *parent)
    : QTabWidget(parent), m_details(details), m_customer(new CustomerSidebar(details, this)),
      m_help(new HelpCenterView(articles, this))
{
    setObjectName(u"sidebarPanel"_s);
    setAccessibleName(tr("Customer and help center"));
    setDocumentMode(true);
    // No mnemonics: Alt+C and Alt+H belong to the Conversation and Help menus.
    addTab(m_customer, tr("Customer"));
    addTab(m_help, tr("Help center"));
    {
        QSettings settings;
        details->setLocalAdminLinks(models::AdminLinks::loadLocal(settings));
    }
    connect(m_customer, &CustomerSidebar::conversationRequested, this, &SidebarPanel::conversationRequested);
    connect(m_customer, &CustomerSidebar::editAdminLinksRequested, this, &SidebarPanel::editAdminLinks);
    connect(m_help, &HelpCenterView::insertRequested, this, &SidebarPanel::insertRequested);
}

void SidebarPanel::showCustomer()
{
    setCurrentWidget(m_customer);
}

void SidebarPanel::showHelpCenter(const QString &articleId)
{
    setCurrentWidget(m_help);
    if (articleId.isEmpty())
        m_help->focusSearch();
    else
        m_help->showArticle(articleId);
}

void SidebarPanel::editAdminLinks()
{
    AdminLinksDialog dialog(m_details->adminLinks()->workspaceLinks(), m_details->adminLinks()->localLinks(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    models::AdminLinks::saveLocal(settings, dialog.localLinks());
    m_details->setLocalAdminLinks(dialog.localLinks());
}

} // namespace confab::ui
