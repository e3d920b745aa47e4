#pragma once

#include "cache/types.h"

#include <QAbstractListModel>
#include <QHash>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// One conversation list (a view, a status, a sort) over the cache.
// - Pages load lazily with keyset cursors (canFetchMore/fetchMore).
// - applyChanges() updates rows in place from the ids a change set names: data changes emit
//   dataChanged, a row whose sort position changed is moved with beginMoveRows (so views keep
//   the selection and the current row), rows that stop matching are removed and new matches
//   inserted where they sort. Only a query change or a cache reset resets the model.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ContactNameRole,
        ContactEmailRole,
        ChannelRole,      // chat | email
        SubjectRole,
        PreviewRole,      // latest message text (whitespace collapsed)
        PreviewKindRole,  // reply | note | empty
        PreviewAuthorTypeRole,
        PreviewAuthorNameRole,
        LastMessageAtRole,
        UnreadRole,
        StatusRole,
        AssigneeIdRole,
        AssigneeNameRole,
        AssigneeInitialsRole,
        TeamIdRole,
        PriorityRole,     // none | low | high | urgent
        WaitingSinceRole, // invalid when nobody waits for an answer
        SnoozedUntilRole,
        PendingRole,      // something of mine is still on its way
        FailedRole,       // something of mine failed to send
        HasDraftRole,
        IsLocalRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(const cache::CacheReader &reader, const AgentDirectory *agents = nullptr,
                                   QObject *parent = nullptr);
    ~ConversationListModel() override;

    // Changing the query resets the model and loads the first page.
    void setQuery(const cache::ListQuery &query);
    const cache::ListQuery &query() const { return m_query; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const cache::ConversationRow &rowAt(int row) const { return m_rows.at(row); }
    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not loaded
    QModelIndex indexOf(const QString &id) const;
    bool isComplete() const { return !m_next.has_value(); }

    // Whether a sorts before b in this list's order (the reader's keyset order).
    static bool sortsBefore(cache::Sort sort, const cache::ListCursor &a, const cache::ListCursor &b);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    // Reloads the first page (a reset); used when the cache was reset or reopened.
    void reload();

Q_SIGNALS:
    // A conversation started offline got its server id; a view showing oldId should follow.
    void idReplaced(const QString &oldId, const QString &newId);
    void pageLoaded(int rows);

private:
    void loadPage();
    void indexAppended(int first);
    void indexShifted(int from);
    void removeRowAt(int row);
    void updateRow(int row, cache::ConversationRow &&fresh);
    void insertRow(cache::ConversationRow &&fresh);
    // Where a row with `cursor` goes among the loaded rows, ignoring row `skip`. Returns the
    // final index, or -1 when it sorts after every loaded row while more pages exist.
    int targetRow(const cache::ListCursor &cursor, int skip) const;

    const cache::CacheReader &m_reader;
    const AgentDirectory *m_agents;
    cache::ListQuery m_query;
    int m_pageSize = 100;
    QList<cache::ConversationRow> m_rows;
    std::optional<cache::ListCursor> m_next;
    bool m_loadedOnce = false;
    // Set while the model changes itself: no reentrant fetchMore from a slot connected to
    // one of its own change signals.
    bool m_changing = false;
    // id -> row of every loaded row; rows from m_indexValidBelow on may be stale (see rowOf).
    mutable QHash<QString, int> m_index;
    mutable int m_indexValidBelow = 0;
};

} // namespace confab::models
