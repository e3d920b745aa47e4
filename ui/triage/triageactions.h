#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace confab::models {
class AssignPickerModel;
class TriageCommands;
class TriageConflicts;
struct TriageProblem;
} // namespace confab::models

namespace confab::ui {

class AssignPicker;
class SnoozeMenu;

// Triage actions with their shortcuts, acting on the selected conversations (one or many):
// assign (A), assign to me (I), resolve (E), reopen (O), snooze (Z), priority (P), tag (T).
// Each is a cache command per conversation through TriageCommands. Conflicts and refusals
// coming back from the server open a dialog that explains them and offers the choices.
class TriageActions : public QObject
{
    Q_OBJECT
public:
    TriageActions(models::TriageCommands *commands, models::AssignPickerModel *picker,
                  models::TriageConflicts *conflicts, QWidget *window);
    ~TriageActions() override;

    // The conversations an action applies to (the list's selection, else the open one).
    void setSelectionProvider(std::function<QStringList()> provider) { m_selection = std::move(provider); }
    // Where popups open (global position), e.g. under the current list row.
    void setAnchorProvider(std::function<QPoint()> provider) { m_anchor = std::move(provider); }
    // Whether conflicts pop up a dialog (tests turn it off and look at the list).
    void setShowConflictDialogs(bool show) { m_showDialogs = show; }

    QList<QAction *> actions() const;
    QAction *action(const QString &objectName) const;
    // A "Triage" menu holding every action (for the menu bar or a context menu).
    QMenu *menu() const { return m_menu; }
    AssignPicker *assignPicker() const { return m_picker; }
    SnoozeMenu *snoozeMenu() const { return m_snooze; }

    QStringList selection() const;

public Q_SLOTS:
    void openAssignPicker();
    void openSnoozeMenu();
    void openPriorityMenu();
    void addTag();
    void showProblem(const confab::models::TriageProblem &problem);

Q_SIGNALS:
    // "Resolved 3 conversations" and the like, for the status bar.
    void statusMessage(const QString &text);
    void openConversationRequested(const QString &conversationId);

private:
    QAction *make(const QString &name, const QString &text, const QList<QKeySequence> &keys);
    bool requireSelection(QStringList *ids);
    QPoint anchor() const;

    models::TriageCommands *m_commands;
    models::TriageConflicts *m_conflicts;
    QPointer<QWidget> m_window;
    std::function<QStringList()> m_selection;
    std::function<QPoint()> m_anchor;
    bool m_showDialogs = true;
    QMenu *m_menu;
    QMenu *m_priorityMenu;
    QMenu *m_removeTagMenu;
    SnoozeMenu *m_snooze;
    AssignPicker *m_picker;
    QList<QAction *> m_actions;
};

} // namespace confab::ui
