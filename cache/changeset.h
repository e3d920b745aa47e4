#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace confab::cache {

// What one committed write changed, so models can update rows in place instead of resetting.
// Emitted by CacheWriter::changed after every commit; crosses threads by queued signals.
struct ChangeSet
{
    QSet<QString> conversations;        // conversation rows whose list data changed (state, preview, unread, outbox flags)
    QSet<QString> messages;             // message ids created, changed or removed
    QSet<QString> messageConversations; // conversations whose message list changed
    QSet<QString> contacts;             // contacts (and their events) changed
    QSet<QString> agents;
    QSet<QString> teams;
    QSet<QString> articles;
    QSet<QString> savedReplies;
    // A local placeholder id ("local:<client_id>") replaced by the server's id: messages and
    // conversations started offline. Views showing the local id should switch to the new one.
    QHash<QString, QString> replacedIds;
    bool outbox = false;    // the outbox changed (entries added, sent, acknowledged, failed...)
    bool drafts = false;
    bool workspace = false;
    bool syncState = false; // lastSeq / logId / identity changed
    bool reset = false;     // everything may have changed: reload all views

    bool isEmpty() const;
    void merge(const ChangeSet &other);
};

// Registers ChangeSet (and the other cache value types) for queued connections. Called by
// Cache's constructor; call it yourself when using CacheWriter directly across threads.
void registerCacheMetaTypes();

} // namespace confab::cache

Q_DECLARE_METATYPE(confab::cache::ChangeSet)
