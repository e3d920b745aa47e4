#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace confab::testing {

struct HttpResponse
{
    int status = 0;                    // 0: no HTTP answer (see networkError)
    QByteArray body;
    QJsonObject json;                  // the body as a JSON object, when it is one
    bool isJsonObject = false;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const;
    // The contract's HTTP error shape {"error":{"code","message"}}: the code, or empty if the
    // body does not have that shape.
    QString errorCode() const;
    bool hasErrorShape() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Synchronous HTTP helpers over QNetworkAccessManager for tests (waiting on the reply's
// finished signal, never sleeping).
class Http
{
public:
    explicit Http(const QUrl &base);

    HttpResponse get(const QString &path, const Headers &headers = {}, int timeoutMs = 10000);
    HttpResponse post(const QString &path, const QJsonObject &body, const Headers &headers = {}, int timeoutMs = 10000);
    HttpResponse postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json",
                         const Headers &headers = {}, int timeoutMs = 10000);
    HttpResponse send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
                      int timeoutMs);

    static Headers bearer(const QString &token);
    void setBase(const QUrl &base) { m_base = base; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace confab::testing
