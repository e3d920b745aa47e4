#include "models/outboxmodel.h"

#include "cache/cache.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"
#include "models/timeformat.h"
#include "models/triageconflicts.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace confab::models {

namespace {

QString quoted(const QString &text)
{
    const QString flat = text.simplified();
    return OutboxModel::tr("“%1”").arg(flat.size() > 60 ? flat.left(59) + u'…' : flat);
}

QString describeSet(const QJsonObject &set, const AgentDirectory *agents)
{
    QStringList parts;
    if (set.contains("status"_L1)) {
        const QString s = set.value("status"_L1).toString();
        parts.append(s == "resolved"_L1 ? OutboxModel::tr("Resolve")
                     : s == "snoozed"_L1 ? OutboxModel::tr("Snooze")
                                          : OutboxModel::tr("Reopen"));
    }
    if (set.contains("assignee_id"_L1)) {
        const QString a = set.value("assignee_id"_L1).toString();
        if (a.isEmpty())
            parts.append(OutboxModel::tr("Unassign"));
        else if (agents && agents->isMe(a))
            parts.append(OutboxModel::tr("Assign to you"));
        else {
            const QString name = agents ? agents->agentName(a) : QString();
            parts.append(OutboxModel::tr("Assign to %1").arg(name.isEmpty() ? a : name));
        }
    }
    if (set.contains("team_id"_L1)) {
        const QString t = set.value("team_id"_L1).toString();
        const QString name = agents && !t.isEmpty() ? agents->teamName(t) : t;
        parts.append(t.isEmpty() ? OutboxModel::tr("Remove the team") : OutboxModel::tr("Move to %1").arg(name));
    }
    if (set.contains("priority"_L1))
        parts.append(OutboxModel::tr("Priority %1").arg(set.value("priority"_L1).toString()));
    if (set.contains("tags"_L1)) {
        QStringList tags;
        for (const QJsonValue &v : set.value("tags"_L1).toArray())
            tags.append(v.toString());
        parts.append(tags.isEmpty() ? OutboxModel::tr("Remove the tags") : OutboxModel::tr("Tags: %1").arg(tags.join(u", "_s)));
    }
    return parts.isEmpty() ? OutboxModel::tr("Change the conversation") : parts.join(u", "_s);
}

} // namespace

OutboxModel::OutboxModel(cache::Cache &cache, const AgentDirectory *agents, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_agents(agents)
{
    connect(&m_cache, &cache::Cache::sendHoldEnded, this, [this](const QString &clientId, bool) {
        // The reason of a row changes from "held for undo" to "waiting" (or the row goes).
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).entry.clientId == clientId)
                Q_EMIT dataChanged(index(i), index(i));
    });
    reload();
}

void OutboxModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { AgeRole, Qt::DisplayRole, Qt::ToolTipRole });
}

QDateTime OutboxModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::rowOf(qint64 outboxId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).entry.id == outboxId)
            return i;
    return -1;
}

int OutboxModel::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.entry.state == cache::OutboxState::Pending || r.entry.state == cache::OutboxState::Sending;
    }));
}

int OutboxModel::problemCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.entry.state == cache::OutboxState::Failed || r.entry.state == cache::OutboxState::Conflict;
    }));
}

QString OutboxModel::describeAction(const cache::OutboxEntry &e, const AgentDirectory *agents)
{
    switch (e.kind) {
    case cache::OutboxKind::Send:
        if (const auto *s = std::get_if<protocol::Send>(&e.request))
            return (s->kind == "note"_L1 ? tr("Note: %1") : tr("Reply: %1")).arg(quoted(s->body));
        return tr("Message");
    case cache::OutboxKind::Start:
        if (const auto *s = std::get_if<protocol::Start>(&e.request))
            return tr("New conversation: %1").arg(quoted(s->subject.isEmpty() ? s->body : s->subject));
        return tr("New conversation");
    case cache::OutboxKind::Update:
        if (const auto *u = std::get_if<protocol::Update>(&e.request))
            return describeSet(u->set, agents);
        return tr("Change the conversation");
    case cache::OutboxKind::UpdateContact:
        return tr("Change the customer's details");
    case cache::OutboxKind::DeleteNote:
        return tr("Delete a note");
    }
    return {};
}

QString OutboxModel::describeReason(const cache::OutboxEntry &e, bool heldNow, const AgentDirectory *agents)
{
    switch (e.state) {
    case cache::OutboxState::Pending:
        return e.attempts > 0 ? tr("Waiting to be sent again (the connection dropped before the server answered)")
                              : tr("Waiting for the connection");
        break;
    case cache::OutboxState::Sending:
        return tr("Sending…");
    case cache::OutboxState::Held:
        return heldNow ? tr("Held for a few seconds so you can undo it")
                       : tr("Not sent: Confab closed before the undo time ran out. Send it, edit it or discard it.");
    case cache::OutboxState::Failed:
        if (e.errorCode == "forbidden"_L1)
            return tr("The server refused it: you are not allowed to do this (%1)").arg(e.errorMessage);
        if (e.errorCode == "not_found"_L1)
            return tr("The server refused it: the conversation or message no longer exists (%1)").arg(e.errorMessage);
        return tr("The server refused it: %1").arg(e.errorMessage.isEmpty() ? e.errorCode : e.errorMessage);
    case cache::OutboxState::Conflict: {
        QString what;
        const auto *u = std::get_if<protocol::Update>(&e.request);
        if (u && e.conflictCurrent && agents)
            what = TriageConflicts::describeConflict(u->set, *e.conflictCurrent, *agents);
        // describeConflict leads with its own "Someone else changed this conversation…" sentence.
        if (what.isEmpty())
            what = tr("Someone else changed this conversation while you were offline.");
        return what + u' ' + tr("Keep theirs, or apply yours on top.");
    }
    }
    return {};
}

QString OutboxModel::titleFor(const cache::OutboxEntry &e) const
{
    const QString conversationId = e.conversationId;
    if (conversationId.isEmpty()) {
        if (auto c = m_cache.reader().contact(e.contactId))
            return c->name.isEmpty() ? c->email : c->name;
        return tr("A customer");
    }
    const auto c = m_cache.reader().conversation(conversationId);
    if (!c)
        return tr("A conversation no longer in the cache");
    QString who;
    if (auto contact = m_cache.reader().contact(c->contactId))
        who = contact->name.isEmpty() ? contact->email : contact->name;
    if (who.isEmpty())
        who = tr("Unknown customer");
    return c->subject.isEmpty() ? who : tr("%1 — %2").arg(who, c->subject);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const cache::OutboxEntry &e = r.entry;
    const bool heldNow = e.state == cache::OutboxState::Held && [&] {
        for (const cache::HeldSend &h : m_cache.heldSends())
            if (h.clientId == e.clientId)
                return true;
        return false;
    }();
    auto text = [&]() -> QString {
        if (const auto *s = std::get_if<protocol::Send>(&e.request))
            return s->body;
        if (const auto *s = std::get_if<protocol::Start>(&e.request))
            return s->body;
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(describeAction(e, m_agents), r.title);
    case Qt::ToolTipRole:
        return describeReason(e, heldNow, m_agents);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3: %4").arg(describeAction(e, m_agents), r.title, relativeTime(e.createdAt, now()),
                                        describeReason(e, heldNow, m_agents));
    case IdRole:
        return e.id;
    case ClientIdRole:
        return e.clientId;
    case KindRole:
        return cache::outboxKindName(e.kind);
    case StateRole:
        return cache::outboxStateName(e.state);
    case ConversationIdRole:
        return e.conversationId;
    case ConversationTitleRole:
        return r.title;
    case ActionRole:
        return describeAction(e, m_agents);
    case CreatedAtRole:
        return e.createdAt;
    case AgeRole:
        return relativeTime(e.createdAt, now());
    case ReasonRole:
        return describeReason(e, heldNow, m_agents);
    case TextRole:
        return text();
    case CanRetryRole:
        return e.state == cache::OutboxState::Failed || e.state == cache::OutboxState::Conflict
            || (e.state == cache::OutboxState::Held && !heldNow);
    case CanEditRole:
        return e.kind == cache::OutboxKind::Send && e.state != cache::OutboxState::Sending && !heldNow;
    case CanDiscardRole:
        return e.state != cache::OutboxState::Sending && !heldNow;
    case IsProblemRole:
        return e.state == cache::OutboxState::Failed || e.state == cache::OutboxState::Conflict;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray> { { IdRole, "outboxId" },          { ClientIdRole, "clientId" },   { KindRole, "kind" },
                   { StateRole, "state" },          { ConversationIdRole, "conversationId" },
                   { ConversationTitleRole, "conversationTitle" },                  { ActionRole, "action" },
                   { CreatedAtRole, "createdAt" },  { AgeRole, "age" },             { ReasonRole, "reason" },
                   { TextRole, "text" },            { CanRetryRole, "canRetry" },   { CanEditRole, "canEdit" },
                   { CanDiscardRole, "canDiscard" }, { IsProblemRole, "isProblem" } });
    return names;
}

void OutboxModel::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.outbox || changes.reset || !changes.replacedIds.isEmpty()) {
        reload();
        return;
    }
    // Titles follow their conversations and contacts.
    for (int i = 0; i < m_rows.size(); ++i) {
        const cache::OutboxEntry &e = m_rows.at(i).entry;
        if (changes.conversations.contains(e.conversationId) || changes.contacts.contains(e.contactId)) {
            m_rows[i].title = titleFor(e);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

void OutboxModel::reload()
{
    const QList<cache::OutboxEntry> fresh = m_cache.reader().outbox(); // creation order, ids grow
    QHash<qint64, qsizetype> freshAt;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshAt.insert(fresh.at(i).id, i);
    // Remove rows that are gone (from the end, in runs).
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshAt.contains(m_rows.at(i).entry.id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshAt.contains(m_rows.at(first - 1).entry.id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // Update the rows that stay, in place.
    for (int i = 0; i < m_rows.size(); ++i) {
        const cache::OutboxEntry &now = fresh.at(freshAt.value(m_rows.at(i).entry.id));
        Row &row = m_rows[i];
        const bool same = row.entry.state == now.state && row.entry.attempts == now.attempts
            && row.entry.errorMessage == now.errorMessage && row.entry.conversationId == now.conversationId
            && row.entry.request == now.request && row.entry.conflictCurrent == now.conflictCurrent;
        if (!same) {
            row.entry = now;
            row.title = titleFor(now);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    // Append the new ones (ids only grow; anything newer than the last row is new).
    const qint64 lastId = m_rows.isEmpty() ? 0 : m_rows.last().entry.id;
    QList<Row> added;
    for (const cache::OutboxEntry &e : fresh)
        if (e.id > lastId)
            added.append(Row { e, titleFor(e) });
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    // Surface new problems once per entry and state: refused, in conflict, or held by a
    // session that ended inside the undo window (waiting for the agent's Send or Discard).
    QSet<QString> heldNow;
    for (const cache::HeldSend &h : m_cache.heldSends())
        heldNow.insert(h.clientId);
    QHash<qint64, cache::OutboxState> announced;
    for (const Row &r : std::as_const(m_rows)) {
        const cache::OutboxState s = r.entry.state;
        const bool leftOver = s == cache::OutboxState::Held && !heldNow.contains(r.entry.clientId);
        if (s != cache::OutboxState::Failed && s != cache::OutboxState::Conflict && !leftOver)
            continue;
        announced.insert(r.entry.id, s);
        if (m_announced.value(r.entry.id, cache::OutboxState::Pending) != s)
            Q_EMIT problemAppeared(r.entry.id, r.title, describeReason(r.entry, false, m_agents));
    }
    m_announced = announced;
    Q_EMIT countsChanged();
}

void OutboxModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size() || !data(index(row), CanRetryRole).toBool())
        return;
    m_cache.retryOutbox(m_rows.at(row).entry.id);
}

void OutboxModel::discard(int row)
{
    if (row < 0 || row >= m_rows.size() || !data(index(row), CanDiscardRole).toBool())
        return;
    m_cache.discardOutbox(m_rows.at(row).entry.id);
}

std::optional<OutboxModel::Edit> OutboxModel::takeForEdit(int row)
{
    if (row < 0 || row >= m_rows.size() || !data(index(row), CanEditRole).toBool())
        return std::nullopt;
    const cache::OutboxEntry &e = m_rows.at(row).entry;
    const auto *s = std::get_if<protocol::Send>(&e.request);
    if (!s)
        return std::nullopt;
    Edit edit { e.conversationId, s->kind, s->body };
    m_cache.takeBack(e.id); // the text also becomes the draft, in the same write
    return edit;
}

} // namespace confab::models
