#pragma once

#include "models/attributeformat.h"
#include "protocol/entities.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace confab::cache {
class Cache;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

class ContactAttributesModel;
class ContactEventsModel;
class ContactConversationsModel;
class ContactAdminLinksModel;

// Everything the customer sidebar shows about one contact, read from the cache and kept
// current from Cache::changed: the header (name, email, initials, company, online / last
// seen, local time), standard and custom attributes, tags, events, previous conversations and
// admin links. Tag edits are cache commands (an update_contact outbox entry plus its optimistic
// effect), shipped by sync and echoed back by the server as contact.updated.
class ContactDetails : public QObject
{
    Q_OBJECT
public:
    explicit ContactDetails(cache::Cache &cache, QObject *parent = nullptr);
    ~ContactDetails() override;

    // Shows the contact of a conversation; the conversation itself is left out of "previous
    // conversations". An empty id clears the sidebar.
    void setConversationId(const QString &conversationId);
    void setContactId(const QString &contactId);
    QString conversationId() const { return m_conversationId; }
    QString contactId() const { return m_contactId; }
    bool hasContact() const { return m_contact.has_value(); }
    const std::optional<protocol::Contact> &contact() const { return m_contact; }

    // The clock and formatting (tests pin them). setOptions keeps the clock.
    void setClock(std::function<QDateTime()> now);
    void setOptions(const AttributeFormatOptions &options);
    AttributeFormatOptions options() const;

    // Header
    QString name() const;         // display name
    QString email() const;
    QString initials() const;
    QString company() const;
    QString externalId() const;
    QString presenceText() const; // "Online now", "Last seen 3 hours ago"
    bool isOnline() const;
    QString localTimeText() const; // "14:05 local time (UTC+02:00)"; empty when unknown
    QStringList tags() const;

    ContactAttributesModel *standardAttributes() const { return m_standard; }
    ContactAttributesModel *customAttributes() const { return m_custom; }
    ContactEventsModel *events() const { return m_events; }
    ContactConversationsModel *conversations() const { return m_conversations; }
    ContactAdminLinksModel *adminLinks() const { return m_links; }

    // Local (this computer's) admin link templates; the workspace's come from the cache.
    void setLocalAdminLinks(const QList<protocol::AdminLink> &links);

    // Why a tag cannot be added ("" when it can): empty, too long, already there, too many.
    QString checkNewTag(const QString &tag) const;
    // Cache commands. Return the outbox entry's client_id, or an empty string when nothing
    // was queued (the tag is invalid, already there / not there, or there is no contact).
    QString addTag(const QString &tag);
    QString removeTag(const QString &tag);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    // Re-reads everything (used after a reset).
    void reload();
    // Re-evaluates the clock-dependent texts (online, last seen, local time, ages).
    void tick();

Q_SIGNALS:
    // A different contact is shown (or none).
    void contactChanged();
    // The shown contact's data changed (name, attributes, tags…).
    void detailsChanged();
    // Clock-dependent texts changed (once a minute).
    void timesChanged();

private:
    void readContact();
    void updateFormatted();
    QString setTags(const QStringList &tags);

    cache::Cache &m_cache;
    QString m_conversationId;
    QString m_contactId;
    std::optional<protocol::Contact> m_contact;
    std::function<QDateTime()> m_now;
    AttributeFormatOptions m_options;
    QTimeZone m_contactZone;
    ContactAttributesModel *m_standard;
    ContactAttributesModel *m_custom;
    ContactEventsModel *m_events;
    ContactConversationsModel *m_conversations;
    ContactAdminLinksModel *m_links;
    QTimer *m_timer;
};

} // namespace confab::models
