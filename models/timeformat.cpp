#include "models/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace confab::models {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("confab::models::TimeFormat", text);
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
        return tr("now");
    if (secs < 3600)
        return tr("%1m").arg(secs / 60);
    const qint64 days = local.date().daysTo(localNow.date());
    if (days == 0)
        return tr("%1h").arg(secs / 3600);
    if (days == 1)
        return tr("Yesterday");
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
        return tr("<1m");
    if (secs < 3600)
        return tr("%1m").arg(secs / 60);
    if (secs < 86400)
        return tr("%1h").arg(secs / 3600);
    return tr("%1d").arg(secs / 86400);
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
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (day.year() == today.year())
        return locale.toString(day, QStringLiteral("dddd, d MMMM"));
    return locale.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString fullTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace confab::models
