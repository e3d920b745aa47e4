#pragma once

#include "cache/changeset.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace confab::cache {
class CacheReader;
}

namespace confab::models {

class AgentDirectory;

// "While you were away": after the connection comes back and the cache has caught up, what
// changed for me during the time offline — new messages in my conversations, mentions of me,
// and conversations reassigned (away from me, or to me) by someone else.
//
// It watches the session (setOnline / caughtUp) and the cache's change sets: when a live
// connection is lost it notes which conversations are mine, then collects every change until
// the next catch-up ends, and reads what those changes are from the cache. My own actions
// (messages I wrote, assignments I queued) are not news and are left out.
class AwaySummary : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        enum Kind { NewMessages, Mention, ReassignedAway, AssignedToMe };
        Kind kind = NewMessages;
        QString conversationId;
        QString title; // "Pat Doe — Refund"
        QString text;  // "3 new messages", "Lea mentioned you", "Reassigned to Lea"
        int count = 0;
    };
    struct Summary
    {
        int newMessages = 0;            // in my conversations
        int conversationsWithNews = 0;
        int mentions = 0;
        int reassignedAway = 0;
        int assignedToMe = 0;
        QList<Item> items;              // one per conversation and kind
        bool isEmpty() const { return items.isEmpty(); }
        QString headline() const;       // "While you were away: 3 new messages in 2 of your conversations, …"
    };

    AwaySummary(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent = nullptr);

    bool isAway() const { return m_away; }
    const Summary &last() const { return m_last; }

public Q_SLOTS:
    void setOnline(bool live);
    void caughtUp();
    void applyChanges(const confab::cache::ChangeSet &changes);

Q_SIGNALS:
    // After a catch-up that followed time offline; not emitted when nothing happened.
    void summaryReady(const confab::models::AwaySummary::Summary &summary);

private:
    Summary compute() const;
    QString titleOf(const QString &conversationId) const;

    const cache::CacheReader &m_reader;
    const AgentDirectory &m_agents;
    bool m_wasLive = false;
    bool m_away = false;
    QHash<QString, QString> m_mineBefore; // conversation → assignee (me) when the connection went
    cache::ChangeSet m_collected;
    Summary m_last;
};

} // namespace confab::models

Q_DECLARE_METATYPE(confab::models::AwaySummary::Summary)
