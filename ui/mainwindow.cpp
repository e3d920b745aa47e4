#include "ui/mainwindow.h"

#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/pickermodels.h"
#include "models/timeformat.h"
#include "models/viewsmodel.h"
#include "ui/composer.h"
#include "ui/connectionindicator.h"
#include "ui/conversationdelegate.h"
#include "ui/feeddelegate.h"
#include "ui/feedview.h"
#include "ui/icons.h"
#include "ui/languagemenu.h"
#include "ui/theme.h"
#include "ui/viewsdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QDesktopServices>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;
using List = confab::models::ConversationListModel;

namespace confab::ui {

namespace {
const QList<QString> Statuses = { u"open"_s, u"snoozed"_s, u"resolved"_s };
} // namespace

MainWindow::MainWindow(const WindowModels &models, SessionController *session, QWidget *parent)
    : QMainWindow(parent), m_models(models), m_session(session), m_clock(new QTimer(this)), m_viewing(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Confab"));
    setWindowIcon(icon(IconName::App));
    setAccessibleName(tr("Confab inbox"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    buildLayout();
    buildActions();

    // Models → widgets.
    connect(m_models.list, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex i = m_models.list->indexOf(m_current);
        if (i.isValid())
            m_list->setCurrentIndex(i);
    });
    auto updateEmpty = [this] { m_listEmpty->setVisible(m_models.list->rowCount() == 0); };
    connect(m_models.list, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(m_models.list, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_models.list, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    connect(m_models.list, &List::idReplaced, this, [this](const QString &oldId, const QString &newId) {
        if (m_current != oldId)
            return;
        m_current = newId;
        if (m_composer->conversationId() == oldId)
            m_composer->setConversation(newId, m_models.feed->conversation() ? m_models.feed->conversation()->channel
                                                                             : u"chat"_s,
                                        m_composer->text(), Composer::modeName(m_composer->mode()));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showConversation(current.data(List::IdRole).toString());
            });
    connect(m_models.feed, &models::MessageFeedModel::conversationChanged, this, &MainWindow::updateHeader);
    connect(m_models.feed, &models::MessageFeedModel::messagesAppended, this, [this] { markReadIfVisible(); });
    connect(m_models.feed, &models::MessageFeedModel::historyNeeded, this,
            [this](const QString &conversationId, const QString &before) {
                if (m_session)
                    m_session->requestHistory(conversationId, before);
            });
    connect(m_models.feed, &models::MessageFeedModel::historyError, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load older messages: %1").arg(message), 8000);
    });
    connect(m_models.agents, &models::AgentDirectory::changed, this, [this] {
        if (m_models.list->query().agentId != m_models.agents->me())
            applyQuery();
        updateHeader();
        if (m_identity && m_session)
            m_identity->setText(tr("%1 · %2").arg(m_session->agentName(), m_session->serverName()));
    });
    if (m_models.activity)
        connect(m_models.activity, &models::ActivityTracker::changed, this, [this](const QString &conversationId) {
            if (conversationId == m_current)
                updateActivity();
        });

    // Composer → models / session.
    m_composer->setModels(m_models.teammates, m_models.savedReplies);
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &conversationId, const QString &kind, const QString &body, const QStringList &mentions) {
                if (conversationId == m_models.feed->conversationId())
                    m_models.feed->send(kind, body, mentions);
            });
    connect(m_composer, &Composer::draftChanged, this,
            [this](const QString &conversationId, const QString &text, const QString &mode) {
                if (conversationId == m_models.feed->conversationId())
                    m_models.feed->saveDraft(text, mode);
            });
    connect(m_composer, &Composer::typingChanged, this,
            [this](const QString &conversationId, bool on, const QString &mode) {
        if (m_session && !conversationId.isEmpty())
            m_session->sendTyping(conversationId, on, mode);
    });
    connect(m_composer, &Composer::modeChanged, this, [this](Composer::Mode mode) {
        action(u"actionReplyMode"_s)->setChecked(mode == Composer::Mode::Reply);
        action(u"actionNoteMode"_s)->setChecked(mode == Composer::Mode::Note);
    });

    // Session → status bar.
    if (m_session) {
        connect(m_session, &SessionController::connectionChanged, m_connection, &ConnectionIndicator::setConnection);
        connect(m_session, &SessionController::syncProgress, m_connection, &ConnectionIndicator::setProgress);
        connect(m_session, &SessionController::caughtUp, m_connection, &ConnectionIndicator::finishProgress);
        connect(m_session, &SessionController::historyLoaded, m_models.feed, &models::MessageFeedModel::historyLoaded);
        connect(m_session, &SessionController::historyFailed, m_models.feed, &models::MessageFeedModel::historyFailed);
        connect(m_connection, &ConnectionIndicator::reconnectRequested, m_session, &SessionController::reconnectNow);
        m_identity->setText(tr("%1 · %2").arg(m_session->agentName(), m_session->serverName()));
    }

    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_list->viewport()->update();
        updateHeader();
    });
    m_clock->start();
    m_viewing->setInterval(20 * 1000);
    connect(m_viewing, &QTimer::timeout, this, [this] {
        if (m_session && !m_current.isEmpty() && isActiveWindow())
            m_session->sendViewing(m_current);
    });
    m_viewing->start();

    selectView(0);
    showConversation({});
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QWidget *MainWindow::buildLeftPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"viewsPanel"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 8, 0, 6);
    layout->setSpacing(6);
    auto *heading = new QLabel(tr("<b>Inbox</b>"), panel);
    layout->addWidget(heading);
    m_views = new QListView(panel);
    m_views->setObjectName(u"views"_s);
    m_views->setAccessibleName(tr("Views"));
    m_views->setModel(m_models.views);
    m_views->setItemDelegate(new ViewsDelegate(m_views));
    m_views->setFrameShape(QFrame::NoFrame);
    m_views->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views->viewport()->setAutoFillBackground(false);
    connect(m_views->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { applyQuery(); });
    layout->addWidget(m_views, 1);

    auto *statusLabel = new QLabel(tr("S&tatus"), panel);
    m_status = new QComboBox(panel);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItems({ tr("Open"), tr("Snoozed"), tr("Resolved") });
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (m_statusActions && i >= 0 && i < m_statusActions->actions().size())
            m_statusActions->actions().at(i)->setChecked(true);
        applyQuery();
    });
    auto *sortLabel = new QLabel(tr("S&ort"), panel);
    m_sort = new QComboBox(panel);
    m_sort->setObjectName(u"sortOrder"_s);
    m_sort->setAccessibleName(tr("Sort order"));
    m_sort->addItems({ tr("Newest first"), tr("Oldest first"), tr("Waiting longest"), tr("Priority") });
    sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] { applyQuery(); });
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sort);
    return panel;
}

QWidget *MainWindow::buildConversationPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"conversationPanel"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(panel);
    header->setObjectName(u"conversationHeader"_s);
    auto *hl = new QVBoxLayout(header);
    hl->setContentsMargins(14, 8, 14, 8);
    hl->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setObjectName(u"conversationTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(u"conversationSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hl->addWidget(m_title);
    hl->addWidget(m_subtitle);
    layout->addWidget(header);

    m_collision = new QLabel(panel);
    m_collision->setObjectName(u"collisionBanner"_s);
    m_collision->setAccessibleName(tr("Teammates viewing this conversation"));
    m_collision->setContentsMargins(14, 4, 14, 4);
    m_collision->setAutoFillBackground(true);
    m_collision->hide();
    layout->addWidget(m_collision);

    m_feedSplitter = new QSplitter(Qt::Vertical, panel);
    m_feedSplitter->setObjectName(u"feedSplitter"_s);
    m_feedSplitter->setChildrenCollapsible(false);
    auto *feedBox = new QWidget(m_feedSplitter);
    auto *fl = new QVBoxLayout(feedBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->setSpacing(0);
    m_feed = new FeedView(feedBox);
    m_feed->setFeedModel(m_models.feed);
    fl->addWidget(m_feed, 1);
    m_feedEmpty = new QLabel(tr("Select a conversation on the left."), feedBox);
    m_feedEmpty->setObjectName(u"feedEmpty"_s);
    m_feedEmpty->setAlignment(Qt::AlignCenter);
    m_feedEmpty->setForegroundRole(QPalette::PlaceholderText);
    fl->addWidget(m_feedEmpty, 1);
    m_typing = new QLabel(feedBox);
    m_typing->setObjectName(u"typingIndicator"_s);
    m_typing->setContentsMargins(14, 2, 14, 2);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);
    fl->addWidget(m_typing);
    m_composer = new Composer(m_feedSplitter);
    m_feedSplitter->addWidget(feedBox);
    m_feedSplitter->addWidget(m_composer);
    m_feedSplitter->setStretchFactor(0, 1);
    m_feedSplitter->setStretchFactor(1, 0);
    m_feedSplitter->setSizes({ 600, 150 });
    layout->addWidget(m_feedSplitter, 1);
    return panel;
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildLeftPanel());

    auto *listBox = new QWidget(m_splitter);
    auto *ll = new QVBoxLayout(listBox);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->setSpacing(0);
    m_list = new QListView(listBox);
    m_list->setObjectName(u"conversations"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_models.list);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(260);
    ll->addWidget(m_list, 1);
    m_listEmpty = new QLabel(tr("No conversations here."), listBox);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_listEmpty->hide();
    ll->addWidget(m_listEmpty);
    m_splitter->addWidget(listBox);
    m_splitter->addWidget(buildConversationPanel());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 200, 340, 700 });
    setCentralWidget(m_splitter);

    m_customerDock = new QDockWidget(tr("Customer"), this);
    m_customerDock->setObjectName(u"customerDock"_s);
    m_customerDock->setAccessibleName(tr("Customer details"));
    m_customer = new QLabel(m_customerDock);
    m_customer->setObjectName(u"customerSummary"_s);
    m_customer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_customer->setContentsMargins(12, 10, 12, 10);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_customer->setOpenExternalLinks(true);
    m_customer->setMinimumWidth(220);
    m_customerDock->setWidget(m_customer);
    addDockWidget(Qt::RightDockWidgetArea, m_customerDock);

    m_connection = new ConnectionIndicator(this);
    m_identity = new QLabel(this);
    m_identity->setObjectName(u"identity"_s);
    statusBar()->addWidget(m_identity);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       auto &&slot) -> QAction * {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOut = make(u"actionSignOut"_s, tr("Sign &Out"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) }, [this] {
        if (m_session)
            m_session->signOut();
    });
    signOut->setIcon(icon(IconName::SignOut));
    file->addAction(signOut);
    file->addSeparator();
    file->addAction(make(u"actionQuit"_s, tr("&Quit"), { QKeySequence(Qt::CTRL | Qt::Key_Q) },
                         [] { QApplication::quit(); }));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(make(u"actionCopy"_s, tr("&Copy"), { QKeySequence::Copy }, [this] {
        if (QWidget *w = QApplication::focusWidget(); w == m_feed || !w)
            m_feed->copy();
        else
            QMetaObject::invokeMethod(w, "copy");
    }));

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addAction(make(u"actionNext"_s, tr("&Next Conversation"), { QKeySequence(Qt::Key_J) },
                                 [this] { nextConversation(); }));
    conversation->addAction(make(u"actionPrevious"_s, tr("&Previous Conversation"), { QKeySequence(Qt::Key_K) },
                                 [this] { previousConversation(); }));
    conversation->addSeparator();
    QAction *reply = make(u"actionReplyMode"_s, tr("&Reply"),
                          { QKeySequence(Qt::Key_R), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) }, [this] {
                              m_composer->setMode(Composer::Mode::Reply);
                              m_composer->focusEditor();
                          });
    QAction *note = make(u"actionNoteMode"_s, tr("&Note"),
                         { QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) }, [this] {
                             m_composer->setMode(Composer::Mode::Note);
                             m_composer->focusEditor();
                         });
    reply->setCheckable(true);
    note->setCheckable(true);
    reply->setChecked(true);
    reply->setIcon(icon(IconName::Chat));
    note->setIcon(icon(IconName::Note));
    auto *modes = new QActionGroup(this);
    modes->addAction(reply);
    modes->addAction(note);
    conversation->addAction(reply);
    conversation->addAction(note);
    QAction *send = make(u"actionSend"_s, tr("&Send"), { QKeySequence(Qt::CTRL | Qt::Key_Return) },
                         [this] { m_composer->send(); });
    send->setIcon(icon(IconName::Send));
    send->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    conversation->addAction(send);
    conversation->addSeparator();
    conversation->addAction(make(u"actionNewest"_s, tr("Jump to &Newest Message"), { QKeySequence(Qt::CTRL | Qt::Key_End) },
                                 [this] { m_feed->scrollToNewest(); }));
    conversation->addAction(make(u"actionFocusFeed"_s, tr("Focus &Messages"), { QKeySequence(Qt::CTRL | Qt::Key_M) },
                                 [this] { m_feed->setFocus(Qt::ShortcutFocusReason); }));
    conversation->addAction(make(u"actionFocusList"_s, tr("Focus Conversation &List"), { QKeySequence(Qt::CTRL | Qt::Key_L) },
                                 [this] { m_list->setFocus(Qt::ShortcutFocusReason); }));
    conversation->addAction(make(u"actionDeleteNote"_s, tr("&Delete Note…"), { QKeySequence(Qt::SHIFT | Qt::Key_Delete) },
                                 [this] {
                                     const QModelIndex i = m_feed->currentIndex();
                                     if (i.isValid())
                                         m_feed->confirmDeleteNote(i.row());
                                 }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const QStringList names = { tr("&Your Inbox"), tr("&Mentions"), tr("&Unassigned"), tr("&All") };
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = make(u"actionView%1"_s.arg(i), names.at(i), { QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) },
                          [this, i] { selectView(i); });
        a->setCheckable(true);
        m_viewActions->addAction(a);
        view->addAction(a);
    }
    view->addSeparator();
    m_statusActions = new QActionGroup(this);
    const QStringList statusNames = { tr("Show &Open"), tr("Show &Snoozed"), tr("Show &Resolved") };
    for (int i = 0; i < statusNames.size(); ++i) {
        QAction *a = make(u"actionStatus%1"_s.arg(i), statusNames.at(i), { QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)) },
                          [this, i] { m_status->setCurrentIndex(i); });
        a->setCheckable(true);
        a->setChecked(i == 0);
        m_statusActions->addAction(a);
        view->addAction(a);
    }
    view->addSeparator();
    QAction *sidebar = m_customerDock->toggleViewAction();
    sidebar->setObjectName(u"actionSidebar"_s);
    sidebar->setText(tr("Customer &Sidebar"));
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    sidebar->setIcon(icon(IconName::Sidebar));
    addAction(sidebar);
    view->addAction(sidebar);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->addAction(make(u"actionAbout"_s, tr("&About Confab"), { QKeySequence(Qt::Key_F1) }, [this] {
        QMessageBox::about(this, tr("About Confab"),
                           tr("<b>Confab</b> %1<br>Every customer conversation in one place.")
                               .arg(QApplication::applicationVersion()));
    }));
}

void MainWindow::setDemoSite(const QUrl &url)
{
    if (!url.isValid() || action(u"actionDemoSite"_s))
        return;
    auto *a = new QAction(tr("Open the &Demo Website (Chat as a Customer)"), this);
    a->setObjectName(u"actionDemoSite"_s);
    a->setToolTip(url.toString());
    a->setStatusTip(tr("Opens %1 in your browser: a product page with the chat bubble, where you play the customer.")
                        .arg(url.toString()));
    connect(a, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
    m_helpMenu->insertAction(m_helpMenu->actions().value(0), a);
    m_helpMenu->insertSeparator(m_helpMenu->actions().value(1));
    // A link next to the connection state: the demo's customer side is one click away.
    auto *link = new QLabel(this);
    link->setObjectName(u"demoSiteLink"_s);
    link->setText(u"<a href=\"%1\">%2</a>"_s.arg(url.toString().toHtmlEscaped(), tr("Chat as a customer").toHtmlEscaped()));
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setToolTip(a->statusTip());
    link->setAccessibleName(tr("Open the demo website to chat as a customer"));
    link->setContentsMargins(8, 0, 8, 0);
    statusBar()->insertPermanentWidget(0, link);
}

void MainWindow::selectView(int row)
{
    if (row < 0 || row >= m_models.views->rowCount())
        return;
    m_views->setCurrentIndex(m_models.views->index(row, 0));
}

void MainWindow::applyQuery()
{
    cache::ListQuery q;
    const QModelIndex v = m_views->currentIndex();
    const int row = v.isValid() ? v.row() : 0;
    q.view = m_models.views->viewAt(row);
    q.teamId = m_models.views->teamIdAt(row);
    q.agentId = m_models.agents->me();
    q.status = Statuses.value(m_status->currentIndex(), u"open"_s);
    q.sort = cache::Sort(std::clamp(m_sort->currentIndex(), 0, 3));
    const cache::ListQuery &old = m_models.list->query();
    if (old.view == q.view && old.teamId == q.teamId && old.agentId == q.agentId && old.status == q.status
        && old.sort == q.sort && m_models.list->rowCount() > 0)
        return;
    if (row < models::ViewsModel::FixedRows && m_viewActions && row < m_viewActions->actions().size())
        m_viewActions->actions().at(row)->setChecked(true);
    else if (m_viewActions && m_viewActions->checkedAction())
        m_viewActions->checkedAction()->setChecked(false);
    m_models.list->setQuery(q);
    const QModelIndex current = m_models.list->indexOf(m_current);
    if (current.isValid())
        m_list->setCurrentIndex(current);
    m_listEmpty->setVisible(m_models.list->rowCount() == 0);
}

void MainWindow::openConversation(const QString &conversationId)
{
    const QModelIndex i = m_models.list->indexOf(conversationId);
    if (i.isValid()) {
        m_list->setCurrentIndex(i);
        m_list->scrollTo(i);
    } else {
        m_list->selectionModel()->clearCurrentIndex();
        showConversation(conversationId);
    }
}

void MainWindow::showConversation(const QString &conversationId)
{
    if (conversationId == m_current && !conversationId.isEmpty())
        return;
    if (m_session && !m_current.isEmpty())
        m_session->sendTyping(m_current, false, Composer::modeName(m_composer->mode()));
    // The composer first: it saves the draft of the conversation being left.
    models::MessageFeedModel *feed = m_models.feed;
    const auto oldDraftConversation = m_composer->conversationId();
    Q_UNUSED(oldDraftConversation)
    feed->setConversation(conversationId);
    m_current = conversationId;
    const auto draft = feed->draft();
    const QString channel = feed->conversation() ? feed->conversation()->channel : u"chat"_s;
    m_composer->setConversation(conversationId, channel, draft ? draft->text : QString(),
                                draft ? draft->mode : QString());
    m_feed->setVisible(!conversationId.isEmpty());
    m_feedEmpty->setVisible(conversationId.isEmpty());
    updateHeader();
    updateActivity();
    if (!conversationId.isEmpty()) {
        if (m_session)
            m_session->sendViewing(conversationId);
        markReadIfVisible();
        Q_EMIT conversationOpened(conversationId);
    }
}

void MainWindow::updateHeader()
{
    const models::MessageFeedModel *feed = m_models.feed;
    const protocol::Conversation *c = feed->conversation();
    if (!c) {
        m_title->setText(m_current.isEmpty() ? tr("No conversation selected") : tr("Conversation not found"));
        m_subtitle->clear();
        m_customer->setText(tr("Select a conversation to see the customer."));
        setWindowTitle(tr("Confab"));
        return;
    }
    const QString name = feed->contactName().isEmpty() ? tr("Unknown contact") : feed->contactName();
    m_title->setText(c->subject.isEmpty() ? name : tr("%1 — %2").arg(name, c->subject));
    QStringList parts;
    parts << (c->status == "open"_L1       ? tr("Open", "status of one conversation")
              : c->status == "snoozed"_L1 ? tr("Snoozed until %1").arg(models::fullTime(c->snoozedUntil))
                                          : tr("Resolved", "status of one conversation"));
    if (c->assigneeId.isEmpty())
        parts << tr("Unassigned");
    else if (m_models.agents->isMe(c->assigneeId))
        parts << tr("Assigned to you");
    else
        parts << tr("Assigned to %1").arg(m_models.agents->agentName(c->assigneeId));
    if (const QString team = m_models.agents->teamName(c->teamId); !team.isEmpty())
        parts << tr("%1 team").arg(team);
    parts << (c->channel == "email"_L1 ? tr("Email") : tr("Chat"));
    if (c->priority != "none"_L1)
        parts << tr("Priority: %1").arg(c->priority);
    m_subtitle->setText(parts.join(u"  ·  "_s));
    setWindowTitle(tr("%1 — Confab").arg(name));
    const QModelIndex row = m_models.list->indexOf(c->id);
    const QString email = row.isValid() ? row.data(List::ContactEmailRole).toString() : QString();
    QString html = u"<p><b>"_s + name.toHtmlEscaped() + u"</b></p>"_s;
    if (!email.isEmpty())
        html += u"<p><a href=\"mailto:"_s + email.toHtmlEscaped() + u"\">"_s + email.toHtmlEscaped() + u"</a></p>"_s;
    html += u"<p>"_s + tr("Conversation started %1").arg(models::fullTime(c->createdAt)).toHtmlEscaped() + u"</p>"_s;
    m_customer->setText(html);
}

void MainWindow::updateActivity()
{
    if (!m_models.activity || m_current.isEmpty()) {
        m_collision->hide();
        m_typing->clear();
        return;
    }
    const QString viewing = m_models.activity->viewingText(m_current);
    m_collision->setText(viewing);
    QPalette pal = m_collision->palette();
    pal.setColor(QPalette::Window, Theme::current().noteBackground);
    pal.setColor(QPalette::WindowText, Theme::current().text);
    m_collision->setPalette(pal);
    m_collision->setVisible(!viewing.isEmpty());
    m_typing->setText(m_models.activity->typingText(m_current));
}

void MainWindow::markReadIfVisible()
{
    if (!m_current.isEmpty() && isActiveWindow() && m_feed->isAtBottom())
        m_models.feed->markRead();
}

void MainWindow::nextConversation()
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
    if (row >= m_models.list->rowCount() && m_models.list->canFetchMore({}))
        m_models.list->fetchMore({});
    if (row < m_models.list->rowCount())
        m_list->setCurrentIndex(m_models.list->index(row, 0));
}

void MainWindow::previousConversation()
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() - 1 : 0;
    if (row >= 0 && row < m_models.list->rowCount())
        m_list->setCurrentIndex(m_models.list->index(row, 0));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    s.beginGroup(u"window"_s);
    if (const QByteArray g = s.value(u"geometry"_s).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    else
        resize(1360, 860);
    if (const QByteArray st = s.value(u"state"_s).toByteArray(); !st.isEmpty())
        restoreState(st);
    if (const QByteArray sp = s.value(u"splitter"_s).toByteArray(); !sp.isEmpty())
        m_splitter->restoreState(sp);
    if (const QByteArray fs = s.value(u"feedSplitter"_s).toByteArray(); !fs.isEmpty())
        m_feedSplitter->restoreState(fs);
    s.endGroup();
    s.beginGroup(u"list"_s);
    m_status->setCurrentIndex(std::clamp(s.value(u"status"_s, 0).toInt(), 0, 2));
    m_sort->setCurrentIndex(std::clamp(s.value(u"sort"_s, 0).toInt(), 0, 3));
    const int view = s.value(u"view"_s, 0).toInt();
    const QString team = s.value(u"team"_s).toString();
    s.endGroup();
    const int row = view == int(cache::View::Team) ? m_models.views->rowOf(cache::View::Team, team)
                                                    : m_models.views->rowOf(cache::View(view));
    selectView(row >= 0 ? row : 0);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.beginGroup(u"window"_s);
    s.setValue(u"geometry"_s, saveGeometry());
    s.setValue(u"state"_s, saveState());
    s.setValue(u"splitter"_s, m_splitter->saveState());
    s.setValue(u"feedSplitter"_s, m_feedSplitter->saveState());
    s.endGroup();
    s.beginGroup(u"list"_s);
    s.setValue(u"status"_s, m_status->currentIndex());
    s.setValue(u"sort"_s, m_sort->currentIndex());
    s.setValue(u"view"_s, int(m_models.list->query().view));
    s.setValue(u"team"_s, m_models.list->query().teamId);
    s.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Keep what is being written.
    m_composer->setConversation({}, u"chat"_s, {}, {});
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        markReadIfVisible();
    if (event->type() == QEvent::ApplicationPaletteChange) {
        Theme::invalidate();
        m_feed->feedDelegate()->clearCaches();
        updateActivity();
    }
    QMainWindow::changeEvent(event);
}

} // namespace confab::ui
