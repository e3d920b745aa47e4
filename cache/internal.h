#pragma once

// Helpers shared by the cache's writer and reader. Not part of the public API.

#include "cache/types.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>
#include <QSqlQuery>
#include <QVariant>

namespace confab::cache::internal {

Q_DECLARE_LOGGING_CATEGORY(lcCache)

CacheError sqlError(const QSqlError &error, const QString &what);

// ---------- time
inline QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline qint64 msOrZero(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
inline QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
// A message's position: its time, then a small per-id offset; rowid order = time order.
qint64 messagePos(qint64 createdMs, const QString &id);

// ---------- strings
const QString &emptyString();
inline const QString &orEmpty(const QString &s)
{
    return s.isNull() ? emptyString() : s;
}
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QString encodeList(const QStringList &list);  // "" for an empty list, else a JSON array
QStringList decodeList(const QString &text);
QString encodeObject(const QJsonObject &object); // "" for an empty object
QJsonObject decodeObject(const QString &text);

// ---------- full-text search
// Text as stored in the FTS tables: NFKD, combining marks removed, case folded (ASCII is
// left to the tokenizer). Search terms are folded the same way.
QString ftsText(const QString &text);
QString foldTerm(const QString &word);
struct QueryTerm
{
    QString text;  // folded
    bool prefix = false;
};
// Splits a user's query into folded words (at most 16). Words of at least `prefixMin`
// characters match as prefixes.
QList<QueryTerm> queryTerms(const QString &text, int prefixMin);
// An FTS5 MATCH expression ANDing the terms; empty when there are none.
QString ftsQuery(const QList<QueryTerm> &terms);
// A plain-text excerpt of `text` around the first match, with MatchOpen/MatchClose around
// every matching word in it.
QString snippet(const QString &text, const QList<QueryTerm> &terms, int maxChars = 160);

// ---------- rows <-> entities (column lists must match the readers below)
extern const char *const ConversationColumns; // 14 columns, table alias c
protocol::Conversation readConversation(const QSqlQuery &q, int first);
extern const char *const MessageColumns; // 12 columns, table alias m (last: pos)
protocol::Message readMessage(const QSqlQuery &q, int first);
extern const char *const ContactColumns; // 8 columns, no alias
protocol::Contact readContact(const QSqlQuery &q, int first);
extern const char *const OutboxColumns; // 13 columns, no alias
OutboxEntry readOutboxEntry(const QSqlQuery &q, int first);

int priorityRank(const QString &priority);
qint64 priorityKey(const QString &priority, qint64 lastMs);
qint64 waitKey(const std::optional<qint64> &waitingMs, qint64 lastMs);

// Optimistic effects: a `set` of update / update_contact applied to a state.
void applyConversationSet(protocol::Conversation &c, const QJsonObject &set);
void applyContactSet(protocol::Contact &c, const QJsonObject &set);

OutboxKind outboxKindFromName(const QString &name);
OutboxState outboxStateFromName(const QString &name);

// Entities stored as JSON through protocol's own encoders.
QString entityJson(const QJsonObject &json);
template<typename T>
std::optional<T> entityFromJson(const QString &text)
{
    auto r = T::fromJson(decodeObject(text));
    if (!r)
        return std::nullopt;
    return *r;
}

} // namespace confab::cache::internal
