#pragma once

#include "protocol/entities.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace confab::cache {
class Cache;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// What a (bulk) triage action did: one `update` outbox entry per conversation that changes,
// each with base_version = that conversation's cached server version (set by the cache).
struct TriageOutcome
{
    QStringList clientIds;     // one per queued update
    QStringList queued;        // conversation ids, in the same order
    QStringList unchanged;     // already in the requested state: nothing queued
    QStringList refused;       // not allowed for me (the server would say forbidden)
    QStringList reasons;       // one per refused id, in plain words
    QStringList missing;       // not in the cache, or not on the server yet
    int count() const { return int(queued.size()); }
};

// Assign, resolve, reopen, snooze, prioritise and tag one or many conversations as cache
// commands (outbox entry + optimistic effect; sync ships them). The UI never writes more.
class TriageCommands : public QObject
{
    Q_OBJECT
public:
    TriageCommands(cache::Cache &cache, const AgentDirectory &agents, QObject *parent = nullptr);

    // An empty agentId unassigns. Refused changes (see TriagePolicy) are not queued.
    TriageOutcome assign(const QStringList &conversationIds, const QString &agentId);
    TriageOutcome assignToMe(const QStringList &conversationIds);
    // An empty teamId removes the team.
    TriageOutcome assignTeam(const QStringList &conversationIds, const QString &teamId);
    TriageOutcome resolve(const QStringList &conversationIds);
    TriageOutcome reopen(const QStringList &conversationIds);
    TriageOutcome snooze(const QStringList &conversationIds, const QDateTime &until);
    TriageOutcome setPriority(const QStringList &conversationIds, const QString &priority);
    TriageOutcome addTag(const QStringList &conversationIds, const QString &tag);
    TriageOutcome removeTag(const QStringList &conversationIds, const QString &tag);

    // Whether assigning every given conversation to agentId is allowed for me (no-ops count as
    // allowed); the first reason when it is not.
    QString assignRefusal(const QStringList &conversationIds, const QString &agentId) const;

    // Every tag of the given conversations (for "remove tag"), sorted.
    QStringList tagsOf(const QStringList &conversationIds) const;

    // The `set` of one change for one conversation; empty when it would change nothing.
    static QJsonObject assignSet(const protocol::Conversation &c, const QString &agentId);
    static QJsonObject teamSet(const protocol::Conversation &c, const QString &teamId);
    static QJsonObject statusSet(const protocol::Conversation &c, const QString &status, const QDateTime &snoozedUntil = {});
    static QJsonObject prioritySet(const protocol::Conversation &c, const QString &priority);
    static QJsonObject tagsSet(const protocol::Conversation &c, const QString &tag, bool add);

Q_SIGNALS:
    // After every action, for a status line ("Resolved 3 conversations").
    void performed(const QString &summary);

private:
    template<typename MakeSet>
    TriageOutcome apply(const QStringList &ids, MakeSet makeSet, const QString &assignee = {}, bool checkAssign = false);
    protocol::Agent me() const;

    cache::Cache &m_cache;
    const AgentDirectory &m_agents;
};

} // namespace confab::models
