#pragma once

#include "auth.h"
#include "protocol/eventframes.h"
#include "storage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <memory>

class QWebSocket;

namespace confab::server {

class AgentSession;
class DurabilityGate;
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
    // A session whose catch-up already sent some of them (it read them from the log while their
    // fan-out waited for durability) gets only the rest.
    // With a durability gate (SQLite group commit, durability.h) the fan-out waits until the
    // commit that made the events is durable; callers publish right after committing.
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

    // Group commit: set by the Server over SQLite. afterDurable() runs `then` once everything
    // committed so far is durable (at once without a gate), in commit order, and not at all if
    // `context` is gone by then; waitDurable() blocks until it is.
    void setDurabilityGate(DurabilityGate *gate) { m_gate = gate; }
    bool hasDurabilityGate() const { return m_gate != nullptr; }
    void afterDurable(QObject *context, std::function<void()> then);
    void waitDurable();
    void waitDurableIfPending(); // waitDurable() only when a commit is not yet durable

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

    // Ephemeral relays: to the live sessions of the OTHER agents; typing a reply (toVisitors)
    // also to the visitors of the conversation's contact (agent display name only).
    void relayTyping(const AgentSession &from, const QString &conversationId, bool on, bool toVisitors);
    void relayViewing(const AgentSession &from, const QString &conversationId);

    // The agent ids with at least one live session.
    QStringList onlineAgentIds() const;

    // The events published last, kept encoded (bounded by RecentEventsMaxBytes/-Count): a delta
    // catch-up within them is served from memory, without reading and re-encoding the log for
    // each of thousands of reconnecting sessions. recentEventsAfter() gives them from since+1
    // to the newest published, or nullopt when they do not reach back that far.
    std::optional<protocol::EncodedEvents> recentEventsAfter(qint64 since) const;
    static constexpr qsizetype RecentEventsMaxBytes = 16 * 1024 * 1024;
    static constexpr qsizetype RecentEventsMaxCount = 50000;

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
    // Presence between teammates (see hub.cpp).
    void indexPresence(AgentSession *session);
    void unindexPresence(AgentSession *session);
    QList<AgentSession *> presenceAudience(const protocol::Agent &agent) const;
    QStringList visibleOnlineAgents(const protocol::Agent &agent) const;
    const QString &onlineFrame(const QString &agentId);
    void publishNow(const QList<protocol::Event> &events);

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
    QHash<QString, QSet<AgentSession *>> m_liveByTeam; // team id → live sessions of its members
    QSet<AgentSession *> m_liveTeamless;               // live sessions of agents in no team
    QHash<QString, QString> m_onlineFrames;            // agent id → its encoded presence online
    QHash<QString, QString> m_agentNames;       // agent id → display name (cache)
    bool m_agentNamesLoaded = false;
    DurabilityGate *m_gate = nullptr;
    QList<protocol::Event> m_roundEvents; // published in this durability round, not yet fanned out
    // The recent-events cache: consecutive seqs m_recentSeqs.first() … last, each event's JSON.
    QList<qint64> m_recentSeqs;
    QList<QByteArray> m_recentPieces;
    qsizetype m_recentBytes = 0;
    void rememberRecent(const protocol::EncodedEvents &encoded);
};

} // namespace confab::server
