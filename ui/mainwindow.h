#pragma once

#include "ui/sessioncontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QListView;
class QSplitter;
class QTimer;

namespace confab::models {
class ActivityTracker;
class AgentDirectory;
class AgentsModel;
class ConversationListModel;
class MessageFeedModel;
class SavedRepliesModel;
class ViewsModel;
} // namespace confab::models

namespace confab::ui {

class Composer;
class ConnectionIndicator;
class FeedView;

// The models the window shows; owned by the app, all living on the GUI thread.
struct WindowModels
{
    models::AgentDirectory *agents = nullptr;
    models::ViewsModel *views = nullptr;
    models::ConversationListModel *list = nullptr;
    models::MessageFeedModel *feed = nullptr;
    models::AgentsModel *teammates = nullptr;
    models::SavedRepliesModel *savedReplies = nullptr;
    models::ActivityTracker *activity = nullptr;
};

// The window agents live in: views and filters on the left, the conversation list, the
// feed with the composer, and the customer sidebar dock on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const WindowModels &models, SessionController *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentConversationId() const { return m_current; }
    QListView *viewsList() const { return m_views; }
    QListView *conversationList() const { return m_list; }
    FeedView *feedView() const { return m_feed; }
    Composer *composer() const { return m_composer; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    QDockWidget *customerDock() const { return m_customerDock; }
    QAction *action(const QString &objectName) const;

    void restoreSettings();
    void saveSettings() const;

    // Adds "Open the Demo Website" to the Help menu (confab --demo): the page where one
    // chats as a customer through the web messenger, and says where it is in the status bar.
    void setDemoSite(const QUrl &url);

public Q_SLOTS:
    // Shows a conversation (selecting it in the list when it is there).
    void openConversation(const QString &conversationId);
    void nextConversation();
    void previousConversation();

Q_SIGNALS:
    void conversationOpened(const QString &conversationId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void applyQuery();
    void showConversation(const QString &conversationId);
    void updateHeader();
    void updateActivity();
    void markReadIfVisible();
    void selectView(int row);
    QWidget *buildLeftPanel();
    QWidget *buildConversationPanel();

    WindowModels m_models;
    QPointer<SessionController> m_session;
    QString m_current;

    QMenu *m_helpMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_feedSplitter = nullptr;
    QListView *m_views = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_sort = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_listEmpty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_collision = nullptr;
    FeedView *m_feed = nullptr;
    QLabel *m_typing = nullptr;
    QLabel *m_feedEmpty = nullptr;
    Composer *m_composer = nullptr;
    QDockWidget *m_customerDock = nullptr;
    QLabel *m_customer = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_identity = nullptr;
    QTimer *m_clock = nullptr;
    QTimer *m_viewing = nullptr;
    QActionGroup *m_viewActions = nullptr;
    QActionGroup *m_statusActions = nullptr;
};

} // namespace confab::ui
