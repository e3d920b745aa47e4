#pragma once

#include "server/storage.h"

#include <QString>
#include <QStringList>

// The small, fixed workspace every server test starts from. Built in code (not the demo seed)
// so a test can name each row it relies on.
namespace confab::testing::fx {

// Every agent's password (hashed once per process: Argon2id is slow on purpose).
inline const QString Password = QStringLiteral("correct horse battery staple");
inline const QString VisitorKey = QStringLiteral("test-visitor-key");
inline const QString ApiKey = QStringLiteral("test-api-key");

inline const QString WorkspaceId = QStringLiteral("ws-test");

inline const QString TeamSupport = QStringLiteral("team-support");
inline const QString TeamBilling = QStringLiteral("team-billing");

inline const QString AdminId = QStringLiteral("agent-admin");
inline const QString LeadId = QStringLiteral("agent-lead");
inline const QString Agent1Id = QStringLiteral("agent-1");
inline const QString Agent2Id = QStringLiteral("agent-2");
inline const QString AdminEmail = QStringLiteral("admin@test.confab");
inline const QString LeadEmail = QStringLiteral("lead@test.confab");
inline const QString Agent1Email = QStringLiteral("agent1@test.confab");
inline const QString Agent2Email = QStringLiteral("agent2@test.confab");

inline const QString Alice = QStringLiteral("contact-alice");
inline const QString Bob = QStringLiteral("contact-bob");
inline const QString Carol = QStringLiteral("contact-carol");

// open chat, unassigned, team support (alice)
inline const QString ConvOpenChat = QStringLiteral("conv-open-chat");
// open email, assigned to agent-1 (bob)
inline const QString ConvOpenEmail = QStringLiteral("conv-open-email");
// snoozed chat, assigned to agent-2 (carol)
inline const QString ConvSnoozed = QStringLiteral("conv-snoozed");
// resolved email, assigned to the lead (alice)
inline const QString ConvResolved = QStringLiteral("conv-resolved");
// open chat with LongMessageCount replies, unassigned (bob)
inline const QString ConvLong = QStringLiteral("conv-long");
inline constexpr int LongMessageCount = 75;

// A note by agent-1 in ConvOpenChat (mentions the lead), a reply by agent-1 there, and a
// system message there.
inline const QString NoteByAgent1 = QStringLiteral("m-open-chat-3");
inline const QString ReplyByAgent1 = QStringLiteral("m-open-chat-2");
inline const QString SystemMessage = QStringLiteral("m-open-chat-4");

inline const QString ArticleId = QStringLiteral("article-reset");
inline const QString SavedReplyId = QStringLiteral("saved-thanks");

QStringList agentEmails();

// The Argon2id hash of Password, computed on first use and reused for the whole process.
const QString &passwordHash();

// The fixture, with every agent's passwordHash set to passwordHash().
server::SeedData makeSeed();

} // namespace confab::testing::fx
