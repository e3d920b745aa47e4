#pragma once

#include "protocol/entities.h"

#include <QAbstractListModel>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

// Help articles (synced, so they work offline) searched as you type. An empty query lists
// every article by title (read once and kept until articles change); a query asks the cache's
// FTS index, title matches first. Used by the composer's article picker and the help center.
class ArticleSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,    // also DisplayRole
        UrlRole,
        BodyRole,
        ExcerptRole,  // the start of the body, one line
        UpdatedAtRole,
    };
    Q_ENUM(Role)

    explicit ArticleSearchModel(const cache::CacheReader &reader, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setResultLimit(int articles);

    // Loads the full list now if it is not loaded (so opening a popup later costs nothing).
    void preload();
    int totalArticles();

    const protocol::Article &articleAt(int row) const { return m_rows.at(row); }
    std::optional<protocol::Article> article(const QString &id) const;

    // What Enter inserts: "Title: https://…" (just the title without a link).
    static QString linkText(const protocol::Article &article);
    // What Shift+Enter inserts: the article's full text, then its link.
    static QString fullText(const protocol::Article &article);
    static QString excerpt(const QString &body, int chars = 140);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);

private:
    void run();
    const QList<protocol::Article> &all();

    const cache::CacheReader &m_reader;
    QString m_query;
    int m_limit = 50;
    bool m_allLoaded = false;
    QList<protocol::Article> m_all;
    QList<protocol::Article> m_rows;
};

} // namespace confab::models
