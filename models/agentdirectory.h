#pragma once

#include "protocol/entities.h"

#include <QHash>
#include <QObject>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

// The workspace's agents and teams as read from the cache, by id, for the other models
// (names, initials, roles). Refreshed when a change set touches agents or teams.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AgentDirectory(const cache::CacheReader &reader, QObject *parent = nullptr);

    // The signed-in agent (empty before the first sync).
    void setMe(const QString &agentId);
    QString me() const { return m_me; }
    bool isMe(const QString &agentId) const { return !m_me.isEmpty() && agentId == m_me; }
    // Leads and admins may delete any note.
    bool meIsLeadOrAdmin() const;

    const QList<protocol::Agent> &agents() const { return m_agents; } // by name
    const QList<protocol::Team> &teams() const { return m_teams; }    // by name
    const protocol::Agent *agent(const QString &id) const;
    const protocol::Team *team(const QString &id) const;
    QString agentName(const QString &id) const; // empty when unknown
    QString agentInitials(const QString &id) const;
    QString teamName(const QString &id) const;

    // "Ada Lovelace" -> "AL", "ben" -> "B".
    static QString initialsOf(const QString &name);

public Q_SLOTS:
    void reload();
    void applyChanges(const confab::cache::ChangeSet &changes);

Q_SIGNALS:
    void changed();

private:
    const cache::CacheReader &m_reader;
    QString m_me;
    QList<protocol::Agent> m_agents;
    QList<protocol::Team> m_teams;
    QHash<QString, qsizetype> m_agentIndex;
    QHash<QString, qsizetype> m_teamIndex;
};

} // namespace confab::models
