#pragma once

#include "cache/types.h"

#include <QAbstractListModel>

class QTimer;

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// The inbox views on the left: Your inbox, Mentions, Unassigned, All, then one per team,
// each with its number of open conversations. Counts refresh (coalesced) when conversations
// change; team rows are inserted, renamed and removed in place.
class ViewsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ViewRole = Qt::UserRole + 1, // cache::View as int
        TeamIdRole,
        CountRole,
        IsTeamRole,
    };
    Q_ENUM(Role)

    static constexpr int FixedRows = 4;

    ViewsModel(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent = nullptr);
    ~ViewsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a view (team views by team id); -1 when there is none.
    int rowOf(cache::View view, const QString &teamId = {}) const;
    cache::View viewAt(int row) const;
    QString teamIdAt(int row) const;
    int countAt(int row) const;

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    // Re-reads the counts now.
    void refreshCounts();

private:
    void syncTeams();
    static QString title(cache::View view);

    struct TeamRow
    {
        QString id;
        QString name;
    };
    const cache::CacheReader &m_reader;
    const AgentDirectory &m_agents;
    QList<TeamRow> m_teams;
    cache::ViewCounts m_counts;
    QTimer *m_countTimer;
};

} // namespace confab::models
