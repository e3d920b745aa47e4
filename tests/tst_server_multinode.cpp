// Several confabd nodes on one PostgreSQL database (a private cluster, support/pgcluster.h):
// events written through one node reach the agents of another in seq order, exactly once;
// concurrent writers on two nodes make one gap-free log; login throttling, client_id
// idempotency and token revocation hold across nodes; a node's lost LISTEN or database
// connection comes back by itself; and when a node is killed (a real confabd process, SIGKILL)
// its agents reconnect to another node and catch up by seq with nothing lost.
#include "support/agentclient.h"
#include "support/fixture.h"
#include "support/http.h"
#include "support/pgcluster.h"
#include "support/testdb.h"

#include "server/auth.h"
#include "server/hub.h"
#include "server/server.h"
#include "server/storage.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;

namespace {

QString confabdBinary()
{
    const QString fromEnv = qEnvironmentVariable("CONFABD_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + u"/../server/confabd"_s;
}

// One confabd node in this process, on the shared database.
struct Node
{
    std::unique_ptr<server::Server> server;
    QUrl agentUrl() const { return QUrl(u"ws://127.0.0.1:%1/v1/agent"_s.arg(server->port())); }
    QUrl httpUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(server->port())); }
};

QStringList seqNames(const QList<protocol::Event> &events)
{
    QStringList out;
    for (const protocol::Event &e : events)
        out << u"%1:%2"_s.arg(e.seq).arg(e.name);
    return out;
}

bool consecutive(const QList<protocol::Event> &events, qint64 from)
{
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i).seq != from + i)
            return false;
    return true;
}

} // namespace

class TestServerMultinode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void messageReachesTheOtherNode();
    void concurrentWritersOnTwoNodesMakeOneLog();
    void catchUpAndLiveNeverRepeat();
    void clientIdIsIdempotentAcrossNodes();
    void loginRateLimitIsShared();
    void logoutClosesSessionsOnOtherNodes();
    void lostListenConnectionComesBack();
    void lostDatabaseConnectionComesBack();
    void killedNodeLosesNothing();

private:
    Node *startNode(QString *error);
    QString tokenFor(const QString &email);
    // Terminates this database's backends whose query matches (LISTEN…, or all but ours).
    int terminateBackends(const QString &queryLike);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<server::Storage> m_admin; // for tokens and checks
    std::vector<std::unique_ptr<Node>> m_nodes;
    QList<QProcess *> m_processes;
};

void TestServerMultinode::initTestCase()
{
    // Always PostgreSQL: several nodes on one SQLite file is not a supported setup.
    const QString why = PgCluster::unavailableReason();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(server::auth::init());
}

void TestServerMultinode::init()
{
    m_db = std::make_unique<TestDatabase>(DbEngine::Postgres);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_admin = server::createStorage(m_db->spec(), &error);
    QVERIFY2(m_admin, qPrintable(error));
    const auto opened = m_admin->open();
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    const auto seeded = m_admin->seed(fx::makeSeed());
    QVERIFY2(!seeded, seeded ? qPrintable(seeded->message) : "");
    m_admin->addApiKey(server::auth::hashToken(fx::ApiKey), u"tests"_s);
}

void TestServerMultinode::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        delete p;
    }
    m_processes.clear();
    m_nodes.clear();
    m_admin.reset();
    m_db.reset();
}

Node *TestServerMultinode::startNode(QString *error)
{
    auto storage = server::createStorage(m_db->spec(), error);
    if (!storage)
        return nullptr;
    if (auto e = storage->open()) {
        *error = e->message;
        return nullptr;
    }
    server::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    auto node = std::make_unique<Node>();
    node->server = std::make_unique<server::Server>(std::move(storage), options);
    if (!node->server->listen(error))
        return nullptr;
    m_nodes.push_back(std::move(node));
    return m_nodes.back().get();
}

QString TestServerMultinode::tokenFor(const QString &email)
{
    const auto found = m_admin->agentByEmail(email);
    if (!found)
        return {};
    const QString token = server::auth::randomToken();
    m_admin->storeToken(server::auth::hashToken(token), found->first.id);
    return token;
}

int TestServerMultinode::terminateBackends(const QString &queryLike)
{
    const QString name = u"terminator"_s;
    int count = -1;
    {
        QSqlDatabase db = m_db->connection(name);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                       "AND pid <> pg_backend_pid() AND query LIKE '%2'"_s.arg(m_db->name(), queryLike))) {
                count = 0;
                while (q.next())
                    count += q.value(0).toBool() ? 1 : 0;
            } else {
                qWarning() << q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// ---------------------------------------------------------------------------------------------
void TestServerMultinode::messageReachesTheOtherNode()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));

    AgentClient onA(a->agentUrl());
    QVERIFY(onA.connectAndSync(tokenFor(fx::LeadEmail)));
    AgentClient onB(b->agentUrl());
    QVERIFY(onB.connectAndSync(tokenFor(fx::Agent1Email)));
    QCOMPARE(onA.lastSeq(), onB.lastSeq());

    // Sent through B, seen on A: the same events with the same seqs. The latency is reported
    // (bench/pg_bench measures it properly), never asserted.
    QList<qint64> latencies;
    for (int i = 0; i < 40; ++i) {
        const qsizetype fromA = onA.events().size();
        QElapsedTimer timer;
        timer.start();
        const auto reply = onB.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"reply"_s,
                                                        u"through B, %1"_s.arg(i), {} });
        QVERIFY(reply.ok());
        const auto seen = onA.waitForEvent(
            protocol::events::MessageCreated,
            [&](const protocol::Event &e) { return e.data.value("id"_L1).toString() == reply.ack->messageId; }, 10000,
            fromA);
        QVERIFY2(seen, "a message sent through node B never reached an agent on node A");
        latencies << timer.elapsed();
        QCOMPARE(seen->seq, reply.ack->seq - 1); // message.created, then conversation.updated (the ack's seq)
    }
    QVERIFY(onA.waitForSeq(onB.lastSeq()));
    QCOMPARE(onA.events(), onB.events());
    QCOMPARE(onA.gapCount(), 0);
    QCOMPARE(onB.gapCount(), 0);
    std::sort(latencies.begin(), latencies.end());
    qInfo("send on B → event on A, in-process, %lld sends: median %lld ms, max %lld ms", qlonglong(latencies.size()),
          latencies.at(latencies.size() / 2), latencies.last());
}

void TestServerMultinode::concurrentWritersOnTwoNodesMakeOneLog()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));

    AgentClient watchA(a->agentUrl()), watchB(b->agentUrl());
    QVERIFY(watchA.connectAndSync(tokenFor(fx::LeadEmail)));
    QVERIFY(watchB.connectAndSync(tokenFor(fx::AdminEmail)));
    const qint64 start = watchA.lastSeq();
    AgentClient writerA(a->agentUrl()), writerB(b->agentUrl());
    QVERIFY(writerA.connectAndSync(tokenFor(fx::Agent1Email)));
    QVERIFY(writerB.connectAndSync(tokenFor(fx::Agent2Email)));

    // Both writers fire their requests without waiting, so the nodes' transactions interleave.
    constexpr int PerWriter = 30;
    QStringList reqsA, reqsB;
    for (int i = 0; i < PerWriter; ++i) {
        protocol::Send sa { writerA.nextReq(), newClientId(), fx::ConvOpenChat, u"note"_s, u"A %1"_s.arg(i), {} };
        protocol::Send sb { writerB.nextReq(), newClientId(), fx::ConvLong, u"note"_s, u"B %1"_s.arg(i), {} };
        writerA.sendFrame(sa);
        writerB.sendFrame(sb);
        reqsA << sa.req;
        reqsB << sb.req;
    }
    QList<qint64> ackedSeqs;
    for (const QString &req : std::as_const(reqsA)) {
        const auto r = writerA.waitForReply(req, 30000);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "no answer");
        ackedSeqs << r.ack->seq;
    }
    for (const QString &req : std::as_const(reqsB)) {
        const auto r = writerB.waitForReply(req, 30000);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "no answer");
        ackedSeqs << r.ack->seq;
    }
    const qint64 head = m_admin->head();
    QCOMPARE(head, start + 4 * PerWriter); // two events per send, none lost, none extra
    std::sort(ackedSeqs.begin(), ackedSeqs.end());
    QCOMPARE(std::adjacent_find(ackedSeqs.begin(), ackedSeqs.end()), ackedSeqs.end()); // no seq acked twice

    // Every agent on either node saw the one log, in order, each event once.
    for (AgentClient *c : { &watchA, &watchB, &writerA, &writerB }) {
        QVERIFY(c->waitForSeq(head, 20000));
        QCOMPARE(c->gapCount(), 0);
    }
    const QList<protocol::Event> log = m_admin->eventsAfter(start, 1000);
    QCOMPARE(log.size(), 4 * PerWriter);
    QVERIFY(consecutive(log, start + 1));
    for (AgentClient *c : { &watchA, &watchB, &writerA, &writerB }) {
        QList<protocol::Event> seen;
        for (const protocol::Event &e : c->events())
            if (e.seq > start)
                seen << e;
        QCOMPARE(seqNames(seen), seqNames(log));
        QCOMPARE(seen, log);
    }
}

void TestServerMultinode::catchUpAndLiveNeverRepeat()
{
    // A node's agent connects while another node is writing: its catch-up reads events from
    // the log that this node has not fanned out yet. They must not arrive a second time live.
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));
    AgentClient writer(b->agentUrl());
    QVERIFY(writer.connectAndSync(tokenFor(fx::Agent1Email)));
    const QString token = tokenFor(fx::LeadEmail);

    std::vector<std::unique_ptr<AgentClient>> joiners;
    QStringList reqs;
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < 3; ++i) {
            protocol::Send s { writer.nextReq(), newClientId(), fx::ConvOpenChat, u"note"_s,
                               u"round %1 #%2"_s.arg(round).arg(i), {} };
            writer.sendFrame(s);
            reqs << s.req;
        }
        auto joiner = std::make_unique<AgentClient>(a->agentUrl());
        QVERIFY(joiner->open());
        joiner->hello(token);
        joiners.push_back(std::move(joiner));
    }
    for (const QString &req : std::as_const(reqs))
        QVERIFY(writer.waitForReply(req, 30000).ok());
    const qint64 head = m_admin->head();
    for (const auto &j : joiners) {
        QVERIFY(j->waitForSynced());
        QVERIFY(j->waitForSeq(head, 20000));
        QVERIFY(j->roundTrip());
        QCOMPARE(j->gapCount(), 0); // a repeated event would count as a gap (seq ≠ last + 1)
        QCOMPARE(j->lastSeq(), head);
    }
}

void TestServerMultinode::clientIdIsIdempotentAcrossNodes()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));
    const QString token = tokenFor(fx::Agent1Email);
    AgentClient onA(a->agentUrl()), onB(b->agentUrl());
    QVERIFY(onA.connectAndSync(token));
    QVERIFY(onB.connectAndSync(token));

    const protocol::Send send { {}, newClientId(), fx::ConvOpenChat, u"reply"_s, u"only once"_s, {} };
    const auto first = onA.request(send);
    QVERIFY(first.ok());
    const qint64 head = m_admin->head();
    const auto again = onB.request(send); // the client reconnected to another node and resent
    QVERIFY(again.ok());
    QCOMPARE(again.ack->messageId, first.ack->messageId);
    QCOMPARE(again.ack->seq, first.ack->seq);
    QCOMPARE(m_admin->head(), head);

    // Ingestion too: the same inbound client_id through either node is one message.
    Http httpA(a->httpUrl()), httpB(b->httpUrl());
    const QJsonObject inbound { { u"channel"_s, u"email"_s },
                                { u"contact"_s, QJsonObject { { u"email"_s, u"twice@example.com"_s } } },
                                { u"subject"_s, u"Hello"_s },
                                { u"body"_s, u"Sent to two nodes"_s },
                                { u"client_id"_s, newClientId() } };
    const HttpResponse r1 = httpA.post(u"/v1/inbound"_s, inbound, Http::bearer(fx::ApiKey));
    QCOMPARE(r1.status, 201);
    const qint64 afterInbound = m_admin->head();
    const HttpResponse r2 = httpB.post(u"/v1/inbound"_s, inbound, Http::bearer(fx::ApiKey));
    QCOMPARE(r2.status, 201);
    QCOMPARE(r2.json.value("message_id"_L1), r1.json.value("message_id"_L1));
    QCOMPARE(m_admin->head(), afterInbound);
}

void TestServerMultinode::loginRateLimitIsShared()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));
    Http httpA(a->httpUrl()), httpB(b->httpUrl());
    const QJsonObject wrong { { u"email"_s, fx::Agent2Email }, { u"password"_s, u"not the password"_s } };

    // Five failures, spread over both nodes...
    for (int i = 0; i < 5; ++i) {
        const HttpResponse r = (i % 2 ? httpB : httpA).post(u"/v1/login"_s, wrong);
        QCOMPARE(r.status, 401);
    }
    // ...and the next attempt is refused by either node, even with the right password.
    QCOMPARE(httpA.post(u"/v1/login"_s, wrong).status, 429);
    const QJsonObject right { { u"email"_s, fx::Agent2Email }, { u"password"_s, fx::Password } };
    QCOMPARE(httpB.post(u"/v1/login"_s, right).status, 429);
    // Another address is not affected.
    const QJsonObject other { { u"email"_s, fx::Agent1Email }, { u"password"_s, fx::Password } };
    QCOMPARE(httpB.post(u"/v1/login"_s, other).status, 200);
}

void TestServerMultinode::logoutClosesSessionsOnOtherNodes()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));
    Http httpA(a->httpUrl());
    const HttpResponse login = httpA.post(u"/v1/login"_s, QJsonObject { { u"email"_s, fx::Agent1Email },
                                                                         { u"password"_s, fx::Password } });
    QCOMPARE(login.status, 200);
    const QString token = login.json.value("token"_L1).toString();
    AgentClient onB(b->agentUrl());
    QVERIFY(onB.connectAndSync(token));
    AgentClient bystander(b->agentUrl());
    QVERIFY(bystander.connectAndSync(tokenFor(fx::Agent2Email)));

    // Logged out through node A: the session on node B is closed, the bystander's is not.
    QCOMPARE(httpA.post(u"/v1/logout"_s, {}, Http::bearer(token)).status, 204);
    QVERIFY(onB.waitForDisconnected(10000));
    QCOMPARE(int(onB.closeCode()), 4001);
    const auto err = onB.waitForError(1000);
    QVERIFY(err);
    QCOMPARE(err->code, protocol::ErrorCode::Unauthorized);
    QVERIFY(bystander.roundTrip());
    QVERIFY(bystander.isConnected());

    // And the token no longer opens a session on any node.
    AgentClient again(b->agentUrl());
    QVERIFY(again.open());
    again.hello(token);
    QVERIFY(again.waitForDisconnected(10000));
    QCOMPARE(int(again.closeCode()), 4001);
}

void TestServerMultinode::lostListenConnectionComesBack()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    Node *b = startNode(&error);
    QVERIFY2(b, qPrintable(error));
    AgentClient onA(a->agentUrl()), onB(b->agentUrl());
    QVERIFY(onA.connectAndSync(tokenFor(fx::LeadEmail)));
    QVERIFY(onB.connectAndSync(tokenFor(fx::Agent1Email)));

    // Both nodes' LISTEN connections are cut; an event committed meanwhile arrives anyway once
    // the nodes notice (a health check every few seconds) and reconnect.
    QCOMPARE(terminateBackends(u"LISTEN%"_s), 2);
    const auto sent = onB.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"note"_s, u"while deaf"_s, {} });
    QVERIFY(sent.ok());
    QVERIFY2(onA.waitForSeq(sent.ack->seq, 20000), "node A never caught up after losing its LISTEN connection");
    // And live wake-ups work again afterwards.
    const auto next = onB.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"note"_s, u"heard"_s, {} });
    QVERIFY(next.ok());
    QVERIFY(onA.waitForSeq(next.ack->seq, 10000));
    QCOMPARE(onA.gapCount(), 0);
}

void TestServerMultinode::lostDatabaseConnectionComesBack()
{
    QString error;
    Node *a = startNode(&error);
    QVERIFY2(a, qPrintable(error));
    AgentClient onA(a->agentUrl());
    QVERIFY(onA.connectAndSync(tokenFor(fx::LeadEmail)));
    // Every connection of the node is cut (as by a PostgreSQL restart or a proxy): the next
    // request reconnects and succeeds.
    QVERIFY(terminateBackends(u"%"_s) >= 2);
    const auto sent = onA.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"note"_s, u"after"_s, {} });
    QVERIFY2(sent.ok(), sent.error ? qPrintable(sent.error->message) : "no answer");
    QVERIFY(onA.waitForSeq(sent.ack->seq));
    QCOMPARE(onA.gapCount(), 0);
}

void TestServerMultinode::killedNodeLosesNothing()
{
    // Two real confabd processes on the database.
    auto spawn = [&](const QString &name, quint16 *port) -> QProcess * {
        auto *p = new QProcess;
        m_processes.append(p);
        p->setProgram(confabdBinary());
        p->setArguments({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, m_db->spec() });
        p->setStandardErrorFile(m_db->dir() + u"/"_s + name + u".log"_s);
        p->start();
        *port = 0;
        if (!p->waitForStarted(10000))
            return p;
        QDeadlineTimer deadline(30000);
        while (!p->canReadLine() && p->state() == QProcess::Running && !deadline.hasExpired())
            p->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        static const QRegularExpression ready(u"^confabd listening on 127\\.0\\.0\\.1:(\\d+)\\n$"_s);
        const auto m = ready.match(QString::fromUtf8(p->readLine()));
        if (m.hasMatch())
            *port = quint16(m.captured(1).toUInt());
        return p;
    };
    quint16 portA = 0, portB = 0;
    QProcess *nodeA = spawn(u"node-a"_s, &portA);
    QProcess *nodeB = spawn(u"node-b"_s, &portB);
    QVERIFY2(portA && portB, "a confabd node did not start (see its log in the test database's directory)");
    const QUrl urlA(u"ws://127.0.0.1:%1/v1/agent"_s.arg(portA)), urlB(u"ws://127.0.0.1:%1/v1/agent"_s.arg(portB));

    const QString token = tokenFor(fx::Agent1Email);
    auto agent = std::make_unique<AgentClient>(urlA);
    QVERIFY(agent->connectAndSync(token));
    const QString logId = agent->welcome()->logId;
    AgentClient colleague(urlB);
    QVERIFY(colleague.connectAndSync(tokenFor(fx::Agent2Email)));

    // Node B's traffic reaches the agent on node A (across processes).
    const auto before = colleague.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"reply"_s,
                                                           u"before the crash"_s, {} });
    QVERIFY(before.ok());
    QVERIFY(agent->waitForSeq(before.ack->seq));

    // The agent sends, and node A dies at once: the request may or may not have been applied.
    const protocol::Send inFlight { agent->nextReq(), newClientId(), fx::ConvOpenChat, u"reply"_s,
                                    u"sent as node A died"_s, {} };
    agent->sendFrame(inFlight);
    nodeA->kill();
    QVERIFY(nodeA->waitForFinished(10000));
    QVERIFY(agent->waitForDisconnected(10000));
    const qint64 applied = agent->lastSeq();
    QList<protocol::Event> seen = agent->events();

    // Meanwhile the conversation goes on through node B.
    QStringList whileDown;
    for (int i = 0; i < 5; ++i) {
        const auto r = colleague.request(protocol::Send { {}, newClientId(), fx::ConvOpenChat, u"reply"_s,
                                                          u"while A is down %1"_s.arg(i), {} });
        QVERIFY(r.ok());
        whileDown << r.ack->messageId;
    }

    // The agent reconnects to node B with its last seq: a delta with everything after it.
    agent = std::make_unique<AgentClient>(urlB);
    QVERIFY(agent->connectAndSync(token, applied, logId));
    QCOMPARE(agent->welcome()->mode, u"delta"_s);
    QVERIFY(!agent->welcome()->reset);
    QCOMPARE(agent->gapCount(), 0);
    // The outbox re-sends the unacknowledged request with the same client_id.
    auto resent = inFlight;
    resent.req.clear();
    const auto ack = agent->request(resent);
    QVERIFY2(ack.ok(), ack.error ? qPrintable(ack.error->message) : "no answer");
    QVERIFY(agent->waitForSeq(m_admin->head()));
    QCOMPARE(agent->gapCount(), 0);
    QVERIFY(!agent->events().isEmpty());
    QCOMPARE(agent->events().first().seq, applied + 1);
    seen.append(agent->events());

    // Nothing lost, nothing twice: the agent holds the whole log from where it started, the
    // messages sent while its node was down, and exactly one copy of the in-flight message.
    const qint64 head = m_admin->head();
    QCOMPARE(seen.last().seq, head);
    const qint64 first = seen.first().seq;
    QVERIFY(consecutive(seen, first));
    QCOMPARE(seen, m_admin->eventsAfter(first - 1, 1000));
    QStringList messageIds;
    int inFlightCopies = 0;
    for (const protocol::Event &e : std::as_const(seen)) {
        if (e.name != protocol::events::MessageCreated)
            continue;
        messageIds << e.data.value("id"_L1).toString();
        if (e.data.value("client_id"_L1).toString() == inFlight.clientId)
            ++inFlightCopies;
    }
    QCOMPARE(inFlightCopies, 1);
    QVERIFY(messageIds.contains(ack.ack->messageId));
    for (const QString &id : std::as_const(whileDown))
        QVERIFY(messageIds.contains(id));
    QVERIFY(nodeB->state() == QProcess::Running);
}

QTEST_GUILESS_MAIN(TestServerMultinode)
#include "tst_server_multinode.moc"
