// Tests of the protocol library: every entity and frame round-trips through its JSON text,
// every decoder refuses malformed input with the right code (echoing `req` when it can be
// read), unknown fields are ignored, timestamps are strict RFC 3339 in UTC, admin links
// are filled and URL-encoded, and error codes map to their names and HTTP statuses.

#include "protocol/entities.h"
#include "protocol/errors.h"
#include "protocol/frames.h"
#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <functional>

Q_DECLARE_METATYPE(std::function<void()>)

using namespace Qt::StringLiterals;
using namespace confab::protocol;
namespace limits = confab::protocol::limits;

namespace {

// ---------------------------------------------------------------- helpers

QDateTime at(const char *iso)
{
    const QDateTime t = parseTime(QString::fromLatin1(iso));
    Q_ASSERT(t.isValid());
    return t;
}

QString chars(qsizetype n, QChar c = u'x')
{
    return QString(n, c);
}

QJsonArray stringArray(qsizetype n, qsizetype eachChars = 3)
{
    QJsonArray a;
    for (qsizetype i = 0; i < n; ++i)
        a.append(QString::number(i).rightJustified(eachChars, u'0'));
    return a;
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList keyList(const QString &spaceSeparated)
{
    QStringList keys = spaceSeparated.split(u' ', Qt::SkipEmptyParts);
    keys.sort();
    return keys;
}

QString describe(const Error &e)
{
    return errorCodeName(e.code) + u": "_s + e.message;
}

// ---------------------------------------------------------------- sample entities

Agent sampleAgent()
{
    return Agent { u"a_1"_s, u"Ada Lovelace"_s, u"ada@demo.confab"_s, u"lead"_s, { u"t_1"_s, u"t_2"_s } };
}

Team sampleTeam()
{
    return Team { u"t_1"_s, u"Billing"_s, { u"a_1"_s, u"a_2"_s, u"a_3"_s } };
}

Contact sampleContact()
{
    Contact c;
    c.id = u"c_1"_s;
    c.name = u"Zoë Ångström"_s;
    c.email = u"zoe@example.com"_s;
    c.externalId = u"ext-42"_s;
    c.tags = { u"vip"_s, u"beta tester"_s };
    c.attributes = QJsonObject { { u"browser"_s, u"Firefox"_s },
                                 { u"browser_version"_s, u"132.0"_s },
                                 { u"session_count"_s, 12 },
                                 { u"plan"_s, u"pro"_s },
                                 { u"signed_up_at"_s, u"2025-01-02T03:04:05.678Z"_s },
                                 { u"paid"_s, true },
                                 { u"money_spent"_s, 1234.5 } };
    c.createdAt = at("2025-01-02T03:04:05.678Z");
    c.lastSeenAt = at("2026-11-23T10:15:30.123Z");
    return c;
}

Contact anonymousContact()
{
    Contact c;
    c.id = u"c_2"_s; // a new visitor: no name, email, external id or times yet
    return c;
}

ContactEvent sampleContactEvent()
{
    return ContactEvent { u"ev_1"_s, u"c_1"_s, u"invoice.paid"_s,
                          QJsonObject { { u"amount"_s, 49.99 }, { u"currency"_s, u"EUR"_s }, { u"first"_s, false } },
                          at("2026-11-20T08:00:00.000Z") };
}

Conversation sampleConversation()
{
    Conversation c;
    c.id = u"cv_1"_s;
    c.contactId = u"c_1"_s;
    c.channel = u"email"_s;
    c.subject = u"Invoice #1234 is wrong"_s;
    c.status = u"snoozed"_s;
    c.snoozedUntil = at("2026-11-24T09:00:00.000Z");
    c.assigneeId = u"a_1"_s;
    c.teamId = u"t_1"_s;
    c.priority = u"urgent"_s;
    c.tags = { u"billing"_s, u"refund"_s };
    c.createdAt = at("2026-11-20T08:00:00.000Z");
    c.updatedAt = at("2026-11-23T10:15:30.123Z");
    c.lastMessageAt = at("2026-11-23T10:00:00.001Z");
    c.version = 7;
    return c;
}

Conversation unassignedConversation()
{
    Conversation c;
    c.id = u"cv_2"_s;
    c.contactId = u"c_2"_s; // chat, open, no subject, no assignee/team, priority none
    c.createdAt = at("2026-11-23T10:15:30.123Z");
    c.updatedAt = c.createdAt;
    c.lastMessageAt = c.createdAt;
    return c;
}

Message customerReply()
{
    Message m;
    m.id = u"m_1"_s;
    m.conversationId = u"cv_1"_s;
    m.kind = u"reply"_s;
    m.author = Author { u"contact"_s, u"c_1"_s };
    m.channel = u"email"_s;
    m.body = u"Hello,\nmy invoice says 490 € instead of 49 €. \"Help\" <please> \\ 🙏"_s;
    m.createdAt = at("2026-11-23T10:00:00.001Z");
    return m;
}

Message agentNote()
{
    Message m;
    m.id = u"m_2"_s;
    m.conversationId = u"cv_1"_s;
    m.clientId = u"6f1c2d9e-1111-4a4a-9b9b-0123456789ab"_s;
    m.kind = u"note"_s;
    m.author = Author { u"agent"_s, u"a_1"_s };
    m.channel = u"email"_s;
    m.body = u"@Grace can you check the refund?"_s;
    m.mentions = { u"a_2"_s };
    m.createdAt = at("2026-11-23T10:05:00.000Z");
    return m;
}

Message systemMessage()
{
    Message m;
    m.id = u"m_3"_s;
    m.conversationId = u"cv_1"_s;
    m.kind = u"system"_s;
    m.author = Author { u"system"_s, QString() };
    m.body = u"Ada assigned this to Grace"_s;
    m.createdAt = at("2026-11-23T10:06:00.000Z");
    return m;
}

Message deletedNote()
{
    Message m = agentNote();
    m.id = u"m_4"_s;
    m.body = QString(u""_s);
    m.mentions = {};
    m.deleted = true;
    return m;
}

Article sampleArticle()
{
    return Article { u"ar_1"_s, u"How refunds work"_s, u"Refunds take 5–7 days.\n\n1. Open billing"_s,
                     u"https://help.example.com/refunds?lang=en"_s, at("2026-10-01T12:00:00.000Z") };
}

SavedReply sampleSavedReply()
{
    return SavedReply { u"sr_1"_s, u"Thanks"_s, u"Thanks for reaching out! We are on it."_s };
}

Workspace sampleWorkspace()
{
    return Workspace { u"w_1"_s,
                       u"Demo Inc."_s,
                       { AdminLink { u"Open in admin"_s, u"https://admin.example.com/users/{external_id}"_s },
                         AdminLink { u"Stripe"_s, u"https://dashboard.stripe.com/search?query={email}"_s } } };
}

VisitorMessage ownVisitorMessage()
{
    VisitorMessage m;
    m.id = u"m_10"_s;
    m.conversationId = u"cv_2"_s;
    m.clientId = u"0d7a1e3c-2222-4b4b-8c8c-0123456789ab"_s;
    m.authorType = u"contact"_s;
    m.body = u"Hi, is anyone there?"_s;
    m.createdAt = at("2026-11-23T10:15:30.123Z");
    return m;
}

VisitorMessage agentVisitorMessage()
{
    VisitorMessage m;
    m.id = u"m_11"_s;
    m.conversationId = u"cv_2"_s;
    m.authorType = u"agent"_s;
    m.authorName = u"Ada Lovelace"_s;
    m.body = u"Hi! How can I help?"_s;
    m.createdAt = at("2026-11-23T10:16:00.000Z");
    return m;
}

// ---------------------------------------------------------------- sample frames

struct NamedFrame
{
    const char *name;
    QString type;
    QString keys; // every top-level key the encoder writes, space separated
};

template<typename V>
struct FrameCase
{
    NamedFrame info;
    V frame;
};

QList<FrameCase<AgentRequest>> agentRequests()
{
    Update snooze { u"r4"_s, u"11111111-2222-4333-8444-555555555555"_s, u"cv_1"_s, 6,
                    QJsonObject { { u"status"_s, u"snoozed"_s }, { u"snoozed_until"_s, u"2026-11-24T09:00:00.000Z"_s } } };
    Update assign { u"r5"_s, u"11111111-2222-4333-8444-555555555556"_s, u"cv_1"_s, 7,
                    QJsonObject { { u"assignee_id"_s, u"a_2"_s },
                                  { u"team_id"_s, QJsonValue::Null },
                                  { u"priority"_s, u"high"_s },
                                  { u"tags"_s, QJsonArray { u"billing"_s } },
                                  { u"status"_s, u"open"_s } } };
    UpdateContact contact { u"r6"_s, u"11111111-2222-4333-8444-555555555557"_s, u"c_1"_s,
                            QJsonObject { { u"name"_s, u"Zoë A."_s },
                                          { u"email"_s, QJsonValue::Null },
                                          { u"tags"_s, QJsonArray { u"vip"_s } },
                                          { u"attributes"_s,
                                            QJsonObject { { u"plan"_s, u"enterprise"_s },
                                                          { u"seats"_s, 25 },
                                                          { u"trial"_s, false },
                                                          { u"promo_code"_s, QJsonValue::Null } } } } };
    const QString agentKeys = u"type req client_id conversation_id kind body mentions"_s;
    return {
        { { "hello/empty cache", u"hello"_s, u"type protocol token since log_id"_s },
          Hello { 1, u"secret-token"_s, 0, QString() } },
        { { "hello/returning", u"hello"_s, u"type protocol token since log_id"_s },
          Hello { 1, u"secret-token"_s, 123456, u"log_8c1f"_s } },
        { { "send/reply", u"send"_s, agentKeys },
          Send { u"r1"_s, u"9b2f6a10-7c3e-4d5f-8a9b-0c1d2e3f4a5b"_s, u"cv_1"_s, u"reply"_s, customerReply().body, {} } },
        { { "send/note with mentions", u"send"_s, agentKeys },
          Send { u"r2"_s, u"9b2f6a10-7c3e-4d5f-8a9b-0c1d2e3f4a5c"_s, u"cv_1"_s, u"note"_s, u"@Grace look"_s,
                 { u"a_2"_s, u"a_3"_s } } },
        { { "start/email", u"start"_s, u"type req client_id contact_id channel subject body"_s },
          Start { u"r3"_s, u"9b2f6a10-7c3e-4d5f-8a9b-0c1d2e3f4a5d"_s, u"c_1"_s, u"email"_s, u"Your refund"_s,
                  u"It is on its way."_s } },
        { { "start/chat without subject", u"start"_s, u"type req client_id contact_id channel subject body"_s },
          Start { u"r3b"_s, u"9b2f6a10-7c3e-4d5f-8a9b-0c1d2e3f4a5e"_s, u"c_1"_s, u"chat"_s, QString(), u"Hi!"_s } },
        { { "update/snooze", u"update"_s, u"type req client_id conversation_id base_version set"_s }, snooze },
        { { "update/assign", u"update"_s, u"type req client_id conversation_id base_version set"_s }, assign },
        { { "update_contact", u"update_contact"_s, u"type req client_id contact_id set"_s }, contact },
        { { "delete_note", u"delete_note"_s, u"type req message_id"_s }, DeleteNote { u"r7"_s, u"m_2"_s } },
        { { "fetch/newest", u"fetch"_s, u"type req conversation_id before limit"_s },
          Fetch { u"r8"_s, u"cv_1"_s, QString(), 50 } },
        { { "fetch/older", u"fetch"_s, u"type req conversation_id before limit"_s },
          Fetch { u"r9"_s, u"cv_1"_s, u"m_1"_s, limits::MaxFetchLimit } },
        { { "fetch/one", u"fetch"_s, u"type req conversation_id before limit"_s },
          Fetch { u"r10"_s, u"cv_1"_s, u"m_1"_s, limits::MinFetchLimit } },
        { { "read", u"read"_s, u"type conversation_id message_id"_s }, Read { u"cv_1"_s, u"m_2"_s } },
        { { "typing/on", u"typing"_s, u"type conversation_id on"_s }, TypingRequest { u"cv_1"_s, true } },
        { { "typing/off", u"typing"_s, u"type conversation_id on"_s }, TypingRequest { u"cv_1"_s, false } },
        { { "typing/reply", u"typing"_s, u"type conversation_id on mode"_s }, TypingRequest { u"cv_1"_s, true, u"reply"_s } },
        { { "typing/note", u"typing"_s, u"type conversation_id on mode"_s }, TypingRequest { u"cv_1"_s, false, u"note"_s } },
        { { "viewing", u"viewing"_s, u"type conversation_id"_s }, ViewingRequest { u"cv_1"_s } },
        { { "ping", u"ping"_s, u"type"_s }, Ping {} },
    };
}

QList<FrameCase<AgentServerFrame>> agentServerFrames()
{
    Snapshot full;
    full.workspace = sampleWorkspace();
    full.agents = { sampleAgent(), Agent { u"a_2"_s, u"Grace Hopper"_s, u"grace@demo.confab"_s, u"agent"_s, {} } };
    full.teams = { sampleTeam() };
    full.contacts = { sampleContact(), anonymousContact() };
    full.conversations = { sampleConversation(), unassignedConversation() };
    full.messages = { customerReply(), agentNote(), systemMessage(), deletedNote() };
    full.articles = { sampleArticle(), Article { u"ar_2"_s, u"No link"_s, QString(u""_s), QString(), QDateTime() } };
    full.savedReplies = { sampleSavedReply() };
    full.last = false;

    Snapshot empty; // the last chunk of a snapshot may carry nothing but "last": true
    empty.last = true;

    Events events;
    events.events = {
        Event { 41, events::ConversationCreated, unassignedConversation().toJson() },
        Event { 42, events::MessageCreated, customerReply().toJson() },
        Event { 43, events::ConversationUpdated, sampleConversation().toJson() },
        Event { 44, events::MessageDeleted, deletedNote().toJson() },
        Event { 45, events::ContactUpdated, sampleContact().toJson() },
        Event { 46, events::ContactEventName, sampleContactEvent().toJson() },
        Event { 47, events::AgentUpdated, sampleAgent().toJson() },
        Event { 48, events::TeamUpdated, sampleTeam().toJson() },
        Event { 49, events::ArticleUpdated, sampleArticle().toJson() },
        Event { 50, events::SavedReplyUpdated, sampleSavedReply().toJson() },
        Event { 51, events::WorkspaceUpdated, sampleWorkspace().toJson() },
    };

    MessagesPage page { u"r8"_s, { customerReply(), agentNote(), systemMessage() }, true };
    MessagesPage partial { u"r9"_s, { customerReply() }, false };

    Ack sendAck;
    sendAck.req = u"r1"_s;
    sendAck.messageId = u"m_5"_s;
    sendAck.seq = 52;
    Ack startAck;
    startAck.req = u"r3"_s;
    startAck.conversationId = u"cv_3"_s;
    startAck.messageId = u"m_6"_s;
    startAck.seq = 54;
    Ack updateAck;
    updateAck.req = u"r4"_s;
    updateAck.version = 8;
    updateAck.seq = 55;
    Ack seqAck;
    seqAck.req = u"r6"_s;
    seqAck.seq = 56;

    ErrorFrame badRequest { u"r1"_s, ErrorCode::BadRequest, u"field 'kind' has an unknown value 'whisper'"_s, std::nullopt };
    ErrorFrame unauthorized { QString(), ErrorCode::Unauthorized, u"invalid token"_s, std::nullopt };
    ErrorFrame conflict { u"r4"_s, ErrorCode::Conflict, u"the conversation changed"_s, sampleConversation() };

    const QString welcomeKeys = u"type agent head log_id mode reset"_s;
    const QString snapshotKeys = u"type workspace agents teams contacts conversations messages articles saved_replies last"_s;
    return {
        { { "welcome/delta", u"welcome"_s, welcomeKeys },
          Welcome { sampleAgent(), 51, u"log_8c1f"_s, u"delta"_s, false } },
        { { "welcome/snapshot reset", u"welcome"_s, welcomeKeys },
          Welcome { sampleAgent(), 51, u"log_99aa"_s, u"snapshot"_s, true } },
        { { "snapshot/chunk", u"snapshot"_s, snapshotKeys }, full },
        { { "snapshot/empty last chunk", u"snapshot"_s, snapshotKeys }, empty },
        { { "events/every name", u"events"_s, u"type events"_s }, events },
        { { "synced", u"synced"_s, u"type head"_s }, Synced { 51 } },
        { { "ack/send", u"ack"_s, u"type req message_id seq"_s }, sendAck },
        { { "ack/start", u"ack"_s, u"type req conversation_id message_id seq"_s }, startAck },
        { { "ack/update", u"ack"_s, u"type req version seq"_s }, updateAck },
        { { "ack/update_contact", u"ack"_s, u"type req seq"_s }, seqAck },
        { { "error/bad_request", u"error"_s, u"type req code message"_s }, badRequest },
        { { "error/unauthorized without req", u"error"_s, u"type req code message"_s }, unauthorized },
        { { "error/conflict with current", u"error"_s, u"type req code message current"_s }, conflict },
        { { "messages/complete", u"messages"_s, u"type req messages complete"_s }, page },
        { { "messages/partial", u"messages"_s, u"type req messages complete"_s }, partial },
        { { "typing", u"typing"_s, u"type conversation_id agent_id on"_s }, TypingEvent { u"cv_1"_s, u"a_2"_s, true } },
        { { "presence/away", u"presence"_s, u"type agent_id status"_s }, PresenceEvent { u"a_2"_s, u"away"_s } },
        { { "presence/offline", u"presence"_s, u"type agent_id status"_s }, PresenceEvent { u"a_2"_s, u"offline"_s } },
        { { "viewing", u"viewing"_s, u"type conversation_id agent_id"_s }, ViewingEvent { u"cv_1"_s, u"a_2"_s } },
        { { "pong", u"pong"_s, u"type"_s }, Pong {} },
    };
}

QList<FrameCase<VisitorRequest>> visitorRequests()
{
    VisitorHello identified { 1, u"demo"_s, u"vt_abc"_s,
                              QJsonObject { { u"external_id"_s, u"ext-42"_s },
                                            { u"email"_s, u"zoe@example.com"_s },
                                            { u"name"_s, u"Zoë"_s },
                                            { u"attributes"_s, QJsonObject { { u"plan"_s, u"pro"_s } } },
                                            { u"user_hash"_s, u"3f1a"_s } } };
    return {
        { { "hello/new visitor", u"hello"_s, u"type protocol workspace_key visitor_token"_s },
          VisitorHello { 1, u"demo"_s, QString(), {} } },
        { { "hello/returning", u"hello"_s, u"type protocol workspace_key visitor_token"_s },
          VisitorHello { 1, u"demo"_s, u"vt_abc"_s, {} } },
        { { "hello/identity", u"hello"_s, u"type protocol workspace_key visitor_token identity"_s }, identified },
        { { "send", u"send"_s, u"type req client_id body"_s },
          VisitorSend { u"v1"_s, u"0d7a1e3c-2222-4b4b-8c8c-0123456789ab"_s, u"Hi, is anyone there?"_s } },
        { { "typing/on", u"typing"_s, u"type on"_s }, VisitorTyping { true } },
        { { "typing/off", u"typing"_s, u"type on"_s }, VisitorTyping { false } },
        { { "ping", u"ping"_s, u"type"_s }, Ping {} },
    };
}

QList<FrameCase<VisitorServerFrame>> visitorServerFrames()
{
    Ack ack;
    ack.req = u"v1"_s;
    ack.conversationId = u"cv_2"_s;
    ack.messageId = u"m_10"_s;
    return {
        { { "welcome", u"welcome"_s, u"type visitor_token contact_id"_s }, VisitorWelcome { u"vt_abc"_s, u"c_2"_s } },
        { { "history", u"history"_s, u"type messages"_s }, History { { ownVisitorMessage(), agentVisitorMessage() } } },
        { { "history/empty", u"history"_s, u"type messages"_s }, History {} },
        { { "message/own", u"message"_s, u"type message"_s }, VisitorMessageFrame { ownVisitorMessage() } },
        { { "message/agent", u"message"_s, u"type message"_s }, VisitorMessageFrame { agentVisitorMessage() } },
        { { "typing", u"typing"_s, u"type conversation_id agent_name on"_s },
          VisitorTypingEvent { u"cv_2"_s, u"Ada Lovelace"_s, true } },
        { { "ack", u"ack"_s, u"type req conversation_id message_id"_s }, ack },
        { { "error", u"error"_s, u"type req code message"_s },
          ErrorFrame { u"v1"_s, ErrorCode::RateLimited, u"slow down"_s, std::nullopt } },
        { { "pong", u"pong"_s, u"type"_s }, Pong {} },
    };
}

// ---------------------------------------------------------------- decoding helpers

enum Decoder { AgentReq, AgentSrv, VisitorReq, VisitorSrv };
const char *decoderName(int d)
{
    switch (d) {
    case AgentReq: return "agent-request";
    case AgentSrv: return "agent-server";
    case VisitorReq: return "visitor-request";
    default: return "visitor-server";
    }
}

template<typename V>
std::optional<DecodeError> errorOf(const Decoded<V> &decoded)
{
    if (const auto *e = std::get_if<DecodeError>(&decoded))
        return *e;
    return std::nullopt;
}

std::optional<DecodeError> decodeWith(int decoder, const QByteArray &bytes)
{
    switch (decoder) {
    case AgentReq: return errorOf(decodeAgentRequest(bytes));
    case AgentSrv: return errorOf(decodeAgentServerFrame(bytes));
    case VisitorReq: return errorOf(decodeVisitorRequest(bytes));
    default: return errorOf(decodeVisitorServerFrame(bytes));
    }
}

// Adds an unknown field to the frame and to every nested entity object (not to the
// free-form objects whose keys are data: set, attributes, properties, data, identity).
QJsonObject withUnknownFields(const QJsonObject &o)
{
    static const QStringList opaque { u"set"_s, u"attributes"_s, u"properties"_s, u"data"_s, u"identity"_s };
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QJsonValue v = it.value();
        if (!opaque.contains(it.key())) {
            if (v.isObject() && !v.toObject().isEmpty()) {
                v = withUnknownFields(v.toObject());
            } else if (v.isArray()) {
                QJsonArray a;
                for (const QJsonValue &item : v.toArray())
                    a.append(item.isObject() ? QJsonValue(withUnknownFields(item.toObject())) : item);
                v = a;
            }
        }
        out.insert(it.key(), v);
    }
    out.insert(u"x_future_field"_s, QJsonObject { { u"nested"_s, QJsonArray { 1, u"two"_s, QJsonValue::Null } } });
    out.insert(u"x_future_flag"_s, true);
    return out;
}

// A frame of exactly `size` bytes: {"type":"<type>","pad":"xxx…"}.
QByteArray paddedFrame(const QString &type, qsizetype size)
{
    const QByteArray head = "{\"type\":\"" + type.toUtf8() + "\",\"pad\":\"";
    const QByteArray tail = "\"}";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // entities
    void entityRoundTrip_data();
    void entityRoundTrip();
    void entityJsonShape_data();
    void entityJsonShape();
    void entityNullsAreJsonNull();
    void malformedEntity_data();
    void malformedEntity();
    void entityListRejectsNonObjects();
    void validateAttributesAndTags();

    // frames
    void agentRequestRoundTrip_data();
    void agentRequestRoundTrip();
    void agentServerFrameRoundTrip_data();
    void agentServerFrameRoundTrip();
    void visitorRequestRoundTrip_data();
    void visitorRequestRoundTrip();
    void visitorServerFrameRoundTrip_data();
    void visitorServerFrameRoundTrip();
    void encodedFramesAreCompactObjects();
    void visitorMessageShape();
    void malformedFrame_data();
    void malformedFrame();
    void frameSizeBoundary_data();
    void frameSizeBoundary();
    void serverFramesMayExceedOneMiB();
    void reqEchoedWhenReadable_data();
    void reqEchoedWhenReadable();
    void unknownErrorCodeReadAsInternal();
    void unknownEventNameIsPassedOn();
    void parseObjectForHttpBodies();

    // time
    void formatTime_data();
    void formatTime();
    void parseTime_data();
    void parseTime();
    void timeFieldsAcceptOffsets();

    // admin links
    void expandAdminLink_data();
    void expandAdminLink();
    void expandAdminLinkWithoutMissingFlag();

    // errors
    void errorCodes_data();
    void errorCodes();
    void errorCodeFromUnknownName();

    // docs/protocol.md
    void documentedExamples();
};

// ================================================================ entities

namespace {
// Encodes an entity to text, parses it back and decodes it, as the other side would.
template<typename T>
void checkEntityRoundTrip(const T &entity)
{
    const QByteArray text = encodeJson(entity.toJson());
    auto parsed = parseObject(text, limits::MaxFrameBytes);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.error())));
    auto decoded = T::fromJson(*parsed);
    QVERIFY2(decoded.ok(), qPrintable(describe(decoded.error())));
    QCOMPARE(decoded->toJson(), entity.toJson());
    QVERIFY(*decoded == entity);
    // And unknown fields, at any level, change nothing.
    auto tolerant = T::fromJson(withUnknownFields(*parsed));
    QVERIFY2(tolerant.ok(), qPrintable(describe(tolerant.error())));
    QVERIFY(*tolerant == entity);
}
} // namespace

void TestProtocol::entityRoundTrip_data()
{
    QTest::addColumn<std::function<void()>>("check");
    QTest::newRow("agent") << std::function<void()>([] { checkEntityRoundTrip(sampleAgent()); });
    QTest::newRow("agent/no teams") << std::function<void()>(
        [] { checkEntityRoundTrip(Agent { u"a_9"_s, u"Solo"_s, u"solo@x.io"_s, u"admin"_s, {} }); });
    QTest::newRow("team") << std::function<void()>([] { checkEntityRoundTrip(sampleTeam()); });
    QTest::newRow("team/empty") << std::function<void()>([] { checkEntityRoundTrip(Team { u"t_9"_s, u"Empty"_s, {} }); });
    QTest::newRow("contact") << std::function<void()>([] { checkEntityRoundTrip(sampleContact()); });
    QTest::newRow("contact/anonymous") << std::function<void()>([] { checkEntityRoundTrip(anonymousContact()); });
    QTest::newRow("contact event") << std::function<void()>([] { checkEntityRoundTrip(sampleContactEvent()); });
    QTest::newRow("conversation") << std::function<void()>([] { checkEntityRoundTrip(sampleConversation()); });
    QTest::newRow("conversation/unassigned") << std::function<void()>([] { checkEntityRoundTrip(unassignedConversation()); });
    QTest::newRow("message/customer reply") << std::function<void()>([] { checkEntityRoundTrip(customerReply()); });
    QTest::newRow("message/note") << std::function<void()>([] { checkEntityRoundTrip(agentNote()); });
    QTest::newRow("message/system") << std::function<void()>([] { checkEntityRoundTrip(systemMessage()); });
    QTest::newRow("message/deleted") << std::function<void()>([] { checkEntityRoundTrip(deletedNote()); });
    QTest::newRow("message/longest body") << std::function<void()>([] {
        Message m = customerReply();
        m.body = chars(limits::MaxMessageBodyChars, u'é');
        m.mentions.clear();
        for (qsizetype i = 0; i < limits::MaxMentions; ++i)
            m.mentions.append(u"a_"_s + QString::number(i));
        checkEntityRoundTrip(m);
    });
    QTest::newRow("article") << std::function<void()>([] { checkEntityRoundTrip(sampleArticle()); });
    QTest::newRow("article/no url") << std::function<void()>(
        [] { checkEntityRoundTrip(Article { u"ar_2"_s, u"T"_s, u"B"_s, QString(), at("2026-01-01T00:00:00.000Z") }); });
    QTest::newRow("saved reply") << std::function<void()>([] { checkEntityRoundTrip(sampleSavedReply()); });
    QTest::newRow("workspace") << std::function<void()>([] { checkEntityRoundTrip(sampleWorkspace()); });
    QTest::newRow("workspace/no links") << std::function<void()>(
        [] { checkEntityRoundTrip(Workspace { u"w_2"_s, u"Tiny"_s, {} }); });
    QTest::newRow("visitor message/own") << std::function<void()>([] { checkEntityRoundTrip(ownVisitorMessage()); });
    QTest::newRow("visitor message/agent") << std::function<void()>([] { checkEntityRoundTrip(agentVisitorMessage()); });
}

void TestProtocol::entityRoundTrip()
{
    QFETCH(std::function<void()>, check);
    check();
}

void TestProtocol::entityJsonShape_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("agent") << sampleAgent().toJson() << keyList(u"id name email role team_ids"_s);
    QTest::newRow("team") << sampleTeam().toJson() << keyList(u"id name member_ids"_s);
    QTest::newRow("contact") << sampleContact().toJson()
                             << keyList(u"id name email external_id tags attributes created_at last_seen_at"_s);
    QTest::newRow("contact/anonymous") << anonymousContact().toJson()
                                       << keyList(u"id name email external_id tags attributes created_at last_seen_at"_s);
    QTest::newRow("contact event") << sampleContactEvent().toJson() << keyList(u"id contact_id name properties occurred_at"_s);
    const QStringList conversationKeys = keyList(
        u"id contact_id channel subject status snoozed_until assignee_id team_id priority tags created_at updated_at last_message_at version"_s);
    QTest::newRow("conversation") << sampleConversation().toJson() << conversationKeys;
    QTest::newRow("conversation/unassigned") << unassignedConversation().toJson() << conversationKeys;
    const QStringList messageKeys = keyList(u"id conversation_id client_id kind author channel body mentions created_at deleted"_s);
    QTest::newRow("message") << customerReply().toJson() << messageKeys;
    QTest::newRow("message/system") << systemMessage().toJson() << messageKeys;
    QTest::newRow("message.author") << customerReply().toJson().value("author"_L1).toObject() << keyList(u"type id"_s);
    QTest::newRow("article") << sampleArticle().toJson() << keyList(u"id title body url updated_at"_s);
    QTest::newRow("saved reply") << sampleSavedReply().toJson() << keyList(u"id title body"_s);
    QTest::newRow("workspace") << sampleWorkspace().toJson() << keyList(u"id name admin_links"_s);
    QTest::newRow("workspace.admin_links[0]")
        << sampleWorkspace().toJson().value("admin_links"_L1).toArray().first().toObject() << keyList(u"title url_template"_s);
    // What a visitor sees of a message: never kind, mentions, author id or an email.
    QTest::newRow("visitor message/own") << ownVisitorMessage().toJson()
                                         << keyList(u"id conversation_id client_id author body created_at"_s);
    QTest::newRow("visitor message/agent's") << agentVisitorMessage().toJson()
                                             << keyList(u"id conversation_id author body created_at"_s);
    QTest::newRow("visitor message.author/agent")
        << agentVisitorMessage().toJson().value("author"_L1).toObject() << keyList(u"type name"_s);
    QTest::newRow("visitor message.author/contact")
        << ownVisitorMessage().toJson().value("author"_L1).toObject() << keyList(u"type"_s);
}

void TestProtocol::entityJsonShape()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, keys);
    QCOMPARE(sortedKeys(json), keys);
}

void TestProtocol::entityNullsAreJsonNull()
{
    // Nullable fields are written as JSON null (not omitted, not ""), as the contract shows.
    const QJsonObject contact = anonymousContact().toJson();
    for (const char *key : { "name", "email", "external_id", "created_at", "last_seen_at" })
        QVERIFY2(contact.value(QLatin1StringView(key)).isNull(), key);
    QCOMPARE(contact.value("tags"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(contact.value("attributes"_L1), QJsonValue(QJsonObject()));

    const QJsonObject conversation = unassignedConversation().toJson();
    for (const char *key : { "subject", "snoozed_until", "assignee_id", "team_id" })
        QVERIFY2(conversation.value(QLatin1StringView(key)).isNull(), key);
    QCOMPARE(conversation.value("status"_L1).toString(), u"open"_s);
    QCOMPARE(conversation.value("priority"_L1).toString(), u"none"_s);
    QCOMPARE(conversation.value("channel"_L1).toString(), u"chat"_s);
    QCOMPARE(conversation.value("version"_L1).toInteger(), 1);

    const QJsonObject system = systemMessage().toJson();
    QVERIFY(system.value("client_id"_L1).isNull());
    QVERIFY(system.value("author"_L1).toObject().value("id"_L1).isNull());
    QCOMPARE(system.value("deleted"_L1), QJsonValue(false));
    QCOMPARE(sampleConversation().toJson().value("snoozed_until"_L1).toString(), u"2026-11-24T09:00:00.000Z"_s);

    const Article noUrl { u"ar"_s, u"t"_s, u"b"_s, QString(), QDateTime() };
    QVERIFY(noUrl.toJson().value("url"_L1).isNull());

    // Absent optional fields read as their defaults.
    auto minimal = Conversation::fromJson(QJsonObject { { u"id"_s, u"cv"_s }, { u"contact_id"_s, u"c"_s },
                                                        { u"channel"_s, u"chat"_s }, { u"status"_s, u"open"_s },
                                                        { u"version"_s, 3 } });
    QVERIFY2(minimal.ok(), qPrintable(describe(minimal.error())));
    QCOMPARE(minimal->priority, u"none"_s);
    QVERIFY(minimal->assigneeId.isNull());
    QVERIFY(minimal->tags.isEmpty());
    QVERIFY(!minimal->snoozedUntil.isValid());
    auto minimalMessage = Message::fromJson(QJsonObject { { u"id"_s, u"m"_s }, { u"conversation_id"_s, u"cv"_s },
                                                          { u"kind"_s, u"reply"_s },
                                                          { u"author"_s, QJsonObject { { u"type"_s, u"contact"_s } } } });
    QVERIFY2(minimalMessage.ok(), qPrintable(describe(minimalMessage.error())));
    QCOMPARE(minimalMessage->channel, u"chat"_s);
    QVERIFY(minimalMessage->body.isEmpty());
    QCOMPARE(minimalMessage->deleted, false);
}

namespace {
std::optional<Error> entityError(const QString &kind, const QJsonObject &o)
{
    auto check = [](const auto &result) -> std::optional<Error> {
        if (result.ok())
            return std::nullopt;
        return result.error();
    };
    if (kind == "agent"_L1) return check(Agent::fromJson(o));
    if (kind == "team"_L1) return check(Team::fromJson(o));
    if (kind == "contact"_L1) return check(Contact::fromJson(o));
    if (kind == "contact_event"_L1) return check(ContactEvent::fromJson(o));
    if (kind == "conversation"_L1) return check(Conversation::fromJson(o));
    if (kind == "message"_L1) return check(Message::fromJson(o));
    if (kind == "article"_L1) return check(Article::fromJson(o));
    if (kind == "saved_reply"_L1) return check(SavedReply::fromJson(o));
    if (kind == "workspace"_L1) return check(Workspace::fromJson(o));
    if (kind == "visitor_message"_L1) return check(VisitorMessage::fromJson(o));
    qFatal("unknown entity kind in test data");
}
} // namespace

void TestProtocol::malformedEntity_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("code");

    const QString bad = u"bad_request"_s;
    const QString large = u"too_large"_s;
    const QJsonValue null(QJsonValue::Null);

    auto add = [](const char *name, const QString &kind, const QJsonObject &json, const QString &code) {
        QTest::addRow("%s/%s", qPrintable(kind), name) << kind << json << code;
    };

    const QJsonObject agent = sampleAgent().toJson();
    add("id missing", u"agent"_s, without(agent, u"id"_s), bad);
    add("id empty", u"agent"_s, with(agent, u"id"_s, u""_s), bad);
    add("id number", u"agent"_s, with(agent, u"id"_s, 7), bad);
    add("id too long", u"agent"_s, with(agent, u"id"_s, chars(limits::MaxIdChars + 1)), large);
    add("name too long", u"agent"_s, with(agent, u"name"_s, chars(limits::MaxNameChars + 1)), large);
    add("email too long", u"agent"_s, with(agent, u"email"_s, chars(limits::MaxEmailChars + 1)), large);
    add("role out of enum", u"agent"_s, with(agent, u"role"_s, u"owner"_s), bad);
    add("role very long", u"agent"_s, with(agent, u"role"_s, chars(500)), bad);
    add("role missing", u"agent"_s, without(agent, u"role"_s), bad);
    add("team_ids string", u"agent"_s, with(agent, u"team_ids"_s, u"t_1"_s), bad);
    add("team_ids numbers", u"agent"_s, with(agent, u"team_ids"_s, QJsonArray { 1, 2 }), bad);

    const QJsonObject team = sampleTeam().toJson();
    add("member_ids object", u"team"_s, with(team, u"member_ids"_s, QJsonObject()), bad);
    add("name bool", u"team"_s, with(team, u"name"_s, true), bad);

    const QJsonObject contact = sampleContact().toJson();
    add("tags too many", u"contact"_s, with(contact, u"tags"_s, stringArray(limits::MaxTags + 1)), large);
    add("tag too long", u"contact"_s, with(contact, u"tags"_s, QJsonArray { chars(limits::MaxTagChars + 1) }), large);
    add("tags mixed", u"contact"_s, with(contact, u"tags"_s, QJsonArray { u"a"_s, 1 }), bad);
    {
        QJsonObject many;
        for (qsizetype i = 0; i <= limits::MaxAttributes; ++i)
            many.insert(u"k"_s + QString::number(i), i);
        add("attributes too many", u"contact"_s, with(contact, u"attributes"_s, many), large);
    }
    add("attributes array", u"contact"_s, with(contact, u"attributes"_s, QJsonArray()), bad);
    add("attribute object value", u"contact"_s,
        with(contact, u"attributes"_s, QJsonObject { { u"x"_s, QJsonObject() } }), bad);
    add("attribute array value", u"contact"_s,
        with(contact, u"attributes"_s, QJsonObject { { u"x"_s, QJsonArray() } }), bad);
    add("attribute null value", u"contact"_s, with(contact, u"attributes"_s, QJsonObject { { u"x"_s, null } }), bad);
    add("attribute key too long", u"contact"_s,
        with(contact, u"attributes"_s, QJsonObject { { chars(limits::MaxAttributeKeyChars + 1), 1 } }), large);
    add("attribute value too long", u"contact"_s,
        with(contact, u"attributes"_s, QJsonObject { { u"x"_s, chars(limits::MaxAttributeValueChars + 1) } }), large);
    add("email number", u"contact"_s, with(contact, u"email"_s, 5), bad);
    add("created_at garbage", u"contact"_s, with(contact, u"created_at"_s, u"yesterday"_s), bad);
    add("created_at number", u"contact"_s, with(contact, u"created_at"_s, 1700000000), bad);
    add("last_seen_at without zone", u"contact"_s, with(contact, u"last_seen_at"_s, u"2026-11-23T10:15:30.123"_s), bad);

    const QJsonObject event = sampleContactEvent().toJson();
    add("occurred_at missing", u"contact_event"_s, without(event, u"occurred_at"_s), bad);
    add("name too long", u"contact_event"_s, with(event, u"name"_s, chars(limits::MaxEventNameChars + 1)), large);
    add("contact_id missing", u"contact_event"_s, without(event, u"contact_id"_s), bad);
    {
        QJsonObject many;
        for (qsizetype i = 0; i <= limits::MaxEventProperties; ++i)
            many.insert(u"p"_s + QString::number(i), i);
        add("properties too many", u"contact_event"_s, with(event, u"properties"_s, many), large);
    }
    add("properties string", u"contact_event"_s, with(event, u"properties"_s, u"{}"_s), bad);

    const QJsonObject conversation = sampleConversation().toJson();
    add("channel out of enum", u"conversation"_s, with(conversation, u"channel"_s, u"sms"_s), bad);
    add("status out of enum", u"conversation"_s, with(conversation, u"status"_s, u"closed"_s), bad);
    add("status number", u"conversation"_s, with(conversation, u"status"_s, 1), bad);
    add("priority out of enum", u"conversation"_s, with(conversation, u"priority"_s, u"critical"_s), bad);
    add("version missing", u"conversation"_s, without(conversation, u"version"_s), bad);
    add("version string", u"conversation"_s, with(conversation, u"version"_s, u"7"_s), bad);
    add("version negative", u"conversation"_s, with(conversation, u"version"_s, -1), bad);
    add("version fraction", u"conversation"_s, with(conversation, u"version"_s, 1.5), bad);
    add("version too big", u"conversation"_s, with(conversation, u"version"_s, 1e300), bad);
    add("snoozed_until garbage", u"conversation"_s, with(conversation, u"snoozed_until"_s, u"soon"_s), bad);
    add("subject too long", u"conversation"_s, with(conversation, u"subject"_s, chars(limits::MaxSubjectChars + 1)), large);
    add("tags too many", u"conversation"_s, with(conversation, u"tags"_s, stringArray(limits::MaxTags + 1)), large);
    add("assignee_id array", u"conversation"_s, with(conversation, u"assignee_id"_s, QJsonArray()), bad);

    const QJsonObject message = agentNote().toJson();
    add("kind out of enum", u"message"_s, with(message, u"kind"_s, u"whisper"_s), bad);
    add("author missing", u"message"_s, without(message, u"author"_s), bad);
    add("author string", u"message"_s, with(message, u"author"_s, u"a_1"_s), bad);
    add("author type out of enum", u"message"_s, with(message, u"author"_s, QJsonObject { { u"type"_s, u"bot"_s } }), bad);
    add("author id number", u"message"_s,
        with(message, u"author"_s, QJsonObject { { u"type"_s, u"agent"_s }, { u"id"_s, 1 } }), bad);
    add("body too long", u"message"_s, with(message, u"body"_s, chars(limits::MaxMessageBodyChars + 1)), large);
    add("mentions too many", u"message"_s, with(message, u"mentions"_s, stringArray(limits::MaxMentions + 1)), large);
    add("mentions string", u"message"_s, with(message, u"mentions"_s, u"a_1"_s), bad);
    add("deleted string", u"message"_s, with(message, u"deleted"_s, u"false"_s), bad);
    add("deleted number", u"message"_s, with(message, u"deleted"_s, 0), bad);
    add("channel out of enum", u"message"_s, with(message, u"channel"_s, u"fax"_s), bad);

    const QJsonObject article = sampleArticle().toJson();
    add("title missing", u"article"_s, without(article, u"title"_s), bad);
    add("body too long", u"article"_s, with(article, u"body"_s, chars(limits::MaxArticleBodyChars + 1)), large);
    add("url too long", u"article"_s, with(article, u"url"_s, chars(limits::MaxUrlChars + 1)), large);
    add("updated_at bool", u"article"_s, with(article, u"updated_at"_s, true), bad);

    const QJsonObject saved = sampleSavedReply().toJson();
    add("title missing", u"saved_reply"_s, without(saved, u"title"_s), bad);
    add("body too long", u"saved_reply"_s, with(saved, u"body"_s, chars(limits::MaxMessageBodyChars + 1)), large);

    const QJsonObject workspace = sampleWorkspace().toJson();
    add("admin_links of strings", u"workspace"_s, with(workspace, u"admin_links"_s, QJsonArray { u"x"_s }), bad);
    add("admin link without template", u"workspace"_s,
        with(workspace, u"admin_links"_s, QJsonArray { QJsonObject { { u"title"_s, u"x"_s } } }), bad);
    add("admin link template number", u"workspace"_s,
        with(workspace, u"admin_links"_s, QJsonArray { QJsonObject { { u"title"_s, u"x"_s }, { u"url_template"_s, 1 } } }),
        bad);
    add("admin link template too long", u"workspace"_s,
        with(workspace, u"admin_links"_s,
             QJsonArray { QJsonObject { { u"title"_s, u"x"_s }, { u"url_template"_s, chars(limits::MaxUrlChars + 1) } } }),
        large);
    {
        QJsonArray links;
        for (int i = 0; i < 101; ++i)
            links.append(QJsonObject { { u"title"_s, u"x"_s }, { u"url_template"_s, u"https://x/{id}"_s } });
        add("admin links too many", u"workspace"_s, with(workspace, u"admin_links"_s, links), large);
    }
    add("id missing", u"workspace"_s, without(workspace, u"id"_s), bad);

    const QJsonObject visitor = agentVisitorMessage().toJson();
    add("system author", u"visitor_message"_s, with(visitor, u"author"_s, QJsonObject { { u"type"_s, u"system"_s } }), bad);
    add("author missing", u"visitor_message"_s, without(visitor, u"author"_s), bad);
    add("author name too long", u"visitor_message"_s,
        with(visitor, u"author"_s, QJsonObject { { u"type"_s, u"agent"_s }, { u"name"_s, chars(limits::MaxNameChars + 1) } }),
        large);
    add("body number", u"visitor_message"_s, with(visitor, u"body"_s, 1), bad);
    add("created_at garbage", u"visitor_message"_s, with(visitor, u"created_at"_s, u"now"_s), bad);
}

void TestProtocol::malformedEntity()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, json);
    QFETCH(QString, code);
    const std::optional<Error> error = entityError(kind, json);
    QVERIFY2(error.has_value(), "decoded although malformed");
    QCOMPARE(errorCodeName(error->code), code);
    QVERIFY(!error->message.isEmpty());
}

void TestProtocol::entityListRejectsNonObjects()
{
    auto ok = listFromJson<Agent>(QJsonArray { sampleAgent().toJson(), sampleAgent().toJson() });
    QVERIFY(ok.ok());
    QCOMPARE(ok->size(), 2);
    auto notObjects = listFromJson<Agent>(QJsonArray { sampleAgent().toJson(), u"a_2"_s });
    QVERIFY(!notObjects.ok());
    QCOMPARE(notObjects.error().code, ErrorCode::BadRequest);
    auto badItem = listFromJson<Agent>(QJsonArray { sampleAgent().toJson(), with(sampleAgent().toJson(), u"role"_s, u"x"_s) });
    QVERIFY(!badItem.ok());
    QCOMPARE(listToJson(QList<Team> { sampleTeam() }), QJsonArray { sampleTeam().toJson() });
}

void TestProtocol::validateAttributesAndTags()
{
    const QJsonObject withNull { { u"plan"_s, u"pro"_s }, { u"old"_s, QJsonValue::Null } };
    QVERIFY(!validateAttributes(withNull, true).has_value());
    QVERIFY(validateAttributes(withNull, false).has_value());
    QVERIFY(!validateAttributes(sampleContact().attributes, false).has_value());
    QCOMPARE(validateAttributes(QJsonObject { { u""_s, 1 } }, false)->code, ErrorCode::BadRequest);
    QCOMPARE(validateAttributes(QJsonObject { { chars(limits::MaxAttributeKeyChars + 1), 1 } }, false)->code,
             ErrorCode::TooLarge);

    QVERIFY(!validateTags({ u"vip"_s, chars(limits::MaxTagChars) }).has_value());
    QCOMPARE(validateTags({ u"  "_s })->code, ErrorCode::BadRequest);
    QCOMPARE(validateTags({ chars(limits::MaxTagChars + 1) })->code, ErrorCode::TooLarge);
    QStringList many;
    for (qsizetype i = 0; i <= limits::MaxTags; ++i)
        many.append(QString::number(i));
    QCOMPARE(validateTags(many)->code, ErrorCode::TooLarge);
    many.removeLast();
    QVERIFY(!validateTags(many).has_value());

    QCOMPARE(standardAttributeKeys(),
             QStringList({ u"browser"_s, u"browser_version"_s, u"os"_s, u"city"_s, u"country"_s, u"signed_up_at"_s,
                           u"session_count"_s, u"plan"_s }));
}

// ================================================================ frames

namespace {
template<typename V>
void addFrameRows(const QList<FrameCase<V>> &cases)
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("keys");
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).info.name) << i << cases.at(i).info.type << keyList(cases.at(i).info.keys);
}

// toJson → encodeFrame → decode → equal; the JSON has its "type" and exactly the documented
// keys; with unknown fields added at every level the decoded frame is still the same.
template<typename V, typename DecodeFn>
void checkFrameRoundTrip(const QList<FrameCase<V>> &cases, DecodeFn decode)
{
    QFETCH(int, index);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    const V &frame = cases.at(index).frame;

    const QJsonObject json = std::visit([](const auto &f) { return f.toJson(); }, frame);
    QCOMPARE(json.value("type"_L1).toString(), type);
    QCOMPARE(sortedKeys(json), keys);

    const QByteArray bytes = encodeFrame(frame);
    QCOMPARE(bytes, encodeJson(json));
    const auto decoded = decode(bytes);
    if (const auto *e = std::get_if<DecodeError>(&decoded))
        QFAIL(qPrintable(describe(e->error)));
    const V &back = std::get<V>(decoded);
    QCOMPARE(back.index(), frame.index());
    QVERIFY(back == frame);
    QCOMPARE(encodeFrame(back), bytes);

    const QByteArray extended = encodeJson(withUnknownFields(json));
    const auto tolerant = decode(extended);
    if (const auto *e = std::get_if<DecodeError>(&tolerant))
        QFAIL(qPrintable(u"unknown fields were not ignored: "_s + describe(e->error)));
    QVERIFY(std::get<V>(tolerant) == frame);
}
} // namespace

void TestProtocol::agentRequestRoundTrip_data()
{
    addFrameRows(agentRequests());
}

void TestProtocol::agentRequestRoundTrip()
{
    checkFrameRoundTrip(agentRequests(), decodeAgentRequest);
}

void TestProtocol::agentServerFrameRoundTrip_data()
{
    addFrameRows(agentServerFrames());
}

void TestProtocol::agentServerFrameRoundTrip()
{
    checkFrameRoundTrip(agentServerFrames(), decodeAgentServerFrame);
}

void TestProtocol::visitorRequestRoundTrip_data()
{
    addFrameRows(visitorRequests());
}

void TestProtocol::visitorRequestRoundTrip()
{
    checkFrameRoundTrip(visitorRequests(), decodeVisitorRequest);
}

void TestProtocol::visitorServerFrameRoundTrip_data()
{
    addFrameRows(visitorServerFrames());
}

void TestProtocol::visitorServerFrameRoundTrip()
{
    checkFrameRoundTrip(visitorServerFrames(), decodeVisitorServerFrame);
}

void TestProtocol::encodedFramesAreCompactObjects()
{
    // One line of compact UTF-8 JSON per frame; non-ASCII text is sent as UTF-8, not escaped.
    const QByteArray bytes = encodeFrame(Send { u"r1"_s, u"c"_s, u"cv"_s, u"reply"_s, u"Zoë\nsays 🙏"_s, {} });
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(!bytes.contains(": "));
    QVERIFY(bytes.contains("Zo\xc3\xab"));
    QVERIFY(bytes.contains("\\n"));
    QVERIFY(bytes.startsWith('{'));
    QVERIFY(bytes.endsWith('}'));
    QCOMPARE(encodeFrame(Ping {}), QByteArray("{\"type\":\"ping\"}"));
    QCOMPARE(encodeFrame(Pong {}), QByteArray("{\"type\":\"pong\"}"));
    QCOMPARE(encodeFrame(Synced { 7 }), QByteArray("{\"head\":7,\"type\":\"synced\"}"));

    // A bare ack carries only type and req; absent ids and numbers are omitted, not null.
    Ack bare;
    bare.req = u"r1"_s;
    QCOMPARE(sortedKeys(bare.toJson()), keyList(u"type req"_s));
    // An error that answers no request says so with "req": null.
    const QJsonObject error = ErrorFrame { QString(), ErrorCode::Unauthorized, u"bad token"_s, std::nullopt }.toJson();
    QVERIFY(error.value("req"_L1).isNull());
    QCOMPARE(error.value("code"_L1).toString(), u"unauthorized"_s);
    // The hello of an empty cache sends since 0 and log_id null.
    const QJsonObject hello = Hello { 1, u"t"_s, 0, QString() }.toJson();
    QCOMPARE(hello.value("since"_L1), QJsonValue(0));
    QVERIFY(hello.value("log_id"_L1).isNull());
    // A new visitor's hello sends visitor_token null and no identity.
    const QJsonObject visitorHello = VisitorHello { 1, u"demo"_s, QString(), {} }.toJson();
    QVERIFY(visitorHello.value("visitor_token"_L1).isNull());
    QVERIFY(!visitorHello.contains("identity"_L1));
    // A snapshot without workspace sends an empty object, which decodes as "no workspace".
    Snapshot snapshot;
    snapshot.last = true;
    QCOMPARE(snapshot.toJson().value("workspace"_L1), QJsonValue(QJsonObject()));
}

void TestProtocol::visitorMessageShape()
{
    // The visitor side never sees kind, mentions, an author id or an email; its own messages
    // carry client_id (to match its optimistic copy), nobody else's do.
    const QJsonObject own = ownVisitorMessage().toJson();
    QCOMPARE(own.value("client_id"_L1).toString(), ownVisitorMessage().clientId);
    QCOMPARE(own.value("author"_L1).toObject(), QJsonObject({ { u"type"_s, u"contact"_s } }));
    const QJsonObject agents = agentVisitorMessage().toJson();
    QVERIFY(!agents.contains("client_id"_L1));
    QCOMPARE(agents.value("author"_L1).toObject(),
             QJsonObject({ { u"type"_s, u"agent"_s }, { u"name"_s, u"Ada Lovelace"_s } }));
    for (const QJsonObject &o : { own, agents }) {
        const QByteArray text = encodeJson(o);
        QVERIFY(!text.contains("kind"));
        QVERIFY(!text.contains("mentions"));
        QVERIFY(!text.contains("email"));
        QVERIFY(!text.contains("@"));
    }
    QCOMPARE(agents.value("created_at"_L1).toString(), u"2026-11-23T10:16:00.000Z"_s);
}

void TestProtocol::malformedFrame_data()
{
    QTest::addColumn<int>("decoder");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("req"); // the req the DecodeError must carry; empty = none readable

    const QString bad = u"bad_request"_s;
    const QString large = u"too_large"_s;
    const QJsonValue null(QJsonValue::Null);

    auto raw = [](int decoder, const char *name, const QByteArray &frame, const QString &code, const QString &req) {
        QTest::addRow("%s/%s", decoderName(decoder), name) << decoder << frame << code << req;
    };
    auto add = [&](int decoder, const char *name, const QJsonObject &frame, const QString &code) {
        // The decoder echoes a req that is a string of at most MaxReqChars, whatever else is wrong.
        const QJsonValue req = frame.value("req"_L1);
        const bool readable = req.isString() && req.toString().size() <= limits::MaxReqChars;
        raw(decoder, name, encodeJson(frame), code, readable ? req.toString() : QString());
    };

    // ---- the same rules for every decoder
    for (int d : { AgentReq, AgentSrv, VisitorReq, VisitorSrv }) {
        raw(d, "empty input", QByteArray(), bad, {});
        raw(d, "not json", "hello", bad, {});
        raw(d, "truncated json", "{\"type\":\"ping\"", bad, {});
        raw(d, "trailing garbage", "{\"type\":\"ping\"} x", bad, {});
        raw(d, "single quotes", "{'type':'ping'}", bad, {});
        raw(d, "invalid utf-8", "{\"type\":\"ping\",\"x\":\"\xff\xfe\"}", bad, {});
        raw(d, "array", "[{\"type\":\"ping\"}]", bad, {});
        raw(d, "string", "\"ping\"", bad, {});
        raw(d, "number", "42", bad, {});
        raw(d, "null", "null", bad, {});
        raw(d, "missing type", "{}", bad, {});
        raw(d, "missing type with req", "{\"req\":\"r1\"}", bad, {});
        raw(d, "type number", "{\"type\":1}", bad, {});
        raw(d, "type null", "{\"type\":null}", bad, {});
        raw(d, "type array", "{\"type\":[\"ping\"]}", bad, {});
        raw(d, "type object", "{\"type\":{}}", bad, {});
        raw(d, "unknown type", "{\"type\":\"teleport\",\"req\":\"r9\"}", bad, u"r9"_s);
        raw(d, "type case differs", "{\"type\":\"PING\"}", bad, {});
        raw(d, "deep nesting", QByteArray(100000, '[') + QByteArray(100000, ']'), bad, {});
        // Requests (to the server) are limited to 1 MiB; server frames to MaxServerFrameBytes.
        const bool request = d == AgentReq || d == VisitorReq;
        const qsizetype limit = request ? limits::MaxFrameBytes : limits::MaxServerFrameBytes;
        raw(d, request ? "1 MiB + 1 byte" : "16 MiB + 1 byte", paddedFrame(u"ping"_s, limit + 1), large, {});
        raw(d, "over the limit and garbage", QByteArray(limit + 1, '{'), large, {});
    }

    // ---- agent requests
    const QJsonObject hello = Hello { 1, u"tok"_s, 5, u"log"_s }.toJson();
    add(AgentReq, "hello/protocol missing", without(hello, u"protocol"_s), bad);
    add(AgentReq, "hello/protocol string", with(hello, u"protocol"_s, u"1"_s), bad);
    add(AgentReq, "hello/protocol fraction", with(hello, u"protocol"_s, 1.5), bad);
    add(AgentReq, "hello/token missing", without(hello, u"token"_s), bad);
    add(AgentReq, "hello/token empty", with(hello, u"token"_s, u""_s), bad);
    add(AgentReq, "hello/token number", with(hello, u"token"_s, 12345), bad);
    add(AgentReq, "hello/token too long", with(hello, u"token"_s, chars(1025)), large);
    add(AgentReq, "hello/since negative", with(hello, u"since"_s, -1), bad);
    add(AgentReq, "hello/since string", with(hello, u"since"_s, u"5"_s), bad);
    add(AgentReq, "hello/since beyond 2^53", with(hello, u"since"_s, 1e17), bad);
    add(AgentReq, "hello/log_id number", with(hello, u"log_id"_s, 5), bad);
    add(AgentReq, "hello/log_id too long", with(hello, u"log_id"_s, chars(limits::MaxIdChars + 1)), large);

    const QJsonObject send =
        Send { u"r1"_s, u"9b2f6a10-7c3e-4d5f-8a9b-0c1d2e3f4a5b"_s, u"cv_1"_s, u"note"_s, u"Hi"_s, { u"a_2"_s } }.toJson();
    add(AgentReq, "send/req missing", without(send, u"req"_s), bad);
    add(AgentReq, "send/req number", with(send, u"req"_s, 1), bad);
    add(AgentReq, "send/req empty", with(send, u"req"_s, u""_s), bad);
    add(AgentReq, "send/req too long", with(send, u"req"_s, chars(limits::MaxReqChars + 1)), large);
    add(AgentReq, "send/client_id missing", without(send, u"client_id"_s), bad);
    add(AgentReq, "send/client_id number", with(send, u"client_id"_s, 7), bad);
    add(AgentReq, "send/client_id too long", with(send, u"client_id"_s, chars(limits::MaxIdChars + 1)), large);
    add(AgentReq, "send/conversation_id array", with(send, u"conversation_id"_s, QJsonArray()), bad);
    add(AgentReq, "send/conversation_id null", with(send, u"conversation_id"_s, null), bad);
    add(AgentReq, "send/kind system", with(send, u"kind"_s, u"system"_s), bad);
    add(AgentReq, "send/kind out of enum", with(send, u"kind"_s, u"whisper"_s), bad);
    add(AgentReq, "send/kind number", with(send, u"kind"_s, 1), bad);
    add(AgentReq, "send/kind missing", without(send, u"kind"_s), bad);
    add(AgentReq, "send/body missing", without(send, u"body"_s), bad);
    add(AgentReq, "send/body empty", with(send, u"body"_s, u""_s), bad);
    add(AgentReq, "send/body blank", with(send, u"body"_s, u" \n\t "_s), bad);
    add(AgentReq, "send/body object", with(send, u"body"_s, QJsonObject()), bad);
    add(AgentReq, "send/body too long", with(send, u"body"_s, chars(limits::MaxMessageBodyChars + 1)), large);
    add(AgentReq, "send/mentions string", with(send, u"mentions"_s, u"a_1"_s), bad);
    add(AgentReq, "send/mentions numbers", with(send, u"mentions"_s, QJsonArray { 1 }), bad);
    add(AgentReq, "send/mentions too many", with(send, u"mentions"_s, stringArray(limits::MaxMentions + 1)), large);
    add(AgentReq, "send/mention too long", with(send, u"mentions"_s, QJsonArray { chars(limits::MaxIdChars + 1) }), large);

    const QJsonObject start = Start { u"r3"_s, u"cid"_s, u"c_1"_s, u"email"_s, u"S"_s, u"B"_s }.toJson();
    add(AgentReq, "start/channel out of enum", with(start, u"channel"_s, u"sms"_s), bad);
    add(AgentReq, "start/channel missing", without(start, u"channel"_s), bad);
    add(AgentReq, "start/contact_id missing", without(start, u"contact_id"_s), bad);
    add(AgentReq, "start/subject number", with(start, u"subject"_s, 1), bad);
    add(AgentReq, "start/subject too long", with(start, u"subject"_s, chars(limits::MaxSubjectChars + 1)), large);
    add(AgentReq, "start/body blank", with(start, u"body"_s, u"   "_s), bad);
    add(AgentReq, "start/body too long", with(start, u"body"_s, chars(limits::MaxMessageBodyChars + 1)), large);
    add(AgentReq, "start/req missing", without(start, u"req"_s), bad);

    const QJsonObject update = Update { u"r4"_s, u"cid"_s, u"cv_1"_s, 3, QJsonObject { { u"status"_s, u"resolved"_s } } }.toJson();
    auto updateSet = [&](const QJsonObject &set) { return with(update, u"set"_s, set); };
    add(AgentReq, "update/base_version missing", without(update, u"base_version"_s), bad);
    add(AgentReq, "update/base_version string", with(update, u"base_version"_s, u"3"_s), bad);
    add(AgentReq, "update/base_version negative", with(update, u"base_version"_s, -1), bad);
    add(AgentReq, "update/base_version fraction", with(update, u"base_version"_s, 2.5), bad);
    add(AgentReq, "update/client_id missing", without(update, u"client_id"_s), bad);
    add(AgentReq, "update/set missing", without(update, u"set"_s), bad);
    add(AgentReq, "update/set array", with(update, u"set"_s, QJsonArray()), bad);
    add(AgentReq, "update/set empty", updateSet({}), bad);
    add(AgentReq, "update/set unknown key", updateSet({ { u"subject"_s, u"x"_s } }), bad);
    add(AgentReq, "update/set unknown key beside a valid one",
        updateSet({ { u"status"_s, u"open"_s }, { u"version"_s, 9 } }), bad);
    add(AgentReq, "update/set bad status", updateSet({ { u"status"_s, u"closed"_s } }), bad);
    add(AgentReq, "update/set status null", updateSet({ { u"status"_s, null } }), bad);
    add(AgentReq, "update/set status number", updateSet({ { u"status"_s, 2 } }), bad);
    add(AgentReq, "update/set snoozed without snoozed_until", updateSet({ { u"status"_s, u"snoozed"_s } }), bad);
    add(AgentReq, "update/set snoozed with snoozed_until null",
        updateSet({ { u"status"_s, u"snoozed"_s }, { u"snoozed_until"_s, null } }), bad);
    add(AgentReq, "update/set snoozed_until garbage",
        updateSet({ { u"status"_s, u"snoozed"_s }, { u"snoozed_until"_s, u"tomorrow"_s } }), bad);
    add(AgentReq, "update/set snoozed_until number", updateSet({ { u"snoozed_until"_s, 1700000000 } }), bad);
    add(AgentReq, "update/set bad priority", updateSet({ { u"priority"_s, u"p1"_s } }), bad);
    add(AgentReq, "update/set priority null", updateSet({ { u"priority"_s, null } }), bad);
    add(AgentReq, "update/set assignee_id number", updateSet({ { u"assignee_id"_s, 5 } }), bad);
    add(AgentReq, "update/set assignee_id too long", updateSet({ { u"assignee_id"_s, chars(limits::MaxIdChars + 1) } }), large);
    add(AgentReq, "update/set team_id bool", updateSet({ { u"team_id"_s, true } }), bad);
    add(AgentReq, "update/set tags string", updateSet({ { u"tags"_s, u"vip"_s } }), bad);
    add(AgentReq, "update/set tags null", updateSet({ { u"tags"_s, null } }), bad);
    add(AgentReq, "update/set tags too many", updateSet({ { u"tags"_s, stringArray(limits::MaxTags + 1) } }), large);
    add(AgentReq, "update/set tag too long", updateSet({ { u"tags"_s, QJsonArray { chars(limits::MaxTagChars + 1) } } }), large);
    add(AgentReq, "update/set tag blank", updateSet({ { u"tags"_s, QJsonArray { u" "_s } } }), bad);

    const QJsonObject updateContact =
        UpdateContact { u"r6"_s, u"cid"_s, u"c_1"_s, QJsonObject { { u"name"_s, u"Zoë"_s } } }.toJson();
    auto contactSet = [&](const QJsonObject &set) { return with(updateContact, u"set"_s, set); };
    add(AgentReq, "update_contact/contact_id missing", without(updateContact, u"contact_id"_s), bad);
    add(AgentReq, "update_contact/set missing", without(updateContact, u"set"_s), bad);
    add(AgentReq, "update_contact/set empty", contactSet({}), bad);
    add(AgentReq, "update_contact/set unknown key", contactSet({ { u"phone"_s, u"123"_s } }), bad);
    add(AgentReq, "update_contact/set external_id", contactSet({ { u"external_id"_s, u"x"_s } }), bad);
    add(AgentReq, "update_contact/set name number", contactSet({ { u"name"_s, 1 } }), bad);
    add(AgentReq, "update_contact/set name too long", contactSet({ { u"name"_s, chars(limits::MaxNameChars + 1) } }), large);
    add(AgentReq, "update_contact/set email array", contactSet({ { u"email"_s, QJsonArray() } }), bad);
    add(AgentReq, "update_contact/set email too long", contactSet({ { u"email"_s, chars(limits::MaxEmailChars + 1) } }), large);
    add(AgentReq, "update_contact/set tags too many", contactSet({ { u"tags"_s, stringArray(limits::MaxTags + 1) } }), large);
    add(AgentReq, "update_contact/set attributes array", contactSet({ { u"attributes"_s, QJsonArray() } }), bad);
    add(AgentReq, "update_contact/set attributes null", contactSet({ { u"attributes"_s, null } }), bad);
    add(AgentReq, "update_contact/set attribute object value",
        contactSet({ { u"attributes"_s, QJsonObject { { u"a"_s, QJsonObject() } } } }), bad);
    add(AgentReq, "update_contact/set attribute value too long",
        contactSet({ { u"attributes"_s, QJsonObject { { u"a"_s, chars(limits::MaxAttributeValueChars + 1) } } } }), large);
    {
        QJsonObject many;
        for (qsizetype i = 0; i <= limits::MaxAttributes; ++i)
            many.insert(u"k"_s + QString::number(i), u"v"_s);
        add(AgentReq, "update_contact/set attributes too many", contactSet({ { u"attributes"_s, many } }), large);
    }

    const QJsonObject deleteNote = DeleteNote { u"r7"_s, u"m_2"_s }.toJson();
    add(AgentReq, "delete_note/message_id missing", without(deleteNote, u"message_id"_s), bad);
    add(AgentReq, "delete_note/message_id number", with(deleteNote, u"message_id"_s, 2), bad);
    add(AgentReq, "delete_note/req missing", without(deleteNote, u"req"_s), bad);

    const QJsonObject fetch = Fetch { u"r8"_s, u"cv_1"_s, u"m_9"_s, 50 }.toJson();
    add(AgentReq, "fetch/limit 0", with(fetch, u"limit"_s, limits::MinFetchLimit - 1), bad);
    add(AgentReq, "fetch/limit 201", with(fetch, u"limit"_s, limits::MaxFetchLimit + 1), bad);
    add(AgentReq, "fetch/limit negative", with(fetch, u"limit"_s, -5), bad);
    add(AgentReq, "fetch/limit string", with(fetch, u"limit"_s, u"10"_s), bad);
    add(AgentReq, "fetch/limit fraction", with(fetch, u"limit"_s, 10.5), bad);
    add(AgentReq, "fetch/before number", with(fetch, u"before"_s, 9), bad);
    add(AgentReq, "fetch/conversation_id missing", without(fetch, u"conversation_id"_s), bad);
    add(AgentReq, "fetch/req missing", without(fetch, u"req"_s), bad);

    const QJsonObject read = Read { u"cv_1"_s, u"m_2"_s }.toJson();
    add(AgentReq, "read/message_id missing", without(read, u"message_id"_s), bad);
    add(AgentReq, "read/conversation_id number", with(read, u"conversation_id"_s, 1), bad);
    const QJsonObject typing = TypingRequest { u"cv_1"_s, true }.toJson();
    add(AgentReq, "typing/on missing", without(typing, u"on"_s), bad);
    add(AgentReq, "typing/on string", with(typing, u"on"_s, u"true"_s), bad);
    add(AgentReq, "typing/on number", with(typing, u"on"_s, 1), bad);
    add(AgentReq, "typing/conversation_id missing", without(typing, u"conversation_id"_s), bad);
    add(AgentReq, "typing/mode out of enum", with(typing, u"mode"_s, u"whisper"_s), bad);
    add(AgentReq, "typing/mode number", with(typing, u"mode"_s, 1), bad);
    add(AgentReq, "viewing/conversation_id missing", QJsonObject { { u"type"_s, u"viewing"_s } }, bad);
    add(AgentReq, "server frame sent by a client", Synced { 3 }.toJson(), bad);
    add(AgentReq, "visitor-only frame", with(QJsonObject { { u"type"_s, u"history"_s } }, u"req"_s, u"r1"_s), bad);

    // ---- agent session, server → client
    const QJsonObject welcome = Welcome { sampleAgent(), 10, u"log"_s, u"delta"_s, false }.toJson();
    add(AgentSrv, "welcome/agent missing", without(welcome, u"agent"_s), bad);
    add(AgentSrv, "welcome/agent string", with(welcome, u"agent"_s, u"a_1"_s), bad);
    add(AgentSrv, "welcome/agent role out of enum",
        with(welcome, u"agent"_s, with(sampleAgent().toJson(), u"role"_s, u"owner"_s)), bad);
    add(AgentSrv, "welcome/head negative", with(welcome, u"head"_s, -1), bad);
    add(AgentSrv, "welcome/head string", with(welcome, u"head"_s, u"10"_s), bad);
    add(AgentSrv, "welcome/log_id missing", without(welcome, u"log_id"_s), bad);
    add(AgentSrv, "welcome/mode out of enum", with(welcome, u"mode"_s, u"full"_s), bad);
    add(AgentSrv, "welcome/reset string", with(welcome, u"reset"_s, u"true"_s), bad);

    const QJsonObject snapshot = std::get<Snapshot>(agentServerFrames().at(2).frame).toJson();
    add(AgentSrv, "snapshot/last missing", without(snapshot, u"last"_s), bad);
    add(AgentSrv, "snapshot/last number", with(snapshot, u"last"_s, 1), bad);
    add(AgentSrv, "snapshot/agents object", with(snapshot, u"agents"_s, QJsonObject()), bad);
    add(AgentSrv, "snapshot/agents of strings", with(snapshot, u"agents"_s, QJsonArray { u"a_1"_s }), bad);
    add(AgentSrv, "snapshot/conversation bad status",
        with(snapshot, u"conversations"_s, QJsonArray { with(sampleConversation().toJson(), u"status"_s, u"closed"_s) }), bad);
    add(AgentSrv, "snapshot/message bad kind",
        with(snapshot, u"messages"_s, QJsonArray { with(customerReply().toJson(), u"kind"_s, u"whisper"_s) }), bad);
    add(AgentSrv, "snapshot/contact tags too many",
        with(snapshot, u"contacts"_s, QJsonArray { with(sampleContact().toJson(), u"tags"_s, stringArray(limits::MaxTags + 1)) }),
        large);
    add(AgentSrv, "snapshot/workspace without id", with(snapshot, u"workspace"_s, QJsonObject { { u"name"_s, u"x"_s } }), bad);
    add(AgentSrv, "snapshot/workspace array", with(snapshot, u"workspace"_s, QJsonArray()), bad);
    add(AgentSrv, "snapshot/saved reply without title",
        with(snapshot, u"saved_replies"_s, QJsonArray { without(sampleSavedReply().toJson(), u"title"_s) }), bad);
    add(AgentSrv, "snapshot/article url number",
        with(snapshot, u"articles"_s, QJsonArray { with(sampleArticle().toJson(), u"url"_s, 1) }), bad);
    add(AgentSrv, "snapshot/team member_ids string",
        with(snapshot, u"teams"_s, QJsonArray { with(sampleTeam().toJson(), u"member_ids"_s, u"a"_s) }), bad);

    const QJsonObject events = std::get<Events>(agentServerFrames().at(4).frame).toJson();
    const QJsonObject event = Event { 7, events::MessageCreated, customerReply().toJson() }.toJson();
    add(AgentSrv, "events/events missing", without(events, u"events"_s), bad);
    add(AgentSrv, "events/events object", with(events, u"events"_s, QJsonObject()), bad);
    add(AgentSrv, "events/event not an object", with(events, u"events"_s, QJsonArray { 7 }), bad);
    add(AgentSrv, "events/seq 0", with(events, u"events"_s, QJsonArray { with(event, u"seq"_s, 0) }), bad);
    add(AgentSrv, "events/seq string", with(events, u"events"_s, QJsonArray { with(event, u"seq"_s, u"7"_s) }), bad);
    add(AgentSrv, "events/seq missing", with(events, u"events"_s, QJsonArray { without(event, u"seq"_s) }), bad);
    add(AgentSrv, "events/name missing", with(events, u"events"_s, QJsonArray { without(event, u"name"_s) }), bad);
    add(AgentSrv, "events/name number", with(events, u"events"_s, QJsonArray { with(event, u"name"_s, 1) }), bad);
    add(AgentSrv, "events/data array", with(events, u"events"_s, QJsonArray { with(event, u"data"_s, QJsonArray()) }), bad);
    add(AgentSrv, "events/data missing", with(events, u"events"_s, QJsonArray { without(event, u"data"_s) }), bad);

    add(AgentSrv, "synced/head missing", QJsonObject { { u"type"_s, u"synced"_s } }, bad);
    add(AgentSrv, "synced/head string", with(Synced { 3 }.toJson(), u"head"_s, u"3"_s), bad);
    const QJsonObject ack = std::get<Ack>(agentServerFrames().at(7).frame).toJson();
    add(AgentSrv, "ack/req missing", without(ack, u"req"_s), bad);
    add(AgentSrv, "ack/seq string", with(ack, u"seq"_s, u"5"_s), bad);
    add(AgentSrv, "ack/version negative", with(ack, u"version"_s, -2), bad);
    add(AgentSrv, "ack/message_id number", with(ack, u"message_id"_s, 5), bad);
    const QJsonObject error = std::get<ErrorFrame>(agentServerFrames().at(12).frame).toJson();
    add(AgentSrv, "error/code missing", without(error, u"code"_s), bad);
    add(AgentSrv, "error/code number", with(error, u"code"_s, 409), bad);
    add(AgentSrv, "error/message number", with(error, u"message"_s, 1), bad);
    add(AgentSrv, "error/current not a conversation", with(error, u"current"_s, QJsonObject { { u"id"_s, u"cv"_s } }), bad);
    add(AgentSrv, "error/current string", with(error, u"current"_s, u"cv_1"_s), bad);
    const QJsonObject page = std::get<MessagesPage>(agentServerFrames().at(13).frame).toJson();
    add(AgentSrv, "messages/complete missing", without(page, u"complete"_s), bad);
    add(AgentSrv, "messages/req missing", without(page, u"req"_s), bad);
    add(AgentSrv, "messages/messages missing", without(page, u"messages"_s), bad);
    {
        QJsonArray tooMany;
        for (int i = 0; i <= limits::MaxFetchLimit; ++i)
            tooMany.append(customerReply().toJson());
        add(AgentSrv, "messages/more than the fetch limit", with(page, u"messages"_s, tooMany), large);
    }
    add(AgentSrv, "messages/bad message", with(page, u"messages"_s, QJsonArray { without(customerReply().toJson(), u"id"_s) }),
        bad);
    const QJsonObject typingEvent = TypingEvent { u"cv_1"_s, u"a_2"_s, true }.toJson();
    add(AgentSrv, "typing/agent_id missing", without(typingEvent, u"agent_id"_s), bad);
    add(AgentSrv, "typing/on missing", without(typingEvent, u"on"_s), bad);
    const QJsonObject presence = PresenceEvent { u"a_2"_s, u"online"_s }.toJson();
    add(AgentSrv, "presence/status out of enum", with(presence, u"status"_s, u"busy"_s), bad);
    add(AgentSrv, "presence/agent_id missing", without(presence, u"agent_id"_s), bad);
    add(AgentSrv, "viewing/agent_id missing", without(ViewingEvent { u"cv_1"_s, u"a_2"_s }.toJson(), u"agent_id"_s), bad);
    add(AgentSrv, "visitor-only frame", QJsonObject { { u"type"_s, u"history"_s }, { u"messages"_s, QJsonArray() } }, bad);

    // ---- visitor requests
    const QJsonObject visitorHello = VisitorHello { 1, u"demo"_s, u"vt"_s, {} }.toJson();
    add(VisitorReq, "hello/workspace_key missing", without(visitorHello, u"workspace_key"_s), bad);
    add(VisitorReq, "hello/workspace_key number", with(visitorHello, u"workspace_key"_s, 1), bad);
    add(VisitorReq, "hello/workspace_key too long", with(visitorHello, u"workspace_key"_s, chars(257)), large);
    add(VisitorReq, "hello/visitor_token number", with(visitorHello, u"visitor_token"_s, 1), bad);
    add(VisitorReq, "hello/visitor_token too long", with(visitorHello, u"visitor_token"_s, chars(257)), large);
    add(VisitorReq, "hello/protocol missing", without(visitorHello, u"protocol"_s), bad);
    add(VisitorReq, "hello/identity array", with(visitorHello, u"identity"_s, QJsonArray()), bad);
    add(VisitorReq, "hello/identity string", with(visitorHello, u"identity"_s, u"ext-42"_s), bad);
    const QJsonObject visitorSend = VisitorSend { u"v1"_s, u"cid"_s, u"Hi"_s }.toJson();
    add(VisitorReq, "send/req missing", without(visitorSend, u"req"_s), bad);
    add(VisitorReq, "send/client_id number", with(visitorSend, u"client_id"_s, 1), bad);
    add(VisitorReq, "send/client_id missing", without(visitorSend, u"client_id"_s), bad);
    add(VisitorReq, "send/body blank", with(visitorSend, u"body"_s, u"\n \n"_s), bad);
    add(VisitorReq, "send/body missing", without(visitorSend, u"body"_s), bad);
    add(VisitorReq, "send/body too long", with(visitorSend, u"body"_s, chars(limits::MaxMessageBodyChars + 1)), large);
    add(VisitorReq, "typing/on missing", QJsonObject { { u"type"_s, u"typing"_s } }, bad);
    add(VisitorReq, "typing/on string", with(VisitorTyping { true }.toJson(), u"on"_s, u"yes"_s), bad);
    // Agent-only requests do not exist on the visitor endpoint.
    for (const auto &c : agentRequests()) {
        const QJsonObject json = std::visit([](const auto &f) { return f.toJson(); }, c.frame);
        const QString type = json.value("type"_L1).toString();
        if (type == "hello"_L1 || type == "send"_L1 || type == "typing"_L1 || type == "ping"_L1)
            continue;
        add(VisitorReq, c.info.name, json, bad);
    }

    // ---- visitor session, server → client
    const QJsonObject visitorWelcome = VisitorWelcome { u"vt"_s, u"c_2"_s }.toJson();
    add(VisitorSrv, "welcome/visitor_token missing", without(visitorWelcome, u"visitor_token"_s), bad);
    add(VisitorSrv, "welcome/contact_id number", with(visitorWelcome, u"contact_id"_s, 2), bad);
    const QJsonObject history = History { { ownVisitorMessage() } }.toJson();
    add(VisitorSrv, "history/messages missing", without(history, u"messages"_s), bad);
    add(VisitorSrv, "history/messages object", with(history, u"messages"_s, QJsonObject()), bad);
    add(VisitorSrv, "history/system message",
        with(history, u"messages"_s,
             QJsonArray { with(ownVisitorMessage().toJson(), u"author"_s, QJsonObject { { u"type"_s, u"system"_s } }) }),
        bad);
    add(VisitorSrv, "history/message without id",
        with(history, u"messages"_s, QJsonArray { without(ownVisitorMessage().toJson(), u"id"_s) }), bad);
    const QJsonObject messageFrame = VisitorMessageFrame { agentVisitorMessage() }.toJson();
    add(VisitorSrv, "message/message missing", without(messageFrame, u"message"_s), bad);
    add(VisitorSrv, "message/body number",
        with(messageFrame, u"message"_s, with(agentVisitorMessage().toJson(), u"body"_s, 5)), bad);
    add(VisitorSrv, "message/author missing",
        with(messageFrame, u"message"_s, without(agentVisitorMessage().toJson(), u"author"_s)), bad);
    add(VisitorSrv, "message/body too long",
        with(messageFrame, u"message"_s,
             with(agentVisitorMessage().toJson(), u"body"_s, chars(limits::MaxMessageBodyChars + 1))),
        large);
    add(VisitorSrv, "typing/on missing", without(VisitorTypingEvent { u"cv"_s, u"Ada"_s, true }.toJson(), u"on"_s), bad);
    add(VisitorSrv, "typing/agent_name number", with(VisitorTypingEvent { u"cv"_s, u"Ada"_s, true }.toJson(), u"agent_name"_s, 1),
        bad);
    add(VisitorSrv, "ack/req missing", QJsonObject { { u"type"_s, u"ack"_s }, { u"message_id"_s, u"m"_s } }, bad);
    add(VisitorSrv, "error/code missing", QJsonObject { { u"type"_s, u"error"_s }, { u"req"_s, u"v1"_s } }, bad);
    add(VisitorSrv, "agent-only frame", Synced { 3 }.toJson(), bad);
    add(VisitorSrv, "events frame", std::get<Events>(agentServerFrames().at(4).frame).toJson(), bad);
}

void TestProtocol::malformedFrame()
{
    QFETCH(int, decoder);
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    QFETCH(QString, req);
    const std::optional<DecodeError> error = decodeWith(decoder, frame);
    QVERIFY2(error.has_value(), "decoded although malformed");
    QVERIFY2(errorCodeName(error->error.code) == code, qPrintable(describe(error->error)));
    QVERIFY(!error->error.message.isEmpty());
    QCOMPARE(error->req, req);
    QCOMPARE(error->req.isEmpty(), req.isEmpty());
}

void TestProtocol::frameSizeBoundary_data()
{
    QTest::addColumn<int>("decoder");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("agent-request") << int(AgentReq) << u"ping"_s << limits::MaxFrameBytes;
    QTest::newRow("agent-server") << int(AgentSrv) << u"pong"_s << limits::MaxServerFrameBytes;
    QTest::newRow("visitor-request") << int(VisitorReq) << u"ping"_s << limits::MaxFrameBytes;
    QTest::newRow("visitor-server") << int(VisitorSrv) << u"pong"_s << limits::MaxServerFrameBytes;
}

void TestProtocol::frameSizeBoundary()
{
    // Exactly at the limit is still a frame (its unknown "pad" field is ignored); one byte more is not.
    QFETCH(int, decoder);
    QFETCH(QString, type);
    QFETCH(qsizetype, limit);
    QCOMPARE(limits::MaxFrameBytes, 1024 * 1024); // the contract's 1 MiB
    QVERIFY(limits::MaxServerFrameBytes >= limits::MaxFrameBytes);
    const QByteArray fits = paddedFrame(type, limit);
    QCOMPARE(fits.size(), limit);
    const auto okError = decodeWith(decoder, fits);
    QVERIFY2(!okError.has_value(), okError ? qPrintable(describe(okError->error)) : "");
    const QByteArray over = paddedFrame(type, limit + 1);
    QCOMPARE(over.size(), limit + 1);
    const auto error = decodeWith(decoder, over);
    QVERIFY(error.has_value());
    QCOMPARE(error->error.code, ErrorCode::TooLarge);
    QCOMPARE(httpStatusFor(error->error.code), 413);
}

void TestProtocol::serverFramesMayExceedOneMiB()
{
    // One contact can legitimately encode to more than 1 MiB; a client must still accept the
    // event that carries it, or its catch-up could never finish.
    Contact big = sampleContact();
    big.attributes = {};
    for (qsizetype i = 0; i < limits::MaxAttributes; ++i)
        big.attributes.insert(u"a"_s + QString::number(i), chars(limits::MaxAttributeValueChars, QChar(0x6771)));
    QVERIFY(!validateAttributes(big.attributes, false).has_value());
    const Events events { { Event { 1, events::ContactUpdated, big.toJson() } } };
    const QByteArray bytes = encodeFrame(events);
    QVERIFY(bytes.size() > limits::MaxFrameBytes);
    QVERIFY(bytes.size() <= limits::MaxServerFrameBytes);
    const auto decoded = decodeAgentServerFrame(bytes);
    QVERIFY(std::holds_alternative<AgentServerFrame>(decoded));
    QVERIFY(std::get<Events>(std::get<AgentServerFrame>(decoded)) == events);
    auto back = Contact::fromJson(std::get<Events>(std::get<AgentServerFrame>(decoded)).events.first().data);
    QVERIFY(back.ok());
    QVERIFY(*back == big);
}

void TestProtocol::reqEchoedWhenReadable_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("req");
    QTest::newRow("bad field") << QByteArray(R"({"type":"send","req":"abc-1","client_id":5})") << u"abc-1"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"explode","req":"abc-2"})") << u"abc-2"_s;
    QTest::newRow("req after the bad field") << QByteArray(R"({"type":"fetch","limit":0,"conversation_id":"cv","req":"z"})")
                                             << u"z"_s;
    QTest::newRow("unicode req") << QByteArray(R"({"type":"delete_note","req":"zoë-1"})") << u"zoë-1"_s;
    QTest::newRow("longest req") << encodeJson(QJsonObject { { u"type"_s, u"fetch"_s }, { u"req"_s, chars(limits::MaxReqChars) } })
                                 << chars(limits::MaxReqChars);
    QTest::newRow("req too long") << encodeJson(QJsonObject { { u"type"_s, u"fetch"_s }, { u"req"_s, chars(limits::MaxReqChars + 1) } })
                                  << QString();
    QTest::newRow("req number") << QByteArray(R"({"type":"send","req":12})") << QString();
    QTest::newRow("req null") << QByteArray(R"({"type":"send","req":null})") << QString();
    QTest::newRow("invalid json") << QByteArray(R"({"type":"send","req":"r1",)") << QString();
    QTest::newRow("no type") << QByteArray(R"({"req":"r1"})") << QString();
}

void TestProtocol::reqEchoedWhenReadable()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, req);
    const auto decoded = decodeAgentRequest(frame);
    const auto *error = std::get_if<DecodeError>(&decoded);
    QVERIFY(error);
    QCOMPARE(error->req, req);
    // The server answers with an error frame that carries it (or null).
    const QJsonObject answer = ErrorFrame { error->req, error->error.code, error->error.message, std::nullopt }.toJson();
    if (req.isEmpty())
        QVERIFY(answer.value("req"_L1).isNull());
    else
        QCOMPARE(answer.value("req"_L1).toString(), req);
}

void TestProtocol::unknownErrorCodeReadAsInternal()
{
    // A newer server may add codes; an older client reads them as internal instead of failing.
    const auto decoded = decodeAgentServerFrame(R"({"type":"error","req":"r1","code":"quota_exceeded","message":"m"})");
    const auto *frame = std::get_if<AgentServerFrame>(&decoded);
    QVERIFY(frame);
    const auto *error = std::get_if<ErrorFrame>(frame);
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::Internal);
    QCOMPARE(error->req, u"r1"_s);
    QCOMPARE(error->message, u"m"_s);

    // message is optional, req may be null
    const auto bare = decodeAgentServerFrame(R"({"type":"error","req":null,"code":"unauthorized"})");
    QVERIFY(std::holds_alternative<AgentServerFrame>(bare));
    const auto &e = std::get<ErrorFrame>(std::get<AgentServerFrame>(bare));
    QCOMPARE(e.code, ErrorCode::Unauthorized);
    QVERIFY(e.req.isNull());
}

void TestProtocol::unknownEventNameIsPassedOn()
{
    // Event names from a newer server decode; the client skips what it does not know but
    // still counts its seq.
    const QByteArray bytes = R"({"type":"events","events":[{"seq":9,"name":"invoice.created","data":{"x":1}}]})";
    const auto decoded = decodeAgentServerFrame(bytes);
    QVERIFY(std::holds_alternative<AgentServerFrame>(decoded));
    const Events &events = std::get<Events>(std::get<AgentServerFrame>(decoded));
    QCOMPARE(events.events.size(), 1);
    QCOMPARE(events.events.first().seq, 9);
    QCOMPARE(events.events.first().name, u"invoice.created"_s);
    QCOMPARE(events.events.first().data, QJsonObject({ { u"x"_s, 1 } }));
    QVERIFY(!events::isKnown(events.events.first().name));
    for (const QString &name : { events::ConversationCreated, events::ConversationUpdated, events::MessageCreated,
                                 events::MessageDeleted, events::ContactUpdated, events::ContactEventName,
                                 events::AgentUpdated, events::TeamUpdated, events::ArticleUpdated,
                                 events::SavedReplyUpdated, events::WorkspaceUpdated })
        QVERIFY2(events::isKnown(name), qPrintable(name));
    QCOMPARE(events::ContactEventName, u"contact.event"_s);
    QCOMPARE(events::SavedReplyUpdated, u"saved_reply.updated"_s);
}

void TestProtocol::parseObjectForHttpBodies()
{
    auto ok = parseObject(R"({"email":"admin@demo.confab","password":"demo"})", limits::MaxHttpBodyBytes);
    QVERIFY(ok.ok());
    QCOMPARE(ok->value("email"_L1).toString(), u"admin@demo.confab"_s);
    auto notObject = parseObject("[1,2]", limits::MaxHttpBodyBytes);
    QVERIFY(!notObject.ok());
    QCOMPARE(notObject.error().code, ErrorCode::BadRequest);
    auto tooLarge = parseObject(QByteArray(101, ' ') + "{}", 100);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().code, ErrorCode::TooLarge);
    auto fits = parseObject(QByteArray(98, ' ') + "{}", 100);
    QVERIFY(fits.ok());
}

// ================================================================ time

void TestProtocol::formatTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    const QDate day(2026, 11, 23);
    QTest::newRow("utc with ms") << QDateTime(day, QTime(10, 15, 30, 123), Qt::UTC) << u"2026-11-23T10:15:30.123Z"_s;
    QTest::newRow("whole second gets .000") << QDateTime(day, QTime(10, 15, 30), Qt::UTC) << u"2026-11-23T10:15:30.000Z"_s;
    QTest::newRow("single-digit ms padded") << QDateTime(day, QTime(0, 0, 0, 7), Qt::UTC) << u"2026-11-23T00:00:00.007Z"_s;
    QTest::newRow("offset +02:00 to utc") << QDateTime(day, QTime(10, 15, 30, 123), Qt::OffsetFromUTC, 7200)
                                          << u"2026-11-23T08:15:30.123Z"_s;
    QTest::newRow("offset -05:30 to utc") << QDateTime(day, QTime(22, 0, 0), Qt::OffsetFromUTC, -19800)
                                          << u"2026-11-24T03:30:00.000Z"_s;
    QTest::newRow("named zone to utc") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Berlin"))
                                       << u"2026-07-01T10:00:00.000Z"_s;
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("invalid gives empty") << QDateTime() << QString();
}

void TestProtocol::formatTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(confab::protocol::formatTime(time), text);
    if (time.isValid()) {
        const QDateTime back = confab::protocol::parseTime(text);
        QCOMPARE(back, time);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }
}

void TestProtocol::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // formatTime of the result; empty = rejected
    QTest::newRow("canonical") << u"2026-11-23T10:15:30.123Z"_s << u"2026-11-23T10:15:30.123Z"_s;
    QTest::newRow("no fraction") << u"2026-11-23T10:15:30Z"_s << u"2026-11-23T10:15:30.000Z"_s;
    QTest::newRow("one fraction digit") << u"2026-11-23T10:15:30.1Z"_s << u"2026-11-23T10:15:30.100Z"_s;
    QTest::newRow("microseconds") << u"2026-11-23T10:15:30.123456Z"_s << u"2026-11-23T10:15:30.123Z"_s;
    QTest::newRow("offset +02:00") << u"2026-11-23T10:15:30.123+02:00"_s << u"2026-11-23T08:15:30.123Z"_s;
    QTest::newRow("offset -05:30") << u"2026-11-23T22:00:00.000-05:30"_s << u"2026-11-24T03:30:00.000Z"_s;
    QTest::newRow("offset +00:00") << u"2026-11-23T10:15:30.123+00:00"_s << u"2026-11-23T10:15:30.123Z"_s;
    QTest::newRow("offset crosses the year") << u"2026-01-01T00:30:00.000+01:00"_s << u"2025-12-31T23:30:00.000Z"_s;
    QTest::newRow("lower-case t and z") << u"2026-11-23t10:15:30.123z"_s << u"2026-11-23T10:15:30.123Z"_s;
    QTest::newRow("leap day") << u"2028-02-29T12:00:00Z"_s << u"2028-02-29T12:00:00.000Z"_s;

    const QString rejected;
    QTest::newRow("empty") << QString() << rejected;
    QTest::newRow("garbage") << u"garbage"_s << rejected;
    QTest::newRow("date only") << u"2026-11-23"_s << rejected;
    QTest::newRow("no zone") << u"2026-11-23T10:15:30"_s << rejected;
    QTest::newRow("no zone with ms") << u"2026-11-23T10:15:30.123"_s << rejected;
    QTest::newRow("space instead of T") << u"2026-11-23 10:15:30.123Z"_s << rejected;
    QTest::newRow("offset without colon") << u"2026-11-23T10:15:30+0200"_s << rejected;
    QTest::newRow("offset hours only") << u"2026-11-23T10:15:30+02"_s << rejected;
    QTest::newRow("comma fraction") << u"2026-11-23T10:15:30,123Z"_s << rejected;
    QTest::newRow("empty fraction") << u"2026-11-23T10:15:30.Z"_s << rejected;
    QTest::newRow("no seconds") << u"2026-11-23T10:15Z"_s << rejected;
    QTest::newRow("february 30") << u"2026-02-30T10:15:30Z"_s << rejected;
    QTest::newRow("hour 25") << u"2026-11-23T25:15:30Z"_s << rejected;
    QTest::newRow("minute 61") << u"2026-11-23T10:61:30Z"_s << rejected;
    QTest::newRow("month 13") << u"2026-13-01T10:15:30Z"_s << rejected;
    QTest::newRow("trailing newline") << u"2026-11-23T10:15:30.123Z\n"_s << rejected;
    QTest::newRow("leading space") << u" 2026-11-23T10:15:30.123Z"_s << rejected;
    QTest::newRow("trailing junk") << u"2026-11-23T10:15:30.123Zjunk"_s << rejected;
    QTest::newRow("unix seconds") << u"1700000000"_s << rejected;
    QTest::newRow("arabic-indic digits") << u"٢٠٢٦-11-23T10:15:30Z"_s << rejected;
    QTest::newRow("two-digit year") << u"26-11-23T10:15:30Z"_s << rejected;
    QTest::newRow("too many fraction digits") << u"2026-11-23T10:15:30.1234567890Z"_s << rejected;
    QTest::newRow("very long") << (u"2026-11-23T10:15:30.123Z"_s + chars(1000, u' ')) << rejected;
}

void TestProtocol::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime t = confab::protocol::parseTime(text);
    if (utc.isEmpty()) {
        QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(t.isValid());
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(confab::protocol::formatTime(t), utc);
}

void TestProtocol::timeFieldsAcceptOffsets()
{
    // Entities read any RFC 3339 offset and write UTC back.
    QJsonObject json = sampleContactEvent().toJson();
    json.insert(u"occurred_at"_s, u"2026-11-20T09:00:00.000+01:00"_s);
    auto event = ContactEvent::fromJson(json);
    QVERIFY2(event.ok(), qPrintable(describe(event.error())));
    QCOMPARE(event->occurredAt, sampleContactEvent().occurredAt);
    QCOMPARE(event->toJson().value("occurred_at"_L1).toString(), u"2026-11-20T08:00:00.000Z"_s);
    QVERIFY(!nowTime().isEmpty());
    QVERIFY(confab::protocol::parseTime(nowTime()).isValid());
    QVERIFY(nowTime().endsWith(u'Z'));
}

// ================================================================ admin links

void TestProtocol::expandAdminLink_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QJsonObject>("contact"); // Contact JSON
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("missing");

    const QJsonObject base { { u"id"_s, u"c_1"_s },
                             { u"name"_s, u"Zoë Ångström"_s },
                             { u"email"_s, u"zoe+test@example.com"_s },
                             { u"external_id"_s, u"u 42"_s },
                             { u"attributes"_s,
                               QJsonObject { { u"plan"_s, u"pro"_s },
                                             { u"path"_s, u"a/b?c=d&e#f"_s },
                                             { u"city"_s, u"東京"_s },
                                             { u"percent"_s, u"100%"_s },
                                             { u"session_count"_s, 12 },
                                             { u"big"_s, 12345678901234.0 },
                                             { u"ratio"_s, 1.5 },
                                             { u"negative"_s, -3 },
                                             { u"paid"_s, true },
                                             { u"trial"_s, false },
                                             { u"empty"_s, u""_s } } } };
    auto row = [](const char *name, const QString &tpl, const QJsonObject &contact, const QString &url, bool missing) {
        QTest::newRow(name) << tpl << contact << url << missing;
    };
    row("external_id with space", u"https://admin.example.com/users/{external_id}"_s, base,
        u"https://admin.example.com/users/u%2042"_s, false);
    row("email with + and @", u"https://dash.example.com/search?query={email}"_s, base,
        u"https://dash.example.com/search?query=zoe%2Btest%40example.com"_s, false);
    row("id", u"https://x.io/c/{id}"_s, base, u"https://x.io/c/c_1"_s, false);
    row("name with unicode and space", u"https://x.io/?n={name}"_s, base,
        u"https://x.io/?n=Zo%C3%AB%20%C3%85ngstr%C3%B6m"_s, false);
    row("attribute with / ? & = #", u"https://x.io/p/{path}"_s, base, u"https://x.io/p/a%2Fb%3Fc%3Dd%26e%23f"_s, false);
    row("attribute with CJK", u"https://x.io/city/{city}"_s, base, u"https://x.io/city/%E6%9D%B1%E4%BA%AC"_s, false);
    row("attribute with %", u"https://x.io/{percent}"_s, base, u"https://x.io/100%25"_s, false);
    row("integer attribute", u"https://x.io/s/{session_count}"_s, base, u"https://x.io/s/12"_s, false);
    row("large integer attribute", u"https://x.io/b/{big}"_s, base, u"https://x.io/b/12345678901234"_s, false);
    row("fractional attribute", u"https://x.io/r/{ratio}"_s, base, u"https://x.io/r/1.5"_s, false);
    row("negative attribute", u"https://x.io/n/{negative}"_s, base, u"https://x.io/n/-3"_s, false);
    row("bool true", u"https://x.io/?paid={paid}"_s, base, u"https://x.io/?paid=true"_s, false);
    row("bool false", u"https://x.io/?trial={trial}"_s, base, u"https://x.io/?trial=false"_s, false);
    row("several placeholders", u"https://x.io/{plan}/{external_id}?e={email}"_s, base,
        u"https://x.io/pro/u%2042?e=zoe%2Btest%40example.com"_s, false);
    row("same placeholder twice", u"{plan}-{plan}"_s, base, u"pro-pro"_s, false);
    row("no placeholders", u"https://x.io/static"_s, base, u"https://x.io/static"_s, false);
    row("missing attribute", u"https://x.io/{promo_code}"_s, base, u"https://x.io/"_s, true);
    row("empty attribute is missing", u"https://x.io/{empty}"_s, base, u"https://x.io/"_s, true);
    row("one of several missing", u"https://x.io/{plan}/{promo_code}"_s, base, u"https://x.io/pro/"_s, true);
    row("null external_id", u"https://x.io/{external_id}"_s, without(base, u"external_id"_s), u"https://x.io/"_s, true);
    row("null email", u"mailto:{email}"_s, with(base, u"email"_s, QJsonValue::Null), u"mailto:"_s, true);
    row("not a placeholder", u"https://x.io/{not valid}/{}"_s, base, u"https://x.io/{not valid}/{}"_s, false);
}

void TestProtocol::expandAdminLink()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QJsonObject, contact);
    QFETCH(QString, url);
    QFETCH(bool, missing);
    auto c = Contact::fromJson(contact);
    QVERIFY2(c.ok(), qPrintable(describe(c.error())));
    bool isMissing = !missing; // must be overwritten
    QCOMPARE(confab::protocol::expandAdminLink(urlTemplate, *c, &isMissing), url);
    QCOMPARE(isMissing, missing);
}

void TestProtocol::expandAdminLinkWithoutMissingFlag()
{
    Contact c = anonymousContact();
    QCOMPARE(confab::protocol::expandAdminLink(u"https://x.io/{email}"_s, c), u"https://x.io/"_s);
    QCOMPARE(confab::protocol::expandAdminLink(u"https://x.io/{id}"_s, c, nullptr), u"https://x.io/c_2"_s);
}

// ================================================================ errors

void TestProtocol::errorCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("bad_request") << int(ErrorCode::BadRequest) << u"bad_request"_s << 400;
    QTest::newRow("unauthorized") << int(ErrorCode::Unauthorized) << u"unauthorized"_s << 401;
    QTest::newRow("forbidden") << int(ErrorCode::Forbidden) << u"forbidden"_s << 403;
    QTest::newRow("not_found") << int(ErrorCode::NotFound) << u"not_found"_s << 404;
    QTest::newRow("conflict") << int(ErrorCode::Conflict) << u"conflict"_s << 409;
    QTest::newRow("too_large") << int(ErrorCode::TooLarge) << u"too_large"_s << 413;
    QTest::newRow("rate_limited") << int(ErrorCode::RateLimited) << u"rate_limited"_s << 429;
    QTest::newRow("internal") << int(ErrorCode::Internal) << u"internal"_s << 500;
}

void TestProtocol::errorCodes()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(int, status);
    const auto c = ErrorCode(code);
    QCOMPARE(errorCodeName(c), name);
    QCOMPARE(httpStatusFor(c), status);
    QCOMPARE(errorCodeFromName(name), std::optional<ErrorCode>(c));
    // And on the wire, in an error frame, both ways.
    const QByteArray bytes = encodeFrame(ErrorFrame { u"r"_s, c, u"words"_s, std::nullopt });
    QVERIFY(bytes.contains(QByteArray(QByteArray("\"code\":\"") + name.toUtf8() + '"')));
    const auto decoded = decodeAgentServerFrame(bytes);
    QVERIFY(std::holds_alternative<AgentServerFrame>(decoded));
    QCOMPARE(std::get<ErrorFrame>(std::get<AgentServerFrame>(decoded)).code, c);
}

void TestProtocol::errorCodeFromUnknownName()
{
    QVERIFY(!errorCodeFromName(u"nope"_s).has_value());
    QVERIFY(!errorCodeFromName(QString()).has_value());
    QVERIFY(!errorCodeFromName(u"Bad_Request"_s).has_value());
    QVERIFY(!errorCodeFromName(u"bad_request "_s).has_value());
    // Result<T> carries a value or an error.
    Result<int> value(5);
    QVERIFY(value.ok());
    QCOMPARE(*value, 5);
    Result<int> error(Error { ErrorCode::NotFound, u"no such conversation"_s });
    QVERIFY(!error.ok());
    QCOMPARE(error.error().code, ErrorCode::NotFound);
}

// ================================================================ docs/protocol.md

namespace {
// Decodes an entity example; with `exact`, its toJson() must be the example itself.
void checkEntityExample(const QString &kind, const QJsonObject &json, bool exact)
{
    auto check = [&](const auto &result) {
        QVERIFY2(result.ok(), qPrintable(kind + u": "_s + describe(result.error())));
        if (exact)
            QCOMPARE(result->toJson(), json);
    };
    if (kind == "agent"_L1) check(Agent::fromJson(json));
    else if (kind == "team"_L1) check(Team::fromJson(json));
    else if (kind == "contact"_L1) check(Contact::fromJson(json));
    else if (kind == "contact_event"_L1) check(ContactEvent::fromJson(json));
    else if (kind == "conversation"_L1) check(Conversation::fromJson(json));
    else if (kind == "message"_L1) check(Message::fromJson(json));
    else if (kind == "article"_L1) check(Article::fromJson(json));
    else if (kind == "saved_reply"_L1) check(SavedReply::fromJson(json));
    else if (kind == "workspace"_L1) check(Workspace::fromJson(json));
    else if (kind == "visitor_message"_L1) check(VisitorMessage::fromJson(json));
    else QFAIL(qPrintable(u"unknown entity kind in docs: "_s + kind));
}

QString entityKindOfEvent(const QString &name)
{
    if (name.startsWith(u"conversation."_s)) return u"conversation"_s;
    if (name.startsWith(u"message."_s)) return u"message"_s;
    if (name == events::ContactUpdated) return u"contact"_s;
    if (name == events::ContactEventName) return u"contact_event"_s;
    if (name == events::AgentUpdated) return u"agent"_s;
    if (name == events::TeamUpdated) return u"team"_s;
    if (name == events::ArticleUpdated) return u"article"_s;
    if (name == events::SavedReplyUpdated) return u"saved_reply"_s;
    if (name == events::WorkspaceUpdated) return u"workspace"_s;
    return {};
}

// Decodes a frame example with the decoder of its direction; with `exact`, encoding the
// decoded frame must give the example back.
template<typename V>
void checkFrameExample(const Decoded<V> &decoded, const QJsonObject &json, bool exact)
{
    if (const auto *e = std::get_if<DecodeError>(&decoded))
        QFAIL(qPrintable(describe(e->error)));
    const V &frame = std::get<V>(decoded);
    if (exact)
        QCOMPARE(QJsonDocument::fromJson(encodeFrame(frame)).object(), json);
}
} // namespace

void TestProtocol::documentedExamples()
{
    // Every JSON example of docs/protocol.md is marked with what it is; each must decode, and
    // the ones marked exact must be exactly what the code emits. Every frame type of every
    // direction and every entity must have an example.
    const QString path = QFINDTESTDATA("../docs/protocol.md");
    QVERIFY2(!path.isEmpty(), "docs/protocol.md not found");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    static const QRegularExpression block(
        uR"(<!-- example: ([a-z_:-]+)( exact)? -->\s*```json\n(.*?)```)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QSet<QString>> seenTypes;
    QSet<QString> seenEntities;
    int examples = 0;
    auto it = block.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString kind = m.captured(1);
        const bool exact = !m.captured(2).isEmpty();
        const QByteArray body = m.captured(3).toUtf8();
        const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
        const QString where = u"docs/protocol.md:%1 (%2)"_s.arg(line).arg(kind);
        ++examples;

        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(where + u": "_s + pe.errorString()));
        QVERIFY2(doc.isObject(), qPrintable(where + u": not an object"_s));
        const QJsonObject json = doc.object();

        if (kind.startsWith(u"entity:"_s)) {
            const QString entity = kind.mid(7);
            seenEntities.insert(entity);
            checkEntityExample(entity, json, exact);
        } else if (kind == "agent-request"_L1) {
            checkFrameExample(decodeAgentRequest(body), json, exact);
        } else if (kind == "agent-server"_L1) {
            checkFrameExample(decodeAgentServerFrame(body), json, exact);
            for (const QJsonValue &v : json.value("events"_L1).toArray()) {
                const QString name = v.toObject().value("name"_L1).toString();
                QVERIFY2(events::isKnown(name), qPrintable(where + u": unknown event "_s + name));
                checkEntityExample(entityKindOfEvent(name), v.toObject().value("data"_L1).toObject(), exact);
                if (QTest::currentTestFailed())
                    break;
            }
        } else if (kind == "visitor-request"_L1) {
            checkFrameExample(decodeVisitorRequest(body), json, exact);
        } else if (kind == "visitor-server"_L1) {
            checkFrameExample(decodeVisitorServerFrame(body), json, exact);
        } else {
            QVERIFY2(kind == "http"_L1, qPrintable(where + u": unknown example kind"_s));
        }
        if (QTest::currentTestFailed()) {
            qWarning("%s", qPrintable(where));
            return;
        }
        if (kind != "http"_L1 && !kind.startsWith(u"entity:"_s))
            seenTypes[kind].insert(json.value("type"_L1).toString());
    }

    // No JSON block escapes the check.
    QCOMPARE(examples, int(text.count(u"```json"_s)));

    auto typesOf = [](const auto &cases) {
        QSet<QString> types;
        for (const auto &c : cases)
            types.insert(c.info.type);
        return types;
    };
    QCOMPARE(seenTypes.value(u"agent-request"_s), typesOf(agentRequests()));
    QCOMPARE(seenTypes.value(u"agent-server"_s), typesOf(agentServerFrames()));
    QCOMPARE(seenTypes.value(u"visitor-request"_s), typesOf(visitorRequests()));
    QCOMPARE(seenTypes.value(u"visitor-server"_s), typesOf(visitorServerFrames()));
    QCOMPARE(seenEntities,
             QSet<QString>({ u"agent"_s, u"team"_s, u"contact"_s, u"contact_event"_s, u"conversation"_s, u"message"_s,
                             u"article"_s, u"saved_reply"_s, u"workspace"_s, u"visitor_message"_s }));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
