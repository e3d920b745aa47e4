#include "timeutil.h"

#include <QRegularExpression>

namespace confab::protocol {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime parseTime(const QString &text)
{
    // RFC 3339 date-time: a full date, 'T', a full time with optional fraction, and a zone that
    // MUST be present ('Z' or ±HH:MM). Qt alone would read a zone-less time as local time.
    static const QRegularExpression rfc3339(QStringLiteral(
        "\\A[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})\\z"));
    if (text.size() > 40 || !rfc3339.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString nowTime()
{
    return formatTime(QDateTime::currentDateTimeUtc());
}

} // namespace confab::protocol
