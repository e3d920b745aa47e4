// Issue 6 in the real main window (SidebarFeatures over MainWindow, offscreen): the sidebar
// follows the open conversation, the composer has the article button and Ctrl+Shift+H, Ctrl+F
// is one unambiguous shortcut, a search hit opens its conversation and brings the matching
// message into view (also when it is older than the loaded page), and triage acts on a
// multi-selection of the list.
#include "tst_models_fixture.h"

#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/contactdetails.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/pickermodels.h"
#include "models/searchmodel.h"
#include "models/viewsmodel.h"
#include "ui/composer.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/sidebar/customersidebar.h"
#include "ui/sidebar/sidebarfeatures.h"
#include "ui/sidebar/sidebarpanel.h"
#include "ui/triage/triageactions.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;
using confab::models::ConversationListModel;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace models = confab::models;
namespace ui = confab::ui;

namespace {
class NullSession : public ui::SessionController
{
public:
    QString agentName() const override { return u"Mia Meyer"_s; }
    QString serverName() const override { return u"127.0.0.1:1"_s; }
    void signOut() override {}
    void sendTyping(const QString &, bool) override {}
    void sendViewing(const QString &) override {}
    void requestHistory(const QString &, const QString &) override {}
    void reconnectNow() override {}
};
} // namespace

class TestSidebarWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<models::AgentDirectory> agents;
    std::unique_ptr<models::ViewsModel> views;
    std::unique_ptr<ConversationListModel> list;
    std::unique_ptr<models::MessageFeedModel> feed;
    std::unique_ptr<models::AgentsModel> teammates;
    std::unique_ptr<models::SavedRepliesModel> replies;
    std::unique_ptr<models::ActivityTracker> activity;
    std::unique_ptr<NullSession> session;
    std::unique_ptr<ui::MainWindow> window;
    ui::SidebarFeatures *features = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ConfabTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_sidebarwindow"_s);
        QSettings().clear();
    }

    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(40);
        agents = std::make_unique<models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        views = std::make_unique<models::ViewsModel>(fx->cache.reader(), *agents);
        list = std::make_unique<ConversationListModel>(fx->cache.reader(), agents.get());
        feed = std::make_unique<models::MessageFeedModel>(fx->cache, agents.get());
        teammates = std::make_unique<models::AgentsModel>(*agents);
        replies = std::make_unique<models::SavedRepliesModel>(fx->cache.reader());
        activity = std::make_unique<models::ActivityTracker>(*agents);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &models::AgentDirectory::applyChanges);
        connect(&fx->cache, &cache::Cache::changed, list.get(), &ConversationListModel::applyChanges);
        connect(&fx->cache, &cache::Cache::changed, views.get(), &models::ViewsModel::applyChanges);
        connect(&fx->cache, &cache::Cache::changed, feed.get(), &models::MessageFeedModel::applyChanges);
        session = std::make_unique<NullSession>();
        ui::WindowModels wm { agents.get(), views.get(), list.get(), feed.get(), teammates.get(), replies.get(),
                              activity.get() };
        window = std::make_unique<ui::MainWindow>(wm, session.get());
        features = new ui::SidebarFeatures(fx->cache, *agents, window.get());
        features->triage()->setShowConflictDialogs(false);
        window->resize(1300, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->action(u"actionView3"_s)->trigger(); // All
        QCOMPARE(list->rowCount(), 40);
    }

    void cleanup()
    {
        window.reset(); // deletes the features (its child)
        features = nullptr;
        session.reset();
        activity.reset();
        replies.reset();
        teammates.reset();
        feed.reset();
        list.reset();
        views.reset();
        agents.reset();
        fx.reset();
    }

    void wiredIntoTheWindow()
    {
        QCOMPARE(window->customerDock()->widget(), features->panel());
        QVERIFY(features->articleButton());
        QVERIFY(window->composer()->isAncestorOf(features->articleButton()));
        QVERIFY(!features->articleButton()->accessibleName().isEmpty());
        // One key per action: two equal shortcuts would make Qt call it ambiguous and do nothing.
        QAction *find = window->findChild<QAction *>(u"actionSearch"_s);
        QVERIFY(find);
        QCOMPARE(find->shortcuts(), QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_F) });
        QAction *article = window->findChild<QAction *>(u"actionInsertArticle"_s);
        QVERIFY(article);
        QCOMPARE(article->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        bool triageMenu = false;
        for (QAction *a : window->menuBar()->actions())
            triageMenu = triageMenu || a->menu() == features->triage()->menu();
        QVERIFY(triageMenu);
        QCOMPARE(window->conversationList()->selectionMode(), QAbstractItemView::ExtendedSelection);
    }

    void sidebarFollowsTheOpenConversation()
    {
        window->openConversation(CacheFixture::convId(7));
        QCOMPARE(features->contactDetails()->conversationId(), CacheFixture::convId(7));
        QCOMPARE(features->contactDetails()->contactId(), u"k7"_s);
        QCOMPARE(features->panel()->customer()->nameLabel()->text(), u"Customer 7"_s);
        window->openConversation(CacheFixture::convId(8));
        QCOMPARE(features->panel()->customer()->nameLabel()->text(), u"Customer 8"_s);
    }

    void searchHitOpensAndRevealsTheMessage()
    {
        // 300 older messages in c0010; the oldest holds the word searched for.
        const QString id = CacheFixture::convId(10);
        QList<confab::protocol::Message> older =
            CacheFixture::history(id, 300, confab::tests::baseTime().addDays(-5));
        older.first().body = u"The zebracorn import failed twice"_s;
        fx->addMessages(older);
        const QString hit = older.first().id;

        window->openConversation(CacheFixture::convId(3));
        features->searchDialog()->showAndFocus();
        ui::SearchPanel *panel = features->searchDialog()->panel();
        QTest::keyClicks(panel->searchField(), u"zebracorn"_s);
        QTRY_COMPARE(panel->results()->model()->rowCount(), 1);
        QTest::keyClick(panel->searchField(), Qt::Key_Down);
        QTest::keyClick(panel->searchField(), Qt::Key_Return);

        QCOMPARE(window->currentConversationId(), id);
        QVERIFY(!features->searchDialog()->isVisible());
        QVERIFY(feed->rowOf(hit) >= 0); // older pages were read from the cache
        ui::FeedView *view = window->feedView();
        QTRY_COMPARE(view->currentIndex().data(models::MessageFeedModel::IdRole).toString(), hit);
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
        QVERIFY(!view->isAtBottom());
    }

    void triageActsOnTheMultiSelection()
    {
        QListView *view = window->conversationList();
        view->setFocus();
        view->setCurrentIndex(list->index(0, 0));
        view->selectionModel()->select(list->index(2, 0), QItemSelectionModel::Select);
        view->selectionModel()->select(list->index(4, 0), QItemSelectionModel::Select);
        const QStringList expected { list->idAt(0), list->idAt(2), list->idAt(4) };
        QCOMPARE(features->selectedConversations(), expected);
        QCOMPARE(features->triage()->selection(), expected);
        // Ctrl+A selects the whole list.
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(features->selectedConversations().size(), 40);
    }
};

QTEST_MAIN(TestSidebarWindow)
#include "tst_ui_sidebarwindow.moc"
