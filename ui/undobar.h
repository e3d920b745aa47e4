#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace confab::cache {
class Cache;
}

namespace confab::ui {

// The undo-send bar at the bottom of the feed: "Reply sends in 4 s — Undo" while the newest
// reply or note is inside its undo window. Undo (the button, or Ctrl+Z through the window)
// takes it back; undoRequested carries its text for the composer.
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    UndoBar(cache::Cache &cache, QWidget *overlayOn);

    QPushButton *undoButton() const { return m_undo; }
    QString text() const;
    // Takes back the newest held send (of the conversation, or of any); false when none.
    bool undoLatest(const QString &conversationId = {});

Q_SIGNALS:
    void undone(const QString &conversationId, const QString &kind, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    cache::Cache &m_cache;
    QWidget *m_host;
    QLabel *m_label;
    QPushButton *m_undo;
    QTimer *m_tick;
    QString m_clientId;
};

} // namespace confab::ui
