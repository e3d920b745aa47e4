#pragma once

#include <QDateTime>
#include <QString>

namespace confab::protocol {

// RFC 3339 UTC with milliseconds: 2026-11-23T10:15:30.123Z. An invalid time gives an empty string.
QString formatTime(const QDateTime &time);
// Accepts RFC 3339 date-times: optional fraction (read to the millisecond), 'Z' or a ±HH:MM offset
// (required: a time without a zone is rejected, never read as local time); returns UTC.
// An unparsable string gives an invalid QDateTime.
QDateTime parseTime(const QString &text);
QString nowTime();

} // namespace confab::protocol
