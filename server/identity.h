#pragma once

#include "protocol/errors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

// Identity verification for the web messenger (docs/protocol.md §7.1, "identity").
//
// A product that knows who is signed in passes {external_id, email, name, attributes, user_hash}
// to the messenger, where user_hash = HMAC-SHA256(key = the workspace's identity secret,
// message = external_id), both as UTF-8, written as 64 lower-case hex digits. Its backend
// computes the hash, so a visitor cannot claim another customer's external_id. confabd checks it
// here (constant-time) before the hello may reach the contact with that external_id.
namespace confab::server::identity {

Q_DECLARE_LOGGING_CATEGORY(lcIdentity)

// The demo workspace's secret. Public (README), like every demo credential.
inline constexpr char DemoSecret[] = "demo-identity-secret";

// Lower-case hex HMAC-SHA256(secret, externalId).
QString userHash(const QString &secret, const QString &externalId);
// Whether `given` (hex, either case) is userHash(secret, externalId). Compares in constant time
// over the 64 digits; false for an empty secret or external_id.
bool verifyUserHash(const QString &secret, const QString &externalId, const QString &given);
// A new secret: 64 hex digits (256 bits) from the system's CSPRNG.
QString newSecret();

// The `identity` object of a visitor hello, checked against the protocol's limits.
struct Claim
{
    QString externalId;
    QString email;
    QString name;
    QJsonObject attributes;
    QString userHash;
    bool isEmpty() const
    {
        return externalId.isEmpty() && email.isEmpty() && name.isEmpty() && attributes.isEmpty() && userHash.isEmpty();
    }
};
// A malformed identity (wrong types, too long, bad attributes) is a bad_request error.
protocol::Result<Claim> parseClaim(const QJsonObject &identity);

enum class Verdict {
    Anonymous,  // no identity: a visitor as any other
    Unverified, // an identity without user_hash in a workspace that allows it: name and attributes only
    Verified,   // user_hash matches external_id: the visitor is the contact with that external_id
    Refused,    // a wrong user_hash, or none where the workspace requires one
};
struct Decision
{
    Verdict verdict = Verdict::Anonymous;
    QString reason; // why it was refused (for the error frame and the log; never the secret)
};
// `secret` empty = the workspace has none; `required` = unsigned identities are refused.
Decision decide(const Claim &claim, const QString &secret, bool required);

// The attributes a hello's `context` object (what the messenger reads from the browser) gives
// the contact: browser, browser_version, os, language, timezone, page_url, page_title. Entries of
// the wrong type, too long, or (page_url) not http(s) are left out; unknown keys are ignored.
QJsonObject contextAttributes(const QJsonObject &context);

// A visit starts a new session (session_count + 1) when the contact was last seen this long ago.
inline constexpr qint64 SessionGapMs = 30 * 60 * 1000;
bool startsNewSession(const QDateTime &lastSeen, const QDateTime &now);

} // namespace confab::server::identity
