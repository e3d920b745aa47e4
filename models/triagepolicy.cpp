#include "models/triagepolicy.h"

namespace confab::models {

using namespace Qt::StringLiterals;

QString TriagePolicy::assignmentRefusal(const protocol::Agent &by, const QString &from, const QString &to)
{
    // Null and empty both mean "unassigned" (as in server/policy.cpp).
    const QString a = from.isEmpty() ? QString() : from;
    const QString b = to.isEmpty() ? QString() : to;
    if (a == b || by.isLeadOrAdmin())
        return {};
    if (a.isNull() && b == by.id)
        return {}; // taking an unassigned conversation
    if (a == by.id && b.isNull())
        return {}; // handing back one's own
    if (!a.isNull() && a != by.id)
        return tr("This conversation is assigned to someone else; only leads and admins can reassign it.");
    return tr("Only leads and admins can assign a conversation to someone else.");
}

// ---------------------------------------------------------------- snooze

namespace {
QDateTime at(const QDate &day, int hour, const QTimeZone &zone)
{
    // QDateTime moves a time that falls into a spring-forward gap past the gap.
    return QDateTime(day, QTime(hour, 0), zone).toUTC();
}
} // namespace

QList<SnoozePreset> SnoozePresets::presets(const QDateTime &now, const QTimeZone &zone, const QLocale &locale)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime local = now.toTimeZone(z);
    const QDate today = local.date();
    QList<SnoozePreset> out;
    auto add = [&](SnoozePreset::Kind kind, const QString &label, const QDateTime &until) {
        out.append({ kind, label, untilText(until, now, z, locale), until });
    };
    add(SnoozePreset::InOneHour, tr("In 1 hour"), now.toUTC().addSecs(3600));
    if (local.time() < QTime(EveningHour - 1, 0))
        add(SnoozePreset::ThisEvening, tr("This evening"), at(today, EveningHour, z));
    add(SnoozePreset::Tomorrow, tr("Tomorrow"), at(today.addDays(1), MorningHour, z));
    const int toMonday = 8 - today.dayOfWeek(); // Monday = 1 -> 7 days, Sunday = 7 -> 1 day
    add(SnoozePreset::NextWeek, tr("Next week"), at(today.addDays(toMonday), MorningHour, z));
    return out;
}

QString SnoozePresets::untilText(const QDateTime &until, const QDateTime &now, const QTimeZone &zone,
                                 const QLocale &locale)
{
    if (!until.isValid())
        return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime u = until.toTimeZone(z);
    const QDate today = now.toTimeZone(z).date();
    const QString time = locale.toString(u.time(), u"HH:mm"_s);
    const qint64 days = today.daysTo(u.date());
    if (days == 0)
        return time;
    if (days == 1)
        return tr("tomorrow %1").arg(time);
    if (days > 1 && days < 7)
        return tr("%1 %2").arg(locale.dayName(u.date().dayOfWeek(), QLocale::ShortFormat), time);
    return tr("%1, %2").arg(locale.toString(u.date(), u"d MMM"_s), time);
}

QString SnoozePresets::checkCustom(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return tr("Pick a date and time.");
    if (until <= now)
        return tr("Pick a time in the future.");
    if (until > now.addDays(366))
        return tr("Snooze for at most a year.");
    return {};
}

} // namespace confab::models
