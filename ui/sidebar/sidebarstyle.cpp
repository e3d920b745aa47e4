#include "ui/sidebar/sidebarstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace confab::ui::sidebar {

using namespace Qt::StringLiterals;

namespace {
bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor mutedText(const QPalette &palette)
{
    QColor c = palette.color(QPalette::PlaceholderText);
    if (c.alpha() < 255 || c == palette.color(QPalette::WindowText))
        c = isDark(palette) ? QColor(0x9a, 0xa4, 0xb1) : QColor(0x6b, 0x72, 0x80);
    return c;
}

QColor pillBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3d, 0x44, 0x4d) : QColor(0xe8, 0xeb, 0xef);
}

QColor highlightBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xe5, 0x8f);
}

QColor presenceColor(const QString &presence)
{
    if (presence == "online"_L1)
        return QColor(0x2e, 0xa0, 0x43);
    if (presence == "away"_L1)
        return QColor(0xe0, 0xa8, 0x00);
    if (presence == "offline"_L1)
        return QColor(0x9a, 0xa4, 0xb1);
    return {};
}

QColor statusColor(const QString &status)
{
    if (status == "open"_L1)
        return QColor(0x1a, 0x73, 0xe8);
    if (status == "snoozed"_L1)
        return QColor(0xb0, 0x7d, 0x00);
    return QColor(0x2e, 0x8b, 0x57);
}

QColor avatarColor(const QString &seed)
{
    static const QColor colors[] = { QColor(0x5b, 0x6b, 0xc0), QColor(0x2e, 0x8b, 0x57), QColor(0xb0, 0x5a, 0x2f),
                                     QColor(0x8e, 0x44, 0xad), QColor(0x00, 0x7c, 0x91), QColor(0xc0, 0x39, 0x2b),
                                     QColor(0x7f, 0x8c, 0x8d), QColor(0xd3, 0x54, 0x00) };
    return colors[qHash(seed) % std::size(colors)];
}

void paintAvatar(QPainter *painter, const QRectF &rect, const QString &initials, const QColor &background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawEllipse(rect);
    QFont f = painter->font();
    f.setBold(true);
    f.setPixelSize(std::max(8, int(rect.height() * 0.4)));
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initials);
    painter->restore();
}

qreal paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QColor &background,
                const QColor &foreground)
{
    const QFontMetricsF fm(painter->font());
    const qreal w = fm.horizontalAdvance(text) + fm.height() * 0.8;
    const QRectF r(rect.left(), rect.center().y() - fm.height() * 0.6, w, fm.height() * 1.2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    painter->setPen(foreground);
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
    return w;
}

void makeSecondary(QWidget *widget)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    widget->setFont(f);
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, mutedText(p));
    p.setColor(QPalette::Text, mutedText(p));
    widget->setPalette(p);
}

} // namespace confab::ui::sidebar
