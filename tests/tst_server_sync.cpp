// The agent session of /v1/agent end to end: catch-up (snapshot, delta, reset), the event log's
// order under concurrent writers, idempotency across restarts, conflicts, roles, fetch, and
// the ephemeral frames. Every test gets a fresh server over a fresh SQLite file.
#include "support/agentclient.h"
#include "support/testserver.h"

#include "server/auth.h"
#include "server/hub.h"

#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;

namespace {

QByteArray json(const QJsonObject &o)
{
    return encodeJson(o);
}

template<typename T>
QByteArray json(const T &entity)
{
    return encodeJson(entity.toJson());
}

QString codeName(const std::optional<ErrorFrame> &e)
{
    return e ? errorCodeName(e->code) : u"(no error)"_s;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CONFAB_REQUIRE_TEST_DB(); }
    void init();
    void cleanup();

    void snapshotForFreshClient();
    void deltaCatchUp();
    void resetWhenLogDiffers_data();
    void resetWhenLogDiffers();
    void concurrentSendersGapFree();
    void largeEventsSplitBySize();
    void idempotentRequests_data();
    void idempotentRequests();
    void staleBaseVersionConflict();
    void replyMovesLastMessageAtNotVersion();
    void updateContactMergesAttributes();
    void roleMatrix_data();
    void roleMatrix();
    void deleteNote_data();
    void deleteNote();
    void fetchPagination();
    void fetchBadLimits_data();
    void fetchBadLimits();
    void typingAndViewingRelayed();
    void pingPong();
    void presence();
    void presenceBetweenTeammates();

private:
    std::unique_ptr<AgentClient> synced(const QString &email, qint64 since = 0, const QString &logId = {});
    const Conversation *seedConversation(const QString &id) const;
    QList<Message> seedMessages(const QString &conversationId) const;
    std::optional<Conversation> currentConversation(const QString &id);

    std::unique_ptr<TestServer> m_server;
};

void TestServerSync::init()
{
    m_server = std::make_unique<TestServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestServerSync::cleanup()
{
    m_server.reset();
}

std::unique_ptr<AgentClient> TestServerSync::synced(const QString &email, qint64 since, const QString &logId)
{
    auto client = std::make_unique<AgentClient>(m_server->agentUrl());
    if (!client->connectAndSync(m_server->tokenFor(email), since, logId)) {
        qWarning() << "could not sync" << email << "frames:" << client->rawFrames().size()
                   << "close:" << client->closeCode() << client->closeReason();
        return nullptr;
    }
    return client;
}

const Conversation *TestServerSync::seedConversation(const QString &id) const
{
    for (const Conversation &c : m_server->seed().conversations)
        if (c.id == id)
            return &c;
    return nullptr;
}

QList<Message> TestServerSync::seedMessages(const QString &conversationId) const
{
    QList<Message> out;
    for (const Message &m : m_server->seed().messages)
        if (m.conversationId == conversationId)
            out.append(m);
    std::sort(out.begin(), out.end(), [](const Message &a, const Message &b) {
        return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
    });
    return out;
}

std::optional<Conversation> TestServerSync::currentConversation(const QString &id)
{
    const server::SnapshotData snap = m_server->storage().snapshot(server::SnapshotLimits {});
    for (const Conversation &c : snap.conversations)
        if (c.id == id)
            return c;
    return std::nullopt;
}

void TestServerSync::snapshotForFreshClient()
{
    auto client = synced(fx::Agent1Email);
    QVERIFY(client);
    const auto welcome = client->welcome();
    QVERIFY(welcome);
    QCOMPARE(welcome->mode, u"snapshot"_s);
    QCOMPARE(welcome->agent.id, fx::Agent1Id);
    QCOMPARE(welcome->logId, m_server->storage().logId());
    QCOMPARE(welcome->head, m_server->storage().head());
    QVERIFY(welcome->head >= 1);
    QCOMPARE(client->decodeFailures(), 0);

    // Order on the wire: welcome, snapshot frames (only the final one last:true), synced.
    const auto &rec = client->received();
    QVERIFY(rec.size() >= 3);
    QVERIFY(std::holds_alternative<Welcome>(*rec.first().frame));
    qsizetype i = 1;
    int snapshots = 0;
    bool sawLast = false;
    for (; i < rec.size() && std::holds_alternative<Snapshot>(*rec.at(i).frame); ++i) {
        QVERIFY2(!sawLast, "a snapshot frame after the one with last:true");
        sawLast = std::get<Snapshot>(*rec.at(i).frame).last;
        ++snapshots;
    }
    QVERIFY(snapshots >= 1);
    QVERIFY2(sawLast, "no snapshot frame had last:true");
    QVERIFY(i < rec.size());
    QVERIFY2(std::holds_alternative<Synced>(*rec.at(i).frame), rec.at(i).raw.left(200).constData());
    QCOMPARE(std::get<Synced>(*rec.at(i).frame).head, welcome->head);
    QVERIFY(client->framesOf<Events>().isEmpty());

    const Snapshot snap = client->mergedSnapshot();
    const server::SeedData &seed = m_server->seed();
    QCOMPARE(json(snap.workspace), json(seed.workspace));

    QCOMPARE(snap.agents.size(), seed.agents.size());
    for (const auto &sa : seed.agents) {
        auto it = std::find_if(snap.agents.begin(), snap.agents.end(), [&](const Agent &a) { return a.id == sa.agent.id; });
        QVERIFY2(it != snap.agents.end(), qPrintable(sa.agent.id));
        // team_ids is a set: compare it in a fixed order.
        Agent got = *it, want = sa.agent;
        got.teamIds.sort();
        want.teamIds.sort();
        QCOMPARE(json(got), json(want));
    }
    QCOMPARE(snap.teams.size(), seed.teams.size());
    for (const Team &t : seed.teams) {
        auto it = std::find_if(snap.teams.begin(), snap.teams.end(), [&](const Team &x) { return x.id == t.id; });
        QVERIFY2(it != snap.teams.end(), qPrintable(t.id));
        QCOMPARE(it->name, t.name);
        QCOMPARE(QSet<QString>(it->memberIds.begin(), it->memberIds.end()),
                 QSet<QString>(t.memberIds.begin(), t.memberIds.end()));
    }

    // Every conversation of this small workspace (open, snoozed and the recent resolved one).
    QSet<QString> conversationIds;
    for (const Conversation &c : snap.conversations) {
        QVERIFY2(!conversationIds.contains(c.id), qPrintable(u"duplicate conversation "_s + c.id));
        conversationIds.insert(c.id);
    }
    for (const Conversation &c : seed.conversations) {
        auto it = std::find_if(snap.conversations.begin(), snap.conversations.end(),
                               [&](const Conversation &x) { return x.id == c.id; });
        QVERIFY2(it != snap.conversations.end(), qPrintable(u"missing conversation "_s + c.id));
        QCOMPARE(json(*it), json(c));
    }
    // ...the contacts of those conversations...
    for (const Contact &c : seed.contacts) {
        auto it = std::find_if(snap.contacts.begin(), snap.contacts.end(), [&](const Contact &x) { return x.id == c.id; });
        QVERIFY2(it != snap.contacts.end(), qPrintable(u"missing contact "_s + c.id));
        QCOMPARE(json(*it), json(c));
    }
    // ...and at least the latest 50 messages of each, oldest first within a conversation.
    QSet<QString> messageIds;
    for (const Message &m : snap.messages) {
        QVERIFY2(!messageIds.contains(m.id), qPrintable(u"duplicate message "_s + m.id));
        messageIds.insert(m.id);
    }
    for (const Conversation &c : seed.conversations) {
        const QList<Message> all = seedMessages(c.id);
        const QList<Message> latest = all.mid(qMax(0, int(all.size()) - 50));
        qsizetype lastIndex = -1;
        for (const Message &m : latest) {
            auto it = std::find_if(snap.messages.begin(), snap.messages.end(), [&](const Message &x) { return x.id == m.id; });
            QVERIFY2(it != snap.messages.end(), qPrintable(u"missing message "_s + m.id));
            QCOMPARE(json(*it), json(m));
            const qsizetype index = it - snap.messages.begin();
            QVERIFY2(index > lastIndex, qPrintable(u"messages of %1 not oldest first"_s.arg(c.id)));
            lastIndex = index;
        }
    }
    for (const Message &m : snap.messages) {
        const bool known = std::any_of(seed.messages.begin(), seed.messages.end(), [&](const Message &x) { return x.id == m.id; });
        QVERIFY2(known, qPrintable(u"unexpected message "_s + m.id));
    }
    QCOMPARE(snap.articles.size(), seed.articles.size());
    QCOMPARE(json(snap.articles.first()), json(seed.articles.first()));
    QCOMPARE(snap.savedReplies.size(), seed.savedReplies.size());
    QCOMPARE(json(snap.savedReplies.first()), json(seed.savedReplies.first()));
}

void TestServerSync::deltaCatchUp()
{
    auto a = synced(fx::Agent1Email);
    QVERIFY(a);
    const qint64 seqA = a->lastSeq();
    const QString logId = a->welcome()->logId;
    a->close();
    QVERIFY(a->waitForDisconnected());
    a.reset();

    auto b = synced(fx::LeadEmail);
    QVERIFY(b);
    QCOMPARE(b->lastSeq(), seqA);

    QList<AgentClient::Reply> replies;
    replies << b->request(Send { {}, newClientId(), fx::ConvOpenChat, u"reply"_s, u"Delta: refund issued."_s, {} });
    replies << b->request(Send { {}, newClientId(), fx::ConvOpenEmail, u"note"_s, u"Delta: internal note"_s, { fx::Agent1Id } });
    replies << b->request(Update { {}, newClientId(), fx::ConvOpenEmail, seedConversation(fx::ConvOpenEmail)->version,
                                   QJsonObject { { u"priority"_s, u"urgent"_s } } });
    replies << b->request(UpdateContact { {}, newClientId(), fx::Bob,
                                          QJsonObject { { u"attributes"_s, QJsonObject { { u"plan"_s, u"team"_s } } } } });
    replies << b->request(Start { {}, newClientId(), fx::Carol, u"email"_s, u"Renewal"_s, u"Your renewal is due."_s });
    for (const auto &r : replies) {
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : u"no answer"_s));
        QVERIFY(r.ack->seq > seqA);
    }
    const qint64 head = m_server->storage().head();
    QVERIFY(b->waitForSeq(head));
    QCOMPARE(b->gapCount(), 0);
    const QList<Event> missed = b->events();
    QCOMPARE(qint64(missed.size()), head - seqA);
    QCOMPARE(missed.first().seq, seqA + 1);

    QStringList names;
    int teamMessages = 0; // replies and notes (the server may add system messages of its own)
    for (const Event &e : missed) {
        names << e.name;
        if (e.name == events::MessageCreated && e.data.value("kind"_L1).toString() != "system"_L1)
            ++teamMessages;
    }
    QCOMPARE(teamMessages, 3);
    QVERIFY(names.contains(events::ConversationUpdated));
    QVERIFY(names.contains(events::ContactUpdated));
    QCOMPARE(names.count(events::ConversationCreated), 1);
    QVERIFY(names.indexOf(events::ConversationCreated) < names.lastIndexOf(events::MessageCreated));

    // Each ack's seq is an event of its change.
    auto eventAt = [&](qint64 seq) {
        return std::find_if(missed.begin(), missed.end(), [&](const Event &e) { return e.seq == seq; });
    };
    QVERIFY(eventAt(replies[0].ack->seq) != missed.end());
    QVERIFY(std::any_of(missed.begin(), missed.end(), [&](const Event &e) {
        return e.name == events::MessageCreated && e.data.value("id"_L1).toString() == replies[0].ack->messageId;
    }));
    QVERIFY(std::any_of(missed.begin(), missed.end(), [&](const Event &e) {
        return e.name == events::ConversationCreated && e.data.value("id"_L1).toString() == replies[4].ack->conversationId;
    }));

    // A comes back with its seq: exactly the missed events, in order, then synced.
    auto a2 = std::make_unique<AgentClient>(m_server->agentUrl());
    QVERIFY(a2->connectAndSync(m_server->tokenFor(fx::Agent1Email), seqA, logId));
    const auto welcome = a2->welcome();
    QCOMPARE(welcome->mode, u"delta"_s);
    QCOMPARE(welcome->reset, false);
    QCOMPARE(welcome->head, head);
    QCOMPARE(welcome->logId, logId);
    QVERIFY(a2->framesOf<Snapshot>().isEmpty());
    QCOMPARE(a2->gapCount(), 0);
    QCOMPARE(a2->events().size(), missed.size());
    for (qsizetype i = 0; i < missed.size(); ++i) {
        QCOMPARE(a2->events().at(i).seq, missed.at(i).seq);
        QCOMPARE(a2->events().at(i).name, missed.at(i).name);
        QCOMPARE(json(a2->events().at(i).data), json(missed.at(i).data));
    }
    QCOMPARE(a2->framesOf<Synced>().first().head, head);
    // Every events frame precedes synced.
    const auto &rec = a2->received();
    bool afterSynced = false;
    for (const auto &r : rec) {
        if (std::holds_alternative<Synced>(*r.frame))
            afterSynced = true;
        else if (std::holds_alternative<Events>(*r.frame))
            QVERIFY2(!afterSynced, "catch-up events after synced");
    }
}

void TestServerSync::resetWhenLogDiffers_data()
{
    QTest::addColumn<bool>("sameLog");
    QTest::addColumn<qint64>("aheadBy");
    QTest::newRow("other log id") << false << qint64(0);
    QTest::newRow("since beyond head") << true << qint64(50);
    QTest::newRow("other log id and beyond head") << false << qint64(7);
}

void TestServerSync::resetWhenLogDiffers()
{
    QFETCH(bool, sameLog);
    QFETCH(qint64, aheadBy);
    const QString logId = sameLog ? m_server->storage().logId() : u"0f0e0d0c-another-server-log"_s;
    const qint64 head = m_server->storage().head();
    const qint64 since = qMax<qint64>(1, head + aheadBy);

    auto client = synced(fx::Agent2Email, since, logId);
    QVERIFY(client);
    const auto welcome = client->welcome();
    QCOMPARE(welcome->mode, u"snapshot"_s);
    QCOMPARE(welcome->reset, true);
    QCOMPARE(welcome->logId, m_server->storage().logId());
    QCOMPARE(welcome->head, head);
    const auto snaps = client->framesOf<Snapshot>();
    QVERIFY(!snaps.isEmpty());
    QVERIFY(snaps.last().last);
    QCOMPARE(client->mergedSnapshot().conversations.size(), m_server->seed().conversations.size());
}

void TestServerSync::concurrentSendersGapFree()
{
    auto listener = synced(fx::AdminEmail);
    QVERIFY(listener);
    const qint64 head0 = listener->lastSeq();

    std::vector<std::unique_ptr<AgentClient>> senders;
    for (const QString &email : { fx::Agent1Email, fx::Agent2Email, fx::LeadEmail, fx::AdminEmail }) {
        senders.push_back(synced(email));
        QVERIFY(senders.back());
        QCOMPARE(senders.back()->lastSeq(), head0);
    }

    const QStringList conversations { fx::ConvOpenChat, fx::ConvOpenEmail, fx::ConvSnoozed, fx::ConvLong };
    constexpr int PerSender = 50;
    QHash<QString, QString> bodyForReq;
    // Interleaved: every sender fires its next frame before anyone waits for an answer.
    for (int i = 0; i < PerSender; ++i) {
        for (size_t k = 0; k < senders.size(); ++k) {
            Send s;
            s.req = u"s%1-%2"_s.arg(k).arg(i);
            s.clientId = newClientId();
            s.conversationId = conversations.at(int((i + k) % conversations.size()));
            s.kind = i % 5 == 0 ? u"note"_s : u"reply"_s;
            s.body = u"concurrent %1/%2"_s.arg(k).arg(i);
            bodyForReq.insert(s.req, s.body);
            senders[k]->sendFrame(s);
        }
    }

    QHash<QString, qint64> seqForMessage;
    QSet<qint64> ackSeqs;
    for (size_t k = 0; k < senders.size(); ++k) {
        for (int i = 0; i < PerSender; ++i) {
            const QString req = u"s%1-%2"_s.arg(k).arg(i);
            const auto reply = senders[k]->waitForReply(req, 60000);
            QVERIFY2(reply.ok(), qPrintable(req + u": "_s + codeName(reply.error)));
            QVERIFY(!reply.ack->messageId.isEmpty());
            QVERIFY2(!ackSeqs.contains(reply.ack->seq), "two acks with the same seq");
            ackSeqs.insert(reply.ack->seq);
            seqForMessage.insert(reply.ack->messageId, reply.ack->seq);
        }
    }

    const qint64 head = m_server->storage().head();
    QVERIFY(listener->waitForSeq(head, 60000));
    QCOMPARE(listener->gapCount(), 0);
    const QList<Event> &all = listener->events();
    QCOMPARE(qint64(all.size()), head - head0);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).seq, head0 + 1 + i);

    int created = 0;
    for (const Event &e : all) {
        if (e.name != events::MessageCreated)
            continue;
        ++created;
        const QString id = e.data.value("id"_L1).toString();
        QVERIFY2(seqForMessage.contains(id), qPrintable(u"an event for a message nobody sent: "_s + id));
    }
    QCOMPARE(created, int(senders.size()) * PerSender);
    for (auto it = seqForMessage.begin(); it != seqForMessage.end(); ++it) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const Event &e) {
            return e.name == events::MessageCreated && e.data.value("id"_L1).toString() == it.key();
        });
        QVERIFY(found != all.end());
        auto decoded = Message::fromJson(found->data);
        QVERIFY(decoded);
        QVERIFY(bodyForReq.values().contains(decoded->body));
    }

    // A client that was away for all of it catches up by delta with the very same events,
    // in frames of at most MaxEventsPerFrame consecutive seqs.
    auto late = synced(fx::Agent1Email, head0, listener->welcome()->logId);
    QVERIFY(late);
    QCOMPARE(late->welcome()->mode, u"delta"_s);
    QCOMPARE(late->gapCount(), 0);
    QCOMPARE(late->events().size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(late->events().at(i).seq, all.at(i).seq);
        QCOMPARE(json(late->events().at(i).data), json(all.at(i).data));
    }
    for (const Events &frame : late->framesOf<Events>()) {
        QVERIFY(!frame.events.isEmpty());
        QVERIFY(frame.events.size() <= limits::MaxEventsPerFrame);
        for (qsizetype i = 1; i < frame.events.size(); ++i)
            QCOMPARE(frame.events.at(i).seq, frame.events.at(i - 1).seq + 1);
    }

    // Every client saw exactly the same events in the same order.
    for (const auto &s : senders) {
        QVERIFY(s->waitForSeq(head, 60000));
        QCOMPARE(s->gapCount(), 0);
        QCOMPARE(s->events().size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(s->events().at(i).seq, all.at(i).seq);
            QCOMPARE(s->events().at(i).name, all.at(i).name);
            QCOMPARE(json(s->events().at(i).data), json(all.at(i).data));
        }
    }
}

// Events frames are cut by encoded size as well as by count: a batch of very large messages
// reaches a live client, and a late client's delta catch-up, in frames within the budget (a
// frame over it holds one event alone), never over MaxServerFrameBytes, of consecutive seqs.
void TestServerSync::largeEventsSplitBySize()
{
    auto live = synced(fx::LeadEmail);
    QVERIFY(live);
    const qint64 head0 = m_server->storage().head();
    const qsizetype liveFrom = live->mark();

    // 24 messages of 65,536 characters, each over 128 KiB once encoded (é is two bytes of UTF-8),
    // committed one by one and published as ONE batch, as a node publishes what others committed.
    const auto lead = m_server->storage().agent(fx::LeadId);
    QVERIFY(lead);
    const QString big(limits::MaxMessageBodyChars, QChar(0xe9));
    QList<Event> batch;
    constexpr int Messages = 24;
    for (int i = 0; i < Messages; ++i) {
        const auto out = m_server->storage().send(*lead, Send { {}, newClientId(), fx::ConvOpenChat,
                                                                i % 2 ? u"note"_s : u"reply"_s, big, {} });
        QVERIFY2(out.ok(), qPrintable(out.error ? out.error->message : QString()));
        batch += out.events;
    }
    QVERIFY(batch.size() >= 2 * Messages);
    qsizetype total = 0;
    for (const Event &e : batch)
        total += encodeJson(e.toJson()).size();
    QVERIFY(total > 3 * limits::EventsFrameBudget); // one frame by count would be far over budget
    m_server->server().hub().publish(batch);
    const qint64 head = m_server->storage().head();
    QCOMPARE(batch.constLast().seq, head);

    auto checkFrames = [&](const AgentClient &client, qsizetype from, const char *who) {
        int frames = 0;
        qint64 next = head0 + 1;
        for (qsizetype i = from; i < client.received().size(); ++i) {
            const auto &r = client.received().at(i);
            QVERIFY2(r.frame, qPrintable(r.decodeError));
            const auto *events = std::get_if<Events>(&*r.frame);
            if (!events)
                continue;
            ++frames;
            QVERIFY2(r.raw.size() <= limits::MaxServerFrameBytes, who);
            QVERIFY2(r.raw.size() <= limits::EventsFrameBudget || events->events.size() == 1,
                     qPrintable(u"%1: a frame of %2 bytes holds %3 events"_s.arg(QLatin1StringView(who))
                                    .arg(r.raw.size()).arg(events->events.size())));
            QVERIFY(events->events.size() <= limits::MaxEventsPerFrame);
            QCOMPARE(r.raw, encodeFrame(*events)); // exactly what the protocol encoder writes
            for (const Event &e : events->events)
                QCOMPARE(e.seq, next++);
        }
        QCOMPARE(next, head + 1);
        QVERIFY2(frames >= 4, qPrintable(u"%1: only %2 events frames"_s.arg(QLatin1StringView(who)).arg(frames)));
    };

    QVERIFY2(live->waitForSeq(head, 30000),
             qPrintable(u"at seq %1 of %2; disconnected: %3 (%4)"_s.arg(live->lastSeq()).arg(head)
                            .arg(live->wasDisconnected()).arg(live->closeCode())));
    QCOMPARE(live->gapCount(), 0);
    checkFrames(*live, liveFrom, "live");
    if (QTest::currentTestFailed())
        return;

    auto late = synced(fx::Agent1Email, head0, live->welcome()->logId);
    QVERIFY(late);
    QCOMPARE(late->welcome()->mode, u"delta"_s);
    QCOMPARE(late->gapCount(), 0);
    QCOMPARE(late->lastSeq(), head);
    checkFrames(*late, 0, "delta");
}

void TestServerSync::idempotentRequests_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("send") << u"send"_s;
    QTest::newRow("start") << u"start"_s;
    QTest::newRow("update") << u"update"_s;
    QTest::newRow("update_contact") << u"update_contact"_s;
}

void TestServerSync::idempotentRequests()
{
    QFETCH(QString, kind);
    const QString clientId = newClientId();
    const qint64 baseVersion = seedConversation(fx::ConvOpenEmail)->version;
    auto issue = [&](AgentClient &c, const QString &req) {
        if (kind == "send"_L1)
            return c.request(Send { req, clientId, fx::ConvOpenChat, u"reply"_s, u"Only once, please."_s, {} });
        if (kind == "start"_L1)
            return c.request(Start { req, clientId, fx::Carol, u"chat"_s, {}, u"Starting only once."_s });
        if (kind == "update"_L1)
            return c.request(Update { req, clientId, fx::ConvOpenEmail, baseVersion,
                                      QJsonObject { { u"priority"_s, u"high"_s }, { u"tags"_s, QJsonArray { u"once"_s } } } });
        return c.request(UpdateContact { req, clientId, fx::Bob,
                                         QJsonObject { { u"attributes"_s, QJsonObject { { u"plan"_s, u"once"_s } } } } });
    };
    auto sameAck = [](const Ack &a, const Ack &b) {
        return a.messageId == b.messageId && a.conversationId == b.conversationId && a.seq == b.seq && a.version == b.version;
    };
    auto describe = [](const AgentClient::Reply &r) {
        if (r.ack)
            return QString::fromUtf8(encodeJson(r.ack->toJson()));
        if (r.error)
            return QString::fromUtf8(encodeJson(r.error->toJson()));
        return u"(no answer)"_s;
    };

    auto c = synced(fx::LeadEmail);
    QVERIFY(c);
    const auto first = issue(*c, u"first"_s);
    QVERIFY2(first.ok(), qPrintable(describe(first)));
    QVERIFY(first.ack->seq > 0);
    if (kind == "send"_L1)
        QVERIFY(!first.ack->messageId.isEmpty());
    if (kind == "start"_L1)
        QVERIFY(!first.ack->conversationId.isEmpty() && !first.ack->messageId.isEmpty());
    if (kind == "update"_L1)
        QCOMPARE(first.ack->version, baseVersion + 1);
    const qint64 head = m_server->storage().head();
    QVERIFY(c->waitForSeq(head));
    const qsizetype eventsAfterFirst = c->events().size();

    const auto second = issue(*c, u"second"_s);
    QVERIFY2(second.ok(), qPrintable(describe(second)));
    QCOMPARE(second.ack->req, u"second"_s);
    QVERIFY2(sameAck(*first.ack, *second.ack), qPrintable(describe(first) + u" vs "_s + describe(second)));
    QCOMPARE(m_server->storage().head(), head);
    QVERIFY(c->roundTrip());
    QCOMPARE(c->events().size(), eventsAfterFirst);
    const QString logId = c->welcome()->logId;
    c.reset();

    // The same request after a restart on the same file.
    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    QCOMPARE(m_server->storage().head(), head);
    auto c2 = synced(fx::LeadEmail, head, logId);
    QVERIFY(c2);
    QCOMPARE(c2->welcome()->mode, u"delta"_s);
    QCOMPARE(c2->welcome()->reset, false);
    const auto third = issue(*c2, u"third"_s);
    QVERIFY2(third.ok(), qPrintable(describe(third)));
    QVERIFY2(sameAck(*first.ack, *third.ack), qPrintable(describe(first) + u" vs "_s + describe(third)));
    QCOMPARE(m_server->storage().head(), head);
    QVERIFY(c2->roundTrip());
    QVERIFY(c2->events().isEmpty());

    // The log goes on from where it was, without a gap.
    const auto next = c2->request(Send { {}, newClientId(), fx::ConvLong, u"note"_s, u"after the restart"_s, {} });
    QVERIFY(next.ok());
    QVERIFY(c2->waitForSeq(m_server->storage().head()));
    QCOMPARE(c2->events().first().seq, head + 1);
    QCOMPARE(c2->gapCount(), 0);

    // And there is exactly one of what was made.
    if (kind == "send"_L1 || kind == "start"_L1) {
        const QString conversation = kind == "send"_L1 ? fx::ConvOpenChat : first.ack->conversationId;
        const auto page = c2->fetch(Fetch { {}, conversation, {}, 200 });
        QVERIFY(page.page);
        const auto count = std::count_if(page.page->messages.begin(), page.page->messages.end(),
                                         [&](const Message &m) { return m.clientId == clientId; });
        QCOMPARE(int(count), 1);
    } else if (kind == "update"_L1) {
        const auto conv = currentConversation(fx::ConvOpenEmail);
        QVERIFY(conv);
        QCOMPARE(conv->version, baseVersion + 1);
        QCOMPARE(conv->priority, u"high"_s);
    } else {
        const auto contact = m_server->storage().contact(fx::Bob);
        QVERIFY(contact);
        QCOMPARE(contact->attributes.value("plan"_L1).toString(), u"once"_s);
        QCOMPARE(contact->attributes.value("city"_L1).toString(), u"Oslo"_s); // merged, not replaced
    }
}

void TestServerSync::staleBaseVersionConflict()
{
    auto c = synced(fx::LeadEmail);
    QVERIFY(c);
    const qint64 v = seedConversation(fx::ConvOpenEmail)->version;
    const auto first = c->request(Update { {}, newClientId(), fx::ConvOpenEmail, v,
                                           QJsonObject { { u"priority"_s, u"urgent"_s } } });
    QVERIFY(first.ok());
    QCOMPARE(first.ack->version, v + 1);
    const qint64 head = m_server->storage().head();
    QVERIFY(c->waitForSeq(head));
    auto updated = c->waitForEvent(events::ConversationUpdated, [&](const Event &e) {
        return e.data.value("id"_L1).toString() == fx::ConvOpenEmail && e.data.value("version"_L1).toInteger() == v + 1;
    });
    QVERIFY(updated);

    for (qint64 stale : { v, v + 7, qint64(0) }) {
        const auto r = c->request(Update { {}, newClientId(), fx::ConvOpenEmail, stale,
                                           QJsonObject { { u"status"_s, u"resolved"_s } } });
        QVERIFY2(!r.ok(), qPrintable(u"base_version %1 accepted"_s.arg(stale)));
        QVERIFY(r.error);
        QCOMPARE(errorCodeName(r.error->code), u"conflict"_s);
        QVERIFY2(r.error->current, "conflict without the current conversation");
        QCOMPARE(r.error->current->id, fx::ConvOpenEmail);
        QCOMPARE(r.error->current->version, v + 1);
        QCOMPARE(r.error->current->priority, u"urgent"_s);
        QCOMPARE(r.error->current->status, u"open"_s);
        QCOMPARE(m_server->storage().head(), head);
    }
    QVERIFY(c->roundTrip());
    QCOMPARE(c->lastSeq(), head);
    QCOMPARE(currentConversation(fx::ConvOpenEmail)->status, u"open"_s);
}

void TestServerSync::replyMovesLastMessageAtNotVersion()
{
    auto c = synced(fx::Agent1Email);
    QVERIFY(c);
    const Conversation before = *seedConversation(fx::ConvOpenEmail);
    const auto sent = c->request(Send { {}, newClientId(), fx::ConvOpenEmail, u"reply"_s, u"A reply, not a state change"_s, {} });
    QVERIFY(sent.ok());
    auto message = c->waitForEvent(events::MessageCreated,
                                   [&](const Event &e) { return e.data.value("id"_L1).toString() == sent.ack->messageId; });
    QVERIFY(message);
    auto m = Message::fromJson(message->data);
    QVERIFY(m);
    QCOMPARE(m->author, (Author { u"agent"_s, fx::Agent1Id }));
    QCOMPARE(m->channel, u"email"_s);
    QVERIFY(m->createdAt.isValid());
    auto updated = c->waitForEvent(events::ConversationUpdated,
                                   [&](const Event &e) { return e.data.value("id"_L1).toString() == fx::ConvOpenEmail; });
    QVERIFY2(updated, "a new message did not emit conversation.updated");
    auto conv = Conversation::fromJson(updated->data);
    QVERIFY(conv);
    QCOMPARE(conv->version, before.version);
    QCOMPARE(conv->lastMessageAt, m->createdAt);
    QCOMPARE(conv->status, before.status);
    QCOMPARE(conv->assigneeId, before.assigneeId);

    // So an update based on the version seen before the reply still applies.
    const auto update = c->request(Update { {}, newClientId(), fx::ConvOpenEmail, before.version,
                                            QJsonObject { { u"priority"_s, u"low"_s } } });
    QVERIFY2(update.ok(), qPrintable(codeName(update.error)));
    QCOMPARE(update.ack->version, before.version + 1);
}

void TestServerSync::updateContactMergesAttributes()
{
    auto c = synced(fx::LeadEmail);
    QVERIFY(c);
    const auto r = c->request(UpdateContact {
        {}, newClientId(), fx::Alice,
        QJsonObject { { u"attributes"_s, QJsonObject { { u"city"_s, QJsonValue::Null },
                                                     { u"plan"_s, u"enterprise"_s },
                                                     { u"nps"_s, 9 } } },
                      { u"tags"_s, QJsonArray { u"vip"_s, u"renewal"_s } } } });
    QVERIFY2(r.ok(), qPrintable(codeName(r.error)));
    QVERIFY(r.ack->seq > 0);
    auto e = c->waitForEvent(events::ContactUpdated, [](const Event &e) { return e.data.value("id"_L1).toString() == fx::Alice; });
    QVERIFY(e);
    QCOMPARE(e->seq, r.ack->seq);
    auto contact = Contact::fromJson(e->data);
    QVERIFY(contact);
    QVERIFY2(!contact->attributes.contains("city"_L1), "null did not remove the key");
    QCOMPARE(contact->attributes.value("plan"_L1).toString(), u"enterprise"_s);
    QCOMPARE(contact->attributes.value("nps"_L1).toInt(), 9);
    QCOMPARE(contact->attributes.value("promo_code"_L1).toString(), u"SPRING24"_s); // untouched keys stay
    QCOMPARE(contact->attributes.value("session_count"_L1).toInt(), 42);
    QCOMPARE(contact->tags, (QStringList { u"vip"_s, u"renewal"_s }));
    QCOMPARE(contact->email, u"alice@example.com"_s);
    QCOMPARE(encodeJson(m_server->storage().contact(fx::Alice)->toJson()), encodeJson(contact->toJson()));
}

void TestServerSync::roleMatrix_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("assignee"); // null = unassign
    QTest::addColumn<bool>("allowed");
    const QString none;
    QTest::newRow("agent takes unassigned") << fx::Agent1Email << fx::ConvOpenChat << fx::Agent1Id << true;
    QTest::newRow("agent gives unassigned to another") << fx::Agent1Email << fx::ConvOpenChat << fx::Agent2Id << false;
    QTest::newRow("agent hands back own") << fx::Agent1Email << fx::ConvOpenEmail << none << true;
    QTest::newRow("agent passes own to another") << fx::Agent1Email << fx::ConvOpenEmail << fx::Agent2Id << false;
    QTest::newRow("agent takes another's") << fx::Agent1Email << fx::ConvSnoozed << fx::Agent1Id << false;
    QTest::newRow("agent unassigns another's") << fx::Agent1Email << fx::ConvSnoozed << none << false;
    QTest::newRow("lead assigns unassigned") << fx::LeadEmail << fx::ConvOpenChat << fx::Agent2Id << true;
    QTest::newRow("lead reassigns") << fx::LeadEmail << fx::ConvSnoozed << fx::Agent1Id << true;
    QTest::newRow("admin reassigns") << fx::AdminEmail << fx::ConvOpenEmail << fx::Agent2Id << true;
    QTest::newRow("admin unassigns") << fx::AdminEmail << fx::ConvSnoozed << none << true;
}

void TestServerSync::roleMatrix()
{
    QFETCH(QString, email);
    QFETCH(QString, conversation);
    QFETCH(QString, assignee);
    QFETCH(bool, allowed);

    auto c = synced(email);
    QVERIFY(c);
    const qint64 v = seedConversation(conversation)->version;
    const qint64 head = m_server->storage().head();
    const QJsonValue value = assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignee);
    const auto r = c->request(Update { {}, newClientId(), conversation, v, QJsonObject { { u"assignee_id"_s, value } } });
    if (allowed) {
        QVERIFY2(r.ok(), qPrintable(codeName(r.error) + u" "_s + (r.error ? r.error->message : QString())));
        QCOMPARE(r.ack->version, v + 1);
        auto e = c->waitForEvent(events::ConversationUpdated, [&](const Event &e) {
            return e.data.value("id"_L1).toString() == conversation && e.data.value("version"_L1).toInteger() == v + 1;
        });
        QVERIFY(e);
        auto conv = Conversation::fromJson(e->data);
        QVERIFY(conv);
        QCOMPARE(conv->assigneeId, assignee);
    } else {
        QVERIFY(r.error);
        QCOMPARE(codeName(r.error), u"forbidden"_s);
        QCOMPARE(m_server->storage().head(), head);
        QCOMPARE(currentConversation(conversation)->version, v);
        QVERIFY(c->isConnected());
    }
}

void TestServerSync::deleteNote_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("expected"); // empty = allowed
    QTest::newRow("author deletes own note") << fx::Agent1Email << fx::NoteByAgent1 << QString();
    QTest::newRow("lead deletes a note") << fx::LeadEmail << fx::NoteByAgent1 << QString();
    QTest::newRow("admin deletes a note") << fx::AdminEmail << u"m-open-email-2"_s << QString();
    QTest::newRow("other agent refused") << fx::Agent2Email << fx::NoteByAgent1 << u"forbidden"_s;
    QTest::newRow("reply by its author") << fx::Agent1Email << fx::ReplyByAgent1 << u"forbidden"_s;
    QTest::newRow("reply by a lead") << fx::LeadEmail << fx::ReplyByAgent1 << u"forbidden"_s;
    QTest::newRow("customer's message") << fx::AdminEmail << u"m-open-chat-1"_s << u"forbidden"_s;
    QTest::newRow("system message") << fx::AdminEmail << fx::SystemMessage << u"forbidden"_s;
    QTest::newRow("unknown message") << fx::AdminEmail << u"m-does-not-exist"_s << u"not_found"_s;
}

void TestServerSync::deleteNote()
{
    QFETCH(QString, email);
    QFETCH(QString, messageId);
    QFETCH(QString, expected);

    auto c = synced(email);
    QVERIFY(c);
    const qint64 head = m_server->storage().head();
    const auto r = c->request(DeleteNote { {}, messageId });
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(codeName(r.error)));
        auto e = c->waitForEvent(events::MessageDeleted,
                                 [&](const Event &e) { return e.data.value("id"_L1).toString() == messageId; });
        QVERIFY(e);
        auto m = Message::fromJson(e->data);
        QVERIFY(m);
        QCOMPARE(m->deleted, true);
        QCOMPARE(m->kind, u"note"_s);
    } else {
        QVERIFY(r.error);
        QCOMPARE(codeName(r.error), expected);
        QCOMPARE(m_server->storage().head(), head);
        QVERIFY(c->roundTrip());
        QVERIFY(c->events().isEmpty());
    }
}

void TestServerSync::fetchPagination()
{
    auto c = synced(fx::Agent2Email);
    QVERIFY(c);
    const QList<Message> all = seedMessages(fx::ConvLong);
    QCOMPARE(int(all.size()), fx::LongMessageCount);

    QList<Message> collected;
    QString before;
    const QList<QPair<int, bool>> pages { { 30, false }, { 30, false }, { 15, true } };
    for (const auto &[expectedSize, expectedComplete] : pages) {
        const auto reply = c->fetch(Fetch { {}, fx::ConvLong, before, 30 });
        QVERIFY2(reply.page, qPrintable(codeName(reply.error)));
        QCOMPARE(int(reply.page->messages.size()), expectedSize);
        QCOMPARE(reply.page->complete, expectedComplete);
        collected = reply.page->messages + collected;
        before = reply.page->messages.first().id;
    }
    QCOMPARE(collected.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(json(collected.at(i)), json(all.at(i)));

    // Agents see notes and system messages in history.
    const auto chat = c->fetch(Fetch { {}, fx::ConvOpenChat, {}, 200 });
    QVERIFY(chat.page);
    QCOMPARE(chat.page->complete, true);
    const QList<Message> expected = seedMessages(fx::ConvOpenChat);
    QCOMPARE(chat.page->messages.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(json(chat.page->messages.at(i)), json(expected.at(i)));
}

void TestServerSync::fetchBadLimits_data()
{
    QTest::addColumn<QJsonValue>("limit");
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("above 200") << QJsonValue(201);
    QTest::newRow("negative") << QJsonValue(-5);
    QTest::newRow("string") << QJsonValue(u"ten"_s);
}

void TestServerSync::fetchBadLimits()
{
    QFETCH(QJsonValue, limit);
    auto c = synced(fx::Agent2Email);
    QVERIFY(c);
    const auto r = c->requestJson(QJsonObject { { u"type"_s, u"fetch"_s },
                                                { u"req"_s, u"bad-fetch"_s },
                                                { u"conversation_id"_s, fx::ConvLong },
                                                { u"before"_s, QJsonValue::Null },
                                                { u"limit"_s, limit } });
    QVERIFY(r.error);
    QCOMPARE(codeName(r.error), u"bad_request"_s);
    QCOMPARE(r.error->req, u"bad-fetch"_s);
    QVERIFY(c->roundTrip());
    QVERIFY(c->isConnected());
}

void TestServerSync::typingAndViewingRelayed()
{
    auto a = synced(fx::Agent1Email);
    auto b = synced(fx::Agent2Email);
    auto l = synced(fx::LeadEmail);
    QVERIFY(a && b && l);
    const qsizetype fromA = a->mark();
    const qsizetype fromB = b->mark();
    const qsizetype fromL = l->mark();

    a->sendFrame(TypingRequest { fx::ConvOpenChat, true });
    auto isTypingOn = [](const TypingEvent &t) { return t.conversationId == fx::ConvOpenChat && t.agentId == fx::Agent1Id && t.on; };
    QVERIFY(b->waitFor<TypingEvent>(isTypingOn, 5000, fromB));
    QVERIFY(l->waitFor<TypingEvent>(isTypingOn, 5000, fromL));

    a->sendFrame(ViewingRequest { fx::ConvOpenChat });
    auto isViewing = [](const ViewingEvent &v) { return v.conversationId == fx::ConvOpenChat && v.agentId == fx::Agent1Id; };
    QVERIFY(b->waitFor<ViewingEvent>(isViewing, 5000, fromB));
    QVERIFY(l->waitFor<ViewingEvent>(isViewing, 5000, fromL));

    a->sendFrame(TypingRequest { fx::ConvOpenChat, false });
    QVERIFY(b->waitFor<TypingEvent>(
        [](const TypingEvent &t) { return t.agentId == fx::Agent1Id && !t.on; }, 5000, fromB));

    // Not echoed to the sender, and ephemeral: no event, no seq.
    QVERIFY(a->roundTrip());
    QVERIFY(a->framesOf<TypingEvent>(fromA).isEmpty());
    QVERIFY(a->framesOf<ViewingEvent>(fromA).isEmpty());
    QVERIFY(b->framesOf<Events>(fromB).isEmpty());
    QCOMPARE(m_server->storage().head(), a->lastSeq());
}

void TestServerSync::pingPong()
{
    auto c = synced(fx::Agent1Email);
    QVERIFY(c);
    const qsizetype from = c->mark();
    c->sendFrame(Ping {});
    QVERIFY(c->waitFor<Pong>({}, 5000, from));
    QCOMPARE(int(c->framesOf<Pong>(from).size()), 1);
    // A ping carries no req and changes nothing.
    QVERIFY(c->framesOf<ErrorFrame>(from).isEmpty());
}

void TestServerSync::presence()
{
    auto watcher = synced(fx::LeadEmail);
    QVERIFY(watcher);
    const qsizetype from = watcher->mark();
    auto a = synced(fx::Agent1Email);
    QVERIFY(a);
    QVERIFY(watcher->waitFor<PresenceEvent>(
        [](const PresenceEvent &p) { return p.agentId == fx::Agent1Id && p.status == "online"_L1; }, 5000, from));
    a->close();
    QVERIFY(watcher->waitFor<PresenceEvent>(
        [](const PresenceEvent &p) { return p.agentId == fx::Agent1Id && p.status == "offline"_L1; }, 5000, from));
    QVERIFY(watcher->framesOf<Events>(from).isEmpty());
}

// Presence is shared between teammates (docs/protocol.md §6.5): agent-1 (Support) and agent-2
// (Billing) never hear of each other; the lead (both teams) hears of both and both of it; an
// agent in no team hears of everyone and everyone of it.
void TestServerSync::presenceBetweenTeammates()
{
    // A teamless agent with a token.
    Agent loner;
    loner.id = u"agent-loner"_s;
    loner.name = u"Lone Ranger"_s;
    loner.email = u"loner@test.confab"_s;
    loner.role = u"agent"_s;
    QList<Event> added;
    QVERIFY(m_server->storage().addAgent(loner, fx::passwordHash(), &added));
    m_server->server().hub().publish(added);
    const QString lonerToken = u"loner-token-0123456789abcdefghij"_s;
    m_server->storage().storeToken(server::auth::hashToken(lonerToken), loner.id);

    auto a1 = synced(fx::Agent1Email);
    auto a2 = synced(fx::Agent2Email);
    auto lead = synced(fx::LeadEmail);
    QVERIFY(a1 && a2 && lead);
    auto l = std::make_unique<AgentClient>(m_server->agentUrl());
    QVERIFY(l->connectAndSync(lonerToken));

    auto onlineIds = [](const AgentClient &c) {
        QSet<QString> ids;
        for (const PresenceEvent &p : c.framesOf<PresenceEvent>())
            if (p.status == "online"_L1)
                ids.insert(p.agentId);
        return ids;
    };
    // Everyone heard of what it may hear of once the last one is live...
    const QSet<QString> a1Expected { fx::LeadId, loner.id }, a2Expected { fx::LeadId, loner.id },
        leadExpected { fx::Agent1Id, fx::Agent2Id, loner.id }, lonerExpected { fx::Agent1Id, fx::Agent2Id, fx::LeadId };
    QVERIFY(a1->waitUntil([&] { return onlineIds(*a1) == a1Expected; }, 5000));
    QVERIFY(a2->waitUntil([&] { return onlineIds(*a2) == a2Expected; }, 5000));
    QVERIFY(lead->waitUntil([&] { return onlineIds(*lead) == leadExpected; }, 5000));
    QVERIFY(l->waitUntil([&] { return onlineIds(*l) == lonerExpected; }, 5000));
    // ...and nothing else, after every frame the server had for them arrived.
    for (AgentClient *c : { a1.get(), a2.get(), lead.get(), l.get() })
        QVERIFY(c->roundTrip());
    QCOMPARE(onlineIds(*a1), a1Expected);
    QCOMPARE(onlineIds(*a2), a2Expected);

    // Agent-2 leaves: the lead and the loner hear it, agent-1 does not.
    a2->close();
    auto offline = [](const AgentClient &c, const QString &id) {
        const auto frames = c.framesOf<PresenceEvent>();
        return std::any_of(frames.begin(), frames.end(),
                           [&](const PresenceEvent &p) { return p.agentId == id && p.status == "offline"_L1; });
    };
    QVERIFY(lead->waitUntil([&] { return offline(*lead, fx::Agent2Id); }, 5000));
    QVERIFY(l->waitUntil([&] { return offline(*l, fx::Agent2Id); }, 5000));
    QVERIFY(a1->roundTrip());
    QVERIFY(!offline(*a1, fx::Agent2Id));
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
