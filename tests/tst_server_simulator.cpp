#include "server/auth.h"
#include "server/hub.h"
#include "server/seed.h"
#include "server/simulator.h"
#include "server/storage.h"

#include "support/agentclient.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace confab;
using namespace confab::server;
using namespace Qt::StringLiterals;

namespace {

bool anyInRange(const QString &text, char32_t first, char32_t last)
{
    for (const char32_t c : text.toUcs4())
        if (c >= first && c <= last)
            return true;
    return false;
}

// A demo workspace in a fresh test database (SQLite or PostgreSQL, see testdb.h), with a hub
// that has no sessions.
struct DemoStore
{
    testing::TestDatabase dir;
    std::unique_ptr<Storage> storage;
    std::unique_ptr<Hub> hub;

    bool open(const SeedData *seed, QString *error)
    {
        if (!dir.isValid()) {
            *error = dir.error();
            return false;
        }
        storage = createStorage(dir.spec(), error);
        if (!storage)
            return false;
        if (auto e = storage->open()) {
            *error = e->message;
            return false;
        }
        if (seed) {
            if (auto e = storage->seed(*seed)) {
                *error = e->message;
                return false;
            }
        }
        hub = std::make_unique<Hub>(*storage, SnapshotLimits {}, 10000);
        return true;
    }
};

} // namespace

class TestServerSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachTickLogsConsecutiveEvents();
    void trafficIsAMixOfEverything();
    void customersWriteInTheirLanguage();
    void sameSeedSameStory();
    void worksOnAnEmptyWorkspace();
    void liveAgentsSeeTheTraffic();
    void timerActsUntilStopped();

private:
    SeedData m_seed;
};

void TestServerSimulator::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
    QVERIFY(auth::init());
    m_seed = makeDemoSeed(1, QDateTime::currentDateTimeUtc());
}

void TestServerSimulator::eachTickLogsConsecutiveEvents()
{
    DemoStore store;
    QString error;
    QVERIFY2(store.open(&m_seed, &error), qPrintable(error));
    Simulator sim(*store.storage, *store.hub, 7);
    QSignalSpy acted(&sim, &Simulator::acted);

    QSet<QString> conversations;
    for (const auto &c : m_seed.conversations)
        conversations.insert(c.id);
    for (int i = 0; i < 40; ++i) {
        const qint64 before = store.storage->head();
        sim.tick();
        const qint64 after = store.storage->head();
        QVERIFY2(after > before, qPrintable(u"tick %1 changed nothing"_s.arg(i)));
        QCOMPARE(acted.size(), i + 1);
        QVERIFY(!acted.last().first().toString().isEmpty());

        const QList<protocol::Event> events = store.storage->eventsAfter(before, 1000);
        QCOMPARE(events.size(), after - before);
        for (qsizetype k = 0; k < events.size(); ++k) {
            QCOMPARE(events.at(k).seq, before + 1 + k);
            QVERIFY2(protocol::events::isKnown(events.at(k).name), qPrintable(events.at(k).name));
        }
        // Simulated traffic is customers only: every message is a customer's reply.
        for (const protocol::Event &e : events) {
            if (e.name != protocol::events::MessageCreated)
                continue;
            const auto m = protocol::Message::fromJson(e.data);
            QVERIFY(m);
            QCOMPARE(m->kind, u"reply"_s);
            QCOMPARE(m->author.type, u"contact"_s);
            QVERIFY(!m->clientId.isEmpty());
            QVERIFY(!QUuid::fromString(m->clientId).isNull());
            QVERIFY(!m->body.trimmed().isEmpty());
        }
    }
}

void TestServerSimulator::trafficIsAMixOfEverything()
{
    DemoStore store;
    QString error;
    QVERIFY2(store.open(&m_seed, &error), qPrintable(error));
    QSet<QString> seededConversations;
    for (const auto &c : m_seed.conversations)
        seededConversations.insert(c.id);

    Simulator sim(*store.storage, *store.hub, 11);
    const qint64 start = store.storage->head();
    for (int i = 0; i < 120; ++i)
        sim.tick();

    int created = 0, intoExisting = 0, contactEvents = 0, newContacts = 0, visitors = 0, emails = 0;
    QSet<QString> clientIds;
    QHash<QString, QString> channelOf;
    for (const auto &c : m_seed.conversations)
        channelOf.insert(c.id, c.channel);
    const QList<protocol::Event> events = store.storage->eventsAfter(start, 100000);
    QVERIFY(!events.isEmpty());
    for (const protocol::Event &e : events) {
        if (e.name == protocol::events::ConversationCreated) {
            ++created;
            const auto c = protocol::Conversation::fromJson(e.data);
            QVERIFY(c);
            channelOf.insert(c->id, c->channel);
        } else if (e.name == protocol::events::ContactEventName) {
            ++contactEvents;
        } else if (e.name == protocol::events::ContactUpdated) {
            ++newContacts;
            const auto c = protocol::Contact::fromJson(e.data);
            QVERIFY(c);
            if (c->email.isEmpty())
                ++visitors;
        } else if (e.name == protocol::events::MessageCreated) {
            const auto m = protocol::Message::fromJson(e.data);
            QVERIFY(m);
            QVERIFY2(!clientIds.contains(m->clientId), "a client id was used twice");
            clientIds.insert(m->clientId);
            // A message continues its conversation on that conversation's channel.
            QCOMPARE(m->channel, channelOf.value(m->conversationId));
            if (seededConversations.contains(m->conversationId))
                ++intoExisting;
            if (m->channel == "email"_L1)
                ++emails;
        }
    }
    QVERIFY2(intoExisting >= 30, qPrintable(QString::number(intoExisting)));
    QVERIFY(created >= 10);
    QVERIFY(contactEvents >= 5);
    QVERIFY(newContacts >= 2); // brand-new customers and website visitors
    QVERIFY(visitors >= 1);
    QVERIFY(emails >= 10);
    QVERIFY(clientIds.size() >= 100);
}

void TestServerSimulator::customersWriteInTheirLanguage()
{
    DemoStore store;
    QString error;
    QVERIFY2(store.open(&m_seed, &error), qPrintable(error));
    QHash<QString, QString> language;
    for (const auto &c : m_seed.contacts)
        language.insert(c.id, c.attributes.value(u"language"_s).toString());

    Simulator sim(*store.storage, *store.hub, 5);
    const qint64 start = store.storage->head();
    for (int i = 0; i < 150; ++i)
        sim.tick();
    QSet<QString> seen;
    int checked = 0;
    for (const protocol::Event &e : store.storage->eventsAfter(start, 100000)) {
        if (e.name == protocol::events::ContactUpdated) {
            const auto c = protocol::Contact::fromJson(e.data);
            if (c && c->attributes.contains(u"language"_s))
                language.insert(c->id, c->attributes.value(u"language"_s).toString());
            continue;
        }
        if (e.name != protocol::events::MessageCreated)
            continue;
        const auto m = protocol::Message::fromJson(e.data);
        const QString lang = language.value(m->author.id);
        if (lang.isEmpty())
            continue; // an anonymous website visitor
        ++checked;
        seen.insert(lang);
        const bool cyrillic = anyInRange(m->body, 0x0400, 0x04FF);
        const bool greek = anyInRange(m->body, 0x0370, 0x03FF);
        const bool armenian = anyInRange(m->body, 0x0530, 0x058F);
        const bool tamil = anyInRange(m->body, 0x0B80, 0x0BFF);
        const QString what = lang + u": "_s + m->body;
        QVERIFY2(cyrillic == (lang == "ru"_L1), qPrintable(what));
        QVERIFY2(greek == (lang == "el"_L1), qPrintable(what));
        QVERIFY2(armenian == (lang == "hy"_L1), qPrintable(what));
        QVERIFY2(tamil == (lang == "ta"_L1), qPrintable(what));
    }
    QVERIFY(checked >= 80);
    QVERIFY(seen.contains(u"en"_s));
    QVERIFY2(seen.size() >= 3, qPrintable(QStringList(seen.values()).join(u' ')));
}

void TestServerSimulator::sameSeedSameStory()
{
    DemoStore a, b;
    QString error;
    QVERIFY2(a.open(&m_seed, &error), qPrintable(error));
    QVERIFY2(b.open(&m_seed, &error), qPrintable(error));
    Simulator simA(*a.storage, *a.hub, 3);
    Simulator simB(*b.storage, *b.hub, 3);
    QSignalSpy spyA(&simA, &Simulator::acted);
    QSignalSpy spyB(&simB, &Simulator::acted);
    for (int i = 0; i < 40; ++i) {
        simA.tick();
        simB.tick();
    }
    QCOMPARE(spyA.size(), 40);
    QCOMPARE(spyB.size(), 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(spyA.at(i).first().toString(), spyB.at(i).first().toString());

    DemoStore c;
    QVERIFY2(c.open(&m_seed, &error), qPrintable(error));
    Simulator simC(*c.storage, *c.hub, 4);
    QSignalSpy spyC(&simC, &Simulator::acted);
    for (int i = 0; i < 40; ++i)
        simC.tick();
    QStringList storyA, storyC;
    for (int i = 0; i < 40; ++i) {
        storyA.append(spyA.at(i).first().toString());
        storyC.append(spyC.at(i).first().toString());
    }
    QVERIFY(storyA != storyC);
}

void TestServerSimulator::worksOnAnEmptyWorkspace()
{
    DemoStore store;
    QString error;
    QVERIFY2(store.open(nullptr, &error), qPrintable(error));
    Simulator sim(*store.storage, *store.hub, 1);
    QSignalSpy acted(&sim, &Simulator::acted);
    const qint64 start = store.storage->head();
    for (int i = 0; i < 15; ++i)
        sim.tick();
    QCOMPARE(acted.size(), 15);
    QVERIFY(store.storage->head() > start);
    const SnapshotData snap = store.storage->snapshot(SnapshotLimits {});
    QVERIFY(!snap.error);
    QVERIFY(!snap.contacts.isEmpty());
    QVERIFY(!snap.conversations.isEmpty());
}

void TestServerSimulator::liveAgentsSeeTheTraffic()
{
    testing::TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    testing::AgentClient agent(server.agentUrl());
    QVERIFY(agent.connectAndSync(server.tokenFor(testing::fx::LeadEmail)));
    const qint64 synced = agent.lastSeq();

    Simulator sim(server.storage(), server.server().hub(), 9);
    for (int i = 0; i < 12; ++i)
        sim.tick();
    const qint64 head = server.storage().head();
    QVERIFY(head > synced);
    QVERIFY(agent.waitForSeq(head));
    QCOMPARE(agent.gapCount(), 0);
    QCOMPARE(agent.lastSeq(), head);
    bool customerMessage = false;
    for (const protocol::Event &e : agent.events())
        if (e.seq > synced && e.name == protocol::events::MessageCreated)
            customerMessage = customerMessage || e.data.value(u"author"_s).toObject().value(u"type"_s) == u"contact"_s;
    QVERIFY(customerMessage);
}

void TestServerSimulator::timerActsUntilStopped()
{
    DemoStore store;
    QString error;
    QVERIFY2(store.open(&m_seed, &error), qPrintable(error));
    Simulator sim(*store.storage, *store.hub, 2);
    QSignalSpy acted(&sim, &Simulator::acted);
    QVERIFY(!sim.isRunning());
    sim.start(10);
    QVERIFY(sim.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(acted.size() >= 5, 20000);
    sim.stop();
    QVERIFY(!sim.isRunning());
    const qsizetype count = acted.size();
    const qint64 head = store.storage->head();
    QVERIFY(!acted.wait(200)); // a stopped simulator stays quiet
    QCOMPARE(acted.size(), count);
    QCOMPARE(store.storage->head(), head);
}

QTEST_GUILESS_MAIN(TestServerSimulator)
#include "tst_server_simulator.moc"
