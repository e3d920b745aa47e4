#include "models/assignpicker.h"

#include "cache/cachereader.h"
#include "cache/changeset.h"
#include "models/agentdirectory.h"
#include "models/triagepolicy.h"

namespace confab::models {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------- presence

QString AgentPresence::statusText(const QString &status)
{
    if (status == "online"_L1)
        return tr("Online");
    if (status == "away"_L1)
        return tr("Away");
    if (status == "offline"_L1)
        return tr("Offline");
    return {};
}

void AgentPresence::onPresence(const QString &agentId, const QString &status)
{
    if (m_status.value(agentId) == status)
        return;
    m_status.insert(agentId, status);
    Q_EMIT changed(agentId);
}

void AgentPresence::clear()
{
    const QStringList ids = m_status.keys();
    m_status.clear();
    for (const QString &id : ids)
        Q_EMIT changed(id);
}

// ---------------------------------------------------------------- picker

AssignPickerModel::AssignPickerModel(const cache::CacheReader &reader, const AgentDirectory &agents,
                                     const AgentPresence *presence, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader), m_agents(agents), m_presence(presence)
{
    connect(&m_agents, &AgentDirectory::changed, this, &AssignPickerModel::rebuild);
    if (m_presence)
        connect(m_presence, &AgentPresence::changed, this, &AssignPickerModel::rebuild);
    rebuild();
}

void AssignPickerModel::setSelection(const QList<protocol::Conversation> &conversations)
{
    m_selection = conversations;
    rebuild();
}

void AssignPickerModel::setSelectionIds(const QStringList &conversationIds)
{
    QList<protocol::Conversation> list;
    if (m_reader.isOpen()) {
        for (const QString &id : conversationIds) {
            if (auto c = m_reader.conversation(id))
                list.append(*c);
        }
    }
    setSelection(list);
}

void AssignPickerModel::setFilter(const QString &text)
{
    const QString f = text.simplified();
    if (f == m_filter)
        return;
    m_filter = f;
    rebuild();
}

bool AssignPickerModel::showsWorkload() const
{
    return m_agents.meIsLeadOrAdmin();
}

bool AssignPickerModel::allowedFor(const QString &agentId) const
{
    const protocol::Agent *me = m_agents.agent(m_agents.me());
    protocol::Agent fallback;
    fallback.id = m_agents.me();
    for (const protocol::Conversation &c : m_selection) {
        if (!TriagePolicy::mayAssign(me ? *me : fallback, c.assigneeId, agentId))
            return false;
    }
    return true;
}

QString AssignPickerModel::restrictionNote() const
{
    if (m_agents.meIsLeadOrAdmin())
        return {};
    for (const protocol::Conversation &c : m_selection) {
        if (!c.assigneeId.isEmpty() && !m_agents.isMe(c.assigneeId)) {
            const QString name = m_agents.agentName(c.assigneeId);
            return name.isEmpty()
                ? tr("Assigned to someone else: only leads and admins can reassign it.")
                : tr("Assigned to %1: only leads and admins can reassign it.").arg(name);
        }
    }
    return tr("Only leads and admins can assign conversations to teammates.");
}

void AssignPickerModel::refresh()
{
    m_agentOpen.clear();
    m_teamOpen.clear();
    if (m_reader.isOpen() && showsWorkload()) {
        const cache::ViewCounts teamCounts = m_reader.viewCounts(m_agents.me());
        for (auto it = teamCounts.teams.begin(); it != teamCounts.teams.end(); ++it)
            m_teamOpen.insert(it.key(), it.value());
        for (const protocol::Agent &a : m_agents.agents())
            m_agentOpen.insert(a.id, m_reader.viewCounts(a.id).mine);
    }
    // The selection may have changed state since it was set.
    if (m_reader.isOpen() && !m_selection.isEmpty()) {
        for (protocol::Conversation &c : m_selection) {
            if (auto fresh = m_reader.conversation(c.id))
                c = *fresh;
        }
    }
    rebuild();
}

void AssignPickerModel::applyChanges(const cache::ChangeSet &changes)
{
    bool touched = changes.reset;
    for (const protocol::Conversation &c : std::as_const(m_selection))
        touched = touched || changes.conversations.contains(c.id);
    if (touched)
        refresh();
}

void AssignPickerModel::rebuild()
{
    const bool workload = showsWorkload();
    auto matches = [&](const QString &name, const QString &email) {
        return m_filter.isEmpty() || name.contains(m_filter, Qt::CaseInsensitive)
            || email.contains(m_filter, Qt::CaseInsensitive);
    };
    auto allCurrent = [&](auto pick) {
        if (m_selection.isEmpty())
            return false;
        for (const protocol::Conversation &c : m_selection) {
            if (!pick(c))
                return false;
        }
        return true;
    };
    const QString me = m_agents.me();
    QList<Row> rows;
    if (allowedFor({}) && matches(tr("Unassigned"), {}))
        rows.append({ Unassign, {}, tr("Unassigned"), {}, -1, {},
                      allCurrent([](const protocol::Conversation &c) { return c.assigneeId.isEmpty(); }) });
    if (!me.isEmpty() && allowedFor(me)) {
        const protocol::Agent *a = m_agents.agent(me);
        const QString name = a ? tr("Me (%1)").arg(a->name) : tr("Me");
        if (matches(name, a ? a->email : QString()) || matches(tr("me"), {}))
            rows.append({ Me, me, name, a ? a->email : QString(), workload ? m_agentOpen.value(me, -1) : -1,
                          m_presence ? m_presence->status(me) : QString(),
                          allCurrent([&](const protocol::Conversation &c) { return c.assigneeId == me; }) });
    }
    for (const protocol::Agent &a : m_agents.agents()) {
        if (a.id == me || !allowedFor(a.id) || !matches(a.name, a.email))
            continue;
        rows.append({ Teammate, a.id, a.name, a.email, workload ? m_agentOpen.value(a.id, -1) : -1,
                      workload && m_presence ? m_presence->status(a.id) : QString(),
                      allCurrent([&](const protocol::Conversation &c) { return c.assigneeId == a.id; }) });
    }
    for (const protocol::Team &t : m_agents.teams()) {
        if (!matches(t.name, {}))
            continue;
        rows.append({ Team, t.id, t.name, {}, workload ? m_teamOpen.value(t.id, -1) : -1, {},
                      allCurrent([&](const protocol::Conversation &c) { return c.teamId == t.id; }) });
    }
    if (rows == m_rows)
        return;
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).kind == m_rows.at(i).kind && rows.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
    }
}

int AssignPickerModel::rowOf(Kind kind, const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == kind && m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int AssignPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssignPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    auto detail = [&] {
        QStringList parts;
        if (r.openCount >= 0)
            parts.append(tr("%n open", nullptr, r.openCount));
        if (!r.presence.isEmpty())
            parts.append(AgentPresence::statusText(r.presence));
        if (r.kind == Team)
            parts.prepend(tr("Team"));
        return parts.join(u" · "_s);
    };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case KindRole:
        return int(r.kind);
    case IdRole:
        return r.id;
    case InitialsRole:
        return r.kind == Unassign ? QString() : AgentDirectory::initialsOf(r.kind == Me ? m_agents.agentName(r.id) : r.name);
    case OpenCountRole:
        return r.openCount;
    case PresenceRole:
        return r.presence;
    case DetailRole:
        return detail();
    case CurrentRole:
        return r.current;
    case Qt::ToolTipRole:
        return r.email.isEmpty() ? detail() : r.email;
    case Qt::AccessibleTextRole: {
        const QString d = detail();
        QString text = d.isEmpty() ? r.name : tr("%1, %2").arg(r.name, d);
        if (r.current)
            text = tr("%1 (current)").arg(text);
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AssignPickerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "targetId");
    names.insert(NameRole, "name");
    names.insert(InitialsRole, "initials");
    names.insert(OpenCountRole, "openCount");
    names.insert(PresenceRole, "presence");
    names.insert(DetailRole, "detail");
    names.insert(CurrentRole, "current");
    return names;
}

} // namespace confab::models
