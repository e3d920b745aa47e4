#include "cache/cache.h"

#include "cache/internal.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace confab::cache {

using namespace Qt::StringLiterals;

Cache::Cache(QObject *parent) : QObject(parent)
{
    registerCacheMetaTypes();
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

QString Cache::sendMessage(const QString &conversationId, const QString &kind, const QString &body,
                           const QStringList &mentions)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [this, conversationId, kind, body, mentions, clientId] {
        auto r = m_writer->sendMessage(conversationId, kind, body, mentions, clientId);
        if (!r)
            reportFailure(clientId, r.error());
    });
    return clientId;
}

QString Cache::startConversation(const QString &contactId, const QString &channel, const QString &subject,
                                 const QString &body)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [this, contactId, channel, subject, body, clientId] {
        auto r = m_writer->startConversation(contactId, channel, subject, body, clientId);
        if (!r)
            reportFailure(clientId, r.error());
    });
    return clientId;
}

QString Cache::updateConversation(const QString &conversationId, const QJsonObject &set)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [this, conversationId, set, clientId] {
        auto r = m_writer->updateConversation(conversationId, set, clientId);
        if (!r)
            reportFailure(clientId, r.error());
    });
    return clientId;
}

QString Cache::updateContact(const QString &contactId, const QJsonObject &set)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [this, contactId, set, clientId] {
        auto r = m_writer->updateContact(contactId, set, clientId);
        if (!r)
            reportFailure(clientId, r.error());
    });
    return clientId;
}

QString Cache::deleteNote(const QString &messageId)
{
    const QString clientId = newClientId();
    QMetaObject::invokeMethod(m_writer, [this, messageId, clientId] {
        auto r = m_writer->deleteNote(messageId, clientId);
        if (!r)
            reportFailure(clientId, r.error());
    });
    return clientId;
}

void Cache::retryOutbox(qint64 id)
{
    QMetaObject::invokeMethod(m_writer, [this, id] {
        if (auto s = m_writer->retryOutbox(id); !s)
            reportFailure(QString(), s.error());
    });
}

void Cache::discardOutbox(qint64 id)
{
    QMetaObject::invokeMethod(m_writer, [this, id] {
        if (auto s = m_writer->discardOutbox(id); !s)
            reportFailure(QString(), s.error());
    });
}

void Cache::saveDraft(const QString &conversationId, const QString &text, const QString &mode)
{
    QMetaObject::invokeMethod(m_writer, [this, conversationId, text, mode] {
        if (auto s = m_writer->saveDraft(conversationId, text, mode); !s)
            reportFailure(QString(), s.error());
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
