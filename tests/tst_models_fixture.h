#pragma once

// A real cache in a temporary directory, filled through the CacheWriter the way sync fills
// it (a snapshot, then consecutive event batches), for the model and UI tests.

#include "cache/cache.h"
#include "protocol/frames.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace confab::tests {

using namespace Qt::StringLiterals;

inline QDateTime baseTime()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

class CacheFixture
{
public:
    CacheFixture()
    {
        QVERIFY(dir.isValid());
        const cache::Status st = cache.open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        run([](cache::CacheWriter &w) { return w.setSyncIdentity(u"http://127.0.0.1:1"_s, u"a_me"_s); });
    }

    // Runs fn on the writer's thread and waits for the cache's changed signal on this one.
    void run(const std::function<cache::Status(cache::CacheWriter &)> &fn)
    {
        QSignalSpy spy(&cache, &cache::Cache::changed);
        cache::Status status;
        QMetaObject::invokeMethod(
            cache.writer(), [&] { status = fn(*cache.writer()); }, Qt::BlockingQueuedConnection);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QVERIFY(spy.wait(5000));
    }

    static protocol::Agent agent(const QString &id, const QString &name, const QString &role = u"agent"_s,
                                 const QStringList &teams = {})
    {
        protocol::Agent a;
        a.id = id;
        a.name = name;
        a.email = id + u"@example.com"_s;
        a.role = role;
        a.teamIds = teams;
        return a;
    }

    static protocol::Contact contact(const QString &id, const QString &name)
    {
        protocol::Contact c;
        c.id = id;
        c.name = name;
        c.email = id + u"@customer.example"_s;
        c.createdAt = baseTime().addDays(-30);
        return c;
    }

    static protocol::Conversation conversation(const QString &id, const QString &contactId, const QDateTime &last,
                                               const QString &status = u"open"_s, const QString &assignee = {},
                                               const QString &team = {}, const QString &channel = u"chat"_s)
    {
        protocol::Conversation c;
        c.id = id;
        c.contactId = contactId;
        c.channel = channel;
        c.subject = channel == "email"_L1 ? u"Subject of "_s + id : QString();
        c.status = status;
        c.assigneeId = assignee;
        c.teamId = team;
        c.createdAt = last.addSecs(-3600);
        c.updatedAt = last;
        c.lastMessageAt = last;
        return c;
    }

    static protocol::Message message(const QString &id, const QString &conversationId, const QDateTime &at,
                                     const QString &kind = u"reply"_s, const QString &authorType = u"contact"_s,
                                     const QString &authorId = {}, const QString &body = {})
    {
        protocol::Message m;
        m.id = id;
        m.conversationId = conversationId;
        m.kind = kind;
        m.author = { authorType, authorId };
        m.body = body.isEmpty() ? u"Body of "_s + id : body;
        m.createdAt = at;
        return m;
    }

    // A workspace: me (a_me), two teammates, two teams, contacts k0..k(n-1), conversations
    // c000..c(n-1) (one a minute, newest last) each with one customer message.
    void seed(int conversations, int contacts = 20)
    {
        protocol::Snapshot s;
        s.workspace.id = u"w1"_s;
        s.workspace.name = u"Test"_s;
        s.agents = { agent(u"a_me"_s, u"Mia Meyer"_s, u"agent"_s, { u"t_support"_s }),
                     agent(u"a_ben"_s, u"Ben Okafor"_s, u"agent"_s, { u"t_support"_s }),
                     agent(u"a_lea"_s, u"Lea Lead"_s, u"lead"_s, { u"t_billing"_s }) };
        protocol::Team t1;
        t1.id = u"t_support"_s;
        t1.name = u"Support"_s;
        t1.memberIds = { u"a_me"_s, u"a_ben"_s };
        protocol::Team t2;
        t2.id = u"t_billing"_s;
        t2.name = u"Billing"_s;
        t2.memberIds = { u"a_lea"_s };
        s.teams = { t1, t2 };
        for (int i = 0; i < contacts; ++i)
            s.contacts.append(contact(u"k%1"_s.arg(i), u"Customer %1"_s.arg(i)));
        for (int i = 0; i < conversations; ++i) {
            const QString id = convId(i);
            const QDateTime at = baseTime().addSecs(60 * i);
            s.conversations.append(conversation(id, u"k%1"_s.arg(i % contacts), at, u"open"_s,
                                                i % 3 == 0 ? u"a_me"_s : QString(),
                                                i % 2 == 0 ? u"t_support"_s : u"t_billing"_s));
            s.messages.append(message(id + u"_m0"_s, id, at));
        }
        s.last = true;
        run([&](cache::CacheWriter &w) { return w.applySnapshotChunk(s, 0, u"log1"_s, true); });
    }

    // Adds messages to the cache as a snapshot chunk would (no events), oldest first.
    void addMessages(const QList<protocol::Message> &messages)
    {
        protocol::Snapshot s;
        s.messages = messages;
        s.last = true;
        run([&](cache::CacheWriter &w) { return w.applySnapshotChunk(s, seq, u"log1"_s, false); });
    }

    // n messages in conversation `id`, one a minute from `from`, alternating customer and
    // agent replies (every tenth a note by Ben); ids <id>_h<i>.
    static QList<protocol::Message> history(const QString &id, int n, const QDateTime &from)
    {
        QList<protocol::Message> out;
        for (int i = 0; i < n; ++i) {
            const bool note = i % 10 == 9;
            const bool agent = note || i % 2 == 1;
            out.append(message(u"%1_h%2"_s.arg(id).arg(i, 5, 10, QLatin1Char('0')), id, from.addSecs(60 * i),
                               note ? u"note"_s : u"reply"_s, agent ? u"agent"_s : u"contact"_s,
                               agent ? u"a_ben"_s : QString(), u"Message %1 of %2"_s.arg(i).arg(id)));
        }
        return out;
    }

    static QString convId(int i) { return u"c%1"_s.arg(i, 4, 10, QLatin1Char('0')); }

    protocol::Event event(const QString &name, const QJsonObject &data)
    {
        protocol::Event e;
        e.seq = ++seq;
        e.name = name;
        e.data = data;
        return e;
    }

    void events(const QList<protocol::Event> &batch)
    {
        run([&](cache::CacheWriter &w) { return w.applyEvents(batch); });
    }

    // A new message as the server reports it: message.created + conversation.updated.
    void newMessage(const protocol::Message &m)
    {
        std::optional<protocol::Conversation> c = cache.reader().conversation(m.conversationId);
        QVERIFY(c.has_value());
        c->lastMessageAt = m.createdAt;
        c->updatedAt = m.createdAt;
        events({ event(protocol::events::MessageCreated, m.toJson()),
                 event(protocol::events::ConversationUpdated, c->toJson()) });
    }

    void updateConversation(const protocol::Conversation &c)
    {
        events({ event(protocol::events::ConversationUpdated, c.toJson()) });
    }

    QTemporaryDir dir;
    cache::Cache cache;
    qint64 seq = 0;
};

} // namespace confab::tests
