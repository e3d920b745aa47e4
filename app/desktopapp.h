#pragma once

#include "sync/syncsession.h"
#include "ui/sessioncontroller.h"

#include <QPointer>
#include <QUrl>

#include <memory>

class QApplication;
class QSystemTrayIcon;

namespace confab::cache {
class Cache;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {
class ActivityTracker;
class AgentDirectory;
class AgentsModel;
class ConversationListModel;
class MessageFeedModel;
class MessageNotifier;
class OutboxModel;
class AwaySummary;
class SavedRepliesModel;
class ViewsModel;
} // namespace confab::models

namespace confab::sync {
class AuthClient;
}

namespace confab::ui {
class LoginDialog;
class MainWindow;
class OfflineUi;
class SidebarFeatures;
} // namespace confab::ui

namespace confab::app {

class CredentialStore;
class DemoServer;
struct DesktopTokenBox;

struct DesktopOptions
{
    bool demo = false;
    QString profileDir; // cache and settings location override (tests); empty = the user's
};

// `confab` with a window: the login, then the cache, the sync session on the cache's worker
// thread, the models and the main window; sign-out; tray notifications; `--demo`.
class DesktopApp : public ui::SessionController
{
    Q_OBJECT
public:
    explicit DesktopApp(DesktopOptions options, QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();

    // For tests and the smoke run.
    ui::MainWindow *window() const { return m_window; }
    ui::SidebarFeatures *features() const { return m_features; }
    models::ConversationListModel *listModel() const { return m_list; }
    cache::Cache *cache() const { return m_cache.get(); }
    ui::OfflineUi *offlineUi() const { return m_offlineUi; }
    bool isSignedIn() const { return m_cache != nullptr; }

    // ui::SessionController
    QString agentName() const override;
    QString serverName() const override;
    void signOut() override;
    void sendTyping(const QString &conversationId, bool on, const QString &mode) override;
    void sendViewing(const QString &conversationId) override;
    void requestHistory(const QString &conversationId, const QString &before) override;
    void reconnectNow() override;

Q_SIGNALS:
    void sessionOpened();
    // Something made the app unusable (the demo server could not start...).
    void fatalError(const QString &message);

private:
    void startDemo();
    void showLogin(const QString &error = {});
    void signIn(const QUrl &server, const QString &email, const QString &password, bool remember);
    void openSession(const QUrl &server, const QString &email, const QString &token, const QString &agentId,
                     const QString &agentName);
    void closeSession();
    void onAuthFailed(const QString &reason);
    void onCacheChanged(const cache::ChangeSet &changes);
    void onNotify(const QString &conversationId, const QString &messageId, const QString &title, const QString &body,
                  bool mention);
    void updateConnection();

    DesktopOptions m_options;
    CredentialStore *m_store;
    sync::AuthClient *m_auth;
    DemoServer *m_demo = nullptr;
    QPointer<ui::LoginDialog> m_login;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;

    // The signed-in session.
    QUrl m_server;
    QString m_email;
    QString m_agentName;
    QString m_token;
    bool m_remembered = false;
    std::unique_ptr<cache::Cache> m_cache;
    sync::SyncSession *m_session = nullptr;
    std::shared_ptr<DesktopTokenBox> m_tokenBox;
    sync::SyncSession::State m_state = sync::SyncSession::State::Disconnected;
    bool m_live = false;
    int m_waiting = 0;
    models::AgentDirectory *m_agents = nullptr;
    models::ViewsModel *m_views = nullptr;
    models::ConversationListModel *m_list = nullptr;
    models::MessageFeedModel *m_feed = nullptr;
    models::AgentsModel *m_teammates = nullptr;
    models::SavedRepliesModel *m_savedReplies = nullptr;
    models::ActivityTracker *m_activity = nullptr;
    models::MessageNotifier *m_notifier = nullptr;
    models::OutboxModel *m_outbox = nullptr;
    models::AwaySummary *m_away = nullptr;
    ui::OfflineUi *m_offlineUi = nullptr;
    ui::MainWindow *m_window = nullptr;
    ui::SidebarFeatures *m_features = nullptr;
};

// Runs the windowed app (creates the QApplication); returns the exit code.
int runDesktop(int argc, char **argv);

} // namespace confab::app
