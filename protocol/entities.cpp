#include "entities.h"

#include "jsonreader.h"
#include "limits.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace confab::protocol {

using namespace Qt::StringLiterals;
using R = JsonReader;

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullableTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}

template<typename T>
Result<T> finish(JsonReader &r, T &&value)
{
    if (!r.ok())
        return *r.takeError();
    return std::move(value);
}

} // namespace

const QStringList &standardAttributeKeys()
{
    static const QStringList keys { QStringLiteral("browser"),      QStringLiteral("browser_version"),
                                    QStringLiteral("os"),           QStringLiteral("city"),
                                    QStringLiteral("country"),      QStringLiteral("signed_up_at"),
                                    QStringLiteral("session_count"), QStringLiteral("plan") };
    return keys;
}

std::optional<Error> validateAttributes(const QJsonObject &attributes, bool allowNull)
{
    if (attributes.size() > limits::MaxAttributes)
        return Error { ErrorCode::TooLarge, QStringLiteral("more than %1 attributes").arg(limits::MaxAttributes) };
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString key = it.key();
        if (key.isEmpty())
            return Error { ErrorCode::BadRequest, QStringLiteral("attribute keys must not be empty") };
        if (key.size() > limits::MaxAttributeKeyChars)
            return Error { ErrorCode::TooLarge,
                           QStringLiteral("attribute keys must be at most %1 characters").arg(limits::MaxAttributeKeyChars) };
        const QJsonValue v = it.value();
        if (v.isString()) {
            if (v.toString().size() > limits::MaxAttributeValueChars)
                return Error { ErrorCode::TooLarge, QStringLiteral("attribute '%1' is too long").arg(key) };
        } else if (v.isNull()) {
            if (!allowNull)
                return Error { ErrorCode::BadRequest, QStringLiteral("attribute '%1' must not be null").arg(key) };
        } else if (!v.isDouble() && !v.isBool()) {
            return Error { ErrorCode::BadRequest,
                           QStringLiteral("attribute '%1' must be a string, number or boolean").arg(key) };
        }
    }
    return std::nullopt;
}

std::optional<Error> validateTags(const QStringList &tags)
{
    if (tags.size() > limits::MaxTags)
        return Error { ErrorCode::TooLarge, QStringLiteral("more than %1 tags").arg(limits::MaxTags) };
    for (const QString &t : tags) {
        if (t.trimmed().isEmpty())
            return Error { ErrorCode::BadRequest, QStringLiteral("tags must not be blank") };
        if (t.size() > limits::MaxTagChars)
            return Error { ErrorCode::TooLarge, QStringLiteral("tags must be at most %1 characters").arg(limits::MaxTagChars) };
    }
    return std::nullopt;
}

// ---- Agent
QJsonObject Agent::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"name"_s, name },
                         { u"email"_s, email },
                         { u"role"_s, role },
                         { u"team_ids"_s, QJsonArray::fromStringList(teamIds) } };
}

Result<Agent> Agent::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("agent"));
    Agent a;
    a.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    a.name = r.string("name"_L1, R::Optional, limits::MaxNameChars);
    a.email = r.string("email"_L1, R::Optional, limits::MaxEmailChars);
    a.role = r.oneOf("role"_L1, R::Required, { "agent"_L1, "lead"_L1, "admin"_L1 });
    a.teamIds = r.stringList("team_ids"_L1, R::Optional, limits::MaxTeamMembers, limits::MaxIdChars);
    return finish(r, std::move(a));
}

// ---- Team
QJsonObject Team::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"name"_s, name },
                         { u"member_ids"_s, QJsonArray::fromStringList(memberIds) } };
}

Result<Team> Team::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("team"));
    Team t;
    t.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    t.name = r.string("name"_L1, R::Optional, limits::MaxNameChars);
    t.memberIds = r.stringList("member_ids"_L1, R::Optional, limits::MaxTeamMembers, limits::MaxIdChars);
    return finish(r, std::move(t));
}

// ---- Contact
QJsonObject Contact::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"name"_s, nullable(name) },
                         { u"email"_s, nullable(email) },
                         { u"external_id"_s, nullable(externalId) },
                         { u"tags"_s, QJsonArray::fromStringList(tags) },
                         { u"attributes"_s, attributes },
                         { u"created_at"_s, nullableTime(createdAt) },
                         { u"last_seen_at"_s, nullableTime(lastSeenAt) } };
}

Result<Contact> Contact::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("contact"));
    Contact c;
    c.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    c.name = r.nullableString("name"_L1, limits::MaxNameChars);
    c.email = r.nullableString("email"_L1, limits::MaxEmailChars);
    c.externalId = r.nullableString("external_id"_L1, limits::MaxIdChars);
    c.tags = r.stringList("tags"_L1, R::Optional, limits::MaxTags, limits::MaxTagChars);
    c.attributes = r.object("attributes"_L1, R::Optional);
    c.createdAt = r.nullableTime("created_at"_L1);
    c.lastSeenAt = r.nullableTime("last_seen_at"_L1);
    if (r.ok())
        if (auto e = validateAttributes(c.attributes, false))
            return *e;
    return finish(r, std::move(c));
}

// ---- ContactEvent
QJsonObject ContactEvent::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"contact_id"_s, contactId },
                         { u"name"_s, name },
                         { u"properties"_s, properties },
                         { u"occurred_at"_s, nullableTime(occurredAt) } };
}

Result<ContactEvent> ContactEvent::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("contact_event"));
    ContactEvent e;
    e.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    e.contactId = r.string("contact_id"_L1, R::Required, limits::MaxIdChars);
    e.name = r.string("name"_L1, R::Required, limits::MaxEventNameChars);
    e.properties = r.object("properties"_L1, R::Optional);
    e.occurredAt = r.time("occurred_at"_L1, R::Required);
    if (r.ok() && e.properties.size() > limits::MaxEventProperties)
        return Error { ErrorCode::TooLarge, QStringLiteral("more than %1 event properties").arg(limits::MaxEventProperties) };
    return finish(r, std::move(e));
}

// ---- Conversation
QJsonObject Conversation::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"contact_id"_s, contactId },
                         { u"channel"_s, channel },
                         { u"subject"_s, nullable(subject) },
                         { u"status"_s, status },
                         { u"snoozed_until"_s, nullableTime(snoozedUntil) },
                         { u"assignee_id"_s, nullable(assigneeId) },
                         { u"team_id"_s, nullable(teamId) },
                         { u"priority"_s, priority },
                         { u"tags"_s, QJsonArray::fromStringList(tags) },
                         { u"created_at"_s, nullableTime(createdAt) },
                         { u"updated_at"_s, nullableTime(updatedAt) },
                         { u"last_message_at"_s, nullableTime(lastMessageAt) },
                         { u"version"_s, version } };
}

Result<Conversation> Conversation::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("conversation"));
    Conversation c;
    c.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    c.contactId = r.string("contact_id"_L1, R::Required, limits::MaxIdChars);
    c.channel = r.oneOf("channel"_L1, R::Required, { "chat"_L1, "email"_L1 });
    c.subject = r.nullableString("subject"_L1, limits::MaxSubjectChars);
    c.status = r.oneOf("status"_L1, R::Required, { "open"_L1, "snoozed"_L1, "resolved"_L1 });
    c.snoozedUntil = r.nullableTime("snoozed_until"_L1);
    c.assigneeId = r.nullableString("assignee_id"_L1, limits::MaxIdChars);
    c.teamId = r.nullableString("team_id"_L1, limits::MaxIdChars);
    c.priority = r.oneOf("priority"_L1, R::Optional, { "none"_L1, "low"_L1, "high"_L1, "urgent"_L1 });
    if (c.priority.isNull())
        c.priority = QStringLiteral("none");
    c.tags = r.stringList("tags"_L1, R::Optional, limits::MaxTags, limits::MaxTagChars);
    c.createdAt = r.nullableTime("created_at"_L1);
    c.updatedAt = r.nullableTime("updated_at"_L1);
    c.lastMessageAt = r.nullableTime("last_message_at"_L1);
    c.version = r.integer("version"_L1, R::Required, 0, qint64(1) << 53);
    return finish(r, std::move(c));
}

// ---- Message
QJsonObject Message::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"conversation_id"_s, conversationId },
                         { u"client_id"_s, nullable(clientId) },
                         { u"kind"_s, kind },
                         { u"author"_s, QJsonObject { { u"type"_s, author.type }, { u"id"_s, nullable(author.id) } } },
                         { u"channel"_s, channel },
                         { u"body"_s, body },
                         { u"mentions"_s, QJsonArray::fromStringList(mentions) },
                         { u"created_at"_s, nullableTime(createdAt) },
                         { u"deleted"_s, deleted } };
}

Result<Message> Message::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("message"));
    Message m;
    m.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    m.conversationId = r.string("conversation_id"_L1, R::Required, limits::MaxIdChars);
    m.clientId = r.nullableString("client_id"_L1, limits::MaxIdChars);
    m.kind = r.oneOf("kind"_L1, R::Required, { "reply"_L1, "note"_L1, "system"_L1 });
    const QJsonObject author = r.object("author"_L1, R::Required);
    if (r.ok()) {
        R ar(author, QStringLiteral("message.author"));
        m.author.type = ar.oneOf("type"_L1, R::Required, { "agent"_L1, "contact"_L1, "system"_L1 });
        m.author.id = ar.nullableString("id"_L1, limits::MaxIdChars);
        if (!ar.ok())
            return *ar.takeError();
    }
    m.channel = r.oneOf("channel"_L1, R::Optional, { "chat"_L1, "email"_L1 });
    if (m.channel.isNull())
        m.channel = QStringLiteral("chat");
    m.body = r.string("body"_L1, R::Optional, limits::MaxMessageBodyChars);
    if (m.body.isNull())
        m.body = QString(u""_s);
    m.mentions = r.stringList("mentions"_L1, R::Optional, limits::MaxMentions, limits::MaxIdChars);
    m.createdAt = r.nullableTime("created_at"_L1);
    m.deleted = r.boolean("deleted"_L1, R::Optional, false);
    return finish(r, std::move(m));
}

// ---- Article
QJsonObject Article::toJson() const
{
    return QJsonObject { { u"id"_s, id },
                         { u"title"_s, title },
                         { u"body"_s, body },
                         { u"url"_s, nullable(url) },
                         { u"updated_at"_s, nullableTime(updatedAt) } };
}

Result<Article> Article::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("article"));
    Article a;
    a.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    a.title = r.string("title"_L1, R::Required, limits::MaxSubjectChars);
    a.body = r.string("body"_L1, R::Optional, limits::MaxArticleBodyChars);
    a.url = r.nullableString("url"_L1, limits::MaxUrlChars);
    a.updatedAt = r.nullableTime("updated_at"_L1);
    return finish(r, std::move(a));
}

// ---- SavedReply
QJsonObject SavedReply::toJson() const
{
    return QJsonObject { { u"id"_s, id }, { u"title"_s, title }, { u"body"_s, body } };
}

Result<SavedReply> SavedReply::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("saved_reply"));
    SavedReply s;
    s.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    s.title = r.string("title"_L1, R::Required, limits::MaxSubjectChars);
    s.body = r.string("body"_L1, R::Optional, limits::MaxMessageBodyChars);
    return finish(r, std::move(s));
}

// ---- Workspace
QJsonObject Workspace::toJson() const
{
    QJsonArray links;
    for (const AdminLink &l : adminLinks)
        links.append(QJsonObject { { u"title"_s, l.title }, { u"url_template"_s, l.urlTemplate } });
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"admin_links"_s, links } };
}

Result<Workspace> Workspace::fromJson(const QJsonObject &o)
{
    R r(o, QStringLiteral("workspace"));
    Workspace w;
    w.id = r.string("id"_L1, R::Required, limits::MaxIdChars);
    w.name = r.string("name"_L1, R::Optional, limits::MaxNameChars);
    const QJsonArray links = r.array("admin_links"_L1, R::Optional, 100);
    for (const QJsonValue &v : links) {
        if (!v.isObject())
            return Error { ErrorCode::BadRequest, QStringLiteral("admin_links must hold objects") };
        R lr(v.toObject(), QStringLiteral("admin_link"));
        AdminLink l;
        l.title = lr.string("title"_L1, R::Required, limits::MaxNameChars);
        l.urlTemplate = lr.string("url_template"_L1, R::Required, limits::MaxUrlChars);
        if (!lr.ok())
            return *lr.takeError();
        w.adminLinks.append(l);
    }
    return finish(r, std::move(w));
}

QString expandAdminLink(const QString &urlTemplate, const Contact &contact, bool *missing)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    QString out;
    qsizetype last = 0;
    bool anyMissing = false;
    auto it = placeholder.globalMatch(urlTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(urlTemplate).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        QString value;
        if (key == QLatin1String("id"))
            value = contact.id;
        else if (key == QLatin1String("external_id"))
            value = contact.externalId;
        else if (key == QLatin1String("email"))
            value = contact.email;
        else if (key == QLatin1String("name"))
            value = contact.name;
        else if (contact.attributes.contains(key)) {
            const QJsonValue v = contact.attributes.value(key);
            if (v.isString())
                value = v.toString();
            else if (v.isBool())
                value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (v.isDouble()) {
                // Whole numbers as integers (42, not 4.2e+01); others in their shortest exact form.
                const double d = v.toDouble();
                if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
                    value = QString::number(qint64(d));
                else
                    value = QString::number(d, 'g', QLocale::FloatingPointShortest);
            }
        }
        if (value.isEmpty())
            anyMissing = true;
        out += QString::fromLatin1(QUrl::toPercentEncoding(value));
        last = m.capturedEnd();
    }
    out += QStringView(urlTemplate).mid(last);
    if (missing)
        *missing = anyMissing;
    return out;
}

} // namespace confab::protocol
