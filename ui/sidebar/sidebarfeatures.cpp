#include "ui/sidebar/sidebarfeatures.h"

#include "cache/cache.h"
#include "models/agentdirectory.h"
#include "models/articlemodel.h"
#include "models/assignpicker.h"
#include "models/contactdetails.h"
#include "models/conversationlistmodel.h"
#include "models/searchmodel.h"
#include "models/triagecommands.h"
#include "models/triageconflicts.h"
#include "ui/articles/articlepicker.h"
#include "ui/composer.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/sidebar/sidebarpanel.h"
#include "ui/triage/triageactions.h"

#include <QAction>
#include <QBoxLayout>
#include <QDockWidget>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace confab::ui {

using namespace Qt::StringLiterals;

namespace {
// The box layout holding `widget`, searched from `layout` down.
QBoxLayout *boxHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (auto *box = qobject_cast<QBoxLayout *>(layout); box && box->indexOf(widget) >= 0)
        return box;
    for (int i = 0; i < layout->count(); ++i) {
        if (QBoxLayout *found = boxHolding(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}
} // namespace

SidebarFeatures::SidebarFeatures(cache::Cache &cache, models::AgentDirectory &agents, MainWindow *window)
    : QObject(window),
      m_window(window),
      m_presence(new models::AgentPresence(this)),
      m_details(new models::ContactDetails(cache, this)),
      m_pickerArticles(new models::ArticleSearchModel(cache.reader(), this)),
      m_helpArticles(new models::ArticleSearchModel(cache.reader(), this)),
      m_searchModel(new models::SearchModel(cache.reader(), &agents, this)),
      m_commands(new models::TriageCommands(cache, agents, this)),
      m_assignModel(new models::AssignPickerModel(cache.reader(), agents, m_presence, this)),
      m_conflicts(new models::TriageConflicts(cache, agents, this))
{
    setObjectName(u"sidebarFeatures"_s);
    for (auto *m : { m_pickerArticles, m_helpArticles })
        connect(&cache, &cache::Cache::changed, m, &models::ArticleSearchModel::applyChanges);
    connect(&cache, &cache::Cache::changed, m_details, &models::ContactDetails::applyChanges);
    connect(&cache, &cache::Cache::changed, m_searchModel, &models::SearchModel::applyChanges);
    connect(&cache, &cache::Cache::changed, m_assignModel, &models::AssignPickerModel::applyChanges);
    connect(&cache, &cache::Cache::changed, m_conflicts, &models::TriageConflicts::applyChanges);

    // The customer dock shows the sidebar panel (customer + help center).
    m_panel = new SidebarPanel(m_details, m_helpArticles, window);
    if (QDockWidget *dock = window->customerDock()) {
        if (QWidget *old = dock->widget())
            old->hide();
        dock->setWidget(m_panel);
        dock->setMinimumWidth(280);
    }
    m_details->setConversationId(window->currentConversationId());
    connect(window, &MainWindow::conversationOpened, m_details, &models::ContactDetails::setConversationId);
    connect(m_panel, &SidebarPanel::conversationRequested, window, &MainWindow::openConversation);
    connect(m_panel, &SidebarPanel::insertRequested, this, [this](const QString &text) {
        if (Composer *composer = m_window->composer()) {
            composer->editor()->insertPlainText(text);
            composer->focusEditor();
        }
    });

    // Articles in the composer. The list is read once the window is up, so that even the
    // first Ctrl+Shift+H opens at once.
    QTimer::singleShot(0, m_pickerArticles, &models::ArticleSearchModel::preload);
    m_picker = new ArticlePicker(m_pickerArticles, window);
    connect(m_picker, &ArticlePicker::readRequested, this, [this](const QString &id) {
        if (QDockWidget *dock = m_window->customerDock())
            dock->show();
        m_panel->showHelpCenter(id);
    });
    auto *insertArticle = new QAction(tr("Insert &Article…"), window);
    insertArticle->setObjectName(u"actionInsertArticle"_s);
    insertArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    insertArticle->setShortcutContext(Qt::WindowShortcut);
    connect(insertArticle, &QAction::triggered, this, [this] {
        if (Composer *composer = m_window->composer(); composer && composer->isEnabled())
            m_picker->popupFor(composer->editor());
    });
    window->addAction(insertArticle);
    auto *helpCenter = new QAction(tr("Help &Center"), window);
    helpCenter->setObjectName(u"actionHelpCenter"_s);
    connect(helpCenter, &QAction::triggered, this, [this] {
        if (QDockWidget *dock = m_window->customerDock())
            dock->show();
        m_panel->showHelpCenter();
    });
    window->addAction(helpCenter);
    addArticleButton();

    // Search.
    m_search = new SearchDialog(m_searchModel, &agents, window);
    connect(m_search->panel(), &SearchPanel::conversationRequested, window,
            [this](const QString &conversationId, const QString &messageId) {
                m_window->openConversation(conversationId);
                if (FeedView *feed = m_window->feedView()) {
                    if (!messageId.isEmpty())
                        feed->revealMessage(messageId);
                    // The window comes back with the hit in focus (not the list, whose focus
                    // would select its first row when the conversation is not in the view).
                    feed->setFocus(Qt::OtherFocusReason);
                }
                // Out of the way of the feed; Ctrl+F brings it back with the same results.
                m_search->hide();
                m_window->activateWindow();
            });
    auto *find = new QAction(tr("&Search…"), window);
    find->setObjectName(u"actionSearch"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F)); // two equal keys would be ambiguous
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, m_search, &SearchDialog::showAndFocus);
    window->addAction(find);

    // Triage on the list's selection: Shift/Ctrl-click and Ctrl+A select several.
    if (QListView *list = window->conversationList())
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_triage = new TriageActions(m_commands, m_assignModel, m_conflicts, window);
    m_triage->setSelectionProvider([this] { return selectedConversations(); });
    m_triage->setAnchorProvider([this] {
        QListView *list = m_window->conversationList();
        if (list && list->currentIndex().isValid() && list->isVisible()) {
            const QRect r = list->visualRect(list->currentIndex());
            return list->viewport()->mapToGlobal(QPoint(r.left() + 24, r.bottom()));
        }
        return m_window->mapToGlobal(QPoint(m_window->width() / 3, m_window->height() / 4));
    });
    connect(m_triage, &TriageActions::statusMessage, window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 6000); });
    connect(m_triage, &TriageActions::openConversationRequested, window, &MainWindow::openConversation);

    // Menus: Triage, plus search and articles.
    QMenuBar *bar = window->menuBar();
    QAction *before = nullptr;
    const QList<QAction *> menus = bar->actions();
    if (!menus.isEmpty())
        before = menus.last(); // keep Help last
    bar->insertMenu(before, m_triage->menu());
    m_triage->menu()->addSeparator();
    m_triage->menu()->addAction(find);
    m_triage->menu()->addAction(insertArticle);
    m_triage->menu()->addAction(helpCenter);
}

SidebarFeatures::~SidebarFeatures() = default;

void SidebarFeatures::addArticleButton()
{
    Composer *composer = m_window->composer();
    if (!composer || !composer->sendButton())
        return;
    QBoxLayout *row = boxHolding(composer->layout(), composer->sendButton());
    if (!row)
        return;
    m_articleButton = new QToolButton(composer);
    m_articleButton->setObjectName(u"insertArticleButton"_s);
    m_articleButton->setText(tr("Article"));
    m_articleButton->setToolTip(tr("Insert a help article (Ctrl+Shift+H)"));
    m_articleButton->setAccessibleName(tr("Insert a help article"));
    m_articleButton->setAutoRaise(true);
    connect(m_articleButton, &QToolButton::clicked, this, [this] {
        if (Composer *c = m_window->composer())
            m_picker->popupFor(c->editor());
    });
    row->insertWidget(row->indexOf(composer->sendButton()), m_articleButton);
}

QStringList SidebarFeatures::selectedConversations() const
{
    QStringList ids;
    if (QListView *list = m_window->conversationList(); list && list->selectionModel()) {
        QModelIndexList rows = list->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &i : std::as_const(rows))
            ids.append(i.data(models::ConversationListModel::IdRole).toString());
    }
    if (ids.isEmpty() && !m_window->currentConversationId().isEmpty())
        ids.append(m_window->currentConversationId());
    return ids;
}

} // namespace confab::ui
