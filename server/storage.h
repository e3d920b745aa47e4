#pragma once

#include "protocol/frames.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

// The storage interface of confabd. Every mutation is ONE transaction: it validates against
// the current state, changes it, appends its events to the workspace event log (seq = head+1,
// gap-free) and records the request's client_id with the ack it produced, then commits. Only
// after commit does the caller see the Outcome, so an ack is never sent for a change that is
// not durable. A repeated client_id returns the recorded ack and no events.
namespace confab::server {

using protocol::Error;
using protocol::ErrorCode;
using protocol::Result;

struct Outcome
{
    std::optional<protocol::Error> error;            // set on failure; nothing changed then
    std::optional<protocol::Conversation> current;   // with ErrorCode::Conflict
    protocol::Ack ack;                               // req is filled in by the caller
    QList<protocol::Event> events;                   // appended by this call; empty on a repeat
    bool repeated = false;                           // client_id seen before: ack is the recorded one
    bool ok() const { return !error.has_value(); }
};

// What the snapshot catch-up sends: the state as of `head`, read in one read transaction.
struct SnapshotData
{
    qint64 head = 0;
    protocol::Workspace workspace;
    QList<protocol::Agent> agents;
    QList<protocol::Team> teams;
    QList<protocol::Contact> contacts;           // every contact of the included conversations (and all, when few)
    QList<protocol::Conversation> conversations; // all open and snoozed, plus the most recent others
    QList<protocol::Message> messages;           // the latest `messagesPerConversation` of each, oldest first
    QList<protocol::Article> articles;
    QList<protocol::SavedReply> savedReplies;
    std::optional<protocol::Error> error;        // set when the snapshot could not be read (then send nothing)
};

struct SnapshotLimits
{
    int recentClosedConversations = 200;
    int messagesPerConversation = 50;
    int allContactsUpTo = 1000; // with at most this many contacts, the snapshot holds every contact
};

// Input of POST /v1/inbound and of the simulator.
struct InboundMessage
{
    QString channel = QStringLiteral("chat");
    QJsonObject contact; // {email|external_id, name?, attributes?}
    QString subject;
    QString body;
    QString conversationId; // optional: continue this conversation
    QString clientId;       // idempotency key (required)
};

// Demo / bulk seeding: rows are written as they are, with their ids and times, in one
// transaction, and one workspace.updated event is logged so the log is never empty.
struct SeedData
{
    protocol::Workspace workspace;
    QString visitorKey;
    QList<protocol::Team> teams;
    struct SeedAgent
    {
        protocol::Agent agent;
        QString passwordHash; // Argon2id string from auth::hashPassword
    };
    QList<SeedAgent> agents;
    QList<protocol::Contact> contacts;
    QList<protocol::ContactEvent> contactEvents;
    QList<protocol::Conversation> conversations;
    QList<protocol::Message> messages;
    QList<protocol::Article> articles;
    QList<protocol::SavedReply> savedReplies;
    QStringList apiKeyHashes; // each the hex of auth::hashToken(key) (raw bytes via fromLatin1 are accepted too)
    QString identitySecret;   // the messenger's identity secret (empty: none)
};

// Wake-ups from the other nodes that share the database (PostgreSQL LISTEN/NOTIFY). A storage
// only one node uses (SQLite) has no watcher. Signals arrive on the thread that called watch().
class StorageWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // Some node committed events up to at least `seq`: read them from the log, in order.
    void eventsCommitted(qint64 seq);
    // Some node revoked the token with this hash (auth::hashToken): close its sessions here too.
    void tokenRevoked(const QByteArray &tokenHash);
    // The watcher lost its connection and has it back; anything may have been missed meanwhile
    // (read the log again, re-check the sessions' tokens).
    void reconnected();
};

// The web messenger's identity verification (identity.h): the secret user_hash is made with,
// and whether a hello's identity must carry one.
struct IdentitySettings
{
    QString secret;        // empty: none set
    bool required = false; // unsigned identities are refused
};

// What one visitor hello tells the server (docs/protocol.md §7.1): which token it holds, who it
// is (only a VERIFIED identity names a contact) and what its browser reports.
struct VisitorArrival
{
    QByteArray tokenHash;    // auth::hashToken of the token it presented; empty for none
    QByteArray newTokenHash; // auth::hashToken of a fresh token, bound when the visitor needs one
    QString externalId;      // a verified identity's external_id; empty for an anonymous visitor
    QString name;            // verified: the contact's name; otherwise names an anonymous contact only
    QJsonObject attributes;  // merged into the contact (checked by the caller); session_count is added
};

struct VisitorBinding
{
    protocol::Contact contact;
    bool newToken = false; // the visitor must use the token of newTokenHash from now on
};

class Storage
{
public:
    virtual ~Storage() = default;

    // Opens (creating if needed) and migrates. A clear message on failure (unwritable, locked, corrupt).
    virtual std::optional<Error> open() = 0;
    virtual QString describe() const = 0; // e.g. "sqlite:/path/to/confab.db"

    // ---- the event log
    virtual QString logId() = 0;
    virtual qint64 head() = 0;
    virtual qint64 oldestRetainedSeq() = 0; // 1 when nothing was pruned
    virtual QList<protocol::Event> eventsAfter(qint64 seq, int limit) = 0;

    // ---- workspace
    virtual protocol::Workspace workspace() = 0;
    virtual QString visitorKey() = 0;        // the key the web messenger passes as workspace_key
    virtual bool isEmpty() = 0;              // no agents yet (seed allowed)

    // ---- agents and auth (hashes only: tokens and keys arrive here already hashed)
    virtual Result<protocol::Agent> addAgent(const protocol::Agent &agent, const QString &passwordHash,
                                             QList<protocol::Event> *events) = 0;
    // The agent with that email and its password hash; nullopt when unknown.
    virtual std::optional<std::pair<protocol::Agent, QString>> agentByEmail(const QString &email) = 0;
    virtual std::optional<protocol::Agent> agent(const QString &id) = 0;
    virtual QList<protocol::Agent> agents() = 0;
    virtual void storeToken(const QByteArray &tokenHash, const QString &agentId) = 0;
    virtual std::optional<protocol::Agent> agentForToken(const QByteArray &tokenHash) = 0;
    virtual bool revokeToken(const QByteArray &tokenHash) = 0;
    virtual void addApiKey(const QByteArray &keyHash, const QString &name) = 0;
    virtual bool apiKeyValid(const QByteArray &keyHash) = 0;

    // ---- agent requests (the Agent is the authenticated caller; roles are enforced inside)
    virtual Outcome send(const protocol::Agent &by, const protocol::Send &request) = 0;
    virtual Outcome start(const protocol::Agent &by, const protocol::Start &request) = 0;
    virtual Outcome update(const protocol::Agent &by, const protocol::Update &request) = 0;
    virtual Outcome updateContact(const protocol::Agent &by, const protocol::UpdateContact &request) = 0;
    virtual Outcome deleteNote(const protocol::Agent &by, const protocol::DeleteNote &request) = 0;
    virtual Result<protocol::MessagesPage> fetch(const protocol::Fetch &request) = 0;
    virtual void markRead(const QString &agentId, const QString &conversationId, const QString &messageId) = 0;

    // ---- snapshot
    virtual SnapshotData snapshot(const SnapshotLimits &limits) = 0;

    // ---- ingestion (HTTP API)
    // Upsert by external_id, else by email. fields: {external_id,email,name,attributes,tags}.
    virtual Result<protocol::Contact> upsertContact(const QJsonObject &fields, QList<protocol::Event> *events) = 0;
    virtual Result<protocol::ContactEvent> addContactEvent(const QString &contactId, const QString &name,
                                                           const QJsonObject &properties, const QDateTime &occurredAt,
                                                           QList<protocol::Event> *events) = 0;
    // Idempotent on clientId. ack.conversationId / ack.messageId are filled.
    virtual Outcome inbound(const InboundMessage &message) = 0;

    // ---- visitors (the web messenger)
    virtual QString contactForVisitorToken(const QByteArray &tokenHash) = 0; // null when unknown
    // Creates an anonymous contact and binds the token to it.
    virtual Result<protocol::Contact> createVisitor(const QByteArray &tokenHash, QList<protocol::Event> *events) = 0;
    // A visitor's message: into its open conversation, or a new chat conversation. Idempotent on client_id.
    virtual Outcome visitorSend(const QString &contactId, const protocol::VisitorSend &request) = 0;
    // Every message of the contact's conversations, oldest first, as stored (the caller filters).
    virtual QList<protocol::Message> contactMessages(const QString &contactId, int limit) = 0;
    virtual std::optional<protocol::Contact> contact(const QString &id) = 0;
    // A hello, in one transaction. An anonymous arrival continues the token's contact unless
    // that contact is identified (has an external_id: reachable only with a verified identity),
    // else gets a new anonymous contact. A verified arrival gets the contact with its external_id:
    // the token's anonymous contact becomes it when none exists yet, or hands it its
    // conversations (conversation.updated) when one does; a token of another identified contact
    // is never rebound (a new token instead). The contact's attributes are merged, session_count
    // grows when it was last seen ≥ 30 min ago, last_seen_at moves; contact.updated on change.
    virtual Result<VisitorBinding> arriveVisitor(const VisitorArrival &arrival, QList<protocol::Event> *events) = 0;
    virtual IdentitySettings identitySettings() = 0;
    virtual std::optional<Error> setIdentitySettings(const IdentitySettings &settings) = 0;

    // ---- seeding
    virtual std::optional<Error> seed(const SeedData &data) = 0;

    // ---- login throttling ("more than 5 failures for one email within a minute → 429"), kept
    // in the database so every node that shares it applies the same limit. Keyed by a hash of
    // the case-folded email (no address is stored for a failed login).
    virtual int recentLoginFailures(const QString &email, qint64 windowMs) = 0; // within the last windowMs
    virtual void recordLoginFailure(const QString &email, qint64 windowMs) = 0; // forgets older ones
    virtual void clearLoginFailures(const QString &email) = 0;

    // ---- several nodes on one database: null when no other node can write (SQLite).
    virtual std::unique_ptr<StorageWatcher> watch() { return nullptr; }
};

// "sqlite:PATH" (or a bare path), or "postgres://USER[:PASSWORD]@HOST[:PORT]/DB" (the password
// may come from $CONFABD_DB_PASSWORD instead).
std::unique_ptr<Storage> createStorage(const QString &spec, QString *error);

} // namespace confab::server
