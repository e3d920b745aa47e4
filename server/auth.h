#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// Secrets: Argon2id password hashes (libsodium crypto_pwhash_str), random tokens (≥128 bits),
// and the SHA-256 hashes under which tokens and API keys are stored. Nothing here logs a secret.
namespace confab::server::auth {

// Initialises libsodium once; false if it cannot be used.
bool init();
// Argon2id, interactive limits. Empty string on failure (out of memory).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &hash);
// 32 random bytes, base64url without padding.
QString randomToken();
// SHA-256 of the token's UTF-8 bytes (tokens are high-entropy; a slow hash is not needed).
QByteArray hashToken(const QString &token);

// "More than 5 failures for one email within a minute → 429". Keyed by lower-cased email.
class LoginRateLimiter
{
public:
    explicit LoginRateLimiter(int maxFailures = 5, qint64 windowMs = 60 * 1000);
    bool isLimited(const QString &email, qint64 nowMs) const;
    void recordFailure(const QString &email, qint64 nowMs);
    void recordSuccess(const QString &email);

private:
    void prune(const QString &key, qint64 nowMs) const;
    int m_maxFailures;
    qint64 m_windowMs;
    mutable QHash<QString, QList<qint64>> m_failures;
};

} // namespace confab::server::auth
