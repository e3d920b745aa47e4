#include "ui/conversationdelegate.h"

#include "models/conversationlistmodel.h"
#include "models/timeformat.h"
#include "ui/icons.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;
using List = confab::models::ConversationListModel;

namespace confab::ui {

int ConversationDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    return 3 * fm.height() + 22;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), rowHeight(option.font));
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Theme &t = Theme::current();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    // Background, selection and focus from the style.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = selected ? option.palette.color(group, QPalette::HighlightedText) : t.text;
    const QColor muted = selected ? option.palette.color(group, QPalette::HighlightedText) : t.mutedText;

    const QFont font = option.font;
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    const QFontMetrics fm(font);
    const QFontMetrics sfm(small);
    const QRect r = option.rect.adjusted(22, 8, -12, -8);
    const int line = fm.height();
    const bool unread = index.data(List::UnreadRole).toBool();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (unread) {
        p->setPen(Qt::NoPen);
        p->setBrush(t.unread);
        p->drawEllipse(QPointF(option.rect.left() + 11, r.top() + line / 2.0), 4, 4);
    }
    // Line 1: name ........ time
    const QString time = models::relativeTime(index.data(List::LastMessageAtRole).toDateTime(), now);
    p->setFont(small);
    p->setPen(unread ? text : muted);
    const int timeW = sfm.horizontalAdvance(time);
    p->drawText(QRect(r.right() - timeW, r.top(), timeW, line), Qt::AlignRight | Qt::AlignVCenter, time);
    p->setFont(unread ? bold : font);
    p->setPen(text);
    const QRect nameRect(r.left(), r.top(), r.width() - timeW - 8, line);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(p->font()).elidedText(index.data(List::ContactNameRole).toString(), Qt::ElideRight,
                                                   nameRect.width()));

    // Line 2: channel icon + subject or preview.
    const int y2 = r.top() + line + 2;
    const bool email = index.data(List::ChannelRole).toString() == "email"_L1;
    const int iconSize = sfm.height();
    paintIcon(p, QRectF(r.left(), y2 + (line - iconSize) / 2.0, iconSize, iconSize),
              email ? IconName::Email : IconName::Chat, muted);
    QString preview;
    const QString subject = index.data(List::SubjectRole).toString();
    const QString last = index.data(List::PreviewRole).toString();
    const QString who = index.data(List::PreviewAuthorNameRole).toString();
    const QString kind = index.data(List::PreviewKindRole).toString();
    if (!subject.isEmpty())
        preview = subject + u" — "_s + last;
    else if (!who.isEmpty())
        preview = (kind == "note"_L1 ? tr("%1 (note): %2") : tr("%1: %2")).arg(who, last);
    else
        preview = last;
    p->setFont(font);
    p->setPen(unread ? text : muted);
    const QRect previewRect(r.left() + iconSize + 6, y2, r.width() - iconSize - 6, line);
    p->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, previewRect.width()));

    // Line 3: waiting, priority, state flags ........ assignee initials
    const int y3 = y2 + line + 2;
    int x = r.left();
    p->setFont(small);
    const QDateTime waiting = index.data(List::WaitingSinceRole).toDateTime();
    if (waiting.isValid() && index.data(List::StatusRole).toString() == "open"_L1) {
        const qint64 mins = waiting.secsTo(now) / 60;
        const QColor c = selected ? muted : (mins >= 60 ? t.urgent : mins >= 15 ? t.high : t.mutedText);
        paintIcon(p, QRectF(x, y3 + (line - iconSize) / 2.0, iconSize, iconSize), IconName::Clock, c);
        x += iconSize + 3;
        const QString w = models::waitingTime(waiting, now);
        p->setPen(c);
        p->drawText(QRect(x, y3, sfm.horizontalAdvance(w) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, w);
        x += sfm.horizontalAdvance(w) + 12;
    }
    const QString priority = index.data(List::PriorityRole).toString();
    if (priority != "none"_L1 && !priority.isEmpty()) {
        const QColor c = selected ? muted : priority == "urgent"_L1 ? t.urgent : priority == "high"_L1 ? t.high : t.low;
        paintIcon(p, QRectF(x, y3 + (line - iconSize) / 2.0, iconSize, iconSize), IconName::Flag, c);
        x += iconSize + 3;
        const QString label = priority == "urgent"_L1 ? tr("Urgent") : priority == "high"_L1 ? tr("High") : tr("Low");
        p->setPen(c);
        p->drawText(QRect(x, y3, sfm.horizontalAdvance(label) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += sfm.horizontalAdvance(label) + 12;
    }
    if (index.data(List::FailedRole).toBool()) {
        paintIcon(p, QRectF(x, y3 + (line - iconSize) / 2.0, iconSize, iconSize), IconName::Warning,
                  selected ? muted : t.failed);
        x += iconSize + 8;
    } else if (index.data(List::PendingRole).toBool()) {
        paintIcon(p, QRectF(x, y3 + (line - iconSize) / 2.0, iconSize, iconSize), IconName::Send, muted);
        x += iconSize + 8;
    }
    if (index.data(List::HasDraftRole).toBool()) {
        p->setPen(selected ? muted : t.failed);
        const QString d = tr("Draft");
        p->drawText(QRect(x, y3, sfm.horizontalAdvance(d) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, d);
    }
    const QString initials = index.data(List::AssigneeInitialsRole).toString();
    if (!initials.isEmpty()) {
        const int d = line;
        const QRectF circle(r.right() - d, y3, d, d);
        p->setPen(Qt::NoPen);
        p->setBrush(t.avatar);
        p->drawEllipse(circle);
        QFont f = small;
        f.setBold(true);
        f.setPointSizeF(small.pointSizeF() * 0.9);
        p->setFont(f);
        p->setPen(t.avatarText);
        p->drawText(circle, Qt::AlignCenter, initials);
    }
    p->restore();
}

} // namespace confab::ui
