#pragma once

#include "protocol/entities.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QLocale>

#include <functional>

namespace confab::cache {
class CacheReader;
struct ChangeSet;
} // namespace confab::cache

namespace confab::models {

// The contact's latest events, newest first: a page at a time ("show more"). New events
// (contact.event arrives as a contacts change) are inserted at the top in place.
class ContactEventsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,        // the raw event name ("signed_up")
        TitleRole,       // for people ("Signed up"); also Qt::DisplayRole
        PropertiesRole,  // "Plan: Pro · Source: Google"
        OccurredAtRole,  // QDateTime
        WhenRole,        // "3 hours ago"
    };
    Q_ENUM(Role)

    static constexpr int MaxEvents = 1000; // the reader's bound

    explicit ContactEventsModel(const cache::CacheReader &reader, QObject *parent = nullptr);

    void setContactId(const QString &contactId);
    QString contactId() const { return m_contactId; }
    void setPageSize(int events);
    int pageSize() const { return m_pageSize; }
    // The clock for "3 hours ago" (tests pin it).
    void setClock(std::function<QDateTime()> now);

    bool canShowMore() const { return m_more; }
    void showMore();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Formats one event's properties ("Plan: Pro · MRR: $99"), in key order.
    static QString propertiesText(const QJsonObject &properties, const QDateTime &now, const QLocale &locale = {});

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    void reload();
    // Re-evaluates relative times ("3 hours ago") without reading the cache.
    void refreshTimes();

private:
    void load(bool keepRows);

    const cache::CacheReader &m_reader;
    QString m_contactId;
    int m_pageSize = 10;
    int m_limit = 10;
    bool m_more = false;
    std::function<QDateTime()> m_now;
    QList<protocol::ContactEvent> m_rows;
};

// The contact's conversations, newest first, except the one being shown: status, subject (or
// the latest message for a chat), date. Small: reloaded when they may have changed.
class ContactConversationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,      // open | snoozed | resolved
        StatusTextRole,  // "Open"
        SubjectRole,     // subject, else the latest message, else "Chat"/"Email"; also DisplayRole
        ChannelRole,
        LastMessageAtRole,
        DateTextRole,    // "12 Mar 2025"
    };
    Q_ENUM(Role)

    explicit ContactConversationsModel(const cache::CacheReader &reader, QObject *parent = nullptr);

    void setContactId(const QString &contactId, const QString &excludeConversationId = {});
    QString contactId() const { return m_contactId; }
    void setLimit(int conversations) { m_limit = conversations; }

    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(const QString &status);

public Q_SLOTS:
    void applyChanges(const confab::cache::ChangeSet &changes);
    void reload();

private:
    struct Row
    {
        protocol::Conversation conversation;
        QString preview;
        bool operator==(const Row &) const = default;
    };
    QList<Row> read() const;

    const cache::CacheReader &m_reader;
    QString m_contactId;
    QString m_exclude;
    int m_limit = 50;
    QList<Row> m_rows;
};

} // namespace confab::models
