#pragma once

#include "storage.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

// Storage over QtSql, one class for two engines:
// - SQLite (QSQLITE): one file, WAL, synchronous=FULL so an ack follows a durable commit. One node.
// - PostgreSQL (QPSQL): several confabd nodes share one database. Every write transaction
//   first locks the single row of `log_head` (SELECT … FOR UPDATE), so writers from all nodes
//   run one at a time, seq = head + 1 is gap-free (a rolled-back transaction rolls its increment
//   back) and commit order is seq order. A committing write sends NOTIFY confab_events; other
//   nodes listen through watch() (see pgnotify.h) and read the new events in seq order.
// The SQL is the same for both; what differs (connection setup, how a write begins and locks,
// the schema version, column types, NOTIFY, error texts) lives in the `dialect` namespace of
// sqlstorage.cpp. One SqlStorage owns one connection and must be used from the thread that
// opened it.
namespace confab::server {

// Where a PostgreSQL database is. An empty password means none (trust auth, or ~/.pgpass).
struct PostgresTarget
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // libpq options from the URL's query, as QPSQL connect options ("sslmode=require;connect_timeout=5").
    QString connectOptions;

    // postgres://USER@HOST:PORT/DB — never the password.
    QString describe() const;
    // postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…&connect_timeout=…]; a missing
    // password is taken from $CONFABD_DB_PASSWORD. nullopt and *error on a malformed URL.
    static std::optional<PostgresTarget> fromUrl(const QString &url, QString *error);
};

struct SqlStorageOptions
{
    // How long a write waits for another writer before it fails with "database is locked"
    // (SQLite: busy_timeout; PostgreSQL: lock_timeout).
    int busyTimeoutMs = 5000;
    // SQLite only. 0 = unlimited. Otherwise the database file may not grow beyond this size; a
    // write that would need more fails cleanly ("disk is full") and changes nothing.
    qint64 maxSizeBytes = 0;
    // The time source (UTC, millisecond precision). Null = the system clock. Tests inject a clock.
    std::function<QDateTime()> clock;
};

class SqlStorage final : public Storage
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlStorage(QString path, SqlStorageOptions options = {}); // SQLite file (or ":memory:")
    explicit SqlStorage(PostgresTarget target, SqlStorageOptions options = {});
    ~SqlStorage() override;
    SqlStorage(const SqlStorage &) = delete;
    SqlStorage &operator=(const SqlStorage &) = delete;

    static int latestSchemaVersion();
    int schemaVersion(); // of the open database; 0 when not open
    QString path() const { return m_path; } // SQLite: the file; PostgreSQL: empty
    Engine engine() const { return m_engine; }

    std::optional<Error> open() override;
    QString describe() const override;

    QString logId() override;
    qint64 head() override;
    qint64 oldestRetainedSeq() override;
    QList<protocol::Event> eventsAfter(qint64 seq, int limit) override;

    protocol::Workspace workspace() override;
    QString visitorKey() override;
    bool isEmpty() override;

    Result<protocol::Agent> addAgent(const protocol::Agent &agent, const QString &passwordHash,
                                     QList<protocol::Event> *events) override;
    std::optional<std::pair<protocol::Agent, QString>> agentByEmail(const QString &email) override;
    std::optional<protocol::Agent> agent(const QString &id) override;
    QList<protocol::Agent> agents() override;
    void storeToken(const QByteArray &tokenHash, const QString &agentId) override;
    std::optional<protocol::Agent> agentForToken(const QByteArray &tokenHash) override;
    bool revokeToken(const QByteArray &tokenHash) override;
    void addApiKey(const QByteArray &keyHash, const QString &name) override;
    bool apiKeyValid(const QByteArray &keyHash) override;

    Outcome send(const protocol::Agent &by, const protocol::Send &request) override;
    Outcome start(const protocol::Agent &by, const protocol::Start &request) override;
    Outcome update(const protocol::Agent &by, const protocol::Update &request) override;
    Outcome updateContact(const protocol::Agent &by, const protocol::UpdateContact &request) override;
    Outcome deleteNote(const protocol::Agent &by, const protocol::DeleteNote &request) override;
    Result<protocol::MessagesPage> fetch(const protocol::Fetch &request) override;
    void markRead(const QString &agentId, const QString &conversationId, const QString &messageId) override;

    SnapshotData snapshot(const SnapshotLimits &limits) override;

    Result<protocol::Contact> upsertContact(const QJsonObject &fields, QList<protocol::Event> *events) override;
    Result<protocol::ContactEvent> addContactEvent(const QString &contactId, const QString &name,
                                                   const QJsonObject &properties, const QDateTime &occurredAt,
                                                   QList<protocol::Event> *events) override;
    Outcome inbound(const InboundMessage &message) override;

    QString contactForVisitorToken(const QByteArray &tokenHash) override;
    Result<protocol::Contact> createVisitor(const QByteArray &tokenHash, QList<protocol::Event> *events) override;
    Outcome visitorSend(const QString &contactId, const protocol::VisitorSend &request) override;
    QList<protocol::Message> contactMessages(const QString &contactId, int limit) override;
    std::optional<protocol::Contact> contact(const QString &id) override;
    Result<VisitorBinding> arriveVisitor(const VisitorArrival &arrival, QList<protocol::Event> *events) override;
    IdentitySettings identitySettings() override;
    std::optional<Error> setIdentitySettings(const IdentitySettings &settings) override;

    std::optional<Error> seed(const SeedData &data) override;

    int recentLoginFailures(const QString &email, qint64 windowMs) override;
    void recordLoginFailure(const QString &email, qint64 windowMs) override;
    void clearLoginFailures(const QString &email) override;

    // PostgreSQL: a PgNotifier on its own connection; SQLite: null (one node, nothing to hear).
    std::unique_ptr<StorageWatcher> watch() override;

    // The read marker an agent left in a conversation (null when none).
    QString readMarker(const QString &agentId, const QString &conversationId);

    // SQLite group commit (durability.h): from now on a COMMIT does not wait for its own fsync
    // (synchronous = NORMAL); the caller makes commits durable through a DurabilityGate over
    // walPath() before answering them. False (nothing changed) on PostgreSQL, in memory, or when
    // the database is not open in WAL mode.
    bool deferCommitSync();
    QString walPath() const { return m_path + QStringLiteral("-wal"); }

private:
    class Rows;
    struct ContactFields;
    struct CustomerMessage;
    using Body = std::function<std::optional<Error>()>;

    // ---- SQL plumbing (throws an internal SqlFailure, caught at the transaction boundary)
    QSqlQuery &prepared(const QString &sql);
    void execDirect(const QString &sql); // not cached: DDL, PRAGMAs, SET
    bool reconnectAfterFailure();        // PostgreSQL, outside a transaction: true when it reconnected
    Rows select(const QString &sql, const QVariantList &binds = {});
    int run(const QString &sql, const QVariantList &binds = {});
    std::optional<Error> notOpen() const;
    void migrate();

    // Runs body in ONE write transaction. Events appended by body go to *events and the log;
    // an error from body (or from SQL) rolls everything back and clears *events.
    std::optional<Error> writeTransaction(const char *what, QList<protocol::Event> &events, const Body &body);
    // writeTransaction plus idempotency on clientId: a recorded client_id returns its ack.
    // `body` fills out.ack (seq is filled in from the events) and may set out.current.
    Outcome mutate(const char *what, const QString &kind, const QString &actor, const QString &clientId,
                   const std::function<std::optional<Error>(Outcome &)> &body);
    void appendEvent(const QString &name, const QJsonObject &data);
    void notify(const QString &channel, const QString &payload); // PostgreSQL NOTIFY; nothing on SQLite
    qint64 nextMessageOrd();
    QDateTime now() const;

    // ---- row access (inside or outside a transaction)
    std::optional<protocol::Agent> loadAgent(const QString &id);
    QStringList teamIdsOf(const QString &agentId);
    std::optional<protocol::Team> loadTeam(const QString &id);
    std::optional<protocol::Contact> loadContact(const QString &id);
    std::optional<protocol::Conversation> loadConversation(const QString &id);
    std::optional<protocol::Message> loadMessage(const QString &id);
    QList<protocol::Message> latestMessages(const QString &conversationId, int limit);
    protocol::Workspace loadWorkspace();
    void insertMessage(const protocol::Message &message);
    void saveConversation(const protocol::Conversation &conversation, bool insert);
    void saveContact(const protocol::Contact &contact, bool insert);
    void insertAgent(const protocol::Agent &agent, const QString &passwordHash);
    QString agentName(const QString &agentId);

    // ---- shared request logic
    Result<protocol::Contact> findOrCreateContact(const ContactFields &fields, bool *created, bool *changed);
    std::optional<Error> deliverCustomerMessage(const CustomerMessage &message, Outcome &out);

    Engine m_engine = Engine::Sqlite;
    QString m_path;
    PostgresTarget m_target;
    SqlStorageOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_inTransaction = false;
    QString m_logId;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once, reused

    // The open write transaction's state.
    QList<protocol::Event> *m_txEvents = nullptr;
    qint64 m_txHead = 0;
    qint64 m_txNextOrd = 0; // 0 = not loaded yet
};

} // namespace confab::server
