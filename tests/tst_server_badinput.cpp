// Hostile and broken input on both WebSocket endpoints. After each case the server is still
// up, and a well-behaved client on the same server keeps receiving live events meanwhile.
#include "support/agentclient.h"
#include "support/http.h"
#include "support/testserver.h"
#include "support/visitorclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;

namespace {
constexpr int HelloTimeoutMs = 1500;
}

class TestServerBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void badFrameKeepsConnection_data();
    void badFrameKeepsConnection();
    void badVisitorFrameKeepsConnection_data();
    void badVisitorFrameKeepsConnection();
    void binaryFrame();
    void tooLarge_data();
    void tooLarge();
    void noHello();
    void badToken_data();
    void badToken();
    void frameBeforeHello_data();
    void frameBeforeHello();
    void floodClosed();
    void visitorFloodClosed();
    void nineteenBadFramesTolerated();

private:
    // The server still answers HTTP and the watcher still gets live events from the driver.
    void checkOthersUnaffected();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AgentClient> m_watcher;
    std::unique_ptr<AgentClient> m_driver;
    int m_probe = 0;
};

void TestServerBadInput::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
    server::ServerOptions options;
    options.helloTimeoutMs = HelloTimeoutMs;
    m_server = std::make_unique<TestServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_watcher = std::make_unique<AgentClient>(m_server->agentUrl());
    QVERIFY(m_watcher->connectAndSync(m_server->tokenFor(fx::LeadEmail)));
    m_driver = std::make_unique<AgentClient>(m_server->agentUrl());
    QVERIFY(m_driver->connectAndSync(m_server->tokenFor(fx::AdminEmail)));
}

void TestServerBadInput::cleanupTestCase()
{
    m_watcher.reset();
    m_driver.reset();
    m_server.reset();
}

void TestServerBadInput::cleanup()
{
    if (m_server)
        checkOthersUnaffected();
}

void TestServerBadInput::checkOthersUnaffected()
{
    Http http(m_server->httpUrl());
    const HttpResponse health = http.get(u"/v1/health"_s);
    QCOMPARE(health.status, 200);

    QVERIFY(m_watcher->isConnected());
    QVERIFY(m_driver->isConnected());
    const QString body = u"probe %1"_s.arg(++m_probe);
    const auto sent = m_driver->request(Send { {}, newClientId(), fx::ConvOpenChat, u"note"_s, body, {} });
    QVERIFY2(sent.ok(), "the well-behaved driver cannot send any more");
    auto e = m_watcher->waitForEvent(events::MessageCreated,
                                     [&](const Event &e) { return e.data.value("id"_L1).toString() == sent.ack->messageId; });
    QVERIFY2(e, "the well-behaved watcher no longer receives live events");
    QCOMPARE(m_watcher->gapCount(), 0);
}

void TestServerBadInput::badFrameKeepsConnection_data()
{
    QTest::addColumn<QByteArray>("frame");
    // Expected echo; empty: not checked. A frame without a string "type" is not a request, so
    // protocol/ does not read its req (tst_protocol::reqEchoedWhenReadable, "no type").
    QTest::addColumn<QString>("req");
    QTest::addColumn<QString>("code");
    const QByteArray conv = fx::ConvOpenChat.toUtf8();
    QTest::newRow("invalid json") << QByteArray("{\"type\":\"send\",") << QString() << u"bad_request"_s;
    QTest::newRow("not json at all") << QByteArray("hello there") << QString() << u"bad_request"_s;
    QTest::newRow("json array") << QByteArray("[{\"type\":\"ping\"}]") << QString() << u"bad_request"_s;
    QTest::newRow("json string") << QByteArray("\"ping\"") << QString() << u"bad_request"_s;
    QTest::newRow("json null") << QByteArray("null") << QString() << u"bad_request"_s;
    QTest::newRow("empty object") << QByteArray("{}") << QString() << u"bad_request"_s;
    QTest::newRow("no type") << QByteArray("{\"req\":\"r-notype\",\"body\":\"x\"}") << QString() << u"bad_request"_s;
    QTest::newRow("numeric type") << QByteArray("{\"type\":7,\"req\":\"r-numtype\"}") << QString() << u"bad_request"_s;
    QTest::newRow("null type") << QByteArray("{\"type\":null,\"req\":\"r-nulltype\"}") << QString() << u"bad_request"_s;
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"frobnicate\",\"req\":\"r-unknown\"}") << u"r-unknown"_s << u"bad_request"_s;
    QTest::newRow("send body is a number")
        << ("{\"type\":\"send\",\"req\":\"r-body\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000001\",\"conversation_id\":\""
            + conv + "\",\"kind\":\"reply\",\"body\":42}")
        << u"r-body"_s << u"bad_request"_s;
    QTest::newRow("send unknown kind")
        << ("{\"type\":\"send\",\"req\":\"r-kind\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000002\",\"conversation_id\":\""
            + conv + "\",\"kind\":\"shout\",\"body\":\"hi\"}")
        << u"r-kind"_s << u"bad_request"_s;
    QTest::newRow("send blank body")
        << ("{\"type\":\"send\",\"req\":\"r-blank\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000003\",\"conversation_id\":\""
            + conv + "\",\"kind\":\"reply\",\"body\":\"   \"}")
        << u"r-blank"_s << u"bad_request"_s;
    QTest::newRow("send mentions not a list")
        << ("{\"type\":\"send\",\"req\":\"r-mentions\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000004\",\"conversation_id\":\""
            + conv + "\",\"kind\":\"note\",\"body\":\"hi\",\"mentions\":\"agent-1\"}")
        << u"r-mentions"_s << u"bad_request"_s;
    QTest::newRow("update base_version is a string")
        << ("{\"type\":\"update\",\"req\":\"r-version\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000005\",\"conversation_id\":\""
            + conv + "\",\"base_version\":\"3\",\"set\":{\"status\":\"resolved\"}}")
        << u"r-version"_s << u"bad_request"_s;
    QTest::newRow("update sets an unknown field")
        << ("{\"type\":\"update\",\"req\":\"r-set\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000006\",\"conversation_id\":\""
            + conv + "\",\"base_version\":3,\"set\":{\"contact_id\":\"contact-bob\"}}")
        << u"r-set"_s << u"bad_request"_s;
    QTest::newRow("update bad status")
        << ("{\"type\":\"update\",\"req\":\"r-status\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000007\",\"conversation_id\":\""
            + conv + "\",\"base_version\":3,\"set\":{\"status\":\"deleted\"}}")
        << u"r-status"_s << u"bad_request"_s;
    QTest::newRow("update_contact attribute is an object")
        << QByteArray("{\"type\":\"update_contact\",\"req\":\"r-attr\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000008\","
                      "\"contact_id\":\"contact-bob\",\"set\":{\"attributes\":{\"plan\":{\"nested\":true}}}}")
        << u"r-attr"_s << u"bad_request"_s;
    QTest::newRow("fetch limit out of range")
        << ("{\"type\":\"fetch\",\"req\":\"r-limit\",\"conversation_id\":\"" + conv + "\",\"before\":null,\"limit\":100000}")
        << u"r-limit"_s << u"bad_request"_s;
    QTest::newRow("delete_note without message_id") << QByteArray("{\"type\":\"delete_note\",\"req\":\"r-del\"}") << u"r-del"_s << u"bad_request"_s;
    QTest::newRow("send without req")
        << ("{\"type\":\"send\",\"client_id\":\"0b5c8a6e-0000-4000-8000-000000000009\",\"conversation_id\":\"" + conv
            + "\",\"kind\":\"reply\",\"body\":\"no req\"}")
        << QString() << u"bad_request"_s;
    QTest::newRow("typing on is a string") << ("{\"type\":\"typing\",\"conversation_id\":\"" + conv + "\",\"on\":\"yes\"}")
                                           << QString() << u"bad_request"_s;
    QTest::newRow("deeply nested") << (QByteArray("{\"type\":\"ping\",\"x\":") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}")
                                   << QString() << u"bad_request"_s;
    QTest::newRow("huge id")
        << ("{\"type\":\"send\",\"req\":\"r-hugeid\",\"client_id\":\"" + QByteArray(5000, 'a') + "\",\"conversation_id\":\""
            + conv + "\",\"kind\":\"reply\",\"body\":\"hi\"}")
        << u"r-hugeid"_s << u"too_large"_s;
}

void TestServerBadInput::badFrameKeepsConnection()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, req);
    QFETCH(QString, code);
    const qint64 head = m_server->storage().head();

    AgentClient bad(m_server->agentUrl());
    QVERIFY(bad.connectAndSync(m_server->tokenFor(fx::Agent1Email)));
    const qsizetype from = bad.mark();
    bad.sendText(frame);
    auto error = bad.waitForError(10000, from);
    QVERIFY2(error, "no error frame for a bad frame");
    QCOMPARE(errorCodeName(error->code), code);
    QVERIFY(!error->message.isEmpty());
    if (!req.isEmpty())
        QCOMPARE(error->req, req);
    QVERIFY2(bad.roundTrip(), "the connection was not kept after one bad frame");
    QVERIFY(bad.isConnected());
    QCOMPARE(bad.framesOf<Ack>(from).size(), 0);
    QCOMPARE(m_server->storage().head(), head);

    // Still a working session: it receives live events.
    const auto sent = m_driver->request(Send { {}, newClientId(), fx::ConvOpenEmail, u"note"_s, u"after bad input"_s, {} });
    QVERIFY(sent.ok());
    QVERIFY(bad.waitForEvent(events::MessageCreated,
                             [&](const Event &e) { return e.data.value("id"_L1).toString() == sent.ack->messageId; }));
}

void TestServerBadInput::badVisitorFrameKeepsConnection_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("req");
    QTest::newRow("invalid json") << QByteArray("{\"type\":") << QString();
    QTest::newRow("json array") << QByteArray("[]") << QString();
    QTest::newRow("no type") << QByteArray("{\"req\":\"v-notype\"}") << QString();
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"events\",\"req\":\"v-unknown\"}") << u"v-unknown"_s;
    QTest::newRow("agent frame on visitor endpoint")
        << ("{\"type\":\"update\",\"req\":\"v-update\",\"client_id\":\"0b5c8a6e-0000-4000-8000-00000000000a\",\"conversation_id\":\""
            + fx::ConvOpenChat.toUtf8() + "\",\"base_version\":3,\"set\":{\"status\":\"resolved\"}}")
        << u"v-update"_s;
    QTest::newRow("send body is a number")
        << QByteArray("{\"type\":\"send\",\"req\":\"v-body\",\"client_id\":\"0b5c8a6e-0000-4000-8000-00000000000b\",\"body\":[1]}")
        << u"v-body"_s;
}

void TestServerBadInput::badVisitorFrameKeepsConnection()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, req);
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.connectAndHello(fx::VisitorKey));
    const qint64 head = m_server->storage().head(); // after the new visitor's contact was made
    const qsizetype from = v.mark();
    v.sendText(frame);
    auto error = v.waitFor<ErrorFrame>({}, 10000, from);
    QVERIFY2(error, "no error frame for a bad frame");
    QCOMPARE(errorCodeName(error->code), u"bad_request"_s);
    if (!req.isEmpty())
        QCOMPARE(error->req, req);
    QVERIFY2(v.roundTrip(), "the visitor connection was not kept after one bad frame");
    QCOMPARE(m_server->storage().head(), head);
    QVERIFY(v.send(u"still here"_s).ok());
}

void TestServerBadInput::binaryFrame()
{
    AgentClient bad(m_server->agentUrl());
    QVERIFY(bad.connectAndSync(m_server->tokenFor(fx::Agent1Email)));
    const qsizetype from = bad.mark();
    bad.sendBinary(QByteArray("{\"type\":\"ping\"}"));
    bad.sendBinary(QByteArray(4096, '\xff'));
    // Binary frames are not part of the protocol: answered with an error or ignored, never
    // fatal to the server. If the connection is kept, it still works.
    if (!bad.waitForDisconnected(500)) {
        QVERIFY(bad.roundTrip());
        for (const auto &e : bad.framesOf<ErrorFrame>(from))
            QCOMPARE(errorCodeName(e.code), u"bad_request"_s);
    }
}

void TestServerBadInput::tooLarge_data()
{
    QTest::addColumn<bool>("visitor");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("hello");
    QTest::newRow("agent, 2 MiB of JSON") << false << true << true;
    QTest::newRow("agent, 2 MiB of garbage") << false << false << true;
    QTest::newRow("agent, before hello") << false << true << false;
    QTest::newRow("visitor, 2 MiB of JSON") << true << true << true;
    QTest::newRow("visitor, before hello") << true << false << false;
}

void TestServerBadInput::tooLarge()
{
    QFETCH(bool, visitor);
    QFETCH(bool, valid);
    QFETCH(bool, hello);
    QByteArray frame;
    if (valid) {
        const QString body = QString(2 * 1024 * 1024, u'x');
        frame = visitor ? encodeFrame(VisitorSend { u"big"_s, newClientId(), body })
                        : encodeFrame(Send { u"big"_s, newClientId(), fx::ConvOpenChat, u"reply"_s, body, {} });
    } else {
        frame = QByteArray(2 * 1024 * 1024, 'z');
    }
    QVERIFY(frame.size() > 2 * 1024 * 1024 - 1);

    std::unique_ptr<WsClient> client;
    if (visitor) {
        auto v = std::make_unique<VisitorClient>(m_server->visitorUrl());
        QVERIFY(hello ? v->connectAndHello(fx::VisitorKey) : v->open());
        client = std::move(v);
    } else {
        auto a = std::make_unique<AgentClient>(m_server->agentUrl());
        QVERIFY(hello ? a->connectAndSync(m_server->tokenFor(fx::Agent2Email)) : a->open());
        client = std::move(a);
    }
    const qint64 head = m_server->storage().head();
    const qsizetype rawFrom = client->rawFrames().size();
    client->sendText(frame);
    QVERIFY2(client->waitForDisconnected(20000), "still connected after a 2 MiB frame");
    QCOMPARE(int(client->closeCode()), int(QWebSocketProtocol::CloseCodeTooMuchData)); // 1009

    bool sawTooLarge = false;
    for (qsizetype i = rawFrom; i < client->rawFrames().size(); ++i) {
        auto decoded = decodeAgentServerFrame(client->rawFrames().at(i));
        if (const auto *f = std::get_if<AgentServerFrame>(&decoded))
            if (const auto *e = std::get_if<ErrorFrame>(f); e && e->code == ErrorCode::TooLarge)
                sawTooLarge = true;
    }
    QVERIFY2(sawTooLarge, "no error too_large before the close");
    QCOMPARE(m_server->storage().head(), head);
}

void TestServerBadInput::noHello()
{
    AgentClient silent(m_server->agentUrl());
    QVERIFY(silent.open());
    VisitorClient silentVisitor(m_server->visitorUrl());
    QVERIFY(silentVisitor.open());

    auto error = silent.waitForError(HelloTimeoutMs + 10000);
    QVERIFY(error);
    QCOMPARE(errorCodeName(error->code), u"unauthorized"_s);
    QVERIFY(silent.waitForDisconnected(10000));
    QCOMPARE(int(silent.closeCode()), 4001);

    auto visitorError = silentVisitor.waitFor<ErrorFrame>({}, HelloTimeoutMs + 10000);
    QVERIFY(visitorError);
    QCOMPARE(errorCodeName(visitorError->code), u"unauthorized"_s);
    QVERIFY(silentVisitor.waitForDisconnected(10000));
    QCOMPARE(int(silentVisitor.closeCode()), 4001);
}

void TestServerBadInput::badToken_data()
{
    QTest::addColumn<QByteArray>("hello");
    QTest::newRow("random token") << encodeFrame(Hello { 1, u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, 0, {} });
    QTest::newRow("empty token") << QByteArray("{\"type\":\"hello\",\"protocol\":1,\"token\":\"\",\"since\":0,\"log_id\":null}");
    QTest::newRow("token is a number") << QByteArray("{\"type\":\"hello\",\"protocol\":1,\"token\":12345,\"since\":0}");
    QTest::newRow("no token") << QByteArray("{\"type\":\"hello\",\"protocol\":1,\"since\":0}");
    QTest::newRow("api key as token") << encodeFrame(Hello { 1, fx::ApiKey, 0, {} });
    QTest::newRow("visitor hello on agent endpoint")
        << encodeFrame(VisitorHello { 1, fx::VisitorKey, {}, {} });
}

void TestServerBadInput::badToken()
{
    QFETCH(QByteArray, hello);
    AgentClient client(m_server->agentUrl());
    QVERIFY(client.open());
    client.sendText(hello);
    auto error = client.waitForError(10000);
    QVERIFY(error);
    QCOMPARE(errorCodeName(error->code), u"unauthorized"_s);
    QVERIFY(client.waitForDisconnected(10000));
    QCOMPARE(int(client.closeCode()), 4001);
    QVERIFY(!client.welcome());
    QVERIFY(client.framesOf<Snapshot>().isEmpty());
}

void TestServerBadInput::frameBeforeHello_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("ping") << encodeFrame(Ping {});
    QTest::newRow("send") << encodeFrame(Send { u"early"_s, newClientId(), fx::ConvOpenChat, u"reply"_s, u"before hello"_s, {} });
    QTest::newRow("fetch") << encodeFrame(Fetch { u"early"_s, fx::ConvOpenChat, {}, 50 });
    QTest::newRow("garbage") << QByteArray("garbage");
}

void TestServerBadInput::frameBeforeHello()
{
    QFETCH(QByteArray, frame);
    const qint64 head = m_server->storage().head();
    AgentClient client(m_server->agentUrl());
    QVERIFY(client.open());
    client.sendText(frame);
    auto error = client.waitForError(10000);
    QVERIFY2(error, "no error for a frame before hello");
    // Unauthenticated: nothing is answered but the error, nothing changes.
    QVERIFY(client.framesOf<Pong>().isEmpty());
    QVERIFY(client.framesOf<Ack>().isEmpty());
    QVERIFY(client.framesOf<MessagesPage>().isEmpty());
    QCOMPARE(m_server->storage().head(), head);
    if (client.waitForDisconnected(HelloTimeoutMs + 5000))
        QCOMPARE(int(client.closeCode()), 4001);
}

void TestServerBadInput::floodClosed()
{
    AgentClient flooder(m_server->agentUrl());
    QVERIFY(flooder.connectAndSync(m_server->tokenFor(fx::Agent2Email)));
    const qsizetype from = flooder.mark();
    for (int i = 0; i < 25; ++i)
        flooder.sendText(u"{\"type\":\"nonsense\",\"req\":\"flood-%1\"}"_s.arg(i).toUtf8());
    QVERIFY2(flooder.waitForDisconnected(10000), "25 bad frames in a row did not close the connection");
    const int errors = int(flooder.framesOf<ErrorFrame>(from).size());
    QVERIFY2(errors >= 19 && errors <= 21, qPrintable(u"closed after %1 errors"_s.arg(errors)));
}

void TestServerBadInput::visitorFloodClosed()
{
    VisitorClient flooder(m_server->visitorUrl());
    QVERIFY(flooder.connectAndHello(fx::VisitorKey));
    const qint64 head = m_server->storage().head();
    const qsizetype from = flooder.mark();
    for (int i = 0; i < 25; ++i)
        flooder.sendText(QByteArray("[\"not an object\"]"));
    QVERIFY2(flooder.waitForDisconnected(10000), "25 bad frames in a row did not close the visitor connection");
    const int errors = int(flooder.framesOf<ErrorFrame>(from).size());
    QVERIFY2(errors >= 19 && errors <= 21, qPrintable(u"closed after %1 errors"_s.arg(errors)));
    QCOMPARE(m_server->storage().head(), head);
}

void TestServerBadInput::nineteenBadFramesTolerated()
{
    AgentClient client(m_server->agentUrl());
    QVERIFY(client.connectAndSync(m_server->tokenFor(fx::Agent2Email)));
    const qsizetype from = client.mark();
    for (int i = 0; i < 19; ++i)
        client.sendText(u"{\"type\":\"nonsense\",\"req\":\"nb-%1\"}"_s.arg(i).toUtf8());
    QVERIFY(client.roundTrip());
    QCOMPARE(int(client.framesOf<ErrorFrame>(from).size()), 19);
    QVERIFY(client.isConnected());
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
