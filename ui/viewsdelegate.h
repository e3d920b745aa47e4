#pragma once

#include <QStyledItemDelegate>

namespace confab::ui {

// A view in the left column: icon, name and its open count in a pill.
class ViewsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace confab::ui
