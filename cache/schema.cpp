#include "cache/schema.h"

#include "cache/internal.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace confab::cache::schema {

using namespace Qt::StringLiterals;

QString messageIdIndexStatement()
{
    return u"CREATE UNIQUE INDEX messages_id ON messages (id)"_s;
}

namespace {

// Version 1: the complete initial schema.
//
// Times are integer milliseconds since the epoch (UTC). A message's `rid` grows with insertion
// (cheap appends to the table and to the FTS index, which shares the rowid); its `pos` =
// created_ms * 4096 + a small per-id offset is the time order used for paging and sorting.
// The FTS5 tables are contentless: the writer feeds them text folded by
// internal::ftsText (NFKD, marks removed, case folded), which also covers scripts that
// SQLite's unicode61 does not fold (Greek accents, Cyrillic ё); snippets are built in C++.
const QStringList &version1()
{
    static const QStringList statements {
        uR"(CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT,
    agent_id TEXT,
    log_id TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    head_at_last_sync INTEGER NOT NULL DEFAULT 0
))"_s,
        u"INSERT INTO sync_state (id) VALUES (1)"_s,
        u"CREATE TABLE workspace (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)"_s,
        u"CREATE TABLE agents (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID"_s,
        u"CREATE TABLE teams (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID"_s,
        uR"(CREATE TABLE contacts (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    external_id TEXT,
    tags TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '',
    created_ms INTEGER,
    last_seen_ms INTEGER,
    server_json TEXT
))"_s,
        uR"(CREATE TABLE contact_events (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL,
    name TEXT NOT NULL,
    properties TEXT NOT NULL DEFAULT '',
    occurred_ms INTEGER NOT NULL
))"_s,
        u"CREATE INDEX contact_events_by_contact ON contact_events (contact_id, occurred_ms)"_s,
        // Displayed state (server state with queued updates applied); server_json holds the
        // server's own state only while an optimistic update is on top of it.
        // Sort keys (generated, indexed) are chosen so that a new message — which moves only
        // last_ms — rewrites as few index entries as possible:
        //   prio_key DESC: urgent > high > low > none, then first come first served (created_ms);
        //   wait_key ASC:  waiting conversations by how long the customer has waited, then the
        //                  rest by creation.
        uR"(CREATE TABLE conversations (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    snoozed_until_ms INTEGER,
    assignee_id TEXT,
    team_id TEXT,
    priority TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    last_ms INTEGER NOT NULL,
    version INTEGER NOT NULL,
    waiting_ms INTEGER,
    is_local INTEGER NOT NULL DEFAULT 0,
    history_complete INTEGER NOT NULL DEFAULT 0,
    server_json TEXT,
    prio_key INTEGER GENERATED ALWAYS AS ((CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'low' THEN 1 ELSE 0 END) * 17592186044416 + 17592186044415 - created_ms) VIRTUAL,
    wait_key INTEGER GENERATED ALWAYS AS (CASE WHEN waiting_ms IS NULL THEN 4503599627370496 + created_ms ELSE waiting_ms END) VIRTUAL
))"_s,
        u"CREATE INDEX conversations_status_last ON conversations (status, last_ms, id)"_s,
        u"CREATE INDEX conversations_status_wait ON conversations (status, wait_key, id)"_s,
        u"CREATE INDEX conversations_status_prio ON conversations (status, prio_key, id)"_s,
        u"CREATE INDEX conversations_assignee_last ON conversations (assignee_id, status, last_ms, id)"_s,
        u"CREATE INDEX conversations_assignee_wait ON conversations (assignee_id, status, wait_key, id)"_s,
        u"CREATE INDEX conversations_assignee_prio ON conversations (assignee_id, status, prio_key, id)"_s,
        u"CREATE INDEX conversations_team_last ON conversations (team_id, status, last_ms, id)"_s,
        u"CREATE INDEX conversations_team_wait ON conversations (team_id, status, wait_key, id)"_s,
        u"CREATE INDEX conversations_team_prio ON conversations (team_id, status, prio_key, id)"_s,
        u"CREATE INDEX conversations_contact ON conversations (contact_id, last_ms)"_s,
        uR"(CREATE TABLE messages (
    rid INTEGER PRIMARY KEY,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    client_id TEXT,
    kind TEXT NOT NULL,
    author_type TEXT NOT NULL,
    author_id TEXT,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    server_deleted INTEGER NOT NULL DEFAULT 0,
    is_local INTEGER NOT NULL DEFAULT 0
))"_s,
        messageIdIndexStatement(),
        u"CREATE INDEX messages_by_conversation ON messages (conversation_id, pos)"_s,
        u"CREATE INDEX messages_local ON messages (client_id) WHERE is_local = 1"_s,
        uR"(CREATE TABLE mentions (
    agent_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    message_rid INTEGER NOT NULL REFERENCES messages (rid) ON DELETE CASCADE,
    PRIMARY KEY (agent_id, conversation_id, message_rid)
) WITHOUT ROWID)"_s,
        u"CREATE INDEX mentions_by_message ON mentions (message_rid)"_s,
        uR"(CREATE TABLE articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    updated_ms INTEGER
))"_s,
        u"CREATE TABLE saved_replies (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID"_s,
        uR"(CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    conversation_id TEXT,
    contact_id TEXT,
    message_id TEXT,
    request TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    conflict_json TEXT,
    created_ms INTEGER NOT NULL
))"_s,
        u"CREATE INDEX outbox_by_conversation ON outbox (conversation_id, id)"_s,
        u"CREATE INDEX outbox_by_contact ON outbox (contact_id, id)"_s,
        u"CREATE INDEX outbox_by_message ON outbox (message_id)"_s,
        uR"(CREATE TABLE drafts (
    conversation_id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    mode TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE read_markers (
    conversation_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    read_pos INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, agent_id)
) WITHOUT ROWID)"_s,
        u"CREATE VIRTUAL TABLE messages_fts USING fts5 (body, content='', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE VIRTUAL TABLE conversations_fts USING fts5 (subject, content='', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE VIRTUAL TABLE contacts_fts USING fts5 (name, email, content='', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content='', tokenize='unicode61 remove_diacritics 2')"_s,
    };
    return statements;
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return internal::sqlError(q.lastError(), u"schema"_s);
    return {};
}

} // namespace

int currentVersion()
{
    return 1;
}

QStringList migrationStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    default:
        return {};
    }
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    int version = userVersion(db);
    if (version < 0)
        return CacheError { CacheError::Database, u"cannot read the cache's schema version: %1"_s.arg(db.lastError().text()) };
    if (version > currentVersion())
        return CacheError { CacheError::Invalid,
                            u"the cache file has schema version %1, newer than this build knows (%2)"_s.arg(version).arg(
                                currentVersion()) };
    while (version < targetVersion) {
        const int next = version + 1;
        if (auto s = exec(db, u"BEGIN IMMEDIATE"_s); !s)
            return s;
        for (const QString &statement : migrationStatements(next)) {
            if (auto s = exec(db, statement); !s) {
                exec(db, u"ROLLBACK"_s).ok();
                return s;
            }
        }
        if (auto s = exec(db, u"PRAGMA user_version = %1"_s.arg(next)); !s) {
            exec(db, u"ROLLBACK"_s).ok();
            return s;
        }
        if (auto s = exec(db, u"COMMIT"_s); !s) {
            exec(db, u"ROLLBACK"_s).ok();
            return s;
        }
        version = next;
    }
    return {};
}

Status open(QSqlDatabase &db)
{
    // WAL lets the GUI's read-only connection read while the writer writes. synchronous=FULL
    // makes every commit durable, which the outbox needs (a queued reply must survive a crash).
    for (const QString &pragma : { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                   u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
                                   // A sync transaction touches many index pages: keep them in memory
                                   // instead of spilling to the WAL and reading them back.
                                   u"PRAGMA cache_size = -65536"_s }) {
        if (auto s = exec(db, pragma); !s)
            return s;
    }
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next() || q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return CacheError { CacheError::Database, u"cannot switch the cache to WAL mode"_s };
    q.finish();
    return migrate(db, currentVersion());
}

QStringList describe(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s))
        return { u"error: "_s + q.lastError().text() };
    static const QRegularExpression spaces(u"\\s+"_s);
    while (q.next()) {
        QString sql = q.value(3).toString();
        sql.replace(spaces, u" "_s);
        out.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString() + u'|' + sql);
    }
    return out;
}

} // namespace confab::cache::schema
