#include "sessions.h"

#include "auth.h"
#include "hub.h"
#include "identity.h"
#include "protocol/eventframes.h"
#include "protocol/limits.h"

#include <QAbstractSocket>
#include <QHash>
#include <QWebSocket>

#include <chrono>
#include <utility>

namespace confab::server {

Q_LOGGING_CATEGORY(lcSessions, "confabd.sessions", QtInfoMsg)

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
namespace limits = protocol::limits;

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A peer that does not answer our close frame is cut off after this long.
constexpr int CloseGraceMs = 5000;

// Snapshot frames are filled up to this many encoded bytes, well under the 1 MiB frame limit
// (a single entity larger than this still goes out, alone in its frame).
constexpr qsizetype SnapshotFrameBudget = limits::MaxFrameBytes / 2;

// The visitor's history frame holds at most this many bytes of messages (newest kept).
constexpr qsizetype HistoryBudget = limits::MaxFrameBytes * 3 / 4;
constexpr int HistoryMessageLimit = 1000;

// Fills snapshot frames up to SnapshotFrameBudget and sends each as it fills.
class SnapshotWriter
{
public:
    explicit SnapshotWriter(Session &out) : m_out(out) { }

    void setWorkspace(const protocol::Workspace &workspace)
    {
        m_frame.workspace = workspace;
        m_size += protocol::encodeJson(workspace.toJson()).size();
    }

    template<typename T>
    void addAll(QList<T> protocol::Snapshot::*list, const QList<T> &items)
    {
        for (const T &item : items) {
            const qsizetype n = protocol::encodeJson(item.toJson()).size() + 1;
            if (m_size > 0 && m_size + n > SnapshotFrameBudget)
                flush(false);
            (m_frame.*list).append(item);
            m_size += n;
        }
    }

    void finish() { flush(true); }
    int frames() const { return m_frames; }

private:
    void flush(bool last)
    {
        m_frame.last = last;
        m_out.send(m_frame);
        m_frame = protocol::Snapshot {};
        m_size = 0;
        ++m_frames;
    }

    Session &m_out;
    protocol::Snapshot m_frame;
    qsizetype m_size = 0;
    int m_frames = 0;
};

} // namespace

// ---------------------------------------------------------------- visibility

std::optional<protocol::VisitorMessage> visibleToVisitor(const protocol::Message &message,
                                                         const QString &visitorContactId,
                                                         const QString &conversationContactId,
                                                         const QString &agentDisplayName)
{
    if (visitorContactId.isEmpty() || conversationContactId != visitorContactId)
        return std::nullopt; // not this customer's conversation
    if (message.kind != "reply"_L1 || message.deleted)
        return std::nullopt; // notes and system messages are for teammates only
    protocol::VisitorMessage v;
    if (message.author.type == "agent"_L1) {
        v.authorType = u"agent"_s;
        v.authorName = agentDisplayName.trimmed().isEmpty() ? u"Support"_s : agentDisplayName;
    } else if (message.author.type == "contact"_L1) {
        if (message.author.id != visitorContactId)
            return std::nullopt;
        v.authorType = u"contact"_s;
        v.clientId = message.clientId; // the visitor's own message: lets it match its send
    } else {
        return std::nullopt;
    }
    v.id = message.id;
    v.conversationId = message.conversationId;
    v.body = message.body;
    v.createdAt = message.createdAt;
    return v;
}

// ---------------------------------------------------------------- Session

Session::Session(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent)
    : QObject(parent), m_hub(hub), m_socket(socket)
{
    m_socket->setParent(this);
    // Accept somewhat more than the contract's limit so an oversized frame can be answered with
    // too_large before closing; anything beyond this Qt refuses (and closes 1009) by itself.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(16) * 1024 * 1024);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(16) * 1024 * 1024);
    // One WebSocket frame per message. Qt splits a larger message into frames of 512 KiB at any
    // byte, even inside a UTF-8 sequence, and Qt 6.4's receiver then refuses the text (1007).
    m_socket->setOutgoingFrameSize(quint64(limits::MaxServerFrameBytes));
    // The connection under the QWebSocket, for sendFramed() (registered by the Server).
    m_tcp = takeConnection(m_socket);

    connect(m_socket, &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Session::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &Session::onDisconnected);

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (!m_closing)
            handleHelloTimeout();
    });
    m_helloTimer.start(helloTimeoutMs);

    m_abortTimer.setSingleShot(true);
    connect(&m_abortTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
}

Session::~Session()
{
    // The socket is a child; make sure its last signals do not reach a half-destroyed session.
    m_socket->disconnect(this);
}

QString Session::peer() const
{
    return m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
}

void Session::sendText(const QString &text)
{
    if (m_closing)
        return;
    m_socket->sendTextMessage(text);
}

namespace {
// Accepted connections not yet upgraded, by (local port, peer port); single-threaded like the
// rest of the server.
QMultiHash<quint32, QPointer<QAbstractSocket>> &pendingConnections()
{
    static QMultiHash<quint32, QPointer<QAbstractSocket>> pending;
    return pending;
}
quint32 connectionKey(quint16 localPort, quint16 peerPort)
{
    return (quint32(localPort) << 16) | peerPort;
}
} // namespace

void registerConnection(QAbstractSocket *socket)
{
    auto &pending = pendingConnections();
    // Connections closed before their upgrade (plain HTTP requests) leave null entries behind.
    if (pending.size() > 64 && pending.size() % 64 == 0)
        pending.removeIf([](const auto &it) { return it.value().isNull(); });
    pending.insert(connectionKey(socket->localPort(), socket->peerPort()), socket);
}

QAbstractSocket *takeConnection(const QWebSocket *webSocket)
{
    auto &pending = pendingConnections();
    const quint32 key = connectionKey(webSocket->localPort(), webSocket->peerPort());
    for (auto it = pending.find(key); it != pending.end() && it.key() == key; ++it) {
        QAbstractSocket *socket = it.value();
        if (socket && socket->peerAddress() == webSocket->peerAddress() && socket->localAddress() == webSocket->localAddress()) {
            pending.erase(it);
            return socket;
        }
    }
    return nullptr;
}

QByteArray wsTextFrame(const QByteArray &utf8)
{
    const quint64 n = quint64(utf8.size());
    QByteArray out;
    out.reserve(utf8.size() + 10);
    out.append(char(0x81)); // FIN + text
    if (n < 126) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(126));
        out.append(char(n >> 8));
        out.append(char(n & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((n >> shift) & 0xff));
    }
    out.append(utf8);
    return out;
}

void Session::sendFramed(const QByteArray &framed)
{
    if (m_closing)
        return;
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState && m_socket->state() == QAbstractSocket::ConnectedState) {
        // QWebSocket writes its own frames (pong, close, replies) to the same connection
        // synchronously, so frames never interleave; QIODevice::write(QByteArray) shares the
        // bytes with the connection's write buffer instead of copying them.
        m_tcp->write(framed);
        return;
    }
    // Through QWebSocket: the payload after the frame header.
    const quint8 len = quint8(framed.at(1)) & 0x7f;
    const qsizetype header = len == 127 ? 10 : len == 126 ? 4 : 2;
    m_socket->sendTextMessage(QString::fromUtf8(QByteArrayView(framed).sliced(header)));
}

void Session::sendUtf8(const QByteArray &utf8)
{
    sendFramed(wsTextFrame(utf8));
}

void Session::sendReply(const QString &text)
{
    if (m_heldReplies.isEmpty())
        sendText(text);
    else
        m_heldReplies.append({ text, true });
}

qint64 Session::holdReply()
{
    m_heldReplies.append(HeldReply {});
    return m_firstHeldSlot + m_heldReplies.size() - 1;
}

void Session::fillReply(qint64 slot, const QString &text)
{
    const qsizetype i = qsizetype(slot - m_firstHeldSlot);
    if (i < 0 || i >= m_heldReplies.size())
        return;
    m_heldReplies[i] = { text, true };
    while (!m_heldReplies.isEmpty() && m_heldReplies.constFirst().ready) {
        sendText(m_heldReplies.constFirst().text);
        m_heldReplies.removeFirst();
        ++m_firstHeldSlot;
    }
}

void Session::replyWhenDurable(const QString &text)
{
    if (!m_hub.hasDurabilityGate()) {
        sendReply(text);
        return;
    }
    const qint64 slot = holdReply();
    m_hub.afterDurable(this, [this, slot, text] { fillReply(slot, text); });
}

void Session::sendError(const QString &req, ErrorCode code, const QString &message,
                        const std::optional<protocol::Conversation> &current)
{
    protocol::ErrorFrame e;
    e.req = req;
    e.code = code;
    e.message = message;
    e.current = current;
    send(e);
}

void Session::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_helloTimer.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    m_abortTimer.start(CloseGraceMs);
}

void Session::onText(const QString &text)
{
    if (m_closing)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > limits::MaxFrameBytes) {
        qCWarning(lcSessions, "%s session %ls: frame of %lld bytes is too large", kind(), qUtf16Printable(peer()),
                  qlonglong(utf8.size()));
        sendError({}, ErrorCode::TooLarge, u"a frame must not be larger than %1 bytes"_s.arg(limits::MaxFrameBytes));
        closeWith(closecode::TooLarge, u"frame too large"_s);
        return;
    }
    handleFrame(utf8, false);
}

void Session::onBinary(const QByteArray &data)
{
    if (m_closing)
        return;
    if (data.size() > limits::MaxFrameBytes) {
        qCWarning(lcSessions, "%s session %ls: frame of %lld bytes is too large", kind(), qUtf16Printable(peer()),
                  qlonglong(data.size()));
        sendError({}, ErrorCode::TooLarge, u"a frame must not be larger than %1 bytes"_s.arg(limits::MaxFrameBytes));
        closeWith(closecode::TooLarge, u"frame too large"_s);
        return;
    }
    handleFrame(data, true);
}

void Session::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_helloTimer.stop();
    m_abortTimer.stop();
    Q_EMIT finished(this);
}

void Session::rejectFrame(const protocol::DecodeError &error)
{
    qCInfo(lcSessions, "%s session %ls: rejected frame: %ls", kind(), qUtf16Printable(peer()),
           qUtf16Printable(error.error.message.left(200)));
    sendError(error.req, error.error.code, error.error.message);
    const qint64 now = monotonicMs();
    m_badFrameTimes.removeIf([now](qint64 t) { return now - t >= limits::BadFrameWindowMs; });
    m_badFrameTimes.append(now);
    if (m_badFrameTimes.size() >= limits::BadFramesBeforeClose) {
        qCWarning(lcSessions, "%s session %ls: %d bad frames within %d s, closing", kind(), qUtf16Printable(peer()),
                  limits::BadFramesBeforeClose, limits::BadFrameWindowMs / 1000);
        closeWith(closecode::PolicyViolation, u"too many bad frames"_s);
    }
}

// ---------------------------------------------------------------- AgentSession

AgentSession::AgentSession(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent)
    : Session(hub, socket, helloTimeoutMs, parent)
{
}

void AgentSession::refuse(const QString &message)
{
    qCInfo(lcSessions, "agent session %ls: refused: %ls", qUtf16Printable(peer()), qUtf16Printable(message));
    sendError({}, ErrorCode::Unauthorized, message);
    closeWith(closecode::Unauthorized, u"unauthorized"_s);
}

void AgentSession::handleHelloTimeout()
{
    if (m_state == State::AwaitingHello)
        refuse(u"no hello within %1 ms"_s.arg(helloTimeoutMs()));
}

void AgentSession::handleFrame(const QByteArray &utf8, bool binary)
{
    if (m_state == State::AwaitingHello) {
        // Before a valid hello nothing but a hello is accepted: anything else ends the session.
        if (binary)
            return refuse(u"the first frame must be a hello (text frame)"_s);
        auto decoded = protocol::decodeAgentRequest(utf8);
        if (auto *e = std::get_if<protocol::DecodeError>(&decoded))
            return refuse(u"the first frame must be a valid hello: "_s + e->error.message);
        const auto &request = std::get<protocol::AgentRequest>(decoded);
        if (const auto *hello = std::get_if<protocol::Hello>(&request))
            return handleHello(*hello);
        return refuse(u"the first frame must be a hello"_s);
    }

    if (binary)
        return rejectFrame({ { ErrorCode::BadRequest, u"frames must be text frames holding JSON"_s }, {} });
    auto decoded = protocol::decodeAgentRequest(utf8);
    if (auto *e = std::get_if<protocol::DecodeError>(&decoded))
        return rejectFrame(*e);
    handleRequest(std::get<protocol::AgentRequest>(decoded));
}

void AgentSession::handleHello(const protocol::Hello &hello)
{
    if (hello.protocol != limits::ProtocolVersion)
        return refuse(u"unsupported protocol version %1 (this server speaks %2)"_s.arg(hello.protocol)
                          .arg(limits::ProtocolVersion));
    Storage &storage = m_hub.storage();
    const QByteArray tokenHash = auth::hashToken(hello.token);
    const auto agent = storage.agentForToken(tokenHash);
    if (!agent)
        return refuse(u"invalid or revoked token"_s);
    stopHelloTimer();
    m_agent = *agent;
    m_tokenHash = tokenHash;
    // The catch-up reads the log and the state: like the fan-out, it may only show what is
    // durable (group commit). Nothing waits when no commit is on its way to the disk.
    m_hub.waitDurableIfPending();

    const QString logId = storage.logId();
    const qint64 head = storage.head();
    const bool reset = (!hello.logId.isNull() && hello.logId != logId) || hello.since > head;
    const bool snapshot = reset || hello.since == 0 || hello.since < storage.oldestRetainedSeq() - 1;

    // The whole catch-up is written here, synchronously: no live batch can come in between.
    if (snapshot) {
        if (!sendSnapshot(reset))
            return;
    } else {
        sendDelta(hello.since);
    }

    m_state = State::Live;
    m_hub.agentSessionLive(this);
}

bool AgentSession::sendSnapshot(bool reset)
{
    Storage &storage = m_hub.storage();
    const SnapshotData data = storage.snapshot(m_hub.snapshotLimits());
    if (data.error) {
        qCCritical(lcSessions, "agent %ls: cannot read a snapshot: %ls", qUtf16Printable(m_agent.id),
                   qUtf16Printable(data.error->message));
        sendError({}, ErrorCode::Internal, u"the server cannot read the workspace right now"_s);
        closeWith(1011, u"internal error"_s);
        return false;
    }

    protocol::Welcome welcome;
    welcome.agent = m_agent;
    welcome.head = data.head;
    welcome.logId = storage.logId();
    welcome.mode = u"snapshot"_s;
    welcome.reset = reset;
    send(welcome);

    SnapshotWriter writer(*this);
    writer.setWorkspace(data.workspace);
    writer.addAll(&protocol::Snapshot::agents, data.agents);
    writer.addAll(&protocol::Snapshot::teams, data.teams);
    writer.addAll(&protocol::Snapshot::articles, data.articles);
    writer.addAll(&protocol::Snapshot::savedReplies, data.savedReplies);
    writer.addAll(&protocol::Snapshot::contacts, data.contacts);
    writer.addAll(&protocol::Snapshot::conversations, data.conversations);
    writer.addAll(&protocol::Snapshot::messages, data.messages);
    writer.finish();

    const qint64 last = sendEventsAfter(data.head);
    send(protocol::Synced { last });
    qCInfo(lcSessions, "agent %ls connected from %ls: snapshot%s at seq %lld (%d frames, %lld conversations, "
                       "%lld messages)",
           qUtf16Printable(m_agent.id), qUtf16Printable(peer()), reset ? " (reset)" : "", qlonglong(last),
           writer.frames(), qlonglong(data.conversations.size()), qlonglong(data.messages.size()));
    return true;
}

void AgentSession::sendDelta(qint64 since)
{
    Storage &storage = m_hub.storage();
    // Recent events come from the hub's memory (encoded once when they were published); what
    // was committed after them arrives as live events, right after `synced`.
    const std::optional<protocol::EncodedEvents> recent = m_hub.recentEventsAfter(since);
    protocol::Welcome welcome;
    welcome.agent = m_agent;
    welcome.head = recent ? (recent->isEmpty() ? since : recent->seqAt(recent->size() - 1)) : storage.head();
    welcome.logId = storage.logId();
    welcome.mode = u"delta"_s;
    welcome.reset = false;
    send(welcome);

    qint64 last = since;
    if (recent) {
        for (const protocol::EncodedEvents::Range &range : recent->frames())
            sendUtf8(recent->frame(range));
        last = welcome.head;
        m_sentSeq = last;
    } else {
        last = sendEventsAfter(since);
    }
    if (last < welcome.head)
        qCWarning(lcSessions, "agent %ls: event log ends at %lld, head says %lld", qUtf16Printable(m_agent.id),
                  qlonglong(last), qlonglong(welcome.head));
    send(protocol::Synced { last });
    qCInfo(lcSessions, "agent %ls connected from %ls: delta %lld..%lld", qUtf16Printable(m_agent.id),
           qUtf16Printable(peer()), qlonglong(since), qlonglong(last));
}

qint64 AgentSession::sendEventsAfter(qint64 seq)
{
    Storage &storage = m_hub.storage();
    qint64 cursor = seq;
    for (;;) {
        const QList<protocol::Event> batch = storage.eventsAfter(cursor, int(limits::MaxEventsPerFrame));
        if (batch.isEmpty())
            break;
        const protocol::EncodedEvents encoded(batch); // frames cut by count and size
        for (const protocol::EncodedEvents::Range &range : encoded.frames())
            sendUtf8(encoded.frame(range));
        cursor = batch.constLast().seq;
        if (batch.size() < limits::MaxEventsPerFrame)
            break;
    }
    m_sentSeq = cursor;
    return cursor;
}

void AgentSession::finish(const QString &req, Outcome outcome)
{
    if (!outcome.ok()) {
        sendError(req, outcome.error->code, outcome.error->message, outcome.current);
        return;
    }
    // Events first (to everyone, the sender included), then the sender's ack — both once the
    // commit is durable (a repeat too: its first commit may still be on its way to the disk).
    if (!outcome.repeated)
        m_hub.publish(outcome.events);
    outcome.ack.req = req;
    replyWhenDurable(QString::fromUtf8(protocol::encodeFrame(outcome.ack)));
}

void AgentSession::handleRequest(const protocol::AgentRequest &request)
{
    Storage &storage = m_hub.storage();
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, protocol::Hello>) {
                rejectFrame({ { ErrorCode::BadRequest, u"already authenticated: hello is only the first frame"_s }, {} });
            } else if constexpr (std::is_same_v<T, protocol::Send>) {
                finish(r.req, storage.send(m_agent, r));
            } else if constexpr (std::is_same_v<T, protocol::Start>) {
                finish(r.req, storage.start(m_agent, r));
            } else if constexpr (std::is_same_v<T, protocol::Update>) {
                finish(r.req, storage.update(m_agent, r));
            } else if constexpr (std::is_same_v<T, protocol::UpdateContact>) {
                finish(r.req, storage.updateContact(m_agent, r));
            } else if constexpr (std::is_same_v<T, protocol::DeleteNote>) {
                finish(r.req, storage.deleteNote(m_agent, r));
            } else if constexpr (std::is_same_v<T, protocol::Fetch>) {
                auto page = storage.fetch(r);
                if (!page) {
                    sendError(r.req, page.error().code, page.error().message);
                    return;
                }
                page->req = r.req;
                send(*page);
            } else if constexpr (std::is_same_v<T, protocol::Read>) {
                storage.markRead(m_agent.id, r.conversationId, r.messageId);
            } else if constexpr (std::is_same_v<T, protocol::TypingRequest>) {
                // Only typing a reply is shown to the customer; a note (or an old client that
                // does not say) stays among teammates.
                m_hub.relayTyping(*this, r.conversationId, r.on, r.mode == "reply"_L1);
            } else if constexpr (std::is_same_v<T, protocol::ViewingRequest>) {
                m_hub.relayViewing(*this, r.conversationId);
            } else if constexpr (std::is_same_v<T, protocol::Ping>) {
                send(protocol::Pong {});
            }
        },
        request);
}

// ---------------------------------------------------------------- VisitorSession

VisitorSession::VisitorSession(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent)
    : Session(hub, socket, helloTimeoutMs, parent)
{
}

void VisitorSession::refuse(const QString &message)
{
    qCInfo(lcSessions, "visitor session %ls: refused: %ls", qUtf16Printable(peer()), qUtf16Printable(message));
    sendError({}, ErrorCode::Unauthorized, message);
    closeWith(closecode::Unauthorized, u"unauthorized"_s);
}

void VisitorSession::refuseIdentity(ErrorCode code, const QString &message)
{
    qCInfo(lcSessions, "visitor session %ls: %ls", qUtf16Printable(peer()), qUtf16Printable(message));
    sendError({}, code, message);
    closeWith(closecode::Unauthorized, u"identity refused"_s);
}

void VisitorSession::handleHelloTimeout()
{
    if (!m_live)
        refuse(u"no hello within %1 ms"_s.arg(helloTimeoutMs()));
}

void VisitorSession::handleFrame(const QByteArray &utf8, bool binary)
{
    if (!m_live) {
        if (binary)
            return refuse(u"the first frame must be a hello (text frame)"_s);
        auto decoded = protocol::decodeVisitorRequest(utf8);
        if (auto *e = std::get_if<protocol::DecodeError>(&decoded))
            return refuse(u"the first frame must be a valid hello: "_s + e->error.message);
        const auto &request = std::get<protocol::VisitorRequest>(decoded);
        if (const auto *hello = std::get_if<protocol::VisitorHello>(&request))
            return handleHello(*hello);
        return refuse(u"the first frame must be a hello"_s);
    }

    if (binary)
        return rejectFrame({ { ErrorCode::BadRequest, u"frames must be text frames holding JSON"_s }, {} });
    auto decoded = protocol::decodeVisitorRequest(utf8);
    if (auto *e = std::get_if<protocol::DecodeError>(&decoded))
        return rejectFrame(*e);
    const auto &request = std::get<protocol::VisitorRequest>(decoded);
    Storage &storage = m_hub.storage();
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, protocol::VisitorHello>) {
                rejectFrame({ { ErrorCode::BadRequest, u"already connected: hello is only the first frame"_s }, {} });
            } else if constexpr (std::is_same_v<T, protocol::VisitorSend>) {
                Outcome outcome = storage.visitorSend(m_contactId, r);
                if (!outcome.ok()) {
                    // Never echo `current` (an agent-side conversation) to a customer.
                    sendError(r.req, outcome.error->code, outcome.error->message);
                    return;
                }
                if (!outcome.ack.conversationId.isEmpty())
                    m_conversations.insert(outcome.ack.conversationId);
                if (!outcome.repeated)
                    m_hub.publish(outcome.events);
                outcome.ack.req = r.req;
                // Event seqs belong to the agent side: a visitor's ack carries none (it would tell
                // a customer how busy the workspace is).
                outcome.ack.seq = 0;
                outcome.ack.version = 0;
                replyWhenDurable(QString::fromUtf8(protocol::encodeFrame(outcome.ack)));
            } else if constexpr (std::is_same_v<T, protocol::VisitorTyping>) {
                // Deliberately not relayed: the agents' typing frame names an agent (agent_id), and a
                // customer is not one. Showing "customer is typing" to agents needs its own frame in
                // docs/protocol.md first; until then the frame is accepted and dropped.
            } else if constexpr (std::is_same_v<T, protocol::Ping>) {
                send(protocol::Pong {});
            }
        },
        request);
}

void VisitorSession::handleHello(const protocol::VisitorHello &hello)
{
    if (hello.protocol != limits::ProtocolVersion)
        return refuse(u"unsupported protocol version %1 (this server speaks %2)"_s.arg(hello.protocol)
                          .arg(limits::ProtocolVersion));
    Storage &storage = m_hub.storage();
    const QString key = storage.visitorKey();
    if (key.isEmpty() || hello.workspaceKey != key)
        return refuse(u"unknown workspace key"_s);

    // The optional `identity` of a signed-in customer (identity.h): only a verified one (user_hash
    // made with the workspace's secret) may reach the contact with that external_id.
    auto claim = identity::parseClaim(hello.identity);
    if (!claim)
        return refuseIdentity(claim.error().code, claim.error().message);
    const IdentitySettings settings = claim->isEmpty() ? IdentitySettings {} : storage.identitySettings();
    const identity::Decision decision = identity::decide(*claim, settings.secret, settings.required);
    if (decision.verdict == identity::Verdict::Refused)
        return refuseIdentity(ErrorCode::Forbidden, u"identity refused: "_s + decision.reason);

    VisitorArrival arrival;
    const QString offered = hello.visitorToken;
    if (!offered.isEmpty())
        arrival.tokenHash = auth::hashToken(offered);
    const QString fresh = auth::randomToken();
    arrival.newTokenHash = auth::hashToken(fresh);
    arrival.attributes = claim->attributes;
    if (decision.verdict != identity::Verdict::Anonymous) {
        arrival.name = claim->name;
        // An email is how inbound mail finds a contact, so one from a web page never becomes the
        // contact's email (a signed-in customer could type anyone's address); agents see it as an
        // attribute. The contact's email is set by the product's backend (POST /v1/contacts).
        if (!claim->email.isEmpty())
            arrival.attributes.insert(decision.verdict == identity::Verdict::Verified ? u"messenger_email"_s
                                                                                       : u"unverified_email"_s,
                                      claim->email);
        if (decision.verdict == identity::Verdict::Verified)
            arrival.externalId = claim->externalId;
    }
    const QJsonObject context = identity::contextAttributes(hello.context);
    for (auto it = context.begin(); it != context.end(); ++it)
        arrival.attributes.insert(it.key(), it.value());

    QList<protocol::Event> events;
    auto binding = storage.arriveVisitor(arrival, &events);
    if (!binding) {
        qCWarning(lcSessions, "visitor session %ls: cannot receive the visitor: %ls", qUtf16Printable(peer()),
                  qUtf16Printable(binding.error().message));
        sendError({}, ErrorCode::Internal, u"cannot start a conversation right now"_s);
        closeWith(1011, u"internal error"_s);
        return;
    }
    m_hub.publish(events);
    const QString token = binding->newToken ? fresh : offered;
    const QString contactId = binding->contact.id;
    stopHelloTimer();
    m_contactId = contactId;
    m_live = true;

    // The welcome names the visitor's token and contact: it waits until they are durable. The
    // history (a reply too) follows it, and messages pushed meanwhile wait for both.
    const qint64 slot = holdReply();
    sendHistory();
    const QString welcome = QString::fromUtf8(protocol::encodeFrame(protocol::VisitorWelcome { token, contactId }));
    auto welcomed = [this, slot, welcome] {
        fillReply(slot, welcome);
        m_welcomed = true;
        for (const QString &text : std::exchange(m_early, {}))
            sendText(text);
    };
    if (m_hub.hasDurabilityGate())
        m_hub.afterDurable(this, welcomed);
    else
        welcomed();
    m_hub.visitorSessionLive(this);
    qCInfo(lcSessions, "visitor %ls connected from %ls (%lld conversations)", qUtf16Printable(m_contactId),
           qUtf16Printable(peer()), qlonglong(m_conversations.size()));
}

void VisitorSession::sendHistory()
{
    const QList<protocol::Message> all = m_hub.storage().contactMessages(m_contactId, HistoryMessageLimit);
    QList<protocol::VisitorMessage> visible;
    qsizetype size = 0;
    // Newest first until the frame budget is reached, then back to oldest first.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        m_conversations.insert(it->conversationId); // every message here is of this contact's conversations
        if (size >= HistoryBudget)
            continue;
        const QString name = it->author.type == "agent"_L1 ? m_hub.agentDisplayName(it->author.id) : QString();
        auto v = visibleToVisitor(*it, m_contactId, m_contactId, name);
        if (!v)
            continue;
        const qsizetype n = protocol::encodeJson(v->toJson()).size() + 1;
        if (size + n > HistoryBudget && !visible.isEmpty()) {
            size = HistoryBudget;
            continue;
        }
        size += n;
        visible.append(std::move(*v));
    }
    std::reverse(visible.begin(), visible.end());
    send(protocol::History { visible });
}

void VisitorSession::pushOnceWelcomed(const QString &text)
{
    if (m_welcomed)
        sendText(text);
    else
        m_early.append(text);
}

void VisitorSession::noteConversation(const QString &conversationId, const QString &contactId)
{
    if (!m_live || conversationId.isEmpty())
        return;
    if (contactId == m_contactId)
        m_conversations.insert(conversationId);
    else
        m_conversations.remove(conversationId);
}

void VisitorSession::deliver(const protocol::Message &message)
{
    if (!isLive())
        return;
    const QString owner = m_conversations.contains(message.conversationId) ? m_contactId : QString();
    if (owner.isEmpty())
        return;
    const QString name = message.author.type == "agent"_L1 ? m_hub.agentDisplayName(message.author.id) : QString();
    if (auto v = visibleToVisitor(message, m_contactId, owner, name))
        pushOnceWelcomed(QString::fromUtf8(protocol::encodeFrame(protocol::VisitorMessageFrame { *v })));
}

void VisitorSession::sendTyping(const QString &conversationId, const QString &agentName, bool on)
{
    if (!isLive() || !m_conversations.contains(conversationId))
        return;
    pushOnceWelcomed(QString::fromUtf8(protocol::encodeFrame(protocol::VisitorTypingEvent { conversationId, agentName, on })));
}

} // namespace confab::server
