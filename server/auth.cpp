#include "auth.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <mutex>

namespace confab::server::auth {

bool init()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QString hashPassword(const QString &password)
{
    if (!init())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    if (!init() || hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1(); // NUL-terminated by QByteArray
    if (encoded.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString randomToken()
{
    init();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

// ---------------- LoginRateLimiter

namespace {
// Bounds the memory an attacker can make us spend by trying many different emails.
constexpr qsizetype MaxTrackedEmails = 10000;
} // namespace

LoginRateLimiter::LoginRateLimiter(int maxFailures, qint64 windowMs) : m_maxFailures(maxFailures), m_windowMs(windowMs)
{
}

void LoginRateLimiter::prune(const QString &key, qint64 nowMs) const
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    QList<qint64> &times = it.value();
    times.removeIf([&](qint64 t) { return nowMs - t >= m_windowMs; });
    if (times.isEmpty())
        m_failures.erase(it);
}

bool LoginRateLimiter::isLimited(const QString &email, qint64 nowMs) const
{
    const QString key = email.trimmed().toLower();
    prune(key, nowMs);
    const auto it = m_failures.constFind(key);
    return it != m_failures.cend() && it->size() >= m_maxFailures;
}

void LoginRateLimiter::recordFailure(const QString &email, qint64 nowMs)
{
    const QString key = email.trimmed().toLower();
    prune(key, nowMs);
    if (!m_failures.contains(key) && m_failures.size() >= MaxTrackedEmails) {
        // Drop every expired entry; if that is not enough, forget the oldest-looking half.
        const QStringList keys = m_failures.keys();
        for (const QString &k : keys)
            prune(k, nowMs);
        if (m_failures.size() >= MaxTrackedEmails) {
            auto it = m_failures.begin();
            while (it != m_failures.end() && m_failures.size() >= MaxTrackedEmails / 2)
                it = m_failures.erase(it);
        }
    }
    QList<qint64> &times = m_failures[key];
    times.append(nowMs);
    // Only the last maxFailures entries matter for the decision.
    while (times.size() > m_maxFailures)
        times.removeFirst();
}

void LoginRateLimiter::recordSuccess(const QString &email)
{
    m_failures.remove(email.trimmed().toLower());
}

} // namespace confab::server::auth
