#include "ui/triage/triagewidgets.h"

#include "models/assignpicker.h"
#include "models/triagecommands.h"
#include "models/triagepolicy.h"
#include "ui/sidebar/sidebarstyle.h"

#include <QApplication>
#include <QScreen>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;
using models::AssignPickerModel;

// ---------------------------------------------------------------- delegate

QSize AssigneeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(option.rect.width(), 2 * fm.height() + 8);
}

void AssigneeDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : sidebar::mutedText(pal);
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const int size = r.height();
    const auto kind = AssignPickerModel::Kind(index.data(AssignPickerModel::KindRole).toInt());
    p->save();
    const QRectF avatar(r.left(), r.top(), size, size);
    if (kind == AssignPickerModel::Unassign) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(muted, 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(avatar.adjusted(1, 1, -1, -1));
    } else {
        const QString initials = index.data(AssignPickerModel::InitialsRole).toString();
        sidebar::paintAvatar(p, avatar, kind == AssignPickerModel::Team ? u"#"_s : initials,
                             sidebar::avatarColor(index.data(AssignPickerModel::IdRole).toString()));
        const QColor dot = sidebar::presenceColor(index.data(AssignPickerModel::PresenceRole).toString());
        if (dot.isValid()) {
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(QPen(pal.color(QPalette::Base), 1.5));
            p->setBrush(dot);
            p->drawEllipse(QRectF(avatar.right() - size * 0.35, avatar.bottom() - size * 0.35, size * 0.35, size * 0.35));
        }
    }
    const int x = r.left() + size + 8;
    QFont f = option.font;
    f.setBold(index.data(AssignPickerModel::CurrentRole).toBool());
    p->setFont(f);
    p->setPen(text);
    QString name = index.data(Qt::DisplayRole).toString();
    if (index.data(AssignPickerModel::CurrentRole).toBool())
        name = tr("%1 ✓").arg(name);
    p->drawText(QRect(x, r.top(), r.right() - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(f).elidedText(name, Qt::ElideRight, r.right() - x));
    p->setFont(option.font);
    p->setPen(muted);
    p->drawText(QRect(x, r.top() + fm.height(), r.right() - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                index.data(AssignPickerModel::DetailRole).toString());
    p->restore();
}

// ---------------------------------------------------------------- assign picker

AssignPicker::AssignPicker(AssignPickerModel *model, models::TriageCommands *commands, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_model(model), m_commands(commands)
{
    setObjectName(u"assignPicker"_s);
    setAccessibleName(tr("Assign"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"assignFilter"_s);
    m_filter->setPlaceholderText(tr("Assign to…"));
    m_filter->setAccessibleName(tr("Assign to"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_list = new QListView(this);
    m_list->setObjectName(u"assignList"_s);
    m_list->setAccessibleName(tr("Teammates and teams"));
    m_list->setModel(model);
    m_list->setItemDelegate(new AssigneeDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(u"assignNote"_s);
    m_note->setWordWrap(true);
    sidebar::makeSecondary(m_note);
    layout->addWidget(m_note);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        selectFirst();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssignPicker::selectFirst);
    connect(m_list, &QListView::clicked, this, [this] { choose(); });
    resize(320, 360);
}

void AssignPicker::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void AssignPicker::popup(const QStringList &conversationIds, const QPoint &globalPos)
{
    m_ids = conversationIds;
    m_filter->clear();
    m_model->setFilter({});
    m_model->setSelectionIds(conversationIds);
    m_model->refresh();
    m_note->setText(m_model->restrictionNote());
    m_note->setVisible(!m_note->text().isEmpty());
    selectFirst();
    // As tall as its rows (an agent sees a few, a lead scrolls through many), on screen.
    const int rowHeight = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : 2 * m_list->fontMetrics().height() + 8;
    const int rowsShown = std::clamp(m_model->rowCount(), 3, 9);
    m_list->setFixedHeight(rowsShown * rowHeight + 2 * m_list->frameWidth());
    resize(320, sizeHint().height());
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - width())));
        pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    move(pos);
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void AssignPicker::choose()
{
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid() || m_ids.isEmpty())
        return;
    const auto kind = AssignPickerModel::Kind(idx.data(AssignPickerModel::KindRole).toInt());
    const QString id = idx.data(AssignPickerModel::IdRole).toString();
    QString summary;
    auto capture = connect(m_commands, &models::TriageCommands::performed, this, [&summary](const QString &s) { summary = s; });
    if (kind == AssignPickerModel::Team)
        m_commands->assignTeam(m_ids, id);
    else
        m_commands->assign(m_ids, kind == AssignPickerModel::Unassign ? QString() : id);
    disconnect(capture);
    hide();
    Q_EMIT done(summary);
}

bool AssignPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows)
                m_list->setCurrentIndex(m_model->index(std::min(current + 1, rows - 1), 0));
            return true;
        case Qt::Key_Up:
            if (rows)
                m_list->setCurrentIndex(m_model->index(std::max(current - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

// ---------------------------------------------------------------- snooze

SnoozeMenu::SnoozeMenu(models::TriageCommands *commands, QWidget *parent)
    : QMenu(tr("&Snooze"), parent), m_commands(commands)
{
    setObjectName(u"snoozeMenu"_s);
    prepare({});
}

void SnoozeMenu::prepare(const QStringList &conversationIds, const QDateTime &now)
{
    m_ids = conversationIds;
    clear();
    const QList<models::SnoozePreset> presets = models::SnoozePresets::presets(now, QTimeZone::systemTimeZone());
    for (const models::SnoozePreset &p : presets) {
        QAction *a = addAction(tr("%1\t%2").arg(p.label, p.detail));
        a->setObjectName(u"snooze%1"_s.arg(int(p.kind)));
        a->setData(p.until);
        const QDateTime until = p.until;
        connect(a, &QAction::triggered, this, [this, until] {
            if (!m_ids.isEmpty())
                m_commands->snooze(m_ids, until);
        });
    }
    addSeparator();
    QAction *pick = addAction(tr("Pick a time…"));
    pick->setObjectName(u"snoozePick"_s);
    connect(pick, &QAction::triggered, this, &SnoozeMenu::pickTime);
}

void SnoozeMenu::pickTime()
{
    SnoozeTimeDialog dialog(QDateTime::currentDateTimeUtc(), parentWidget());
    if (dialog.exec() == QDialog::Accepted && !m_ids.isEmpty())
        m_commands->snooze(m_ids, dialog.until());
}

SnoozeTimeDialog::SnoozeTimeDialog(const QDateTime &now, QWidget *parent) : QDialog(parent), m_now(now)
{
    setWindowTitle(tr("Snooze Until"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Snooze until:"), this);
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(u"snoozeUntil"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"ddd d MMM yyyy, HH:mm"_s);
    const QDateTime local = now.toLocalTime().addDays(1);
    m_edit->setDateTime(QDateTime(local.date(), QTime(9, 0)));
    m_edit->setMinimumDateTime(now.toLocalTime());
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SnoozeTimeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDateTime SnoozeTimeDialog::until() const
{
    return m_edit->dateTime().toUTC();
}

void SnoozeTimeDialog::accept()
{
    const QString problem = models::SnoozePresets::checkCustom(until(), m_now);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------- conflicts

ConflictDialog::ConflictDialog(const models::TriageProblem &problem, models::TriageConflicts *conflicts, QWidget *parent)
    : QDialog(parent), m_problem(problem), m_keep(nullptr), m_apply(nullptr)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(problem.title);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(problem.title, this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *text = new QLabel(problem.explanation, this);
    text->setObjectName(u"conflictExplanation"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text);
    setAccessibleDescription(problem.explanation);

    auto *buttons = new QDialogButtonBox(this);
    const qint64 outboxId = problem.outboxId;
    if (problem.kind == models::TriageProblem::Conflict) {
        m_keep = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
        m_apply = buttons->addButton(tr("&Apply mine"), QDialogButtonBox::AcceptRole);
        m_keep->setToolTip(tr("Drop your change; the conversation stays as it is now"));
        m_apply->setToolTip(tr("Send your change again, on top of theirs"));
        m_keep->setDefault(true);
    } else {
        m_keep = buttons->addButton(tr("&Discard my change"), QDialogButtonBox::RejectRole);
        if (problem.kind == models::TriageProblem::Failed)
            m_apply = buttons->addButton(tr("&Try again"), QDialogButtonBox::AcceptRole);
        m_keep->setDefault(true);
    }
    m_keep->setObjectName(u"keepTheirs"_s);
    if (m_apply)
        m_apply->setObjectName(u"applyMine"_s);
    QPushButton *open = buttons->addButton(tr("&Open Conversation"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openConversation"_s);
    layout->addWidget(buttons);
    connect(m_keep, &QPushButton::clicked, this, [this, conflicts, outboxId] {
        conflicts->keepTheirs(outboxId);
        reject();
    });
    if (m_apply) {
        connect(m_apply, &QPushButton::clicked, this, [this, conflicts, outboxId] {
            conflicts->applyMine(outboxId);
            accept();
        });
    }
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openConversationRequested(m_problem.conversationId); });
}

} // namespace confab::ui
