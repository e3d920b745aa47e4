#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <grp.h>

using namespace Qt::StringLiterals;

namespace confab::testing {

namespace {

constexpr int StartTimeoutMs = 60000;

struct RunAs
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

// PostgreSQL refuses to run as root: then initdb and postgres run as `postgres`.
std::optional<RunAs> runAs(QString *error)
{
    RunAs r;
    if (::geteuid() != 0)
        return r;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        *error = u"running as root, but there is no 'postgres' user to run PostgreSQL as"_s;
        return std::nullopt;
    }
    r.switchUser = true;
    r.uid = pw->pw_uid;
    r.gid = pw->pw_gid;
    return r;
}

// Runs in the child between fork and exec (async-signal-safe calls only): drop to the
// postgres user, then ask for `signal` when this test process dies (set after the user
// change, which would clear it).
void prepareChild(QProcess &p, const RunAs &as, int signal)
{
    p.setChildProcessModifier([as, signal] {
        if (as.switchUser) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(as.gid) != 0 || ::setuid(as.uid) != 0)
                ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, signal);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "PGDATA", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGOPTIONS" })
        env.remove(QString::fromLatin1(name));
    env.insert(u"LC_ALL"_s, u"C"_s);
    p.setProcessEnvironment(env);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString tail(const QString &file, int lines = 15)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u"\n    "_s);
}

} // namespace

PgCluster::PgCluster()
{
    m_adminConnection = u"pgcluster-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    auto usable = [](const QString &dir) {
        return QFileInfo(dir + u"/initdb"_s).isExecutable() && QFileInfo(dir + u"/postgres"_s).isExecutable();
    };
    const QString fromEnv = qEnvironmentVariable("CONFAB_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return usable(fromEnv) ? fromEnv : QString();
    // Debian and Ubuntu keep the server binaries off PATH, one directory per major version.
    QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : std::as_const(versions))
        if (usable(lib.filePath(v + u"/bin"_s)))
            return lib.filePath(v + u"/bin"_s);
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty() && usable(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    return {};
}

QString PgCluster::unavailableReason()
{
    if (binDir().isEmpty())
        return u"PostgreSQL server binaries (initdb, postgres) not found in $CONFAB_PG_BINDIR, "
               "/usr/lib/postgresql/*/bin or PATH; install the 'postgresql' package (tools/deps does)"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"the Qt SQL driver QPSQL is not installed (package libqt6sql6-psql)"_s;
    return {};
}

QString PgCluster::logFile() const
{
    return m_dir ? m_dir->filePath(u"postgres.log"_s) : QString();
}

bool PgCluster::isRunning() const
{
    return m_postgres && m_postgres->state() == QProcess::Running;
}

bool PgCluster::start(QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        stop();
        return false;
    };
    if (isRunning())
        return true;
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return fail(reason);
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/confab-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(u"cannot create a temporary directory: "_s + m_dir->errorString());
    if (!runInitdb(&why))
        return fail(why);
    // The port is free when probed; another process may take it before postgres binds it.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startServer(&why))
            return true;
        if (!why.contains(u"could not bind"_s) && !why.contains(u"in use"_s))
            break;
    }
    return fail(why);
}

bool PgCluster::runInitdb(QString *error)
{
    const auto as = runAs(error);
    if (!as)
        return false;
    if (as->switchUser && ::chown(QFile::encodeName(m_dir->path()).constData(), as->uid, as->gid) != 0) {
        *error = u"cannot hand %1 to the postgres user"_s.arg(m_dir->path());
        return false;
    }
    QProcess initdb;
    prepareChild(initdb, *as, SIGKILL);
    initdb.setWorkingDirectory(m_dir->path());
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(binDir() + u"/initdb"_s,
                 { u"-D"_s, m_dir->filePath(u"data"_s), u"-U"_s, user(), u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                   u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s });
    if (!initdb.waitForStarted(StartTimeoutMs)) {
        *error = u"cannot run initdb: "_s + initdb.errorString();
        return false;
    }
    if (!initdb.waitForFinished(StartTimeoutMs) || initdb.exitStatus() != QProcess::NormalExit
        || initdb.exitCode() != 0) {
        *error = u"initdb failed (exit %1): %2"_s.arg(initdb.exitCode()).arg(
            QString::fromUtf8(initdb.readAll()).simplified().right(600));
        return false;
    }
    return true;
}

bool PgCluster::startServer(QString *error)
{
    const auto as = runAs(error);
    if (!as)
        return false;
    m_port = freePort();
    if (m_port == 0) {
        *error = u"no free TCP port on 127.0.0.1"_s;
        return false;
    }
    QFile::remove(logFile());
    m_postgres = std::make_unique<QProcess>();
    // SIGQUIT: an immediate shutdown that also ends the server's own children.
    prepareChild(*m_postgres, *as, SIGQUIT);
    m_postgres->setWorkingDirectory(m_dir->path());
    m_postgres->setStandardOutputFile(logFile(), QIODevice::Append);
    m_postgres->setStandardErrorFile(logFile(), QIODevice::Append);
    m_postgres->start(binDir() + u"/postgres"_s,
                      { u"-D"_s, m_dir->filePath(u"data"_s), u"-p"_s, QString::number(m_port),
                        u"-c"_s, u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"unix_socket_directories="_s,
                        u"-c"_s, m_durable ? u"fsync=on"_s : u"fsync=off"_s,
                        u"-c"_s, m_durable ? u"full_page_writes=on"_s : u"full_page_writes=off"_s,
                        u"-c"_s, u"max_connections=200"_s, u"-c"_s, u"shared_buffers=32MB"_s,
                        u"-c"_s, u"log_min_messages=warning"_s, u"-c"_s, u"log_min_error_statement=panic"_s,
                        u"-c"_s, u"logging_collector=off"_s });
    if (!m_postgres->waitForStarted(StartTimeoutMs)) {
        *error = u"cannot run postgres: "_s + m_postgres->errorString();
        m_postgres.reset();
        return false;
    }

    // Ready when a connection succeeds; failed when the server exits first.
    QEventLoop loop;
    QTimer poll;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool ready = false;
    const QString probeName = m_adminConnection + u"-probe"_s;
    QObject::connect(m_postgres.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        {
            QSqlDatabase db = connect(u"postgres"_s, probeName);
            ready = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (ready)
            loop.quit();
    });
    poll.start(25);
    deadline.start(StartTimeoutMs);
    if (m_postgres->state() == QProcess::Running)
        loop.exec();
    poll.stop();
    if (!ready) {
        const bool exited = m_postgres->state() != QProcess::Running;
        *error = (exited ? u"postgres exited while starting: "_s : u"postgres did not accept connections in time: "_s)
            + tail(logFile());
        m_postgres->kill();
        m_postgres->waitForFinished(5000);
        m_postgres.reset();
        return false;
    }
    QSqlDatabase admin = connect(u"postgres"_s, m_adminConnection);
    if (!admin.open()) {
        *error = u"cannot connect to the test cluster: "_s + admin.lastError().text();
        return false;
    }
    return true;
}

void PgCluster::stop()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(m_adminConnection + u"-reset-"_s))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (QSqlDatabase::contains(m_adminConnection)) {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    if (m_postgres) {
        if (m_postgres->state() == QProcess::Running) {
            ::kill(pid_t(m_postgres->processId()), SIGINT); // fast shutdown: ends the sessions, then stops
            if (!m_postgres->waitForFinished(15000)) {
                m_postgres->kill();
                m_postgres->waitForFinished(5000);
            }
        }
        m_postgres.reset();
    }
    m_dir.reset();
}

bool PgCluster::adminExec(const QString &sql, QString *error)
{
    QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
    if (!admin.isOpen()) {
        if (error)
            *error = u"the test cluster is not running"_s;
        return false;
    }
    QSqlQuery q(admin);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QString PgCluster::createDatabase(QString *error)
{
    while (!m_released.isEmpty()) {
        const QString reused = m_released.takeLast();
        QString why;
        if (resetDatabase(reused, &why))
            return reused;
        qWarning("PgCluster: cannot reuse database %s: %s", qPrintable(reused), qPrintable(why));
        dropDatabase(reused);
    }
    const QString name = u"t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
    if (!adminExec(u"CREATE DATABASE \"%1\""_s.arg(name), error))
        return {};
    return name;
}

void PgCluster::releaseDatabase(const QString &name)
{
    if (name.isEmpty() || !isRunning())
        return;
    // Whatever a test left connected goes now (all but our own reset connection), so the next
    // user starts alone.
    adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
              "AND pid <> pg_backend_pid() AND application_name <> 'pgcluster-reset'"_s.arg(name),
              nullptr);
    m_released.append(name);
}

// The schema is dropped and made again through a connection kept per database (connecting
// costs more than the reset itself).
bool PgCluster::resetDatabase(const QString &name, QString *error)
{
    const QString connectionName = m_adminConnection + u"-reset-"_s + name;
    QSqlDatabase db = QSqlDatabase::contains(connectionName) ? QSqlDatabase::database(connectionName, false)
                                                             : connect(name, connectionName);
    db.setConnectOptions(u"application_name=pgcluster-reset"_s);
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const bool ok = q.exec(u"SET client_min_messages = warning"_s) && q.exec(u"DROP SCHEMA public CASCADE"_s)
        && q.exec(u"CREATE SCHEMA public"_s);
    if (!ok) {
        *error = q.lastError().text();
        q.finish();
        db.close(); // opened afresh next time
    }
    return ok;
}

bool PgCluster::dropDatabase(const QString &name, QString *error)
{
    return adminExec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(name), error);
}

server::PostgresTarget PgCluster::target(const QString &database) const
{
    server::PostgresTarget t;
    t.host = host();
    t.port = m_port;
    t.user = user();
    t.database = database;
    return t;
}

QString PgCluster::url(const QString &database) const
{
    return u"postgres://%1@%2:%3/%4"_s.arg(user(), host()).arg(m_port).arg(database);
}

QSqlDatabase PgCluster::connect(const QString &database, const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName) ? QSqlDatabase::database(connectionName, false)
                                                             : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user());
    db.setDatabaseName(database);
    return db;
}

PgCluster *PgCluster::shared(QString *error)
{
    static std::unique_ptr<PgCluster> cluster;
    static QString failure;
    static bool shutDown = false;
    if (cluster)
        return cluster.get();
    if (shutDown) {
        if (error)
            *error = u"the test cluster was already stopped"_s;
        return nullptr;
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return nullptr;
    }
    auto c = std::make_unique<PgCluster>();
    if (!c->start(&failure)) {
        if (error)
            *error = failure;
        return nullptr;
    }
    cluster = std::move(c);
    // Stopped while the application object still exists (QProcess needs it), not at exit.
    qAddPostRoutine([] {
        shutDown = true;
        cluster.reset();
    });
    return cluster.get();
}

} // namespace confab::testing
