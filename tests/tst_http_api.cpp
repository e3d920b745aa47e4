// The HTTP API of confabd: health, contact upserts and events, inbound messages, and the
// error shape {"error":{"code","message"}} for every failure.
#include "support/agentclient.h"
#include "support/http.h"
#include "support/testserver.h"

#include "protocol/limits.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;

class TestHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void contactsUpsert();
    void contactsUpsertFindsSeededContact();
    void badApiKey_data();
    void badApiKey();
    void contactsBadBody_data();
    void contactsBadBody();
    void contactEvent();
    void contactEventUnknownContact();
    void contactEventBadBody_data();
    void contactEventBadBody();
    void inboundChat();
    void inboundEmailAndContinuation();
    void inboundRepeatIsIdempotent();
    void inboundBadBody_data();
    void inboundBadBody();
    void bodyTooLarge_data();
    void bodyTooLarge();
    void unknownRoute_data();
    void unknownRoute();

private:
    Headers key() const { return Http::bearer(fx::ApiKey); }
    void expectError(const HttpResponse &r, int status, const QString &code);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
    std::unique_ptr<AgentClient> m_agent;
};

void TestHttpApi::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<Http>(m_server->httpUrl());
    m_agent = std::make_unique<AgentClient>(m_server->agentUrl());
    QVERIFY(m_agent->connectAndSync(m_server->tokenFor(fx::LeadEmail)));
}

void TestHttpApi::cleanupTestCase()
{
    m_agent.reset();
    m_http.reset();
    m_server.reset();
}

void TestHttpApi::expectError(const HttpResponse &r, int status, const QString &code)
{
    QVERIFY2(r.status == status, qPrintable(u"status %1, expected %2: %3"_s.arg(r.status).arg(status)
                                                .arg(QString::fromUtf8(r.body.left(300)))));
    QVERIFY2(r.hasErrorShape(), qPrintable(u"not {\"error\":{\"code\",\"message\"}}: "_s + QString::fromUtf8(r.body.left(300))));
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.json.value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
}

void TestHttpApi::health()
{
    const HttpResponse r = m_http->get(u"/v1/health"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json.value("status"_L1).toString(), u"ok"_s);
}

void TestHttpApi::contactsUpsert()
{
    const qsizetype fromEvent = m_agent->events().size();
    const HttpResponse first = m_http->post(
        u"/v1/contacts"_s,
        QJsonObject { { u"external_id"_s, u"ext-dana"_s },
                      { u"name"_s, u"Dana Doe"_s },
                      { u"attributes"_s, QJsonObject { { u"plan"_s, u"pro"_s }, { u"projects"_s, 2 } } },
                      { u"tags"_s, QJsonArray { u"vip"_s } } },
        key());
    QVERIFY2(first.status == 200 || first.status == 201, first.body.constData());
    auto c1 = Contact::fromJson(first.json);
    QVERIFY2(c1, first.body.constData());
    QVERIFY(!c1->id.isEmpty());
    QCOMPARE(c1->externalId, u"ext-dana"_s);
    QCOMPARE(c1->name, u"Dana Doe"_s);
    QCOMPARE(c1->attributes.value("plan"_L1).toString(), u"pro"_s);
    QCOMPARE(c1->tags, QStringList { u"vip"_s });
    auto updated = m_agent->waitForEvent(
        events::ContactUpdated, [&](const Event &e) { return e.data.value("id"_L1).toString() == c1->id; }, 10000, fromEvent);
    QVERIFY2(updated, "agents were not told about the new contact");

    // By external_id again, now adding an email: the same contact, attributes merged.
    const HttpResponse second = m_http->post(
        u"/v1/contacts"_s,
        QJsonObject { { u"external_id"_s, u"ext-dana"_s },
                      { u"email"_s, u"dana@example.com"_s },
                      { u"attributes"_s, QJsonObject { { u"city"_s, u"Berlin"_s } } } },
        key());
    QVERIFY2(second.status == 200 || second.status == 201, second.body.constData());
    auto c2 = Contact::fromJson(second.json);
    QVERIFY(c2);
    QCOMPARE(c2->id, c1->id);
    QCOMPARE(c2->email, u"dana@example.com"_s);
    QCOMPARE(c2->name, u"Dana Doe"_s);
    QCOMPARE(c2->attributes.value("plan"_L1).toString(), u"pro"_s);
    QCOMPARE(c2->attributes.value("projects"_L1).toInt(), 2);
    QCOMPARE(c2->attributes.value("city"_L1).toString(), u"Berlin"_s);

    // By email only: still the same contact.
    const HttpResponse third = m_http->post(
        u"/v1/contacts"_s,
        QJsonObject { { u"email"_s, u"dana@example.com"_s },
                      { u"attributes"_s, QJsonObject { { u"plan"_s, u"enterprise"_s } } },
                      { u"tags"_s, QJsonArray { u"beta"_s } } },
        key());
    QVERIFY2(third.status == 200 || third.status == 201, third.body.constData());
    auto c3 = Contact::fromJson(third.json);
    QVERIFY(c3);
    QCOMPARE(c3->id, c1->id);
    QCOMPARE(c3->externalId, u"ext-dana"_s);
    QCOMPARE(c3->attributes.value("plan"_L1).toString(), u"enterprise"_s);
    QCOMPARE(c3->attributes.value("city"_L1).toString(), u"Berlin"_s);
    QVERIFY2(c3->tags.contains(u"vip"_s) && c3->tags.contains(u"beta"_s), qPrintable(c3->tags.join(u',')));

    const auto stored = m_server->storage().contact(c1->id);
    QVERIFY(stored);
    QCOMPARE(encodeJson(stored->toJson()), encodeJson(c3->toJson()));
}

void TestHttpApi::contactsUpsertFindsSeededContact()
{
    const HttpResponse byEmail = m_http->post(
        u"/v1/contacts"_s,
        QJsonObject { { u"email"_s, u"alice@example.com"_s }, { u"attributes"_s, QJsonObject { { u"session_count"_s, 43 } } } },
        key());
    QVERIFY2(byEmail.status == 200 || byEmail.status == 201, byEmail.body.constData());
    QCOMPARE(byEmail.json.value("id"_L1).toString(), fx::Alice);
    auto c = Contact::fromJson(byEmail.json);
    QVERIFY(c);
    QCOMPARE(c->attributes.value("session_count"_L1).toInt(), 43);
    QCOMPARE(c->attributes.value("promo_code"_L1).toString(), u"SPRING24"_s);

    const HttpResponse byExternal = m_http->post(
        u"/v1/contacts"_s, QJsonObject { { u"external_id"_s, u"ext-bob"_s }, { u"name"_s, u"Bob Sample"_s } }, key());
    QVERIFY2(byExternal.status == 200 || byExternal.status == 201, byExternal.body.constData());
    QCOMPARE(byExternal.json.value("id"_L1).toString(), fx::Bob);
}

void TestHttpApi::badApiKey_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("agentEmail"); // use that agent's token as the key
    const QString contacts = u"/v1/contacts"_s;
    const QString inbound = u"/v1/inbound"_s;
    const QString events = u"/v1/contacts/"_s + fx::Alice + u"/events"_s;
    QTest::newRow("contacts: no header") << u"POST"_s << contacts << QByteArray() << QString();
    QTest::newRow("contacts: wrong key") << u"POST"_s << contacts << QByteArray("Bearer wrong-key") << QString();
    QTest::newRow("contacts: basic auth") << u"POST"_s << contacts << QByteArray("Basic dGVzdC1hcGkta2V5") << QString();
    QTest::newRow("contacts: key without scheme") << u"POST"_s << contacts << fx::ApiKey.toUtf8() << QString();
    QTest::newRow("contacts: visitor key") << u"POST"_s << contacts << ("Bearer " + fx::VisitorKey.toUtf8()) << QString();
    QTest::newRow("contacts: agent token") << u"POST"_s << contacts << QByteArray() << fx::AdminEmail;
    QTest::newRow("inbound: wrong key") << u"POST"_s << inbound << QByteArray("Bearer nope") << QString();
    QTest::newRow("inbound: agent token") << u"POST"_s << inbound << QByteArray() << fx::LeadEmail;
    QTest::newRow("events: no header") << u"POST"_s << events << QByteArray() << QString();
}

void TestHttpApi::badApiKey()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, agentEmail);
    Headers headers;
    if (!agentEmail.isEmpty())
        headers = Http::bearer(m_server->tokenFor(agentEmail));
    else if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const qint64 head = m_server->storage().head();
    const QJsonObject body { { u"email"_s, u"intruder@example.com"_s },
                             { u"name"_s, u"Intruder"_s },
                             { u"channel"_s, u"chat"_s },
                             { u"contact"_s, QJsonObject { { u"email"_s, u"intruder@example.com"_s } } },
                             { u"body"_s, u"hi"_s },
                             { u"client_id"_s, newClientId() },
                             { u"occurred_at"_s, u"2026-01-02T03:04:05.000Z"_s } };
    const HttpResponse r = m_http->post(path, body, headers);
    expectError(r, 401, u"unauthorized"_s);
    QCOMPARE(m_server->storage().head(), head);
}

void TestHttpApi::contactsBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid json") << QByteArray("{\"email\":");
    QTest::newRow("array") << QByteArray("[{\"email\":\"a@example.com\"}]");
    QTest::newRow("neither external_id nor email") << QByteArray("{\"name\":\"Nobody\"}");
    QTest::newRow("attributes not an object") << QByteArray("{\"email\":\"x@example.com\",\"attributes\":[1,2]}");
    QTest::newRow("nested attribute") << QByteArray("{\"email\":\"x@example.com\",\"attributes\":{\"a\":{\"b\":1}}}");
    QTest::newRow("tags not strings") << QByteArray("{\"email\":\"x@example.com\",\"tags\":[1]}");
    QTest::newRow("email not a string") << QByteArray("{\"email\":12}");
}

void TestHttpApi::contactsBadBody()
{
    QFETCH(QByteArray, body);
    const qint64 head = m_server->storage().head();
    const HttpResponse r = m_http->postRaw(u"/v1/contacts"_s, body, "application/json", key());
    expectError(r, 400, u"bad_request"_s);
    QCOMPARE(m_server->storage().head(), head);
}

void TestHttpApi::contactEvent()
{
    const qsizetype fromEvent = m_agent->events().size();
    const HttpResponse r = m_http->post(u"/v1/contacts/"_s + fx::Alice + u"/events"_s,
                                        QJsonObject { { u"name"_s, u"invoice_paid"_s },
                                                      { u"properties"_s, QJsonObject { { u"amount"_s, 49.5 }, { u"currency"_s, u"EUR"_s } } },
                                                      { u"occurred_at"_s, u"2026-01-02T03:04:05.678Z"_s } },
                                        key());
    QCOMPARE(r.status, 201);
    auto e = m_agent->waitForEvent(
        events::ContactEventName,
        [](const Event &e) { return e.data.value("name"_L1).toString() == "invoice_paid"_L1; }, 10000, fromEvent);
    QVERIFY2(e, "no live contact.event");
    auto ce = ContactEvent::fromJson(e->data);
    QVERIFY2(ce, qPrintable(ce.error().message));
    QCOMPARE(ce->contactId, fx::Alice);
    QCOMPARE(ce->properties.value("currency"_L1).toString(), u"EUR"_s);
    QCOMPARE(ce->occurredAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QVERIFY(!ce->id.isEmpty());
}

void TestHttpApi::contactEventUnknownContact()
{
    const qint64 head = m_server->storage().head();
    const HttpResponse r = m_http->post(u"/v1/contacts/contact-nobody/events"_s,
                                        QJsonObject { { u"name"_s, u"x"_s }, { u"occurred_at"_s, u"2026-01-02T03:04:05.000Z"_s } },
                                        key());
    expectError(r, 404, u"not_found"_s);
    QCOMPARE(m_server->storage().head(), head);
}

void TestHttpApi::contactEventBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid json") << QByteArray("{");
    QTest::newRow("no name") << QByteArray("{\"properties\":{},\"occurred_at\":\"2026-01-02T03:04:05.000Z\"}");
    QTest::newRow("bad time") << QByteArray("{\"name\":\"x\",\"occurred_at\":\"yesterday\"}");
    QTest::newRow("properties not an object") << QByteArray("{\"name\":\"x\",\"properties\":5,\"occurred_at\":\"2026-01-02T03:04:05.000Z\"}");
}

void TestHttpApi::contactEventBadBody()
{
    QFETCH(QByteArray, body);
    const qint64 head = m_server->storage().head();
    const HttpResponse r = m_http->postRaw(u"/v1/contacts/"_s + fx::Alice + u"/events"_s, body, "application/json", key());
    expectError(r, 400, u"bad_request"_s);
    QCOMPARE(m_server->storage().head(), head);
}

void TestHttpApi::inboundChat()
{
    const qsizetype fromEvent = m_agent->events().size();
    const HttpResponse r = m_http->post(u"/v1/inbound"_s,
                                        QJsonObject { { u"channel"_s, u"chat"_s },
                                                      { u"contact"_s, QJsonObject { { u"email"_s, u"erin@example.com"_s },
                                                                                    { u"name"_s, u"Erin"_s } } },
                                                      { u"body"_s, u"Inbound chat: is there a student discount?"_s },
                                                      { u"client_id"_s, newClientId() } },
                                        key());
    QCOMPARE(r.status, 201);
    const QString conversationId = r.json.value("conversation_id"_L1).toString();
    const QString messageId = r.json.value("message_id"_L1).toString();
    QVERIFY2(!conversationId.isEmpty() && !messageId.isEmpty(), r.body.constData());

    auto created = m_agent->waitForEvent(
        events::ConversationCreated, [&](const Event &e) { return e.data.value("id"_L1).toString() == conversationId; },
        10000, fromEvent);
    QVERIFY(created);
    auto message = m_agent->waitForEvent(
        events::MessageCreated, [&](const Event &e) { return e.data.value("id"_L1).toString() == messageId; }, 10000, fromEvent);
    QVERIFY(message);
    QVERIFY(created->seq < message->seq);
    auto conv = Conversation::fromJson(created->data);
    QVERIFY(conv);
    QCOMPARE(conv->channel, u"chat"_s);
    QCOMPARE(conv->status, u"open"_s);
    auto m = Message::fromJson(message->data);
    QVERIFY(m);
    QCOMPARE(m->conversationId, conversationId);
    QCOMPARE(m->kind, u"reply"_s);
    QCOMPARE(m->author.type, u"contact"_s);
    QCOMPARE(m->author.id, conv->contactId);
    QCOMPARE(m->body, u"Inbound chat: is there a student discount?"_s);
    const auto contact = m_server->storage().contact(conv->contactId);
    QVERIFY(contact);
    QCOMPARE(contact->email, u"erin@example.com"_s);
}

void TestHttpApi::inboundEmailAndContinuation()
{
    const qsizetype fromEvent = m_agent->events().size();
    const HttpResponse r = m_http->post(u"/v1/inbound"_s,
                                        QJsonObject { { u"channel"_s, u"email"_s },
                                                      { u"contact"_s, QJsonObject { { u"external_id"_s, u"ext-bob"_s } } },
                                                      { u"subject"_s, u"Refund for order 1042"_s },
                                                      { u"body"_s, u"Hello, I returned the parcel last week."_s },
                                                      { u"client_id"_s, newClientId() } },
                                        key());
    QCOMPARE(r.status, 201);
    const QString conversationId = r.json.value("conversation_id"_L1).toString();
    QVERIFY(!conversationId.isEmpty());
    auto created = m_agent->waitForEvent(
        events::ConversationCreated, [&](const Event &e) { return e.data.value("id"_L1).toString() == conversationId; },
        10000, fromEvent);
    QVERIFY(created);
    auto conv = Conversation::fromJson(created->data);
    QVERIFY(conv);
    QCOMPARE(conv->channel, u"email"_s);
    QCOMPARE(conv->subject, u"Refund for order 1042"_s);
    QCOMPARE(conv->contactId, fx::Bob);
    auto first = m_agent->waitForEvent(events::MessageCreated, [&](const Event &e) {
        return e.data.value("id"_L1).toString() == r.json.value("message_id"_L1).toString();
    }, 10000, fromEvent);
    QVERIFY(first);
    QCOMPARE(first->data.value("channel"_L1).toString(), u"email"_s);

    // A reply by email continues the same conversation: a message, no new conversation.
    const qsizetype fromReply = m_agent->events().size();
    const HttpResponse more = m_http->post(u"/v1/inbound"_s,
                                           QJsonObject { { u"channel"_s, u"email"_s },
                                                         { u"contact"_s, QJsonObject { { u"external_id"_s, u"ext-bob"_s } } },
                                                         { u"subject"_s, u"Re: Refund for order 1042"_s },
                                                         { u"body"_s, u"Any news?"_s },
                                                         { u"conversation_id"_s, conversationId },
                                                         { u"client_id"_s, newClientId() } },
                                           key());
    QCOMPARE(more.status, 201);
    QCOMPARE(more.json.value("conversation_id"_L1).toString(), conversationId);
    const QString secondId = more.json.value("message_id"_L1).toString();
    QVERIFY(!secondId.isEmpty() && secondId != r.json.value("message_id"_L1).toString());
    QVERIFY(m_agent->waitForEvent(events::MessageCreated,
                                  [&](const Event &e) { return e.data.value("id"_L1).toString() == secondId; }, 10000, fromReply));
    QVERIFY(m_agent->roundTrip());
    for (qsizetype i = fromReply; i < m_agent->events().size(); ++i)
        QVERIFY(m_agent->events().at(i).name != events::ConversationCreated);
}

void TestHttpApi::inboundRepeatIsIdempotent()
{
    const QJsonObject body { { u"channel"_s, u"chat"_s },
                             { u"contact"_s, QJsonObject { { u"email"_s, u"frank@example.com"_s } } },
                             { u"body"_s, u"Delivered twice by a retrying gateway"_s },
                             { u"client_id"_s, newClientId() } };
    const HttpResponse first = m_http->post(u"/v1/inbound"_s, body, key());
    QCOMPARE(first.status, 201);
    const qint64 head = m_server->storage().head();
    QVERIFY(m_agent->waitForSeq(head));
    const qsizetype events = m_agent->events().size();

    const HttpResponse again = m_http->post(u"/v1/inbound"_s, body, key());
    QVERIFY2(again.status == 201 || again.status == 200, again.body.constData());
    QCOMPARE(again.json.value("conversation_id"_L1).toString(), first.json.value("conversation_id"_L1).toString());
    QCOMPARE(again.json.value("message_id"_L1).toString(), first.json.value("message_id"_L1).toString());
    QCOMPARE(m_server->storage().head(), head);
    QVERIFY(m_agent->roundTrip());
    QCOMPARE(m_agent->events().size(), events);
}

void TestHttpApi::inboundBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid json") << QByteArray("{\"channel\":\"chat\",");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("no client_id") << QByteArray("{\"channel\":\"chat\",\"contact\":{\"email\":\"g@example.com\"},\"body\":\"hi\"}");
    QTest::newRow("bad channel")
        << QByteArray("{\"channel\":\"fax\",\"contact\":{\"email\":\"g@example.com\"},\"body\":\"hi\",\"client_id\":\"6a0f1e1c-0000-4000-8000-000000000001\"}");
    QTest::newRow("blank body")
        << QByteArray("{\"channel\":\"chat\",\"contact\":{\"email\":\"g@example.com\"},\"body\":\"  \",\"client_id\":\"6a0f1e1c-0000-4000-8000-000000000002\"}");
    QTest::newRow("contact without email or external_id")
        << QByteArray("{\"channel\":\"chat\",\"contact\":{\"name\":\"G\"},\"body\":\"hi\",\"client_id\":\"6a0f1e1c-0000-4000-8000-000000000003\"}");
    QTest::newRow("contact not an object")
        << QByteArray("{\"channel\":\"chat\",\"contact\":\"g@example.com\",\"body\":\"hi\",\"client_id\":\"6a0f1e1c-0000-4000-8000-000000000004\"}");
}

void TestHttpApi::inboundBadBody()
{
    QFETCH(QByteArray, body);
    const qint64 head = m_server->storage().head();
    const HttpResponse r = m_http->postRaw(u"/v1/inbound"_s, body, "application/json", key());
    expectError(r, 400, u"bad_request"_s);
    QCOMPARE(m_server->storage().head(), head);
}

void TestHttpApi::bodyTooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("inbound") << u"/v1/inbound"_s;
    QTest::newRow("contacts") << u"/v1/contacts"_s;
    QTest::newRow("login") << u"/v1/login"_s;
}

void TestHttpApi::bodyTooLarge()
{
    QFETCH(QString, path);
    const qint64 head = m_server->storage().head();
    // Valid JSON just over the limit.
    const QByteArray filler(limits::MaxHttpBodyBytes, 'x');
    const QByteArray body = "{\"channel\":\"chat\",\"contact\":{\"email\":\"big@example.com\"},\"client_id\":\"6a0f1e1c-0000-4000-8000-0000000000ff\","
                            "\"email\":\"big@example.com\",\"password\":\"x\",\"body\":\"" + filler + "\"}";
    QVERIFY(body.size() > limits::MaxHttpBodyBytes);
    const HttpResponse r = m_http->postRaw(path, body, "application/json", key(), 30000);
    QVERIFY2(!r.timedOut, "no answer to an oversized body");
    expectError(r, 413, u"too_large"_s);
    QCOMPARE(m_server->storage().head(), head);
    // The server is fine afterwards.
    QCOMPARE(m_http->get(u"/v1/health"_s).status, 200);
}

void TestHttpApi::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET /v1/nope") << QByteArray("GET") << u"/v1/nope"_s;
    QTest::newRow("POST /v1/nope") << QByteArray("POST") << u"/v1/nope"_s;
    QTest::newRow("GET /") << QByteArray("GET") << u"/"_s;
    QTest::newRow("GET /v2/health") << QByteArray("GET") << u"/v2/health"_s;
    QTest::newRow("POST /v1/contacts/x/y") << QByteArray("POST") << u"/v1/contacts/contact-alice/nothing"_s;
}

void TestHttpApi::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpResponse r = m_http->send(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
                                        method == "POST" ? Headers { { "Content-Type", "application/json" } } + key() : key(),
                                        10000);
    expectError(r, 404, u"not_found"_s);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_http_api.moc"
