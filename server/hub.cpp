#include "hub.h"

#include "durability.h"
#include "protocol/eventframes.h"
#include "protocol/limits.h"
#include "sessions.h"

#include <QWebSocket>

#include <algorithm>
#include <utility>

namespace confab::server {

using namespace Qt::StringLiterals;
namespace limits = protocol::limits;

Hub::Hub(Storage &storage, const SnapshotLimits &snapshotLimits, int helloTimeoutMs, QObject *parent)
    : QObject(parent), m_storage(storage), m_snapshotLimits(snapshotLimits), m_helloTimeoutMs(helloTimeoutMs)
{
    // Several nodes on one database: another node's commit wakes this one, which reads the new
    // events from the log in seq order and fans them out to its own sessions. Only events
    // committed from now on are fanned out; sessions catch up on older ones by seq.
    m_watcher = m_storage.watch();
    if (!m_watcher)
        return;
    m_publishedSeq = m_storage.head();
    connect(m_watcher.get(), &StorageWatcher::eventsCommitted, this, [this](qint64 seq) {
        if (seq <= 0 || seq > m_publishedSeq)
            publishCommitted();
    });
    connect(m_watcher.get(), &StorageWatcher::tokenRevoked, this, &Hub::closeAgentSessionsForToken);
    connect(m_watcher.get(), &StorageWatcher::reconnected, this, [this] {
        publishCommitted();
        closeSessionsWithRevokedTokens();
    });
}

Hub::~Hub()
{
    // Sessions are children; destroy them here, while the hub's members are still intact, and
    // without their `finished` reaching back into a hub that is going away.
    const QList<AgentSession *> agents = std::exchange(m_agents, {});
    const QList<VisitorSession *> visitors = std::exchange(m_visitors, {});
    for (AgentSession *s : agents) {
        s->disconnect(this);
        delete s;
    }
    for (VisitorSession *s : visitors) {
        s->disconnect(this);
        delete s;
    }
}

void Hub::addAgentSocket(QWebSocket *socket)
{
    auto *session = new AgentSession(*this, socket, m_helloTimeoutMs, this);
    m_agents.append(session);
    connect(session, &Session::finished, this, [this, session] { removeAgentSession(session); });
    logCounts();
}

void Hub::addVisitorSocket(QWebSocket *socket)
{
    auto *session = new VisitorSession(*this, socket, m_helloTimeoutMs, this);
    m_visitors.append(session);
    connect(session, &Session::finished, this, [this, session] { removeVisitorSession(session); });
    logCounts();
}

void Hub::removeAgentSession(AgentSession *session)
{
    if (!m_agents.removeOne(session))
        return;
    if (m_countedLive.remove(session)) {
        unindexPresence(session);
        const QString id = session->agent().id;
        if (--m_liveSessionsPerAgent[id] <= 0) {
            m_liveSessionsPerAgent.remove(id);
            const QString text = QString::fromUtf8(protocol::encodeFrame(protocol::PresenceEvent { id, u"offline"_s }));
            for (AgentSession *s : presenceAudience(session->agent()))
                if (s->agent().id != id)
                    s->sendText(text);
        }
    }
    session->deleteLater();
    logCounts();
}

void Hub::removeVisitorSession(VisitorSession *session)
{
    if (!m_visitors.removeOne(session))
        return;
    session->deleteLater();
    logCounts();
}

void Hub::agentSessionLive(AgentSession *session)
{
    if (m_countedLive.contains(session))
        return;
    m_countedLive.insert(session);
    const QString id = session->agent().id;
    const bool first = ++m_liveSessionsPerAgent[id] == 1;
    if (first) {
        const QString &text = onlineFrame(id);
        for (AgentSession *s : presenceAudience(session->agent()))
            if (s != session && s->agent().id != id)
                s->sendText(text);
    }
    // Who is already here (ephemeral, after `synced`): the teammates online.
    for (const QString &other : visibleOnlineAgents(session->agent()))
        if (other != id)
            session->sendReply(onlineFrame(other));
    indexPresence(session);
    logCounts();
}

// ---- presence between teammates
//
// An agent's presence goes to the agents it shares a team with; an agent in no team shares its
// presence with everyone, and sees everyone's. So a floor of thousands in teams of dozens costs
// dozens of frames per arrival, not thousands (docs/protocol.md §6.5).

void Hub::indexPresence(AgentSession *session)
{
    const QStringList &teams = session->agent().teamIds;
    if (teams.isEmpty()) {
        m_liveTeamless.insert(session);
        return;
    }
    for (const QString &team : teams)
        m_liveByTeam[team].insert(session);
}

void Hub::unindexPresence(AgentSession *session)
{
    m_liveTeamless.remove(session);
    for (const QString &team : session->agent().teamIds) {
        auto it = m_liveByTeam.find(team);
        if (it == m_liveByTeam.end())
            continue;
        it->remove(session);
        if (it->isEmpty())
            m_liveByTeam.erase(it);
    }
}

QList<AgentSession *> Hub::presenceAudience(const protocol::Agent &agent) const
{
    QList<AgentSession *> out;
    if (agent.teamIds.isEmpty()) {
        for (const AgentSession *s : m_countedLive)
            if (s->isLive())
                out.append(const_cast<AgentSession *>(s));
        return out;
    }
    QSet<AgentSession *> seen;
    auto add = [&](AgentSession *s) {
        if (s->isLive() && !seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    };
    for (const QString &team : agent.teamIds)
        for (AgentSession *s : m_liveByTeam.value(team))
            add(s);
    for (AgentSession *s : m_liveTeamless)
        add(s);
    return out;
}

QStringList Hub::visibleOnlineAgents(const protocol::Agent &agent) const
{
    if (agent.teamIds.isEmpty())
        return m_liveSessionsPerAgent.keys();
    QSet<QString> ids;
    for (const QString &team : agent.teamIds)
        for (const AgentSession *s : m_liveByTeam.value(team))
            ids.insert(s->agent().id);
    for (const AgentSession *s : m_liveTeamless)
        ids.insert(s->agent().id);
    return QStringList(ids.cbegin(), ids.cend());
}

const QString &Hub::onlineFrame(const QString &agentId)
{
    auto it = m_onlineFrames.find(agentId);
    if (it == m_onlineFrames.end()) {
        if (m_onlineFrames.size() > 4 * (m_liveSessionsPerAgent.size() + 64))
            m_onlineFrames.clear(); // agents long gone
        it = m_onlineFrames.insert(
            agentId, QString::fromUtf8(protocol::encodeFrame(protocol::PresenceEvent { agentId, u"online"_s })));
    }
    return it.value();
}

void Hub::visitorSessionLive(VisitorSession *)
{
    logCounts();
}

void Hub::logCounts()
{
    qCInfo(lcSessions, "sessions: %lld agent (%d live), %lld visitor", qlonglong(m_agents.size()),
           liveAgentSessionCount(), qlonglong(m_visitors.size()));
    Q_EMIT sessionCountChanged(agentSessionCount(), visitorSessionCount());
}

int Hub::agentSessionCount() const
{
    return int(m_agents.size());
}

int Hub::visitorSessionCount() const
{
    return int(m_visitors.size());
}

int Hub::liveAgentSessionCount() const
{
    return int(m_countedLive.size());
}

QStringList Hub::onlineAgentIds() const
{
    return m_liveSessionsPerAgent.keys();
}

QString Hub::agentDisplayName(const QString &agentId)
{
    if (!m_agentNamesLoaded) {
        m_agentNamesLoaded = true;
        const QList<protocol::Agent> agents = m_storage.agents();
        for (const protocol::Agent &a : agents)
            m_agentNames.insert(a.id, a.name);
    }
    auto it = m_agentNames.constFind(agentId);
    if (it == m_agentNames.cend() && !agentId.isEmpty()) {
        const auto agent = m_storage.agent(agentId);
        it = m_agentNames.insert(agentId, agent ? agent->name : QString());
    }
    const QString name = it == m_agentNames.cend() ? QString() : it.value().trimmed();
    return name.isEmpty() ? u"Support"_s : name;
}

void Hub::afterDurable(QObject *context, std::function<void()> then)
{
    if (!m_gate) {
        then();
        return;
    }
    // At the end of its round: after the round's events went out (publish below).
    DurabilityGate *gate = m_gate;
    m_gate->afterCommit(context, [gate, context = QPointer<QObject>(context), hasContext = context != nullptr,
                                  then = std::move(then)] {
        gate->atRoundEnd([context, hasContext, then] {
            if (!hasContext || context)
                then();
        });
    });
}

void Hub::waitDurable()
{
    if (m_gate)
        m_gate->waitDurable();
}

void Hub::waitDurableIfPending()
{
    if (m_gate && m_gate->hasPending())
        m_gate->waitDurable();
}

void Hub::publish(const QList<protocol::Event> &events)
{
    if (events.isEmpty())
        return;
    if (m_gate) {
        // Everything made durable by one fsync goes out as one fan-out: one frame per session
        // for a whole round of commits (cut by size and count), not one per commit.
        m_gate->afterCommit(this, [this, events] {
            const bool first = m_roundEvents.isEmpty();
            m_roundEvents += events;
            if (first)
                m_gate->atRoundEnd([this] { publishNow(std::exchange(m_roundEvents, {})); });
        });
        return;
    }
    publishNow(events);
}

void Hub::publishNow(const QList<protocol::Event> &events)
{
    if (events.isEmpty())
        return;
    if (m_publishedSeq < 0 || events.constFirst().seq == m_publishedSeq + 1) {
        fanOut(events);
        return;
    }
    if (events.constLast().seq <= m_publishedSeq)
        return; // already out (read from the log after another node's NOTIFY)
    if (events.constFirst().seq <= m_publishedSeq) { // partly out
        QList<protocol::Event> rest;
        for (const protocol::Event &e : events)
            if (e.seq > m_publishedSeq)
                rest.append(e);
        fanOut(rest);
        return;
    }
    // A hole: another node committed in between. Everything up to these events is committed
    // (writers lock the log head, so commits come in seq order): the log has the missing ones.
    const qint64 wanted = events.constLast().seq;
    publishCommitted();
    if (m_publishedSeq < wanted) { // the log could not be read: send them anyway, clients re-sync on the gap
        qCWarning(lcSessions, "publishing events %lld..%lld after %lld: the log did not have the ones between",
                  qlonglong(events.constFirst().seq), qlonglong(wanted), qlonglong(m_publishedSeq));
        fanOut(events);
    }
}

void Hub::publishCommitted()
{
    if (m_publishedSeq < 0)
        m_publishedSeq = m_storage.head();
    for (;;) {
        const QList<protocol::Event> batch = m_storage.eventsAfter(m_publishedSeq, int(limits::MaxEventsPerFrame));
        if (batch.isEmpty() || batch.constFirst().seq != m_publishedSeq + 1)
            return;
        fanOut(batch);
        if (batch.size() < limits::MaxEventsPerFrame)
            return;
    }
}

void Hub::closeSessionsWithRevokedTokens()
{
    const QList<AgentSession *> agents = m_agents;
    for (AgentSession *s : agents) {
        if (s->isClosing() || s->state() != AgentSession::State::Live)
            continue;
        if (!m_storage.agentForToken(s->tokenHash())) {
            s->sendError({}, protocol::ErrorCode::Unauthorized, u"logged out"_s);
            s->closeWith(closecode::Unauthorized, u"logged out"_s);
        }
    }
}

void Hub::fanOut(const QList<protocol::Event> &events)
{
    if (events.isEmpty())
        return;
    if (m_publishedSeq >= 0)
        m_publishedSeq = std::max(m_publishedSeq, events.constLast().seq);

    // Keep what the hub caches about agents current first: roles are enforced with the
    // session's Agent, and visitors see display names.
    for (const protocol::Event &e : events) {
        if (e.name != protocol::events::AgentUpdated)
            continue;
        auto agent = protocol::Agent::fromJson(e.data);
        if (!agent)
            continue;
        m_agentNames.insert(agent->id, agent->name);
        for (AgentSession *s : std::as_const(m_agents)) {
            if (s->state() != AgentSession::State::Live || s->agent().id != agent->id)
                continue;
            const bool indexed = m_countedLive.contains(s);
            if (indexed)
                unindexPresence(s); // its teams may change
            s->setAgent(*agent);
            if (indexed)
                indexPresence(s);
        }
    }

    // Agents: every event, each frame encoded once for all sessions. A session whose catch-up
    // already read some of these from the log (they were committed by another node and not
    // yet published here) gets only the rest.
    // Frames are cut by count and by encoded size (eventframes.h); each event is encoded once.
    const QList<AgentSession *> agents = m_agents;
    const protocol::EncodedEvents encoded(events);
    rememberRecent(encoded);
    for (const protocol::EncodedEvents::Range &range : encoded.frames()) {
        const qint64 first = encoded.seqAt(range.from), last = encoded.seqAt(range.to - 1);
        const QByteArray framed = wsTextFrame(encoded.frame(range)); // once for every session
        for (AgentSession *s : agents) {
            if (!s->isLive() || s->sentSeq() >= last)
                continue;
            if (s->sentSeq() >= first)
                s->sendUtf8(encoded.frame({ encoded.indexAfterSeq(s->sentSeq()), range.to }));
            else
                s->sendFramed(framed);
            s->setSentSeq(last);
        }
    }

    // Visitors: only what visibleToVisitor() lets through, in log order.
    if (m_visitors.isEmpty())
        return;
    const QList<VisitorSession *> visitors = m_visitors;
    for (const protocol::Event &e : events) {
        if (e.name == protocol::events::ConversationCreated || e.name == protocol::events::ConversationUpdated) {
            const QString conversationId = e.data.value("id"_L1).toString();
            const QString contactId = e.data.value("contact_id"_L1).toString();
            for (VisitorSession *s : visitors)
                s->noteConversation(conversationId, contactId);
        } else if (e.name == protocol::events::MessageCreated) {
            auto message = protocol::Message::fromJson(e.data);
            if (!message) {
                qCWarning(lcSessions, "event %lld: unreadable message: %ls", qlonglong(e.seq),
                          qUtf16Printable(message.error().message));
                continue;
            }
            for (VisitorSession *s : visitors)
                s->deliver(*message);
        }
    }
}

void Hub::rememberRecent(const protocol::EncodedEvents &encoded)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const qint64 seq = encoded.seqAt(i);
        if (!m_recentSeqs.isEmpty() && seq != m_recentSeqs.constLast() + 1) {
            if (seq <= m_recentSeqs.constLast())
                continue; // already kept
            m_recentSeqs.clear(); // a hole: start over from here
            m_recentPieces.clear();
            m_recentBytes = 0;
        }
        m_recentSeqs.append(seq);
        m_recentPieces.append(encoded.pieceAt(i));
        m_recentBytes += encoded.pieceAt(i).size();
    }
    while (!m_recentSeqs.isEmpty() && (m_recentBytes > RecentEventsMaxBytes || m_recentSeqs.size() > RecentEventsMaxCount)) {
        m_recentBytes -= m_recentPieces.constFirst().size();
        m_recentPieces.removeFirst();
        m_recentSeqs.removeFirst();
    }
}

std::optional<protocol::EncodedEvents> Hub::recentEventsAfter(qint64 since) const
{
    if (m_recentSeqs.isEmpty() || since + 1 < m_recentSeqs.constFirst() || since > m_recentSeqs.constLast())
        return std::nullopt;
    const qsizetype from = qsizetype(since + 1 - m_recentSeqs.constFirst());
    return protocol::EncodedEvents::fromEncoded(m_recentPieces.mid(from), m_recentSeqs.mid(from));
}

void Hub::closeAgentSessionsForToken(const QByteArray &tokenHash)
{
    if (tokenHash.isEmpty())
        return;
    const QList<AgentSession *> agents = m_agents;
    for (AgentSession *s : agents) {
        if (s->isClosing() || s->tokenHash() != tokenHash)
            continue;
        s->sendError({}, protocol::ErrorCode::Unauthorized, u"logged out"_s);
        s->closeWith(closecode::Unauthorized, u"logged out"_s);
    }
}

void Hub::closeAll()
{
    const QList<AgentSession *> agents = m_agents;
    for (AgentSession *s : agents)
        s->closeWith(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s);
    const QList<VisitorSession *> visitors = m_visitors;
    for (VisitorSession *s : visitors)
        s->closeWith(QWebSocketProtocol::CloseCodeGoingAway, u"server shutting down"_s);
}

void Hub::relayTyping(const AgentSession &from, const QString &conversationId, bool on, bool toVisitors)
{
    const QString agentId = from.agent().id;
    const QString text =
        QString::fromUtf8(protocol::encodeFrame(protocol::TypingEvent { conversationId, agentId, on }));
    const QList<AgentSession *> agents = m_agents;
    for (AgentSession *s : agents)
        if (s->isLive() && s->agent().id != agentId)
            s->sendText(text);
    if (!toVisitors || m_visitors.isEmpty())
        return;
    const QString name = agentDisplayName(agentId);
    const QList<VisitorSession *> visitors = m_visitors;
    for (VisitorSession *s : visitors)
        s->sendTyping(conversationId, name, on);
}

void Hub::relayViewing(const AgentSession &from, const QString &conversationId)
{
    const QString agentId = from.agent().id;
    const QString text = QString::fromUtf8(protocol::encodeFrame(protocol::ViewingEvent { conversationId, agentId }));
    const QList<AgentSession *> agents = m_agents;
    for (AgentSession *s : agents)
        if (s->isLive() && s->agent().id != agentId)
            s->sendText(text);
}

} // namespace confab::server
