// What the session does with a server that misbehaves: a seq gap, a repeated seq, an
// undecodable or binary frame, event data the cache refuses, a short `synced` — each closes
// the connection, applies nothing of the bad batch and reconnects from the last applied seq.
// Also a reset snapshot (keeps the outbox) and a cache that belonged to another agent.
// A real confabd never sends these, so a scripted server on 127.0.0.1 plays its part.
#include "synctestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::tests::SyncClient;

namespace {

const QString LogA = u"log-a"_s;
const QString LogB = u"log-b"_s;

protocol::Agent agent(const QString &id)
{
    protocol::Agent a;
    a.id = id;
    a.name = u"Agent "_s + id;
    a.email = id + u"@fake.confab"_s;
    return a;
}

protocol::Contact contact(int n)
{
    protocol::Contact c;
    c.id = u"c%1"_s.arg(n);
    c.name = u"Contact %1"_s.arg(n);
    c.email = u"c%1@example.com"_s.arg(n);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + n, Qt::UTC);
    c.lastSeenAt = c.createdAt;
    return c;
}

protocol::Event contactEvent(qint64 seq, int n)
{
    return protocol::Event { seq, protocol::events::ContactUpdated, contact(n).toJson() };
}

// Events seq from..to, each updating contact c<seq>.
protocol::Events eventRange(qint64 from, qint64 to)
{
    protocol::Events e;
    for (qint64 s = from; s <= to; ++s)
        e.events.append(contactEvent(s, int(s)));
    return e;
}

// One scripted connection: what the server sends after the client's hello.
using Script = std::function<void(QWebSocket *, const protocol::Hello &)>;

class FakeServer : public QObject
{
    Q_OBJECT
public:
    FakeServer() : m_server(u"fake"_s, QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                m_sockets.append(s);
                connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) { onText(s, text); });
                connect(s, &QWebSocket::disconnected, this, [this, s] {
                    ++disconnects;
                    m_sockets.removeAll(s);
                    s->deleteLater();
                });
            }
        });
    }
    ~FakeServer() override
    {
        for (QWebSocket *s : std::as_const(m_sockets)) {
            s->disconnect(this);
            s->abort();
            delete s;
        }
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    // The script for the next connection(s); the last one repeats.
    QList<Script> scripts;
    QList<protocol::Hello> hellos;
    // Called at each hello, before its script runs (e.g. to look at the client's cache then).
    std::function<void(const protocol::Hello &)> onHello;
    QList<QJsonObject> requests; // every non-hello frame received
    int disconnects = 0;
    int pings = 0;
    bool answerPings = true;
    bool ackRequests = true;

    static void send(QWebSocket *s, const QByteArray &utf8) { s->sendTextMessage(QString::fromUtf8(utf8)); }
    template<typename F>
    static void sendFrame(QWebSocket *s, const F &frame)
    {
        send(s, protocol::encodeFrame(frame));
    }

private:
    void onText(QWebSocket *s, const QString &text)
    {
        auto decoded = protocol::decodeAgentRequest(text.toUtf8());
        if (std::holds_alternative<protocol::DecodeError>(decoded))
            return;
        const auto &request = std::get<protocol::AgentRequest>(decoded);
        if (const auto *hello = std::get_if<protocol::Hello>(&request)) {
            const qsizetype index = hellos.size();
            hellos.append(*hello);
            if (onHello)
                onHello(*hello);
            if (!scripts.isEmpty())
                scripts.at(qMin(index, scripts.size() - 1))(s, *hello);
            return;
        }
        if (std::holds_alternative<protocol::Ping>(request)) {
            ++pings;
            if (answerPings)
                sendFrame(s, protocol::Pong {});
            return;
        }
        auto parsed = protocol::parseObject(text.toUtf8(), protocol::limits::MaxFrameBytes);
        if (parsed)
            requests.append(*parsed);
        if (!ackRequests)
            return;
        std::visit(
            [s](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (requires { r.req; }) {
                    if constexpr (!std::is_same_v<T, protocol::Fetch>) {
                        protocol::Ack ack;
                        ack.req = r.req;
                        sendFrame(s, ack);
                    }
                }
            },
            request);
    }

    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
};

void welcome(QWebSocket *s, const QString &agentId, qint64 head, const QString &logId, bool snapshot, bool reset = false)
{
    protocol::Welcome w;
    w.agent = agent(agentId);
    w.head = head;
    w.logId = logId;
    w.mode = snapshot ? u"snapshot"_s : u"delta"_s;
    w.reset = reset;
    FakeServer::sendFrame(s, w);
}

// A fresh client: a snapshot at seq `head` holding contacts 1..head, then synced.
Script snapshotScript(qint64 head, const QString &logId = LogA, const QString &agentId = u"a1"_s,
                      bool sendSynced = true)
{
    return [=](QWebSocket *s, const protocol::Hello &) {
        welcome(s, agentId, head, logId, true);
        protocol::Snapshot snap;
        snap.workspace.id = u"ws"_s;
        snap.workspace.name = u"Fake"_s;
        snap.agents = { agent(agentId) };
        for (int n = 1; n <= head; ++n)
            snap.contacts.append(contact(n));
        snap.last = true;
        FakeServer::sendFrame(s, snap);
        if (sendSynced)
            FakeServer::sendFrame(s, protocol::Synced { head });
    };
}

// A correct delta from the hello's since to `head`.
Script deltaScript(qint64 head, const QString &logId = LogA)
{
    return [=](QWebSocket *s, const protocol::Hello &hello) {
        welcome(s, u"a1"_s, head, logId, false);
        if (hello.since < head)
            FakeServer::sendFrame(s, eventRange(hello.since + 1, head));
        FakeServer::sendFrame(s, protocol::Synced { head });
    };
}

} // namespace

class TestSyncGaps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeServer> fake;

    std::unique_ptr<SyncClient> makeClient(const QString &name = u"client"_s)
    {
        auto c = std::make_unique<SyncClient>(dir->filePath(name + u".sqlite"_s), fake->url(), u"token"_s);
        if (!c->open())
            return {};
        return c;
    }

    static QStringList contactIds(const cache::CacheReader &r, int upTo)
    {
        QStringList ids;
        for (int n = 1; n <= upTo; ++n)
            if (r.contact(u"c%1"_s.arg(n)))
                ids.append(u"c%1"_s.arg(n));
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        fake = std::make_unique<FakeServer>();
        QVERIFY(fake->listen());
    }
    void cleanup()
    {
        fake.reset();
        dir.reset();
    }

    void badBatchReconnectsFromLastSeq_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<qint64>("expectedSince");
        // After a snapshot at seq 2 the server misbehaves; the client must come back with
        // `since` = the last seq it applied, nothing of the bad frame applied.
        QTest::newRow("gap between frames") << 0 << qint64(4);
        QTest::newRow("gap inside a frame") << 1 << qint64(3);
        QTest::newRow("repeated seq") << 2 << qint64(4);
        QTest::newRow("undecodable frame") << 3 << qint64(3);
        QTest::newRow("binary frame") << 5 << qint64(3);
        QTest::newRow("synced before the last event") << 6 << qint64(3);
        QTest::newRow("events before the snapshot ended") << 7 << qint64(0);
    }
    void badBatchReconnectsFromLastSeq()
    {
        QFETCH(int, row);
        QFETCH(qint64, expectedSince);
        const qint64 head = 6;

        Script bad = [row](QWebSocket *s, const protocol::Hello &hello) {
            if (row == 7) {
                welcome(s, u"a1"_s, 2, LogA, true);
                FakeServer::sendFrame(s, eventRange(3, 3)); // no snapshot frame yet
                return;
            }
            snapshotScript(2, LogA, u"a1"_s, false)(s, hello);
            switch (row) {
            case 0:
                FakeServer::sendFrame(s, eventRange(3, 4));
                FakeServer::sendFrame(s, eventRange(6, 6));
                break;
            case 1: {
                FakeServer::sendFrame(s, eventRange(3, 3));
                protocol::Events e;
                e.events = { contactEvent(4, 4), contactEvent(6, 6) };
                FakeServer::sendFrame(s, e);
                break;
            }
            case 2: {
                FakeServer::sendFrame(s, eventRange(3, 4));
                protocol::Events e;
                e.events = { contactEvent(4, 4), contactEvent(5, 5) };
                FakeServer::sendFrame(s, e);
                break;
            }
            case 3:
                FakeServer::sendFrame(s, eventRange(3, 3));
                FakeServer::send(s, R"({"type":"events","events":[{"seq":4,"name":"contact.updated","data":{)");
                break;
            case 4: {
                FakeServer::sendFrame(s, eventRange(3, 3));
                protocol::Events e;
                QJsonObject broken = contact(4).toJson();
                broken.insert(u"id"_s, 42); // an id must be a string
                e.events = { protocol::Event { 4, protocol::events::ContactUpdated, broken }, contactEvent(5, 5) };
                FakeServer::sendFrame(s, e);
                break;
            }
            case 5:
                FakeServer::sendFrame(s, eventRange(3, 3));
                s->sendBinaryMessage(QByteArray("\x01\x02\x03", 3));
                break;
            case 6:
                FakeServer::sendFrame(s, eventRange(3, 3));
                FakeServer::sendFrame(s, protocol::Synced { 4 });
                break;
            }
        };
        fake->scripts = { bad, deltaScript(head) };
        auto c = makeClient();
        QVERIFY(c);
        QStringList atSecondHello;
        fake->onHello = [&](const protocol::Hello &hello) {
            if (fake->hellos.size() == 2)
                atSecondHello = contactIds(c->reader(), int(head));
        };
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QCOMPARE(fake->hellos.size(), 2);
        QCOMPARE(fake->hellos.at(0).since, 0);
        QVERIFY(fake->hellos.at(0).logId.isNull());
        QCOMPARE(fake->hellos.at(1).since, expectedSince);
        // Nothing after the last good seq was applied before the reconnect.
        QStringList expected;
        for (int n = 1; n <= expectedSince; ++n)
            expected.append(u"c%1"_s.arg(n));
        QCOMPARE(atSecondHello, expected);
        if (expectedSince > 0)
            QCOMPARE(fake->hellos.at(1).logId, LogA);
        QVERIFY(!c->errors.isEmpty());

        // The good second connection completes it.
        QCOMPARE(c->reader().syncState().lastSeq, head);
        QCOMPARE(contactIds(c->reader(), int(head)).size(), int(head));
    }

    void resetSnapshotKeepsTheOutbox()
    {
        fake->scripts = { snapshotScript(3, LogA) };
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QCOMPARE(contactIds(c->reader(), 3).size(), 3);
        c->stop();

        // Offline: the user edits a contact (an outbox entry). Then the server turns out to be
        // another one (restored from a backup: log B).
        const QString clientId = c->onWorker([](cache::CacheWriter &w, sync::SyncSession &) {
            auto r = w.updateContact(u"c2"_s, QJsonObject { { u"name"_s, u"Renamed"_s } });
            return r ? *r : QString();
        });
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(c->reader().outbox().size(), 1);
        fake->ackRequests = false;
        fake->scripts = { [](QWebSocket *s, const protocol::Hello &) {
            welcome(s, u"a1"_s, 1, LogB, true, true);
            protocol::Snapshot snap;
            snap.workspace.id = u"ws"_s;
            snap.agents = { agent(u"a1"_s) };
            snap.contacts = { contact(2) };
            snap.last = true;
            FakeServer::sendFrame(s, snap);
            FakeServer::sendFrame(s, protocol::Synced { 1 });
        } };
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        QCOMPARE(fake->hellos.last().since, 3);
        QCOMPARE(fake->hellos.last().logId, LogA);
        // Everything from the old log is gone, the new state is in, the outbox survived…
        QCOMPARE(contactIds(c->reader(), 3), QStringList { u"c2"_s });
        QCOMPARE(c->reader().syncState().logId, LogB);
        QCOMPARE(c->reader().syncState().lastSeq, 1);
        // …and was sent to the new server with its client_id.
        QTRY_COMPARE_WITH_TIMEOUT(fake->requests.size(), 1, 10000);
        QCOMPARE(fake->requests.at(0).value("type"_L1).toString(), u"update_contact"_s);
        QCOMPARE(fake->requests.at(0).value("client_id"_L1).toString(), clientId);
    }

    void cacheOfAnotherAgentStartsOver()
    {
        fake->scripts = { snapshotScript(3, LogA, u"a1"_s) };
        auto c = makeClient();
        QVERIFY(c);
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        c->stop();
        // The same file, but the server says the token belongs to agent a2: the hello's
        // since described a1's cache, so the client starts over from an empty one.
        fake->scripts = { [](QWebSocket *s, const protocol::Hello &) { welcome(s, u"a2"_s, 3, LogA, false); },
                          snapshotScript(3, LogA, u"a2"_s) };
        fake->hellos.clear();
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 15000);
        QCOMPARE(fake->hellos.size(), 2);
        QCOMPARE(fake->hellos.at(0).since, 3);
        QCOMPARE(fake->hellos.at(1).since, 0);
        QCOMPARE(c->reader().syncState().agentId, u"a2"_s);
        QCOMPARE(c->reader().syncState().lastSeq, 3);
    }

    void snapshotCutBeforeItsLastFrame()
    {
        // The connection ends after a first snapshot frame: the seq is not advanced, and the
        // client asks again from where it was.
        fake->scripts = { [](QWebSocket *s, const protocol::Hello &) {
                             welcome(s, u"a1"_s, 4, LogA, true);
                             protocol::Snapshot first;
                             first.agents = { agent(u"a1"_s) };
                             first.contacts = { contact(1), contact(2) };
                             first.last = false;
                             FakeServer::sendFrame(s, first);
                             s->close();
                         },
                          snapshotScript(4, LogA) };
        auto c = makeClient();
        QVERIFY(c);
        std::optional<qint64> seqAtSecondHello;
        fake->onHello = [&](const protocol::Hello &) {
            if (fake->hellos.size() == 2)
                seqAtSecondHello = c->reader().syncState().lastSeq;
        };
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        QCOMPARE(fake->hellos.at(1).since, 0);
        QCOMPARE(seqAtSecondHello, std::optional<qint64>(0));
        QCOMPARE(c->reader().syncState().lastSeq, 4);
        QCOMPARE(contactIds(c->reader(), 4).size(), 4);
    }

    void pingsKeepAQuietConnectionAndSilenceKillsIt()
    {
        sync::SyncTimings t = tests::fastTimings();
        t.pingIntervalMs = 100;
        t.deadAfterMs = 600;
        fake->scripts = { snapshotScript(1) };
        auto c = std::make_unique<SyncClient>(dir->filePath(u"ping.sqlite"_s), fake->url(), u"token"_s, t);
        QVERIFY(c->open());
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 1, 15000);
        // Ten pings answered: ≥ 1 s, well past the 600 ms dead interval, on one connection.
        QTRY_VERIFY_WITH_TIMEOUT(fake->pings >= 10, 10000);
        QCOMPARE(fake->hellos.size(), 1);
        QCOMPARE(fake->disconnects, 0);
        QCOMPARE(c->state, sync::SyncSession::State::Live);

        // The server stops answering: the client gives the connection up and connects again.
        fake->answerPings = false;
        QTRY_COMPARE_WITH_TIMEOUT(fake->hellos.size(), 2, 10000);
        QVERIFY(c->errors.last().contains(u"no answer"_s));
        fake->answerPings = true;
        QTRY_COMPARE_WITH_TIMEOUT(c->caughtUp, 2, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSyncGaps)
#include "tst_sync_gaps.moc"
