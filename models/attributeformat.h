#pragma once

#include "protocol/entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QUrl>

// Pure formatting of a contact's attributes for people: no cache, no widgets, no clock of its
// own (`now` is passed in), so every rule is testable. The sidebar models build on these.
namespace confab::models {

enum class AttributeKind {
    Empty,   // null or empty string: shown as a dash
    Text,
    Number,  // 1,234 or 3.14 (ids and years without grouping)
    Money,   // $1,234.50 — numbers whose key says money (mrr, money_spent, price_eur, …)
    Boolean, // Yes / No
    Date,    // RFC 3339 string, a plain YYYY-MM-DD, or unix seconds/ms under an *_at key
    Url,     // http(s) links, opened in the browser
    Email,
};

struct AttributeFormatOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc(); // for "3 months ago"
    QLocale locale;                                  // numbers, months, decimal separator
    QTimeZone zone = QTimeZone::systemTimeZone();    // the agent's zone, for dates
    QString currency = QStringLiteral("USD");        // money whose key names no currency
};

struct FormattedAttribute
{
    QString key;      // the attribute key ("money_spent"); composite rows use "location", "browser"
    QString label;    // "Money spent"
    QString text;     // "$1,234.50"
    QString toolTip;  // the exact value when the text rounds or shortens it
    AttributeKind kind = AttributeKind::Text;
    QUrl url;         // Url and Email kinds: what a click opens
    bool operator==(const FormattedAttribute &) const = default;
};

class AttributeFormat
{
    Q_DECLARE_TR_FUNCTIONS(confab::models::AttributeFormat)
public:
    // How a value is shown, from its JSON type and its key.
    static AttributeKind kindOf(const QString &key, const QJsonValue &value);
    // "money_spent" -> "Money spent", "mrrUsd" -> "MRR USD", "signed_up_at" -> "Signed up".
    static QString label(const QString &key);
    static FormattedAttribute format(const QString &key, const QJsonValue &value, const AttributeFormatOptions &o);

    // Building blocks (also used by the header and the timeline).
    static QString number(double value, const QLocale &locale, bool grouping = true);
    // ISO code ("USD", "EUR") -> "$1,234.50"; whole amounts without cents ("$300").
    static QString money(double value, const QString &currency, const QLocale &locale);
    // The currency of a money attribute: a 3-letter suffix of its key (price_eur), else the
    // contact's "currency" attribute, else the default.
    static QString currencyFor(const QString &key, const QJsonObject &attributes, const QString &fallback);
    // "just now", "5 minutes ago", "yesterday", "3 weeks ago", "3 months ago", "in 2 days".
    static QString relativeAge(const QDateTime &when, const QDateTime &now);
    // "12 Mar 2025 (3 months ago)" in the options' zone.
    static QString date(const QDateTime &when, const AttributeFormatOptions &o);
    // Reads a date attribute (RFC 3339, YYYY-MM-DD, unix seconds or ms); invalid when it is none.
    static QDateTime parseDate(const QString &key, const QJsonValue &value);

    // Standard attributes, people-first, in a fixed order: Location (city, country),
    // Browser (name and version), OS, Signed up (date and age), Sessions, Plan. Rows whose
    // values are all missing are left out.
    static QList<FormattedAttribute> standardAttributes(const protocol::Contact &contact,
                                                        const AttributeFormatOptions &o);
    // Every other attribute, formatted by type, in a stable order (by label, then key).
    // Keys the header shows (company, timezone) are left out.
    static QList<FormattedAttribute> customAttributes(const protocol::Contact &contact,
                                                      const AttributeFormatOptions &o);
    static bool isHeaderKey(const QString &key);

    // "Berlin, Germany"; either part alone; empty when both are missing.
    static QString location(const QString &city, const QString &country);
    // "Chrome 124" (major version; the full one goes into the tooltip).
    static QString browser(const QString &name, const QString &version);
    // "pro" -> "Pro", "enterprise_plus" -> "Enterprise plus".
    static QString plan(const QString &plan);

    // Header: "Online now" when seen within the last 5 minutes, else "Last seen 3 hours ago";
    // "Never seen" when there is no time. *online (when given) says which.
    static QString presence(const QDateTime &lastSeen, const QDateTime &now, bool *online = nullptr);
    static constexpr qint64 OnlineWindowSecs = 5 * 60;
    // The contact's time zone: a "timezone"/"time_zone"/"tz" attribute (IANA id), else the city
    // (matched against the time zone database and a few big cities without their own zone),
    // else the country when all its zones agree. Invalid when it cannot be told.
    static QTimeZone timeZoneOf(const QJsonObject &attributes, const QDateTime &now);
    // "14:05 local time (UTC+02:00)"; empty for an invalid zone.
    static QString localTime(const QTimeZone &zone, const QDateTime &now, const QLocale &locale);
    // "Ada Lovelace" -> "AL", "ben@x.io" (no name) -> "B", nothing -> "?".
    static QString initials(const QString &name, const QString &email);
    // The contact's display name: the name, else the email, else "Unnamed customer".
    static QString displayName(const protocol::Contact &contact);
};

} // namespace confab::models
