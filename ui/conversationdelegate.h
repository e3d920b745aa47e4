#pragma once

#include <QStyledItemDelegate>

namespace confab::ui {

// One conversation row: unread marker, contact name, relative time; channel icon and the
// subject or latest message; waiting time, priority mark and the assignee's initials.
// Every row has the same height (the list uses uniform item sizes).
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static int rowHeight(const QFont &font);
};

} // namespace confab::ui
