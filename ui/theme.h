#pragma once

#include <QColor>
#include <QPalette>

namespace confab::ui {

// Colours of the feed and the lists, derived from the application palette so that light
// and dark system themes both read well. Notes are yellow and customers blue in both.
struct Theme
{
    bool dark = false;
    QColor text;
    QColor mutedText;
    QColor customerBubble;
    QColor customerBorder;
    QColor agentBubble;
    QColor agentBorder;
    QColor noteBackground;
    QColor noteBorder;
    QColor noteBadge;
    QColor noteBadgeText;
    QColor composerNote;     // the composer's tint in note mode
    QColor systemText;
    QColor dayLine;
    QColor link;
    QColor unread;
    QColor failed;
    QColor urgent;
    QColor high;
    QColor low;
    QColor selection;
    QColor avatar;
    QColor avatarText;
    QColor pill;
    QColor pillText;
    QColor online;
    QColor connecting;
    QColor offline;

    static Theme fromPalette(const QPalette &palette);
    // The application palette's theme (recomputed when the palette changes).
    static const Theme &current();
    static void invalidate();
};

} // namespace confab::ui
