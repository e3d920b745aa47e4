#include "identity.h"

#include "protocol/entities.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace confab::server::identity {

Q_LOGGING_CATEGORY(lcIdentity, "confabd.identity", QtInfoMsg)

using namespace Qt::StringLiterals;
using protocol::Error;
using protocol::ErrorCode;
using R = protocol::JsonReader;
namespace limits = protocol::limits;

namespace {

constexpr qsizetype HashHexChars = 64; // SHA-256
constexpr qsizetype MaxUserHashChars = 256;
constexpr qsizetype MaxBrowserChars = 64;
constexpr qsizetype MaxVersionChars = 32;
constexpr qsizetype MaxLanguageChars = 35; // a BCP 47 tag
constexpr qsizetype MaxTitleChars = 200;

} // namespace

QString userHash(const QString &secret, const QString &externalId)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(externalId.toUtf8(), secret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex());
}

bool verifyUserHash(const QString &secret, const QString &externalId, const QString &given)
{
    if (secret.isEmpty() || externalId.isEmpty())
        return false;
    const QByteArray expected = userHash(secret, externalId).toLatin1();
    const QByteArray candidate = given.trimmed().toLower().toLatin1();
    // The length is no secret (always 64); the digits are compared without an early exit.
    if (candidate.size() != HashHexChars || expected.size() != HashHexChars)
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < HashHexChars; ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ candidate.at(i));
    return diff == 0;
}

QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

protocol::Result<Claim> parseClaim(const QJsonObject &identity)
{
    R r(identity, u"identity"_s);
    Claim c;
    c.externalId = r.nullableString("external_id"_L1, limits::MaxIdChars).trimmed();
    c.email = r.nullableString("email"_L1, limits::MaxEmailChars).trimmed();
    c.name = r.nullableString("name"_L1, limits::MaxNameChars).trimmed();
    c.userHash = r.nullableString("user_hash"_L1, MaxUserHashChars).trimmed();
    if (r.has("attributes"_L1) && !identity.value("attributes"_L1).isNull())
        c.attributes = r.object("attributes"_L1, R::Optional);
    if (!r.ok())
        return *r.takeError();
    if (auto e = protocol::validateAttributes(c.attributes, false))
        return Error { e->code, u"identity: "_s + e->message };
    return c;
}

Decision decide(const Claim &claim, const QString &secret, bool required)
{
    if (claim.isEmpty())
        return { Verdict::Anonymous, {} };
    if (claim.userHash.isEmpty()) {
        if (required)
            return { Verdict::Refused, u"this workspace requires a verified identity (user_hash is missing)"_s };
        return { Verdict::Unverified, {} };
    }
    if (claim.externalId.isEmpty())
        return { Verdict::Refused, u"user_hash signs external_id, and the identity has none"_s };
    if (secret.isEmpty())
        return { Verdict::Refused, u"this workspace has no identity secret; user_hash cannot be verified"_s };
    if (!verifyUserHash(secret, claim.externalId, claim.userHash))
        return { Verdict::Refused, u"user_hash does not match external_id"_s };
    return { Verdict::Verified, {} };
}

QJsonObject contextAttributes(const QJsonObject &context)
{
    QJsonObject out;
    auto text = [&](QLatin1StringView key, qsizetype maxChars) -> QString {
        const QJsonValue v = context.value(key);
        if (!v.isString())
            return {};
        const QString s = v.toString().simplified();
        return s.size() <= maxChars ? s : QString();
    };
    auto put = [&](QLatin1StringView key, qsizetype maxChars) {
        const QString s = text(key, maxChars);
        if (!s.isEmpty())
            out.insert(key, s);
    };
    put("browser"_L1, MaxBrowserChars);
    put("browser_version"_L1, MaxVersionChars);
    put("os"_L1, MaxBrowserChars);
    put("language"_L1, MaxLanguageChars);
    put("timezone"_L1, MaxBrowserChars);
    put("page_title"_L1, MaxTitleChars);
    const QString page = text("page_url"_L1, limits::MaxUrlChars);
    if (!page.isEmpty()) {
        const QUrl url(page, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty()) {
            QUrl shown = url;
            shown.setUserInfo(QString()); // never keep credentials someone put in a URL
            const QString clean = shown.toString();
            if (clean.size() <= limits::MaxUrlChars)
                out.insert("page_url"_L1, clean);
        }
    }
    return out;
}

bool startsNewSession(const QDateTime &lastSeen, const QDateTime &now)
{
    return !lastSeen.isValid() || lastSeen.msecsTo(now) >= SessionGapMs;
}

} // namespace confab::server::identity
