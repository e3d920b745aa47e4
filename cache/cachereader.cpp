#include "cache/cachereader.h"

#include "cache/internal.h"
#include "cache/schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

namespace confab::cache {

using namespace Qt::StringLiterals;
using namespace internal;

// A statement in use; finished when it goes out of scope, so the read connection never keeps
// a read transaction open (which would stop WAL checkpoints).
class ActiveQuery
{
public:
    explicit ActiveQuery(QSqlQuery *q = nullptr) : m_q(q) { }
    ActiveQuery(ActiveQuery &&other) noexcept : m_q(std::exchange(other.m_q, nullptr)) { }
    ActiveQuery(const ActiveQuery &) = delete;
    ActiveQuery &operator=(const ActiveQuery &) = delete;
    ~ActiveQuery()
    {
        if (m_q)
            m_q->finish();
    }
    QSqlQuery *operator->() const { return m_q; }
    QSqlQuery &operator*() const { return *m_q; }
    explicit operator bool() const { return m_q != nullptr; }

private:
    QSqlQuery *m_q;
};

class ReaderPrivate
{
public:
    QSqlDatabase db;
    QString connectionName;
    std::unordered_map<std::string, std::unique_ptr<QSqlQuery>> statements;

    // Prepares once, binds positionally, executes. On failure logs and returns nullptr.
    ActiveQuery run(const QString &sql, const QVariantList &args)
    {
        if (!db.isOpen())
            return ActiveQuery();
        const std::string key = sql.toStdString();
        auto it = statements.find(key);
        if (it == statements.end()) {
            auto query = std::make_unique<QSqlQuery>(db);
            query->setForwardOnly(true);
            if (!query->prepare(sql)) {
                sqlError(query->lastError(), u"prepare"_s);
                return ActiveQuery();
            }
            it = statements.emplace(key, std::move(query)).first;
        }
        QSqlQuery *query = it->second.get();
        for (int i = 0; i < args.size(); ++i)
            query->bindValue(i, args.at(i));
        if (!query->exec()) {
            sqlError(query->lastError(), sql.simplified().left(80));
            return ActiveQuery();
        }
        return ActiveQuery(query);
    }

    static QString keyColumn(Sort sort)
    {
        switch (sort) {
        case Sort::Newest:
        case Sort::Oldest:
            return u"c.last_ms"_s;
        case Sort::WaitingLongest:
            return u"c.wait_key"_s;
        case Sort::Priority:
            return u"c.prio_key"_s;
        }
        return u"c.last_ms"_s;
    }
    static bool descending(Sort sort) { return sort == Sort::Newest || sort == Sort::Priority; }

    // Everything a list row needs, in one statement: the conversation, its contact, its latest
    // message (through the (conversation_id, pos) index), my read marker, outbox and draft flags.
    static QString rowSelect(Sort sort)
    {
        return u"SELECT "_s + QLatin1StringView(ConversationColumns) + u", "_s + keyColumn(sort)
            + uR"(, c.waiting_ms, c.is_local, ct.name, ct.email,
 p.body, p.kind, p.author_type, p.author_id, p.created_ms, p.pos,
 (SELECT r.read_pos FROM read_markers r WHERE r.conversation_id = c.id AND r.agent_id = ?),
 (SELECT group_concat(o.state) FROM outbox o WHERE o.conversation_id = c.id),
 EXISTS (SELECT 1 FROM drafts dr WHERE dr.conversation_id = c.id)
FROM conversations c
LEFT JOIN contacts ct ON ct.id = c.contact_id
LEFT JOIN messages p ON p.rid = (SELECT m.rid FROM messages m WHERE m.conversation_id = c.id AND m.deleted = 0
                                 AND m.kind <> 'system' ORDER BY m.pos DESC, m.rid DESC LIMIT 1)
)"_s;
    }

    static ConversationRow readRow(const QSqlQuery &q, const QString &me)
    {
        ConversationRow row;
        row.conversation = readConversation(q, 0);
        row.cursor = { q.value(14).toLongLong(), row.conversation.id };
        row.waitingSince = timeFrom(q.value(15));
        row.isLocal = q.value(16).toBool();
        row.contactName = q.value(17).toString();
        row.contactEmail = q.value(18).toString();
        if (!q.value(24).isNull()) {
            row.previewText = q.value(19).toString().left(400).simplified().left(200);
            row.previewKind = q.value(20).toString();
            row.previewAuthorType = q.value(21).toString();
            row.previewAuthorId = q.value(22).toString();
            row.previewAt = timeFrom(q.value(23));
            const qint64 pos = q.value(24).toLongLong();
            const bool mine = row.previewAuthorType == "agent"_L1 && !me.isEmpty() && row.previewAuthorId == me;
            const bool readPast = !q.value(25).isNull() && q.value(25).toLongLong() >= pos;
            row.unread = !mine && !readPast;
        }
        const QString states = q.value(26).toString();
        row.pendingOutbox = states.contains("pending"_L1) || states.contains("sending"_L1) || states.contains("held"_L1);
        row.failedOutbox = states.contains("failed"_L1) || states.contains("conflict"_L1);
        row.hasDraft = q.value(27).toBool();
        return row;
    }

    bool matches(const ListQuery &query, const ConversationRow &row)
    {
        const protocol::Conversation &c = row.conversation;
        if (c.status != query.status)
            return false;
        switch (query.view) {
        case View::All:
            return true;
        case View::Mine:
            return !query.agentId.isEmpty() && c.assigneeId == query.agentId;
        case View::Unassigned:
            return c.assigneeId.isEmpty();
        case View::Team:
            return c.teamId == query.teamId;
        case View::Mentions: {
            auto q = run(u"SELECT 1 FROM mentions WHERE agent_id = ? AND conversation_id = ? LIMIT 1"_s,
                               { query.agentId, c.id });
            const bool found = q && q->next();
            if (q)
                q->finish();
            return found;
        }
        }
        return false;
    }
};

CacheReader::CacheReader() : d(std::make_unique<ReaderPrivate>()) { }

CacheReader::~CacheReader()
{
    close();
}

Status CacheReader::open(const QString &path)
{
    close();
    static QAtomicInt counter;
    d->connectionName = u"confab-cache-reader-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=250"_s);
    if (!d->db.open()) {
        const CacheError error = sqlError(d->db.lastError(), u"open %1 for reading"_s.arg(path));
        close();
        return error;
    }
    {
        // A page cache of 8 MiB and 32 MiB of memory-mapped reads keep list pages and FTS
        // doclists warm. Both count as the app's resident memory (mapped pages once touched):
        // with 256 MiB mapped, scrolling a cache of a million messages added ~90 MB to it.
        QSqlQuery pragma(d->db);
        pragma.exec(u"PRAGMA cache_size = -8192"_s);
        pragma.exec(u"PRAGMA mmap_size = 33554432"_s);
    }
    const int version = schema::userVersion(d->db);
    if (version != schema::currentVersion()) {
        close();
        return CacheError { CacheError::Invalid,
                            u"the cache file has schema version %1, expected %2 (open the writer first)"_s.arg(version).arg(
                                schema::currentVersion()) };
    }
    return {};
}

void CacheReader::close()
{
    d->statements.clear();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

bool CacheReader::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

namespace {

// The keyset query of a list: filter, cursor, order, limit — each (view, sort) pair has an index
// whose columns match (see schema.cpp), so a page never sorts.
std::pair<QString, QVariantList> listSql(const ListQuery &query, const std::optional<ListCursor> &after, int limit)
{
    const QString key = ReaderPrivate::keyColumn(query.sort);
    const bool desc = ReaderPrivate::descending(query.sort);
    QString sql = ReaderPrivate::rowSelect(query.sort) + u"WHERE c.status = ?"_s;
    QVariantList args { query.agentId, query.status };
    switch (query.view) {
    case View::All:
        break;
    case View::Mine:
        sql += u" AND c.assignee_id = ?"_s;
        args.append(query.agentId);
        break;
    case View::Unassigned:
        sql += u" AND c.assignee_id IS NULL"_s;
        break;
    case View::Team:
        sql += u" AND c.team_id = ?"_s;
        args.append(query.teamId);
        break;
    case View::Mentions:
        sql += u" AND c.id IN (SELECT mn.conversation_id FROM mentions mn WHERE mn.agent_id = ?)"_s;
        args.append(query.agentId);
        break;
    }
    if (after) {
        sql += u" AND ("_s + key + u", c.id) "_s + (desc ? u"<"_s : u">"_s) + u" (?, ?)"_s;
        args.append(after->key);
        args.append(after->id);
    }
    const QString dir = desc ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + key + dir + u", c.id"_s + dir + u" LIMIT ?"_s;
    args.append(limit + 1);
    return { sql, args };
}

} // namespace

ConversationPage CacheReader::conversations(const ListQuery &query, const std::optional<ListCursor> &after,
                                            int limit) const
{
    ConversationPage page;
    limit = std::clamp(limit, 1, 500);
    const auto [sql, args] = listSql(query, after, limit);
    auto q = d->run(sql, args);
    if (!q)
        return page;
    while (q->next())
        page.rows.append(ReaderPrivate::readRow(*q, query.agentId));
    q->finish();
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        page.next = page.rows.last().cursor;
    }
    return page;
}

QStringList CacheReader::explainConversations(const ListQuery &query, bool withCursor) const
{
    QStringList plan;
    const auto [sql, args] = listSql(query, withCursor ? std::optional<ListCursor>(ListCursor { 0, u"x"_s }) : std::nullopt, 50);
    auto q = d->run(u"EXPLAIN QUERY PLAN "_s + sql, args);
    while (q && q->next())
        plan.append(q->value(3).toString());
    return plan;
}

QList<ConversationRow> CacheReader::conversationRows(const ListQuery &query, const QStringList &ids) const
{
    QList<ConversationRow> rows;
    for (qsizetype start = 0; start < ids.size(); start += 200) {
        const QStringList chunk = ids.mid(start, 200);
        QStringList marks;
        QVariantList args { query.agentId };
        for (const QString &id : chunk) {
            marks.append(u"?"_s);
            args.append(id);
        }
        const QString sql = ReaderPrivate::rowSelect(query.sort) + u"WHERE c.id IN ("_s + marks.join(u',') + u')';
        auto q = d->run(sql, args);
        if (!q)
            return rows;
        QList<ConversationRow> found;
        while (q->next())
            found.append(ReaderPrivate::readRow(*q, query.agentId));
        q->finish();
        for (ConversationRow &row : found) {
            row.matches = d->matches(query, row);
            rows.append(std::move(row));
        }
    }
    return rows;
}

std::optional<ConversationRow> CacheReader::conversationRow(const QString &id, const QString &agentId) const
{
    ListQuery query;
    query.view = View::All;
    query.agentId = agentId;
    const auto rows = conversationRows(query, { id });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<protocol::Conversation> CacheReader::conversation(const QString &id) const
{
    auto q = d->run(u"SELECT "_s + QLatin1StringView(ConversationColumns) + u" FROM conversations c WHERE c.id = ?"_s,
                          { id });
    if (!q || !q->next())
        return std::nullopt;
    auto c = readConversation(*q, 0);
    q->finish();
    return c;
}

ViewCounts CacheReader::viewCounts(const QString &agentId) const
{
    ViewCounts counts;
    auto count = [this](const QString &sql, const QVariantList &args) {
        auto q = d->run(sql, args);
        int n = (q && q->next()) ? q->value(0).toInt() : 0;
        if (q)
            q->finish();
        return n;
    };
    counts.all = count(u"SELECT count(*) FROM conversations WHERE status = 'open'"_s, {});
    counts.mine = count(u"SELECT count(*) FROM conversations WHERE assignee_id = ? AND status = 'open'"_s, { agentId });
    counts.unassigned = count(u"SELECT count(*) FROM conversations WHERE assignee_id IS NULL AND status = 'open'"_s, {});
    counts.mentions = count(u"SELECT count(*) FROM conversations c WHERE c.status = 'open' AND c.id IN "
                            "(SELECT mn.conversation_id FROM mentions mn WHERE mn.agent_id = ?)"_s,
                            { agentId });
    // Per team through the (team_id, status, ...) indexes: a seek to each team id present, then
    // an index-only count of its open rows. One GROUP BY over all open conversations looked up
    // every row's team in the table (~70 ms of the GUI thread at 100,000 conversations).
    std::optional<QString> team;
    for (;;) {
        auto q = team ? d->run(u"SELECT min(team_id) FROM conversations WHERE team_id > ?"_s, { *team })
                      : d->run(u"SELECT min(team_id) FROM conversations WHERE team_id IS NOT NULL"_s, {});
        const bool found = q && q->next() && !q->value(0).isNull();
        if (found)
            team = q->value(0).toString();
        if (q)
            q->finish();
        if (!found)
            break;
        if (const int n = count(u"SELECT count(*) FROM conversations WHERE team_id = ? AND status = 'open'"_s, { *team }))
            counts.teams.insert(*team, n);
    }
    return counts;
}

namespace {

constexpr auto MessageRowSelect = R"(SELECT m.id, m.conversation_id, m.client_id, m.kind, m.author_type, m.author_id,
 m.channel, m.body, m.mentions, m.created_ms, m.deleted, m.pos,
 o.id, o.state, o.error_code, o.error_message, dn.id, dn.state, dn.error_code, dn.error_message, m.rid
FROM messages m
LEFT JOIN outbox o ON o.message_id = m.id AND o.kind IN ('send', 'start')
LEFT JOIN outbox dn ON dn.message_id = m.id AND dn.kind = 'delete_note'
)";

MessageRow readMessageRow(const QSqlQuery &q)
{
    MessageRow row;
    row.message = readMessage(q, 0);
    row.cursor = { q.value(11).toLongLong(), q.value(20).toLongLong() };
    if (!q.value(12).isNull()) {
        row.outboxId = q.value(12).toLongLong();
        const OutboxState state = outboxStateFromName(q.value(13).toString());
        row.delivery = state == OutboxState::Pending || state == OutboxState::Held ? Delivery::Pending
            : state == OutboxState::Sending          ? Delivery::Sending
                                                     : Delivery::Failed;
        row.errorCode = q.value(14).toString();
        row.errorMessage = q.value(15).toString();
    }
    if (!q.value(16).isNull()) {
        row.deletePending = true;
        if (row.outboxId == 0)
            row.outboxId = q.value(16).toLongLong();
        const OutboxState state = outboxStateFromName(q.value(17).toString());
        if ((state == OutboxState::Failed || state == OutboxState::Conflict) && row.errorCode.isEmpty()) {
            row.errorCode = q.value(18).toString();
            row.errorMessage = q.value(19).toString();
        }
    }
    return row;
}

} // namespace

MessagePage CacheReader::messages(const QString &conversationId, const std::optional<MessageCursor> &before,
                                  int limit) const
{
    MessagePage page;
    limit = std::clamp(limit, 1, 1000);
    QString sql = QLatin1StringView(MessageRowSelect) + u"WHERE m.conversation_id = ? AND m.deleted = 0"_s;
    QVariantList args { conversationId };
    if (before) {
        sql += u" AND (m.pos, m.rid) < (?, ?)"_s;
        args.append(before->position);
        args.append(before->rowid);
    }
    sql += u" ORDER BY m.pos DESC, m.rid DESC LIMIT ?"_s;
    args.append(limit + 1);
    auto q = d->run(sql, args);
    if (!q)
        return page;
    QList<MessageRow> rows;
    while (q->next())
        rows.append(readMessageRow(*q));
    q->finish();
    if (rows.size() > limit) {
        rows.resize(limit);
        page.olderInCache = true;
    }
    std::reverse(rows.begin(), rows.end());
    if (!rows.isEmpty() && page.olderInCache)
        page.older = rows.first().cursor;
    page.messages = std::move(rows);
    if (auto c = d->run(u"SELECT history_complete FROM conversations WHERE id = ?"_s, { conversationId })) {
        page.historyComplete = c->next() && c->value(0).toBool();
        c->finish();
    }
    if (auto o = d->run(u"SELECT id FROM messages WHERE conversation_id = ? AND is_local = 0 ORDER BY pos ASC, rid ASC LIMIT 1"_s,
                              { conversationId })) {
        if (o->next())
            page.oldestMessageId = o->value(0).toString();
        o->finish();
    }
    return page;
}

std::optional<MessageRow> CacheReader::message(const QString &messageId) const
{
    auto q = d->run(QLatin1StringView(MessageRowSelect) + u"WHERE m.id = ?"_s, { messageId });
    if (!q || !q->next())
        return std::nullopt;
    MessageRow row = readMessageRow(*q);
    q->finish();
    return row;
}

std::optional<protocol::Contact> CacheReader::contact(const QString &id) const
{
    auto q = d->run(u"SELECT "_s + QLatin1StringView(ContactColumns) + u" FROM contacts WHERE id = ?"_s, { id });
    if (!q || !q->next())
        return std::nullopt;
    auto c = readContact(*q, 0);
    q->finish();
    return c;
}

QList<protocol::ContactEvent> CacheReader::contactEvents(const QString &contactId, int limit) const
{
    QList<protocol::ContactEvent> out;
    auto q = d->run(u"SELECT id, contact_id, name, properties, occurred_ms FROM contact_events WHERE contact_id = ? "
                          "ORDER BY occurred_ms DESC LIMIT ?"_s,
                          { contactId, std::clamp(limit, 1, 1000) });
    while (q && q->next()) {
        protocol::ContactEvent e;
        e.id = q->value(0).toString();
        e.contactId = q->value(1).toString();
        e.name = q->value(2).toString();
        e.properties = decodeObject(q->value(3).toString());
        e.occurredAt = timeFrom(q->value(4));
        out.append(e);
    }
    return out;
}

QList<protocol::Conversation> CacheReader::contactConversations(const QString &contactId, int limit) const
{
    QList<protocol::Conversation> out;
    auto q = d->run(u"SELECT "_s + QLatin1StringView(ConversationColumns)
                              + u" FROM conversations c WHERE c.contact_id = ? ORDER BY c.last_ms DESC LIMIT ?"_s,
                          { contactId, std::clamp(limit, 1, 1000) });
    while (q && q->next())
        out.append(readConversation(*q, 0));
    return out;
}

namespace {
template<typename T>
QList<T> jsonEntities(ActiveQuery q)
{
    QList<T> out;
    while (q && q->next())
        if (auto e = entityFromJson<T>(q->value(0).toString()))
            out.append(*e);
    return out;
}
} // namespace

QList<protocol::Agent> CacheReader::agents() const
{
    return jsonEntities<protocol::Agent>(d->run(u"SELECT json FROM agents ORDER BY name COLLATE NOCASE, id"_s, {}));
}

QList<protocol::Team> CacheReader::teams() const
{
    return jsonEntities<protocol::Team>(d->run(u"SELECT json FROM teams ORDER BY name COLLATE NOCASE, id"_s, {}));
}

std::optional<protocol::Workspace> CacheReader::workspace() const
{
    auto list = jsonEntities<protocol::Workspace>(d->run(u"SELECT json FROM workspace WHERE id = 1"_s, {}));
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

namespace {
protocol::Article readArticle(const QSqlQuery &q, int f)
{
    protocol::Article a;
    a.id = q.value(f).toString();
    a.title = q.value(f + 1).toString();
    a.body = q.value(f + 2).toString();
    a.url = q.value(f + 3).toString();
    a.updatedAt = timeFrom(q.value(f + 4));
    return a;
}
} // namespace

QList<protocol::Article> CacheReader::articles() const
{
    QList<protocol::Article> out;
    auto q = d->run(u"SELECT id, title, body, url, updated_ms FROM articles ORDER BY title COLLATE NOCASE, id"_s, {});
    while (q && q->next())
        out.append(readArticle(*q, 0));
    return out;
}

QList<protocol::Article> CacheReader::searchArticles(const QString &text, int limit) const
{
    QList<protocol::Article> out;
    const QString match = ftsQuery(queryTerms(text, 1)); // few articles: every word is a prefix
    if (match.isEmpty())
        return out;
    auto q = d->run(u"SELECT a.id, a.title, a.body, a.url, a.updated_ms FROM "
                          "(SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS score FROM articles_fts "
                          "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?) f "
                          "JOIN articles a ON a.rid = f.rowid ORDER BY f.score, a.title"_s,
                          { match, std::clamp(limit, 1, 200) });
    while (q && q->next())
        out.append(readArticle(*q, 0));
    return out;
}

QList<protocol::SavedReply> CacheReader::savedReplies() const
{
    QList<protocol::SavedReply> out;
    auto q = d->run(u"SELECT id, title, body FROM saved_replies ORDER BY title COLLATE NOCASE, id"_s, {});
    while (q && q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

namespace {
constexpr int SearchCandidates = 1000;
} // namespace

QList<SearchHit> CacheReader::search(const QString &text, const SearchFilters &filters, int limit, bool ranked) const
{
    QList<SearchHit> hits;
    // Words of three or more characters match as prefixes; shorter ones as whole words, which
    // keeps the first keystrokes cheap (a two-letter prefix can expand to thousands of terms).
    const QList<QueryTerm> terms = queryTerms(text, 3);
    const QString match = ftsQuery(terms);
    if (match.isEmpty())
        return hits;
    limit = std::clamp(limit, 1, 200);
    // Filters apply to the conversation (and the time window to the message).
    QString where;
    QVariantList filterArgs;
    if (!filters.status.isEmpty()) {
        where += u" AND c.status = ?"_s;
        filterArgs.append(filters.status);
    }
    if (!filters.assigneeId.isEmpty()) {
        where += u" AND c.assignee_id = ?"_s;
        filterArgs.append(filters.assigneeId);
    }
    if (!filters.channel.isEmpty()) {
        where += u" AND c.channel = ?"_s;
        filterArgs.append(filters.channel);
    }
    const qint64 fromMs = filters.from.isValid() ? filters.from.toMSecsSinceEpoch() : 0;
    const qint64 toMs = filters.to.isValid() ? filters.to.toMSecsSinceEpoch() : (qint64(1) << 44) - 1;
    // Bounded work: the FTS index yields matches most recently stored first; the newest
    // SearchCandidates of them are joined, filtered and then ordered by message time (or by
    // bm25). Exact whenever a query has no more matches than that; a very common word (the
    // one-letter query) costs at most SearchCandidates row lookups.
    {
        const QString sql = u"SELECT m.id, m.conversation_id, m.body, m.created_ms, f.score FROM "
                            "(SELECT rowid, "_s
            + (ranked ? u"bm25(messages_fts)"_s : u"0.0"_s)
            + u" AS score FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
              "JOIN messages m ON m.rid = f.rowid "_s
            + (where.isEmpty() ? QString() : u"JOIN conversations c ON c.id = m.conversation_id "_s)
            + u"WHERE m.deleted = 0 AND m.created_ms BETWEEN ? AND ?"_s
            + where + (ranked ? u" ORDER BY f.score, m.pos DESC"_s : u" ORDER BY m.pos DESC"_s) + u" LIMIT ?"_s;
        QVariantList args { match, SearchCandidates, fromMs, toMs };
        args += filterArgs;
        args.append(limit);
        auto q = d->run(sql, args);
        while (q && q->next()) {
            SearchHit h;
            h.messageId = q->value(0).toString();
            h.conversationId = q->value(1).toString();
            h.field = SearchHit::Body;
            h.snippet = snippet(q->value(2).toString(), terms);
            h.at = timeFrom(q->value(3));
            h.score = q->value(4).toDouble();
            hits.append(h);
        }
    }
    // Conversation-level hits (subject, contact) are timed by the conversation's last message.
    QString convWhere = where;
    QVariantList convArgs = filterArgs;
    if (filters.from.isValid()) {
        convWhere += u" AND c.last_ms >= ?"_s;
        convArgs.append(fromMs);
    }
    if (filters.to.isValid()) {
        convWhere += u" AND c.last_ms <= ?"_s;
        convArgs.append(toMs);
    }
    QSet<QString> conversationHits;
    {
        const QString sql = u"SELECT c.id, c.subject, c.last_ms, f.score FROM (SELECT rowid, "_s
            + (ranked ? u"bm25(conversations_fts)"_s : u"0.0"_s)
            + u" AS score FROM conversations_fts WHERE conversations_fts MATCH ? LIMIT ?) f "
              "JOIN conversations c ON c.rid = f.rowid WHERE 1"_s
            + convWhere + (ranked ? u" ORDER BY f.score, c.last_ms DESC"_s : u" ORDER BY c.last_ms DESC"_s)
            + u" LIMIT ?"_s;
        QVariantList args { match, SearchCandidates };
        args += convArgs;
        args.append(limit);
        auto q = d->run(sql, args);
        while (q && q->next()) {
            SearchHit h;
            h.conversationId = q->value(0).toString();
            h.field = SearchHit::Subject;
            h.snippet = snippet(q->value(1).toString(), terms);
            h.at = timeFrom(q->value(2));
            h.score = q->value(3).toDouble();
            conversationHits.insert(h.conversationId);
            hits.append(h);
        }
        if (q)
            q->finish();
    }
    {
        const QString sql = u"SELECT c.id, ct.name, ct.email, c.last_ms, f.score FROM (SELECT rowid, "_s
            + (ranked ? u"bm25(contacts_fts)"_s : u"0.0"_s)
            + u" AS score FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT 200) f "
              "JOIN contacts ct ON ct.rid = f.rowid JOIN conversations c ON c.contact_id = ct.id WHERE 1"_s
            + convWhere + (ranked ? u" ORDER BY f.score, c.last_ms DESC"_s : u" ORDER BY c.last_ms DESC"_s)
            + u" LIMIT ?"_s;
        QVariantList args { match };
        args += convArgs;
        args.append(limit);
        auto q = d->run(sql, args);
        while (q && q->next()) {
            SearchHit h;
            h.conversationId = q->value(0).toString();
            if (conversationHits.contains(h.conversationId))
                continue;
            h.field = SearchHit::Contact;
            const QString name = q->value(1).toString();
            const QString email = q->value(2).toString();
            h.snippet = snippet(email.isEmpty() ? name : name + u" <"_s + email + u'>', terms);
            h.at = timeFrom(q->value(3));
            h.score = q->value(4).toDouble();
            conversationHits.insert(h.conversationId);
            hits.append(h);
        }
        if (q)
            q->finish();
    }
    if (ranked) {
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
            if (a.score != b.score)
                return a.score < b.score;
            return a.at > b.at;
        });
    } else {
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.at > b.at; });
    }
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<OutboxEntry> CacheReader::outbox() const
{
    QList<OutboxEntry> out;
    auto q = d->run(u"SELECT "_s + QLatin1StringView(OutboxColumns) + u" FROM outbox ORDER BY id"_s, {});
    while (q && q->next())
        out.append(readOutboxEntry(*q, 0));
    return out;
}

std::optional<Draft> CacheReader::draft(const QString &conversationId) const
{
    auto q = d->run(u"SELECT conversation_id, text, mode, updated_ms FROM drafts WHERE conversation_id = ?"_s,
                          { conversationId });
    if (!q || !q->next())
        return std::nullopt;
    Draft draft { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), timeFrom(q->value(3)) };
    q->finish();
    return draft;
}

SyncState CacheReader::syncState() const
{
    SyncState s;
    auto q = d->run(u"SELECT server_url, agent_id, log_id, last_seq, head_at_last_sync FROM sync_state WHERE id = 1"_s, {});
    if (q && q->next()) {
        s.serverUrl = q->value(0).toString();
        s.agentId = q->value(1).toString();
        s.logId = q->value(2).toString();
        s.lastSeq = q->value(3).toLongLong();
        s.headAtLastSync = q->value(4).toLongLong();
        q->finish();
    }
    return s;
}

} // namespace confab::cache
