#pragma once

#include <QLayout>
#include <QStyledItemDelegate>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QToolButton;

// Building blocks of the customer sidebar.
namespace confab::ui::sidebar {

// Lays its items out left to right, wrapping to the next line (tags).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;
    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    QList<QLayoutItem *> m_items;
    int m_gap;
};

// A titled section whose body folds away; the header is a keyboard-reachable button.
class CollapsibleSection : public QWidget
{
    Q_OBJECT
public:
    CollapsibleSection(const QString &title, QWidget *body, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *header() const { return m_header; }
    QWidget *body() const { return m_body; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    QToolButton *m_header;
    QWidget *m_body;
};

// "Label   value" rows from a list model (DisplayRole = value, LabelRole, ToolTipRole,
// UrlRole), rebuilt on reset and updated in place on dataChanged. Values are selectable so
// agents can copy them; links open through the opener.
class AttributeGrid : public QWidget
{
    Q_OBJECT
public:
    AttributeGrid(QAbstractItemModel *model, int labelRole, int urlRole, QWidget *parent = nullptr);
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_open = std::move(opener); }
    int rows() const { return int(m_values.size()); }
    QLabel *valueLabel(int row) const { return m_values.value(row); }
    QLabel *nameLabel(int row) const { return m_labels.value(row); }

private:
    void rebuild();
    void updateRow(int row);

    QAbstractItemModel *m_model;
    int m_labelRole;
    int m_urlRole;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    std::function<void(const QUrl &)> m_open;
};

// Two lines per row: a title (DisplayRole) with a right-aligned note, and a muted second
// line. The roles are chosen by the owner. Rows have one height (uniform, fast).
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TwoLineDelegate(int rightRole, int secondRole, int pillRole, QObject *parent = nullptr);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static int rowHeight(const QFont &font);

private:
    int m_rightRole;
    int m_secondRole;
    int m_pillRole; // a status pill before the title (StatusRole); -1 for none
};

} // namespace confab::ui::sidebar
