#include "server/auth.h"
#include "server/seed.h"
#include "server/storage.h"
#include "support/testdb.h"

#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace confab;
using namespace confab::server;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(10, 15, 30, 123), Qt::UTC);

bool anyInRange(const QString &text, char32_t first, char32_t last)
{
    for (const char32_t c : text.toUcs4())
        if (c >= first && c <= last)
            return true;
    return false;
}

template<typename T>
QSet<QString> idsOf(const QList<T> &list)
{
    QSet<QString> ids;
    for (const T &item : list)
        ids.insert(item.id);
    return ids;
}

} // namespace

class TestServerSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void minimumCounts();
    void idsAreUniqueAndReadable();
    void everyStatusAndChannel();
    void notesSystemMessagesAndMentions();
    void referentialIntegrity();
    void timesAreConsistent();
    void conversationShape();
    void contactsHaveAttributesTagsAndEvents();
    void entitiesPassProtocolValidation();
    void workspaceAndKeys();
    void demoLogins_data();
    void demoLogins();
    void deterministic();
    void scripts_data();
    void scripts();
    void seedsIntoDatabase();

private:
    SeedData m_seed;
};

void TestServerSeed::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
    QVERIFY(auth::init());
    QElapsedTimer timer;
    timer.start();
    m_seed = makeDemoSeed(1, Now);
    qInfo("seed built in %lld ms: %lld contacts, %lld events, %lld conversations, %lld messages",
          timer.elapsed(), qint64(m_seed.contacts.size()), qint64(m_seed.contactEvents.size()),
          qint64(m_seed.conversations.size()), qint64(m_seed.messages.size()));
}

void TestServerSeed::minimumCounts()
{
    QVERIFY(m_seed.teams.size() >= 3);
    QVERIFY(m_seed.agents.size() >= 8);
    QVERIFY(m_seed.contacts.size() >= 200);
    QVERIFY(m_seed.contactEvents.size() >= 3 * m_seed.contacts.size());
    QVERIFY(m_seed.conversations.size() >= 500);
    QVERIFY(m_seed.messages.size() >= 5000);
    QVERIFY(m_seed.articles.size() >= 30);
    QVERIFY(m_seed.savedReplies.size() >= 10);
}

void TestServerSeed::idsAreUniqueAndReadable()
{
    QCOMPARE(idsOf(m_seed.teams).size(), m_seed.teams.size());
    QCOMPARE(idsOf(m_seed.contacts).size(), m_seed.contacts.size());
    QCOMPARE(idsOf(m_seed.contactEvents).size(), m_seed.contactEvents.size());
    QCOMPARE(idsOf(m_seed.conversations).size(), m_seed.conversations.size());
    QCOMPARE(idsOf(m_seed.messages).size(), m_seed.messages.size());
    QCOMPARE(idsOf(m_seed.articles).size(), m_seed.articles.size());
    QCOMPARE(idsOf(m_seed.savedReplies).size(), m_seed.savedReplies.size());
    QSet<QString> agentIds, emails, contactEmails, externalIds;
    for (const auto &a : m_seed.agents) {
        agentIds.insert(a.agent.id);
        emails.insert(a.agent.email.toLower());
    }
    QCOMPARE(agentIds.size(), m_seed.agents.size());
    QCOMPARE(emails.size(), m_seed.agents.size());
    for (const auto &c : m_seed.contacts) {
        QVERIFY2(!c.email.isEmpty() && c.email.contains(u'@'), qPrintable(c.id));
        contactEmails.insert(c.email.toLower());
        externalIds.insert(c.externalId);
        QVERIFY2(QRegularExpression(u"^usr_\\d+$"_s).match(c.externalId).hasMatch(), qPrintable(c.externalId));
    }
    QCOMPARE(contactEmails.size(), m_seed.contacts.size());
    QCOMPARE(externalIds.size(), m_seed.contacts.size());

    const QRegularExpression readable(u"^(ag|tm|ct|cv|m|ev|ar|sr)_\\d+$"_s);
    QVERIFY(readable.match(m_seed.agents.first().agent.id).hasMatch());
    QVERIFY(readable.match(m_seed.teams.first().id).hasMatch());
    QVERIFY(readable.match(m_seed.contacts.first().id).hasMatch());
    QVERIFY(readable.match(m_seed.conversations.first().id).hasMatch());
    QVERIFY(readable.match(m_seed.messages.first().id).hasMatch());
    QVERIFY(readable.match(m_seed.articles.first().id).hasMatch());
    QVERIFY(readable.match(m_seed.savedReplies.first().id).hasMatch());
}

void TestServerSeed::everyStatusAndChannel()
{
    QMap<QString, int> statuses, channels, priorities;
    int unassigned = 0;
    for (const auto &c : m_seed.conversations) {
        ++statuses[c.status];
        ++channels[c.channel];
        ++priorities[c.priority];
        if (c.assigneeId.isEmpty())
            ++unassigned;
        if (c.status == "snoozed"_L1) {
            QVERIFY2(c.snoozedUntil.isValid() && c.snoozedUntil > Now, qPrintable(c.id));
        } else {
            QVERIFY2(!c.snoozedUntil.isValid(), qPrintable(c.id));
        }
    }
    QCOMPARE(statuses.keys(), QList<QString>({ u"open"_s, u"resolved"_s, u"snoozed"_s }));
    QCOMPARE(channels.keys(), QList<QString>({ u"chat"_s, u"email"_s }));
    QCOMPARE(priorities.keys(), QList<QString>({ u"high"_s, u"low"_s, u"none"_s, u"urgent"_s }));
    QVERIFY(unassigned > 0);
    QVERIFY(unassigned < m_seed.conversations.size() / 2);
    // A believable inbox: most history is resolved, but there is work waiting.
    QVERIFY(statuses.value(u"resolved"_s) > statuses.value(u"open"_s));
    QVERIFY(statuses.value(u"open"_s) >= 20);
}

void TestServerSeed::notesSystemMessagesAndMentions()
{
    QSet<QString> agentIds;
    QHash<QString, QString> agentNames;
    for (const auto &a : m_seed.agents) {
        agentIds.insert(a.agent.id);
        agentNames.insert(a.agent.id, a.agent.name);
    }
    int notes = 0, system = 0, mentions = 0, contactReplies = 0, agentReplies = 0;
    for (const auto &m : m_seed.messages) {
        QVERIFY2(!m.body.trimmed().isEmpty(), qPrintable(m.id));
        QVERIFY2(!m.deleted, qPrintable(m.id));
        if (m.kind == "note"_L1) {
            ++notes;
            QCOMPARE(m.author.type, u"agent"_s);
            QVERIFY(agentIds.contains(m.author.id));
        } else if (m.kind == "system"_L1) {
            ++system;
            QCOMPARE(m.author.type, u"system"_s);
            QVERIFY(m.mentions.isEmpty());
        } else {
            QCOMPARE(m.kind, u"reply"_s);
            QVERIFY(m.mentions.isEmpty());
            if (m.author.type == "contact"_L1)
                ++contactReplies;
            else if (m.author.type == "agent"_L1)
                ++agentReplies;
            else
                QFAIL(qPrintable(u"reply %1 has author type %2"_s.arg(m.id, m.author.type)));
        }
        for (const QString &id : m.mentions) {
            ++mentions;
            QVERIFY2(agentIds.contains(id), qPrintable(id));
            QVERIFY2(m.body.contains(u"@"_s + agentNames.value(id)), qPrintable(m.body));
        }
    }
    QVERIFY(notes >= 50);
    QVERIFY(system >= 300);
    QVERIFY(mentions >= 30);
    QVERIFY(contactReplies >= 1500);
    QVERIFY(agentReplies >= 1000);
}

void TestServerSeed::referentialIntegrity()
{
    const QSet<QString> contacts = idsOf(m_seed.contacts);
    const QSet<QString> conversations = idsOf(m_seed.conversations);
    const QSet<QString> teams = idsOf(m_seed.teams);
    QSet<QString> agents;
    QHash<QString, QStringList> agentTeams;
    for (const auto &a : m_seed.agents) {
        agents.insert(a.agent.id);
        agentTeams.insert(a.agent.id, a.agent.teamIds);
    }
    QHash<QString, QString> contactOfConversation;
    QHash<QString, QString> channelOfConversation;
    for (const auto &c : m_seed.conversations) {
        QVERIFY2(contacts.contains(c.contactId), qPrintable(c.id));
        QVERIFY2(c.assigneeId.isEmpty() || agents.contains(c.assigneeId), qPrintable(c.id));
        QVERIFY2(teams.contains(c.teamId), qPrintable(c.id));
        contactOfConversation.insert(c.id, c.contactId);
        channelOfConversation.insert(c.id, c.channel);
    }
    for (const auto &m : m_seed.messages) {
        QVERIFY2(conversations.contains(m.conversationId), qPrintable(m.id));
        QCOMPARE(m.channel, channelOfConversation.value(m.conversationId));
        if (m.author.type == "contact"_L1)
            QCOMPARE(m.author.id, contactOfConversation.value(m.conversationId));
        else if (m.author.type == "agent"_L1)
            QVERIFY2(agents.contains(m.author.id), qPrintable(m.id));
    }
    for (const auto &e : m_seed.contactEvents)
        QVERIFY2(contacts.contains(e.contactId), qPrintable(e.id));
    // Memberships agree both ways.
    for (const auto &t : m_seed.teams) {
        QVERIFY2(!t.memberIds.isEmpty(), qPrintable(t.id));
        for (const QString &member : t.memberIds) {
            QVERIFY(agents.contains(member));
            QVERIFY2(agentTeams.value(member).contains(t.id), qPrintable(member + u" in "_s + t.id));
        }
    }
    for (const auto &a : m_seed.agents) {
        QVERIFY(!a.agent.teamIds.isEmpty());
        for (const QString &teamId : a.agent.teamIds) {
            const auto it = std::find_if(m_seed.teams.begin(), m_seed.teams.end(),
                                         [&](const protocol::Team &t) { return t.id == teamId; });
            QVERIFY(it != m_seed.teams.end());
            QVERIFY(it->memberIds.contains(a.agent.id));
        }
    }
}

void TestServerSeed::timesAreConsistent()
{
    QHash<QString, QList<const protocol::Message *>> byConversation;
    for (const auto &m : m_seed.messages) {
        QVERIFY(m.createdAt.isValid());
        QVERIFY2(m.createdAt <= Now, qPrintable(m.id));
        byConversation[m.conversationId].append(&m);
    }
    QHash<QString, QDateTime> signup;
    for (const auto &c : m_seed.contacts) {
        QVERIFY(c.createdAt.isValid() && c.lastSeenAt.isValid());
        QVERIFY(c.createdAt <= c.lastSeenAt);
        QVERIFY(c.lastSeenAt <= Now);
        signup.insert(c.id, c.createdAt);
    }
    for (const auto &c : m_seed.conversations) {
        const auto &msgs = byConversation.value(c.id);
        QVERIFY2(!msgs.isEmpty(), qPrintable(c.id));
        QVERIFY(c.version >= 1);
        QCOMPARE(c.createdAt, msgs.first()->createdAt);
        QCOMPARE(c.lastMessageAt, msgs.last()->createdAt);
        QVERIFY(c.updatedAt >= c.lastMessageAt);
        QVERIFY(c.createdAt > signup.value(c.contactId));
        for (qsizetype i = 1; i < msgs.size(); ++i)
            QVERIFY2(msgs.at(i - 1)->createdAt < msgs.at(i)->createdAt, qPrintable(msgs.at(i)->id));
        // Ids follow time within a conversation, so keyset paging by id reads in order.
        for (qsizetype i = 1; i < msgs.size(); ++i)
            QVERIFY(msgs.at(i - 1)->id < msgs.at(i)->id);
    }
    QHash<QString, QDateTime> lastEvent;
    for (const auto &e : m_seed.contactEvents) {
        QVERIFY(e.occurredAt.isValid() && e.occurredAt <= Now);
        QVERIFY(e.occurredAt >= signup.value(e.contactId));
        QVERIFY2(e.occurredAt >= lastEvent.value(e.contactId), qPrintable(e.id));
        lastEvent.insert(e.contactId, e.occurredAt);
    }
}

void TestServerSeed::conversationShape()
{
    QHash<QString, QList<const protocol::Message *>> byConversation;
    for (const auto &m : m_seed.messages)
        byConversation[m.conversationId].append(&m);
    int chatWithoutSubject = 0, longThreads = 0;
    for (const auto &c : m_seed.conversations) {
        const auto &msgs = byConversation.value(c.id);
        // Customers start their conversations.
        QCOMPARE(msgs.first()->author.type, u"contact"_s);
        if (c.channel == "email"_L1)
            QVERIFY2(!c.subject.isEmpty(), qPrintable(c.id));
        else if (c.subject.isNull())
            ++chatWithoutSubject;
        if (msgs.size() > protocol::limits::MaxFetchLimit / 4)
            ++longThreads;
        if (c.status == "resolved"_L1)
            QVERIFY2(msgs.last()->isSystem() && msgs.last()->body.contains(u"resolved"_s), qPrintable(c.id));
        if (c.status == "snoozed"_L1)
            QVERIFY2(msgs.last()->isSystem() && msgs.last()->body.contains(u"snoozed"_s), qPrintable(c.id));
        if (!c.assigneeId.isEmpty()) {
            bool answered = false;
            for (const auto *m : msgs)
                answered = answered || (m->kind == "reply"_L1 && m->author.id == c.assigneeId);
            QVERIFY2(answered, qPrintable(c.id));
        }
    }
    QVERIFY(chatWithoutSubject > 0);
    QVERIFY(longThreads > 0); // some history needs paging
}

void TestServerSeed::contactsHaveAttributesTagsAndEvents()
{
    QSet<QString> tags, plans, browsers, eventNames;
    QHash<QString, int> eventsPerContact;
    for (const auto &e : m_seed.contactEvents) {
        eventNames.insert(e.name);
        ++eventsPerContact[e.contactId];
    }
    for (const auto &c : m_seed.contacts) {
        for (const QString &key : protocol::standardAttributeKeys())
            QVERIFY2(c.attributes.contains(key), qPrintable(c.id + u" lacks "_s + key));
        QVERIFY(c.attributes.value(u"session_count"_s).isDouble());
        QVERIFY(protocol::parseTime(c.attributes.value(u"signed_up_at"_s).toString()).isValid());
        QVERIFY(c.attributes.value(u"company"_s).isString());
        QVERIFY(c.attributes.value(u"mrr"_s).isDouble());
        QVERIFY(c.attributes.value(u"seats"_s).isDouble());
        QVERIFY(c.attributes.value(u"projects"_s).isDouble());
        QVERIFY(c.attributes.value(u"onboarded"_s).isBool());
        QVERIFY(c.attributes.value(u"money_spent"_s).isDouble());
        QVERIFY(c.attributes.value(u"keywords"_s).isString());
        if (c.attributes.value(u"mrr"_s).toDouble() > 0)
            QVERIFY(protocol::parseTime(c.attributes.value(u"last_payment_at"_s).toString()).isValid());
        const QString domain = c.email.section(u'@', 1);
        QVERIFY2(domain.contains(u'.'), qPrintable(c.email));
        for (const QString &t : c.tags)
            tags.insert(t);
        plans.insert(c.attributes.value(u"plan"_s).toString());
        browsers.insert(c.attributes.value(u"browser"_s).toString());
        QVERIFY2(eventsPerContact.value(c.id) >= 2, qPrintable(c.id));
    }
    for (const QString &t : { u"vip"_s, u"trial"_s, u"churn-risk"_s, u"beta"_s })
        QVERIFY2(tags.contains(t), qPrintable(t));
    QCOMPARE(plans, QSet<QString>({ u"free"_s, u"starter"_s, u"pro"_s, u"enterprise"_s }));
    QCOMPARE(browsers, QSet<QString>({ u"Chrome"_s, u"Firefox"_s, u"Safari"_s, u"Edge"_s }));
    for (const QString &n : { u"signed_up"_s, u"upgraded"_s, u"exported_report"_s, u"invited_teammate"_s,
                              u"created_dashboard"_s, u"payment_failed"_s })
        QVERIFY2(eventNames.contains(n), qPrintable(n));
    bool promo = false;
    for (const auto &c : m_seed.contacts)
        promo = promo || c.attributes.contains(u"promo_code"_s);
    QVERIFY(promo);
}

// Every seeded entity survives the protocol's own decoder, i.e. respects every limit.
void TestServerSeed::entitiesPassProtocolValidation()
{
    auto check = [](const auto &list) -> QString {
        for (const auto &item : list) {
            using T = std::decay_t<decltype(item)>;
            const auto decoded = T::fromJson(item.toJson());
            if (!decoded)
                return item.id + u": "_s + decoded.error().message;
            if (!(*decoded == item))
                return item.id + u": does not round-trip"_s;
        }
        return QString();
    };
    QString error;
    QVERIFY2((error = check(m_seed.teams)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.contacts)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.contactEvents)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.conversations)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.messages)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.articles)).isEmpty(), qPrintable(error));
    QVERIFY2((error = check(m_seed.savedReplies)).isEmpty(), qPrintable(error));
    for (const auto &a : m_seed.agents) {
        const auto decoded = protocol::Agent::fromJson(a.agent.toJson());
        QVERIFY(decoded);
        QCOMPARE(*decoded, a.agent);
    }
    const auto ws = protocol::Workspace::fromJson(m_seed.workspace.toJson());
    QVERIFY(ws);
    QCOMPARE(*ws, m_seed.workspace);
    for (const auto &c : m_seed.contacts)
        QVERIFY(!protocol::validateAttributes(c.attributes, false).has_value());
}

void TestServerSeed::workspaceAndKeys()
{
    QCOMPARE(m_seed.workspace.name, u"Northwind Analytics"_s);
    QVERIFY(m_seed.workspace.adminLinks.size() >= 2);
    QCOMPARE(m_seed.visitorKey, QString::fromLatin1(DemoVisitorKey));
    QCOMPARE(m_seed.apiKeyHashes,
             QStringList { QString::fromLatin1(auth::hashToken(QString::fromLatin1(DemoApiKey)).toHex()) });
    // The admin links fill in from a seeded contact.
    bool missing = true;
    const QString url = protocol::expandAdminLink(m_seed.workspace.adminLinks.first().urlTemplate,
                                                  m_seed.contacts.first(), &missing);
    QVERIFY(!missing);
    QVERIFY(url.endsWith(m_seed.contacts.first().externalId));
    for (const auto &a : m_seed.articles) {
        QVERIFY(a.url.startsWith(u"https://help.northwind.example/articles/"_s));
        QVERIFY(a.body.count(u"\n\n"_s) >= 2);
        QVERIFY(a.updatedAt.isValid() && a.updatedAt <= Now);
    }
}

void TestServerSeed::demoLogins_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << u"admin@demo.confab"_s << u"admin"_s;
    QTest::newRow("lead") << u"lead@demo.confab"_s << u"lead"_s;
    QTest::newRow("agent") << u"agent@demo.confab"_s << u"agent"_s;
}

void TestServerSeed::demoLogins()
{
    QFETCH(QString, email);
    QFETCH(QString, role);
    const auto it = std::find_if(m_seed.agents.begin(), m_seed.agents.end(),
                                 [&](const SeedData::SeedAgent &a) { return a.agent.email == email; });
    QVERIFY(it != m_seed.agents.end());
    QCOMPARE(it->agent.role, role);
    QVERIFY(auth::verifyPassword(QString::fromLatin1(DemoPassword), it->passwordHash));
    QVERIFY(!auth::verifyPassword(u"not the password"_s, it->passwordHash));
}

void TestServerSeed::deterministic()
{
    auto withoutHashes = [](SeedData d) {
        // Argon2id salts each hash, so hashes differ run to run; everything else must not.
        for (auto &a : d.agents)
            a.passwordHash.clear();
        return d;
    };
    const SeedData again = withoutHashes(makeDemoSeed(1, Now));
    const SeedData first = withoutHashes(m_seed);
    QCOMPARE(again.workspace, first.workspace);
    QCOMPARE(again.teams, first.teams);
    QCOMPARE(again.contacts, first.contacts);
    QCOMPARE(again.contactEvents, first.contactEvents);
    QCOMPARE(again.conversations, first.conversations);
    QCOMPARE(again.messages, first.messages);
    QCOMPARE(again.articles, first.articles);
    QCOMPARE(again.savedReplies, first.savedReplies);
    for (qsizetype i = 0; i < first.agents.size(); ++i)
        QCOMPARE(again.agents.at(i).agent, first.agents.at(i).agent);

    const SeedData other = makeDemoSeed(2, Now);
    QVERIFY(other.contacts != first.contacts);
    QVERIFY(other.messages != first.messages);
    QVERIFY(other.conversations.size() >= 500 && other.messages.size() >= 5000);

    // Times move with `now`: the same seed a day later is the same workspace a day later
    // (only dates written into the text differ).
    const SeedData later = makeDemoSeed(1, Now.addDays(1));
    QCOMPARE(later.messages.size(), first.messages.size());
    for (qsizetype i = 0; i < first.messages.size(); ++i) {
        QCOMPARE(later.messages.at(i).conversationId, first.messages.at(i).conversationId);
        QCOMPARE(later.messages.at(i).createdAt, first.messages.at(i).createdAt.addDays(1));
    }
}

void TestServerSeed::scripts_data()
{
    QTest::addColumn<uint>("first");
    QTest::addColumn<uint>("last");
    QTest::newRow("Cyrillic (Russian)") << 0x0400u << 0x04FFu;
    QTest::newRow("Greek") << 0x0370u << 0x03FFu;
    QTest::newRow("Armenian") << 0x0530u << 0x058Fu;
    QTest::newRow("Tamil") << 0x0B80u << 0x0BFFu;
}

void TestServerSeed::scripts()
{
    QFETCH(uint, first);
    QFETCH(uint, last);
    int customerMessages = 0, agentReplies = 0, names = 0;
    QSet<QString> contactsWriting;
    for (const auto &m : m_seed.messages) {
        if (m.kind != "reply"_L1 || !anyInRange(m.body, first, last))
            continue;
        if (m.author.type == "contact"_L1) {
            ++customerMessages;
            contactsWriting.insert(m.author.id);
        } else {
            ++agentReplies; // the team answers in the customer's language
        }
    }
    for (const auto &c : m_seed.contacts)
        if (anyInRange(c.name, first, last))
            ++names;
    QVERIFY2(customerMessages >= 20, qPrintable(QString::number(customerMessages)));
    QVERIFY(agentReplies >= 10);
    // About 5% of the customers each.
    QVERIFY2(names >= m_seed.contacts.size() / 25 && names <= m_seed.contacts.size() / 12,
             qPrintable(QString::number(names)));
    QVERIFY(contactsWriting.size() >= names / 2);
}

void TestServerSeed::seedsIntoDatabase()
{
    testing::TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    QString error;
    auto storage = createStorage(database.spec(), &error);
    QVERIFY2(storage, qPrintable(error));
    const auto opened = storage->open();
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    QVERIFY(storage->isEmpty());
    const auto seeded = storage->seed(m_seed);
    QVERIFY2(!seeded, seeded ? qPrintable(seeded->message) : "");
    QVERIFY(!storage->isEmpty());
    QVERIFY(storage->head() >= 1);
    QCOMPARE(storage->visitorKey(), QString::fromLatin1(DemoVisitorKey));
    QCOMPARE(storage->workspace().name, u"Northwind Analytics"_s);
    QVERIFY(storage->apiKeyValid(auth::hashToken(QString::fromLatin1(DemoApiKey))));
    QVERIFY(!storage->apiKeyValid(auth::hashToken(u"wrong-key"_s)));
    QCOMPARE(storage->agents().size(), m_seed.agents.size());

    const auto admin = storage->agentByEmail(u"admin@demo.confab"_s);
    QVERIFY(admin.has_value());
    QCOMPARE(admin->first.role, u"admin"_s);
    QVERIFY(auth::verifyPassword(QString::fromLatin1(DemoPassword), admin->second));

    // What was written reads back as it was generated.
    QCOMPARE(storage->contact(m_seed.contacts.at(7).id), std::optional(m_seed.contacts.at(7)));
    const protocol::Conversation &conv = m_seed.conversations.at(m_seed.conversations.size() / 2);
    protocol::Fetch fetch;
    fetch.conversationId = conv.id;
    fetch.limit = protocol::limits::MaxFetchLimit;
    const auto page = storage->fetch(fetch);
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QList<protocol::Message> expected;
    for (const auto &m : m_seed.messages)
        if (m.conversationId == conv.id)
            expected.append(m);
    QCOMPARE(page->messages.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(page->messages.at(i).id, expected.at(i).id);
        QCOMPARE(page->messages.at(i).body, expected.at(i).body);
        QCOMPARE(page->messages.at(i).createdAt, expected.at(i).createdAt);
    }

    SnapshotLimits limits;
    const SnapshotData snap = storage->snapshot(limits);
    QVERIFY(!snap.error);
    QCOMPARE(snap.articles.size(), m_seed.articles.size());
    QCOMPARE(snap.savedReplies.size(), m_seed.savedReplies.size());
    int openOrSnoozed = 0;
    for (const auto &c : m_seed.conversations)
        openOrSnoozed += c.status != "resolved"_L1;
    int snapOpen = 0;
    for (const auto &c : snap.conversations)
        snapOpen += c.status != "resolved"_L1;
    QCOMPARE(snapOpen, openOrSnoozed);

    // A second seed into the same database is refused and changes nothing.
    const qint64 head = storage->head();
    QVERIFY(storage->seed(m_seed).has_value());
    QCOMPARE(storage->head(), head);
}

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_server_seed.moc"
