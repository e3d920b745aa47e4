#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class AgentDirectory;

// Decides which new messages deserve a desktop notification: a customer or teammate message
// in a conversation assigned to me, or a note mentioning me. Only while enabled (the app
// enables it once the first catch-up is done, so history does not ring), never for my own
// messages, system events or messages older than when it was enabled, each message once.
class MessageNotifier : public QObject
{
    Q_OBJECT
public:
    MessageNotifier(const cache::CacheReader &reader, const AgentDirectory &agents, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);

Q_SIGNALS:
    // mention = I was mentioned (else: a new message in a conversation assigned to me).
    void notify(const QString &conversationId, const QString &messageId, const QString &title, const QString &body,
                bool mention);

private:
    const cache::CacheReader &m_reader;
    const AgentDirectory &m_agents;
    bool m_enabled = false;
    QDateTime m_since;
    QSet<QString> m_seen;
};

} // namespace confab::models
