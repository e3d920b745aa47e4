// Fault injection for offline work (issue 7), loopback only and bounded: every scenario queues
// actions while offline, breaks something on the way, and ends with every client's cache equal
// to the server's state and every action on the server exactly once (in creation order per
// conversation).
//
//   ackLost                      the server commits, every answer is lost with the connection
//   connectionCutMidFrame        a request (or the server's answer) cut inside its frame (tcpproxy)
//   serverKilledWithActionsInFlight  confabd (a QProcess) killed with SIGKILL and restarted
//   clientKilledWithAFullOutbox  `confab --sync-only` killed with SIGKILL mid-flush and run again
//   sameActionDeliveredTwice     the same requests delivered again by another connection
//   twoOfflineAgentsOneConversation  conflict surfaced in plain words; keep theirs / apply mine
//   clientClockHoursOff          two clients, one 5 h ahead, one 5 h behind
//   thirtyClientsReconnectAtOnce 30 clients, 1,000 queued actions, all reconnecting together

#include "cache/cachewriter.h"
#include "models/agentdirectory.h"
#include "models/outboxmodel.h"
#include "support/agentclient.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "synctestutil.h"
#include "tcpproxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QLoggingCategory>
#include <QProcess>

#include <algorithm>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::testing::TestServer;
using confab::tests::SyncClient;
using confab::tests::TcpProxy;
namespace fx = confab::testing::fx;

namespace {

struct Action
{
    QString clientId;
    QString conversationId;
    QString body;
    QString client; // who queued it: order is kept per client and conversation
};

// Runs the event loop until pred() holds (checked every 20 ms) or the time is up. Unlike
// QTest::qWaitFor it never sleeps with events pending: the server in this process keeps
// answering at full speed while the test waits.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    if (pred())
        return true;
    QEventLoop loop;
    QTimer poll;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(20);
    deadline.start(timeoutMs);
    loop.exec();
    return pred();
}

const QStringList Conversations = { fx::ConvOpenChat, fx::ConvOpenEmail, fx::ConvLong };

// Queues `count` replies and notes spread over the conversations, and waits until they are in
// the outbox (written to disk).
QList<Action> queueMessages(SyncClient &c, int count, const QString &tag, const QStringList &conversations = Conversations)
{
    QList<Action> out;
    for (int i = 0; i < count; ++i) {
        const QString conv = conversations.at(i % conversations.size());
        const QString body = u"%1 #%2"_s.arg(tag).arg(i);
        out.append({ c.cache().sendMessage(conv, i % 3 == 2 ? u"note"_s : u"reply"_s, body), conv, body, c.path() });
    }
    return out;
}

bool waitForOutbox(SyncClient &c, qsizetype size, int timeoutMs = 20000)
{
    return waitUntil([&] { return c.reader().outbox().size() == size; }, timeoutMs);
}

// Every action once on the server, and in each client's creation order within a conversation.
bool exactlyOnceInOrder(server::Storage &storage, const QList<Action> &actions, QString *why)
{
    QHash<QString, QList<protocol::Message>> byConversation;
    for (const Action &a : actions)
        if (!byConversation.contains(a.conversationId))
            byConversation.insert(a.conversationId, tests::serverMessages(storage, a.conversationId));
    QHash<QString, int> seen;
    QHash<QString, QStringList> serverOrder;
    for (auto it = byConversation.cbegin(); it != byConversation.cend(); ++it)
        for (const protocol::Message &m : it.value())
            if (!m.clientId.isEmpty()) {
                seen[m.clientId] += 1;
                serverOrder[it.key()].append(m.clientId);
            }
    QHash<std::pair<QString, QString>, QStringList> created; // (client, conversation) → ids
    for (const Action &a : actions) {
        if (seen.value(a.clientId) != 1) {
            *why = u"action %1 (%2) is on the server %3 times"_s.arg(a.clientId, a.body).arg(seen.value(a.clientId));
            return false;
        }
        created[{ a.client, a.conversationId }].append(a.clientId);
    }
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QStringList order;
        const QSet<QString> mine(it.value().cbegin(), it.value().cend());
        for (const QString &id : serverOrder.value(it.key().second))
            if (mine.contains(id))
                order.append(id);
        if (order != it.value()) {
            *why = u"actions of %1 from %2 reached the server out of order"_s.arg(it.key().second, it.key().first);
            return false;
        }
    }
    return true;
}

#define VERIFY_EXACTLY_ONCE(storage, actions)                                                                          \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(exactlyOnceInOrder(storage, actions, &why_), qPrintable(why_));                                       \
    } while (false)

// Starts confabd on an existing database; returns its port (0 on failure).
quint16 startConfabd(QProcess &p, const QString &dbPath)
{
    const QString confabd = qEnvironmentVariable("CONFABD_BINARY");
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(confabd, { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + dbPath });
    if (!p.waitForStarted(10000))
        return 0;
    static const QRegularExpression ready(uR"(confabd listening on 127\.0\.0\.1:(\d+))"_s);
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            out += p.readAllStandardOutput();
            return ready.match(QString::fromUtf8(out)).hasMatch() || p.state() == QProcess::NotRunning;
        },
        60000);
    const auto m = ready.match(QString::fromUtf8(out));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

} // namespace

class TestOfflineFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> srv;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<SyncClient> client(const QString &name, const QUrl &url = {}, const QString &email = fx::Agent1Email)
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(name + u".sqlite"_s), url.isEmpty() ? srv->httpUrl() : url,
                                              srv->tokenFor(email));
        if (!c->open())
            return {};
        return c;
    }

    // A client that has synced once and is now offline (stopped).
    std::unique_ptr<SyncClient> offlineClient(const QString &name, const QUrl &url = {},
                                              const QString &email = fx::Agent1Email)
    {
        auto c = client(name, url, email);
        if (!c)
            return {};
        c->start();
        if (!QTest::qWaitFor([&] { return c->caughtUp >= 1; }, 20000))
            return {};
        c->stop();
        return c;
    }

    // Starts a client through the proxy and, from its first request after catching up, holds
    // everything the server answers: the requests reach the server, their acks wait in the
    // proxy. The proxy runs on this thread, so the hold is in place before any answer passes.
    bool startHoldingAnswers(TcpProxy &proxy, const std::function<void()> &start)
    {
        // Hold the WebSocket handshake's answer, then everything after it until `synced`.
        proxy.holdAfter(TcpProxy::Downstream, "Switching Protocols");
        start();
        if (!QTest::qWaitFor([&] { return proxy.queuedBytes(TcpProxy::Downstream) > 0; }, 60000))
            return false;
        proxy.holdAfter(TcpProxy::Downstream, "\r\n\r\n");
        proxy.setHeld(TcpProxy::Downstream, false);
        if (!QTest::qWaitFor([&] { return proxy.queuedContains(TcpProxy::Downstream, R"("type":"synced")"); }, 60000))
            return false;
        bool armed = true;
        const auto conn = connect(&proxy, &TcpProxy::forwarded, this, [&](TcpProxy::Direction d, qint64) {
            if (d == TcpProxy::Upstream && armed) {
                armed = false;
                proxy.setHeld(TcpProxy::Downstream, true);
            }
        });
        proxy.setHeld(TcpProxy::Downstream, false); // `synced`: the client goes live and sends
        const bool ok =
            QTest::qWaitFor([&] { return proxy.queuedContains(TcpProxy::Downstream, R"("type":"ack")"); }, 60000);
        disconnect(conn);
        return ok;
    }

    bool settled(SyncClient &c, int timeoutMs = 30000)
    {
        return waitUntil(
            [&] { return c.reader().outbox().isEmpty() && c.reader().syncState().lastSeq == srv->storage().head(); },
            timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of requests: keep the per-request info lines out of the test's log.
        QLoggingCategory::setFilterRules(u"confab*.info=false\nconfabd*.info=false"_s);
    }

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

    void ackLost()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = offlineClient(u"a"_s, proxy.url());
        QVERIFY(c);
        const QList<Action> actions = queueMessages(*c, 12, u"ack lost"_s);
        QVERIFY(waitForOutbox(*c, actions.size()));
        // Reconnect: the first requests reach the server, which commits them; its acks are lost
        // with the connection.
        QVERIFY(startHoldingAnswers(proxy, [&] { c->start(); }));
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), actions.first().conversationId, actions.first().clientId), 1);
        proxy.cutAll();
        proxy.setHeld(TcpProxy::Downstream, false);
        QVERIFY(settled(*c));
        QVERIFY(c->connecting >= 2);
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void connectionCutMidFrame_data()
    {
        QTest::addColumn<int>("direction");
        QTest::newRow("request cut") << int(TcpProxy::Upstream);
        QTest::newRow("answer cut") << int(TcpProxy::Downstream);
    }
    void connectionCutMidFrame()
    {
        QFETCH(int, direction);
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = client(u"a"_s, proxy.url());
        QVERIFY(c);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(c->live, 20000);
        // Live: the next frame in that direction is cut after 25 of its bytes (inside the
        // WebSocket frame: a header is at most 14 bytes, every request is longer).
        proxy.cutAfter(TcpProxy::Direction(direction), 25);
        const QList<Action> actions = queueMessages(*c, 9, u"cut mid-frame"_s);
        QTRY_VERIFY_WITH_TIMEOUT(c->connecting >= 2, 20000);
        QVERIFY(settled(*c));
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void serverKilledWithActionsInFlight()
    {
        if (qEnvironmentVariable("CONFABD_BINARY").isEmpty() || !QFile::exists(qEnvironmentVariable("CONFABD_BINARY")))
            QSKIP("CONFABD_BINARY is not set (run through ctest)");
        // The fixture's database, served by a confabd process instead of this test.
        const QString token = srv->tokenFor(fx::Agent1Email);
        const QString db = srv->dbPath();
        srv->stop();
        QProcess first;
        const quint16 port = startConfabd(first, db);
        QVERIFY2(port, first.readAllStandardError().constData());
        TcpProxy proxy(QHostAddress::LocalHost, port);
        QVERIFY(proxy.listen());
        SyncClient c(dir->filePath(u"c.sqlite"_s), proxy.url(), token);
        QVERIFY(c.open());
        c.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.caughtUp, 1, 30000);
        c.stop();
        const QList<Action> actions = queueMessages(c, 15, u"server killed"_s);
        QVERIFY(waitForOutbox(c, actions.size()));

        // Back online: the requests reach confabd, its answers are held; then SIGKILL.
        QVERIFY(startHoldingAnswers(proxy, [&] { c.start(); }));
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        proxy.cutAll();
        proxy.setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(!c.live, 10000);
        QVERIFY(!c.reader().outbox().isEmpty()); // acks never arrived: still queued

        QProcess second;
        const quint16 port2 = startConfabd(second, db);
        QVERIFY2(port2, second.readAllStandardError().constData());
        const int flushedBefore = c.flushed;
        proxy.setTarget(QHostAddress::LocalHost, port2);
        // outboxFlushed: live, nothing in flight, every acknowledged change applied locally.
        QVERIFY(waitUntil([&] { return c.flushed > flushedBefore && c.reader().outbox().isEmpty(); }, 30000));
        // Stop confabd cleanly and compare with what it left on disk.
        c.stop();
        second.terminate();
        QVERIFY(second.waitForFinished(20000));
        QString error;
        QVERIFY2(srv->start(&error), qPrintable(error));
        QCOMPARE(c.reader().syncState().lastSeq, srv->storage().head());
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c.reader());
    }

    void clientKilledWithAFullOutbox()
    {
#ifndef CONFAB_BINARY
        QSKIP("the confab binary is not built");
#else
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        const QString profile = dir->filePath(u"profile"_s);
        auto run = [&](QProcess &p, const QUrl &server) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: the password comes on stdin
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CONFAB_BINARY), { u"--sync-only"_s, u"--server"_s, server.toString(), u"--email"_s,
                                                     fx::Agent1Email, u"--profile"_s, profile, u"--timeout"_s, u"60"_s });
            if (!p.waitForStarted(10000))
                return false;
            p.write(fx::Password.toUtf8() + '\n');
            p.closeWriteChannel();
            return true;
        };
        auto finish = [](QProcess &p) {
            return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000);
        };
        {
            QProcess first;
            QVERIFY(run(first, proxy.url()));
            QVERIFY(finish(first));
            QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        }
        // The agent worked offline: a full outbox in confab's own cache file.
        const QString cachePath = cache::Cache::defaultPath(proxy.url().toString(), fx::Agent1Email, profile);
        QList<Action> actions;
        {
            SyncClient offline(cachePath, proxy.url(), {});
            QVERIFY(offline.open());
            actions = queueMessages(offline, 30, u"client killed"_s);
            QVERIFY(waitForOutbox(offline, actions.size()));
        }
        // Run it; once part of the outbox is on the server (acks held back), SIGKILL.
        QProcess second;
        QVERIFY(startHoldingAnswers(proxy, [&] { QVERIFY(run(second, proxy.url())); }));
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), actions.first().conversationId, actions.first().clientId), 1);
        second.kill();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::CrashExit);
        proxy.cutAll();
        proxy.setHeld(TcpProxy::Downstream, false);
        {
            SyncClient left(cachePath, proxy.url(), {});
            QVERIFY(left.open());
            QVERIFY(!left.reader().outbox().isEmpty()); // nothing lost: the rest is still queued
        }
        // Run again: everything goes out, once.
        QProcess third;
        QVERIFY(run(third, proxy.url()));
        QVERIFY(finish(third));
        QVERIFY2(third.exitCode() == 0, third.readAllStandardError().constData());
        QVERIFY2(QString::fromUtf8(third.readAllStandardOutput()).contains(u" pending=0"_s), "outbox not flushed");
        SyncClient check(cachePath, proxy.url(), {});
        QVERIFY(check.open());
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), check.reader());
#endif
    }

    void sameActionDeliveredTwice()
    {
        auto c = offlineClient(u"a"_s);
        QVERIFY(c);
        const QList<Action> actions = queueMessages(*c, 6, u"delivered twice"_s);
        QVERIFY(waitForOutbox(*c, actions.size()));
        // The same requests reach the server twice over another connection of the same agent
        // (as a proxy or a retrying network would deliver them), before the client itself sends.
        testing::AgentClient other(srv->agentUrl());
        QVERIFY(other.connectAndSync(srv->tokenFor(fx::Agent1Email)));
        for (const cache::OutboxEntry &e : c->reader().outbox()) {
            for (int i = 0; i < 2; ++i) {
                const auto reply = other.request(std::get<protocol::Send>(e.requestWithReq(other.nextReq())));
                QVERIFY2(reply.ok(), reply.error ? qPrintable(reply.error->message) : "no answer");
            }
        }
        c->start(); // and the third delivery: the client's own
        QVERIFY(settled(*c));
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }

    void twoOfflineAgentsOneConversation_data()
    {
        QTest::addColumn<bool>("applyMine");
        QTest::newRow("keep theirs") << false;
        QTest::newRow("apply mine") << true;
    }
    void twoOfflineAgentsOneConversation()
    {
        QFETCH(bool, applyMine);
        auto a = offlineClient(u"agent1"_s, {}, fx::Agent1Email);
        auto b = offlineClient(u"lead"_s, {}, fx::LeadEmail);
        QVERIFY(a && b);
        // Both work on the same unassigned conversation while offline.
        QList<Action> actions = queueMessages(*a, 3, u"agent1 offline"_s, { fx::ConvLong });
        actions += queueMessages(*b, 3, u"lead offline"_s, { fx::ConvLong });
        a->cache().updateConversation(fx::ConvLong, { { u"assignee_id"_s, fx::Agent1Id } });
        const QString leadAssign = b->cache().updateConversation(fx::ConvLong, { { u"assignee_id"_s, fx::Agent2Id } });
        QVERIFY(waitForOutbox(*a, 4));
        QVERIFY(waitForOutbox(*b, 4));

        a->start();
        QVERIFY(settled(*a));
        // The lead's outbox model surfaces the conflict in plain words.
        models::AgentDirectory agents(b->reader());
        agents.setMe(fx::LeadId);
        models::OutboxModel outbox(b->cache(), &agents);
        connect(&b->cache(), &cache::Cache::changed, &agents, &models::AgentDirectory::applyChanges);
        connect(&b->cache(), &cache::Cache::changed, &outbox, &models::OutboxModel::applyChanges);
        QSignalSpy problems(&outbox, &models::OutboxModel::problemAppeared);
        b->start();
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(b->flushed >= 1, 30000);
        QCOMPARE(outbox.rowCount(), 1);
        QCOMPARE(outbox.entry(0).clientId, leadAssign);
        const QString reason = problems.first().at(2).toString();
        QVERIFY2(reason.startsWith(u"Someone else changed this conversation"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"you assigned it to"_s), qPrintable(reason));
        // Both agents' messages are on the server: nothing was lost in the conflict.
        VERIFY_EXACTLY_ONCE(srv->storage(), actions);

        if (applyMine)
            outbox.retry(0);
        else
            outbox.discard(0);
        QVERIFY(settled(*b));
        QVERIFY(settled(*a));
        const auto conv = b->reader().conversation(fx::ConvLong);
        QCOMPARE(conv->assigneeId, applyMine ? fx::Agent2Id : fx::Agent1Id);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), a->reader());
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), b->reader());
    }

    void clientClockHoursOff()
    {
        auto ahead = offlineClient(u"ahead"_s, {}, fx::Agent1Email);
        auto behind = offlineClient(u"behind"_s, {}, fx::Agent2Email);
        QVERIFY(ahead && behind);
        constexpr qint64 Hours5 = 5 * 3600 * 1000;
        ahead->onWorker([](cache::CacheWriter &w, sync::SyncSession &) { w.setClockOffsetMs(Hours5); });
        behind->onWorker([](cache::CacheWriter &w, sync::SyncSession &) { w.setClockOffsetMs(-Hours5); });
        const QList<Action> a = queueMessages(*ahead, 5, u"from the future"_s, { fx::ConvOpenChat });
        const QList<Action> b = queueMessages(*behind, 5, u"from the past"_s, { fx::ConvOpenChat });
        QVERIFY(waitForOutbox(*ahead, 5));
        QVERIFY(waitForOutbox(*behind, 5));
        // Shown locally with the local clock's time.
        const auto local = ahead->reader().message(u"local:"_s + a.first().clientId);
        QVERIFY(local && local->message.createdAt > QDateTime::currentDateTimeUtc().addSecs(4 * 3600));
        behind->start();
        QVERIFY(settled(*behind));
        ahead->start();
        QVERIFY(settled(*ahead));
        QVERIFY(settled(*behind));
        // The server's clock decides: the past's messages come first, with server times.
        VERIFY_EXACTLY_ONCE(srv->storage(), b + a);
        const QList<protocol::Message> onServer = tests::serverMessages(srv->storage(), fx::ConvOpenChat);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const protocol::Message &m : onServer)
            if (m.body.startsWith(u"from the"_s))
                QVERIFY(qAbs(m.createdAt.secsTo(now)) < 3600);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), ahead->reader());
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), behind->reader());
    }

    void thirtyClientsReconnectAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        constexpr int Clients = 30;
        constexpr int Actions = 1000;
        const QStringList emails = { fx::Agent1Email, fx::Agent2Email, fx::LeadEmail, fx::AdminEmail };
        std::vector<std::unique_ptr<SyncClient>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(client(u"c%1"_s.arg(i), {}, emails.at(i % emails.size())));
            QVERIFY(clients.back());
            clients.back()->start();
        }
        QVERIFY(waitUntil(
            [&] { return std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->caughtUp >= 1; }); },
            60000));
        for (auto &c : clients)
            c->stop();
        qInfo("30 clients synced in %lld ms", clock.restart());
        // 1,000 actions between them, written offline.
        const QStringList conversations = { fx::ConvOpenChat, fx::ConvOpenEmail, fx::ConvLong, fx::ConvSnoozed };
        QList<Action> all;
        for (int i = 0; i < Clients; ++i) {
            const int n = Actions / Clients + (i < Actions % Clients ? 1 : 0);
            QStringList mine = conversations;
            std::rotate(mine.begin(), mine.begin() + (i % mine.size()), mine.end());
            all += queueMessages(*clients[i], n, u"client %1"_s.arg(i), mine);
        }
        QCOMPARE(all.size(), Actions);
        for (int i = 0; i < Clients; ++i)
            QVERIFY(waitForOutbox(*clients[i], Actions / Clients + (i < Actions % Clients ? 1 : 0)));
        qInfo("1,000 actions queued in %lld ms", clock.restart());
        // All back at once.
        for (auto &c : clients)
            c->start();
        QVERIFY(waitUntil(
            [&] {
                const qint64 head = srv->storage().head();
                return std::all_of(clients.cbegin(), clients.cend(), [&](const auto &c) {
                    return c->reader().outbox().isEmpty() && c->reader().syncState().lastSeq == head;
                });
            },
            120000));
        qInfo("all delivered and every cache caught up in %lld ms", clock.restart());
        VERIFY_EXACTLY_ONCE(srv->storage(), all);
        for (auto &c : clients)
            VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
    }
};

QTEST_GUILESS_MAIN(TestOfflineFaults)
#include "tst_offline_faults.moc"
