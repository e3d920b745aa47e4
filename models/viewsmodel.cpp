#include "models/viewsmodel.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace confab::models {

ViewsModel::ViewsModel(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_agents(agents), m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(100);
    connect(m_countTimer, &QTimer::timeout, this, &ViewsModel::refreshCounts);
    connect(&m_agents, &AgentDirectory::changed, this, [this] {
        syncTeams();
        m_countTimer->start();
    });
    syncTeams();
    // Counting every view is a few aggregate queries: not before the first list page is on
    // screen. The counts arrive on the next turn of the event loop.
    m_countTimer->start(0);
}

ViewsModel::~ViewsModel() = default;

QString ViewsModel::title(cache::View view)
{
    switch (view) {
    case cache::View::Mine:
        return tr("Your inbox");
    case cache::View::Mentions:
        return tr("Mentions");
    case cache::View::Unassigned:
        return tr("Unassigned");
    case cache::View::All:
        return tr("All");
    case cache::View::Team:
        break;
    }
    return {};
}

int ViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedRows + int(m_teams.size());
}

cache::View ViewsModel::viewAt(int row) const
{
    static const cache::View fixed[FixedRows] = { cache::View::Mine, cache::View::Mentions, cache::View::Unassigned,
                                                  cache::View::All };
    return row < FixedRows ? fixed[row] : cache::View::Team;
}

QString ViewsModel::teamIdAt(int row) const
{
    return row >= FixedRows && row - FixedRows < m_teams.size() ? m_teams.at(row - FixedRows).id : QString();
}

int ViewsModel::rowOf(cache::View view, const QString &teamId) const
{
    if (view != cache::View::Team) {
        for (int i = 0; i < FixedRows; ++i) {
            if (viewAt(i) == view)
                return i;
        }
        return -1;
    }
    for (int i = 0; i < m_teams.size(); ++i) {
        if (m_teams.at(i).id == teamId)
            return FixedRows + i;
    }
    return -1;
}

int ViewsModel::countAt(int row) const
{
    switch (viewAt(row)) {
    case cache::View::Mine:
        return m_counts.mine;
    case cache::View::Mentions:
        return m_counts.mentions;
    case cache::View::Unassigned:
        return m_counts.unassigned;
    case cache::View::All:
        return m_counts.all;
    case cache::View::Team:
        return m_counts.teams.value(teamIdAt(row));
    }
    return 0;
}

QVariant ViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const cache::View view = viewAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return view == cache::View::Team ? m_teams.at(row - FixedRows).name : title(view);
    case Qt::AccessibleTextRole:
        return tr("%1, %n open", nullptr, countAt(row))
            .arg(view == cache::View::Team ? m_teams.at(row - FixedRows).name : title(view));
    case ViewRole:
        return int(view);
    case TeamIdRole:
        return teamIdAt(row);
    case CountRole:
        return countAt(row);
    case IsTeamRole:
        return view == cache::View::Team;
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ViewRole, "view");
    names.insert(TeamIdRole, "teamId");
    names.insert(CountRole, "count");
    names.insert(IsTeamRole, "isTeam");
    return names;
}

void ViewsModel::syncTeams()
{
    // The directory's teams are sorted by name; keep rows in that order with minimal changes.
    QList<TeamRow> wanted;
    for (const protocol::Team &t : m_agents.teams())
        wanted.append({ t.id, t.name });
    // Remove teams that are gone.
    for (int i = int(m_teams.size()) - 1; i >= 0; --i) {
        const bool keep = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const TeamRow &w) { return w.id == m_teams.at(i).id; });
        if (!keep) {
            beginRemoveRows({}, FixedRows + i, FixedRows + i);
            m_teams.removeAt(i);
            endRemoveRows();
        }
    }
    // Walk the wanted order: move, insert or rename as needed.
    for (int i = 0; i < wanted.size(); ++i) {
        const TeamRow &w = wanted.at(i);
        int current = -1;
        for (int j = i; j < m_teams.size(); ++j) {
            if (m_teams.at(j).id == w.id) {
                current = j;
                break;
            }
        }
        if (current < 0) {
            beginInsertRows({}, FixedRows + i, FixedRows + i);
            m_teams.insert(i, w);
            endInsertRows();
            continue;
        }
        if (current != i) {
            beginMoveRows({}, FixedRows + current, FixedRows + current, {}, FixedRows + i);
            m_teams.move(current, i);
            endMoveRows();
        }
        if (m_teams.at(i).name != w.name) {
            m_teams[i].name = w.name;
            const QModelIndex idx = index(FixedRows + i, 0);
            Q_EMIT dataChanged(idx, idx, { Qt::DisplayRole, Qt::AccessibleTextRole });
        }
    }
}

void ViewsModel::refreshCounts()
{
    const cache::ViewCounts counts = m_reader.isOpen() ? m_reader.viewCounts(m_agents.me()) : cache::ViewCounts();
    const cache::ViewCounts old = m_counts;
    m_counts = counts;
    for (int row = 0; row < rowCount(); ++row) {
        const cache::View view = viewAt(row);
        int before = 0;
        switch (view) {
        case cache::View::Mine:
            before = old.mine;
            break;
        case cache::View::Mentions:
            before = old.mentions;
            break;
        case cache::View::Unassigned:
            before = old.unassigned;
            break;
        case cache::View::All:
            before = old.all;
            break;
        case cache::View::Team:
            before = old.teams.value(teamIdAt(row));
            break;
        }
        if (before != countAt(row)) {
            const QModelIndex idx = index(row, 0);
            Q_EMIT dataChanged(idx, idx, { CountRole, Qt::AccessibleTextRole });
        }
    }
}

void ViewsModel::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset || !changes.conversations.isEmpty() || !changes.replacedIds.isEmpty()
        || !changes.messageConversations.isEmpty())
        m_countTimer->start();
}

} // namespace confab::models
