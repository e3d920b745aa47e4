#pragma once

#include "cache/cachereader.h"
#include "cache/cachewriter.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace confab::cache {

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
    QString sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                        const QStringList &mentions = {});
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

Q_SIGNALS:
    // Delivered on this object's thread after commits; change sets committed while a delivery
    // was still waiting arrive merged into it (ChangeSet::merge).
    void changed(const confab::cache::ChangeSet &changes);
    // Delivered on this object's thread. clientId is empty for commands without one (retry,
    // discard, draft, read).
    void commandFailed(const QString &clientId, const confab::cache::CacheError &error);

private:
    void reportFailure(const QString &clientId, const CacheError &error);
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
