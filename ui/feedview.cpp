#include "ui/feedview.h"

#include "models/messagefeedmodel.h"
#include "models/timeformat.h"
#include "ui/feeddelegate.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using Feed = confab::models::MessageFeedModel;

namespace confab::ui {

FeedView::FeedView(QWidget *parent) : QListView(parent), m_delegate(new FeedDelegate(this)), m_pill(new QPushButton(this))
{
    setObjectName(u"feed"_s);
    setAccessibleName(tr("Conversation messages"));
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(false);
    setResizeMode(Adjust);
    setWordWrap(true);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(NoEditTriggers);
    verticalScrollBar()->setSingleStep(24);

    m_pill->setObjectName(u"newMessagesPill"_s);
    m_pill->setAccessibleName(tr("Jump to new messages"));
    m_pill->setCursor(Qt::PointingHandCursor);
    m_pill->hide();
    connect(m_pill, &QPushButton::clicked, this, &FeedView::scrollToNewest);

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &FeedView::onRangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FeedView::onScrolled);
    connect(this, &FeedView::linkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

FeedView::~FeedView() = default;

void FeedView::setFeedModel(models::MessageFeedModel *model)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    setModel(model);
    if (!model)
        return;
    m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_delegate->clearSelection();
        m_restoreFromBottom = false;
    });
    m_connections << connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_newCount = 0;
        setStick(true);
        updatePill();
        QTimer::singleShot(0, this, [this] {
            scrollToBottom();
            maybeLoadOlder();
        });
    });
    m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                             [this](const QModelIndex &, int first, int) {
                                 if (first == 0 && m_model->rowCount() > 0 && !m_stick) {
                                     m_fromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
                                     m_restoreFromBottom = true;
                                 }
                             });
    m_connections << connect(model, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex &from, const QModelIndex &to) {
                                 for (int r = from.row(); r <= to.row(); ++r)
                                     m_delegate->invalidate(m_model->index(r, 0).data(Feed::IdRole).toString());
                                 scheduleDelayedItemsLayout(); // heights may have changed
                             });
    m_connections << connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_delegate->selectionIndex().isValid())
            return;
        m_delegate->clearSelection();
    });
    m_connections << connect(model, &Feed::messagesAppended, this, [this](int rows, bool mine) {
        if (mine || m_stick) {
            setStick(true);
            QTimer::singleShot(0, this, &QAbstractItemView::scrollToBottom);
            return;
        }
        m_newCount += rows;
        updatePill();
    });
    m_connections << connect(model, &Feed::olderLoaded, this, [this] { QTimer::singleShot(0, this, &FeedView::maybeLoadOlder); });
}

bool FeedView::revealMessage(const QString &messageId)
{
    if (!m_model || messageId.isEmpty())
        return false;
    int row = m_model->rowOf(messageId);
    while (row < 0) {
        const int before = m_model->rowCount();
        m_model->loadOlder(); // from the cache; a search hit is always there
        if (m_model->rowCount() == before)
            break;
        row = m_model->rowOf(messageId);
    }
    if (row < 0)
        return false;
    const QPersistentModelIndex target(m_model->index(row, 0));
    setStick(false);
    m_restoreFromBottom = false;
    // After the reset's own scroll to the bottom (queued when the conversation opened).
    QTimer::singleShot(0, this, [this, target] {
        if (!target.isValid())
            return;
        setCurrentIndex(target);
        scrollTo(target, QAbstractItemView::PositionAtCenter);
    });
    return true;
}

void FeedView::setStick(bool stick)
{
    if (m_stick == stick)
        return;
    m_stick = stick;
    Q_EMIT atBottomChanged(stick);
}

void FeedView::onRangeChanged(int, int max)
{
    if (m_restoreFromBottom) {
        m_restoreFromBottom = false;
        verticalScrollBar()->setValue(max - m_fromBottom);
        return;
    }
    if (m_stick)
        verticalScrollBar()->setValue(max);
}

void FeedView::onScrolled(int value)
{
    const int max = verticalScrollBar()->maximum();
    setStick(value >= max - 8);
    if (m_stick && m_newCount > 0) {
        m_newCount = 0;
        updatePill();
    }
    if (value < viewport()->height() / 2)
        QTimer::singleShot(0, this, &FeedView::maybeLoadOlder);
}

void FeedView::maybeLoadOlder()
{
    if (!m_model || m_model->rowCount() == 0 || !m_model->canLoadOlder() || m_model->isFetchingHistory())
        return;
    // Only when near the top, or when the feed does not fill the view yet.
    if (verticalScrollBar()->maximum() > 0 && verticalScrollBar()->value() > viewport()->height() / 2)
        return;
    if (verticalScrollBar()->maximum() > 0 && m_stick)
        return; // at the bottom of a full view: nothing to load
    if (!m_stick || verticalScrollBar()->maximum() == 0) {
        m_fromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
        m_restoreFromBottom = verticalScrollBar()->maximum() > 0;
        m_model->loadOlder();
    }
}

void FeedView::scrollToNewest()
{
    m_newCount = 0;
    setStick(true);
    updatePill();
    scrollToBottom();
}

void FeedView::updatePill()
{
    if (m_newCount <= 0) {
        m_pill->hide();
        return;
    }
    m_pill->setText(models::englishPlural(tr("%n new message(s) ↓", nullptr, m_newCount), m_newCount));
    m_pill->adjustSize();
    m_pill->move((width() - m_pill->width()) / 2, height() - m_pill->height() - 12);
    m_pill->show();
    m_pill->raise();
}

void FeedView::resizeEvent(QResizeEvent *event)
{
    const bool stick = m_stick;
    QListView::resizeEvent(event);
    updatePill();
    if (stick)
        QTimer::singleShot(0, this, &QAbstractItemView::scrollToBottom);
}

QString FeedView::selectedText() const
{
    const QString text = m_delegate->selectedText();
    if (!text.isEmpty())
        return text;
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(Feed::BodyRole).toString() : QString();
}

void FeedView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void FeedView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    m_pressPos = pos;
    m_pressIndex = index;
    m_selecting = false;
    m_selAnchor = -1;
    if (index.isValid() && event->button() == Qt::LeftButton) {
        const int hit = m_delegate->hitTest(visualRect(index), index, pos);
        if (hit >= 0) {
            m_selAnchor = hit;
            m_selecting = true;
        }
        m_delegate->clearSelection();
        viewport()->update();
    }
    QListView::mousePressEvent(event);
}

void FeedView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_selecting && (event->buttons() & Qt::LeftButton) && m_pressIndex.isValid()) {
        const QRect rect = visualRect(m_pressIndex);
        const int hit = m_delegate->hitTest(rect, m_pressIndex, pos);
        if (hit >= 0) {
            m_delegate->setSelection(m_pressIndex, m_selAnchor, hit);
            viewport()->update(rect);
        }
        return; // no rubber-band selection of rows while selecting text
    }
    const QModelIndex index = indexAt(pos);
    if (index.isValid()) {
        const QRect rect = visualRect(index);
        if (!m_delegate->anchorAt(rect, index, pos).isEmpty() || m_delegate->isOnRetry(rect, index, pos))
            viewport()->setCursor(Qt::PointingHandCursor);
        else if (m_delegate->hitTest(rect, index, pos) >= 0)
            viewport()->setCursor(Qt::IBeamCursor);
        else
            viewport()->unsetCursor();
    } else {
        viewport()->unsetCursor();
    }
    QListView::mouseMoveEvent(event);
}

void FeedView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool click = (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    const QModelIndex index = indexAt(pos);
    if (click && index.isValid() && index == m_pressIndex && event->button() == Qt::LeftButton) {
        const QRect rect = visualRect(index);
        const QString anchor = m_delegate->anchorAt(rect, index, pos);
        if (!anchor.isEmpty()) {
            Q_EMIT linkActivated(QUrl(anchor));
        } else if (m_delegate->isOnRetry(rect, index, pos) && m_model) {
            m_model->retry(index.row());
        }
    }
    m_selecting = false;
    QListView::mouseReleaseEvent(event);
}

void FeedView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Select the whole message text.
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && m_delegate->hitTest(visualRect(index), index, pos) >= 0) {
        m_delegate->setSelection(index, 0, int(index.data(Feed::BodyRole).toString().size()));
        viewport()->update();
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

void FeedView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->key() == Qt::Key_End) {
        scrollToNewest();
        return;
    }
    QListView::keyPressEvent(event);
}

void FeedView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !m_model)
        return;
    setCurrentIndex(index);
    const int row = index.row();
    const QRect rect = visualRect(index);
    const QString anchor = m_delegate->anchorAt(rect, index, event->pos());
    QMenu menu(this);
    menu.setAccessibleName(tr("Message actions"));
    QAction *copyAction = menu.addAction(m_delegate->selectedText().isEmpty() ? tr("&Copy Message Text") : tr("&Copy"));
    copyAction->setShortcut(QKeySequence::Copy);
    connect(copyAction, &QAction::triggered, this, &FeedView::copy);
    if (!anchor.isEmpty()) {
        connect(menu.addAction(tr("Copy &Link")), &QAction::triggered, this,
                [anchor] { QApplication::clipboard()->setText(anchor); });
        connect(menu.addAction(tr("&Open Link")), &QAction::triggered, this,
                [this, anchor] { Q_EMIT linkActivated(QUrl(anchor)); });
    }
    if (index.data(Feed::DeliveryRole).toInt() == 3 /* Failed */ && index.data(Feed::OutboxIdRole).toLongLong() != 0) {
        menu.addSeparator();
        connect(menu.addAction(tr("&Retry Sending")), &QAction::triggered, this, [this, row] { m_model->retry(row); });
        connect(menu.addAction(tr("&Discard")), &QAction::triggered, this, [this, row] { m_model->discard(row); });
    }
    if (m_model->canDelete(row)) {
        menu.addSeparator();
        QAction *del = menu.addAction(tr("&Delete Note…"));
        del->setShortcut(QKeySequence::Delete);
        connect(del, &QAction::triggered, this, [this, row] { confirmDeleteNote(row); });
    }
    menu.exec(event->globalPos());
}

void FeedView::confirmDeleteNote(int row)
{
    if (!m_model || !m_model->canDelete(row))
        return;
    const QString id = m_model->index(row, 0).data(Feed::IdRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete note"),
                                tr("Delete this internal note? It disappears for every teammate."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteNoteConfirmation"_s);
    QPushButton *yes = box->addButton(tr("Delete Note"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *button) {
        if (button != yes || !m_model)
            return;
        const int now = m_model->rowOf(id);
        if (now >= 0)
            m_model->deleteNote(now);
    });
    box->open();
}

void FeedView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_delegate->clearCaches();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}

} // namespace confab::ui
