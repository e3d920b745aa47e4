#include "ui/icons.h"

#include "ui/theme.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace confab::ui {

namespace {

// All shapes are drawn on a 24×24 grid and scaled to the target rect.
void draw(QPainter *p, IconName name, const QColor &color)
{
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    switch (name) {
    case IconName::Chat: {
        QPainterPath path;
        path.addRoundedRect(QRectF(3, 4, 18, 13), 4, 4);
        p->drawPath(path);
        QPolygonF tail({ QPointF(8, 17), QPointF(7, 21), QPointF(12, 17) });
        p->drawPolyline(tail);
        break;
    }
    case IconName::Email:
        p->drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2);
        p->drawPolyline(QPolygonF({ QPointF(3.5, 6.5), QPointF(12, 13), QPointF(20.5, 6.5) }));
        break;
    case IconName::Send: {
        QPainterPath path;
        path.moveTo(3, 11);
        path.lineTo(21, 3);
        path.lineTo(14, 21);
        path.lineTo(11, 13);
        path.closeSubpath();
        p->setBrush(color);
        p->drawPath(path);
        break;
    }
    case IconName::Note: {
        QPainterPath path;
        path.moveTo(4, 4);
        path.lineTo(20, 4);
        path.lineTo(20, 15);
        path.lineTo(15, 20);
        path.lineTo(4, 20);
        path.closeSubpath();
        p->drawPath(path);
        p->drawPolyline(QPolygonF({ QPointF(20, 15), QPointF(15, 15), QPointF(15, 20) }));
        p->drawLine(QPointF(8, 9), QPointF(16, 9));
        p->drawLine(QPointF(8, 12.5), QPointF(13, 12.5));
        break;
    }
    case IconName::Inbox:
        p->drawPolyline(QPolygonF({ QPointF(3, 13), QPointF(8, 13), QPointF(9.5, 16), QPointF(14.5, 16),
                                    QPointF(16, 13), QPointF(21, 13) }));
        p->drawPolygon(QPolygonF({ QPointF(3, 13), QPointF(6, 5), QPointF(18, 5), QPointF(21, 13), QPointF(21, 19),
                                   QPointF(3, 19) }));
        break;
    case IconName::Mention: {
        p->drawEllipse(QPointF(12, 12), 3.5, 3.5);
        QPainterPath path;
        path.moveTo(15.5, 9);
        path.lineTo(15.5, 13.5);
        path.cubicTo(15.5, 16.5, 20.5, 16.5, 20.5, 12);
        path.cubicTo(20.5, 6.5, 16.5, 3.5, 12, 3.5);
        path.cubicTo(7, 3.5, 3.5, 7.5, 3.5, 12);
        path.cubicTo(3.5, 17, 7.5, 20.5, 12, 20.5);
        path.cubicTo(14, 20.5, 15.5, 20, 17, 19);
        p->drawPath(path);
        break;
    }
    case IconName::Unassigned:
        p->drawEllipse(QPointF(12, 8), 3.5, 3.5);
        p->drawArc(QRectF(5, 14, 14, 12), 0, 180 * 16);
        p->drawLine(QPointF(4, 4), QPointF(20, 20));
        break;
    case IconName::All:
        p->drawRoundedRect(QRectF(4, 4, 16, 5), 1.5, 1.5);
        p->drawRoundedRect(QRectF(4, 11, 16, 5), 1.5, 1.5);
        p->drawLine(QPointF(5, 19.5), QPointF(19, 19.5));
        break;
    case IconName::Team:
        p->drawEllipse(QPointF(9, 8), 3, 3);
        p->drawArc(QRectF(3, 14, 12, 10), 0, 180 * 16);
        p->drawEllipse(QPointF(16.5, 9), 2.5, 2.5);
        p->drawArc(QRectF(13, 14.5, 9, 8), 0, 180 * 16);
        break;
    case IconName::Clock:
        p->drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p->drawPolyline(QPolygonF({ QPointF(12, 7), QPointF(12, 12), QPointF(15.5, 14) }));
        break;
    case IconName::Flag: {
        p->drawLine(QPointF(5, 3), QPointF(5, 21));
        QPainterPath path;
        path.moveTo(5, 4);
        path.lineTo(19, 4);
        path.lineTo(16, 8.5);
        path.lineTo(19, 13);
        path.lineTo(5, 13);
        p->setBrush(color);
        p->drawPath(path);
        break;
    }
    case IconName::Check:
        p->drawPolyline(QPolygonF({ QPointF(4.5, 12.5), QPointF(9.5, 17.5), QPointF(19.5, 6.5) }));
        break;
    case IconName::Warning: {
        QPainterPath path;
        path.moveTo(12, 3);
        path.lineTo(21.5, 20);
        path.lineTo(2.5, 20);
        path.closeSubpath();
        p->drawPath(path);
        p->drawLine(QPointF(12, 9), QPointF(12, 14));
        p->drawPoint(QPointF(12, 17));
        break;
    }
    case IconName::Retry:
        p->drawArc(QRectF(4, 4, 16, 16), 60 * 16, 300 * 16);
        p->drawPolyline(QPolygonF({ QPointF(16, 3), QPointF(16.5, 7.5), QPointF(12, 8) }));
        break;
    case IconName::SignOut:
        p->drawPolyline(QPolygonF({ QPointF(10, 4), QPointF(4, 4), QPointF(4, 20), QPointF(10, 20) }));
        p->drawLine(QPointF(9, 12), QPointF(20, 12));
        p->drawPolyline(QPolygonF({ QPointF(16, 8), QPointF(20, 12), QPointF(16, 16) }));
        break;
    case IconName::Sidebar:
        p->drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
        p->drawLine(QPointF(15, 4), QPointF(15, 20));
        break;
    case IconName::App: {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x1a, 0x73, 0xe8));
        p->drawRoundedRect(QRectF(1, 2, 17, 14), 4, 4);
        p->drawPolygon(QPolygonF({ QPointF(5, 15), QPointF(4, 20), QPointF(10, 15) }));
        p->setBrush(QColor(0xf0, 0xb4, 0x00));
        p->drawRoundedRect(QRectF(9, 9, 14, 11), 3.5, 3.5);
        p->setBrush(Qt::white);
        p->drawEllipse(QPointF(13, 14.5), 1.2, 1.2);
        p->drawEllipse(QPointF(16, 14.5), 1.2, 1.2);
        p->drawEllipse(QPointF(19, 14.5), 1.2, 1.2);
        break;
    }
    }
}

class VectorIconEngine : public QIconEngine
{
public:
    VectorIconEngine(IconName name, QColor color) : m_name(name), m_color(color) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor c = m_color.isValid() ? m_color : Theme::current().text;
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4f);
        paintIcon(painter, rect, m_name, c);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new VectorIconEngine(m_name, m_color); }

private:
    IconName m_name;
    QColor m_color;
};

} // namespace

void paintIcon(QPainter *painter, const QRectF &rect, IconName name, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    painter->translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter->scale(side / 24.0, side / 24.0);
    draw(painter, name, color);
    painter->restore();
}

QIcon icon(IconName name, const QColor &color)
{
    return QIcon(new VectorIconEngine(name, color));
}

} // namespace confab::ui
