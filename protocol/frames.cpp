#include "frames.h"

#include "jsonreader.h"
#include "limits.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace confab::protocol {

using namespace Qt::StringLiterals;
using R = JsonReader;

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject typed(const QString &type, std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o(fields);
    o.insert(u"type"_s, type);
    return o;
}

} // namespace

bool events::isKnown(const QString &name)
{
    static const QStringList known { ConversationCreated, ConversationUpdated, MessageCreated, MessageDeleted,
                                     ContactUpdated,      ContactEventName,    AgentUpdated,   TeamUpdated,
                                     ArticleUpdated,      SavedReplyUpdated,   WorkspaceUpdated };
    return known.contains(name);
}

// ---------------- toJson
QJsonObject Hello::toJson() const
{
    return typed(u"hello"_s, { { u"protocol"_s, protocol }, { u"token"_s, token }, { u"since"_s, since },
                               { u"log_id"_s, nullable(logId) } });
}
QJsonObject Send::toJson() const
{
    return typed(u"send"_s, { { u"req"_s, req }, { u"client_id"_s, clientId }, { u"conversation_id"_s, conversationId },
                              { u"kind"_s, kind }, { u"body"_s, body },
                              { u"mentions"_s, QJsonArray::fromStringList(mentions) } });
}
QJsonObject Start::toJson() const
{
    return typed(u"start"_s, { { u"req"_s, req }, { u"client_id"_s, clientId }, { u"contact_id"_s, contactId },
                               { u"channel"_s, channel }, { u"subject"_s, nullable(subject) }, { u"body"_s, body } });
}
QJsonObject Update::toJson() const
{
    return typed(u"update"_s, { { u"req"_s, req }, { u"client_id"_s, clientId }, { u"conversation_id"_s, conversationId },
                                { u"base_version"_s, baseVersion }, { u"set"_s, set } });
}
QJsonObject UpdateContact::toJson() const
{
    return typed(u"update_contact"_s,
                 { { u"req"_s, req }, { u"client_id"_s, clientId }, { u"contact_id"_s, contactId }, { u"set"_s, set } });
}
QJsonObject DeleteNote::toJson() const
{
    return typed(u"delete_note"_s, { { u"req"_s, req }, { u"message_id"_s, messageId } });
}
QJsonObject Fetch::toJson() const
{
    return typed(u"fetch"_s, { { u"req"_s, req }, { u"conversation_id"_s, conversationId },
                               { u"before"_s, nullable(before) }, { u"limit"_s, limit } });
}
QJsonObject Read::toJson() const
{
    return typed(u"read"_s, { { u"conversation_id"_s, conversationId }, { u"message_id"_s, messageId } });
}
QJsonObject TypingRequest::toJson() const
{
    QJsonObject o = typed(u"typing"_s, { { u"conversation_id"_s, conversationId }, { u"on"_s, on } });
    if (!mode.isNull())
        o.insert(u"mode"_s, mode);
    return o;
}
QJsonObject ViewingRequest::toJson() const
{
    return typed(u"viewing"_s, { { u"conversation_id"_s, conversationId } });
}
QJsonObject Ping::toJson() const
{
    return typed(u"ping"_s, {});
}
QJsonObject Welcome::toJson() const
{
    return typed(u"welcome"_s, { { u"agent"_s, agent.toJson() }, { u"head"_s, head }, { u"log_id"_s, logId },
                                 { u"mode"_s, mode }, { u"reset"_s, reset } });
}
QJsonObject Snapshot::toJson() const
{
    return typed(u"snapshot"_s, { { u"workspace"_s, workspace.id.isEmpty() ? QJsonObject() : workspace.toJson() },
                                  { u"agents"_s, listToJson(agents) },
                                  { u"teams"_s, listToJson(teams) },
                                  { u"contacts"_s, listToJson(contacts) },
                                  { u"conversations"_s, listToJson(conversations) },
                                  { u"messages"_s, listToJson(messages) },
                                  { u"articles"_s, listToJson(articles) },
                                  { u"saved_replies"_s, listToJson(savedReplies) },
                                  { u"last"_s, last } });
}
QJsonObject Event::toJson() const
{
    return QJsonObject { { u"seq"_s, seq }, { u"name"_s, name }, { u"data"_s, data } };
}
QJsonObject Events::toJson() const
{
    return typed(u"events"_s, { { u"events"_s, listToJson(events) } });
}
QJsonObject Synced::toJson() const
{
    return typed(u"synced"_s, { { u"head"_s, head } });
}
QJsonObject Ack::toJson() const
{
    QJsonObject o = typed(u"ack"_s, { { u"req"_s, req } });
    if (!messageId.isNull())
        o.insert(u"message_id"_s, messageId);
    if (!conversationId.isNull())
        o.insert(u"conversation_id"_s, conversationId);
    if (seq > 0)
        o.insert(u"seq"_s, seq);
    if (version > 0)
        o.insert(u"version"_s, version);
    return o;
}
QJsonObject ErrorFrame::toJson() const
{
    QJsonObject o = typed(u"error"_s, { { u"req"_s, nullable(req) }, { u"code"_s, errorCodeName(code) },
                                        { u"message"_s, message } });
    if (current)
        o.insert(u"current"_s, current->toJson());
    return o;
}
QJsonObject MessagesPage::toJson() const
{
    return typed(u"messages"_s, { { u"req"_s, req }, { u"messages"_s, listToJson(messages) }, { u"complete"_s, complete } });
}
QJsonObject TypingEvent::toJson() const
{
    return typed(u"typing"_s, { { u"conversation_id"_s, conversationId }, { u"agent_id"_s, agentId }, { u"on"_s, on } });
}
QJsonObject PresenceEvent::toJson() const
{
    return typed(u"presence"_s, { { u"agent_id"_s, agentId }, { u"status"_s, status } });
}
QJsonObject ViewingEvent::toJson() const
{
    return typed(u"viewing"_s, { { u"conversation_id"_s, conversationId }, { u"agent_id"_s, agentId } });
}
QJsonObject Pong::toJson() const
{
    return typed(u"pong"_s, {});
}
QJsonObject VisitorHello::toJson() const
{
    QJsonObject o = typed(u"hello"_s, { { u"protocol"_s, protocol }, { u"workspace_key"_s, workspaceKey },
                                        { u"visitor_token"_s, nullable(visitorToken) } });
    if (!identity.isEmpty())
        o.insert(u"identity"_s, identity);
    if (!context.isEmpty())
        o.insert(u"context"_s, context);
    return o;
}
QJsonObject VisitorSend::toJson() const
{
    return typed(u"send"_s, { { u"req"_s, req }, { u"client_id"_s, clientId }, { u"body"_s, body } });
}
QJsonObject VisitorTyping::toJson() const
{
    return typed(u"typing"_s, { { u"on"_s, on } });
}
QJsonObject VisitorWelcome::toJson() const
{
    return typed(u"welcome"_s, { { u"visitor_token"_s, visitorToken }, { u"contact_id"_s, contactId } });
}
QJsonObject VisitorMessage::toJson() const
{
    QJsonObject author { { u"type"_s, authorType } };
    if (!authorName.isNull())
        author.insert(u"name"_s, authorName);
    QJsonObject o { { u"id"_s, id },           { u"conversation_id"_s, conversationId },
                    { u"author"_s, author },   { u"body"_s, body },
                    { u"created_at"_s, formatTime(createdAt) } };
    if (!clientId.isNull())
        o.insert(u"client_id"_s, clientId);
    return o;
}
Result<VisitorMessage> VisitorMessage::fromJson(const QJsonObject &o)
{
    R r(o, u"message"_s);
    VisitorMessage m;
    m.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    m.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
    m.clientId = r.nullableString("client_id"_L1, limits::MaxIdChars);
    m.body = r.string("body"_L1, R::Optional, limits::MaxMessageBodyChars);
    m.createdAt = r.nullableTime("created_at"_L1);
    const QJsonObject author = r.object("author"_L1, R::Required);
    if (!r.ok())
        return *r.takeError();
    R ar(author, u"message.author"_s);
    m.authorType = ar.oneOf("type"_L1, R::Required, { "agent"_L1, "contact"_L1 });
    m.authorName = ar.nullableString("name"_L1, limits::MaxNameChars);
    if (!ar.ok())
        return *ar.takeError();
    return m;
}
QJsonObject History::toJson() const
{
    return typed(u"history"_s, { { u"messages"_s, listToJson(messages) } });
}
QJsonObject VisitorMessageFrame::toJson() const
{
    return typed(u"message"_s, { { u"message"_s, message.toJson() } });
}
QJsonObject VisitorTypingEvent::toJson() const
{
    return typed(u"typing"_s, { { u"conversation_id"_s, conversationId }, { u"agent_name"_s, agentName }, { u"on"_s, on } });
}

// ---------------- encode / parse
QByteArray encodeJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseObject(const QByteArray &utf8, qsizetype maxBytes)
{
    if (utf8.size() > maxBytes)
        return Error { ErrorCode::TooLarge, QStringLiteral("frame is larger than %1 bytes").arg(maxBytes) };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error { ErrorCode::BadRequest, QStringLiteral("invalid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset) };
    if (!doc.isObject())
        return Error { ErrorCode::BadRequest, QStringLiteral("a frame must be a JSON object") };
    return doc.object();
}

std::optional<Error> validateConversationSet(const QJsonObject &set)
{
    if (set.isEmpty())
        return Error { ErrorCode::BadRequest, QStringLiteral("'set' must change at least one field") };
    R r(set, u"set"_s);
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QString k = it.key();
        if (k == "status"_L1)
            r.oneOf("status"_L1, R::Required, { "open"_L1, "snoozed"_L1, "resolved"_L1 });
        else if (k == "snoozed_until"_L1)
            r.nullableTime("snoozed_until"_L1);
        else if (k == "assignee_id"_L1)
            r.nullableString("assignee_id"_L1, limits::MaxIdChars);
        else if (k == "team_id"_L1)
            r.nullableString("team_id"_L1, limits::MaxIdChars);
        else if (k == "priority"_L1)
            r.oneOf("priority"_L1, R::Required, { "none"_L1, "low"_L1, "high"_L1, "urgent"_L1 });
        else if (k == "tags"_L1) {
            const QStringList tags = r.stringList("tags"_L1, R::Required, limits::MaxTags, limits::MaxTagChars);
            if (r.ok())
                if (auto e = validateTags(tags))
                    return e;
        } else
            return Error { ErrorCode::BadRequest, QStringLiteral("'set' cannot change '%1'").arg(k.left(64)) };
    }
    if (!r.ok())
        return r.takeError();
    // Snoozing needs a time to wake up at: absent or null snoozed_until is refused.
    if (set.value("status"_L1).toString() == "snoozed"_L1 && !set.value("snoozed_until"_L1).isString())
        return Error { ErrorCode::BadRequest, QStringLiteral("snoozing needs 'snoozed_until'") };
    return std::nullopt;
}

std::optional<Error> validateContactSet(const QJsonObject &set)
{
    if (set.isEmpty())
        return Error { ErrorCode::BadRequest, QStringLiteral("'set' must change at least one field") };
    R r(set, u"set"_s);
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QString k = it.key();
        if (k == "name"_L1)
            r.nullableString("name"_L1, limits::MaxNameChars);
        else if (k == "email"_L1)
            r.nullableString("email"_L1, limits::MaxEmailChars);
        else if (k == "tags"_L1) {
            const QStringList tags = r.stringList("tags"_L1, R::Required, limits::MaxTags, limits::MaxTagChars);
            if (r.ok())
                if (auto e = validateTags(tags))
                    return e;
        } else if (k == "attributes"_L1) {
            const QJsonObject attrs = r.object("attributes"_L1, R::Required);
            if (r.ok())
                if (auto e = validateAttributes(attrs, true))
                    return e;
        } else
            return Error { ErrorCode::BadRequest, QStringLiteral("'set' cannot change '%1'").arg(k.left(64)) };
    }
    if (!r.ok())
        return r.takeError();
    return std::nullopt;
}

namespace {

template<typename Variant>
Decoded<Variant> fail(ErrorCode code, const QString &message, const QString &req = {})
{
    return DecodeError { Error { code, message }, req };
}

template<typename Variant>
Decoded<Variant> failFrom(JsonReader &r, const QString &req)
{
    return DecodeError { *r.takeError(), req };
}

QString readReq(const QJsonObject &o)
{
    const QJsonValue v = o.value("req"_L1);
    if (v.isString() && v.toString().size() <= limits::MaxReqChars)
        return v.toString();
    return {};
}

// Common prologue: parse, require a string "type".
Result<QJsonObject> frameObject(const QByteArray &utf8, QString *type, qsizetype maxBytes)
{
    auto parsed = parseObject(utf8, maxBytes);
    if (!parsed)
        return parsed;
    const QJsonValue t = parsed->value("type"_L1);
    if (!t.isString())
        return Error { ErrorCode::BadRequest, QStringLiteral("a frame needs a string 'type'") };
    *type = t.toString();
    return parsed;
}

} // namespace

Decoded<AgentRequest> decodeAgentRequest(const QByteArray &utf8)
{
    using V = AgentRequest;
    QString type;
    auto obj = frameObject(utf8, &type, limits::MaxFrameBytes);
    if (!obj)
        return DecodeError { obj.error(), {} };
    const QJsonObject &o = *obj;
    const QString req = readReq(o);
    R r(o);
    auto needReq = [&] {
        r.string("req"_L1, R::Required, limits::MaxReqChars);
    };

    if (type == "hello"_L1) {
        Hello h;
        h.protocol = int(r.integer("protocol"_L1, R::Required, 0, 1000));
        h.token = r.string("token"_L1, R::Required, 1024);
        h.since = r.integer("since"_L1, R::Optional, 0, qint64(1) << 53);
        h.logId = r.nullableString("log_id"_L1, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(h);
    }
    if (type == "send"_L1) {
        Send s;
        needReq();
        s.req = req;
        s.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
        s.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        s.kind = r.oneOf("kind"_L1, R::Required, { "reply"_L1, "note"_L1 });
        s.body = r.string("body"_L1, R::Required, limits::MaxMessageBodyChars);
        s.mentions = r.stringList("mentions"_L1, R::Optional, limits::MaxMentions, limits::MaxIdChars);
        if (r.ok() && s.body.trimmed().isEmpty())
            r.fail(QStringLiteral("a message body must not be blank"));
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(s);
    }
    if (type == "start"_L1) {
        Start s;
        needReq();
        s.req = req;
        s.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
        s.contactId = r.string("contact_id"_L1, R::Required, limits::MaxIdChars);
        s.channel = r.oneOf("channel"_L1, R::Required, { "chat"_L1, "email"_L1 });
        s.subject = r.nullableString("subject"_L1, limits::MaxSubjectChars);
        s.body = r.string("body"_L1, R::Required, limits::MaxMessageBodyChars);
        if (r.ok() && s.body.trimmed().isEmpty())
            r.fail(QStringLiteral("a message body must not be blank"));
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(s);
    }
    if (type == "update"_L1) {
        Update u;
        needReq();
        u.req = req;
        u.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
        u.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        u.baseVersion = r.integer("base_version"_L1, R::Required, 0, qint64(1) << 53);
        u.set = r.object("set"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        if (auto e = validateConversationSet(u.set))
            return DecodeError { *e, req };
        return V(u);
    }
    if (type == "update_contact"_L1) {
        UpdateContact u;
        needReq();
        u.req = req;
        u.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
        u.contactId = r.string("contact_id"_L1, R::Required, limits::MaxIdChars);
        u.set = r.object("set"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        if (auto e = validateContactSet(u.set))
            return DecodeError { *e, req };
        return V(u);
    }
    if (type == "delete_note"_L1) {
        DeleteNote d;
        needReq();
        d.req = req;
        d.messageId = r.string("message_id"_L1, R::Required, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(d);
    }
    if (type == "fetch"_L1) {
        Fetch f;
        needReq();
        f.req = req;
        f.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        f.before = r.nullableString("before"_L1, limits::MaxIdChars);
        f.limit = int(r.integer("limit"_L1, R::Optional, limits::MinFetchLimit, limits::MaxFetchLimit, 50));
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(f);
    }
    if (type == "read"_L1) {
        Read rd;
        rd.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        rd.messageId = r.string("message_id"_L1, R::Required, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(rd);
    }
    if (type == "typing"_L1) {
        TypingRequest t;
        t.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        t.on = r.boolean("on"_L1, R::Required);
        t.mode = r.oneOf("mode"_L1, R::Optional, { "reply"_L1, "note"_L1 });
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(t);
    }
    if (type == "viewing"_L1) {
        ViewingRequest v;
        v.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(v);
    }
    if (type == "ping"_L1)
        return V(Ping {});
    return fail<V>(ErrorCode::BadRequest, QStringLiteral("unknown frame type '%1'").arg(type.left(64)), req);
}

Decoded<AgentServerFrame> decodeAgentServerFrame(const QByteArray &utf8)
{
    using V = AgentServerFrame;
    QString type;
    auto obj = frameObject(utf8, &type, limits::MaxServerFrameBytes);
    if (!obj)
        return DecodeError { obj.error(), {} };
    const QJsonObject &o = *obj;
    const QString req = readReq(o);
    R r(o);

    if (type == "welcome"_L1) {
        Welcome w;
        auto agent = Agent::fromJson(r.object("agent"_L1, R::Required));
        if (!r.ok())
            return failFrom<V>(r, req);
        if (!agent)
            return DecodeError { agent.error(), req };
        w.agent = *agent;
        w.head = r.integer("head"_L1, R::Required, 0, qint64(1) << 53);
        w.logId = r.string("log_id"_L1, R::Required, limits::MaxIdChars);
        w.mode = r.oneOf("mode"_L1, R::Required, { "delta"_L1, "snapshot"_L1 });
        w.reset = r.boolean("reset"_L1, R::Optional);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(w);
    }
    if (type == "snapshot"_L1) {
        Snapshot s;
        const QJsonObject ws = r.object("workspace"_L1, R::Optional);
        const int max = 1 << 20;
        auto agents = listFromJson<Agent>(r.array("agents"_L1, R::Optional, max));
        auto teams = listFromJson<Team>(r.array("teams"_L1, R::Optional, max));
        auto contacts = listFromJson<Contact>(r.array("contacts"_L1, R::Optional, max));
        auto convs = listFromJson<Conversation>(r.array("conversations"_L1, R::Optional, max));
        auto msgs = listFromJson<Message>(r.array("messages"_L1, R::Optional, max));
        auto arts = listFromJson<Article>(r.array("articles"_L1, R::Optional, max));
        auto saved = listFromJson<SavedReply>(r.array("saved_replies"_L1, R::Optional, max));
        s.last = r.boolean("last"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        for (const Error *e : { agents ? nullptr : &agents.error(), teams ? nullptr : &teams.error(),
                                contacts ? nullptr : &contacts.error(), convs ? nullptr : &convs.error(),
                                msgs ? nullptr : &msgs.error(), arts ? nullptr : &arts.error(),
                                saved ? nullptr : &saved.error() })
            if (e)
                return DecodeError { *e, req };
        if (!ws.isEmpty()) {
            auto w = Workspace::fromJson(ws);
            if (!w)
                return DecodeError { w.error(), req };
            s.workspace = *w;
        }
        s.agents = *agents;
        s.teams = *teams;
        s.contacts = *contacts;
        s.conversations = *convs;
        s.messages = *msgs;
        s.articles = *arts;
        s.savedReplies = *saved;
        return V(std::move(s));
    }
    if (type == "events"_L1) {
        Events ev;
        const QJsonArray arr = r.array("events"_L1, R::Required, 100000);
        if (!r.ok())
            return failFrom<V>(r, req);
        ev.events.reserve(arr.size());
        for (const QJsonValue &v : arr) {
            if (!v.isObject())
                return fail<V>(ErrorCode::BadRequest, QStringLiteral("events must hold objects"), req);
            R er(v.toObject(), u"event"_s);
            Event e;
            e.seq = er.integer("seq"_L1, R::Required, 1, qint64(1) << 53);
            e.name = er.string("name"_L1, R::Required, 64);
            e.data = er.object("data"_L1, R::Required);
            if (!er.ok())
                return failFrom<V>(er, req);
            ev.events.append(std::move(e));
        }
        return V(std::move(ev));
    }
    if (type == "synced"_L1) {
        Synced s;
        s.head = r.integer("head"_L1, R::Required, 0, qint64(1) << 53);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(s);
    }
    if (type == "ack"_L1) {
        Ack a;
        a.req = r.string("req"_L1, R::Required, limits::MaxReqChars);
        a.messageId = r.nullableString("message_id"_L1, limits::MaxIdChars);
        a.conversationId = r.nullableString("conversation_id"_L1, limits::MaxIdChars);
        a.seq = r.integer("seq"_L1, R::Optional, 0, qint64(1) << 53);
        a.version = r.integer("version"_L1, R::Optional, 0, qint64(1) << 53);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(a);
    }
    if (type == "error"_L1) {
        ErrorFrame e;
        e.req = r.nullableString("req"_L1, limits::MaxReqChars);
        const QString code = r.string("code"_L1, R::Required, 64);
        e.message = r.string("message"_L1, R::Optional, 4096);
        const QJsonObject current = r.object("current"_L1, R::Optional);
        if (!r.ok())
            return failFrom<V>(r, req);
        // An unknown code from a newer server is read as internal rather than rejected.
        e.code = errorCodeFromName(code).value_or(ErrorCode::Internal);
        if (!current.isEmpty()) {
            auto c = Conversation::fromJson(current);
            if (!c)
                return DecodeError { c.error(), req };
            e.current = *c;
        }
        return V(e);
    }
    if (type == "messages"_L1) {
        MessagesPage m;
        m.req = r.string("req"_L1, R::Required, limits::MaxReqChars);
        auto msgs = listFromJson<Message>(r.array("messages"_L1, R::Required, limits::MaxFetchLimit));
        m.complete = r.boolean("complete"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        if (!msgs)
            return DecodeError { msgs.error(), req };
        m.messages = *msgs;
        return V(m);
    }
    if (type == "typing"_L1) {
        TypingEvent t;
        t.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        t.agentId = r.string("agent_id"_L1, R::Required, limits::MaxIdChars);
        t.on = r.boolean("on"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(t);
    }
    if (type == "presence"_L1) {
        PresenceEvent p;
        p.agentId = r.string("agent_id"_L1, R::Required, limits::MaxIdChars);
        p.status = r.oneOf("status"_L1, R::Required, { "online"_L1, "away"_L1, "offline"_L1 });
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(p);
    }
    if (type == "viewing"_L1) {
        ViewingEvent v;
        v.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
        v.agentId = r.string("agent_id"_L1, R::Required, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(v);
    }
    if (type == "pong"_L1)
        return V(Pong {});
    return fail<V>(ErrorCode::BadRequest, QStringLiteral("unknown frame type '%1'").arg(type.left(64)), req);
}

Decoded<VisitorRequest> decodeVisitorRequest(const QByteArray &utf8)
{
    using V = VisitorRequest;
    QString type;
    auto obj = frameObject(utf8, &type, limits::MaxFrameBytes);
    if (!obj)
        return DecodeError { obj.error(), {} };
    const QJsonObject &o = *obj;
    const QString req = readReq(o);
    R r(o);
    if (type == "hello"_L1) {
        VisitorHello h;
        h.protocol = int(r.integer("protocol"_L1, R::Required, 0, 1000));
        h.workspaceKey = r.string("workspace_key"_L1, R::Required, 256);
        h.visitorToken = r.nullableString("visitor_token"_L1, 256);
        h.identity = r.object("identity"_L1, R::Optional);
        h.context = r.object("context"_L1, R::Optional);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(h);
    }
    if (type == "send"_L1) {
        VisitorSend s;
        s.req = r.string("req"_L1, R::Required, limits::MaxReqChars);
        s.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
        s.body = r.string("body"_L1, R::Required, limits::MaxMessageBodyChars);
        if (r.ok() && s.body.trimmed().isEmpty())
            r.fail(QStringLiteral("a message body must not be blank"));
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(s);
    }
    if (type == "typing"_L1) {
        VisitorTyping t;
        t.on = r.boolean("on"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(t);
    }
    if (type == "ping"_L1)
        return V(Ping {});
    return fail<V>(ErrorCode::BadRequest, QStringLiteral("unknown frame type '%1'").arg(type.left(64)), req);
}

Decoded<VisitorServerFrame> decodeVisitorServerFrame(const QByteArray &utf8)
{
    using V = VisitorServerFrame;
    QString type;
    auto obj = frameObject(utf8, &type, limits::MaxServerFrameBytes);
    if (!obj)
        return DecodeError { obj.error(), {} };
    const QJsonObject &o = *obj;
    const QString req = readReq(o);
    R r(o);
    if (type == "welcome"_L1) {
        VisitorWelcome w;
        w.visitorToken = r.string("visitor_token"_L1, R::Required, 256);
        w.contactId = r.string("contact_id"_L1, R::Required, limits::MaxIdChars);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(w);
    }
    if (type == "history"_L1) {
        History h;
        auto msgs = listFromJson<VisitorMessage>(r.array("messages"_L1, R::Required, 100000));
        if (!r.ok())
            return failFrom<V>(r, req);
        if (!msgs)
            return DecodeError { msgs.error(), req };
        h.messages = *msgs;
        return V(h);
    }
    if (type == "message"_L1) {
        auto m = VisitorMessage::fromJson(r.object("message"_L1, R::Required));
        if (!r.ok())
            return failFrom<V>(r, req);
        if (!m)
            return DecodeError { m.error(), req };
        return V(VisitorMessageFrame { *m });
    }
    if (type == "typing"_L1) {
        VisitorTypingEvent t;
        t.conversationId = r.string("conversation_id"_L1, R::Optional, limits::MaxIdChars);
        t.agentName = r.string("agent_name"_L1, R::Optional, limits::MaxNameChars);
        t.on = r.boolean("on"_L1, R::Required);
        if (!r.ok())
            return failFrom<V>(r, req);
        return V(t);
    }
    if (type == "ack"_L1 || type == "error"_L1 || type == "pong"_L1) {
        auto common = decodeAgentServerFrame(utf8);
        if (auto *e = std::get_if<DecodeError>(&common))
            return *e;
        auto &f = std::get<AgentServerFrame>(common);
        if (auto *a = std::get_if<Ack>(&f))
            return V(*a);
        if (auto *e = std::get_if<ErrorFrame>(&f))
            return V(*e);
        return V(Pong {});
    }
    return fail<V>(ErrorCode::BadRequest, QStringLiteral("unknown frame type '%1'").arg(type.left(64)), req);
}

} // namespace confab::protocol
