#pragma once

#include "auth.h"
#include "storage.h"

#include <QObject>
#include <QPointer>

class QWebSocket;

namespace confab::server {

class AgentSession;
class VisitorSession;

// All live WebSocket sessions of one node. Agent sessions authenticate with a hello, catch up
// (delta or snapshot), then receive every event batch; visitor sessions receive only what a
// customer may see (see VisitorSession). Each event batch is encoded once per fan-out.
class Hub : public QObject
{
    Q_OBJECT
public:
    Hub(Storage &storage, const SnapshotLimits &snapshotLimits, int helloTimeoutMs, QObject *parent = nullptr);
    ~Hub() override;

    void addAgentSocket(QWebSocket *socket);   // takes ownership
    void addVisitorSocket(QWebSocket *socket); // takes ownership

    // Fans committed events out to every live agent session and, filtered, to visitors.
    void publish(const QList<protocol::Event> &events);

    int agentSessionCount() const;
    int visitorSessionCount() const;
    Storage &storage() { return m_storage; }

Q_SIGNALS:
    void sessionCountChanged(int agents, int visitors);

private:
    friend class AgentSession;
    friend class VisitorSession;
    void removeAgentSession(AgentSession *session);
    void removeVisitorSession(VisitorSession *session);

    Storage &m_storage;
    SnapshotLimits m_snapshotLimits;
    int m_helloTimeoutMs;
    QList<AgentSession *> m_agents;
    QList<VisitorSession *> m_visitors;
};

} // namespace confab::server
