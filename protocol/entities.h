#pragma once

#include "errors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The entities of protocol-v1.md as value types. toJson() writes exactly the contract's
// fields; fromJson() validates types and limits and ignores unknown fields.
namespace confab::protocol {

struct Agent
{
    QString id;
    QString name;
    QString email;
    QString role = QStringLiteral("agent"); // agent | lead | admin
    QStringList teamIds;

    bool isLeadOrAdmin() const { return role == QLatin1String("lead") || role == QLatin1String("admin"); }
    QJsonObject toJson() const;
    static Result<Agent> fromJson(const QJsonObject &o);
    bool operator==(const Agent &) const = default;
};

struct Team
{
    QString id;
    QString name;
    QStringList memberIds;

    QJsonObject toJson() const;
    static Result<Team> fromJson(const QJsonObject &o);
    bool operator==(const Team &) const = default;
};

// Standard attribute keys of the contract; any other key is a custom attribute.
const QStringList &standardAttributeKeys();
// Checks an attributes object: count, key length, value types (string, number, bool; null only
// when allowNull, meaning "remove this key" in update_contact).
std::optional<Error> validateAttributes(const QJsonObject &attributes, bool allowNull);
std::optional<Error> validateTags(const QStringList &tags);

struct Contact
{
    QString id;
    QString name;
    QString email;
    QString externalId;
    QStringList tags;
    QJsonObject attributes;
    QDateTime createdAt;
    QDateTime lastSeenAt;

    QJsonObject toJson() const;
    static Result<Contact> fromJson(const QJsonObject &o);
    bool operator==(const Contact &) const = default;
};

struct ContactEvent
{
    QString id;
    QString contactId;
    QString name;
    QJsonObject properties;
    QDateTime occurredAt;

    QJsonObject toJson() const;
    static Result<ContactEvent> fromJson(const QJsonObject &o);
    bool operator==(const ContactEvent &) const = default;
};

struct Conversation
{
    QString id;
    QString contactId;
    QString channel = QStringLiteral("chat");  // chat | email
    QString subject;
    QString status = QStringLiteral("open");   // open | snoozed | resolved
    QDateTime snoozedUntil;
    QString assigneeId;                        // null = unassigned
    QString teamId;
    QString priority = QStringLiteral("none"); // none | low | high | urgent
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastMessageAt;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Conversation> fromJson(const QJsonObject &o);
    bool operator==(const Conversation &) const = default;
};

struct Author
{
    QString type; // agent | contact | system
    QString id;
    bool operator==(const Author &) const = default;
};

struct Message
{
    QString id;
    QString conversationId;
    QString clientId;
    QString kind = QStringLiteral("reply"); // reply | note | system
    Author author;
    QString channel = QStringLiteral("chat");
    QString body;
    QStringList mentions;
    QDateTime createdAt;
    bool deleted = false;

    bool isNote() const { return kind == QLatin1String("note"); }
    bool isSystem() const { return kind == QLatin1String("system"); }
    QJsonObject toJson() const;
    static Result<Message> fromJson(const QJsonObject &o);
    bool operator==(const Message &) const = default;
};

struct Article
{
    QString id;
    QString title;
    QString body;
    QString url;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Article> fromJson(const QJsonObject &o);
    bool operator==(const Article &) const = default;
};

struct SavedReply
{
    QString id;
    QString title;
    QString body;

    QJsonObject toJson() const;
    static Result<SavedReply> fromJson(const QJsonObject &o);
    bool operator==(const SavedReply &) const = default;
};

struct AdminLink
{
    QString title;
    QString urlTemplate;
    bool operator==(const AdminLink &) const = default;
};

struct Workspace
{
    QString id;
    QString name;
    QList<AdminLink> adminLinks;

    QJsonObject toJson() const;
    static Result<Workspace> fromJson(const QJsonObject &o);
    bool operator==(const Workspace &) const = default;
};

// Fills {placeholders} of an admin link template from a contact, URL-encoding each value.
// {id}, {external_id}, {email}, {name} and any attribute key; a missing value gives an empty
// string and sets *missing (when given) so the UI can say the link is incomplete.
QString expandAdminLink(const QString &urlTemplate, const Contact &contact, bool *missing = nullptr);

// Decodes a JSON array of entities, failing on the first bad one.
template<typename T>
Result<QList<T>> listFromJson(const QJsonArray &array)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return Error { ErrorCode::BadRequest, QStringLiteral("expected an array of objects") };
        auto r = T::fromJson(v.toObject());
        if (!r)
            return r.error();
        out.append(std::move(*r));
    }
    return out;
}

template<typename T>
QJsonArray listToJson(const QList<T> &list)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(item.toJson());
    return a;
}

} // namespace confab::protocol
