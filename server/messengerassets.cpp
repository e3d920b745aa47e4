#include "messengerassets.h"

#include "identity.h"
#include "protocol/frames.h"
#include "storage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QUrl>

// The messenger's files are a resource of the static confab_server library: make sure they are
// registered in whatever binary links it.
static void initMessengerResources()
{
    Q_INIT_RESOURCE(messenger);
}

namespace confab::server {

Q_LOGGING_CATEGORY(lcMessengerAssets, "confabd.messenger", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QByteArray readResource(const QString &path)
{
    initMessengerResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcMessengerAssets, "the built-in file %ls is missing", qUtf16Printable(path));
        return {};
    }
    return f.readAll();
}

QByteArray etagOf(const QByteArray &data)
{
    return '"' + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

// Whether an If-None-Match header names this ETag (a list, possibly weak, or "*").
bool matchesEtag(const QByteArray &header, const QByteArray &etag)
{
    if (header.trimmed() == "*")
        return true;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

// The demo customer the demo page may sign in as (only with the public demo secret).
QJsonObject demoIdentity(const QString &secret)
{
    const QString externalId = u"usr_demo_dana"_s;
    return QJsonObject {
        { u"external_id"_s, externalId },
        { u"email"_s, u"dana@whitfield-bakery.example"_s },
        { u"name"_s, u"Dana Whitfield"_s },
        { u"attributes"_s,
          QJsonObject { { u"plan"_s, u"pro"_s },
                        { u"company"_s, u"Whitfield Bakery"_s },
                        { u"signed_up_at"_s, u"2025-03-14T09:26:53.000Z"_s } } },
        { u"user_hash"_s, identity::userHash(secret, externalId) },
    };
}

} // namespace

MessengerAssets::MessengerAssets(Storage &storage) : m_storage(storage) { }

QByteArray MessengerAssets::script()
{
    static const QByteArray bytes = readResource(u":/messenger/messenger.js"_s);
    return bytes;
}

QByteArray MessengerAssets::demoSite()
{
    static const QByteArray page = readResource(u":/messenger/demo-site.html"_s);
    QByteArray out = page;
    // The visitor key goes into an HTML attribute; the identity into a JSON <script> block.
    out.replace("{{WORKSPACE_KEY}}", m_storage.visitorKey().toHtmlEscaped().toUtf8());
    const IdentitySettings settings = m_storage.identitySettings();
    QByteArray identityJson = "null";
    if (settings.secret == QLatin1StringView(identity::DemoSecret)) {
        identityJson = protocol::encodeJson(demoIdentity(settings.secret));
        identityJson.replace("<", "\\u003c");
    }
    out.replace("{{DEMO_IDENTITY}}", identityJson);
    return out;
}

bool MessengerAssets::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const bool isScript = path == "/messenger.js"_L1;
    const bool isDemo = path == "/demo-site"_L1 || path == "/demo-site/"_L1;
    if (!isScript && !isDemo)
        return false;
    if (request.method() != QHttpServerRequest::Method::Get) {
        const QByteArray body = R"({"error":{"code":"not_found","message":"only GET is served here"}})";
        responder.write(body, "application/json"_ba, QHttpServerResponder::StatusCode::NotFound);
        return true;
    }

    if (isScript) {
        const QByteArray body = script();
        if (body.isEmpty()) {
            responder.write(QByteArray(R"({"error":{"code":"internal","message":"the messenger is missing from this build"}})"),
                            "application/json"_ba, QHttpServerResponder::StatusCode::InternalServerError);
            return true;
        }
        static const QByteArray etag = etagOf(body);
        // Short-lived and revalidated: the URL carries no version, and a newer confabd may ship a
        // newer messenger. Any site may load it (script tags, and fetches from pages with COEP).
        if (matchesEtag(request.value("if-none-match"_ba), etag)) {
            responder.write({ { "ETag"_ba, etag },
                              { "Cache-Control"_ba, "public, max-age=300"_ba },
                              { "Access-Control-Allow-Origin"_ba, "*"_ba },
                              { "Cross-Origin-Resource-Policy"_ba, "cross-origin"_ba } },
                            QHttpServerResponder::StatusCode::NotModified);
            return true;
        }
        responder.write(body,
                        { { "Content-Type"_ba, "text/javascript; charset=utf-8"_ba },
                          { "ETag"_ba, etag },
                          { "Cache-Control"_ba, "public, max-age=300"_ba },
                          { "X-Content-Type-Options"_ba, "nosniff"_ba },
                          { "Access-Control-Allow-Origin"_ba, "*"_ba },
                          { "Cross-Origin-Resource-Policy"_ba, "cross-origin"_ba } },
                        QHttpServerResponder::StatusCode::Ok);
        return true;
    }

    const QByteArray body = demoSite();
    responder.write(body,
                    { { "Content-Type"_ba, "text/html; charset=utf-8"_ba },
                      { "Cache-Control"_ba, "no-store"_ba },
                      { "X-Content-Type-Options"_ba, "nosniff"_ba },
                      { "Referrer-Policy"_ba, "no-referrer"_ba } },
                    QHttpServerResponder::StatusCode::Ok);
    return true;
}

} // namespace confab::server
