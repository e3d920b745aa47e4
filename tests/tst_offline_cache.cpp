// The cache side of offline work (issue 7): held replies (undo send) — stored, never sent
// while held, blocking later entries of their conversation, surviving a restart still held —
// and user commands kept in memory and retried while the database is locked or the disk is
// full (a real file: another connection's write lock, PRAGMA max_page_count).

#include "cache/cache.h"
#include "cache/cachereader.h"
#include "cache/cachewriter.h"

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

protocol::Snapshot seedSnapshot()
{
    protocol::Snapshot s;
    s.workspace = { u"ws"_s, u"Acme"_s, {} };
    s.agents = { { u"me"_s, u"Me"_s, u"me@acme.example"_s, u"agent"_s, {} } };
    protocol::Contact p;
    p.id = u"p1"_s;
    p.name = u"Pat Doe"_s;
    p.createdAt = at(0);
    s.contacts = { p };
    for (const QString &id : { u"c1"_s, u"c2"_s }) {
        protocol::Conversation c;
        c.id = id;
        c.contactId = u"p1"_s;
        c.channel = u"chat"_s;
        c.createdAt = at(0);
        c.updatedAt = at(1);
        c.lastMessageAt = at(1);
        c.version = 1;
        s.conversations.append(c);
    }
    s.last = true;
    return s;
}

QStringList bodies(const QList<OutboxEntry> &entries)
{
    QStringList out;
    for (const OutboxEntry &e : entries)
        if (const auto *send = std::get_if<protocol::Send>(&e.request))
            out.append(send->body);
    return out;
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    void seed()
    {
        CacheWriter w;
        QVERIFY(w.open(m_path).ok());
        QVERIFY(w.setSyncIdentity(u"https://confab.example"_s, u"me"_s).ok());
        QVERIFY(w.applySnapshotChunk(seedSnapshot(), 10, u"log1"_s, false).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
        seed();
    }
    void cleanup() { m_dir.reset(); }

    void heldEntryIsNeverSentAndKeepsOrder()
    {
        CacheWriter w;
        QVERIFY(w.open(m_path).ok());
        QSignalSpy ready(&w, &CacheWriter::outboxReady);
        auto held = w.sendMessage(u"c1"_s, u"reply"_s, u"held reply"_s, {}, {}, true);
        QVERIFY(held.ok());
        QCOMPARE(ready.size(), 0); // nothing for the sync engine yet
        auto resolve = w.updateConversation(u"c1"_s, { { u"status"_s, u"resolved"_s } });
        QVERIFY(resolve.ok());
        auto other = w.sendMessage(u"c2"_s, u"reply"_s, u"elsewhere"_s, {});
        QVERIFY(other.ok());
        // Only the other conversation's entry may go: the resolve waits behind the held reply.
        const QList<OutboxEntry> sendable = w.sendableOutbox();
        QCOMPARE(sendable.size(), 1);
        QCOMPARE(sendable.first().clientId, *other);
        QCOMPARE(w.outboxEntryByClientId(*held)->state, OutboxState::Held);

        // The feed shows it (not yet delivered).
        CacheReader r;
        QVERIFY(r.open(m_path).ok());
        const auto row = r.message(u"local:"_s + *held);
        QVERIFY(row);
        QCOMPARE(row->delivery, Delivery::Pending);

        // The window ends: the reply, then the resolve, in order.
        QVERIFY(w.releaseHeld(*held).ok());
        QCOMPARE(ready.size(), 3); // resolve, other, release: never for the held one itself
        QStringList order;
        for (const OutboxEntry &e : w.sendableOutbox())
            order.append(e.clientId);
        QCOMPARE(order, (QStringList { *held, *other }));
        QVERIFY(!w.releaseHeld(*held).ok()); // no longer held
        QVERIFY(!w.undoHeld(*held).ok());    // too late to undo
    }

    void undoRemovesTheMessageAndKeepsTheText()
    {
        CacheWriter w;
        QVERIFY(w.open(m_path).ok());
        auto held = w.sendMessage(u"c1"_s, u"note"_s, u"oops, wrong words"_s, {}, {}, true);
        QVERIFY(held.ok());
        auto undone = w.undoHeld(*held);
        QVERIFY(undone.ok());
        QCOMPARE(std::get<protocol::Send>(undone->request).body, u"oops, wrong words"_s);
        CacheReader r;
        QVERIFY(r.open(m_path).ok());
        QVERIFY(r.outbox().isEmpty());
        QVERIFY(!r.message(u"local:"_s + *held));
        // The text is in the draft, written in the same transaction as the undo.
        const auto draft = r.draft(u"c1"_s);
        QVERIFY(draft);
        QCOMPARE(draft->text, u"oops, wrong words"_s);
        QCOMPARE(draft->mode, u"note"_s);
    }

    void heldEntrySurvivesARestartStillHeld()
    {
        QString id;
        {
            CacheWriter w;
            QVERIFY(w.open(m_path).ok());
            auto held = w.sendMessage(u"c1"_s, u"reply"_s, u"written, then the laptop died"_s, {}, {}, true);
            QVERIFY(held.ok());
            id = *held;
        } // no release: as a crash inside the window
        CacheWriter w;
        QVERIFY(w.open(m_path).ok());
        QVERIFY(w.resetInFlight().ok()); // what the sync engine does at start
        const auto e = w.outboxEntryByClientId(id);
        QVERIFY(e);
        QCOMPARE(e->state, OutboxState::Held);
        QVERIFY(w.sendableOutbox().isEmpty()); // not sent without the agent
        // The agent chooses Send in the outbox.
        QVERIFY(w.retryOutbox(e->id).ok());
        QCOMPARE(w.sendableOutbox().size(), 1);
    }

    void undoWindowHoldsThenReleases()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        cache.setUndoWindowMs(30);
        QSignalSpy held(&cache, &Cache::sendHeld);
        QSignalSpy ended(&cache, &Cache::sendHoldEnded);
        const QString id = cache.sendMessage(u"c1"_s, u"reply"_s, u"goes after the window"_s);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().at(0).value<HeldSend>().clientId, id);
        QCOMPARE(cache.heldSends().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QCOMPARE(ended.first().at(1).toBool(), false);
        QVERIFY(cache.heldSends().isEmpty());
        QVERIFY(!cache.undoSend(id)); // too late
        QTRY_VERIFY_WITH_TIMEOUT(!cache.reader().outbox().isEmpty()
                                     && cache.reader().outbox().first().state == OutboxState::Pending,
                                 10000);
        QCOMPARE(cache.reader().outbox().size(), 1);
    }

    void undoSendTakesItBack()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        cache.setUndoWindowMs(10 * 60 * 1000); // never ends during the test
        const QString id = cache.sendMessage(u"c2"_s, u"note"_s, u"take me back"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cache.reader().outbox().size(), 1, 10000);
        QCOMPARE(cache.reader().outbox().first().state, OutboxState::Held);
        QCOMPARE(cache.lastHeldSend(u"c1"_s), std::nullopt);
        QCOMPARE(cache.lastHeldSend(u"c2"_s)->clientId, id);
        const auto undone = cache.undoSend(id);
        QVERIFY(undone);
        QCOMPARE(undone->body, u"take me back"_s);
        QCOMPARE(undone->kind, u"note"_s);
        QTRY_VERIFY_WITH_TIMEOUT(cache.reader().outbox().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(cache.reader().draft(u"c2"_s).has_value(), 10000);
        QCOMPARE(cache.reader().draft(u"c2"_s)->text, u"take me back"_s);
        QVERIFY(!cache.undoSend(id));
    }

    void quittingWithSendNowReleasesEverything()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        cache.setUndoWindowMs(10 * 60 * 1000);
        cache.sendMessage(u"c1"_s, u"reply"_s, u"one"_s);
        cache.sendMessage(u"c2"_s, u"reply"_s, u"two"_s);
        QCOMPARE(cache.heldSends().size(), 2);
        cache.releaseHeldSends();
        QVERIFY(cache.heldSends().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cache.reader().outbox().size() == 2
                                     && cache.reader().outbox().at(0).state == OutboxState::Pending
                                     && cache.reader().outbox().at(1).state == OutboxState::Pending,
                                 10000);
    }

    void lockedDatabaseKeepsCommandsInMemoryInOrder()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        cache.setRetryIntervalMs(20);
        cache.post([](CacheWriter &w) { w.setBusyTimeoutMs(10); });
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));

        QSignalSpy unsaved(&cache, &Cache::unsavedChanged);
        QSignalSpy failed(&cache, &Cache::commandFailed);
        const QString first = cache.sendMessage(u"c1"_s, u"reply"_s, u"first while locked"_s);
        const QString second = cache.sendMessage(u"c1"_s, u"reply"_s, u"second while locked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cache.unsavedCount(), 2, 10000);
        QVERIFY2(cache.unsavedReason().contains(u"locked"_s), qPrintable(cache.unsavedReason()));
        QVERIFY(cache.reader().outbox().isEmpty());

        QVERIFY(QSqlQuery(other).exec(u"ROLLBACK"_s));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cache.unsavedCount(), 0, 10000);
        QCOMPARE(unsaved.last().at(0).toInt(), 0);
        QCOMPARE(failed.size(), 0);
        const QList<OutboxEntry> out = cache.reader().outbox();
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).clientId, first);
        QCOMPARE(out.at(1).clientId, second);
        QCOMPARE(bodies(out), (QStringList { u"first while locked"_s, u"second while locked"_s }));
    }

    void fullDiskKeepsTheCommandUntilThereIsRoom()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        cache.setRetryIntervalMs(20);
        // A tiny size limit on the real file: not one more page.
        std::optional<qint64> pages;
        CacheWriter *writer = cache.writer();
        QMetaObject::invokeMethod(writer, [&] {
            QSqlQuery q(writer->database());
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.exec(u"PRAGMA page_count"_s);
            q.next();
            const qint64 n = q.value(0).toLongLong();
            q.finish();
            q.exec(u"PRAGMA max_page_count = %1"_s.arg(n));
            pages = n;
        }, Qt::BlockingQueuedConnection);
        QVERIFY(pages.has_value() && *pages > 0);
        QSignalSpy failed(&cache, &Cache::commandFailed);
        // 60,000 characters need many new pages.
        const QString big = QString(60000, u'x');
        const QString id = cache.sendMessage(u"c1"_s, u"reply"_s, big);
        QTRY_COMPARE_WITH_TIMEOUT(cache.unsavedCount(), 1, 10000);
        QVERIFY2(cache.unsavedReason().contains(u"full"_s), qPrintable(cache.unsavedReason()));
        QVERIFY(cache.reader().outbox().isEmpty());
        // Room again (the agent freed some disk): written, once.
        cache.post([](CacheWriter &w) { QSqlQuery(w.database()).exec(u"PRAGMA max_page_count = 1073741823"_s); });
        QTRY_COMPARE_WITH_TIMEOUT(cache.unsavedCount(), 0, 10000);
        QCOMPARE(failed.size(), 0);
        const QList<OutboxEntry> out = cache.reader().outbox();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().clientId, id);
        QCOMPARE(bodies(out), QStringList { big });
    }

    void refusedCommandsAreReportedNotKept()
    {
        Cache cache;
        QVERIFY(cache.open(m_path).ok());
        QSignalSpy failed(&cache, &Cache::commandFailed);
        const QString id = cache.sendMessage(u"no-such-conversation"_s, u"reply"_s, u"lost?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().at(0).toString(), id);
        QCOMPARE(failed.first().at(1).value<CacheError>().code, CacheError::NotFound);
        QCOMPARE(cache.unsavedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "tst_offline_cache.moc"
