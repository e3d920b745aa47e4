#include "models/attributeformat.h"

#include "models/timeformat.h"
#include "protocol/timeutil.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace confab::models {

using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

// Words of a key: snake_case, kebab-case, dotted and camelCase.
QStringList keyWords(const QString &key)
{
    QString spaced;
    spaced.reserve(key.size() + 8);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-' || c == u'.' || c.isSpace()) {
            spaced += u' ';
            continue;
        }
        if (c.isUpper() && i > 0 && key.at(i - 1).isLower())
            spaced += u' ';
        spaced += c;
    }
    return spaced.toLower().split(u' ', Qt::SkipEmptyParts);
}

const QHash<QString, QString> &currencySymbols()
{
    static const QHash<QString, QString> symbols {
        { u"USD"_s, u"$"_s }, { u"EUR"_s, u"€"_s },   { u"GBP"_s, u"£"_s },  { u"JPY"_s, u"¥"_s },
        { u"INR"_s, u"₹"_s }, { u"RUB"_s, u"₽"_s },   { u"AMD"_s, u"֏"_s },  { u"CHF"_s, u"CHF "_s },
        { u"CAD"_s, u"CA$"_s }, { u"AUD"_s, u"A$"_s }, { u"SGD"_s, u"S$"_s }, { u"KZT"_s, u"₸"_s },
        { u"LKR"_s, u"Rs "_s }, { u"SEK"_s, u"SEK "_s }, { u"NOK"_s, u"NOK "_s }, { u"DKK"_s, u"DKK "_s },
        { u"PLN"_s, u"zł "_s }, { u"BRL"_s, u"R$"_s }, { u"CNY"_s, u"CN¥"_s },
    };
    return symbols;
}

// Words that make a number money. "payments" is left out on purpose: it usually counts.
bool isMoneyWord(const QString &w)
{
    static const QStringList words { u"mrr"_s,    u"arr"_s,   u"ltv"_s,   u"revenue"_s, u"spent"_s,
                                     u"spend"_s,  u"amount"_s, u"price"_s, u"cost"_s,    u"balance"_s,
                                     u"money"_s,  u"paid"_s,  u"refund"_s, u"refunded"_s, u"discount"_s };
    return words.contains(w);
}

// Keys that hold numbers people do not read with thousands separators.
bool isPlainNumberKey(const QStringList &words)
{
    if (words.isEmpty())
        return false;
    const QString &last = words.last();
    return last == "id"_L1 || last == "year"_L1 || last == "zip"_L1 || last == "code"_L1 || last == "version"_L1
        || last == "port"_L1;
}

bool isDateKey(const QStringList &words)
{
    if (words.isEmpty())
        return false;
    const QString &last = words.last();
    return last == "at"_L1 || last == "date"_L1 || last == "time"_L1 || last == "on"_L1 || last == "since"_L1
        || last == "until"_L1;
}

const QStringList &acronyms()
{
    static const QStringList list { u"id"_s, u"url"_s, u"os"_s, u"ip"_s, u"api"_s, u"mrr"_s, u"arr"_s,
                                    u"ltv"_s, u"sso"_s, u"vat"_s, u"utm"_s, u"crm"_s, u"sdk"_s, u"csv"_s,
                                    u"usd"_s, u"eur"_s, u"gbp"_s, u"nps"_s, u"csat"_s };
    return list;
}

} // namespace

// ---------------------------------------------------------------- kinds and labels

AttributeKind AttributeFormat::kindOf(const QString &key, const QJsonValue &value)
{
    const QStringList words = keyWords(key);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return AttributeKind::Empty;
    case QJsonValue::Bool:
        return AttributeKind::Boolean;
    case QJsonValue::Double: {
        if (isDateKey(words) && parseDate(key, value).isValid())
            return AttributeKind::Date;
        for (const QString &w : words) {
            if (isMoneyWord(w) || currencySymbols().contains(w.toUpper()))
                return AttributeKind::Money;
        }
        return AttributeKind::Number;
    }
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return AttributeKind::Empty;
        if (s.startsWith("http://"_L1, Qt::CaseInsensitive) || s.startsWith("https://"_L1, Qt::CaseInsensitive)) {
            const QUrl url(s, QUrl::StrictMode);
            if (url.isValid() && !url.host().isEmpty())
                return AttributeKind::Url;
        }
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (email.match(s).hasMatch())
            return AttributeKind::Email;
        if (parseDate(key, value).isValid())
            return AttributeKind::Date;
        return AttributeKind::Text;
    }
    default:
        return AttributeKind::Text; // arrays and objects are not valid attributes; shown as text
    }
}

QString AttributeFormat::label(const QString &key)
{
    if (key == "browser"_L1)
        return tr("Browser");
    if (key == "browser_version"_L1)
        return tr("Browser version");
    if (key == "os"_L1)
        return tr("OS");
    if (key == "city"_L1)
        return tr("City");
    if (key == "country"_L1)
        return tr("Country");
    if (key == "signed_up_at"_L1)
        return tr("Signed up");
    if (key == "session_count"_L1)
        return tr("Sessions");
    if (key == "plan"_L1)
        return tr("Plan");
    QStringList words = keyWords(key);
    // A trailing "at" of a date key says nothing to people: "last_payment_at" -> "Last payment".
    if (words.size() > 1 && words.last() == "at"_L1)
        words.removeLast();
    if (words.isEmpty())
        return key;
    for (QString &w : words) {
        if (acronyms().contains(w))
            w = w.toUpper();
    }
    QString out = words.join(u' ');
    out[0] = out.at(0).toUpper();
    return out;
}

// ---------------------------------------------------------------- values

QString AttributeFormat::number(double value, const QLocale &locale, bool grouping)
{
    QLocale l = locale;
    l.setNumberOptions(grouping ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9007199254740992.0)
        return l.toString(qint64(value));
    // Two decimals at most, without trailing zeros.
    QString s = l.toString(value, 'f', 2);
    const QString dec = l.decimalPoint();
    if (s.contains(dec)) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(dec.size());
    }
    return s;
}

QString AttributeFormat::money(double value, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    const QString symbol = currencySymbols().value(code, code.isEmpty() ? QString() : code + u' ');
    const bool whole = std::isfinite(value) && value == std::floor(value);
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString amount = l.toString(std::abs(value), 'f', whole ? 0 : 2);
    return (value < 0 ? l.negativeSign() : QString()) + symbol + amount;
}

QString AttributeFormat::currencyFor(const QString &key, const QJsonObject &attributes, const QString &fallback)
{
    const QStringList words = keyWords(key);
    for (const QString &w : words) {
        const QString upper = w.toUpper();
        if (w.size() == 3 && currencySymbols().contains(upper))
            return upper;
    }
    const QString c = str(attributes, "currency"_L1).toUpper();
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (iso.match(c).hasMatch())
        return c;
    return fallback;
}

QString AttributeFormat::relativeAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 secs = when.secsTo(now);
    const bool future = secs < 0;
    const qint64 a = std::abs(secs);
    if (a < 60)
        return tr("just now");
    qint64 n = 0;
    enum { Minutes, Hours, Days, Weeks, Months, Years } unit;
    if (a < 3600) {
        n = a / 60;
        unit = Minutes;
    } else if (a < 86400) {
        n = a / 3600;
        unit = Hours;
    } else if (a < 14 * 86400 - 43200) {
        n = (a + 43200) / 86400; // 1 day 23 hours is "2 days ago", not "yesterday"
        unit = Days;
    } else if (a < 60 * 86400) {
        n = a / (7 * 86400);
        unit = Weeks;
    } else if (a < 365 * 86400) {
        n = a / (30 * 86400);
        unit = Months;
    } else {
        n = a / (365 * 86400);
        unit = Years;
    }
    const int count = int(n);
    if (future) {
        switch (unit) {
        case Minutes: return englishPlural(tr("in %n minute(s)", nullptr, count), count);
        case Hours: return englishPlural(tr("in %n hour(s)", nullptr, count), count);
        case Days: return count == 1 ? tr("tomorrow") : englishPlural(tr("in %n day(s)", nullptr, count), count);
        case Weeks: return englishPlural(tr("in %n week(s)", nullptr, count), count);
        case Months: return englishPlural(tr("in %n month(s)", nullptr, count), count);
        case Years: return englishPlural(tr("in %n year(s)", nullptr, count), count);
        }
    }
    switch (unit) {
    case Minutes: return englishPlural(tr("%n minute(s) ago", nullptr, count), count);
    case Hours: return englishPlural(tr("%n hour(s) ago", nullptr, count), count);
    case Days: return count == 1 ? tr("yesterday") : englishPlural(tr("%n day(s) ago", nullptr, count), count);
    case Weeks: return englishPlural(tr("%n week(s) ago", nullptr, count), count);
    case Months: return englishPlural(tr("%n month(s) ago", nullptr, count), count);
    case Years: return englishPlural(tr("%n year(s) ago", nullptr, count), count);
    }
    return {};
}

QString AttributeFormat::date(const QDateTime &when, const AttributeFormatOptions &o)
{
    if (!when.isValid())
        return {};
    const QDate d = when.toTimeZone(o.zone).date();
    const QString day = o.locale.toString(d, u"d MMM yyyy"_s);
    const QString age = relativeAge(when, o.now);
    return age.isEmpty() ? day : tr("%1 (%2)").arg(day, age);
}

QDateTime AttributeFormat::parseDate(const QString &key, const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.size() < 10 || !s.at(0).isDigit())
            return {};
        if (QDateTime t = protocol::parseTime(s); t.isValid())
            return t;
        static const QRegularExpression plainDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (plainDate.match(s).hasMatch()) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                return QDateTime(d, QTime(12, 0), QTimeZone::utc()); // midday: the same day in every zone
        }
        return {};
    }
    if (value.isDouble() && isDateKey(keyWords(key))) {
        const double v = value.toDouble();
        // Unix seconds (2001..2286) or milliseconds in that range.
        if (v >= 1e9 && v < 1e10)
            return QDateTime::fromSecsSinceEpoch(qint64(v), QTimeZone::utc());
        if (v >= 1e12 && v < 1e13)
            return QDateTime::fromMSecsSinceEpoch(qint64(v), QTimeZone::utc());
    }
    return {};
}

FormattedAttribute AttributeFormat::format(const QString &key, const QJsonValue &value,
                                           const AttributeFormatOptions &o)
{
    FormattedAttribute f;
    f.key = key;
    f.label = label(key);
    f.kind = kindOf(key, value);
    switch (f.kind) {
    case AttributeKind::Empty:
        f.text = u"—"_s;
        break;
    case AttributeKind::Boolean:
        f.text = value.toBool() ? tr("Yes") : tr("No");
        break;
    case AttributeKind::Number: {
        const double d = value.toDouble();
        f.text = number(d, o.locale, !isPlainNumberKey(keyWords(key)));
        const QString exact = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (QString(f.text).remove(o.locale.groupSeparator()) != exact)
            f.toolTip = exact;
        break;
    }
    case AttributeKind::Money: {
        const double d = value.toDouble();
        f.text = money(d, currencyFor(key, {}, o.currency), o.locale);
        f.toolTip = QString::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case AttributeKind::Date: {
        const QDateTime t = parseDate(key, value);
        f.text = date(t, o);
        f.toolTip = o.locale.toString(t.toTimeZone(o.zone), QLocale::LongFormat);
        break;
    }
    case AttributeKind::Url:
        f.text = value.toString().trimmed();
        f.url = QUrl(f.text, QUrl::StrictMode);
        f.toolTip = f.text;
        break;
    case AttributeKind::Email:
        f.text = value.toString().trimmed();
        f.url = QUrl(u"mailto:"_s + f.text, QUrl::TolerantMode);
        break;
    case AttributeKind::Text:
        if (value.isString()) {
            f.text = value.toString().simplified();
            if (f.text.size() > 80 || f.text != value.toString())
                f.toolTip = value.toString();
        } else {
            f.text = value.isArray() ? tr("(list)") : tr("(object)");
        }
        break;
    }
    return f;
}

// ---------------------------------------------------------------- standard attributes

QString AttributeFormat::location(const QString &city, const QString &country)
{
    const QString c = city.trimmed();
    const QString k = country.trimmed();
    if (c.isEmpty())
        return k;
    if (k.isEmpty() || c.compare(k, Qt::CaseInsensitive) == 0) // "Singapore, Singapore"
        return c;
    return tr("%1, %2").arg(c, k);
}

QString AttributeFormat::browser(const QString &name, const QString &version)
{
    const QString n = name.trimmed();
    const QString major = version.trimmed().section(u'.', 0, 0);
    if (n.isEmpty())
        return major.isEmpty() ? QString() : tr("Version %1").arg(major);
    return major.isEmpty() ? n : tr("%1 %2").arg(n, major);
}

QString AttributeFormat::plan(const QString &plan)
{
    QString p = plan.trimmed();
    p.replace(u'_', u' ').replace(u'-', u' ');
    if (!p.isEmpty() && p.at(0).isLower())
        p[0] = p.at(0).toUpper();
    return p;
}

QList<FormattedAttribute> AttributeFormat::standardAttributes(const protocol::Contact &contact,
                                                              const AttributeFormatOptions &o)
{
    const QJsonObject &a = contact.attributes;
    QList<FormattedAttribute> rows;
    auto add = [&](const QString &key, const QString &label, const QString &text, const QString &tip,
                   AttributeKind kind) {
        if (text.isEmpty())
            return;
        FormattedAttribute f;
        f.key = key;
        f.label = label;
        f.text = text;
        f.toolTip = tip == text ? QString() : tip;
        f.kind = kind;
        rows.append(f);
    };
    add(u"location"_s, tr("Location"), location(str(a, "city"_L1), str(a, "country"_L1)), {}, AttributeKind::Text);
    {
        const QString name = str(a, "browser"_L1);
        const QString version = str(a, "browser_version"_L1);
        const QString full = QString(name + u' ' + version).trimmed();
        add(u"browser"_s, tr("Browser"), browser(name, version), full, AttributeKind::Text);
    }
    add(u"os"_s, tr("OS"), str(a, "os"_L1), {}, AttributeKind::Text);
    if (a.contains("signed_up_at"_L1)) {
        const QDateTime t = parseDate(u"signed_up_at"_s, a.value("signed_up_at"_L1));
        if (t.isValid())
            add(u"signed_up_at"_s, tr("Signed up"), date(t, o), o.locale.toString(t.toTimeZone(o.zone), QLocale::LongFormat),
                AttributeKind::Date);
        else
            add(u"signed_up_at"_s, tr("Signed up"), str(a, "signed_up_at"_L1), {}, AttributeKind::Text);
    }
    if (const QJsonValue s = a.value("session_count"_L1); s.isDouble())
        add(u"session_count"_s, tr("Sessions"), number(s.toDouble(), o.locale), {}, AttributeKind::Number);
    else if (s.isString())
        add(u"session_count"_s, tr("Sessions"), s.toString().trimmed(), {}, AttributeKind::Text);
    add(u"plan"_s, tr("Plan"), plan(str(a, "plan"_L1)), {}, AttributeKind::Text);
    return rows;
}

bool AttributeFormat::isHeaderKey(const QString &key)
{
    return key == "company"_L1 || key == "timezone"_L1 || key == "time_zone"_L1 || key == "tz"_L1;
}

QList<FormattedAttribute> AttributeFormat::customAttributes(const protocol::Contact &contact,
                                                            const AttributeFormatOptions &o)
{
    const QStringList &standard = protocol::standardAttributeKeys();
    QList<FormattedAttribute> rows;
    for (auto it = contact.attributes.begin(); it != contact.attributes.end(); ++it) {
        const QString key = it.key();
        if (standard.contains(key) || isHeaderKey(key))
            continue;
        AttributeFormatOptions local = o;
        if (kindOf(key, it.value()) == AttributeKind::Money)
            local.currency = currencyFor(key, contact.attributes, o.currency);
        rows.append(format(key, it.value(), local));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FormattedAttribute &x, const FormattedAttribute &y) {
        const int c = x.label.compare(y.label, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x.key < y.key;
    });
    return rows;
}

// ---------------------------------------------------------------- header

QString AttributeFormat::presence(const QDateTime &lastSeen, const QDateTime &now, bool *online)
{
    const bool on = lastSeen.isValid() && lastSeen.secsTo(now) < OnlineWindowSecs;
    if (online)
        *online = on;
    if (!lastSeen.isValid())
        return tr("Never seen");
    if (on)
        return tr("Online now");
    return tr("Last seen %1").arg(relativeAge(lastSeen, now));
}

namespace {

QString zoneKey(const QString &name)
{
    QString s = name.trimmed().toLower();
    s.replace(u' ', u'_');
    return s;
}

// Last path component of every zone id ("america/los_angeles" -> "los_angeles"), lowercased.
const QHash<QString, QByteArray> &zonesByCity()
{
    static const QHash<QString, QByteArray> map = [] {
        QHash<QString, QByteArray> m;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids) {
            const qsizetype slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/"))
                continue;
            const QString city = QString::fromLatin1(id.mid(slash + 1)).toLower();
            if (!m.contains(city))
                m.insert(city, id);
        }
        // Big cities that share another city's zone.
        const std::pair<const char *, const char *> aliases[] = {
            { "san_francisco", "America/Los_Angeles" }, { "seattle", "America/Los_Angeles" },
            { "portland", "America/Los_Angeles" },      { "san_diego", "America/Los_Angeles" },
            { "san_jose", "America/Los_Angeles" },      { "las_vegas", "America/Los_Angeles" },
            { "boston", "America/New_York" },           { "washington", "America/New_York" },
            { "philadelphia", "America/New_York" },     { "pittsburgh", "America/New_York" },
            { "atlanta", "America/New_York" },          { "miami", "America/New_York" },
            { "austin", "America/Chicago" },            { "dallas", "America/Chicago" },
            { "houston", "America/Chicago" },           { "minneapolis", "America/Chicago" },
            { "salt_lake_city", "America/Denver" },     { "montreal", "America/Toronto" },
            { "ottawa", "America/Toronto" },            { "calgary", "America/Edmonton" },
            { "saint_petersburg", "Europe/Moscow" },    { "st._petersburg", "Europe/Moscow" },
            { "kazan", "Europe/Moscow" },               { "nizhny_novgorod", "Europe/Moscow" },
            { "mumbai", "Asia/Kolkata" },               { "delhi", "Asia/Kolkata" },
            { "new_delhi", "Asia/Kolkata" },            { "bangalore", "Asia/Kolkata" },
            { "bengaluru", "Asia/Kolkata" },            { "chennai", "Asia/Kolkata" },
            { "beijing", "Asia/Shanghai" },             { "munich", "Europe/Berlin" },
            { "hamburg", "Europe/Berlin" },             { "frankfurt", "Europe/Berlin" },
            { "barcelona", "Europe/Madrid" },           { "milan", "Europe/Rome" },
            { "geneva", "Europe/Zurich" },              { "manchester", "Europe/London" },
            { "edinburgh", "Europe/London" },           { "rio_de_janeiro", "America/Sao_Paulo" },
            { "osaka", "Asia/Tokyo" },                  { "canberra", "Australia/Sydney" },
        };
        for (const auto &[city, zone] : aliases) {
            if (QTimeZone::isTimeZoneIdAvailable(QByteArray(zone)))
                m.insert(QString::fromLatin1(city), QByteArray(zone));
        }
        return m;
    }();
    return map;
}

QLocale::Territory territoryOf(const QString &country)
{
    const QString c = country.trimmed();
    if (c.isEmpty())
        return QLocale::AnyTerritory;
    if (c.size() == 2 || c.size() == 3) {
        const QLocale::Territory t = QLocale::codeToTerritory(c.toUpper());
        if (t != QLocale::AnyTerritory)
            return t;
    }
    static const QHash<QString, QLocale::Territory> byName = [] {
        QHash<QString, QLocale::Territory> m;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const QString name = QLocale::territoryToString(QLocale::Territory(t));
            if (!name.isEmpty())
                m.insert(name.toLower(), QLocale::Territory(t));
        }
        m.insert(u"usa"_s, QLocale::UnitedStates);
        m.insert(u"united states of america"_s, QLocale::UnitedStates);
        m.insert(u"uk"_s, QLocale::UnitedKingdom);
        m.insert(u"great britain"_s, QLocale::UnitedKingdom);
        m.insert(u"england"_s, QLocale::UnitedKingdom);
        m.insert(u"russian federation"_s, QLocale::Russia);
        m.insert(u"holland"_s, QLocale::Netherlands);
        m.insert(u"czech republic"_s, QLocale::CzechRepublic);
        return m;
    }();
    return byName.value(c.toLower(), QLocale::AnyTerritory);
}

} // namespace

QTimeZone AttributeFormat::timeZoneOf(const QJsonObject &attributes, const QDateTime &now)
{
    for (QLatin1StringView key : { "timezone"_L1, "time_zone"_L1, "tz"_L1 }) {
        const QString id = str(attributes, key);
        if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toLatin1()))
            return QTimeZone(id.toLatin1());
    }
    const QString city = zoneKey(str(attributes, "city"_L1));
    if (!city.isEmpty()) {
        const auto it = zonesByCity().constFind(city);
        if (it != zonesByCity().constEnd())
            return QTimeZone(*it);
    }
    const QLocale::Territory territory = territoryOf(str(attributes, "country"_L1));
    if (territory == QLocale::AnyTerritory)
        return {};
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    if (ids.isEmpty())
        return {};
    const int offset = QTimeZone(ids.first()).offsetFromUtc(now);
    for (const QByteArray &id : ids) {
        if (QTimeZone(id).offsetFromUtc(now) != offset)
            return {}; // several zones (United States, Australia…): do not guess
    }
    return QTimeZone(ids.first());
}

QString AttributeFormat::localTime(const QTimeZone &zone, const QDateTime &now, const QLocale &locale)
{
    if (!zone.isValid() || !now.isValid())
        return {};
    const QDateTime there = now.toTimeZone(zone);
    const int offset = zone.offsetFromUtc(now);
    const int mins = std::abs(offset) / 60;
    QString utc = u"UTC"_s;
    if (offset != 0)
        utc += (offset < 0 ? u'-' : u'+') + u"%1:%2"_s.arg(mins / 60, 2, 10, QLatin1Char('0')).arg(mins % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 local time (%2)").arg(locale.toString(there.time(), u"HH:mm"_s), utc);
}

QString AttributeFormat::initials(const QString &name, const QString &email)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QString out;
    if (!words.isEmpty()) {
        out += words.first().at(0).toUpper();
        if (words.size() > 1)
            out += words.last().at(0).toUpper();
        return out;
    }
    const QString e = email.trimmed();
    if (!e.isEmpty())
        return QString(e.at(0).toUpper());
    return u"?"_s;
}

QString AttributeFormat::displayName(const protocol::Contact &contact)
{
    if (!contact.name.trimmed().isEmpty())
        return contact.name.trimmed();
    if (!contact.email.trimmed().isEmpty())
        return contact.email.trimmed();
    return tr("Unnamed customer");
}

} // namespace confab::models
