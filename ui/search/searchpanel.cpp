#include "ui/search/searchpanel.h"

#include "models/agentdirectory.h"
#include "models/contactlists.h"
#include "models/searchmodel.h"
#include "models/timeformat.h"
#include "ui/sidebar/sidebarstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QTextLayout>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;
using models::SearchModel;

// ---------------------------------------------------------------- delegate

int SearchResultDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    return 3 * fm.height() + 14;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), rowHeight(option.font));
}

void SearchResultDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : sidebar::mutedText(pal);
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(8, 5, -8, -5);
    p->save();

    // Line 1: contact · subject, status, time.
    const QString when = models::relativeTime(index.data(SearchModel::AtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const int whenWidth = fm.horizontalAdvance(when) + 8;
    int x = r.left();
    const QString status = index.data(SearchModel::StatusRole).toString();
    if (!status.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
        p->setFont(small);
        const QColor c = sidebar::statusColor(status);
        x += int(sidebar::paintPill(p, QRectF(x, r.top(), 0, fm.height()), models::ContactConversationsModel::statusText(status),
                                    selected ? pal.color(QPalette::HighlightedText) : c.lighter(185),
                                    selected ? pal.color(QPalette::Highlight) : c.darker(130)))
            + 6;
    }
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    const QString contact = index.data(SearchModel::ContactNameRole).toString();
    const QString subject = index.data(SearchModel::SubjectRole).toString();
    const QRect top(x, r.top(), r.right() - x - whenWidth, fm.height());
    const QFontMetrics bfm(bold);
    const QString name = bfm.elidedText(contact, Qt::ElideRight, top.width());
    p->setPen(text);
    p->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, name);
    const int nameWidth = bfm.horizontalAdvance(name);
    p->setFont(option.font);
    p->setPen(muted);
    if (!subject.isEmpty() && nameWidth + 20 < top.width()) {
        const QRect subjectRect(top.left() + nameWidth + 8, top.top(), top.width() - nameWidth - 8, top.height());
        p->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(subject, Qt::ElideRight, subjectRect.width()));
    }
    p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, when);

    // Lines 2-3: the snippet, matches highlighted.
    const QString marked = index.data(SearchModel::SnippetRole).toString();
    const QString plain = SearchModel::plainSnippet(marked);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : SearchModel::matchRanges(marked)) {
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = length;
        f.format.setFontWeight(QFont::Bold);
        if (!selected)
            f.format.setBackground(sidebar::highlightBackground(pal));
        formats.append(f);
    }
    QTextLayout layout(plain, option.font);
    QTextOption to;
    to.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(to);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < 2; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(r.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    p->setPen(text);
    p->setClipRect(QRect(r.left(), r.top() + fm.height() + 3, r.width(), 2 * fm.height() + 2));
    layout.draw(p, QPointF(r.left(), r.top() + fm.height() + 3));
    p->restore();
}

// ---------------------------------------------------------------- panel

SearchPanel::SearchPanel(SearchModel *model, const models::AgentDirectory *agents, QWidget *parent)
    : QWidget(parent), m_model(model), m_agents(agents)
{
    setAccessibleName(tr("Search"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search messages, subjects and customers…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open"), u"open"_s);
    m_status->addItem(tr("Snoozed"), u"snoozed"_s);
    m_status->addItem(tr("Resolved"), u"resolved"_s);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"assigneeFilter"_s);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channelFilter"_s);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("Chat and email"), QString());
    m_channel->addItem(tr("Chat"), u"chat"_s);
    m_channel->addItem(tr("Email"), u"email"_s);
    m_date = new QComboBox(this);
    m_date->setObjectName(u"dateFilter"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->addItem(tr("Any time"), 0);
    m_date->addItem(tr("Today"), 1);
    m_date->addItem(tr("Last 7 days"), 7);
    m_date->addItem(tr("Last 30 days"), 30);
    m_date->addItem(tr("Last 12 months"), 365);
    m_ranked = new QCheckBox(tr("&Best match first"), this);
    m_ranked->setObjectName(u"bestMatch"_s);
    for (QWidget *w : std::initializer_list<QWidget *> { m_status, m_assignee, m_channel, m_date })
        filters->addWidget(w);
    filters->addWidget(m_ranked);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_results = new QListView(this);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Results"));
    m_results->setModel(model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);
    layout->addWidget(m_results, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"searchSummary"_s);
    sidebar::makeSecondary(m_summary);
    layout->addWidget(m_summary);

    refreshAssignees();
    connect(m_search, &QLineEdit::textChanged, m_model, &SearchModel::setQuery);
    for (QComboBox *box : { m_status, m_assignee, m_channel, m_date })
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::applyFilters);
    connect(m_ranked, &QCheckBox::toggled, m_model, &SearchModel::setRanked);
    connect(m_model, &SearchModel::searched, this, [this] {
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        updateSummary();
    });
    connect(m_results, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_results, &QListView::clicked, this, [this] {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_results))
            openCurrent();
    });
    if (m_agents)
        connect(m_agents, &models::AgentDirectory::changed, this, &SearchPanel::refreshAssignees);
    updateSummary();
}

void SearchPanel::refreshAssignees()
{
    const QString current = m_assignee->currentData().toString();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    if (m_agents) {
        if (!m_agents->me().isEmpty())
            m_assignee->addItem(tr("Me"), m_agents->me());
        for (const protocol::Agent &a : m_agents->agents()) {
            if (!m_agents->isMe(a.id))
                m_assignee->addItem(a.name, a.id);
        }
    }
    const int i = m_assignee->findData(current);
    m_assignee->setCurrentIndex(i < 0 ? 0 : i);
}

void SearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SearchPanel::applyFilters()
{
    cache::SearchFilters f;
    f.status = m_status->currentData().toString();
    f.assigneeId = m_assignee->currentData().toString();
    f.channel = m_channel->currentData().toString();
    const int days = m_date->currentData().toInt();
    if (days == 1)
        f.from = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC(); // since local midnight
    else if (days > 1)
        f.from = QDateTime::currentDateTimeUtc().addDays(-days);
    m_model->setFilters(f);
}

void SearchPanel::openCurrent()
{
    const QModelIndex idx = m_results->currentIndex();
    if (!idx.isValid())
        return;
    Q_EMIT conversationRequested(idx.data(SearchModel::ConversationIdRole).toString(),
                                 idx.data(SearchModel::MessageIdRole).toString());
}

void SearchPanel::updateSummary()
{
    if (m_model->query().trimmed().isEmpty()) {
        m_summary->setText(tr("Searches everything on this computer, also offline."));
        return;
    }
    const int n = m_model->rowCount();
    m_summary->setText(n == 0   ? tr("No conversation matches.")
                       : n == 1 ? tr("1 conversation")
                                : tr("%n conversations", nullptr, int(n)));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return true;
    }
    if (watched == m_search) {
        const int rows = m_model->rowCount();
        const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows)
                m_results->setCurrentIndex(m_model->index(std::min(current + 1, rows - 1), 0));
            return true;
        case Qt::Key_Up:
            if (rows)
                m_results->setCurrentIndex(m_model->index(std::max(current - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------- dialog

SearchDialog::SearchDialog(SearchModel *model, const models::AgentDirectory *agents, QWidget *parent)
    : QDialog(parent), m_panel(new SearchPanel(model, agents, this))
{
    setWindowTitle(tr("Search"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &SearchPanel::closeRequested, this, &QDialog::hide);
    resize(640, 560);
}

void SearchDialog::showAndFocus()
{
    show();
    raise();
    activateWindow();
    m_panel->focusSearch();
}

} // namespace confab::ui
