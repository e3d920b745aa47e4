#include "models/pickermodels.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"

namespace confab::models {

AgentsModel::AgentsModel(const AgentDirectory &agents, QObject *parent) : QAbstractListModel(parent), m_agents(agents)
{
    connect(&m_agents, &AgentDirectory::changed, this, &AgentsModel::reload);
    reload();
}

void AgentsModel::reload()
{
    QList<protocol::Agent> rows;
    for (const protocol::Agent &a : m_agents.agents()) {
        if (!m_agents.isMe(a.id))
            rows.append(a);
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Agent &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return a.name;
    case Qt::ToolTipRole:
    case EmailRole:
        return a.email;
    case IdRole:
        return a.id;
    case InitialsRole:
        return AgentDirectory::initialsOf(a.name);
    case RoleRole:
        return a.role;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "agentId");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    names.insert(InitialsRole, "initials");
    names.insert(RoleRole, "role");
    return names;
}

SavedRepliesModel::SavedRepliesModel(const cache::CacheReader &reader, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader)
{
    reload();
}

void SavedRepliesModel::reload()
{
    QList<protocol::SavedReply> rows = m_reader.isOpen() ? m_reader.savedReplies() : QList<protocol::SavedReply>();
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SavedRepliesModel::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset || !changes.savedReplies.isEmpty())
        reload();
}

int SavedRepliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SavedRepliesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::SavedReply &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TitleRole:
        return r.title;
    case Qt::ToolTipRole:
        return r.body.left(500);
    case BodyRole:
        return r.body;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedRepliesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "savedReplyId");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    return names;
}

} // namespace confab::models
