#include "cache/changeset.h"

#include "cache/types.h"

namespace confab::cache {

bool ChangeSet::isEmpty() const
{
    return conversations.isEmpty() && messages.isEmpty() && messageConversations.isEmpty() && contacts.isEmpty()
        && agents.isEmpty() && teams.isEmpty() && articles.isEmpty() && savedReplies.isEmpty() && replacedIds.isEmpty()
        && !outbox && !drafts && !workspace && !syncState && !reset;
}

void ChangeSet::merge(const ChangeSet &other)
{
    conversations.unite(other.conversations);
    messages.unite(other.messages);
    messageConversations.unite(other.messageConversations);
    contacts.unite(other.contacts);
    agents.unite(other.agents);
    teams.unite(other.teams);
    articles.unite(other.articles);
    savedReplies.unite(other.savedReplies);
    replacedIds.insert(other.replacedIds);
    outbox = outbox || other.outbox;
    drafts = drafts || other.drafts;
    workspace = workspace || other.workspace;
    syncState = syncState || other.syncState;
    reset = reset || other.reset;
}

void registerCacheMetaTypes()
{
    qRegisterMetaType<ChangeSet>();
    qRegisterMetaType<CacheError>();
    qRegisterMetaType<SyncState>();
}

} // namespace confab::cache
