// What a customer's connection (/v1/visitor) may see: its own conversation's replies, and
// nothing else — no notes, no system messages, no events, no other contact's data, no agent
// email, no attributes. Asserted over every raw frame the server sent to the visitor.
#include "support/agentclient.h"
#include "support/testserver.h"
#include "support/visitorclient.h"

#include "protocol/limits.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;

class TestServerPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CONFAB_REQUIRE_TEST_DB(); }
    void init();
    void cleanup();

    void newAndReturningVisitor();
    void visitorSendIsIdempotent();
    void visitorSeesOnlyWhatACustomerMay();
    void wrongWorkspaceKeyRefused();
    void frameBeforeHelloRefused();

private:
    std::unique_ptr<AgentClient> synced(const QString &email);
    // Asserts the privacy rules over every raw frame a visitor received.
    void checkFrames(const QString &who, const QList<QByteArray> &raws, const QStringList &forbidden,
                     const QSet<QString> &ownConversations);

    std::unique_ptr<TestServer> m_server;
};

void TestServerPrivacy::init()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestServerPrivacy::cleanup()
{
    m_server.reset();
}

std::unique_ptr<AgentClient> TestServerPrivacy::synced(const QString &email)
{
    auto client = std::make_unique<AgentClient>(m_server->agentUrl());
    if (!client->connectAndSync(m_server->tokenFor(email)))
        return nullptr;
    return client;
}

void TestServerPrivacy::checkFrames(const QString &who, const QList<QByteArray> &raws, const QStringList &forbidden,
                                    const QSet<QString> &ownConversations)
{
    static const QSet<QString> allowedTypes { u"message"_s, u"history"_s, u"welcome"_s, u"ack"_s,
                                              u"typing"_s,  u"pong"_s,    u"error"_s };
    QVERIFY(!raws.isEmpty());
    for (const QByteArray &raw : raws) {
        const QString context = who + u": "_s + QString::fromUtf8(raw.left(400));
        auto object = parseObject(raw, limits::MaxFrameBytes);
        QVERIFY2(object, qPrintable(context));
        const QString type = object->value("type"_L1).toString();
        QVERIFY2(allowedTypes.contains(type), qPrintable(u"frame type not for visitors: "_s + context));

        for (const QString &needle : forbidden)
            QVERIFY2(!raw.contains(needle.toUtf8()), qPrintable(u"leaked '%1' in "_s.arg(needle) + context));
        for (const char *key : { "\"attributes\"", "\"events\"", "\"seq\"", "\"email\"", "\"mentions\"", "\"kind\":\"note\"",
                                 "\"kind\":\"system\"", "\"type\":\"system\"", "\"tags\"" })
            QVERIFY2(!raw.contains(key), qPrintable(u"leaked %1 in "_s.arg(QLatin1StringView(key)) + context));

        auto decoded = decodeVisitorServerFrame(raw);
        QVERIFY2(std::holds_alternative<VisitorServerFrame>(decoded), qPrintable(u"undecodable: "_s + context));
        const VisitorServerFrame &frame = std::get<VisitorServerFrame>(decoded);
        QList<VisitorMessage> messages;
        if (const auto *m = std::get_if<VisitorMessageFrame>(&frame))
            messages << m->message;
        if (const auto *h = std::get_if<History>(&frame))
            messages << h->messages;
        for (const VisitorMessage &m : std::as_const(messages)) {
            QVERIFY2(ownConversations.contains(m.conversationId), qPrintable(u"foreign conversation in "_s + context));
            QVERIFY2(m.authorType == "agent"_L1 || m.authorType == "contact"_L1, qPrintable(context));
            QVERIFY2(!m.authorName.contains(u'@'), qPrintable(u"an email as author name in "_s + context));
        }
        if (const auto *t = std::get_if<VisitorTypingEvent>(&frame)) {
            QVERIFY2(t->conversationId.isEmpty() || ownConversations.contains(t->conversationId),
                     qPrintable(u"typing of a foreign conversation: "_s + context));
            QVERIFY2(!t->agentName.contains(u'@'), qPrintable(context));
        }
    }
}

void TestServerPrivacy::newAndReturningVisitor()
{
    auto lead = synced(fx::LeadEmail);
    QVERIFY(lead);

    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.connectAndHello(fx::VisitorKey));
    QVERIFY(!v.token().isEmpty());
    QVERIFY(!v.contactId().isEmpty());
    QVERIFY(v.token().size() >= 22);
    QVERIFY(v.framesOf<History>().first().messages.isEmpty());

    const auto sent = v.send(u"Hello, is anyone there?"_s);
    QVERIFY(sent.ok());
    auto created = lead->waitForEvent(events::ConversationCreated, [&](const Event &e) {
        return e.data.value("contact_id"_L1).toString() == v.contactId();
    });
    QVERIFY(created);
    const QString conversation = created->data.value("id"_L1).toString();
    QCOMPARE(created->data.value("channel"_L1).toString(), u"chat"_s);
    QCOMPARE(created->data.value("status"_L1).toString(), u"open"_s);
    auto message = lead->waitForEvent(events::MessageCreated, [&](const Event &e) {
        return e.data.value("conversation_id"_L1).toString() == conversation;
    });
    QVERIFY(message);
    QVERIFY(lead->events().indexOf(*created) < lead->events().indexOf(*message));
    auto m = Message::fromJson(message->data);
    QVERIFY(m);
    QCOMPARE(m->body, u"Hello, is anyone there?"_s);
    QCOMPARE(m->kind, u"reply"_s);
    QCOMPARE(m->author.type, u"contact"_s);
    QCOMPARE(m->author.id, v.contactId());
    QCOMPARE(sent.ack->messageId, m->id);

    const auto reply = lead->request(Send { {}, newClientId(), conversation, u"reply"_s, u"Yes, how can I help?"_s, {} });
    QVERIFY(reply.ok());
    QVERIFY(v.waitForMessage(u"Yes, how can I help?"_s));
    v.close();
    QVERIFY(v.waitForDisconnected());

    // The same browser comes back with its token: same contact, full history.
    VisitorClient back(m_server->visitorUrl());
    QVERIFY(back.connectAndHello(fx::VisitorKey, v.token()));
    QCOMPARE(back.contactId(), v.contactId());
    const History history = back.framesOf<History>().first();
    QCOMPARE(history.messages.size(), 2);
    QCOMPARE(history.messages.at(0).body, u"Hello, is anyone there?"_s);
    QCOMPARE(history.messages.at(0).authorType, u"contact"_s);
    QCOMPARE(history.messages.at(1).body, u"Yes, how can I help?"_s);
    QCOMPARE(history.messages.at(1).authorType, u"agent"_s);
    QCOMPARE(history.messages.at(1).authorName, u"Lee Lead"_s);

    // A different new visitor is a different contact with an empty history.
    VisitorClient other(m_server->visitorUrl());
    QVERIFY(other.connectAndHello(fx::VisitorKey));
    QVERIFY(other.contactId() != v.contactId());
    QVERIFY(other.token() != v.token());
    QVERIFY(other.framesOf<History>().first().messages.isEmpty());
}

void TestServerPrivacy::visitorSendIsIdempotent()
{
    auto lead = synced(fx::LeadEmail);
    QVERIFY(lead);
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.connectAndHello(fx::VisitorKey));
    const QString clientId = newClientId();
    const auto first = v.send(u"Sent twice over a flaky network"_s, clientId);
    QVERIFY(first.ok());
    // A visitor's ack carries no seq: the event count of the workspace is not the customer's business.
    QCOMPARE(first.ack->seq, 0);
    for (const QByteArray &raw : v.rawFrames())
        QVERIFY2(!raw.contains("\"seq\""), raw.constData());
    const qint64 head = m_server->storage().head();
    QVERIFY(lead->waitForSeq(head));
    const auto second = v.send(u"Sent twice over a flaky network"_s, clientId);
    QVERIFY(second.ok());
    QCOMPARE(second.ack->messageId, first.ack->messageId);
    QCOMPARE(second.ack->seq, 0); // the repeat too
    QCOMPARE(m_server->storage().head(), head);
    QVERIFY(lead->roundTrip());
    const auto created = std::count_if(lead->events().begin(), lead->events().end(), [](const Event &e) {
        return e.name == events::MessageCreated && e.data.value("body"_L1).toString() == "Sent twice over a flaky network"_L1;
    });
    QCOMPARE(int(created), 1);
}

void TestServerPrivacy::visitorSeesOnlyWhatACustomerMay()
{
    auto lead = synced(fx::LeadEmail);
    auto agent = synced(fx::Agent1Email);
    QVERIFY(lead && agent);

    VisitorClient v1(m_server->visitorUrl());
    VisitorClient v2(m_server->visitorUrl());
    QVERIFY(v1.connectAndHello(fx::VisitorKey));
    QVERIFY(v2.connectAndHello(fx::VisitorKey));
    QVERIFY(v1.contactId() != v2.contactId());

    auto conversationOf = [&](const VisitorClient &v, qsizetype fromEvent) -> QString {
        auto e = lead->waitForEvent(
            events::ConversationCreated,
            [&](const Event &e) { return e.data.value("contact_id"_L1).toString() == v.contactId(); }, 10000, fromEvent);
        return e ? e->data.value("id"_L1).toString() : QString();
    };

    QVERIFY(v1.send(u"V1-FIRST: my order has not arrived"_s).ok());
    const QString conv1 = conversationOf(v1, 0);
    QVERIFY(!conv1.isEmpty());
    QVERIFY(v2.send(u"SECRET-V2-FIRST: please delete my account"_s).ok());
    const QString conv2 = conversationOf(v2, 0);
    QVERIFY(!conv2.isEmpty());
    QVERIFY(conv1 != conv2);

    // The teammates work on conversation 1 while visitor 2 talks in parallel.
    QVERIFY(agent->request(Send { {}, newClientId(), conv1, u"reply"_s, u"AGENT-REPLY-1: let me look that up"_s, {} }).ok());
    QVERIFY(v2.send(u"SECRET-V2-SECOND: also my card ends 4242"_s).ok());
    QVERIFY(agent->request(Send { {}, newClientId(), conv1, u"note"_s,
                                  u"SECRET-NOTE: @lead this customer is on the SECRET-PLAN-VALUE plan, agent1@test.confab"_s,
                                  { fx::LeadId } })
                .ok());
    QVERIFY(agent->request(Send { {}, newClientId(), conv2, u"reply"_s, u"SECRET-REPLY-TO-V2: account deletion queued"_s, {} })
                .ok());

    // Typing a note, or typing without saying what (an older client), reaches the teammates
    // only; typing a reply reaches the customer too.
    const qsizetype fromV1 = v1.mark();
    const qsizetype fromLead = lead->mark();
    agent->sendFrame(TypingRequest { conv1, true, u"note"_s });
    agent->sendFrame(TypingRequest { conv1, true });
    QVERIFY(lead->waitFor<TypingEvent>([&](const TypingEvent &t) { return t.conversationId == conv1; }, 5000, fromLead));
    QVERIFY(agent->roundTrip()); // both typing frames were handled
    QVERIFY(v1.roundTrip());     // and anything they caused has reached the visitor
    QVERIFY2(v1.framesOf<VisitorTypingEvent>(fromV1).isEmpty(), "typing a note was shown to the customer");
    QVERIFY2(lead->waitUntil([&] { return lead->framesOf<TypingEvent>(fromLead).size() == 2; }, 5000),
             "the teammates do not see both");

    agent->sendFrame(TypingRequest { conv1, true, u"reply"_s });
    auto typing = v1.waitFor<VisitorTypingEvent>({}, 5000, fromV1);
    QVERIFY2(typing, "the visitor does not see the agent typing a reply");
    QVERIFY(typing->on);
    QCOMPARE(typing->agentName, u"Alex Agent"_s);
    agent->sendFrame(TypingRequest { conv2, true, u"reply"_s }); // must reach visitor 2 only
    QVERIFY(v2.waitFor<VisitorTypingEvent>({}, 5000));

    // Assign, change attributes and tags, resolve: all internal.
    auto conv1Version = [&]() -> qint64 {
        qint64 v = 0;
        for (const Event &e : lead->events())
            if ((e.name == events::ConversationCreated || e.name == events::ConversationUpdated)
                && e.data.value("id"_L1).toString() == conv1)
                v = e.data.value("version"_L1).toInteger();
        return v;
    };
    QVERIFY(lead->waitForSeq(m_server->storage().head()));
    auto assigned = lead->request(Update { {}, newClientId(), conv1, conv1Version(),
                                           QJsonObject { { u"assignee_id"_s, fx::Agent1Id }, { u"tags"_s, QJsonArray { u"SECRET-CONV-TAG"_s } } } });
    QVERIFY2(assigned.ok(), qPrintable(assigned.error ? assigned.error->message : u"no answer"_s));
    QVERIFY(lead->request(UpdateContact { {}, newClientId(), v1.contactId(),
                                          QJsonObject { { u"attributes"_s, QJsonObject { { u"plan"_s, u"SECRET-PLAN-VALUE"_s },
                                                                                       { u"secret_score"_s, 97 } } },
                                                        { u"tags"_s, QJsonArray { u"SECRET-TAG"_s } } } })
                .ok());
    QVERIFY(agent->request(Send { {}, newClientId(), conv1, u"reply"_s, u"AGENT-REPLY-2: a replacement is on its way"_s, {} }).ok());
    QVERIFY(lead->waitForSeq(m_server->storage().head()));
    auto resolved = lead->request(Update { {}, newClientId(), conv1, conv1Version(),
                                           QJsonObject { { u"status"_s, u"resolved"_s } } });
    QVERIFY2(resolved.ok(), qPrintable(resolved.error ? resolved.error->message : u"no answer"_s));

    QVERIFY(v1.waitForMessage(u"AGENT-REPLY-1: let me look that up"_s));
    auto reply2 = v1.waitForMessage(u"AGENT-REPLY-2: a replacement is on its way"_s);
    QVERIFY(reply2);
    QCOMPARE(reply2->authorType, u"agent"_s);
    QCOMPARE(reply2->authorName, u"Alex Agent"_s);
    QCOMPARE(reply2->conversationId, conv1);
    QVERIFY(v2.waitForMessage(u"SECRET-REPLY-TO-V2: account deletion queued"_s));

    // With conversation 1 resolved, visitor 1's next message starts a new conversation.
    const qsizetype fromEvent = lead->events().size();
    QVERIFY(v1.send(u"V1-AGAIN: one more question"_s).ok());
    const QString conv1b = conversationOf(v1, fromEvent);
    QVERIFY2(!conv1b.isEmpty() && conv1b != conv1, "a resolved conversation was not left closed");

    // Everything the server had to say has arrived.
    QVERIFY(v1.roundTrip());
    QVERIFY(v2.roundTrip());
    QVERIFY(lead->waitForSeq(m_server->storage().head()));

    // The returning visitor's history: its own messages and the agents' replies, nothing else.
    const QString token1 = v1.token();
    v1.close();
    QVERIFY(v1.waitForDisconnected());
    VisitorClient back(m_server->visitorUrl());
    QVERIFY(back.connectAndHello(fx::VisitorKey, token1));
    QCOMPARE(back.contactId(), v1.contactId());
    QStringList bodies;
    const QList<History> histories = back.framesOf<History>(); // bound: the loop must not run over a temporary
    QCOMPARE(histories.size(), 1);
    for (const VisitorMessage &m : histories.first().messages)
        bodies << m.body;
    QVERIFY2(bodies.contains(u"V1-FIRST: my order has not arrived"_s), qPrintable(bodies.join(u" | "_s)));
    QVERIFY(bodies.contains(u"AGENT-REPLY-1: let me look that up"_s));
    QVERIFY(bodies.contains(u"AGENT-REPLY-2: a replacement is on its way"_s));
    QVERIFY(bodies.contains(u"V1-AGAIN: one more question"_s));
    QVERIFY(bodies.indexOf(u"V1-FIRST: my order has not arrived"_s) < bodies.indexOf(u"AGENT-REPLY-1: let me look that up"_s));
    QVERIFY(back.roundTrip());

    // Build the list of what visitor 1 must never see.
    QStringList forbidden { u"SECRET"_s, u"FIXTURE-NOTE"_s, v2.contactId(), conv2, v2.token() };
    forbidden += fx::agentEmails();
    for (const Contact &c : m_server->seed().contacts)
        forbidden << c.id << c.email;
    for (const Conversation &c : m_server->seed().conversations)
        forbidden << c.id;
    for (const Message &m : m_server->seed().messages)
        if (m.kind != "reply"_L1)
            forbidden << m.body;
    for (const Event &e : lead->events()) {
        if (e.name != events::MessageCreated)
            continue;
        const QString kind = e.data.value("kind"_L1).toString();
        const QString body = e.data.value("body"_L1).toString();
        if (kind != "reply"_L1 && !body.trimmed().isEmpty())
            forbidden << body; // every note and system message the server made
    }
    QList<QByteArray> seenBy1 = v1.rawFrames();
    seenBy1 += back.rawFrames();
    QCOMPARE(v1.decodeFailures() + back.decodeFailures(), 0);
    checkFrames(u"visitor 1"_s, seenBy1, forbidden, { conv1, conv1b });
    if (QTest::currentTestFailed())
        return;

    // And symmetrically for visitor 2 (whose own texts carry the SECRET marker).
    QStringList forbidden2 { u"V1-"_s, u"AGENT-REPLY"_s, u"SECRET-NOTE"_s, u"SECRET-PLAN"_s, u"SECRET-TAG"_s,
                             u"SECRET-CONV-TAG"_s, v1.contactId(), conv1, conv1b, token1 };
    forbidden2 += fx::agentEmails();
    for (const Contact &c : m_server->seed().contacts)
        forbidden2 << c.id << c.email;
    QCOMPARE(v2.decodeFailures(), 0);
    checkFrames(u"visitor 2"_s, v2.rawFrames(), forbidden2, { conv2 });
}

void TestServerPrivacy::wrongWorkspaceKeyRefused()
{
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.open());
    v.hello(u"not-the-workspace-key"_s);
    auto error = v.waitFor<ErrorFrame>({}, 10000);
    QVERIFY(error);
    QCOMPARE(errorCodeName(error->code), u"unauthorized"_s);
    QVERIFY(v.waitForDisconnected(10000));
    QCOMPARE(int(v.closeCode()), 4001);
    QVERIFY(v.framesOf<VisitorWelcome>().isEmpty());
    QVERIFY(v.framesOf<History>().isEmpty());
}

void TestServerPrivacy::frameBeforeHelloRefused()
{
    const qint64 head = m_server->storage().head();
    VisitorClient v(m_server->visitorUrl());
    QVERIFY(v.open());
    v.sendFrame(VisitorSend { u"early"_s, newClientId(), u"Sneaking in before hello"_s });
    auto error = v.waitFor<ErrorFrame>({}, 10000);
    QVERIFY(error);
    QVERIFY(v.framesOf<Ack>().isEmpty());
    QCOMPARE(m_server->storage().head(), head);
    if (v.waitForDisconnected(2000))
        QCOMPARE(int(v.closeCode()), 4001);
}

QTEST_GUILESS_MAIN(TestServerPrivacy)
#include "tst_server_privacy.moc"
