#pragma once

#include "cache/types.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace confab::cache {
class Cache;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// The outbox as the agent sees it: every action that has not reached the server yet —
// waiting, sending, held (undo send), refused, or in conflict — with its conversation, age and
// the reason in plain words, oldest first. Rows are updated in place from Cache::changed
// (entry ids only grow, so new rows are appended). Retry, Edit and Discard act on the cache.
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 outbox id
        ClientIdRole,
        KindRole,            // send | start | update | update_contact | delete_note
        StateRole,           // pending | sending | failed | conflict | held
        ConversationIdRole,
        ConversationTitleRole, // "Pat Doe — Refund" (contact and subject)
        ActionRole,          // "Reply: “Thanks, I've…”", "Resolve", "Assign to Lea"
        CreatedAtRole,       // QDateTime
        AgeRole,             // "5 min ago"
        ReasonRole,          // why it is still here, in plain words
        TextRole,            // the unsent text (send/start), empty otherwise
        CanRetryRole,        // failed, conflict (apply mine) or held after a crash (send)
        CanEditRole,         // unsent text that can go back into the composer
        CanDiscardRole,      // anything not in flight
        IsProblemRole,       // failed or conflict: needs the agent
    };
    Q_ENUM(Role)

    OutboxModel(cache::Cache &cache, const AgentDirectory *agents = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const cache::OutboxEntry &entry(int row) const { return m_rows.at(row).entry; }
    int rowOf(qint64 outboxId) const;
    // Waiting = pending or sending; problems = failed or conflict; held = inside/after undo.
    int waitingCount() const;
    int problemCount() const;

    // Retry (failed), Apply mine (conflict) or Send (held after a crash).
    void retry(int row);
    // Keep theirs / Discard: removes the action and its local effect. The caller confirms.
    void discard(int row);
    // Edit: takes the unsent message out of the outbox (its text becomes the conversation's
    // draft in the same write) and returns the text (and kind) for the composer.
    // Empty when the row has no editable text.
    struct Edit
    {
        QString conversationId;
        QString kind;
        QString text;
    };
    std::optional<Edit> takeForEdit(int row);

    // Plain words, for the panel and tests.
    static QString describeAction(const cache::OutboxEntry &e, const AgentDirectory *agents);
    static QString describeReason(const cache::OutboxEntry &e, bool heldNow, const AgentDirectory *agents);

    // The clock used for ages (tests set it).
    void setNow(const QDateTime &now);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    void reload();

Q_SIGNALS:
    // A failed or conflicted action appeared, or a held one left by a session that ended inside
    // its undo window (once per entry and state): surface it.
    void problemAppeared(qint64 outboxId, const QString &title, const QString &reason);
    void countsChanged();

private:
    struct Row
    {
        cache::OutboxEntry entry;
        QString title;
    };
    QString titleFor(const cache::OutboxEntry &e) const;
    QDateTime now() const;

    cache::Cache &m_cache;
    const AgentDirectory *m_agents;
    QList<Row> m_rows;
    QHash<qint64, cache::OutboxState> m_announced;
    QDateTime m_now;
};

} // namespace confab::models
