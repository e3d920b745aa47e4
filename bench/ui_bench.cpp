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

using namespace Qt::StringLiterals;
using namespace confab;

namespace {

QElapsedTimer g_sinceMain;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

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
    const int perConversation = std::max(1, (messages - bigCount) / std::max(1, conversations - 1));
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
        const int count = big ? bigCount : perConversation;
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
    const double startupMs = g_sinceMain.nsecsElapsed() / 1e6;

    // ---- start: open the cache, build the models and the window, paint the first page.
    QElapsedTimer t;
    t.start();
    cache::Cache cache;
    if (auto s = cache.open(path); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const double openMs = ms(t.nsecsElapsed());
    models::AgentDirectory agents(cache.reader());
    agents.setMe(u"agent-0"_s);
    models::ViewsModel views(cache.reader(), agents);
    models::ConversationListModel list(cache.reader(), &agents);
    models::MessageFeedModel feed(cache, &agents);
    models::AgentsModel teammates(agents);
    models::SavedRepliesModel replies(cache.reader());
    models::ActivityTracker activity(agents);
    ui::WindowModels wm { &agents, &views, &list, &feed, &teammates, &replies, &activity };
    const double modelsMs = ms(t.nsecsElapsed());
    ui::MainWindow window(wm, nullptr);
    window.resize(1360, 860);
    window.action(u"actionView3"_s)->trigger(); // All open conversations, newest first
    const double windowMs = ms(t.nsecsElapsed());
    window.show();
    QListView *listView = window.conversationList();
    listView->viewport()->repaint();
    const double firstPageMs = ms(t.nsecsElapsed());
    const qint64 rssStart = rssKb();

    // ---- open the 10,000-message conversation (and a small one in between), feed painted.
    QList<double> opens;
    for (int i = 0; i < 7; ++i) {
        window.openConversation(u"c%1"_s.arg(1 + i * 3, 6, 10, QLatin1Char('0')));
        QCoreApplication::processEvents();
        t.restart();
        window.openConversation(BigId);
        window.feedView()->doItemsLayout();
        window.feedView()->viewport()->repaint();
        opens.append(ms(t.nsecsElapsed()));
        QCoreApplication::processEvents();
    }
    const Stats open = stats(opens);

    // ---- scroll the feed up through history (older pages load on the way), then the list.
    ui::FeedView *feedView = window.feedView();
    QCoreApplication::processEvents();
    QList<double> feedFrames;
    const int step = 60;
    int guard = 0;
    while (feed.rowCount() < 3000 && guard++ < 20000) {
        QScrollBar *bar = feedView->verticalScrollBar();
        t.restart();
        bar->setValue(bar->value() - step);
        QCoreApplication::processEvents(); // older pages load, layout runs
        feedView->viewport()->repaint();
        feedFrames.append(ms(t.nsecsElapsed()));
        if (bar->value() == 0 && !feed.canLoadOlder())
            break;
    }
    const Stats feedScroll = stats(feedFrames);

    QList<double> listFrames;
    QScrollBar *listBar = listView->verticalScrollBar();
    for (int i = 0; i < 3000; ++i) {
        t.restart();
        listBar->setValue(listBar->value() + step);
        QCoreApplication::processEvents(); // pages fetch as the end comes near
        listView->viewport()->repaint();
        listFrames.append(ms(t.nsecsElapsed()));
    }
    const Stats listScroll = stats(listFrames);
    const qint64 rssEnd = rssKb();

    std::printf("cache: %d conversations, %d messages (%s)\n", conversations, messages, qPrintable(path));
    std::printf("process start to event loop ready:   %7.1f ms\n", startupMs);
    std::printf("first list page painted:             %7.1f ms   (target <= 150): cache open %.1f, models %.1f, "
                "window + first page %.1f, show + paint %.1f\n",
                firstPageMs, openMs, modelsMs - openMs, windowMs - modelsMs, firstPageMs - windowMs);
    std::printf("open 10,000-message conversation:    median %.1f ms, max %.1f ms   (target <= 50)\n", open.p50,
                open.max);
    std::printf("feed scrolling frames (%d, %d rows): p50 %.2f ms, p99 %.2f ms, max %.2f ms   (target p99 <= 8)\n",
                feedScroll.n, feed.rowCount(), feedScroll.p50, feedScroll.p99, feedScroll.max);
    std::printf("list scrolling frames (%d, %d rows): p50 %.2f ms, p99 %.2f ms, max %.2f ms   (target p99 <= 8)\n",
                listScroll.n, list.rowCount(), listScroll.p50, listScroll.p99, listScroll.max);
    std::printf("resident memory: %.1f MB after start, %.1f MB after scrolling   (target <= 120)\n", rssStart / 1024.0,
                rssEnd / 1024.0);
    return 0;
}
