#include "models/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace confab::models {

namespace {
// The translation context of these free functions.
struct TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(confab::models::TimeFormat)
};
// Numbers in the locale's digits.
QString num(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

QString relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 secs = time.secsTo(now);
    if (secs < 60)
        return TimeFormat::tr("now", "list time: less than a minute ago");
    if (secs < 3600)
        return TimeFormat::tr("%1m", "compact minutes").arg(num(secs / 60));
    const qint64 days = local.date().daysTo(localNow.date());
    if (days == 0)
        return TimeFormat::tr("%1h", "compact hours").arg(num(secs / 3600));
    if (days == 1)
        return TimeFormat::tr("Yesterday");
    const QLocale locale;
    if (days < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    if (local.date().year() == localNow.date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString waitingTime(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 secs = std::max<qint64>(0, since.secsTo(now));
    if (secs < 60)
        return TimeFormat::tr("<1m", "compact: less than a minute");
    if (secs < 3600)
        return TimeFormat::tr("%1m", "compact minutes").arg(num(secs / 60));
    if (secs < 86400)
        return TimeFormat::tr("%1h", "compact hours").arg(num(secs / 3600));
    return TimeFormat::tr("%1d", "compact days").arg(num(secs / 86400));
}

QString timeOfDay(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The locale's short format, without seconds (some locales' short format has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return QLocale().toString(time.toLocalTime().time(), format);
}

QString dayLabel(const QDate &day, const QDate &today)
{
    const qint64 days = day.daysTo(today);
    if (days == 0)
        return TimeFormat::tr("Today");
    if (days == 1)
        return TimeFormat::tr("Yesterday");
    const QLocale locale;
    if (day.year() == today.year())
        return locale.toString(day, QStringLiteral("dddd, d MMMM"));
    return locale.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString englishPlural(QString text, qint64 n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString fullTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace confab::models
