#include "models/articlemodel.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"

namespace confab::models {

using namespace Qt::StringLiterals;

ArticleSearchModel::ArticleSearchModel(const cache::CacheReader &reader, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader)
{
}

const QList<protocol::Article> &ArticleSearchModel::all()
{
    if (!m_allLoaded && m_reader.isOpen()) {
        m_all = m_reader.articles();
        m_allLoaded = true;
    }
    return m_all;
}

void ArticleSearchModel::preload()
{
    all();
    if (m_query.trimmed().isEmpty() && m_rows.size() != m_all.size())
        run();
}

int ArticleSearchModel::totalArticles()
{
    return int(all().size());
}

void ArticleSearchModel::setQuery(const QString &text)
{
    if (text == m_query && (m_allLoaded || !text.trimmed().isEmpty()))
        return;
    m_query = text;
    run();
}

void ArticleSearchModel::setResultLimit(int articles)
{
    m_limit = std::clamp(articles, 1, 200);
}

void ArticleSearchModel::run()
{
    QList<protocol::Article> rows;
    const QString q = m_query.trimmed();
    if (q.isEmpty())
        rows = all();
    else if (m_reader.isOpen())
        rows = m_reader.searchArticles(q, m_limit);
    // Same ids in the same order (typing one more letter often keeps the list): update in place.
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ArticleSearchModel::applyChanges(const cache::ChangeSet &changes)
{
    if (!changes.reset && changes.articles.isEmpty())
        return;
    m_allLoaded = false;
    m_all.clear();
    run();
}

std::optional<protocol::Article> ArticleSearchModel::article(const QString &id) const
{
    for (const protocol::Article &a : m_rows) {
        if (a.id == id)
            return a;
    }
    for (const protocol::Article &a : m_all) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

QString ArticleSearchModel::linkText(const protocol::Article &article)
{
    const QString title = article.title.simplified();
    if (article.url.trimmed().isEmpty())
        return title;
    return tr("%1: %2").arg(title, article.url.trimmed());
}

QString ArticleSearchModel::fullText(const protocol::Article &article)
{
    QString text = article.title.simplified() + u"\n\n"_s + article.body.trimmed();
    if (!article.url.trimmed().isEmpty())
        text += u"\n\n"_s + article.url.trimmed();
    return text;
}

QString ArticleSearchModel::excerpt(const QString &body, int chars)
{
    // Only the start is needed: do not simplify a 256 KiB body to show 140 characters.
    QString head = body.left(chars * 3).simplified();
    if (head.size() > chars) {
        head.truncate(chars);
        const qsizetype space = head.lastIndexOf(u' ');
        if (space > chars / 2)
            head.truncate(space);
        head += u'…';
    }
    return head;
}

int ArticleSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Article &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case IdRole:
        return a.id;
    case UrlRole:
        return a.url;
    case BodyRole:
        return a.body;
    case ExcerptRole:
    case Qt::ToolTipRole:
        return excerpt(a.body);
    case UpdatedAtRole:
        return a.updatedAt;
    case Qt::AccessibleTextRole:
        return a.title;
    case Qt::AccessibleDescriptionRole:
        return excerpt(a.body);
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(UrlRole, "url");
    names.insert(BodyRole, "body");
    names.insert(ExcerptRole, "excerpt");
    names.insert(UpdatedAtRole, "updatedAt");
    return names;
}

} // namespace confab::models
