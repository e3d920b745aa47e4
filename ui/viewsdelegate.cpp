#include "ui/viewsdelegate.h"

#include "cache/types.h"
#include "models/viewsmodel.h"
#include "ui/icons.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace confab::ui {

QSize ViewsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), QFontMetrics(option.font).height() + 14);
}

void ViewsDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const Theme &t = Theme::current();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : t.text;
    const QRect r = option.rect.adjusted(10, 0, -10, 0);
    const QFontMetrics fm(option.font);
    IconName name = IconName::Team;
    switch (cache::View(index.data(models::ViewsModel::ViewRole).toInt())) {
    case cache::View::Mine:
        name = IconName::Inbox;
        break;
    case cache::View::Mentions:
        name = IconName::Mention;
        break;
    case cache::View::Unassigned:
        name = IconName::Unassigned;
        break;
    case cache::View::All:
        name = IconName::All;
        break;
    case cache::View::Team:
        name = IconName::Team;
        break;
    }
    p->save();
    const int is = fm.height();
    paintIcon(p, QRectF(r.left(), r.center().y() - is / 2.0, is, is), name, selected ? text : t.mutedText);
    const QString count = QString::number(index.data(models::ViewsModel::CountRole).toInt());
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.86);
    const QFontMetrics sfm(small);
    const int pw = sfm.horizontalAdvance(count) + 12;
    const QRectF pill(r.right() - pw, r.center().y() - sfm.height() / 2.0 - 1, pw, sfm.height() + 2);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(selected ? option.palette.color(QPalette::HighlightedText) : t.pill);
    p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p->setFont(small);
    p->setPen(selected ? option.palette.color(QPalette::Highlight) : t.pillText);
    p->drawText(pill, Qt::AlignCenter, count);
    p->setFont(option.font);
    p->setPen(text);
    const QRect textRect(r.left() + is + 8, r.top(), int(pill.left()) - r.left() - is - 14, r.height());
    p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    p->restore();
}

} // namespace confab::ui
