#include "pgnotify.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcPgNotify, "confab.server.pgnotify")

namespace confab::server {

using namespace Qt::StringLiterals;

namespace {
constexpr int FirstRetryMs = 200;
constexpr int MaxRetryMs = 5000;
} // namespace

PgNotifier::PgNotifier(PostgresTarget target, QObject *parent)
    : StorageWatcher(parent), m_target(std::move(target))
{
    static std::atomic<int> counter { 0 };
    m_connectionName = u"confab-listen-%1-%2"_s.arg(++counter).arg(QUuid::createUuid().toString(QUuid::Id128));
    m_health.setInterval(HealthCheckMs);
    connect(&m_health, &QTimer::timeout, this, &PgNotifier::checkHealth);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString error;
        if (connectAndListen(&error)) {
            qCInfo(lcPgNotify).noquote() << "listening again on" << m_target.describe();
            Q_EMIT reconnected();
        } else {
            qCWarning(lcPgNotify).noquote() << "cannot listen on" << m_target.describe() << ":" << error;
            scheduleReconnect();
        }
    });
}

PgNotifier::~PgNotifier()
{
    closeConnection();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool PgNotifier::start(QString *error)
{
    QString why;
    if (connectAndListen(&why))
        return true;
    qCWarning(lcPgNotify).noquote() << "cannot listen on" << m_target.describe() << ":" << why << "(retrying)";
    if (error)
        *error = why;
    scheduleReconnect();
    return false;
}

bool PgNotifier::connectAndListen(QString *error)
{
    closeConnection();
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_db.setHostName(m_target.host);
    m_db.setPort(m_target.port);
    m_db.setUserName(m_target.user);
    m_db.setPassword(m_target.password);
    m_db.setDatabaseName(m_target.database);
    m_db.setConnectOptions(m_target.connectOptions);
    if (!m_db.open()) {
        *error = m_db.lastError().text().simplified();
        return false;
    }
    QSqlDriver *driver = m_db.driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications)) {
        *error = u"the QPSQL driver does not deliver notifications"_s;
        closeConnection();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &PgNotifier::onNotification, Qt::UniqueConnection);
    for (const QString &channel : { pgchannel::Events, pgchannel::Tokens }) {
        if (!driver->subscribeToNotification(channel)) {
            *error = u"LISTEN %1 failed: %2"_s.arg(channel, driver->lastError().text().simplified());
            closeConnection();
            return false;
        }
    }
    m_listening = true;
    m_everListened = true;
    m_retryDelayMs = 0;
    m_health.start();
    return true;
}

void PgNotifier::closeConnection()
{
    m_health.stop();
    m_listening = false;
    if (!m_db.isValid())
        return;
    if (QSqlDriver *driver = m_db.driver())
        driver->disconnect(this);
    m_db.close(); // also drops the LISTENs and the driver's socket notifier
}

void PgNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == pgchannel::Events) {
        bool ok = false;
        const qint64 seq = payload.toString().toLongLong(&ok);
        Q_EMIT eventsCommitted(ok ? seq : 0);
    } else if (name == pgchannel::Tokens) {
        const QByteArray hex = payload.toString().toLatin1();
        const QByteArray hash = QByteArray::fromHex(hex);
        if (!hash.isEmpty())
            Q_EMIT tokenRevoked(hash);
    }
}

// A broken LISTEN connection is silent: nothing says that no more notifications will come.
// A cheap query every few seconds finds out, and the reconnect's reconnected() makes the node
// read whatever it missed.
void PgNotifier::checkHealth()
{
    if (!m_listening)
        return;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT 1"_s))
        return;
    qCWarning(lcPgNotify).noquote() << "lost the LISTEN connection to" << m_target.describe() << ":"
                                    << q.lastError().text().simplified();
    closeConnection();
    scheduleReconnect();
}

void PgNotifier::scheduleReconnect()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? FirstRetryMs : std::min(MaxRetryMs, m_retryDelayMs * 2);
    m_retry.start(m_retryDelayMs);
}

} // namespace confab::server
