// Load generator for confabd (issue 8): opens thousands of agent (and visitor) sessions on
// 127.0.0.1, drives realistic traffic and measures what the support floor feels — latency from a
// send to its receipt on every other session, with percentiles — plus the server's memory per
// session. It starts everything it measures itself: a release confabd over a fresh SQLite file
// (port 0, a fixture of N agents with N tokens) and, for comparison, a bare Node.js `ws` relay
// (bench/reference). Bounded: every phase has a deadline, sessions and durations are capped by
// the options, and the program stops by itself.
//
//   bench_loadgen [--quick] [--scenarios LIST] [--json FILE] [--confabd PATH] [--node PATH]
//                 [--reference-dir DIR] [--db-dir DIR] [--max-seconds S]
//
// Scenarios (comma-separated, default all): sessions, fanout, dispatchers, storm, ingest, reference.
// Figures are printed as a table and as BENCH_FIGURE lines (benchreport.h) for tools/bench.

#include "../benchreport.h"
#include "fixture.h"
#include "rawws.h"

#include "protocol/frames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace confab;
using bench::nowNs;
using bench::WsPool;

namespace {

constexpr int64_t Ms = 1000000;
constexpr int64_t Sec = 1000 * Ms;

std::vector<bench::Figure> g_figures;
int64_t g_deadlineNs = 0; // the whole run's bound

void figure(const std::string &name, double value, const std::string &unit, double target = NAN,
            const std::string &op = {}, const std::string &note = {})
{
    bench::Figure f { "loadgen", name, value, unit, target, op, note };
    g_figures.push_back(f);
    bench::report(f);
}

int64_t phaseDeadline(int64_t seconds)
{
    return std::min(nowNs() + seconds * Sec, g_deadlineNs);
}

void log(const char *fmt, auto... args)
{
    std::fprintf(stderr, fmt, args...);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// ------------------------------------------------------------------------------------------
// Statistics

struct Stats
{
    size_t n = 0;
    double p50 = NAN, p90 = NAN, p99 = NAN, max = NAN, mean = NAN;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    s.n = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(std::ceil(q * double(v.size()))) - (q > 0 ? 1 : 0))]; };
    s.p50 = at(0.50);
    s.p90 = at(0.90);
    s.p99 = at(0.99);
    s.max = v.back();
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    return s;
}

// ------------------------------------------------------------------------------------------
// Frames, seen from the measuring side. Every frame is classified by its top-level "type" found
// textually (the protocol encoder writes keys in sorted order, so the top-level "type" is the
// last "type" key of a frame: every key after it holds no nested "type"), and a sample of
// frames is decoded in full with protocol/ and cross-checked, so the shortcut is verified in
// every run. Decoding every frame of a 10,000-session fan-out in full would make this process,
// not the server, the thing being measured.

std::string_view frameType(std::string_view f)
{
    static constexpr std::string_view key = "\"type\":\"";
    const size_t at = f.rfind(key);
    if (at == std::string_view::npos)
        return {};
    const size_t start = at + key.size();
    const size_t end = f.find('"', start);
    return end == std::string_view::npos ? std::string_view {} : f.substr(start, end - start);
}

std::optional<int64_t> numberAfter(std::string_view f, std::string_view key, bool last)
{
    const size_t at = last ? f.rfind(key) : f.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    int64_t v = 0;
    const char *b = f.data() + at + key.size();
    const auto r = std::from_chars(b, f.data() + f.size(), v);
    if (r.ec != std::errc())
        return std::nullopt;
    return v;
}

// "bench-<n>" markers put in message bodies; -1 when none.
int64_t markerIn(std::string_view f)
{
    static constexpr std::string_view key = "bench-";
    const size_t at = f.find(key);
    if (at == std::string_view::npos)
        return -1;
    int64_t v = -1;
    std::from_chars(f.data() + at + key.size(), f.data() + f.size(), v);
    return v;
}

struct Checker
{
    uint64_t seen = 0, checked = 0, mismatches = 0;
    std::string firstMismatch;

    void agentFrame(std::string_view f)
    {
        if (seen++ % 97 != 0)
            return;
        ++checked;
        auto d = protocol::decodeAgentServerFrame(QByteArray(f.data(), qsizetype(f.size())));
        const std::string_view type = frameType(f);
        bool ok = std::holds_alternative<protocol::AgentServerFrame>(d);
        if (ok) {
            const QJsonObject o = std::visit([](const auto &x) { return x.toJson(); }, std::get<protocol::AgentServerFrame>(d));
            ok = o.value("type"_L1).toString().toStdString() == type;
        }
        note(ok, f);
    }
    void visitorFrame(std::string_view f)
    {
        if (seen++ % 97 != 0)
            return;
        ++checked;
        auto d = protocol::decodeVisitorServerFrame(QByteArray(f.data(), qsizetype(f.size())));
        const std::string_view type = frameType(f);
        bool ok = std::holds_alternative<protocol::VisitorServerFrame>(d);
        if (ok) {
            const QJsonObject o = std::visit([](const auto &x) { return x.toJson(); }, std::get<protocol::VisitorServerFrame>(d));
            ok = o.value("type"_L1).toString().toStdString() == type;
        }
        note(ok, f);
    }
    void note(bool ok, std::string_view f)
    {
        if (ok)
            return;
        if (mismatches++ == 0)
            firstMismatch = std::string(f.substr(0, 300));
    }
};
Checker g_checker;

std::string newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string utf8(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

// ------------------------------------------------------------------------------------------
// The processes under test

long rssKbOf(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool startConfabd(const QString &binary, const QString &dbPath, const QString &dispatcher, const QString &logPath,
                      QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (dispatcher == "glib"_L1)
            env.insert(u"QT_NO_GLIB"_s, u""_s); // set but empty: Qt's glib dispatcher
        else if (dispatcher == "unix"_L1)
            env.insert(u"QT_NO_GLIB"_s, u"1"_s);
        else
            env.remove(u"QT_NO_GLIB"_s); // confabd's own choice
        m_proc.setProcessEnvironment(env);
        m_proc.setStandardErrorFile(logPath);
        m_logPath = logPath;
        m_proc.start(binary, { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + dbPath });
        return waitForPort("confabd listening on 127.0.0.1:", error);
    }

    bool startReference(const QString &node, const QString &script, const QString &logPath, QString *error)
    {
        m_proc.setStandardErrorFile(logPath);
        m_logPath = logPath;
        m_proc.start(node, { script, u"--port"_s, u"0"_s });
        return waitForPort("reference listening on 127.0.0.1:", error);
    }

    uint16_t port() const { return m_port; }
    qint64 pid() const { return m_proc.processId(); }
    long rssKb() const { return rssKbOf(pid()); }

    void stop()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.terminate();
        if (!m_proc.waitForFinished(10000)) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }

    QString logTail() const
    {
        QFile f(m_logPath);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray all = f.readAll();
        return QString::fromUtf8(all.right(2000));
    }

private:
    bool waitForPort(const QByteArray &prefix, QString *error)
    {
        if (!m_proc.waitForStarted(10000)) {
            *error = u"cannot start %1: %2"_s.arg(m_proc.program(), m_proc.errorString());
            return false;
        }
        QByteArray seen;
        const int64_t deadline = nowNs() + 30 * Sec;
        while (nowNs() < deadline) {
            if (!m_proc.canReadLine() && !m_proc.waitForReadyRead(1000)) {
                if (m_proc.state() == QProcess::NotRunning)
                    break;
                continue;
            }
            while (m_proc.canReadLine()) {
                const QByteArray line = m_proc.readLine().trimmed();
                seen += line + '\n';
                if (line.startsWith(prefix)) {
                    m_port = quint16(line.mid(prefix.size()).toUInt());
                    return m_port != 0;
                }
            }
        }
        *error = u"%1 did not say it was listening (%2); log: %3"_s.arg(m_proc.program(), QString::fromUtf8(seen),
                                                                          logTail());
        return false;
    }

    QProcess m_proc;
    QString m_logPath;
    uint16_t m_port = 0;
};

// ------------------------------------------------------------------------------------------
// A fleet of agent sessions over one WsPool.

class AgentFleet
{
public:
    struct Session
    {
        enum class State : uint8_t { Connecting, Open, HelloSent, Live, Closed } state = State::Connecting;
        int agent = 0;
        int64_t helloNs = 0, welcomeNs = 0, syncedNs = 0;
        int64_t lastSeq = 0;
        bool welcomed = false;
    };

    AgentFleet(const bench::Fixture &fx, uint16_t port) : m_fx(fx), m_pool("127.0.0.1", port, "/v1/agent")
    {
        WsPool::Handlers h;
        h.opened = [this](WsPool::Conn &c) {
            Session &s = m_sessions[c.user];
            s.state = Session::State::Open;
            ++m_open;
            if (m_helloOnOpen)
                sendHello(c);
        };
        h.text = [this](WsPool::Conn &c, std::string_view f, int64_t at) { onFrame(c, f, at); };
        h.closed = [this](WsPool::Conn &c, const std::string &why) {
            Session &s = m_sessions[c.user];
            if (s.state == Session::State::Closed)
                return;
            if (s.state != Session::State::Connecting)
                --m_open;
            if (s.state == Session::State::Live)
                --m_live;
            s.state = Session::State::Closed;
            ++m_closed;
            if (!m_closing && m_firstCloseWhy.empty())
                m_firstCloseWhy = why;
        };
        m_pool.setHandlers(h);
    }

    WsPool &pool() { return m_pool; }

    // Opens `count` connections for agents first..first+count-1; with helloOnOpen each sends
    // its hello (since, logId) as soon as it is upgraded. At most `inFlight` handshakes at once.
    bool connect(int first, int count, bool helloOnOpen, int64_t since, const std::string &logId, int inFlight,
                 int64_t deadline)
    {
        m_helloOnOpen = helloOnOpen;
        m_since = since;
        m_logId = logId;
        int next = first;
        const int end = first + count;
        const size_t target = m_sessions.size() + size_t(count);
        auto started = [&] { return next >= end; };
        while (!started() || m_open + m_closed < target) {
            while (!started() && int(m_pool.connectingCount()) < inFlight) {
                m_sessions.push_back(Session {});
                m_sessions.back().agent = next++;
                const uint32_t id = m_pool.add();
                m_pool.conn(id).user = m_sessions.size() - 1;
            }
            if (nowNs() > deadline)
                return false;
            m_pool.pollOnce(5);
        }
        return m_closed == 0;
    }

    void sendHello(WsPool::Conn &c)
    {
        Session &s = m_sessions[c.user];
        protocol::Hello h;
        h.token = m_fx.tokens.at(s.agent);
        h.since = m_since;
        h.logId = QString::fromStdString(m_logId);
        s.state = Session::State::HelloSent;
        s.helloNs = nowNs();
        m_pool.sendText(c, utf8(protocol::encodeFrame(h)));
    }

    void helloAll(int64_t since, const std::string &logId)
    {
        m_since = since;
        m_logId = logId;
        for (size_t i = 0; i < m_pool.size(); ++i) {
            WsPool::Conn &c = m_pool.conn(uint32_t(i));
            if (m_sessions[c.user].state == Session::State::Open)
                sendHello(c);
        }
    }

    bool waitLive(size_t count, int64_t deadline)
    {
        return m_pool.runUntil([&] { return m_live >= count || !m_firstCloseWhy.empty(); }, deadline)
            && m_live >= count;
    }

    void closeAll()
    {
        m_closing = true;
        m_pool.closeAll();
    }

    // ---- fan-out measurement: one session sends notes, every other live session must receive
    // each; the time to the last receipt of each event is recorded.
    struct FanOut
    {
        std::vector<double> toLastMs, toFirstMs, ackMs;
        int timeouts = 0;
        double meanFrameBytes = 0;
    };

    FanOut fanOut(uint32_t sender, int events, int paddingBytes, int64_t deadline)
    {
        FanOut out;
        size_t receivers = 0;
        for (size_t i = 0; i < m_sessions.size(); ++i)
            if (m_sessions[i].state == Session::State::Live && i != sender)
                ++receivers;
        const std::string padding(size_t(std::max(0, paddingBytes)), 'x');
        uint64_t frameBytes = 0, frames = 0;
        for (int k = 0; k < events && nowNs() < deadline; ++k) {
            m_marker = m_nextMarker++;
            m_received = 0;
            m_firstNs = m_lastNs = 0;
            m_ackNs = 0;
            m_markerFrameBytes = 0;
            m_markerFrames = 0;
            m_watchSender = sender;
            protocol::Send s;
            s.req = u"f%1"_s.arg(m_marker);
            s.clientId = QString::fromStdString(newUuid());
            s.conversationId = m_fx.conversationId;
            s.kind = u"note"_s;
            s.body = QString::fromStdString("bench-" + std::to_string(m_marker) + " " + padding);
            const std::string text = utf8(protocol::encodeFrame(s));
            WsPool::Conn &c = m_pool.conn(sender);
            const int64_t t0 = nowNs();
            m_pool.sendText(c, text);
            const bool done = m_pool.runUntil([&] { return m_received >= receivers && m_ackNs != 0; },
                                              std::min(deadline, t0 + 10 * Sec));
            if (!done) {
                ++out.timeouts;
                log("  event %lld: %zu of %zu receipts after 10 s", (long long)m_marker, m_received, receivers);
                if (out.timeouts >= 3)
                    break;
                continue;
            }
            out.toLastMs.push_back(double(m_lastNs - t0) / Ms);
            out.toFirstMs.push_back(double(m_firstNs - t0) / Ms);
            out.ackMs.push_back(double(m_ackNs - t0) / Ms);
            frameBytes += m_markerFrameBytes;
            frames += m_markerFrames;
        }
        m_marker = -1;
        out.meanFrameBytes = frames ? double(frameBytes) / double(frames) : 0;
        return out;
    }

    // Produces events with one session: `notes` notes (two events each), waiting for each ack.
    bool produce(uint32_t sender, int notes, int64_t deadline)
    {
        for (int k = 0; k < notes; ++k) {
            m_ackNs = 0;
            m_watchSender = sender;
            m_marker = m_nextMarker++;
            protocol::Send s;
            s.req = u"p%1"_s.arg(m_marker);
            s.clientId = QString::fromStdString(newUuid());
            s.conversationId = m_fx.conversationId;
            s.kind = u"note"_s;
            s.body = QString::fromStdString("bench-" + std::to_string(m_marker) + " catching up");
            m_pool.sendText(m_pool.conn(sender), utf8(protocol::encodeFrame(s)));
            if (!m_pool.runUntil([&] { return m_ackNs != 0; }, deadline))
                return false;
        }
        m_marker = -1;
        return true;
    }

    const std::vector<Session> &sessions() const { return m_sessions; }
    size_t live() const { return m_live; }
    size_t open() const { return m_open; }
    const std::string &firstCloseWhy() const { return m_firstCloseWhy; }
    int64_t head() const { return m_head; }
    const std::string &logId() const { return m_serverLogId; }
    uint64_t framesSeen() const { return m_frames; }
    uint64_t presenceFrames() const { return m_presence; }

private:
    void onFrame(WsPool::Conn &c, std::string_view f, int64_t at)
    {
        Session &s = m_sessions[c.user];
        ++m_frames;
        g_checker.agentFrame(f);
        const std::string_view type = frameType(f);
        if (type == "events") {
            if (auto seq = numberAfter(f, "\"seq\":", true)) {
                s.lastSeq = *seq;
                m_head = std::max(m_head, *seq);
            }
            if (m_marker >= 0 && c.id != m_watchSender && markerIn(f) == m_marker) {
                ++m_received;
                if (m_firstNs == 0)
                    m_firstNs = at;
                m_lastNs = std::max(m_lastNs, at);
                m_markerFrameBytes += f.size();
                ++m_markerFrames;
            }
        } else if (type == "presence") {
            ++m_presence;
        } else if (type == "welcome") {
            s.welcomed = true;
            s.welcomeNs = at;
            if (auto h = numberAfter(f, "\"head\":", false))
                m_head = std::max(m_head, *h);
            static constexpr std::string_view key = "\"log_id\":\"";
            if (const size_t p = f.find(key); p != std::string_view::npos) {
                const size_t e = f.find('"', p + key.size());
                m_serverLogId = std::string(f.substr(p + key.size(), e - p - key.size()));
            }
        } else if (type == "synced") {
            if (s.state != Session::State::Live) {
                s.state = Session::State::Live;
                s.syncedNs = at;
                ++m_live;
            }
        } else if (type == "ack") {
            if (c.id == m_watchSender)
                m_ackNs = at;
            if (auto seq = numberAfter(f, "\"seq\":", false))
                m_head = std::max(m_head, *seq);
        } else if (type == "error") {
            if (m_firstCloseWhy.empty())
                m_firstCloseWhy = "error frame: " + std::string(f.substr(0, 300));
        }
    }

    const bench::Fixture &m_fx;
    WsPool m_pool;
    std::vector<Session> m_sessions;
    bool m_helloOnOpen = false;
    bool m_closing = false;
    int64_t m_since = 0;
    std::string m_logId, m_serverLogId;
    size_t m_open = 0, m_live = 0, m_closed = 0;
    std::string m_firstCloseWhy;
    int64_t m_head = 0;
    uint64_t m_frames = 0, m_presence = 0;

    int64_t m_marker = -1, m_nextMarker = 1;
    uint32_t m_watchSender = UINT32_MAX;
    size_t m_received = 0;
    int64_t m_firstNs = 0, m_lastNs = 0, m_ackNs = 0;
    uint64_t m_markerFrameBytes = 0, m_markerFrames = 0;
};

// ------------------------------------------------------------------------------------------

struct Options
{
    bool quick = false;
    QStringList scenarios;
    QString confabd;
    QString node;
    QString referenceDir;
    QString dbDir;
    QString scratchDir;
    QString dispatcher; // "" = confabd's own choice
    int sessions = 10000;
    int fanoutSmall = 1000;
    int stormAgents = 5000;
    int stormBehind = 100;
    int ingestVisitors = 200;
    int ingestAgents = 100;
    double ingestSeconds = 5;
};

class Run
{
public:
    explicit Run(const Options &o) : m_o(o) { }

    bool prepare(int agents, bench::Fixture *fx, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = u"cannot create a temporary directory"_s;
            return false;
        }
        const QString db = QDir(m_o.dbDir.isEmpty() ? m_dir.path() : m_o.dbDir)
                               .filePath(u"bench-%1.db"_s.arg(++m_dbCounter));
        const int64_t t0 = nowNs();
        if (!bench::makeFixture(db, agents, m_o.scratchDir, fx, error))
            return false;
        log("fixture: %d agents and tokens in %.1f s (%s)", agents, double(nowNs() - t0) / Sec, qPrintable(db));
        return true;
    }

    bool startConfabd(ServerProcess &p, const bench::Fixture &fx, const QString &dispatcher, QString *error)
    {
        const QString logPath = m_dir.filePath(u"confabd-%1.log"_s.arg(++m_logCounter));
        return p.startConfabd(m_o.confabd, fx.dbPath, dispatcher, logPath, error);
    }

    // ---- sessions: hello → welcome rate, memory per idle session, fan-out to many
    void sessions()
    {
        const int n = m_o.sessions;
        const int small = std::min(m_o.fanoutSmall, n);
        bench::Fixture fx;
        QString error;
        if (!prepare(n + 1, &fx, &error))
            return failed("sessions", error);
        ServerProcess server;
        if (!startConfabd(server, fx, m_o.dispatcher, &error))
            return failed("sessions", error);
        const long rss0 = server.rssKb();
        log("confabd pid %lld on port %u, RSS %ld KB", (long long)server.pid(), server.port(), rss0);

        AgentFleet fleet(fx, server.port());
        // First the small floor, live, and one fan-out measurement over it.
        if (!fleet.connect(0, small + 1, true, fx.head, fx.logId.toStdString(), 500, phaseDeadline(60))
            || !fleet.waitLive(size_t(small + 1), phaseDeadline(60))) {
            return failed("sessions", u"the first %1 sessions did not go live: %2 (%3)"_s.arg(small + 1)
                                          .arg(QString::fromStdString(fleet.firstCloseWhy()), server.logTail()));
        }
        {
            const auto r = fleet.fanOut(0, m_o.quick ? 150 : 500, 200, phaseDeadline(60));
            reportFanOut(u"fan-out to %1 live agents"_s.arg(small), r, 10);
            m_frameBytes = r.meanFrameBytes;
            m_confabdSmall = stats(r.toLastMs);
        }

        // Then the rest: open every connection first, then send every hello at once.
        const int rest = n - small;
        if (rest > 0) {
            const int64_t c0 = nowNs();
            if (!fleet.connect(small + 1, rest, false, 0, {}, 1000, phaseDeadline(90)))
                return failed("sessions", u"opening %1 more connections failed: %2 (%3)"_s.arg(rest).arg(
                                              QString::fromStdString(fleet.firstCloseWhy()), server.logTail()));
            const double upgradeSec = double(nowNs() - c0) / Sec;
            figure("WebSocket connections opened (TCP + upgrade, 1,000 in flight)", rest / upgradeSec, "per s");

            const int64_t h0 = nowNs();
            fleet.helloAll(fleet.head(), fleet.logId());
            const bool live = fleet.waitLive(size_t(n + 1), phaseDeadline(120));
            const double helloSec = double(nowNs() - h0) / Sec;
            if (!live)
                return failed("sessions", u"%1 of %2 sessions live after the hellos: %3 (%4)"_s.arg(fleet.live()).arg(n + 1)
                                              .arg(QString::fromStdString(fleet.firstCloseWhy()), server.logTail()));
            std::vector<double> welcomeMs;
            for (const auto &s : fleet.sessions())
                if (s.agent > small && s.welcomeNs && s.helloNs)
                    welcomeMs.push_back(double(s.welcomeNs - s.helloNs) / Ms);
            const Stats w = stats(welcomeMs);
            figure(u"new sessions accepted, hello → welcome + synced (delta of 0), %1 at once"_s.arg(rest).toStdString(),
                   rest / helloSec, "per s", 5000, ">=",
                   u"welcome p50 %1 ms, p99 %2 ms after its hello; %3 presence frames"_s.arg(w.p50, 0, 'f', 1)
                       .arg(w.p99, 0, 'f', 1).arg(fleet.presenceFrames()).toStdString());
        }

        // Idle: let the server settle, then its memory per session.
        fleet.pool().runUntil([] { return false; }, nowNs() + 2 * Sec);
        const long rss1 = server.rssKb();
        figure(u"server memory per idle agent session (%1 sessions, VmRSS delta)"_s.arg(n + 1).toStdString(),
               double(rss1 - rss0) / double(n + 1), "KB", 20, "<=",
               u"VmRSS %1 MB idle → %2 MB with the sessions"_s.arg(rss0 / 1024.0, 0, 'f', 1).arg(rss1 / 1024.0, 0, 'f', 1)
                   .toStdString());
        figure(u"idle agent sessions held"_s.toStdString(), double(fleet.live()), "sessions", double(n), ">=");

        if (rest > 0) {
            const auto r = fleet.fanOut(0, m_o.quick ? 30 : 100, 200, phaseDeadline(90));
            reportFanOut(u"fan-out to %1 live agents"_s.arg(n), r, 100);
            m_confabdLarge = stats(r.toLastMs);
        }
        fleet.closeAll();
    }

    // ---- the fan-out to 1,000 under each Qt event dispatcher
    void dispatchers()
    {
        const int n = m_o.fanoutSmall;
        for (const QString &d : { u"glib"_s, u"unix"_s }) {
            bench::Fixture fx;
            QString error;
            if (!prepare(n + 1, &fx, &error))
                return failed("dispatchers", error);
            ServerProcess server;
            if (!startConfabd(server, fx, d, &error))
                return failed("dispatchers", error);
            AgentFleet fleet(fx, server.port());
            const int64_t h0 = nowNs();
            if (!fleet.connect(0, n + 1, true, fx.head, fx.logId.toStdString(), 500, phaseDeadline(60))
                || !fleet.waitLive(size_t(n + 1), phaseDeadline(60)))
                return failed("dispatchers", u"sessions did not go live under %1: %2"_s.arg(d, QString::fromStdString(fleet.firstCloseWhy())));
            const double connectSec = double(nowNs() - h0) / Sec;
            const auto r = fleet.fanOut(0, m_o.quick ? 150 : 500, 200, phaseDeadline(60));
            const Stats s = stats(r.toLastMs);
            const std::string name = d == "glib"_L1 ? "glib (Qt's default on Linux)" : "QT_NO_GLIB=1 (Qt's UNIX dispatcher)";
            figure(u"dispatcher %1: fan-out to %2, p99 to the last"_s.arg(QString::fromStdString(name)).arg(n).toStdString(),
                   s.p99, "ms", NAN, {},
                   u"p50 %1 ms; %2 sessions connected and synced in %3 s"_s.arg(s.p50, 0, 'f', 2).arg(n + 1)
                       .arg(connectSec, 0, 'f', 2).toStdString());
            m_dispatcherP99[d] = s.p99;
            fleet.closeAll();
        }
        if (m_dispatcherP99.size() == 2)
            figure("fan-out p99: glib / QT_NO_GLIB=1", m_dispatcherP99["glib"_L1] / m_dispatcherP99["unix"_L1], "x");
    }

    // ---- reconnect storm: stormAgents agents, each stormBehind events behind, all at once
    void storm()
    {
        const int n = m_o.stormAgents;
        bench::Fixture fx;
        QString error;
        if (!prepare(n + 1, &fx, &error))
            return failed("storm", error);
        ServerProcess server;
        if (!startConfabd(server, fx, m_o.dispatcher, &error))
            return failed("storm", error);
        AgentFleet fleet(fx, server.port());
        // The one who writes while the others are away.
        if (!fleet.connect(n, 1, true, fx.head, fx.logId.toStdString(), 1, phaseDeadline(20)) || !fleet.waitLive(1, phaseDeadline(20)))
            return failed("storm", u"the writer did not go live: "_s + QString::fromStdString(fleet.firstCloseWhy()));
        const int64_t since = fleet.head();
        const std::string logId = fleet.logId();
        if (!fleet.produce(0, m_o.stormBehind / 2, phaseDeadline(60)))
            return failed("storm", u"producing the events failed"_s);
        const int64_t behind = fleet.head() - since;
        log("storm: head %lld, the agents come back from %lld (%lld events behind)", (long long)fleet.head(),
            (long long)since, (long long)behind);

        const int64_t t0 = nowNs();
        const bool connected = fleet.connect(0, n, true, since, logId, n, phaseDeadline(60));
        const bool live = connected && fleet.waitLive(size_t(n + 1), phaseDeadline(60));
        const double sec = double(nowNs() - t0) / Sec;
        std::vector<double> liveAtMs;
        int64_t lastLive = 0;
        for (const auto &s : fleet.sessions())
            if (s.agent < n && s.syncedNs) {
                liveAtMs.push_back(double(s.syncedNs - t0) / Ms);
                lastLive = std::max(lastLive, s.syncedNs);
            }
        const Stats st = stats(liveAtMs);
        if (!live) {
            failed("storm", u"%1 of %2 live after %3 s: %4 (%5)"_s.arg(fleet.live() - 1).arg(n).arg(sec, 0, 'f', 1)
                                .arg(QString::fromStdString(fleet.firstCloseWhy()), server.logTail()));
            figure(u"reconnect storm: %1 agents each %2 events behind, all live within"_s.arg(n).arg(behind).toStdString(),
                   NAN, "s", 5, "<=");
            return;
        }
        figure(u"reconnect storm: %1 agents each %2 events behind, all live within"_s.arg(n).arg(behind).toStdString(),
               double(lastLive - t0) / Sec, "s", 5, "<=",
               u"all %1 connect at once (TCP, upgrade, hello, delta); half live after %2 s, p99 %3 s"_s.arg(n)
                   .arg(st.p50 / 1000, 0, 'f', 2).arg(st.p99 / 1000, 0, 'f', 2).toStdString());
        fleet.closeAll();
    }

    // ---- ingestion: visitors send, agents receive
    void ingest()
    {
        const int agents = m_o.ingestAgents, visitors = m_o.ingestVisitors;
        bench::Fixture fx;
        QString error;
        if (!prepare(agents, &fx, &error))
            return failed("ingest", error);
        ServerProcess server;
        if (!startConfabd(server, fx, m_o.dispatcher, &error))
            return failed("ingest", error);
        AgentFleet fleet(fx, server.port());
        if (!fleet.connect(0, agents, true, fx.head, fx.logId.toStdString(), 500, phaseDeadline(30))
            || !fleet.waitLive(size_t(agents), phaseDeadline(30)))
            return failed("ingest", u"the agents did not go live: "_s + QString::fromStdString(fleet.firstCloseWhy()));

        // Every agent counts the customer messages it receives (markers in the bodies).
        std::vector<uint32_t> receivedPerAgent(size_t(agents), 0);
        uint64_t receivedTotal = 0;
        {
            WsPool::Handlers h;
            h.text = [&](WsPool::Conn &c, std::string_view f, int64_t) {
                g_checker.agentFrame(f);
                if (frameType(f) != "events")
                    return;
                // Count message.created events of visitors' messages in this frame.
                size_t at = 0;
                while ((at = f.find("\"body\":\"bench-", at)) != std::string_view::npos) {
                    ++receivedPerAgent[c.id];
                    ++receivedTotal;
                    at += 8;
                }
            };
            h.closed = [&](WsPool::Conn &, const std::string &why) {
                if (m_ingestWhy.empty())
                    m_ingestWhy = "agent session closed: " + why;
            };
            fleet.pool().setHandlers(h);
        }

        // Visitors: hello, then keep `window` messages in flight each.
        const int window = 4;
        WsPool vpool("127.0.0.1", server.port(), "/v1/visitor");
        struct V { int inFlight = 0; bool welcomed = false; uint64_t sent = 0, acked = 0; std::map<std::string, int64_t> sentAt; };
        std::vector<V> vs(static_cast<size_t>(visitors));
        std::vector<double> ackMs;
        uint64_t marker = 0, acked = 0, sentTotal = 0;
        bool measuring = false, sending = true;
        int64_t m0 = 0;
        uint64_t ackedAtStart = 0;
        std::string why;
        auto sendOne = [&](WsPool::Conn &c) {
            V &v = vs[c.id];
            protocol::VisitorSend s;
            const std::string req = "v" + std::to_string(++v.sent);
            s.req = QString::fromStdString(req);
            s.clientId = QString::fromStdString(newUuid());
            s.body = QString::fromStdString("bench-" + std::to_string(++marker) + " my export is stuck");
            v.sentAt[req] = nowNs();
            ++v.inFlight;
            ++sentTotal;
            vpool.sendText(c, utf8(protocol::encodeFrame(s)));
        };
        WsPool::Handlers vh;
        vh.opened = [&](WsPool::Conn &c) {
            protocol::VisitorHello h;
            h.workspaceKey = fx.visitorKey;
            vpool.sendText(c, utf8(protocol::encodeFrame(h)));
        };
        vh.text = [&](WsPool::Conn &c, std::string_view f, int64_t at) {
            g_checker.visitorFrame(f);
            V &v = vs[c.id];
            const std::string_view type = frameType(f);
            if (type == "history") {
                v.welcomed = true;
            } else if (type == "ack") {
                static constexpr std::string_view key = "\"req\":\"";
                const size_t p = f.find(key);
                const size_t e = f.find('"', p + key.size());
                const std::string req(f.substr(p + key.size(), e - p - key.size()));
                auto it = v.sentAt.find(req);
                if (it != v.sentAt.end()) {
                    if (measuring)
                        ackMs.push_back(double(at - it->second) / Ms);
                    v.sentAt.erase(it);
                }
                --v.inFlight;
                ++v.acked;
                ++acked;
                if (sending)
                    sendOne(c);
            } else if (type == "error") {
                if (why.empty())
                    why = "visitor error: " + std::string(f.substr(0, 300));
            }
        };
        vh.closed = [&](WsPool::Conn &, const std::string &w) {
            if (why.empty() && sending)
                why = "visitor closed: " + w;
        };
        vpool.setHandlers(vh);
        for (int i = 0; i < visitors; ++i)
            vpool.add();
        const int64_t wd = phaseDeadline(30);
        while (nowNs() < wd && why.empty()) {
            const bool all = std::all_of(vs.begin(), vs.end(), [](const V &v) { return v.welcomed; });
            if (all)
                break;
            vpool.pollOnce(5);
            fleet.pool().pollOnce(0);
        }
        if (!why.empty() || !std::all_of(vs.begin(), vs.end(), [](const V &v) { return v.welcomed; }))
            return failed("ingest", u"visitors did not connect: "_s + QString::fromStdString(why));

        // Warm up for a second, then measure ingestSeconds.
        for (size_t i = 0; i < vpool.size(); ++i)
            for (int w = 0; w < window; ++w)
                sendOne(vpool.conn(uint32_t(i)));
        const int64_t warm = nowNs() + 1 * Sec;
        const int64_t end = warm + int64_t(m_o.ingestSeconds * double(Sec));
        const uint64_t receivedBefore0 = receivedTotal;
        (void)receivedBefore0;
        uint64_t receivedAtStart = 0;
        while (nowNs() < end && why.empty() && m_ingestWhy.empty() && nowNs() < g_deadlineNs) {
            if (!measuring && nowNs() >= warm) {
                measuring = true;
                m0 = nowNs();
                ackedAtStart = acked;
                receivedAtStart = receivedTotal;
            }
            vpool.pollOnce(1);
            fleet.pool().pollOnce(0);
        }
        const int64_t m1 = nowNs();
        sending = false;
        const uint64_t ackedIn = acked - ackedAtStart;
        const uint64_t receivedIn = receivedTotal - receivedAtStart;
        // Drain: every acked message must reach every agent.
        const int64_t drain0 = nowNs();
        const int64_t dd = phaseDeadline(30);
        while (nowNs() < dd && receivedTotal < acked * uint64_t(agents)) {
            vpool.pollOnce(0);
            fleet.pool().pollOnce(5);
        }
        const double drainMs = double(nowNs() - drain0) / Ms;
        if (!why.empty() || !m_ingestWhy.empty())
            return failed("ingest", QString::fromStdString(why + m_ingestWhy));
        const double sec = double(m1 - m0) / Sec;
        const Stats a = stats(ackMs);
        const bool allDelivered = receivedTotal >= acked * uint64_t(agents);
        figure(u"customer messages ingested and fanned out (%1 visitors, %2 in flight each, to %3 live agents)"_s
                   .arg(visitors).arg(window).arg(agents).toStdString(),
               double(ackedIn) / sec, "per s", 5000, ">=",
               u"ack p50 %1 ms, p99 %2 ms; agents received %3 events/s; all delivered: %4 (drain %5 ms)"_s
                   .arg(a.p50, 0, 'f', 1).arg(a.p99, 0, 'f', 1).arg(double(receivedIn) / sec, 0, 'f', 0)
                   .arg(allDelivered ? u"yes"_s : u"NO"_s).arg(drainMs, 0, 'f', 0).toStdString());
        vpool.closeAll();
        fleet.closeAll();
    }

    // ---- the bare relay (Node.js + ws), same fan-out measurement
    void reference()
    {
        const QString script = QDir(m_o.referenceDir).filePath(u"server.js"_s);
        if (!QFileInfo::exists(QDir(m_o.referenceDir).filePath(u"node_modules/ws/package.json"_s))) {
            failed("reference", u"%1/node_modules/ws is missing: run `npm ci` in %1 (tools/bench does)"_s.arg(m_o.referenceDir));
            return;
        }
        const int frameBytes = m_frameBytes > 0 ? int(m_frameBytes) : 1300;
        for (int n : { m_o.fanoutSmall, m_o.sessions }) {
            ServerProcess ref;
            QString error;
            if (!ref.startReference(m_o.node, script, m_dir.filePath(u"reference-%1.log"_s.arg(n)), &error))
                return failed("reference", error);
            WsPool pool("127.0.0.1", ref.port(), "/");
            int64_t marker = -1;
            size_t received = 0;
            int64_t lastNs = 0;
            std::string why;
            WsPool::Handlers h;
            h.text = [&](WsPool::Conn &c, std::string_view f, int64_t at) {
                if (c.id != 0 && markerIn(f) == marker) {
                    ++received;
                    lastNs = std::max(lastNs, at);
                }
            };
            h.closed = [&](WsPool::Conn &, const std::string &w) {
                if (why.empty())
                    why = w;
            };
            pool.setHandlers(h);
            // connect n receivers + 1 sender, 1,000 handshakes in flight
            const int64_t cd = phaseDeadline(90);
            int added = 0;
            while (int(pool.openCount()) < n + 1 && nowNs() < cd && why.empty()) {
                while (added < n + 1 && pool.connectingCount() < 1000) {
                    pool.add();
                    ++added;
                }
                pool.pollOnce(5);
            }
            if (int(pool.openCount()) < n + 1)
                return failed("reference", u"only %1 of %2 connected: %3"_s.arg(pool.openCount()).arg(n + 1).arg(QString::fromStdString(why)));
            std::vector<double> toLast;
            const int events = n > m_o.fanoutSmall ? (m_o.quick ? 30 : 100) : (m_o.quick ? 150 : 500);
            const int64_t ed = phaseDeadline(60);
            for (int k = 0; k < events && nowNs() < ed; ++k) {
                marker = k + 1;
                received = 0;
                lastNs = 0;
                // An events-frame-sized text with the marker, like confabd's events frame.
                std::string text = "{\"type\":\"relay\",\"body\":\"bench-" + std::to_string(marker) + " ";
                text.append(size_t(std::max(0, frameBytes - int(text.size()) - 2)), 'x');
                text += "\"}";
                const int64_t t0 = nowNs();
                pool.sendText(pool.conn(0), text);
                if (!pool.runUntil([&] { return received >= size_t(n); }, std::min(ed, t0 + 10 * Sec)))
                    break;
                toLast.push_back(double(lastNs - t0) / Ms);
            }
            const Stats s = stats(toLast);
            const Stats &mine = n > m_o.fanoutSmall ? m_confabdLarge : m_confabdSmall;
            figure(u"reference relay (Node.js %1 + ws): fan-out to %2, p99 to the last"_s
                       .arg(m_nodeVersion.isEmpty() ? nodeVersion() : m_nodeVersion).arg(n).toStdString(),
                   s.p99, "ms", NAN, {},
                   u"p50 %1 ms, max %2 ms over %3 relays of %4 bytes"_s.arg(s.p50, 0, 'f', 2).arg(s.max, 0, 'f', 2)
                       .arg(s.n).arg(frameBytes).toStdString());
            if (std::isfinite(mine.p99) && std::isfinite(s.p99) && s.p99 > 0)
                figure(u"confabd / bare relay, fan-out to %1, p99 to the last"_s.arg(n).toStdString(), mine.p99 / s.p99,
                       "x", 1.5, "<=",
                       u"confabd p99 %1 ms (persists and sequences each event) vs relay %2 ms; p50 ratio %3"_s
                           .arg(mine.p99, 0, 'f', 2).arg(s.p99, 0, 'f', 2).arg(mine.p50 / s.p50, 0, 'f', 2).toStdString());
            pool.closeAll();
        }
    }

    QString nodeVersion()
    {
        QProcess p;
        p.start(m_o.node, { u"--version"_s });
        p.waitForFinished(5000);
        m_nodeVersion = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return m_nodeVersion;
    }

    int failures() const { return m_failures; }

private:
    void reportFanOut(const QString &what, const AgentFleet::FanOut &r, double targetMs)
    {
        const Stats last = stats(r.toLastMs), first = stats(r.toFirstMs), ack = stats(r.ackMs);
        figure(QString(what + u", p99 to the last"_s).toStdString(), r.timeouts ? NAN : last.p99, "ms", targetMs, "<=",
               u"p50 %1 ms, max %2 ms to the last; p50 %3 ms to the first; sender's ack p50 %4 ms; %5 events of %6 bytes%7"_s
                   .arg(last.p50, 0, 'f', 2).arg(last.max, 0, 'f', 2).arg(first.p50, 0, 'f', 2).arg(ack.p50, 0, 'f', 2)
                   .arg(last.n).arg(r.meanFrameBytes, 0, 'f', 0)
                   .arg(r.timeouts ? u"; %1 timed out"_s.arg(r.timeouts) : QString())
                   .toStdString());
    }

    void failed(const char *scenario, const QString &why)
    {
        ++m_failures;
        log("FAILED %s: %s", scenario, qPrintable(why));
        figure(std::string("scenario ") + scenario + " completed", 0, "", 1, ">=", why.left(400).toStdString());
    }

    const Options &m_o;
    QTemporaryDir m_dir;
    int m_dbCounter = 0, m_logCounter = 0;
    int m_failures = 0;
    double m_frameBytes = 0;
    Stats m_confabdSmall, m_confabdLarge;
    std::map<QString, double> m_dispatcherP99;
    QString m_nodeVersion;
    std::string m_ingestWhy;
};

void printTable()
{
    std::printf("\n%-92s %14s %12s  %s\n", "figure", "value", "target", "");
    for (const auto &f : g_figures) {
        char value[64], target[64];
        std::snprintf(value, sizeof value, "%.2f %s", f.value, f.unit.c_str());
        if (f.hasTarget())
            std::snprintf(target, sizeof target, "%s %g", f.op.c_str(), f.target);
        else
            target[0] = 0;
        std::printf("%-92s %14s %12s  %s\n", f.name.substr(0, 92).c_str(), value, target,
                    f.hasTarget() ? (f.pass() ? "pass" : "FAIL") : "");
        if (!f.note.empty())
            std::printf("    %s\n", f.note.c_str());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"confabd load generator (see the comment at the top of loadgen.cpp)"_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"quick"_s, u"Smaller runs (the tools/bench mode)."_s },
        { u"scenarios"_s, u"Comma-separated: sessions, dispatchers, storm, ingest, reference (default: all)."_s, u"LIST"_s,
          u"sessions,dispatchers,storm,ingest,reference"_s },
        { u"json"_s, u"Also write the figures to FILE as JSON."_s, u"FILE"_s },
        { u"confabd"_s, u"The confabd binary (default: the one built beside this program)."_s, u"PATH"_s,
          QStringLiteral(CONFAB_BENCH_CONFABD) },
        { u"node"_s, u"The node binary for the reference relay."_s, u"PATH"_s, u"node"_s },
        { u"reference-dir"_s, u"bench/reference (server.js and node_modules)."_s, u"DIR"_s,
          QStringLiteral(CONFAB_BENCH_REFERENCE_DIR) },
        { u"db-dir"_s, u"Where the servers' SQLite files live (default: a temporary directory)."_s, u"DIR"_s },
        { u"scratch-dir"_s, u"Where fixtures are built before being copied (default: /dev/shm when present)."_s, u"DIR"_s },
        { u"dispatcher"_s, u"Force confabd's Qt event dispatcher: glib or unix (default: confabd's own choice)."_s, u"NAME"_s },
        { u"sessions"_s, u"Idle agent sessions to hold (default 10000)."_s, u"N"_s, u"10000"_s },
        { u"fanout-small"_s, u"The smaller fan-out (default 1000)."_s, u"N"_s, u"1000"_s },
        { u"storm-agents"_s, u"Agents in the reconnect storm (default 5000)."_s, u"N"_s, u"5000"_s },
        { u"ingest-visitors"_s, u"Visitors sending in the ingestion run (default 200)."_s, u"N"_s, u"200"_s },
        { u"ingest-agents"_s, u"Live agents receiving in the ingestion run (default 100)."_s, u"N"_s, u"100"_s },
        { u"ingest-seconds"_s, u"Measured seconds of ingestion (default 5)."_s, u"S"_s, u"5"_s },
        { u"max-seconds"_s, u"Stop everything after this long (default 280)."_s, u"S"_s, u"280"_s },
    });
    parser.process(app);

    Options o;
    o.quick = parser.isSet(u"quick"_s);
    o.scenarios = parser.value(u"scenarios"_s).split(u',', Qt::SkipEmptyParts);
    o.confabd = parser.value(u"confabd"_s);
    o.node = parser.value(u"node"_s);
    o.referenceDir = parser.value(u"reference-dir"_s);
    o.dbDir = parser.value(u"db-dir"_s);
    o.scratchDir = parser.isSet(u"scratch-dir"_s) ? parser.value(u"scratch-dir"_s)
                                                 : (QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm"_s : QString());
    o.dispatcher = parser.value(u"dispatcher"_s);
    o.sessions = std::clamp(parser.value(u"sessions"_s).toInt(), 1, 60000);
    o.fanoutSmall = std::clamp(parser.value(u"fanout-small"_s).toInt(), 1, 60000);
    o.stormAgents = std::clamp(parser.value(u"storm-agents"_s).toInt(), 1, 60000);
    o.ingestVisitors = std::clamp(parser.value(u"ingest-visitors"_s).toInt(), 1, 10000);
    o.ingestAgents = std::clamp(parser.value(u"ingest-agents"_s).toInt(), 1, 10000);
    o.ingestSeconds = std::clamp(parser.value(u"ingest-seconds"_s).toDouble(), 0.5, 120.0);
    const double maxSeconds = std::clamp(parser.value(u"max-seconds"_s).toDouble(), 10.0, 3600.0);
    g_deadlineNs = nowNs() + int64_t(maxSeconds * double(Sec));

    if (!QFileInfo(o.confabd).isExecutable()) {
        std::fprintf(stderr, "bench_loadgen: no confabd at %s (--confabd)\n", qPrintable(o.confabd));
        return 2;
    }
    // Two sockets per session on this machine (ours and the server's, which inherits the limit).
    const long wanted = long(std::max({ o.sessions, o.stormAgents, o.fanoutSmall }) + 1000);
    const long limit = bench::raiseOpenFileLimit(wanted);
    if (limit < wanted) {
        std::fprintf(stderr, "bench_loadgen: needs %ld open files, the hard limit allows %ld (ulimit -Hn)\n", wanted, limit);
        return 2;
    }

    std::printf("bench_loadgen: %s mode, confabd %s, %d cores\n", o.quick ? "quick" : "full", qPrintable(o.confabd),
                QThread::idealThreadCount());
    Run run(o);
    const int64_t t0 = nowNs();
    for (const QString &s : std::as_const(o.scenarios)) {
        if (nowNs() >= g_deadlineNs) {
            log("out of time (--max-seconds) before %s", qPrintable(s));
            break;
        }
        const int64_t s0 = nowNs();
        log("--- %s", qPrintable(s));
        if (s == "sessions"_L1)
            run.sessions();
        else if (s == "dispatchers"_L1)
            run.dispatchers();
        else if (s == "storm"_L1)
            run.storm();
        else if (s == "ingest"_L1)
            run.ingest();
        else if (s == "reference"_L1)
            run.reference();
        else
            log("unknown scenario %s", qPrintable(s));
        log("--- %s took %.1f s", qPrintable(s), double(nowNs() - s0) / Sec);
    }
    figure("server frames decoded in full and cross-checked", double(g_checker.checked), "frames", NAN, {},
           g_checker.mismatches ? "MISMATCHES: " + std::to_string(g_checker.mismatches) + ", first: " + g_checker.firstMismatch
                                : std::string("no mismatch"));
    if (g_checker.mismatches)
        figure("frames classified differently from the protocol decoder", double(g_checker.mismatches), "frames", 0, "<=");
    printTable();
    std::printf("\nbench_loadgen: %.1f s in all\n", double(nowNs() - t0) / Sec);

    if (parser.isSet(u"json"_s)) {
        QFile f(parser.value(u"json"_s));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::string all = "[\n";
            for (size_t i = 0; i < g_figures.size(); ++i)
                all += "  " + g_figures[i].json() + (i + 1 < g_figures.size() ? ",\n" : "\n");
            all += "]\n";
            f.write(all.data(), qsizetype(all.size()));
        }
    }
    bool allPass = run.failures() == 0;
    for (const auto &f : g_figures)
        allPass = allPass && f.pass();
    return allPass ? 0 : 1;
}
