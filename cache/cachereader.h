#pragma once

#include "cache/types.h"

#include <QSqlDatabase>

#include <memory>

namespace confab::cache {

class ReaderPrivate;

// Read-only access for the GUI thread through its own connection (WAL: it reads while the
// writer writes). Indexed keyset queries only; every list is bounded by `limit`.
// Open it after the writer has created/migrated the file. Not thread-safe: one thread.
class CacheReader
{
public:
    CacheReader();
    ~CacheReader();
    CacheReader(const CacheReader &) = delete;
    CacheReader &operator=(const CacheReader &) = delete;

    Status open(const QString &path);
    void close();
    bool isOpen() const;

    // Conversation lists: first page with after = nullopt, next pages with page.next.
    ConversationPage conversations(const ListQuery &query, const std::optional<ListCursor> &after, int limit) const;
    // The given rows, for in-place updates; `matches` says whether each still fits the query,
    // `cursor` where it now sorts. Ids not in the cache are omitted.
    QList<ConversationRow> conversationRows(const ListQuery &query, const QStringList &ids) const;
    std::optional<ConversationRow> conversationRow(const QString &id, const QString &agentId) const;
    std::optional<protocol::Conversation> conversation(const QString &id) const;
    // The SQLite query plan of a list page (for tests and diagnostics).
    QStringList explainConversations(const ListQuery &query, bool withCursor) const;
    // Open conversations per view (and team) for the sidebar.
    ViewCounts viewCounts(const QString &agentId) const;

    // Messages of a conversation: the newest page with before = nullopt, older pages with
    // page.older. Returned oldest first, with delivery state from the outbox.
    MessagePage messages(const QString &conversationId, const std::optional<MessageCursor> &before, int limit) const;
    std::optional<MessageRow> message(const QString &messageId) const;

    std::optional<protocol::Contact> contact(const QString &id) const;
    QList<protocol::ContactEvent> contactEvents(const QString &contactId, int limit) const; // newest first
    QList<protocol::Conversation> contactConversations(const QString &contactId, int limit = 100) const; // newest first
    QList<protocol::Agent> agents() const;      // by name
    QList<protocol::Team> teams() const;        // by name
    std::optional<protocol::Workspace> workspace() const;
    QList<protocol::Article> articles() const;  // by title
    // Prefix matching as you type; title matches rank above body matches.
    QList<protocol::Article> searchArticles(const QString &text, int limit) const;
    QList<protocol::SavedReply> savedReplies() const; // by title

    // Full-text search over message bodies, subjects and contact names/emails, diacritics- and
    // case-insensitive. Newest first, or by bm25 when ranked. Words of three or more characters
    // match as prefixes, shorter ones only as whole words; ordering and ranking look at a bounded
    // set of the most recently stored matches (1000), so a short query stays fast.
    QList<SearchHit> search(const QString &text, const SearchFilters &filters, int limit, bool ranked) const;

    QList<OutboxEntry> outbox() const; // every entry, in creation order
    std::optional<Draft> draft(const QString &conversationId) const;
    SyncState syncState() const;

private:
    std::unique_ptr<ReaderPrivate> d;
};

} // namespace confab::cache
