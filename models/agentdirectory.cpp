#include "models/agentdirectory.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"

namespace confab::models {

AgentDirectory::AgentDirectory(const cache::CacheReader &reader, QObject *parent) : QObject(parent), m_reader(reader)
{
    reload();
}

void AgentDirectory::setMe(const QString &agentId)
{
    if (m_me == agentId)
        return;
    m_me = agentId;
    Q_EMIT changed();
}

bool AgentDirectory::meIsLeadOrAdmin() const
{
    const protocol::Agent *a = agent(m_me);
    return a && a->isLeadOrAdmin();
}

const protocol::Agent *AgentDirectory::agent(const QString &id) const
{
    const auto it = m_agentIndex.constFind(id);
    return it == m_agentIndex.constEnd() ? nullptr : &m_agents.at(*it);
}

const protocol::Team *AgentDirectory::team(const QString &id) const
{
    const auto it = m_teamIndex.constFind(id);
    return it == m_teamIndex.constEnd() ? nullptr : &m_teams.at(*it);
}

QString AgentDirectory::agentName(const QString &id) const
{
    const protocol::Agent *a = agent(id);
    return a ? a->name : QString();
}

QString AgentDirectory::agentInitials(const QString &id) const
{
    const protocol::Agent *a = agent(id);
    return a ? initialsOf(a->name) : QString();
}

QString AgentDirectory::teamName(const QString &id) const
{
    const protocol::Team *t = team(id);
    return t ? t->name : QString();
}

QString AgentDirectory::initialsOf(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    if (words.isEmpty())
        return out;
    out.append(words.first().at(0).toUpper());
    if (words.size() > 1)
        out.append(words.last().at(0).toUpper());
    return out;
}

void AgentDirectory::reload()
{
    if (!m_reader.isOpen()) {
        m_agents.clear();
        m_teams.clear();
    } else {
        m_agents = m_reader.agents();
        m_teams = m_reader.teams();
    }
    m_agentIndex.clear();
    for (qsizetype i = 0; i < m_agents.size(); ++i)
        m_agentIndex.insert(m_agents.at(i).id, i);
    m_teamIndex.clear();
    for (qsizetype i = 0; i < m_teams.size(); ++i)
        m_teamIndex.insert(m_teams.at(i).id, i);
    Q_EMIT changed();
}

void AgentDirectory::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset || !changes.agents.isEmpty() || !changes.teams.isEmpty())
        reload();
}

} // namespace confab::models
