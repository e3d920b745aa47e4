// The offline models (issue 7): the outbox as the agent sees it (OutboxModel, under
// QAbstractItemModelTester: rows, plain-words reasons, Retry / Edit / Discard / Apply mine) and
// the "while you were away" summary after a real offline period against a real confabd.

#include "cache/cache.h"
#include "cache/cachewriter.h"
#include "models/agentdirectory.h"
#include "models/awaysummary.h"
#include "models/outboxmodel.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "synctestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::testing::TestServer;
using confab::tests::SyncClient;
namespace fx = confab::testing::fx;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

protocol::Conversation conversation(const QString &id, const QString &subject, const QString &assignee = {})
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = u"p1"_s;
    c.channel = u"chat"_s;
    c.subject = subject;
    c.assigneeId = assignee;
    c.createdAt = at(0);
    c.updatedAt = at(1);
    c.lastMessageAt = at(1);
    c.version = 1;
    return c;
}

protocol::Snapshot seedSnapshot()
{
    protocol::Snapshot s;
    s.workspace = { u"ws"_s, u"Acme"_s, {} };
    s.agents = { { u"me"_s, u"Mia Me"_s, u"me@acme.example"_s, u"agent"_s, {} },
                 { u"lea"_s, u"Lea Lead"_s, u"lea@acme.example"_s, u"lead"_s, {} } };
    protocol::Contact p;
    p.id = u"p1"_s;
    p.name = u"Pat Doe"_s;
    p.createdAt = at(0);
    s.contacts = { p };
    s.conversations = { conversation(u"c1"_s, u"Refund"_s), conversation(u"c2"_s, u"Login"_s) };
    s.last = true;
    return s;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestOfflineModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxRowsReasonsAndActions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            cache::CacheWriter w;
            QVERIFY(w.open(path).ok());
            QVERIFY(w.setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok());
            QVERIFY(w.applySnapshotChunk(seedSnapshot(), 10, u"log1"_s, false).ok());
        }
        cache::Cache cache;
        QVERIFY(cache.open(path).ok());
        models::AgentDirectory agents(cache.reader());
        agents.setMe(u"me"_s);
        models::OutboxModel model(cache, &agents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&cache, &cache::Cache::changed, &model, &models::OutboxModel::applyChanges);
        model.setNow(QDateTime::currentDateTimeUtc().addSecs(5 * 60));
        QSignalSpy problems(&model, &models::OutboxModel::problemAppeared);

        const QString reply = cache.sendMessage(u"c1"_s, u"reply"_s, u"Your refund is on its way"_s);
        const QString note = cache.sendMessage(u"c2"_s, u"note"_s, u"check the logs"_s);
        const QString take = cache.updateConversation(u"c1"_s, { { u"assignee_id"_s, u"me"_s } });
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
        QCOMPARE(model.waitingCount(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(models::OutboxModel::ClientIdRole).toString(), reply);
        QCOMPARE(first.data(models::OutboxModel::ConversationTitleRole).toString(), u"Pat Doe — Refund"_s);
        QCOMPARE(first.data(models::OutboxModel::ActionRole).toString(), u"Reply: “Your refund is on its way”"_s);
        QCOMPARE(first.data(models::OutboxModel::ReasonRole).toString(), u"Waiting for the connection"_s);
        QVERIFY(!first.data(models::OutboxModel::AgeRole).toString().isEmpty()); // relative to setNow
        QCOMPARE(model.index(2).data(models::OutboxModel::ActionRole).toString(), u"Assign to you"_s);

        // The server refuses the note and reports a conflict for the assignment.
        protocol::Conversation theirs = conversation(u"c1"_s, u"Refund"_s, u"lea"_s);
        theirs.version = 2;
        cache.post([=](cache::CacheWriter &w) {
            QVERIFY(w.markFailed(note, protocol::ErrorCode::Forbidden, u"notes are closed here"_s).ok());
            QVERIFY(w.markConflict(take, theirs).ok());
        });
        QTRY_COMPARE_WITH_TIMEOUT(model.problemCount(), 2, 10000);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(model.waitingCount(), 1);
        const QString conflictReason = model.index(2).data(models::OutboxModel::ReasonRole).toString();
        QVERIFY2(conflictReason.startsWith(u"Someone else changed this conversation"_s), qPrintable(conflictReason));
        QCOMPARE(conflictReason.count(u"Someone else changed"_s), 1);
        QVERIFY2(conflictReason.contains(u"Lea Lead"_s), qPrintable(conflictReason));
        QVERIFY2(conflictReason.contains(u"Keep theirs"_s), qPrintable(conflictReason));
        QVERIFY(model.index(1).data(models::OutboxModel::ReasonRole).toString().contains(u"notes are closed here"_s));
        QVERIFY(model.index(2).data(models::OutboxModel::CanRetryRole).toBool());
        QVERIFY(!model.index(0).data(models::OutboxModel::CanRetryRole).toBool());

        // Apply mine: pending again, on top of their version.
        model.retry(2);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(2).data(models::OutboxModel::StateRole).toString(), u"pending"_s, 10000);
        QCOMPARE(std::get<protocol::Update>(model.entry(2).request).baseVersion, 2);
        QCOMPARE(problems.size(), 2); // nothing new to surface

        // Edit the refused note: out of the outbox, its text in the draft and returned.
        const auto edit = model.takeForEdit(1);
        QVERIFY(edit);
        QCOMPARE(edit->text, u"check the logs"_s);
        QCOMPARE(edit->kind, u"note"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QCOMPARE(cache.reader().draft(u"c2"_s)->text, u"check the logs"_s);

        // Discard the reply: gone, with its optimistic message.
        model.discard(0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(!cache.reader().message(u"local:"_s + reply));
        QCOMPARE(model.entry(0).clientId, take);
    }

    void heldRowsSayWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        QString leftOver;
        {
            cache::CacheWriter w;
            QVERIFY(w.open(path).ok());
            QVERIFY(w.setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok());
            QVERIFY(w.applySnapshotChunk(seedSnapshot(), 10, u"log1"_s, false).ok());
            // Held when the app died inside the undo window.
            auto r = w.sendMessage(u"c2"_s, u"reply"_s, u"left over"_s, {}, {}, true);
            QVERIFY(r.ok());
            leftOver = *r;
        }
        cache::Cache cache;
        QVERIFY(cache.open(path).ok());
        cache.setUndoWindowMs(10 * 60 * 1000);
        models::OutboxModel model(cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&cache, &cache::Cache::changed, &model, &models::OutboxModel::applyChanges);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(models::OutboxModel::ReasonRole).toString().startsWith(u"Not sent"_s));
        QVERIFY(model.index(0).data(models::OutboxModel::CanRetryRole).toBool()); // "Send"
        const QString now = cache.sendMessage(u"c1"_s, u"reply"_s, u"inside the window"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QCOMPARE(model.index(1).data(models::OutboxModel::ReasonRole).toString(),
                 u"Held for a few seconds so you can undo it"_s);
        QVERIFY(!model.index(1).data(models::OutboxModel::CanDiscardRole).toBool()); // Undo is the way
        QVERIFY(cache.undoSend(now));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        model.retry(0); // Send the left-over one
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0).data(models::OutboxModel::StateRole).toString(), u"pending"_s, 10000);
    }

    void whileYouWereAway()
    {
        TestServer srv;
        QString error;
        QVERIFY2(srv.start(&error), qPrintable(error));
        QTemporaryDir dir;
        SyncClient c(dir.filePath(u"c.sqlite"_s), srv.httpUrl(), srv.tokenFor(fx::Agent1Email));
        QVERIFY(c.open());
        models::AgentDirectory agents(c.reader());
        agents.setMe(fx::Agent1Id);
        models::AwaySummary away(c.reader(), agents);
        connect(c.session(), &sync::SyncSession::online, &away, [&](bool live, int) { away.setOnline(live); });
        connect(c.session(), &sync::SyncSession::caughtUp, &away, &models::AwaySummary::caughtUp);
        connect(&c.cache(), &cache::Cache::changed, &agents, &models::AgentDirectory::applyChanges);
        connect(&c.cache(), &cache::Cache::changed, &away, &models::AwaySummary::applyChanges);
        QSignalSpy ready(&away, &models::AwaySummary::summaryReady);
        c.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.caughtUp, 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(c.live, 10000);
        QCOMPARE(ready.size(), 0); // the first sync is not "while you were away"
        c.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!c.live, 10000);
        QVERIFY(away.isAway());

        // Offline: I write a reply (mine: not news). Meanwhile on the server: a teammate replies in
        // my conversation, the lead mentions me in a note, reassigns my conversation, and gives
        // me another one.
        c.cache().sendMessage(fx::ConvOpenChat, u"reply"_s, u"written on the train"_s);
        const protocol::Agent agent2 = *srv.storage().agent(fx::Agent2Id);
        const protocol::Agent lead = *srv.storage().agent(fx::LeadId);
        protocol::Send s;
        s.clientId = uuid();
        s.conversationId = fx::ConvOpenEmail;
        s.body = u"I looked at this one for you"_s;
        s.kind = u"note"_s;
        QVERIFY(!srv.storage().send(agent2, s).error);
        protocol::Send mention;
        mention.clientId = uuid();
        mention.conversationId = fx::ConvOpenChat;
        mention.kind = u"note"_s;
        mention.body = u"@agent1 can you take this?"_s;
        mention.mentions = { fx::Agent1Id };
        QVERIFY(!srv.storage().send(lead, mention).error);
        auto version = [&](const QString &id) {
            for (const protocol::Conversation &conv : tests::fullServerState(srv.storage()).conversations)
                if (conv.id == id)
                    return conv.version;
            return qint64(0);
        };
        protocol::Update reassign;
        reassign.clientId = uuid();
        reassign.conversationId = fx::ConvOpenEmail;
        reassign.baseVersion = version(fx::ConvOpenEmail);
        reassign.set = { { u"assignee_id"_s, fx::Agent2Id } };
        QVERIFY(!srv.storage().update(lead, reassign).error);
        protocol::Update give;
        give.clientId = uuid();
        give.conversationId = fx::ConvLong;
        give.baseVersion = version(fx::ConvLong);
        give.set = { { u"assignee_id"_s, fx::Agent1Id } };
        QVERIFY(!srv.storage().update(lead, give).error);

        c.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        const auto summary = ready.first().at(0).value<models::AwaySummary::Summary>();
        QCOMPARE(summary.newMessages, 1);          // the teammate's note in my (then) conversation
        QCOMPARE(summary.conversationsWithNews, 1);
        QCOMPARE(summary.mentions, 1);
        QCOMPARE(summary.reassignedAway, 1);
        QCOMPARE(summary.assignedToMe, 1);
        QVERIFY2(summary.headline().startsWith(u"While you were away: 1 new message in your conversations"_s),
                 qPrintable(summary.headline()));
        bool sawReassign = false;
        for (const auto &item : summary.items)
            if (item.kind == models::AwaySummary::Item::ReassignedAway) {
                sawReassign = true;
                QCOMPARE(item.conversationId, fx::ConvOpenEmail);
                QVERIFY2(item.text.startsWith(u"Reassigned to "_s), qPrintable(item.text));
            }
        QVERIFY(sawReassign);
        QTRY_VERIFY_WITH_TIMEOUT(c.reader().outbox().isEmpty(), 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv.storage(), c.reader());
    }
};

QTEST_MAIN(TestOfflineModels)
#include "tst_offline_models.moc"
