#include "ui/theme.h"

#include <QGuiApplication>

#include <optional>

namespace confab::ui {

namespace {
std::optional<Theme> g_current;
qint64 g_paletteKey = 0;
} // namespace

Theme Theme::fromPalette(const QPalette &p)
{
    Theme t;
    t.dark = p.color(QPalette::Window).lightness() < 128;
    t.text = p.color(QPalette::WindowText);
    t.mutedText = p.color(QPalette::PlaceholderText);
    if (t.mutedText.alpha() < 255 || t.mutedText == t.text)
        t.mutedText = t.dark ? QColor(0x9a, 0xa4, 0xb1) : QColor(0x6b, 0x72, 0x80);
    t.link = p.color(QPalette::Link);
    t.selection = p.color(QPalette::Highlight);
    if (t.dark) {
        t.customerBubble = QColor(0x1d, 0x3a, 0x5f);
        t.customerBorder = QColor(0x2f, 0x5d, 0x94);
        t.agentBubble = QColor(0x2b, 0x31, 0x38);
        t.agentBorder = QColor(0x3d, 0x44, 0x4d);
        t.noteBackground = QColor(0x4a, 0x3d, 0x0c);
        t.noteBorder = QColor(0xe0, 0xa8, 0x00);
        t.noteBadge = QColor(0xe0, 0xa8, 0x00);
        t.noteBadgeText = QColor(0x1f, 0x1a, 0x05);
        t.composerNote = QColor(0x3d, 0x33, 0x0a);
        t.systemText = QColor(0x8b, 0x94, 0x9e);
        t.dayLine = QColor(0x3d, 0x44, 0x4d);
        t.link = QColor(0x79, 0xb8, 0xff);
        t.unread = QColor(0x4d, 0xa3, 0xff);
        t.failed = QColor(0xff, 0x6b, 0x6b);
        t.urgent = QColor(0xff, 0x5c, 0x5c);
        t.high = QColor(0xff, 0xa0, 0x3d);
        t.low = QColor(0x8b, 0x94, 0x9e);
        t.avatar = QColor(0x44, 0x4c, 0x56);
        t.avatarText = QColor(0xe6, 0xed, 0xf3);
        t.pill = QColor(0x3d, 0x44, 0x4d);
        t.pillText = QColor(0xe6, 0xed, 0xf3);
    } else {
        t.customerBubble = QColor(0xdc, 0xeb, 0xff);
        t.customerBorder = QColor(0xa9, 0xcb, 0xf5);
        t.agentBubble = QColor(0xf1, 0xf3, 0xf5);
        t.agentBorder = QColor(0xd8, 0xdc, 0xe1);
        t.noteBackground = QColor(0xff, 0xf4, 0xc2);
        t.noteBorder = QColor(0xf0, 0xb4, 0x00);
        t.noteBadge = QColor(0xf0, 0xb4, 0x00);
        t.noteBadgeText = QColor(0x3b, 0x2f, 0x00);
        t.composerNote = QColor(0xff, 0xf8, 0xd6);
        t.systemText = QColor(0x6b, 0x72, 0x80);
        t.dayLine = QColor(0xdd, 0xe1, 0xe6);
        t.link = QColor(0x0b, 0x5c, 0xd5);
        t.unread = QColor(0x1a, 0x73, 0xe8);
        t.failed = QColor(0xc6, 0x28, 0x28);
        t.urgent = QColor(0xd9, 0x30, 0x25);
        t.high = QColor(0xe3, 0x74, 0x00);
        t.low = QColor(0x8a, 0x92, 0x9c);
        t.avatar = QColor(0xe4, 0xe7, 0xeb);
        t.avatarText = QColor(0x37, 0x41, 0x51);
        t.pill = QColor(0xe4, 0xe7, 0xeb);
        t.pillText = QColor(0x37, 0x41, 0x51);
    }
    t.online = QColor(0x2e, 0xa0, 0x43);
    t.connecting = QColor(0xd2, 0x99, 0x22);
    t.offline = t.dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x8a, 0x92, 0x9c);
    return t;
}

const Theme &Theme::current()
{
    // Follows the system: a new application palette (light <-> dark) gives a new theme.
    const QPalette palette = QGuiApplication::palette();
    if (!g_current || palette.cacheKey() != g_paletteKey) {
        g_current = fromPalette(palette);
        g_paletteKey = palette.cacheKey();
    }
    return *g_current;
}

void Theme::invalidate()
{
    g_current.reset();
}

} // namespace confab::ui
