#include "models/activitytracker.h"

#include "models/agentdirectory.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace confab::models {

ActivityTracker::ActivityTracker(const AgentDirectory &agents, QObject *parent)
    : QObject(parent), m_agents(agents), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ActivityTracker::expire);
}

QStringList ActivityTracker::active(const QHash<QString, Deadlines> &map, const QString &conversationId) const
{
    QStringList ids;
    const auto it = map.constFind(conversationId);
    if (it == map.constEnd())
        return ids;
    for (auto a = it->constBegin(); a != it->constEnd(); ++a) {
        if (!a->hasExpired())
            ids.append(a.key());
    }
    std::sort(ids.begin(), ids.end(), [this](const QString &x, const QString &y) {
        return m_agents.agentName(x).localeAwareCompare(m_agents.agentName(y)) < 0;
    });
    return ids;
}

QStringList ActivityTracker::typingAgents(const QString &conversationId) const
{
    return active(m_typing, conversationId);
}

QStringList ActivityTracker::viewingAgents(const QString &conversationId) const
{
    return active(m_viewing, conversationId);
}

QString ActivityTracker::phrase(const QStringList &ids, const QString &one, const QString &two,
                                const QString &many) const
{
    auto name = [this](const QString &id) {
        const QString n = m_agents.agentName(id);
        return n.isEmpty() ? tr("A teammate") : n.section(u' ', 0, 0);
    };
    if (ids.isEmpty())
        return {};
    if (ids.size() == 1)
        return one.arg(name(ids.at(0)));
    if (ids.size() == 2)
        return two.arg(name(ids.at(0)), name(ids.at(1)));
    return many;
}

QString ActivityTracker::typingText(const QString &conversationId) const
{
    const QStringList ids = typingAgents(conversationId);
    return phrase(ids, tr("%1 is typing…"), tr("%1 and %2 are typing…"),
                  tr("%n teammates are typing…", nullptr, int(ids.size())));
}

QString ActivityTracker::viewingText(const QString &conversationId) const
{
    const QStringList ids = viewingAgents(conversationId);
    return phrase(ids, tr("%1 is also viewing"), tr("%1 and %2 are also viewing"),
                  tr("%n teammates are also viewing", nullptr, int(ids.size())));
}

void ActivityTracker::onTyping(const QString &conversationId, const QString &agentId, bool on)
{
    if (m_agents.isMe(agentId) || conversationId.isEmpty())
        return;
    if (on) {
        m_typing[conversationId].insert(agentId, QDeadlineTimer(m_typingMs));
        // Typing means viewing.
        m_viewing[conversationId].insert(agentId, QDeadlineTimer(m_viewingMs));
    } else {
        auto it = m_typing.find(conversationId);
        if (it == m_typing.end() || !it->remove(agentId))
            return;
        if (it->isEmpty())
            m_typing.erase(it);
    }
    schedule();
    Q_EMIT changed(conversationId);
}

void ActivityTracker::onViewing(const QString &conversationId, const QString &agentId)
{
    if (m_agents.isMe(agentId) || conversationId.isEmpty())
        return;
    const bool isNew = !m_viewing.value(conversationId).contains(agentId);
    // Viewing one conversation means no longer viewing another.
    for (auto it = m_viewing.begin(); it != m_viewing.end(); ++it) {
        if (it.key() != conversationId && it->remove(agentId))
            Q_EMIT changed(it.key());
    }
    m_viewing[conversationId].insert(agentId, QDeadlineTimer(m_viewingMs));
    schedule();
    if (isNew)
        Q_EMIT changed(conversationId);
}

void ActivityTracker::onPresence(const QString &agentId, const QString &status)
{
    if (status != "offline"_L1)
        return;
    QSet<QString> touched;
    for (auto *map : { &m_typing, &m_viewing }) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (it->remove(agentId))
                touched.insert(it.key());
        }
    }
    for (const QString &c : std::as_const(touched))
        Q_EMIT changed(c);
}

void ActivityTracker::clear()
{
    QSet<QString> touched;
    for (auto it = m_typing.cbegin(); it != m_typing.cend(); ++it)
        touched.insert(it.key());
    for (auto it = m_viewing.cbegin(); it != m_viewing.cend(); ++it)
        touched.insert(it.key());
    m_typing.clear();
    m_viewing.clear();
    for (const QString &c : std::as_const(touched))
        Q_EMIT changed(c);
}

void ActivityTracker::expire()
{
    QSet<QString> touched;
    for (auto *map : { &m_typing, &m_viewing }) {
        for (auto it = map->begin(); it != map->end();) {
            for (auto a = it->begin(); a != it->end();) {
                if (a->hasExpired()) {
                    a = it->erase(a);
                    touched.insert(it.key());
                } else {
                    ++a;
                }
            }
            it = it->isEmpty() ? map->erase(it) : std::next(it);
        }
    }
    schedule();
    for (const QString &c : std::as_const(touched))
        Q_EMIT changed(c);
}

void ActivityTracker::schedule()
{
    qint64 next = -1;
    for (const auto *map : { &m_typing, &m_viewing }) {
        for (const Deadlines &d : *map) {
            for (const QDeadlineTimer &t : d) {
                const qint64 left = std::max<qint64>(0, t.remainingTime());
                if (next < 0 || left < next)
                    next = left;
            }
        }
    }
    if (next < 0)
        m_timer->stop();
    else
        m_timer->start(int(std::min<qint64>(next + 5, 60 * 60 * 1000)));
}

} // namespace confab::models
