#include "timeutil.h"

#include <QTimeZone>

namespace confab::protocol {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime parseTime(const QString &text)
{
    if (text.size() < 20 || text.size() > 40 || text.at(4) != QLatin1Char('-') || text.at(10) != QLatin1Char('T'))
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString nowTime()
{
    return formatTime(QDateTime::currentDateTimeUtc());
}

} // namespace confab::protocol
