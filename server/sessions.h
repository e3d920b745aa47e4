#pragma once

#include "protocol/frames.h"
#include "storage.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

class QAbstractSocket;

class QWebSocket;

namespace confab::server {

class Hub;

Q_DECLARE_LOGGING_CATEGORY(lcSessions)

// A complete unmasked WebSocket text frame (RFC 6455 §5.2, FIN set) holding `utf8`: what a
// server writes to the wire for one message.
QByteArray wsTextFrame(const QByteArray &utf8);

// The server registers every connection it accepts; a session then finds the connection under
// its QWebSocket (which does not expose it) and writes fan-out frames to it directly.
void registerConnection(QAbstractSocket *socket);
QAbstractSocket *takeConnection(const QWebSocket *webSocket); // null when not registered

// WebSocket close codes the server uses.
namespace closecode {
inline constexpr int PolicyViolation = 1008; // too many bad frames in a short time
inline constexpr int TooLarge = 1009;        // a frame over protocol::limits::MaxFrameBytes
inline constexpr int Unauthorized = 4001;    // no valid hello in time, bad/revoked token or key, logout
} // namespace closecode

// THE one decision of what a customer may see of a message, used for the visitor's history
// and for every live push. Visible: a `reply` that is not deleted, in a conversation that
// belongs to the visitor's contact (conversationContactId == visitorContactId), written by an
// agent (shown with the agent's display name only, never an email or id) or by that contact
// (shown with its client_id so the messenger can match its own sends). Never a note, a system
// message, or another contact's message.
std::optional<protocol::VisitorMessage> visibleToVisitor(const protocol::Message &message,
                                                         const QString &visitorContactId,
                                                         const QString &conversationContactId,
                                                         const QString &agentDisplayName);

// What both kinds of session share: one QWebSocket (owned), the frame size check, the
// bad-frame budget, the hello timeout and an orderly close.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent = nullptr);
    ~Session() override;

    // Sends at once: fan-out and other pushes (events, typing, presence, a visitor's messages).
    void sendText(const QString &text);
    // Sends a message already framed by wsTextFrame(): a fan-out frames each message once and
    // every session writes the same shared bytes to its connection (no per-recipient UTF-16 →
    // UTF-8 conversion, framing or copy inside QWebSocket).
    void sendFramed(const QByteArray &framed);
    void sendUtf8(const QByteArray &utf8);
    // A reply (ack, error, answer): sent in the order of the requests it answers, behind any
    // earlier reply still waiting for its commit to be durable (holdReply).
    void sendReply(const QString &text);
    template<typename Frame>
    void send(const Frame &frame)
    {
        sendReply(QString::fromUtf8(protocol::encodeFrame(frame)));
    }
    template<typename Frame>
    void push(const Frame &frame)
    {
        sendText(QString::fromUtf8(protocol::encodeFrame(frame)));
    }
    void sendError(const QString &req, protocol::ErrorCode code, const QString &message,
                   const std::optional<protocol::Conversation> &current = std::nullopt);
    // Sends the close frame; the socket is aborted if the peer does not finish the close soon.
    void closeWith(int code, const QString &reason);
    bool isClosing() const { return m_closing; }
    QString peer() const;

Q_SIGNALS:
    void finished(confab::server::Session *session);

protected:
    // One complete text (or binary) message of at most MaxFrameBytes.
    virtual void handleFrame(const QByteArray &utf8, bool binary) = 0;
    virtual void handleHelloTimeout() = 0;
    virtual const char *kind() const = 0;

    // Answers a frame that could not be decoded (error frame echoing req when readable) and
    // counts it; closes with 1008 once BadFramesBeforeClose happen within BadFrameWindowMs.
    void rejectFrame(const protocol::DecodeError &error);
    void stopHelloTimer() { m_helloTimer.stop(); }
    // Keeps the place of a reply that can only go out later (once its commit is durable, see
    // Hub::afterDurable); fillReply() sends it and the replies queued behind it.
    qint64 holdReply();
    void fillReply(qint64 slot, const QString &text);
    // Sends this reply once everything committed so far is durable.
    void replyWhenDurable(const QString &text);
    int helloTimeoutMs() const { return m_helloTimer.interval(); }

    Hub &m_hub;
    QWebSocket *m_socket;
    // The TCP (or TLS) connection under m_socket, written to directly by sendFramed(); null
    // when QWebSocket does not expose it (then sendFramed() goes through QWebSocket).
    QPointer<QAbstractSocket> m_tcp;

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onDisconnected();

    QTimer m_helloTimer;
    QTimer m_abortTimer;
    QList<qint64> m_badFrameTimes; // monotonic ms of recent bad frames
    struct HeldReply
    {
        QString text;
        bool ready = false;
    };
    QList<HeldReply> m_heldReplies; // from m_firstHeldSlot on; empty when nothing waits
    qint64 m_firstHeldSlot = 0;
    bool m_closing = false;
    bool m_finished = false;
};

// An agent's connection to /v1/agent: AwaitingHello → Live (→ closing).
class AgentSession : public Session
{
    Q_OBJECT
public:
    enum class State { AwaitingHello, Live };

    AgentSession(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live && !isClosing(); }
    const protocol::Agent &agent() const { return m_agent; }
    const QByteArray &tokenHash() const { return m_tokenHash; }
    // Keeps the caller's identity (role, name, teams) current when an agent.updated is published.
    void setAgent(const protocol::Agent &agent) { m_agent = agent; }
    // The newest seq this session was sent (catch-up or live), so no event goes out twice.
    qint64 sentSeq() const { return m_sentSeq; }
    void setSentSeq(qint64 seq) { m_sentSeq = seq; }

protected:
    void handleFrame(const QByteArray &utf8, bool binary) override;
    void handleHelloTimeout() override;
    const char *kind() const override { return "agent"; }

private:
    void refuse(const QString &message);
    void handleHello(const protocol::Hello &hello);
    bool sendSnapshot(bool reset); // false: could not read it (the session is closing)
    void sendDelta(qint64 since);
    qint64 sendEventsAfter(qint64 seq);
    void handleRequest(const protocol::AgentRequest &request);
    void finish(const QString &req, Outcome outcome);

    State m_state = State::AwaitingHello;
    protocol::Agent m_agent;
    QByteArray m_tokenHash;
    qint64 m_sentSeq = 0;
};

// A customer's connection to /v1/visitor (the web messenger). It sees only what
// visibleToVisitor() allows, for the conversations of its own contact.
class VisitorSession : public Session
{
    Q_OBJECT
public:
    VisitorSession(Hub &hub, QWebSocket *socket, int helloTimeoutMs, QObject *parent = nullptr);

    bool isLive() const { return m_live && !isClosing(); }
    const QString &contactId() const { return m_contactId; }
    bool tracksConversation(const QString &conversationId) const { return m_conversations.contains(conversationId); }

    // From the hub's fan-out: a conversation.created/updated tells which contact owns it.
    void noteConversation(const QString &conversationId, const QString &contactId);
    // From the hub's fan-out: a message.created, pushed only when visibleToVisitor() allows.
    void deliver(const protocol::Message &message);
    // An agent typing in one of this contact's conversations (display name only).
    void sendTyping(const QString &conversationId, const QString &agentName, bool on);

protected:
    void handleFrame(const QByteArray &utf8, bool binary) override;
    void handleHelloTimeout() override;
    const char *kind() const override { return "visitor"; }

private:
    void refuse(const QString &message);
    void refuseIdentity(protocol::ErrorCode code, const QString &message);
    void handleHello(const protocol::VisitorHello &hello);
    void sendHistory();
    // Pushes (messages, typing) go out after the welcome and history, never before.
    void pushOnceWelcomed(const QString &text);

    bool m_live = false;
    bool m_welcomed = false;
    QStringList m_early; // pushes that came before the welcome was sent
    QString m_contactId;
    QSet<QString> m_conversations;
};

} // namespace confab::server
