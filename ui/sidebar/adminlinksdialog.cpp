#include "ui/sidebar/adminlinksdialog.h"

#include "models/contactadminlinks.h"
#include "ui/sidebar/sidebarstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;

AdminLinksDialog::AdminLinksDialog(const QList<protocol::AdminLink> &workspaceLinks,
                                   const QList<protocol::AdminLink> &localLinks, QWidget *parent)
    : QDialog(parent), m_links(localLinks)
{
    setWindowTitle(tr("Admin Links"));
    setAccessibleName(tr("Admin links"));
    auto *layout = new QVBoxLayout(this);

    if (!workspaceLinks.isEmpty()) {
        QStringList lines;
        for (const protocol::AdminLink &l : workspaceLinks)
            lines.append(u"<li><b>%1</b> — %2</li>"_s.arg(l.title.toHtmlEscaped(), l.urlTemplate.toHtmlEscaped()));
        auto *workspace = new QLabel(tr("Set by your admins for everyone:") + u"<ul>"_s + lines.join(QString()) + u"</ul>"_s,
                                     this);
        workspace->setTextFormat(Qt::RichText);
        workspace->setWordWrap(true);
        workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(workspace);
    }

    auto *mine = new QLabel(tr("Your own links (on this computer):"), this);
    layout->addWidget(mine);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"localLinks"_s);
    m_list->setAccessibleName(tr("Your links"));
    mine->setBuddy(m_list);
    layout->addWidget(m_list);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"linkTitle"_s);
    m_title->setPlaceholderText(tr("Stripe customer"));
    m_template = new QLineEdit(this);
    m_template->setObjectName(u"linkTemplate"_s);
    m_template->setPlaceholderText(u"https://admin.example.com/users/{external_id}"_s);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Address:"), m_template);
    layout->addLayout(form);
    auto *help = new QLabel(tr("Use {email}, {external_id}, {id}, {name} or any attribute key, for example "
                               "https://billing.example.com/customers?email={email}. Values are encoded for you."),
                            this);
    help->setWordWrap(true);
    sidebar::makeSecondary(help);
    layout->addWidget(help);
    m_error = new QLabel(this);
    m_error->setObjectName(u"linkError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addLink"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeLink"_s);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AdminLinksDialog::addOrUpdate);
    connect(m_template, &QLineEdit::returnPressed, this, &AdminLinksDialog::addOrUpdate);
    connect(m_remove, &QPushButton::clicked, this, &AdminLinksDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AdminLinksDialog::showSelected);
    refreshList();
    resize(520, sizeHint().height());
}

void AdminLinksDialog::refreshList()
{
    m_list->clear();
    for (const protocol::AdminLink &l : std::as_const(m_links))
        m_list->addItem(tr("%1 — %2", "admin link: title — template").arg(l.title, l.urlTemplate));
    m_remove->setEnabled(!m_links.isEmpty());
}

void AdminLinksDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size()) {
        m_add->setText(tr("&Add"));
        return;
    }
    m_title->setText(m_links.at(row).title);
    m_template->setText(m_links.at(row).urlTemplate);
    m_add->setText(tr("&Update"));
}

void AdminLinksDialog::addOrUpdate()
{
    const protocol::AdminLink link { m_title->text().trimmed(), m_template->text().trimmed() };
    const QString problem = models::AdminLinks::checkTemplate(link.title, link.urlTemplate);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_links.size() && m_add->text() == tr("&Update"))
        m_links[row] = link;
    else
        m_links.append(link);
    m_title->clear();
    m_template->clear();
    refreshList();
    m_list->setCurrentRow(-1);
    m_add->setText(tr("&Add"));
    m_title->setFocus();
}

void AdminLinksDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size())
        return;
    m_links.removeAt(row);
    refreshList();
}

} // namespace confab::ui
