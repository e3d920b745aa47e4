#include "cache/internal.h"

#include "protocol/frames.h"
#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace confab::cache::internal {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "confab.cache")

CacheError sqlError(const QSqlError &error, const QString &what)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): someone else holds the lock; the caller may retry.
    const CacheError::Code kind = (code == 5 || code == 6) ? CacheError::Busy : CacheError::Database;
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    qCWarning(lcCache) << "SQLite error in" << what << ":" << text << "(code" << error.nativeErrorCode() << ")";
    return CacheError { kind, u"%1: %2"_s.arg(what, text) };
}

qint64 messagePos(qint64 createdMs, const QString &id)
{
    if (createdMs < 0)
        createdMs = 0;
    // 2^44 ms reaches the year 2527; * 4096 stays far below 2^63.
    createdMs = std::min<qint64>(createdMs, (qint64(1) << 44) - 1);
    return createdMs * 4096 + qint64(qHash(id, 0x5eed) & 0xfff);
}

const QString &emptyString()
{
    static const QString empty = u""_s;
    return empty;
}

QString encodeList(const QStringList &list)
{
    if (list.isEmpty())
        return emptyString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList decodeList(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QString encodeObject(const QJsonObject &object)
{
    if (object.isEmpty())
        return emptyString();
    return QString::fromUtf8(protocol::encodeJson(object));
}

QJsonObject decodeObject(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto r = protocol::parseObject(text.toUtf8(), std::numeric_limits<qsizetype>::max());
    return r ? *r : QJsonObject();
}

QString entityJson(const QJsonObject &json)
{
    return QString::fromUtf8(protocol::encodeJson(json));
}

// ---------- full-text search

namespace {

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Per character, and only for characters outside ASCII: the decomposition's base characters
// (combining marks dropped), case folded. Cheaper than normalising whole strings, and the
// same result for the letters that matter here (Latin, Greek, Cyrillic accents; ligatures).
void appendFolded(QString &out, char32_t c)
{
    if (QChar::isMark(c))
        return;
    if (QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString d = QChar::decomposition(c);
        for (qsizetype i = 0; i < d.size(); ++i) {
            char32_t u = d.at(i).unicode();
            if (QChar::isHighSurrogate(u) && i + 1 < d.size()) {
                u = QChar::surrogateToUcs4(d.at(i), d.at(i + 1));
                ++i;
            }
            appendFolded(out, u); // decompositions may nest (e.g. ǖ)
        }
        return;
    }
    const char32_t f = QChar::toCaseFolded(c);
    if (QChar::requiresSurrogates(f)) {
        out.append(QChar(QChar::highSurrogate(f)));
        out.append(QChar(QChar::lowSurrogate(f)));
    } else {
        out.append(QChar(char16_t(f)));
    }
}

QString stripMarksAndFold(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u < 0x80) {
            out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u));
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(u, p[i + 1].unicode());
            ++i;
        }
        appendFolded(out, c);
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

} // namespace

QString ftsText(const QString &text)
{
    if (isAscii(text))
        return text; // the tokenizer folds ASCII case itself
    return stripMarksAndFold(text);
}

QString foldTerm(const QString &word)
{
    if (isAscii(word))
        return word.toLower();
    return stripMarksAndFold(word);
}

QList<QueryTerm> queryTerms(const QString &text, int prefixMin)
{
    QList<QueryTerm> terms;
    const QString folded = foldTerm(text.left(1000));
    qsizetype i = 0;
    while (i < folded.size() && terms.size() < 16) {
        while (i < folded.size() && !isWordChar(folded.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < folded.size() && isWordChar(folded.at(i)))
            ++i;
        if (i > start) {
            QueryTerm t;
            t.text = folded.mid(start, i - start);
            t.prefix = t.text.size() >= prefixMin;
            bool duplicate = false;
            for (const QueryTerm &other : std::as_const(terms))
                duplicate = duplicate || (other.text == t.text && other.prefix == t.prefix);
            if (!duplicate)
                terms.append(t);
        }
    }
    return terms;
}

QString ftsQuery(const QList<QueryTerm> &terms)
{
    QStringList parts;
    for (const QueryTerm &t : terms) {
        QString quoted = t.text;
        quoted.replace(u'"', u"\"\""_s);
        parts.append(u'"' + quoted + u'"' + (t.prefix ? u"*"_s : QString()));
    }
    return parts.join(u' ');
}

QString snippet(const QString &text, const QList<QueryTerm> &terms, int maxChars)
{
    struct Word
    {
        qsizetype start, end;
        bool match;
    };
    QList<Word> words;
    qsizetype firstMatch = -1;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        if (i == start)
            break;
        const QString folded = foldTerm(text.mid(start, i - start));
        bool match = false;
        for (const QueryTerm &t : terms) {
            if (t.prefix ? folded.startsWith(t.text) : folded == t.text) {
                match = true;
                break;
            }
        }
        if (match && firstMatch < 0)
            firstMatch = start;
        words.append({ start, i, match });
    }
    qsizetype from = 0;
    if (firstMatch > maxChars / 3) {
        from = firstMatch - maxChars / 3;
        // Begin at a word start.
        for (const Word &w : std::as_const(words)) {
            if (w.start >= from) {
                from = w.start;
                break;
            }
        }
    }
    qsizetype to = std::min(text.size(), from + maxChars);
    if (to < text.size()) {
        // End at a word end.
        qsizetype lastEnd = from;
        for (const Word &w : std::as_const(words)) {
            if (w.end <= to)
                lastEnd = w.end;
            else
                break;
        }
        if (lastEnd > from)
            to = lastEnd;
    }
    QString out;
    out.reserve(to - from + 16);
    if (from > 0)
        out.append(u'…');
    qsizetype cursor = from;
    bool lastSpace = false;
    auto appendPlain = [&](qsizetype a, qsizetype b) {
        for (qsizetype k = a; k < b; ++k) {
            const QChar c = text.at(k);
            if (c.isSpace()) {
                if (!lastSpace)
                    out.append(u' ');
                lastSpace = true;
            } else if (c.unicode() != MatchOpen && c.unicode() != MatchClose) {
                out.append(c);
                lastSpace = false;
            }
        }
    };
    for (const Word &w : std::as_const(words)) {
        if (w.end <= from)
            continue;
        if (w.start >= to)
            break;
        if (!w.match)
            continue;
        appendPlain(cursor, w.start);
        out.append(QChar(MatchOpen));
        appendPlain(w.start, w.end);
        out.append(QChar(MatchClose));
        cursor = w.end;
    }
    appendPlain(cursor, to);
    if (to < text.size())
        out.append(u'…');
    return out.trimmed();
}

// ---------- rows <-> entities

const char *const ConversationColumns = "c.id, c.contact_id, c.channel, c.subject, c.status, c.snoozed_until_ms, "
                                        "c.assignee_id, c.team_id, c.priority, c.tags, c.created_ms, c.updated_ms, "
                                        "c.last_ms, c.version";

protocol::Conversation readConversation(const QSqlQuery &q, int f)
{
    protocol::Conversation c;
    c.id = q.value(f + 0).toString();
    c.contactId = q.value(f + 1).toString();
    c.channel = q.value(f + 2).toString();
    c.subject = q.value(f + 3).toString();
    c.status = q.value(f + 4).toString();
    c.snoozedUntil = timeFrom(q.value(f + 5));
    c.assigneeId = q.value(f + 6).toString();
    c.teamId = q.value(f + 7).toString();
    c.priority = q.value(f + 8).toString();
    c.tags = decodeList(q.value(f + 9).toString());
    c.createdAt = timeFrom(q.value(f + 10));
    c.updatedAt = timeFrom(q.value(f + 11));
    c.lastMessageAt = timeFrom(q.value(f + 12));
    c.version = q.value(f + 13).toLongLong();
    return c;
}

const char *const MessageColumns = "m.id, m.conversation_id, m.client_id, m.kind, m.author_type, m.author_id, m.channel, "
                                   "m.body, m.mentions, m.created_ms, m.deleted, m.pos";

protocol::Message readMessage(const QSqlQuery &q, int f)
{
    protocol::Message m;
    m.id = q.value(f + 0).toString();
    m.conversationId = q.value(f + 1).toString();
    m.clientId = q.value(f + 2).toString();
    m.kind = q.value(f + 3).toString();
    m.author.type = q.value(f + 4).toString();
    m.author.id = q.value(f + 5).toString();
    m.channel = q.value(f + 6).toString();
    m.body = q.value(f + 7).toString();
    m.mentions = decodeList(q.value(f + 8).toString());
    m.createdAt = timeFrom(q.value(f + 9));
    m.deleted = q.value(f + 10).toBool();
    return m;
}

const char *const ContactColumns = "id, name, email, external_id, tags, attributes, created_ms, last_seen_ms";

protocol::Contact readContact(const QSqlQuery &q, int f)
{
    protocol::Contact c;
    c.id = q.value(f + 0).toString();
    c.name = q.value(f + 1).toString();
    c.email = q.value(f + 2).toString();
    c.externalId = q.value(f + 3).toString();
    c.tags = decodeList(q.value(f + 4).toString());
    c.attributes = decodeObject(q.value(f + 5).toString());
    c.createdAt = timeFrom(q.value(f + 6));
    c.lastSeenAt = timeFrom(q.value(f + 7));
    return c;
}

const char *const OutboxColumns = "id, client_id, kind, state, conversation_id, contact_id, message_id, request, "
                                  "attempts, error_code, error_message, conflict_json, created_ms";

OutboxEntry readOutboxEntry(const QSqlQuery &q, int f)
{
    OutboxEntry e;
    e.id = q.value(f + 0).toLongLong();
    e.clientId = q.value(f + 1).toString();
    e.kind = outboxKindFromName(q.value(f + 2).toString());
    e.state = outboxStateFromName(q.value(f + 3).toString());
    e.conversationId = q.value(f + 4).toString();
    e.contactId = q.value(f + 5).toString();
    e.messageId = q.value(f + 6).toString();
    const auto decoded = protocol::decodeAgentRequest(q.value(f + 7).toString().toUtf8());
    if (const auto *request = std::get_if<protocol::AgentRequest>(&decoded))
        e.request = *request;
    else
        qCWarning(lcCache) << "outbox entry" << e.id << "holds an undecodable request:"
                           << std::get<protocol::DecodeError>(decoded).error.message;
    e.attempts = q.value(f + 8).toInt();
    e.errorCode = q.value(f + 9).toString();
    e.errorMessage = q.value(f + 10).toString();
    if (!q.value(f + 11).isNull())
        e.conflictCurrent = entityFromJson<protocol::Conversation>(q.value(f + 11).toString());
    e.createdAt = timeFrom(q.value(f + 12));
    return e;
}

int priorityRank(const QString &priority)
{
    if (priority == "urgent"_L1)
        return 3;
    if (priority == "high"_L1)
        return 2;
    if (priority == "low"_L1)
        return 1;
    return 0;
}

// Must match the generated columns of the schema.
qint64 priorityKey(const QString &priority, qint64 lastMs)
{
    return qint64(priorityRank(priority)) * 17592186044416LL + lastMs;
}

qint64 waitKey(const std::optional<qint64> &waitingMs, qint64 lastMs)
{
    return waitingMs ? *waitingMs : 4503599627370496LL - lastMs;
}

void applyConversationSet(protocol::Conversation &c, const QJsonObject &set)
{
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        if (k == "status"_L1)
            c.status = v.toString();
        else if (k == "snoozed_until"_L1)
            c.snoozedUntil = v.isString() ? protocol::parseTime(v.toString()) : QDateTime();
        else if (k == "assignee_id"_L1)
            c.assigneeId = v.isString() ? v.toString() : QString();
        else if (k == "team_id"_L1)
            c.teamId = v.isString() ? v.toString() : QString();
        else if (k == "priority"_L1)
            c.priority = v.toString();
        else if (k == "tags"_L1) {
            QStringList tags;
            for (const QJsonValue &t : v.toArray())
                tags.append(t.toString());
            c.tags = tags;
        }
    }
    if (c.status != "snoozed"_L1 && !set.contains("snoozed_until"_L1))
        c.snoozedUntil = QDateTime();
}

void applyContactSet(protocol::Contact &c, const QJsonObject &set)
{
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        if (k == "name"_L1)
            c.name = v.isString() ? v.toString() : QString();
        else if (k == "email"_L1)
            c.email = v.isString() ? v.toString() : QString();
        else if (k == "tags"_L1) {
            QStringList tags;
            for (const QJsonValue &t : v.toArray())
                tags.append(t.toString());
            c.tags = tags;
        } else if (k == "attributes"_L1) {
            const QJsonObject attributes = v.toObject();
            for (auto a = attributes.begin(); a != attributes.end(); ++a) {
                if (a.value().isNull())
                    c.attributes.remove(a.key());
                else
                    c.attributes.insert(a.key(), a.value());
            }
        }
    }
}

OutboxKind outboxKindFromName(const QString &name)
{
    if (name == "start"_L1)
        return OutboxKind::Start;
    if (name == "update"_L1)
        return OutboxKind::Update;
    if (name == "update_contact"_L1)
        return OutboxKind::UpdateContact;
    if (name == "delete_note"_L1)
        return OutboxKind::DeleteNote;
    return OutboxKind::Send;
}

OutboxState outboxStateFromName(const QString &name)
{
    if (name == "sending"_L1)
        return OutboxState::Sending;
    if (name == "failed"_L1)
        return OutboxState::Failed;
    if (name == "conflict"_L1)
        return OutboxState::Conflict;
    if (name == "held"_L1)
        return OutboxState::Held;
    return OutboxState::Pending;
}

} // namespace confab::cache::internal
