#include "login.h"

#include "protocol/frames.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "confab.sync.auth")

namespace confab::sync {

QUrl normalizedServerUrl(const QUrl &server)
{
    QUrl url;
    const QString scheme = server.scheme().toLower();
    url.setScheme(scheme == "https"_L1 || scheme == "wss"_L1 ? u"https"_s : u"http"_s);
    url.setHost(server.host());
    if (server.port() > 0)
        url.setPort(server.port());
    return url;
}

QUrl httpEndpoint(const QUrl &server, const QString &path)
{
    QUrl url = normalizedServerUrl(server);
    url.setPath(path);
    return url;
}

QUrl agentSocketUrl(const QUrl &server)
{
    QUrl url = normalizedServerUrl(server);
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    url.setPath(u"/v1/agent"_s);
    return url;
}

QString describeServer(const QUrl &server)
{
    const QUrl url = normalizedServerUrl(server);
    if (url.port() > 0)
        return url.host() + u':' + QString::number(url.port());
    return url.host();
}

namespace {

// Reads `{"error":{"code","message"}}`; empty when the body is not such an object.
QString errorMessage(const QByteArray &body)
{
    auto parsed = protocol::parseObject(body, protocol::limits::MaxHttpBodyBytes);
    if (!parsed)
        return {};
    protocol::JsonReader r(*parsed);
    const QJsonObject err = r.object("error"_L1, protocol::JsonReader::Optional);
    protocol::JsonReader e(err, u"error"_s);
    return e.string("message"_L1, protocol::JsonReader::Optional, 1000);
}

bool isTransportError(QNetworkReply *reply)
{
    // An HTTP status means the server answered; anything else is the way there failed.
    return !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

QString transportReason(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return AuthClient::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return AuthClient::tr("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return AuthClient::tr("timed out");
    case QNetworkReply::RemoteHostClosedError:
        return AuthClient::tr("connection closed by the server");
    default:
        return reply->errorString();
    }
}

QNetworkRequest jsonRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace

AuthClient::AuthClient(QObject *parent) : QObject(parent) { }

AuthClient::~AuthClient() = default;

QNetworkAccessManager *AuthClient::manager()
{
    // Created on first use so that it lives on the thread the client is used on.
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    return m_manager;
}

void AuthClient::login(const QUrl &server, const QString &email, const QString &password,
                       std::function<void(const LoginResult &)> done)
{
    const QByteArray body = protocol::encodeJson(QJsonObject { { u"email"_s, email }, { u"password"_s, password } });
    QNetworkReply *reply = manager()->post(jsonRequest(httpEndpoint(server, u"/v1/login"_s), m_timeoutMs), body);
    const QString where = describeServer(server);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), where] {
        reply->deleteLater();
        LoginResult result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->read(protocol::limits::MaxHttpBodyBytes + 1);
        if (isTransportError(reply)) {
            result.status = LoginResult::Status::Unreachable;
            result.message = transportReason(reply);
        } else if (status == 200) {
            auto parsed = protocol::parseObject(data, protocol::limits::MaxHttpBodyBytes);
            if (!parsed) {
                result.message = u"unreadable login answer: "_s + parsed.error().message;
            } else {
                protocol::JsonReader r(*parsed);
                const QString token = r.string("token"_L1, protocol::JsonReader::Required, 1024);
                const QJsonObject agent = r.object("agent"_L1, protocol::JsonReader::Required);
                auto decoded = protocol::Agent::fromJson(agent);
                if (!r.ok())
                    result.message = u"unreadable login answer: "_s + r.error().message;
                else if (!decoded)
                    result.message = u"unreadable login answer: "_s + decoded.error().message;
                else {
                    result.status = LoginResult::Status::Ok;
                    result.token = token;
                    result.agent = *decoded;
                }
            }
        } else if (status == 401) {
            result.status = LoginResult::Status::WrongCredentials;
            result.message = AuthClient::tr("wrong email or password");
        } else if (status == 429) {
            result.status = LoginResult::Status::RateLimited;
            result.message = AuthClient::tr("Too many failed attempts; try again in a minute.");
        } else {
            const QString detail = errorMessage(data);
            result.message = detail.isEmpty() ? AuthClient::tr("The server answered %1.").arg(status)
                                             : AuthClient::tr("The server answered %1: %2").arg(status).arg(detail);
        }
        if (!result.ok())
            qCInfo(lcAuth) << "login at" << where << "failed:" << result.message;
        done(result);
    });
}

void AuthClient::logout(const QUrl &server, const QString &token, std::function<void(const LogoutResult &)> done)
{
    QNetworkRequest request = jsonRequest(httpEndpoint(server, u"/v1/logout"_s), m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = manager()->post(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        LogoutResult result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isTransportError(reply)) {
            result.reachable = false;
            result.message = transportReason(reply);
        } else if (status == 204 || status == 200 || status == 401) {
            // 401: the token was already revoked or unknown; either way it no longer works.
            result.revoked = true;
        } else {
            result.message = u"the server answered %1"_s.arg(status);
        }
        done(result);
    });
}

void AuthClient::checkHealth(const QUrl &server, std::function<void(const HealthResult &)> done)
{
    QNetworkRequest request(httpEndpoint(server, u"/v1/health"_s));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = manager()->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        HealthResult result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isTransportError(reply))
            result.message = transportReason(reply);
        else if (status != 200)
            result.message = u"the server answered %1"_s.arg(status);
        else
            result.reachable = true;
        done(result);
    });
}

} // namespace confab::sync
