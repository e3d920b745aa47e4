#pragma once

#include "server/sqlstorage.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL server for tests: initdb in a temporary directory, postgres on
// 127.0.0.1 and a free port (no Unix socket), trust authentication for the `confab` superuser,
// fsync off unless setDurable() (tests do not pull the plug on PostgreSQL). The server is this process's child
// and dies with it even when the test crashes (parent-death signal). When the test runs as
// root, initdb and postgres run as the `postgres` user, as PostgreSQL requires.
//
// One cluster per test process (shared()), one database per test case (createDatabase()).
namespace confab::testing {

class PgCluster
{
public:
    PgCluster();
    ~PgCluster(); // stops the server and deletes its files
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Where initdb and postgres are: $CONFAB_PG_BINDIR, else the newest
    // /usr/lib/postgresql/N/bin, else the directory of `initdb` on PATH. Empty when not found.
    static QString binDir();
    // Empty when the binaries are there; otherwise why not (a message for QSKIP).
    static QString unavailableReason();

    // Before start(): fsync and full-page writes on, as a production server runs (benchmarks).
    void setDurable(bool durable) { m_durable = durable; }

    // initdb + start, waiting until the server accepts connections. False and *error otherwise.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("confab"); }

    // An empty database nobody else uses; empty and *error on failure. CREATE DATABASE costs
    // about half a second (it copies a template and checkpoints), so a released database is
    // reused instead: its connections are closed and its schema dropped and made again.
    QString createDatabase(QString *error);
    // Gives a database from createDatabase() back, closing whatever connections it still has.
    void releaseDatabase(const QString &name);
    // Drops it for good, closing whatever connections it still has.
    bool dropDatabase(const QString &name, QString *error = nullptr);

    server::PostgresTarget target(const QString &database) const;
    QString url(const QString &database) const; // postgres://confab@127.0.0.1:PORT/DATABASE
    // A plain QPSQL connection to that database under the given connection name.
    QSqlDatabase connect(const QString &database, const QString &connectionName) const;

    QString logFile() const;

    // The process-wide cluster, started on first use and stopped when the application object
    // goes away. Null and *error when it cannot be started.
    static PgCluster *shared(QString *error);

private:
    bool runInitdb(QString *error);
    bool startServer(QString *error);
    bool adminExec(const QString &sql, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postgres;
    quint16 m_port = 0;
    QString m_adminConnection;
    bool resetDatabase(const QString &name, QString *error);
    int m_databases = 0;
    bool m_durable = false;
    QStringList m_released;
};

} // namespace confab::testing
