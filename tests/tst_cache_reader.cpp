// CacheReader: keyset paging of every view x status x sort over a few hundred conversations,
// message paging, full-text search (newest first, ranked, filters, diacritics, bounded short
// queries) and article search — against a real SQLite file written by CacheWriter.

#include "cache/cachereader.h"
#include "cache/cachewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::cache;

Q_DECLARE_METATYPE(confab::cache::View)
Q_DECLARE_METATYPE(confab::cache::Sort)

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

protocol::Message message(const QString &id, const QString &conversationId, const QString &authorType,
                          const QString &authorId, const QString &body, QDateTime time, const QString &kind = u"reply"_s)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.kind = kind;
    m.author = { authorType, authorId };
    m.channel = u"chat"_s;
    m.body = body;
    m.createdAt = time;
    return m;
}

// What the test knows about each generated conversation, to compute the expected lists.
struct Model
{
    protocol::Conversation conversation;
    std::optional<qint64> waitingMs;
    bool mentionsMe = false;
};

const QStringList Statuses { u"open"_s, u"snoozed"_s, u"resolved"_s };
const QStringList Priorities { u"none"_s, u"low"_s, u"high"_s, u"urgent"_s };

} // namespace

class TestCacheReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CacheWriter m_writer;
    CacheReader m_reader;
    QList<Model> m_model;

    // The generated inbox: 300 conversations over every status, assignee, team and priority,
    // with ties in last_message_at so the id tie-break is exercised.
    protocol::Snapshot inbox()
    {
        protocol::Snapshot s;
        s.agents = { { u"me"_s, u"Me"_s, u"me@x.example"_s, u"agent"_s, {} },
                     { u"a2"_s, u"Two"_s, u"two@x.example"_s, u"agent"_s, {} } };
        s.teams = { { u"t0"_s, u"Zero"_s, {} }, { u"t1"_s, u"One"_s, {} } };
        for (int i = 0; i < 20; ++i) {
            protocol::Contact c;
            c.id = u"p%1"_s.arg(i);
            c.name = u"Person %1"_s.arg(i);
            c.email = u"person%1@example.com"_s.arg(i);
            s.contacts.append(c);
        }
        for (int i = 0; i < 300; ++i) {
            Model m;
            protocol::Conversation &c = m.conversation;
            c.id = u"c%1"_s.arg(i, 3, 10, QChar(u'0'));
            c.contactId = u"p%1"_s.arg(i % 20);
            c.status = Statuses.at(i % 3);
            if (c.status == "snoozed"_L1)
                c.snoozedUntil = at(100000);
            c.assigneeId = QStringList { QString(), u"me"_s, u"a2"_s, u"me"_s }.at(i % 4);
            c.teamId = i % 5 == 0 ? QString() : u"t%1"_s.arg(i % 2);
            c.priority = Priorities.at((i / 3) % 4);
            c.subject = u"Topic %1"_s.arg(i);
            c.createdAt = at(i % 50); // ties on purpose
            c.lastMessageAt = at(1000 + (i * 37) % 150);
            c.updatedAt = c.lastMessageAt;
            const bool customerLast = i % 2 == 0;
            s.messages.append(message(c.id + u"-m"_s, c.id, customerLast ? u"contact"_s : u"agent"_s,
                                      customerLast ? c.contactId : u"a2"_s, u"Latest words in "_s + c.id,
                                      c.lastMessageAt));
            if (customerLast)
                m.waitingMs = c.lastMessageAt.toMSecsSinceEpoch();
            if (i % 7 == 0) {
                protocol::Message note = message(c.id + u"-n"_s, c.id, u"agent"_s, u"a2"_s, u"Look at this"_s,
                                                 c.lastMessageAt.addSecs(-60), u"note"_s);
                note.mentions = { u"me"_s };
                s.messages.append(note);
                m.mentionsMe = true;
            }
            s.conversations.append(c);
            m_model.append(m);
        }
        s.last = true;
        return s;
    }

    QStringList expected(const ListQuery &q) const
    {
        QList<const Model *> rows;
        for (const Model &m : m_model) {
            const auto &c = m.conversation;
            if (c.status != q.status)
                continue;
            if (q.view == View::Mine && c.assigneeId != q.agentId)
                continue;
            if (q.view == View::Unassigned && !c.assigneeId.isEmpty())
                continue;
            if (q.view == View::Team && c.teamId != q.teamId)
                continue;
            if (q.view == View::Mentions && !m.mentionsMe)
                continue;
            rows.append(&m);
        }
        auto rank = [](const QString &p) { return int(Priorities.indexOf(p)); };
        std::sort(rows.begin(), rows.end(), [&](const Model *a, const Model *b) {
            const auto &x = a->conversation;
            const auto &y = b->conversation;
            switch (q.sort) {
            case Sort::Newest:
                return std::pair(x.lastMessageAt, x.id) > std::pair(y.lastMessageAt, y.id);
            case Sort::Oldest:
                return std::pair(x.lastMessageAt, x.id) < std::pair(y.lastMessageAt, y.id);
            case Sort::WaitingLongest: {
                // Waiting conversations first, longest wait first; then the rest by creation.
                const auto key = [](const Model *m) {
                    return std::tuple(!m->waitingMs.has_value(),
                                      m->waitingMs ? *m->waitingMs : m->conversation.createdAt.toMSecsSinceEpoch(),
                                      m->conversation.id);
                };
                return key(a) < key(b);
            }
            case Sort::Priority: {
                // Most urgent first, then first come first served; ids descending on full ties.
                if (rank(x.priority) != rank(y.priority))
                    return rank(x.priority) > rank(y.priority);
                if (x.createdAt != y.createdAt)
                    return x.createdAt < y.createdAt;
                return x.id > y.id;
            }
            }
            return false;
        });
        QStringList ids;
        for (const Model *m : rows)
            ids.append(m->conversation.id);
        return ids;
    }

    // Search fixtures: a separate set of conversations with known texts and times.
    void addSearchData()
    {
        protocol::Snapshot s;
        protocol::Contact zoe;
        zoe.id = u"pz"_s;
        zoe.name = u"Zoë Quinn"_s;
        zoe.email = u"zoe.quinn@example.org"_s;
        s.contacts = { zoe };
        protocol::Conversation s1;
        s1.id = u"s1"_s;
        s1.contactId = u"p0"_s;
        s1.status = u"open"_s;
        s1.assigneeId = u"me"_s;
        s1.subject = u"Invoice question"_s;
        s1.createdAt = s1.updatedAt = s1.lastMessageAt = at(5000);
        protocol::Conversation s2 = s1;
        s2.id = u"s2"_s;
        s2.status = u"resolved"_s;
        s2.assigneeId = u"a2"_s;
        s2.channel = u"email"_s;
        s2.subject = u"Lost parcel"_s;
        s2.lastMessageAt = at(5100);
        protocol::Conversation s3 = s1;
        s3.id = u"s3"_s;
        s3.contactId = u"pz"_s;
        s3.subject = u"Hello"_s;
        s3.lastMessageAt = at(4000);
        s.conversations = { s1, s2, s3 };
        s.messages = {
            message(u"r1"_s, u"s1"_s, u"contact"_s, u"p0"_s, u"refund refund refund, please refund me"_s, at(5001)),
            message(u"r2"_s, u"s1"_s, u"agent"_s, u"me"_s, u"Your refund is on its way"_s, at(5010)),
            message(u"r3"_s, u"s2"_s, u"contact"_s, u"p0"_s, u"Where is the refund for my email order?"_s, at(5020)),
            message(u"g1"_s, u"s1"_s, u"contact"_s, u"p0"_s, u"Καλημέρα, η παραγγελία μου δεν έφτασε"_s, at(5002)),
            message(u"y1"_s, u"s1"_s, u"contact"_s, u"p0"_s, u"Ёлка не доставлена. ЁЖИК тоже"_s, at(5003)),
            message(u"d1"_s, u"s1"_s, u"contact"_s, u"p0"_s, u"Der Kunde möchte eine Rückerstattung"_s, at(5004)),
            message(u"a1"_s, u"s3"_s, u"contact"_s, u"pz"_s, u"a b c"_s, at(4000)),
            message(u"a2"_s, u"s3"_s, u"contact"_s, u"pz"_s, u"apple and banana"_s, at(3999)),
        };
        for (int i = 0; i < 60; ++i)
            s.messages.append(message(u"x%1"_s.arg(i), u"s3"_s, u"contact"_s, u"pz"_s, u"x marks the spot %1"_s.arg(i),
                                      at(3000 + i)));
        s.articles = {
            { u"art1"_s, u"Invoices and billing"_s, u"Everything about money"_s, u"https://help/1"_s, at(0) },
            { u"art2"_s, u"Shipping"_s, u"The invoice is attached to the shipping email"_s, u"https://help/2"_s, at(0) },
            { u"art3"_s, u"Rückerstattung"_s, u"Geld zurück"_s, u"https://help/3"_s, at(0) },
        };
        s.last = true;
        QVERIFY(m_writer.applySnapshotChunk(s, 2, u"log"_s, false).ok());
    }

    static QStringList hitIds(const QList<SearchHit> &hits)
    {
        QStringList ids;
        for (const SearchHit &h : hits)
            ids.append(h.messageId.isEmpty() ? h.conversationId : h.messageId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"cache.sqlite"_s);
        QVERIFY(m_writer.open(path).ok());
        QVERIFY(m_writer.setSyncIdentity(u"https://x.example"_s, u"me"_s).ok());
        QVERIFY(m_writer.applySnapshotChunk(inbox(), 1, u"log"_s, false).ok());
        QVERIFY(m_reader.open(path).ok());
    }

    void listPaging_data()
    {
        QTest::addColumn<View>("view");
        QTest::addColumn<QString>("status");
        QTest::addColumn<Sort>("sort");
        const QList<std::pair<View, const char *>> views { { View::Mine, "mine" },
                                                           { View::Mentions, "mentions" },
                                                           { View::Unassigned, "unassigned" },
                                                           { View::All, "all" },
                                                           { View::Team, "team" } };
        const QList<std::pair<Sort, const char *>> sorts { { Sort::Newest, "newest" },
                                                           { Sort::Oldest, "oldest" },
                                                           { Sort::WaitingLongest, "waiting" },
                                                           { Sort::Priority, "priority" } };
        for (const auto &[view, viewName] : views)
            for (const QString &status : Statuses)
                for (const auto &[sort, sortName] : sorts)
                    QTest::addRow("%s %s %s", viewName, qPrintable(status), sortName) << view << status << sort;
    }

    void listPaging()
    {
        QFETCH(View, view);
        QFETCH(QString, status);
        QFETCH(Sort, sort);
        ListQuery q { view, u"t1"_s, u"me"_s, status, sort };
        const QStringList want = expected(q);
        QVERIFY(!want.isEmpty());
        QStringList got;
        std::optional<ListCursor> cursor;
        int pages = 0;
        do {
            const ConversationPage page = m_reader.conversations(q, cursor, 7);
            QVERIFY(page.rows.size() <= 7);
            for (const ConversationRow &row : page.rows) {
                got.append(row.conversation.id);
                QCOMPARE(row.cursor.id, row.conversation.id);
            }
            if (page.next)
                QCOMPARE(*page.next, page.rows.last().cursor);
            cursor = page.next;
            QVERIFY(++pages < 100);
        } while (cursor);
        QCOMPARE(got, want); // same rows, same order: no duplicates, no gaps

        // Every page is an index walk: SQLite never sorts a list.
        for (bool withCursor : { false, true }) {
            const QStringList plan = m_reader.explainConversations(q, withCursor);
            QVERIFY(!plan.isEmpty());
            for (const QString &step : plan)
                QVERIFY2(!step.contains("TEMP B-TREE"_L1), qPrintable(plan.join(u" | "_s)));
        }
    }

    void rowContents()
    {
        const auto row = m_reader.conversationRow(u"c007"_s, u"me"_s);
        QVERIFY(row.has_value());
        QCOMPARE(row->contactName, u"Person 7"_s);
        QCOMPARE(row->contactEmail, u"person7@example.com"_s);
        QCOMPARE(row->previewText, u"Latest words in c007"_s);
        QCOMPARE(row->previewKind, u"reply"_s);
        QCOMPARE(row->previewAuthorType, u"agent"_s);
        QCOMPARE(row->previewAt, m_model.at(7).conversation.lastMessageAt);
        QVERIFY(row->unread);
        QVERIFY(!row->waitingSince.isValid());
        QCOMPARE(m_reader.conversationRow(u"c008"_s, u"me"_s)->waitingSince, m_model.at(8).conversation.lastMessageAt);
        QVERIFY(!row->pendingOutbox);
        QVERIFY(!m_reader.conversationRow(u"nope"_s, u"me"_s).has_value());
    }

    void viewCounts()
    {
        const ViewCounts counts = m_reader.viewCounts(u"me"_s);
        QCOMPARE(counts.all, expected({ View::All, {}, u"me"_s, u"open"_s, Sort::Newest }).size());
        QCOMPARE(counts.mine, expected({ View::Mine, {}, u"me"_s, u"open"_s, Sort::Newest }).size());
        QCOMPARE(counts.unassigned, expected({ View::Unassigned, {}, u"me"_s, u"open"_s, Sort::Newest }).size());
        QCOMPARE(counts.mentions, expected({ View::Mentions, {}, u"me"_s, u"open"_s, Sort::Newest }).size());
        QCOMPARE(counts.teams.value(u"t1"_s), expected({ View::Team, u"t1"_s, u"me"_s, u"open"_s, Sort::Newest }).size());
        QCOMPARE(counts.teams.value(u"t0"_s), expected({ View::Team, u"t0"_s, u"me"_s, u"open"_s, Sort::Newest }).size());
    }

    void conversationRowsReportMembership()
    {
        ListQuery mine { View::Mine, {}, u"me"_s, u"open"_s, Sort::Newest };
        // c009: open, assigned to me.
        QList<ConversationRow> rows = m_reader.conversationRows(mine, { u"c009"_s, u"c000"_s, u"missing"_s });
        QCOMPARE(rows.size(), 2);
        for (const ConversationRow &row : rows) {
            if (row.conversation.id == "c009"_L1) {
                QVERIFY(row.matches);
                QCOMPARE(row.cursor.key, row.conversation.lastMessageAt.toMSecsSinceEpoch());
            } else {
                QVERIFY(!row.matches); // c000 is unassigned
            }
        }
        // Handing it over: an update in place tells the model to drop the row.
        auto id = m_writer.updateConversation(u"c009"_s, { { u"assignee_id"_s, u"a2"_s } });
        QVERIFY(id.ok());
        rows = m_reader.conversationRows(mine, { u"c009"_s });
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().matches);
        QVERIFY(rows.first().pendingOutbox);
        QVERIFY(m_writer.discardOutbox(m_reader.outbox().first().id).ok());
        QVERIFY(m_reader.conversationRows(mine, { u"c009"_s }).first().matches);
    }

    void messagePaging()
    {
        QList<protocol::Message> many;
        for (int i = 0; i < 120; ++i)
            many.append(message(u"long-%1"_s.arg(i, 3, 10, QChar(u'0')), u"c010"_s, u"contact"_s, u"p10"_s,
                                u"message %1"_s.arg(i), at(-1000 + i / 2))); // pairs share a time
        QVERIFY(m_writer.storeFetchedMessages(u"c010"_s, many, false).ok());
        QStringList want;
        for (const auto &m : many)
            want.append(m.id);
        want.append(u"c010-m"_s);
        // Within the same millisecond the order is by position, which is stable across pages.
        QStringList got;
        std::optional<MessageCursor> before;
        int pages = 0;
        MessagePage page;
        do {
            page = m_reader.messages(u"c010"_s, before, 25);
            QStringList ids;
            for (const MessageRow &row : page.messages)
                ids.append(row.message.id);
            got = ids + got;
            QVERIFY(page.messages.size() <= 25);
            for (qsizetype i = 1; i < page.messages.size(); ++i)
                QVERIFY(page.messages.at(i - 1).message.createdAt <= page.messages.at(i).message.createdAt);
            before = page.older;
            QCOMPARE(page.olderInCache, before.has_value());
            QVERIFY(++pages < 20);
        } while (before);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size()); // no duplicates
        QStringList sortedGot = got, sortedWant = want;
        sortedGot.sort();
        sortedWant.sort();
        QCOMPARE(sortedGot, sortedWant); // no gaps
        QCOMPARE(page.oldestMessageId, got.first());
        QVERIFY(!page.historyComplete);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("ranked");
        QTest::addColumn<QStringList>("want"); // message ids (or conversation ids), in order, as a prefix
        QTest::newRow("newest first") << u"refund"_s << false << QStringList { u"r3"_s, u"r2"_s, u"r1"_s };
        QTest::newRow("ranked") << u"refund"_s << true << QStringList { u"r1"_s };
        QTest::newRow("prefix as you type") << u"refu"_s << false << QStringList { u"r3"_s, u"r2"_s, u"r1"_s };
        QTest::newRow("two letters are a whole word") << u"re"_s << false << QStringList {};
        QTest::newRow("three letters are a prefix") << u"ref"_s << false << QStringList { u"r3"_s, u"r2"_s, u"r1"_s };
        QTest::newRow("all words") << u"refund email"_s << false << QStringList { u"r3"_s };
        QTest::newRow("greek without accents") << u"παραγγελια"_s << false << QStringList { u"g1"_s };
        QTest::newRow("greek upper case") << u"ΚΑΛΗΜΕΡΑ"_s << false << QStringList { u"g1"_s };
        QTest::newRow("greek prefix") << u"καλη"_s << false << QStringList { u"g1"_s };
        QTest::newRow("russian yo folded") << u"елка"_s << false << QStringList { u"y1"_s };
        QTest::newRow("russian upper query") << u"ДОСТАВЛЕНА"_s << false << QStringList { u"y1"_s };
        QTest::newRow("russian yo in text and query") << u"ёжик"_s << false << QStringList { u"y1"_s };
        QTest::newRow("german umlaut") << u"ruckerstattung"_s << false << QStringList { u"d1"_s };
        QTest::newRow("subject") << u"invoice"_s << false << QStringList { u"s1"_s };
        QTest::newRow("contact name with diaeresis") << u"zoe"_s << false << QStringList { u"s3"_s };
        QTest::newRow("contact email") << u"quinn example"_s << false << QStringList { u"s3"_s };
        QTest::newRow("nothing") << u"zzzzqqq"_s << false << QStringList {};
        QTest::newRow("punctuation only") << u"?!"_s << false << QStringList {};
    }

    void search()
    {
        static bool loaded = false;
        if (!loaded) {
            addSearchData();
            loaded = true;
        }
        QFETCH(QString, query);
        QFETCH(bool, ranked);
        QFETCH(QStringList, want);
        const QList<SearchHit> hits = m_reader.search(query, {}, 20, ranked);
        const QStringList got = hitIds(hits);
        if (want.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got.join(u',')));
        else
            QCOMPARE(got.mid(0, want.size()), want);
        if (!ranked)
            for (qsizetype i = 1; i < hits.size(); ++i)
                QVERIFY(hits.at(i - 1).at >= hits.at(i).at);
        for (const SearchHit &h : hits) {
            QVERIFY2(h.snippet.contains(QChar(MatchOpen)) && h.snippet.contains(QChar(MatchClose)),
                     qPrintable(h.snippet));
            if (h.field == SearchHit::Body)
                QVERIFY(!h.messageId.isEmpty());
            else
                QVERIFY(h.messageId.isEmpty());
        }
    }

    void searchSnippet()
    {
        const QList<SearchHit> hits = m_reader.search(u"παραγγελια"_s, {}, 5, false);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QChar(MatchOpen) + u"παραγγελία"_s + QChar(MatchClose)),
                 qPrintable(hits.first().snippet));
        const QList<SearchHit> subject = m_reader.search(u"invoice"_s, {}, 5, false);
        QCOMPARE(subject.first().field, SearchHit::Subject);
        QCOMPARE(subject.first().snippet, QChar(MatchOpen) + u"Invoice"_s + QChar(MatchClose) + u" question"_s);
    }

    void searchFilters_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("fromMinute");
        QTest::addColumn<int>("toMinute");
        QTest::addColumn<QStringList>("want");
        QTest::newRow("status resolved") << u"resolved"_s << QString() << QString() << -1 << -1 << QStringList { u"r3"_s };
        QTest::newRow("assigned to me") << QString() << u"me"_s << QString() << -1 << -1
                                        << QStringList { u"r2"_s, u"r1"_s };
        QTest::newRow("email channel") << QString() << QString() << u"email"_s << -1 << -1 << QStringList { u"r3"_s };
        QTest::newRow("time window") << QString() << QString() << QString() << 5005 << 5015 << QStringList { u"r2"_s };
        QTest::newRow("from only") << QString() << QString() << QString() << 5005 << -1
                                   << QStringList { u"r3"_s, u"r2"_s };
        QTest::newRow("combined, nothing") << u"open"_s << QString() << u"email"_s << -1 << -1 << QStringList {};
    }

    void searchFilters()
    {
        QFETCH(QString, status);
        QFETCH(QString, assignee);
        QFETCH(QString, channel);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        QFETCH(QStringList, want);
        SearchFilters f { status, assignee, channel, fromMinute >= 0 ? at(fromMinute) : QDateTime(),
                          toMinute >= 0 ? at(toMinute) : QDateTime() };
        QStringList got;
        for (const SearchHit &h : m_reader.search(u"refund"_s, f, 20, false))
            if (h.field == SearchHit::Body)
                got.append(h.messageId);
        QCOMPARE(got, want);
    }

    // A one-letter word matches only that word (no prefix expansion) and the answer is bounded.
    void oneLetterQueryIsBounded()
    {
        const QStringList a = hitIds(m_reader.search(u"a"_s, {}, 20, false));
        QCOMPARE(a, QStringList { u"a1"_s }); // not "apple and banana"
        const QList<SearchHit> x = m_reader.search(u"x"_s, {}, 10, false);
        QCOMPARE(x.size(), 10);
        QCOMPARE(x.first().messageId, u"x59"_s); // the newest first
        QCOMPARE(m_reader.search(u"x"_s, {}, 10, true).size(), 10);
        QCOMPARE(m_reader.search(u"x"_s, {}, 100000, false).size(), 60); // a huge limit is clamped, not an error
    }

    void articleSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("want");
        QTest::newRow("title above body") << u"invoice"_s << QStringList { u"art1"_s, u"art2"_s };
        QTest::newRow("prefix while typing") << u"inv"_s << QStringList { u"art1"_s, u"art2"_s };
        QTest::newRow("one letter prefix") << u"s"_s << QStringList { u"art2"_s };
        QTest::newRow("diacritics") << u"ruckerst"_s << QStringList { u"art3"_s };
        QTest::newRow("body only") << u"geld"_s << QStringList { u"art3"_s };
        QTest::newRow("no match") << u"qqq"_s << QStringList {};
    }

    void articleSearch()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, want);
        QStringList got;
        for (const protocol::Article &a : m_reader.searchArticles(query, 10))
            got.append(a.id);
        QCOMPARE(got, want);
    }

    void entityLists()
    {
        QCOMPARE(m_reader.agents().size(), 2);
        QCOMPARE(m_reader.agents().first().name, u"Me"_s);
        QCOMPARE(m_reader.teams().first().name, u"One"_s); // by name
        QCOMPARE(m_reader.articles().first().title, u"Invoices and billing"_s);
        QCOMPARE(m_reader.contactConversations(u"pz"_s).size(), 1);
        QCOMPARE(m_reader.contactConversations(u"p1"_s).size(), 15);
        QVERIFY(m_reader.contactConversations(u"p1"_s).first().lastMessageAt
                >= m_reader.contactConversations(u"p1"_s).last().lastMessageAt);
    }
};

QTEST_GUILESS_MAIN(TestCacheReader)
#include "tst_cache_reader.moc"
