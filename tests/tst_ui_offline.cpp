// Offline work in the window (issue 7), offscreen: the Outbox dock from the status bar and the
// View menu, undo send (the bar over the feed, Ctrl+Z back into the composer), a conflict
// surfaced with Keep Theirs / Apply Mine, Edit from the outbox, the unsaved warning, and the
// question when quitting inside the undo window. With CONFAB_SCREENSHOTS=DIR it saves PNGs.
#include "tst_models_fixture.h"

#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/awaysummary.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/outboxmodel.h"
#include "models/pickermodels.h"
#include "models/viewsmodel.h"
#include "ui/composer.h"
#include "ui/connectionindicator.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"
#include "ui/offlineui.h"
#include "ui/outboxpanel.h"
#include "ui/undobar.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace models = confab::models;
namespace ui = confab::ui;

namespace {
class Session : public ui::SessionController
{
public:
    QString agentName() const override { return u"Mia Meyer"_s; }
    QString serverName() const override { return u"127.0.0.1:1"_s; }
    void signOut() override { }
    void sendTyping(const QString &, bool) override { }
    void sendViewing(const QString &) override { }
    void requestHistory(const QString &, const QString &) override { }
    void reconnectNow() override { }
};
} // namespace

class TestUiOffline : public QObject
{
    Q_OBJECT

    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<models::AgentDirectory> agents;
    std::unique_ptr<models::ViewsModel> views;
    std::unique_ptr<models::ConversationListModel> list;
    std::unique_ptr<models::MessageFeedModel> feed;
    std::unique_ptr<models::AgentsModel> teammates;
    std::unique_ptr<models::SavedRepliesModel> replies;
    std::unique_ptr<models::ActivityTracker> activity;
    std::unique_ptr<models::OutboxModel> outbox;
    std::unique_ptr<models::AwaySummary> away;
    std::unique_ptr<Session> session;
    std::unique_ptr<ui::MainWindow> window;
    ui::OfflineUi *offline = nullptr;

    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CONFAB_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the overlay paint
        window->grab().save(dir + u'/' + name + u".png"_s);
    }

    void openFirst()
    {
        const QString id = CacheFixture::convId(39);
        window->openConversation(id);
        QTRY_COMPARE(window->currentConversationId(), id);
        QTRY_COMPARE(window->composer()->conversationId(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ConfabTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_offline"_s);
        QSettings().clear();
    }

    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(40);
        agents = std::make_unique<models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        views = std::make_unique<models::ViewsModel>(fx->cache.reader(), *agents);
        list = std::make_unique<models::ConversationListModel>(fx->cache.reader(), agents.get());
        feed = std::make_unique<models::MessageFeedModel>(fx->cache, agents.get());
        teammates = std::make_unique<models::AgentsModel>(*agents);
        replies = std::make_unique<models::SavedRepliesModel>(fx->cache.reader());
        activity = std::make_unique<models::ActivityTracker>(*agents);
        outbox = std::make_unique<models::OutboxModel>(fx->cache, agents.get());
        away = std::make_unique<models::AwaySummary>(fx->cache.reader(), *agents);
        cache::Cache *c = &fx->cache;
        connect(c, &cache::Cache::changed, agents.get(), &models::AgentDirectory::applyChanges);
        connect(c, &cache::Cache::changed, list.get(), &models::ConversationListModel::applyChanges);
        connect(c, &cache::Cache::changed, views.get(), &models::ViewsModel::applyChanges);
        connect(c, &cache::Cache::changed, feed.get(), &models::MessageFeedModel::applyChanges);
        connect(c, &cache::Cache::changed, outbox.get(), &models::OutboxModel::applyChanges);
        session = std::make_unique<Session>();
        ui::WindowModels wm { agents.get(), views.get(), list.get(), feed.get(), teammates.get(), replies.get(),
                              activity.get() };
        window = std::make_unique<ui::MainWindow>(wm, session.get());
        offline = new ui::OfflineUi(window.get(), fx->cache, outbox.get(), away.get());
        window->resize(1300, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QCOMPARE(fx->cache.undoWindowMs(), 5000); // the default
    }

    void cleanup()
    {
        offline = nullptr;
        window.reset();
        away.reset();
        outbox.reset();
        activity.reset();
        replies.reset();
        teammates.reset();
        feed.reset();
        list.reset();
        views.reset();
        agents.reset();
        fx.reset();
        QSettings().clear();
    }

    void outboxFromTheStatusBarAndTheMenu()
    {
        QVERIFY(offline->outboxDock()->isHidden());
        QAction *a = window->findChild<QAction *>(u"actionOutbox"_s);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        bool inViewMenu = false;
        for (QAction *top : window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(a))
                inViewMenu = true;
        QVERIFY(inViewMenu);
        window->connectionIndicator()->setConnection(ui::ConnectionState::Offline, 2);
        QTest::mouseClick(window->connectionIndicator(), Qt::LeftButton);
        QVERIFY(offline->outboxDock()->isVisible());
        a->trigger();
        QVERIFY(offline->outboxDock()->isHidden());
    }

    void undoSendPutsTheTextBack()
    {
        fx->cache.setUndoWindowMs(10 * 60 * 1000); // ends by Undo only, in this test
        openFirst();
        ui::Composer *composer = window->composer();
        composer->setText(u"Thanks — refund issued."_s);
        composer->send();
        QTRY_VERIFY(offline->undoBar()->isVisible());
        QVERIFY2(offline->undoBar()->text().startsWith(u"Reply is sent in"_s), qPrintable(offline->undoBar()->text()));
        QVERIFY(composer->text().isEmpty());
        QTRY_COMPARE(outbox->rowCount(), 1);
        QCOMPARE(outbox->index(0).data(models::OutboxModel::StateRole).toString(), u"held"_s);
        offline->showOutbox();
        shot(u"undo-bar"_s);
        // Ctrl+Z in the (empty) composer: the text comes back, nothing is sent.
        window->composer()->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(composer->text(), u"Thanks — refund issued."_s);
        QTRY_VERIFY(!offline->undoBar()->isVisible());
        QTRY_COMPARE(outbox->rowCount(), 0);

        // Sent again, this time undone with the button.
        composer->send();
        QTRY_VERIFY(offline->undoBar()->isVisible());
        QTest::mouseClick(offline->undoBar()->undoButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->text(), u"Thanks — refund issued."_s);
        QTRY_COMPARE(outbox->rowCount(), 0);
    }

    void undoWindowFromTheMenu()
    {
        QAction *off = window->findChild<QAction *>(u"actionUndoSend0"_s);
        QAction *ten = window->findChild<QAction *>(u"actionUndoSend10"_s);
        QVERIFY(off && ten);
        QVERIFY(window->findChild<QAction *>(u"actionUndoSend5"_s)->isChecked());
        off->trigger();
        QCOMPARE(fx->cache.undoWindowMs(), 0);
        QCOMPARE(QSettings().value(ui::OfflineUi::undoSecondsKey()).toInt(), 0);
        openFirst();
        window->composer()->setText(u"no undo"_s);
        window->composer()->send();
        QTRY_COMPARE(outbox->rowCount(), 1);
        QCOMPARE(outbox->index(0).data(models::OutboxModel::StateRole).toString(), u"pending"_s);
        QVERIFY(!offline->undoBar()->isVisible());
        ten->trigger();
        QCOMPARE(fx->cache.undoWindowMs(), 10000);
    }

    void conflictIsSurfacedWithBothChoices()
    {
        openFirst();
        const QString id = CacheFixture::convId(39);
        const QString take = fx->cache.updateConversation(id, { { u"assignee_id"_s, u"a_me"_s } });
        QTRY_COMPARE(outbox->rowCount(), 1);
        auto theirs = *fx->cache.reader().conversation(id);
        theirs.assigneeId = u"a_lea"_s;
        theirs.version += 1;
        fx->run([&](cache::CacheWriter &w) { return w.markConflict(take, theirs); });
        QTRY_VERIFY(offline->outboxDock()->isVisible()); // surfaced by itself
        ui::OutboxPanel *panel = offline->outboxPanel();
        QTRY_COMPARE(panel->retryButton()->text(), u"&Apply Mine"_s);
        QCOMPARE(panel->discardButton()->text(), u"&Keep Theirs…"_s);
        const QString reason = panel->findChild<QLabel *>(u"outboxReason"_s)->text();
        QVERIFY2(reason.contains(u"It is now assigned to Lea Lead; you assigned it to yourself."_s), qPrintable(reason));
        shot(u"conflict"_s);
        // Keep theirs, after the confirmation.
        QString asked;
        panel->setConfirm([&](const QString &title, const QString &) {
            asked = title;
            return true;
        });
        QTest::mouseClick(panel->discardButton(), Qt::LeftButton);
        QCOMPARE(asked, u"Keep their change?"_s);
        QTRY_COMPARE(outbox->rowCount(), 0);
    }

    // With the triage conflict dialog in the window, a conflicted assignment is prompted
    // once (by that dialog): the Outbox lists it but does not open itself.
    void triageConflictListedWithoutASecondPrompt()
    {
        offline->setTriageProblemsExplainedElsewhere(true);
        openFirst();
        offline->outboxDock()->hide();
        const QString id = CacheFixture::convId(37);
        const QString take = fx->cache.updateConversation(id, { { u"assignee_id"_s, u"a_me"_s } });
        QTRY_COMPARE(outbox->rowCount(), 1);
        auto theirs = *fx->cache.reader().conversation(id);
        theirs.assigneeId = u"a_lea"_s;
        theirs.version += 1;
        fx->run([&](cache::CacheWriter &w) { return w.markConflict(take, theirs); });
        QTRY_COMPARE(outbox->index(0).data(models::OutboxModel::StateRole).toString(), u"conflict"_s);
        QVERIFY(!offline->outboxDock()->isVisible());
        // A refused reply is not a triage change: the Outbox still surfaces it.
        fx->cache.setUndoWindowMs(0);
        const QString sent = fx->cache.sendMessage(id, u"reply"_s, u"refused reply"_s);
        QTRY_COMPARE(outbox->rowCount(), 2);
        fx->run([&](cache::CacheWriter &w) {
            return w.markFailed(sent, confab::protocol::ErrorCode::Forbidden, u"not yours"_s);
        });
        QTRY_VERIFY(offline->outboxDock()->isVisible());
    }

    void editFromTheOutbox()
    {
        fx->cache.setUndoWindowMs(0);
        const QString id = CacheFixture::convId(38);
        const QString sent = fx->cache.sendMessage(id, u"note"_s, u"refused note text"_s);
        QTRY_COMPARE(outbox->rowCount(), 1);
        fx->run([&](cache::CacheWriter &w) {
            return w.markFailed(sent, confab::protocol::ErrorCode::Forbidden, u"not in this team"_s);
        });
        QTRY_VERIFY(offline->outboxDock()->isVisible());
        ui::OutboxPanel *panel = offline->outboxPanel();
        QTRY_VERIFY(panel->editButton()->isEnabled());
        shot(u"outbox-failed"_s);
        QTest::mouseClick(panel->editButton(), Qt::LeftButton);
        QTRY_COMPARE(window->currentConversationId(), id);
        QTRY_COMPARE(window->composer()->text(), u"refused note text"_s);
        QCOMPARE(window->composer()->mode(), ui::Composer::Mode::Note);
        QTRY_COMPARE(outbox->rowCount(), 0);
    }

    void unsavedWarning()
    {
        QVERIFY(offline->unsavedLabel()->isHidden());
        Q_EMIT fx->cache.unsavedChanged(2, u"database is locked"_s);
        QVERIFY(offline->unsavedLabel()->isVisible());
        QVERIFY(offline->unsavedLabel()->text().contains(u"2 actions not yet saved"_s));
        QVERIFY(offline->unsavedLabel()->toolTip().contains(u"database is locked"_s));
        Q_EMIT fx->cache.unsavedChanged(0, {});
        QVERIFY(offline->unsavedLabel()->isHidden());
    }

    void quittingInsideTheUndoWindowAsks()
    {
        fx->cache.setUndoWindowMs(10 * 60 * 1000);
        openFirst();
        window->composer()->setText(u"held at quit"_s);
        window->composer()->send();
        QTRY_COMPARE(fx->cache.heldSends().size(), 1);
        int asked = 0;
        offline->setQuitQuestion([&](int held, int) {
            ++asked;
            return held ? ui::OfflineUi::QuitChoice::Cancel : ui::OfflineUi::QuitChoice::SendNow;
        });
        QVERIFY(!window->close());
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        QCOMPARE(fx->cache.heldSends().size(), 1);
        // Keep as drafts: nothing sent, the text kept.
        offline->setQuitQuestion([&](int, int) { return ui::OfflineUi::QuitChoice::KeepAsDrafts; });
        QVERIFY(window->close());
        QVERIFY(fx->cache.heldSends().isEmpty());
        QTRY_VERIFY(fx->cache.reader().outbox().isEmpty());
        QTRY_VERIFY(fx->cache.reader().draft(CacheFixture::convId(39)).has_value());
        QCOMPARE(fx->cache.reader().draft(CacheFixture::convId(39))->text, u"held at quit"_s);
    }
};

QTEST_MAIN(TestUiOffline)
#include "tst_ui_offline.moc"
