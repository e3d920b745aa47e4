#pragma once

#include "cache/cachereader.h"
#include "cache/cachewriter.h"

#include <QMutex>
#include <QObject>
#include <QDateTime>
#include <QHash>
#include <QThread>

class QTimer;

#include <deque>
#include <functional>
#include <optional>

namespace confab::cache {

// A reply or note inside its undo-send window (see Cache::setUndoWindowMs).
struct HeldSend
{
    QString clientId;
    QString conversationId;
    QString kind; // reply | note
    QString body;
    QStringList mentions;
    QDateTime deadline; // when it goes to the outbox
};

// The facade the app uses on the GUI thread: a worker QThread running the CacheWriter, a
// CacheReader for the GUI, `changed` delivered on the GUI thread, and asynchronous UI
// commands queued onto the writer. The sync engine lives on writerThread() and calls the
// writer directly (moveToThread(cache.writerThread())).
class Cache : public QObject
{
    Q_OBJECT
public:
    explicit Cache(QObject *parent = nullptr);
    ~Cache() override; // stops the worker thread after closing the writer

    // One file per server and agent: <profileDir or AppDataLocation>/cache/<host_port>-<agent>.sqlite,
    // with unsafe characters replaced.
    static QString defaultPath(const QString &serverUrl, const QString &agentEmail, const QString &profileDir = {});

    // Opens the file on the worker thread (creating/migrating it; waits for that, once at
    // startup), then opens the GUI reader.
    Status open(const QString &path);
    void close();
    bool isOpen() const;

    CacheReader &reader() { return m_reader; }
    const CacheReader &reader() const { return m_reader; }
    // Only for code running on writerThread() (the sync engine).
    CacheWriter *writer() const { return m_writer; }
    QThread *writerThread() { return &m_thread; }

    // Asynchronous UI commands. Each returns the client_id at once; the write happens on the
    // worker thread, its result arrives as changed() or commandFailed().
    //
    // Nothing the user did is dropped by a failing disk: a command refused for a reason that
    // may pass (the database is locked, the disk is full, an I/O error) is kept in memory, in
    // order, and retried every retryIntervalMs() until it is written; later commands queue
    // behind it so that order is kept. unsavedChanged() tells the UI (count and the reason).
    // Only commands the cache refuses for good (invalid, not found) end in commandFailed().
    //
    // Undo send: with an undo window (> 0 ms), a reply or note is written to the outbox as
    // held — stored, shown, never sent — and released to the outbox when the window ends, unless
    // undoSend() takes it back first. The hold is stored so that a crash inside the window
    // neither sends it (the agent may have been about to undo) nor loses it: after a restart it
    // waits in the outbox, held, for the agent's Send, Edit or Discard.
    QString sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                        const QStringList &mentions = {});
    void setUndoWindowMs(int ms); // 0 = off (the default)
    int undoWindowMs() const { return m_undoWindowMs; }
    QList<HeldSend> heldSends() const { return m_held; }
    // Takes a held send back (its text also becomes the conversation's draft); nullopt when its
    // window is over.
    std::optional<HeldSend> undoSend(const QString &clientId);
    // The newest held send (of a conversation, or of any when empty).
    std::optional<HeldSend> lastHeldSend(const QString &conversationId = {}) const;
    // Ends every window now: everything held goes to the outbox (e.g. quitting with "Send now").
    void releaseHeldSends();
    // Low level: the worker-side transitions (also used for held entries left by a crash).
    void releaseHeld(const QString &clientId);
    void undoHeld(const QString &clientId);
    // Edit: the unsent message leaves the outbox and its text becomes the draft (one write).
    void takeBack(qint64 outboxId);
    QString startConversation(const QString &contactId, const QString &channel, const QString &subject,
                              const QString &body);
    QString updateConversation(const QString &conversationId, const QJsonObject &set);
    QString updateContact(const QString &contactId, const QJsonObject &set);
    QString deleteNote(const QString &messageId);
    void retryOutbox(qint64 id);
    void discardOutbox(qint64 id);
    void saveDraft(const QString &conversationId, const QString &text, const QString &mode);
    void markRead(const QString &conversationId, const QString &messageId);
    // Runs fn on the worker thread with the writer (e.g. for the sync engine's setup).
    void post(std::function<void(CacheWriter &)> fn);

    // User commands kept in memory because the disk refused them (see above); GUI thread.
    int unsavedCount() const { return m_unsavedCount; }
    QString unsavedReason() const { return m_unsavedReason; }
    // How often kept commands are tried again (default 2000 ms; tests shorten it).
    void setRetryIntervalMs(int ms);

Q_SIGNALS:
    // Delivered on this object's thread after commits; change sets committed while a delivery
    // was still waiting arrive merged into it (ChangeSet::merge).
    void changed(const confab::cache::ChangeSet &changes);
    // Delivered on this object's thread. clientId is empty for commands without one (retry,
    // discard, draft, read).
    void commandFailed(const QString &clientId, const confab::cache::CacheError &error);
    // A send was held for the undo window / its window ended (undone = taken back by undoSend).
    void sendHeld(const confab::cache::HeldSend &held);
    void sendHoldEnded(const QString &clientId, bool undone);
    // The number of commands kept in memory changed; reason is the disk's complaint (empty
    // when everything is written). Delivered on this object's thread.
    void unsavedChanged(int count, const QString &reason);

private:
    struct Command
    {
        QString clientId; // empty for commands without one
        std::function<Status(CacheWriter &)> run;
    };
    void reportFailure(const QString &clientId, const CacheError &error);
    // Worker thread: runs cmd (after any commands kept earlier), keeping it on a passing error.
    void submit(QString clientId, std::function<Status(CacheWriter &)> run);
    void drainUnsaved();
    void reportUnsaved(const QString &reason);

    // Worker-thread state.
    std::deque<Command> m_unsaved;
    QTimer *m_retryTimer = nullptr;
    int m_retryIntervalMs = 2000;
    QString m_workerReason;
    // GUI thread: undo send.
    int m_undoWindowMs = 0;
    QList<HeldSend> m_held;
    QHash<QString, QTimer *> m_holdTimers;
    // GUI-thread copies.
    int m_unsavedCount = 0;
    QString m_unsavedReason;
    void queueChanges(const ChangeSet &changes); // worker thread
    void deliverChanges();                       // this object's thread

    QMutex m_pendingMutex;
    std::optional<ChangeSet> m_pending; // committed, not yet delivered (merged)

    QThread m_thread;
    CacheWriter *m_writer = nullptr;
    CacheReader m_reader;
    QString m_path;
};

} // namespace confab::cache

Q_DECLARE_METATYPE(confab::cache::HeldSend)
