// The client cache's schema: a fresh file, migrations from every earlier version, refusal of
// newer files, atomic migration steps.

#include "cache/cachereader.h"
#include "cache/cachewriter.h"
#include "cache/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab::cache;

class TestCacheSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_counter)); }

    // A plain connection, as the migration code sees it.
    QSqlDatabase connect(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-test-%1"_s.arg(++m_counter));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        return db;
    }
    void disconnect(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    QStringList freshSchema()
    {
        const QString path = newPath();
        QSqlDatabase db = connect(path);
        const Status s = schema::open(db);
        if (!s)
            qFatal("fresh schema failed: %s", qPrintable(s.error().message));
        const QStringList described = schema::describe(db);
        disconnect(db);
        return described;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshDatabase()
    {
        const QString path = newPath();
        CacheWriter writer;
        const Status s = writer.open(path);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        writer.close();

        QSqlDatabase db = connect(path);
        QCOMPARE(schema::userVersion(db), schema::currentVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        q.finish();
        const QStringList described = schema::describe(db);
        const QString all = described.join(u'\n');
        for (const char *table : { "sync_state", "workspace", "agents", "teams", "contacts", "contact_events",
                                   "conversations", "messages", "mentions", "articles", "saved_replies", "outbox",
                                   "drafts", "read_markers", "messages_fts", "conversations_fts", "contacts_fts",
                                   "articles_fts" }) {
            QVERIFY2(all.contains(u"table|"_s + QLatin1StringView(table) + u'|'), table);
        }
        // Every FTS table folds diacritics in the tokenizer as well.
        int fts = 0;
        for (const QString &line : described) {
            if (line.contains("USING fts5"_L1)) {
                ++fts;
                QVERIFY2(line.contains("remove_diacritics 2"_L1), qPrintable(line));
            }
        }
        QCOMPARE(fts, 4);
        // The outbox records what the contract needs to re-send and to explain a failure.
        for (const char *column : { "client_id", "request", "state", "attempts", "error_code", "error_message",
                                    "conflict_json" })
            QVERIFY2(all.contains(QLatin1StringView(column)), column);
        disconnect(db);
    }

    // One row per earlier version: a file left at that version, migrated by open(), must end up
    // with exactly the schema of a fresh file. A new version adds a row here by itself.
    void migrateFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < schema::currentVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migrateFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QStringList fresh = freshSchema();
        const QString path = newPath();
        {
            QSqlDatabase db = connect(path);
            QVERIFY(schema::migrate(db, from).ok());
            QCOMPARE(schema::userVersion(db), from);
            disconnect(db);
        }
        // Through the real entry point, which migrates on open.
        CacheWriter writer;
        const Status s = writer.open(path);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        writer.close();
        QSqlDatabase db = connect(path);
        QCOMPARE(schema::userVersion(db), schema::currentVersion());
        const QStringList migrated = schema::describe(db);
        disconnect(db);
        QCOMPARE(migrated, fresh);
    }

    void everyVersionHasStatements()
    {
        for (int v = 1; v <= schema::currentVersion(); ++v)
            QVERIFY2(!schema::migrationStatements(v).isEmpty(), qPrintable(QString::number(v)));
        QVERIFY(schema::migrationStatements(schema::currentVersion() + 1).isEmpty());
    }

    void refusesNewerFile()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = connect(path);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(schema::currentVersion() + 1)));
            disconnect(db);
        }
        CacheWriter writer;
        const Status s = writer.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, CacheError::Invalid);
        QVERIFY(s.error().message.contains("newer"_L1));
        QVERIFY(!writer.isOpen());
    }

    // A step that fails half-way leaves the file exactly as it was.
    void failedMigrationStepChangesNothing()
    {
        const QString path = newPath();
        QSqlDatabase db = connect(path);
        QSqlQuery q(db);
        // A table that collides with one the migration creates half-way through.
        QVERIFY(q.exec(u"CREATE TABLE articles (x)"_s));
        q.finish();
        const Status s = schema::migrate(db, schema::currentVersion());
        QVERIFY(!s.ok());
        QCOMPARE(schema::userVersion(db), 0);
        const QStringList after = schema::describe(db);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().startsWith("table|articles|"_L1));
        disconnect(db);
    }

    void readerNeedsMigratedFile()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = connect(path);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            disconnect(db);
        }
        CacheReader reader;
        const Status s = reader.open(path);
        QVERIFY(!s.ok());
        QVERIFY(!reader.isOpen());

        CacheWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.syncState().lastSeq, 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cache_schema.moc"
