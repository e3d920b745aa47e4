#include "cache/cachewriter.h"

#include "cache/internal.h"
#include "cache/schema.h"
#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unordered_map>

namespace confab::cache {

using namespace Qt::StringLiterals;
using namespace internal;
namespace limits = protocol::limits;

namespace {

// Thrown inside a transaction body: the transaction is rolled back and the error returned.
struct Abort
{
    CacheError error;
};

[[noreturn]] void fail(CacheError::Code code, const QString &message)
{
    throw Abort { CacheError { code, message } };
}

const QString LocalPrefix = u"local:"_s;

QString localId(const QString &clientId)
{
    return LocalPrefix + clientId;
}

QString requestText(const protocol::AgentRequest &request)
{
    return QString::fromUtf8(protocol::encodeFrame(request));
}

QVariant v(const QString &s)
{
    return QVariant(s);
}

} // namespace

// ======================================================================================
class WriterPrivate
{
public:
    explicit WriterPrivate(CacheWriter *q) : q(q) { }

    CacheWriter *q;
    QSqlDatabase db;
    QString connectionName;
    QString path;
    int busyTimeoutMs = 2000;
    qint64 clockOffsetMs = 0; // tests: the machine's clock is this far off
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> statements;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> dynamicStatements;
    qint64 maxTxMs = 0;

    // Bulk loading: while an initial snapshot goes into an empty cache, the unique index on
    // messages.id is dropped (random ids would rewrite most of its pages in every chunk) and
    // duplicates are caught by bulkIds instead. The last chunk — or any other write, or the next
    // open() — creates the index again.
    bool bulk = false;
    bool bulkAllowed = false; // set by applySnapshotChunk for its transaction
    bool bulkIdsStale = false;
    QSet<QString> bulkIds;
    enum class BulkChange { None, Started, Ended };
    BulkChange bulkChange = BulkChange::None;

    // ---- per-transaction state
    ChangeSet changes;
    bool signalOutboxReady = false;
    std::optional<std::pair<QString, QString>> readToAnnounce;
    struct Wait
    {
        qint64 lastPos = 0; // the conversation's newest message position
        std::optional<qint64> waiting;
        std::optional<qint64> origWaiting; // as stored
        bool existed = false;
        bool recompute = false;
    };
    QHash<QString, Wait> waits;
    std::optional<QSet<QString>> localClientIds;
    struct Overlays
    {
        QSet<QString> conversations;
        QSet<QString> contacts;
        QSet<QString> deletes; // message ids
    };
    std::optional<Overlays> overlays;

    // ---- statements
    QSqlQuery &prepared(const char *sql)
    {
        auto it = statements.find(sql);
        if (it != statements.end())
            return *it->second;
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true); // no client-side row cache
        if (!query->prepare(QString::fromLatin1(sql)))
            throw Abort { sqlError(query->lastError(), u"prepare"_s) };
        QSqlQuery &ref = *query;
        statements.emplace(sql, std::move(query));
        return ref;
    }

    template<typename... A>
    QSqlQuery &x(const char *sql, const A &...args)
    {
        QSqlQuery &query = prepared(sql);
        int i = 0;
        (query.bindValue(i++, QVariant(args)), ...);
        if (!query.exec())
            throw Abort { sqlError(query.lastError(), QString::fromLatin1(sql).simplified().left(80)) };
        return query;
    }

    bool execDirect(const QString &sql, CacheError *error)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        if (error)
            *error = sqlError(query.lastError(), sql);
        return false;
    }

    void finishAll()
    {
        for (auto &s : statements)
            s.second->finish();
        for (auto &s : dynamicStatements)
            s.second->finish();
    }

    // ---- transactions
    // Durability of a commit. The user's own writes (outbox entries, drafts) are fsynced before
    // the command returns (synchronous=FULL). What came from the server is committed with
    // synchronous=NORMAL: WAL keeps it atomic and consistent, and a power cut can only lose the
    // latest such transactions — together with the lastSeq stored in them, so the next sync
    // fetches them again. A FULL commit's fsync also makes every earlier frame in the WAL durable.
    enum class Durability { Normal, Full };
    int synchronousLevel = -1;

    template<typename F>
    Status transact(F &&body, Durability durability = Durability::Normal)
    {
        if (!db.isOpen())
            return CacheError { CacheError::NotOpen, u"the cache is not open"_s };
        QElapsedTimer timer;
        timer.start();
        CacheError error;
        const int level = durability == Durability::Full ? 2 : 1;
        if (level != synchronousLevel) {
            if (!execDirect(level == 2 ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s, &error))
                return error;
            synchronousLevel = level;
        }
        if (!execDirect(u"BEGIN IMMEDIATE"_s, &error))
            return error;
        changes = ChangeSet();
        signalOutboxReady = false;
        readToAnnounce.reset();
        waits.clear();
        localClientIds.reset();
        overlays.reset();
        bulkChange = BulkChange::None;
        const bool allowBulk = std::exchange(bulkAllowed, false);
        auto undoBulkChange = [this] {
            // The transaction's DROP/CREATE INDEX was rolled back with it.
            if (bulkChange == BulkChange::Started) {
                bulk = false;
                bulkIds.clear();
            } else if (bulkChange == BulkChange::Ended) {
                bulk = true;
                bulkIdsStale = true;
            } else if (bulk) {
                bulkIdsStale = true; // ids of rolled-back rows may be in bulkIds
            }
            bulkChange = BulkChange::None;
        };
        try {
            if (bulk && !allowBulk)
                endBulk();
            body();
            flushWaits();
        } catch (const Abort &abort) {
            finishAll();
            execDirect(u"ROLLBACK"_s, nullptr);
            changes = ChangeSet();
            undoBulkChange();
            return abort.error;
        }
        finishAll();
        if (!execDirect(u"COMMIT"_s, &error)) {
            execDirect(u"ROLLBACK"_s, nullptr);
            changes = ChangeSet();
            undoBulkChange();
            return error;
        }
        maxTxMs = std::max(maxTxMs, timer.elapsed());
        ChangeSet committed = std::move(changes);
        changes = ChangeSet();
        const bool ready = signalOutboxReady;
        const auto read = readToAnnounce;
        if (!committed.isEmpty())
            Q_EMIT q->changed(committed);
        if (ready)
            Q_EMIT q->outboxReady();
        if (read)
            Q_EMIT q->readMarked(read->first, read->second);
        return {};
    }

    // ---- bulk loading
    void startBulkIfEmpty()
    {
        if (bulk) {
            if (bulkIdsStale) {
                bulkIds.clear();
                QSqlQuery &all = x("SELECT id FROM messages");
                while (all.next())
                    bulkIds.insert(all.value(0).toString());
                all.finish();
                bulkIdsStale = false;
            }
            return;
        }
        // Only into a cache without server messages (this device's unsent ones may be there).
        QSqlQuery &any = x("SELECT 1 FROM messages WHERE is_local = 0 LIMIT 1");
        const bool hasServerMessages = any.next();
        any.finish();
        if (hasServerMessages)
            return;
        bulkIds.clear();
        QSqlQuery &local = x("SELECT id FROM messages");
        while (local.next())
            bulkIds.insert(local.value(0).toString());
        local.finish();
        finishAll(); // no statement may be active across a schema change
        QSqlQuery drop(db);
        if (!drop.exec(u"DROP INDEX IF EXISTS messages_id"_s))
            throw Abort { sqlError(drop.lastError(), u"bulk load"_s) };
        bulk = true;
        bulkIdsStale = false;
        bulkChange = BulkChange::Started;
    }

    void endBulk()
    {
        if (!bulk)
            return;
        finishAll();
        QSqlQuery create(db);
        if (!create.exec(schema::messageIdIndexStatement()))
            throw Abort { sqlError(create.lastError(), u"end of bulk load"_s) };
        bulk = false;
        bulkIds.clear();
        bulkChange = BulkChange::Ended;
    }

    // ---- sync state
    SyncState readSyncState()
    {
        SyncState s;
        QSqlQuery &query = x("SELECT server_url, agent_id, log_id, last_seq, head_at_last_sync FROM sync_state WHERE id = 1");
        if (query.next()) {
            s.serverUrl = query.value(0).toString();
            s.agentId = query.value(1).toString();
            s.logId = query.value(2).toString();
            s.lastSeq = query.value(3).toLongLong();
            s.headAtLastSync = query.value(4).toLongLong();
        }
        query.finish();
        return s;
    }

    QString me() { return readSyncState().agentId; }

    // ---- per-transaction caches
    QSet<QString> &locals()
    {
        if (!localClientIds) {
            localClientIds.emplace();
            QSqlQuery &query = x("SELECT client_id FROM messages WHERE is_local = 1");
            while (query.next())
                localClientIds->insert(query.value(0).toString());
            query.finish();
        }
        return *localClientIds;
    }

    Overlays &overlay()
    {
        if (!overlays) {
            overlays.emplace();
            QSqlQuery &query = x("SELECT kind, conversation_id, contact_id, message_id FROM outbox "
                                 "WHERE state IN ('pending', 'sending') AND kind IN ('update', 'update_contact', 'delete_note')");
            while (query.next()) {
                const QString kind = query.value(0).toString();
                if (kind == "update"_L1)
                    overlays->conversations.insert(query.value(1).toString());
                else if (kind == "update_contact"_L1)
                    overlays->contacts.insert(query.value(2).toString());
                else
                    overlays->deletes.insert(query.value(3).toString());
            }
            query.finish();
        }
        return *overlays;
    }
    void outboxChanged()
    {
        overlays.reset();
        changes.outbox = true;
    }

    // ---- waiting-since bookkeeping (for the "waiting longest" sort)
    Wait &wait(const QString &conversationId)
    {
        auto it = waits.find(conversationId);
        if (it != waits.end())
            return *it;
        // Must be loaded before a new message of the conversation is inserted.
        Wait w;
        QSqlQuery &query = x("SELECT EXISTS (SELECT 1 FROM conversations WHERE id = ?), "
                             "(SELECT waiting_ms FROM conversations WHERE id = ?), "
                             "(SELECT MAX(pos) FROM messages WHERE conversation_id = ?)",
                             conversationId, conversationId, conversationId);
        if (query.next()) {
            w.existed = query.value(0).toBool();
            if (!query.value(1).isNull())
                w.waiting = query.value(1).toLongLong();
            w.lastPos = query.value(2).toLongLong();
        }
        query.finish();
        w.origWaiting = w.waiting;
        return *waits.insert(conversationId, w);
    }

    void noteMessage(const QString &conversationId, qint64 pos, const QString &kind, const QString &authorType,
                     qint64 createdMs)
    {
        Wait &w = wait(conversationId);
        if (pos <= w.lastPos) {
            w.recompute = true; // older history: recount from the messages
            return;
        }
        w.lastPos = pos;
        if (kind == "reply"_L1) {
            if (authorType == "contact"_L1) {
                if (!w.waiting)
                    w.waiting = createdMs;
            } else if (authorType == "agent"_L1) {
                w.waiting.reset();
            }
        }
    }

    void recomputeWait(const QString &conversationId)
    {
        wait(conversationId).recompute = true;
    }

    void flushWaits()
    {
        for (auto it = waits.cbegin(); it != waits.cend(); ++it) {
            const Wait &w = it.value();
            if (w.recompute || !w.existed) {
                // The oldest customer reply after the last agent reply, counted from the messages.
                x("UPDATE conversations SET waiting_ms = (SELECT MIN(m.created_ms) FROM messages m "
                  "WHERE m.conversation_id = ? AND m.kind = 'reply' AND m.author_type = 'contact' "
                  "AND m.pos > COALESCE((SELECT MAX(a.pos) FROM messages a WHERE a.conversation_id = ? "
                  "AND a.kind = 'reply' AND a.author_type = 'agent'), 0)) WHERE id = ?",
                  it.key(), it.key(), it.key());
            } else if (w.waiting != w.origWaiting) {
                x("UPDATE conversations SET waiting_ms = ? WHERE id = ?",
                  w.waiting ? QVariant(*w.waiting) : QVariant(QMetaType(QMetaType::LongLong)), it.key());
            }
        }
        waits.clear();
    }

    // ---- conversations
    QSqlQuery &preparedDynamic(const QString &sql)
    {
        auto it = dynamicStatements.find(sql);
        if (it != dynamicStatements.end())
            return *it->second;
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw Abort { sqlError(query->lastError(), u"prepare"_s) };
        QSqlQuery &ref = *query;
        dynamicStatements.emplace(sql, std::move(query));
        return ref;
    }

    static bool sameValue(const QVariant &a, const QVariant &b)
    {
        if (a.isNull() || b.isNull())
            return a.isNull() && b.isNull();
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString() == b.toString();
        return a.toLongLong() == b.toLongLong();
    }

    // A new conversation row: note whether messages for it arrived earlier, so the waiting
    // state is recounted only when needed.
    void conversationInserted(const QString &id)
    {
        if (waits.contains(id))
            return; // messages came earlier in this transaction: flushWaits recounts
        QSqlQuery &q = x("SELECT 1 FROM messages WHERE conversation_id = ? LIMIT 1", id);
        const bool hasMessages = q.next();
        q.finish();
        if (hasMessages) {
            recomputeWait(id);
        } else {
            Wait w;
            w.existed = true;
            waits.insert(id, w);
        }
    }

    // Stores a conversation's displayed state. Only the columns that differ are written, so a
    // new message (which moves last_ms) touches only the indexes that hold last_ms.
    void writeConversation(const protocol::Conversation &c, bool isLocal, const QVariant &serverJson)
    {
        static const char *const columns[] = { "contact_id", "channel",    "subject",    "status",       "snoozed_until_ms",
                                               "assignee_id", "team_id",   "priority",   "tags",         "created_ms",
                                               "updated_ms",  "last_ms",   "version",    "is_local",     "server_json" };
        constexpr int Count = int(std::size(columns));
        const QVariant values[Count] = { v(orEmpty(c.contactId)),  v(orEmpty(c.channel)),  v(orEmpty(c.subject)),
                                         v(orEmpty(c.status)),     msOrNull(c.snoozedUntil), textOrNull(c.assigneeId),
                                         textOrNull(c.teamId),     v(orEmpty(c.priority)), v(encodeList(c.tags)),
                                         msOrZero(c.createdAt),    msOrZero(c.updatedAt),  msOrZero(c.lastMessageAt),
                                         c.version,                int(isLocal),           serverJson };
        QSqlQuery &sel = x("SELECT rid, contact_id, channel, subject, status, snoozed_until_ms, assignee_id, team_id, "
                           "priority, tags, created_ms, updated_ms, last_ms, version, is_local, server_json, waiting_ms "
                           "FROM conversations WHERE id = ?",
                           c.id);
        if (!sel.next()) {
            sel.finish();
            QSqlQuery &ins = x("INSERT INTO conversations (id, contact_id, channel, subject, status, snoozed_until_ms, "
                               "assignee_id, team_id, priority, tags, created_ms, updated_ms, last_ms, version, is_local, "
                               "server_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               v(c.id), values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                               values[7], values[8], values[9], values[10], values[11], values[12], values[13],
                               values[14]);
            const qint64 rid = ins.lastInsertId().toLongLong();
            if (!c.subject.isEmpty())
                x("INSERT INTO conversations_fts (rowid, subject) VALUES (?, ?)", rid, v(ftsText(c.subject)));
            conversationInserted(c.id);
            changes.conversations.insert(c.id);
            return;
        }
        const qint64 rid = sel.value(0).toLongLong();
        const QString oldSubject = sel.value(3).toString();
        QString set;
        QVariantList args;
        for (int i = 0; i < Count; ++i) {
            if (sameValue(sel.value(i + 1), values[i]))
                continue;
            if (!set.isEmpty())
                set += u", "_s;
            set += QLatin1StringView(columns[i]) + u" = ?"_s;
            args.append(values[i]);
        }
        // The waiting state this transaction computed so far goes into the same write.
        auto w = waits.find(c.id);
        if (w != waits.end() && w->existed && !w->recompute) {
            const QVariant waiting = w->waiting ? QVariant(*w->waiting) : QVariant(QMetaType(QMetaType::LongLong));
            if (!sameValue(sel.value(Count + 1), waiting)) {
                if (!set.isEmpty())
                    set += u", "_s;
                set += u"waiting_ms = ?"_s;
                args.append(waiting);
            }
            w->origWaiting = w->waiting;
        }
        sel.finish();
        if (set.isEmpty())
            return; // nothing changed
        QSqlQuery &upd = preparedDynamic(u"UPDATE conversations SET "_s + set + u" WHERE rid = ?"_s);
        args.append(rid);
        for (int i = 0; i < args.size(); ++i)
            upd.bindValue(i, args.at(i));
        if (!upd.exec())
            throw Abort { sqlError(upd.lastError(), u"update conversation"_s) };
        if (oldSubject != orEmpty(c.subject)) {
            if (!oldSubject.isEmpty())
                x("INSERT INTO conversations_fts (conversations_fts, rowid, subject) VALUES ('delete', ?, ?)", rid,
                  v(ftsText(oldSubject)));
            if (!c.subject.isEmpty())
                x("INSERT INTO conversations_fts (rowid, subject) VALUES (?, ?)", rid, v(ftsText(c.subject)));
        }
        changes.conversations.insert(c.id);
    }

    // A server state of a conversation: stored as is, or under the queued updates' overlay.
    void upsertConversation(const protocol::Conversation &c)
    {
        if (c.id.startsWith(LocalPrefix))
            return; // never let a server entity take a local id
        if (overlay().conversations.contains(c.id))
            recomputeConversation(c.id, &c);
        else
            writeConversation(c, false, QVariant(QMetaType(QMetaType::QString)));
    }

    std::optional<protocol::Conversation> loadConversation(const QString &id, bool *isLocal = nullptr,
                                                           QString *serverJson = nullptr)
    {
        QSqlQuery &query = x("SELECT c.id, c.contact_id, c.channel, c.subject, c.status, c.snoozed_until_ms, "
                             "c.assignee_id, c.team_id, c.priority, c.tags, c.created_ms, c.updated_ms, c.last_ms, "
                             "c.version, c.is_local, c.server_json FROM conversations c WHERE c.id = ?",
                             id);
        if (!query.next()) {
            query.finish();
            return std::nullopt;
        }
        protocol::Conversation c = readConversation(query, 0);
        if (isLocal)
            *isLocal = query.value(14).toBool();
        if (serverJson)
            *serverJson = query.value(15).toString();
        query.finish();
        return c;
    }

    // Displayed state = server state + every pending/sending update of the conversation, in order.
    void recomputeConversation(const QString &id, const protocol::Conversation *serverNew = nullptr)
    {
        protocol::Conversation server;
        if (serverNew) {
            server = *serverNew;
        } else {
            bool isLocal = false;
            QString serverJson;
            auto current = loadConversation(id, &isLocal, &serverJson);
            if (!current || isLocal)
                return;
            if (!serverJson.isEmpty()) {
                auto decoded = entityFromJson<protocol::Conversation>(serverJson);
                server = decoded ? *decoded : *current;
            } else {
                server = *current;
            }
        }
        protocol::Conversation shown = server;
        bool any = false;
        QSqlQuery &query = x("SELECT request FROM outbox WHERE conversation_id = ? AND kind = 'update' "
                             "AND state IN ('pending', 'sending') ORDER BY id",
                             id);
        QList<QJsonObject> sets;
        while (query.next()) {
            const auto decoded = protocol::decodeAgentRequest(query.value(0).toString().toUtf8());
            if (const auto *request = std::get_if<protocol::AgentRequest>(&decoded))
                if (const auto *update = std::get_if<protocol::Update>(request))
                    sets.append(update->set);
        }
        query.finish();
        for (const QJsonObject &set : std::as_const(sets)) {
            applyConversationSet(shown, set);
            any = true;
        }
        writeConversation(shown, false,
                          any ? QVariant(entityJson(server.toJson())) : QVariant(QMetaType(QMetaType::QString)));
    }

    // ---- contacts
    void writeContact(const protocol::Contact &c, const QVariant &serverJson)
    {
        QSqlQuery &ins = x("INSERT INTO contacts (id, name, email, external_id, tags, attributes, created_ms, "
                           "last_seen_ms, server_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                           v(c.id), v(orEmpty(c.name)), v(orEmpty(c.email)), textOrNull(c.externalId),
                           v(encodeList(c.tags)), v(encodeObject(c.attributes)), msOrNull(c.createdAt),
                           msOrNull(c.lastSeenAt), serverJson);
        if (ins.numRowsAffected() == 1) {
            x("INSERT INTO contacts_fts (rowid, name, email) VALUES (?, ?, ?)", ins.lastInsertId().toLongLong(),
              v(ftsText(orEmpty(c.name))), v(ftsText(orEmpty(c.email))));
            changes.contacts.insert(c.id);
            return;
        }
        QSqlQuery &sel = x("SELECT rid, name, email FROM contacts WHERE id = ?", c.id);
        if (!sel.next())
            fail(CacheError::Database, u"contact %1 vanished while being stored"_s.arg(c.id));
        const qint64 rid = sel.value(0).toLongLong();
        const QString oldName = sel.value(1).toString();
        const QString oldEmail = sel.value(2).toString();
        sel.finish();
        x("UPDATE contacts SET name = ?, email = ?, external_id = ?, tags = ?, attributes = ?, created_ms = ?, "
          "last_seen_ms = ?, server_json = ? WHERE rid = ?",
          v(orEmpty(c.name)), v(orEmpty(c.email)), textOrNull(c.externalId), v(encodeList(c.tags)),
          v(encodeObject(c.attributes)), msOrNull(c.createdAt), msOrNull(c.lastSeenAt), serverJson, rid);
        if (oldName != orEmpty(c.name) || oldEmail != orEmpty(c.email)) {
            x("INSERT INTO contacts_fts (contacts_fts, rowid, name, email) VALUES ('delete', ?, ?, ?)", rid,
              v(ftsText(oldName)), v(ftsText(oldEmail)));
            x("INSERT INTO contacts_fts (rowid, name, email) VALUES (?, ?, ?)", rid, v(ftsText(orEmpty(c.name))),
              v(ftsText(orEmpty(c.email))));
        }
        changes.contacts.insert(c.id);
    }

    void upsertContact(const protocol::Contact &c)
    {
        if (overlay().contacts.contains(c.id))
            recomputeContact(c.id, &c);
        else
            writeContact(c, QVariant(QMetaType(QMetaType::QString)));
    }

    std::optional<protocol::Contact> loadContact(const QString &id, QString *serverJson = nullptr)
    {
        QSqlQuery &query = x("SELECT id, name, email, external_id, tags, attributes, created_ms, last_seen_ms, server_json "
                             "FROM contacts WHERE id = ?",
                             id);
        if (!query.next()) {
            query.finish();
            return std::nullopt;
        }
        protocol::Contact c = readContact(query, 0);
        if (serverJson)
            *serverJson = query.value(8).toString();
        query.finish();
        return c;
    }

    void recomputeContact(const QString &id, const protocol::Contact *serverNew = nullptr)
    {
        protocol::Contact server;
        if (serverNew) {
            server = *serverNew;
        } else {
            QString serverJson;
            auto current = loadContact(id, &serverJson);
            if (!current)
                return;
            auto decoded = serverJson.isEmpty() ? std::nullopt : entityFromJson<protocol::Contact>(serverJson);
            server = decoded ? *decoded : *current;
        }
        protocol::Contact shown = server;
        QList<QJsonObject> sets;
        QSqlQuery &query = x("SELECT request FROM outbox WHERE contact_id = ? AND kind = 'update_contact' "
                             "AND state IN ('pending', 'sending') ORDER BY id",
                             id);
        while (query.next()) {
            const auto decoded = protocol::decodeAgentRequest(query.value(0).toString().toUtf8());
            if (const auto *request = std::get_if<protocol::AgentRequest>(&decoded))
                if (const auto *update = std::get_if<protocol::UpdateContact>(request))
                    sets.append(update->set);
        }
        query.finish();
        for (const QJsonObject &set : std::as_const(sets))
            applyContactSet(shown, set);
        writeContact(shown, sets.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entityJson(server.toJson())));
    }

    // ---- messages
    // The FTS row of a message has the message's rid; rids grow with insertion, so FTS5 appends
    // to its pending segment instead of flushing on every out-of-order rowid.
    void indexMessage(qint64 rid, const QString &conversationId, const QString &kind, const QString &body,
                      const QStringList &mentions)
    {
        x("INSERT INTO messages_fts (rowid, body) VALUES (?, ?)", rid, v(ftsText(body)));
        if (kind == "note"_L1) {
            for (const QString &agent : mentions)
                x("INSERT OR IGNORE INTO mentions (agent_id, conversation_id, message_rid) VALUES (?, ?, ?)", v(agent),
                  v(conversationId), rid);
        }
    }

    void unindexMessage(qint64 rid, const QString &body)
    {
        x("INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', ?, ?)", rid, v(ftsText(body)));
        x("DELETE FROM mentions WHERE message_rid = ?", rid);
    }

    struct StoredMessage
    {
        qint64 rid = 0;
        qint64 pos = 0;
        protocol::Message message;
        bool deleted = false;
        bool serverDeleted = false;
        bool isLocal = false;
    };

    std::optional<StoredMessage> loadMessage(const QString &id)
    {
        QSqlQuery &query = x("SELECT m.id, m.conversation_id, m.client_id, m.kind, m.author_type, m.author_id, m.channel, "
                             "m.body, m.mentions, m.created_ms, m.deleted, m.pos, m.server_deleted, m.is_local, m.rid "
                             "FROM messages m WHERE m.id = ?",
                             id);
        if (!query.next()) {
            query.finish();
            return std::nullopt;
        }
        StoredMessage s;
        s.message = readMessage(query, 0);
        s.pos = query.value(11).toLongLong();
        s.deleted = query.value(10).toBool();
        s.serverDeleted = query.value(12).toBool();
        s.isLocal = query.value(13).toBool();
        s.rid = query.value(14).toLongLong();
        query.finish();
        return s;
    }

    void removeMessageRow(const StoredMessage &s)
    {
        if (!s.deleted)
            unindexMessage(s.rid, s.message.body);
        x("DELETE FROM messages WHERE rid = ?", s.rid);
        recomputeWait(s.message.conversationId);
        changes.messages.insert(s.message.id);
        changes.messageConversations.insert(s.message.conversationId);
        changes.conversations.insert(s.message.conversationId);
    }

    // Stores a message (server or local). An identical stored copy is left alone; a different
    // one is replaced. A server message carrying the client_id of a local one replaces it.
    void storeMessage(const protocol::Message &m, bool isLocal)
    {
        if (m.id.isEmpty() || m.conversationId.isEmpty())
            return;
        if (!isLocal && !m.clientId.isEmpty() && locals().contains(m.clientId))
            replaceLocalMessage(m.clientId, m.id, m.conversationId);
        const qint64 createdMs = msOrZero(m.createdAt);
        const bool deleted = m.deleted || (!isLocal && overlay().deletes.contains(m.id));
        const QString mentions = encodeList(m.mentions);
        const qint64 pos = messagePos(createdMs, m.id);
        if (!deleted)
            wait(m.conversationId); // load the waiting state before this message counts in it
        qint64 rid = 0;
        for (int attempt = 0;; ++attempt) {
            if (bulk && !bulkIds.contains(m.id)) {
                QSqlQuery &ins = x("INSERT INTO messages (pos, id, conversation_id, client_id, kind, author_type, "
                                   "author_id, channel, body, mentions, created_ms, deleted, server_deleted, is_local) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   pos, v(m.id), v(m.conversationId), textOrNull(m.clientId), v(orEmpty(m.kind)),
                                   v(orEmpty(m.author.type)), textOrNull(m.author.id), v(orEmpty(m.channel)),
                                   v(orEmpty(m.body)), v(mentions), createdMs, int(deleted), int(m.deleted),
                                   int(isLocal));
                rid = ins.lastInsertId().toLongLong();
                bulkIds.insert(m.id);
                break;
            }
            if (!bulk) {
                QSqlQuery &ins = x("INSERT INTO messages (pos, id, conversation_id, client_id, kind, author_type, "
                                   "author_id, channel, body, mentions, created_ms, deleted, server_deleted, is_local) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                                   pos, v(m.id), v(m.conversationId), textOrNull(m.clientId), v(orEmpty(m.kind)),
                                   v(orEmpty(m.author.type)), textOrNull(m.author.id), v(orEmpty(m.channel)),
                                   v(orEmpty(m.body)), v(mentions), createdMs, int(deleted), int(m.deleted),
                                   int(isLocal));
                if (ins.numRowsAffected() == 1) {
                    rid = ins.lastInsertId().toLongLong();
                    break;
                }
            }
            auto existing = loadMessage(m.id);
            if (!existing || attempt > 0)
                fail(CacheError::Database, u"cannot store message %1"_s.arg(m.id));
            const protocol::Message &old = existing->message;
            if (msOrZero(old.createdAt) == createdMs && old.body == m.body && old.kind == m.kind
                && old.conversationId == m.conversationId && existing->serverDeleted == m.deleted
                && existing->deleted == deleted && old.mentions == m.mentions && old.clientId == orEmpty(m.clientId)
                && existing->isLocal == isLocal && old.author == m.author)
                return; // already stored as is
            removeMessageRow(*existing);
            if (bulk)
                bulkIds.remove(m.id);
        }
        if (!deleted)
            indexMessage(rid, m.conversationId, m.kind, orEmpty(m.body), m.mentions);
        if (isLocal)
            locals().insert(m.clientId);
        if (!deleted)
            noteMessage(m.conversationId, pos, m.kind, m.author.type, createdMs);
        changes.messages.insert(m.id);
        changes.messageConversations.insert(m.conversationId);
        changes.conversations.insert(m.conversationId);
    }

    void deleteMessageFromServer(const protocol::Message &m)
    {
        auto existing = (bulk && !bulkIds.contains(m.id)) ? std::nullopt : loadMessage(m.id);
        if (!existing) {
            protocol::Message copy = m;
            copy.deleted = true;
            storeMessage(copy, false);
            return;
        }
        if (!existing->deleted)
            unindexMessage(existing->rid, existing->message.body);
        x("UPDATE messages SET deleted = 1, server_deleted = 1 WHERE rid = ?", existing->rid);
        changes.messages.insert(m.id);
        changes.messageConversations.insert(existing->message.conversationId);
        changes.conversations.insert(existing->message.conversationId);
    }

    // Shows or hides a note for a queued delete_note, keeping the FTS index and mentions in step.
    void setMessageHidden(const QString &messageId, bool hidden)
    {
        auto s = loadMessage(messageId);
        if (!s)
            return;
        const bool shouldBeDeleted = hidden || s->serverDeleted;
        if (shouldBeDeleted == s->deleted)
            return;
        if (shouldBeDeleted)
            unindexMessage(s->rid, s->message.body);
        else
            indexMessage(s->rid, s->message.conversationId, s->message.kind, s->message.body, s->message.mentions);
        x("UPDATE messages SET deleted = ? WHERE rid = ?", int(shouldBeDeleted), s->rid);
        changes.messages.insert(messageId);
        changes.messageConversations.insert(s->message.conversationId);
        changes.conversations.insert(s->message.conversationId);
    }

    // Rewrites queued entries that name a local id once the server's id is known.
    void rewriteOutboxIds(const QString &localConversation, const QString &serverConversation,
                          const QString &localMessage, const QString &serverMessage)
    {
        struct Row
        {
            qint64 id;
            QString request;
        };
        QList<Row> rows;
        QSqlQuery &query = x("SELECT id, request FROM outbox WHERE (conversation_id = ? AND kind <> 'start') OR message_id = ?",
                             v(localConversation.isEmpty() ? u"\x01"_s : localConversation),
                             v(localMessage.isEmpty() ? u"\x01"_s : localMessage));
        while (query.next())
            rows.append({ query.value(0).toLongLong(), query.value(1).toString() });
        query.finish();
        for (const Row &row : std::as_const(rows)) {
            const auto decoded = protocol::decodeAgentRequest(row.request.toUtf8());
            const auto *request = std::get_if<protocol::AgentRequest>(&decoded);
            if (!request)
                continue;
            protocol::AgentRequest copy = *request;
            if (auto *send = std::get_if<protocol::Send>(&copy); send && send->conversationId == localConversation)
                send->conversationId = serverConversation;
            if (auto *update = std::get_if<protocol::Update>(&copy); update && update->conversationId == localConversation)
                update->conversationId = serverConversation;
            if (auto *del = std::get_if<protocol::DeleteNote>(&copy); del && del->messageId == localMessage)
                del->messageId = serverMessage;
            x("UPDATE outbox SET request = ? WHERE id = ?", v(requestText(copy)), row.id);
        }
        if (!localConversation.isEmpty())
            x("UPDATE outbox SET conversation_id = ? WHERE conversation_id = ? AND kind <> 'start'", v(serverConversation),
              v(localConversation));
        if (!localMessage.isEmpty())
            x("UPDATE outbox SET message_id = ? WHERE message_id = ? AND kind = 'delete_note'", v(serverMessage),
              v(localMessage));
        if (!rows.isEmpty())
            outboxChanged();
    }

    // A conversation started here now exists on the server as serverId.
    void replaceLocalConversation(const QString &localConversation, const QString &serverId)
    {
        if (serverId.isEmpty() || localConversation == serverId)
            return;
        QSqlQuery &sel = x("SELECT rid, subject, is_local FROM conversations WHERE id = ?", localConversation);
        if (!sel.next()) {
            sel.finish();
            return;
        }
        const qint64 rid = sel.value(0).toLongLong();
        const QString subject = sel.value(1).toString();
        sel.finish();
        QSqlQuery &exists = x("SELECT 1 FROM conversations WHERE id = ?", serverId);
        const bool serverExists = exists.next();
        exists.finish();
        if (serverExists) {
            if (!subject.isEmpty())
                x("INSERT INTO conversations_fts (conversations_fts, rowid, subject) VALUES ('delete', ?, ?)", rid,
                  v(ftsText(subject)));
            x("DELETE FROM conversations WHERE rid = ?", rid);
        } else {
            // Keep showing it under its server id until the server's own state arrives.
            x("UPDATE conversations SET id = ?, is_local = 0 WHERE rid = ?", v(serverId), rid);
        }
        x("UPDATE messages SET conversation_id = ? WHERE conversation_id = ?", v(serverId), v(localConversation));
        x("UPDATE mentions SET conversation_id = ? WHERE conversation_id = ?", v(serverId), v(localConversation));
        x("UPDATE OR REPLACE drafts SET conversation_id = ? WHERE conversation_id = ?", v(serverId), v(localConversation));
        x("UPDATE OR REPLACE read_markers SET conversation_id = ? WHERE conversation_id = ?", v(serverId),
          v(localConversation));
        rewriteOutboxIds(localConversation, serverId, {}, {});
        waits.remove(localConversation);
        recomputeWait(serverId);
        changes.replacedIds.insert(localConversation, serverId);
        changes.conversations.insert(localConversation);
        changes.conversations.insert(serverId);
        changes.messageConversations.insert(serverId);
        changes.drafts = true;
    }

    // The local message of clientId is now the server's serverMessageId (in serverConversation).
    void replaceLocalMessage(const QString &clientId, const QString &serverMessageId, const QString &serverConversation)
    {
        const QString local = localId(clientId);
        auto stored = loadMessage(local);
        locals().remove(clientId);
        if (!stored)
            return;
        const QString localConversation = stored->message.conversationId;
        QSqlQuery &exists = x("SELECT 1 FROM messages WHERE id = ?", v(serverMessageId));
        const bool serverExists = exists.next();
        exists.finish();
        if (serverExists || !serverConversation.isEmpty()) {
            // The server's copy is (or is about to be) stored: drop the placeholder.
            removeMessageRow(*stored);
        } else {
            x("UPDATE messages SET id = ?, is_local = 0 WHERE rid = ?", v(serverMessageId), stored->rid);
        }
        rewriteOutboxIds({}, {}, local, serverMessageId);
        changes.replacedIds.insert(local, serverMessageId);
        changes.messages.insert(local);
        changes.messages.insert(serverMessageId);
        changes.messageConversations.insert(localConversation);
        if (localConversation.startsWith(LocalPrefix) && !serverConversation.isEmpty()
            && serverConversation != localConversation)
            replaceLocalConversation(localConversation, serverConversation);
    }

    // ---- other entities
    void upsertAgent(const protocol::Agent &a)
    {
        x("INSERT INTO agents (id, name, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
          "json = excluded.json",
          v(a.id), v(orEmpty(a.name)), v(entityJson(a.toJson())));
        changes.agents.insert(a.id);
    }

    void upsertTeam(const protocol::Team &t)
    {
        x("INSERT INTO teams (id, name, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
          "json = excluded.json",
          v(t.id), v(orEmpty(t.name)), v(entityJson(t.toJson())));
        changes.teams.insert(t.id);
    }

    void upsertArticle(const protocol::Article &a)
    {
        QSqlQuery &sel = x("SELECT rid, title, body FROM articles WHERE id = ?", a.id);
        if (sel.next()) {
            const qint64 rid = sel.value(0).toLongLong();
            const QString oldTitle = sel.value(1).toString();
            const QString oldBody = sel.value(2).toString();
            sel.finish();
            x("UPDATE articles SET title = ?, body = ?, url = ?, updated_ms = ? WHERE rid = ?", v(orEmpty(a.title)),
              v(orEmpty(a.body)), v(orEmpty(a.url)), msOrNull(a.updatedAt), rid);
            x("INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)", rid,
              v(ftsText(oldTitle)), v(ftsText(oldBody)));
            x("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", rid, v(ftsText(orEmpty(a.title))),
              v(ftsText(orEmpty(a.body))));
        } else {
            sel.finish();
            QSqlQuery &ins = x("INSERT INTO articles (id, title, body, url, updated_ms) VALUES (?, ?, ?, ?, ?)", v(a.id),
                               v(orEmpty(a.title)), v(orEmpty(a.body)), v(orEmpty(a.url)), msOrNull(a.updatedAt));
            x("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", ins.lastInsertId().toLongLong(),
              v(ftsText(orEmpty(a.title))), v(ftsText(orEmpty(a.body))));
        }
        changes.articles.insert(a.id);
    }

    void upsertSavedReply(const protocol::SavedReply &r)
    {
        x("INSERT INTO saved_replies (id, title, body) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
          "title = excluded.title, body = excluded.body",
          v(r.id), v(orEmpty(r.title)), v(orEmpty(r.body)));
        changes.savedReplies.insert(r.id);
    }

    void upsertWorkspace(const protocol::Workspace &w)
    {
        x("INSERT INTO workspace (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
          v(entityJson(w.toJson())));
        changes.workspace = true;
    }

    void addContactEvent(const protocol::ContactEvent &e)
    {
        x("INSERT OR IGNORE INTO contact_events (id, contact_id, name, properties, occurred_ms) VALUES (?, ?, ?, ?, ?)",
          v(e.id), v(orEmpty(e.contactId)), v(orEmpty(e.name)), v(encodeObject(e.properties)), msOrZero(e.occurredAt));
        changes.contacts.insert(e.contactId);
    }

    // Drops everything cached from the server except the unsent outbox and its local rows.
    void resetServerData()
    {
        for (const char *sql : {
                 "DELETE FROM mentions",
                 "DELETE FROM messages WHERE is_local = 0",
                 "DELETE FROM conversations WHERE is_local = 0",
                 "DELETE FROM contacts",
                 "DELETE FROM contact_events",
                 "DELETE FROM agents",
                 "DELETE FROM teams",
                 "DELETE FROM articles",
                 "DELETE FROM saved_replies",
                 "DELETE FROM workspace",
                 "DELETE FROM read_markers",
                 "INSERT INTO messages_fts (messages_fts) VALUES ('delete-all')",
                 "INSERT INTO conversations_fts (conversations_fts) VALUES ('delete-all')",
                 "INSERT INTO contacts_fts (contacts_fts) VALUES ('delete-all')",
                 "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
                 "UPDATE sync_state SET last_seq = 0, log_id = NULL, head_at_last_sync = 0 WHERE id = 1",
             })
            x(sql);
        // Re-index what stays: the optimistic rows of the unsent outbox.
        QSqlQuery &msgs = x("SELECT rid, conversation_id, kind, body, mentions FROM messages WHERE deleted = 0 ORDER BY rid");
        struct M
        {
            qint64 rid;
            QString conversation, kind, body, mentions;
        };
        QList<M> keep;
        while (msgs.next())
            keep.append({ msgs.value(0).toLongLong(), msgs.value(1).toString(), msgs.value(2).toString(),
                          msgs.value(3).toString(), msgs.value(4).toString() });
        msgs.finish();
        for (const M &m : std::as_const(keep))
            indexMessage(m.rid, m.conversation, m.kind, m.body, decodeList(m.mentions));
        QSqlQuery &convs = x("SELECT rid, subject FROM conversations WHERE subject <> ''");
        QList<std::pair<qint64, QString>> subjects;
        while (convs.next())
            subjects.append({ convs.value(0).toLongLong(), convs.value(1).toString() });
        convs.finish();
        for (const auto &s : std::as_const(subjects))
            x("INSERT INTO conversations_fts (rowid, subject) VALUES (?, ?)", s.first, v(ftsText(s.second)));
        waits.clear();
        changes.reset = true;
        changes.syncState = true;
    }

    // ---- events
    void applyEvent(const protocol::Event &e)
    {
        using namespace protocol;
        const QString &n = e.name;
        auto warn = [&](const Error &error) {
            qCWarning(lcCache) << "skipping event" << e.seq << n << "with bad data:" << error.message;
        };
        if (n == events::ConversationCreated || n == events::ConversationUpdated) {
            auto c = Conversation::fromJson(e.data);
            c ? upsertConversation(*c) : warn(c.error());
        } else if (n == events::MessageCreated) {
            auto m = Message::fromJson(e.data);
            c_or(m, [&] { m->deleted ? deleteMessageFromServer(*m) : storeMessage(*m, false); }, warn);
        } else if (n == events::MessageDeleted) {
            auto m = Message::fromJson(e.data);
            c_or(m, [&] { deleteMessageFromServer(*m); }, warn);
        } else if (n == events::ContactUpdated) {
            auto c = Contact::fromJson(e.data);
            c ? upsertContact(*c) : warn(c.error());
        } else if (n == events::ContactEventName) {
            auto c = ContactEvent::fromJson(e.data);
            c ? addContactEvent(*c) : warn(c.error());
        } else if (n == events::AgentUpdated) {
            auto a = Agent::fromJson(e.data);
            a ? upsertAgent(*a) : warn(a.error());
        } else if (n == events::TeamUpdated) {
            auto t = Team::fromJson(e.data);
            t ? upsertTeam(*t) : warn(t.error());
        } else if (n == events::ArticleUpdated) {
            auto a = Article::fromJson(e.data);
            a ? upsertArticle(*a) : warn(a.error());
        } else if (n == events::SavedReplyUpdated) {
            auto r = SavedReply::fromJson(e.data);
            r ? upsertSavedReply(*r) : warn(r.error());
        } else if (n == events::WorkspaceUpdated) {
            auto w = Workspace::fromJson(e.data);
            w ? upsertWorkspace(*w) : warn(w.error());
        }
        // Unknown names: ignored (forward compatibility); the seq still counts.
    }

    template<typename R, typename F, typename W>
    static void c_or(R &r, F &&ok, W &&warn)
    {
        if (r)
            ok();
        else
            warn(r.error());
    }

    // ---- outbox helpers
    std::optional<OutboxEntry> entryWhere(const char *sql, const QVariant &key)
    {
        QSqlQuery &query = x(sql, key);
        std::optional<OutboxEntry> e;
        if (query.next())
            e = readOutboxEntry(query, 0);
        query.finish();
        return e;
    }
    std::optional<OutboxEntry> entryById(qint64 id)
    {
        return entryWhere("SELECT id, client_id, kind, state, conversation_id, contact_id, message_id, request, attempts, "
                          "error_code, error_message, conflict_json, created_ms FROM outbox WHERE id = ?",
                          id);
    }
    std::optional<OutboxEntry> entryByClientId(const QString &clientId)
    {
        return entryWhere("SELECT id, client_id, kind, state, conversation_id, contact_id, message_id, request, attempts, "
                          "error_code, error_message, conflict_json, created_ms FROM outbox WHERE client_id = ?",
                          clientId);
    }

    QString newClientId(const QString &given)
    {
        const QString id = given.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : given;
        if (id.size() > limits::MaxIdChars)
            fail(CacheError::Invalid, u"client_id is too long"_s);
        QSqlQuery &query = x("SELECT 1 FROM outbox WHERE client_id = ?", v(id));
        const bool exists = query.next();
        query.finish();
        if (exists)
            fail(CacheError::Invalid, u"client_id %1 is already in the outbox"_s.arg(id));
        return id;
    }

    void insertEntry(OutboxKind kind, const QString &clientId, const QString &conversationId, const QString &contactId,
                     const QString &messageId, const protocol::AgentRequest &request,
                     OutboxState state = OutboxState::Pending)
    {
        x("INSERT INTO outbox (client_id, kind, state, conversation_id, contact_id, message_id, request, created_ms) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          v(clientId), v(outboxKindName(kind)), v(outboxStateName(state)), textOrNull(conversationId),
          textOrNull(contactId), textOrNull(messageId), v(requestText(request)), (QDateTime::currentMSecsSinceEpoch() + clockOffsetMs));
        outboxChanged();
        if (state == OutboxState::Pending)
            signalOutboxReady = true;
        if (!conversationId.isEmpty())
            changes.conversations.insert(conversationId);
    }

    void removeEntry(const OutboxEntry &e)
    {
        x("DELETE FROM outbox WHERE id = ?", e.id);
        outboxChanged();
        if (!e.conversationId.isEmpty()) {
            changes.conversations.insert(e.conversationId);
            changes.messageConversations.insert(e.conversationId);
        }
        if (!e.messageId.isEmpty())
            changes.messages.insert(e.messageId);
    }

    // Re-establishes an entry's optimistic effect after its state changed.
    void refreshEffect(const OutboxEntry &e)
    {
        switch (e.kind) {
        case OutboxKind::Update:
            recomputeConversation(e.conversationId);
            break;
        case OutboxKind::UpdateContact:
            recomputeContact(e.contactId);
            break;
        case OutboxKind::DeleteNote: {
            QSqlQuery &query = x("SELECT 1 FROM outbox WHERE message_id = ? AND kind = 'delete_note' "
                                 "AND state IN ('pending', 'sending')",
                                 v(e.messageId));
            const bool hidden = query.next();
            query.finish();
            setMessageHidden(e.messageId, hidden);
            break;
        }
        case OutboxKind::Send:
        case OutboxKind::Start:
            // The local rows stay while the entry exists; their delivery state is read from the outbox.
            if (!e.messageId.isEmpty())
                changes.messages.insert(e.messageId);
            changes.messageConversations.insert(e.conversationId);
            break;
        }
    }

    void discardEntry(const OutboxEntry &e)
    {
        removeEntry(e);
        switch (e.kind) {
        case OutboxKind::Send:
            if (auto stored = loadMessage(e.messageId); stored && stored->isLocal)
                removeMessageRow(*stored);
            break;
        case OutboxKind::Start: {
            // Everything queued for the conversation that never reached the server goes with it.
            QList<OutboxEntry> dependents;
            QSqlQuery &query = x("SELECT id, client_id, kind, state, conversation_id, contact_id, message_id, request, "
                                 "attempts, error_code, error_message, conflict_json, created_ms FROM outbox "
                                 "WHERE conversation_id = ? ORDER BY id",
                                 v(e.conversationId));
            while (query.next())
                dependents.append(readOutboxEntry(query, 0));
            query.finish();
            for (const OutboxEntry &d : std::as_const(dependents))
                removeEntry(d);
            QSqlQuery &msgs = x("SELECT m.id FROM messages m WHERE m.conversation_id = ? AND m.is_local = 1",
                                v(e.conversationId));
            QStringList ids;
            while (msgs.next())
                ids.append(msgs.value(0).toString());
            msgs.finish();
            for (const QString &id : std::as_const(ids))
                if (auto stored = loadMessage(id))
                    removeMessageRow(*stored);
            QSqlQuery &sel = x("SELECT rid, subject FROM conversations WHERE id = ? AND is_local = 1", v(e.conversationId));
            if (sel.next()) {
                const qint64 rid = sel.value(0).toLongLong();
                const QString subject = sel.value(1).toString();
                sel.finish();
                if (!subject.isEmpty())
                    x("INSERT INTO conversations_fts (conversations_fts, rowid, subject) VALUES ('delete', ?, ?)", rid,
                      v(ftsText(subject)));
                x("DELETE FROM conversations WHERE rid = ?", rid);
            } else {
                sel.finish();
            }
            x("DELETE FROM drafts WHERE conversation_id = ?", v(e.conversationId));
            waits.remove(e.conversationId);
            changes.conversations.insert(e.conversationId);
            break;
        }
        case OutboxKind::Update:
        case OutboxKind::UpdateContact:
        case OutboxKind::DeleteNote:
            refreshEffect(e);
            break;
        }
    }
};

// ======================================================================================

CacheWriter::CacheWriter(QObject *parent) : QObject(parent), d(std::make_unique<WriterPrivate>(this))
{
    registerCacheMetaTypes();
}

CacheWriter::~CacheWriter()
{
    close();
}

Status CacheWriter::open(const QString &path)
{
    close();
    static QAtomicInt counter;
    d->connectionName = u"confab-cache-writer-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(d->busyTimeoutMs));
    if (!d->db.open()) {
        const CacheError error = sqlError(d->db.lastError(), u"open %1"_s.arg(path));
        close();
        return error;
    }
    if (auto s = schema::open(d->db); !s) {
        close();
        return s;
    }
    {
        // A bulk load interrupted by a crash leaves the message id index out: restore it.
        QSqlQuery check(d->db);
        if (check.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'messages_id'"_s) && !check.next()) {
            check.finish();
            QSqlQuery create(d->db);
            if (!create.exec(schema::messageIdIndexStatement())) {
                const CacheError error = sqlError(create.lastError(), u"restore message index"_s);
                close();
                return error;
            }
        }
    }
    d->bulk = false;
    d->bulkIds.clear();
    d->path = path;
    d->synchronousLevel = -1;
    qCInfo(lcCache) << "cache opened:" << path;
    return {};
}

void CacheWriter::close()
{
    if (d->bulk && d->db.isValid() && d->db.isOpen()) {
        // Leave the file with its index (a crash would be repaired by the next open()).
        d->finishAll();
        QSqlQuery create(d->db);
        create.exec(schema::messageIdIndexStatement());
        d->bulk = false;
    }
    d->statements.clear();
    d->dynamicStatements.clear();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
    d->path.clear();
}

bool CacheWriter::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

QString CacheWriter::path() const
{
    return d->path;
}

void CacheWriter::setBusyTimeoutMs(int ms)
{
    d->busyTimeoutMs = ms;
    if (isOpen()) {
        QSqlQuery query(d->db);
        query.exec(u"PRAGMA busy_timeout = %1"_s.arg(ms));
    }
}

// ---------- sync side

SyncState CacheWriter::syncState() const
{
    if (!isOpen())
        return {};
    try {
        return d->readSyncState();
    } catch (const Abort &) {
        return {};
    }
}

Status CacheWriter::setSyncIdentity(const QString &serverUrl, const QString &agentId)
{
    return d->transact([&] {
        const SyncState s = d->readSyncState();
        if (s.serverUrl == serverUrl && s.agentId == agentId)
            return;
        if (!s.serverUrl.isEmpty() || !s.agentId.isEmpty())
            d->resetServerData(); // another server or agent: nothing cached belongs to it
        d->x("UPDATE sync_state SET server_url = ?, agent_id = ? WHERE id = 1", v(serverUrl), v(agentId));
        d->changes.syncState = true;
    });
}

Status CacheWriter::applySnapshotChunk(const protocol::Snapshot &snapshot, qint64 head, const QString &logId,
                                       bool resetFirst)
{
    d->bulkAllowed = true;
    return d->transact([&] {
        if (resetFirst)
            d->resetServerData();
        if (!snapshot.messages.isEmpty() || d->bulk)
            d->startBulkIfEmpty();
        if (!snapshot.workspace.id.isEmpty())
            d->upsertWorkspace(snapshot.workspace);
        for (const auto &a : snapshot.agents)
            d->upsertAgent(a);
        for (const auto &t : snapshot.teams)
            d->upsertTeam(t);
        for (const auto &c : snapshot.contacts)
            d->upsertContact(c);
        for (const auto &c : snapshot.conversations)
            d->upsertConversation(c);
        for (const auto &m : snapshot.messages)
            m.deleted ? d->deleteMessageFromServer(m) : d->storeMessage(m, false);
        for (const auto &a : snapshot.articles)
            d->upsertArticle(a);
        for (const auto &r : snapshot.savedReplies)
            d->upsertSavedReply(r);
        if (snapshot.last) {
            d->endBulk();
            d->x("UPDATE sync_state SET last_seq = ?, log_id = ?, head_at_last_sync = ? WHERE id = 1", head, v(logId), head);
            d->changes.syncState = true;
        }
    });
}

Status CacheWriter::applyEvents(const QList<protocol::Event> &events)
{
    if (events.isEmpty())
        return {};
    return d->transact([&] {
        const qint64 last = d->readSyncState().lastSeq;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).seq != last + 1 + i)
                fail(CacheError::SeqGap, u"event seq %1 does not follow %2"_s.arg(events.at(i).seq).arg(last + i));
        }
        // Within one batch only the last state of an entity matters: skip earlier upserts of it.
        QHash<QString, qsizetype> lastUpsert;
        auto upsertKey = [](const protocol::Event &e) -> QString {
            using namespace protocol::events;
            if (e.name == ConversationCreated || e.name == ConversationUpdated)
                return u"c:"_s + e.data.value("id"_L1).toString();
            if (e.name == ContactUpdated)
                return u"p:"_s + e.data.value("id"_L1).toString();
            return {};
        };
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString key = upsertKey(events.at(i));
            if (!key.isEmpty())
                lastUpsert.insert(key, i);
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString key = upsertKey(events.at(i));
            if (!key.isEmpty() && lastUpsert.value(key) != i)
                continue;
            d->applyEvent(events.at(i));
        }
        d->x("UPDATE sync_state SET last_seq = ? WHERE id = 1", events.last().seq);
        d->changes.syncState = true;
    });
}

Status CacheWriter::setHeadAtLastSync(qint64 head)
{
    return d->transact([&] {
        d->x("UPDATE sync_state SET head_at_last_sync = ? WHERE id = 1", head);
        d->changes.syncState = true;
    });
}

Status CacheWriter::storeFetchedMessages(const QString &conversationId, const QList<protocol::Message> &messages,
                                         bool complete)
{
    return d->transact([&] {
        for (const auto &m : messages)
            m.deleted ? d->deleteMessageFromServer(m) : d->storeMessage(m, false);
        if (complete) {
            d->x("UPDATE conversations SET history_complete = 1 WHERE id = ?", v(conversationId));
        }
        d->changes.messageConversations.insert(conversationId);
        d->changes.conversations.insert(conversationId);
    });
}

// ---------- outbox (sync side)

QList<OutboxEntry> CacheWriter::sendableOutbox() const
{
    QList<OutboxEntry> all;
    if (!isOpen())
        return all;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM outbox ORDER BY id"_s.arg(QLatin1StringView(OutboxColumns)))) {
        sqlError(query.lastError(), u"sendableOutbox"_s);
        return all;
    }
    while (query.next())
        all.append(readOutboxEntry(query, 0));
    QList<OutboxEntry> out;
    QSet<QString> busy; // conversations (or contacts) with an earlier entry pending or in flight
    for (const OutboxEntry &e : std::as_const(all)) {
        const QString key = e.kind == OutboxKind::UpdateContact ? u"contact:"_s + e.contactId : e.conversationId;
        if (e.state == OutboxState::Held) {
            busy.insert(key); // inside its undo window: later entries of the conversation wait
            continue;
        }
        if (e.state != OutboxState::Pending && e.state != OutboxState::Sending)
            continue; // failed / conflict wait for the user and block nothing
        if (!busy.contains(key) && e.state == OutboxState::Pending) {
            // Anything but the start itself waits until the server's ids replace the local ones.
            const bool namesLocal = e.kind != OutboxKind::Start
                && (e.conversationId.startsWith(LocalPrefix)
                    || (e.kind == OutboxKind::DeleteNote && e.messageId.startsWith(LocalPrefix)));
            if (!namesLocal)
                out.append(e);
        }
        busy.insert(key);
    }
    return out;
}

std::optional<OutboxEntry> CacheWriter::outboxEntry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    try {
        return d->entryById(id);
    } catch (const Abort &) {
        return std::nullopt;
    }
}

std::optional<OutboxEntry> CacheWriter::outboxEntryByClientId(const QString &clientId) const
{
    if (!isOpen())
        return std::nullopt;
    try {
        return d->entryByClientId(clientId);
    } catch (const Abort &) {
        return std::nullopt;
    }
}

Status CacheWriter::markSending(qint64 id)
{
    return d->transact([&] {
        QSqlQuery &query = d->x("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending'", id);
        if (query.numRowsAffected() != 1)
            fail(CacheError::NotFound, u"no pending outbox entry %1"_s.arg(id));
        d->outboxChanged();
        if (auto e = d->entryById(id))
            d->refreshEffect(*e);
    });
}

Status CacheWriter::acknowledge(const QString &clientId, const protocol::Ack &ack)
{
    return d->transact([&] {
        auto entry = d->entryByClientId(clientId);
        if (!entry)
            return; // already acknowledged (a repeated ack after a re-send): nothing to do
        const OutboxEntry &e = *entry;
        d->removeEntry(e);
        switch (e.kind) {
        case OutboxKind::Send:
            if (!ack.messageId.isEmpty())
                d->replaceLocalMessage(e.clientId, ack.messageId, {});
            break;
        case OutboxKind::Start:
            if (!ack.messageId.isEmpty())
                d->replaceLocalMessage(e.clientId, ack.messageId, {});
            if (!ack.conversationId.isEmpty())
                d->replaceLocalConversation(e.conversationId, ack.conversationId);
            break;
        case OutboxKind::Update: {
            const auto *update = std::get_if<protocol::Update>(&e.request);
            QString serverJson;
            bool isLocal = false;
            auto shown = d->loadConversation(e.conversationId, &isLocal, &serverJson);
            if (update && shown && ack.version > 0) {
                // Fold the acknowledged change into the server state so it does not flicker back
                // before the server's event arrives (which then overwrites it anyway).
                protocol::Conversation server = *shown;
                if (!serverJson.isEmpty())
                    if (auto decoded = entityFromJson<protocol::Conversation>(serverJson))
                        server = *decoded;
                if (server.version < ack.version) {
                    applyConversationSet(server, update->set);
                    server.version = ack.version;
                    d->recomputeConversation(e.conversationId, &server);
                } else {
                    d->recomputeConversation(e.conversationId);
                }
                // Rebase one's own queued updates of the conversation onto the new version.
                struct Row
                {
                    qint64 id;
                    QString request;
                };
                QList<Row> rows;
                QSqlQuery &query = d->x("SELECT id, request FROM outbox WHERE conversation_id = ? AND kind = 'update' "
                                        "AND state IN ('pending', 'sending')",
                                        v(e.conversationId));
                while (query.next())
                    rows.append({ query.value(0).toLongLong(), query.value(1).toString() });
                query.finish();
                for (const Row &row : std::as_const(rows)) {
                    const auto decoded = protocol::decodeAgentRequest(row.request.toUtf8());
                    const auto *request = std::get_if<protocol::AgentRequest>(&decoded);
                    if (!request || !std::holds_alternative<protocol::Update>(*request))
                        continue;
                    protocol::AgentRequest copy = *request;
                    auto &later = std::get<protocol::Update>(copy);
                    if (later.baseVersion < ack.version) {
                        later.baseVersion = ack.version;
                        d->x("UPDATE outbox SET request = ? WHERE id = ?", v(requestText(copy)), row.id);
                    }
                }
            } else {
                d->recomputeConversation(e.conversationId);
            }
            break;
        }
        case OutboxKind::UpdateContact: {
            const auto *update = std::get_if<protocol::UpdateContact>(&e.request);
            QString serverJson;
            auto shown = d->loadContact(e.contactId, &serverJson);
            if (update && shown) {
                protocol::Contact server = *shown;
                if (!serverJson.isEmpty())
                    if (auto decoded = entityFromJson<protocol::Contact>(serverJson))
                        server = *decoded;
                applyContactSet(server, update->set);
                d->recomputeContact(e.contactId, &server);
            }
            break;
        }
        case OutboxKind::DeleteNote:
            if (auto stored = d->loadMessage(e.messageId)) {
                if (!stored->deleted)
                    d->unindexMessage(stored->rid, stored->message.body);
                d->x("UPDATE messages SET deleted = 1, server_deleted = 1 WHERE rid = ?", stored->rid);
                d->changes.messages.insert(e.messageId);
            }
            break;
        }
    });
}

Status CacheWriter::markFailed(const QString &clientId, protocol::ErrorCode code, const QString &message)
{
    return d->transact([&] {
        auto entry = d->entryByClientId(clientId);
        if (!entry)
            fail(CacheError::NotFound, u"no outbox entry with client_id %1"_s.arg(clientId));
        d->x("UPDATE outbox SET state = 'failed', error_code = ?, error_message = ? WHERE id = ?",
             v(protocol::errorCodeName(code)), v(orEmpty(message)), entry->id);
        d->outboxChanged();
        d->refreshEffect(*entry);
    });
}

Status CacheWriter::markConflict(const QString &clientId, const protocol::Conversation &current)
{
    return d->transact([&] {
        auto entry = d->entryByClientId(clientId);
        if (!entry)
            fail(CacheError::NotFound, u"no outbox entry with client_id %1"_s.arg(clientId));
        if (entry->kind != OutboxKind::Update) {
            d->x("UPDATE outbox SET state = 'failed', error_code = 'conflict', error_message = ? WHERE id = ?",
                 v(u"conflict"_s), entry->id);
            d->outboxChanged();
            d->refreshEffect(*entry);
            return;
        }
        d->x("UPDATE outbox SET state = 'conflict', error_code = 'conflict', error_message = ?, conflict_json = ? "
             "WHERE id = ?",
             v(u"the conversation changed on the server"_s), v(entityJson(current.toJson())), entry->id);
        d->outboxChanged();
        // The server's current state is the truth: show it (unless the cache already has newer).
        QString serverJson;
        auto shown = d->loadConversation(entry->conversationId, nullptr, &serverJson);
        qint64 cachedVersion = shown ? shown->version : 0;
        if (current.id == entry->conversationId && current.version > cachedVersion)
            d->upsertConversation(current);
        else
            d->recomputeConversation(entry->conversationId);
    });
}

Status CacheWriter::resetInFlight()
{
    return d->transact([&] {
        QSqlQuery &query = d->x("UPDATE outbox SET state = 'pending' WHERE state = 'sending'");
        if (query.numRowsAffected() > 0) {
            d->outboxChanged();
            d->signalOutboxReady = true;
        }
    });
}

// ---------- UI commands

CacheResult<QString> CacheWriter::sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                                              const QStringList &mentions, const QString &clientId, bool held)
{
    QString id;
    Status s = d->transact([&] {
        if (kind != "reply"_L1 && kind != "note"_L1)
            fail(CacheError::Invalid, u"kind must be reply or note"_s);
        if (body.trimmed().isEmpty())
            fail(CacheError::Invalid, u"the message is empty"_s);
        if (body.size() > limits::MaxMessageBodyChars)
            fail(CacheError::Invalid, u"the message is longer than %1 characters"_s.arg(limits::MaxMessageBodyChars));
        if (mentions.size() > limits::MaxMentions)
            fail(CacheError::Invalid, u"too many mentions"_s);
        for (const QString &m : mentions)
            if (m.isEmpty() || m.size() > limits::MaxIdChars)
                fail(CacheError::Invalid, u"bad mention"_s);
        auto conversation = d->loadConversation(conversationId);
        if (!conversation)
            fail(CacheError::NotFound, u"no conversation %1 in the cache"_s.arg(conversationId));
        id = d->newClientId(clientId);
        protocol::Send send;
        send.req = id;
        send.clientId = id;
        send.conversationId = conversationId;
        send.kind = kind;
        send.body = body;
        send.mentions = kind == "note"_L1 ? mentions : QStringList();
        protocol::Message m;
        m.id = localId(id);
        m.conversationId = conversationId;
        m.clientId = id;
        m.kind = kind;
        m.author = { u"agent"_s, d->me() };
        m.channel = conversation->channel;
        m.body = body;
        m.mentions = send.mentions;
        m.createdAt = QDateTime::currentDateTimeUtc().addMSecs(d->clockOffsetMs);
        d->insertEntry(OutboxKind::Send, id, conversationId, {}, m.id, send,
                       held ? OutboxState::Held : OutboxState::Pending);
        d->storeMessage(m, true);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

CacheResult<QString> CacheWriter::startConversation(const QString &contactId, const QString &channel,
                                                    const QString &subject, const QString &body, const QString &clientId)
{
    QString id;
    Status s = d->transact([&] {
        if (channel != "chat"_L1 && channel != "email"_L1)
            fail(CacheError::Invalid, u"channel must be chat or email"_s);
        if (subject.size() > limits::MaxSubjectChars)
            fail(CacheError::Invalid, u"the subject is too long"_s);
        if (body.trimmed().isEmpty())
            fail(CacheError::Invalid, u"the message is empty"_s);
        if (body.size() > limits::MaxMessageBodyChars)
            fail(CacheError::Invalid, u"the message is longer than %1 characters"_s.arg(limits::MaxMessageBodyChars));
        if (!d->loadContact(contactId))
            fail(CacheError::NotFound, u"no contact %1 in the cache"_s.arg(contactId));
        id = d->newClientId(clientId);
        const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(d->clockOffsetMs);
        const QString me = d->me();
        protocol::Start start;
        start.req = id;
        start.clientId = id;
        start.contactId = contactId;
        start.channel = channel;
        start.subject = subject;
        start.body = body;
        protocol::Conversation c;
        c.id = localId(id);
        c.contactId = contactId;
        c.channel = channel;
        c.subject = subject;
        c.status = u"open"_s;
        c.assigneeId = me;
        c.createdAt = c.updatedAt = c.lastMessageAt = now;
        c.version = 0;
        protocol::Message m;
        m.id = localId(id);
        m.conversationId = c.id;
        m.clientId = id;
        m.kind = u"reply"_s;
        m.author = { u"agent"_s, me };
        m.channel = channel;
        m.body = body;
        m.createdAt = now;
        d->insertEntry(OutboxKind::Start, id, c.id, contactId, m.id, start);
        d->writeConversation(c, true, QVariant(QMetaType(QMetaType::QString)));
        d->storeMessage(m, true);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

CacheResult<QString> CacheWriter::updateConversation(const QString &conversationId, const QJsonObject &set,
                                                     const QString &clientId)
{
    QString id;
    Status s = d->transact([&] {
        if (auto error = protocol::validateConversationSet(set))
            fail(CacheError::Invalid, error->message);
        bool isLocal = false;
        auto conversation = d->loadConversation(conversationId, &isLocal);
        if (!conversation)
            fail(CacheError::NotFound, u"no conversation %1 in the cache"_s.arg(conversationId));
        if (isLocal)
            fail(CacheError::Invalid, u"the conversation is not on the server yet"_s);
        id = d->newClientId(clientId);
        protocol::Update update;
        update.req = id;
        update.clientId = id;
        update.conversationId = conversationId;
        update.baseVersion = conversation->version; // the cached server version (overlays never change it)
        update.set = set;
        d->insertEntry(OutboxKind::Update, id, conversationId, {}, {}, update);
        d->recomputeConversation(conversationId);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

CacheResult<QString> CacheWriter::updateContact(const QString &contactId, const QJsonObject &set, const QString &clientId)
{
    QString id;
    Status s = d->transact([&] {
        if (auto error = protocol::validateContactSet(set))
            fail(CacheError::Invalid, error->message);
        if (!d->loadContact(contactId))
            fail(CacheError::NotFound, u"no contact %1 in the cache"_s.arg(contactId));
        id = d->newClientId(clientId);
        protocol::UpdateContact update;
        update.req = id;
        update.clientId = id;
        update.contactId = contactId;
        update.set = set;
        d->insertEntry(OutboxKind::UpdateContact, id, {}, contactId, {}, update);
        d->recomputeContact(contactId);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

CacheResult<QString> CacheWriter::deleteNote(const QString &messageId, const QString &clientId)
{
    QString id;
    Status s = d->transact([&] {
        auto stored = d->loadMessage(messageId);
        if (!stored || stored->deleted)
            fail(CacheError::NotFound, u"no note %1 in the cache"_s.arg(messageId));
        if (stored->message.kind != "note"_L1)
            fail(CacheError::Invalid, u"only notes can be deleted"_s);
        if (stored->isLocal) {
            // Never sent (or failed): simply drop it. In flight: delete it once it is on the server.
            auto send = d->entryByClientId(stored->message.clientId);
            if (send && send->state != OutboxState::Sending) {
                id = send->clientId;
                d->discardEntry(*send);
                return;
            }
        }
        QSqlQuery &dup = d->x("SELECT client_id FROM outbox WHERE message_id = ? AND kind = 'delete_note'", v(messageId));
        if (dup.next()) {
            id = dup.value(0).toString();
            dup.finish();
            return; // already queued
        }
        dup.finish();
        id = d->newClientId(clientId);
        protocol::DeleteNote del;
        del.req = id;
        del.messageId = messageId;
        d->insertEntry(OutboxKind::DeleteNote, id, stored->message.conversationId, {}, messageId, del);
        d->setMessageHidden(messageId, true);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

Status CacheWriter::retryOutbox(qint64 id)
{
    return d->transact([&] {
        auto entry = d->entryById(id);
        if (!entry)
            fail(CacheError::NotFound, u"no outbox entry %1"_s.arg(id));
        if (entry->state != OutboxState::Failed && entry->state != OutboxState::Conflict
            && entry->state != OutboxState::Held)
            fail(CacheError::Invalid, u"outbox entry %1 is %2, not failed"_s.arg(id).arg(outboxStateName(entry->state)));
        if (entry->state == OutboxState::Conflict && entry->conflictCurrent) {
            if (auto *update = std::get_if<protocol::Update>(&entry->request)) {
                update->baseVersion = entry->conflictCurrent->version; // apply on top of what is there now
                d->x("UPDATE outbox SET request = ? WHERE id = ?", v(requestText(entry->request)), id);
            }
        }
        d->x("UPDATE outbox SET state = 'pending', error_code = NULL, error_message = NULL, conflict_json = NULL "
             "WHERE id = ?",
             id);
        d->outboxChanged();
        d->signalOutboxReady = true;
        d->refreshEffect(*entry);
    }, WriterPrivate::Durability::Full);
}

Status CacheWriter::releaseHeld(const QString &clientId)
{
    return d->transact([&] {
        QSqlQuery &query = d->x("UPDATE outbox SET state = 'pending' WHERE client_id = ? AND state = 'held'", v(clientId));
        if (query.numRowsAffected() != 1)
            fail(CacheError::NotFound, u"no held outbox entry %1"_s.arg(clientId));
        d->outboxChanged();
        d->signalOutboxReady = true;
        if (auto e = d->entryByClientId(clientId)) {
            d->changes.conversations.insert(e->conversationId);
            d->changes.messageConversations.insert(e->conversationId);
            d->changes.messages.insert(e->messageId);
        }
    }, WriterPrivate::Durability::Full);
}

CacheResult<OutboxEntry> CacheWriter::undoHeld(const QString &clientId)
{
    auto entry = outboxEntryByClientId(clientId);
    if (!entry || entry->state != OutboxState::Held)
        return CacheError { CacheError::NotFound, u"no held outbox entry %1 (already sent?)"_s.arg(clientId) };
    return takeBack(entry->id, true);
}

CacheResult<OutboxEntry> CacheWriter::takeBack(qint64 id, bool onlyHeld)
{
    std::optional<OutboxEntry> undone;
    Status s = d->transact([&] {
        auto entry = d->entryById(id);
        if (!entry || (onlyHeld && entry->state != OutboxState::Held))
            fail(CacheError::NotFound, u"no held outbox entry %1 (already sent?)"_s.arg(id));
        const auto *send = std::get_if<protocol::Send>(&entry->request);
        if (!send || entry->kind != OutboxKind::Send)
            fail(CacheError::Invalid, u"outbox entry %1 holds no message to edit"_s.arg(id));
        if (entry->state == OutboxState::Sending)
            fail(CacheError::Invalid, u"outbox entry %1 is being sent; wait for the server's answer"_s.arg(id));
        d->discardEntry(*entry);
        undone = entry;
        // The text goes back to the conversation's draft in the same transaction: a crash right
        // after still finds it in the composer. An existing draft is kept in front of it.
        QSqlQuery &q = d->x("SELECT text FROM drafts WHERE conversation_id = ?", v(send->conversationId));
        const QString existing = q.next() ? q.value(0).toString() : QString();
        q.finish();
        const QString text = existing.trimmed().isEmpty() ? send->body : existing + u"\n\n"_s + send->body;
        d->x("INSERT INTO drafts (conversation_id, text, mode, updated_ms) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, mode = excluded.mode, "
             "updated_ms = excluded.updated_ms",
             v(send->conversationId), v(text.left(limits::MaxMessageBodyChars)), v(send->kind),
             (QDateTime::currentMSecsSinceEpoch() + d->clockOffsetMs));
        d->changes.drafts = true;
        d->changes.conversations.insert(send->conversationId);
    }, WriterPrivate::Durability::Full);
    if (!s)
        return s.error();
    return *undone;
}

void CacheWriter::setClockOffsetMs(qint64 ms)
{
    d->clockOffsetMs = ms;
}

QSqlDatabase CacheWriter::database() const
{
    return d->db;
}

Status CacheWriter::discardOutbox(qint64 id)
{
    return d->transact([&] {
        auto entry = d->entryById(id);
        if (!entry)
            fail(CacheError::NotFound, u"no outbox entry %1"_s.arg(id));
        if (entry->state == OutboxState::Sending)
            fail(CacheError::Invalid, u"outbox entry %1 is being sent; wait for the server's answer"_s.arg(id));
        d->discardEntry(*entry);
    }, WriterPrivate::Durability::Full);
}

Status CacheWriter::saveDraft(const QString &conversationId, const QString &text, const QString &mode)
{
    return d->transact([&] {
        if (text.size() > limits::MaxMessageBodyChars)
            fail(CacheError::Invalid, u"the draft is too long"_s);
        if (text.isEmpty()) {
            d->x("DELETE FROM drafts WHERE conversation_id = ?", v(conversationId));
        } else {
            d->x("INSERT INTO drafts (conversation_id, text, mode, updated_ms) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, mode = excluded.mode, "
                 "updated_ms = excluded.updated_ms",
                 v(conversationId), v(text), v(mode == "note"_L1 ? u"note"_s : u"reply"_s),
                 (QDateTime::currentMSecsSinceEpoch() + d->clockOffsetMs));
        }
        d->changes.drafts = true;
        d->changes.conversations.insert(conversationId);
    }, WriterPrivate::Durability::Full);
}

Status CacheWriter::markRead(const QString &conversationId, const QString &messageId)
{
    return d->transact([&] {
        const QString me = d->me();
        if (me.isEmpty())
            fail(CacheError::Invalid, u"no agent signed in for this cache"_s);
        auto stored = d->loadMessage(messageId);
        if (!stored || stored->message.conversationId != conversationId)
            fail(CacheError::NotFound, u"no message %1 in conversation %2"_s.arg(messageId, conversationId));
        QSqlQuery &query = d->x("SELECT read_pos FROM read_markers WHERE conversation_id = ? AND agent_id = ?",
                                v(conversationId), v(me));
        const qint64 current = query.next() ? query.value(0).toLongLong() : -1;
        query.finish();
        if (stored->pos <= current)
            return;
        d->x("INSERT INTO read_markers (conversation_id, agent_id, message_id, read_pos) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (conversation_id, agent_id) DO UPDATE SET message_id = excluded.message_id, "
             "read_pos = excluded.read_pos",
             v(conversationId), v(me), v(messageId), stored->pos);
        d->changes.conversations.insert(conversationId);
        if (!stored->isLocal && !conversationId.startsWith(LocalPrefix))
            d->readToAnnounce = std::make_pair(conversationId, messageId);
    });
}

qint64 CacheWriter::maxTransactionMs() const
{
    return d->maxTxMs;
}

void CacheWriter::resetTransactionStats()
{
    d->maxTxMs = 0;
}

} // namespace confab::cache
