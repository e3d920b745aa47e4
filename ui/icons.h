#pragma once

#include <QColor>
#include <QIcon>

namespace confab::ui {

// Vector icons drawn with QPainter paths: sharp at every device pixel ratio, tinted to the
// palette (or a given colour), no image files or SVG module needed.
enum class IconName {
    Chat,
    Email,
    Send,
    Note,
    Inbox,
    Mention,
    Unassigned,
    All,
    Team,
    Clock,
    Flag,
    Check,
    Warning,
    Retry,
    SignOut,
    Sidebar,
    App,
};

QIcon icon(IconName name, const QColor &color = {});
// Paints an icon into `rect` (used by delegates, which avoid QIcon's pixmap cache churn).
void paintIcon(QPainter *painter, const QRectF &rect, IconName name, const QColor &color);

} // namespace confab::ui
