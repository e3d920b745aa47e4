#pragma once

#include <QObject>
#include <QString>

namespace confab::ui {

enum class ConnectionState { Offline, Connecting, Online };

// What the window needs from the running session, implemented by the app (which owns the
// sync engine). The ui never calls sync itself: it asks through this interface and hears
// back through its signals.
class SessionController : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SessionController() override;

    virtual QString agentName() const = 0;
    virtual QString serverName() const = 0; // "host:port", for the title and the status bar
    // Signs out (revokes the token, forgets the keychain entry) and returns to the login.
    virtual void signOut() = 0;
    // Ephemeral frames for teammates: typing in / viewing a conversation.
    // mode = "reply" | "note" (what the composer is writing; only a reply reaches the customer).
    virtual void sendTyping(const QString &conversationId, bool on, const QString &mode) = 0;
    virtual void sendViewing(const QString &conversationId) = 0;
    // Older history of a conversation from the server (answered by historyLoaded/Failed).
    virtual void requestHistory(const QString &conversationId, const QString &before) = 0;
    // Try to connect now instead of waiting for the next backoff step.
    virtual void reconnectNow() = 0;

Q_SIGNALS:
    // waiting = my actions not yet on the server.
    void connectionChanged(confab::ui::ConnectionState state, int waiting);
    // First sync: items received of expected (0 = unknown).
    void syncProgress(qint64 received, qint64 expected);
    void caughtUp();
    void historyLoaded(const QString &conversationId, int count, bool complete);
    void historyFailed(const QString &conversationId, const QString &message);
};

} // namespace confab::ui

Q_DECLARE_METATYPE(confab::ui::ConnectionState)
