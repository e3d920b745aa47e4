// Identity verification for the web messenger (server/identity.h, docs/protocol.md §7.1): the
// user_hash (HMAC-SHA256 of external_id with the workspace's secret) decides whether a visitor
// may be the contact with that external_id; unsigned identities are refused when the workspace
// requires verification; the browser context becomes contact attributes (session_count,
// last_seen_at) and is never shown to the visitor. Also `confabd admin identity-secret`.
#include "support/agentclient.h"
#include "support/testserver.h"
#include "support/visitorclient.h"

#include "server/identity.h"
#include "server/sqlstorage.h"

#include "protocol/timeutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(confab::protocol::ErrorCode)

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;
namespace identity = confab::server::identity;

namespace {

const QString Secret = u"test-identity-secret-0123456789"_s;

QJsonObject signedIdentity(const QString &externalId, const QString &name = {}, const QString &email = {},
                           const QJsonObject &attributes = {})
{
    QJsonObject o { { u"external_id"_s, externalId }, { u"user_hash"_s, identity::userHash(Secret, externalId) } };
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (!email.isEmpty())
        o.insert(u"email"_s, email);
    if (!attributes.isEmpty())
        o.insert(u"attributes"_s, attributes);
    return o;
}

QJsonObject browserContext()
{
    return QJsonObject { { u"page_url"_s, u"https://shop.example.com/pricing?plan=pro"_s },
                         { u"page_title"_s, u"Pricing — Shop"_s },
                         { u"browser"_s, u"Firefox"_s },
                         { u"browser_version"_s, u"132.0"_s },
                         { u"os"_s, u"macOS 15.1"_s },
                         { u"language"_s, u"sv-SE"_s },
                         { u"timezone"_s, u"Europe/Stockholm"_s } };
}

} // namespace

class TestServerIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CONFAB_REQUIRE_TEST_DB(); }
    void init();
    void cleanup();

    // identity.h, without a server
    void userHashKnownVector();
    void verifyUserHash_data();
    void verifyUserHash();
    void decide_data();
    void decide();
    void malformedIdentity_data();
    void malformedIdentity();
    void contextAttributes();
    void newSession();

    // over /v1/visitor
    void goodHashAccepted();
    void badHashRefused_data();
    void badHashRefused();
    void unsignedRefusedWhenRequired();
    void unsignedAcceptedWhenOptional();
    void sameContactAcrossTokens();
    void verifiedIdentityReachesExistingContact();
    void anonymousVisitorSignsIn();
    void anonymousChatFollowsIntoKnownContact();
    void identifiedTokenNeedsIdentity();
    void contextRecordedNeverShown();
    void sessionCountGrowsAfterAGap();

    // confabd admin identity-secret
    void adminIdentitySecret();

private:
    // Sends a hello with these parts; true when welcome and history arrived.
    bool hello(VisitorClient &client, const QJsonObject &identity, const QString &token = {},
               const QJsonObject &context = {});
    // Asserts the hello was refused: error `code`, then close 4001, and no welcome.
    void expectRefused(VisitorClient &client, ErrorCode code);
    std::optional<Contact> contactByExternalId(const QString &externalId);
    std::unique_ptr<AgentClient> synced();

    std::unique_ptr<TestServer> m_server;
};

void TestServerIdentity::init()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(!m_server->storage().setIdentitySettings({ Secret, false }));
}

void TestServerIdentity::cleanup()
{
    m_server.reset();
}

bool TestServerIdentity::hello(VisitorClient &client, const QJsonObject &identity, const QString &token,
                               const QJsonObject &context)
{
    if (!client.isConnected() && !client.open())
        return false;
    const qsizetype from = client.mark();
    VisitorHello h;
    h.workspaceKey = fx::VisitorKey;
    h.visitorToken = token;
    h.identity = identity;
    h.context = context;
    client.sendFrame(h);
    if (!client.waitFor<VisitorWelcome>({}, 10000, from))
        return false;
    return client.waitFor<History>({}, 10000, from).has_value();
}

void TestServerIdentity::expectRefused(VisitorClient &client, ErrorCode code)
{
    const auto error = client.waitFor<ErrorFrame>();
    QVERIFY2(error, "no error frame");
    QCOMPARE(errorCodeName(error->code), errorCodeName(code));
    QVERIFY(error->req.isEmpty());
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(int(client.closeCode()), 4001);
    QVERIFY(client.framesOf<VisitorWelcome>().isEmpty());
    QVERIFY(client.framesOf<History>().isEmpty());
}

std::optional<Contact> TestServerIdentity::contactByExternalId(const QString &externalId)
{
    const server::SnapshotData data = m_server->storage().snapshot({}); // every contact (few here)
    for (const Contact &c : data.contacts)
        if (c.externalId == externalId)
            return c;
    return std::nullopt;
}

std::unique_ptr<AgentClient> TestServerIdentity::synced()
{
    auto client = std::make_unique<AgentClient>(m_server->agentUrl());
    if (!client->connectAndSync(m_server->tokenFor(fx::Agent1Email)))
        return nullptr;
    return client;
}

// ---------------------------------------------------------------- identity.h

void TestServerIdentity::userHashKnownVector()
{
    // The well-known HMAC-SHA256 example (also in Wikipedia's HMAC article).
    QCOMPARE(identity::userHash(u"key"_s, u"The quick brown fox jumps over the lazy dog"_s),
             u"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"_s);
    // RFC 4231, test case 2.
    QCOMPARE(identity::userHash(u"Jefe"_s, u"what do ya want for nothing?"_s),
             u"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_s);
    // UTF-8 on both sides: what a backend in any language computes.
    QCOMPARE(identity::userHash(u"sécret"_s, u"ユーザー42"_s).size(), 64);
    QVERIFY(identity::userHash(u"sécret"_s, u"ユーザー42"_s) != identity::userHash(u"secret"_s, u"ユーザー42"_s));

    const QString a = identity::newSecret(), b = identity::newSecret();
    QCOMPARE(a.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(a).hasMatch());
    QVERIFY(a != b);
}

void TestServerIdentity::verifyUserHash_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("ok");

    const QString good = identity::userHash(Secret, u"usr_1"_s);
    QString lastDigitWrong = good;
    lastDigitWrong[63] = good.at(63) == u'0' ? u'1' : u'0';
    QTest::newRow("right") << Secret << u"usr_1"_s << good << true;
    QTest::newRow("upper-case hex") << Secret << u"usr_1"_s << good.toUpper() << true;
    QTest::newRow("surrounding spaces") << Secret << u"usr_1"_s << (u" "_s + good + u" "_s) << true;
    QTest::newRow("last digit wrong") << Secret << u"usr_1"_s << lastDigitWrong << false;
    QTest::newRow("truncated") << Secret << u"usr_1"_s << good.left(63) << false;
    QTest::newRow("longer") << Secret << u"usr_1"_s << (good + u"0"_s) << false;
    QTest::newRow("another user's hash") << Secret << u"usr_2"_s << good << false;
    QTest::newRow("another secret") << u"other"_s << u"usr_1"_s << good << false;
    QTest::newRow("empty hash") << Secret << u"usr_1"_s << QString() << false;
    QTest::newRow("no secret") << QString() << u"usr_1"_s << identity::userHash(QString(), u"usr_1"_s) << false;
    QTest::newRow("no external id") << Secret << QString() << identity::userHash(Secret, QString()) << false;
    QTest::newRow("not hex") << Secret << u"usr_1"_s << QString(64, u'z') << false;
}

void TestServerIdentity::verifyUserHash()
{
    QFETCH(QString, secret);
    QFETCH(QString, externalId);
    QFETCH(QString, given);
    QFETCH(bool, ok);
    QCOMPARE(identity::verifyUserHash(secret, externalId, given), ok);
}

void TestServerIdentity::decide_data()
{
    QTest::addColumn<QJsonObject>("identityObject");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("required");
    QTest::addColumn<int>("verdict");

    using V = identity::Verdict;
    const QJsonObject good = signedIdentity(u"usr_1"_s);
    QJsonObject wrong = good;
    wrong.insert(u"user_hash"_s, identity::userHash(Secret, u"usr_2"_s));
    const QJsonObject unsignedClaim { { u"external_id"_s, u"usr_1"_s }, { u"name"_s, u"Zoë"_s } };
    const QJsonObject hashWithoutId { { u"email"_s, u"z@example.com"_s }, { u"user_hash"_s, good.value("user_hash"_L1) } };

    QTest::newRow("none, optional") << QJsonObject() << Secret << false << int(V::Anonymous);
    QTest::newRow("none, required") << QJsonObject() << Secret << true << int(V::Anonymous);
    QTest::newRow("good, optional") << good << Secret << false << int(V::Verified);
    QTest::newRow("good, required") << good << Secret << true << int(V::Verified);
    QTest::newRow("wrong hash, optional") << wrong << Secret << false << int(V::Refused);
    QTest::newRow("wrong hash, required") << wrong << Secret << true << int(V::Refused);
    QTest::newRow("unsigned, optional") << unsignedClaim << Secret << false << int(V::Unverified);
    QTest::newRow("unsigned, required") << unsignedClaim << Secret << true << int(V::Refused);
    QTest::newRow("unsigned, no secret") << unsignedClaim << QString() << false << int(V::Unverified);
    QTest::newRow("signed, no secret") << good << QString() << false << int(V::Refused);
    QTest::newRow("hash without external_id") << hashWithoutId << Secret << false << int(V::Refused);
}

void TestServerIdentity::decide()
{
    QFETCH(QJsonObject, identityObject);
    QFETCH(QString, secret);
    QFETCH(bool, required);
    QFETCH(int, verdict);
    auto claim = identity::parseClaim(identityObject);
    QVERIFY2(claim, qPrintable(claim.error().message));
    const identity::Decision d = identity::decide(*claim, secret, required);
    QCOMPARE(int(d.verdict), verdict);
    QCOMPARE(d.reason.isEmpty(), d.verdict != identity::Verdict::Refused);
    QVERIFY(secret.isEmpty() || !d.reason.contains(secret)); // the secret is never in a message
}

void TestServerIdentity::malformedIdentity_data()
{
    QTest::addColumn<QJsonObject>("identityObject");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("external_id a number") << QJsonObject { { u"external_id"_s, 42 } } << ErrorCode::BadRequest;
    QTest::newRow("external_id too long") << QJsonObject { { u"external_id"_s, QString(129, u'x') } } << ErrorCode::TooLarge;
    QTest::newRow("name too long") << QJsonObject { { u"name"_s, QString(201, u'x') } } << ErrorCode::TooLarge;
    QTest::newRow("attributes a string") << QJsonObject { { u"attributes"_s, u"plan=pro"_s } } << ErrorCode::BadRequest;
    QTest::newRow("attribute an object")
        << QJsonObject { { u"attributes"_s, QJsonObject { { u"nested"_s, QJsonObject {} } } } } << ErrorCode::BadRequest;
    QTest::newRow("user_hash an array") << QJsonObject { { u"user_hash"_s, QJsonArray {} } } << ErrorCode::BadRequest;
}

void TestServerIdentity::malformedIdentity()
{
    QFETCH(QJsonObject, identityObject);
    QFETCH(ErrorCode, code);
    const auto claim = identity::parseClaim(identityObject);
    QVERIFY(!claim);
    QCOMPARE(errorCodeName(claim.error().code), errorCodeName(code));

    // Over the wire: refused with bad_request (the hello is not valid), and nothing is created.
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.open());
    VisitorHello h;
    h.workspaceKey = fx::VisitorKey;
    h.identity = identityObject;
    v.sendFrame(h);
    expectRefused(v, code);
}

void TestServerIdentity::contextAttributes()
{
    QJsonObject context = browserContext();
    context.insert(u"unknown_key"_s, u"ignored"_s);
    QJsonObject expected = browserContext();
    QCOMPARE(identity::contextAttributes(context), expected);

    // Wrong types, overlong values and non-web URLs are left out; credentials in a URL are dropped.
    const QJsonObject bad { { u"browser"_s, 7 },
                            { u"os"_s, QString(65, u'x') },
                            { u"language"_s, QJsonArray { u"en"_s } },
                            { u"page_url"_s, u"javascript:alert(1)"_s },
                            { u"page_title"_s, u"  spaced\n title  "_s } };
    QCOMPARE(identity::contextAttributes(bad), (QJsonObject { { u"page_title"_s, u"spaced title"_s } }));
    QCOMPARE(identity::contextAttributes({ { u"page_url"_s, u"https://user:pw@example.com/a"_s } })
                 .value("page_url"_L1)
                 .toString(),
             u"https://example.com/a"_s);
    QVERIFY(identity::contextAttributes({ { u"page_url"_s, QString(u"https://example.com/"_s + QString(2100, u'a')) } })
                .isEmpty());
}

void TestServerIdentity::newSession()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(identity::startsNewSession(QDateTime(), now));
    QVERIFY(identity::startsNewSession(now.addSecs(-30 * 60), now));
    QVERIFY(!identity::startsNewSession(now.addSecs(-29 * 60), now));
    QVERIFY(!identity::startsNewSession(now, now));
}

// ---------------------------------------------------------------- over /v1/visitor

void TestServerIdentity::goodHashAccepted()
{
    auto agent = synced();
    QVERIFY(agent);
    const qsizetype fromEvent = agent->events().size();

    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, signedIdentity(u"usr_77"_s, u"Zoë Ångström"_s, u"zoe@example.com"_s,
                                    QJsonObject { { u"plan"_s, u"pro"_s }, { u"paid"_s, true } })));
    const auto contact = m_server->storage().contact(v.contactId());
    QVERIFY(contact);
    QCOMPARE(contact->externalId, u"usr_77"_s);
    QCOMPARE(contact->name, u"Zoë Ångström"_s);
    QCOMPARE(contact->attributes.value("plan"_L1).toString(), u"pro"_s);
    QCOMPARE(contact->attributes.value("paid"_L1).toBool(), true);
    // A page's email is shown to agents but never becomes the contact's email (inbound mail
    // finds contacts by email; the backend sets that one over the API).
    QCOMPARE(contact->attributes.value("messenger_email"_L1).toString(), u"zoe@example.com"_s);
    QVERIFY(contact->email.isEmpty());
    QCOMPARE(contact->attributes.value("session_count"_L1).toInteger(), 1);
    QVERIFY(contact->lastSeenAt.isValid());

    const auto updated = agent->waitForEvent(u"contact.updated"_s, [&](const Event &e) {
        return e.data.value("id"_L1).toString() == v.contactId();
    }, 10000, fromEvent);
    QVERIFY(updated);
    QCOMPARE(updated->data.value("external_id"_L1).toString(), u"usr_77"_s);

    // The visitor never sees its own attributes or the secret.
    for (const QByteArray &raw : v.rawFrames()) {
        QVERIFY2(!raw.contains("\"plan\"") && !raw.contains("attributes") && !raw.contains(Secret.toUtf8()),
                 raw.constData());
    }
}

void TestServerIdentity::badHashRefused_data()
{
    QTest::addColumn<QJsonObject>("identityObject");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("required");

    QJsonObject wrong = signedIdentity(u"ext-alice"_s, u"Mallory"_s);
    wrong.insert(u"user_hash"_s, identity::userHash(Secret, u"ext-mallory"_s)); // Mallory's own, valid, hash
    QJsonObject garbage = signedIdentity(u"ext-alice"_s);
    garbage.insert(u"user_hash"_s, QString(64, u'0'));
    QJsonObject otherSecret = signedIdentity(u"ext-alice"_s);
    otherSecret.insert(u"user_hash"_s, identity::userHash(u"guessed"_s, u"ext-alice"_s));

    QTest::newRow("another user's hash") << wrong << Secret << false;
    QTest::newRow("zeros") << garbage << Secret << false;
    QTest::newRow("made with another secret") << otherSecret << Secret << false;
    QTest::newRow("required and wrong") << garbage << Secret << true;
    QTest::newRow("workspace has no secret") << signedIdentity(u"ext-alice"_s) << QString() << false;
}

void TestServerIdentity::badHashRefused()
{
    QFETCH(QJsonObject, identityObject);
    QFETCH(QString, secret);
    QFETCH(bool, required);
    QVERIFY(!m_server->storage().setIdentitySettings({ secret, required }));
    const qint64 headBefore = m_server->storage().head();

    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.open());
    VisitorHello h;
    h.workspaceKey = fx::VisitorKey;
    h.identity = identityObject;
    v.sendFrame(h);
    expectRefused(v, ErrorCode::Forbidden);
    // Nothing was created or changed, and nothing of Alice's reached the visitor.
    QCOMPARE(m_server->storage().head(), headBefore);
    for (const QByteArray &raw : v.rawFrames())
        QVERIFY2(!raw.contains("Alice") && !raw.contains("contact-alice"), raw.constData());
}

void TestServerIdentity::unsignedRefusedWhenRequired()
{
    QVERIFY(!m_server->storage().setIdentitySettings({ Secret, true }));
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.open());
    VisitorHello h;
    h.workspaceKey = fx::VisitorKey;
    h.identity = QJsonObject { { u"external_id"_s, u"usr_9"_s }, { u"name"_s, u"Unsigned"_s } };
    v.sendFrame(h);
    expectRefused(v, ErrorCode::Forbidden);
    QVERIFY(!contactByExternalId(u"usr_9"_s));

    // An anonymous visitor (no identity at all) is still welcome, and a signed one too.
    VisitorClient anonymous(m_server->visitorUrl());
    QVERIFY(hello(anonymous, {}));
    VisitorClient signedIn(m_server->visitorUrl());
    QVERIFY(hello(signedIn, signedIdentity(u"usr_9"_s)));
    QCOMPARE(m_server->storage().contact(signedIn.contactId())->externalId, u"usr_9"_s);
}

void TestServerIdentity::unsignedAcceptedWhenOptional()
{
    // Without user_hash the claim names the visitor's own anonymous contact, and nothing more: it
    // never reaches the contact that really has that external_id.
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, QJsonObject { { u"external_id"_s, u"ext-alice"_s },
                                   { u"name"_s, u"Claims To Be Alice"_s },
                                   { u"email"_s, u"alice@example.com"_s },
                                   { u"attributes"_s, QJsonObject { { u"plan"_s, u"trial"_s } } } }));
    QVERIFY(v.contactId() != fx::Alice);
    const auto contact = m_server->storage().contact(v.contactId());
    QVERIFY(contact);
    QVERIFY(contact->externalId.isEmpty());
    QVERIFY(contact->email.isEmpty());
    QCOMPARE(contact->name, u"Claims To Be Alice"_s);
    QCOMPARE(contact->attributes.value("unverified_email"_L1).toString(), u"alice@example.com"_s);
    QCOMPARE(contact->attributes.value("plan"_L1).toString(), u"trial"_s);
    QVERIFY(v.framesOf<History>().constFirst().messages.isEmpty());
    QCOMPARE(m_server->storage().contact(fx::Alice)->name, u"Alice Example"_s);
}

void TestServerIdentity::sameContactAcrossTokens()
{
    VisitorClient laptop(m_server->visitorUrl());
    QVERIFY(hello(laptop, signedIdentity(u"usr_5"_s, u"Sam"_s)));
    QVERIFY(laptop.send(u"Hello from the laptop"_s).ok());

    // Another device: no token of its own, the same signed identity → the same contact and
    // its history, with a token of its own.
    VisitorClient phone(m_server->visitorUrl());
    QVERIFY(hello(phone, signedIdentity(u"usr_5"_s, u"Sam"_s)));
    QCOMPARE(phone.contactId(), laptop.contactId());
    QVERIFY(phone.token() != laptop.token());
    const History history = phone.framesOf<History>().constFirst();
    QCOMPARE(history.messages.size(), 1);
    QCOMPARE(history.messages.constFirst().body, u"Hello from the laptop"_s);

    // The laptop's token still works, with the identity, and keeps its token.
    VisitorClient laptopAgain(m_server->visitorUrl());
    QVERIFY(hello(laptopAgain, signedIdentity(u"usr_5"_s), laptop.token()));
    QCOMPARE(laptopAgain.contactId(), laptop.contactId());
    QCOMPARE(laptopAgain.token(), laptop.token());

    // One contact with that external_id, not two.
    const server::SnapshotData data = m_server->storage().snapshot({});
    QCOMPARE(std::count_if(data.contacts.cbegin(), data.contacts.cend(),
                           [](const Contact &c) { return c.externalId == "usr_5"_L1; }),
             1);
}

void TestServerIdentity::verifiedIdentityReachesExistingContact()
{
    // Alice exists (created by the product's backend, fixture.h) with external_id ext-alice.
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, signedIdentity(u"ext-alice"_s)));
    QCOMPARE(v.contactId(), fx::Alice);
    const History history = v.framesOf<History>().constFirst();
    QStringList ids;
    for (const VisitorMessage &m : history.messages)
        ids << m.id;
    QVERIFY(ids.contains(fx::ReplyByAgent1));
    QVERIFY(!ids.contains(fx::NoteByAgent1)); // a note never reaches the customer
    QVERIFY(!ids.contains(fx::SystemMessage));
    // Her attributes stay as the backend set them (the name too: no name was sent).
    const auto alice = m_server->storage().contact(fx::Alice);
    QCOMPARE(alice->name, u"Alice Example"_s);
    QCOMPARE(alice->attributes.value("browser"_L1).toString(), u"Firefox"_s);
}

void TestServerIdentity::anonymousVisitorSignsIn()
{
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, {}));
    QVERIFY(v.send(u"Before signing in"_s).ok());
    const QString anonymousContact = v.contactId();
    QVERIFY(m_server->storage().contact(anonymousContact)->externalId.isEmpty());

    // Signing in as a customer nobody knows yet: the same contact becomes that customer.
    VisitorClient again(m_server->visitorUrl());
    QVERIFY(hello(again, signedIdentity(u"usr_new"_s, u"New Customer"_s), v.token()));
    QCOMPARE(again.contactId(), anonymousContact);
    QCOMPARE(again.token(), v.token());
    const auto contact = m_server->storage().contact(anonymousContact);
    QCOMPARE(contact->externalId, u"usr_new"_s);
    QCOMPARE(contact->name, u"New Customer"_s);
    QCOMPARE(again.framesOf<History>().constFirst().messages.constFirst().body, u"Before signing in"_s);
}

void TestServerIdentity::anonymousChatFollowsIntoKnownContact()
{
    auto agent = synced();
    QVERIFY(agent);

    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, {}));
    const auto ack = v.send(u"Started before signing in"_s);
    QVERIFY(ack.ok());
    const QString conversation = ack.ack->conversationId;
    const qsizetype fromEvent = agent->events().size();

    // Signing in as Bob, who exists: the anonymous visitor's chat moves to Bob, and the token too.
    VisitorClient bob(m_server->visitorUrl());
    QVERIFY(hello(bob, signedIdentity(u"ext-bob"_s), v.token()));
    QCOMPARE(bob.contactId(), fx::Bob);
    QCOMPARE(bob.token(), v.token());
    const auto moved = agent->waitForEvent(u"conversation.updated"_s, [&](const Event &e) {
        return e.data.value("id"_L1).toString() == conversation;
    }, 10000, fromEvent);
    QVERIFY(moved);
    QCOMPARE(moved->data.value("contact_id"_L1).toString(), fx::Bob);
    bool sawMessage = false;
    for (const VisitorMessage &m : bob.framesOf<History>().constFirst().messages)
        sawMessage = sawMessage || m.body == "Started before signing in"_L1;
    QVERIFY(sawMessage); // what it wrote before signing in is still its own

    // A reply in that conversation now reaches Bob's messenger.
    const QString replyBody = u"Hi Bob, following up"_s;
    Send send;
    send.clientId = newClientId();
    send.conversationId = conversation;
    send.kind = u"reply"_s;
    send.body = replyBody;
    QVERIFY(agent->request(send).ok());
    QVERIFY(bob.waitForMessage(replyBody));
}

void TestServerIdentity::identifiedTokenNeedsIdentity()
{
    VisitorClient alice(m_server->visitorUrl());
    QVERIFY(hello(alice, signedIdentity(u"ext-alice"_s)));
    QCOMPARE(alice.contactId(), fx::Alice);

    // The same browser without Alice's identity (she signed out, someone else uses it): a new
    // anonymous visitor, none of Alice's messages.
    VisitorClient anonymous(m_server->visitorUrl());
    QVERIFY(hello(anonymous, {}, alice.token()));
    QVERIFY(anonymous.contactId() != fx::Alice);
    QVERIFY(anonymous.token() != alice.token());
    QVERIFY(anonymous.framesOf<History>().constFirst().messages.isEmpty());

    // Another signed-in customer with Alice's token: that customer, with a token of its own;
    // Alice's token stays Alice's.
    VisitorClient bob(m_server->visitorUrl());
    QVERIFY(hello(bob, signedIdentity(u"ext-bob"_s), alice.token()));
    QCOMPARE(bob.contactId(), fx::Bob);
    QVERIFY(bob.token() != alice.token());
    VisitorClient aliceAgain(m_server->visitorUrl());
    QVERIFY(hello(aliceAgain, signedIdentity(u"ext-alice"_s), alice.token()));
    QCOMPARE(aliceAgain.contactId(), fx::Alice);
    QCOMPARE(aliceAgain.token(), alice.token());
}

void TestServerIdentity::contextRecordedNeverShown()
{
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, {}, {}, browserContext()));
    auto contact = m_server->storage().contact(v.contactId());
    QVERIFY(contact);
    const QJsonObject attributes = contact->attributes;
    const QJsonObject sent = browserContext();
    for (auto it = sent.begin(); it != sent.end(); ++it)
        QCOMPARE(attributes.value(it.key()), it.value());
    QCOMPARE(attributes.value("session_count"_L1).toInteger(), 1);
    const QDateTime firstSeen = contact->lastSeenAt;
    QVERIFY(firstSeen.isValid());

    // Reconnecting right away (another page) is the same session; the page is updated.
    QJsonObject nextPage = browserContext();
    nextPage.insert(u"page_url"_s, u"https://shop.example.com/checkout"_s);
    VisitorClient again(m_server->visitorUrl());
    QVERIFY(hello(again, {}, v.token(), nextPage));
    QCOMPARE(again.contactId(), v.contactId());
    contact = m_server->storage().contact(v.contactId());
    QCOMPARE(contact->attributes.value("session_count"_L1).toInteger(), 1);
    QCOMPARE(contact->attributes.value("page_url"_L1).toString(), u"https://shop.example.com/checkout"_s);

    for (const VisitorClient *c : { &v, &again })
        for (const QByteArray &raw : c->rawFrames())
            for (const char *needle : { "Firefox", "macOS", "Stockholm", "pricing", "checkout", "session_count" })
                QVERIFY2(!raw.contains(needle), raw.constData());
}

void TestServerIdentity::sessionCountGrowsAfterAGap()
{
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(hello(v, {}, {}, browserContext()));
    QCOMPARE(m_server->storage().contact(v.contactId())->attributes.value("session_count"_L1).toInteger(), 1);

    // Pretend the visitor was last seen an hour ago.
    {
        QSqlDatabase db = m_server->database().connection(u"identity-test"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"UPDATE contacts SET last_seen_at = ? WHERE id = ?"_s));
        q.addBindValue(formatTime(QDateTime::currentDateTimeUtc().addSecs(-3600)));
        q.addBindValue(v.contactId());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"identity-test"_s);

    VisitorClient later(m_server->visitorUrl());
    QVERIFY(hello(later, {}, v.token(), browserContext()));
    const auto contact = m_server->storage().contact(v.contactId());
    QCOMPARE(contact->attributes.value("session_count"_L1).toInteger(), 2);
    QVERIFY(contact->lastSeenAt > QDateTime::currentDateTimeUtc().addSecs(-60));
}

// ---------------------------------------------------------------- confabd admin identity-secret

void TestServerIdentity::adminIdentitySecret()
{
    const QString confabd = qEnvironmentVariable("CONFABD_BINARY");
    if (confabd.isEmpty())
        QSKIP("CONFABD_BINARY is not set (run through ctest)");
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    const QString db = database.spec();
    auto run = [&](const QStringList &args, QString *out, QString *err) {
        QProcess p;
        p.start(confabd, QStringList { u"admin"_s, u"identity-secret"_s } + args + QStringList { u"--db"_s, db });
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString first, second, rotated, err;
    QCOMPARE(run({}, &first, &err), 0);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(first).hasMatch(), qPrintable(first));
    QVERIFY2(err.contains(u"optional"_s), qPrintable(err));
    QCOMPARE(run({}, &second, &err), 0);
    QCOMPARE(second, first); // printed again, not replaced
    QCOMPARE(run({ u"--rotate"_s, u"--require"_s, u"yes"_s }, &rotated, &err), 0);
    QVERIFY(rotated != first);
    QVERIFY2(err.contains(u"required"_s), qPrintable(err));
    QString out;
    QCOMPARE(run({ u"--require"_s, u"maybe"_s }, &out, &err), 2);
    QCOMPARE(run({ u"--name"_s, u"x"_s }, &out, &err), 2);

    const auto storage = database.storage();
    QVERIFY(!storage->open());
    const server::IdentitySettings settings = storage->identitySettings();
    QCOMPARE(settings.secret, rotated);
    QVERIFY(settings.required);
}

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "tst_server_identity.moc"
