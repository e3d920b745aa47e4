#include "ui/feeddelegate.h"

#include "cache/types.h"
#include "models/messagefeedmodel.h"
#include "models/timeformat.h"
#include "ui/icons.h"
#include "ui/textdocs.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using Feed = confab::models::MessageFeedModel;

namespace confab::ui {

namespace {
constexpr int Margin = 14;      // left/right of the feed
constexpr int PadX = 12;        // inside a bubble
constexpr int PadY = 8;
constexpr int Gap = 10;         // between messages
constexpr int GroupGap = 3;     // between grouped messages
constexpr int NoteStripe = 4;   // the note's left border
constexpr int Radius = 12;
} // namespace

FeedDelegate::FeedDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view), m_docs(300) { }

FeedDelegate::~FeedDelegate() = default;

QFont FeedDelegate::smallFont() const
{
    QFont f = m_view->font();
    f.setPointSizeF(f.pointSizeF() * 0.86);
    return f;
}

int FeedDelegate::viewWidth() const
{
    return m_view->viewport()->width();
}

QString FeedDelegate::key(const QModelIndex &index, int width) const
{
    return index.data(Feed::IdRole).toString() + u'|' + QString::number(width);
}

QTextDocument *FeedDelegate::document(const QModelIndex &index, int width) const
{
    const QString k = key(index, width);
    if (QTextDocument *doc = m_docs.object(k))
        return doc;
    QTextDocument *doc = makeBodyDocument(index.data(Feed::BodyRole).toString(), m_view->font(), width);
    m_docs.insert(k, doc);
    return doc;
}

FeedDelegate::Geometry FeedDelegate::geometry(const QRect &row, const QModelIndex &index) const
{
    Geometry g;
    const QFontMetrics fm(m_view->font());
    const QFontMetrics sfm(smallFont());
    const QString kind = index.data(Feed::KindRole).toString();
    const bool dayBreak = index.data(Feed::DayBreakRole).toBool();
    const bool grouped = index.data(Feed::GroupedRole).toBool();
    const bool mine = index.data(Feed::MineRole).toBool();
    const auto delivery = cache::Delivery(index.data(Feed::DeliveryRole).toInt());
    int y = row.top();
    if (dayBreak) {
        g.day = QRect(row.left(), y, row.width(), sfm.height() + 22);
        y += g.day.height();
    }
    if (kind == "system"_L1) {
        g.system = true;
        g.text = QRect(row.left() + Margin, y + 4, row.width() - 2 * Margin, sfm.height());
        y = g.text.bottom() + 1 + 6;
        g.height = y - row.top();
        return g;
    }
    y += grouped ? GroupGap : Gap;
    g.note = kind == "note"_L1;
    g.right = !g.note && index.data(Feed::AuthorTypeRole).toString() == "agent"_L1;
    const QString subject = index.data(Feed::SubjectRole).toString();
    const int width = row.width() - 2 * Margin;

    if (g.note) {
        const int textWidth = std::max(40, width - 2 * PadX - NoteStripe);
        QTextDocument *doc = document(index, textWidth);
        const int docH = int(std::ceil(doc->size().height()));
        g.box = QRect(row.left() + Margin, y, width, 0);
        g.header = QRect(g.box.left() + NoteStripe + PadX, y + PadY, textWidth, sfm.height() + 4);
        int ty = g.header.bottom() + 1 + 4;
        if (!subject.isEmpty()) {
            g.subject = QRect(g.header.left(), ty, textWidth, fm.height());
            ty += fm.height() + 4;
        }
        g.text = QRect(g.header.left(), ty, textWidth, docH);
        g.box.setBottom(g.text.bottom() + PadY);
        y = g.box.bottom() + 1;
    } else {
        const int maxBox = std::min(int(width * 0.76), 760);
        const int maxText = std::max(40, maxBox - 2 * PadX);
        QTextDocument *doc = document(index, maxText);
        int textWidth = std::min(maxText, int(std::ceil(doc->idealWidth())) + 1);
        if (!subject.isEmpty()) {
            QFont bold = m_view->font();
            bold.setBold(true);
            textWidth = std::max(textWidth, std::min(maxText, QFontMetrics(bold).horizontalAdvance(subject) + 2));
        }
        textWidth = std::max(textWidth, 24);
        const int docH = int(std::ceil(doc->size().height()));
        if (!grouped) {
            g.header = QRect(row.left() + Margin, y, width, sfm.height() + 4);
            y = g.header.bottom() + 1;
        }
        const int boxW = textWidth + 2 * PadX;
        const int left = g.right ? row.left() + Margin + width - boxW : row.left() + Margin;
        int ty = y + PadY;
        if (!subject.isEmpty()) {
            g.subject = QRect(left + PadX, ty, textWidth, fm.height());
            ty += fm.height() + 4;
        }
        g.text = QRect(left + PadX, ty, maxText, docH);
        g.box = QRect(left, y, boxW, ty + docH + PadY - y);
        y = g.box.bottom() + 1;
        if (mine) {
            const int s = sfm.height() - 2;
            g.tick = QRect(g.box.left() - s - 4, g.box.bottom() - s, s, s);
        }
    }
    if (mine && delivery == cache::Delivery::Failed) {
        g.status = QRect(row.left() + Margin, y + 2, width, sfm.height() + 2);
        const QString retry = FeedDelegate::tr("Retry");
        const int rw = sfm.horizontalAdvance(retry) + 8;
        g.retry = QRect(g.right || g.note ? g.status.right() - rw : g.status.left(), g.status.top(), rw,
                        g.status.height());
        y = g.status.bottom() + 1;
    } else if (mine && g.note) {
        const int s = sfm.height() - 2;
        g.tick = QRect(g.box.right() - PadX - s, g.header.top() + 2, s, s);
    }
    y += 2;
    g.height = y - row.top();
    return g;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth();
    if (width != m_sizesWidth) {
        m_sizes.clear();
        m_sizesWidth = width;
    }
    const QString id = index.data(Feed::IdRole).toString();
    if (const auto it = m_sizes.constFind(id); it != m_sizes.constEnd())
        return QSize(width, *it);
    const Geometry g = geometry(QRect(0, 0, width, 0), index);
    m_sizes.insert(id, g.height);
    return QSize(width, g.height);
}

void FeedDelegate::invalidate(const QString &messageId)
{
    m_sizes.remove(messageId);
    const QString prefix = messageId + u'|';
    for (const QString &k : m_docs.keys()) {
        if (k.startsWith(prefix))
            m_docs.remove(k);
    }
}

void FeedDelegate::clearCaches()
{
    m_sizes.clear();
    m_docs.clear();
    m_sizesWidth = -1;
}

void FeedDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Theme &t = Theme::current();
    const Geometry g = geometry(option.rect, index);
    const QFont font = m_view->font();
    const QFont small = smallFont();
    const QFontMetrics sfm(small);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    if (!g.day.isEmpty()) {
        const QDate day = index.data(Feed::CreatedAtRole).toDateTime().toLocalTime().date();
        const QString label = models::dayLabel(day, QDate::currentDate());
        QFont bold = small;
        bold.setBold(true);
        p->setFont(bold);
        const int w = QFontMetrics(bold).horizontalAdvance(label) + 24;
        const int cy = g.day.center().y();
        p->setPen(QPen(t.dayLine, 1));
        p->drawLine(g.day.left() + Margin, cy, g.day.center().x() - w / 2, cy);
        p->drawLine(g.day.center().x() + w / 2, cy, g.day.right() - Margin, cy);
        p->setPen(t.mutedText);
        p->drawText(g.day, Qt::AlignCenter, label);
    }

    const QString body = index.data(Feed::BodyRole).toString();
    const QString time = models::timeOfDay(index.data(Feed::CreatedAtRole).toDateTime());
    const bool mine = index.data(Feed::MineRole).toBool();
    const auto delivery = cache::Delivery(index.data(Feed::DeliveryRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;

    if (g.system) {
        QFont f = small;
        f.setItalic(true);
        p->setFont(f);
        p->setPen(t.systemText);
        const QString line = body + u"  ·  "_s + time;
        p->drawText(g.text, Qt::AlignCenter, QFontMetrics(f).elidedText(line, Qt::ElideMiddle, g.text.width()));
        if (selected) {
            p->setPen(QPen(t.selection, 1));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(g.text.adjusted(-4, -2, 4, 2), 4, 4);
        }
        p->restore();
        return;
    }

    const QString author = mine ? FeedDelegate::tr("You") : index.data(Feed::AuthorNameRole).toString();
    // Box.
    if (g.note) {
        p->setPen(Qt::NoPen);
        p->setBrush(t.noteBackground);
        p->drawRoundedRect(g.box, 6, 6);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(g.box.left(), g.box.top(), NoteStripe + 6, g.box.height()), 6, 6);
        QPainterPath clip;
        clip.addRect(QRectF(g.box.left(), g.box.top(), NoteStripe, g.box.height()));
        p->setBrush(t.noteBorder);
        p->drawPath(stripe.intersected(clip));
        // Badge, author, time.
        QFont bold = small;
        bold.setBold(true);
        const QString badge = FeedDelegate::tr("Note");
        const int bw = QFontMetrics(bold).horizontalAdvance(badge) + 12;
        const QRect badgeRect(g.header.left(), g.header.top(), bw, g.header.height());
        p->setBrush(t.noteBadge);
        p->drawRoundedRect(badgeRect, 4, 4);
        p->setFont(bold);
        p->setPen(t.noteBadgeText);
        p->drawText(badgeRect, Qt::AlignCenter, badge);
        p->setPen(t.text);
        const QRect who = g.header.adjusted(bw + 8, 0, 0, 0);
        p->drawText(who, Qt::AlignLeft | Qt::AlignVCenter, author);
        p->setFont(small);
        p->setPen(t.mutedText);
        const int aw = QFontMetrics(bold).horizontalAdvance(author);
        p->drawText(who.adjusted(aw + 8, 0, g.tick.isEmpty() ? 0 : -g.tick.width() - 6, 0),
                    Qt::AlignLeft | Qt::AlignVCenter, time);
    } else {
        p->setPen(QPen(g.right ? t.agentBorder : t.customerBorder, 1));
        p->setBrush(g.right ? t.agentBubble : t.customerBubble);
        p->drawRoundedRect(QRectF(g.box).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
        if (!g.header.isEmpty()) {
            p->setFont(small);
            p->setPen(t.mutedText);
            const QString line = g.right ? time + u"  "_s + author : author + u"  "_s + time;
            p->drawText(g.header, (g.right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, line);
        }
    }
    if (selected) {
        p->setPen(QPen(t.selection, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(g.box).adjusted(1, 1, -1, -1), g.note ? 6 : Radius, g.note ? 6 : Radius);
    }
    if (!g.subject.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(t.text);
        p->drawText(g.subject, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(index.data(Feed::SubjectRole).toString(), Qt::ElideRight,
                                                  g.subject.width()));
    }
    // Body.
    QTextDocument *doc = document(index, g.text.width());
    p->save();
    p->translate(g.text.topLeft());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = option.palette;
    ctx.palette.setColor(QPalette::Text, t.text);
    ctx.palette.setColor(QPalette::Link, t.link);
    ctx.clip = QRectF(0, 0, g.text.width(), g.text.height());
    if (m_selIndex.isValid() && m_selIndex == QPersistentModelIndex(index) && m_selAnchor != m_selPosition) {
        QTextCursor cursor(doc);
        cursor.setPosition(std::clamp(m_selAnchor, 0, doc->characterCount() - 1));
        cursor.setPosition(std::clamp(m_selPosition, 0, doc->characterCount() - 1), QTextCursor::KeepAnchor);
        QAbstractTextDocumentLayout::Selection sel;
        sel.cursor = cursor;
        sel.format.setBackground(option.palette.color(QPalette::Highlight));
        sel.format.setForeground(option.palette.color(QPalette::HighlightedText));
        ctx.selections.append(sel);
    }
    doc->documentLayout()->draw(p, ctx);
    p->restore();

    // Delivery.
    if (!g.tick.isEmpty()) {
        if (delivery == cache::Delivery::Delivered)
            paintIcon(p, g.tick, IconName::Check, t.mutedText);
        else if (delivery != cache::Delivery::Failed)
            paintIcon(p, g.tick, IconName::Clock, t.mutedText);
    }
    if (!g.status.isEmpty()) {
        p->setFont(small);
        p->setPen(t.failed);
        QString reason = index.data(Feed::ErrorRole).toString();
        const QString line = reason.isEmpty() ? FeedDelegate::tr("Not sent") : FeedDelegate::tr("Not sent: %1").arg(reason);
        const QRect textRect = g.right || g.note ? g.status.adjusted(0, 0, -g.retry.width() - 6, 0)
                                                 : g.status.adjusted(g.retry.width() + 6, 0, 0, 0);
        p->drawText(textRect, (g.right || g.note ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                    sfm.elidedText(line, Qt::ElideRight, textRect.width()));
        QFont underline = small;
        underline.setUnderline(true);
        underline.setBold(true);
        p->setFont(underline);
        p->drawText(g.retry, Qt::AlignCenter, FeedDelegate::tr("Retry"));
    }
    if (index.data(Feed::DeletePendingRole).toBool()) {
        p->setPen(Qt::NoPen);
        QColor veil = option.palette.color(QPalette::Base);
        veil.setAlphaF(0.5f);
        p->setBrush(veil);
        p->drawRect(g.box);
    }
    p->restore();
}

int FeedDelegate::hitTest(const QRect &row, const QModelIndex &index, const QPoint &pos) const
{
    const Geometry g = geometry(row, index);
    if (g.system || !g.text.adjusted(-4, -4, 4, 4).contains(pos))
        return -1;
    QTextDocument *doc = document(index, g.text.width());
    return doc->documentLayout()->hitTest(QPointF(pos - g.text.topLeft()), Qt::FuzzyHit);
}

QString FeedDelegate::anchorAt(const QRect &row, const QModelIndex &index, const QPoint &pos) const
{
    const Geometry g = geometry(row, index);
    if (g.system || !g.text.contains(pos))
        return {};
    QTextDocument *doc = document(index, g.text.width());
    return doc->documentLayout()->anchorAt(QPointF(pos - g.text.topLeft()));
}

bool FeedDelegate::isOnRetry(const QRect &row, const QModelIndex &index, const QPoint &pos) const
{
    return geometry(row, index).retry.contains(pos);
}

void FeedDelegate::setSelection(const QModelIndex &index, int anchor, int position)
{
    m_selIndex = index;
    m_selAnchor = anchor;
    m_selPosition = position;
}

void FeedDelegate::clearSelection()
{
    m_selIndex = QPersistentModelIndex();
    m_selAnchor = m_selPosition = -1;
}

QString FeedDelegate::selectedText() const
{
    if (!m_selIndex.isValid() || m_selAnchor == m_selPosition || m_selAnchor < 0)
        return {};
    const QString body = m_selIndex.data(Feed::BodyRole).toString();
    // Document positions equal body positions: the document holds exactly the body text.
    const int from = std::clamp(std::min(m_selAnchor, m_selPosition), 0, int(body.size()));
    const int to = std::clamp(std::max(m_selAnchor, m_selPosition), 0, int(body.size()));
    return body.mid(from, to - from);
}

} // namespace confab::ui
