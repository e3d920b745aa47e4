#pragma once

#include <QCache>
#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace confab::ui {

// Paints the unified feed: customer messages left in a blue bubble, agent replies right,
// internal notes full width on yellow with a "Note" badge and the author, system events as
// small grey centred lines, email subjects, day separators and the delivery state of my own
// messages. Size hints are cached per message (and view width) and documents per visible
// message, so a long conversation scrolls at the cost of its visible rows.
class FeedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FeedDelegate(QAbstractItemView *view);
    ~FeedDelegate() override;

    struct Geometry
    {
        QRect day;     // day separator band (empty unless a new day starts)
        QRect header;  // author and time above a bubble (empty when grouped)
        QRect box;     // bubble / note box
        QRect subject; // email subject line inside the box
        QRect text;    // the body
        QRect status;  // delivery failure line under the box
        QRect retry;   // the clickable "Retry" in the status line
        QRect tick;    // the small delivered/pending mark of my own messages
        bool system = false;
        bool note = false;
        bool right = false;
        int height = 0;
    };

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Layout of one row whose rectangle is `row`.
    Geometry geometry(const QRect &row, const QModelIndex &index) const;
    QTextDocument *document(const QModelIndex &index, int width) const;
    // Character position of the body under `pos` (row coordinates as painted), or -1.
    int hitTest(const QRect &row, const QModelIndex &index, const QPoint &pos) const;
    QString anchorAt(const QRect &row, const QModelIndex &index, const QPoint &pos) const;
    bool isOnRetry(const QRect &row, const QModelIndex &index, const QPoint &pos) const;

    // Text selection inside one message.
    void setSelection(const QModelIndex &index, int anchor, int position);
    void clearSelection();
    QString selectedText() const;
    QPersistentModelIndex selectionIndex() const { return m_selIndex; }

    void invalidate(const QString &messageId);
    void clearCaches();
    int cachedSizeHintCount() const { return int(m_sizes.size()); }

private:
    QFont smallFont() const;
    int viewWidth() const;
    QString key(const QModelIndex &index, int width) const;

    QAbstractItemView *m_view;
    mutable QHash<QString, int> m_sizes; // message id -> height at m_sizesWidth
    mutable int m_sizesWidth = -1;
    mutable QCache<QString, QTextDocument> m_docs;
    QPersistentModelIndex m_selIndex;
    int m_selAnchor = -1;
    int m_selPosition = -1;
};

} // namespace confab::ui
