#pragma once

#include "protocol/entities.h"

#include <QAbstractListModel>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// Teammates for @mention completion (everyone but me), by name. Small: reset on change.
class AgentsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, EmailRole, InitialsRole, RoleRole };
    Q_ENUM(Role)

    explicit AgentsModel(const AgentDirectory &agents, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    const AgentDirectory &m_agents;
    QList<protocol::Agent> m_rows;
};

// Saved replies for `#` completion in the composer, by title. Small: reset on change.
class SavedRepliesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, BodyRole };
    Q_ENUM(Role)

    explicit SavedRepliesModel(const cache::CacheReader &reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();
    void applyChanges(const confab::cache::ChangeSet &changes);

private:
    const cache::CacheReader &m_reader;
    QList<protocol::SavedReply> m_rows;
};

} // namespace confab::models
