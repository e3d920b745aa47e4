#include "sqlstorage.h"

#include "identity.h"
#include "pgnotify.h"
#include "policy.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QCryptographicHash>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcStorage, "confab.server.storage")

namespace confab::server {

using namespace Qt::StringLiterals;
using protocol::Agent;
using protocol::Contact;
using protocol::ContactEvent;
using protocol::Conversation;
using protocol::Event;
using protocol::Message;
namespace limits = protocol::limits;
namespace events = protocol::events;
using R = protocol::JsonReader;

namespace {

// ---------------------------------------------------------------------------------------------
// Dialect: everything that differs between the two engines. The rest of this file is one SQL
// implementation: `?` placeholders (QPSQL turns them into $n), INSERT … ON CONFLICT upserts
// (SQLite ≥ 3.24 and PostgreSQL ≥ 9.5 spell them alike), TEXT columns, 64-bit integers.
using Engine = SqlStorage::Engine;

namespace dialect {

const QString &driver(Engine e)
{
    static const QString sqlite = u"QSQLITE"_s, postgres = u"QPSQL"_s;
    return e == Engine::Sqlite ? sqlite : postgres;
}

// Run once per connection, in this order.
QStringList connectionSetup(Engine e, int busyTimeoutMs)
{
    if (e == Engine::Sqlite) // busy_timeout first so the others wait for a lock
        return { u"PRAGMA busy_timeout = %1"_s.arg(std::max(0, busyTimeoutMs)), u"PRAGMA foreign_keys = ON"_s,
                 u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s };
    // lock_timeout 0 would mean "wait forever"; the closest to SQLite's 0 is 1 ms.
    // synchronous_commit stays on (the server default): an ack follows a durable commit.
    return { u"SET lock_timeout = %1"_s.arg(std::max(1, busyTimeoutMs)), u"SET client_min_messages = warning"_s,
             u"SET synchronous_commit = on"_s, u"SET TIME ZONE 'UTC'"_s };
}

// A write transaction. SQLite takes the database's write lock up front (no deadlock upgrading
// read → write; the busy timeout applies here). PostgreSQL starts a READ COMMITTED transaction;
// lockLog() then serialises writers.
const QString &beginWrite(Engine e)
{
    static const QString sqlite = u"BEGIN IMMEDIATE"_s, postgres = u"BEGIN"_s;
    return e == Engine::Sqlite ? sqlite : postgres;
}

// The first statement of every write transaction: the log head, locked until COMMIT. On
// PostgreSQL the row lock makes writers of every node run one at a time, each seeing all that
// the previous one committed (READ COMMITTED takes a new snapshot per statement); the seq it
// reads + 1 is the next event's. SQLite already holds the write lock.
const QString &lockLog(Engine e)
{
    static const QString sqlite = u"SELECT seq FROM log_head WHERE slot = 1"_s,
                         postgres = u"SELECT seq FROM log_head WHERE slot = 1 FOR UPDATE"_s;
    return e == Engine::Sqlite ? sqlite : postgres;
}

// One consistent snapshot from the first read to COMMIT (SQLite: a deferred transaction in WAL mode).
const QString &beginRead(Engine e)
{
    static const QString sqlite = u"BEGIN"_s, postgres = u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    return e == Engine::Sqlite ? sqlite : postgres;
}

// Migrations: PostgreSQL keeps the version in a table and lets one node migrate at a time (a
// session advisory lock: several nodes may start together). SQLite: PRAGMA user_version,
// guarded by BEGIN IMMEDIATE.
constexpr qint64 MigrationLockKey = 0x636f6e666162; // "confab"

QStringList beforeMigrating(Engine e)
{
    if (e == Engine::Sqlite)
        return {};
    return { u"SELECT pg_advisory_lock(%1)"_s.arg(MigrationLockKey),
             u"CREATE TABLE IF NOT EXISTS confab_schema (version INTEGER NOT NULL)"_s,
             u"INSERT INTO confab_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM confab_schema)"_s };
}

QStringList afterMigrating(Engine e)
{
    if (e == Engine::Sqlite)
        return {};
    return { u"SELECT pg_advisory_unlock(%1)"_s.arg(MigrationLockKey) };
}

const QString &readSchemaVersion(Engine e)
{
    static const QString sqlite = u"PRAGMA user_version"_s, postgres = u"SELECT version FROM confab_schema"_s;
    return e == Engine::Sqlite ? sqlite : postgres;
}

QString writeSchemaVersion(Engine e, int version)
{
    return e == Engine::Sqlite ? u"PRAGMA user_version = %1"_s.arg(version)
                               : u"UPDATE confab_schema SET version = %1"_s.arg(version);
}

// Column types in the schema text: {INT64_PK} is a 64-bit primary key whose value we assign
// (SQLite: the rowid alias), {INT64} a 64-bit integer. PostgreSQL text compares byte-wise
// (COLLATE "C"), as SQLite's does, whatever the database's locale: ids and times order the same
// on both engines, and the indexes serve those comparisons.
QString types(Engine e, QString ddl)
{
    if (e == Engine::Sqlite) {
        ddl.replace(u"{INT64_PK}"_s, u"INTEGER PRIMARY KEY"_s);
        ddl.replace(u"{INT64}"_s, u"INTEGER"_s);
        return ddl;
    }
    static const QRegularExpression text(u"\\bTEXT\\b"_s);
    ddl.replace(text, u"TEXT COLLATE \"C\""_s);
    ddl.replace(u"{INT64_PK}"_s, u"BIGINT PRIMARY KEY"_s);
    ddl.replace(u"{INT64}"_s, u"BIGINT"_s);
    return ddl;
}

// Whether one exec may hold several statements separated by ';' (PostgreSQL's simple query
// protocol runs them all, in one implicit transaction unless inside one; SQLite's driver
// would run only the first).
bool batchesStatements(Engine e)
{
    return e == Engine::Postgres;
}

// NOTIFY, delivered to every listener when the transaction commits (nothing on a rollback).
const QString &notify(Engine e)
{
    static const QString none, postgres = u"SELECT pg_notify(?, ?)"_s;
    return e == Engine::Sqlite ? none : postgres;
}

// SQLite result codes (primary; extended codes keep them in the low byte).
enum Code { Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

QString sqliteMessage(const QSqlError &error, int busyTimeoutMs)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int code = ok ? (native & 0xff) : -1;
    switch (code) {
    case Busy:
    case Locked:
        return u"database is locked (another connection held it for more than %1 ms)"_s.arg(busyTimeoutMs);
    case Full:
        return u"disk is full (or the database reached its size limit)"_s;
    case ReadOnly:
        return u"database is read-only"_s;
    case IoErr:
        return u"disk I/O error"_s;
    case Corrupt:
    case NotADb:
        return u"the file is not a Confab database or is corrupt"_s;
    case CantOpen:
        return u"unable to open the database file"_s;
    default:
        return {};
    }
}

// PostgreSQL: QPSQL reports the SQLSTATE as the native error code.
QString postgresMessage(const QSqlError &error, int busyTimeoutMs)
{
    const QString state = error.nativeErrorCode();
    if (state == "55P03"_L1) // lock_not_available (lock_timeout)
        return u"database is locked (another connection held it for more than %1 ms)"_s.arg(busyTimeoutMs);
    if (state.startsWith("53"_L1)) // insufficient resources: disk_full, out_of_memory, too_many_connections
        return state == "53300"_L1 ? u"the database server has too many connections"_s
                                   : u"disk is full (or the database server is out of resources)"_s;
    if (state == "25006"_L1)
        return u"database is read-only"_s;
    if (state.startsWith("08"_L1) || state.startsWith("57P"_L1))
        return u"lost the connection to the database server"_s;
    if (state == "3D000"_L1)
        return u"the database does not exist"_s;
    if (state == "28P01"_L1 || state == "28000"_L1)
        return u"the database refused the user name or password"_s;
    return {};
}

QString describeError(Engine e, const QSqlError &error, int busyTimeoutMs)
{
    QString text = e == Engine::Sqlite ? sqliteMessage(error, busyTimeoutMs) : postgresMessage(error, busyTimeoutMs);
    if (!text.isEmpty())
        return text;
    text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = u"unknown database error"_s;
    return text.simplified();
}

} // namespace dialect

// A failed SQL statement. Thrown by the plumbing below, caught at the transaction boundary,
// turned into an Internal error after rollback. Never escapes SqlStorage.
struct SqlFailure
{
    QSqlError error;
    QString sql;
};

// The schema, one entry per version. v(N+1) is appended, never edited, once released.
QList<QStringList> migrations()
{
    // clang-format off
    return {
        // ---- v1: the whole schema
        {
            uR"(CREATE TABLE workspace (
                slot INTEGER PRIMARY KEY CHECK (slot = 1),
                id TEXT NOT NULL, name TEXT NOT NULL, admin_links TEXT NOT NULL,
                visitor_key TEXT NOT NULL, log_id TEXT NOT NULL))"_s,
            uR"(CREATE TABLE agents (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
                email_key TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
                password_hash TEXT NOT NULL, created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL))"_s,
            uR"(CREATE TABLE team_members (
                team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
                agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
                PRIMARY KEY (team_id, agent_id)))"_s,
            uR"(CREATE INDEX team_members_agent ON team_members(agent_id))"_s,
            uR"(CREATE TABLE contacts (
                id TEXT PRIMARY KEY, name TEXT, email TEXT, email_key TEXT, external_id TEXT,
                tags TEXT NOT NULL, attributes TEXT NOT NULL, created_at TEXT, last_seen_at TEXT))"_s,
            uR"(CREATE INDEX contacts_email ON contacts(email_key))"_s,
            uR"(CREATE UNIQUE INDEX contacts_external_id ON contacts(external_id))"_s,
            uR"(CREATE TABLE contact_events (
                id TEXT PRIMARY KEY, contact_id TEXT NOT NULL REFERENCES contacts(id),
                name TEXT NOT NULL, properties TEXT NOT NULL, occurred_at TEXT NOT NULL))"_s,
            uR"(CREATE INDEX contact_events_contact ON contact_events(contact_id, occurred_at))"_s,
            uR"(CREATE TABLE conversations (
                id TEXT PRIMARY KEY, contact_id TEXT NOT NULL REFERENCES contacts(id),
                channel TEXT NOT NULL, subject TEXT, status TEXT NOT NULL, snoozed_until TEXT,
                assignee_id TEXT REFERENCES agents(id), team_id TEXT REFERENCES teams(id),
                priority TEXT NOT NULL, tags TEXT NOT NULL, created_at TEXT, updated_at TEXT,
                last_message_at TEXT, version {INT64} NOT NULL))"_s,
            uR"(CREATE INDEX conversations_recent ON conversations(last_message_at, id))"_s,
            uR"(CREATE INDEX conversations_status ON conversations(status, last_message_at, id))"_s,
            uR"(CREATE INDEX conversations_contact ON conversations(contact_id, last_message_at))"_s,
            uR"(CREATE TABLE messages (
                ord {INT64_PK}, id TEXT NOT NULL UNIQUE,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                client_id TEXT, kind TEXT NOT NULL, author_type TEXT NOT NULL, author_id TEXT,
                channel TEXT NOT NULL, body TEXT NOT NULL, mentions TEXT NOT NULL,
                created_at TEXT, deleted INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE INDEX messages_conversation ON messages(conversation_id, ord))"_s,
            uR"(CREATE TABLE articles (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, url TEXT, updated_at TEXT))"_s,
            uR"(CREATE TABLE saved_replies (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL))"_s,
            uR"(CREATE TABLE events (
                seq {INT64_PK}, name TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE client_ops (
                client_id TEXT PRIMARY KEY, kind TEXT NOT NULL, actor TEXT NOT NULL,
                ack TEXT NOT NULL, created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE tokens (
                hash TEXT PRIMARY KEY, agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL, revoked_at TEXT))"_s,
            uR"(CREATE TABLE api_keys (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE visitor_tokens (
                hash TEXT PRIMARY KEY, contact_id TEXT NOT NULL REFERENCES contacts(id),
                created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE read_markers (
                agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                message_id TEXT NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (agent_id, conversation_id)))"_s,
        },
        // ---- v2: the web messenger's identity verification (see identity.h)
        {
            uR"(ALTER TABLE workspace ADD COLUMN identity_secret TEXT)"_s,
            uR"(ALTER TABLE workspace ADD COLUMN identity_required INTEGER NOT NULL DEFAULT 0)"_s,
        },
        // ---- v3: several nodes on one database (PostgreSQL); SQLite has them too, the SQL is one
        {
            // The log head in one row: every write transaction locks it first (see lockLog).
            uR"(CREATE TABLE log_head (slot INTEGER PRIMARY KEY CHECK (slot = 1), seq {INT64} NOT NULL))"_s,
            uR"(INSERT INTO log_head (slot, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM events)"_s,
            // Failed logins, shared by every node (the rate limit); keyed by a hash of the email.
            uR"(CREATE TABLE login_failures (email_hash TEXT NOT NULL, at_ms {INT64} NOT NULL))"_s,
            uR"(CREATE INDEX login_failures_email ON login_failures(email_hash, at_ms))"_s,
            uR"(CREATE INDEX login_failures_at ON login_failures(at_ms))"_s,
        },
    };
    // clang-format on
}

const QString ConversationCols = u"id, contact_id, channel, subject, status, snoozed_until, assignee_id, team_id, "
                                 "priority, tags, created_at, updated_at, last_message_at, version"_s;
const QString ContactCols = u"id, name, email, external_id, tags, attributes, created_at, last_seen_at"_s;
const QString ArticleCols = u"id, title, body, url, updated_at"_s;

// The message columns, optionally qualified ("m."). Built once per prefix.
const QString &messageCols(QLatin1StringView prefix = {})
{
    static const QString plain = u"id, conversation_id, client_id, kind, author_type, author_id, channel, body, "
                                 "mentions, created_at, deleted"_s;
    static const QString qualified = [] {
        QStringList cols = plain.split(u", "_s);
        for (QString &c : cols)
            c.prepend(u"m."_s);
        return cols.join(u", "_s);
    }();
    return prefix.isEmpty() ? plain : qualified;
}

// ---- value conversions (times as RFC 3339 text with ms: exact round-trips, sortable as text)
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(protocol::formatTime(t)) : QVariant(QMetaType::fromType<QString>());
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString emailKey(const QString &email)
{
    return email.isEmpty() ? QString() : email.trimmed().toCaseFolded();
}

// Hashes arrive as raw bytes (auth::hashToken) or hex; stored as lower-case hex text.
QString hashKey(const QByteArray &hash)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    if (hash.size() == 64 && hex.match(QString::fromLatin1(hash)).hasMatch())
        return QString::fromLatin1(hash).toLower();
    return QString::fromLatin1(hash.toHex());
}

QString newId(QStringView prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString id = prefix.toString();
    id.reserve(prefix.size() + 20);
    quint64 a = QRandomGenerator::system()->generate64();
    quint64 b = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 20; ++i) {
        quint64 &src = i < 10 ? a : b;
        id.append(QLatin1Char(alphabet[src & 31]));
        src >>= 5;
    }
    return id;
}

std::optional<Error> checkBody(const QString &body)
{
    if (body.size() > limits::MaxMessageBodyChars)
        return Error { ErrorCode::TooLarge,
                       u"a message body is limited to %1 characters"_s.arg(limits::MaxMessageBodyChars) };
    if (body.trimmed().isEmpty())
        return Error { ErrorCode::BadRequest, u"a message body must not be blank"_s };
    return std::nullopt;
}

std::optional<Error> checkId(const QString &id, const QString &what, bool required = true)
{
    if (id.isEmpty())
        return required ? std::optional<Error>(Error { ErrorCode::BadRequest, u"missing %1"_s.arg(what) })
                        : std::nullopt;
    if (id.size() > limits::MaxIdChars)
        return Error { ErrorCode::TooLarge, u"%1 is longer than %2 characters"_s.arg(what).arg(limits::MaxIdChars) };
    return std::nullopt;
}

QString humanTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString priorityLabel(const QString &p)
{
    if (p.isEmpty())
        return p;
    return p.left(1).toUpper() + p.mid(1);
}

// "Re: Re: Fwd: Billing" and "billing" are the same email thread.
QString threadSubject(const QString &subject)
{
    static const QRegularExpression prefixes(u"^\\s*((re|fwd?|aw)\\s*:\\s*)+"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString s = subject;
    s.remove(prefixes);
    return s.trimmed().toCaseFolded();
}

} // namespace

// =============================================================================================
// Rows: the result of one prepared SELECT, reset (released) when it goes out of scope so no
// statement keeps a read snapshot open between calls.
class SqlStorage::Rows
{
public:
    explicit Rows(QSqlQuery &q) : m_q(&q) { }
    Rows(Rows &&o) noexcept : m_q(std::exchange(o.m_q, nullptr)) { }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows()
    {
        if (m_q)
            m_q->finish();
    }

    bool next()
    {
        if (m_q->next())
            return true;
        if (m_q->lastError().type() != QSqlError::NoError)
            throw SqlFailure { m_q->lastError(), m_q->lastQuery() };
        return false;
    }
    QString str(int i) const
    {
        const QVariant v = m_q->value(i);
        return v.isNull() ? QString() : v.toString();
    }
    qint64 i64(int i) const { return m_q->value(i).toLongLong(); }
    bool flag(int i) const { return m_q->value(i).toLongLong() != 0; }
    QDateTime time(int i) const
    {
        const QString s = str(i);
        return s.isEmpty() ? QDateTime() : protocol::parseTime(s);
    }
    QStringList list(int i) const
    {
        QStringList out;
        const QJsonArray a = QJsonDocument::fromJson(str(i).toUtf8()).array();
        out.reserve(a.size());
        for (const QJsonValue &v : a)
            out.append(v.toString());
        return out;
    }
    QJsonObject object(int i) const { return QJsonDocument::fromJson(str(i).toUtf8()).object(); }

    Conversation conversation(int b = 0) const
    {
        Conversation c;
        c.id = str(b + 0);
        c.contactId = str(b + 1);
        c.channel = str(b + 2);
        c.subject = str(b + 3);
        c.status = str(b + 4);
        c.snoozedUntil = time(b + 5);
        c.assigneeId = str(b + 6);
        c.teamId = str(b + 7);
        c.priority = str(b + 8);
        c.tags = list(b + 9);
        c.createdAt = time(b + 10);
        c.updatedAt = time(b + 11);
        c.lastMessageAt = time(b + 12);
        c.version = i64(b + 13);
        return c;
    }
    Message message(int b = 0) const
    {
        Message m;
        m.id = str(b + 0);
        m.conversationId = str(b + 1);
        m.clientId = str(b + 2);
        m.kind = str(b + 3);
        m.author.type = str(b + 4);
        m.author.id = str(b + 5);
        m.channel = str(b + 6);
        m.body = str(b + 7);
        if (m.body.isNull())
            m.body = u""_s;
        m.mentions = list(b + 8);
        m.createdAt = time(b + 9);
        m.deleted = flag(b + 10);
        return m;
    }
    Contact contact(int b = 0) const
    {
        Contact c;
        c.id = str(b + 0);
        c.name = str(b + 1);
        c.email = str(b + 2);
        c.externalId = str(b + 3);
        c.tags = list(b + 4);
        c.attributes = object(b + 5);
        c.createdAt = time(b + 6);
        c.lastSeenAt = time(b + 7);
        return c;
    }
    protocol::Article article(int b = 0) const
    {
        protocol::Article a;
        a.id = str(b + 0);
        a.title = str(b + 1);
        a.body = str(b + 2);
        a.url = str(b + 3);
        a.updatedAt = time(b + 4);
        return a;
    }

private:
    QSqlQuery *m_q;
};

// The contact part of an ingestion request: {external_id, email, name, attributes, tags}.
struct SqlStorage::ContactFields
{
    QString externalId;
    QString email;
    QString name;
    bool hasName = false;
    QJsonObject attributes;
    bool hasAttributes = false;
    QStringList tags;
    bool hasTags = false;

    static Result<ContactFields> parse(const QJsonObject &o, const QString &context)
    {
        R r(o, context);
        ContactFields f;
        f.externalId = r.nullableString("external_id"_L1, limits::MaxIdChars);
        f.email = r.nullableString("email"_L1, limits::MaxEmailChars).trimmed();
        f.hasName = r.has("name"_L1);
        f.name = r.nullableString("name"_L1, limits::MaxNameChars);
        f.hasAttributes = r.has("attributes"_L1) && !o.value("attributes"_L1).isNull();
        f.attributes = r.object("attributes"_L1, R::Optional);
        f.hasTags = r.has("tags"_L1) && !o.value("tags"_L1).isNull();
        f.tags = r.stringList("tags"_L1, R::Optional, limits::MaxTags, limits::MaxTagChars);
        if (!r.ok())
            return *r.takeError();
        if (f.externalId.isEmpty() && f.email.isEmpty())
            return Error { ErrorCode::BadRequest, u"%1 needs an 'email' or an 'external_id'"_s.arg(context) };
        if (auto e = protocol::validateAttributes(f.attributes, true))
            return *e;
        if (auto e = protocol::validateTags(f.tags))
            return *e;
        return f;
    }
};

// A contact's last_seen_at moves at most this often while nothing else about it changes (one
// contact.updated per visit, not per message), and only ever together with that event.
constexpr qint64 LastSeenResolutionMs = 5 * 60 * 1000;

struct SqlStorage::CustomerMessage
{
    QString contactId;
    QString channel;
    QString subject;
    QString body;
    QString clientId;
    QString conversationId; // optional
    bool contactChanged = false; // the caller changed the contact: announce it whatever last_seen_at does
};

// =============================================================================================
namespace {
QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return u"confab-storage-%1-%2"_s.arg(++counter).arg(QUuid::createUuid().toString(QUuid::Id128));
}
} // namespace

SqlStorage::SqlStorage(QString path, SqlStorageOptions options)
    : m_engine(Engine::Sqlite), m_path(std::move(path)), m_options(std::move(options)),
      m_connectionName(newConnectionName())
{
}

SqlStorage::SqlStorage(PostgresTarget target, SqlStorageOptions options)
    : m_engine(Engine::Postgres), m_target(std::move(target)), m_options(std::move(options)),
      m_connectionName(newConnectionName())
{
}

SqlStorage::~SqlStorage()
{
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

int SqlStorage::latestSchemaVersion()
{
    return int(migrations().size());
}

QString SqlStorage::describe() const
{
    if (m_engine == Engine::Postgres)
        return m_target.describe();
    if (m_path == ":memory:"_L1)
        return u"sqlite::memory:"_s;
    return u"sqlite:"_s + QFileInfo(m_path).absoluteFilePath();
}

QDateTime SqlStorage::now() const
{
    QDateTime t = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    return t.toUTC();
}

std::optional<Error> SqlStorage::notOpen() const
{
    if (m_open)
        return std::nullopt;
    return Error { ErrorCode::Internal, u"storage is not open"_s };
}

// ---------------------------------------------------------------------------------------------
// SQL plumbing
namespace {
void configureConnection(QSqlDatabase &db, const PostgresTarget &target)
{
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setPassword(target.password);
    db.setDatabaseName(target.database);
    db.setConnectOptions(target.connectOptions);
}
} // namespace

QSqlQuery &SqlStorage::prepared(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    for (int attempt = 0;; ++attempt) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (q->prepare(sql)) {
            m_statements.insert(sql, q);
            return *q;
        }
        const QSqlError e = q->lastError();
        q.reset();
        if (attempt == 0 && reconnectAfterFailure())
            continue;
        throw SqlFailure { e, sql };
    }
}

void SqlStorage::execDirect(const QString &sql)
{
    for (int attempt = 0;; ++attempt) {
        QSqlError e;
        {
            QSqlQuery q(m_db);
            if (q.exec(sql))
                return;
            e = q.lastError();
        }
        if (attempt == 0 && reconnectAfterFailure())
            continue;
        throw SqlFailure { e, sql };
    }
}

// A PostgreSQL server restarts, a proxy drops an idle connection: QPSQL does not reconnect by
// itself. A statement that fails OUTSIDE a transaction because the connection is gone is run
// once more on a new connection (its prepared statements are gone with the old one). Inside a
// transaction nothing is retried: the transaction fails as a whole, and the client's retry
// (same client_id) starts a new one — which reconnects at its BEGIN.
bool SqlStorage::reconnectAfterFailure()
{
    if (m_engine != Engine::Postgres || m_inTransaction || !m_open)
        return false;
    {
        QSqlQuery probe(m_db);
        if (probe.exec(u"SELECT 1"_s))
            return false; // the connection is fine: the statement itself failed
    }
    qCWarning(lcStorage).noquote() << "the connection to" << describe() << "is broken; reconnecting";
    // The old driver goes first, so the cached statements it prepared are dropped without a
    // DEALLOCATE each on the dead connection.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_statements.clear();
    m_db = QSqlDatabase::addDatabase(dialect::driver(m_engine), m_connectionName);
    configureConnection(m_db, m_target);
    if (!m_db.open()) {
        qCWarning(lcStorage).noquote() << "reconnecting to" << describe() << "failed:"
                                       << dialect::describeError(m_engine, m_db.lastError(), m_options.busyTimeoutMs);
        return false;
    }
    QSqlQuery setup(m_db);
    if (!setup.exec(dialect::connectionSetup(m_engine, m_options.busyTimeoutMs).join(u";\n"_s)))
        return false;
    qCInfo(lcStorage).noquote() << "reconnected to" << describe();
    return true;
}

SqlStorage::Rows SqlStorage::select(const QString &sql, const QVariantList &binds)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery &q = prepared(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (q.exec())
            return Rows(q);
        const QSqlError e = q.lastError();
        q.finish();
        if (attempt == 0 && reconnectAfterFailure())
            continue;
        throw SqlFailure { e, sql };
    }
}

int SqlStorage::run(const QString &sql, const QVariantList &binds)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery &q = prepared(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        const bool ok = q.exec();
        const QSqlError e = q.lastError();
        const int affected = ok ? q.numRowsAffected() : 0;
        q.finish();
        if (ok)
            return affected;
        if (attempt == 0 && reconnectAfterFailure())
            continue;
        throw SqlFailure { e, sql };
    }
}

namespace {
// Rolls back whatever is open; errors are expected when SQLite already rolled back (disk full).
void rollbackQuietly(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}
} // namespace

std::optional<Error> SqlStorage::writeTransaction(const char *what, QList<Event> &events, const Body &body)
{
    if (auto e = notOpen())
        return e;
    Q_ASSERT(!m_txEvents); // transactions do not nest
    const qsizetype eventsBefore = events.size();
    bool begun = false;
    try {
        execDirect(dialect::beginWrite(m_engine));
        begun = true;
        m_inTransaction = true;
        qint64 headBefore = 0;
        {
            Rows r = select(dialect::lockLog(m_engine));
            if (!r.next())
                throw SqlFailure { QSqlError(u"the log head row is missing"_s, {}, QSqlError::StatementError),
                                   dialect::lockLog(m_engine) };
            headBefore = m_txHead = r.i64(0);
        }
        m_txNextOrd = 0;
        m_txEvents = &events;
        std::optional<Error> e = body();
        m_txEvents = nullptr;
        if (e) {
            rollbackQuietly(m_db);
            m_inTransaction = false;
            events.resize(eventsBefore);
            return e;
        }
        if (m_txHead != headBefore) {
            run(u"UPDATE log_head SET seq = ? WHERE slot = 1"_s, { m_txHead });
            notify(pgchannel::Events, QString::number(m_txHead));
        }
        execDirect(u"COMMIT"_s);
        m_inTransaction = false;
        return std::nullopt;
    } catch (const SqlFailure &f) {
        m_txEvents = nullptr;
        if (begun)
            rollbackQuietly(m_db);
        m_inTransaction = false;
        events.resize(eventsBefore);
        const QString message = u"storage error while %1: %2"_s.arg(QLatin1StringView(what),
                                                                      dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs));
        qCWarning(lcStorage).noquote() << message << "| sql:" << f.sql.simplified().left(200)
                                       << "| driver:" << f.error.text();
        return Error { ErrorCode::Internal, message };
    }
}

Outcome SqlStorage::mutate(const char *what, const QString &kind, const QString &actor, const QString &clientId,
                           const std::function<std::optional<Error>(Outcome &)> &body)
{
    Outcome out;
    auto error = writeTransaction(what, out.events, [&]() -> std::optional<Error> {
        if (!clientId.isEmpty()) {
            Rows r = select(u"SELECT kind, actor, ack FROM client_ops WHERE client_id = ?"_s, { clientId });
            if (r.next()) {
                if (r.str(0) != kind || r.str(1) != actor)
                    return Error { ErrorCode::BadRequest,
                                   u"client_id '%1' was already used for a different request"_s.arg(clientId) };
                const QJsonObject ack = r.object(2);
                R ar(ack, u"ack"_s);
                out.ack.messageId = ar.nullableString("message_id"_L1, limits::MaxIdChars);
                out.ack.conversationId = ar.nullableString("conversation_id"_L1, limits::MaxIdChars);
                out.ack.seq = ar.integer("seq"_L1, R::Optional, 0, qint64(1) << 53, 0);
                out.ack.version = ar.integer("version"_L1, R::Optional, 0, qint64(1) << 53, 0);
                out.repeated = true;
                return std::nullopt;
            }
        }
        if (auto e = body(out))
            return e;
        if (!out.events.isEmpty())
            out.ack.seq = out.events.last().seq;
        if (!clientId.isEmpty()) {
            protocol::Ack recorded = out.ack;
            recorded.req.clear();
            run(u"INSERT INTO client_ops (client_id, kind, actor, ack, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                { clientId, kind, actor, json(recorded.toJson()), timeValue(now()) });
        }
        return std::nullopt;
    });
    if (error) {
        out.error = std::move(error);
        out.events.clear();
        out.ack = {};
        out.repeated = false;
        if (out.error->code != ErrorCode::Conflict)
            out.current.reset();
    }
    return out;
}

void SqlStorage::appendEvent(const QString &name, const QJsonObject &data)
{
    Q_ASSERT(m_txEvents);
    Event e { m_txHead + 1, name, data };
    run(u"INSERT INTO events (seq, name, data, created_at) VALUES (?, ?, ?, ?)"_s,
        { e.seq, name, json(data), timeValue(now()) });
    m_txHead = e.seq;
    m_txEvents->append(std::move(e));
}

void SqlStorage::notify(const QString &channel, const QString &payload)
{
    const QString &sql = dialect::notify(m_engine);
    if (sql.isEmpty())
        return;
    Rows r = select(sql, { channel, payload });
    while (r.next()) { }
}

qint64 SqlStorage::nextMessageOrd()
{
    if (m_txNextOrd == 0) {
        Rows r = select(u"SELECT COALESCE(MAX(ord), 0) FROM messages"_s);
        m_txNextOrd = (r.next() ? r.i64(0) : 0) + 1;
    }
    return m_txNextOrd++;
}

// ---------------------------------------------------------------------------------------------
// open / migrate
std::optional<Error> SqlStorage::open()
{
    if (m_open)
        return std::nullopt;
    auto fail = [&](const QString &message) -> std::optional<Error> {
        qCWarning(lcStorage).noquote() << "cannot open" << describe() << ":" << message;
        m_statements.clear();
        if (m_db.isValid())
            m_db.close();
        return Error { ErrorCode::Internal, u"cannot open database %1: %2"_s.arg(describe(), message) };
    };

    if (m_engine == Engine::Postgres) {
        if (m_target.database.isEmpty())
            return fail(u"no database name given"_s);
    } else if (m_path.isEmpty()) {
        return fail(u"no path given"_s);
    } else if (m_path != ":memory:"_L1) {
        const QFileInfo fi(m_path);
        if (fi.isDir())
            return fail(u"the path is a directory"_s);
        if (!fi.absoluteDir().exists())
            return fail(u"the directory %1 does not exist"_s.arg(fi.absolutePath()));
        if (fi.exists() && !fi.isWritable())
            return fail(u"the file is not writable"_s);
        if (!fi.exists() && !QFileInfo(fi.absolutePath()).isWritable())
            return fail(u"the directory %1 is not writable"_s.arg(fi.absolutePath()));
    }
    const QString &driver = dialect::driver(m_engine);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(u"the Qt SQL driver %1 is not installed"_s.arg(driver));

    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (m_engine == Engine::Postgres)
        configureConnection(m_db, m_target);
    else
        m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(dialect::describeError(m_engine, m_db.lastError(), m_options.busyTimeoutMs));

    try {
        if (dialect::batchesStatements(m_engine)) // SET cannot be prepared; one round trip for all
            execDirect(dialect::connectionSetup(m_engine, m_options.busyTimeoutMs).join(u";\n"_s));
        for (const QString &setup : dialect::connectionSetup(m_engine, m_options.busyTimeoutMs)) {
            if (dialect::batchesStatements(m_engine))
                break;
            Rows r = select(setup);
            if (setup.contains("journal_mode"_L1) && r.next() && m_path != ":memory:"_L1
                && r.str(0).compare("wal"_L1, Qt::CaseInsensitive) != 0)
                return fail(u"cannot switch to WAL journal mode (got '%1')"_s.arg(r.str(0)));
        }
        if (m_options.maxSizeBytes > 0 && m_engine == Engine::Sqlite) {
            qint64 pageSize = 4096;
            {
                Rows r = select(u"PRAGMA page_size"_s);
                if (r.next() && r.i64(0) > 0)
                    pageSize = r.i64(0);
            }
            Rows r = select(u"PRAGMA max_page_count = %1"_s.arg(std::max<qint64>(1, m_options.maxSizeBytes / pageSize)));
            while (r.next()) { }
        }
        migrate();
        Rows r = select(u"SELECT log_id FROM workspace WHERE slot = 1"_s);
        if (!r.next())
            return fail(u"the workspace row is missing"_s);
        m_logId = r.str(0);
    } catch (const SqlFailure &f) {
        return fail(dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs));
    } catch (const Error &e) {
        return fail(e.message);
    }
    m_open = true;
    qCInfo(lcStorage).noquote() << "opened" << describe() << "schema v" << latestSchemaVersion();
    return std::nullopt;
}

int SqlStorage::schemaVersion()
{
    if (!m_db.isOpen())
        return 0;
    try {
        Rows r = select(dialect::readSchemaVersion(m_engine));
        return r.next() ? int(r.i64(0)) : 0;
    } catch (const SqlFailure &) {
        return 0;
    }
}

void SqlStorage::migrate()
{
    if (const QStringList before = dialect::beforeMigrating(m_engine); !before.isEmpty())
        execDirect(before.join(u";\n"_s)); // (only PostgreSQL has any: it batches statements)
    auto readVersion = [&] {
        Rows r = select(dialect::readSchemaVersion(m_engine));
        return r.next() ? int(r.i64(0)) : 0;
    };
    try {
        const QList<QStringList> steps = migrations();
        const int found = readVersion();
        if (found > steps.size())
            throw Error { ErrorCode::Internal, u"the database has schema v%1, newer than this confabd knows (v%2); "
                                               "use a newer confabd"_s.arg(found).arg(steps.size()) };
        for (int v = found + 1; v <= steps.size(); ++v) {
            execDirect(dialect::beginWrite(m_engine));
            m_inTransaction = true;
            try {
                // Another process may have migrated meanwhile (SQLite; PostgreSQL holds a lock).
                if (readVersion() >= v) {
                    execDirect(u"COMMIT"_s);
                    m_inTransaction = false;
                    continue;
                }
                // Statements run once: executed directly, not kept in the statement cache.
                if (dialect::batchesStatements(m_engine)) { // one round trip for the whole step
                    QStringList ddl;
                    for (const QString &statement : steps.at(v - 1))
                        ddl << dialect::types(m_engine, statement);
                    execDirect(ddl.join(u";\n"_s));
                } else {
                    for (const QString &ddl : steps.at(v - 1))
                        execDirect(dialect::types(m_engine, ddl));
                }
                if (v == 1) {
                    // The workspace and its event log identity: a new database gets a new log_id.
                    run(u"INSERT INTO workspace (slot, id, name, admin_links, visitor_key, log_id) "
                        "VALUES (1, ?, ?, '[]', ?, ?)"_s,
                        { newId(u"w_"), u"Confab"_s, newId(u"vk_"), QUuid::createUuid().toString(QUuid::WithoutBraces) });
                }
                execDirect(dialect::writeSchemaVersion(m_engine, v));
                execDirect(u"COMMIT"_s);
                m_inTransaction = false;
            } catch (...) {
                rollbackQuietly(m_db);
                m_inTransaction = false;
                throw;
            }
            m_statements.clear(); // statements prepared against an older schema are not reused
            qCInfo(lcStorage).noquote() << "migrated" << describe() << "to schema v" << v;
        }
    } catch (...) {
        for (const QString &sql : dialect::afterMigrating(m_engine)) {
            QSqlQuery q(m_db);
            q.exec(sql);
        }
        throw;
    }
    for (const QString &sql : dialect::afterMigrating(m_engine))
        execDirect(sql);
    m_statements.clear();
}

// ---------------------------------------------------------------------------------------------
// the event log and workspace
QString SqlStorage::logId()
{
    return m_logId;
}

qint64 SqlStorage::head()
{
    if (!m_open)
        return 0;
    try {
        Rows r = select(u"SELECT seq FROM log_head WHERE slot = 1"_s);
        return r.next() ? r.i64(0) : 0;
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "head:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return 0;
    }
}

qint64 SqlStorage::oldestRetainedSeq()
{
    if (!m_open)
        return 1;
    try {
        Rows r = select(u"SELECT MIN(seq), MAX(seq) FROM events"_s);
        if (r.next() && !r.str(0).isNull())
            return r.i64(0);
        return head() + 1; // an empty log: the next event is the oldest
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "oldestRetainedSeq:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return 1;
    }
}

QList<Event> SqlStorage::eventsAfter(qint64 seq, int limit)
{
    QList<Event> out;
    if (!m_open || limit <= 0)
        return out;
    try {
        Rows r = select(u"SELECT seq, name, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s, { seq, limit });
        while (r.next())
            out.append(Event { r.i64(0), r.str(1), r.object(2) });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "eventsAfter:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        out.clear();
    }
    return out;
}

protocol::Workspace SqlStorage::loadWorkspace()
{
    Rows r = select(u"SELECT id, name, admin_links FROM workspace WHERE slot = 1"_s);
    protocol::Workspace w;
    if (!r.next())
        return w;
    const QJsonArray links = QJsonDocument::fromJson(r.str(2).toUtf8()).array();
    auto parsed = protocol::Workspace::fromJson(
        QJsonObject { { u"id"_s, r.str(0) }, { u"name"_s, r.str(1) }, { u"admin_links"_s, links } });
    if (parsed)
        return *parsed;
    w.id = r.str(0);
    w.name = r.str(1);
    return w;
}

protocol::Workspace SqlStorage::workspace()
{
    if (!m_open)
        return {};
    try {
        return loadWorkspace();
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "workspace:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return {};
    }
}

QString SqlStorage::visitorKey()
{
    if (!m_open)
        return {};
    try {
        Rows r = select(u"SELECT visitor_key FROM workspace WHERE slot = 1"_s);
        return r.next() ? r.str(0) : QString();
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "visitorKey:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return {};
    }
}

bool SqlStorage::isEmpty()
{
    if (!m_open)
        return false;
    try {
        Rows r = select(u"SELECT COUNT(*) FROM agents"_s);
        return r.next() && r.i64(0) == 0;
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "isEmpty:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return false;
    }
}

// ---------------------------------------------------------------------------------------------
// rows
QStringList SqlStorage::teamIdsOf(const QString &agentId)
{
    QStringList ids;
    Rows r = select(u"SELECT team_id FROM team_members WHERE agent_id = ? ORDER BY team_id"_s, { agentId });
    while (r.next())
        ids.append(r.str(0));
    return ids;
}

std::optional<Agent> SqlStorage::loadAgent(const QString &id)
{
    Agent a;
    {
        Rows r = select(u"SELECT id, name, email, role FROM agents WHERE id = ?"_s, { id });
        if (!r.next())
            return std::nullopt;
        a.id = r.str(0);
        a.name = r.str(1);
        a.email = r.str(2);
        a.role = r.str(3);
    }
    a.teamIds = teamIdsOf(a.id);
    return a;
}

QString SqlStorage::agentName(const QString &agentId)
{
    Rows r = select(u"SELECT name FROM agents WHERE id = ?"_s, { agentId });
    return r.next() ? r.str(0) : agentId;
}

std::optional<protocol::Team> SqlStorage::loadTeam(const QString &id)
{
    protocol::Team t;
    {
        Rows r = select(u"SELECT id, name FROM teams WHERE id = ?"_s, { id });
        if (!r.next())
            return std::nullopt;
        t.id = r.str(0);
        t.name = r.str(1);
    }
    Rows r = select(u"SELECT agent_id FROM team_members WHERE team_id = ? ORDER BY agent_id"_s, { id });
    while (r.next())
        t.memberIds.append(r.str(0));
    return t;
}

std::optional<Contact> SqlStorage::loadContact(const QString &id)
{
    Rows r = select(u"SELECT "_s + ContactCols + u" FROM contacts WHERE id = ?"_s, { id });
    if (!r.next())
        return std::nullopt;
    return r.contact();
}

std::optional<Conversation> SqlStorage::loadConversation(const QString &id)
{
    Rows r = select(u"SELECT "_s + ConversationCols + u" FROM conversations WHERE id = ?"_s, { id });
    if (!r.next())
        return std::nullopt;
    return r.conversation();
}

std::optional<Message> SqlStorage::loadMessage(const QString &id)
{
    Rows r = select(u"SELECT "_s + messageCols() + u" FROM messages WHERE id = ?"_s, { id });
    if (!r.next())
        return std::nullopt;
    return r.message();
}

QList<Message> SqlStorage::latestMessages(const QString &conversationId, int limit)
{
    QList<Message> out;
    Rows r = select(u"SELECT "_s + messageCols()
                        + u" FROM messages WHERE conversation_id = ? ORDER BY ord DESC LIMIT ?"_s,
                    { conversationId, limit });
    while (r.next())
        out.append(r.message());
    std::reverse(out.begin(), out.end());
    return out;
}

void SqlStorage::insertMessage(const Message &m)
{
    run(u"INSERT INTO messages (ord, "_s + messageCols() + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { nextMessageOrd(), m.id, m.conversationId, text(m.clientId), m.kind, m.author.type, text(m.author.id),
          m.channel, m.body.isNull() ? u""_s : m.body, json(m.mentions), timeValue(m.createdAt), m.deleted ? 1 : 0 });
}

void SqlStorage::saveConversation(const Conversation &c, bool insert)
{
    const QVariantList values { c.contactId,          c.channel,
                                text(c.subject),      c.status,
                                timeValue(c.snoozedUntil), text(c.assigneeId.isEmpty() ? QString() : c.assigneeId),
                                text(c.teamId.isEmpty() ? QString() : c.teamId), c.priority.isEmpty() ? u"none"_s : c.priority,
                                json(c.tags),         timeValue(c.createdAt),
                                timeValue(c.updatedAt), timeValue(c.lastMessageAt),
                                c.version,            c.id };
    if (insert)
        run(u"INSERT INTO conversations (contact_id, channel, subject, status, snoozed_until, assignee_id, team_id, "
            "priority, tags, created_at, updated_at, last_message_at, version, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            values);
    else
        run(u"UPDATE conversations SET contact_id = ?, channel = ?, subject = ?, status = ?, snoozed_until = ?, "
            "assignee_id = ?, team_id = ?, priority = ?, tags = ?, created_at = ?, updated_at = ?, "
            "last_message_at = ?, version = ? WHERE id = ?"_s,
            values);
}

void SqlStorage::saveContact(const Contact &c, bool insert)
{
    const QVariantList values { text(c.name),         text(c.email),       text(emailKey(c.email)),
                                text(c.externalId.isEmpty() ? QString() : c.externalId),
                                json(c.tags),         json(c.attributes),  timeValue(c.createdAt),
                                timeValue(c.lastSeenAt), c.id };
    if (insert)
        run(u"INSERT INTO contacts (name, email, email_key, external_id, tags, attributes, created_at, last_seen_at, "
            "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            values);
    else
        run(u"UPDATE contacts SET name = ?, email = ?, email_key = ?, external_id = ?, tags = ?, attributes = ?, "
            "created_at = ?, last_seen_at = ? WHERE id = ?"_s,
            values);
}

void SqlStorage::insertAgent(const Agent &a, const QString &passwordHash)
{
    run(u"INSERT INTO agents (id, name, email, email_key, role, password_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { a.id, a.name, a.email, emailKey(a.email), a.role, passwordHash.isNull() ? u""_s : passwordHash,
          timeValue(now()) });
    for (const QString &team : a.teamIds)
        run(u"INSERT INTO team_members (team_id, agent_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, { team, a.id });
}

// ---------------------------------------------------------------------------------------------
// agents and auth
Result<Agent> SqlStorage::addAgent(const Agent &input, const QString &passwordHash, QList<Event> *events)
{
    Agent a = input;
    a.name = a.name.trimmed();
    a.email = a.email.trimmed();
    if (a.name.isEmpty() || a.name.size() > limits::MaxNameChars)
        return Error { ErrorCode::BadRequest, u"an agent needs a name of 1 to %1 characters"_s.arg(limits::MaxNameChars) };
    if (a.email.isEmpty() || a.email.size() > limits::MaxEmailChars || !a.email.contains(u'@'))
        return Error { ErrorCode::BadRequest, u"an agent needs a valid email address"_s };
    if (a.role != "agent"_L1 && a.role != "lead"_L1 && a.role != "admin"_L1)
        return Error { ErrorCode::BadRequest, u"role must be agent, lead or admin"_s };
    if (auto e = checkId(a.id, u"agent id"_s, false))
        return *e;
    if (a.id.isEmpty())
        a.id = newId(u"a_");
    a.teamIds.removeDuplicates();

    QList<Event> local;
    auto error = writeTransaction("adding an agent", local, [&]() -> std::optional<Error> {
        {
            Rows r = select(u"SELECT id FROM agents WHERE email_key = ? OR id = ?"_s, { emailKey(a.email), a.id });
            if (r.next())
                return Error { ErrorCode::BadRequest, u"an agent with the email %1 (or the id %2) already exists"_s.arg(a.email, a.id) };
        }
        for (const QString &team : std::as_const(a.teamIds))
            if (!loadTeam(team))
                return Error { ErrorCode::BadRequest, u"unknown team '%1'"_s.arg(team) };
        insertAgent(a, passwordHash);
        const Agent stored = *loadAgent(a.id);
        appendEvent(events::AgentUpdated, stored.toJson());
        for (const QString &team : std::as_const(a.teamIds))
            appendEvent(events::TeamUpdated, loadTeam(team)->toJson());
        a = stored;
        return std::nullopt;
    });
    if (error)
        return *error;
    if (events)
        events->append(local);
    qCInfo(lcStorage).noquote() << "added agent" << a.id << "role" << a.role;
    return a;
}

std::optional<std::pair<Agent, QString>> SqlStorage::agentByEmail(const QString &email)
{
    if (!m_open || email.trimmed().isEmpty())
        return std::nullopt;
    try {
        QString id, hash;
        {
            Rows r = select(u"SELECT id, password_hash FROM agents WHERE email_key = ?"_s, { emailKey(email) });
            if (!r.next())
                return std::nullopt;
            id = r.str(0);
            hash = r.str(1);
        }
        auto a = loadAgent(id);
        if (!a)
            return std::nullopt;
        return std::make_pair(*a, hash);
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "agentByEmail:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return std::nullopt;
    }
}

std::optional<Agent> SqlStorage::agent(const QString &id)
{
    if (!m_open)
        return std::nullopt;
    try {
        return loadAgent(id);
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "agent:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return std::nullopt;
    }
}

QList<Agent> SqlStorage::agents()
{
    QList<Agent> out;
    if (!m_open)
        return out;
    try {
        QHash<QString, QStringList> teams;
        {
            Rows r = select(u"SELECT agent_id, team_id FROM team_members ORDER BY team_id"_s);
            while (r.next())
                teams[r.str(0)].append(r.str(1));
        }
        Rows r = select(u"SELECT id, name, email, role FROM agents ORDER BY name, id"_s);
        while (r.next()) {
            Agent a;
            a.id = r.str(0);
            a.name = r.str(1);
            a.email = r.str(2);
            a.role = r.str(3);
            a.teamIds = teams.value(a.id);
            out.append(a);
        }
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "agents:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        out.clear();
    }
    return out;
}

void SqlStorage::storeToken(const QByteArray &tokenHash, const QString &agentId)
{
    if (!m_open || tokenHash.isEmpty())
        return;
    try {
        run(u"INSERT INTO tokens (hash, agent_id, created_at) VALUES (?, ?, ?)"_s,
            { hashKey(tokenHash), agentId, timeValue(now()) });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "storing a token failed:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
    }
}

std::optional<Agent> SqlStorage::agentForToken(const QByteArray &tokenHash)
{
    if (!m_open || tokenHash.isEmpty())
        return std::nullopt;
    try {
        QString id;
        {
            Rows r = select(u"SELECT agent_id FROM tokens WHERE hash = ? AND revoked_at IS NULL"_s, { hashKey(tokenHash) });
            if (!r.next())
                return std::nullopt;
            id = r.str(0);
        }
        return loadAgent(id);
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "agentForToken:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return std::nullopt;
    }
}

bool SqlStorage::revokeToken(const QByteArray &tokenHash)
{
    if (!m_open || tokenHash.isEmpty())
        return false;
    // With the NOTIFY in the same transaction, every node hears of exactly the revocations
    // that happened, and closes its own sessions that use the token.
    bool begun = false;
    try {
        execDirect(u"BEGIN"_s);
        begun = true;
        m_inTransaction = true;
        const QString key = hashKey(tokenHash);
        const bool revoked = run(u"UPDATE tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL"_s,
                                 { timeValue(now()), key })
            > 0;
        if (revoked)
            notify(pgchannel::Tokens, key);
        execDirect(u"COMMIT"_s);
        m_inTransaction = false;
        return revoked;
    } catch (const SqlFailure &f) {
        if (begun)
            rollbackQuietly(m_db);
        m_inTransaction = false;
        qCWarning(lcStorage).noquote() << "revokeToken:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return false;
    }
}

void SqlStorage::addApiKey(const QByteArray &keyHash, const QString &name)
{
    if (!m_open || keyHash.isEmpty())
        return;
    try {
        run(u"INSERT INTO api_keys (hash, name, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO UPDATE SET name = "
            "excluded.name"_s,
            { hashKey(keyHash), name.isNull() ? u""_s : name, timeValue(now()) });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "addApiKey:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
    }
}

bool SqlStorage::apiKeyValid(const QByteArray &keyHash)
{
    if (!m_open || keyHash.isEmpty())
        return false;
    try {
        Rows r = select(u"SELECT 1 FROM api_keys WHERE hash = ?"_s, { hashKey(keyHash) });
        return r.next();
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "apiKeyValid:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return false;
    }
}

// ---------------------------------------------------------------------------------------------
// agent requests
namespace {
QString agentActor(const Agent &a)
{
    return u"agent:"_s + a.id;
}
} // namespace

Outcome SqlStorage::send(const Agent &by, const protocol::Send &request)
{
    Outcome bad;
    if (auto e = checkId(request.clientId, u"client_id"_s))
        bad.error = e;
    else if (auto e2 = checkId(request.conversationId, u"conversation_id"_s))
        bad.error = e2;
    else if (request.kind != "reply"_L1 && request.kind != "note"_L1)
        bad.error = Error { ErrorCode::BadRequest, u"kind must be reply or note"_s };
    else if (auto e3 = checkBody(request.body))
        bad.error = e3;
    else if (request.mentions.size() > limits::MaxMentions)
        bad.error = Error { ErrorCode::TooLarge, u"more than %1 mentions"_s.arg(limits::MaxMentions) };
    if (bad.error)
        return bad;

    return mutate("sending a message", u"send"_s, agentActor(by), request.clientId,
                  [&](Outcome &out) -> std::optional<Error> {
                      const auto me = loadAgent(by.id);
                      if (!me)
                          return Error { ErrorCode::Unauthorized, u"unknown agent"_s };
                      auto conv = loadConversation(request.conversationId);
                      if (!conv)
                          return Error { ErrorCode::NotFound,
                                         u"no conversation '%1'"_s.arg(request.conversationId) };
                      QStringList mentions = request.mentions;
                      mentions.removeDuplicates();
                      for (const QString &id : std::as_const(mentions))
                          if (!loadAgent(id))
                              return Error { ErrorCode::BadRequest, u"unknown mentioned agent '%1'"_s.arg(id.left(64)) };
                      const QDateTime t = now();
                      Message m;
                      m.id = newId(u"m_");
                      m.conversationId = conv->id;
                      m.clientId = request.clientId;
                      m.kind = request.kind;
                      m.author = { u"agent"_s, me->id };
                      m.channel = conv->channel;
                      m.body = request.body;
                      m.mentions = mentions;
                      m.createdAt = t;
                      insertMessage(m);
                      conv->lastMessageAt = t;
                      conv->updatedAt = t;
                      saveConversation(*conv, false);
                      appendEvent(events::MessageCreated, m.toJson());
                      appendEvent(events::ConversationUpdated, conv->toJson());
                      out.ack.messageId = m.id;
                      return std::nullopt;
                  });
}

Outcome SqlStorage::start(const Agent &by, const protocol::Start &request)
{
    Outcome bad;
    if (auto e = checkId(request.clientId, u"client_id"_s))
        bad.error = e;
    else if (auto e2 = checkId(request.contactId, u"contact_id"_s))
        bad.error = e2;
    else if (request.channel != "chat"_L1 && request.channel != "email"_L1)
        bad.error = Error { ErrorCode::BadRequest, u"channel must be chat or email"_s };
    else if (request.subject.size() > limits::MaxSubjectChars)
        bad.error = Error { ErrorCode::TooLarge, u"a subject is limited to %1 characters"_s.arg(limits::MaxSubjectChars) };
    else if (auto e3 = checkBody(request.body))
        bad.error = e3;
    if (bad.error)
        return bad;

    return mutate("starting a conversation", u"start"_s, agentActor(by), request.clientId,
                  [&](Outcome &out) -> std::optional<Error> {
                      const auto me = loadAgent(by.id);
                      if (!me)
                          return Error { ErrorCode::Unauthorized, u"unknown agent"_s };
                      if (!loadContact(request.contactId))
                          return Error { ErrorCode::NotFound, u"no contact '%1'"_s.arg(request.contactId) };
                      const QDateTime t = now();
                      Conversation c;
                      c.id = newId(u"c_");
                      c.contactId = request.contactId;
                      c.channel = request.channel;
                      c.subject = request.subject.isEmpty() ? QString() : request.subject;
                      c.status = u"open"_s;
                      c.assigneeId = me->id;
                      c.priority = u"none"_s;
                      c.createdAt = c.updatedAt = c.lastMessageAt = t;
                      c.version = 1;
                      saveConversation(c, true);
                      Message m;
                      m.id = newId(u"m_");
                      m.conversationId = c.id;
                      m.clientId = request.clientId;
                      m.kind = u"reply"_s;
                      m.author = { u"agent"_s, me->id };
                      m.channel = c.channel;
                      m.body = request.body;
                      m.createdAt = t;
                      insertMessage(m);
                      appendEvent(events::ConversationCreated, c.toJson());
                      appendEvent(events::MessageCreated, m.toJson());
                      out.ack.conversationId = c.id;
                      out.ack.messageId = m.id;
                      return std::nullopt;
                  });
}

Outcome SqlStorage::update(const Agent &by, const protocol::Update &request)
{
    Outcome bad;
    if (auto e = checkId(request.clientId, u"client_id"_s))
        bad.error = e;
    else if (auto e2 = checkId(request.conversationId, u"conversation_id"_s))
        bad.error = e2;
    else if (auto e3 = protocol::validateConversationSet(request.set))
        bad.error = e3;
    if (bad.error)
        return bad;

    return mutate("updating a conversation", u"update"_s, agentActor(by), request.clientId,
                  [&](Outcome &out) -> std::optional<Error> {
                      const auto me = loadAgent(by.id);
                      if (!me)
                          return Error { ErrorCode::Unauthorized, u"unknown agent"_s };
                      const auto current = loadConversation(request.conversationId);
                      if (!current)
                          return Error { ErrorCode::NotFound,
                                         u"no conversation '%1'"_s.arg(request.conversationId) };
                      if (request.baseVersion != current->version) {
                          out.current = *current;
                          return Error { ErrorCode::Conflict,
                                         u"the conversation changed meanwhile (now version %1, not %2)"_s
                                             .arg(current->version)
                                             .arg(request.baseVersion) };
                      }

                      const QJsonObject &set = request.set;
                      R r(set, u"set"_s);
                      Conversation next = *current;
                      if (r.has("status"_L1))
                          next.status = r.oneOf("status"_L1, R::Required, { "open"_L1, "snoozed"_L1, "resolved"_L1 });
                      if (r.has("snoozed_until"_L1))
                          next.snoozedUntil = r.nullableTime("snoozed_until"_L1);
                      if (r.has("assignee_id"_L1)) {
                          const QString a = r.nullableString("assignee_id"_L1, limits::MaxIdChars);
                          next.assigneeId = a.isEmpty() ? QString() : a;
                      }
                      if (r.has("team_id"_L1)) {
                          const QString t = r.nullableString("team_id"_L1, limits::MaxIdChars);
                          next.teamId = t.isEmpty() ? QString() : t;
                      }
                      if (r.has("priority"_L1))
                          next.priority = r.oneOf("priority"_L1, R::Required,
                                                  { "none"_L1, "low"_L1, "high"_L1, "urgent"_L1 });
                      if (r.has("tags"_L1)) {
                          next.tags = r.stringList("tags"_L1, R::Required, limits::MaxTags, limits::MaxTagChars);
                          next.tags.removeDuplicates();
                      }
                      if (!r.ok())
                          return r.takeError();

                      if (next.status == "snoozed"_L1) {
                          if (!next.snoozedUntil.isValid())
                              return Error { ErrorCode::BadRequest, u"snoozing needs 'snoozed_until'"_s };
                      } else {
                          if (set.contains("snoozed_until"_L1) && !set.value("snoozed_until"_L1).isNull())
                              return Error { ErrorCode::BadRequest,
                                             u"'snoozed_until' applies only to a snoozed conversation"_s };
                          next.snoozedUntil = QDateTime(); // leaving snoozed clears it
                      }

                      std::optional<Agent> newAssignee;
                      if (next.assigneeId != current->assigneeId) {
                          if (!next.assigneeId.isNull()) {
                              newAssignee = loadAgent(next.assigneeId);
                              if (!newAssignee)
                                  return Error { ErrorCode::BadRequest,
                                                 u"unknown agent '%1'"_s.arg(next.assigneeId) };
                          }
                          if (auto e = policy::checkAssignment(*me, current->assigneeId, next.assigneeId))
                              return e;
                      }
                      std::optional<protocol::Team> newTeam, oldTeam;
                      if (next.teamId != current->teamId) {
                          if (!next.teamId.isNull()) {
                              newTeam = loadTeam(next.teamId);
                              if (!newTeam)
                                  return Error { ErrorCode::BadRequest, u"unknown team '%1'"_s.arg(next.teamId) };
                          }
                          if (!current->teamId.isNull())
                              oldTeam = loadTeam(current->teamId);
                      }

                      const QDateTime t = now();
                      next.version = current->version + 1;
                      next.updatedAt = t;
                      saveConversation(next, false);
                      appendEvent(events::ConversationUpdated, next.toJson());

                      // One plain-English system message per human-meaningful change.
                      const QString who = me->name;
                      QStringList notes;
                      if (next.status != current->status) {
                          if (next.status == "resolved"_L1)
                              notes << u"%1 resolved this conversation"_s.arg(who);
                          else if (next.status == "snoozed"_L1)
                              notes << u"%1 snoozed this conversation until %2"_s.arg(who, humanTime(next.snoozedUntil));
                          else
                              notes << u"%1 reopened this conversation"_s.arg(who);
                      } else if (next.status == "snoozed"_L1 && next.snoozedUntil != current->snoozedUntil) {
                          notes << u"%1 snoozed this conversation until %2"_s.arg(who, humanTime(next.snoozedUntil));
                      }
                      if (next.assigneeId != current->assigneeId) {
                          if (next.assigneeId.isNull())
                              notes << u"%1 unassigned this conversation"_s.arg(who);
                          else if (next.assigneeId == me->id)
                              notes << u"%1 assigned this conversation to themselves"_s.arg(who);
                          else
                              notes << u"%1 assigned this conversation to %2"_s.arg(who, newAssignee->name);
                      }
                      if (next.teamId != current->teamId) {
                          if (newTeam)
                              notes << u"%1 moved this conversation to the %2 team"_s.arg(who, newTeam->name);
                          else
                              notes << u"%1 removed this conversation from the %2 team"_s.arg(
                                  who, oldTeam ? oldTeam->name : current->teamId);
                      }
                      if (next.priority != current->priority) {
                          if (next.priority == "none"_L1)
                              notes << u"%1 removed the priority"_s.arg(who);
                          else
                              notes << u"%1 set priority to %2"_s.arg(who, priorityLabel(next.priority));
                      }
                      if (next.tags != current->tags) {
                          if (next.tags.isEmpty())
                              notes << u"%1 removed all tags"_s.arg(who);
                          else
                              notes << u"%1 set tags: %2"_s.arg(who, next.tags.join(u", "_s));
                      }
                      for (const QString &body : std::as_const(notes)) {
                          Message m;
                          m.id = newId(u"m_");
                          m.conversationId = next.id;
                          m.kind = u"system"_s;
                          m.author = { u"system"_s, QString() };
                          m.channel = next.channel;
                          m.body = body;
                          m.createdAt = t;
                          insertMessage(m);
                          appendEvent(events::MessageCreated, m.toJson());
                      }
                      out.ack.version = next.version;
                      return std::nullopt;
                  });
}

Outcome SqlStorage::updateContact(const Agent &by, const protocol::UpdateContact &request)
{
    Outcome bad;
    if (auto e = checkId(request.clientId, u"client_id"_s))
        bad.error = e;
    else if (auto e2 = checkId(request.contactId, u"contact_id"_s))
        bad.error = e2;
    else if (auto e3 = protocol::validateContactSet(request.set))
        bad.error = e3;
    if (bad.error)
        return bad;

    return mutate("updating a contact", u"update_contact"_s, agentActor(by), request.clientId,
                  [&](Outcome &) -> std::optional<Error> {
                      if (!loadAgent(by.id))
                          return Error { ErrorCode::Unauthorized, u"unknown agent"_s };
                      auto c = loadContact(request.contactId);
                      if (!c)
                          return Error { ErrorCode::NotFound, u"no contact '%1'"_s.arg(request.contactId) };
                      R r(request.set, u"set"_s);
                      if (r.has("name"_L1))
                          c->name = r.nullableString("name"_L1, limits::MaxNameChars);
                      if (r.has("email"_L1))
                          c->email = r.nullableString("email"_L1, limits::MaxEmailChars).trimmed();
                      if (r.has("tags"_L1)) {
                          c->tags = r.stringList("tags"_L1, R::Required, limits::MaxTags, limits::MaxTagChars);
                          c->tags.removeDuplicates();
                      }
                      if (r.has("attributes"_L1)) {
                          const QJsonObject patch = r.object("attributes"_L1, R::Required);
                          for (auto it = patch.begin(); it != patch.end(); ++it) {
                              if (it.value().isNull())
                                  c->attributes.remove(it.key());
                              else
                                  c->attributes.insert(it.key(), it.value());
                          }
                      }
                      if (!r.ok())
                          return r.takeError();
                      if (auto e = protocol::validateAttributes(c->attributes, false))
                          return e;
                      saveContact(*c, false);
                      appendEvent(events::ContactUpdated, c->toJson());
                      return std::nullopt;
                  });
}

Outcome SqlStorage::deleteNote(const Agent &by, const protocol::DeleteNote &request)
{
    if (auto e = checkId(request.messageId, u"message_id"_s)) {
        Outcome bad;
        bad.error = e;
        return bad;
    }
    // No client_id: deleting is naturally idempotent (a deleted note acks again, no event).
    return mutate("deleting a note", u"delete_note"_s, agentActor(by), QString(),
                  [&](Outcome &out) -> std::optional<Error> {
                      const auto me = loadAgent(by.id);
                      if (!me)
                          return Error { ErrorCode::Unauthorized, u"unknown agent"_s };
                      auto m = loadMessage(request.messageId);
                      if (!m)
                          return Error { ErrorCode::NotFound, u"no message '%1'"_s.arg(request.messageId) };
                      if (auto e = policy::checkDeleteNote(*me, *m))
                          return e;
                      out.ack.messageId = m->id;
                      if (m->deleted)
                          return std::nullopt;
                      m->deleted = true;
                      m->body = u""_s;
                      run(u"UPDATE messages SET deleted = 1, body = '' WHERE id = ?"_s, { m->id });
                      appendEvent(events::MessageDeleted, m->toJson());
                      return std::nullopt;
                  });
}

Result<protocol::MessagesPage> SqlStorage::fetch(const protocol::Fetch &request)
{
    if (auto e = notOpen())
        return *e;
    if (auto e = checkId(request.conversationId, u"conversation_id"_s))
        return *e;
    if (auto e = checkId(request.before, u"before"_s, false))
        return *e;
    if (request.limit < limits::MinFetchLimit || request.limit > limits::MaxFetchLimit)
        return Error { ErrorCode::BadRequest,
                       u"limit must be %1 to %2"_s.arg(limits::MinFetchLimit).arg(limits::MaxFetchLimit) };
    try {
        {
            Rows r = select(u"SELECT 1 FROM conversations WHERE id = ?"_s, { request.conversationId });
            if (!r.next())
                return Error { ErrorCode::NotFound, u"no conversation '%1'"_s.arg(request.conversationId) };
        }
        qint64 before = std::numeric_limits<qint64>::max();
        if (!request.before.isEmpty()) {
            Rows r = select(u"SELECT ord FROM messages WHERE id = ? AND conversation_id = ?"_s,
                            { request.before, request.conversationId });
            if (!r.next())
                return Error { ErrorCode::NotFound,
                               u"no message '%1' in this conversation"_s.arg(request.before) };
            before = r.i64(0);
        }
        protocol::MessagesPage page;
        page.req = request.req;
        {
            Rows r = select(u"SELECT "_s + messageCols()
                                + u" FROM messages WHERE conversation_id = ? AND ord < ? ORDER BY ord DESC LIMIT ?"_s,
                            { request.conversationId, before, request.limit + 1 });
            while (r.next())
                page.messages.append(r.message());
        }
        page.complete = page.messages.size() <= request.limit;
        if (!page.complete)
            page.messages.removeLast();
        std::reverse(page.messages.begin(), page.messages.end());
        return page;
    } catch (const SqlFailure &f) {
        const QString message = u"storage error while fetching messages: %1"_s.arg(
            dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs));
        qCWarning(lcStorage).noquote() << message;
        return Error { ErrorCode::Internal, message };
    }
}

void SqlStorage::markRead(const QString &agentId, const QString &conversationId, const QString &messageId)
{
    if (!m_open || agentId.isEmpty() || conversationId.isEmpty() || messageId.isEmpty())
        return;
    try {
        run(u"INSERT INTO read_markers (agent_id, conversation_id, message_id, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (agent_id, conversation_id) DO UPDATE SET message_id = excluded.message_id, "
            "updated_at = excluded.updated_at"_s,
            { agentId, conversationId, messageId, timeValue(now()) });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "markRead:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
    }
}

QString SqlStorage::readMarker(const QString &agentId, const QString &conversationId)
{
    if (!m_open)
        return {};
    try {
        Rows r = select(u"SELECT message_id FROM read_markers WHERE agent_id = ? AND conversation_id = ?"_s,
                        { agentId, conversationId });
        return r.next() ? r.str(0) : QString();
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "readMarker:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return {};
    }
}

// ---------------------------------------------------------------------------------------------
// snapshot
SnapshotData SqlStorage::snapshot(const SnapshotLimits &limits)
{
    SnapshotData s;
    if (auto e = notOpen()) {
        s.error = e;
        return s;
    }
    const int perConversation = std::max(0, limits.messagesPerConversation);
    const int closed = std::max(0, limits.recentClosedConversations);
    try {
        execDirect(dialect::beginRead(m_engine));
        m_inTransaction = true;
        {
            Rows r = select(u"SELECT seq FROM log_head WHERE slot = 1"_s);
            s.head = r.next() ? r.i64(0) : 0;
        }
        s.workspace = loadWorkspace();
        {
            QHash<QString, QStringList> agentTeams, teamMembers;
            {
                Rows r = select(u"SELECT agent_id, team_id FROM team_members ORDER BY team_id, agent_id"_s);
                while (r.next()) {
                    agentTeams[r.str(0)].append(r.str(1));
                    teamMembers[r.str(1)].append(r.str(0));
                }
            }
            {
                Rows r = select(u"SELECT id, name, email, role FROM agents ORDER BY name, id"_s);
                while (r.next())
                    s.agents.append(Agent { r.str(0), r.str(1), r.str(2), r.str(3), agentTeams.value(r.str(0)) });
            }
            Rows r = select(u"SELECT id, name FROM teams ORDER BY name, id"_s);
            while (r.next())
                s.teams.append(protocol::Team { r.str(0), r.str(1), teamMembers.value(r.str(0)) });
        }
        {
            Rows r = select(u"SELECT "_s + ConversationCols
                            + u" FROM conversations WHERE status IN ('open', 'snoozed') "
                              "ORDER BY last_message_at DESC, id DESC"_s);
            while (r.next())
                s.conversations.append(r.conversation());
        }
        const QString recentClosed = u"SELECT %1 FROM conversations WHERE status = 'resolved' "
                                     "ORDER BY last_message_at DESC, id DESC LIMIT ?"_s;
        {
            Rows r = select(recentClosed.arg(ConversationCols), { closed });
            while (r.next())
                s.conversations.append(r.conversation());
        }
        std::stable_sort(s.conversations.begin(), s.conversations.end(), [](const Conversation &a, const Conversation &b) {
            return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
        });
        // The latest messages of each: one prepared statement, walking the (conversation_id, ord) index.
        if (perConversation > 0)
            for (const Conversation &c : std::as_const(s.conversations))
                s.messages.append(latestMessages(c.id, perConversation));
        {
            qint64 contactCount = 0;
            {
                Rows r = select(u"SELECT COUNT(*) FROM contacts"_s);
                contactCount = r.next() ? r.i64(0) : 0;
            }
            if (contactCount <= limits.allContactsUpTo) {
                Rows r = select(u"SELECT "_s + ContactCols + u" FROM contacts ORDER BY id"_s);
                while (r.next())
                    s.contacts.append(r.contact());
            } else {
                Rows r = select(u"SELECT "_s + ContactCols
                                    + u" FROM contacts WHERE id IN ("
                                      "SELECT contact_id FROM conversations WHERE status IN ('open', 'snoozed') "
                                      "UNION SELECT contact_id FROM ("_s
                                    + recentClosed.arg(u"contact_id, last_message_at, id"_s)
                                    + u") recent) ORDER BY id"_s,
                                { closed });
                while (r.next())
                    s.contacts.append(r.contact());
            }
        }
        {
            Rows r = select(u"SELECT "_s + ArticleCols + u" FROM articles ORDER BY title, id"_s);
            while (r.next())
                s.articles.append(r.article());
        }
        {
            Rows r = select(u"SELECT id, title, body FROM saved_replies ORDER BY title, id"_s);
            while (r.next())
                s.savedReplies.append(protocol::SavedReply { r.str(0), r.str(1), r.str(2) });
        }
        execDirect(u"COMMIT"_s);
        m_inTransaction = false;
    } catch (const SqlFailure &f) {
        rollbackQuietly(m_db);
        m_inTransaction = false;
        const QString message = u"storage error while reading a snapshot: %1"_s.arg(
            dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs));
        qCWarning(lcStorage).noquote() << message;
        SnapshotData failed;
        failed.error = Error { ErrorCode::Internal, message };
        return failed;
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// ingestion
Result<Contact> SqlStorage::findOrCreateContact(const ContactFields &f, bool *created, bool *changed)
{
    *created = *changed = false;
    std::optional<Contact> c;
    if (!f.externalId.isEmpty()) {
        Rows r = select(u"SELECT "_s + ContactCols + u" FROM contacts WHERE external_id = ?"_s, { f.externalId });
        if (r.next())
            c = r.contact();
    }
    if (!c && !f.email.isEmpty()) {
        // By email. A request that names an external_id nobody has yet may adopt a contact known
        // only by email, but never one that a different external_id identifies.
        Rows r = select(u"SELECT "_s + ContactCols
                            + u" FROM contacts WHERE email_key = ? AND (? = 1 OR external_id IS NULL) "
                              "ORDER BY created_at, id LIMIT 1"_s,
                        { emailKey(f.email), f.externalId.isEmpty() ? 1 : 0 });
        if (r.next())
            c = r.contact();
    }
    if (!c) {
        Contact n;
        n.id = newId(u"ct_");
        n.name = f.name;
        n.email = f.email.isEmpty() ? QString() : f.email;
        n.externalId = f.externalId.isEmpty() ? QString() : f.externalId;
        n.tags = f.tags;
        n.tags.removeDuplicates();
        for (auto it = f.attributes.begin(); it != f.attributes.end(); ++it)
            if (!it.value().isNull())
                n.attributes.insert(it.key(), it.value());
        n.createdAt = now();
        saveContact(n, true);
        *created = true;
        return n;
    }
    const Contact before = *c;
    if (!f.externalId.isEmpty())
        c->externalId = f.externalId;
    if (!f.email.isEmpty() && emailKey(f.email) != emailKey(c->email))
        c->email = f.email; // the same address in other letter case is no change
    if (f.hasName)
        c->name = f.name;
    if (f.hasAttributes)
        for (auto it = f.attributes.begin(); it != f.attributes.end(); ++it) {
            if (it.value().isNull())
                c->attributes.remove(it.key());
            else
                c->attributes.insert(it.key(), it.value());
        }
    if (f.hasTags)
        for (const QString &t : f.tags)
            if (!c->tags.contains(t))
                c->tags.append(t);
    if (auto e = protocol::validateAttributes(c->attributes, false))
        return *e;
    if (auto e = protocol::validateTags(c->tags))
        return *e;
    *changed = !(before == *c);
    if (*changed)
        saveContact(*c, false);
    return *c;
}

Result<Contact> SqlStorage::upsertContact(const QJsonObject &fields, QList<Event> *events)
{
    auto parsed = ContactFields::parse(fields, u"contact"_s);
    if (!parsed)
        return parsed.error();
    std::optional<Contact> result;
    QList<Event> local;
    auto error = writeTransaction("saving a contact", local, [&]() -> std::optional<Error> {
        bool created = false, changed = false;
        auto c = findOrCreateContact(*parsed, &created, &changed);
        if (!c)
            return c.error();
        if (created || changed)
            appendEvent(events::ContactUpdated, c->toJson());
        result = *c;
        return std::nullopt;
    });
    if (error)
        return *error;
    if (events)
        events->append(local);
    return *result;
}

Result<ContactEvent> SqlStorage::addContactEvent(const QString &contactId, const QString &name,
                                                 const QJsonObject &properties, const QDateTime &occurredAt,
                                                 QList<Event> *events)
{
    if (auto e = checkId(contactId, u"contact id"_s))
        return *e;
    if (name.trimmed().isEmpty())
        return Error { ErrorCode::BadRequest, u"an event needs a name"_s };
    if (name.size() > limits::MaxEventNameChars)
        return Error { ErrorCode::TooLarge,
                       u"an event name is limited to %1 characters"_s.arg(limits::MaxEventNameChars) };
    if (properties.size() > limits::MaxEventProperties)
        return Error { ErrorCode::TooLarge, u"more than %1 event properties"_s.arg(limits::MaxEventProperties) };
    ContactEvent ev;
    ev.id = newId(u"ce_");
    ev.contactId = contactId;
    ev.name = name;
    ev.properties = properties;
    QList<Event> local;
    auto error = writeTransaction("recording a contact event", local, [&]() -> std::optional<Error> {
        if (!loadContact(contactId))
            return Error { ErrorCode::NotFound, u"no contact '%1'"_s.arg(contactId) };
        ev.occurredAt = occurredAt.isValid() ? occurredAt.toUTC() : now();
        run(u"INSERT INTO contact_events (id, contact_id, name, properties, occurred_at) VALUES (?, ?, ?, ?, ?)"_s,
            { ev.id, ev.contactId, ev.name, json(ev.properties), timeValue(ev.occurredAt) });
        appendEvent(events::ContactEventName, ev.toJson());
        return std::nullopt;
    });
    if (error)
        return *error;
    if (events)
        events->append(local);
    return ev;
}

std::optional<Error> SqlStorage::deliverCustomerMessage(const CustomerMessage &cm, Outcome &out)
{
    std::optional<Conversation> conv;
    if (!cm.conversationId.isEmpty()) {
        conv = loadConversation(cm.conversationId);
        if (!conv)
            return Error { ErrorCode::NotFound, u"no conversation '%1'"_s.arg(cm.conversationId) };
        if (conv->contactId != cm.contactId)
            return Error { ErrorCode::Forbidden, u"conversation '%1' belongs to another contact"_s.arg(cm.conversationId) };
    } else if (cm.channel == "chat"_L1) {
        Rows r = select(u"SELECT "_s + ConversationCols
                            + u" FROM conversations WHERE contact_id = ? AND channel = 'chat' "
                              "AND status IN ('open', 'snoozed') ORDER BY last_message_at DESC, id DESC LIMIT 1"_s,
                        { cm.contactId });
        if (r.next())
            conv = r.conversation();
    } else {
        const QString wanted = threadSubject(cm.subject);
        Rows r = select(u"SELECT "_s + ConversationCols
                            + u" FROM conversations WHERE contact_id = ? AND channel = 'email' "
                              "AND status IN ('open', 'snoozed') ORDER BY last_message_at DESC, id DESC"_s,
                        { cm.contactId });
        while (!conv && r.next())
            if (threadSubject(r.str(3)) == wanted)
                conv = r.conversation();
    }

    const QDateTime t = now();
    // last_seen_at only ever moves together with a contact.updated event, so every cache that
    // follows the log agrees with the server. It moves at most every few minutes while the
    // customer keeps writing (one event per visit, not per message), at once when the caller
    // changed the contact anyway.
    auto contact = loadContact(cm.contactId);
    if (!contact)
        return Error { ErrorCode::NotFound, u"no contact '%1'"_s.arg(cm.contactId) };
    if (cm.contactChanged || !contact->lastSeenAt.isValid() || contact->lastSeenAt.msecsTo(t) >= LastSeenResolutionMs) {
        contact->lastSeenAt = t;
        saveContact(*contact, false);
        appendEvent(events::ContactUpdated, contact->toJson());
    }
    const bool isNew = !conv;
    if (isNew) {
        Conversation c;
        c.id = newId(u"c_");
        c.contactId = cm.contactId;
        c.channel = cm.channel;
        c.subject = cm.subject.trimmed().isEmpty() ? QString() : cm.subject;
        c.status = u"open"_s;
        c.priority = u"none"_s;
        c.createdAt = c.updatedAt = c.lastMessageAt = t;
        c.version = 1;
        saveConversation(c, true);
        conv = c;
    } else {
        if (conv->status != "open"_L1) { // a customer message reopens a snoozed or resolved conversation
            conv->status = u"open"_s;
            conv->snoozedUntil = QDateTime();
            conv->version += 1;
        }
        conv->lastMessageAt = conv->updatedAt = t;
        saveConversation(*conv, false);
    }
    Message m;
    m.id = newId(u"m_");
    m.conversationId = conv->id;
    m.clientId = cm.clientId;
    m.kind = u"reply"_s;
    m.author = { u"contact"_s, cm.contactId };
    m.channel = cm.channel;
    m.body = cm.body;
    m.createdAt = t;
    insertMessage(m);
    appendEvent(isNew ? events::ConversationCreated : events::ConversationUpdated, conv->toJson());
    appendEvent(events::MessageCreated, m.toJson());
    out.ack.conversationId = conv->id;
    out.ack.messageId = m.id;
    return std::nullopt;
}

Outcome SqlStorage::inbound(const InboundMessage &message)
{
    Outcome bad;
    auto fields = ContactFields::parse(message.contact, u"contact"_s);
    if (auto e = checkId(message.clientId, u"client_id"_s))
        bad.error = e;
    else if (message.channel != "chat"_L1 && message.channel != "email"_L1)
        bad.error = Error { ErrorCode::BadRequest, u"channel must be chat or email"_s };
    else if (!fields)
        bad.error = fields.error();
    else if (message.subject.size() > limits::MaxSubjectChars)
        bad.error = Error { ErrorCode::TooLarge, u"a subject is limited to %1 characters"_s.arg(limits::MaxSubjectChars) };
    else if (auto e2 = checkId(message.conversationId, u"conversation_id"_s, false))
        bad.error = e2;
    else if (auto e3 = checkBody(message.body))
        bad.error = e3;
    if (bad.error)
        return bad;

    return mutate("storing an inbound message", u"inbound"_s, u"api"_s, message.clientId,
                  [&](Outcome &out) -> std::optional<Error> {
                      bool created = false, changed = false;
                      auto contact = findOrCreateContact(*fields, &created, &changed);
                      if (!contact)
                          return contact.error();
                      return deliverCustomerMessage(CustomerMessage { contact->id, message.channel, message.subject,
                                                                      message.body, message.clientId,
                                                                      message.conversationId, created || changed },
                                                    out);
                  });
}

// ---------------------------------------------------------------------------------------------
// visitors
QString SqlStorage::contactForVisitorToken(const QByteArray &tokenHash)
{
    if (!m_open || tokenHash.isEmpty())
        return {};
    try {
        Rows r = select(u"SELECT contact_id FROM visitor_tokens WHERE hash = ?"_s, { hashKey(tokenHash) });
        return r.next() ? r.str(0) : QString();
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "contactForVisitorToken:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return {};
    }
}

Result<Contact> SqlStorage::createVisitor(const QByteArray &tokenHash, QList<Event> *events)
{
    if (tokenHash.isEmpty())
        return Error { ErrorCode::BadRequest, u"a visitor needs a token"_s };
    Contact c;
    QList<Event> local;
    auto error = writeTransaction("creating a visitor", local, [&]() -> std::optional<Error> {
        {
            Rows r = select(u"SELECT 1 FROM visitor_tokens WHERE hash = ?"_s, { hashKey(tokenHash) });
            if (r.next())
                return Error { ErrorCode::BadRequest, u"this visitor token is already in use"_s };
        }
        const QDateTime t = now();
        c.id = newId(u"ct_");
        c.name = u"Visitor %1"_s.arg(QRandomGenerator::system()->bounded(1000, 10000));
        c.createdAt = c.lastSeenAt = t;
        saveContact(c, true);
        run(u"INSERT INTO visitor_tokens (hash, contact_id, created_at) VALUES (?, ?, ?)"_s,
            { hashKey(tokenHash), c.id, timeValue(t) });
        appendEvent(events::ContactUpdated, c.toJson());
        return std::nullopt;
    });
    if (error)
        return *error;
    if (events)
        events->append(local);
    return c;
}

Outcome SqlStorage::visitorSend(const QString &contactId, const protocol::VisitorSend &request)
{
    Outcome bad;
    if (auto e = checkId(request.clientId, u"client_id"_s))
        bad.error = e;
    else if (auto e2 = checkId(contactId, u"contact id"_s))
        bad.error = e2;
    else if (auto e3 = checkBody(request.body))
        bad.error = e3;
    if (bad.error)
        return bad;

    return mutate("storing a visitor message", u"visitor_send"_s, u"contact:"_s + contactId, request.clientId,
                  [&](Outcome &out) -> std::optional<Error> {
                      return deliverCustomerMessage( // answers not_found for an unknown contact
                          CustomerMessage { contactId, u"chat"_s, QString(), request.body, request.clientId, QString() },
                          out);
                  });
}

QList<Message> SqlStorage::contactMessages(const QString &contactId, int limit)
{
    QList<Message> out;
    if (!m_open || contactId.isEmpty())
        return out;
    try {
        Rows r = select(u"SELECT "_s + messageCols("m."_L1)
                            + u" FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                              "WHERE c.contact_id = ? ORDER BY m.ord DESC LIMIT ?"_s,
                        { contactId, limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max() });
        while (r.next())
            out.append(r.message());
        std::reverse(out.begin(), out.end());
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "contactMessages:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        out.clear();
    }
    return out;
}

std::optional<Contact> SqlStorage::contact(const QString &id)
{
    if (!m_open)
        return std::nullopt;
    try {
        return loadContact(id);
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "contact:" << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return std::nullopt;
    }
}

Result<VisitorBinding> SqlStorage::arriveVisitor(const VisitorArrival &arrival, QList<Event> *events)
{
    if (arrival.newTokenHash.isEmpty())
        return Error { ErrorCode::BadRequest, u"a visitor needs a token"_s };
    if (auto e = checkId(arrival.externalId, u"external_id"_s, false))
        return *e;
    if (auto e = protocol::validateAttributes(arrival.attributes, false))
        return *e;
    VisitorBinding out;
    QList<Event> local;
    auto error = writeTransaction("receiving a visitor", local, [&]() -> std::optional<Error> {
        const QDateTime t = now();
        std::optional<Contact> held; // the contact of the token it presented
        if (!arrival.tokenHash.isEmpty()) {
            QString id;
            {
                Rows r = select(u"SELECT contact_id FROM visitor_tokens WHERE hash = ?"_s, { hashKey(arrival.tokenHash) });
                if (r.next())
                    id = r.str(0);
            }
            if (!id.isEmpty())
                held = loadContact(id);
        }
        const bool heldAnonymous = held && held->externalId.isEmpty();

        std::optional<Contact> target;
        bool created = false;
        bool rebind = false; // the presented token moves to the target contact
        QList<Conversation> moved;
        if (!arrival.externalId.isEmpty()) {
            {
                Rows r = select(u"SELECT "_s + ContactCols + u" FROM contacts WHERE external_id = ?"_s,
                                { arrival.externalId });
                if (r.next())
                    target = r.contact();
            }
            if (target && heldAnonymous) {
                // An anonymous visitor signs in as a known customer: its chats follow it.
                Rows r = select(u"SELECT "_s + ConversationCols + u" FROM conversations WHERE contact_id = ? "
                                                                  "ORDER BY created_at, id"_s,
                                { held->id });
                while (r.next())
                    moved.append(r.conversation());
                rebind = true;
            } else if (!target && heldAnonymous) {
                target = held; // the anonymous visitor becomes that customer
                target->externalId = arrival.externalId;
            } else if (!target) {
                created = true;
            }
            if (target && held && target->id == held->id)
                rebind = false; // already its token
        } else if (heldAnonymous) {
            target = held;
        } else {
            created = true; // no token, an unknown one, or one of an identified contact
        }
        if (created) {
            Contact c;
            c.id = newId(u"ct_");
            c.name = u"Visitor %1"_s.arg(QRandomGenerator::system()->bounded(1000, 10000));
            c.externalId = arrival.externalId.isEmpty() ? QString() : arrival.externalId;
            c.createdAt = t;
            target = c;
        }

        const Contact before = *target;
        Contact &c = *target;
        if (!arrival.name.isEmpty() && (!arrival.externalId.isEmpty() || c.externalId.isEmpty()))
            c.name = arrival.name;
        QJsonObject attributes = c.attributes;
        for (auto it = arrival.attributes.begin(); it != arrival.attributes.end(); ++it)
            attributes.insert(it.key(), it.value());
        const qint64 sessions = std::max<qint64>(0, qint64(attributes.value("session_count"_L1).toDouble(0)));
        if (identity::startsNewSession(c.lastSeenAt, t) || sessions == 0)
            attributes.insert(u"session_count"_s, sessions + 1);
        if (!protocol::validateAttributes(attributes, false))
            c.attributes = attributes;
        else
            qCWarning(lcStorage) << "visitor" << c.id << ": attributes left as they were (they would exceed the limits)";
        // last_seen_at moves with every change, else at most every few minutes (one event per visit).
        const bool changed = created || !(before == c) || !moved.isEmpty();
        if (changed || !c.lastSeenAt.isValid() || c.lastSeenAt.msecsTo(t) >= LastSeenResolutionMs)
            c.lastSeenAt = t;
        if (created)
            saveContact(c, true);
        else if (!(before == c))
            saveContact(c, false);

        for (Conversation &conv : moved) {
            conv.contactId = c.id;
            conv.updatedAt = t;
            saveConversation(conv, false);
            // What the visitor wrote before signing in is the customer's own from now on, so its
            // messenger still shows it (a visitor sees only its own contact's messages).
            run(u"UPDATE messages SET author_id = ? WHERE conversation_id = ? AND author_type = 'contact' "
                "AND author_id = ?"_s,
                { c.id, conv.id, held->id });
        }
        if (created || !(before == c) || !moved.isEmpty())
            appendEvent(events::ContactUpdated, c.toJson());
        for (const Conversation &conv : std::as_const(moved))
            appendEvent(events::ConversationUpdated, conv.toJson());

        if (rebind) {
            run(u"UPDATE visitor_tokens SET contact_id = ? WHERE hash = ?"_s, { c.id, hashKey(arrival.tokenHash) });
        } else if (!held || held->id != c.id) {
            run(u"INSERT INTO visitor_tokens (hash, contact_id, created_at) VALUES (?, ?, ?)"_s,
                { hashKey(arrival.newTokenHash), c.id, timeValue(t) });
            out.newToken = true;
        }
        out.contact = c;
        return std::nullopt;
    });
    if (error)
        return *error;
    if (events)
        events->append(local);
    return out;
}

IdentitySettings SqlStorage::identitySettings()
{
    if (!m_open)
        return {};
    try {
        Rows r = select(u"SELECT identity_secret, identity_required FROM workspace WHERE slot = 1"_s);
        if (!r.next())
            return {};
        return IdentitySettings { r.str(0), r.flag(1) };
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "identitySettings:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return {};
    }
}

std::optional<Error> SqlStorage::setIdentitySettings(const IdentitySettings &settings)
{
    QList<Event> none;
    return writeTransaction("saving the identity settings", none, [&]() -> std::optional<Error> {
        run(u"UPDATE workspace SET identity_secret = ?, identity_required = ? WHERE slot = 1"_s,
            { text(settings.secret.isEmpty() ? QString() : settings.secret), settings.required ? 1 : 0 });
        return std::nullopt;
    });
}

// ---------------------------------------------------------------------------------------------
// login throttling
namespace {
QString loginKey(const QString &email)
{
    const QByteArray folded = email.trimmed().toCaseFolded().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray("confab-login:" + folded), QCryptographicHash::Sha256).toHex());
}
} // namespace

int SqlStorage::recentLoginFailures(const QString &email, qint64 windowMs)
{
    if (!m_open)
        return 0;
    try {
        Rows r = select(u"SELECT COUNT(*) FROM login_failures WHERE email_hash = ? AND at_ms > ?"_s,
                        { loginKey(email), now().toMSecsSinceEpoch() - windowMs });
        return r.next() ? int(r.i64(0)) : 0;
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "recentLoginFailures:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
        return 0;
    }
}

void SqlStorage::recordLoginFailure(const QString &email, qint64 windowMs)
{
    if (!m_open)
        return;
    try {
        const qint64 t = now().toMSecsSinceEpoch();
        // Expired failures of every address go (the index on at_ms makes this cheap), so the
        // table holds at most one window's worth of failures.
        run(u"DELETE FROM login_failures WHERE at_ms <= ?"_s, { t - windowMs });
        run(u"INSERT INTO login_failures (email_hash, at_ms) VALUES (?, ?)"_s, { loginKey(email), t });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "recordLoginFailure:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
    }
}

void SqlStorage::clearLoginFailures(const QString &email)
{
    if (!m_open)
        return;
    try {
        run(u"DELETE FROM login_failures WHERE email_hash = ?"_s, { loginKey(email) });
    } catch (const SqlFailure &f) {
        qCWarning(lcStorage).noquote() << "clearLoginFailures:"
                                       << dialect::describeError(m_engine, f.error, m_options.busyTimeoutMs);
    }
}

// ---------------------------------------------------------------------------------------------
// several nodes
std::unique_ptr<StorageWatcher> SqlStorage::watch()
{
    if (m_engine != Engine::Postgres)
        return nullptr;
    auto notifier = std::make_unique<PgNotifier>(m_target);
    notifier->start(); // on failure it keeps retrying, and says so in the log
    return notifier;
}

QString PostgresTarget::describe() const
{
    QUrl url;
    url.setScheme(u"postgres"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    return url.toString();
}

std::optional<PostgresTarget> PostgresTarget::fromUrl(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<PostgresTarget> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(u"not a valid postgres:// URL (%1)"_s.arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "postgres"_L1 && scheme != "postgresql"_L1)
        return fail(u"a PostgreSQL URL starts with postgres://"_s);
    PostgresTarget t;
    if (!url.host().isEmpty())
        t.host = url.host();
    t.port = url.port(5432);
    if (t.port <= 0 || t.port > 65535)
        return fail(u"the port must be 1 to 65535"_s);
    t.user = url.userName();
    t.password = url.password();
    if (t.password.isEmpty())
        t.password = qEnvironmentVariable("CONFABD_DB_PASSWORD");
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(u'/'))
        return fail(u"the URL must name one database: postgres://USER:PASSWORD@HOST:PORT/DATABASE"_s);
    t.database = path;
    if (t.user.isEmpty())
        return fail(u"the URL must name a user: postgres://USER:PASSWORD@HOST:PORT/DATABASE"_s);
    // libpq settings that make sense here; anything else is refused rather than ignored.
    static const QStringList allowed { u"sslmode"_s,     u"sslrootcert"_s,      u"sslcert"_s,
                                       u"sslkey"_s,      u"sslcrl"_s,           u"connect_timeout"_s,
                                       u"application_name"_s, u"target_session_attrs"_s,
                                       u"keepalives"_s,  u"keepalives_idle"_s,  u"keepalives_interval"_s,
                                       u"keepalives_count"_s, u"tcp_user_timeout"_s };
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!allowed.contains(key))
            return fail(u"unknown connection option '%1' (known: %2)"_s.arg(key, allowed.join(u", "_s)));
        if (value.isEmpty() || value.contains(u';') || value.contains(u' ') || value.contains(u'\'')
            || value.contains(u'\\'))
            return fail(u"the value of '%1' must be one word"_s.arg(key));
        options.append(key + u'=' + value);
    }
    if (!items.isEmpty() && !options.isEmpty())
        t.connectOptions = options.join(u';');
    if (error)
        error->clear();
    return t;
}

// ---------------------------------------------------------------------------------------------
// seeding
std::optional<Error> SqlStorage::seed(const SeedData &data)
{
    QList<Event> local;
    return writeTransaction("seeding", local, [&]() -> std::optional<Error> {
        {
            Rows r = select(u"SELECT COUNT(*) FROM agents"_s);
            if (r.next() && r.i64(0) > 0)
                return Error { ErrorCode::BadRequest, u"the database already has agents; seed an empty database"_s };
        }
        {
            const QJsonArray links = data.workspace.toJson().value("admin_links"_L1).toArray();
            run(u"UPDATE workspace SET id = ?, name = ?, admin_links = ? WHERE slot = 1"_s,
                { data.workspace.id.isEmpty() ? newId(u"w_") : data.workspace.id,
                  data.workspace.name.isNull() ? u""_s : data.workspace.name, json(links) });
            if (!data.visitorKey.isEmpty())
                run(u"UPDATE workspace SET visitor_key = ? WHERE slot = 1"_s, { data.visitorKey });
            if (!data.identitySecret.isEmpty())
                run(u"UPDATE workspace SET identity_secret = ? WHERE slot = 1"_s, { data.identitySecret });
        }
        for (const protocol::Team &t : data.teams)
            run(u"INSERT INTO teams (id, name) VALUES (?, ?)"_s, { t.id, t.name.isNull() ? u""_s : t.name });
        for (const SeedData::SeedAgent &a : data.agents)
            insertAgent(a.agent, a.passwordHash);
        for (const protocol::Team &t : data.teams)
            for (const QString &member : t.memberIds)
                run(u"INSERT INTO team_members (team_id, agent_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                    { t.id, member });
        for (const Contact &c : data.contacts)
            saveContact(c, true);
        for (const ContactEvent &e : data.contactEvents)
            run(u"INSERT INTO contact_events (id, contact_id, name, properties, occurred_at) VALUES (?, ?, ?, ?, ?)"_s,
                { e.id, e.contactId, e.name, json(e.properties), timeValue(e.occurredAt) });
        for (const Conversation &c : data.conversations)
            saveConversation(c, true);
        // The ordering key follows creation time, so history reads in the order it happened.
        QList<const Message *> messages;
        messages.reserve(data.messages.size());
        for (const Message &m : data.messages)
            messages.append(&m);
        std::stable_sort(messages.begin(), messages.end(),
                         [](const Message *a, const Message *b) { return a->createdAt < b->createdAt; });
        for (const Message *m : std::as_const(messages))
            insertMessage(*m);
        for (const protocol::Article &a : data.articles)
            run(u"INSERT INTO articles (id, title, body, url, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                { a.id, a.title, a.body.isNull() ? u""_s : a.body, text(a.url), timeValue(a.updatedAt) });
        for (const protocol::SavedReply &s : data.savedReplies)
            run(u"INSERT INTO saved_replies (id, title, body) VALUES (?, ?, ?)"_s,
                { s.id, s.title, s.body.isNull() ? u""_s : s.body });
        for (const QString &h : data.apiKeyHashes)
            run(u"INSERT INTO api_keys (hash, name, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING"_s,
                { hashKey(h.toLatin1()), u"seed"_s, timeValue(now()) });
        appendEvent(events::WorkspaceUpdated, loadWorkspace().toJson());
        qCInfo(lcStorage).noquote() << "seeded" << data.agents.size() << "agents," << data.contacts.size()
                                    << "contacts," << data.conversations.size() << "conversations,"
                                    << data.messages.size() << "messages";
        return std::nullopt;
    });
}

// ---------------------------------------------------------------------------------------------
// Group commit (durability.h)
bool SqlStorage::deferCommitSync()
{
    if (!m_open || m_txEvents || m_path.isEmpty() || m_path == ":memory:"_L1)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next() || q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return false;
    q.finish();
    if (!q.exec(u"PRAGMA synchronous = NORMAL"_s)) {
        qCWarning(lcStorage).noquote() << "cannot defer commit syncs:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace confab::server
