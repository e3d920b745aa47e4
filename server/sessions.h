#pragma once

#include "protocol/frames.h"
#include "storage.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

class QWebSocket;

namespace confab::server {

class Hub;

Q_DECLARE_LOGGING_CATEGORY(lcSessions)

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

    void sendText(const QString &text);
    template<typename Frame>
    void send(const Frame &frame)
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
    int helloTimeoutMs() const { return m_helloTimer.interval(); }

    Hub &m_hub;
    QWebSocket *m_socket;

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onDisconnected();

    QTimer m_helloTimer;
    QTimer m_abortTimer;
    QList<qint64> m_badFrameTimes; // monotonic ms of recent bad frames
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

    bool m_live = false;
    QString m_contactId;
    QSet<QString> m_conversations;
};

} // namespace confab::server
