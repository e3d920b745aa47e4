#include "models/conversationlistmodel.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConversationList, "confab.models.conversations")

namespace confab::models {

ConversationListModel::ConversationListModel(const cache::CacheReader &reader, const AgentDirectory *agents,
                                             QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_agents(agents)
{
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setQuery(const cache::ListQuery &query)
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_next.reset();
    m_index.clear();
    m_indexValidBelow = 0;
    m_loadedOnce = false;
    loadPage();
    endResetModel();
}

void ConversationListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 500);
}

void ConversationListModel::reload()
{
    setQuery(m_query);
}

void ConversationListModel::loadPage()
{
    if (!m_reader.isOpen()) {
        m_loadedOnce = true;
        return;
    }
    cache::ConversationPage page = m_reader.conversations(m_query, m_loadedOnce ? m_next : std::nullopt, m_pageSize);
    m_loadedOnce = true;
    m_next = page.next;
    const int first = int(m_rows.size());
    m_rows.append(std::move(page.rows));
    indexAppended(first);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || !m_reader.isOpen() || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);
    cache::ConversationPage page = m_reader.conversations(m_query, m_next, m_pageSize);
    // Rows may already be here when changes inserted them near the end of the loaded range.
    QList<cache::ConversationRow> fresh;
    fresh.reserve(page.rows.size());
    for (cache::ConversationRow &row : page.rows) {
        if (!m_index.contains(row.conversation.id))
            fresh.append(std::move(row));
    }
    m_next = page.next;
    if (fresh.isEmpty()) {
        Q_EMIT pageLoaded(0);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(std::move(fresh));
    indexAppended(first);
    endInsertRows();
    Q_EMIT pageLoaded(int(m_rows.size()) - first);
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conversation.id : QString();
}

// The index holds exactly the loaded ids. Their rows are exact below m_indexValidBelow; a
// change at row p shifts only the rows from p on, so only those are renumbered, and only when
// one of them is looked up. Ids that are not loaded (every new conversation during a sync)
// are answered without renumbering anything.
void ConversationListModel::indexAppended(int first)
{
    const bool valid = m_indexValidBelow >= first;
    for (int i = first; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).conversation.id, i);
    if (valid)
        m_indexValidBelow = int(m_rows.size());
}

void ConversationListModel::indexShifted(int from)
{
    m_indexValidBelow = std::min(m_indexValidBelow, from);
}

int ConversationListModel::rowOf(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return -1;
    if (*it < m_indexValidBelow)
        return *it;
    for (int i = m_indexValidBelow; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).conversation.id] = i;
    m_indexValidBelow = int(m_rows.size());
    return m_index.value(id, -1);
}

QModelIndex ConversationListModel::indexOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

bool ConversationListModel::sortsBefore(cache::Sort sort, const cache::ListCursor &a, const cache::ListCursor &b)
{
    // Mirrors CacheReader::conversations: newest-first and priority are descending on
    // (key, id); oldest-first and waiting-longest ascending.
    const bool desc = sort == cache::Sort::Newest || sort == cache::Sort::Priority;
    if (a.key != b.key)
        return desc ? a.key > b.key : a.key < b.key;
    return desc ? b.id < a.id : a.id < b.id;
}

int ConversationListModel::targetRow(const cache::ListCursor &cursor, int skip) const
{
    // Binary search over the loaded rows without row `skip`.
    const int n = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [&](int i) -> const cache::ListCursor & { return m_rows.at(skip >= 0 && i >= skip ? i + 1 : i).cursor; };
    int lo = 0;
    int hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (sortsBefore(m_query.sort, at(mid), cursor))
            lo = mid + 1;
        else
            hi = mid;
    }
    // The loaded range ends at m_next (the last row of the last page loaded); a row sorting
    // after it belongs to a page not loaded yet.
    if (lo == n && m_next && sortsBefore(m_query.sort, *m_next, cursor))
        return -1;
    return lo;
}

void ConversationListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_index.remove(m_rows.at(row).conversation.id);
    m_rows.removeAt(row);
    indexShifted(row);
    endRemoveRows();
}

void ConversationListModel::updateRow(int row, cache::ConversationRow &&fresh)
{
    const int target = targetRow(fresh.cursor, row);
    if (target < 0) {
        // It now sorts past the loaded pages; it comes back when those load.
        removeRowAt(row);
        return;
    }
    if (target != row) {
        // beginMoveRows takes the destination in pre-move numbering.
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, target);
        indexShifted(std::min(row, target));
        endMoveRows();
    }
    m_rows[target] = std::move(fresh);
    const QModelIndex i = index(target, 0);
    Q_EMIT dataChanged(i, i);
}

void ConversationListModel::insertRow(cache::ConversationRow &&fresh)
{
    const int target = targetRow(fresh.cursor, -1);
    if (target < 0)
        return; // arrives with its page
    beginInsertRows({}, target, target);
    const QString id = fresh.conversation.id;
    m_rows.insert(target, std::move(fresh));
    indexShifted(target);
    m_index.insert(id, target);
    endInsertRows();
}

void ConversationListModel::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset) {
        reload();
        return;
    }
    if (!m_loadedOnce || m_changing)
        return;
    const QScopedValueRollback guard(m_changing, true);

    QSet<QString> ids = changes.conversations;
    for (auto it = changes.replacedIds.constBegin(); it != changes.replacedIds.constEnd(); ++it) {
        const int old = rowOf(it.key());
        if (old < 0)
            continue;
        ids.insert(it.value());
        if (rowOf(it.value()) >= 0) {
            removeRowAt(old);
        } else {
            m_index.remove(it.key());
            m_rows[old].conversation.id = it.value();
            m_rows[old].cursor.id = it.value();
            m_index.insert(it.value(), old);
        }
        Q_EMIT idReplaced(it.key(), it.value());
    }
    if (ids.isEmpty() || !m_reader.isOpen())
        return;

    const QStringList idList(ids.cbegin(), ids.cend());
    QList<cache::ConversationRow> rows = m_reader.conversationRows(m_query, idList);
    QSet<QString> found;
    for (cache::ConversationRow &row : rows) {
        const QString id = row.conversation.id;
        found.insert(id);
        const int current = rowOf(id);
        if (!row.matches) {
            if (current >= 0)
                removeRowAt(current);
        } else if (current >= 0) {
            updateRow(current, std::move(row));
        } else {
            insertRow(std::move(row));
        }
    }
    // Ids the cache no longer holds (a local conversation discarded, a reset row).
    for (const QString &id : idList) {
        if (found.contains(id))
            continue;
        const int current = rowOf(id);
        if (current >= 0)
            removeRowAt(current);
    }
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cache::ConversationRow &r = m_rows.at(index.row());
    const protocol::Conversation &c = r.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case ContactNameRole:
        if (!r.contactName.isEmpty())
            return r.contactName;
        if (!r.contactEmail.isEmpty())
            return r.contactEmail;
        return tr("Unknown contact");
    case Qt::ToolTipRole:
        return (c.subject.isEmpty() ? r.previewText : c.subject).left(300);
    case Qt::AccessibleTextRole: {
        QString text = data(index, ContactNameRole).toString();
        if (r.unread)
            text += u", "_s + tr("unread");
        if (!c.subject.isEmpty())
            text += u", "_s + c.subject;
        if (!r.previewText.isEmpty())
            text += u", "_s + r.previewText.left(120);
        return text;
    }
    case IdRole:
        return c.id;
    case ContactEmailRole:
        return r.contactEmail;
    case ChannelRole:
        return c.channel;
    case SubjectRole:
        return c.subject;
    case PreviewRole:
        return r.previewText;
    case PreviewKindRole:
        return r.previewKind;
    case PreviewAuthorTypeRole:
        return r.previewAuthorType;
    case PreviewAuthorNameRole:
        if (r.previewAuthorType == "agent"_L1) {
            if (m_agents && m_agents->isMe(r.previewAuthorId))
                return tr("You");
            return m_agents ? m_agents->agentName(r.previewAuthorId) : QString();
        }
        return {};
    case LastMessageAtRole:
        return c.lastMessageAt.isValid() ? c.lastMessageAt : c.updatedAt;
    case UnreadRole:
        return r.unread;
    case StatusRole:
        return c.status;
    case AssigneeIdRole:
        return c.assigneeId;
    case AssigneeNameRole:
        return m_agents ? m_agents->agentName(c.assigneeId) : QString();
    case AssigneeInitialsRole:
        return m_agents ? m_agents->agentInitials(c.assigneeId) : QString();
    case TeamIdRole:
        return c.teamId;
    case PriorityRole:
        return c.priority;
    case WaitingSinceRole:
        return r.waitingSince;
    case SnoozedUntilRole:
        return c.snoozedUntil;
    case PendingRole:
        return r.pendingOutbox;
    case FailedRole:
        return r.failedOutbox;
    case HasDraftRole:
        return r.hasDraft;
    case IsLocalRole:
        return r.isLocal;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(ContactNameRole, "contactName");
    names.insert(ContactEmailRole, "contactEmail");
    names.insert(ChannelRole, "channel");
    names.insert(SubjectRole, "subject");
    names.insert(PreviewRole, "preview");
    names.insert(PreviewKindRole, "previewKind");
    names.insert(PreviewAuthorTypeRole, "previewAuthorType");
    names.insert(PreviewAuthorNameRole, "previewAuthorName");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(UnreadRole, "unread");
    names.insert(StatusRole, "status");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(AssigneeNameRole, "assigneeName");
    names.insert(AssigneeInitialsRole, "assigneeInitials");
    names.insert(TeamIdRole, "teamId");
    names.insert(PriorityRole, "priority");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(SnoozedUntilRole, "snoozedUntil");
    names.insert(PendingRole, "pending");
    names.insert(FailedRole, "failed");
    names.insert(HasDraftRole, "hasDraft");
    names.insert(IsLocalRole, "isLocal");
    return names;
}

} // namespace confab::models
