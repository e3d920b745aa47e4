#include "models/messagenotifier.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"

using namespace Qt::StringLiterals;

namespace confab::models {

MessageNotifier::MessageNotifier(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent)
    : QObject(parent), m_reader(reader), m_agents(agents)
{
}

void MessageNotifier::setEnabled(bool enabled)
{
    if (enabled && !m_enabled)
        m_since = QDateTime::currentDateTimeUtc().addSecs(-60); // tolerate a little clock skew
    m_enabled = enabled;
}

void MessageNotifier::applyChanges(const cache::ChangeSet &changes)
{
    if (!m_enabled || changes.reset || changes.messages.isEmpty() || !m_reader.isOpen() || m_agents.me().isEmpty())
        return;
    const QString me = m_agents.me();
    for (const QString &id : changes.messages) {
        if (id.startsWith("local:"_L1) || m_seen.contains(id))
            continue;
        const auto row = m_reader.message(id);
        if (!row)
            continue;
        const protocol::Message &m = row->message;
        if (m.deleted || m.isSystem() || m.createdAt < m_since)
            continue;
        if (m.author.type == "agent"_L1 && m.author.id == me)
            continue;
        const bool mention = m.mentions.contains(me);
        bool assigned = false;
        std::optional<protocol::Conversation> conversation = m_reader.conversation(m.conversationId);
        if (conversation)
            assigned = conversation->assigneeId == me;
        if (!mention && !assigned)
            continue;
        m_seen.insert(id);
        if (m_seen.size() > 10000)
            m_seen.clear();

        QString who;
        if (m.author.type == "contact"_L1 && conversation) {
            if (const auto contact = m_reader.contact(conversation->contactId))
                who = contact->name.isEmpty() ? contact->email : contact->name;
        } else if (m.author.type == "agent"_L1) {
            who = m_agents.agentName(m.author.id);
        }
        if (who.isEmpty())
            who = tr("Someone");
        const QString title = mention ? tr("%1 mentioned you").arg(who) : tr("New message from %1").arg(who);
        QString body = m.body.simplified();
        if (body.size() > 200)
            body = body.left(199) + u'…';
        Q_EMIT notify(m.conversationId, m.id, title, body, mention);
    }
}

} // namespace confab::models
