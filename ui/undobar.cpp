#include "ui/undobar.h"

#include "cache/cache.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace confab::ui {

UndoBar::UndoBar(cache::Cache &cache, QWidget *overlayOn)
    : QFrame(overlayOn), m_cache(cache), m_host(overlayOn), m_label(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this)), m_tick(new QTimer(this))
{
    setObjectName(u"undoBar"_s);
    setAccessibleName(tr("Undo send"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(u"#undoBar { background: #2d3436; border-radius: 6px; } #undoBar QLabel { color: white; }"_s);
    m_undo->setObjectName(u"undoSendButton"_s);
    m_undo->setToolTip(tr("Take the message back (Ctrl+Z)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &UndoBar::refresh);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (!m_clientId.isEmpty()) {
            const QString id = m_clientId;
            if (const auto held = m_cache.undoSend(id))
                Q_EMIT undone(held->conversationId, held->kind, held->body);
        }
    });
    connect(&m_cache, &cache::Cache::sendHeld, this, &UndoBar::refresh);
    connect(&m_cache, &cache::Cache::sendHoldEnded, this, &UndoBar::refresh);
    m_host->installEventFilter(this);
    hide();
}

QString UndoBar::text() const
{
    return m_label->text();
}

bool UndoBar::undoLatest(const QString &conversationId)
{
    const auto latest = m_cache.lastHeldSend(conversationId);
    if (!latest)
        return false;
    const auto held = m_cache.undoSend(latest->clientId);
    if (!held)
        return false;
    Q_EMIT undone(held->conversationId, held->kind, held->body);
    return true;
}

void UndoBar::refresh()
{
    const auto latest = m_cache.lastHeldSend();
    if (!latest) {
        m_clientId.clear();
        m_tick->stop();
        hide();
        return;
    }
    m_clientId = latest->clientId;
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(latest->deadline));
    const int seconds = int(std::ceil(ms / 1000.0));
    const int others = int(m_cache.heldSends().size()) - 1;
    QString text = latest->kind == "note"_L1 ? tr("Note is posted in %1 s").arg(seconds)
                                              : tr("Reply is sent in %1 s").arg(seconds);
    if (others > 0)
        text += u' ' + tr("(%1 more held)").arg(others);
    m_label->setText(text);
    if (!m_tick->isActive())
        m_tick->start();
    place();
    show();
    raise();
}

void UndoBar::place()
{
    adjustSize();
    const int w = qMin(m_host->width() - 24, qMax(sizeHint().width(), 320));
    const int h = sizeHint().height();
    setGeometry((m_host->width() - w) / 2, m_host->height() - h - 12, w, h);
}

bool UndoBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace confab::ui
