#pragma once

#include "protocol/entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

// Triage rules the UI needs before asking the server: who may assign to whom (the same rule
// as server/policy, re-implemented here because client folders never link server/; the tests
// hold both to one matrix) and the snooze presets.
namespace confab::models {

class TriagePolicy
{
    Q_DECLARE_TR_FUNCTIONS(confab::models::TriagePolicy)
public:
    // Changing a conversation's assignee from `from` to `to` (empty = unassigned). Leads and
    // admins may assign to anyone; anyone may take an unassigned conversation or hand back
    // their own; keeping the current assignee is always allowed. Returns the reason, in plain
    // words, when it is not allowed; an empty string when it is.
    static QString assignmentRefusal(const protocol::Agent &by, const QString &from, const QString &to);
    static bool mayAssign(const protocol::Agent &by, const QString &from, const QString &to)
    {
        return assignmentRefusal(by, from, to).isEmpty();
    }
};

struct SnoozePreset
{
    enum Kind { InOneHour, ThisEvening, Tomorrow, NextWeek };
    Kind kind = InOneHour;
    QString label;   // "Tomorrow"
    QString detail;  // "Tue 09:00"
    QDateTime until; // UTC
    bool operator==(const SnoozePreset &) const = default;
};

class SnoozePresets
{
    Q_DECLARE_TR_FUNCTIONS(confab::models::SnoozePresets)
public:
    static constexpr int EveningHour = 18;
    static constexpr int MorningHour = 9;

    // In 1 hour; this evening (18:00, offered until 17:00); tomorrow 9:00; next week (the next
    // Monday, 9:00). Wall-clock times in `zone`, correct across daylight-saving changes.
    static QList<SnoozePreset> presets(const QDateTime &now, const QTimeZone &zone, const QLocale &locale = {});
    // "18:00" today, "tomorrow 09:00", "Mon 09:00" within a week, else "12 Mar, 09:00".
    static QString untilText(const QDateTime &until, const QDateTime &now, const QTimeZone &zone,
                             const QLocale &locale = {});
    // A picked time: must lie in the future and within a year. The reason when it does not.
    static QString checkCustom(const QDateTime &until, const QDateTime &now);
};

} // namespace confab::models
