#pragma once

#include "models/triageconflicts.h"

#include <QDialog>
#include <QFrame>
#include <QMenu>
#include <QStyledItemDelegate>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace confab::models {
class AssignPickerModel;
class TriageCommands;
class TriageConflicts;
} // namespace confab::models

namespace confab::ui {

// A picker row: initials avatar, name, and "4 open · Online" with a presence dot.
class AssigneeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The assign popup (shortcut A): type to filter, arrows to move, Enter assigns the selected
// conversations (one update each) to the teammate, me, nobody, or moves them to a team. Only
// what my role allows is listed; a note says why when teammates are hidden.
class AssignPicker : public QFrame
{
    Q_OBJECT
public:
    AssignPicker(models::AssignPickerModel *model, models::TriageCommands *commands, QWidget *parent = nullptr);

    void popup(const QStringList &conversationIds, const QPoint &globalPos);
    QStringList conversationIds() const { return m_ids; }

    QLineEdit *filterField() const { return m_filter; }
    QListView *list() const { return m_list; }
    QLabel *note() const { return m_note; }

Q_SIGNALS:
    void done(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void selectFirst();

    models::AssignPickerModel *m_model;
    models::TriageCommands *m_commands;
    QStringList m_ids;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_note;
};

// Snooze presets (in 1 hour, this evening, tomorrow 9:00, next week) and "Pick a time…",
// each snoozing the given conversations.
class SnoozeMenu : public QMenu
{
    Q_OBJECT
public:
    SnoozeMenu(models::TriageCommands *commands, QWidget *parent = nullptr);
    // Which conversations the next choice snoozes; rebuilds the presets for "now".
    void prepare(const QStringList &conversationIds, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    void pickTime();
    models::TriageCommands *m_commands;
    QStringList m_ids;
};

// "Pick a time" for snoozing: a date-time field that refuses the past.
class SnoozeTimeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SnoozeTimeDialog(const QDateTime &now, QWidget *parent = nullptr);
    QDateTime until() const; // UTC
    QDateTimeEdit *editor() const { return m_edit; }

    void accept() override;

private:
    QDateTime m_now;
    QDateTimeEdit *m_edit;
    QLabel *m_error;
};

// A change the server did not take, in plain words: keep theirs or apply mine (conflict),
// or discard (refused).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const models::TriageProblem &problem, models::TriageConflicts *conflicts, QWidget *parent = nullptr);
    QPushButton *keepTheirsButton() const { return m_keep; }
    QPushButton *applyMineButton() const { return m_apply; }
    const models::TriageProblem &problem() const { return m_problem; }

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);

private:
    models::TriageProblem m_problem;
    QPushButton *m_keep;
    QPushButton *m_apply;
};

} // namespace confab::ui
