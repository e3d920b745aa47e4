// CacheWriter: events and snapshots applied all-or-nothing, the outbox with its optimistic
// effects, and change notifications — against a real SQLite file.

#include "cache/cache.h"
#include "cache/cachereader.h"
#include "cache/cachewriter.h"
#include "cache/schema.h"
#include "protocol/limits.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::cache;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

protocol::Conversation conversation(const QString &id, const QString &contactId, int lastMinute, qint64 version = 1)
{
    protocol::Conversation c;
    c.id = id;
    c.contactId = contactId;
    c.channel = u"chat"_s;
    c.subject = u"Subject of "_s + id;
    c.createdAt = at(0);
    c.updatedAt = at(lastMinute);
    c.lastMessageAt = at(lastMinute);
    c.version = version;
    return c;
}

protocol::Message message(const QString &id, const QString &conversationId, const QString &authorType,
                          const QString &authorId, const QString &body, int minute, const QString &kind = u"reply"_s)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.kind = kind;
    m.author = { authorType, authorId };
    m.channel = u"chat"_s;
    m.body = body;
    m.createdAt = at(minute);
    return m;
}

protocol::Contact contact(const QString &id, const QString &name, const QString &email)
{
    protocol::Contact c;
    c.id = id;
    c.name = name;
    c.email = email;
    c.attributes = { { u"plan"_s, u"pro"_s } };
    c.createdAt = at(0);
    return c;
}

protocol::Event ev(qint64 seq, const QString &name, const QJsonObject &data)
{
    return { seq, name, data };
}

ChangeSet changeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<ChangeSet>();
}

ChangeSet allChanges(const QSignalSpy &spy)
{
    ChangeSet all;
    for (int i = 0; i < spy.size(); ++i)
        all.merge(changeAt(spy, i));
    return all;
}

QStringList messageIds(const MessagePage &page)
{
    QStringList ids;
    for (const MessageRow &row : page.messages)
        ids.append(row.message.id);
    return ids;
}

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<CacheReader> m_reader;
    QString m_path;

    CacheWriter &w() { return *m_writer; }
    CacheReader &r() { return *m_reader; }

    // The seeded state: lastSeq 10, two conversations of contact p1, a note mentioning "me".
    protocol::Snapshot seedSnapshot()
    {
        protocol::Snapshot s;
        s.workspace = { u"ws"_s, u"Acme"_s, { { u"Admin"_s, u"https://admin/{id}"_s } } };
        s.agents = { { u"me"_s, u"Me"_s, u"me@acme.example"_s, u"agent"_s, { u"t1"_s } },
                     { u"other"_s, u"Other"_s, u"other@acme.example"_s, u"lead"_s, { u"t1"_s } } };
        s.teams = { { u"t1"_s, u"Support"_s, { u"me"_s, u"other"_s } } };
        s.contacts = { contact(u"p1"_s, u"Pat Doe"_s, u"pat@example.com"_s) };
        s.conversations = { conversation(u"c1"_s, u"p1"_s, 5, 3), conversation(u"c2"_s, u"p1"_s, 6) };
        protocol::Message note = message(u"m2"_s, u"c1"_s, u"agent"_s, u"other"_s, u"ping @me about the refund"_s, 5,
                                         u"note"_s);
        note.mentions = { u"me"_s };
        s.messages = { message(u"m1"_s, u"c1"_s, u"contact"_s, u"p1"_s, u"I need a refund"_s, 4), note,
                       message(u"m3"_s, u"c2"_s, u"contact"_s, u"p1"_s, u"Hello"_s, 6) };
        s.articles = { { u"art1"_s, u"Refunds"_s, u"How refunds work"_s, u"https://help/refunds"_s, at(0) } };
        s.savedReplies = { { u"sr1"_s, u"Thanks"_s, u"Thanks for writing"_s } };
        s.last = true;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
        m_writer = std::make_unique<CacheWriter>();
        QVERIFY(w().open(m_path).ok());
        QVERIFY(w().setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok());
        QVERIFY(w().applySnapshotChunk(seedSnapshot(), 10, u"log1"_s, false).ok());
        m_reader = std::make_unique<CacheReader>();
        QVERIFY(r().open(m_path).ok());
    }

    void cleanup()
    {
        m_reader.reset();
        m_writer.reset();
        m_dir.reset();
    }

    void seeded()
    {
        const SyncState s = r().syncState();
        QCOMPARE(s.lastSeq, 10);
        QCOMPARE(s.logId, u"log1"_s);
        QCOMPARE(s.headAtLastSync, 10);
        QCOMPARE(s.agentId, u"me"_s);
        QCOMPARE(r().conversation(u"c1"_s)->version, 3);
        QCOMPARE(r().contact(u"p1"_s)->name, u"Pat Doe"_s);
        QCOMPARE(r().agents().size(), 2);
        QCOMPARE(r().workspace()->name, u"Acme"_s);
        QCOMPARE(messageIds(r().messages(u"c1"_s, std::nullopt, 10)), (QStringList { u"m1"_s, u"m2"_s }));
    }

    // ---------- events
    void applyEvent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("id");

        protocol::Conversation created = conversation(u"c3"_s, u"p1"_s, 9);
        created.status = u"snoozed"_s;
        created.snoozedUntil = at(600);
        created.assigneeId = u"other"_s;
        created.teamId = u"t1"_s;
        created.priority = u"urgent"_s;
        created.tags = { u"vip"_s, u"billing"_s };
        QTest::newRow("conversation.created") << protocol::events::ConversationCreated << created.toJson()
                                              << u"conversations"_s << u"c3"_s;
        protocol::Conversation updated = conversation(u"c1"_s, u"p1"_s, 8, 4);
        updated.status = u"resolved"_s;
        QTest::newRow("conversation.updated") << protocol::events::ConversationUpdated << updated.toJson()
                                              << u"conversations"_s << u"c1"_s;
        protocol::Message created2 = message(u"m9"_s, u"c1"_s, u"agent"_s, u"other"_s, u"On it"_s, 9);
        created2.clientId = u"someone-elses-client-id"_s;
        QTest::newRow("message.created") << protocol::events::MessageCreated << created2.toJson() << u"messages"_s
                                         << u"m9"_s;
        protocol::Message deleted = message(u"m2"_s, u"c1"_s, u"agent"_s, u"other"_s, QString(), 5, u"note"_s);
        deleted.deleted = true;
        QTest::newRow("message.deleted") << protocol::events::MessageDeleted << deleted.toJson() << u"messages"_s
                                         << u"m2"_s;
        protocol::Contact renamed = contact(u"p1"_s, u"Pat Smith"_s, u"pat@example.com"_s);
        renamed.tags = { u"churn-risk"_s };
        renamed.attributes.insert(u"city"_s, u"Oslo"_s);
        QTest::newRow("contact.updated") << protocol::events::ContactUpdated << renamed.toJson() << u"contacts"_s
                                         << u"p1"_s;
        protocol::ContactEvent ce { u"e1"_s, u"p1"_s, u"viewed_pricing"_s, { { u"page"_s, u"/pricing"_s } }, at(3) };
        QTest::newRow("contact.event") << protocol::events::ContactEventName << ce.toJson() << u"contacts"_s << u"p1"_s;
        protocol::Agent agent { u"a3"_s, u"Ann"_s, u"ann@acme.example"_s, u"admin"_s, {} };
        QTest::newRow("agent.updated") << protocol::events::AgentUpdated << agent.toJson() << u"agents"_s << u"a3"_s;
        protocol::Team team { u"t2"_s, u"Billing"_s, { u"me"_s } };
        QTest::newRow("team.updated") << protocol::events::TeamUpdated << team.toJson() << u"teams"_s << u"t2"_s;
        protocol::Article article { u"art2"_s, u"Invoices"_s, u"Where to find invoices"_s, u"https://help/inv"_s, at(1) };
        QTest::newRow("article.updated") << protocol::events::ArticleUpdated << article.toJson() << u"articles"_s
                                         << u"art2"_s;
        protocol::SavedReply reply { u"sr2"_s, u"Bye"_s, u"Have a nice day"_s };
        QTest::newRow("saved_reply.updated") << protocol::events::SavedReplyUpdated << reply.toJson()
                                             << u"savedReplies"_s << u"sr2"_s;
        protocol::Workspace ws { u"ws"_s, u"Acme Inc"_s, {} };
        QTest::newRow("workspace.updated") << protocol::events::WorkspaceUpdated << ws.toJson() << u"workspace"_s
                                           << QString();
        QTest::newRow("unknown name") << u"future.thing"_s << QJsonObject { { u"id"_s, u"x"_s } } << QString()
                                      << QString();
    }

    void applyEvent()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, data);
        QFETCH(QString, field);
        QFETCH(QString, id);
        QSignalSpy spy(&w(), &CacheWriter::changed);
        const Status s = w().applyEvents({ ev(11, name, data) });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(r().syncState().lastSeq, 11);
        QCOMPARE(spy.size(), 1);
        const ChangeSet c = changeAt(spy, 0);
        QVERIFY(c.syncState);
        const QHash<QString, QSet<QString>> sets { { u"conversations"_s, c.conversations }, { u"messages"_s, c.messages },
                                                   { u"contacts"_s, c.contacts },           { u"agents"_s, c.agents },
                                                   { u"teams"_s, c.teams },                 { u"articles"_s, c.articles },
                                                   { u"savedReplies"_s, c.savedReplies } };
        for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
            if (it.key() == field)
                QVERIFY2(it.value() == QSet<QString> { id }, qPrintable(it.key()));
            else if (!(field == "messages"_L1 && it.key() == "conversations"_L1))
                QVERIFY2(it.value().isEmpty(), qPrintable(it.key()));
        }
        QCOMPARE(c.workspace, field == "workspace"_L1);

        using namespace protocol::events;
        if (name == ConversationCreated || name == ConversationUpdated) {
            QCOMPARE(*r().conversation(id), *protocol::Conversation::fromJson(data));
        } else if (name == MessageCreated) {
            QCOMPARE(r().message(id)->message, *protocol::Message::fromJson(data));
            QVERIFY(c.messageConversations.contains(u"c1"_s));
            QVERIFY(c.conversations.contains(u"c1"_s)); // its preview changed
            QCOMPARE(r().message(id)->delivery, Delivery::Delivered);
        } else if (name == MessageDeleted) {
            QVERIFY(r().message(id)->message.deleted);
            QCOMPARE(messageIds(r().messages(u"c1"_s, std::nullopt, 10)), QStringList { u"m1"_s });
            // A deleted note no longer counts as a mention nor appears in search.
            ListQuery mentions { View::Mentions, {}, u"me"_s, u"open"_s, Sort::Newest };
            QVERIFY(r().conversations(mentions, std::nullopt, 10).rows.isEmpty());
            QVERIFY(r().search(u"ping"_s, {}, 10, false).isEmpty());
        } else if (name == ContactUpdated) {
            QCOMPARE(*r().contact(id), *protocol::Contact::fromJson(data));
            QCOMPARE(r().search(u"smith"_s, {}, 10, false).size(), 2); // both conversations of the contact
            QVERIFY(r().search(u"doe"_s, {}, 10, false).isEmpty());
        } else if (name == ContactEventName) {
            const auto events = r().contactEvents(id, 10);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first(), *protocol::ContactEvent::fromJson(data));
        } else if (name == AgentUpdated) {
            QVERIFY(r().agents().contains(*protocol::Agent::fromJson(data)));
        } else if (name == TeamUpdated) {
            QVERIFY(r().teams().contains(*protocol::Team::fromJson(data)));
        } else if (name == ArticleUpdated) {
            QVERIFY(r().articles().contains(*protocol::Article::fromJson(data)));
            QCOMPARE(r().searchArticles(u"invoic"_s, 5).value(0).id, id);
        } else if (name == SavedReplyUpdated) {
            QVERIFY(r().savedReplies().contains(*protocol::SavedReply::fromJson(data)));
        } else if (name == WorkspaceUpdated) {
            QCOMPARE(*r().workspace(), *protocol::Workspace::fromJson(data));
        }
    }

    void batchAppliesInOrderAndCoalesces()
    {
        QSignalSpy spy(&w(), &CacheWriter::changed);
        protocol::Conversation c = conversation(u"c1"_s, u"p1"_s, 7, 4);
        c.status = u"resolved"_s;
        protocol::Conversation c2 = c;
        c2.status = u"open"_s;
        c2.version = 5;
        c2.lastMessageAt = at(8);
        const QList<protocol::Event> batch {
            ev(11, protocol::events::ConversationUpdated, c.toJson()),
            ev(12, protocol::events::MessageCreated,
                  message(u"m10"_s, u"c1"_s, u"agent"_s, u"other"_s, u"first"_s, 7).toJson()),
            ev(13, protocol::events::ConversationUpdated, c2.toJson()),
            ev(14, protocol::events::MessageCreated,
                  message(u"m11"_s, u"c1"_s, u"contact"_s, u"p1"_s, u"second"_s, 8).toJson()),
        };
        QVERIFY(w().applyEvents(batch).ok());
        QCOMPARE(spy.size(), 1); // one transaction, one notification
        QCOMPARE(r().syncState().lastSeq, 14);
        QCOMPARE(*r().conversation(u"c1"_s), c2);
        QCOMPARE(messageIds(r().messages(u"c1"_s, std::nullopt, 10)),
                 (QStringList { u"m1"_s, u"m2"_s, u"m10"_s, u"m11"_s }));
        const ChangeSet changes = changeAt(spy, 0);
        QCOMPARE(changes.messages, (QSet<QString> { u"m10"_s, u"m11"_s }));
        QCOMPARE(changes.messageConversations, QSet<QString> { u"c1"_s });
        QVERIFY(changes.conversations.contains(u"c1"_s));
        QVERIFY(!changes.conversations.contains(u"c2"_s));
    }

    void seqGapAppliesNothing_data()
    {
        QTest::addColumn<QList<qint64>>("seqs");
        QTest::newRow("gap before the batch") << QList<qint64> { 12, 13 };
        QTest::newRow("gap inside the batch") << QList<qint64> { 11, 13 };
        QTest::newRow("already applied") << QList<qint64> { 10, 11 };
        QTest::newRow("reordered") << QList<qint64> { 12, 11 };
    }

    void seqGapAppliesNothing()
    {
        QFETCH(QList<qint64>, seqs);
        QList<protocol::Event> batch;
        for (qint64 seq : seqs) {
            protocol::Conversation c = conversation(u"new-%1"_s.arg(seq), u"p1"_s, 9);
            batch.append(ev(seq, protocol::events::ConversationCreated, c.toJson()));
        }
        QSignalSpy spy(&w(), &CacheWriter::changed);
        const Status s = w().applyEvents(batch);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, CacheError::SeqGap);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(r().syncState().lastSeq, 10);
        for (qint64 seq : seqs)
            QVERIFY(!r().conversation(u"new-%1"_s.arg(seq)).has_value());
        // The consecutive batch still applies afterwards.
        QVERIFY(w().applyEvents({ ev(11, protocol::events::ConversationCreated,
                                        conversation(u"new-11"_s, u"p1"_s, 9).toJson()) })
                    .ok());
        QCOMPARE(r().syncState().lastSeq, 11);
    }

    void badEventDataIsSkipped()
    {
        QVERIFY(w().applyEvents({ ev(11, protocol::events::ConversationUpdated, { { u"id"_s, 42 } }),
                                  ev(12, protocol::events::ConversationCreated,
                                        conversation(u"c5"_s, u"p1"_s, 9).toJson()) })
                    .ok());
        QCOMPARE(r().syncState().lastSeq, 12);
        QVERIFY(r().conversation(u"c5"_s).has_value());
    }

    // ---------- snapshot
    void snapshotResetKeepsOutbox()
    {
        auto send = w().sendMessage(u"c1"_s, u"reply"_s, u"Queued reply about zebras"_s, {});
        QVERIFY(send.ok());
        QVERIFY(w().updateConversation(u"c1"_s, { { u"priority"_s, u"high"_s } }).ok());
        auto start = w().startConversation(u"p1"_s, u"email"_s, u"Offline start"_s, u"Hello from the train"_s);
        QVERIFY(start.ok());
        QCOMPARE(r().outbox().size(), 3);

        // Another server: everything from the old one goes, the outbox and its effects stay.
        protocol::Snapshot first;
        first.contacts = { contact(u"p1"_s, u"Pat Doe"_s, u"pat@example.com"_s) };
        first.conversations = { conversation(u"c1"_s, u"p1"_s, 2, 1), conversation(u"c9"_s, u"p1"_s, 3) };
        first.messages = { message(u"x1"_s, u"c9"_s, u"contact"_s, u"p1"_s, u"fresh start"_s, 3) };
        first.last = false;
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().applySnapshotChunk(first, 500, u"log2"_s, true).ok());
        QVERIFY(changeAt(spy, 0).reset);
        SyncState s = r().syncState();
        QCOMPARE(s.lastSeq, 0); // not complete yet
        QVERIFY(s.logId.isEmpty());
        QVERIFY(!r().conversation(u"c2"_s).has_value());
        QVERIFY(!r().message(u"m1"_s).has_value());
        QVERIFY(r().agents().isEmpty());
        QVERIFY(r().search(u"refund"_s, {}, 10, false).isEmpty()); // old FTS rows gone too
        QCOMPARE(r().outbox().size(), 3);
        // The queued update sits on top of the new server state; base_version stays as queued.
        QCOMPARE(r().conversation(u"c1"_s)->priority, u"high"_s);
        QCOMPARE(r().conversation(u"c1"_s)->version, 1);
        // Local rows survive and stay searchable.
        const auto local = r().message(u"local:"_s + *send);
        QVERIFY(local.has_value());
        QCOMPARE(local->delivery, Delivery::Pending);
        QCOMPARE(r().search(u"zebras"_s, {}, 10, false).size(), 1);
        QVERIFY(r().conversation(u"local:"_s + *start).has_value());
        QCOMPARE(r().search(u"train"_s, {}, 10, false).size(), 1);

        protocol::Snapshot last;
        last.agents = { { u"me"_s, u"Me"_s, u"me@acme.example"_s, u"agent"_s, {} } };
        last.last = true;
        QVERIFY(w().applySnapshotChunk(last, 500, u"log2"_s, false).ok());
        s = r().syncState();
        QCOMPARE(s.lastSeq, 500);
        QCOMPARE(s.logId, u"log2"_s);
        QCOMPARE(r().agents().size(), 1);
    }

    // An initial snapshot in several chunks into an empty cache: loaded without the message id
    // index (bulk), which is back when the snapshot completes, when any other write comes in
    // between, or when the file is opened again after a crash.
    void initialSnapshotInChunks()
    {
        const QString path = m_dir->filePath(u"bulk.sqlite"_s);
        auto writer = std::make_unique<CacheWriter>();
        QVERIFY(writer->open(path).ok());
        QVERIFY(writer->setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok());
        auto chunk = [](int from, int to, bool last) {
            protocol::Snapshot s;
            for (int i = from; i < to; ++i) {
                const QString conv = u"b%1"_s.arg(i / 10);
                if (i % 10 == 0)
                    s.conversations.append(conversation(conv, u"p1"_s, i));
                s.messages.append(message(u"bm%1"_s.arg(i), conv, u"contact"_s, u"p1"_s, u"bulk body %1"_s.arg(i), i));
            }
            s.last = last;
            return s;
        };
        auto indexExists = [&path] {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            bool exists = false;
            if (db.open()) {
                QSqlQuery q(db);
                exists = q.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'messages_id'"_s) && q.next();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"peek"_s);
            return exists;
        };
        QVERIFY(writer->applySnapshotChunk(chunk(0, 50, false), 100, u"L"_s, false).ok());
        QVERIFY(!indexExists());
        // A duplicate inside the load is stored once; a command in between restores the index.
        protocol::Snapshot again = chunk(40, 60, false);
        QVERIFY(writer->applySnapshotChunk(again, 100, u"L"_s, false).ok());
        QVERIFY(writer->saveDraft(u"b1"_s, u"draft"_s, u"reply"_s).ok());
        QVERIFY(indexExists());
        QVERIFY(writer->applySnapshotChunk(chunk(60, 80, false), 100, u"L"_s, false).ok()); // not empty: no bulk
        QVERIFY(indexExists());
        QVERIFY(writer->applySnapshotChunk(chunk(80, 100, true), 100, u"L"_s, false).ok());
        QVERIFY(indexExists());
        CacheReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.syncState().lastSeq, 100);
        QCOMPARE(reader.messages(u"b4"_s, std::nullopt, 50).messages.size(), 10);
        QCOMPARE(reader.search(u"bulk"_s, {}, 200, false).size(), 100);
        reader.close();

        // Interrupted bulk load: the index is missing on disk until the next open.
        const QString crashed = m_dir->filePath(u"crashed.sqlite"_s);
        {
            CacheWriter w2;
            QVERIFY(w2.open(crashed).ok());
            QVERIFY(w2.applySnapshotChunk(chunk(0, 30, false), 100, u"L"_s, false).ok());
            // Simulate the crash: copy the file as it is now (WAL checkpointed into it first).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crash"_s);
            db.setDatabaseName(crashed);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            q.finish();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"crash"_s);
            QVERIFY(QFile::copy(crashed, crashed + u".copy"_s));
        }
        CacheWriter w3;
        QVERIFY(w3.open(crashed + u".copy"_s).ok());
        w3.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(crashed + u".copy"_s);
        QVERIFY(db.open());
        QSqlDatabase fresh = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fresh"_s);
        fresh.setDatabaseName(m_dir->filePath(u"fresh.sqlite"_s));
        QVERIFY(fresh.open());
        QVERIFY(schema::open(fresh).ok());
        QCOMPARE(schema::describe(db), schema::describe(fresh));
        db = QSqlDatabase();
        fresh = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        QSqlDatabase::removeDatabase(u"fresh"_s);
    }

    // ---------- outbox: send
    void optimisticSendReplacedByServerMessage_data()
    {
        QTest::addColumn<bool>("ackFirst");
        QTest::newRow("event before ack") << false;
        QTest::newRow("ack before event") << true;
    }

    void optimisticSendReplacedByServerMessage()
    {
        QFETCH(bool, ackFirst);
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QSignalSpy ready(&w(), &CacheWriter::outboxReady);
        auto sent = w().sendMessage(u"c1"_s, u"reply"_s, u"We will refund you today"_s, {});
        QVERIFY(sent.ok());
        const QString clientId = *sent;
        const QString localId = u"local:"_s + clientId;
        QCOMPARE(ready.size(), 1);
        QCOMPARE(spy.size(), 1);
        ChangeSet c = changeAt(spy, 0);
        QVERIFY(c.outbox);
        QVERIFY(c.messages.contains(localId));
        QVERIFY(c.messageConversations.contains(u"c1"_s));
        QVERIFY(c.conversations.contains(u"c1"_s));

        MessagePage page = r().messages(u"c1"_s, std::nullopt, 10);
        QCOMPARE(page.messages.last().message.id, localId);
        QCOMPARE(page.messages.last().delivery, Delivery::Pending);
        QCOMPARE(page.messages.last().message.author.id, u"me"_s);
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->pendingOutbox);
        // My own reply answers the customer: no longer waiting.
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->waitingSince.isValid());

        const QList<OutboxEntry> sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        const OutboxEntry entry = sendable.first();
        QCOMPARE(entry.clientId, clientId);
        QCOMPARE(entry.kind, OutboxKind::Send);
        const auto &request = std::get<protocol::Send>(entry.request);
        QCOMPARE(request.clientId, clientId);
        QCOMPARE(request.conversationId, u"c1"_s);
        QCOMPARE(request.body, u"We will refund you today"_s);
        QCOMPARE(std::get<protocol::Send>(entry.requestWithReq(u"r7"_s)).req, u"r7"_s);
        QVERIFY(w().markSending(entry.id).ok());
        QCOMPARE(r().message(localId)->delivery, Delivery::Sending);
        QVERIFY(w().sendableOutbox().isEmpty());

        protocol::Message server = message(u"srv1"_s, u"c1"_s, u"agent"_s, u"me"_s, u"We will refund you today"_s, 30);
        server.clientId = clientId;
        protocol::Ack ack;
        ack.req = clientId;
        ack.messageId = u"srv1"_s;
        ack.seq = 11;
        spy.clear();
        if (ackFirst) {
            QVERIFY(w().acknowledge(clientId, ack).ok());
            c = changeAt(spy, 0);
            QCOMPARE(c.replacedIds.value(localId), u"srv1"_s);
            QVERIFY(c.outbox);
            QCOMPARE(r().message(u"srv1"_s)->delivery, Delivery::Delivered);
            QVERIFY(!r().message(localId).has_value());
            QVERIFY(w().applyEvents({ ev(11, protocol::events::MessageCreated, server.toJson()) }).ok());
        } else {
            QVERIFY(w().applyEvents({ ev(11, protocol::events::MessageCreated, server.toJson()) }).ok());
            c = changeAt(spy, 0);
            QCOMPARE(c.replacedIds.value(localId), u"srv1"_s);
            QVERIFY(c.messages.contains(localId));
            QVERIFY(c.messages.contains(u"srv1"_s));
            QVERIFY(!r().message(localId).has_value());
            QCOMPARE(r().outbox().size(), 1); // still waiting for its ack
            QVERIFY(w().acknowledge(clientId, ack).ok());
        }
        page = r().messages(u"c1"_s, std::nullopt, 10);
        QCOMPARE(messageIds(page), (QStringList { u"m1"_s, u"m2"_s, u"srv1"_s }));
        QCOMPARE(page.messages.last().message, server);
        QCOMPARE(page.messages.last().delivery, Delivery::Delivered);
        QVERIFY(r().outbox().isEmpty());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->pendingOutbox);
        QCOMPARE(r().search(u"refund today"_s, {}, 10, false).size(), 1);
        // A repeated ack (after a re-send) is harmless.
        QVERIFY(w().acknowledge(clientId, ack).ok());
    }

    void sendValidates_data()
    {
        QTest::addColumn<QString>("conversationId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown conversation") << u"nope"_s << u"reply"_s << u"hi"_s << int(CacheError::NotFound);
        QTest::newRow("bad kind") << u"c1"_s << u"system"_s << u"hi"_s << int(CacheError::Invalid);
        QTest::newRow("empty body") << u"c1"_s << u"reply"_s << u"  \n"_s << int(CacheError::Invalid);
        QTest::newRow("too long") << u"c1"_s << u"note"_s << QString(protocol::limits::MaxMessageBodyChars + 1, u'x')
                                  << int(CacheError::Invalid);
    }

    void sendValidates()
    {
        QFETCH(QString, conversationId);
        QFETCH(QString, kind);
        QFETCH(QString, body);
        QFETCH(int, code);
        QSignalSpy spy(&w(), &CacheWriter::changed);
        auto result = w().sendMessage(conversationId, kind, body, {});
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QCOMPARE(spy.size(), 0);
        QVERIFY(r().outbox().isEmpty());
    }

    void startConversationOffline()
    {
        auto started = w().startConversation(u"p1"_s, u"email"_s, u"Your invoice"_s, u"Here it is"_s);
        QVERIFY(started.ok());
        const QString localConv = u"local:"_s + *started;
        ListQuery mine { View::Mine, {}, u"me"_s, u"open"_s, Sort::Newest };
        const ConversationPage page = r().conversations(mine, std::nullopt, 10);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().conversation.id, localConv);
        QVERIFY(page.rows.first().isLocal);
        QVERIFY(page.rows.first().pendingOutbox);
        QCOMPARE(page.rows.first().previewText, u"Here it is"_s);
        // A follow-up written before the conversation exists on the server waits for it.
        auto followUp = w().sendMessage(localConv, u"reply"_s, u"And the receipt"_s, {});
        QVERIFY(followUp.ok());
        QVERIFY(!w().updateConversation(localConv, { { u"priority"_s, u"low"_s } }).ok());
        QList<OutboxEntry> sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable.first().kind, OutboxKind::Start);
        QVERIFY(w().markSending(sendable.first().id).ok());
        QVERIFY(w().sendableOutbox().isEmpty());

        QSignalSpy spy(&w(), &CacheWriter::changed);
        protocol::Ack ack;
        ack.req = *started;
        ack.conversationId = u"S1"_s;
        ack.messageId = u"SM1"_s;
        ack.seq = 12;
        QVERIFY(w().acknowledge(*started, ack).ok());
        const ChangeSet c = allChanges(spy);
        QCOMPARE(c.replacedIds.value(localConv), u"S1"_s);
        QCOMPARE(c.replacedIds.value(u"local:"_s + *started), u"S1"_s); // same local id for both
        QVERIFY(!r().conversation(localConv).has_value());
        QVERIFY(r().conversation(u"S1"_s).has_value());
        QCOMPARE(messageIds(r().messages(u"S1"_s, std::nullopt, 10)),
                 (QStringList { u"SM1"_s, u"local:"_s + *followUp }));
        // The queued follow-up now names the server's conversation and may go.
        sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable.first().clientId, *followUp);
        QCOMPARE(std::get<protocol::Send>(sendable.first().request).conversationId, u"S1"_s);

        // The server's events arrive: one conversation, no duplicates.
        protocol::Conversation server = conversation(u"S1"_s, u"p1"_s, 20);
        server.channel = u"email"_s;
        server.subject = u"Your invoice"_s;
        server.assigneeId = u"me"_s;
        protocol::Message first = message(u"SM1"_s, u"S1"_s, u"agent"_s, u"me"_s, u"Here it is"_s, 20);
        first.clientId = *started;
        first.channel = u"email"_s;
        QVERIFY(w().applyEvents({ ev(11, protocol::events::ConversationCreated, server.toJson()),
                                  ev(12, protocol::events::MessageCreated, first.toJson()) })
                    .ok());
        QCOMPARE(*r().conversation(u"S1"_s), server);
        QCOMPARE(r().conversations(mine, std::nullopt, 10).rows.size(), 1);
        QCOMPARE(r().search(u"invoice"_s, {}, 10, false).size(), 1);
    }

    void startReplacedByEventsBeforeAck()
    {
        auto started = w().startConversation(u"p1"_s, u"chat"_s, QString(), u"Hi there"_s);
        QVERIFY(started.ok());
        QVERIFY(w().markSending(w().sendableOutbox().first().id).ok());
        protocol::Conversation server = conversation(u"S2"_s, u"p1"_s, 20);
        protocol::Message first = message(u"SM2"_s, u"S2"_s, u"agent"_s, u"me"_s, u"Hi there"_s, 20);
        first.clientId = *started;
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().applyEvents({ ev(11, protocol::events::ConversationCreated, server.toJson()),
                                  ev(12, protocol::events::MessageCreated, first.toJson()) })
                    .ok());
        QCOMPARE(changeAt(spy, 0).replacedIds.value(u"local:"_s + *started), u"S2"_s);
        QVERIFY(!r().conversation(u"local:"_s + *started).has_value());
        QCOMPARE(messageIds(r().messages(u"S2"_s, std::nullopt, 10)), QStringList { u"SM2"_s });
        protocol::Ack ack;
        ack.conversationId = u"S2"_s;
        ack.messageId = u"SM2"_s;
        QVERIFY(w().acknowledge(*started, ack).ok());
        QVERIFY(r().outbox().isEmpty());
        QCOMPARE(messageIds(r().messages(u"S2"_s, std::nullopt, 10)), QStringList { u"SM2"_s });
    }

    // ---------- outbox: update
    void updateRebasing()
    {
        auto first = w().updateConversation(u"c1"_s, { { u"assignee_id"_s, u"me"_s } });
        auto second = w().updateConversation(u"c1"_s, { { u"priority"_s, u"urgent"_s } });
        QVERIFY(first.ok() && second.ok());
        protocol::Conversation shown = *r().conversation(u"c1"_s);
        QCOMPARE(shown.assigneeId, u"me"_s);
        QCOMPARE(shown.priority, u"urgent"_s);
        QCOMPARE(shown.version, 3); // the server's version: overlays never change it
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->pendingOutbox);

        QList<OutboxEntry> sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1); // one request per conversation in flight
        QCOMPARE(sendable.first().clientId, *first);
        QCOMPARE(std::get<protocol::Update>(sendable.first().request).baseVersion, 3);
        QVERIFY(w().markSending(sendable.first().id).ok());

        // Another agent's change arrives while ours are queued: ours stay on top.
        protocol::Conversation theirs = conversation(u"c1"_s, u"p1"_s, 5, 4);
        theirs.tags = { u"vip"_s };
        QVERIFY(w().applyEvents({ ev(11, protocol::events::ConversationUpdated, theirs.toJson()) }).ok());
        shown = *r().conversation(u"c1"_s);
        QCOMPARE(shown.tags, QStringList { u"vip"_s });
        QCOMPARE(shown.assigneeId, u"me"_s);
        QCOMPARE(shown.priority, u"urgent"_s);
        QCOMPARE(shown.version, 4);

        protocol::Ack ack;
        ack.req = *first;
        ack.version = 5;
        ack.seq = 12;
        QVERIFY(w().acknowledge(*first, ack).ok());
        sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable.first().clientId, *second);
        // Rebased onto our own acknowledged change, so the chain does not conflict with itself.
        QCOMPARE(std::get<protocol::Update>(sendable.first().request).baseVersion, 5);
        shown = *r().conversation(u"c1"_s);
        QCOMPARE(shown.assigneeId, u"me"_s); // folded in until the server's event arrives
        QCOMPARE(shown.priority, u"urgent"_s);
        QCOMPARE(shown.version, 5);

        protocol::Conversation afterFirst = theirs;
        afterFirst.assigneeId = u"me"_s;
        afterFirst.version = 5;
        QVERIFY(w().applyEvents({ ev(12, protocol::events::ConversationUpdated, afterFirst.toJson()) }).ok());
        QCOMPARE(r().conversation(u"c1"_s)->priority, u"urgent"_s);
        QVERIFY(w().markSending(sendable.first().id).ok());
        ack.version = 6;
        QVERIFY(w().acknowledge(*second, ack).ok());
        protocol::Conversation afterSecond = afterFirst;
        afterSecond.priority = u"urgent"_s;
        afterSecond.version = 6;
        QVERIFY(w().applyEvents({ ev(13, protocol::events::ConversationUpdated, afterSecond.toJson()) }).ok());
        QCOMPARE(*r().conversation(u"c1"_s), afterSecond);
        QVERIFY(r().outbox().isEmpty());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->pendingOutbox);
    }

    void conflictKeepsEntryWithServerState()
    {
        auto id = w().updateConversation(u"c1"_s, { { u"status"_s, u"resolved"_s } });
        QVERIFY(id.ok());
        QCOMPARE(r().conversation(u"c1"_s)->status, u"resolved"_s);
        QVERIFY(w().markSending(w().sendableOutbox().first().id).ok());
        protocol::Conversation current = conversation(u"c1"_s, u"p1"_s, 5, 7);
        current.assigneeId = u"other"_s;
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().markConflict(*id, current).ok());
        QVERIFY(changeAt(spy, 0).outbox);
        QVERIFY(changeAt(spy, 0).conversations.contains(u"c1"_s));
        const QList<OutboxEntry> outbox = r().outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxState::Conflict);
        QVERIFY(outbox.first().conflictCurrent.has_value());
        QCOMPARE(*outbox.first().conflictCurrent, current);
        // The server's state is shown; the conflicted change is not applied over it.
        QCOMPARE(*r().conversation(u"c1"_s), current);
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->failedOutbox);
        QVERIFY(w().sendableOutbox().isEmpty());

        // The user applies it anyway: it goes again, based on the version it conflicted with.
        QVERIFY(w().retryOutbox(outbox.first().id).ok());
        const QList<OutboxEntry> sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(std::get<protocol::Update>(sendable.first().request).baseVersion, 7);
        QCOMPARE(sendable.first().state, OutboxState::Pending);
        QVERIFY(!sendable.first().conflictCurrent.has_value());
        QCOMPARE(r().conversation(u"c1"_s)->status, u"resolved"_s);
        QCOMPARE(r().conversation(u"c1"_s)->assigneeId, u"other"_s);
    }

    void failedEntryKeepsReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("send") << u"send"_s;
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("update_contact") << u"update_contact"_s;
        QTest::newRow("delete_note") << u"delete_note"_s;
    }

    void failedEntryKeepsReason()
    {
        QFETCH(QString, kind);
        CacheResult<QString> id = CacheError {};
        if (kind == "send"_L1)
            id = w().sendMessage(u"c1"_s, u"note"_s, u"secret note"_s, { u"other"_s });
        else if (kind == "update"_L1)
            id = w().updateConversation(u"c1"_s, { { u"assignee_id"_s, u"other"_s } });
        else if (kind == "update_contact"_L1)
            id = w().updateContact(u"p1"_s, { { u"name"_s, u"Patricia"_s } });
        else
            id = w().deleteNote(u"m2"_s);
        QVERIFY(id.ok());
        const OutboxEntry entry = w().sendableOutbox().first();
        QCOMPARE(outboxKindName(entry.kind), kind);
        QVERIFY(w().markSending(entry.id).ok());
        QVERIFY(w().markFailed(*id, protocol::ErrorCode::Forbidden, u"not allowed"_s).ok());
        const OutboxEntry failed = r().outbox().first();
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.errorCode, u"forbidden"_s);
        QCOMPARE(failed.errorMessage, u"not allowed"_s);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(w().sendableOutbox().isEmpty());
        if (kind == "send"_L1) {
            const MessageRow row = r().messages(u"c1"_s, std::nullopt, 10).messages.last();
            QCOMPARE(row.delivery, Delivery::Failed);
            QCOMPARE(row.errorMessage, u"not allowed"_s);
            QCOMPARE(row.outboxId, failed.id);
        } else if (kind == "update"_L1) {
            QVERIFY(r().conversation(u"c1"_s)->assigneeId.isEmpty()); // the server's state again
        } else if (kind == "update_contact"_L1) {
            QCOMPARE(r().contact(u"p1"_s)->name, u"Pat Doe"_s);
        } else {
            const auto row = r().message(u"m2"_s);
            QVERIFY(!row->message.deleted); // visible again, with the reason
            QVERIFY(row->deletePending);
            QCOMPARE(row->errorCode, u"forbidden"_s);
        }
        // A failed entry does not hold up later ones of the same conversation.
        auto later = w().sendMessage(u"c1"_s, u"reply"_s, u"later"_s, {});
        QVERIFY(later.ok());
        if (kind != "update_contact"_L1) {
            QCOMPARE(w().sendableOutbox().size(), 1);
            QCOMPARE(w().sendableOutbox().first().clientId, *later);
        }
    }

    void discardUndoes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("send") << u"send"_s;
        QTest::newRow("start") << u"start"_s;
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("update_contact") << u"update_contact"_s;
        QTest::newRow("delete_note") << u"delete_note"_s;
    }

    void discardUndoes()
    {
        QFETCH(QString, kind);
        const protocol::Conversation c1 = *r().conversation(u"c1"_s);
        const protocol::Contact p1 = *r().contact(u"p1"_s);
        const QStringList c1Messages = messageIds(r().messages(u"c1"_s, std::nullopt, 10));
        ListQuery all { View::All, {}, u"me"_s, u"open"_s, Sort::Newest };
        const int conversations = r().conversations(all, std::nullopt, 50).rows.size();

        CacheResult<QString> id = CacheError {};
        if (kind == "send"_L1)
            id = w().sendMessage(u"c1"_s, u"note"_s, u"unique-marker"_s, { u"me"_s });
        else if (kind == "start"_L1)
            id = w().startConversation(u"p1"_s, u"chat"_s, u"unique-marker"_s, u"body"_s);
        else if (kind == "update"_L1)
            id = w().updateConversation(u"c1"_s, { { u"status"_s, u"snoozed"_s }, { u"snoozed_until"_s, u"2026-02-01T00:00:00.000Z"_s } });
        else if (kind == "update_contact"_L1)
            id = w().updateContact(u"p1"_s, { { u"name"_s, u"unique-marker"_s }, { u"attributes"_s, QJsonObject { { u"plan"_s, QJsonValue() } } } });
        else
            id = w().deleteNote(u"m2"_s);
        QVERIFY(id.ok());
        // The optimistic effect shows.
        if (kind == "send"_L1 || kind == "start"_L1 || kind == "update_contact"_L1)
            QVERIFY(!r().search(u"unique-marker"_s, {}, 10, false).isEmpty());
        if (kind == "update"_L1)
            QCOMPARE(r().conversation(u"c1"_s)->status, u"snoozed"_s);
        if (kind == "update_contact"_L1)
            QVERIFY(!r().contact(u"p1"_s)->attributes.contains(u"plan"_s));
        if (kind == "delete_note"_L1)
            QVERIFY(!messageIds(r().messages(u"c1"_s, std::nullopt, 10)).contains(u"m2"_s));

        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().discardOutbox(r().outbox().first().id).ok());
        QVERIFY(changeAt(spy, 0).outbox);
        QVERIFY(r().outbox().isEmpty());
        QCOMPARE(*r().conversation(u"c1"_s), c1);
        QCOMPARE(*r().contact(u"p1"_s), p1);
        QCOMPARE(messageIds(r().messages(u"c1"_s, std::nullopt, 10)), c1Messages);
        QCOMPARE(r().conversations(all, std::nullopt, 50).rows.size(), conversations);
        QVERIFY(r().search(u"unique-marker"_s, {}, 10, false).isEmpty());
        ListQuery mentions { View::Mentions, {}, u"me"_s, u"open"_s, Sort::Newest };
        QCOMPARE(r().conversations(mentions, std::nullopt, 10).rows.size(), 1); // m2 still mentions me
    }

    void discardRefusesEntryInFlight()
    {
        auto id = w().sendMessage(u"c1"_s, u"reply"_s, u"hi"_s, {});
        QVERIFY(id.ok());
        const qint64 entry = w().sendableOutbox().first().id;
        QVERIFY(w().markSending(entry).ok());
        const Status s = w().discardOutbox(entry);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, CacheError::Invalid);
        QCOMPARE(r().outbox().size(), 1);
    }

    void deleteUnsentNoteDiscardsIt()
    {
        auto id = w().sendMessage(u"c1"_s, u"note"_s, u"oops, meant for the team"_s, {});
        QVERIFY(id.ok());
        auto deleted = w().deleteNote(u"local:"_s + *id);
        QVERIFY(deleted.ok());
        QVERIFY(r().outbox().isEmpty());
        QVERIFY(!r().message(u"local:"_s + *id).has_value());
        QVERIFY(!w().deleteNote(u"m1"_s).ok()); // a reply cannot be deleted
    }

    void resetInFlightResendsWithSameClientId()
    {
        auto a = w().sendMessage(u"c1"_s, u"reply"_s, u"one"_s, {});
        auto b = w().sendMessage(u"c2"_s, u"reply"_s, u"two"_s, {});
        auto c = w().sendMessage(u"c1"_s, u"reply"_s, u"three"_s, {});
        QVERIFY(a.ok() && b.ok() && c.ok());
        QList<OutboxEntry> sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 2); // one per conversation, in creation order
        QCOMPARE(sendable.at(0).clientId, *a);
        QCOMPARE(sendable.at(1).clientId, *b);
        for (const OutboxEntry &e : sendable)
            QVERIFY(w().markSending(e.id).ok());
        QVERIFY(w().sendableOutbox().isEmpty());
        QSignalSpy ready(&w(), &CacheWriter::outboxReady);
        QVERIFY(w().resetInFlight().ok()); // the connection dropped
        QCOMPARE(ready.size(), 1);
        sendable = w().sendableOutbox();
        QCOMPARE(sendable.size(), 2);
        QCOMPARE(sendable.at(0).clientId, *a);
        QCOMPARE(std::get<protocol::Send>(sendable.at(0).request).clientId, *a);
        QCOMPARE(sendable.at(0).attempts, 1);
        QVERIFY(w().markSending(sendable.at(0).id).ok());
        QCOMPARE(w().outboxEntry(sendable.at(0).id)->attempts, 2);
    }

    // ---------- durability and errors
    void lockedDatabaseGivesErrorAndLosesNothing()
    {
        auto queued = w().sendMessage(u"c1"_s, u"reply"_s, u"before the lock"_s, {});
        QVERIFY(queued.ok());
        w().setBusyTimeoutMs(50);
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        {
            QSqlQuery lock(other);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        }
        QSignalSpy spy(&w(), &CacheWriter::changed);
        const QList<protocol::Event> batch { ev(11, protocol::events::ConversationCreated,
                                                   conversation(u"c7"_s, u"p1"_s, 9).toJson()) };
        Status s = w().applyEvents(batch);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, CacheError::Busy);
        auto send = w().sendMessage(u"c1"_s, u"reply"_s, u"during the lock"_s, {});
        QVERIFY(!send.ok());
        QCOMPARE(send.error().code, CacheError::Busy);
        QVERIFY(!w().markSending(w().sendableOutbox().first().id).ok());
        QCOMPARE(spy.size(), 0);
        {
            QSqlQuery unlock(other);
            QVERIFY(unlock.exec(u"ROLLBACK"_s));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
        // Nothing half-applied, nothing lost; the same calls succeed now.
        QCOMPARE(r().syncState().lastSeq, 10);
        QVERIFY(!r().conversation(u"c7"_s).has_value());
        QCOMPARE(r().outbox().size(), 1);
        QCOMPARE(r().outbox().first().clientId, *queued);
        QCOMPARE(r().outbox().first().state, OutboxState::Pending);
        QVERIFY(w().applyEvents(batch).ok());
        QVERIFY(r().conversation(u"c7"_s).has_value());
        QVERIFY(w().sendMessage(u"c1"_s, u"reply"_s, u"during the lock"_s, {}).ok());
    }

    void survivesReopen()
    {
        auto id = w().sendMessage(u"c1"_s, u"reply"_s, u"kept across restarts"_s, {});
        QVERIFY(id.ok());
        QVERIFY(w().saveDraft(u"c2"_s, u"half a thought"_s, u"note"_s).ok());
        m_reader.reset();
        m_writer = std::make_unique<CacheWriter>();
        QVERIFY(w().open(m_path).ok());
        m_reader = std::make_unique<CacheReader>();
        QVERIFY(r().open(m_path).ok());
        QCOMPARE(r().outbox().size(), 1);
        QCOMPARE(r().outbox().first().clientId, *id);
        QCOMPARE(r().draft(u"c2"_s)->text, u"half a thought"_s);
        QCOMPARE(r().draft(u"c2"_s)->mode, u"note"_s);
        QCOMPARE(r().syncState().lastSeq, 10);
    }

    // ---------- history, read markers, drafts, identity
    void fetchedHistoryIsStored()
    {
        QList<protocol::Message> older;
        for (int i = 0; i < 30; ++i)
            older.append(message(u"old%1"_s.arg(i, 2, 10, QChar(u'0')), u"c1"_s, u"contact"_s, u"p1"_s,
                                 u"older message %1"_s.arg(i), -100 + i));
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().storeFetchedMessages(u"c1"_s, older.mid(10), false).ok());
        QVERIFY(changeAt(spy, 0).messageConversations.contains(u"c1"_s));
        MessagePage page = r().messages(u"c1"_s, std::nullopt, 10);
        QVERIFY(page.olderInCache);
        QVERIFY(!page.historyComplete);
        QCOMPARE(page.oldestMessageId, u"old10"_s); // where a server fetch continues
        QVERIFY(w().storeFetchedMessages(u"c1"_s, older.mid(0, 10), true).ok());
        page = r().messages(u"c1"_s, std::nullopt, 10);
        QVERIFY(page.historyComplete);
        QCOMPARE(page.oldestMessageId, u"old00"_s);
        // Storing the same page again changes nothing.
        spy.clear();
        QVERIFY(w().storeFetchedMessages(u"c1"_s, older.mid(0, 10), true).ok());
        QVERIFY(changeAt(spy, 0).messages.isEmpty());
    }

    void waitingSince()
    {
        // c1: the customer wrote at minute 4, then only a note: waiting since minute 4.
        QCOMPARE(r().conversationRow(u"c1"_s, u"me"_s)->waitingSince, at(4));
        QVERIFY(w().applyEvents({ ev(11, protocol::events::MessageCreated,
                                        message(u"m20"_s, u"c1"_s, u"agent"_s, u"other"_s, u"answer"_s, 10).toJson()) })
                    .ok());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->waitingSince.isValid());
        QVERIFY(w().applyEvents({ ev(12, protocol::events::MessageCreated,
                                        message(u"m21"_s, u"c1"_s, u"contact"_s, u"p1"_s, u"thanks"_s, 11).toJson()),
                                  ev(13, protocol::events::MessageCreated,
                                        message(u"m22"_s, u"c1"_s, u"contact"_s, u"p1"_s, u"and..."_s, 12).toJson()) })
                    .ok());
        QCOMPARE(r().conversationRow(u"c1"_s, u"me"_s)->waitingSince, at(11));
        // Older history fetched later is counted in order.
        QVERIFY(w().storeFetchedMessages(u"c2"_s, { message(u"m23"_s, u"c2"_s, u"agent"_s, u"me"_s, u"hi"_s, 1) }, true).ok());
        QCOMPARE(r().conversationRow(u"c2"_s, u"me"_s)->waitingSince, at(6));
        QVERIFY(w().storeFetchedMessages(u"c2"_s, { message(u"m24"_s, u"c2"_s, u"agent"_s, u"me"_s, u"late"_s, 7) }, true).ok());
        QVERIFY(!r().conversationRow(u"c2"_s, u"me"_s)->waitingSince.isValid());
    }

    void readMarkers()
    {
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->unread);
        QSignalSpy read(&w(), &CacheWriter::readMarked);
        QVERIFY(w().markRead(u"c1"_s, u"m2"_s).ok());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).toString(), u"c1"_s);
        QCOMPARE(read.first().at(1).toString(), u"m2"_s);
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->unread);
        QVERIFY(r().conversationRow(u"c1"_s, u"third"_s)->unread); // markers are per agent
        // Marking an older message read does not move the marker back.
        QVERIFY(w().markRead(u"c1"_s, u"m1"_s).ok());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->unread);
        QVERIFY(w().applyEvents({ ev(11, protocol::events::MessageCreated,
                                        message(u"m30"_s, u"c1"_s, u"contact"_s, u"p1"_s, u"new"_s, 20).toJson()) })
                    .ok());
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->unread);
        // My own reply is not unread for me.
        QVERIFY(w().sendMessage(u"c1"_s, u"reply"_s, u"mine"_s, {}).ok());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->unread);
        QVERIFY(!w().markRead(u"c1"_s, u"nope"_s).ok());
    }

    void drafts()
    {
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().saveDraft(u"c1"_s, u"Dear Pat,"_s, u"reply"_s).ok());
        QVERIFY(changeAt(spy, 0).drafts);
        QVERIFY(changeAt(spy, 0).conversations.contains(u"c1"_s));
        QCOMPARE(r().draft(u"c1"_s)->text, u"Dear Pat,"_s);
        QVERIFY(r().conversationRow(u"c1"_s, u"me"_s)->hasDraft);
        QVERIFY(w().saveDraft(u"c1"_s, QString(), u"reply"_s).ok());
        QVERIFY(!r().draft(u"c1"_s).has_value());
        QVERIFY(!r().conversationRow(u"c1"_s, u"me"_s)->hasDraft);
    }

    void identityChangeResets()
    {
        auto queued = w().sendMessage(u"c1"_s, u"reply"_s, u"queued"_s, {});
        QVERIFY(queued.ok());
        QVERIFY(w().setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok()); // same: nothing happens
        QCOMPARE(r().syncState().lastSeq, 10);
        QSignalSpy spy(&w(), &CacheWriter::changed);
        QVERIFY(w().setSyncIdentity(u"https://other.example"_s, u"me"_s).ok());
        QVERIFY(changeAt(spy, 0).reset);
        const SyncState s = r().syncState();
        QCOMPARE(s.serverUrl, u"https://other.example"_s);
        QCOMPARE(s.lastSeq, 0);
        QVERIFY(!r().conversation(u"c2"_s).has_value());
        QCOMPARE(r().outbox().size(), 1);
    }

    // The facade: the writer on its own thread, changes delivered on the caller's thread.
    void facadeQueuesCommandsOnTheWorkerThread()
    {
        m_reader.reset();
        m_writer.reset(); // one writer per file
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        QVERIFY(cache.isOpen());
        QVERIFY(cache.writer()->thread() == cache.writerThread());
        QVERIFY(cache.writerThread() != QThread::currentThread());
        QSignalSpy changed(&cache, &Cache::changed);
        QSignalSpy failed(&cache, &Cache::commandFailed);
        QThread *deliveredOn = nullptr;
        connect(&cache, &Cache::changed, this, [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        const QString clientId = cache.sendMessage(u"c1"_s, u"reply"_s, u"from the GUI"_s);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(changed.wait(5000));
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(changeAt(changed, 0).messages.contains(u"local:"_s + clientId));
        QCOMPARE(cache.reader().outbox().first().clientId, clientId);
        const QString bad = cache.sendMessage(u"no-such-conversation"_s, u"reply"_s, u"x"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), bad);
        QCOMPARE(failed.first().at(1).value<CacheError>().code, CacheError::NotFound);
        cache.saveDraft(u"c2"_s, u"typing"_s, u"reply"_s);
        QTRY_VERIFY_WITH_TIMEOUT(cache.reader().draft(u"c2"_s).has_value(), 5000);
        SyncState seen;
        cache.post([&seen](CacheWriter &writer) { seen = writer.syncState(); });
        QTRY_COMPARE_WITH_TIMEOUT(seen.lastSeq, qint64(10), 5000);
        cache.close();
        QVERIFY(!cache.isOpen());
    }

    void defaultPathIsPerServerAndAgent()
    {
        const QString a = Cache::defaultPath(u"https://confab.example:8450"_s, u"Me@Acme.example"_s, u"/tmp/prof"_s);
        const QString b = Cache::defaultPath(u"https://confab.example:8450"_s, u"other@acme.example"_s, u"/tmp/prof"_s);
        const QString c = Cache::defaultPath(u"https://other.example"_s, u"me@acme.example"_s, u"/tmp/prof"_s);
        QVERIFY(a.startsWith("/tmp/prof/"_L1));
        QVERIFY(a != b && a != c && b != c);
        QCOMPARE(a, Cache::defaultPath(u"https://confab.example:8450"_s, u"me@acme.example"_s, u"/tmp/prof"_s));
        const QString hostile = Cache::defaultPath(u"../../etc"_s, u"../../passwd"_s, u"/tmp/prof"_s);
        QVERIFY2(!hostile.contains("/../"_L1) && hostile.startsWith("/tmp/prof/cache/"_L1), qPrintable(hostile));
        QVERIFY(!Cache::defaultPath(u"https://x.example"_s, u"me@x.example"_s).isEmpty());
    }

    void headAtLastSync()
    {
        QVERIFY(w().setHeadAtLastSync(42).ok());
        QCOMPARE(r().syncState().headAtLastSync, 42);
        QCOMPARE(w().syncState().headAtLastSync, 42);
    }
};

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cache_writer.moc"
