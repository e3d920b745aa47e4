#pragma once

#include <QListView>
#include <QPointer>

class QPushButton;

#include "models/messagefeedmodel.h"

namespace confab::ui {

class FeedDelegate;

// The feed of one conversation. Opens at the newest message and stays at the bottom as new
// ones arrive unless the user scrolled up (then a "N new" pill counts them); loads older
// history when scrolled near the top, keeping what is on screen in place. Text inside a
// message can be selected with the mouse and copied; links open on click; the context menu
// copies, retries a failed message or deletes a note (after a confirmation).
class FeedView : public QListView
{
    Q_OBJECT
public:
    explicit FeedView(QWidget *parent = nullptr);
    ~FeedView() override;

    void setFeedModel(models::MessageFeedModel *model);
    models::MessageFeedModel *feedModel() const { return m_model; }
    FeedDelegate *feedDelegate() const { return m_delegate; }

    bool isAtBottom() const { return m_stick; }
    int newMessageCount() const { return m_newCount; }
    QString selectedText() const;

public Q_SLOTS:
    void scrollToNewest();
    void copy();
    // Asks for confirmation, then deletes the note in `row`.
    void confirmDeleteNote(int row);
    // Loads older pages from the cache until `messageId` is in the feed, then scrolls it to
    // the middle and selects it (a search hit). False when the open conversation lacks it.
    bool revealMessage(const QString &messageId);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void atBottomChanged(bool atBottom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onRangeChanged(int min, int max);
    void onScrolled(int value);
    void maybeLoadOlder();
    void updatePill();
    void setStick(bool stick);

    QPointer<models::MessageFeedModel> m_model;
    FeedDelegate *m_delegate;
    QPushButton *m_pill;
    bool m_stick = true;
    bool m_restoreFromBottom = false;
    int m_fromBottom = 0;
    int m_newCount = 0;
    bool m_selecting = false;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
    int m_selAnchor = -1;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace confab::ui
