#include "models/contactdetails.h"

#include "cache/cache.h"
#include "cache/changeset.h"
#include "models/contactadminlinks.h"
#include "models/contactattributesmodel.h"
#include "models/contactlists.h"
#include "protocol/limits.h"

#include <QJsonArray>
#include <QTimer>

namespace confab::models {

using namespace Qt::StringLiterals;

ContactDetails::ContactDetails(cache::Cache &cache, QObject *parent)
    : QObject(parent),
      m_cache(cache),
      m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_standard(new ContactAttributesModel(this)),
      m_custom(new ContactAttributesModel(this)),
      m_events(new ContactEventsModel(cache.reader(), this)),
      m_conversations(new ContactConversationsModel(cache.reader(), this)),
      m_links(new ContactAdminLinksModel(this)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ContactDetails::tick);
    m_timer->start();
    if (cache.reader().isOpen()) {
        if (const auto ws = cache.reader().workspace())
            m_links->setWorkspaceLinks(ws->adminLinks);
    }
}

ContactDetails::~ContactDetails() = default;

void ContactDetails::setConversationId(const QString &conversationId)
{
    m_conversationId = conversationId;
    QString contactId;
    if (!conversationId.isEmpty() && m_cache.reader().isOpen()) {
        if (const auto c = m_cache.reader().conversation(conversationId))
            contactId = c->contactId;
    }
    if (contactId == m_contactId) {
        m_conversations->setContactId(m_contactId, m_conversationId);
        return;
    }
    m_contactId = contactId;
    readContact();
    m_events->setContactId(m_contactId);
    m_conversations->setContactId(m_contactId, m_conversationId);
    Q_EMIT contactChanged();
}

void ContactDetails::setContactId(const QString &contactId)
{
    m_conversationId.clear();
    if (contactId == m_contactId) {
        m_conversations->setContactId(m_contactId); // no conversation left out any more
        return;
    }
    m_contactId = contactId;
    readContact();
    m_events->setContactId(m_contactId);
    m_conversations->setContactId(m_contactId);
    Q_EMIT contactChanged();
}

void ContactDetails::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_events->setClock(m_now);
    tick();
}

void ContactDetails::setOptions(const AttributeFormatOptions &options)
{
    m_options = options;
    updateFormatted();
}

AttributeFormatOptions ContactDetails::options() const
{
    AttributeFormatOptions o = m_options;
    o.now = m_now();
    return o;
}

void ContactDetails::readContact()
{
    m_contact.reset();
    if (!m_contactId.isEmpty() && m_cache.reader().isOpen())
        m_contact = m_cache.reader().contact(m_contactId);
    updateFormatted();
}

void ContactDetails::updateFormatted()
{
    const AttributeFormatOptions o = options();
    if (m_contact) {
        m_contactZone = AttributeFormat::timeZoneOf(m_contact->attributes, o.now);
        m_standard->setRows(AttributeFormat::standardAttributes(*m_contact, o));
        m_custom->setRows(AttributeFormat::customAttributes(*m_contact, o));
    } else {
        m_contactZone = QTimeZone();
        m_standard->setRows({});
        m_custom->setRows({});
    }
    m_links->setContact(m_contact);
}

void ContactDetails::reload()
{
    if (m_cache.reader().isOpen()) {
        const auto ws = m_cache.reader().workspace();
        m_links->setWorkspaceLinks(ws ? ws->adminLinks : QList<protocol::AdminLink>());
    }
    // The conversation may have moved to another contact (or left the cache).
    if (!m_conversationId.isEmpty()) {
        const QString conversation = m_conversationId;
        m_conversationId.clear();
        const QString before = m_contactId;
        setConversationId(conversation);
        if (before != m_contactId)
            return;
    }
    readContact();
    m_events->reload();
    m_conversations->reload();
    Q_EMIT detailsChanged();
}

void ContactDetails::applyChanges(const cache::ChangeSet &changes)
{
    if (changes.reset) {
        reload();
        return;
    }
    if (changes.workspace && m_cache.reader().isOpen()) {
        const auto ws = m_cache.reader().workspace();
        m_links->setWorkspaceLinks(ws ? ws->adminLinks : QList<protocol::AdminLink>());
    }
    // A conversation started offline got its server id: follow it.
    if (!m_conversationId.isEmpty() && changes.replacedIds.contains(m_conversationId))
        m_conversationId = changes.replacedIds.value(m_conversationId);
    m_events->applyChanges(changes);
    m_conversations->applyChanges(changes);
    if (!m_contactId.isEmpty() && changes.contacts.contains(m_contactId)) {
        const std::optional<protocol::Contact> before = m_contact;
        readContact();
        if (before != m_contact)
            Q_EMIT detailsChanged();
    }
}

void ContactDetails::tick()
{
    updateFormatted();
    m_events->refreshTimes();
    Q_EMIT timesChanged();
}

void ContactDetails::setLocalAdminLinks(const QList<protocol::AdminLink> &links)
{
    m_links->setLocalLinks(links);
}

QString ContactDetails::name() const
{
    return m_contact ? AttributeFormat::displayName(*m_contact) : QString();
}

QString ContactDetails::email() const
{
    return m_contact ? m_contact->email : QString();
}

QString ContactDetails::initials() const
{
    return m_contact ? AttributeFormat::initials(m_contact->name, m_contact->email) : QString();
}

QString ContactDetails::company() const
{
    if (!m_contact)
        return {};
    for (QLatin1StringView key : { "company"_L1, "company_name"_L1, "organization"_L1 }) {
        const QJsonValue v = m_contact->attributes.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

QString ContactDetails::externalId() const
{
    return m_contact ? m_contact->externalId : QString();
}

QString ContactDetails::presenceText() const
{
    return m_contact ? AttributeFormat::presence(m_contact->lastSeenAt, m_now()) : QString();
}

bool ContactDetails::isOnline() const
{
    bool online = false;
    if (m_contact)
        AttributeFormat::presence(m_contact->lastSeenAt, m_now(), &online);
    return online;
}

QString ContactDetails::localTimeText() const
{
    return m_contact ? AttributeFormat::localTime(m_contactZone, m_now(), m_options.locale) : QString();
}

QStringList ContactDetails::tags() const
{
    return m_contact ? m_contact->tags : QStringList();
}

QString ContactDetails::checkNewTag(const QString &tag) const
{
    const QString t = tag.trimmed();
    if (!m_contact)
        return tr("No customer is shown.");
    if (t.isEmpty())
        return tr("Type a tag first.");
    if (t.size() > protocol::limits::MaxTagChars)
        return tr("A tag can be at most %1 characters long.").arg(protocol::limits::MaxTagChars);
    if (m_contact->tags.contains(t, Qt::CaseInsensitive))
        return tr("The customer already has the tag \"%1\".").arg(t);
    if (m_contact->tags.size() >= protocol::limits::MaxTags)
        return tr("A customer can have at most %1 tags.").arg(protocol::limits::MaxTags);
    return {};
}

QString ContactDetails::setTags(const QStringList &tags)
{
    const QString id = m_cache.updateContact(m_contactId, QJsonObject { { u"tags"_s, QJsonArray::fromStringList(tags) } });
    // The optimistic effect arrives as a change set; show it at once for the next edit too.
    if (m_contact)
        m_contact->tags = tags;
    Q_EMIT detailsChanged();
    return id;
}

QString ContactDetails::addTag(const QString &tag)
{
    if (!checkNewTag(tag).isEmpty())
        return {};
    QStringList tags = m_contact->tags;
    tags.append(tag.trimmed());
    return setTags(tags);
}

QString ContactDetails::removeTag(const QString &tag)
{
    if (!m_contact || !m_contact->tags.contains(tag))
        return {};
    QStringList tags = m_contact->tags;
    tags.removeAll(tag);
    return setTags(tags);
}

} // namespace confab::models
