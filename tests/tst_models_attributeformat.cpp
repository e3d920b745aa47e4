// AttributeFormat: every attribute type formatted for people (data-driven), labels, relative
// ages, standard and custom attribute rows, presence, time zones and initials.
#include "models/attributeformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::models::AttributeFormat;
using confab::models::AttributeFormatOptions;
using confab::models::AttributeKind;
using confab::models::FormattedAttribute;
namespace protocol = confab::protocol;

Q_DECLARE_METATYPE(AttributeKind)

namespace {
const QDateTime Now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

AttributeFormatOptions options()
{
    AttributeFormatOptions o;
    o.now = Now;
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    o.zone = QTimeZone::utc();
    o.currency = u"USD"_s;
    return o;
}
} // namespace

class TestAttributeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<AttributeKind>("kind");

        QTest::newRow("null") << u"notes"_s << QJsonValue(QJsonValue::Null) << AttributeKind::Empty;
        QTest::newRow("empty string") << u"promo_code"_s << QJsonValue(u"  "_s) << AttributeKind::Empty;
        QTest::newRow("text") << u"promo_code"_s << QJsonValue(u"SPRING24"_s) << AttributeKind::Text;
        QTest::newRow("bool") << u"onboarded"_s << QJsonValue(true) << AttributeKind::Boolean;
        QTest::newRow("count") << u"projects"_s << QJsonValue(12) << AttributeKind::Number;
        QTest::newRow("payments count") << u"payments"_s << QJsonValue(7) << AttributeKind::Number;
        QTest::newRow("mrr") << u"mrr"_s << QJsonValue(99) << AttributeKind::Money;
        QTest::newRow("money spent") << u"money_spent"_s << QJsonValue(1234.5) << AttributeKind::Money;
        QTest::newRow("currency suffix") << u"price_eur"_s << QJsonValue(19.99) << AttributeKind::Money;
        QTest::newRow("camelCase money") << u"lifetimeRevenue"_s << QJsonValue(10) << AttributeKind::Money;
        QTest::newRow("rfc3339") << u"last_payment_at"_s << QJsonValue(u"2026-02-28T10:00:00Z"_s) << AttributeKind::Date;
        QTest::newRow("date under any key") << u"renewal"_s << QJsonValue(u"2026-04-01"_s) << AttributeKind::Date;
        QTest::newRow("unix seconds under _at") << u"last_login_at"_s << QJsonValue(1772000000) << AttributeKind::Date;
        QTest::newRow("unix ms under _at") << u"last_login_at"_s << QJsonValue(1772000000000.0) << AttributeKind::Date;
        QTest::newRow("small number under _at") << u"seen_at"_s << QJsonValue(12) << AttributeKind::Number;
        QTest::newRow("unix seconds elsewhere") << u"score"_s << QJsonValue(1772000000) << AttributeKind::Number;
        QTest::newRow("not a date") << u"build"_s << QJsonValue(u"2026-13-45"_s) << AttributeKind::Text;
        QTest::newRow("url") << u"website"_s << QJsonValue(u"https://acme.example/x?y=1"_s) << AttributeKind::Url;
        QTest::newRow("not a url") << u"website"_s << QJsonValue(u"https://"_s) << AttributeKind::Text;
        QTest::newRow("javascript is text") << u"website"_s << QJsonValue(u"javascript:alert(1)"_s) << AttributeKind::Text;
        QTest::newRow("email") << u"billing_email"_s << QJsonValue(u"ap@acme.example"_s) << AttributeKind::Email;
    }

    void kinds()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(AttributeKind, kind);
        QCOMPARE(AttributeFormat::kindOf(key, value), kind);
    }

    void values_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");

        QTest::newRow("whole money") << u"mrr"_s << QJsonValue(99) << u"$99"_s << u"99"_s;
        QTest::newRow("money with cents") << u"money_spent"_s << QJsonValue(1234.5) << u"$1,234.50"_s << u"1234.5"_s;
        QTest::newRow("euro by key") << u"price_eur"_s << QJsonValue(19.99) << u"€19.99"_s << u"19.99"_s;
        QTest::newRow("negative money") << u"refund"_s << QJsonValue(-20) << u"-$20"_s << u"-20"_s;
        QTest::newRow("big count") << u"seats"_s << QJsonValue(1200) << u"1,200"_s << QString();
        QTest::newRow("id without grouping") << u"legacy_id"_s << QJsonValue(123456) << u"123456"_s << QString();
        QTest::newRow("fraction rounded") << u"ratio"_s << QJsonValue(3.14159) << u"3.14"_s << u"3.14159"_s;
        QTest::newRow("fraction kept") << u"ratio"_s << QJsonValue(2.5) << u"2.5"_s << QString();
        QTest::newRow("yes") << u"onboarded"_s << QJsonValue(true) << u"Yes"_s << QString();
        QTest::newRow("no") << u"beta"_s << QJsonValue(false) << u"No"_s << QString();
        QTest::newRow("date 2 days ago") << u"last_payment_at"_s << QJsonValue(u"2026-02-28T10:00:00Z"_s)
                                         << u"28 Feb 2026 (2 days ago)"_s << u"Saturday, February 28, 2026 10:00:00 AM UTC"_s;
        QTest::newRow("date yesterday") << u"last_payment_at"_s << QJsonValue(u"2026-03-01T08:00:00Z"_s)
                                        << u"1 Mar 2026 (yesterday)"_s << u"Sunday, March 1, 2026 8:00:00 AM UTC"_s;
        QTest::newRow("plain future date") << u"trial_ends_on"_s << QJsonValue(u"2026-03-09"_s)
                                           << u"9 Mar 2026 (in 7 days)"_s << u"Monday, March 9, 2026 12:00:00 PM UTC"_s;
        QTest::newRow("unix seconds") << u"last_login_at"_s << QJsonValue(1772000000) << u"25 Feb 2026 (5 days ago)"_s
                                      << u"Wednesday, February 25, 2026 6:13:20 AM UTC"_s;
        QTest::newRow("months ago") << u"first_seen_at"_s << QJsonValue(u"2025-11-20T09:00:00Z"_s)
                                    << u"20 Nov 2025 (3 months ago)"_s << u"Thursday, November 20, 2025 9:00:00 AM UTC"_s;
        QTest::newRow("url") << u"website"_s << QJsonValue(u"https://acme.example/x"_s) << u"https://acme.example/x"_s
                             << u"https://acme.example/x"_s;
        QTest::newRow("email") << u"billing_email"_s << QJsonValue(u"ap@acme.example"_s) << u"ap@acme.example"_s << QString();
        QTest::newRow("text collapsed") << u"keywords"_s << QJsonValue(u"  dashboards,\n  sql "_s) << u"dashboards, sql"_s
                                        << u"  dashboards,\n  sql "_s;
        QTest::newRow("empty") << u"promo_code"_s << QJsonValue(u""_s) << u"—"_s << QString();
        QTest::newRow("null") << u"notes"_s << QJsonValue(QJsonValue::Null) << u"—"_s << QString();
    }

    void values()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        const FormattedAttribute f = AttributeFormat::format(key, value, options());
        QCOMPARE(f.text, text);
        // Long date formats differ between ICU versions; compare the parts that matter.
        if (f.kind == AttributeKind::Date)
            QVERIFY2(f.toolTip.contains(toolTip.section(u',', 1, 1).trimmed()), qPrintable(f.toolTip));
        else
            QCOMPARE(f.toolTip, toolTip);
    }

    void links()
    {
        const FormattedAttribute url = AttributeFormat::format(u"website"_s, QJsonValue(u"https://acme.example/a b"_s), options());
        QCOMPARE(url.kind, AttributeKind::Text); // a space is not a valid URL: not offered as a link
        const FormattedAttribute ok = AttributeFormat::format(u"website"_s, QJsonValue(u"https://acme.example/a"_s), options());
        QCOMPARE(ok.url, QUrl(u"https://acme.example/a"_s));
        const FormattedAttribute mail = AttributeFormat::format(u"billing_email"_s, QJsonValue(u"ap@acme.example"_s), options());
        QCOMPARE(mail.url, QUrl(u"mailto:ap@acme.example"_s));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("snake") << u"money_spent"_s << u"Money spent"_s;
        QTest::newRow("acronym") << u"mrr"_s << u"MRR"_s;
        QTest::newRow("date suffix dropped") << u"last_payment_at"_s << u"Last payment"_s;
        QTest::newRow("standard") << u"signed_up_at"_s << u"Signed up"_s;
        QTest::newRow("sessions") << u"session_count"_s << u"Sessions"_s;
        QTest::newRow("camel") << u"promoCode"_s << u"Promo code"_s;
        QTest::newRow("acronyms inside") << u"api_key_id"_s << u"API key ID"_s;
        QTest::newRow("kebab and dots") << u"utm.source-name"_s << u"UTM source name"_s;
        QTest::newRow("just at") << u"at"_s << u"At"_s;
    }

    void labels()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QCOMPARE(AttributeFormat::label(key), label);
    }

    void relativeAges_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(20) << u"just now"_s;
        QTest::newRow("1 minute") << qint64(61) << u"1 minute ago"_s;
        QTest::newRow("minutes") << qint64(45 * 60) << u"45 minutes ago"_s;
        QTest::newRow("1 hour") << qint64(3600) << u"1 hour ago"_s;
        QTest::newRow("hours") << qint64(23 * 3600 + 59 * 60) << u"23 hours ago"_s;
        QTest::newRow("yesterday") << qint64(30 * 3600) << u"yesterday"_s;
        QTest::newRow("2 days") << qint64(47 * 3600) << u"2 days ago"_s;
        QTest::newRow("13 days") << qint64(13 * 86400) << u"13 days ago"_s;
        QTest::newRow("weeks") << qint64(20 * 86400) << u"2 weeks ago"_s;
        QTest::newRow("months") << qint64(95 * 86400) << u"3 months ago"_s;
        QTest::newRow("year") << qint64(400 * 86400) << u"1 year ago"_s;
        QTest::newRow("years") << qint64(3 * 366 * 86400) << u"3 years ago"_s;
        QTest::newRow("in an hour") << qint64(-3600) << u"in 1 hour"_s;
        QTest::newRow("tomorrow") << qint64(-26 * 3600) << u"tomorrow"_s;
        QTest::newRow("in months") << qint64(-70 * 86400) << u"in 2 months"_s;
    }

    void relativeAges()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, text);
        QCOMPARE(AttributeFormat::relativeAge(Now.addSecs(-secondsAgo), Now), text);
    }

    void standardAttributes()
    {
        protocol::Contact c;
        c.attributes = QJsonObject { { u"browser"_s, u"Chrome"_s },      { u"browser_version"_s, u"124.0.6367.91"_s },
                                     { u"os"_s, u"macOS 14.5"_s },       { u"city"_s, u"Berlin"_s },
                                     { u"country"_s, u"Germany"_s },     { u"signed_up_at"_s, u"2025-12-01T08:00:00.000Z"_s },
                                     { u"session_count"_s, 1342 },       { u"plan"_s, u"enterprise_plus"_s },
                                     { u"mrr"_s, 10 } };
        const QList<FormattedAttribute> rows = AttributeFormat::standardAttributes(c, options());
        QStringList shown;
        for (const FormattedAttribute &f : rows)
            shown.append(f.label + u'=' + f.text);
        QCOMPARE(shown, (QStringList { u"Location=Berlin, Germany"_s, u"Browser=Chrome 124"_s, u"OS=macOS 14.5"_s,
                                       u"Signed up=1 Dec 2025 (3 months ago)"_s, u"Sessions=1,342"_s,
                                       u"Plan=Enterprise plus"_s }));
        QCOMPARE(rows.at(1).toolTip, u"Chrome 124.0.6367.91"_s);

        // Missing values leave their rows out; one part of a pair is enough.
        protocol::Contact sparse;
        sparse.attributes = QJsonObject { { u"country"_s, u"Germany"_s }, { u"browser_version"_s, u"17.5"_s } };
        const QList<FormattedAttribute> few = AttributeFormat::standardAttributes(sparse, options());
        QCOMPARE(few.size(), 2);
        QCOMPARE(few.at(0).text, u"Germany"_s);
        QCOMPARE(few.at(1).text, u"Version 17"_s);
        QVERIFY(AttributeFormat::standardAttributes(protocol::Contact(), options()).isEmpty());
    }

    void customAttributesInStableOrder()
    {
        protocol::Contact c;
        c.attributes = QJsonObject { { u"zeta"_s, 1 },        { u"Alpha"_s, u"x"_s },     { u"company"_s, u"Acme"_s },
                                     { u"mrr"_s, 10 },        { u"plan"_s, u"pro"_s },    { u"currency"_s, u"eur"_s },
                                     { u"beta_user"_s, true }, { u"timezone"_s, u"Europe/Berlin"_s } };
        const QList<FormattedAttribute> rows = AttributeFormat::customAttributes(c, options());
        QStringList shown;
        for (const FormattedAttribute &f : rows)
            shown.append(f.label + u'=' + f.text);
        // Standard keys and header keys (company, timezone) are not repeated; money takes the
        // contact's currency.
        QCOMPARE(shown, (QStringList { u"Alpha=x"_s, u"Beta user=Yes"_s, u"Currency=eur"_s, u"MRR=€10"_s, u"Zeta=1"_s }));
        // Same input, same order.
        QCOMPARE(AttributeFormat::customAttributes(c, options()), rows);
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonObject>("attributes");
        QTest::addColumn<QString>("currency");
        QTest::newRow("default") << u"mrr"_s << QJsonObject() << u"USD"_s;
        QTest::newRow("key suffix") << u"price_gbp"_s << QJsonObject { { u"currency"_s, u"EUR"_s } } << u"GBP"_s;
        QTest::newRow("contact currency") << u"mrr"_s << QJsonObject { { u"currency"_s, u"chf"_s } } << u"CHF"_s;
        QTest::newRow("bad contact currency") << u"mrr"_s << QJsonObject { { u"currency"_s, u"euros"_s } } << u"USD"_s;
    }

    void currencies()
    {
        QFETCH(QString, key);
        QFETCH(QJsonObject, attributes);
        QFETCH(QString, currency);
        QCOMPARE(AttributeFormat::currencyFor(key, attributes, u"USD"_s), currency);
    }

    void moneyInOtherLocales()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(AttributeFormat::money(1234.5, u"EUR"_s, de), u"€1.234,50"_s);
        QCOMPARE(AttributeFormat::money(5, u"XYZ"_s, QLocale(QLocale::English, QLocale::UnitedStates)), u"XYZ 5"_s);
        QCOMPARE(AttributeFormat::number(1234567, de), u"1.234.567"_s);
    }

    void pieces_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("browser");
        QTest::newRow("both") << u"Berlin"_s << u"Germany"_s << u"Berlin, Germany"_s << u"Berlin Germany"_s;
        QTest::newRow("city only") << u" Berlin "_s << QString() << u"Berlin"_s << u"Berlin"_s;
        QTest::newRow("second only") << QString() << u"Germany"_s << u"Germany"_s << u"Version Germany"_s;
        QTest::newRow("city state") << u"Singapore"_s << u"Singapore"_s << u"Singapore"_s << u"Singapore Singapore"_s;
        QTest::newRow("version") << u"Chrome"_s << u"124.0.6367.91"_s << u"Chrome, 124.0.6367.91"_s << u"Chrome 124"_s;
        QTest::newRow("none") << QString() << QString() << QString() << QString();
    }

    void pieces()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, location);
        QFETCH(QString, browser);
        QCOMPARE(AttributeFormat::location(a, b), location);
        QCOMPARE(AttributeFormat::browser(a, b), browser);
    }

    void presence_data()
    {
        QTest::addColumn<QDateTime>("lastSeen");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("online");
        QTest::newRow("online") << Now.addSecs(-120) << u"Online now"_s << true;
        QTest::newRow("just gone") << Now.addSecs(-6 * 60) << u"Last seen 6 minutes ago"_s << false;
        QTest::newRow("hours") << Now.addSecs(-3 * 3600) << u"Last seen 3 hours ago"_s << false;
        QTest::newRow("never") << QDateTime() << u"Never seen"_s << false;
    }

    void presence()
    {
        QFETCH(QDateTime, lastSeen);
        QFETCH(QString, text);
        QFETCH(bool, online);
        bool on = !online;
        QCOMPARE(AttributeFormat::presence(lastSeen, Now, &on), text);
        QCOMPARE(on, online);
    }

    void timeZones_data()
    {
        QTest::addColumn<QJsonObject>("attributes");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("offsetSecs"); // on 2 March 2026

        QTest::newRow("city in the database") << QJsonObject { { u"city"_s, u"Berlin"_s } } << true << 3600;
        QTest::newRow("city with a space") << QJsonObject { { u"city"_s, u"Los Angeles"_s } } << true << -8 * 3600;
        QTest::newRow("city alias") << QJsonObject { { u"city"_s, u"Portland"_s }, { u"country"_s, u"United States"_s } }
                                    << true << -8 * 3600;
        QTest::newRow("city over country")
            << QJsonObject { { u"city"_s, u"Yekaterinburg"_s }, { u"country"_s, u"Russia"_s } } << true << 5 * 3600;
        QTest::newRow("explicit zone wins")
            << QJsonObject { { u"timezone"_s, u"Asia/Tokyo"_s }, { u"city"_s, u"Berlin"_s } } << true << 9 * 3600;
        QTest::newRow("bad explicit zone falls back")
            << QJsonObject { { u"timezone"_s, u"Mars/Olympus"_s }, { u"city"_s, u"Berlin"_s } } << true << 3600;
        QTest::newRow("one-zone country") << QJsonObject { { u"country"_s, u"Greece"_s } } << true << 2 * 3600;
        QTest::newRow("country code") << QJsonObject { { u"country"_s, u"de"_s } } << true << 3600;
        QTest::newRow("many-zone country") << QJsonObject { { u"country"_s, u"United States"_s } } << false << 0;
        QTest::newRow("unknown city and country") << QJsonObject { { u"city"_s, u"Atlantis"_s } } << false << 0;
        QTest::newRow("nothing") << QJsonObject() << false << 0;
    }

    void timeZones()
    {
        QFETCH(QJsonObject, attributes);
        QFETCH(bool, known);
        QFETCH(int, offsetSecs);
        const QTimeZone zone = AttributeFormat::timeZoneOf(attributes, Now);
        QCOMPARE(zone.isValid(), known);
        if (known)
            QCOMPARE(zone.offsetFromUtc(Now), offsetSecs);
    }

    void localTime()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(AttributeFormat::localTime(QTimeZone("Europe/Berlin"), Now, en), u"10:00 local time (UTC+01:00)"_s);
        QCOMPARE(AttributeFormat::localTime(QTimeZone("Asia/Kolkata"), Now, en), u"14:30 local time (UTC+05:30)"_s);
        QCOMPARE(AttributeFormat::localTime(QTimeZone("America/Los_Angeles"), Now, en), u"01:00 local time (UTC-08:00)"_s);
        QCOMPARE(AttributeFormat::localTime(QTimeZone::utc(), Now, en), u"09:00 local time (UTC)"_s);
        QCOMPARE(AttributeFormat::localTime(QTimeZone(), Now, en), QString());
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("display");
        QTest::newRow("two words") << u"Ada Lovelace"_s << u"ada@x.io"_s << u"AL"_s << u"Ada Lovelace"_s;
        QTest::newRow("three words") << u"ada  de la lovelace"_s << QString() << u"AL"_s << u"ada  de la lovelace"_s;
        QTest::newRow("one word") << u"ben"_s << QString() << u"B"_s << u"ben"_s;
        QTest::newRow("email only") << QString() << u"zoe@x.io"_s << u"Z"_s << u"zoe@x.io"_s;
        QTest::newRow("nothing") << QString() << QString() << u"?"_s << u"Unnamed customer"_s;
        QTest::newRow("cyrillic") << u"Анна Петрова"_s << QString() << u"АП"_s << u"Анна Петрова"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, initials);
        QFETCH(QString, display);
        QCOMPARE(AttributeFormat::initials(name, email), initials);
        protocol::Contact c;
        c.name = name;
        c.email = email;
        QCOMPARE(AttributeFormat::displayName(c), display);
    }
};

QTEST_GUILESS_MAIN(TestAttributeFormat)
#include "tst_models_attributeformat.moc"
