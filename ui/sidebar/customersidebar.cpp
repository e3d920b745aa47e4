#include "ui/sidebar/customersidebar.h"

#include "models/contactadminlinks.h"
#include "models/contactattributesmodel.h"
#include "models/contactdetails.h"
#include "models/contactlists.h"
#include "ui/sidebar/sidebarstyle.h"
#include "ui/sidebar/sidebarwidgets.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;
using models::ContactAdminLinksModel;
using models::ContactAttributesModel;
using models::ContactConversationsModel;
using models::ContactEventsModel;
using sidebar::AttributeGrid;
using sidebar::CollapsibleSection;

namespace {
// Restores and remembers whether a section is folded.
void persistSection(CollapsibleSection *section, const QString &key, bool defaultExpanded)
{
    section->setObjectName(key);
    section->setExpanded(QSettings().value(u"sidebar/expanded/"_s + key, defaultExpanded).toBool());
    QObject::connect(section, &CollapsibleSection::expandedChanged, section,
                     [key](bool on) { QSettings().setValue(u"sidebar/expanded/"_s + key, on); });
}

QListView *makeList(QAbstractItemModel *model, QStyledItemDelegate *delegate, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setItemDelegate(delegate);
    delegate->setParent(view);
    view->setUniformItemSizes(true);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}
} // namespace

CustomerSidebar::CustomerSidebar(models::ContactDetails *details, QWidget *parent)
    : QWidget(parent), m_details(details), m_open([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setAccessibleName(tr("Customer"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(10, 10, 10, 10);
    m_empty = new QLabel(tr("Open a conversation to see who you are talking to."), page);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    sidebar::makeSecondary(m_empty);
    pageLayout->addWidget(m_empty);

    m_content = new QWidget(page);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());

    // Tags: chips that remove themselves, then a field that adds one.
    m_tagBox = new QWidget(m_content);
    m_tagFlow = new sidebar::FlowLayout(m_tagBox, 4);
    m_tagEdit = new QLineEdit(m_content);
    m_tagEdit->setObjectName(u"tagEdit"_s);
    m_tagEdit->setPlaceholderText(tr("Add a tag…"));
    m_tagEdit->setAccessibleName(tr("Add a tag"));
    m_tagEdit->setClearButtonEnabled(true);
    m_tagError = new QLabel(m_content);
    m_tagError->setObjectName(u"tagError"_s);
    m_tagError->setWordWrap(true);
    m_tagError->hide();
    {
        QPalette p = m_tagError->palette();
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_tagError->setPalette(p);
    }
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &CustomerSidebar::addTag);
    connect(m_tagEdit, &QLineEdit::textChanged, m_tagError, &QLabel::hide);
    auto *tagsBody = new QWidget(m_content);
    auto *tagsLayout = new QVBoxLayout(tagsBody);
    tagsLayout->setContentsMargins(4, 0, 4, 0);
    tagsLayout->addWidget(m_tagBox);
    tagsLayout->addWidget(m_tagEdit);
    tagsLayout->addWidget(m_tagError);
    auto *tagsSection = new CollapsibleSection(tr("Tags"), tagsBody, m_content);
    persistSection(tagsSection, u"tags"_s, true);
    layout->addWidget(tagsSection);

    // Admin links: one button each; one click opens the browser.
    m_linkBox = new QWidget(m_content);
    m_linkLayout = new QVBoxLayout(m_linkBox);
    m_linkLayout->setContentsMargins(4, 0, 4, 0);
    m_linkLayout->setSpacing(2);
    auto *linksBody = new QWidget(m_content);
    auto *linksLayout = new QVBoxLayout(linksBody);
    linksLayout->setContentsMargins(0, 0, 0, 0);
    linksLayout->addWidget(m_linkBox);
    auto *editLinks = new QPushButton(tr("Edit my links…"), linksBody);
    editLinks->setObjectName(u"editAdminLinks"_s);
    editLinks->setFlat(true);
    sidebar::makeSecondary(editLinks);
    connect(editLinks, &QPushButton::clicked, this, &CustomerSidebar::editAdminLinksRequested);
    linksLayout->addWidget(editLinks, 0, Qt::AlignLeft);
    m_linksSection = new CollapsibleSection(tr("Links"), linksBody, m_content);
    persistSection(m_linksSection, u"links"_s, true);
    layout->addWidget(m_linksSection);

    // Standard attributes.
    m_standard = new AttributeGrid(details->standardAttributes(), ContactAttributesModel::LabelRole,
                                   ContactAttributesModel::UrlRole, m_content);
    m_standard->setObjectName(u"standardAttributes"_s);
    auto *standardSection = new CollapsibleSection(tr("Details"), m_standard, m_content);
    persistSection(standardSection, u"details"_s, true);
    layout->addWidget(standardSection);

    // Custom attributes, with a filter once there are many.
    auto *customBody = new QWidget(m_content);
    auto *customLayout = new QVBoxLayout(customBody);
    customLayout->setContentsMargins(0, 0, 0, 0);
    m_customFilter = new QLineEdit(customBody);
    m_customFilter->setObjectName(u"attributeFilter"_s);
    m_customFilter->setPlaceholderText(tr("Filter attributes…"));
    m_customFilter->setAccessibleName(tr("Filter attributes"));
    m_customFilter->setClearButtonEnabled(true);
    connect(m_customFilter, &QLineEdit::textChanged, details->customAttributes(), &ContactAttributesModel::setFilter);
    customLayout->addWidget(m_customFilter);
    m_custom = new AttributeGrid(details->customAttributes(), ContactAttributesModel::LabelRole,
                                 ContactAttributesModel::UrlRole, customBody);
    m_custom->setObjectName(u"customAttributes"_s);
    customLayout->addWidget(m_custom);
    m_customSection = new CollapsibleSection(tr("Attributes"), customBody, m_content);
    persistSection(m_customSection, u"attributes"_s, true);
    layout->addWidget(m_customSection);

    // Events.
    auto *eventsBody = new QWidget(m_content);
    auto *eventsLayout = new QVBoxLayout(eventsBody);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    m_events = makeList(details->events(),
                        new sidebar::TwoLineDelegate(ContactEventsModel::WhenRole, ContactEventsModel::PropertiesRole, -1),
                        tr("Events"), eventsBody);
    m_events->setObjectName(u"events"_s);
    eventsLayout->addWidget(m_events);
    m_showMore = new QPushButton(tr("Show more"), eventsBody);
    m_showMore->setObjectName(u"showMoreEvents"_s);
    m_showMore->setFlat(true);
    connect(m_showMore, &QPushButton::clicked, this, [this] {
        const int before = m_details->events()->rowCount();
        m_details->events()->showMore();
        // Keep the keyboard where the new rows start.
        if (m_details->events()->rowCount() > before)
            m_events->setCurrentIndex(m_details->events()->index(before, 0));
    });
    eventsLayout->addWidget(m_showMore, 0, Qt::AlignLeft);
    m_eventsSection = new CollapsibleSection(tr("Events"), eventsBody, m_content);
    persistSection(m_eventsSection, u"events"_s, true);
    layout->addWidget(m_eventsSection);

    // Previous conversations.
    m_conversations = makeList(details->conversations(),
                               new sidebar::TwoLineDelegate(-1, ContactConversationsModel::DateTextRole,
                                                            ContactConversationsModel::StatusRole),
                               tr("Previous conversations"), m_content);
    m_conversations->setObjectName(u"previousConversations"_s);
    connect(m_conversations, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(index.data(ContactConversationsModel::IdRole).toString());
    });
    connect(m_conversations, &QListView::clicked, this, [this](const QModelIndex &index) {
        // activated already fires on click where the style says single-click activates.
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_conversations))
            Q_EMIT conversationRequested(index.data(ContactConversationsModel::IdRole).toString());
    });
    m_conversationsSection = new CollapsibleSection(tr("Previous conversations"), m_conversations, m_content);
    persistSection(m_conversationsSection, u"conversations"_s, true);
    layout->addWidget(m_conversationsSection);
    layout->addStretch(1);

    pageLayout->addWidget(m_content);
    pageLayout->addStretch(1);
    scroll->setWidget(page);

    connect(details, &models::ContactDetails::contactChanged, this, [this] {
        refreshHeader();
        refreshTags();
        m_customFilter->clear();
        m_tagError->hide();
    });
    connect(details, &models::ContactDetails::detailsChanged, this, [this] {
        refreshHeader();
        refreshTags();
    });
    connect(details, &models::ContactDetails::timesChanged, this, &CustomerSidebar::refreshHeader);
    QAbstractItemModel *links = details->adminLinks();
    connect(links, &QAbstractItemModel::modelReset, this, &CustomerSidebar::refreshLinks);
    connect(links, &QAbstractItemModel::dataChanged, this, &CustomerSidebar::refreshLinks);
    connect(links, &QAbstractItemModel::rowsInserted, this, &CustomerSidebar::refreshLinks);
    connect(links, &QAbstractItemModel::rowsRemoved, this, &CustomerSidebar::refreshLinks);
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
             details->events(), details->conversations(), details->customAttributes() }) {
        connect(m, &QAbstractItemModel::modelReset, this, &CustomerSidebar::refreshCounts);
        connect(m, &QAbstractItemModel::rowsInserted, this, &CustomerSidebar::refreshCounts);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &CustomerSidebar::refreshCounts);
    }
    refreshHeader();
    refreshTags();
    refreshLinks();
    refreshCounts();
}

CustomerSidebar::~CustomerSidebar() = default;

void CustomerSidebar::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_open = std::move(opener);
    m_standard->setUrlOpener(m_open);
    m_custom->setUrlOpener(m_open);
}

QWidget *CustomerSidebar::buildHeader()
{
    auto *header = new QWidget(m_content);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    m_avatar = new QLabel(header);
    m_avatar->setObjectName(u"avatar"_s);
    m_avatar->setFixedSize(44, 44);
    row->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    m_name = new QLabel(header);
    m_name->setObjectName(u"customerName"_s);
    QFont f = m_name->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() > 0 ? f.pointSizeF() * 1.2 : 12);
    m_name->setFont(f);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_email = new QLabel(header);
    m_email->setObjectName(u"customerEmail"_s);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_email->setFocusPolicy(Qt::TabFocus);
    m_company = new QLabel(header);
    m_company->setObjectName(u"customerCompany"_s);
    m_status = new QLabel(header);
    m_status->setObjectName(u"customerStatus"_s);
    m_status->setWordWrap(true);
    sidebar::makeSecondary(m_status);
    text->addWidget(m_name);
    text->addWidget(m_email);
    text->addWidget(m_company);
    text->addWidget(m_status);
    row->addLayout(text, 1);
    return header;
}

void CustomerSidebar::refreshHeader()
{
    const bool has = m_details->hasContact();
    m_empty->setVisible(!has);
    m_content->setVisible(has);
    if (!has)
        return;
    m_name->setText(m_details->name());
    m_email->setText(m_details->email());
    m_email->setVisible(!m_details->email().isEmpty());
    m_company->setText(m_details->company());
    m_company->setVisible(!m_details->company().isEmpty());
    QStringList status { m_details->presenceText() };
    if (const QString local = m_details->localTimeText(); !local.isEmpty())
        status.append(local);
    m_status->setText(status.join(u" · "_s));

    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(44, 44) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        sidebar::paintAvatar(&p, QRectF(0, 0, 44, 44), m_details->initials(), sidebar::avatarColor(m_details->contactId()));
        if (m_details->isOnline()) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(palette().color(QPalette::Window), 2));
            p.setBrush(sidebar::presenceColor(u"online"_s));
            p.drawEllipse(QRectF(31, 31, 12, 12));
        }
    }
    m_avatar->setPixmap(pm);
    m_avatar->setAccessibleName(tr("Avatar of %1").arg(m_details->name()));
    setAccessibleDescription(tr("%1, %2").arg(m_details->name(), m_status->text()));
}

namespace {
// Buttons are replaced while one of them may be delivering its own click: the old ones are
// hidden, marked and deleted later, never reparented or deleted under their feet.
template<typename T>
QList<T *> liveChildren(const QWidget *box)
{
    QList<T *> out;
    for (T *w : box->findChildren<T *>(Qt::FindDirectChildrenOnly)) {
        if (!w->property("stale").toBool())
            out.append(w);
    }
    return out;
}

void retire(QLayout *layout, QWidget *w)
{
    layout->removeWidget(w);
    w->setProperty("stale", true);
    w->hide();
    w->deleteLater();
}
} // namespace

QList<QToolButton *> CustomerSidebar::tagButtons() const
{
    return liveChildren<QToolButton>(m_tagBox);
}

QList<QPushButton *> CustomerSidebar::linkButtons() const
{
    return liveChildren<QPushButton>(m_linkBox);
}

void CustomerSidebar::refreshTags()
{
    const QStringList tags = m_details->tags();
    QStringList shown;
    for (QToolButton *b : tagButtons())
        shown.append(b->property("tag").toString());
    if (shown == tags)
        return;
    const bool hadFocus = m_tagBox->isAncestorOf(QApplication::focusWidget());
    for (QToolButton *b : tagButtons())
        retire(m_tagFlow, b);
    for (const QString &tag : tags) {
        auto *chip = new QToolButton(m_tagBox);
        chip->setText(tag + u"  ×"_s);
        chip->setProperty("tag", tag);
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Remove the tag \"%1\"").arg(tag));
        chip->setAccessibleName(tr("Tag %1").arg(tag));
        chip->setAccessibleDescription(tr("Press to remove it"));
        chip->setFocusPolicy(Qt::StrongFocus);
        connect(chip, &QToolButton::clicked, this, [this, tag] { m_details->removeTag(tag); });
        m_tagFlow->addWidget(chip);
    }
    m_tagBox->setVisible(!tags.isEmpty());
    m_tagBox->updateGeometry();
    if (hadFocus)
        m_tagEdit->setFocus();
}

void CustomerSidebar::addTag()
{
    const QString tag = m_tagEdit->text().trimmed();
    const QString problem = m_details->checkNewTag(tag);
    if (!problem.isEmpty()) {
        m_tagError->setText(problem);
        m_tagError->show();
        return;
    }
    m_details->addTag(tag);
    m_tagEdit->clear();
}

void CustomerSidebar::focusTagEdit()
{
    m_tagEdit->setFocus(Qt::ShortcutFocusReason);
}

void CustomerSidebar::refreshLinks()
{
    for (QPushButton *b : linkButtons())
        retire(m_linkLayout, b);
    const ContactAdminLinksModel *model = m_details->adminLinks();
    for (int i = 0; i < model->rowCount(); ++i) {
        const models::ExpandedAdminLink &link = model->linkAt(i);
        auto *button = new QPushButton(link.title, m_linkBox);
        button->setObjectName(u"adminLink%1"_s.arg(i));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(u"text-align: left; padding: 2px 4px;"_s);
        button->setAccessibleName(link.title);
        if (link.url.isValid()) {
            button->setToolTip(link.url.toDisplayString());
            button->setAccessibleDescription(tr("Opens %1 in the browser").arg(link.url.toDisplayString()));
            QPalette p = button->palette();
            p.setColor(QPalette::ButtonText, p.color(QPalette::Link));
            button->setPalette(p);
            const QUrl url = link.url;
            connect(button, &QPushButton::clicked, this, [this, url] { m_open(url); });
        } else {
            button->setEnabled(false);
            button->setToolTip(link.problem);
            button->setAccessibleDescription(link.problem);
            button->setText(tr("%1 (unavailable)").arg(link.title));
        }
        m_linkLayout->addWidget(button);
    }
    m_linksSection->setVisible(true);
    m_linksSection->setTitle(model->rowCount() ? tr("Links (%1)").arg(model->rowCount()) : tr("Links"));
}

void CustomerSidebar::fitListHeight(QListView *view)
{
    const int rows = view->model()->rowCount();
    const int h = rows * sidebar::TwoLineDelegate::rowHeight(view->font()) + 2 * view->frameWidth();
    view->setFixedHeight(std::max(h, 0));
    view->setVisible(rows > 0);
}

void CustomerSidebar::refreshCounts()
{
    fitListHeight(m_events);
    fitListHeight(m_conversations);
    const int events = m_details->events()->rowCount();
    m_showMore->setVisible(m_details->events()->canShowMore());
    m_eventsSection->setTitle(events ? tr("Events") : tr("Events (none)"));
    const int conversations = m_details->conversations()->rowCount();
    m_conversationsSection->setTitle(conversations ? tr("Previous conversations (%1)").arg(conversations)
                                                   : tr("Previous conversations (none)"));
    const int total = m_details->customAttributes()->totalCount();
    m_customFilter->setVisible(total > FilterThreshold || !m_customFilter->text().isEmpty());
    m_customSection->setTitle(total ? tr("Attributes (%1)").arg(total) : tr("Attributes (none)"));
}

} // namespace confab::ui
