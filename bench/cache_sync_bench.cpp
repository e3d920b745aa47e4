// Initial sync of a seeded workspace of 100,000 messages into an empty cache, FTS included,
// applied as the sync engine does: snapshot frames (one transaction each) and event batches
// of up to limits::MaxEventsPerFrame events per transaction. Prints messages/s, the longest
// transaction, and how long a concurrent GUI-style reader waited for its pages meanwhile.
// Then (--gui) the same sync as the app runs it: the Cache facade's worker thread writes
// while this (the GUI) thread applies every change set to the window's models and reads a
// list page every 16 ms; prints the longest time the GUI thread's event loop was blocked.
// Times are wall clock and CPU time of the thread: the machine is shared, and a wall-clock
// stall whose CPU time is small was the scheduler, not the code.
//
//   bench_cache_sync [--messages N] [--mode snapshot|events|both] [--chunk N] [--dir DIR] [--no-reader] [--no-gui]

#include "cache/cache.h"
#include "cache/cachereader.h"
#include "cache/cachewriter.h"
#include "models/agentdirectory.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/viewsmodel.h"
#include "protocol/limits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <ctime>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace confab;

namespace {

struct Workspace
{
    protocol::Workspace workspace;
    QList<protocol::Agent> agents;
    QList<protocol::Team> teams;
    QList<protocol::Contact> contacts;
    QList<protocol::Conversation> conversations;
    QList<QList<protocol::Message>> messages; // per conversation, oldest first
    qsizetype messageCount = 0;
};

// An id shaped like confabd's: a prefix and 20 random base-32 characters.
QString serverId(QRandomGenerator &rng, const QString &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString id = prefix;
    for (int i = 0; i < 20; ++i)
        id.append(QLatin1Char(alphabet[rng.bounded(32)]));
    return id;
}

// Deterministic: the same seed gives the same workspace.
Workspace generate(int messageCount)
{
    QRandomGenerator rng(20261123);
    static const QStringList words {
        u"invoice"_s, u"refund"_s,   u"password"_s, u"login"_s,    u"order"_s,     u"shipping"_s, u"delayed"_s,
        u"thanks"_s,  u"please"_s,   u"account"_s,  u"upgrade"_s,  u"plan"_s,      u"billing"_s,  u"error"_s,
        u"page"_s,    u"mobile"_s,   u"app"_s,      u"crash"_s,    u"export"_s,    u"report"_s,   u"team"_s,
        u"seat"_s,    u"renewal"_s,  u"card"_s,     u"declined"_s, u"help"_s,      u"question"_s, u"feature"_s,
        u"request"_s, u"the"_s,      u"a"_s,        u"is"_s,       u"not"_s,       u"working"_s,  u"since"_s,
        u"yesterday"_s, u"could"_s,  u"you"_s,      u"check"_s,    u"café"_s,      u"naïve"_s,    u"Ελληνικά"_s,
        u"заказ"_s,   u"доставка"_s, u"müller"_s,   u"straße"_s,   u"integration"_s, u"webhook"_s, u"api"_s,
    };
    auto sentence = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(words.at(int(rng.bounded(words.size()))));
        return out.join(u' ');
    };
    Workspace w;
    w.workspace = { u"ws1"_s, u"Bench"_s, { { u"Admin"_s, u"https://admin.example/{id}"_s } } };
    for (int i = 0; i < 12; ++i)
        w.agents.append({ u"agent-%1"_s.arg(i), u"Agent %1"_s.arg(i), u"agent%1@bench.example"_s.arg(i), u"agent"_s,
                          { u"team-%1"_s.arg(i % 3) } });
    for (int i = 0; i < 3; ++i)
        w.teams.append({ u"team-%1"_s.arg(i), u"Team %1"_s.arg(i), {} });
    const int conversations = std::max(1, messageCount / 10);
    const int contacts = std::max(1, conversations / 2);
    const QDateTime t0 = QDateTime::fromString(u"2026-01-01T00:00:00Z"_s, Qt::ISODate);
    for (int i = 0; i < contacts; ++i) {
        protocol::Contact c;
        c.id = u"contact-%1"_s.arg(i);
        c.name = u"Customer %1 %2"_s.arg(i).arg(words.at(i % words.size()));
        c.email = u"customer%1@example.com"_s.arg(i);
        c.attributes = { { u"plan"_s, u"pro"_s }, { u"session_count"_s, i % 50 } };
        c.createdAt = t0;
        w.contacts.append(c);
    }
    static const QStringList statuses { u"open"_s, u"open"_s, u"snoozed"_s, u"resolved"_s };
    static const QStringList priorities { u"none"_s, u"none"_s, u"low"_s, u"high"_s, u"urgent"_s };
    qint64 clock = t0.toMSecsSinceEpoch();
    w.messages.resize(conversations);
    for (int i = 0; i < conversations; ++i) {
        protocol::Conversation c;
        c.id = u"conv-%1"_s.arg(i);
        c.contactId = u"contact-%1"_s.arg(i % contacts);
        c.channel = i % 3 == 0 ? u"email"_s : u"chat"_s;
        c.subject = sentence(4);
        c.status = statuses.at(i % statuses.size());
        if (c.status == "snoozed"_L1)
            c.snoozedUntil = t0.addDays(400);
        c.assigneeId = i % 4 == 0 ? QString() : u"agent-%1"_s.arg(i % 12);
        c.teamId = u"team-%1"_s.arg(i % 3);
        c.priority = priorities.at(i % priorities.size());
        c.createdAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
        c.version = 1;
        w.conversations.append(c);
    }
    for (int k = 0; k < messageCount; ++k) {
        // Messages interleave across conversations, as real traffic does.
        const int ci = int(rng.bounded(conversations));
        clock += 1 + rng.bounded(5000);
        protocol::Message m;
        m.id = serverId(rng, u"m_"_s); // random, like confabd's ids
        m.conversationId = w.conversations[ci].id;
        const int kind = int(rng.bounded(10));
        m.kind = kind == 0 ? u"note"_s : u"reply"_s;
        const bool fromContact = m.kind == "reply"_L1 && rng.bounded(2) == 0;
        m.author = fromContact ? protocol::Author { u"contact"_s, w.conversations[ci].contactId }
                               : protocol::Author { u"agent"_s, u"agent-%1"_s.arg(rng.bounded(12)) };
        m.channel = w.conversations[ci].channel;
        m.body = sentence(8 + int(rng.bounded(30)));
        if (m.kind == "note"_L1)
            m.mentions = { u"agent-%1"_s.arg(rng.bounded(12)) };
        m.clientId = QString();
        m.createdAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
        w.conversations[ci].lastMessageAt = m.createdAt;
        w.conversations[ci].updatedAt = m.createdAt;
        w.messages[ci].append(m);
    }
    for (auto &c : w.conversations) {
        if (!c.lastMessageAt.isValid())
            c.lastMessageAt = c.updatedAt = c.createdAt;
    }
    w.messageCount = messageCount;
    return w;
}

// Snapshot frames: each holds ~500 messages and their conversations (and contacts first seen).
QList<protocol::Snapshot> snapshotFrames(const Workspace &w, int chunk)
{
    QList<protocol::Snapshot> frames;
    protocol::Snapshot frame;
    frame.workspace = w.workspace;
    frame.agents = w.agents;
    frame.teams = w.teams;
    QSet<QString> sentContacts;
    for (qsizetype i = 0; i < w.conversations.size(); ++i) {
        const auto &c = w.conversations.at(i);
        if (!sentContacts.contains(c.contactId)) {
            sentContacts.insert(c.contactId);
            frame.contacts.append(w.contacts.at(c.contactId.mid(8).toInt()));
        }
        frame.conversations.append(c);
        frame.messages += w.messages.at(i);
        if (frame.messages.size() >= chunk) {
            frames.append(frame);
            frame = protocol::Snapshot();
        }
    }
    frame.last = true;
    frames.append(frame);
    return frames;
}

// The same workspace as an event log: conversation.created, then per message message.created
// and the conversation.updated the server emits with it; batches of MaxEventsPerFrame.
QList<QList<protocol::Event>> eventBatches(const Workspace &w, int chunk)
{
    struct Item
    {
        qint64 ms;
        int conversation;
        int index;
    };
    QList<Item> order;
    for (qsizetype i = 0; i < w.messages.size(); ++i)
        for (qsizetype j = 0; j < w.messages.at(i).size(); ++j)
            order.append({ w.messages.at(i).at(j).createdAt.toMSecsSinceEpoch(), int(i), int(j) });
    std::sort(order.begin(), order.end(), [](const Item &a, const Item &b) { return a.ms < b.ms; });
    QList<protocol::Event> all;
    qint64 seq = 0;
    all.append({ ++seq, protocol::events::WorkspaceUpdated, w.workspace.toJson() });
    for (const auto &a : w.agents)
        all.append({ ++seq, protocol::events::AgentUpdated, a.toJson() });
    for (const auto &t : w.teams)
        all.append({ ++seq, protocol::events::TeamUpdated, t.toJson() });
    for (const auto &c : w.contacts)
        all.append({ ++seq, protocol::events::ContactUpdated, c.toJson() });
    QList<bool> created(w.conversations.size(), false);
    for (const Item &item : order) {
        protocol::Conversation c = w.conversations.at(item.conversation);
        const protocol::Message &m = w.messages.at(item.conversation).at(item.index);
        c.lastMessageAt = c.updatedAt = m.createdAt;
        if (!created[item.conversation]) {
            created[item.conversation] = true;
            all.append({ ++seq, protocol::events::ConversationCreated, c.toJson() });
        }
        all.append({ ++seq, protocol::events::MessageCreated, m.toJson() });
        all.append({ ++seq, protocol::events::ConversationUpdated, c.toJson() });
    }
    QList<QList<protocol::Event>> batches;
    for (qsizetype i = 0; i < all.size(); i += chunk)
        batches.append(all.mid(i, chunk));
    return batches;
}

// CPU time of the calling thread: the machine is shared, so wall time alone can mislead.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

// A GUI-like reader on its own thread and connection, paging the inbox while the writer works.
class ReaderLoad
{
public:
    explicit ReaderLoad(const QString &path) : m_path(path) { }
    void start()
    {
        m_thread = std::thread([this] {
            cache::CacheReader reader;
            if (!reader.open(m_path)) {
                std::fprintf(stderr, "reader: cannot open\n");
                return;
            }
            cache::ListQuery query;
            query.agentId = u"agent-1"_s;
            int round = 0;
            while (!m_stop.load()) {
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuSeconds();
                query.view = round % 2 ? cache::View::All : cache::View::Mine;
                const auto page = reader.conversations(query, std::nullopt, 50);
                if (!page.rows.isEmpty())
                    reader.messages(page.rows.first().conversation.id, std::nullopt, 50);
                const qint64 us = t.nsecsElapsed() / 1000;
                const qint64 cpuUs = qint64((threadCpuSeconds() - cpu0) * 1e6);
                if (us > m_max.load())
                    m_maxCpuOfMax = cpuUs;
                m_max = std::max(m_max.load(), us);
                m_maxCpu = std::max(m_maxCpu.load(), cpuUs);
                m_total += us;
                m_totalCpu += cpuUs;
                ++m_reads;
                ++round;
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 maxUs() const { return m_max; }
    qint64 maxCpuUs() const { return m_maxCpu; }
    qint64 maxCpuOfMaxUs() const { return m_maxCpuOfMax; }
    qint64 reads() const { return m_reads; }
    qint64 meanUs() const { return m_reads ? m_total / m_reads : 0; }
    qint64 meanCpuUs() const { return m_reads ? m_totalCpu / m_reads : 0; }

private:
    QString m_path;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_max { 0 };
    std::atomic<qint64> m_maxCpu { 0 };
    std::atomic<qint64> m_maxCpuOfMax { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<qint64> m_totalCpu { 0 };
    std::atomic<qint64> m_reads { 0 };
};

struct Result
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 maxTransactionUs = 0;
    qint64 transactions = 0;
};

bool run(const QString &mode, const Workspace &w, const QString &path, bool withReader, int chunk, Result &result)
{
    cache::CacheWriter writer;
    if (auto s = writer.open(path); !s) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(s.error().message));
        return false;
    }
    if (!writer.setSyncIdentity(u"https://bench.example"_s, u"agent-1"_s)) {
        std::fprintf(stderr, "identity failed\n");
        return false;
    }
    ReaderLoad reader(path);
    QList<protocol::Snapshot> frames;
    QList<QList<protocol::Event>> batches;
    if (mode == "snapshot"_L1)
        frames = snapshotFrames(w, chunk);
    else
        batches = eventBatches(w, chunk);
    if (withReader)
        reader.start();
    QElapsedTimer total;
    total.start();
    const double cpu0 = threadCpuSeconds();
    QElapsedTimer tx;
    bool first = true;
    for (const auto &frame : std::as_const(frames)) {
        tx.start();
        if (auto s = writer.applySnapshotChunk(frame, 1000000, u"log-bench"_s, first); !s) {
            std::fprintf(stderr, "snapshot chunk failed: %s\n", qPrintable(s.error().message));
            reader.stop();
            return false;
        }
        first = false;
        result.maxTransactionUs = std::max(result.maxTransactionUs, tx.nsecsElapsed() / 1000);
        ++result.transactions;
    }
    for (const auto &batch : std::as_const(batches)) {
        tx.start();
        if (auto s = writer.applyEvents(batch); !s) {
            std::fprintf(stderr, "event batch failed: %s\n", qPrintable(s.error().message));
            reader.stop();
            return false;
        }
        result.maxTransactionUs = std::max(result.maxTransactionUs, tx.nsecsElapsed() / 1000);
        ++result.transactions;
    }
    result.seconds = total.nsecsElapsed() / 1e9;
    result.cpuSeconds = threadCpuSeconds() - cpu0;
    reader.stop();
    if (withReader)
        std::printf("  concurrent reader: %lld page reads, mean %.2f ms (CPU %.2f ms), max %.2f ms (of which CPU %.2f ms); "
                    "max CPU of one read %.2f ms\n",
                    qlonglong(reader.reads()), reader.meanUs() / 1000.0, reader.meanCpuUs() / 1000.0, reader.maxUs() / 1000.0,
                    reader.maxCpuOfMaxUs() / 1000.0, reader.maxCpuUs() / 1000.0);
    // Search over the synced cache.
    cache::CacheReader search;
    if (search.open(path)) {
        for (const auto &[text, ranked] : { std::pair { u"refund"_s, false }, std::pair { u"ref"_s, false },
                                            std::pair { u"re"_s, false }, std::pair { u"a"_s, false },
                                            std::pair { u"invoice declined"_s, true }, std::pair { u"ελληνικα"_s, false },
                                            std::pair { u"refund"_s, true } }) {
            // First run: cold connection cache; second: as the GUI sees it while typing.
            double ms[2] = {};
            qsizetype count = 0;
            for (double &m : ms) {
                QElapsedTimer t;
                t.start();
                count = search.search(text, {}, 50, ranked).size();
                m = t.nsecsElapsed() / 1e6;
            }
            std::printf("  search %-20s %-7s %3lld hits: %6.2f ms cold, %6.2f ms warm\n",
                        qPrintable(u'"' + text + u'"'), ranked ? "ranked" : "newest", qlonglong(count), ms[0], ms[1]);
        }
    }
    return true;
}


// The app's arrangement: Cache (writer on its worker thread, where the sync engine applies
// frames) and, on this thread, the models DesktopApp connects to Cache::changed. A 1 ms
// heartbeat measures how long the event loop was blocked; a list page is read every 16 ms
// (what scrolling does); every change-set delivery is timed.
bool runGui(const QString &mode, const Workspace &w, const QString &path)
{
    cache::Cache cache;
    if (auto s = cache.open(path); !s) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(s.error().message));
        return false;
    }
    cache.post([](cache::CacheWriter &writer) { writer.setSyncIdentity(u"https://bench.example"_s, u"agent-1"_s).ok(); });
    models::AgentDirectory agents(cache.reader());
    agents.setMe(u"agent-1"_s);
    models::ViewsModel views(cache.reader(), agents);
    models::ConversationListModel list(cache.reader(), &agents);
    cache::ListQuery query;
    query.agentId = u"agent-1"_s;
    list.setQuery(query);
    models::MessageFeedModel feed(cache, &agents);
    feed.setConversation(w.conversations.first().id);

    struct Max
    {
        double wall = 0, cpu = 0;
        void add(double wallMs, double cpuMs)
        {
            if (wallMs > wall) {
                wall = wallMs;
                cpu = cpuMs;
            }
        }
    };
    Max stall, delivery, page;
    qint64 deliveries = 0, pages = 0;
    QElapsedTimer deliveryTimer;
    double deliveryCpu = 0;
    // First and last slot on changed(): the models' slots run in between, in connection order.
    QObject::connect(&cache, &cache::Cache::changed, &cache, [&] {
        deliveryTimer.start();
        deliveryCpu = threadCpuSeconds();
    });
    QObject::connect(&cache, &cache::Cache::changed, &agents, &models::AgentDirectory::applyChanges);
    QObject::connect(&cache, &cache::Cache::changed, &list, &models::ConversationListModel::applyChanges);
    QObject::connect(&cache, &cache::Cache::changed, &views, &models::ViewsModel::applyChanges);
    QObject::connect(&cache, &cache::Cache::changed, &feed, &models::MessageFeedModel::applyChanges);
    QObject::connect(&cache, &cache::Cache::changed, &cache, [&] {
        delivery.add(deliveryTimer.nsecsElapsed() / 1e6, (threadCpuSeconds() - deliveryCpu) * 1e3);
        ++deliveries;
    });

    QEventLoop loop;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QElapsedTimer sinceBeat, sincePage;
    double beatCpu = threadCpuSeconds();
    std::optional<cache::ListCursor> cursor;
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        const double cpu = threadCpuSeconds();
        if (sinceBeat.isValid())
            stall.add(sinceBeat.nsecsElapsed() / 1e6 - 1.0, (cpu - beatCpu) * 1e3);
        if (!sincePage.isValid() || sincePage.elapsed() >= 16) {
            sincePage.start();
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuSeconds();
            const cache::ConversationPage p = cache.reader().conversations(query, cursor, 50);
            cursor = p.next; // scroll down, and back to the top at the end
            page.add(t.nsecsElapsed() / 1e6, (threadCpuSeconds() - c0) * 1e3);
            ++pages;
        }
        sinceBeat.start();
        beatCpu = threadCpuSeconds();
    });

    QElapsedTimer total;
    total.start();
    if (mode == "snapshot"_L1) {
        const QList<protocol::Snapshot> frames = snapshotFrames(w);
        for (qsizetype i = 0; i < frames.size(); ++i) {
            cache.post([frame = frames.at(i), first = i == 0](cache::CacheWriter &writer) {
                if (auto s = writer.applySnapshotChunk(frame, 1000000, u"log-bench"_s, first); !s)
                    std::fprintf(stderr, "snapshot chunk failed: %s\n", qPrintable(s.error().message));
            });
        }
    } else {
        const QList<QList<protocol::Event>> batches = eventBatches(w);
        for (const auto &batch : batches) {
            cache.post([batch](cache::CacheWriter &writer) {
                if (auto s = writer.applyEvents(batch); !s)
                    std::fprintf(stderr, "event batch failed: %s\n", qPrintable(s.error().message));
            });
        }
    }
    double writerSeconds = 0;
    cache.post([&loop, &total, &writerSeconds](cache::CacheWriter &) {
        writerSeconds = total.nsecsElapsed() / 1e9;
        // Let the last change sets reach the models before stopping.
        QMetaObject::invokeMethod(&loop, [&loop] { QTimer::singleShot(200, &loop, &QEventLoop::quit); },
                                  Qt::QueuedConnection);
    });
    heartbeat.start();
    loop.exec();
    heartbeat.stop();
    std::printf("  GUI thread (%s, %.2f s = %.0f messages/s through the Cache facade): longest event-loop block %.2f ms "
                "(CPU %.2f ms); longest change-set delivery to the models %.2f ms (CPU %.2f ms) of %lld; longest list "
                "page read %.2f ms (CPU %.2f ms) of %lld; list rows %d\n",
                qPrintable(mode), writerSeconds, w.messageCount / writerSeconds, stall.wall, stall.cpu, delivery.wall,
                delivery.cpu, qlonglong(deliveries), page.wall, page.cpu, qlonglong(pages), list.rowCount());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption messagesOption(u"messages"_s, u"Messages to sync (default 100000)."_s, u"N"_s, u"100000"_s);
    QCommandLineOption modeOption(u"mode"_s, u"snapshot, events or both (default both)."_s, u"MODE"_s, u"both"_s);
    QCommandLineOption dirOption(u"dir"_s, u"Directory for the cache files (default: a temporary one)."_s, u"DIR"_s);
    QCommandLineOption noReaderOption(u"no-reader"_s, u"Do not run the concurrent reader."_s);
    QCommandLineOption chunkOption(u"chunk"_s,
                                   u"Messages per snapshot frame / events per batch, one transaction each (default %1)."_s.arg(
                                       protocol::limits::MaxEventsPerFrame),
                                   u"N"_s, QString::number(protocol::limits::MaxEventsPerFrame));
    QCommandLineOption noGuiOption(u"no-gui"_s, u"Do not run the sync again through the Cache facade and the models."_s);
    parser.addOptions({ messagesOption, modeOption, dirOption, noReaderOption, noGuiOption, chunkOption });
    parser.process(app);

    const int count = parser.value(messagesOption).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    QElapsedTimer gen;
    gen.start();
    const Workspace w = generate(count);
    std::printf("generated %lld messages in %lld conversations (%lld contacts) in %.1f s\n", qlonglong(w.messageCount),
                qlonglong(w.conversations.size()), qlonglong(w.contacts.size()), gen.elapsed() / 1000.0);
    QStringList modes = parser.value(modeOption) == "both"_L1 ? QStringList { u"snapshot"_s, u"events"_s }
                                                               : QStringList { parser.value(modeOption) };
    int rc = 0;
    for (const QString &mode : modes) {
        const QString path = dir + u"/bench-"_s + mode + u".sqlite"_s;
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        std::printf("%s: applying...\n", qPrintable(mode));
        std::fflush(stdout);
        Result r;
        if (!run(mode, w, path, !parser.isSet(noReaderOption), std::max(1, parser.value(chunkOption).toInt()), r)) {
            rc = 1;
            continue;
        }
        std::printf("%s: %lld messages in %.2f s wall = %.0f messages/s (writer thread CPU %.2f s = %.0f messages/s per "
                    "CPU second); %lld transactions, longest %.1f ms; file %.1f MB\n",
                    qPrintable(mode), qlonglong(w.messageCount), r.seconds, w.messageCount / r.seconds, r.cpuSeconds,
                    w.messageCount / r.cpuSeconds, qlonglong(r.transactions), r.maxTransactionUs / 1000.0,
                    QFileInfo(path).size() / 1e6);
        if (parser.isSet(noGuiOption))
            continue;
        const QString guiPath = dir + u"/bench-gui-"_s + mode + u".sqlite"_s;
        QFile::remove(guiPath);
        QFile::remove(guiPath + u"-wal"_s);
        QFile::remove(guiPath + u"-shm"_s);
        if (!runGui(mode, w, guiPath))
            rc = 1;
    }
    return rc;
}
