#include "ui/outboxpanel.h"

#include "models/outboxmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;
using Outbox = confab::models::OutboxModel;

namespace confab::ui {

namespace {

// Two lines per action: what and where (bold) / age and reason; problems in the error colour.
class OutboxDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const QRect r = option.rect.adjusted(8, 4, -8, -4);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        p->save();
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fmBold(bold);
        const QString top = index.data(Outbox::ActionRole).toString();
        p->drawText(QRect(r.left(), r.top(), r.width(), fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fmBold.elidedText(top, Qt::ElideRight, r.width()));
        p->setFont(option.font);
        const QFontMetrics fm(option.font);
        const int y2 = r.top() + fmBold.height() + 2;
        const QString where = index.data(Outbox::ConversationTitleRole).toString() + u" · "_s
            + index.data(Outbox::AgeRole).toString();
        p->drawText(QRect(r.left(), y2, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(where, Qt::ElideRight, r.width()));
        const bool problem = index.data(Outbox::IsProblemRole).toBool();
        const QString state = index.data(Outbox::StateRole).toString();
        QColor reasonColor = pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        if (!selected && problem)
            reasonColor = QColor(0xc0, 0x39, 0x2b);
        else if (!selected && state == "held"_L1)
            reasonColor = QColor(0xb9, 0x77, 0x0e);
        p->setPen(reasonColor);
        const int y3 = y2 + fm.height() + 2;
        p->drawText(QRect(r.left(), y3, r.width(), fm.height() * 2 + 2), Qt::AlignLeft | Qt::TextWordWrap,
                    index.data(Outbox::ReasonRole).toString());
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int h = QFontMetrics(bold).height() + QFontMetrics(option.font).height() * 3 + 16;
        return { 320, h };
    }
};

} // namespace

OutboxPanel::OutboxPanel(models::OutboxModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_list(new QListView(this)), m_empty(new QLabel(this)),
      m_reason(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_edit(new QPushButton(tr("&Edit"), this)), m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"outboxPanel"_s);
    setAccessibleName(tr("Outbox"));
    m_list->setObjectName(u"outboxList"_s);
    m_list->setAccessibleName(tr("Actions not yet on the server"));
    m_list->setModel(model);
    m_list->setItemDelegate(new OutboxDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setText(tr("Everything you did is on the server."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_reason->setObjectName(u"outboxReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setAccessibleName(tr("Why this action is waiting"));
    m_retry->setObjectName(u"outboxRetry"_s);
    m_edit->setObjectName(u"outboxEdit"_s);
    m_discard->setObjectName(u"outboxDiscard"_s);
    m_edit->setToolTip(tr("Put the unsent text back into the composer"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retry);
    connect(m_edit, &QPushButton::clicked, this, &OutboxPanel::edit);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discard);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxPanel::updateButtons);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) {
        const QString id = i.data(Outbox::ConversationIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openConversationRequested(id);
    });
    for (auto sig : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, sig, this, [this] {
            updateEmpty();
            updateButtons();
        });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmpty();
        updateButtons();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateButtons);
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    updateEmpty();
    updateButtons();
}

void OutboxPanel::setConfirm(std::function<bool(const QString &, const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void OutboxPanel::selectEntry(qint64 outboxId)
{
    const int row = m_model->rowOf(outboxId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void OutboxPanel::updateEmpty()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void OutboxPanel::updateButtons()
{
    const QModelIndex i = m_list->currentIndex();
    const QString state = i.data(Outbox::StateRole).toString();
    m_retry->setEnabled(i.isValid() && i.data(Outbox::CanRetryRole).toBool());
    m_edit->setEnabled(i.isValid() && i.data(Outbox::CanEditRole).toBool());
    m_discard->setEnabled(i.isValid() && i.data(Outbox::CanDiscardRole).toBool());
    m_retry->setText(state == "conflict"_L1 ? tr("&Apply Mine") : state == "held"_L1 ? tr("&Send") : tr("&Retry"));
    m_discard->setText(state == "conflict"_L1 ? tr("&Keep Theirs…") : tr("&Discard…"));
    m_reason->setText(i.isValid() ? i.data(Outbox::ReasonRole).toString() : QString());
    m_reason->setVisible(i.isValid());
}

void OutboxPanel::retry()
{
    const QModelIndex i = m_list->currentIndex();
    if (i.isValid())
        m_model->retry(i.row());
}

void OutboxPanel::edit()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    if (const auto e = m_model->takeForEdit(i.row()))
        Q_EMIT editRequested(e->conversationId, e->kind, e->text);
}

void OutboxPanel::discard()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid() || !i.data(Outbox::CanDiscardRole).toBool())
        return;
    const bool conflict = i.data(Outbox::StateRole).toString() == "conflict"_L1;
    const QString what = i.data(Outbox::ActionRole).toString();
    const QString title = conflict ? tr("Keep their change?") : tr("Discard this action?");
    const QString text = conflict
        ? tr("“%1” will not be applied; the conversation stays as your teammate left it.").arg(what)
        : tr("“%1” will never be sent, and its text is not kept. Use Edit to keep the text.").arg(what);
    if (m_confirm && !m_confirm(title, text))
        return;
    m_model->discard(i.row());
}

} // namespace confab::ui
