// The outbox through the sync session against a real confabd: written first and shown at once
// as pending, sent in creation order per conversation, removed only by its ack, re-sent with
// the same client_id after a reconnect (once on the server), conflicts kept for the user,
// refusals kept as failed with the reason.
#include "support/fixture.h"
#include "support/testserver.h"
#include "synctestutil.h"
#include "tcpproxy.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::testing::TestServer;
using confab::tests::SyncClient;
using confab::tests::TcpProxy;
namespace fx = confab::testing::fx;
using State = sync::SyncSession::State;

class TestSyncOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> srv;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<SyncClient> syncedClient(const QString &email, const QString &name, const QUrl &url = {})
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(name + u".sqlite"_s), url.isEmpty() ? srv->httpUrl() : url,
                                              srv->tokenFor(email));
        if (!c->open())
            return {};
        c->start();
        if (!QTest::qWaitFor([&] { return c->caughtUp >= 1; }, 15000))
            return {};
        return c;
    }

    std::optional<cache::OutboxEntry> entry(SyncClient &c, const QString &clientId)
    {
        for (const cache::OutboxEntry &e : c.reader().outbox())
            if (e.clientId == clientId)
                return e;
        return std::nullopt;
    }

    std::optional<protocol::Conversation> serverConversation(const QString &id)
    {
        for (const auto &c : tests::fullServerState(srv->storage()).conversations)
            if (c.id == id)
                return c;
        return std::nullopt;
    }

    std::optional<cache::MessageRow> cachedByClientId(SyncClient &c, const QString &conversationId,
                                                      const QString &clientId)
    {
        for (const cache::MessageRow &row : tests::cachedMessages(c.reader(), conversationId))
            if (row.message.clientId == clientId)
                return row;
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        srv = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(srv->start(&error), qPrintable(error));
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
    }
    void cleanup()
    {
        srv.reset();
        dir.reset();
    }

    void offlineActionIsPendingThenDeliveredOnce()
    {
        auto c = syncedClient(fx::Agent1Email, u"a"_s);
        QVERIFY(c);
        c->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!c->live, 5000);

        const QString clientId = c->cache().sendMessage(fx::ConvOpenChat, u"reply"_s, u"Sent while offline"_s);
        QVERIFY(!clientId.isEmpty());
        // Shown at once, as pending, and counted as waiting.
        QTRY_VERIFY_WITH_TIMEOUT(cachedByClientId(*c, fx::ConvOpenChat, clientId), 5000);
        QCOMPARE(cachedByClientId(*c, fx::ConvOpenChat, clientId)->delivery, cache::Delivery::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(c->onlineSignals.last(), (std::pair<bool, int>(false, 1)), 5000);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, clientId), 0);

        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c->onlineSignals.last(), (std::pair<bool, int>(true, 0)), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(c->flushed >= 1, 10000);
        QCOMPARE(c->flushRemaining, 0);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, clientId), 1);
        QTRY_COMPARE_WITH_TIMEOUT(tests::cacheCountOfClientId(c->reader(), fx::ConvOpenChat, clientId), 1, 5000);
        QCOMPARE(cachedByClientId(*c, fx::ConvOpenChat, clientId)->delivery, cache::Delivery::Delivered);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void sentInCreationOrderPerConversation()
    {
        auto c = syncedClient(fx::Agent1Email, u"a"_s);
        QVERIFY(c);
        c->stop();
        QStringList chat, snoozed;
        for (int i = 0; i < 6; ++i) {
            chat << u"chat %1"_s.arg(i);
            c->cache().sendMessage(fx::ConvOpenChat, i % 3 ? u"reply"_s : u"note"_s, chat.last());
            if (i % 2 == 0) {
                snoozed << u"snoozed %1"_s.arg(i);
                c->cache().sendMessage(fx::ConvSnoozed, u"reply"_s, snoozed.last());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().outbox().size(), chat.size() + snoozed.size(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c->waiting, int(chat.size() + snoozed.size()), 5000);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 15000);
        auto bodiesOf = [&](const QString &conversationId, const QString &prefix) {
            QStringList out;
            for (const auto &m : tests::serverMessages(srv->storage(), conversationId))
                if (m.body.startsWith(prefix))
                    out << m.body;
            return out;
        };
        QCOMPARE(bodiesOf(fx::ConvOpenChat, u"chat "_s), chat);
        QCOMPARE(bodiesOf(fx::ConvSnoozed, u"snoozed "_s), snoozed);
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().syncState().lastSeq == srv->storage().head(), 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void conflictingAssignmentFromTwoClients()
    {
        auto a = syncedClient(fx::Agent1Email, u"agent1"_s);
        auto b = syncedClient(fx::LeadEmail, u"lead"_s);
        QVERIFY(a && b);
        const qint64 version = serverConversation(fx::ConvLong)->version;
        a->stop();
        b->stop();
        // Both change the unassigned conversation from the same version while offline.
        const QString takeIt = a->cache().updateConversation(fx::ConvLong, { { u"assignee_id"_s, fx::Agent1Id } });
        const QString giveIt = b->cache().updateConversation(fx::ConvLong, { { u"assignee_id"_s, fx::Agent2Id } });
        QTRY_COMPARE_WITH_TIMEOUT(a->reader().outbox().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->reader().outbox().size(), 1, 5000);
        // Shown at once on each side.
        QCOMPARE(a->reader().conversation(fx::ConvLong)->assigneeId, fx::Agent1Id);
        QCOMPARE(b->reader().conversation(fx::ConvLong)->assigneeId, fx::Agent2Id);

        a->start();
        QTRY_VERIFY_WITH_TIMEOUT(a->reader().outbox().isEmpty(), 15000);
        QCOMPARE(serverConversation(fx::ConvLong)->assigneeId, fx::Agent1Id);
        QCOMPARE(serverConversation(fx::ConvLong)->version, version + 1);

        b->start();
        QTRY_VERIFY_WITH_TIMEOUT(entry(*b, giveIt) && entry(*b, giveIt)->state == cache::OutboxState::Conflict, 15000);
        const cache::OutboxEntry conflicted = *entry(*b, giveIt);
        QVERIFY(conflicted.conflictCurrent);
        QCOMPARE(*conflicted.conflictCurrent, *serverConversation(fx::ConvLong));
        // Nothing changed on the server; the waiting count no longer includes it.
        QCOMPARE(serverConversation(fx::ConvLong)->assigneeId, fx::Agent1Id);
        QTRY_VERIFY_WITH_TIMEOUT(b->flushed >= 1 && b->flushRemaining == 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b->waiting, 0, 5000);
        QVERIFY(b->live);

        // The lead resolves it: apply the change anyway, on top of the current version.
        b->cache().retryOutbox(conflicted.id);
        QTRY_VERIFY_WITH_TIMEOUT(b->reader().outbox().isEmpty(), 15000);
        QCOMPARE(serverConversation(fx::ConvLong)->assigneeId, fx::Agent2Id);
        QCOMPARE(serverConversation(fx::ConvLong)->version, version + 2);
        a->start();
        const qint64 head = srv->storage().head();
        QTRY_COMPARE_WITH_TIMEOUT(a->reader().syncState().lastSeq, head, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b->reader().syncState().lastSeq, head, 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), a->reader());
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), b->reader());
        QVERIFY(!takeIt.isEmpty());
    }

    void refusedActionsAreKeptAsFailed_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("assign to someone else as an agent") << u"assign"_s << u"forbidden"_s;
        QTest::newRow("delete someone else's note as an agent") << u"delete"_s << u"forbidden"_s;
    }
    void refusedActionsAreKeptAsFailed()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        auto c = syncedClient(fx::Agent2Email, u"agent2"_s);
        QVERIFY(c);
        QString clientId;
        if (what == "assign"_L1)
            clientId = c->cache().updateConversation(fx::ConvOpenChat, { { u"assignee_id"_s, fx::Agent1Id } });
        else
            clientId = c->cache().deleteNote(fx::NoteByAgent1);
        // A later action in another conversation is not held up by the refused one.
        const QString other = c->cache().sendMessage(fx::ConvSnoozed, u"reply"_s, u"still goes out"_s);
        QTRY_VERIFY_WITH_TIMEOUT(entry(*c, clientId) && entry(*c, clientId)->state == cache::OutboxState::Failed, 15000);
        const cache::OutboxEntry failed = *entry(*c, clientId);
        QCOMPARE(failed.errorCode, code);
        QVERIFY(!failed.errorMessage.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!entry(*c, other), 10000);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvSnoozed, other), 1);
        QTRY_VERIFY_WITH_TIMEOUT(c->flushed >= 1 && c->flushRemaining == 1, 10000);
        QCOMPARE(c->state, State::Live); // a refusal is not a connection problem

        // The user gives up on it: the cache is then the server's state again.
        c->cache().discardOutbox(failed.id);
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().syncState().lastSeq, srv->storage().head(), 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void ackLostAfterTheServerCommitted()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = syncedClient(fx::Agent1Email, u"a"_s, proxy.url());
        QVERIFY(c);
        // The request reaches the server; every byte of its answer (event and ack) is lost
        // with the connection.
        bool armed = false;
        connect(&proxy, &TcpProxy::forwarded, this, [&](TcpProxy::Direction d, qint64) {
            if (d == TcpProxy::Upstream && !armed) {
                armed = true;
                proxy.cutAfter(TcpProxy::Downstream, 0);
            }
        });
        const qint64 headBefore = srv->storage().head();
        const QString clientId = c->cache().sendMessage(fx::ConvOpenChat, u"reply"_s, u"Did you get this?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(armed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c->connecting >= 2, 10000);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, clientId), 1);
        QVERIFY(srv->storage().head() > headBefore);

        // Reconnected: the entry is sent again with its client_id and acked without a duplicate.
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().syncState().lastSeq, srv->storage().head(), 10000);
        QCOMPARE(c->caughtUp, 2);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, clientId), 1);
        QCOMPARE(tests::cacheCountOfClientId(c->reader(), fx::ConvOpenChat, clientId), 1);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void requestLostBeforeTheServerGotIt()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = syncedClient(fx::Agent1Email, u"a"_s, proxy.url());
        QVERIFY(c);
        proxy.setHeld(TcpProxy::Upstream, true);
        QSignalSpy queued(&proxy, &TcpProxy::queued);
        const QString clientId = c->cache().updateContact(fx::Carol, { { u"tags"_s, QJsonArray { u"vip"_s } } });
        QVERIFY(queued.wait(10000));
        proxy.cutAll(); // the held request dies with the connection
        proxy.setHeld(TcpProxy::Upstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 15000);
        QCOMPARE(srv->storage().contact(fx::Carol)->tags, QStringList { u"vip"_s });
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().syncState().lastSeq, srv->storage().head(), 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        QVERIFY(!clientId.isEmpty());
    }

    void startedConversationAndItsFollowUps()
    {
        auto c = syncedClient(fx::Agent1Email, u"a"_s);
        QVERIFY(c);
        c->stop();
        // Started offline, then a note on the still-local conversation (sent after the start's
        // ack, rewritten to the server's conversation id).
        c->cache().startConversation(fx::Carol, u"email"_s, u"Your renewal"_s, u"Hello Carol"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().outbox().size(), 1, 5000);
        const QString local = c->reader().outbox().first().conversationId;
        QVERIFY(local.startsWith(u"local:"_s));
        const QString note = c->cache().sendMessage(local, u"note"_s, u"Follow up next week"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().outbox().size(), 2, 5000);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(c->reader().outbox().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().syncState().lastSeq, srv->storage().head(), 10000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        QVERIFY(!c->reader().conversation(local));
        // The note landed in the conversation the server created, once.
        int found = 0;
        for (const auto &conv : tests::fullServerState(srv->storage()).conversations)
            if (conv.contactId == fx::Carol && conv.subject == u"Your renewal"_s)
                found += tests::serverCountOfClientId(srv->storage(), conv.id, note);
        QCOMPARE(found, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
