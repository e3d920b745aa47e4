// The main window over a real cache, offscreen: the list updates in place as events arrive
// and keeps the selection, J/K walk the list, the feed follows the selection, the composer
// sends through the feed model, the status bar reports the connection, settings persist.
#include "tst_models_fixture.h"

#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/pickermodels.h"
#include "models/viewsmodel.h"
#include "ui/composer.h"
#include "ui/connectionindicator.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using confab::models::ConversationListModel;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace models = confab::models;

namespace {
// A session as the window sees it, recording what the window asks of it.
class RecordingSession : public confab::ui::SessionController
{
public:
    QString agentName() const override { return u"Mia Meyer"_s; }
    QString serverName() const override { return u"127.0.0.1:1"_s; }
    void signOut() override { ++signOuts; }
    void sendTyping(const QString &c, bool on, const QString &mode) override
    {
        typing.append({ c, on });
        typingModes.append(mode);
    }
    void sendViewing(const QString &c) override { viewing.append(c); }
    void requestHistory(const QString &c, const QString &before) override { history.append({ c, before }); }
    void reconnectNow() override { ++reconnects; }
    int signOuts = 0;
    int reconnects = 0;
    QList<std::pair<QString, bool>> typing;
    QStringList typingModes; // "reply" | "note", one per typing
    QStringList viewing;
    QList<std::pair<QString, QString>> history;
};
} // namespace

class TestMainWindow : public QObject
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
    std::unique_ptr<RecordingSession> session;
    std::unique_ptr<confab::ui::MainWindow> window;

    void build()
    {
        agents = std::make_unique<models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        views = std::make_unique<models::ViewsModel>(fx->cache.reader(), *agents);
        list = std::make_unique<ConversationListModel>(fx->cache.reader(), agents.get());
        feed = std::make_unique<models::MessageFeedModel>(fx->cache, agents.get());
        teammates = std::make_unique<models::AgentsModel>(*agents);
        replies = std::make_unique<models::SavedRepliesModel>(fx->cache.reader());
        activity = std::make_unique<models::ActivityTracker>(*agents);
        for (auto *o : std::initializer_list<QObject *> { agents.get(), list.get(), views.get(), feed.get() }) {
            if (auto *a = qobject_cast<models::AgentDirectory *>(o))
                connect(&fx->cache, &cache::Cache::changed, a, &models::AgentDirectory::applyChanges);
        }
        connect(&fx->cache, &cache::Cache::changed, list.get(), &ConversationListModel::applyChanges);
        connect(&fx->cache, &cache::Cache::changed, views.get(), &models::ViewsModel::applyChanges);
        connect(&fx->cache, &cache::Cache::changed, feed.get(), &models::MessageFeedModel::applyChanges);
        session = std::make_unique<RecordingSession>();
        confab::ui::WindowModels wm { agents.get(), views.get(), list.get(), feed.get(), teammates.get(),
                                      replies.get(), activity.get() };
        window = std::make_unique<confab::ui::MainWindow>(wm, session.get());
        window->restoreSettings();
        window->resize(1300, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ConfabTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_list"_s);
        QSettings().clear();
    }

    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(40);
        build();
    }

    void cleanup()
    {
        window.reset();
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

    void listUpdatesOnEventsAndKeepsSelection()
    {
        QListView *view = window->conversationList();
        QCOMPARE(view->model()->rowCount(), 14); // "Your inbox": every third of 40 is mine
        // Show All.
        window->action(u"actionView3"_s)->trigger();
        QCOMPARE(list->query().view, cache::View::All);
        QCOMPARE(list->rowCount(), 40);
        const QString picked = CacheFixture::convId(10);
        view->setCurrentIndex(list->indexOf(picked));
        QCOMPARE(window->currentConversationId(), picked);
        QCOMPARE(feed->conversationId(), picked);
        QVERIFY(session->viewing.contains(picked));

        QSignalSpy resets(list.get(), &QAbstractItemModel::modelReset);
        fx->newMessage(CacheFixture::message(u"live1"_s, picked, confab::tests::baseTime().addDays(1)));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(list->idAt(0), picked);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->currentIndex().data(ConversationListModel::IdRole).toString(), picked);
        QCOMPARE(window->currentConversationId(), picked);
        // The open feed shows it too.
        QCOMPARE(feed->index(feed->rowCount() - 1, 0).data(models::MessageFeedModel::IdRole).toString(), u"live1"_s);

        // Another conversation's news moves rows around the selection without losing it.
        fx->newMessage(CacheFixture::message(u"live2"_s, CacheFixture::convId(3), confab::tests::baseTime().addDays(2)));
        QCOMPARE(list->idAt(0), CacheFixture::convId(3));
        QCOMPARE(view->currentIndex().data(ConversationListModel::IdRole).toString(), picked);
        QVERIFY(view->grab().width() > 0); // paints every row kind without trouble
    }

    void keyboardWalksTheList()
    {
        window->action(u"actionView3"_s)->trigger();
        QListView *view = window->conversationList();
        view->setFocus();
        view->setCurrentIndex(list->index(0, 0));
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(window->currentConversationId(), list->idAt(1));
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        // N switches the composer to a note and focuses it; R back to reply.
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(window->composer()->mode(), confab::ui::Composer::Mode::Note);
        QTRY_VERIFY(window->composer()->editor()->hasFocus());
        QTest::keyClicks(window->composer()->editor(), u"nr"_s); // letters type, they do not switch
        QCOMPARE(window->composer()->text(), u"nr"_s);
        QCOMPARE(window->composer()->mode(), confab::ui::Composer::Mode::Note);
        // Every action shows its shortcut.
        for (QAction *a : window->findChildren<QAction *>()) {
            if (!a->objectName().startsWith(u"action"_s))
                continue;
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        }
    }

    void composerSendsThroughTheCache()
    {
        window->action(u"actionView3"_s)->trigger();
        window->conversationList()->setCurrentIndex(list->index(0, 0));
        const int before = feed->rowCount();
        confab::ui::Composer *composer = window->composer();
        composer->editor()->setFocus();
        QTest::keyClicks(composer->editor(), u"On it!"_s);
        QVERIFY(!session->typing.isEmpty() && session->typing.last().second);
        QCOMPARE(session->typingModes.last(), composer->mode() == confab::ui::Composer::Mode::Note ? u"note"_s : u"reply"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_COMPARE(feed->rowCount(), before + 1);
        const QModelIndex mine = feed->index(feed->rowCount() - 1, 0);
        QCOMPARE(mine.data(models::MessageFeedModel::BodyRole).toString(), u"On it!"_s);
        QVERIFY(mine.data(models::MessageFeedModel::MineRole).toBool());
        QCOMPARE(fx->cache.reader().outbox().size(), 1);
        // The list row says something of mine is on its way.
        QTRY_VERIFY(list->index(0, 0).data(ConversationListModel::PendingRole).toBool());
    }

    void statusBarAndActivity()
    {
        confab::ui::ConnectionIndicator *c = window->connectionIndicator();
        Q_EMIT session->connectionChanged(confab::ui::ConnectionState::Offline, 2);
        QCOMPARE(c->text(), u"Offline — 2 waiting"_s);
        Q_EMIT session->connectionChanged(confab::ui::ConnectionState::Connecting, 0);
        QCOMPARE(c->text(), u"Connecting…"_s);
        Q_EMIT session->syncProgress(10, 100);
        QVERIFY(c->isProgressVisible());
        Q_EMIT session->caughtUp();
        QVERIFY(!c->isProgressVisible());
        Q_EMIT session->connectionChanged(confab::ui::ConnectionState::Online, 0);
        QCOMPARE(c->text(), u"Online"_s);

        window->action(u"actionView3"_s)->trigger();
        window->conversationList()->setCurrentIndex(list->index(0, 0));
        const QString id = window->currentConversationId();
        activity->onViewing(id, u"a_ben"_s);
        auto *banner = window->findChild<QLabel *>(u"collisionBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Ben is also viewing"_s));
        activity->onTyping(id, u"a_ben"_s, true);
        QCOMPARE(window->findChild<QLabel *>(u"typingIndicator"_s)->text(), u"Ben is typing…"_s);
        QVERIFY(window->customerDock()->isVisible());
    }

    void layoutIsRemembered()
    {
        window->action(u"actionView1"_s)->trigger(); // Mentions
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({ 250, 400, 650 });
        const QList<int> sizes = splitter->sizes();
        window->close();
        window.reset();
        build();
        QCOMPARE(list->query().view, cache::View::Mentions);
        QCOMPARE(window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_list.moc"
