#pragma once

#include "cache/types.h"
#include "protocol/frames.h"
#include "sync/backoff.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;
class QWebSocket;

namespace confab::cache {
class CacheWriter;
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::sync {

// Timings of a session. The defaults are the contract's; tests shorten them.
struct SyncTimings
{
    int backoffBaseMs = 500;       // first reconnect delay (jittered), doubling…
    int backoffMaxMs = 30 * 1000;  // …up to this
    int pingIntervalMs = 20 * 1000;
    int deadAfterMs = 45 * 1000;   // no frame at all for this long: the connection is dead
    int retryLaterMs = 2000;       // re-send after rate_limited / internal
    int fetchLimit = 50;           // older history page size
};

// The sync engine for one server and agent: connect → hello → catch up (delta or snapshot) →
// live, reconnecting with jittered exponential backoff. Lives on the cache writer's thread and
// calls the CacheWriter synchronously; never touches the GUI thread (talk to it through
// queued signals and QMetaObject::invokeMethod).
//
// Guarantees: an `events`/`snapshot` frame and the new seq are applied in one cache
// transaction; a seq gap, an undecodable frame or a frame the cache refuses closes the
// connection and reconnects from the last applied seq. Outbox entries are sent in creation
// order (the cache only hands out the next entry per conversation), removed only by their
// ack, and re-sent with the same client_id after a reconnect.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, CatchingUp, Live };
    Q_ENUM(State)

    // Called on the session's thread at every connection attempt; an empty token means
    // "no credentials": the session reports authFailed and does not connect.
    using TokenProvider = std::function<QString()>;

    SyncSession(cache::CacheWriter *writer, QUrl server, TokenProvider token, SyncTimings timings = {},
                QObject *parent = nullptr);
    ~SyncSession() override;

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    QUrl server() const { return m_server; }
    const protocol::Agent &agent() const { return m_agent; }
    qint64 lastSeq() const { return m_lastSeq; }
    BackoffPolicy &backoff() { return m_backoff; }
    // Pending + sending outbox entries (what is still to reach the server).
    int waitingActions() const { return m_waiting; }
    // How many connection attempts were made (for tests and diagnostics).
    int connectAttempts() const { return m_connectAttempts; }
    // A reconnect is waiting for its backoff delay.
    bool reconnectScheduled() const;

public Q_SLOTS:
    // Starts connecting (at once); reconnects by itself until stop() or an auth failure.
    void start();
    // Closes the connection and stops reconnecting.
    void stop();
    // Drops the connection and reconnects at once (e.g. the network came back).
    void reconnectNow();
    // Older history: nothing is sent when the cache already knows the history is complete.
    // `before` is the oldest server message id the caller has (empty: the oldest cached one).
    // Queued while offline; answered by historyLoaded or historyFailed.
    void requestHistory(const QString &conversationId, const QString &before = {});
    // Ephemeral frames; dropped when not live.
    // mode = "reply" | "note": only typing a reply is shown to the customer.
    void sendTyping(const QString &conversationId, bool on, const QString &mode);
    void sendViewing(const QString &conversationId);
    // Sends every sendable outbox entry (also triggered by the cache and on reaching live).
    void flushOutbox();

Q_SIGNALS:
    void stateChanged(confab::sync::SyncSession::State state);
    // Live or not, with the number of actions still waiting to reach the server. Emitted on
    // every change of either.
    void online(bool live, int waitingActions);
    // During catch-up: events/items received so far and the number expected (0 = unknown).
    void syncProgress(qint64 received, qint64 expected);
    void caughtUp(qint64 head);
    // The token was refused (close 4001 / error unauthorized). The session stopped; start()
    // again once a new token is available.
    void authFailed(const QString &reason);
    // A connection problem or a refused frame, in words (the session reconnects by itself).
    void error(const QString &message);
    // Live, nothing in flight or sendable, and every acked change is applied locally.
    // `remaining` = outbox entries left (failed or in conflict, waiting for the user).
    void outboxFlushed(int remaining);
    void historyLoaded(const QString &conversationId, int count, bool complete);
    void historyFailed(const QString &conversationId, const QString &message);
    // Ephemeral frames from other agents (never stored).
    void typing(const QString &conversationId, const QString &agentId, bool on);
    void presence(const QString &agentId, const QString &status);
    void viewing(const QString &conversationId, const QString &agentId);

private:
    void setState(State state);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void scheduleReconnect(const QString &why);
    // Closes the connection because of a protocol problem and reconnects from lastSeq.
    void dropAndReconnect(const QString &why);
    void sendFrame(const QByteArray &utf8);
    void touch(); // a frame arrived: restart the dead-connection timer

    void handle(const protocol::Welcome &f);
    void handle(const protocol::Snapshot &f);
    void handle(const protocol::Events &f);
    void handle(const protocol::Synced &f);
    void handle(const protocol::Ack &f);
    void handle(const protocol::ErrorFrame &f);
    void handle(const protocol::MessagesPage &f);
    void handle(const protocol::TypingEvent &f);
    void handle(const protocol::PresenceEvent &f);
    void handle(const protocol::ViewingEvent &f);
    void handle(const protocol::Pong &f);

    void goLive(qint64 head);
    void leaveConnection(); // common cleanup when a connection ends
    void onCacheChanged(const cache::ChangeSet &changes);
    void onReadMarked(const QString &conversationId, const QString &messageId);
    void sendHistoryRequest(const QString &conversationId, const QString &before);
    void retryLater(const QString &clientId);
    void updateWaiting();
    void checkFlushed();
    cache::CacheReader *reader();

    cache::CacheWriter *m_writer;
    QUrl m_server;
    TokenProvider m_token;
    SyncTimings m_timings;
    BackoffPolicy m_backoff;

    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer;
    QTimer *m_pingTimer;
    QTimer *m_deadTimer;
    State m_state = State::Disconnected;
    bool m_running = false;
    int m_connectAttempts = 0;
    QString m_lastError;
    bool m_authRefused = false;
    QString m_authReason;

    // Catch-up of the current connection.
    protocol::Agent m_agent;
    qint64 m_lastSeq = 0;
    qint64 m_sinceAtHello = 0;
    qint64 m_welcomeHead = 0;
    QString m_welcomeLogId;
    bool m_snapshotMode = false;
    bool m_resetPending = false;
    bool m_snapshotDone = false;
    qint64 m_snapshotItems = 0;

    // Outbox requests sent on this connection, by client_id (= their req).
    QSet<QString> m_inFlight;
    QHash<QString, QTimer *> m_retryTimers;
    qint64 m_highestAckSeq = 0;
    int m_waiting = -1;
    bool m_lastOnline = false;
    bool m_flushReported = false;

    // History requests: req → (conversation, before); queued ones wait for live.
    QHash<QString, std::pair<QString, QString>> m_fetchReqs;
    QList<std::pair<QString, QString>> m_queuedHistory;
    qint64 m_nextReq = 1;

    std::unique_ptr<cache::CacheReader> m_reader;
};

} // namespace confab::sync
