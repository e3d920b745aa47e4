#pragma once

#include "auth.h"
#include "storage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QWebSocket;

namespace confab::server {

class AgentSession;
class VisitorSession;

// All live WebSocket sessions of one node. Agent sessions authenticate with a hello, catch up
// (delta or snapshot), then receive every event batch; visitor sessions receive only what a
// customer may see (see VisitorSession). Each event batch is encoded once per fan-out.
//
// Ordering: the server is single-threaded. A session's catch-up is sent synchronously while
// its hello is handled, so no live batch can interleave with it; every batch published later
// follows its `synced`. A request's events are published before its ack is sent, so the sender
// sees the events first.
class Hub : public QObject
{
    Q_OBJECT
public:
    Hub(Storage &storage, const SnapshotLimits &snapshotLimits, int helloTimeoutMs, QObject *parent = nullptr);
    ~Hub() override;

    void addAgentSocket(QWebSocket *socket);   // takes ownership
    void addVisitorSocket(QWebSocket *socket); // takes ownership

    // Fans committed events out to every live agent session and, filtered, to visitors.
    // Several nodes on one database (Storage::watch() gives a watcher): events go out in seq
    // order, each once. A batch whose seqs were already published (read from the log after
    // another node's NOTIFY) is dropped; a batch that would leave a hole (another node committed
    // in between) is preceded by the missing events, read from the log.
    void publish(const QList<protocol::Event> &events);
    // Reads the events committed after publishedSeq() — by any node — and publishes them.
    void publishCommitted();
    // The newest seq published; -1 when this node is the only writer (no watcher).
    qint64 publishedSeq() const { return m_publishedSeq; }
    // Closes every session whose token is no longer valid (revoked on another node while this
    // node could not hear of it).
    void closeSessionsWithRevokedTokens();

    int agentSessionCount() const;
    int visitorSessionCount() const;
    int liveAgentSessionCount() const;
    Storage &storage() { return m_storage; }
    const SnapshotLimits &snapshotLimits() const { return m_snapshotLimits; }

    // Logout: every session authenticated with that token gets `unauthorized` and close 4001.
    void closeAgentSessionsForToken(const QByteArray &tokenHash);
    // Shutdown: closes every session with 1001 (going away).
    void closeAll();

    // An agent's display name for the customer side ("Support" when unknown or blank).
    QString agentDisplayName(const QString &agentId);

    // Ephemeral relays: to the live sessions of the OTHER agents; typing also to the visitors
    // of the conversation's contact (agent display name only).
    void relayTyping(const AgentSession &from, const QString &conversationId, bool on);
    void relayViewing(const AgentSession &from, const QString &conversationId);

    // The agent ids with at least one live session.
    QStringList onlineAgentIds() const;

Q_SIGNALS:
    void sessionCountChanged(int agents, int visitors);

private:
    friend class AgentSession;
    friend class VisitorSession;
    void removeAgentSession(AgentSession *session);
    void removeVisitorSession(VisitorSession *session);
    // Called by an agent session once its catch-up is sent: presence online to the others
    // when it is that agent's first live session, and the current presence list to it.
    void agentSessionLive(AgentSession *session);
    void visitorSessionLive(VisitorSession *session);
    void logCounts();

    void fanOut(const QList<protocol::Event> &events);

    Storage &m_storage;
    std::unique_ptr<StorageWatcher> m_watcher; // other nodes on the same database (PostgreSQL)
    qint64 m_publishedSeq = -1;
    SnapshotLimits m_snapshotLimits;
    int m_helloTimeoutMs;
    QList<AgentSession *> m_agents;
    QList<VisitorSession *> m_visitors;
    QHash<QString, int> m_liveSessionsPerAgent; // agent id → live sessions
    QSet<const AgentSession *> m_countedLive;   // sessions counted in m_liveSessionsPerAgent
    QHash<QString, QString> m_agentNames;       // agent id → display name (cache)
    bool m_agentNamesLoaded = false;
};

} // namespace confab::server
