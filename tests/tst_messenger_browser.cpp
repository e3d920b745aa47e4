// The web messenger in a real browser: headless Chromium (Debian's chromium + chromium-driver,
// driven by tests/browser/driver.py over python3-selenium) opens confabd's /demo-site, and the
// visitor chats with an agent session of this test. The page shows the agent's reply and typing
// and never a note; text that looks like HTML is shown as text; messages written while the
// connection is down are queued, sent once when it is back (also across a server restart and a
// lost ack); a returning visitor keeps its history; an identity with a bad user_hash is refused.
//
// The browser reaches confabd through a TcpProxy (tests/tcpproxy.h) so the test can take the
// network away. Loopback only. Skips (QSKIP) only when Chromium, chromedriver or Selenium is not
// installed; tools/deps installs them.
#include "support/agentclient.h"
#include "support/testserver.h"
#include "tcpproxy.h"

#include "server/auth.h"
#include "server/identity.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;
namespace identity = confab::server::identity;

namespace {

constexpr int DriverSkipCode = 77;
const QString Secret = u"browser-test-identity-secret"_s;

// JavaScript run in the page (function bodies for selenium's execute_script).
const QString Host = u"document.getElementById('confab-messenger')"_s;
const QString Root = Host + u".shadowRoot"_s;

QString jsString(const QString &s)
{
    // A JSON string is a JavaScript string literal.
    const QByteArray json = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString statusIs(const QString &status)
{
    return u"var h = %1; return !!h && h.dataset.status === %2;"_s.arg(Host, jsString(status));
}

// The messages in the list with exactly this body text, as [{state, mine, html}].
QString messagesWithBody(const QString &body)
{
    return u"var out = [];"
           "%1.querySelectorAll('.msg').forEach(function (m) {"
           "  var b = m.querySelector('.body');"
           "  if (b && b.textContent === %2)"
           "    out.push({state: m.dataset.state || '', mine: m.classList.contains('me'), html: b.innerHTML,"
           "              children: b.children.length});"
           "});"
           "return out;"_s.arg(Root, jsString(body));
}

// A headless Chromium behind tests/browser/driver.py: one JSON command per line, one answer each.
// Waiting for an answer spins the event loop, so the in-process server keeps serving meanwhile.
class Browser
{
public:
    ~Browser()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("{\"cmd\":\"quit\"}\n");
            if (!m_process.waitForFinished(15000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // false with *skip set: no browser on this machine; false with *error: it is there but broken.
    bool start(QString *skip, QString *error)
    {
        QString python = u"/usr/bin/python3"_s; // Debian's, where python3-selenium lives
        if (!QFileInfo(python).isExecutable())
            python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty()) {
            *skip = u"no python3"_s;
            return false;
        }
        const bool chromium = !QStandardPaths::findExecutable(u"chromium"_s).isEmpty()
            || !QStandardPaths::findExecutable(u"chromium-browser"_s).isEmpty()
            || QFileInfo(u"/usr/bin/chromium"_s).isExecutable();
        const bool driver = !QStandardPaths::findExecutable(u"chromedriver"_s).isEmpty()
            || QFileInfo(u"/usr/bin/chromedriver"_s).isExecutable();
        if (!chromium || !driver) {
            *skip = u"Chromium is not installed (Debian packages chromium and chromium-driver; tools/deps installs them)"_s;
            return false;
        }
        m_process.setProgram(python);
        m_process.setArguments({ QStringLiteral(CONFAB_SOURCE_DIR "/tests/browser/driver.py") });
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = u"cannot start %1: %2"_s.arg(python, m_process.errorString());
            return false;
        }
        const QJsonObject first = readLine(120000);
        if (first.value("ready"_L1).toBool()) {
            m_version = first.value("version"_L1).toString();
            return true;
        }
        if (first.contains("skip"_L1) || m_process.exitCode() == DriverSkipCode) {
            *skip = first.value("skip"_L1).toString();
            return false;
        }
        *error = u"the browser driver did not start: %1 %2"_s.arg(
            QString::fromUtf8(QJsonDocument(first).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(m_process.readAllStandardError().right(2000)));
        return false;
    }

    QString version() const { return m_version; }

    QJsonObject call(const QJsonObject &command, int timeoutMs = 60000)
    {
        m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
        return readLine(timeoutMs);
    }

    // Helpers that QVERIFY through their callers' return values.
    bool get(const QUrl &url) { return call({ { u"cmd"_s, u"get"_s }, { u"url"_s, url.toString() } }).value("ok"_L1).toBool(); }
    QJsonValue eval(const QString &js)
    {
        const QJsonObject r = call({ { u"cmd"_s, u"eval"_s }, { u"js"_s, js } });
        m_lastError = r.value("error"_L1).toString();
        return r.value("value"_L1);
    }
    bool wait(const QString &js, int timeoutMs = 15000)
    {
        const QJsonObject r =
            call({ { u"cmd"_s, u"wait"_s }, { u"js"_s, js }, { u"timeout_ms"_s, timeoutMs } }, timeoutMs + 30000);
        m_lastError = r.value("error"_L1).toString();
        return r.value("ok"_L1).toBool();
    }
    bool click(const QString &elementJs)
    {
        const QJsonObject r = call({ { u"cmd"_s, u"click"_s }, { u"js"_s, elementJs } });
        m_lastError = r.value("error"_L1).toString();
        return r.value("ok"_L1).toBool();
    }
    bool type(const QString &elementJs, const QString &text)
    {
        const QJsonObject r = call({ { u"cmd"_s, u"type"_s }, { u"js"_s, elementJs }, { u"text"_s, text } });
        m_lastError = r.value("error"_L1).toString();
        return r.value("ok"_L1).toBool();
    }
    QString consoleLog()
    {
        QStringList lines;
        for (const QJsonValue &v : call({ { u"cmd"_s, u"logs"_s } }).value("value"_L1).toArray())
            lines << v.toString();
        return lines.join(u'\n');
    }
    QString lastError() const { return m_lastError; }

private:
    QJsonObject readLine(int timeoutMs)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        for (;;) {
            m_buffer += m_process.readAllStandardOutput();
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl >= 0) {
                const QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                return QJsonDocument::fromJson(line).object();
            }
            if (!timer.isActive() || m_process.state() == QProcess::NotRunning)
                return { { u"ok"_s, false },
                         { u"error"_s, m_process.state() == QProcess::NotRunning ? u"the driver exited"_s
                                                                                 : u"no answer in time"_s } };
            loop.exec();
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QString m_version;
    QString m_lastError;
};

} // namespace

class TestMessengerBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void chatWithAnAgent();
    void returningVisitorKeepsHistory();
    void offlineMessagesQueuedAndSentOnce();
    void lostAckStillSentOnce();
    void identifyWithBadHashRefused();
    void demoSiteSignIn();

private:
    // A new visitor: the demo page with empty storage, connected, panel open.
    bool freshVisitor();
    bool openPanel();
    bool typeMessage(const QString &text);
    std::unique_ptr<AgentClient> agent();
    // How many messages with this body the server has in the conversations of the contact.
    int serverCount(const QString &contactId, const QString &body);
    QString pageContactId();
    QUrl demoUrl() const { return QUrl(m_proxy->url().toString() + u"/demo-site"_s); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<tests::TcpProxy> m_proxy;
    std::unique_ptr<Browser> m_browser;
};

void TestMessengerBrowser::initTestCase()
{
    m_browser = std::make_unique<Browser>();
    QString skip, error;
    if (!m_browser->start(&skip, &error)) {
        m_browser.reset();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QFAIL(qPrintable(error));
    }
    qInfo("Chromium %s", qPrintable(m_browser->version()));

    m_server = std::make_unique<TestServer>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    m_proxy = std::make_unique<tests::TcpProxy>(QHostAddress::LocalHost, m_server->port());
    QVERIFY(m_proxy->listen());
}

void TestMessengerBrowser::cleanupTestCase()
{
    m_browser.reset();
    m_proxy.reset();
    m_server.reset();
}

void TestMessengerBrowser::init()
{
    QVERIFY(m_browser);
    m_proxy->setRefuseNew(false);
    m_proxy->setHeld(tests::TcpProxy::Downstream, false);
    QVERIFY(!m_server->storage().setIdentitySettings({ Secret, false }));
}

bool TestMessengerBrowser::freshVisitor()
{
    if (!m_browser->get(demoUrl()))
        return false;
    m_browser->eval(u"localStorage.clear(); sessionStorage.clear(); return true;"_s);
    if (!m_browser->get(demoUrl()))
        return false;
    return m_browser->wait(statusIs(u"online"_s)) && openPanel();
}

bool TestMessengerBrowser::openPanel()
{
    if (m_browser->eval(u"return "_s + Root + u".querySelector('.panel').hidden === false;"_s).toBool())
        return true;
    return m_browser->click(u"return "_s + Root + u".querySelector('.bubble');"_s)
        && m_browser->wait(u"return "_s + Root + u".querySelector('.panel').hidden === false;"_s);
}

bool TestMessengerBrowser::typeMessage(const QString &text)
{
    // Real key presses into the composer; Enter sends.
    return m_browser->type(u"return "_s + Root + u".querySelector('textarea');"_s, text + u"\n"_s);
}

std::unique_ptr<AgentClient> TestMessengerBrowser::agent()
{
    auto client = std::make_unique<AgentClient>(m_server->agentUrl());
    if (!client->connectAndSync(m_server->tokenFor(fx::Agent1Email)))
        return nullptr;
    return client;
}

int TestMessengerBrowser::serverCount(const QString &contactId, const QString &body)
{
    int n = 0;
    for (const Message &m : m_server->storage().contactMessages(contactId, 0))
        n += m.body == body ? 1 : 0;
    return n;
}

void TestMessengerBrowser::chatWithAnAgent()
{
    auto alex = agent();
    QVERIFY(alex);
    const qsizetype fromEvent = alex->events().size();
    QVERIFY2(freshVisitor(), qPrintable(m_browser->lastError() + u"\n"_s + m_browser->consoleLog()));

    // The visitor writes, including text that looks like HTML.
    const QString hello = u"Hi! Is <img src=x onerror=\"window.__confabXss=1\"> a problem? & \"quotes\""_s;
    QVERIFY(typeMessage(hello));
    const auto created = alex->waitForEvent(u"message.created"_s, [&](const Event &e) {
        return e.data.value("body"_L1).toString() == hello;
    }, 15000, fromEvent);
    QVERIFY2(created, "the agent did not receive the visitor's message");
    const auto message = Message::fromJson(created->data);
    QVERIFY(message);
    QCOMPARE(message->author.type, u"contact"_s);
    QCOMPARE(message->kind, u"reply"_s);
    const QString conversationId = message->conversationId;
    const QString contactId = message->author.id;
    QVERIFY(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
        messagesWithBody(hello))));
    const QJsonObject own = m_browser->eval(messagesWithBody(hello)).toArray().first().toObject();
    QCOMPARE(own.value("mine"_L1).toBool(), true);
    QCOMPARE(own.value("children"_L1).toInt(), 0); // text only: no <img> element was made

    // What the browser reported became the contact's attributes (never shown to the visitor).
    const auto contact = m_server->storage().contact(contactId);
    QVERIFY(contact);
    QCOMPARE(contact->attributes.value("browser"_L1).toString(), u"Chrome"_s);
    QCOMPARE(contact->attributes.value("os"_L1).toString(), u"Linux"_s);
    QVERIFY(!contact->attributes.value("browser_version"_L1).toString().isEmpty());
    QVERIFY(!contact->attributes.value("language"_L1).toString().isEmpty());
    QVERIFY(contact->attributes.value("page_url"_L1).toString().endsWith(u"/demo-site"_s));
    QCOMPARE(contact->attributes.value("session_count"_L1).toInteger(), 1);
    QVERIFY(contact->lastSeenAt.isValid());

    // The agent types (a reply): the visitor sees it, with the agent's name.
    alex->sendJson(QJsonObject { { u"type"_s, u"typing"_s }, { u"conversation_id"_s, conversationId },
                                 { u"on"_s, true }, { u"mode"_s, u"reply"_s } });
    QVERIFY2(m_browser->wait(u"var t = %1.querySelector('.typing'); return !t.hidden && t.textContent;"_s.arg(Root)),
             qPrintable(m_browser->lastError()));
    QVERIFY(m_browser->eval(u"return %1.querySelector('.typing').textContent;"_s.arg(Root))
                .toString()
                .startsWith(u"Alex Agent"_s));

    // A note, then a reply that looks like HTML, then a second reply.
    const QString note = u"INTERNAL NOTE: refund approved, do not quote this"_s;
    const QString reply = u"Thanks! <b>bold</b> <img src=x onerror=\"window.__confabXss=2\"> see https://example.com/help."_s;
    const QString later = u"Anything else I can do?"_s;
    for (const auto &[kind, body] : { std::pair { u"note"_s, note }, std::pair { u"reply"_s, reply },
                                      std::pair { u"reply"_s, later } }) {
        Send send;
        send.clientId = newClientId();
        send.conversationId = conversationId;
        send.kind = kind;
        send.body = body;
        const auto r = alex->request(send);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : u"no answer"_s));
    }
    QVERIFY2(m_browser->wait(u"return (function(){ %1 })().length === 1;"_s.arg(messagesWithBody(later))),
             qPrintable(m_browser->consoleLog()));
    const QJsonArray replies = m_browser->eval(messagesWithBody(reply)).toArray();
    QCOMPARE(replies.size(), 1);
    const QJsonObject r0 = replies.first().toObject();
    QCOMPARE(r0.value("mine"_L1).toBool(), false);
    // Only the link is an element, made by the messenger itself; the rest is text.
    QCOMPARE(r0.value("children"_L1).toInt(), 1);
    QVERIFY(m_browser->eval(u"return %1.querySelector('.msg.agent a[href=\"https://example.com/help\"]') !== null;"_s.arg(Root))
                .toBool());
    QCOMPARE(m_browser->eval(u"return %1.querySelectorAll('img, b, script, iframe').length;"_s.arg(Root)).toInt(), 0);
    QVERIFY(m_browser->eval(u"return window.__confabXss === undefined;"_s).toBool());
    QVERIFY(m_browser->eval(u"return %1.querySelector('.msg.agent .author').textContent;"_s.arg(Root))
                .toString() == u"Alex Agent"_s);
    // The reply ended the typing indicator.
    QVERIFY(m_browser->eval(u"return %1.querySelector('.typing').hidden;"_s.arg(Root)).toBool());

    // The site's own CSS (uppercase Georgia buttons with square yellow borders) does not reach
    // the messenger's shadow root.
    const QJsonObject style = m_browser->eval(u"var b = %1.querySelector('.bubble'), s = getComputedStyle(b);"
                                              "return {radius: s.borderTopLeftRadius, transform: s.textTransform,"
                                              " font: getComputedStyle(%1.querySelector('.body')).fontFamily,"
                                              " background: s.backgroundColor};"_s.arg(Root))
                                  .toObject();
    QCOMPARE(style.value("transform"_L1).toString(), u"none"_s);
    QVERIFY2(!style.value("font"_L1).toString().contains(u"Georgia"_s), qPrintable(style.value("font"_L1).toString()));
    QVERIFY(style.value("radius"_L1).toString() != u"0px"_s);
    QCOMPARE(style.value("background"_L1).toString(), u"rgb(59, 91, 219)"_s);

    // Everything the page loaded came from confabd (through the proxy): no third-party request.
    const QJsonArray resources =
        m_browser->eval(u"return performance.getEntriesByType('resource').map(function (e) { return e.name; });"_s)
            .toArray();
    QVERIFY(!resources.isEmpty());
    for (const QJsonValue &r : resources)
        QVERIFY2(r.toString().startsWith(m_proxy->url().toString() + u'/'), qPrintable(r.toString()));

    // The note came before the last reply, and is nowhere on the page.
    QVERIFY(!m_browser->eval(u"return %1.textContent.indexOf('INTERNAL NOTE') >= 0 || "
                             "document.documentElement.outerHTML.indexOf('INTERNAL NOTE') >= 0;"_s.arg(Root))
                 .toBool());
    QVERIFY(!m_browser->eval(u"return JSON.stringify(localStorage).indexOf('INTERNAL NOTE') >= 0;"_s).toBool());
}

void TestMessengerBrowser::returningVisitorKeepsHistory()
{
    QVERIFY(freshVisitor());
    const QString first = u"A question before reloading"_s;
    QVERIFY(typeMessage(first));
    QVERIFY(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
        messagesWithBody(first))));
    const QString token = m_browser->eval(u"return localStorage.getItem('confab.%1.token');"_s.arg(fx::VisitorKey)).toString();
    QVERIFY(!token.isEmpty());

    // Another page load (storage kept): the same visitor, its history shown once.
    QVERIFY(m_browser->get(demoUrl()));
    QVERIFY(m_browser->wait(statusIs(u"online"_s)));
    QVERIFY(openPanel());
    QVERIFY(m_browser->wait(u"return (function(){ %1 })().length === 1;"_s.arg(messagesWithBody(first))));
    QCOMPARE(m_browser->eval(u"return localStorage.getItem('confab.%1.token');"_s.arg(fx::VisitorKey)).toString(), token);
    QCOMPARE(m_browser->eval(messagesWithBody(first)).toArray().first().toObject().value("state"_L1).toString(),
             u"sent"_s);
}

void TestMessengerBrowser::offlineMessagesQueuedAndSentOnce()
{
    QVERIFY(freshVisitor());
    const QString before = u"Online first"_s;
    QVERIFY(typeMessage(before));
    QVERIFY(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
        messagesWithBody(before))));

    // The network goes away.
    m_proxy->setRefuseNew(true);
    m_proxy->cutAll();
    QVERIFY2(m_browser->wait(statusIs(u"offline"_s)), qPrintable(m_browser->lastError()));

    // Written offline: shown at once, pending, and kept in the outbox.
    const QString queued1 = u"Written while offline"_s;
    const QString queued2 = u"And a second one"_s;
    QVERIFY(typeMessage(queued1));
    QVERIFY(typeMessage(queued2));
    for (const QString &body : { queued1, queued2 }) {
        const QJsonArray m = m_browser->eval(messagesWithBody(body)).toArray();
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().toObject().value("state"_L1).toString(), u"pending"_s);
    }
    QVERIFY(m_browser->eval(u"return (localStorage.getItem('confab.%1.outbox') || '').indexOf(%2) >= 0;"_s.arg(
                                fx::VisitorKey, jsString(queued1)))
                .toBool());
    QVERIFY(m_browser->eval(statusIs(u"offline"_s)).toBool());
    QVERIFY(m_browser->eval(u"return !%1.querySelector('.status').hidden;"_s.arg(Root)).toBool());

    // Meanwhile the server restarts (on another port, behind the same address).
    QString why;
    QVERIFY2(m_server->restart(&why), qPrintable(why));
    m_proxy->setTarget(QHostAddress::LocalHost, m_server->port());

    // Back online: both go out, in order, once each.
    m_proxy->setRefuseNew(false);
    QVERIFY2(m_browser->wait(u"var a = (function(){ %1 })(), b = (function(){ %2 })();"
                             "return a.length === 1 && a[0].state === 'sent' && b.length === 1 && b[0].state === 'sent';"_s
                                 .arg(messagesWithBody(queued1), messagesWithBody(queued2)),
                             60000),
             qPrintable(m_browser->consoleLog()));
    QVERIFY(m_browser->wait(statusIs(u"online"_s)));
    QVERIFY(m_browser->eval(u"return localStorage.getItem('confab.%1.outbox') === null;"_s.arg(fx::VisitorKey)).toBool());

    const QString contactId = pageContactId();
    QVERIFY(!contactId.isEmpty());
    QCOMPARE(serverCount(contactId, queued1), 1);
    QCOMPARE(serverCount(contactId, queued2), 1);
    const QList<Message> all = m_server->storage().contactMessages(contactId, 0);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).body, queued1);
    QCOMPARE(all.at(2).body, queued2);

    // A reload shows each once.
    QVERIFY(m_browser->get(demoUrl()));
    QVERIFY(m_browser->wait(statusIs(u"online"_s)));
    QVERIFY(m_browser->wait(u"return (function(){ %1 })().length === 1 && (function(){ %2 })().length === 1;"_s.arg(
        messagesWithBody(queued1), messagesWithBody(queued2))));
}

void TestMessengerBrowser::lostAckStillSentOnce()
{
    QVERIFY(freshVisitor());
    const QString first = u"Before the ack is lost"_s;
    QVERIFY(typeMessage(first));
    QVERIFY(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
        messagesWithBody(first))));
    const QString contactId = pageContactId();
    QVERIFY(!contactId.isEmpty());

    // The server stores the next message, but its echo and ack never reach the browser.
    m_proxy->setHeld(tests::TcpProxy::Downstream, true);
    const QString body = u"Stored, but the browser never hears so"_s;
    QVERIFY(typeMessage(body));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(contactId, body), 1, 15000);
    QCOMPARE(m_browser->eval(messagesWithBody(body)).toArray().first().toObject().value("state"_L1).toString(),
             u"pending"_s);

    // The connection breaks; the messenger reconnects and sends again with the same client_id.
    m_proxy->cutAll();
    m_proxy->setHeld(tests::TcpProxy::Downstream, false);
    QVERIFY2(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
                                 messagesWithBody(body)),
                             60000),
             qPrintable(m_browser->consoleLog()));
    QCOMPARE(serverCount(contactId, body), 1);
}

void TestMessengerBrowser::identifyWithBadHashRefused()
{
    QVERIFY(freshVisitor());

    // Mallory claims to be Alice with a made-up hash: refused, nothing of Alice's shown.
    m_browser->eval(u"Confab('identify', {external_id: 'ext-alice', name: 'Mallory', user_hash: '%1'}); return true;"_s.arg(
        QString(64, u'0')));
    QVERIFY2(m_browser->wait(statusIs(u"refused"_s)), qPrintable(m_browser->consoleLog()));
    QVERIFY(m_browser->eval(u"return %1.querySelector('.status').textContent;"_s.arg(Root)).toString().contains(u"verify"_s));
    QVERIFY(m_browser->eval(u"return %1.querySelector('textarea').disabled;"_s.arg(Root)).toBool());
    QVERIFY(!m_browser->eval(u"return %1.textContent.indexOf('charged twice') >= 0;"_s.arg(Root)).toBool());

    // Unsigned, where the workspace requires verification: refused too.
    QVERIFY(!m_server->storage().setIdentitySettings({ Secret, true }));
    m_browser->eval(u"Confab('identify', {external_id: 'ext-alice', name: 'Mallory'}); return true;"_s);
    QVERIFY(m_browser->wait(statusIs(u"refused"_s)));
    QVERIFY(!m_browser->eval(u"return %1.textContent.indexOf('charged twice') >= 0;"_s.arg(Root)).toBool());

    // With the hash her product's backend made: Alice, with her history — but never the note.
    m_browser->eval(u"Confab('identify', {external_id: 'ext-alice', user_hash: %1}); return true;"_s.arg(
        jsString(identity::userHash(Secret, u"ext-alice"_s))));
    QVERIFY2(m_browser->wait(statusIs(u"online"_s)), qPrintable(m_browser->consoleLog()));
    QVERIFY(m_browser->wait(u"return %1.textContent.indexOf('charged twice') >= 0;"_s.arg(Root)));
    QVERIFY(m_browser->eval(u"return %1.textContent.indexOf('let me check your invoices') >= 0;"_s.arg(Root)).toBool());
    QVERIFY(!m_browser->eval(u"return %1.textContent.indexOf('FIXTURE-NOTE') >= 0;"_s.arg(Root)).toBool());
    QVERIFY(!m_browser->eval(u"return %1.querySelector('textarea').disabled;"_s.arg(Root)).toBool());

    // Signing out forgets the visitor: a new anonymous one, with nothing of Alice's.
    m_browser->eval(u"Confab('logout'); return true;"_s);
    QVERIFY(m_browser->wait(u"return %1.textContent.indexOf('charged twice') < 0 && %2.dataset.status === 'online';"_s.arg(
        Root, Host)));
}

void TestMessengerBrowser::demoSiteSignIn()
{
    // With the demo workspace's public secret, the demo site's own "Sign in" button identifies
    // the demo customer, as a product's page would after its user signed in.
    QVERIFY(!m_server->storage().setIdentitySettings({ QString::fromLatin1(identity::DemoSecret), true }));
    QVERIFY(freshVisitor());
    QVERIFY(m_browser->click(u"return document.getElementById('sign-in');"_s));
    QVERIFY(m_browser->wait(u"return document.getElementById('account-state').textContent.indexOf('Signed in') === 0;"_s));
    QVERIFY(m_browser->wait(statusIs(u"online"_s)));
    const QString body = u"Hello as the demo customer"_s;
    QVERIFY(typeMessage(body));
    QVERIFY(m_browser->wait(u"var m = (function(){ %1 })(); return m.length === 1 && m[0].state === 'sent';"_s.arg(
        messagesWithBody(body))));
    const QString contactId = pageContactId();
    const auto contact = m_server->storage().contact(contactId);
    QVERIFY(contact);
    QCOMPARE(contact->externalId, u"usr_demo_dana"_s);
    QCOMPARE(contact->name, u"Dana Whitfield"_s);
    QCOMPARE(contact->attributes.value("company"_L1).toString(), u"Whitfield Bakery"_s);

    // A reload keeps her signed in (the page identifies again) and shows her message once.
    QVERIFY(m_browser->get(demoUrl()));
    QVERIFY(m_browser->wait(statusIs(u"online"_s)));
    QVERIFY(m_browser->wait(u"return (function(){ %1 })().length === 1;"_s.arg(messagesWithBody(body))));
}

// The contact of the visitor token the page keeps.
QString TestMessengerBrowser::pageContactId()
{
    const QString token =
        m_browser->eval(u"return localStorage.getItem('confab.%1.token');"_s.arg(fx::VisitorKey)).toString();
    return token.isEmpty() ? QString() : m_server->storage().contactForVisitorToken(server::auth::hashToken(token));
}

QTEST_GUILESS_MAIN(TestMessengerBrowser)
#include "tst_messenger_browser.moc"
