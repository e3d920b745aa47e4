#pragma once

#include "cache/types.h"

#include <QAbstractListModel>
#include <QElapsedTimer>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// Local full-text search over the whole cache (message bodies, subjects, contacts), offline,
// with filters. Results are conversations — the best hit of each, its snippet with the match
// marked — newest first, or by relevance. Conversation data (status, assignee) follows the
// cache in place; a new query or filter runs the search again.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        MessageIdRole,    // the matching message; empty for subject/contact hits
        FieldRole,        // cache::SearchHit::Field as int
        SnippetRole,      // plain text with cache::MatchOpen/MatchClose around matches
        SnippetTextRole,  // plain text without marks (also DisplayRole)
        SnippetHtmlRole,  // escaped HTML with <b> around matches
        AtRole,           // QDateTime of the hit
        ContactNameRole,
        SubjectRole,
        StatusRole,
        AssigneeNameRole,
        ChannelRole,
        HitCountRole,     // hits of this conversation in the results
    };
    Q_ENUM(Role)

    explicit SearchModel(const cache::CacheReader &reader, const AgentDirectory *agents = nullptr,
                         QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setFilters(const cache::SearchFilters &filters);
    const cache::SearchFilters &filters() const { return m_filters; }
    void setRanked(bool byRelevance);
    bool ranked() const { return m_ranked; }
    // Hits asked from the cache (one conversation may have several); at most 200.
    void setHitLimit(int hits);

    // Runs the search now (setQuery/setFilters/setRanked run it too).
    void search();
    qint64 lastSearchNs() const { return m_lastNs; }

    QString conversationIdAt(int row) const;
    QString messageIdAt(int row) const;

    // Helpers for delegates and tests.
    static QString plainSnippet(const QString &marked);
    static QString htmlSnippet(const QString &marked);
    // [start, length) of each match in plainSnippet(marked).
    static QList<std::pair<int, int>> matchRanges(const QString &marked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);

Q_SIGNALS:
    void searched(int conversations);

private:
    struct Row
    {
        cache::SearchHit hit;
        cache::ConversationRow row;
        int hits = 1;
    };

    const cache::CacheReader &m_reader;
    const AgentDirectory *m_agents;
    QString m_query;
    cache::SearchFilters m_filters;
    bool m_ranked = false;
    int m_hitLimit = 200;
    qint64 m_lastNs = 0;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace confab::models
