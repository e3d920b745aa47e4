#pragma once

#include "protocol/entities.h"
#include "protocol/frames.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Value types shared by CacheWriter (worker thread) and CacheReader (GUI thread).
namespace confab::cache {

// ---------- errors
struct CacheError
{
    enum Code {
        Database,   // SQLite failed: I/O error, disk full, corrupt file, ...
        Busy,       // the database is locked by someone else; retry later
        SeqGap,     // applyEvents: the batch does not continue lastSeq (reconnect with lastSeq)
        NotFound,   // the entity / outbox entry the command names is not in the cache
        Invalid,    // the command's arguments are not acceptable (limits, state)
        NotOpen,    // the cache file is not open
    };
    Code code = Database;
    QString message;
};

// Success or a CacheError. Nothing is half-applied when it holds an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(CacheError error) : m_error(std::move(error)) { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const CacheError &error() const { return *m_error; }

private:
    std::optional<CacheError> m_error;
};

// A value or a CacheError.
template<typename T>
class [[nodiscard]] CacheResult
{
public:
    CacheResult(T value) : m_value(std::move(value)) { }
    CacheResult(CacheError error) : m_error(std::move(error)) { }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const CacheError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CacheError m_error;
};

// ---------- sync state (one row per cache file)
struct SyncState
{
    QString serverUrl;
    QString agentId;
    QString logId;           // null for an empty cache
    qint64 lastSeq = 0;      // last applied event seq; 0 for an empty cache
    qint64 headAtLastSync = 0;
    bool operator==(const SyncState &) const = default;
};

// ---------- outbox
enum class OutboxKind { Send, Start, Update, UpdateContact, DeleteNote };
// Held: a reply or note inside its undo-send window (see docs/offline.md). It is stored, never
// sent while held, and blocks later entries of its conversation (order is kept). After a crash
// a held entry stays held: it goes out only when the agent chooses Send in the outbox.
enum class OutboxState { Pending, Sending, Failed, Conflict, Held };

QString outboxKindName(OutboxKind kind);   // "send", "start", "update", "update_contact", "delete_note"
QString outboxStateName(OutboxState state); // "pending", "sending", "failed", "conflict", "held"

struct OutboxEntry
{
    qint64 id = 0;        // local, grows with creation order
    QString clientId;     // the request's client_id (a UUID); for delete_note also used as its req
    OutboxKind kind = OutboxKind::Send;
    OutboxState state = OutboxState::Pending;
    QString conversationId; // send, update, delete_note (the note's conversation), start ("local:<clientId>")
    QString contactId;      // start, update_contact
    QString messageId;      // send: "local:<clientId>"; delete_note: the note
    // The wire request to send (its `req` is the clientId; use requestWithReq to choose another).
    // For a send/update queued behind an offline `start`, ids are rewritten on that start's ack.
    protocol::AgentRequest request;
    int attempts = 0;       // times markSending was called
    QString errorCode;      // failed: the server's error code name ("forbidden", "bad_request", ...)
    QString errorMessage;   // failed: the server's words
    std::optional<protocol::Conversation> conflictCurrent; // conflict: the server's current state
    QDateTime createdAt;

    protocol::AgentRequest requestWithReq(const QString &req) const;
};

// ---------- conversation lists
enum class View { Mine, Mentions, Unassigned, All, Team };
enum class Sort { Newest, Oldest, WaitingLongest, Priority };

struct ListQuery
{
    View view = View::All;
    QString teamId;                        // View::Team
    QString agentId;                       // "me": Mine, Mentions, unread
    QString status = QStringLiteral("open"); // open | snoozed | resolved
    Sort sort = Sort::Newest;
};

// Keyset position in a list: the row's sort key and id. Opaque to callers.
struct ListCursor
{
    qint64 key = 0;
    QString id;
    bool operator==(const ListCursor &) const = default;
};

struct ConversationRow
{
    protocol::Conversation conversation;
    QString contactName;
    QString contactEmail;
    // The latest message that is neither deleted nor a system message.
    QString previewText;       // first ~200 characters, whitespace collapsed
    QString previewKind;       // reply | note ; empty when there is no message
    QString previewAuthorType; // agent | contact
    QString previewAuthorId;
    QDateTime previewAt;
    QDateTime waitingSince;    // oldest customer message not yet answered by a reply; invalid = not waiting
    bool unread = false;       // newer than my read marker and not written by me
    bool pendingOutbox = false; // an outbox entry for it is pending or sending
    bool failedOutbox = false;  // an outbox entry for it failed or is in conflict
    bool isLocal = false;       // started here, not yet created on the server
    bool hasDraft = false;
    bool matches = true;        // conversationRows(): still matches the query's filter
    ListCursor cursor;          // the row's position in the query's sort
};

struct ConversationPage
{
    QList<ConversationRow> rows;
    std::optional<ListCursor> next; // set when more rows may follow
};

struct ViewCounts
{
    int mine = 0;
    int mentions = 0;
    int unassigned = 0;
    int all = 0;
    QHash<QString, int> teams; // team id -> open conversations
};

// ---------- messages
enum class Delivery { Delivered, Pending, Sending, Failed };

struct MessageCursor
{
    qint64 position = 0; // opaque: time order
    qint64 rowid = 0;    // opaque: tie-break
    bool operator==(const MessageCursor &) const = default;
};

struct MessageRow
{
    protocol::Message message;
    Delivery delivery = Delivery::Delivered;
    QString errorCode;       // Failed: server's code name
    QString errorMessage;    // Failed: the reason
    qint64 outboxId = 0;     // the outbox entry behind a pending/failed message (0 = none)
    bool deletePending = false; // a delete_note for it is queued
    MessageCursor cursor;
};

struct MessagePage
{
    QList<MessageRow> messages;          // oldest first
    std::optional<MessageCursor> older;  // pass as `before` for the previous page (when olderInCache)
    bool olderInCache = false;           // more messages before this page are in the cache
    bool historyComplete = false;        // the server said nothing older exists
    QString oldestMessageId;             // first server message of the page: `before` for a server fetch
};

// ---------- search
inline constexpr char16_t MatchOpen = 0x0002;  // marks the start of a match in a snippet
inline constexpr char16_t MatchClose = 0x0003; // marks its end

struct SearchFilters
{
    QString status;     // empty = any
    QString assigneeId; // empty = any
    QString channel;    // empty = any
    QDateTime from;     // invalid = unbounded; compared with the message time (or last_message_at)
    QDateTime to;
};

struct SearchHit
{
    enum Field { Body, Subject, Contact };
    QString conversationId;
    QString messageId; // null for subject and contact hits
    Field field = Body;
    QString snippet;   // plain text with MatchOpen/MatchClose around matches
    QDateTime at;      // message time, or the conversation's last_message_at
    double score = 0;  // bm25 (lower is better) when ranked
};

struct Draft
{
    QString conversationId;
    QString text;
    QString mode; // reply | note
    QDateTime updatedAt;
};

} // namespace confab::cache

Q_DECLARE_METATYPE(confab::cache::CacheError)
Q_DECLARE_METATYPE(confab::cache::SyncState)
