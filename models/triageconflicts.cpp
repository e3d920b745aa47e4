#include "models/triageconflicts.h"

#include "cache/cache.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"
#include "models/triagepolicy.h"
#include "protocol/timeutil.h"

#include <QJsonArray>

namespace confab::models {

using namespace Qt::StringLiterals;

namespace {

QString who(const QString &agentId, const AgentDirectory &agents)
{
    if (agentId.isEmpty())
        return {};
    if (agents.isMe(agentId))
        return TriageConflicts::tr("you");
    const QString name = agents.agentName(agentId);
    return name.isEmpty() ? TriageConflicts::tr("a former teammate") : name;
}

QString statusWords(const QString &status, const QDateTime &until)
{
    if (status == "resolved"_L1)
        return TriageConflicts::tr("resolved");
    if (status == "snoozed"_L1) {
        if (!until.isValid())
            return TriageConflicts::tr("snoozed");
        return TriageConflicts::tr("snoozed until %1")
            .arg(SnoozePresets::untilText(until, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone()));
    }
    return TriageConflicts::tr("open");
}

QString priorityWords(const QString &p)
{
    if (p == "low"_L1)
        return TriageConflicts::tr("Low");
    if (p == "high"_L1)
        return TriageConflicts::tr("High");
    if (p == "urgent"_L1)
        return TriageConflicts::tr("Urgent");
    return TriageConflicts::tr("none");
}

QString tagWords(const QStringList &tags)
{
    return tags.isEmpty() ? TriageConflicts::tr("no tags") : tags.join(u", "_s);
}

QString nullableString(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

std::optional<protocol::Update> updateOf(const cache::OutboxEntry &entry)
{
    if (const auto *u = std::get_if<protocol::Update>(&entry.request))
        return *u;
    return std::nullopt;
}

} // namespace

TriageConflicts::TriageConflicts(cache::Cache &cache, const AgentDirectory &agents, QObject *parent)
    : QObject(parent), m_cache(cache), m_agents(agents)
{
    qRegisterMetaType<TriageProblem>();
    reload();
}

QString TriageConflicts::describeConflict(const QJsonObject &set, const protocol::Conversation &current,
                                          const AgentDirectory &agents)
{
    QStringList lines;
    if (set.contains("assignee_id"_L1)) {
        const QString mine = nullableString(set.value("assignee_id"_L1));
        const QString theirs = current.assigneeId;
        if (mine != theirs) {
            const QString now = theirs.isEmpty() ? tr("It is now unassigned")
                : agents.isMe(theirs)             ? tr("It is now assigned to you")
                                                  : tr("It is now assigned to %1").arg(who(theirs, agents));
            const QString yours = mine.isEmpty() ? tr("you unassigned it")
                : agents.isMe(mine)              ? tr("you assigned it to yourself")
                                                 : tr("you assigned it to %1").arg(who(mine, agents));
            lines.append(tr("%1; %2.").arg(now, yours));
        }
    }
    if (set.contains("status"_L1)) {
        const QString mine = set.value("status"_L1).toString();
        const QDateTime mineUntil = protocol::parseTime(set.value("snoozed_until"_L1).toString());
        if (mine != current.status || (mine == "snoozed"_L1 && mineUntil != current.snoozedUntil))
            lines.append(tr("It is now %1; you marked it %2.")
                             .arg(statusWords(current.status, current.snoozedUntil), statusWords(mine, mineUntil)));
    }
    if (set.contains("team_id"_L1)) {
        const QString mine = nullableString(set.value("team_id"_L1));
        if (mine != current.teamId) {
            const QString now = current.teamId.isEmpty() ? tr("It is now in no team")
                                                         : tr("It is now in the %1 team").arg(agents.teamName(current.teamId));
            const QString yours = mine.isEmpty() ? tr("you removed the team")
                                                 : tr("you moved it to %1").arg(agents.teamName(mine));
            lines.append(tr("%1; %2.").arg(now, yours));
        }
    }
    if (set.contains("priority"_L1)) {
        const QString mine = set.value("priority"_L1).toString();
        if (mine != current.priority)
            lines.append(tr("Its priority is now %1; you set %2.").arg(priorityWords(current.priority), priorityWords(mine)));
    }
    if (set.contains("tags"_L1)) {
        QStringList mine;
        for (const QJsonValue &v : set.value("tags"_L1).toArray())
            mine.append(v.toString());
        if (mine != current.tags)
            lines.append(tr("Its tags are now %1; you set %2.").arg(tagWords(current.tags), tagWords(mine)));
    }
    if (lines.isEmpty())
        return tr("Someone else made the same change meanwhile, so nothing is lost by keeping theirs.");
    return tr("Someone else changed this conversation while your change was on its way.") + u' ' + lines.join(u' ');
}

QString TriageConflicts::describeRefusal(const cache::OutboxEntry &entry, const std::optional<protocol::Conversation> &current,
                                         const AgentDirectory &agents)
{
    const auto update = updateOf(entry);
    if (entry.errorCode == "forbidden"_L1 && update && update->set.contains("assignee_id"_L1) && current) {
        const protocol::Agent *me = agents.agent(agents.me());
        if (me) {
            const QString reason =
                TriagePolicy::assignmentRefusal(*me, current->assigneeId, nullableString(update->set.value("assignee_id"_L1)));
            if (!reason.isEmpty()) {
                if (!current->assigneeId.isEmpty() && !agents.isMe(current->assigneeId))
                    return tr("%1 It is assigned to %2; ask them or a lead to hand it over.")
                        .arg(reason, who(current->assigneeId, agents));
                return reason;
            }
        }
    }
    if (entry.errorCode == "forbidden"_L1)
        return entry.errorMessage.isEmpty() ? tr("You are not allowed to make this change.")
                                            : tr("You are not allowed to make this change: %1").arg(entry.errorMessage);
    return entry.errorMessage.isEmpty() ? tr("The server refused the change (%1).").arg(entry.errorCode)
                                        : tr("The server refused the change: %1").arg(entry.errorMessage);
}

TriageProblem TriageConflicts::problemFor(const cache::OutboxEntry &entry, const std::optional<protocol::Conversation> &current,
                                          const AgentDirectory &agents)
{
    TriageProblem p;
    p.outboxId = entry.id;
    p.clientId = entry.clientId;
    p.conversationId = entry.conversationId;
    const auto update = updateOf(entry);
    if (entry.state == cache::OutboxState::Conflict) {
        p.kind = TriageProblem::Conflict;
        p.title = tr("Someone else changed this conversation");
        const std::optional<protocol::Conversation> theirs = entry.conflictCurrent ? entry.conflictCurrent : current;
        p.explanation = theirs && update ? describeConflict(update->set, *theirs, agents)
                                         : tr("Someone else changed this conversation while your change was on its way.");
    } else {
        p.kind = entry.errorCode == "forbidden"_L1 ? TriageProblem::Forbidden : TriageProblem::Failed;
        p.title = p.kind == TriageProblem::Forbidden ? tr("This change is not allowed") : tr("The change was not saved");
        p.explanation = describeRefusal(entry, current, agents);
    }
    return p;
}

std::optional<TriageProblem> TriageConflicts::problem(qint64 outboxId) const
{
    for (const TriageProblem &p : m_problems) {
        if (p.outboxId == outboxId)
            return p;
    }
    return std::nullopt;
}

void TriageConflicts::keepTheirs(qint64 outboxId)
{
    m_cache.discardOutbox(outboxId);
}

void TriageConflicts::applyMine(qint64 outboxId)
{
    m_cache.retryOutbox(outboxId);
}

void TriageConflicts::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset || changes.outbox || changes.agents.size() || changes.teams.size())
        reload();
}

void TriageConflicts::reload()
{
    QList<TriageProblem> fresh;
    if (m_cache.reader().isOpen()) {
        const QList<cache::OutboxEntry> entries = m_cache.reader().outbox();
        for (const cache::OutboxEntry &e : entries) {
            if (e.kind != cache::OutboxKind::Update)
                continue;
            if (e.state != cache::OutboxState::Conflict && e.state != cache::OutboxState::Failed)
                continue;
            fresh.append(problemFor(e, m_cache.reader().conversation(e.conversationId), m_agents));
        }
    }
    const QList<TriageProblem> old = std::exchange(m_problems, fresh);
    for (const TriageProblem &p : old) {
        bool still = false;
        for (const TriageProblem &q : std::as_const(m_problems))
            still = still || (q.outboxId == p.outboxId && q.kind == p.kind);
        if (!still)
            Q_EMIT problemCleared(p.outboxId);
    }
    for (const TriageProblem &p : std::as_const(m_problems)) {
        bool known = false;
        for (const TriageProblem &q : old)
            known = known || (q.outboxId == p.outboxId && q.kind == p.kind);
        if (!known)
            Q_EMIT problemAppeared(p);
    }
}

} // namespace confab::models
