#pragma once

#include "sqlstorage.h"
#include "storage.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

// How the confabd nodes that share one PostgreSQL database wake each other. A write
// transaction that appended events ends with NOTIFY confab_events '<new head>'; a token
// revocation with NOTIFY confab_tokens '<token hash, hex>'. PostgreSQL delivers a notification
// when (and only if) its transaction commits. Each node LISTENs on its own connection (this
// class) and, woken, reads the new events from the log in seq order (Hub::publishCommitted):
// the payload is only a hint, the table is the truth, so a lost or coalesced notification
// delays nothing but the wake-up itself.
namespace confab::server {

namespace pgchannel {
inline const QString Events = QStringLiteral("confab_events");
inline const QString Tokens = QStringLiteral("confab_tokens");
} // namespace pgchannel

// One LISTEN connection. When the connection breaks (server restart, network), it reconnects
// with a growing delay and emits reconnected(), since anything may have been missed meanwhile.
class PgNotifier final : public StorageWatcher
{
    Q_OBJECT
public:
    explicit PgNotifier(PostgresTarget target, QObject *parent = nullptr);
    ~PgNotifier() override;

    // Connects and LISTENs; on failure, keeps retrying in the background (false, *error).
    bool start(QString *error = nullptr);
    bool isListening() const { return m_listening; }

    // How often the idle connection is checked (a broken socket is not always noticed).
    static constexpr int HealthCheckMs = 2000;

private:
    bool connectAndListen(QString *error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkHealth();
    void scheduleReconnect();
    void closeConnection();

    PostgresTarget m_target;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_health;
    QTimer m_retry;
    int m_retryDelayMs = 0;
    bool m_listening = false;
    bool m_everListened = false;
};

} // namespace confab::server
