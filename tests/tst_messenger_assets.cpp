// The web messenger as confabd serves it (server/messengerassets.h): /messenger.js with its
// content type and caching headers, within its size budget, making no third-party requests and
// never writing HTML from strings; /demo-site embedding it with the workspace's visitor key, and
// a signed demo identity only with the public demo secret.
#include "support/http.h"
#include "support/testserver.h"

#include "server/identity.h"
#include "server/messengerassets.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;

namespace identity = confab::server::identity;

class TestMessengerAssets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void scriptServed();
    void scriptWithinBudget();
    void scriptRevalidates();
    void scriptMakesNoThirdPartyRequests();
    void scriptNeverWritesHtml();
    void demoSite();
    void demoIdentityOnlyWithDemoSecret();
    void otherMethodsAndPaths();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestMessengerAssets::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<Http>(m_server->httpUrl());
}

void TestMessengerAssets::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void TestMessengerAssets::scriptServed()
{
    const HttpResponse r = m_http->get(u"/messenger.js"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), "text/javascript; charset=utf-8"_ba);
    QCOMPARE(r.header("Cache-Control"), "public, max-age=300"_ba);
    QCOMPARE(r.header("X-Content-Type-Options"), "nosniff"_ba);
    QVERIFY(!r.header("ETag").isEmpty());
    QCOMPARE(r.body, server::MessengerAssets::script());
    QVERIFY(r.body.contains("/v1/visitor"));
    QVERIFY(r.body.contains("attachShadow"));

    // What is served is the file in resources/messenger/, with no build step in between.
    QFile source(QStringLiteral(CONFAB_SOURCE_DIR "/resources/messenger/messenger.js"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(r.body, source.readAll());
}

void TestMessengerAssets::scriptWithinBudget()
{
    // ≤ 40 KB uncompressed, CSS included (it lives in the script).
    const QByteArray script = server::MessengerAssets::script();
    QVERIFY(!script.isEmpty());
    QVERIFY2(script.size() <= 40 * 1024, qPrintable(u"messenger.js is %1 bytes"_s.arg(script.size())));
}

void TestMessengerAssets::scriptRevalidates()
{
    const HttpResponse first = m_http->get(u"/messenger.js"_s);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    const HttpResponse again = m_http->get(u"/messenger.js"_s, { { "If-None-Match"_ba, etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("ETag"), etag);
    const HttpResponse weak = m_http->get(u"/messenger.js"_s, { { "If-None-Match"_ba, "\"other\", W/" + etag } });
    QCOMPARE(weak.status, 304);
    const HttpResponse stale = m_http->get(u"/messenger.js"_s, { { "If-None-Match"_ba, "\"other\""_ba } });
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);
}

void TestMessengerAssets::scriptMakesNoThirdPartyRequests()
{
    const QString script = QString::fromUtf8(server::MessengerAssets::script());
    // The only absolute URLs: the SVG namespace (an identifier, never fetched) and the embed
    // example in the opening comment. The server is the script's own origin.
    static const QRegularExpression urls(u"https?://[^\\s'\"`)<>]+"_s);
    const QSet<QString> allowed { u"http://www.w3.org/2000/svg"_s, u"https://chat.example.com/messenger.js"_s };
    for (auto it = urls.globalMatch(script); it.hasNext();) {
        const QString url = it.next().captured(0);
        QVERIFY2(allowed.contains(url), qPrintable(u"unexpected URL in messenger.js: "_s + url));
    }
    for (const char *api : { "fetch(", "XMLHttpRequest", "sendBeacon", "importScripts", "new Image", "EventSource",
                             "@import", "url(" })
        QVERIFY2(!script.contains(QLatin1StringView(api)), api);
}

void TestMessengerAssets::scriptNeverWritesHtml()
{
    const QString script = QString::fromUtf8(server::MessengerAssets::script());
    for (const char *sink : { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                              "new Function", "createContextualFragment", "DOMParser" })
        QVERIFY2(!script.contains(QLatin1StringView(sink)), sink);
    QVERIFY(script.contains(u"textContent"_s));
}

void TestMessengerAssets::demoSite()
{
    const HttpResponse r = m_http->get(u"/demo-site"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), "text/html; charset=utf-8"_ba);
    QCOMPARE(r.header("Cache-Control"), "no-store"_ba);
    const QByteArray tag = "<script src=\"/messenger.js\" data-workspace-key=\"" + fx::VisitorKey.toUtf8() + '"';
    QVERIFY(r.body.contains(tag));
    QVERIFY(!r.body.contains("{{"));
    QCOMPARE(m_http->get(u"/demo-site/"_s).status, 200);
}

void TestMessengerAssets::demoIdentityOnlyWithDemoSecret()
{
    auto identityBlock = [&]() -> QByteArray {
        const HttpResponse r = m_http->get(u"/demo-site"_s);
        static const QRegularExpression block(
            u"<script type=\"application/json\" id=\"demo-identity\">(.*?)</script>"_s);
        const auto m = block.match(QString::fromUtf8(r.body));
        return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray("missing");
    };
    server::Storage &storage = m_server->storage();

    QVERIFY(!storage.setIdentitySettings({}));
    QCOMPARE(identityBlock(), "null"_ba);

    // A real secret is never used to sign anything on a public page.
    QVERIFY(!storage.setIdentitySettings({ identity::newSecret(), false }));
    QCOMPARE(identityBlock(), "null"_ba);

    // The demo secret is public (README): the page signs the demo customer like a backend would.
    const QString demo = QString::fromLatin1(identity::DemoSecret);
    QVERIFY(!storage.setIdentitySettings({ demo, false }));
    const QByteArray json = identityBlock();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY2(!o.isEmpty(), json.constData());
    const QString externalId = o.value("external_id"_L1).toString();
    QVERIFY(!externalId.isEmpty());
    QVERIFY(identity::verifyUserHash(demo, externalId, o.value("user_hash"_L1).toString()));
    QVERIFY(!json.contains('<'));
    QVERIFY(!storage.setIdentitySettings({}));
}

void TestMessengerAssets::otherMethodsAndPaths()
{
    QCOMPARE(m_http->post(u"/messenger.js"_s, QJsonObject {}).status, 404);
    QCOMPARE(m_http->get(u"/messenger.js/x"_s).status, 404);
    QCOMPARE(m_http->get(u"/messenger.css"_s).status, 404);
    QCOMPARE(m_http->get(u"/v1/health"_s).status, 200); // the API is still there
}

QTEST_GUILESS_MAIN(TestMessengerAssets)
#include "tst_messenger_assets.moc"
