#include "testdb.h"

#include "pgcluster.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace confab::testing {

DbEngine testDbEngine()
{
    const QString v = qEnvironmentVariable("CONFAB_TEST_DB").trimmed().toLower();
    if (v == "postgres"_L1 || v == "postgresql"_L1 || v == "pg"_L1)
        return DbEngine::Postgres;
    if (!v.isEmpty() && v != "sqlite"_L1)
        qFatal("CONFAB_TEST_DB must be sqlite or postgres, not '%s'", qPrintable(v));
    return DbEngine::Sqlite;
}

QString testDbUnavailableReason()
{
    if (testDbEngine() == DbEngine::Sqlite)
        return {};
    // Missing binaries skip; a cluster that does not start is a failure (reported by TestDatabase).
    return PgCluster::unavailableReason();
}

TestDatabase::TestDatabase(DbEngine engine) : m_engine(engine)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return;
    }
    if (m_engine == DbEngine::Sqlite) {
        m_path = m_dir.filePath(u"confab-test.db"_s);
        return;
    }
    QString why;
    PgCluster *cluster = PgCluster::shared(&why);
    if (!cluster) {
        m_error = u"cannot start the test PostgreSQL cluster: "_s + why;
        return;
    }
    m_name = cluster->createDatabase(&why);
    if (m_name.isEmpty())
        m_error = u"cannot create a test database: "_s + why;
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    if (PgCluster *cluster = PgCluster::shared(nullptr))
        cluster->releaseDatabase(m_name);
}

QString TestDatabase::dir() const
{
    return m_dir.path();
}

QString TestDatabase::spec() const
{
    if (m_engine == DbEngine::Sqlite)
        return u"sqlite:"_s + m_path;
    PgCluster *cluster = PgCluster::shared(nullptr);
    return cluster ? cluster->url(m_name) : QString();
}

std::unique_ptr<server::SqlStorage> TestDatabase::storage(server::SqlStorageOptions options) const
{
    if (m_engine == DbEngine::Sqlite)
        return std::make_unique<server::SqlStorage>(m_path, std::move(options));
    PgCluster *cluster = PgCluster::shared(nullptr);
    server::PostgresTarget target = cluster ? cluster->target(m_name) : server::PostgresTarget {};
    return std::make_unique<server::SqlStorage>(target, std::move(options));
}

QSqlDatabase TestDatabase::connection(const QString &connectionName) const
{
    if (m_engine == DbEngine::Postgres) {
        if (PgCluster *cluster = PgCluster::shared(nullptr))
            return cluster->connect(m_name, connectionName);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(m_path);
    return db;
}

QStringList TestDatabase::tables(QSqlDatabase &db) const
{
    QStringList out;
    QSqlQuery q(db);
    const QString sql = m_engine == DbEngine::Sqlite
        ? u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s
        : u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"_s;
    if (q.exec(sql))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

} // namespace confab::testing
