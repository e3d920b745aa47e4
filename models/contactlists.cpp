#include "models/contactlists.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/attributeformat.h"

#include <QJsonObject>

namespace confab::models {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------- events

ContactEventsModel::ContactEventsModel(const cache::CacheReader &reader, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ContactEventsModel::setContactId(const QString &contactId)
{
    if (contactId == m_contactId)
        return;
    m_contactId = contactId;
    m_limit = m_pageSize;
    load(false);
}

void ContactEventsModel::setPageSize(int events)
{
    m_pageSize = std::clamp(events, 1, MaxEvents);
    if (m_limit < m_pageSize)
        m_limit = m_pageSize;
}

void ContactEventsModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshTimes();
}

void ContactEventsModel::showMore()
{
    if (!m_more)
        return;
    m_limit = std::min(m_limit + m_pageSize, MaxEvents);
    load(true);
}

void ContactEventsModel::reload()
{
    load(true);
}

void ContactEventsModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), { WhenRole, Qt::ToolTipRole });
}

void ContactEventsModel::applyChanges(const cache::ChangeSet &changes)
{
    if (m_contactId.isEmpty())
        return;
    if (changes.reset)
        load(false);
    else if (changes.contacts.contains(m_contactId))
        load(true);
}

void ContactEventsModel::load(bool keepRows)
{
    QList<protocol::ContactEvent> fresh;
    if (!m_contactId.isEmpty() && m_reader.isOpen())
        fresh = m_reader.contactEvents(m_contactId, m_limit);
    m_more = fresh.size() >= m_limit && m_limit < MaxEvents;

    if (keepRows && !m_rows.isEmpty() && !fresh.isEmpty()) {
        // New events arrive on top; older ones appear at the bottom after "show more".
        qsizetype top = -1;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (fresh.at(i).id == m_rows.first().id) {
                top = i;
                break;
            }
        }
        if (top >= 0) {
            const qsizetype overlap = std::min(m_rows.size(), fresh.size() - top);
            bool same = true;
            for (qsizetype i = 0; same && i < overlap; ++i)
                same = fresh.at(top + i).id == m_rows.at(i).id;
            if (same) {
                if (m_rows.size() > overlap) { // fell off the bottom
                    beginRemoveRows({}, int(overlap), int(m_rows.size()) - 1);
                    m_rows.resize(overlap);
                    endRemoveRows();
                }
                if (top > 0) {
                    beginInsertRows({}, 0, int(top) - 1);
                    m_rows = fresh.mid(0, top) + m_rows;
                    endInsertRows();
                }
                for (qsizetype i = top; i < top + overlap; ++i) {
                    if (m_rows.at(i) != fresh.at(i)) {
                        m_rows[i] = fresh.at(i);
                        Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
                    }
                }
                if (fresh.size() > m_rows.size()) {
                    beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
                    m_rows += fresh.mid(m_rows.size());
                    endInsertRows();
                }
                return;
            }
        }
    }
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

QString ContactEventsModel::propertiesText(const QJsonObject &properties, const QDateTime &now, const QLocale &locale)
{
    AttributeFormatOptions o;
    o.now = now;
    o.locale = locale;
    QStringList parts;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        AttributeFormatOptions local = o;
        local.currency = AttributeFormat::currencyFor(it.key(), properties, o.currency);
        const FormattedAttribute f = AttributeFormat::format(it.key(), it.value(), local);
        parts.append(AttributeFormat::tr("%1: %2").arg(f.label, f.text));
    }
    return parts.join(u" · "_s);
}

int ContactEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::ContactEvent &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case NameRole:
        return e.name;
    case Qt::DisplayRole:
    case TitleRole:
        return AttributeFormat::label(e.name);
    case PropertiesRole:
        return propertiesText(e.properties, m_now());
    case OccurredAtRole:
        return e.occurredAt;
    case WhenRole:
        return AttributeFormat::relativeAge(e.occurredAt, m_now());
    case Qt::ToolTipRole:
        return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat);
    case Qt::AccessibleTextRole:
        return QString(AttributeFormat::label(e.name) + u", "_s + AttributeFormat::relativeAge(e.occurredAt, m_now()));
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactEventsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(NameRole, "name");
    names.insert(TitleRole, "title");
    names.insert(PropertiesRole, "properties");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(WhenRole, "when");
    return names;
}

// ---------------------------------------------------------------- conversations

ContactConversationsModel::ContactConversationsModel(const cache::CacheReader &reader, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader)
{
}

void ContactConversationsModel::setContactId(const QString &contactId, const QString &excludeConversationId)
{
    if (contactId == m_contactId && excludeConversationId == m_exclude)
        return;
    m_contactId = contactId;
    m_exclude = excludeConversationId;
    beginResetModel();
    m_rows = read();
    endResetModel();
}

QString ContactConversationsModel::statusText(const QString &status)
{
    if (status == "open"_L1)
        return tr("Open");
    if (status == "snoozed"_L1)
        return tr("Snoozed");
    if (status == "resolved"_L1)
        return tr("Resolved");
    return status;
}

QList<ContactConversationsModel::Row> ContactConversationsModel::read() const
{
    QList<Row> rows;
    if (m_contactId.isEmpty() || !m_reader.isOpen())
        return rows;
    const QList<protocol::Conversation> list = m_reader.contactConversations(m_contactId, m_limit + 1);
    QStringList needPreview;
    for (const protocol::Conversation &c : list) {
        if (c.id == m_exclude)
            continue;
        if (rows.size() >= m_limit)
            break;
        rows.append({ c, {} });
        if (c.subject.trimmed().isEmpty())
            needPreview.append(c.id);
    }
    if (!needPreview.isEmpty()) {
        cache::ListQuery q;
        q.view = cache::View::All;
        const QList<cache::ConversationRow> previews = m_reader.conversationRows(q, needPreview);
        QHash<QString, QString> byId;
        for (const cache::ConversationRow &r : previews)
            byId.insert(r.conversation.id, r.previewText);
        for (Row &r : rows)
            r.preview = byId.value(r.conversation.id);
    }
    return rows;
}

void ContactConversationsModel::reload()
{
    QList<Row> fresh = read();
    bool sameIds = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh.at(i).conversation.id == m_rows.at(i).conversation.id;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = fresh.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
    }
}

void ContactConversationsModel::applyChanges(const cache::ChangeSet &changes)
{
    if (m_contactId.isEmpty())
        return;
    if (changes.reset || !changes.conversations.isEmpty() || changes.contacts.contains(m_contactId))
        reload(); // one indexed query (conversations_contact), bounded by the limit
}

QString ContactConversationsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conversation.id : QString();
}

int ContactConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const protocol::Conversation &c = r.conversation;
    auto subject = [&] {
        if (!c.subject.trimmed().isEmpty())
            return c.subject.simplified();
        if (!r.preview.isEmpty())
            return r.preview;
        return c.channel == "email"_L1 ? tr("Email") : tr("Chat");
    };
    switch (role) {
    case IdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case StatusTextRole:
        return statusText(c.status);
    case Qt::DisplayRole:
    case SubjectRole:
        return subject();
    case ChannelRole:
        return c.channel;
    case LastMessageAtRole:
        return c.lastMessageAt.isValid() ? c.lastMessageAt : c.createdAt;
    case DateTextRole: {
        const QDateTime t = c.lastMessageAt.isValid() ? c.lastMessageAt : c.createdAt;
        return t.isValid() ? QLocale().toString(t.toLocalTime().date(), u"d MMM yyyy"_s) : QString();
    }
    case Qt::ToolTipRole:
        return c.subject.isEmpty() ? r.preview : c.subject;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(statusText(c.status), subject(),
                 QLocale().toString((c.lastMessageAt.isValid() ? c.lastMessageAt : c.createdAt).toLocalTime().date(),
                                    QLocale::LongFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(SubjectRole, "subject");
    names.insert(ChannelRole, "channel");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(DateTextRole, "dateText");
    return names;
}

} // namespace confab::models
