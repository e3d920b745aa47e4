// Desktop window figures over a big cache (defaults: 100,000 conversations, 1,000,000
// messages, one conversation of 10,000 messages), offscreen:
//   - start → first list page painted (target ≤ 150 ms),
//   - opening the 10,000-message conversation, feed painted (target ≤ 50 ms),
//   - scrolling frames of the feed and the list, p50/p99/max (target p99 ≤ 8 ms),
//   - resident memory (target ≤ 120 MB).
//
//   bench_ui [--conversations N] [--messages M] [--dir DIR]   (DIR keeps the generated cache)
// Build with -DCMAKE_BUILD_TYPE=Release for meaningful figures; QT_QPA_PLATFORM=offscreen.

#include "cache/cache.h"
#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/pickermodels.h"
#include "models/viewsmodel.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace confab;

namespace {

QElapsedTimer g_sinceMain;

// VmRSS, or another field of /proc/self/status ("RssAnon:", "RssFile:"), in KiB.
qint64 rssKb(const char *field = "VmRSS:")
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const qsizetype n = qsizetype(std::strlen(field));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(n).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString rssText()
{
    return u"%1 MB (anonymous %2, file-backed %3)"_s.arg(rssKb() / 1024.0, 0, 'f', 1)
        .arg(rssKb("RssAnon:") / 1024.0, 0, 'f', 1)
        .arg(rssKb("RssFile:") / 1024.0, 0, 'f', 1);
}

// Wall clock and CPU time of the process since restart(). The machine is shared: CPU time is
// what the code costs, wall time adds whatever the scheduler gave to others.
class Clock
{
public:
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNs() - m_cpu) / 1e6; }

private:
    static qint64 cpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
    int n = 0;
};

Stats stats(QList<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    s.n = int(v.size());
    s.p50 = v.at(v.size() / 2);
    s.p99 = v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.99)));
    s.max = v.last();
    return s;
}

const QString BigId = u"c-big"_s;

bool generate(const QString &path, int conversations, int messages)
{
    const QDateTime t0 = QDateTime::fromString(u"2026-01-01T00:00:00Z"_s, Qt::ISODate);
    cache::CacheWriter writer;
    if (auto s = writer.open(path); !s) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(s.error().message));
        return false;
    }
    if (auto s = writer.setSyncIdentity(u"http://127.0.0.1:1"_s, u"agent-0"_s); !s)
        return false;
    static const QStringList words { u"invoice"_s, u"refund"_s, u"password"_s, u"login"_s, u"order"_s,
                                     u"shipping"_s, u"delayed"_s, u"thanks"_s, u"please"_s, u"account"_s,
                                     u"upgrade"_s, u"billing"_s, u"error"_s, u"mobile"_s, u"crash"_s,
                                     u"export"_s, u"report"_s, u"card"_s, u"declined"_s, u"help"_s,
                                     u"https://example.com/docs"_s, u"could"_s, u"you"_s, u"check"_s };
    auto text = [&](int seed, int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(words.at((seed * 7 + i * 13) % words.size()));
        return out.join(u' ');
    };
    const int contacts = std::max(1, conversations / 5);
    const int bigCount = std::min(10000, messages / 2);
    // The others share the rest evenly (the first `extra` of them one more).
    const int perConversation = std::max(1, (messages - bigCount) / std::max(1, conversations - 1));
    const int extra = conversations > 1 ? std::max(0, (messages - bigCount) % (conversations - 1)) : 0;
    QElapsedTimer timer;
    timer.start();
    protocol::Snapshot first;
    for (int i = 0; i < 12; ++i)
        first.agents.append({ u"agent-%1"_s.arg(i), u"Agent %1 Smith"_s.arg(i), u"agent%1@bench.example"_s.arg(i),
                              i == 0 ? u"lead"_s : u"agent"_s, { u"team-%1"_s.arg(i % 3) } });
    for (int i = 0; i < 3; ++i)
        first.teams.append({ u"team-%1"_s.arg(i), u"Team %1"_s.arg(i), {} });
    first.workspace = { u"ws"_s, u"Bench"_s, {} };
    for (int i = 0; i < contacts; ++i) {
        protocol::Contact c;
        c.id = u"k%1"_s.arg(i);
        c.name = u"Customer %1"_s.arg(i);
        c.email = u"customer%1@example.com"_s.arg(i);
        c.createdAt = t0;
        first.contacts.append(c);
    }
    if (auto s = writer.applySnapshotChunk(first, 0, u"bench"_s, true); !s) {
        std::fprintf(stderr, "snapshot: %s\n", qPrintable(s.error().message));
        return false;
    }
    static const QStringList statuses { u"open"_s, u"open"_s, u"open"_s, u"snoozed"_s, u"resolved"_s };
    static const QStringList priorities { u"none"_s, u"none"_s, u"low"_s, u"high"_s, u"urgent"_s };
    int written = 0;
    protocol::Snapshot chunk;
    auto flush = [&](bool last) {
        chunk.last = last;
        if (auto s = writer.applySnapshotChunk(chunk, 0, u"bench"_s, false); !s) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(s.error().message));
            return false;
        }
        chunk = protocol::Snapshot();
        return true;
    };
    for (int i = 0; i < conversations; ++i) {
        const bool big = i == 0;
        const QString id = big ? BigId : u"c%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        const int count = big ? bigCount : perConversation + (i <= extra ? 1 : 0);
        const QDateTime last = t0.addSecs(qint64(i) * 30 + count * 60);
        protocol::Conversation c;
        c.id = id;
        c.contactId = u"k%1"_s.arg(i % contacts);
        c.channel = i % 4 == 0 ? u"email"_s : u"chat"_s;
        c.subject = c.channel == "email"_L1 ? u"Question about %1"_s.arg(text(i, 2)) : QString();
        c.status = big ? u"open"_s : statuses.at(i % statuses.size());
        if (c.status == "snoozed"_L1)
            c.snoozedUntil = t0.addDays(400);
        c.assigneeId = i % 3 == 0 ? u"agent-%1"_s.arg(i % 12) : QString();
        c.teamId = u"team-%1"_s.arg(i % 3);
        c.priority = priorities.at(i % priorities.size());
        c.createdAt = t0.addSecs(qint64(i) * 30);
        c.updatedAt = last;
        c.lastMessageAt = last;
        chunk.conversations.append(c);
        for (int m = 0; m < count; ++m) {
            protocol::Message msg;
            msg.id = u"%1-m%2"_s.arg(id).arg(m);
            msg.conversationId = id;
            const bool agent = m % 2 == 1;
            const bool note = m % 9 == 8;
            msg.kind = note ? u"note"_s : (m % 23 == 22 ? u"system"_s : u"reply"_s);
            msg.author = msg.kind == "system"_L1 ? protocol::Author { u"system"_s, {} }
                         : agent || note         ? protocol::Author { u"agent"_s, u"agent-%1"_s.arg(m % 12) }
                                                 : protocol::Author { u"contact"_s, c.contactId };
            msg.channel = c.channel;
            msg.body = text(i + m, 6 + (m * 7) % 40);
            msg.createdAt = c.createdAt.addSecs(qint64(m) * 60);
            chunk.messages.append(msg);
            ++written;
        }
        if (chunk.messages.size() >= 20000 && !flush(false))
            return false;
        if (i % 10000 == 0)
            std::fprintf(stderr, "  generated %d conversations, %d messages (%.0f s)\n", i, written,
                         timer.elapsed() / 1000.0);
    }
    if (!flush(true))
        return false;
    std::fprintf(stderr, "generated %d conversations and %d messages in %.1f s\n", conversations, written,
                 timer.elapsed() / 1000.0);
    writer.close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ u"conversations"_s, u"Conversations in the cache."_s, u"N"_s, u"100000"_s });
    parser.addOption({ u"messages"_s, u"Messages in the cache."_s, u"M"_s, u"1000000"_s });
    parser.addOption({ u"dir"_s, u"Keep (and reuse) the cache in this folder."_s, u"DIR"_s });
    parser.addOption({ u"start-only"_s, u"Stop after the first page (for profiling the start)."_s });
    parser.addHelpOption();
    parser.process(app);
    const int conversations = parser.value(u"conversations"_s).toInt();
    const int messages = parser.value(u"messages"_s).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : tmp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"bench-%1-%2.sqlite"_s.arg(conversations).arg(messages));
    if (!QFile::exists(path) && !generate(path, conversations, messages))
        return 1;
    // What generating left on the heap is not the window's.
    malloc_trim(0);
    const double startupMs = g_sinceMain.nsecsElapsed() / 1e6;

    // ---- start: open the cache, build the models and the window, paint the first page.
    Clock t;
    t.restart();
    cache::Cache cache;
    if (auto s = cache.open(path); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const double openMs = t.wallMs();
    models::AgentDirectory agents(cache.reader());
    agents.setMe(u"agent-0"_s);
    models::ViewsModel views(cache.reader(), agents);
    models::ConversationListModel list(cache.reader(), &agents);
    models::MessageFeedModel feed(cache, &agents);
    models::AgentsModel teammates(agents);
    models::SavedRepliesModel replies(cache.reader());
    models::ActivityTracker activity(agents);
    ui::WindowModels wm { &agents, &views, &list, &feed, &teammates, &replies, &activity };
    const double modelsMs = t.wallMs();
    ui::MainWindow window(wm, nullptr);
    window.resize(1360, 860);
    window.action(u"actionView3"_s)->trigger(); // All open conversations, newest first
    const double windowMs = t.wallMs();
    window.show();
    QListView *listView = window.conversationList();
    listView->viewport()->repaint();
    const double firstPageMs = t.wallMs();
    const double firstPageCpuMs = t.cpuMs();
    // The next turn of the event loop: the sidebar's view counts (deferred past the first page).
    t.restart();
    QCoreApplication::processEvents();
    const double countsMs = t.wallMs();
    const double countsCpuMs = t.cpuMs();
    const QString rssStart = rssText();
    auto printStart = [&] {
        std::printf("first list page painted:             %7.1f ms wall, %.1f ms CPU   (target <= 150): cache open "
                    "%.1f, models %.1f, window + first page %.1f, show + paint %.1f (wall)\n",
                    firstPageMs, firstPageCpuMs, openMs, modelsMs - openMs, windowMs - modelsMs,
                    firstPageMs - windowMs);
    };
    auto printCounts = [&] {
        std::printf("next event-loop turn (view counts):  %7.1f ms wall, %.1f ms CPU   (target <= 8)\n", countsMs,
                    countsCpuMs);
    };
    if (parser.isSet(u"start-only"_s)) {
        printStart();
        printCounts();
        return 0;
    }

    // ---- open the 10,000-message conversation (and a small one in between), feed painted.
    QList<double> opens, opensCpu;
    for (int i = 0; i < 7; ++i) {
        window.openConversation(u"c%1"_s.arg(1 + i * 3, 6, 10, QLatin1Char('0')));
        QCoreApplication::processEvents();
        t.restart();
        window.openConversation(BigId);
        window.feedView()->doItemsLayout();
        window.feedView()->viewport()->repaint();
        opens.append(t.wallMs());
        opensCpu.append(t.cpuMs());
        QCoreApplication::processEvents();
    }
    const Stats open = stats(opens);
    const Stats openCpu = stats(opensCpu);

    // ---- scroll the feed up through history (older pages load on the way), then the list.
    ui::FeedView *feedView = window.feedView();
    QCoreApplication::processEvents();
    QList<double> feedFrames, feedFramesCpu;
    const int step = 60;
    int guard = 0;
    while (feed.rowCount() < 3000 && guard++ < 20000) {
        QScrollBar *bar = feedView->verticalScrollBar();
        t.restart();
        bar->setValue(bar->value() - step);
        QCoreApplication::processEvents(); // older pages load, layout runs
        feedView->viewport()->repaint();
        feedFrames.append(t.wallMs());
        feedFramesCpu.append(t.cpuMs());
        if (bar->value() == 0 && !feed.canLoadOlder())
            break;
    }
    const Stats feedScroll = stats(feedFrames);
    const Stats feedScrollCpu = stats(feedFramesCpu);

    QList<double> listFrames, listFramesCpu;
    QScrollBar *listBar = listView->verticalScrollBar();
    for (int i = 0; i < 3000; ++i) {
        t.restart();
        listBar->setValue(listBar->value() + step);
        QCoreApplication::processEvents(); // pages fetch as the end comes near
        listView->viewport()->repaint();
        listFrames.append(t.wallMs());
        listFramesCpu.append(t.cpuMs());
    }
    const Stats listScroll = stats(listFrames);
    const Stats listScrollCpu = stats(listFramesCpu);
    const QString rssEnd = rssText();

    std::printf("cache: %d conversations, %d messages (%s)\n", conversations, messages, qPrintable(path));
    std::printf("process start to event loop ready:   %7.1f ms\n", startupMs);
    printStart();
    printCounts();
    std::printf("open 10,000-message conversation:    median %.1f ms, max %.1f ms wall; median %.1f ms, max %.1f ms CPU"
                "   (target <= 50)\n",
                open.p50, open.max, openCpu.p50, openCpu.max);
    std::printf("feed scrolling frames (%d, %d rows): p50 %.2f ms, p99 %.2f ms, max %.2f ms wall; p50 %.2f ms, p99 "
                "%.2f ms, max %.2f ms CPU   (target p99 <= 8)\n",
                feedScroll.n, feed.rowCount(), feedScroll.p50, feedScroll.p99, feedScroll.max, feedScrollCpu.p50,
                feedScrollCpu.p99, feedScrollCpu.max);
    std::printf("list scrolling frames (%d, %d rows): p50 %.2f ms, p99 %.2f ms, max %.2f ms wall; p50 %.2f ms, p99 "
                "%.2f ms, max %.2f ms CPU   (target p99 <= 8)\n",
                listScroll.n, list.rowCount(), listScroll.p50, listScroll.p99, listScroll.max, listScrollCpu.p50,
                listScrollCpu.p99, listScrollCpu.max);
    std::printf("resident memory: %s after start, %s after scrolling   (target <= 120)\n", qPrintable(rssStart),
                qPrintable(rssEnd));
    return 0;
}
