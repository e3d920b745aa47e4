#include "models/messagefeedmodel.h"

#include "cache/cache.h"
#include "models/agentdirectory.h"

#include <QLoggingCategory>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFeed, "confab.models.feed")

namespace confab::models {

MessageFeedModel::MessageFeedModel(cache::Cache &cache, const AgentDirectory *agents, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_agents(agents)
{
}

MessageFeedModel::~MessageFeedModel() = default;

void MessageFeedModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

QString MessageFeedModel::contactId() const
{
    return m_conversation ? m_conversation->contactId : QString();
}

void MessageFeedModel::reloadConversation()
{
    m_conversation.reset();
    m_contactName.clear();
    if (m_id.isEmpty() || !m_cache.reader().isOpen())
        return;
    m_conversation = m_cache.reader().conversation(m_id);
    if (m_conversation) {
        if (const auto contact = m_cache.reader().contact(m_conversation->contactId))
            m_contactName = contact->name.isEmpty() ? contact->email : contact->name;
    }
}

void MessageFeedModel::setConversation(const QString &conversationId)
{
    beginResetModel();
    m_id = conversationId;
    m_rows.clear();
    m_indexDirty = true;
    m_olderInCache = false;
    m_historyComplete = false;
    m_fetching = false;
    m_wantOlder = false;
    reloadConversation();
    if (!m_id.isEmpty() && m_cache.reader().isOpen()) {
        cache::MessagePage page = m_cache.reader().messages(m_id, std::nullopt, m_pageSize);
        m_rows = std::move(page.messages);
        m_olderInCache = page.olderInCache;
        m_historyComplete = page.historyComplete;
    }
    endResetModel();
    Q_EMIT conversationChanged();
}

int MessageFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void MessageFeedModel::ensureIndex() const
{
    if (!m_indexDirty)
        return;
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).message.id, i);
    m_indexDirty = false;
}

int MessageFeedModel::rowOf(const QString &messageId) const
{
    ensureIndex();
    return m_index.value(messageId, -1);
}

bool MessageFeedModel::canLoadOlder() const
{
    return !m_id.isEmpty() && (m_olderInCache || !m_historyComplete);
}

void MessageFeedModel::loadOlder()
{
    if (m_id.isEmpty() || !m_cache.reader().isOpen())
        return;
    std::optional<cache::MessageCursor> before;
    if (!m_rows.isEmpty())
        before = m_rows.first().cursor;
    cache::MessagePage page = m_cache.reader().messages(m_id, before, m_pageSize);
    m_historyComplete = page.historyComplete;
    if (!page.messages.isEmpty()) {
        m_wantOlder = false;
        // Guard against rows a change already inserted (the page ends before `before`).
        ensureIndex();
        QList<cache::MessageRow> fresh;
        for (cache::MessageRow &row : page.messages) {
            if (!m_index.contains(row.message.id))
                fresh.append(std::move(row));
        }
        m_olderInCache = page.olderInCache;
        if (fresh.isEmpty())
            return;
        const int n = int(fresh.size());
        beginInsertRows({}, 0, n - 1);
        fresh.append(std::move(m_rows));
        m_rows = std::move(fresh);
        m_indexDirty = true;
        endInsertRows();
        // The first old row may lose its day separator or join a group.
        if (n < m_rows.size()) {
            const QModelIndex i = index(n, 0);
            Q_EMIT dataChanged(i, i);
        }
        Q_EMIT olderLoaded(n);
        return;
    }
    m_olderInCache = false;
    if (m_historyComplete || m_fetching)
        return;
    m_fetching = true;
    m_wantOlder = true;
    qCInfo(lcFeed) << "asking the server for history of" << m_id;
    Q_EMIT historyNeeded(m_id, page.oldestMessageId);
}

void MessageFeedModel::historyLoaded(const QString &conversationId, int count, bool complete)
{
    if (conversationId != m_id)
        return;
    m_fetching = false;
    if (complete)
        m_historyComplete = true;
    if (m_wantOlder && count > 0)
        loadOlder();
    else
        m_wantOlder = false;
}

void MessageFeedModel::historyFailed(const QString &conversationId, const QString &message)
{
    if (conversationId != m_id)
        return;
    m_fetching = false;
    m_wantOlder = false;
    Q_EMIT historyError(message);
}

int MessageFeedModel::lowerBound(qint64 position, int skip) const
{
    const int n = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [&](int i) { return m_rows.at(skip >= 0 && i >= skip ? i + 1 : i).cursor.position; };
    int lo = 0;
    int hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (at(mid) < position)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void MessageFeedModel::removeAt(int row, QStringList &neighbours)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_indexDirty = true;
    endRemoveRows();
    if (row < m_rows.size())
        neighbours.append(m_rows.at(row).message.id);
}

int MessageFeedModel::place(cache::MessageRow &&fresh, int current, QStringList &neighbours)
{
    int target = lowerBound(fresh.cursor.position, current);
    if (current < 0) {
        // Older than everything loaded while older rows exist in the cache: it arrives with
        // its page.
        if (target == 0 && m_olderInCache && !m_rows.isEmpty())
            return -1;
        beginInsertRows({}, target, target);
        m_rows.insert(target, std::move(fresh));
        m_indexDirty = true;
        endInsertRows();
    } else {
        if (target != current) {
            if (current + 1 < m_rows.size())
                neighbours.append(m_rows.at(current + 1).message.id);
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_rows.move(current, target);
            m_indexDirty = true;
            endMoveRows();
        }
        m_rows[target] = std::move(fresh);
        const QModelIndex i = index(target, 0);
        Q_EMIT dataChanged(i, i);
    }
    if (target + 1 < m_rows.size())
        neighbours.append(m_rows.at(target + 1).message.id);
    return target;
}

void MessageFeedModel::refreshWindow(QStringList &neighbours, int &appended, bool &mine)
{
    const int limit = std::max(m_pageSize, 100);
    cache::MessagePage page = m_cache.reader().messages(m_id, std::nullopt, limit);
    m_historyComplete = page.historyComplete || m_historyComplete;
    if (page.olderInCache && !page.messages.isEmpty() && !m_rows.isEmpty()
        && page.messages.first().cursor.position > m_rows.last().cursor.position) {
        // More new messages than the window holds: start again from the newest page.
        qCInfo(lcFeed) << "many new messages in" << m_id << "- reloading the newest page";
        setConversation(m_id);
        return;
    }
    if (m_rows.isEmpty())
        m_olderInCache = page.olderInCache;
    const qint64 lowest = page.olderInCache && !page.messages.isEmpty() ? page.messages.first().cursor.position
                                                                         : std::numeric_limits<qint64>::min();
    // Rows inside the window that the cache no longer shows (deleted notes, replaced ids).
    QSet<QString> inPage;
    for (const cache::MessageRow &row : std::as_const(page.messages))
        inPage.insert(row.message.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const cache::MessageRow &row = m_rows.at(i);
        if (row.cursor.position < lowest)
            break;
        if (!inPage.contains(row.message.id))
            removeAt(i, neighbours);
    }
    const int oldCount = int(m_rows.size());
    int tailStart = oldCount; // rows at or after this index are new at the bottom
    for (cache::MessageRow &row : page.messages) {
        const int current = rowOf(row.message.id);
        if (current >= 0) {
            const bool same = m_rows.at(current).cursor == row.cursor && m_rows.at(current).message == row.message
                && m_rows.at(current).delivery == row.delivery && m_rows.at(current).deletePending == row.deletePending
                && m_rows.at(current).errorMessage == row.errorMessage && m_rows.at(current).outboxId == row.outboxId;
            if (same)
                continue;
        }
        const bool byMe = row.message.author.type == "agent"_L1 && m_agents && m_agents->isMe(row.message.author.id);
        const int at = place(std::move(row), current, neighbours);
        if (current < 0 && at >= 0) {
            if (at >= tailStart) {
                ++appended;
                mine = mine || byMe;
            } else {
                ++tailStart;
            }
        }
    }
}

void MessageFeedModel::refreshOne(const QString &id, QStringList &neighbours)
{
    const int current = rowOf(id);
    if (current < 0)
        return;
    std::optional<cache::MessageRow> row = m_cache.reader().message(id);
    if (!row || row->message.deleted || row->message.conversationId != m_id) {
        removeAt(current, neighbours);
        return;
    }
    place(std::move(*row), current, neighbours);
}

void MessageFeedModel::applyChanges(const cache::ChangeSet &changes)
{
    if (m_id.isEmpty())
        return;
    if (changes.reset) {
        setConversation(m_id);
        return;
    }
    bool touched = changes.messageConversations.contains(m_id);
    if (const auto it = changes.replacedIds.constFind(m_id); it != changes.replacedIds.constEnd()) {
        const QString old = m_id;
        m_id = it.value();
        touched = true;
        Q_EMIT conversationReplaced(old, m_id);
    }
    for (auto it = changes.replacedIds.constBegin(); it != changes.replacedIds.constEnd(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        if (rowOf(it.value()) >= 0) {
            QStringList ignored;
            removeAt(row, ignored);
        } else {
            m_rows[row].message.id = it.value();
            m_indexDirty = true;
        }
        touched = true;
    }
    if (changes.conversations.contains(m_id) || changes.contacts.contains(contactId()) || touched) {
        const auto before = m_conversation;
        const QString name = m_contactName;
        reloadConversation();
        if (before != m_conversation || name != m_contactName)
            Q_EMIT conversationChanged();
    }
    if (!m_cache.reader().isOpen())
        return;

    QStringList neighbours;
    int appended = 0;
    bool mine = false;
    if (touched)
        refreshWindow(neighbours, appended, mine);
    for (const QString &id : changes.messages) {
        if (rowOf(id) >= 0 && !touched)
            refreshOne(id, neighbours);
    }
    for (const QString &id : std::as_const(neighbours)) {
        const int row = rowOf(id);
        if (row >= 0) {
            const QModelIndex i = index(row, 0);
            Q_EMIT dataChanged(i, i);
        }
    }
    if (appended > 0)
        Q_EMIT messagesAppended(appended, mine);
}

// ---------- commands

QString MessageFeedModel::send(const QString &kind, const QString &body, const QStringList &mentions)
{
    if (m_id.isEmpty())
        return {};
    return m_cache.sendMessage(m_id, kind, body, mentions);
}

bool MessageFeedModel::canDelete(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const cache::MessageRow &r = m_rows.at(row);
    if (!r.message.isNote() || r.deletePending)
        return false;
    if (!m_agents)
        return false;
    return (r.message.author.type == "agent"_L1 && m_agents->isMe(r.message.author.id)) || m_agents->meIsLeadOrAdmin();
}

void MessageFeedModel::deleteNote(int row)
{
    if (!canDelete(row))
        return;
    m_cache.deleteNote(m_rows.at(row).message.id);
}

void MessageFeedModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).outboxId == 0)
        return;
    m_cache.retryOutbox(m_rows.at(row).outboxId);
}

void MessageFeedModel::discard(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).outboxId == 0)
        return;
    m_cache.discardOutbox(m_rows.at(row).outboxId);
}

void MessageFeedModel::markRead()
{
    if (m_id.isEmpty() || !m_cache.reader().isOpen())
        return;
    // The newest message the server knows.
    QString newest;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!m_rows.at(i).message.id.startsWith("local:"_L1)) {
            newest = m_rows.at(i).message.id;
            break;
        }
    }
    if (newest.isEmpty())
        return;
    const auto row = m_cache.reader().conversationRow(m_id, m_agents ? m_agents->me() : QString());
    if (row && row->unread)
        m_cache.markRead(m_id, newest);
}

std::optional<cache::Draft> MessageFeedModel::draft() const
{
    if (m_id.isEmpty() || !m_cache.reader().isOpen())
        return std::nullopt;
    return m_cache.reader().draft(m_id);
}

void MessageFeedModel::saveDraft(const QString &text, const QString &mode)
{
    if (!m_id.isEmpty())
        m_cache.saveDraft(m_id, text, mode);
}

// ---------- data

bool MessageFeedModel::isDayBreak(int row) const
{
    if (row == 0)
        return true;
    return m_rows.at(row - 1).message.createdAt.toLocalTime().date()
        != m_rows.at(row).message.createdAt.toLocalTime().date();
}

bool MessageFeedModel::isGrouped(int row) const
{
    if (row == 0 || isDayBreak(row))
        return false;
    const protocol::Message &a = m_rows.at(row - 1).message;
    const protocol::Message &b = m_rows.at(row).message;
    if (a.isSystem() || b.isSystem() || a.kind != b.kind || a.author != b.author)
        return false;
    return a.createdAt.secsTo(b.createdAt) <= GroupWindowSecs;
}

QString MessageFeedModel::authorName(const cache::MessageRow &row) const
{
    const protocol::Author &a = row.message.author;
    if (a.type == "contact"_L1)
        return m_contactName.isEmpty() ? tr("Customer") : m_contactName;
    if (a.type == "agent"_L1) {
        const QString name = m_agents ? m_agents->agentName(a.id) : QString();
        return name.isEmpty() ? tr("Teammate") : name;
    }
    return {};
}

QVariant MessageFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const cache::MessageRow &r = m_rows.at(row);
    const protocol::Message &m = r.message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole: {
        if (m.isSystem())
            return m.body;
        const QString who = authorName(r);
        if (m.isNote())
            return tr("Internal note by %1: %2").arg(who, m.body);
        return tr("%1: %2").arg(who, m.body);
    }
    case Qt::ToolTipRole:
        return r.delivery == cache::Delivery::Failed ? r.errorMessage : QVariant();
    case IdRole:
        return m.id;
    case KindRole:
        return m.kind;
    case AuthorTypeRole:
        return m.author.type;
    case AuthorIdRole:
        return m.author.id;
    case AuthorNameRole:
        return authorName(r);
    case ChannelRole:
        return m.channel;
    case SubjectRole:
        return m.channel == "email"_L1 && m_conversation ? m_conversation->subject : QString();
    case CreatedAtRole:
        return m.createdAt;
    case DeliveryRole:
        return int(r.delivery);
    case ErrorRole:
        return r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage;
    case OutboxIdRole:
        return r.outboxId;
    case MineRole:
        return m.author.type == "agent"_L1 && m_agents && m_agents->isMe(m.author.id);
    case DayBreakRole:
        return isDayBreak(row);
    case GroupedRole:
        return isGrouped(row);
    case DeletePendingRole:
        return r.deletePending;
    case CanDeleteRole:
        return canDelete(row);
    case MentionNamesRole: {
        QStringList names;
        for (const QString &id : m.mentions)
            names.append(m_agents ? m_agents->agentName(id) : id);
        return names;
    }
    case IsLocalRole:
        return m.id.startsWith("local:"_L1);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(KindRole, "kind");
    names.insert(AuthorTypeRole, "authorType");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(BodyRole, "body");
    names.insert(ChannelRole, "channel");
    names.insert(SubjectRole, "subject");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(DeliveryRole, "delivery");
    names.insert(ErrorRole, "error");
    names.insert(OutboxIdRole, "outboxId");
    names.insert(MineRole, "mine");
    names.insert(DayBreakRole, "dayBreak");
    names.insert(GroupedRole, "grouped");
    names.insert(DeletePendingRole, "deletePending");
    names.insert(CanDeleteRole, "canDelete");
    names.insert(MentionNamesRole, "mentionNames");
    names.insert(IsLocalRole, "isLocal");
    return names;
}

} // namespace confab::models
