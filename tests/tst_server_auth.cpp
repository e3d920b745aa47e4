// Login, tokens, logout and the hello handshake of /v1/agent, over real sockets and a real
// SQLite file.
#include "support/agentclient.h"
#include "support/http.h"
#include "support/testserver.h"
#include "support/visitorclient.h"

#include "server/auth.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using protocol::ErrorCode;

class TestServerAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loginOk();
    void wrongPasswordAndUnknownEmailSameAnswer();
    void loginBadBodies_data();
    void loginBadBodies();
    void rateLimitPerEmail_data();
    void rateLimitPerEmail();
    void tokenWorksForHello();
    void logoutRevokesToken();
    void logoutWithoutTokenRefused();
    void badTokenRefused();
    void tokenStoredOnlyHashed();
    void helloTimeout();

private:
    HttpResponse login(const QString &email, const QString &password);
    QString loginToken(const QString &email);
    void expectUnauthorizedClose(AgentClient &client);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestServerAuth::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<Http>(m_server->httpUrl());
}

void TestServerAuth::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

HttpResponse TestServerAuth::login(const QString &email, const QString &password)
{
    return m_http->post(u"/v1/login"_s, QJsonObject { { u"email"_s, email }, { u"password"_s, password } });
}

QString TestServerAuth::loginToken(const QString &email)
{
    const HttpResponse r = login(email, fx::Password);
    if (r.status != 200)
        return {};
    return r.json.value("token"_L1).toString();
}

void TestServerAuth::expectUnauthorizedClose(AgentClient &client)
{
    auto error = client.waitForError(10000);
    QVERIFY2(error, "expected an error frame");
    QCOMPARE(protocol::errorCodeName(error->code), u"unauthorized"_s);
    QVERIFY(client.waitForDisconnected(10000));
    QCOMPARE(int(client.closeCode()), 4001);
    // Nothing but the error before the close: no welcome, no data.
    QVERIFY(!client.welcome());
    QVERIFY(client.framesOf<protocol::Snapshot>().isEmpty());
    QVERIFY(client.framesOf<protocol::Events>().isEmpty());
}

void TestServerAuth::loginOk()
{
    const HttpResponse r = login(fx::Agent1Email, fx::Password);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.isJsonObject, r.body.constData());
    const QString token = r.json.value("token"_L1).toString();
    // ≥128 bits of randomness: at least 22 base64 characters.
    QVERIFY2(token.size() >= 22, qPrintable(token));
    auto agent = protocol::Agent::fromJson(r.json.value("agent"_L1).toObject());
    QVERIFY2(agent, qPrintable(agent.error().message));
    QCOMPARE(agent->id, fx::Agent1Id);
    QCOMPARE(agent->email, fx::Agent1Email);
    QCOMPARE(agent->role, u"agent"_s);
    QCOMPARE(agent->name, u"Alex Agent"_s);
    // The answer never carries the password or its hash.
    QVERIFY(!r.body.contains("argon2"));
    QVERIFY(!r.body.contains(fx::Password.toUtf8()));

    // Email is matched case-insensitively, and every login gets its own token.
    const HttpResponse again = login(fx::Agent1Email.toUpper(), fx::Password);
    QCOMPARE(again.status, 200);
    QVERIFY(again.json.value("token"_L1).toString() != token);
}

void TestServerAuth::wrongPasswordAndUnknownEmailSameAnswer()
{
    const HttpResponse wrong = login(fx::LeadEmail, u"not the password"_s);
    const HttpResponse unknown = login(u"ghost@test.confab"_s, u"not the password"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QVERIFY2(wrong.hasErrorShape(), wrong.body.constData());
    QCOMPARE(wrong.errorCode(), u"unauthorized"_s);
    // The same answer, byte for byte: nothing tells whether the email exists.
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(wrong.header("Content-Type"), unknown.header("Content-Type"));
}

void TestServerAuth::loginBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid json") << QByteArray("{\"email\": ");
    QTest::newRow("array") << QByteArray("[\"admin@test.confab\", \"x\"]");
    QTest::newRow("no password") << QByteArray("{\"email\":\"admin@test.confab\"}");
    QTest::newRow("numeric email") << QByteArray("{\"email\":5,\"password\":\"x\"}");
    QTest::newRow("empty") << QByteArray();
}

void TestServerAuth::loginBadBodies()
{
    QFETCH(QByteArray, body);
    const HttpResponse r = m_http->postRaw(u"/v1/login"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.hasErrorShape(), r.body.constData());
    QCOMPARE(r.errorCode(), u"bad_request"_s);
    QVERIFY(!r.json.contains("token"_L1));
}

void TestServerAuth::rateLimitPerEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("bystander");
    QTest::newRow("known email") << fx::Agent2Email << fx::AdminEmail;
    QTest::newRow("unknown email") << u"nobody@test.confab"_s << fx::LeadEmail;
}

void TestServerAuth::rateLimitPerEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, bystander);
    for (int i = 1; i <= 5; ++i) {
        const HttpResponse r = login(email, u"wrong-%1"_s.arg(i));
        QVERIFY2(r.status == 401, qPrintable(u"failure %1 gave %2"_s.arg(i).arg(r.status)));
    }
    const HttpResponse sixth = login(email, u"wrong-6"_s);
    QCOMPARE(sixth.status, 429);
    QVERIFY2(sixth.hasErrorShape(), sixth.body.constData());
    QCOMPARE(sixth.errorCode(), u"rate_limited"_s);
    QVERIFY(!sixth.json.contains("token"_L1));
    if (!m_server->agentIdFor(email).isEmpty()) {
        // While limited, even the right password is refused: otherwise guessing would go on
        // unthrottled, a 200 among the 429s telling the attacker when they hit.
        const HttpResponse right = login(email, fx::Password);
        QCOMPARE(right.status, 429);
        QVERIFY(!right.json.contains("token"_L1));
    }

    // Another email is not affected.
    const HttpResponse other = login(bystander, fx::Password);
    QCOMPARE(other.status, 200);
    QVERIFY(!other.json.value("token"_L1).toString().isEmpty());
}

void TestServerAuth::tokenWorksForHello()
{
    const QString token = loginToken(fx::LeadEmail);
    QVERIFY(!token.isEmpty());
    AgentClient client(m_server->agentUrl());
    QVERIFY(client.connectAndSync(token));
    auto welcome = client.welcome();
    QVERIFY(welcome);
    QCOMPARE(welcome->agent.id, fx::LeadId);
    QCOMPARE(welcome->agent.role, u"lead"_s);
    QVERIFY(!welcome->logId.isEmpty());
    QVERIFY(client.isConnected());
}

void TestServerAuth::logoutRevokesToken()
{
    const QString token = loginToken(fx::Agent1Email);
    QVERIFY(!token.isEmpty());
    const QString other = loginToken(fx::Agent1Email);
    QVERIFY(!other.isEmpty());

    const HttpResponse out = m_http->post(u"/v1/logout"_s, {}, Http::bearer(token));
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());

    AgentClient client(m_server->agentUrl());
    QVERIFY(client.open());
    client.hello(token);
    expectUnauthorizedClose(client);
    if (QTest::currentTestFailed())
        return;

    // Only that token was revoked: the agent's other session still works.
    AgentClient second(m_server->agentUrl());
    QVERIFY(second.connectAndSync(other));
    QCOMPARE(second.welcome()->agent.id, fx::Agent1Id);
}

void TestServerAuth::logoutWithoutTokenRefused()
{
    const HttpResponse none = m_http->post(u"/v1/logout"_s, {});
    QCOMPARE(none.status, 401);
    QVERIFY2(none.hasErrorShape(), none.body.constData());
    const HttpResponse bogus = m_http->post(u"/v1/logout"_s, {}, Http::bearer(u"not-a-token"_s));
    QCOMPARE(bogus.status, 401);
}

void TestServerAuth::badTokenRefused()
{
    AgentClient client(m_server->agentUrl());
    QVERIFY(client.open());
    client.hello(server::auth::randomToken());
    expectUnauthorizedClose(client);
}

void TestServerAuth::tokenStoredOnlyHashed()
{
    const QString token = loginToken(fx::AdminEmail);
    QVERIFY(!token.isEmpty());
    const QString direct = m_server->tokenFor(fx::Agent1Email);
    QVERIFY(!direct.isEmpty());
    // A visitor's token is a credential too.
    VisitorClient visitor(m_server->visitorUrl());
    QVERIFY(visitor.connectAndHello(fx::VisitorKey));
    const QString visitorToken = visitor.token();
    QVERIFY(!visitorToken.isEmpty());

    // Every cell of every table, as text and as bytes.
    QByteArray everything;
    {
        QSqlDatabase db = m_server->database().connection(u"inspect"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const QStringList tables = m_server->database().tables(db);
        QVERIFY(!tables.isEmpty());
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            QVERIFY2(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)), qPrintable(rows.lastError().text()));
            while (rows.next()) {
                const QSqlRecord rec = rows.record();
                for (int i = 0; i < rec.count(); ++i) {
                    const QVariant v = rows.value(i);
                    everything += v.toByteArray();
                    everything += '\x1f';
                    everything += v.toString().toUtf8();
                    everything += '\x1e';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);

    // We did read the right database.
    QVERIFY(everything.contains(fx::AdminEmail.toUtf8()));
    for (const QString &t : { token, direct, visitorToken, fx::ApiKey }) {
        QVERIFY2(!everything.contains(t.toUtf8()), "a raw token is stored in the database");
        const QByteArray hash = server::auth::hashToken(t);
        const bool hashStored = everything.contains(hash) || everything.contains(hash.toHex())
            || everything.contains(hash.toHex().toUpper()) || everything.contains(hash.toBase64())
            || everything.contains(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QVERIFY2(hashStored, "the token's SHA-256 is not stored in any usual encoding");
    }
    // Neither the raw password.
    QVERIFY(!everything.contains(fx::Password.toUtf8()));

    // Nor do the raw files (main database and write-ahead log) hold the token anywhere. (SQLite;
    // a PostgreSQL server's files are its own, and the tables above are all Confab wrote there.)
    if (m_server->dbPath().isEmpty())
        return;
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-journal"_s }) {
        QFile f(m_server->dbPath() + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &t : { token, direct, visitorToken, fx::ApiKey })
            QVERIFY2(!bytes.contains(t.toUtf8()), qPrintable(u"a raw token found in the file"_s + suffix));
        QVERIFY2(!bytes.contains(fx::Password.toUtf8()), qPrintable(u"password found in the file"_s + suffix));
    }
}

void TestServerAuth::helloTimeout()
{
    server::ServerOptions options;
    options.helloTimeoutMs = 300;
    TestServer quick(options);
    QString error;
    QVERIFY2(quick.start(&error), qPrintable(error));

    AgentClient silent(quick.agentUrl());
    QVERIFY(silent.open());
    // Say nothing: the server must give up on its own.
    expectUnauthorizedClose(silent);
    if (QTest::currentTestFailed())
        return;

    // A client that says hello in time is fine on the same server.
    AgentClient prompt(quick.agentUrl());
    QVERIFY(prompt.connectAndSync(quick.tokenFor(fx::Agent1Email)));
    // ...and stays connected well past the hello timeout.
    QVERIFY(!prompt.waitForDisconnected(1500));
    QVERIFY(prompt.roundTrip());
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
