// Two confabd nodes on one PostgreSQL database: ingestion rate and cross-node fan-out latency.
//
// Starts a private PostgreSQL cluster (tests/support/pgcluster.h; fsync on, as in production)
// or uses --db, seeds the test workspace, runs two real confabd processes on it, then:
//  1. fan-out: an agent connected to node B sends one message every --interval ms; agents on
//     node A (the other node) and on node B (the same node) time when each message's event
//     reaches them. Prints p50/p90/p99/max of both, from the send to the event's arrival.
//  2. ingestion: --senders agents, half on each node, each keeping --window sends in flight,
//     send --ingest messages in all. Prints messages/s (acked, committed) and the cross-node
//     fan-out percentiles under that load, and checks that the agent on node A received one
//     gap-free log (every seq once, in order).
//
//   bench_multinode [--messages N] [--interval MS] [--ingest N] [--senders K] [--window W]
//                   [--db postgres://…] [--confabd PATH] [--no-durable]
//
// Build with -DCMAKE_BUILD_TYPE=Release (confabd too) for meaningful figures.

#include "support/fixture.h"
#include "support/pgcluster.h"

#include "protocol/frames.h"
#include "server/auth.h"
#include "server/sqlstorage.h"
#include "server/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace confab;

namespace {

QElapsedTimer g_clock; // one clock for every send and arrival (all clients live in this process)

qint64 nowUs()
{
    return g_clock.nsecsElapsed() / 1000;
}

// Waits (running the event loop) until done() or the timeout; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Send times by client_id, shared by every client: a receiver looks its events up here.
QHash<QString, qint64> g_sentAtUs;

// One agent connection: sends `send` requests, counts acks, and times message.created events.
class BenchAgent : public QObject
{
public:
    explicit BenchAgent(QString name) : m_name(std::move(name))
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onText(text); });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_disconnected = true; });
    }

    bool connectAndSync(const QUrl &url, const QString &token)
    {
        m_socket.open(url);
        if (!waitUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected; }, 15000)
            || m_disconnected)
            return false;
        protocol::Hello hello;
        hello.token = token;
        m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeFrame(hello)));
        return waitUntil([&] { return m_synced || m_disconnected; }, 30000) && m_synced;
    }

    void send(const QString &conversationId, const QString &clientId, const QString &body)
    {
        protocol::Send s;
        s.req = u"r%1"_s.arg(++m_req);
        s.clientId = clientId;
        s.conversationId = conversationId;
        s.body = body;
        g_sentAtUs.insert(clientId, nowUs());
        ++m_inFlight;
        m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeFrame(s)));
    }

    // Latencies (µs) of the message events received whose client_id matches the filter.
    std::function<bool(const QString &clientId)> timeFilter;
    QList<qint64> latenciesUs;
    int acks = 0;
    int errors = 0;
    int inFlight() const { return m_inFlight; }
    std::function<void()> onAck;
    qint64 lastSeq() const { return m_lastSeq; }
    int gaps() const { return m_gaps; }
    int eventsReceived() const { return m_events; }
    bool disconnected() const { return m_disconnected; }

private:
    void onText(const QString &text)
    {
        const qint64 at = nowUs();
        auto decoded = protocol::decodeAgentServerFrame(text.toUtf8());
        auto *frame = std::get_if<protocol::AgentServerFrame>(&decoded);
        if (!frame) {
            ++errors;
            return;
        }
        if (const auto *w = std::get_if<protocol::Welcome>(frame)) {
            m_lastSeq = w->mode == "delta"_L1 ? m_lastSeq : w->head;
        } else if (std::get_if<protocol::Synced>(frame)) {
            m_synced = true;
        } else if (const auto *events = std::get_if<protocol::Events>(frame)) {
            for (const protocol::Event &e : events->events) {
                if (m_lastSeq && e.seq != m_lastSeq + 1)
                    ++m_gaps;
                m_lastSeq = e.seq;
                ++m_events;
                if (!m_synced || e.name != protocol::events::MessageCreated || !timeFilter)
                    continue;
                const QString clientId = e.data.value("client_id"_L1).toString();
                if (!timeFilter(clientId))
                    continue;
                const auto sent = g_sentAtUs.constFind(clientId);
                if (sent != g_sentAtUs.cend())
                    latenciesUs.append(at - sent.value());
            }
        } else if (std::get_if<protocol::Ack>(frame)) {
            ++acks;
            --m_inFlight;
            if (onAck)
                onAck();
        } else if (const auto *error = std::get_if<protocol::ErrorFrame>(frame)) {
            if (!error->req.isEmpty()) {
                ++errors;
                --m_inFlight;
                std::fprintf(stderr, "%s: error %s\n", qPrintable(m_name), qPrintable(error->message));
                if (onAck)
                    onAck();
            }
        }
    }

    QString m_name;
    QWebSocket m_socket;
    bool m_synced = false;
    bool m_disconnected = false;
    int m_req = 0;
    int m_inFlight = 0;
    qint64 m_lastSeq = 0;
    int m_gaps = 0;
    int m_events = 0;
};

struct Percentiles
{
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
    qsizetype n = 0;
};

Percentiles percentiles(QList<qint64> us)
{
    Percentiles p;
    p.n = us.size();
    if (us.isEmpty())
        return p;
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us.at(std::min<qsizetype>(us.size() - 1, qsizetype(q * double(us.size())))) / 1000.0; };
    p.p50 = at(0.50);
    p.p90 = at(0.90);
    p.p99 = at(0.99);
    p.max = us.constLast() / 1000.0;
    return p;
}

void printPercentiles(const char *what, const Percentiles &p)
{
    std::printf("%-44s n=%-6lld p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   max %7.2f ms\n", what,
                qlonglong(p.n), p.p50, p.p90, p.p99, p.max);
}

struct Node
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QUrl agentUrl() const { return QUrl(u"ws://127.0.0.1:%1/v1/agent"_s.arg(port)); }
};

bool startNode(Node &node, const QString &confabd, const QString &dbUrl, const QString &logFile)
{
    node.process = std::make_unique<QProcess>();
    node.process->setProgram(confabd);
    node.process->setArguments({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, dbUrl });
    node.process->setStandardErrorFile(logFile);
    node.process->start();
    if (!node.process->waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(60000);
    while (!node.process->canReadLine() && node.process->state() == QProcess::Running && !deadline.hasExpired())
        node.process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    static const QRegularExpression ready(u"^confabd listening on 127\\.0\\.0\\.1:(\\d+)\\n$"_s);
    const auto m = ready.match(QString::fromUtf8(node.process->readLine()));
    if (!m.hasMatch())
        return false;
    node.port = quint16(m.captured(1).toUInt());
    return true;
}

QString defaultConfabd()
{
    const QString fromEnv = qEnvironmentVariable("CONFABD_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + u"/../server/confabd"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Two confabd nodes on one PostgreSQL: ingestion and cross-node fan-out."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"messages"_s, u"Fan-out samples (default 1000)."_s, u"N"_s, u"1000"_s },
        { u"interval"_s, u"Milliseconds between fan-out samples (default 5)."_s, u"MS"_s, u"5"_s },
        { u"ingest"_s, u"Messages sent in the ingestion phase (default 5000)."_s, u"N"_s, u"5000"_s },
        { u"senders"_s, u"Sending agents in the ingestion phase, half per node (default 8)."_s, u"K"_s, u"8"_s },
        { u"window"_s, u"Sends in flight per sender (default 4)."_s, u"W"_s, u"4"_s },
        { u"db"_s, u"An existing, empty PostgreSQL database instead of a private cluster."_s, u"URL"_s },
        { u"confabd"_s, u"The confabd binary (default $CONFABD_BINARY or ../server/confabd)."_s, u"PATH"_s },
        { u"no-durable"_s, u"Private cluster with fsync off (tests' setting)."_s },
    });
    parser.process(app);
    const int samples = std::max(1, parser.value(u"messages"_s).toInt());
    const int intervalMs = std::max(0, parser.value(u"interval"_s).toInt());
    const int ingest = std::max(1, parser.value(u"ingest"_s).toInt());
    const int senderCount = std::max(2, parser.value(u"senders"_s).toInt());
    const int window = std::max(1, parser.value(u"window"_s).toInt());
    const QString confabd = parser.isSet(u"confabd"_s) ? parser.value(u"confabd"_s) : defaultConfabd();
    if (!QFileInfo(confabd).isExecutable()) {
        std::fprintf(stderr, "no confabd binary at %s (use --confabd)\n", qPrintable(confabd));
        return 2;
    }
    server::auth::init();
    g_clock.start();

    // ---- the database
    std::unique_ptr<testing::PgCluster> cluster;
    server::PostgresTarget target;
    QString dbUrl;
    if (parser.isSet(u"db"_s)) {
        dbUrl = parser.value(u"db"_s);
        QString why;
        auto t = server::PostgresTarget::fromUrl(dbUrl, &why);
        if (!t) {
            std::fprintf(stderr, "--db: %s\n", qPrintable(why));
            return 2;
        }
        target = *t;
    } else {
        cluster = std::make_unique<testing::PgCluster>();
        cluster->setDurable(!parser.isSet(u"no-durable"_s));
        QString why;
        if (!cluster->start(&why)) {
            std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(why));
            return 1;
        }
        const QString name = cluster->createDatabase(&why);
        if (name.isEmpty()) {
            std::fprintf(stderr, "cannot create a database: %s\n", qPrintable(why));
            return 1;
        }
        target = cluster->target(name);
        dbUrl = cluster->url(name);
    }

    // ---- seed, and a token per agent
    QStringList tokens; // agent ids cycle through the fixture's four agents
    {
        server::SqlStorage storage(target);
        if (auto e = storage.open()) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(target.describe()), qPrintable(e->message));
            return 1;
        }
        if (storage.isEmpty()) {
            if (auto e = storage.seed(testing::fx::makeSeed())) {
                std::fprintf(stderr, "cannot seed: %s\n", qPrintable(e->message));
                return 1;
            }
        }
        for (const QString &id : { testing::fx::Agent1Id, testing::fx::Agent2Id, testing::fx::LeadId, testing::fx::AdminId }) {
            const QString token = server::auth::randomToken();
            storage.storeToken(server::auth::hashToken(token), id);
            tokens << token;
        }
    }

    // ---- two nodes
    QTemporaryDir logs;
    Node nodeA, nodeB;
    if (!startNode(nodeA, confabd, dbUrl, logs.filePath(u"node-a.log"_s))
        || !startNode(nodeB, confabd, dbUrl, logs.filePath(u"node-b.log"_s))) {
        std::fprintf(stderr, "a confabd node did not start\n");
        return 1;
    }
    std::printf("PostgreSQL %s (%s), two confabd nodes on ports %u and %u\n", qPrintable(target.describe()),
                cluster ? (parser.isSet(u"no-durable"_s) ? "private cluster, fsync off" : "private cluster, fsync on")
                        : "given database",
                nodeA.port, nodeB.port);

    // ---- 1. fan-out latency, one message at a time
    BenchAgent onA(u"receiver-A"_s), onB(u"receiver-B"_s), sender(u"sender-B"_s);
    if (!onA.connectAndSync(nodeA.agentUrl(), tokens.at(0)) || !onB.connectAndSync(nodeB.agentUrl(), tokens.at(2))
        || !sender.connectAndSync(nodeB.agentUrl(), tokens.at(1))) {
        std::fprintf(stderr, "an agent could not connect\n");
        return 1;
    }
    auto latencyPhase = [](const QString &id) { return id.startsWith("lat-"_L1); };
    onA.timeFilter = latencyPhase;
    onB.timeFilter = latencyPhase;
    for (int i = 0; i < samples; ++i) {
        sender.send(testing::fx::ConvOpenChat, u"lat-%1"_s.arg(i), u"fan-out sample %1"_s.arg(i));
        // One at a time: the next goes out once this one reached node A (and the pause passed).
        if (!waitUntil([&] { return onA.latenciesUs.size() > i && onB.latenciesUs.size() > i; }, 10000)) {
            std::fprintf(stderr, "sample %d did not arrive within 10 s\n", i);
            return 1;
        }
        if (intervalMs > 0) {
            QEventLoop loop;
            QTimer::singleShot(intervalMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    std::printf("\nfan-out, one message at a time (%d samples, %d ms apart)\n", samples, intervalMs);
    printPercentiles("  sent via node B, seen on node A (cross-node)", percentiles(onA.latenciesUs));
    printPercentiles("  sent via node B, seen on node B (same node)", percentiles(onB.latenciesUs));

    // ---- 2. ingestion
    std::vector<std::unique_ptr<BenchAgent>> senders;
    for (int k = 0; k < senderCount; ++k) {
        auto a = std::make_unique<BenchAgent>(u"ingest-%1"_s.arg(k));
        const Node &node = (k % 2 == 0) ? nodeA : nodeB;
        if (!a->connectAndSync(node.agentUrl(), tokens.at(k % tokens.size()))) {
            std::fprintf(stderr, "sender %d could not connect\n", k);
            return 1;
        }
        senders.push_back(std::move(a));
    }
    // Node B's senders are the odd ones: their messages, seen on node A, are the cross-node sample.
    onA.latenciesUs.clear();
    onA.timeFilter = [](const QString &id) {
        static const QRegularExpression odd(u"^ing-\\d*[13579]-"_s);
        return odd.match(id).hasMatch();
    };
    onB.timeFilter = {};
    const qint64 seqBefore = onA.lastSeq();
    const int gapsBefore = onA.gaps();
    int issued = 0;
    const QStringList conversations { testing::fx::ConvOpenChat, testing::fx::ConvOpenEmail, testing::fx::ConvLong };
    QElapsedTimer ingestClock;
    ingestClock.start();
    std::function<void(int)> topUp = [&](int k) {
        BenchAgent &a = *senders.at(k);
        while (a.inFlight() < window && issued < ingest) {
            const int i = issued++;
            a.send(conversations.at(i % conversations.size()), u"ing-%1-%2"_s.arg(k).arg(i), u"ingested %1"_s.arg(i));
        }
    };
    for (int k = 0; k < senderCount; ++k) {
        senders.at(k)->onAck = [&, k] { topUp(k); };
        topUp(k);
    }
    auto answered = [&] {
        int n = 0;
        for (const auto &a : senders)
            n += a->acks + a->errors;
        return n;
    };
    if (!waitUntil([&] { return answered() >= ingest; }, 600000)) {
        std::fprintf(stderr, "ingestion did not finish within 10 minutes (%d of %d answered)\n", answered(), ingest);
        return 1;
    }
    const double seconds = double(ingestClock.nsecsElapsed()) / 1e9;
    int errors = 0;
    for (const auto &a : senders)
        errors += a->errors;
    // Everything committed reaches node A.
    const qint64 expectedHead = seqBefore + (ingest - errors);
    waitUntil([&] { return onA.lastSeq() >= expectedHead; }, 30000);

    std::printf("\ningestion: %d sends from %d agents (half per node, %d in flight each)\n", ingest, senderCount, window);
    std::printf("  %.0f messages/s committed and acked (%.2f s, %d errors)\n", double(ingest - errors) / seconds,
                seconds, errors);
    printPercentiles("  under load: sent via node B, seen on node A", percentiles(onA.latenciesUs));
    std::printf("  node A's agent: events %lld..%lld received, %d gaps or repeats\n", qlonglong(seqBefore + 1),
                qlonglong(onA.lastSeq()), onA.gaps() - gapsBefore);

    const bool ok = errors == 0 && onA.gaps() == gapsBefore && onA.lastSeq() >= expectedHead;
    nodeA.process->terminate();
    nodeB.process->terminate();
    nodeA.process->waitForFinished(10000);
    nodeB.process->waitForFinished(10000);
    return ok ? 0 : 1;
}
