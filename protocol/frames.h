#pragma once

#include "entities.h"

#include <QByteArray>
#include <QJsonObject>

#include <variant>

// Every frame of protocol-v1.md. Each frame type has toJson() (with its "type") and a
// decoder below that checks types and limits. encodeFrame() gives the compact UTF-8 text
// sent in one WebSocket text frame.
namespace confab::protocol {

// ---------- agent session: client → server
struct Hello
{
    int protocol = 1;
    QString token;
    qint64 since = 0;
    QString logId; // null for an empty cache
    QJsonObject toJson() const;
    bool operator==(const Hello &) const = default;
};

struct Send
{
    QString req;
    QString clientId;
    QString conversationId;
    QString kind = QStringLiteral("reply"); // reply | note
    QString body;
    QStringList mentions;
    QJsonObject toJson() const;
    bool operator==(const Send &) const = default;
};

struct Start
{
    QString req;
    QString clientId;
    QString contactId;
    QString channel = QStringLiteral("chat");
    QString subject;
    QString body;
    QJsonObject toJson() const;
    bool operator==(const Start &) const = default;
};

struct Update
{
    QString req;
    QString clientId;
    QString conversationId;
    qint64 baseVersion = 0;
    // Keys present in `set` are changed: status snoozed_until assignee_id team_id priority tags.
    QJsonObject set;
    QJsonObject toJson() const;
    bool operator==(const Update &) const = default;
};

struct UpdateContact
{
    QString req;
    QString clientId;
    QString contactId;
    QJsonObject set; // name email tags attributes (merged; null removes a key)
    QJsonObject toJson() const;
    bool operator==(const UpdateContact &) const = default;
};

struct DeleteNote
{
    QString req;
    QString messageId;
    QJsonObject toJson() const;
    bool operator==(const DeleteNote &) const = default;
};

struct Fetch
{
    QString req;
    QString conversationId;
    QString before; // null = newest
    int limit = 50;
    QJsonObject toJson() const;
    bool operator==(const Fetch &) const = default;
};

struct Read
{
    QString conversationId;
    QString messageId;
    QJsonObject toJson() const;
    bool operator==(const Read &) const = default;
};

struct TypingRequest
{
    QString conversationId;
    bool on = true;
    // What the agent is typing: "reply" (relayed to the customer too) or "note" (teammates
    // only). Null (absent on the wire, as from older clients) is handled like "note".
    QString mode {};
    QJsonObject toJson() const;
    bool operator==(const TypingRequest &) const = default;
};

struct ViewingRequest
{
    QString conversationId;
    QJsonObject toJson() const;
    bool operator==(const ViewingRequest &) const = default;
};

struct Ping
{
    QJsonObject toJson() const;
    bool operator==(const Ping &) const = default;
};

using AgentRequest = std::variant<Hello, Send, Start, Update, UpdateContact, DeleteNote, Fetch, Read, TypingRequest,
                                  ViewingRequest, Ping>;

// ---------- agent session: server → client
struct Welcome
{
    Agent agent;
    qint64 head = 0;
    QString logId;
    QString mode = QStringLiteral("delta"); // delta | snapshot
    bool reset = false;
    QJsonObject toJson() const;
    bool operator==(const Welcome &) const = default;
};

struct Snapshot
{
    Workspace workspace;
    QList<Agent> agents;
    QList<Team> teams;
    QList<Contact> contacts;
    QList<Conversation> conversations;
    QList<Message> messages;
    QList<Article> articles;
    QList<SavedReply> savedReplies;
    bool last = false;
    QJsonObject toJson() const;
    bool operator==(const Snapshot &) const = default;
};

struct Event
{
    qint64 seq = 0;
    QString name;     // conversation.created, message.created, ...
    QJsonObject data; // the entity, as JSON
    QJsonObject toJson() const;
    bool operator==(const Event &) const = default;
};

// The event names of the contract.
namespace events {
inline const QString ConversationCreated = QStringLiteral("conversation.created");
inline const QString ConversationUpdated = QStringLiteral("conversation.updated");
inline const QString MessageCreated = QStringLiteral("message.created");
inline const QString MessageDeleted = QStringLiteral("message.deleted");
inline const QString ContactUpdated = QStringLiteral("contact.updated");
inline const QString ContactEventName = QStringLiteral("contact.event");
inline const QString AgentUpdated = QStringLiteral("agent.updated");
inline const QString TeamUpdated = QStringLiteral("team.updated");
inline const QString ArticleUpdated = QStringLiteral("article.updated");
inline const QString SavedReplyUpdated = QStringLiteral("saved_reply.updated");
inline const QString WorkspaceUpdated = QStringLiteral("workspace.updated");
bool isKnown(const QString &name);
} // namespace events

struct Events
{
    QList<Event> events;
    QJsonObject toJson() const;
    bool operator==(const Events &) const = default;
};

struct Synced
{
    qint64 head = 0;
    QJsonObject toJson() const;
    bool operator==(const Synced &) const = default;
};

struct Ack
{
    QString req;
    QString messageId;      // send, start
    QString conversationId; // start
    qint64 seq = 0;         // 0 = absent
    qint64 version = 0;     // update; 0 = absent
    QJsonObject toJson() const;
    bool operator==(const Ack &) const = default;
};

struct ErrorFrame
{
    QString req; // null when the error answers no request
    ErrorCode code = ErrorCode::BadRequest;
    QString message;
    std::optional<Conversation> current; // with conflict
    QJsonObject toJson() const;
    bool operator==(const ErrorFrame &) const = default;
};

struct MessagesPage
{
    QString req;
    QList<Message> messages; // oldest first
    bool complete = false;
    QJsonObject toJson() const;
    bool operator==(const MessagesPage &) const = default;
};

struct TypingEvent
{
    QString conversationId;
    QString agentId;
    bool on = true;
    QJsonObject toJson() const;
    bool operator==(const TypingEvent &) const = default;
};

struct PresenceEvent
{
    QString agentId;
    QString status = QStringLiteral("online"); // online | away | offline
    QJsonObject toJson() const;
    bool operator==(const PresenceEvent &) const = default;
};

struct ViewingEvent
{
    QString conversationId;
    QString agentId;
    QJsonObject toJson() const;
    bool operator==(const ViewingEvent &) const = default;
};

struct Pong
{
    QJsonObject toJson() const;
    bool operator==(const Pong &) const = default;
};

using AgentServerFrame = std::variant<Welcome, Snapshot, Events, Synced, Ack, ErrorFrame, MessagesPage, TypingEvent,
                                      PresenceEvent, ViewingEvent, Pong>;

// ---------- visitor session
struct VisitorHello
{
    int protocol = 1;
    QString workspaceKey;
    QString visitorToken; // null for a new visitor
    QJsonObject identity; // optional: {external_id,email,name,attributes,user_hash} (messenger extension)
    QJsonObject context;  // optional: what the messenger reads from the browser (page_url, browser, os, language…)
    QJsonObject toJson() const;
    bool operator==(const VisitorHello &) const = default;
};

struct VisitorSend
{
    QString req;
    QString clientId;
    QString body;
    QJsonObject toJson() const;
    bool operator==(const VisitorSend &) const = default;
};

struct VisitorTyping
{
    bool on = true;
    QJsonObject toJson() const;
    bool operator==(const VisitorTyping &) const = default;
};

using VisitorRequest = std::variant<VisitorHello, VisitorSend, VisitorTyping, Ping>;

struct VisitorWelcome
{
    QString visitorToken;
    QString contactId;
    QJsonObject toJson() const;
    bool operator==(const VisitorWelcome &) const = default;
};

// What a visitor may see of a message: no client_id of others, no agent email, never a note.
struct VisitorMessage
{
    QString id;
    QString conversationId;
    QString clientId; // only on the visitor's own messages
    QString authorType; // agent | contact
    QString authorName; // an agent's display name; never an email
    QString body;
    QDateTime createdAt;
    QJsonObject toJson() const;
    static Result<VisitorMessage> fromJson(const QJsonObject &o);
    bool operator==(const VisitorMessage &) const = default;
};

struct History
{
    QList<VisitorMessage> messages;
    QJsonObject toJson() const;
    bool operator==(const History &) const = default;
};

struct VisitorMessageFrame
{
    VisitorMessage message;
    QJsonObject toJson() const;
    bool operator==(const VisitorMessageFrame &) const = default;
};

struct VisitorTypingEvent
{
    QString conversationId;
    QString agentName;
    bool on = true;
    QJsonObject toJson() const;
    bool operator==(const VisitorTypingEvent &) const = default;
};

using VisitorServerFrame =
    std::variant<VisitorWelcome, History, VisitorMessageFrame, VisitorTypingEvent, Ack, ErrorFrame, Pong>;

// ---------- encode / decode
QByteArray encodeJson(const QJsonObject &object);

template<typename Frame>
QByteArray encodeFrame(const Frame &frame)
{
    return encodeJson(frame.toJson());
}

template<typename... Ts>
QByteArray encodeFrame(const std::variant<Ts...> &frame)
{
    return std::visit([](const auto &f) { return encodeJson(f.toJson()); }, frame);
}

// A decoding failure carries the request's `req` when it could be read, so the error can echo it.
struct DecodeError
{
    Error error;
    QString req;
};

template<typename T>
using Decoded = std::variant<T, DecodeError>;

// Frames a server receives (requests) are limited to limits::MaxFrameBytes; frames a client
// receives to limits::MaxServerFrameBytes. Over the limit: too_large, without parsing.
Decoded<AgentRequest> decodeAgentRequest(const QByteArray &utf8);
Decoded<AgentServerFrame> decodeAgentServerFrame(const QByteArray &utf8);
Decoded<VisitorRequest> decodeVisitorRequest(const QByteArray &utf8);
Decoded<VisitorServerFrame> decodeVisitorServerFrame(const QByteArray &utf8);

// Parses one JSON object with the frame size limit applied; used by all decoders and by HTTP.
Result<QJsonObject> parseObject(const QByteArray &utf8, qsizetype maxBytes);

// Validates the `set` object of an update / update_contact request.
std::optional<Error> validateConversationSet(const QJsonObject &set);
std::optional<Error> validateContactSet(const QJsonObject &set);

} // namespace confab::protocol
