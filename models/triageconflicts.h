#pragma once

#include "cache/types.h"

#include <QObject>
#include <QSet>

namespace confab::cache {
class Cache;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// A triage change the server did not take, explained for people, with what the user can do.
struct TriageProblem
{
    enum Kind {
        Conflict,  // someone else changed the conversation meanwhile: keep theirs or apply mine
        Forbidden, // not allowed for my role: discard (and learn why)
        Failed,    // any other refusal: discard or try again
    };
    Kind kind = Conflict;
    qint64 outboxId = 0;
    QString clientId;
    QString conversationId;
    QString title;        // "Someone else changed this conversation"
    QString explanation;  // "It is now assigned to Lea Lead; you assigned it to yourself."
    bool operator==(const TriageProblem &) const = default;
};

// Watches the outbox for conversation updates that came back as conflict or failed, and
// offers the choices: keep theirs (discard mine) or apply mine (re-send on top of theirs).
class TriageConflicts : public QObject
{
    Q_OBJECT
public:
    TriageConflicts(cache::Cache &cache, const AgentDirectory &agents, QObject *parent = nullptr);

    QList<TriageProblem> problems() const { return m_problems; }
    std::optional<TriageProblem> problem(qint64 outboxId) const;

    // Keep theirs: drops my change and its optimistic effect.
    void keepTheirs(qint64 outboxId);
    // Apply mine: re-sends my change with base_version = their version.
    void applyMine(qint64 outboxId);

    // Plain words for the difference between what I set and what the server has now.
    static QString describeConflict(const QJsonObject &set, const protocol::Conversation &current,
                                    const AgentDirectory &agents);
    // Plain words for a refused update.
    static QString describeRefusal(const cache::OutboxEntry &entry, const std::optional<protocol::Conversation> &current,
                                   const AgentDirectory &agents);
    static TriageProblem problemFor(const cache::OutboxEntry &entry, const std::optional<protocol::Conversation> &current,
                                    const AgentDirectory &agents);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    void reload();

Q_SIGNALS:
    // A new problem to show (once per outbox entry and state).
    void problemAppeared(const confab::models::TriageProblem &problem);
    // A problem went away (resolved here, or by another path).
    void problemCleared(qint64 outboxId);

private:
    cache::Cache &m_cache;
    const AgentDirectory &m_agents;
    QList<TriageProblem> m_problems;
};

} // namespace confab::models

Q_DECLARE_METATYPE(confab::models::TriageProblem)
