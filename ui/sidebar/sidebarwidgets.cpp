#include "ui/sidebar/sidebarwidgets.h"

#include "models/contactlists.h"
#include "ui/sidebar/sidebarstyle.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui::sidebar {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------- FlowLayout

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_gap(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        int nextX = x + hint.width() + m_gap;
        if (nextX - m_gap > area.right() + 1 && lineHeight > 0) {
            x = area.x();
            y += lineHeight + m_gap;
            nextX = x + hint.width() + m_gap;
            lineHeight = 0;
        }
        if (!testOnly)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x = nextX;
        lineHeight = std::max(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + m.bottom();
}

// ---------------------------------------------------------------- CollapsibleSection

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *body, QWidget *parent)
    : QWidget(parent), m_header(new QToolButton(this)), m_body(body)
{
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    setTitle(title);
    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        m_body->setVisible(on);
        m_header->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_header->setAccessibleDescription(on ? tr("Expanded") : tr("Collapsed"));
        Q_EMIT expandedChanged(on);
    });
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_header->setText(title);
    m_header->setAccessibleName(title);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

// ---------------------------------------------------------------- AttributeGrid

AttributeGrid::AttributeGrid(QAbstractItemModel *model, int labelRole, int urlRole, QWidget *parent)
    : QWidget(parent), m_model(model), m_labelRole(labelRole), m_urlRole(urlRole), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(4, 0, 4, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connect(model, &QAbstractItemModel::modelReset, this, &AttributeGrid::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AttributeGrid::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AttributeGrid::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &AttributeGrid::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int r = from.row(); r <= to.row(); ++r)
                    updateRow(r);
            });
    rebuild();
}

void AttributeGrid::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_labels.clear();
    m_values.clear();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto *name = new QLabel(this);
        makeSecondary(name);
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                       | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        connect(value, &QLabel::linkActivated, this, [this](const QString &link) {
            if (m_open)
                m_open(QUrl(link, QUrl::StrictMode));
        });
        name->setBuddy(value);
        m_form->addRow(name, value);
        m_labels.append(name);
        m_values.append(value);
        updateRow(r);
    }
}

void AttributeGrid::updateRow(int row)
{
    if (row < 0 || row >= m_values.size())
        return;
    const QModelIndex idx = m_model->index(row, 0);
    const QString label = idx.data(m_labelRole).toString();
    const QString text = idx.data(Qt::DisplayRole).toString();
    const QUrl url = idx.data(m_urlRole).toUrl();
    m_labels.at(row)->setText(label);
    QLabel *value = m_values.at(row);
    if (url.isValid()) {
        value->setTextFormat(Qt::RichText);
        value->setText(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped()));
    } else {
        value->setTextFormat(Qt::PlainText);
        value->setText(text);
    }
    value->setToolTip(idx.data(Qt::ToolTipRole).toString());
    value->setAccessibleName(label);
    value->setAccessibleDescription(text);
}

// ---------------------------------------------------------------- TwoLineDelegate

TwoLineDelegate::TwoLineDelegate(int rightRole, int secondRole, int pillRole, QObject *parent)
    : QStyledItemDelegate(parent), m_rightRole(rightRole), m_secondRole(secondRole), m_pillRole(pillRole)
{
}

int TwoLineDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    return 2 * fm.height() + 10;
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), rowHeight(option.font));
}

void TwoLineDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : mutedText(pal);
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    p->save();
    p->setFont(option.font);

    const QString right = index.data(m_rightRole).toString();
    const int rightWidth = right.isEmpty() ? 0 : fm.horizontalAdvance(right) + 8;
    int x = r.left();
    if (m_pillRole >= 0) {
        const QString status = index.data(m_pillRole).toString();
        if (!status.isEmpty()) {
            QFont small = option.font;
            small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
            p->setFont(small);
            const QColor c = statusColor(status);
            const qreal w = paintPill(p, QRectF(x, r.top(), 0, fm.height()),
                                      models::ContactConversationsModel::statusText(status),
                                      selected ? pal.color(QPalette::HighlightedText) : c.lighter(185),
                                      selected ? pal.color(QPalette::Highlight) : c.darker(130));
            x += int(w) + 6;
            p->setFont(option.font);
        }
    }
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    const QFontMetrics bfm(bold);
    const QRect titleRect(x, r.top(), r.right() - x - rightWidth, fm.height());
    p->setPen(text);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    p->setFont(option.font);
    p->setPen(muted);
    if (!right.isEmpty())
        p->drawText(QRect(r.right() - rightWidth, r.top(), rightWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                    right);
    const QRect second(r.left(), r.top() + fm.height() + 2, r.width(), fm.height());
    p->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(m_secondRole).toString(), Qt::ElideRight, second.width()));
    p->restore();
}

} // namespace confab::ui::sidebar
