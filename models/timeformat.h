#pragma once

#include <QDateTime>
#include <QString>

// Short human times for lists and the feed. `now` is passed in so that tests and painting use
// one clock reading.
namespace confab::models {

// List column: "now", "5m", "3h", "Yesterday", "Tue", "12 Mar", "12 Mar 2024".
QString relativeTime(const QDateTime &time, const QDateTime &now);
// How long a customer has been waiting: "45s" is "<1m", then "12m", "3h", "2d".
QString waitingTime(const QDateTime &since, const QDateTime &now);
// Feed: the time of day of a message ("14:05" in the user's locale).
QString timeOfDay(const QDateTime &time);
// Feed day separators: "Today", "Yesterday", "Monday, 12 March", "12 March 2024".
QString dayLabel(const QDate &day, const QDate &today);
// Full date and time for tooltips.
QString fullTime(const QDateTime &time);

// English fallback for tr("%n minute(s) ago", nullptr, n) when no translation is installed (the
// English .qm normally supplies "1 minute ago" / "3 minutes ago"): "(s)" becomes "" or "s".
QString englishPlural(QString text, qint64 n);

} // namespace confab::models
