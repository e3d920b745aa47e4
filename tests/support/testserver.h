#pragma once

#include "fixture.h"
#include "testdb.h"
#include "server/server.h"
#include "server/storage.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace confab::testing {

// A confabd in this process: a fresh database (testdb.h: a SQLite file in a temporary
// directory, or with CONFAB_TEST_DB=postgres a new database in the process's PostgreSQL
// cluster), seeded once with the fixture of fixture.h, served on 127.0.0.1 with a free port.
// restart() stops the server and serves the same database again, as a real restart would.
class TestServer
{
public:
    explicit TestServer(server::ServerOptions options = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Opens (and on first start seeds) the database and listens. On failure, false and *error.
    bool start(QString *error = nullptr);
    void stop();
    bool restart(QString *error = nullptr);
    bool isRunning() const { return m_server != nullptr; }

    server::Server &server() { return *m_server; }
    server::Storage &storage() { return m_server->storage(); }
    quint16 port() const { return m_port; }
    QString dbPath() const { return m_db.sqlitePath(); } // empty on PostgreSQL
    QString dbSpec() const { return m_db.spec(); }
    const TestDatabase &database() const { return m_db; }
    const server::SeedData &seed() const { return m_seed; }
    const server::ServerOptions &options() const { return m_options; }

    QUrl httpUrl(const QString &path = {}) const;
    QUrl agentUrl() const;
    QUrl visitorUrl() const;

    // A valid token for that agent, stored (hashed) directly — for tests that do not test login.
    QString tokenFor(const QString &email);
    QString agentIdFor(const QString &email) const;

private:
    server::ServerOptions m_options;
    TestDatabase m_db;
    server::SeedData m_seed;
    bool m_seeded = false;
    std::unique_ptr<server::Server> m_server;
    quint16 m_port = 0;
};

} // namespace confab::testing
