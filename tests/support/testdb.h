#pragma once

#include "server/sqlstorage.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Which database the server tests run against. Every test that touches storage is registered
// twice in tests/CMakeLists.txt (BOTH_DBS): `tst_x` on SQLite and `tst_x_pg` with
// CONFAB_TEST_DB=postgres, so the two engines cannot drift. On PostgreSQL the process starts
// one private cluster (pgcluster.h) and every TestDatabase is a new database in it.
namespace confab::testing {

enum class DbEngine { Sqlite, Postgres };

// From $CONFAB_TEST_DB: "postgres" (or "postgresql", "pg") → Postgres; unset/"sqlite" → Sqlite.
DbEngine testDbEngine();
inline bool testingPostgres() { return testDbEngine() == DbEngine::Postgres; }

// Empty when the chosen engine can be used; otherwise why not (PostgreSQL binaries missing).
QString testDbUnavailableReason();

// One fresh, empty database: a SQLite file in its own temporary directory, or a database of
// its own in the process's PostgreSQL cluster, empty (new, or a released one whose schema was
// dropped and made again) and given back by the destructor, connections and all.
class TestDatabase
{
public:
    explicit TestDatabase(DbEngine engine = testDbEngine());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    DbEngine engine() const { return m_engine; }

    // For createStorage() and `confabd --db`: sqlite:PATH or postgres://confab@127.0.0.1:PORT/NAME.
    QString spec() const;
    QString sqlitePath() const { return m_path; } // empty on PostgreSQL
    QString name() const { return m_name; }        // the PostgreSQL database name
    QString dir() const;                           // a scratch directory that lives as long as this

    // A SqlStorage on this database (not opened yet).
    std::unique_ptr<server::SqlStorage> storage(server::SqlStorageOptions options = {}) const;
    // A separate plain connection to the same database (inspection, holding a lock), not opened.
    QSqlDatabase connection(const QString &connectionName) const;
    // The names of the tables Confab created.
    QStringList tables(QSqlDatabase &db) const;

private:
    DbEngine m_engine;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_name;
    QString m_error;
};

} // namespace confab::testing

// In initTestCase(): skips the whole test when the chosen database engine cannot be used.
#define CONFAB_REQUIRE_TEST_DB()                                                                                       \
    do {                                                                                                              \
        const QString confabWhyNot = ::confab::testing::testDbUnavailableReason();                                    \
        if (!confabWhyNot.isEmpty())                                                                                  \
            QSKIP(qPrintable(confabWhyNot));                                                                          \
    } while (false)
