// Recovery from failures in the middle of things, against a real confabd: the connection cut
// inside a catch-up batch (nothing half applied), the server going down in the middle of a
// catch-up and coming back, a confabd process killed with SIGKILL during a snapshot, and a
// client process killed between writing an outbox entry and getting its ack (sent once).
#include "server/auth.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "sync/login.h"
#include "synctestutil.h"
#include "tcpproxy.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace confab;
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

// Appends `count` replies by agent 2 to the conversation: one event each (plus the
// conversation.updated that moves last_message_at).
void addReplies(server::Storage &storage, const QString &conversationId, int count)
{
    const protocol::Agent agent2 = *storage.agent(fx::Agent2Id);
    for (int i = 0; i < count; ++i) {
        protocol::Send send;
        send.clientId = uuid();
        send.conversationId = conversationId;
        send.body = u"bulk reply %1"_s.arg(i);
        const auto out = storage.send(agent2, send);
        if (!out.ok())
            qFatal("send failed: %s", qPrintable(out.error->message));
    }
}

// ---------- the child process: a client that is killed at a chosen moment

// Modes: "written" (the outbox entry is written, the client never connects), "sending" and
// "committed" (the client is live; after the parent's "go" on stdin it sends, and the parent's
// proxy holds the request, or the answer). Prints "live" and "ready <client_id>" on stdout.
int runChild(const QString &mode)
{
    const QString cachePath = qEnvironmentVariable("CONFAB_CHILD_CACHE");
    const QUrl server(qEnvironmentVariable("CONFAB_CHILD_SERVER"));
    const QString token = qEnvironmentVariable("CONFAB_CHILD_TOKEN");
    cache::Cache cache;
    if (!cache.open(cachePath)) {
        std::fprintf(stderr, "child: cannot open the cache\n");
        return 10;
    }
    auto say = [](const QString &line) {
        std::fprintf(stdout, "%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    bool announced = false;
    auto send = [&] {
        const QString clientId = cache.sendMessage(fx::ConvOpenChat, u"reply"_s, u"written before the crash"_s);
        QObject::connect(&cache, &cache::Cache::changed, &cache, [&cache, clientId, mode, say, &announced] {
            for (const cache::OutboxEntry &e : cache.reader().outbox()) {
                if (e.clientId != clientId || announced)
                    continue;
                if (mode == "written"_L1 || e.state == cache::OutboxState::Sending) {
                    announced = true;
                    say(u"ready "_s + clientId);
                }
            }
        });
    };
    if (mode == "written"_L1) {
        send();
    } else {
        auto *session = new sync::SyncSession(cache.writer(), server, [token] { return token; }, tests::fastTimings());
        session->moveToThread(cache.writerThread());
        QObject::connect(
            session, &sync::SyncSession::caughtUp, &cache,
            [&] {
                say(u"live"_s);
                std::string line;
                std::getline(std::cin, line); // the parent's "go": its proxy is ready
                send();
            },
            Qt::SingleShotConnection);
        QMetaObject::invokeMethod(session, &sync::SyncSession::start, Qt::QueuedConnection);
    }
    // Runs until killed.
    return QCoreApplication::exec();
}

int bulkCount(const QList<cache::MessageRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const cache::MessageRow &r) { return r.message.body.startsWith(u"bulk reply"_s); }));
}

int bulkCount(const QList<protocol::Message> &messages)
{
    return int(std::count_if(messages.cbegin(), messages.cend(),
                             [](const protocol::Message &m) { return m.body.startsWith(u"bulk reply"_s); }));
}

const QByteArray SyncedFrame = R"("type":"synced")";

} // namespace

class TestSyncRecovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> srv;
    std::unique_ptr<QTemporaryDir> dir;

    std::unique_ptr<SyncClient> client(const QUrl &url, const QString &name = u"client"_s)
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(name + u".sqlite"_s), url, srv->tokenFor(fx::Agent1Email));
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

    void connectionCutInsideABatch_data()
    {
        QTest::addColumn<double>("cutAt"); // fraction of the catch-up's bytes let through
        QTest::newRow("early") << 0.15;
        QTest::newRow("middle") << 0.5;
        QTest::newRow("late") << 0.85;
    }
    void connectionCutInsideABatch()
    {
        QFETCH(double, cutAt);
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = client(proxy.url());
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        const qint64 before = c->reader().syncState().lastSeq;
        c->stop();

        // 600 replies while away (two events each): a delta of several 500-event frames.
        addReplies(srv->storage(), fx::ConvSnoozed, 300);
        addReplies(srv->storage(), fx::ConvOpenEmail, 300);
        const qint64 head = srv->storage().head();
        QVERIFY(head - before > 2 * protocol::limits::MaxEventsPerFrame);

        // Hold the whole catch-up in the proxy (everything after the WebSocket handshake),
        // then let only part of it through and cut.
        proxy.holdAfter(TcpProxy::Downstream, "\r\n\r\n");
        c->start();
        // The server writes the welcome, every events frame and synced at once; wait for the
        // last of them (synced) to be queued.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.queuedContains(TcpProxy::Downstream, SyncedFrame), 15000);
        const qint64 total = proxy.queuedBytes(TcpProxy::Downstream);
        QVERIFY(total > 300 * 1024);
        proxy.cutAfter(TcpProxy::Downstream, qint64(double(total) * cutAt));
        proxy.setRefuseNew(true); // keep it down while we look
        proxy.setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(c->state != State::CatchingUp && c->state != State::Authenticating, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c->errors.size() >= 1, 10000);

        // Only whole frames were applied: the seq stands at a frame boundary, and every
        // reply up to it (and none after it) is in the cache.
        const qint64 seq = c->reader().syncState().lastSeq;
        QVERIFY2(seq < head, qPrintable(u"seq %1 head %2"_s.arg(seq).arg(head)));
        QCOMPARE((seq - before) % protocol::limits::MaxEventsPerFrame, 0);
        int messageEvents = 0;
        for (const protocol::Event &e : srv->storage().eventsAfter(before, int(seq - before)))
            if (e.name == protocol::events::MessageCreated)
                ++messageEvents;
        QCOMPARE(bulkCount(tests::cachedMessages(c->reader(), fx::ConvSnoozed))
                     + bulkCount(tests::cachedMessages(c->reader(), fx::ConvOpenEmail)),
                 messageEvents);

        proxy.setRefuseNew(false);
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 20000);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        QCOMPARE(bulkCount(tests::cachedMessages(c->reader(), fx::ConvSnoozed)), 300);
        QCOMPARE(bulkCount(tests::cachedMessages(c->reader(), fx::ConvOpenEmail)), 300);
    }

    void serverRestartedInTheMiddleOfACatchUp()
    {
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        auto c = client(proxy.url());
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        c->stop();
        addReplies(srv->storage(), fx::ConvSnoozed, 600);
        const qint64 head = srv->storage().head();

        proxy.holdAfter(TcpProxy::Downstream, "\r\n\r\n");
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.queuedContains(TcpProxy::Downstream, SyncedFrame), 15000);
        const qint64 total = proxy.queuedBytes(TcpProxy::Downstream);
        // The server goes down while the client has seen only part of the catch-up (what was
        // already on its way still arrives, as over TCP)…
        srv->stop();
        proxy.cutAfter(TcpProxy::Downstream, total / 2);
        proxy.setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(c->state != State::CatchingUp && c->state != State::Authenticating, 10000);
        const qint64 partial = c->reader().syncState().lastSeq;
        QVERIFY(partial < head);
        // …and reconnect attempts fail until it is back (on another port, behind the proxy).
        const int attempts = c->connecting;
        QTRY_VERIFY_WITH_TIMEOUT(c->connecting >= attempts + 2, 10000);
        QCOMPARE(c->caughtUp, 1);
        QString error;
        QVERIFY2(srv->start(&error), qPrintable(error));
        proxy.setTarget(QHostAddress::LocalHost, srv->port());
        // More happens right after the restart.
        addReplies(srv->storage(), fx::ConvOpenChat, 3);
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 20000);
        QVERIFY(c->lastHead >= head + 3);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), c->reader());
        QCOMPARE(bulkCount(tests::cachedMessages(c->reader(), fx::ConvSnoozed)), 600);
        QCOMPARE(bulkCount(tests::cachedMessages(c->reader(), fx::ConvOpenChat)), 3);
    }

    void confabdKilledDuringASnapshot()
    {
        const QString confabd = qEnvironmentVariable("CONFABD_BINARY");
        if (confabd.isEmpty() || !QFile::exists(confabd))
            QSKIP("CONFABD_BINARY is not set (run through ctest)");
        srv.reset(); // this test uses a separate confabd process on its own database
        const QString db = dir->filePath(u"demo.db"_s);

        auto startConfabd = [&](QProcess &p, bool seed) -> quint16 {
            QStringList args { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + db };
            if (seed)
                args << u"--seed"_s << u"demo"_s;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(confabd, args);
            if (!p.waitForStarted(10000))
                return 0;
            static const QRegularExpression ready(uR"(confabd listening on 127\.0\.0\.1:(\d+))"_s);
            QByteArray out;
            const bool ok = QTest::qWaitFor(
                [&] {
                    out += p.readAllStandardOutput();
                    return ready.match(QString::fromUtf8(out)).hasMatch() || p.state() == QProcess::NotRunning;
                },
                120000);
            const auto m = ready.match(QString::fromUtf8(out));
            return ok && m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        };

        QProcess first;
        const quint16 port = startConfabd(first, true);
        QVERIFY2(port, first.readAllStandardError().constData());
        TcpProxy proxy(QHostAddress::LocalHost, port);
        QVERIFY(proxy.listen());

        // Sign in as the demo agent.
        sync::AuthClient auth;
        std::optional<sync::LoginResult> login;
        auth.login(proxy.url(), u"agent@demo.confab"_s, u"demo"_s, [&](const sync::LoginResult &r) { login = r; });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 30000);
        QVERIFY2(login->ok(), qPrintable(login->message));

        auto c = std::make_unique<SyncClient>(dir->filePath(u"demo-client.sqlite"_s), proxy.url(), login->token);
        QVERIFY(c->open());
        // The demo snapshot is several frames; kill confabd when part of it has arrived.
        proxy.holdAfter(TcpProxy::Downstream, "\r\n\r\n");
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.queuedContains(TcpProxy::Downstream, SyncedFrame), 60000);
        const qint64 total = proxy.queuedBytes(TcpProxy::Downstream);
        QVERIFY(total > 1024 * 1024);
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        proxy.cutAfter(TcpProxy::Downstream, total / 2);
        proxy.setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(c->state != State::CatchingUp && c->state != State::Authenticating, 20000);
        // A snapshot is not complete before its last frame: nothing claims a seq yet.
        QCOMPARE(c->reader().syncState().lastSeq, 0);
        QCOMPARE(c->caughtUp, 0);

        QProcess second;
        const quint16 port2 = startConfabd(second, false);
        QVERIFY2(port2, second.readAllStandardError().constData());
        proxy.setTarget(QHostAddress::LocalHost, port2);
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 60000);
        const qint64 seq = c->reader().syncState().lastSeq;
        QVERIFY(seq > 0);
        c->close();
        second.terminate();
        QVERIFY(second.waitForFinished(20000));

        // Compare with the database the killed and restarted server left behind.
        QString why;
        std::unique_ptr<server::Storage> storage = server::createStorage(u"sqlite:"_s + db, &why);
        QVERIFY2(storage, qPrintable(why));
        QVERIFY(!storage->open());
        SyncClient reopened(dir->filePath(u"demo-client.sqlite"_s), proxy.url(), login->token);
        QVERIFY(reopened.open());
        QCOMPARE(storage->head(), seq);
        VERIFY_CACHE_EQUALS_SERVER(*storage, reopened.reader(), tests::CompareOptions { .snapshotScope = true });
    }

    void clientKilledAfterWritingTheOutbox_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("written, never sent") << u"written"_s;
        QTest::newRow("sent, lost on the way") << u"sending"_s;
        QTest::newRow("committed, ack lost") << u"committed"_s;
    }
    void clientKilledAfterWritingTheOutbox()
    {
        QFETCH(QString, mode);
        TcpProxy proxy(QHostAddress::LocalHost, srv->port());
        QVERIFY(proxy.listen());
        const QString cachePath = dir->filePath(u"killed.sqlite"_s);
        {
            // First a normal sync, so the conversation is in the cache.
            SyncClient first(cachePath, srv->httpUrl(), srv->tokenFor(fx::Agent1Email));
            QVERIFY(first.open());
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(first.caughtUp, 1, 15000);
        }

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CONFAB_SYNC_CHILD"_s, mode);
        env.insert(u"CONFAB_CHILD_CACHE"_s, cachePath);
        env.insert(u"CONFAB_CHILD_SERVER"_s, proxy.url().toString());
        env.insert(u"CONFAB_CHILD_TOKEN"_s, srv->tokenFor(fx::Agent1Email));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        auto waitLine = [&](const QByteArray &prefix) -> std::optional<QString> {
            std::optional<QString> found;
            QTest::qWaitFor(
                [&] {
                    out += child.readAllStandardOutput();
                    const qsizetype at = out.indexOf(prefix);
                    const qsizetype end = at < 0 ? -1 : out.indexOf('\n', at);
                    if (end >= 0)
                        found = QString::fromUtf8(out.mid(at + prefix.size(), end - at - prefix.size()));
                    return found.has_value() || child.state() == QProcess::NotRunning;
                },
                20000);
            return found;
        };
        bool armed = false;
        if (mode != "written"_L1) {
            QVERIFY2(waitLine("live"), child.readAllStandardError().constData());
            if (mode == "sending"_L1) {
                proxy.setHeld(TcpProxy::Upstream, true); // the request goes no further than the proxy
            } else {
                // The request passes; everything the server answers is held back.
                connect(&proxy, &TcpProxy::forwarded, this, [&](TcpProxy::Direction d, qint64) {
                    if (d == TcpProxy::Upstream && armed)
                        proxy.setHeld(TcpProxy::Downstream, true);
                });
                armed = true;
            }
            child.write("go\n");
        }
        const std::optional<QString> clientId = waitLine("ready ");
        QVERIFY2(clientId && !clientId->isEmpty(), child.readAllStandardError().constData());
        if (mode == "committed"_L1)
            QTRY_COMPARE_WITH_TIMEOUT(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, *clientId), 1, 10000);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        armed = false;
        proxy.cutAll();
        proxy.setHeld(TcpProxy::Upstream, false);
        proxy.setHeld(TcpProxy::Downstream, false);
        if (mode != "committed"_L1)
            QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, *clientId), 0);
        const QString id = *clientId;

        // Restarted: the entry survived the kill and is sent (again) — once on the server.
        SyncClient restarted(cachePath, srv->httpUrl(), srv->tokenFor(fx::Agent1Email));
        QVERIFY(restarted.open());
        QCOMPARE(restarted.reader().outbox().size(), 1);
        QCOMPARE(restarted.reader().outbox().first().clientId, id);
        restarted.start();
        QTRY_VERIFY_WITH_TIMEOUT(restarted.reader().outbox().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.reader().syncState().lastSeq, srv->storage().head(), 10000);
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, id), 1);
        QCOMPARE(tests::cacheCountOfClientId(restarted.reader(), fx::ConvOpenChat, id), 1);
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), restarted.reader());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("CONFAB_SYNC_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestSyncRecovery tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_sync_recovery.moc"
