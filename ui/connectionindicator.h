#pragma once

#include "ui/sessioncontroller.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace confab::ui {

// Status bar part: "Online", "Connecting…" or "Offline — N waiting" with a coloured dot, and a
// progress bar while the first sync runs.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    ConnectionState state() const { return m_state; }
    QString text() const;
    bool isProgressVisible() const;

public Q_SLOTS:
    void setConnection(confab::ui::ConnectionState state, int waiting);
    void setProgress(qint64 received, qint64 expected);
    void finishProgress();

Q_SIGNALS:
    void reconnectRequested();
    // Clicked while offline or with actions waiting: the window shows the outbox.
    void outboxRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void update();
    QLabel *m_dot;
    QLabel *m_label;
    QProgressBar *m_progress;
    ConnectionState m_state = ConnectionState::Connecting;
    int m_waiting = 0;
};

} // namespace confab::ui
