#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QPainter;
class QRectF;
class QWidget;

// Small drawing helpers shared by the sidebar, article, search and triage widgets. Colours
// come from the widget's palette so light and dark themes both read well.
namespace confab::ui::sidebar {

QColor mutedText(const QPalette &palette);
QColor pillBackground(const QPalette &palette);
QColor highlightBackground(const QPalette &palette); // behind search matches
QColor presenceColor(const QString &presence);       // online | away | offline | ""
QColor statusColor(const QString &status);           // open | snoozed | resolved
QColor avatarColor(const QString &seed);             // a stable colour per name

// A round avatar with initials.
void paintAvatar(QPainter *painter, const QRectF &rect, const QString &initials, const QColor &background);
// A rounded "pill" with text; returns its width.
qreal paintPill(QPainter *painter, const QRectF &rect, const QString &text, const QColor &background,
                const QColor &foreground);

// A smaller font for secondary lines.
void makeSecondary(QWidget *widget);

} // namespace confab::ui::sidebar
