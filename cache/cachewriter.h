#pragma once

#include "cache/changeset.h"
#include "cache/types.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace confab::cache {

class WriterPrivate;

// The only writer of a cache file. Lives on ONE worker thread (the sync engine's), owns the
// write connection, and is called synchronously from that thread. Every method is one
// transaction: it commits completely or not at all, and each commit emits changed().
class CacheWriter : public QObject
{
    Q_OBJECT
public:
    explicit CacheWriter(QObject *parent = nullptr);
    ~CacheWriter() override;

    // Opens (creating and migrating as needed) the cache file. Call on the writer's thread.
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    // How long a write waits for another connection's lock before failing with Busy (default 2000).
    void setBusyTimeoutMs(int ms);

    // ---------- sync side
    SyncState syncState() const;
    // Records which server and agent the file belongs to. A different identity than the stored
    // one drops everything from the server (as a reset) except the unsent outbox.
    Status setSyncIdentity(const QString &serverUrl, const QString &agentId);
    // One snapshot frame. With resetFirst, everything cached from the server is dropped first
    // (except the unsent outbox, whose optimistic effects are re-applied) and lastSeq becomes 0,
    // in the same transaction. lastSeq = head and logId are stored only with the chunk where
    // snapshot.last is true.
    Status applySnapshotChunk(const protocol::Snapshot &snapshot, qint64 head, const QString &logId, bool resetFirst);
    // Applies a batch of events and stores the last seq, all or nothing. The first seq must be
    // lastSeq + 1 and the rest consecutive, else CacheError::SeqGap and nothing is applied.
    // Unknown event names are skipped (their seq still counts).
    Status applyEvents(const QList<protocol::Event> &events);
    // Records the head the server reported in `synced`.
    Status setHeadAtLastSync(qint64 head);
    // Older history fetched from the server (oldest first). complete = nothing older exists.
    Status storeFetchedMessages(const QString &conversationId, const QList<protocol::Message> &messages,
                                bool complete);

    // ---------- outbox (sync side)
    // Entries ready to send, in creation order: pending entries whose conversation (or contact)
    // has no earlier entry pending or in flight (sending) — one request per conversation at a
    // time, so replies stay in order and update chains rebase. Failed and conflicted entries
    // block nothing; entries naming a local id wait for their start/send to be acknowledged.
    QList<OutboxEntry> sendableOutbox() const;
    std::optional<OutboxEntry> outboxEntry(qint64 id) const;
    std::optional<OutboxEntry> outboxEntryByClientId(const QString &clientId) const;
    Status markSending(qint64 id);
    // The server acknowledged the request: removes the entry. For an update, queued updates of
    // the same conversation get base_version = ack.version; for a start, queued entries of the
    // local conversation are rewritten to the server's conversation id; for a send, a queued
    // delete_note of the local message gets the server's message id.
    Status acknowledge(const QString &clientId, const protocol::Ack &ack);
    // forbidden / bad_request / not_found...: keeps the entry as failed with the reason.
    Status markFailed(const QString &clientId, protocol::ErrorCode code, const QString &message);
    // conflict: keeps the entry as conflicted with the server's current conversation (also stored).
    Status markConflict(const QString &clientId, const protocol::Conversation &current);
    // After a disconnect: every sending entry becomes pending again (re-sent with its client_id).
    Status resetInFlight();

    // ---------- UI commands: the outbox entry and its optimistic effect in one transaction.
    // Each returns the entry's client_id (a fresh UUID unless one is given).
    // held: the entry starts in OutboxState::Held (the undo-send window); releaseHeld() makes
    // it pending, undoHeld() removes it and its optimistic message.
    CacheResult<QString> sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                                     const QStringList &mentions, const QString &clientId = {}, bool held = false);
    // The new conversation appears at once as "local:<clientId>".
    CacheResult<QString> startConversation(const QString &contactId, const QString &channel, const QString &subject,
                                           const QString &body, const QString &clientId = {});
    // base_version = the cached server version; the change shows at once and stays on top of
    // server events for the conversation while the entry is queued.
    CacheResult<QString> updateConversation(const QString &conversationId, const QJsonObject &set,
                                            const QString &clientId = {});
    CacheResult<QString> updateContact(const QString &contactId, const QJsonObject &set, const QString &clientId = {});
    // The note is hidden at once. A note still waiting unsent in the outbox is simply discarded.
    CacheResult<QString> deleteNote(const QString &messageId, const QString &clientId = {});
    // A failed or conflicted entry becomes pending again. For a conflicted update, base_version
    // becomes the server's current version (the user chose to apply their change anyway).
    // A held entry (left over from a crash inside the undo window) becomes pending too: the
    // agent chose Send.
    Status retryOutbox(qint64 id);
    // The undo window ended: a held entry becomes pending (NotFound when it is not held).
    Status releaseHeld(const QString &clientId);
    // Undo send: removes a held entry and its optimistic message; returns it (for its text).
    // NotFound when it is no longer held (already released).
    CacheResult<OutboxEntry> undoHeld(const QString &clientId);
    // Edit from the outbox: removes an unsent message (pending, failed or held) and puts its text
    // into the conversation's draft, in one transaction. onlyHeld: only while it is held.
    CacheResult<OutboxEntry> takeBack(qint64 id, bool onlyHeld = false);
    // Removes an unsent (pending, failed or conflicted) entry and undoes its optimistic effect.
    Status discardOutbox(qint64 id);
    Status saveDraft(const QString &conversationId, const QString &text, const QString &mode);
    // Marks the conversation read up to messageId for the agent of the sync identity.
    Status markRead(const QString &conversationId, const QString &messageId);

    // For tests and diagnostics, on the writer's thread: the write connection (e.g. to set
    // PRAGMA max_page_count and simulate a full disk).
    QSqlDatabase database() const;
    // For tests: local times (optimistic messages, outbox ages, drafts) as if this machine's
    // clock were `ms` off. Nothing the server keeps depends on it.
    void setClockOffsetMs(qint64 ms);
    // For tests and diagnostics: how long the longest transaction held the write lock (ms).
    qint64 maxTransactionMs() const;
    void resetTransactionStats();

Q_SIGNALS:
    // After every committed write.
    void changed(const confab::cache::ChangeSet &changes);
    // An outbox entry was added or made pending again: the sync engine may flush.
    void outboxReady();
    // markRead stored a marker: the sync engine may send a `read` frame.
    void readMarked(const QString &conversationId, const QString &messageId);

private:
    std::unique_ptr<WriterPrivate> d;
};

} // namespace confab::cache
