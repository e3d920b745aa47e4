#pragma once

#include "protocol/entities.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace confab::sync {

// The server URLs derived from the base URL the user typed (http[s]://host:port).
QUrl normalizedServerUrl(const QUrl &server);           // scheme http/https, no path/query
QUrl httpEndpoint(const QUrl &server, const QString &path); // e.g. /v1/login
QUrl agentSocketUrl(const QUrl &server);                // ws[s]://host:port/v1/agent
// "host:port", for messages (never a token or a password).
QString describeServer(const QUrl &server);

struct LoginResult
{
    enum class Status {
        Ok,
        WrongCredentials, // 401: unknown email or wrong password (one answer for both)
        RateLimited,      // 429: too many failures for this email
        Unreachable,      // no TCP/TLS connection, DNS failure, timeout
        ServerError,      // any other answer, or one that cannot be read
    };
    Status status = Status::ServerError;
    QString token;          // with Ok
    protocol::Agent agent;  // with Ok
    QString message;        // human words for everything but Ok
    bool ok() const { return status == Status::Ok; }
};

struct LogoutResult
{
    bool revoked = false;   // 204: the token is revoked (or was already unknown: 401)
    bool reachable = true;  // false: the server could not be asked
    QString message;
};

struct HealthResult
{
    bool reachable = false;
    QString message; // why not
};

// HTTP calls to confabd: POST /v1/login, POST /v1/logout, GET /v1/health. Asynchronous: each
// call's callback runs on this object's thread once the reply is in (or failed). Never logs
// a password or a token.
class AuthClient : public QObject
{
    Q_OBJECT
public:
    explicit AuthClient(QObject *parent = nullptr);
    ~AuthClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void login(const QUrl &server, const QString &email, const QString &password,
               std::function<void(const LoginResult &)> done);
    void logout(const QUrl &server, const QString &token, std::function<void(const LogoutResult &)> done);
    void checkHealth(const QUrl &server, std::function<void(const HealthResult &)> done);

private:
    QNetworkAccessManager *manager();
    QNetworkAccessManager *m_manager = nullptr;
    int m_timeoutMs = 15 * 1000;
};

} // namespace confab::sync
