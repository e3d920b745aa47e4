#include "cache/cache.h"

#include "cache/internal.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace confab::cache {

using namespace Qt::StringLiterals;

Cache::Cache(QObject *parent) : QObject(parent)
{
    registerCacheMetaTypes();
    qRegisterMetaType<HeldSend>();
    m_thread.setObjectName(u"confab-cache-writer"_s);
    m_writer = new CacheWriter;
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    // Direct: runs on the worker thread at each commit and hands the change set to this (the
    // GUI) thread; change sets committed while one is still waiting there are merged into it.
    connect(m_writer, &CacheWriter::changed, m_writer, [this](const ChangeSet &changes) { queueChanges(changes); },
            Qt::DirectConnection);
    m_thread.start();
}

Cache::~Cache()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

QString Cache::defaultPath(const QString &serverUrl, const QString &agentEmail, const QString &profileDir)
{
    QString base = profileDir;
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QUrl url(serverUrl);
    QString server = url.host().isEmpty() ? serverUrl : url.host();
    if (url.port() > 0)
        server += u'_' + QString::number(url.port());
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._@-]+"_s);
    auto clean = [](QString s) {
        s.replace(unsafe, u"_"_s);
        while (s.startsWith(u'.'))
            s.remove(0, 1); // no hidden files, no ".."
        if (s.isEmpty())
            s = u"default"_s;
        return s.left(100);
    };
    return QDir(base).filePath(u"cache/"_s + clean(server) + u'-' + clean(agentEmail.toLower()) + u".sqlite"_s);
}

Status Cache::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return CacheError { CacheError::Database, u"cannot create the folder %1"_s.arg(info.absolutePath()) };
    Status result;
    // Once at startup: the GUI waits for the file to be created or migrated before reading it.
    QMetaObject::invokeMethod(
        m_writer, [&] { result = m_writer->open(path); }, Qt::BlockingQueuedConnection);
    if (!result)
        return result;
    if (auto s = m_reader.open(path); !s) {
        close();
        return s;
    }
    m_path = path;
    return {};
}

void Cache::close()
{
    // Sends still inside their undo window stay held in the file (as after a crash): the next
    // session shows them in the outbox for the agent to send or discard. The app asks before
    // quitting, so this happens only when it cannot ask.
    for (QTimer *t : std::as_const(m_holdTimers))
        delete t;
    m_holdTimers.clear();
    m_held.clear();
    m_reader.close();
    if (m_writer && m_thread.isRunning())
        QMetaObject::invokeMethod(m_writer, [this] { m_writer->close(); }, Qt::BlockingQueuedConnection);
    m_path.clear();
}

bool Cache::isOpen() const
{
    return !m_path.isEmpty() && m_reader.isOpen();
}

void Cache::queueChanges(const ChangeSet &changes)
{
    // Worker thread. One delivery waits at a time: when the GUI thread is busy while the writer
    // commits batch after batch (a first sync), it gets one merged change set when it is free
    // again, instead of a queue of them that it would work through one by one, reading the same
    // rows again for each, with the event loop blocked until the queue is empty.
    {
        const QMutexLocker lock(&m_pendingMutex);
        if (m_pending) {
            m_pending->merge(changes);
            return;
        }
        m_pending = changes;
    }
    QMetaObject::invokeMethod(this, &Cache::deliverChanges, Qt::QueuedConnection);
}

void Cache::deliverChanges()
{
    std::optional<ChangeSet> changes;
    {
        const QMutexLocker lock(&m_pendingMutex);
        changes.swap(m_pending);
    }
    if (changes)
        Q_EMIT changed(*changes);
}

void Cache::reportFailure(const QString &clientId, const CacheError &error)
{
    // Called on the worker thread; delivered on the thread the Cache lives on (the GUI's).
    QMetaObject::invokeMethod(
        this, [this, clientId, error] { Q_EMIT commandFailed(clientId, error); }, Qt::QueuedConnection);
}

namespace {
QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

namespace {
// Errors that may pass by themselves: try again later rather than drop the user's action.
bool passing(const CacheError &e)
{
    return e.code == CacheError::Busy || e.code == CacheError::Database || e.code == CacheError::NotOpen;
}
} // namespace

void Cache::setRetryIntervalMs(int ms)
{
    QMetaObject::invokeMethod(m_writer, [this, ms] {
        m_retryIntervalMs = qMax(1, ms);
        if (m_retryTimer)
            m_retryTimer->setInterval(m_retryIntervalMs);
    });
}

void Cache::submit(QString clientId, std::function<Status(CacheWriter &)> run)
{
    // On the worker thread.
    m_unsaved.push_back(Command { std::move(clientId), std::move(run) });
    if (m_unsaved.size() == 1)
        drainUnsaved();
    else
        reportUnsaved(m_workerReason); // queued behind a kept command
}

void Cache::drainUnsaved()
{
    // On the worker thread: runs kept commands in order until one fails for a passing reason.
    QString reason;
    while (!m_unsaved.empty()) {
        Command &cmd = m_unsaved.front();
        const Status st = cmd.run(*m_writer);
        if (!st && passing(st.error())) {
            reason = st.error().message.isEmpty() ? u"the cache could not be written"_s : st.error().message;
            qCWarning(internal::lcCache) << "keeping" << m_unsaved.size() << "command(s) in memory:" << reason;
            break;
        }
        if (!st)
            reportFailure(cmd.clientId, st.error());
        m_unsaved.pop_front();
    }
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(m_writer); // lives and fires on the worker thread
        m_retryTimer->setSingleShot(true);
        QObject::connect(m_retryTimer, &QTimer::timeout, m_writer, [this] { drainUnsaved(); });
    }
    m_workerReason = reason;
    if (m_unsaved.empty())
        m_retryTimer->stop();
    else
        m_retryTimer->start(m_retryIntervalMs);
    reportUnsaved(reason);
}

void Cache::reportUnsaved(const QString &reason)
{
    // Only the writer's queue is counted: a command is "unsaved" from the first refusal on.
    const int count = m_unsaved.empty() || reason.isEmpty() ? 0 : int(m_unsaved.size());
    QMetaObject::invokeMethod(
        this,
        [this, count, reason] {
            if (count == m_unsavedCount && (count == 0 || reason == m_unsavedReason))
                return;
            m_unsavedCount = count;
            m_unsavedReason = count ? reason : QString();
            Q_EMIT unsavedChanged(count, m_unsavedReason);
        },
        Qt::QueuedConnection);
}

QString Cache::sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                           const QStringList &mentions)
{
    const QString clientId = newClientId();
    const bool hold = m_undoWindowMs > 0 && (kind == "reply"_L1 || kind == "note"_L1);
    if (hold) {
        HeldSend h { clientId, conversationId, kind, body, mentions,
                     QDateTime::currentDateTimeUtc().addMSecs(m_undoWindowMs) };
        m_held.append(h);
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, clientId] {
            if (QTimer *t = m_holdTimers.take(clientId))
                t->deleteLater();
            m_held.removeIf([&](const HeldSend &x) { return x.clientId == clientId; });
            releaseHeld(clientId);
            Q_EMIT sendHoldEnded(clientId, false);
        });
        m_holdTimers.insert(clientId, timer);
        timer->start(m_undoWindowMs);
        Q_EMIT sendHeld(h);
    }
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.sendMessage(conversationId, kind, body, mentions, clientId, hold);
            if (!r && r.error().code == CacheError::Invalid && w.outboxEntryByClientId(clientId))
                return {}; // written by an earlier try whose answer was lost
            return r ? Status() : Status(r.error());
        });
    });
    return clientId;
}

QString Cache::startConversation(const QString &contactId, const QString &channel, const QString &subject,
                                 const QString &body)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.startConversation(contactId, channel, subject, body, clientId);
            if (!r && r.error().code == CacheError::Invalid && w.outboxEntryByClientId(clientId))
                return {};
            return r ? Status() : Status(r.error());
        });
    });
    return clientId;
}

QString Cache::updateConversation(const QString &conversationId, const QJsonObject &set)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.updateConversation(conversationId, set, clientId);
            if (!r && r.error().code == CacheError::Invalid && w.outboxEntryByClientId(clientId))
                return {};
            return r ? Status() : Status(r.error());
        });
    });
    return clientId;
}

QString Cache::updateContact(const QString &contactId, const QJsonObject &set)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.updateContact(contactId, set, clientId);
            if (!r && r.error().code == CacheError::Invalid && w.outboxEntryByClientId(clientId))
                return {};
            return r ? Status() : Status(r.error());
        });
    });
    return clientId;
}

QString Cache::deleteNote(const QString &messageId)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.deleteNote(messageId, clientId);
            return r ? Status() : Status(r.error());
        });
    });
    return clientId;
}

void Cache::setUndoWindowMs(int ms)
{
    m_undoWindowMs = qMax(0, ms);
}

std::optional<HeldSend> Cache::undoSend(const QString &clientId)
{
    QTimer *timer = m_holdTimers.take(clientId);
    if (!timer)
        return std::nullopt;
    timer->stop();
    timer->deleteLater();
    std::optional<HeldSend> out;
    for (qsizetype i = 0; i < m_held.size(); ++i) {
        if (m_held.at(i).clientId == clientId) {
            out = m_held.takeAt(i);
            break;
        }
    }
    // Queued on the worker before any later command, so nothing can send it in between.
    undoHeld(clientId);
    Q_EMIT sendHoldEnded(clientId, true);
    return out;
}

std::optional<HeldSend> Cache::lastHeldSend(const QString &conversationId) const
{
    for (qsizetype i = m_held.size() - 1; i >= 0; --i)
        if (conversationId.isEmpty() || m_held.at(i).conversationId == conversationId)
            return m_held.at(i);
    return std::nullopt;
}

void Cache::releaseHeldSends()
{
    const QList<HeldSend> held = std::exchange(m_held, {});
    for (const HeldSend &h : held) {
        if (QTimer *t = m_holdTimers.take(h.clientId)) {
            t->stop();
            t->deleteLater();
        }
        releaseHeld(h.clientId);
        Q_EMIT sendHoldEnded(h.clientId, false);
    }
}

void Cache::releaseHeld(const QString &clientId)
{
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            const Status s = w.releaseHeld(clientId);
            // Not held any more (undone, or released by Send in the outbox): nothing to do.
            return !s && s.error().code == CacheError::NotFound ? Status() : s;
        });
    });
}

void Cache::undoHeld(const QString &clientId)
{
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit(clientId, [=](CacheWriter &w) -> Status {
            auto r = w.undoHeld(clientId);
            return r ? Status() : Status(r.error());
        });
    });
}

void Cache::takeBack(qint64 outboxId)
{
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit({}, [=](CacheWriter &w) -> Status {
            auto r = w.takeBack(outboxId);
            return r ? Status() : Status(r.error());
        });
    });
}

void Cache::retryOutbox(qint64 id)
{
    QMetaObject::invokeMethod(m_writer, [=, this] { submit({}, [=](CacheWriter &w) { return w.retryOutbox(id); }); });
}

void Cache::discardOutbox(qint64 id)
{
    QMetaObject::invokeMethod(m_writer, [=, this] { submit({}, [=](CacheWriter &w) { return w.discardOutbox(id); }); });
}

void Cache::saveDraft(const QString &conversationId, const QString &text, const QString &mode)
{
    QMetaObject::invokeMethod(m_writer, [=, this] {
        submit({}, [=](CacheWriter &w) { return w.saveDraft(conversationId, text, mode); });
    });
}

void Cache::markRead(const QString &conversationId, const QString &messageId)
{
    QMetaObject::invokeMethod(m_writer, [this, conversationId, messageId] {
        if (auto s = m_writer->markRead(conversationId, messageId); !s)
            reportFailure(QString(), s.error());
    });
}

void Cache::post(std::function<void(CacheWriter &)> fn)
{
    QMetaObject::invokeMethod(m_writer, [this, fn = std::move(fn)] { fn(*m_writer); });
}

} // namespace confab::cache
