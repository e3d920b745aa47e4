// The sync session against a real confabd (in this process, over 127.0.0.1): fresh sync,
// delta catch-up, live events, older history on demand, dead connections, backoff, auth.
#include "server/auth.h"
#include "support/agentclient.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "support/visitorclient.h"
#include "synctestutil.h"
#include "tcpproxy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::testing::AgentClient;
using confab::testing::TestServer;
using confab::tests::SyncClient;
using confab::tests::TcpProxy;
namespace fx = confab::testing::fx;
using State = sync::SyncSession::State;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

protocol::Agent agentById(server::Storage &storage, const QString &id)
{
    return storage.agent(id).value_or(protocol::Agent {});
}

} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> srv;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<SyncClient> makeClient(const QString &email = fx::Agent1Email, const QUrl &url = {},
                                           sync::SyncTimings timings = tests::fastTimings(),
                                           const QString &name = u"client"_s)
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(name + u".sqlite"_s),
                                              url.isEmpty() ? srv->httpUrl() : url, srv->tokenFor(email), timings);
        if (!c->open())
            return {};
        return c;
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

    void freshSyncEqualsServer()
    {
        auto c = makeClient();
        QVERIFY(c);
        QCOMPARE(c->reader().syncState().lastSeq, 0);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QCOMPARE(c->state, State::Live);
        QCOMPARE(c->states.mid(0, 4),
                 (QList<State> { State::Connecting, State::Authenticating, State::CatchingUp, State::Live }));
        QCOMPARE(c->lastHead, srv->storage().head());
        QVERIFY(!c->progress.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(c->live, 5000);
        QCOMPARE(c->waiting, 0);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        const cache::SyncState st = c->reader().syncState();
        QCOMPARE(st.agentId, fx::Agent1Id);
        QCOMPARE(st.headAtLastSync, srv->storage().head());
        QVERIFY(c->authFailures.isEmpty());
    }

    void deltaCatchUpAfterChangesWhileAway()
    {
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        const qint64 before = c->reader().syncState().lastSeq;
        c->stop();
        QTRY_COMPARE_WITH_TIMEOUT(c->state, State::Disconnected, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!c->live, 5000);

        // While the client is away: a reply, an assignment, a deleted note, a new inbound
        // conversation and a contact change.
        server::Storage &st = srv->storage();
        const protocol::Agent agent2 = agentById(st, fx::Agent2Id);
        const protocol::Agent lead = agentById(st, fx::LeadId);
        const protocol::Agent agent1 = agentById(st, fx::Agent1Id);
        protocol::Send send;
        send.clientId = uuid();
        send.conversationId = fx::ConvOpenChat;
        send.body = u"Answered while you were away"_s;
        QVERIFY(st.send(agent2, send).ok());
        protocol::Update update;
        update.clientId = uuid();
        update.conversationId = fx::ConvOpenEmail;
        const auto conv = fullServerConversation(fx::ConvOpenEmail);
        QVERIFY(conv);
        update.baseVersion = conv->version;
        update.set = QJsonObject { { u"assignee_id"_s, fx::Agent2Id }, { u"priority"_s, u"urgent"_s } };
        QVERIFY(st.update(lead, update).ok());
        protocol::DeleteNote del;
        del.messageId = fx::NoteByAgent1;
        QVERIFY(st.deleteNote(agent1, del).ok());
        server::InboundMessage in;
        in.channel = u"email"_s;
        in.contact = QJsonObject { { u"email"_s, u"dana@example.com"_s }, { u"name"_s, u"Dana"_s } };
        in.subject = u"Refund"_s;
        in.body = u"I would like a refund."_s;
        in.clientId = uuid();
        QVERIFY(st.inbound(in).ok());
        protocol::UpdateContact uc;
        uc.clientId = uuid();
        uc.contactId = fx::Alice;
        uc.set = QJsonObject { { u"attributes"_s, QJsonObject { { u"plan"_s, u"enterprise"_s } } } };
        QVERIFY(st.updateContact(lead, uc).ok());
        const qint64 head = st.head();
        QVERIFY(head > before);

        c->progress.clear();
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        // A delta: exactly the events since the last applied seq were expected.
        QVERIFY(!c->progress.isEmpty());
        QCOMPARE(c->progress.first(), (std::pair<qint64, qint64>(0, head - before)));
        QCOMPARE(c->progress.last(), (std::pair<qint64, qint64>(head - before, head - before)));
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        QCOMPARE(c->reader().contact(fx::Alice)->attributes.value("plan"_L1).toString(), u"enterprise"_s);
    }

    void liveEventsAreApplied()
    {
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);

        AgentClient other(srv->agentUrl());
        QVERIFY(other.connectAndSync(srv->tokenFor(fx::Agent2Email)));
        for (int i = 0; i < 5; ++i) {
            protocol::Send send;
            send.clientId = uuid();
            send.conversationId = i % 2 ? fx::ConvOpenChat : fx::ConvSnoozed;
            send.kind = i == 3 ? u"note"_s : u"reply"_s;
            send.body = u"live %1"_s.arg(i);
            QVERIFY(other.request(send).ok());
        }
        protocol::Update update;
        update.clientId = uuid();
        update.conversationId = fx::ConvLong;
        update.baseVersion = fullServerConversation(fx::ConvLong)->version;
        update.set = QJsonObject { { u"assignee_id"_s, fx::Agent2Id } };
        QVERIFY(other.request(update).ok());

        const qint64 head = srv->storage().head();
        QTRY_COMPARE_WITH_TIMEOUT(c->reader().syncState().lastSeq, head, 10000);
        QCOMPARE(c->caughtUp, 1); // no reconnect was needed
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void olderHistoryOnDemand()
    {
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        // The snapshot brings the latest 50 of the 75 messages.
        QCOMPARE(tests::cachedMessages(c->reader(), fx::ConvLong).size(), 50);

        c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { s.requestHistory(fx::ConvLong); });
        QTRY_COMPARE_WITH_TIMEOUT(c->historyLoaded.size(), 1, 10000);
        QCOMPARE(c->historyLoaded.at(0).conversationId, fx::ConvLong);
        QCOMPARE(c->historyLoaded.at(0).count, fx::LongMessageCount - 50);
        QVERIFY(c->historyLoaded.at(0).complete);
        QCOMPARE(tests::cachedMessages(c->reader(), fx::ConvLong).size(), fx::LongMessageCount);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader(), tests::CompareOptions { .fullHistory = true });

        // The cache now knows the history is complete: answered from the cache alone.
        c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { s.requestHistory(fx::ConvLong); });
        QTRY_COMPARE_WITH_TIMEOUT(c->historyLoaded.size(), 2, 10000);
        QCOMPARE(c->historyLoaded.at(1).count, 0);
        QVERIFY(c->historyLoaded.at(1).complete);
        QVERIFY(c->historyFailed.isEmpty());
    }

    void historyRequestedOfflineWaitsForLive()
    {
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        c->stop();
        c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { s.requestHistory(fx::ConvLong); });
        QVERIFY(c->historyLoaded.isEmpty());
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->historyLoaded.size(), 1, 10000);
        QCOMPARE(c->historyLoaded.at(0).count, fx::LongMessageCount - 50);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader(), tests::CompareOptions { .fullHistory = true });
    }

    void deadConnectionIsDetected()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        sync::SyncTimings t = tests::fastTimings();
        t.pingIntervalMs = 200;
        t.deadAfterMs = 1000;
        auto c = makeClient(fx::Agent1Email, proxy.url(), t);
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        // Pings keep a quiet but healthy connection alive well past the dead interval.
        QSignalSpy forwarded(&proxy, &TcpProxy::forwarded);
        QTRY_VERIFY_WITH_TIMEOUT(forwarded.count() >= 12, 10000); // ≥ 6 ping/pong round trips ≈ 1.2 s
        QCOMPARE(c->state, State::Live);
        QCOMPARE(c->connecting, 1);

        // The server's answers stop arriving (a half-dead connection): detected, reconnected.
        proxy.setHeld(TcpProxy::Downstream, true);
        QTRY_VERIFY_WITH_TIMEOUT(c->state != State::Live, 10000);
        // online(false) is emitted right after stateChanged; both reach the test queued.
        QTRY_VERIFY_WITH_TIMEOUT(!c->live, 5000);
        QVERIFY(c->errors.last().contains(u"no answer"_s));
        proxy.cutAll();
        proxy.setHeld(TcpProxy::Downstream, false);
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        QVERIFY(c->live);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void unreachableServerBacksOff()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        proxy.setRefuseNew(true);
        auto c = makeClient(fx::Agent1Email, proxy.url());
        QVERIFY(c);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.acceptedConnections() >= 4, 15000);
        QCOMPARE(c->caughtUp, 0);
        QVERIFY(!c->errors.isEmpty());
        QVERIFY(c->errors.first().contains(u"127.0.0.1"_s));
        // The delays grew (base 50 ms doubling to 400 ms in these timings).
        const int step = c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { return s.backoff().currentStepMs(); });
        QVERIFY2(step >= 400, qPrintable(QString::number(step)));
        proxy.setRefuseNew(false);
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        // Reaching live starts the backoff over.
        QCOMPARE(c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { return s.backoff().currentStepMs(); }), 50);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void badTokenStopsReconnecting()
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(u"bad.sqlite"_s), srv->httpUrl(), u"not-a-token"_s);
        QVERIFY(c->open());
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->authFailures.size(), 1, 15000);
        QCOMPARE(c->state, State::Disconnected);
        const bool scheduled =
            c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { return s.reconnectScheduled(); });
        QVERIFY(!scheduled);
        QCOMPARE(c->caughtUp, 0);

        // A new token (the user signed in again) and start(): syncs.
        c->setToken(srv->tokenFor(fx::Agent1Email));
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void revokedTokenWhileLive()
    {
        const QString token = srv->tokenFor(fx::Agent1Email);
        auto c = std::make_unique<SyncClient>(dir->filePath(u"revoked.sqlite"_s), srv->httpUrl(), token);
        QVERIFY(c->open());
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QVERIFY(srv->storage().revokeToken(server::auth::hashToken(token)));
        // The next connection is refused: cut the current one.
        c->onWorker([](cache::CacheWriter &, sync::SyncSession &s) { s.reconnectNow(); });
        QTRY_COMPARE_WITH_TIMEOUT(c->authFailures.size(), 1, 15000);
        QCOMPARE(c->state, State::Disconnected);
    }

    void serverRestartedWhileLive()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = makeClient(fx::Agent1Email, proxy.url());
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QString error;
        srv->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!c->live, 10000);
        // Changes made by the restarted server before the client is back.
        QVERIFY2(srv->start(&error), qPrintable(error));
        proxy.setTarget(QHostAddress::LocalHost, srv->port());
        protocol::Send send;
        send.clientId = uuid();
        send.conversationId = fx::ConvSnoozed;
        send.body = u"after the restart"_s;
        QVERIFY(srv->storage().send(agentById(srv->storage(), fx::Agent2Id), send).ok());
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

private:
    std::optional<protocol::Conversation> fullServerConversation(const QString &id)
    {
        for (const auto &c : tests::fullServerState(srv->storage()).conversations)
            if (c.id == id)
                return c;
        return std::nullopt;
    }

private Q_SLOTS:
    // What the composer is writing travels with typing: a note's typing reaches teammates only,
    // a reply's reaches the customer too (docs/protocol.md, typing).
    void typingCarriesTheComposerMode()
    {
        testing::VisitorClient visitor(srv->visitorUrl());
        QVERIFY(visitor.connectAndHello(fx::VisitorKey));
        AgentClient teammate(srv->agentUrl());
        QVERIFY(teammate.connectAndSync(srv->tokenFor(fx::Agent2Email)));
        QVERIFY(visitor.send(u"Is anyone there?"_s).ok());
        const auto created = teammate.waitForEvent(protocol::events::ConversationCreated, {}, 10000);
        QVERIFY(created);
        const QString conversationId = created->data.value("id"_L1).toString();

        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        const qsizetype fromTeammate = teammate.mark();
        const qsizetype fromVisitor = visitor.mark();
        c->onWorker([&](cache::CacheWriter &, sync::SyncSession &s) {
            s.sendTyping(conversationId, true, u"note"_s);
            s.sendTyping(conversationId, false, u"reply"_s);
        });
        // The teammate sees both; the customer sees only the reply's (typing off).
        QVERIFY(teammate.waitUntil([&] { return teammate.framesOf<protocol::TypingEvent>(fromTeammate).size() == 2; }, 10000));
        const auto shown = visitor.waitFor<protocol::VisitorTypingEvent>({}, 10000, fromVisitor);
        QVERIFY(shown);
        QCOMPARE(shown->conversationId, conversationId);
        QVERIFY(!shown->on);
        QCOMPARE(visitor.framesOf<protocol::VisitorTypingEvent>(fromVisitor).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_sync_session.moc"
