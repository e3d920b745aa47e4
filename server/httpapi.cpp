#include "httpapi.h"

#include "hub.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>

namespace confab::server {

Q_LOGGING_CATEGORY(lcHttp, "confabd.http", QtInfoMsg)

using namespace Qt::StringLiterals;
using protocol::ErrorCode;
using R = protocol::JsonReader;
namespace limits = protocol::limits;

namespace {

constexpr qsizetype MaxPasswordChars = 1024;
// "More than 5 failures for one email within a minute → 429", counted in the database so that
// every node sharing it applies one limit.
constexpr int MaxLoginFailures = 5;
constexpr qint64 LoginFailureWindowMs = 60 * 1000;
constexpr qsizetype MaxCredentialChars = 1024;

using Method = QHttpServerRequest::Method;

QString methodName(Method m)
{
    switch (m) {
    case Method::Get: return u"GET"_s;
    case Method::Post: return u"POST"_s;
    case Method::Put: return u"PUT"_s;
    case Method::Delete: return u"DELETE"_s;
    case Method::Head: return u"HEAD"_s;
    case Method::Options: return u"OPTIONS"_s;
    case Method::Patch: return u"PATCH"_s;
    default: return u"?"_s;
    }
}

// For logs: never the address itself, only its domain.
QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0 || at + 1 >= email.size())
        return u"(no domain)"_s;
    return email.mid(at + 1).left(100);
}

HttpApi::Reply ok(int status, QJsonObject body)
{
    return HttpApi::Reply { status, std::move(body), false };
}

} // namespace

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("authorization"_ba).trimmed();
    if (header.size() < 7 || header.left(7).toLower() != "bearer ")
        return {};
    const QByteArray token = header.mid(7).trimmed();
    if (token.isEmpty() || token.size() > MaxCredentialChars)
        return {};
    return QString::fromUtf8(token);
}

HttpApi::HttpApi(Storage &storage, Hub &hub) : m_storage(storage), m_hub(hub) { }

HttpApi::Reply HttpApi::error(ErrorCode code, const QString &message)
{
    return Reply { protocol::httpStatusFor(code),
                   QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, protocol::errorCodeName(code) },
                                                            { u"message"_s, message } } } },
                   false };
}

void HttpApi::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Reply reply;
    try {
        reply = dispatch(request);
    } catch (const std::exception &e) {
        qCCritical(lcHttp, "%ls %ls: %s", qUtf16Printable(methodName(request.method())),
                   qUtf16Printable(request.url().path()), e.what());
        reply = error(ErrorCode::Internal, u"internal error"_s);
    }
    // Group commit: a request that may have written (every POST) is answered once its commit
    // is durable; the events it published go out first.
    if (request.method() == QHttpServerRequest::Method::Post)
        m_hub.waitDurable();
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (reply.noContent) {
        responder.write(QHttpServerResponder::HeaderList {}, status);
        return;
    }
    responder.write(protocol::encodeJson(reply.body), "application/json"_ba, status);
}

HttpApi::Reply HttpApi::dispatch(const QHttpServerRequest &request)
{
    // Split the still-encoded path so an encoded '/' inside an id stays inside that id.
    const QStringList parts = request.url().path(QUrl::FullyEncoded).split(u'/');
    const Method method = request.method();
    auto notFound = [&] {
        return error(ErrorCode::NotFound,
                     u"no such endpoint: %1 %2"_s.arg(methodName(method), request.url().path().left(200)));
    };
    // parts[0] is the empty string before the leading '/'.
    if (parts.size() < 3 || !parts[0].isEmpty() || parts[1] != "v1"_L1)
        return notFound();

    const QString head = parts[2];
    if (parts.size() == 3) {
        if (head == "health"_L1 && method == Method::Get)
            return ok(200, QJsonObject { { u"status"_s, u"ok"_s } });
        if (head == "login"_L1 && method == Method::Post)
            return login(request);
        if (head == "logout"_L1 && method == Method::Post)
            return logout(request);
        if (head == "contacts"_L1 && method == Method::Post)
            return upsertContact(request);
        if (head == "inbound"_L1 && method == Method::Post)
            return inbound(request);
        return notFound();
    }
    if (parts.size() == 5 && head == "contacts"_L1 && parts[4] == "events"_L1 && method == Method::Post) {
        const QString id = QUrl::fromPercentEncoding(parts[3].toUtf8());
        if (id.isEmpty() || id.size() > limits::MaxIdChars)
            return error(ErrorCode::NotFound, u"no such contact"_s);
        return addContactEvent(request, id);
    }
    return notFound();
}

protocol::Result<QJsonObject> HttpApi::jsonBody(const QHttpServerRequest &request) const
{
    const QByteArray body = request.body();
    if (body.size() > limits::MaxHttpBodyBytes)
        return protocol::Error { ErrorCode::TooLarge,
                                 u"the body must not be larger than %1 bytes"_s.arg(limits::MaxHttpBodyBytes) };
    if (body.trimmed().isEmpty())
        return protocol::Error { ErrorCode::BadRequest, u"a JSON object body is required"_s };
    auto parsed = protocol::parseObject(body, limits::MaxHttpBodyBytes);
    if (!parsed && parsed.error().code == ErrorCode::BadRequest) {
        // parseObject speaks of frames; HTTP callers send bodies.
        return protocol::Error { ErrorCode::BadRequest, QString(parsed.error().message).replace(u"frame"_s, u"body"_s) };
    }
    return parsed;
}

std::optional<HttpApi::Reply> HttpApi::requireApiKey(const QHttpServerRequest &request)
{
    const QString key = bearerToken(request);
    if (key.isEmpty())
        return error(ErrorCode::Unauthorized, u"an API key is required: Authorization: Bearer API_KEY"_s);
    if (!m_storage.apiKeyValid(auth::hashToken(key))) {
        qCInfo(lcHttp, "%ls: refused an unknown API key", qUtf16Printable(request.url().path()));
        return error(ErrorCode::Unauthorized, u"unknown API key"_s);
    }
    return std::nullopt;
}

const QString &HttpApi::dummyHash()
{
    if (m_dummyHash.isEmpty())
        m_dummyHash = auth::hashPassword(auth::randomToken());
    return m_dummyHash;
}

// ---------------------------------------------------------------- login / logout

HttpApi::Reply HttpApi::login(const QHttpServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return error(body.error());
    R r(*body);
    const QString email = r.string("email"_L1, R::Required, limits::MaxEmailChars).trimmed();
    const QString password = r.string("password"_L1, R::Required, MaxPasswordChars);
    if (!r.ok())
        return error(*r.takeError());

    if (m_storage.recentLoginFailures(email, LoginFailureWindowMs) >= MaxLoginFailures) {
        qCWarning(lcHttp, "login refused (rate limited) for an address at %ls", qUtf16Printable(emailDomain(email)));
        return error(ErrorCode::RateLimited, u"too many failed logins for this email; try again in a minute"_s);
    }

    const auto found = m_storage.agentByEmail(email);
    // An unknown email costs a verification too, so both failures look and take the same.
    const bool verified = found ? auth::verifyPassword(password, found->second)
                                : (auth::verifyPassword(password, dummyHash()), false);
    if (!verified) {
        m_storage.recordLoginFailure(email, LoginFailureWindowMs);
        qCWarning(lcHttp, "login failed for an address at %ls", qUtf16Printable(emailDomain(email)));
        return error(ErrorCode::Unauthorized, u"wrong email or password"_s);
    }
    m_storage.clearLoginFailures(email);

    const QString token = auth::randomToken();
    m_storage.storeToken(auth::hashToken(token), found->first.id);
    qCInfo(lcHttp, "agent %ls logged in", qUtf16Printable(found->first.id));
    return ok(200, QJsonObject { { u"token"_s, token }, { u"agent"_s, found->first.toJson() } });
}

HttpApi::Reply HttpApi::logout(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return error(ErrorCode::Unauthorized, u"a token is required: Authorization: Bearer TOKEN"_s);
    const QByteArray hash = auth::hashToken(token);
    const auto agent = m_storage.agentForToken(hash);
    if (!agent || !m_storage.revokeToken(hash))
        return error(ErrorCode::Unauthorized, u"unknown or revoked token"_s);
    m_hub.closeAgentSessionsForToken(hash);
    qCInfo(lcHttp, "agent %ls logged out", qUtf16Printable(agent->id));
    return Reply { 204, {}, true };
}

// ---------------------------------------------------------------- ingestion

HttpApi::Reply HttpApi::upsertContact(const QHttpServerRequest &request)
{
    if (auto refused = requireApiKey(request))
        return *refused;
    auto body = jsonBody(request);
    if (!body)
        return error(body.error());
    const QJsonObject &o = *body;

    R r(o);
    const QString externalId = r.nullableString("external_id"_L1, limits::MaxIdChars);
    const QString email = r.nullableString("email"_L1, limits::MaxEmailChars);
    const QString name = r.nullableString("name"_L1, limits::MaxNameChars);
    const QJsonObject attributes = r.object("attributes"_L1, R::Optional);
    const QStringList tags = r.stringList("tags"_L1, R::Optional, limits::MaxTags, limits::MaxTagChars);
    if (!r.ok())
        return error(*r.takeError());
    if (externalId.trimmed().isEmpty() && email.trimmed().isEmpty())
        return error(ErrorCode::BadRequest, u"a contact needs 'external_id' or 'email'"_s);
    if (auto e = protocol::validateAttributes(attributes, false))
        return error(*e);
    if (auto e = protocol::validateTags(tags))
        return error(*e);

    // Only the fields of the contract, and only those the caller sent.
    QJsonObject fields;
    for (auto key : { "external_id"_L1, "email"_L1, "name"_L1, "attributes"_L1, "tags"_L1 })
        if (o.contains(key))
            fields.insert(key, o.value(key));

    QList<protocol::Event> events;
    auto contact = m_storage.upsertContact(fields, &events);
    if (!contact)
        return error(contact.error());
    m_hub.publish(events);
    return ok(200, contact->toJson());
}

HttpApi::Reply HttpApi::addContactEvent(const QHttpServerRequest &request, const QString &contactId)
{
    if (auto refused = requireApiKey(request))
        return *refused;
    auto body = jsonBody(request);
    if (!body)
        return error(body.error());
    R r(*body);
    const QString name = r.string("name"_L1, R::Required, limits::MaxEventNameChars);
    const QJsonObject properties = r.object("properties"_L1, R::Optional);
    QDateTime occurredAt = r.nullableTime("occurred_at"_L1);
    if (!r.ok())
        return error(*r.takeError());
    if (properties.size() > limits::MaxEventProperties)
        return error(ErrorCode::TooLarge, u"more than %1 event properties"_s.arg(limits::MaxEventProperties));
    if (!occurredAt.isValid())
        occurredAt = QDateTime::currentDateTimeUtc();

    QList<protocol::Event> events;
    auto event = m_storage.addContactEvent(contactId, name, properties, occurredAt, &events);
    if (!event)
        return error(event.error());
    m_hub.publish(events);
    return ok(201, event->toJson());
}

HttpApi::Reply HttpApi::inbound(const QHttpServerRequest &request)
{
    if (auto refused = requireApiKey(request))
        return *refused;
    auto body = jsonBody(request);
    if (!body)
        return error(body.error());
    R r(*body);
    InboundMessage in;
    in.channel = r.oneOf("channel"_L1, R::Required, { "chat"_L1, "email"_L1 });
    in.contact = r.object("contact"_L1, R::Required);
    in.subject = r.nullableString("subject"_L1, limits::MaxSubjectChars);
    in.body = r.string("body"_L1, R::Required, limits::MaxMessageBodyChars);
    in.conversationId = r.nullableString("conversation_id"_L1, limits::MaxIdChars);
    in.clientId = r.string("client_id"_L1, R::Required, limits::MaxIdChars);
    if (!r.ok())
        return error(*r.takeError());
    if (in.body.trimmed().isEmpty())
        return error(ErrorCode::BadRequest, u"a message body must not be blank"_s);

    R cr(in.contact, u"contact"_s);
    const QString externalId = cr.nullableString("external_id"_L1, limits::MaxIdChars);
    const QString email = cr.nullableString("email"_L1, limits::MaxEmailChars);
    cr.nullableString("name"_L1, limits::MaxNameChars);
    const QJsonObject attributes = cr.object("attributes"_L1, R::Optional);
    const QStringList tags = cr.stringList("tags"_L1, R::Optional, limits::MaxTags, limits::MaxTagChars);
    if (!cr.ok())
        return error(*cr.takeError());
    if (externalId.trimmed().isEmpty() && email.trimmed().isEmpty())
        return error(ErrorCode::BadRequest, u"'contact' needs 'external_id' or 'email'"_s);
    if (auto e = protocol::validateAttributes(attributes, false))
        return error(*e);
    if (auto e = protocol::validateTags(tags))
        return error(*e);

    Outcome outcome = m_storage.inbound(in);
    if (!outcome.ok())
        return error(*outcome.error);
    if (!outcome.repeated)
        m_hub.publish(outcome.events);
    return ok(201, QJsonObject { { u"conversation_id"_s, outcome.ack.conversationId },
                                 { u"message_id"_s, outcome.ack.messageId } });
}

} // namespace confab::server
