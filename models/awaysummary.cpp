#include "models/awaysummary.h"

#include "cache/cachereader.h"
#include "models/agentdirectory.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace confab::models {

AwaySummary::AwaySummary(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent)
    : QObject(parent), m_reader(reader), m_agents(agents)
{
}

void AwaySummary::setOnline(bool live)
{
    if (live) {
        m_wasLive = true;
        return;
    }
    if (!m_wasLive || m_away)
        return;
    // The live connection is gone: remember what is mine now.
    m_away = true;
    m_wasLive = false;
    m_collected = cache::ChangeSet();
    m_mineBefore.clear();
    const QString me = m_agents.me();
    if (me.isEmpty())
        return;
    for (const QString &status : { u"open"_s, u"snoozed"_s }) {
        cache::ListQuery q;
        q.view = cache::View::Mine;
        q.agentId = me;
        q.status = status;
        std::optional<cache::ListCursor> after;
        for (;;) {
            const cache::ConversationPage page = m_reader.conversations(q, after, 500);
            for (const cache::ConversationRow &row : page.rows)
                m_mineBefore.insert(row.conversation.id, row.conversation.assigneeId);
            if (!page.next || page.rows.isEmpty())
                break;
            after = page.next;
        }
    }
}

void AwaySummary::applyChanges(const cache::ChangeSet &changes)
{
    if (m_away)
        m_collected.merge(changes);
}

void AwaySummary::caughtUp()
{
    if (!m_away) {
        m_wasLive = true;
        return;
    }
    m_away = false;
    m_wasLive = true;
    m_last = compute();
    m_collected = cache::ChangeSet();
    m_mineBefore.clear();
    if (!m_last.isEmpty())
        Q_EMIT summaryReady(m_last);
}

QString AwaySummary::titleOf(const QString &conversationId) const
{
    const auto c = m_reader.conversation(conversationId);
    if (!c)
        return tr("A conversation");
    QString who;
    if (auto contact = m_reader.contact(c->contactId))
        who = contact->name.isEmpty() ? contact->email : contact->name;
    if (who.isEmpty())
        who = tr("Unknown customer");
    return c->subject.isEmpty() ? who : tr("%1 — %2").arg(who, c->subject);
}

AwaySummary::Summary AwaySummary::compute() const
{
    Summary s;
    const QString me = m_agents.me();
    if (me.isEmpty())
        return s;
    // My own queued changes of a conversation are not news about it.
    QSet<QString> mineQueued;
    for (const cache::OutboxEntry &e : m_reader.outbox())
        if (e.kind == cache::OutboxKind::Update)
            mineQueued.insert(e.conversationId);

    QHash<QString, int> news, mentions;
    QHash<QString, QStringList> mentionedBy;
    for (const QString &id : m_collected.messages) {
        if (id.startsWith("local:"_L1))
            continue;
        const auto row = m_reader.message(id);
        if (!row)
            continue;
        const protocol::Message &m = row->message;
        if (m.deleted || (m.kind != "reply"_L1 && m.kind != "note"_L1))
            continue;
        if (m.author.type == "agent"_L1 && m_agents.isMe(m.author.id))
            continue; // my own, sent while offline and acknowledged now
        const auto c = m_reader.conversation(m.conversationId);
        if (m.mentions.contains(me)) {
            mentions[m.conversationId] += 1;
            const QString who = m.author.type == "agent"_L1 ? m_agents.agentName(m.author.id) : QString();
            if (!who.isEmpty() && !mentionedBy[m.conversationId].contains(who))
                mentionedBy[m.conversationId].append(who);
        }
        if ((c && c->assigneeId == me) || m_mineBefore.contains(m.conversationId))
            news[m.conversationId] += 1;
    }
    for (auto it = news.cbegin(); it != news.cend(); ++it) {
        s.newMessages += it.value();
        s.items.append({ Item::NewMessages, it.key(), titleOf(it.key()), it.value() == 1 ? tr("1 new message") : tr("%n new messages", nullptr, int(it.value())),
                         it.value() });
    }
    s.conversationsWithNews = int(news.size());
    for (auto it = mentions.cbegin(); it != mentions.cend(); ++it) {
        s.mentions += it.value();
        const QStringList who = mentionedBy.value(it.key());
        s.items.append({ Item::Mention, it.key(), titleOf(it.key()),
                         who.isEmpty() ? tr("You were mentioned") : tr("%1 mentioned you").arg(who.join(u", "_s)),
                         it.value() });
    }
    for (auto it = m_mineBefore.cbegin(); it != m_mineBefore.cend(); ++it) {
        if (mineQueued.contains(it.key()))
            continue;
        const auto c = m_reader.conversation(it.key());
        if (!c || c->assigneeId == me)
            continue;
        ++s.reassignedAway;
        const QString to = c->assigneeId.isEmpty() ? QString() : m_agents.agentName(c->assigneeId);
        s.items.append({ Item::ReassignedAway, it.key(), titleOf(it.key()),
                         c->assigneeId.isEmpty() ? tr("Unassigned from you")
                                                 : tr("Reassigned to %1").arg(to.isEmpty() ? c->assigneeId : to),
                         1 });
    }
    for (const QString &id : m_collected.conversations) {
        if (m_mineBefore.contains(id) || mineQueued.contains(id) || id.startsWith("local:"_L1))
            continue;
        const auto c = m_reader.conversation(id);
        if (!c || c->assigneeId != me)
            continue;
        ++s.assignedToMe;
        s.items.append({ Item::AssignedToMe, id, titleOf(id), tr("Assigned to you"), 1 });
    }
    return s;
}

QString AwaySummary::Summary::headline() const
{
    QStringList parts;
    if (newMessages)
        parts.append(newMessages == 1 ? tr("1 new message in your conversations") : tr("%n new messages in your conversations", nullptr, int(newMessages)));
    if (mentions)
        parts.append(mentions == 1 ? tr("1 mention") : tr("%n mentions", nullptr, int(mentions)));
    if (reassignedAway)
        parts.append(reassignedAway == 1 ? tr("1 conversation reassigned away from you") : tr("%n conversations reassigned away from you", nullptr, int(reassignedAway)));
    if (assignedToMe)
        parts.append(assignedToMe == 1 ? tr("1 conversation assigned to you") : tr("%n conversations assigned to you", nullptr, int(assignedToMe)));
    if (parts.isEmpty())
        return tr("While you were away: nothing new for you.");
    return tr("While you were away: %1.").arg(parts.join(u", "_s));
}

} // namespace confab::models
