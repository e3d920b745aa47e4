#include "ui/triage/triageactions.h"

#include "models/assignpicker.h"
#include "models/triagecommands.h"
#include "models/triageconflicts.h"
#include "ui/triage/triagewidgets.h"

#include <QAction>
#include <QCursor>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QWidget>

namespace confab::ui {

using namespace Qt::StringLiterals;

TriageActions::TriageActions(models::TriageCommands *commands, models::AssignPickerModel *picker,
                             models::TriageConflicts *conflicts, QWidget *window)
    : QObject(window), m_commands(commands), m_conflicts(conflicts), m_window(window)
{
    m_menu = new QMenu(tr("&Triage"), window);
    m_menu->setObjectName(u"triageMenu"_s);
    m_picker = new AssignPicker(picker, commands, window);
    m_snooze = new SnoozeMenu(commands, window);
    m_priorityMenu = new QMenu(tr("&Priority"), window);
    m_priorityMenu->setObjectName(u"priorityMenu"_s);
    m_removeTagMenu = new QMenu(tr("Remove &Tag"), window);
    m_removeTagMenu->setObjectName(u"removeTagMenu"_s);
    connect(m_picker, &AssignPicker::done, this, &TriageActions::statusMessage);
    connect(commands, &models::TriageCommands::performed, this, &TriageActions::statusMessage);

    QAction *assign = make(u"actionAssign"_s, tr("&Assign…"), { QKeySequence(Qt::Key_A) });
    connect(assign, &QAction::triggered, this, &TriageActions::openAssignPicker);
    QAction *mine = make(u"actionAssignToMe"_s, tr("Assign to &Me"), { QKeySequence(Qt::Key_I) });
    connect(mine, &QAction::triggered, this, [this] {
        QStringList ids;
        if (requireSelection(&ids)) {
            const models::TriageOutcome out = m_commands->assignToMe(ids);
            if (!out.refused.isEmpty() && out.queued.isEmpty())
                Q_EMIT statusMessage(out.reasons.first());
        }
    });
    m_menu->addSeparator();
    QAction *resolve = make(u"actionResolve"_s, tr("&Resolve"),
                            { QKeySequence(Qt::Key_E), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) });
    connect(resolve, &QAction::triggered, this, [this] {
        QStringList ids;
        if (requireSelection(&ids))
            m_commands->resolve(ids);
    });
    QAction *reopen = make(u"actionReopen"_s, tr("Re&open"),
                           { QKeySequence(Qt::Key_O), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) });
    connect(reopen, &QAction::triggered, this, [this] {
        QStringList ids;
        if (requireSelection(&ids))
            m_commands->reopen(ids);
    });
    QAction *snooze = make(u"actionSnooze"_s, tr("&Snooze…"), { QKeySequence(Qt::Key_Z) });
    connect(snooze, &QAction::triggered, this, &TriageActions::openSnoozeMenu);
    QAction *priority = make(u"actionPriority"_s, tr("&Priority…"), { QKeySequence(Qt::Key_P) });
    connect(priority, &QAction::triggered, this, &TriageActions::openPriorityMenu);
    m_menu->addSeparator();
    QAction *tag = make(u"actionTag"_s, tr("Add &Tag…"), { QKeySequence(Qt::Key_T) });
    connect(tag, &QAction::triggered, this, &TriageActions::addTag);
    m_menu->addMenu(m_removeTagMenu);
    connect(m_removeTagMenu, &QMenu::aboutToShow, this, [this] {
        m_removeTagMenu->clear();
        const QStringList ids = selection();
        const QStringList tags = m_commands->tagsOf(ids);
        if (tags.isEmpty())
            m_removeTagMenu->addAction(tr("(no tags)"))->setEnabled(false);
        for (const QString &t : tags) {
            connect(m_removeTagMenu->addAction(t), &QAction::triggered, this,
                    [this, ids, t] { m_commands->removeTag(ids, t); });
        }
    });

    const std::pair<QString, QString> priorities[] = { { u"urgent"_s, tr("&Urgent") },
                                                        { u"high"_s, tr("&High") },
                                                        { u"low"_s, tr("&Low") },
                                                        { u"none"_s, tr("&No priority") } };
    for (const auto &[value, label] : priorities) {
        QAction *a = m_priorityMenu->addAction(label);
        a->setObjectName(u"priority_"_s + value);
        const QString v = value;
        connect(a, &QAction::triggered, this, [this, v] {
            QStringList ids;
            if (requireSelection(&ids))
                m_commands->setPriority(ids, v);
        });
    }

    if (m_conflicts) {
        connect(m_conflicts, &models::TriageConflicts::problemAppeared, this, &TriageActions::showProblem);
    }
}

TriageActions::~TriageActions() = default;

QAction *TriageActions::make(const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    if (m_window)
        m_window->addAction(a);
    m_menu->addAction(a);
    m_actions.append(a);
    return a;
}

QList<QAction *> TriageActions::actions() const
{
    return m_actions;
}

QAction *TriageActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QStringList TriageActions::selection() const
{
    return m_selection ? m_selection() : QStringList();
}

bool TriageActions::requireSelection(QStringList *ids)
{
    *ids = selection();
    if (ids->isEmpty()) {
        Q_EMIT statusMessage(tr("Select a conversation first."));
        return false;
    }
    return true;
}

QPoint TriageActions::anchor() const
{
    if (m_anchor)
        return m_anchor();
    if (m_window)
        return m_window->mapToGlobal(m_window->rect().center() - QPoint(150, 150));
    return QCursor::pos();
}

void TriageActions::openAssignPicker()
{
    QStringList ids;
    if (requireSelection(&ids))
        m_picker->popup(ids, anchor());
}

void TriageActions::openSnoozeMenu()
{
    QStringList ids;
    if (!requireSelection(&ids))
        return;
    m_snooze->prepare(ids);
    m_snooze->popup(anchor());
}

void TriageActions::openPriorityMenu()
{
    QStringList ids;
    if (requireSelection(&ids))
        m_priorityMenu->popup(anchor());
}

void TriageActions::addTag()
{
    QStringList ids;
    if (!requireSelection(&ids))
        return;
    bool ok = false;
    const QString label = ids.size() == 1 ? tr("Tag the conversation:") : tr("Tag %n conversations:", nullptr, int(ids.size()));
    const QString tag = QInputDialog::getText(m_window, tr("Add Tag"), label, QLineEdit::Normal, {}, &ok).trimmed();
    if (ok && !tag.isEmpty())
        m_commands->addTag(ids, tag);
}

void TriageActions::showProblem(const models::TriageProblem &problem)
{
    Q_EMIT statusMessage(problem.title);
    if (!m_showDialogs || !m_conflicts)
        return;
    auto *dialog = new ConflictDialog(problem, m_conflicts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::openConversationRequested, this, &TriageActions::openConversationRequested);
    // The problem may go away by itself (handled in another window, or the entry was retried).
    const qint64 id = problem.outboxId;
    connect(m_conflicts, &models::TriageConflicts::problemCleared, dialog, [dialog, id](qint64 cleared) {
        if (cleared == id)
            dialog->close();
    });
    dialog->open();
}

} // namespace confab::ui
