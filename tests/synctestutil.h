#pragma once

// Shared by the tst_sync_* tests: a desktop client in the test process (a real cache file and
// a SyncSession on the cache's writer thread, as the app wires them), and the check that a
// client's cache equals the server's state.

#include "cache/cache.h"
#include "server/storage.h"
#include "sync/syncsession.h"

#include "protocol/limits.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>
#include <type_traits>

namespace confab::tests {

// Short timings so tests never wait for the contract's 30 s backoff.
inline sync::SyncTimings fastTimings()
{
    sync::SyncTimings t;
    t.backoffBaseMs = 50;
    t.backoffMaxMs = 400;
    t.retryLaterMs = 200;
    return t;
}

// One client: a cache file and a SyncSession living on the cache's writer thread. The
// session's signals are recorded here on the test's thread (queued), so the test can wait
// on them with QTRY_*.
class SyncClient : public QObject // no Q_OBJECT: a context for lambdas only (header-only, no moc)
{
public:
    SyncClient(QString cachePath, QUrl server, QString token, sync::SyncTimings timings = fastTimings())
        : m_path(std::move(cachePath)), m_server(std::move(server)), m_token(std::make_shared<Token>()),
          m_timings(timings)
    {
        m_token->value = std::move(token);
    }

    ~SyncClient() override { close(); }

    bool open()
    {
        m_cache = std::make_unique<cache::Cache>();
        const cache::Status st = m_cache->open(m_path);
        if (!st) {
            qWarning() << "cache open failed:" << st.error().message;
            return false;
        }
        auto token = m_token;
        m_session = new sync::SyncSession(
            m_cache->writer(), m_server,
            [token] {
                QMutexLocker lock(&token->mutex);
                return token->value;
            },
            m_timings);
        m_session->moveToThread(m_cache->writerThread());
        using S = sync::SyncSession;
        connect(m_session, &S::stateChanged, this, [this](S::State s) {
            state = s;
            states.append(s);
            if (s == S::State::Connecting)
                ++connecting;
        });
        connect(m_session, &S::online, this, [this](bool isLive, int waitingActions) {
            live = isLive;
            waiting = waitingActions;
            onlineSignals.append({ isLive, waitingActions });
        });
        connect(m_session, &S::caughtUp, this, [this](qint64 head) {
            ++caughtUp;
            lastHead = head;
        });
        connect(m_session, &S::outboxFlushed, this, [this](int remaining) {
            ++flushed;
            flushRemaining = remaining;
        });
        connect(m_session, &S::authFailed, this, [this](const QString &reason) { authFailures.append(reason); });
        connect(m_session, &S::error, this, [this](const QString &message) { errors.append(message); });
        connect(m_session, &S::syncProgress, this, [this](qint64 received, qint64 expected) {
            progress.append({ received, expected });
        });
        connect(m_session, &S::historyLoaded, this, [this](const QString &id, int count, bool complete) {
            historyLoaded.append({ id, count, complete });
        });
        connect(m_session, &S::historyFailed, this, [this](const QString &id, const QString &message) {
            historyFailed.append({ id, message });
        });
        connect(m_cache.get(), &cache::Cache::changed, this, [this](const cache::ChangeSet &) { ++changes; });
        return true;
    }

    void close()
    {
        if (m_session) {
            sync::SyncSession *s = m_session;
            m_session = nullptr;
            s->disconnect(this);
            QMetaObject::invokeMethod(
                s,
                [s] {
                    s->stop();
                    delete s;
                },
                Qt::BlockingQueuedConnection);
        }
        if (m_cache) {
            m_cache->close();
            m_cache.reset();
        }
    }

    void start() { QMetaObject::invokeMethod(m_session, &sync::SyncSession::start, Qt::QueuedConnection); }
    void stop()
    {
        QMetaObject::invokeMethod(m_session, &sync::SyncSession::stop, Qt::BlockingQueuedConnection);
    }
    void setToken(const QString &token)
    {
        QMutexLocker lock(&m_token->mutex);
        m_token->value = token;
    }

    // Runs fn on the writer thread with the writer and the session, and returns its result.
    template<typename F>
    auto onWorker(F fn) -> std::invoke_result_t<F, cache::CacheWriter &, sync::SyncSession &>
    {
        using R = std::invoke_result_t<F, cache::CacheWriter &, sync::SyncSession &>;
        cache::CacheWriter *w = m_cache->writer();
        sync::SyncSession *s = m_session;
        if constexpr (std::is_void_v<R>) {
            QMetaObject::invokeMethod(w, [&] { fn(*w, *s); }, Qt::BlockingQueuedConnection);
        } else {
            std::optional<R> result;
            QMetaObject::invokeMethod(w, [&] { result.emplace(fn(*w, *s)); }, Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }

    cache::Cache &cache() { return *m_cache; }
    const cache::CacheReader &reader() { return m_cache->reader(); }
    sync::SyncSession *session() { return m_session; }
    QString path() const { return m_path; }

    // Recorded on the test's thread.
    sync::SyncSession::State state = sync::SyncSession::State::Disconnected;
    QList<sync::SyncSession::State> states;
    int connecting = 0;
    bool live = false;
    int waiting = 0;
    QList<std::pair<bool, int>> onlineSignals;
    int caughtUp = 0;
    qint64 lastHead = 0;
    int flushed = 0;
    int flushRemaining = -1;
    QStringList authFailures;
    QStringList errors;
    QList<std::pair<qint64, qint64>> progress;
    struct History
    {
        QString conversationId;
        int count = 0;
        bool complete = false;
    };
    QList<History> historyLoaded;
    QList<std::pair<QString, QString>> historyFailed;
    int changes = 0;

private:
    struct Token
    {
        QMutex mutex;
        QString value;
    };
    QString m_path;
    QUrl m_server;
    std::shared_ptr<Token> m_token;
    sync::SyncTimings m_timings;
    std::unique_ptr<cache::Cache> m_cache;
    sync::SyncSession *m_session = nullptr;
};

// ---------- the server's state

// Every conversation on the server (a snapshot read with no limits).
inline server::SnapshotData fullServerState(server::Storage &storage)
{
    server::SnapshotLimits limits;
    limits.recentClosedConversations = 1000000;
    limits.messagesPerConversation = 1;
    limits.allContactsUpTo = 1000000;
    return storage.snapshot(limits);
}

// Every message of a conversation on the server, oldest first (keyset pages of 200).
inline QList<protocol::Message> serverMessages(server::Storage &storage, const QString &conversationId)
{
    QList<protocol::Message> out;
    protocol::Fetch f;
    f.conversationId = conversationId;
    f.limit = protocol::limits::MaxFetchLimit;
    for (;;) {
        auto page = storage.fetch(f);
        if (!page)
            return out;
        out = page->messages + out;
        if (page->complete || page->messages.isEmpty())
            return out;
        f.before = page->messages.first().id;
    }
}

// Every message the cache holds for a conversation, oldest first (all pages).
inline QList<cache::MessageRow> cachedMessages(const cache::CacheReader &reader, const QString &conversationId)
{
    QList<cache::MessageRow> out;
    cache::MessagePage page = reader.messages(conversationId, std::nullopt, 500);
    out = page.messages;
    while (page.olderInCache && page.older) {
        page = reader.messages(conversationId, page.older, 500);
        out = page.messages + out;
    }
    return out;
}

struct CompareOptions
{
    int minimumRecent = 50;   // the newest messages of each conversation that must be cached
    bool fullHistory = false; // every message of every conversation must be cached
    // Only what a snapshot holds is required (open, snoozed and recent conversations, their
    // contacts); other server conversations, when cached, must still be equal.
    bool snapshotScope = false;
};

// The client cache equals the server: the sync position, every conversation (equal field by
// field), contacts, agents, teams, articles, saved replies, and messages — each cached message
// equal to the server's, none missing among the newest `minimumRecent` of a conversation (a
// snapshot brings the latest 50; older history comes on demand), and no client_id twice.
// Use through VERIFY_CACHE_EQUALS_SERVER (returns false with *why on the first mismatch).
inline bool cacheEqualsServer(server::Storage &storage, const cache::CacheReader &reader, QString *why,
                              CompareOptions options = {})
{
    const int minimumRecent = options.minimumRecent;
    const bool fullHistory = options.fullHistory;
    auto fail = [why](const QString &text) {
        *why = text;
        return false;
    };
    const server::SnapshotData state = fullServerState(storage);
    if (state.error)
        return fail(QStringLiteral("server snapshot failed: ") + state.error->message);
    const cache::SyncState sync = reader.syncState();
    if (sync.lastSeq != storage.head())
        return fail(QStringLiteral("cache seq %1, server head %2").arg(sync.lastSeq).arg(storage.head()));
    if (sync.logId != storage.logId())
        return fail(QStringLiteral("cache log id differs from the server's"));
    if (!reader.outbox().isEmpty())
        return fail(QStringLiteral("the outbox still holds %1 entries").arg(reader.outbox().size()));

    QSet<QString> requiredConversations, requiredContacts;
    if (options.snapshotScope) {
        const server::SnapshotData scope = storage.snapshot(server::SnapshotLimits {});
        for (const auto &c : scope.conversations)
            requiredConversations.insert(c.id);
        for (const auto &c : scope.contacts)
            requiredContacts.insert(c.id);
    }
    for (const protocol::Conversation &c : state.conversations) {
        const auto cached = reader.conversation(c.id);
        if (!cached && options.snapshotScope && !requiredConversations.contains(c.id))
            continue;
        if (!cached)
            return fail(QStringLiteral("conversation %1 missing in the cache").arg(c.id));
        if (!(*cached == c))
            return fail(QStringLiteral("conversation %1 differs: cache %2 server %3").arg(
                c.id, QString::fromUtf8(protocol::encodeJson(cached->toJson())),
                QString::fromUtf8(protocol::encodeJson(c.toJson()))));

        const QList<protocol::Message> server = serverMessages(storage, c.id);
        const QList<cache::MessageRow> rows = cachedMessages(reader, c.id);
        QHash<QString, protocol::Message> serverById;
        for (const auto &m : server)
            serverById.insert(m.id, m);
        QSet<QString> cachedIds;
        QSet<QString> clientIds;
        for (const cache::MessageRow &row : rows) {
            const protocol::Message &m = row.message;
            if (row.delivery != cache::Delivery::Delivered)
                return fail(QStringLiteral("message %1 in %2 is not delivered").arg(m.id, c.id));
            const auto it = serverById.constFind(m.id);
            if (it == serverById.cend())
                return fail(QStringLiteral("message %1 in %2 is not on the server").arg(m.id, c.id));
            if (!(m == *it))
                return fail(QStringLiteral("message %1 differs: cache %2 server %3").arg(
                    m.id, QString::fromUtf8(protocol::encodeJson(m.toJson())),
                    QString::fromUtf8(protocol::encodeJson(it->toJson()))));
            if (!m.clientId.isEmpty() && clientIds.contains(m.clientId))
                return fail(QStringLiteral("client_id %1 appears twice in %2").arg(m.clientId, c.id));
            clientIds.insert(m.clientId);
            cachedIds.insert(m.id);
        }
        // The newest messages must all be there; deleted ones may be kept (flagged) or hidden.
        const qsizetype need = fullHistory ? server.size() : qMin<qsizetype>(minimumRecent, server.size());
        for (qsizetype i = server.size() - need; i < server.size(); ++i) {
            const protocol::Message &m = server.at(i);
            if (!cachedIds.contains(m.id) && !m.deleted)
                return fail(QStringLiteral("message %1 of %2 missing in the cache").arg(m.id, c.id));
        }
    }
    for (const protocol::Contact &c : state.contacts) {
        const auto cached = reader.contact(c.id);
        if (!cached && options.snapshotScope && !requiredContacts.contains(c.id))
            continue;
        if (!cached || !(*cached == c))
            return fail(QStringLiteral("contact %1 differs or is missing").arg(c.id));
    }
    if (reader.agents().size() != state.agents.size())
        return fail(QStringLiteral("cache has %1 agents, server %2").arg(reader.agents().size()).arg(state.agents.size()));
    for (const protocol::Agent &a : reader.agents())
        if (!state.agents.contains(a))
            return fail(QStringLiteral("agent %1 differs").arg(a.id));
    if (reader.teams().size() != state.teams.size())
        return fail(QStringLiteral("team count differs"));
    for (const protocol::Team &t : reader.teams())
        if (!state.teams.contains(t))
            return fail(QStringLiteral("team %1 differs").arg(t.id));
    if (reader.articles().size() != state.articles.size())
        return fail(QStringLiteral("article count differs"));
    for (const protocol::Article &a : reader.articles())
        if (!state.articles.contains(a))
            return fail(QStringLiteral("article %1 differs").arg(a.id));
    if (reader.savedReplies().size() != state.savedReplies.size())
        return fail(QStringLiteral("saved reply count differs"));
    const auto ws = reader.workspace();
    if (!ws || !(*ws == state.workspace))
        return fail(QStringLiteral("workspace differs"));
    return true;
}

#define VERIFY_CACHE_EQUALS_SERVER(storage, reader, ...)                                                               \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(::confab::tests::cacheEqualsServer(storage, reader, &why_ __VA_OPT__(, ) __VA_ARGS__),               \
                 qPrintable(why_));                                                                                    \
    } while (false)

// Messages with this client_id on the server, in a conversation.
inline int serverCountOfClientId(server::Storage &storage, const QString &conversationId, const QString &clientId)
{
    int n = 0;
    for (const protocol::Message &m : serverMessages(storage, conversationId))
        if (m.clientId == clientId)
            ++n;
    return n;
}

inline int cacheCountOfClientId(const cache::CacheReader &reader, const QString &conversationId,
                                const QString &clientId)
{
    int n = 0;
    for (const cache::MessageRow &row : cachedMessages(reader, conversationId))
        if (row.message.clientId == clientId)
            ++n;
    return n;
}

} // namespace confab::tests
