#include "fixture.h"

#include "server/auth.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace confab::testing::fx {

using namespace protocol;

QStringList agentEmails()
{
    return { AdminEmail, LeadEmail, Agent1Email, Agent2Email };
}

const QString &passwordHash()
{
    static const QString hash = [] {
        server::auth::init();
        return server::auth::hashPassword(Password);
    }();
    return hash;
}

namespace {

// All fixture times are whole milliseconds in UTC, so they survive a JSON round trip unchanged.
QDateTime at(int dayOffset, int minuteOffset)
{
    static const QDateTime base(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return base.addDays(dayOffset).addSecs(qint64(minuteOffset) * 60);
}

Message msg(const QString &id, const QString &conversationId, const QString &channel, const QString &kind,
            const QString &authorType, const QString &authorId, const QString &body, const QDateTime &time,
            QStringList mentions = {}, const QString &clientId = {})
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.clientId = clientId;
    m.kind = kind;
    m.author = Author { authorType, authorId };
    m.channel = channel;
    m.body = body;
    m.mentions = std::move(mentions);
    m.createdAt = time;
    return m;
}

Agent agent(const QString &id, const QString &name, const QString &email, const QString &role, QStringList teams)
{
    Agent a;
    a.id = id;
    a.name = name;
    a.email = email;
    a.role = role;
    a.teamIds = std::move(teams);
    return a;
}

} // namespace

server::SeedData makeSeed()
{
    server::SeedData s;
    s.workspace.id = WorkspaceId;
    s.workspace.name = u"Test Workspace"_s;
    s.workspace.adminLinks = { AdminLink { u"Open in admin"_s, u"https://admin.example.com/users/{external_id}"_s },
                               AdminLink { u"Billing"_s, u"https://billing.example.com/?email={email}"_s } };
    s.visitorKey = VisitorKey;

    s.teams = { Team { TeamSupport, u"Support"_s, { AdminId, LeadId, Agent1Id } },
                Team { TeamBilling, u"Billing"_s, { LeadId, Agent2Id } } };

    const QString hash = passwordHash();
    s.agents = {
        { agent(AdminId, u"Ada Admin"_s, AdminEmail, u"admin"_s, { TeamSupport }), hash },
        { agent(LeadId, u"Lee Lead"_s, LeadEmail, u"lead"_s, { TeamSupport, TeamBilling }), hash },
        { agent(Agent1Id, u"Alex Agent"_s, Agent1Email, u"agent"_s, { TeamSupport }), hash },
        { agent(Agent2Id, u"Bo Agent"_s, Agent2Email, u"agent"_s, { TeamBilling }), hash },
    };

    Contact alice;
    alice.id = Alice;
    alice.name = u"Alice Example"_s;
    alice.email = u"alice@example.com"_s;
    alice.externalId = u"ext-alice"_s;
    alice.tags = { u"vip"_s };
    alice.attributes = QJsonObject { { u"browser"_s, u"Firefox"_s },
                                     { u"browser_version"_s, u"121.0"_s },
                                     { u"os"_s, u"Linux"_s },
                                     { u"city"_s, u"Lisbon"_s },
                                     { u"country"_s, u"PT"_s },
                                     { u"signed_up_at"_s, u"2025-03-01T10:00:00.000Z"_s },
                                     { u"session_count"_s, 42 },
                                     { u"plan"_s, u"pro"_s },
                                     { u"projects"_s, 3 },
                                     { u"promo_code"_s, u"SPRING24"_s },
                                     { u"paid"_s, true } };
    alice.createdAt = at(-300, 0);
    alice.lastSeenAt = at(0, 0);

    Contact bob;
    bob.id = Bob;
    bob.name = u"Bob Sample"_s;
    bob.email = u"bob@example.com"_s;
    bob.externalId = u"ext-bob"_s;
    bob.attributes = QJsonObject { { u"plan"_s, u"free"_s }, { u"city"_s, u"Oslo"_s }, { u"session_count"_s, 2 } };
    bob.createdAt = at(-20, 0);
    bob.lastSeenAt = at(1, 0);

    Contact carol;
    carol.id = Carol;
    carol.name = u"Carol Case"_s;
    carol.email = u"carol@example.com"_s;
    carol.tags = { u"enterprise"_s, u"trial"_s };
    carol.attributes = QJsonObject { { u"plan"_s, u"enterprise"_s }, { u"money_spent"_s, 1200.5 } };
    carol.createdAt = at(-5, 0);
    s.contacts = { alice, bob, carol };

    s.contactEvents = {
        ContactEvent { u"cev-1"_s, Alice, u"signed_up"_s, QJsonObject { { u"plan"_s, u"free"_s } }, at(-300, 0) },
        ContactEvent { u"cev-2"_s, Alice, u"upgraded"_s, QJsonObject { { u"plan"_s, u"pro"_s } }, at(-100, 0) },
    };

    auto conversation = [&](const QString &id, const QString &contact, const QString &channel, const QString &subject,
                            const QString &status, const QString &assignee, const QString &team,
                            const QString &priority, QStringList tags, qint64 version) {
        Conversation c;
        c.id = id;
        c.contactId = contact;
        c.channel = channel;
        c.subject = subject;
        c.status = status;
        c.assigneeId = assignee;
        c.teamId = team;
        c.priority = priority;
        c.tags = std::move(tags);
        c.version = version;
        return c;
    };

    QList<Message> messages;
    // Conversations get their times from their first and last messages below.
    Conversation openChat = conversation(ConvOpenChat, Alice, u"chat"_s, {}, u"open"_s, {}, TeamSupport, u"high"_s,
                                         { u"billing"_s }, 3);
    messages << msg(u"m-open-chat-1"_s, ConvOpenChat, u"chat"_s, u"reply"_s, u"contact"_s, Alice,
                    u"Hi, I was charged twice this month."_s, at(0, 0));
    messages << msg(ReplyByAgent1, ConvOpenChat, u"chat"_s, u"reply"_s, u"agent"_s, Agent1Id,
                    u"Sorry about that, let me check your invoices."_s, at(0, 2), {},
                    u"6f1c2a9e-1d1b-4c55-9d3e-0a0000000002"_s);
    messages << msg(NoteByAgent1, ConvOpenChat, u"chat"_s, u"note"_s, u"agent"_s, Agent1Id,
                    u"FIXTURE-NOTE: looks like a duplicate charge, refund?"_s, at(0, 3), { LeadId },
                    u"6f1c2a9e-1d1b-4c55-9d3e-0a0000000003"_s);
    messages << msg(SystemMessage, ConvOpenChat, u"chat"_s, u"system"_s, u"system"_s, {},
                    u"Priority set to high"_s, at(0, 4));

    Conversation openEmail = conversation(ConvOpenEmail, Bob, u"email"_s, u"Invoice question"_s, u"open"_s, Agent1Id,
                                          TeamBilling, u"none"_s, {}, 2);
    messages << msg(u"m-open-email-1"_s, ConvOpenEmail, u"email"_s, u"reply"_s, u"contact"_s, Bob,
                    u"Can I get last year's invoices as one PDF?"_s, at(1, 0));
    messages << msg(u"m-open-email-2"_s, ConvOpenEmail, u"email"_s, u"note"_s, u"agent"_s, Agent2Id,
                    u"FIXTURE-NOTE: finance can export these."_s, at(1, 5));
    messages << msg(u"m-open-email-3"_s, ConvOpenEmail, u"email"_s, u"reply"_s, u"agent"_s, Agent1Id,
                    u"Sure, I have asked finance for the export."_s, at(1, 9));

    Conversation snoozed = conversation(ConvSnoozed, Carol, u"chat"_s, {}, u"snoozed"_s, Agent2Id, TeamBilling,
                                        u"low"_s, { u"trial"_s, u"followup"_s }, 4);
    snoozed.snoozedUntil = QDateTime(QDate(2030, 1, 1), QTime(8, 0), Qt::UTC);
    messages << msg(u"m-snoozed-1"_s, ConvSnoozed, u"chat"_s, u"reply"_s, u"contact"_s, Carol,
                    u"We'd like to extend our trial by a week."_s, at(2, 0));
    messages << msg(u"m-snoozed-2"_s, ConvSnoozed, u"chat"_s, u"reply"_s, u"agent"_s, Agent2Id,
                    u"Done! I'll check in with you next week."_s, at(2, 1));
    messages << msg(u"m-snoozed-3"_s, ConvSnoozed, u"chat"_s, u"system"_s, u"system"_s, {},
                    u"Snoozed until 2030-01-01"_s, at(2, 2));

    Conversation resolved = conversation(ConvResolved, Alice, u"email"_s, u"Password reset"_s, u"resolved"_s, LeadId,
                                         TeamSupport, u"none"_s, {}, 5);
    messages << msg(u"m-resolved-1"_s, ConvResolved, u"email"_s, u"reply"_s, u"contact"_s, Alice,
                    u"I cannot reset my password."_s, at(-3, 0));
    messages << msg(u"m-resolved-2"_s, ConvResolved, u"email"_s, u"reply"_s, u"agent"_s, LeadId,
                    u"Here is the reset guide: https://help.example.com/reset-password"_s, at(-3, 30));
    messages << msg(u"m-resolved-3"_s, ConvResolved, u"email"_s, u"system"_s, u"system"_s, {},
                    u"Resolved by Lee Lead"_s, at(-3, 31));

    Conversation longConv = conversation(ConvLong, Bob, u"chat"_s, {}, u"open"_s, {}, {}, u"none"_s, {}, 1);
    for (int i = 1; i <= LongMessageCount; ++i) {
        const bool fromContact = i % 2 == 1;
        messages << msg(u"m-long-%1"_s.arg(i, 3, 10, QLatin1Char('0')), ConvLong, u"chat"_s, u"reply"_s,
                        fromContact ? u"contact"_s : u"agent"_s, fromContact ? Bob : Agent2Id,
                        u"Long conversation message %1"_s.arg(i), at(-2, i));
    }

    for (Conversation *c : { &openChat, &openEmail, &snoozed, &resolved, &longConv }) {
        QDateTime first, last;
        for (const Message &m : std::as_const(messages)) {
            if (m.conversationId != c->id)
                continue;
            if (!first.isValid() || m.createdAt < first)
                first = m.createdAt;
            if (!last.isValid() || m.createdAt > last)
                last = m.createdAt;
        }
        c->createdAt = first;
        c->updatedAt = last;
        c->lastMessageAt = last;
        s.conversations.append(*c);
    }
    s.messages = messages;

    s.articles = { Article { ArticleId, u"Resetting your password"_s,
                             u"Open Settings, choose Security, then Reset password."_s,
                             u"https://help.example.com/reset-password"_s, at(-30, 0) } };
    s.savedReplies = { SavedReply { SavedReplyId, u"Thanks"_s, u"Thanks for reaching out! We'll get back to you shortly."_s } };
    return s;
}

} // namespace confab::testing::fx
