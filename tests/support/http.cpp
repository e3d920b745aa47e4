#include "http.h"

#include "protocol/frames.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace confab::testing {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpResponse::hasErrorShape() const
{
    if (!isJsonObject)
        return false;
    const QJsonValue e = json.value("error"_L1);
    if (!e.isObject())
        return false;
    const QJsonObject o = e.toObject();
    return o.value("code"_L1).isString() && o.value("message"_L1).isString();
}

QString HttpResponse::errorCode() const
{
    if (!hasErrorShape())
        return {};
    return json.value("error"_L1).toObject().value("code"_L1).toString();
}

Http::Http(const QUrl &base)
    : m_base(base)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Headers Http::bearer(const QString &token)
{
    return { { QByteArray("Authorization"), QByteArray("Bearer ") + token.toUtf8() } };
}

HttpResponse Http::get(const QString &path, const Headers &headers, int timeoutMs)
{
    return send("GET", path, {}, headers, timeoutMs);
}

HttpResponse Http::post(const QString &path, const QJsonObject &body, const Headers &headers, int timeoutMs)
{
    return postRaw(path, protocol::encodeJson(body), "application/json", headers, timeoutMs);
}

HttpResponse Http::postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                           const Headers &headers, int timeoutMs)
{
    Headers all = headers;
    if (!contentType.isEmpty())
        all.append({ "Content-Type", contentType });
    return send("POST", path, body, all, timeoutMs);
}

HttpResponse Http::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
                        int timeoutMs)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_nam.get(request);
    else
        reply = m_nam.sendCustomRequest(request, verb, body);

    HttpResponse r;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        r.timedOut = true;
        reply->abort();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.errorString = reply->errorString();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (!r.body.isEmpty()) {
        auto parsed = protocol::parseObject(r.body, r.body.size() + 1);
        if (parsed) {
            r.json = *parsed;
            r.isJsonObject = true;
        }
    }
    reply->deleteLater();
    return r;
}

} // namespace confab::testing
