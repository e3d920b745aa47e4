#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace confab::models {

class AgentDirectory;

// Who else is typing in or viewing a conversation, from the server's ephemeral frames.
// Nothing is stored: typing expires after typingTimeoutMs without a new "on" (or at "off"),
// viewing after viewingTimeoutMs (other clients repeat `viewing` while a conversation is open).
class ActivityTracker : public QObject
{
    Q_OBJECT
public:
    explicit ActivityTracker(const AgentDirectory &agents, QObject *parent = nullptr);

    void setTypingTimeoutMs(int ms) { m_typingMs = ms; }
    void setViewingTimeoutMs(int ms) { m_viewingMs = ms; }
    int viewingTimeoutMs() const { return m_viewingMs; }

    QStringList typingAgents(const QString &conversationId) const;  // agent ids, by name
    QStringList viewingAgents(const QString &conversationId) const; // agent ids, by name
    // "Ben is typing…", "Ben and Ada are typing…", "3 teammates are typing…"; empty when nobody.
    QString typingText(const QString &conversationId) const;
    // "Ben is also viewing", "Ben and Ada are also viewing"…; empty when nobody.
    QString viewingText(const QString &conversationId) const;

public Q_SLOTS:
    void onTyping(const QString &conversationId, const QString &agentId, bool on);
    void onViewing(const QString &conversationId, const QString &agentId);
    // An agent went offline: drop their activity.
    void onPresence(const QString &agentId, const QString &status);
    void clear();

Q_SIGNALS:
    void changed(const QString &conversationId);

private:
    using Deadlines = QHash<QString, QDeadlineTimer>; // agent id -> expiry
    QStringList active(const QHash<QString, Deadlines> &map, const QString &conversationId) const;
    QString phrase(const QStringList &ids, const QString &one, const QString &two, const QString &many) const;
    void expire();
    void schedule();

    const AgentDirectory &m_agents;
    int m_typingMs = 8000;
    int m_viewingMs = 45000;
    QHash<QString, Deadlines> m_typing;  // conversation -> agents
    QHash<QString, Deadlines> m_viewing;
    QTimer *m_timer;
};

} // namespace confab::models
