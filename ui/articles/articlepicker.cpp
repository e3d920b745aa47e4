#include "ui/articles/articlepicker.h"

#include "models/articlemodel.h"
#include "ui/sidebar/sidebarstyle.h"
#include "ui/sidebar/sidebarwidgets.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScreen>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;
using models::ArticleSearchModel;

ArticlePicker::ArticlePicker(ArticleSearchModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_model(model)
{
    setObjectName(u"articlePicker"_s);
    setAccessibleName(tr("Insert a help article"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"articleSearch"_s);
    m_search->setPlaceholderText(tr("Search help articles…"));
    m_search->setAccessibleName(tr("Search help articles"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_list = new QListView(this);
    m_list->setObjectName(u"articleList"_s);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(model);
    m_list->setItemDelegate(new sidebar::TwoLineDelegate(-1, ArticleSearchModel::ExcerptRole, -1, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // keys stay in the search field
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::clicked, this, [this] { accept(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"articleEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    sidebar::makeSecondary(m_empty);
    layout->addWidget(m_empty);

    m_hint = new QLabel(tr("Enter: title and link · Shift+Enter: full text · Ctrl+O: read · Esc: close"), this);
    m_hint->setWordWrap(true);
    sidebar::makeSecondary(m_hint);
    layout->addWidget(m_hint);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateEmpty();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateEmpty();
    });
    resize(460, 360);
}

ArticlePicker::~ArticlePicker() = default;

QString ArticlePicker::currentArticleId() const
{
    const QModelIndex idx = m_list->currentIndex();
    return idx.isValid() ? idx.data(ArticleSearchModel::IdRole).toString() : QString();
}

void ArticlePicker::popupFor(QPlainTextEdit *editor)
{
    m_editor = editor;
    QPoint pos;
    if (editor) {
        const QRect cursor = editor->cursorRect();
        pos = editor->viewport()->mapToGlobal(cursor.bottomLeft() + QPoint(0, 4));
        // Above the cursor when there is no room below (the composer sits at the bottom).
        if (const QScreen *screen = editor->screen()) {
            const QRect avail = screen->availableGeometry();
            if (pos.y() + height() > avail.bottom())
                pos = editor->viewport()->mapToGlobal(cursor.topLeft()) - QPoint(0, height() + 4);
            pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - width())));
            pos.setY(std::max(pos.y(), avail.top()));
        }
    }
    popupAt(pos);
}

void ArticlePicker::popupAt(const QPoint &globalPos)
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_model->setQuery({});
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateEmpty();
    move(globalPos);
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ArticlePicker::updateEmpty()
{
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    if (none)
        m_empty->setText(m_search->text().trimmed().isEmpty() ? tr("No help articles are synced yet.")
                                                             : tr("No article matches \"%1\".").arg(m_search->text().trimmed()));
}

void ArticlePicker::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(next, 0));
    m_list->scrollTo(m_model->index(next, 0));
}

void ArticlePicker::accept(bool fullText)
{
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        return;
    const protocol::Article &article = m_model->articleAt(idx.row());
    const QString text = fullText ? ArticleSearchModel::fullText(article) : ArticleSearchModel::linkText(article);
    QPointer<QPlainTextEdit> editor = m_editor;
    hide();
    if (editor) {
        editor->insertPlainText(text);
        editor->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT insertRequested(text);
}

bool ArticlePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept(key->modifiers() & Qt::ShiftModifier);
            return true;
        case Qt::Key_Escape:
            hide();
            if (m_editor)
                m_editor->setFocus(Qt::OtherFocusReason);
            return true;
        case Qt::Key_O:
            if (key->modifiers() & Qt::ControlModifier) {
                const QString id = currentArticleId();
                hide();
                if (!id.isEmpty())
                    Q_EMIT readRequested(id);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ArticlePicker::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    Q_EMIT closed();
}

} // namespace confab::ui
