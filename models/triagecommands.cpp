#include "models/triagecommands.h"

#include "cache/cache.h"
#include "models/agentdirectory.h"
#include "models/timeformat.h"
#include "models/triagepolicy.h"
#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QJsonArray>

namespace confab::models {

using namespace Qt::StringLiterals;

TriageCommands::TriageCommands(cache::Cache &cache, const AgentDirectory &agents, QObject *parent)
    : QObject(parent), m_cache(cache), m_agents(agents)
{
}

protocol::Agent TriageCommands::me() const
{
    if (const protocol::Agent *a = m_agents.agent(m_agents.me()))
        return *a;
    protocol::Agent unknown; // not synced yet: treated as a plain agent
    unknown.id = m_agents.me();
    return unknown;
}

// ---------------------------------------------------------------- sets

QJsonObject TriageCommands::assignSet(const protocol::Conversation &c, const QString &agentId)
{
    if (c.assigneeId.isEmpty() ? agentId.isEmpty() : c.assigneeId == agentId)
        return {};
    return { { u"assignee_id"_s, agentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(agentId) } };
}

QJsonObject TriageCommands::teamSet(const protocol::Conversation &c, const QString &teamId)
{
    if (c.teamId.isEmpty() ? teamId.isEmpty() : c.teamId == teamId)
        return {};
    return { { u"team_id"_s, teamId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(teamId) } };
}

QJsonObject TriageCommands::statusSet(const protocol::Conversation &c, const QString &status, const QDateTime &snoozedUntil)
{
    if (status == "snoozed"_L1) {
        if (!snoozedUntil.isValid())
            return {};
        const QString until = protocol::formatTime(snoozedUntil.toUTC());
        if (c.status == status && protocol::formatTime(c.snoozedUntil) == until)
            return {};
        return { { u"status"_s, status }, { u"snoozed_until"_s, until } };
    }
    if (c.status == status)
        return {};
    return { { u"status"_s, status } };
}

QJsonObject TriageCommands::prioritySet(const protocol::Conversation &c, const QString &priority)
{
    if (c.priority == priority)
        return {};
    return { { u"priority"_s, priority } };
}

QJsonObject TriageCommands::tagsSet(const protocol::Conversation &c, const QString &tag, bool add)
{
    const QString t = tag.trimmed();
    if (t.isEmpty() || t.size() > protocol::limits::MaxTagChars)
        return {};
    QStringList tags = c.tags;
    if (add) {
        if (tags.contains(t) || tags.size() >= protocol::limits::MaxTags)
            return {};
        tags.append(t);
    } else {
        if (!tags.contains(t))
            return {};
        tags.removeAll(t);
    }
    return { { u"tags"_s, QJsonArray::fromStringList(tags) } };
}

// ---------------------------------------------------------------- actions

template<typename MakeSet>
TriageOutcome TriageCommands::apply(const QStringList &ids, MakeSet makeSet, const QString &assignee, bool checkAssign)
{
    TriageOutcome out;
    const protocol::Agent by = me();
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue; // one update per conversation, even if a selection names it twice
        seen.append(id);
        const std::optional<protocol::Conversation> c =
            m_cache.reader().isOpen() ? m_cache.reader().conversation(id) : std::nullopt;
        if (!c || id.startsWith("local:"_L1)) {
            out.missing.append(id);
            continue;
        }
        const QJsonObject set = makeSet(*c);
        if (set.isEmpty()) {
            out.unchanged.append(id);
            continue;
        }
        if (checkAssign) {
            const QString reason = TriagePolicy::assignmentRefusal(by, c->assigneeId, assignee);
            if (!reason.isEmpty()) {
                out.refused.append(id);
                out.reasons.append(reason);
                continue;
            }
        }
        out.clientIds.append(m_cache.updateConversation(id, set));
        out.queued.append(id);
    }
    return out;
}

namespace {
QString countText(int n)
{
    return englishPlural(TriageCommands::tr("%n conversation(s)", nullptr, n), n);
}
} // namespace

TriageOutcome TriageCommands::assign(const QStringList &conversationIds, const QString &agentId)
{
    TriageOutcome out = apply(
        conversationIds, [&](const protocol::Conversation &c) { return assignSet(c, agentId); }, agentId, true);
    QString summary;
    if (agentId.isEmpty())
        summary = tr("Unassigned %1").arg(countText(out.count()));
    else if (m_agents.isMe(agentId))
        summary = tr("Assigned %1 to you").arg(countText(out.count()));
    else
        summary = tr("Assigned %1 to %2").arg(countText(out.count()), m_agents.agentName(agentId));
    if (!out.refused.isEmpty())
        summary += tr("; %1 not allowed: %2").arg(countText(int(out.refused.size())), out.reasons.first());
    Q_EMIT performed(summary);
    return out;
}

TriageOutcome TriageCommands::assignToMe(const QStringList &conversationIds)
{
    return assign(conversationIds, m_agents.me());
}

TriageOutcome TriageCommands::assignTeam(const QStringList &conversationIds, const QString &teamId)
{
    TriageOutcome out = apply(conversationIds, [&](const protocol::Conversation &c) { return teamSet(c, teamId); });
    Q_EMIT performed(teamId.isEmpty() ? tr("Removed the team from %1").arg(countText(out.count()))
                                      : tr("Moved %1 to %2").arg(countText(out.count()), m_agents.teamName(teamId)));
    return out;
}

TriageOutcome TriageCommands::resolve(const QStringList &conversationIds)
{
    TriageOutcome out = apply(conversationIds,
                              [](const protocol::Conversation &c) { return statusSet(c, u"resolved"_s); });
    Q_EMIT performed(tr("Resolved %1").arg(countText(out.count())));
    return out;
}

TriageOutcome TriageCommands::reopen(const QStringList &conversationIds)
{
    TriageOutcome out = apply(conversationIds, [](const protocol::Conversation &c) { return statusSet(c, u"open"_s); });
    Q_EMIT performed(tr("Reopened %1").arg(countText(out.count())));
    return out;
}

TriageOutcome TriageCommands::snooze(const QStringList &conversationIds, const QDateTime &until)
{
    TriageOutcome out = apply(conversationIds,
                              [&](const protocol::Conversation &c) { return statusSet(c, u"snoozed"_s, until); });
    Q_EMIT performed(tr("Snoozed %1").arg(countText(out.count())));
    return out;
}

TriageOutcome TriageCommands::setPriority(const QStringList &conversationIds, const QString &priority)
{
    static const QStringList allowed { u"none"_s, u"low"_s, u"high"_s, u"urgent"_s };
    if (!allowed.contains(priority))
        return {};
    TriageOutcome out = apply(conversationIds,
                              [&](const protocol::Conversation &c) { return prioritySet(c, priority); });
    Q_EMIT performed(tr("Changed the priority of %1").arg(countText(out.count())));
    return out;
}

TriageOutcome TriageCommands::addTag(const QStringList &conversationIds, const QString &tag)
{
    TriageOutcome out = apply(conversationIds, [&](const protocol::Conversation &c) { return tagsSet(c, tag, true); });
    Q_EMIT performed(tr("Tagged %1 with \"%2\"").arg(countText(out.count()), tag.trimmed()));
    return out;
}

TriageOutcome TriageCommands::removeTag(const QStringList &conversationIds, const QString &tag)
{
    TriageOutcome out = apply(conversationIds, [&](const protocol::Conversation &c) { return tagsSet(c, tag, false); });
    Q_EMIT performed(tr("Removed \"%2\" from %1").arg(countText(out.count()), tag.trimmed()));
    return out;
}

QString TriageCommands::assignRefusal(const QStringList &conversationIds, const QString &agentId) const
{
    if (!m_cache.reader().isOpen())
        return {};
    const protocol::Agent by = me();
    for (const QString &id : conversationIds) {
        const auto c = m_cache.reader().conversation(id);
        if (!c)
            continue;
        const QString reason = TriagePolicy::assignmentRefusal(by, c->assigneeId, agentId);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

QStringList TriageCommands::tagsOf(const QStringList &conversationIds) const
{
    QStringList tags;
    if (!m_cache.reader().isOpen())
        return tags;
    for (const QString &id : conversationIds) {
        if (const auto c = m_cache.reader().conversation(id)) {
            for (const QString &t : c->tags) {
                if (!tags.contains(t))
                    tags.append(t);
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace confab::models
