#include "ui/connectionindicator.h"

#include "ui/theme.h"

#include <QBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace confab::ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(u"connectionIndicator"_s);
    m_label->setObjectName(u"connectionState"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("First sync"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setToolTip(tr("Click to reconnect now"));
    update();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

bool ConnectionIndicator::isProgressVisible() const
{
    return !m_progress->isHidden();
}

void ConnectionIndicator::setConnection(ConnectionState state, int waiting)
{
    m_state = state;
    m_waiting = waiting;
    update();
}

void ConnectionIndicator::setProgress(qint64 received, qint64 expected)
{
    m_progress->show();
    if (expected <= 0) {
        m_progress->setRange(0, 0); // busy
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(received * 1000 / expected, 0, 1000)));
    }
    m_progress->setToolTip(expected > 0 ? tr("Syncing: %1 of %2").arg(received).arg(expected)
                                        : tr("Syncing: %1 received").arg(received));
}

void ConnectionIndicator::finishProgress()
{
    m_progress->hide();
}

void ConnectionIndicator::update()
{
    const Theme &t = Theme::current();
    QColor color;
    QString text;
    switch (m_state) {
    case ConnectionState::Online:
        color = t.online;
        text = m_waiting > 0 ? tr("Online — sending %n", nullptr, m_waiting) : tr("Online");
        break;
    case ConnectionState::Connecting:
        color = t.connecting;
        text = m_waiting > 0 ? tr("Connecting… — %n waiting", nullptr, m_waiting) : tr("Connecting…");
        break;
    case ConnectionState::Offline:
        color = t.offline;
        text = m_waiting > 0 ? tr("Offline — %n waiting", nullptr, m_waiting) : tr("Offline");
        break;
    }
    m_dot->setText(u"●"_s);
    QPalette pal = m_dot->palette();
    pal.setColor(QPalette::WindowText, color);
    m_dot->setPalette(pal);
    m_label->setText(text);
    setAccessibleName(text);
}

void ConnectionIndicator::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_state != ConnectionState::Online)
        Q_EMIT reconnectRequested();
    if (event->button() == Qt::LeftButton && (m_state != ConnectionState::Online || m_waiting > 0))
        Q_EMIT outboxRequested(); // "Offline — N waiting": show what is waiting

    QWidget::mousePressEvent(event);
}

} // namespace confab::ui
