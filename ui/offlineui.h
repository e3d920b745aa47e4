#pragma once

#include <QObject>

#include <functional>
#include <QPointer>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;

namespace confab::cache {
class Cache;
}
namespace confab::models {
class AwaySummary;
class OutboxModel;
} // namespace confab::models

namespace confab::ui {

class MainWindow;
class OutboxPanel;
class UndoBar;

// Offline work in the main window, attached from outside so the window itself stays as it is:
// the Outbox dock (View ▸ Outbox, Ctrl+Shift+O, or a click on "Offline — N waiting"), the
// undo-send bar over the feed with Ctrl+Z, the "while you were away" banner, a warning while
// actions cannot be written to disk, conflicts surfaced as they appear, and a question before
// quitting while a message is inside its undo window or not yet saved.
class OfflineUi : public QObject
{
    Q_OBJECT
public:
    OfflineUi(MainWindow *window, cache::Cache &cache, models::OutboxModel *outbox, models::AwaySummary *away);
    ~OfflineUi() override;

    QDockWidget *outboxDock() const { return m_dock; }
    OutboxPanel *outboxPanel() const { return m_panel; }
    UndoBar *undoBar() const { return m_undoBar; }
    QFrame *awayBanner() const { return m_away; }
    QLabel *unsavedLabel() const { return m_unsaved; }
    QAction *outboxAction() const { return m_outboxAction; }

    // When the window also has the triage conflict dialog (keep theirs / apply mine), refused
    // or conflicted triage changes are explained there and the Outbox only lists them: one
    // prompt per problem. Off by default (the Outbox surfaces every problem).
    void setTriageProblemsExplainedElsewhere(bool on) { m_triageElsewhere = on; }

    // Settings key of the undo window in seconds (default 5; 0 = off).
    static QString undoSecondsKey();
    static int undoSecondsSetting();

    // What quitting does while messages are held: tests answer themselves.
    enum class QuitChoice { SendNow, KeepAsDrafts, Cancel };
    void setQuitQuestion(std::function<QuitChoice(int held, int unsaved)> ask);

    // Ctrl+Z outside a text with its own undo: takes back the newest held send of the open
    // conversation. Returns false when there is none.
    bool undoLastSend();

public Q_SLOTS:
    void showOutbox();
    void showAwaySummary();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void putBackInComposer(const QString &conversationId, const QString &kind, const QString &text);
    void setUndoSeconds(int seconds);

    QPointer<MainWindow> m_window;
    cache::Cache &m_cache;
    models::OutboxModel *m_outbox;
    bool m_triageElsewhere = false;
    models::AwaySummary *m_awayModel;
    QDockWidget *m_dock = nullptr;
    OutboxPanel *m_panel = nullptr;
    UndoBar *m_undoBar = nullptr;
    QFrame *m_away = nullptr;
    QLabel *m_awayText = nullptr;
    QLabel *m_unsaved = nullptr;
    QAction *m_outboxAction = nullptr;
    std::function<QuitChoice(int, int)> m_ask;
};

} // namespace confab::ui
