#include "models/searchmodel.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"

namespace confab::models {

using namespace Qt::StringLiterals;

SearchModel::SearchModel(const cache::CacheReader &reader, const AgentDirectory *agents, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_agents(agents)
{
}

void SearchModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    search();
}

void SearchModel::setFilters(const cache::SearchFilters &filters)
{
    m_filters = filters;
    search();
}

void SearchModel::setRanked(bool byRelevance)
{
    if (byRelevance == m_ranked)
        return;
    m_ranked = byRelevance;
    search();
}

void SearchModel::setHitLimit(int hits)
{
    m_hitLimit = std::clamp(hits, 1, 200);
}

void SearchModel::search()
{
    QElapsedTimer timer;
    timer.start();
    QList<Row> rows;
    QHash<QString, int> index;
    if (m_reader.isOpen() && !m_query.trimmed().isEmpty()) {
        const QList<cache::SearchHit> hits = m_reader.search(m_query, m_filters, m_hitLimit, m_ranked);
        QStringList ids;
        for (const cache::SearchHit &h : hits) {
            const auto it = index.constFind(h.conversationId);
            if (it != index.constEnd()) {
                ++rows[*it].hits; // the first hit of a conversation is its best / newest
                continue;
            }
            index.insert(h.conversationId, int(rows.size()));
            rows.append({ h, {}, 1 });
            ids.append(h.conversationId);
        }
        cache::ListQuery q;
        q.view = cache::View::All;
        q.agentId = m_agents ? m_agents->me() : QString();
        const QList<cache::ConversationRow> details = m_reader.conversationRows(q, ids);
        for (const cache::ConversationRow &d : details) {
            const auto it = index.constFind(d.conversation.id);
            if (it != index.constEnd())
                rows[*it].row = d;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_index = std::move(index);
    endResetModel();
    m_lastNs = timer.nsecsElapsed();
    Q_EMIT searched(int(m_rows.size()));
}

void SearchModel::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset) {
        search();
        return;
    }
    QStringList ids;
    for (const QString &id : changes.conversations) {
        if (m_index.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    cache::ListQuery q;
    q.view = cache::View::All;
    q.agentId = m_agents ? m_agents->me() : QString();
    const QList<cache::ConversationRow> details = m_reader.conversationRows(q, ids);
    for (const cache::ConversationRow &d : details) {
        const int row = m_index.value(d.conversation.id, -1);
        if (row < 0)
            continue;
        m_rows[row].row = d;
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
    }
}

QString SearchModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hit.conversationId : QString();
}

QString SearchModel::messageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hit.messageId : QString();
}

QString SearchModel::plainSnippet(const QString &marked)
{
    QString out = marked;
    out.remove(QChar(cache::MatchOpen));
    out.remove(QChar(cache::MatchClose));
    return out;
}

QString SearchModel::htmlSnippet(const QString &marked)
{
    QString out;
    out.reserve(marked.size() + 32);
    QString run;
    auto flush = [&] {
        out += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == QChar(cache::MatchOpen)) {
            flush();
            out += u"<b>"_s;
        } else if (c == QChar(cache::MatchClose)) {
            flush();
            out += u"</b>"_s;
        } else {
            run += c;
        }
    }
    flush();
    return out;
}

QList<std::pair<int, int>> SearchModel::matchRanges(const QString &marked)
{
    QList<std::pair<int, int>> out;
    int pos = 0;
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(cache::MatchOpen)) {
            start = pos;
        } else if (c == QChar(cache::MatchClose)) {
            if (start >= 0 && pos > start)
                out.append({ start, pos - start });
            start = -1;
        } else {
            ++pos;
        }
    }
    return out;
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return r.hit.conversationId;
    case MessageIdRole:
        return r.hit.messageId;
    case FieldRole:
        return int(r.hit.field);
    case SnippetRole:
        return r.hit.snippet;
    case Qt::DisplayRole:
    case SnippetTextRole:
        return plainSnippet(r.hit.snippet);
    case SnippetHtmlRole:
        return htmlSnippet(r.hit.snippet);
    case AtRole:
        return r.hit.at;
    case ContactNameRole:
        return r.row.contactName.isEmpty() ? r.row.contactEmail : r.row.contactName;
    case SubjectRole:
        return r.row.conversation.subject;
    case StatusRole:
        return r.row.conversation.status;
    case AssigneeNameRole:
        return m_agents ? m_agents->agentName(r.row.conversation.assigneeId) : r.row.conversation.assigneeId;
    case ChannelRole:
        return r.row.conversation.channel;
    case HitCountRole:
        return r.hits;
    case Qt::AccessibleTextRole: {
        const QString who = r.row.contactName.isEmpty() ? r.row.contactEmail : r.row.contactName;
        return tr("%1: %2").arg(who, plainSnippet(r.hit.snippet));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(MessageIdRole, "messageId");
    names.insert(FieldRole, "field");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetTextRole, "snippetText");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(AtRole, "at");
    names.insert(ContactNameRole, "contactName");
    names.insert(SubjectRole, "subject");
    names.insert(StatusRole, "status");
    names.insert(AssigneeNameRole, "assigneeName");
    names.insert(ChannelRole, "channel");
    names.insert(HitCountRole, "hitCount");
    return names;
}

} // namespace confab::models
