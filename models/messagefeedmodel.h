#pragma once

#include "cache/types.h"

#include <QAbstractListModel>
#include <QHash>

namespace confab::cache {
class Cache;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// The unified feed of one conversation (replies, notes, system events), oldest first.
// - setConversation() loads the newest page from the cache (a reset).
// - loadOlder() prepends the previous page from the cache; when the cache has nothing older
//   and the server's history is not complete, it emits historyNeeded() (the app asks sync)
//   and loads the page once historyLoaded() reports it stored.
// - applyChanges() appends new messages, updates delivery state in place, removes deleted
//   notes, and follows local ids replaced by the server's.
// - User actions (send, delete a note, retry, discard, mark read, drafts) are cache commands.
class MessageFeedModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,        // reply | note | system
        AuthorTypeRole,  // agent | contact | system
        AuthorIdRole,
        AuthorNameRole,
        BodyRole,
        ChannelRole,     // chat | email
        SubjectRole,     // the conversation's subject on email messages
        CreatedAtRole,
        DeliveryRole,    // cache::Delivery as int (own messages)
        ErrorRole,       // why a message failed
        OutboxIdRole,
        MineRole,        // written by the signed-in agent
        DayBreakRole,    // first message of its day in the loaded feed
        GroupedRole,     // same author and kind as the previous message, shortly after it
        DeletePendingRole,
        CanDeleteRole,   // a note I may delete (mine, or I am a lead/admin)
        MentionNamesRole,
        IsLocalRole,     // not on the server yet
    };
    Q_ENUM(Role)

    static constexpr int GroupWindowSecs = 5 * 60;

    explicit MessageFeedModel(cache::Cache &cache, const AgentDirectory *agents = nullptr, QObject *parent = nullptr);
    ~MessageFeedModel() override;

    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_id; }
    bool hasConversation() const { return m_conversation.has_value(); }
    const protocol::Conversation *conversation() const { return m_conversation ? &*m_conversation : nullptr; }
    QString contactName() const { return m_contactName; }
    QString contactId() const;
    void setPageSize(int rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const cache::MessageRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &messageId) const;

    // Older history.
    bool canLoadOlder() const;
    bool isFetchingHistory() const { return m_fetching; }
    void loadOlder();

    // Commands (asynchronous cache writes; results arrive as changes). Return the client_id.
    QString send(const QString &kind, const QString &body, const QStringList &mentions = {});
    bool canDelete(int row) const;
    void deleteNote(int row);
    void retry(int row);
    void discard(int row);
    // Marks the conversation read up to its newest message when it has unread messages.
    void markRead();
    std::optional<cache::Draft> draft() const;
    void saveDraft(const QString &text, const QString &mode);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    void historyLoaded(const QString &conversationId, int count, bool complete);
    void historyFailed(const QString &conversationId, const QString &message);

Q_SIGNALS:
    // The cache holds nothing older: ask the server for messages before `before`.
    void historyNeeded(const QString &conversationId, const QString &before);
    void historyError(const QString &message);
    void olderLoaded(int rows);
    // New rows at the bottom; mine = one of them was written by me.
    void messagesAppended(int rows, bool mine);
    // The conversation's own state changed (status, assignee, subject...).
    void conversationChanged();
    void conversationReplaced(const QString &oldId, const QString &newId);

private:
    bool isGrouped(int row) const;
    bool isDayBreak(int row) const;
    QString authorName(const cache::MessageRow &row) const;
    void reloadConversation();
    void refreshWindow(QStringList &neighbours, int &appended, bool &mine);
    void refreshOne(const QString &id, QStringList &neighbours);
    // Puts `fresh` where it sorts (moving or inserting); returns its row or -1.
    int place(cache::MessageRow &&fresh, int current, QStringList &neighbours);
    void removeAt(int row, QStringList &neighbours);
    int lowerBound(qint64 position, int skip) const;
    void ensureIndex() const;

    cache::Cache &m_cache;
    const AgentDirectory *m_agents;
    QString m_id;
    std::optional<protocol::Conversation> m_conversation;
    QString m_contactName;
    int m_pageSize = 50;
    QList<cache::MessageRow> m_rows;
    bool m_olderInCache = false;
    bool m_historyComplete = false;
    bool m_fetching = false;
    bool m_wantOlder = false;
    mutable QHash<QString, int> m_index;
    mutable bool m_indexDirty = true;
};

} // namespace confab::models
