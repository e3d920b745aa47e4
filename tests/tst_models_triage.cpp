// Triage: the assignment permission matrix per role (the UI's rule against the server's own),
// snooze presets, bulk actions producing one update each with the right base version, the
// assignee picker per role, and conflicts / refusals explained with their choices.
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/assignpicker.h"
#include "models/triagecommands.h"
#include "models/triageconflicts.h"
#include "models/triagepolicy.h"
#include "server/policy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using confab::models::AgentPresence;
using confab::models::AssignPickerModel;
using confab::models::SnoozePreset;
using confab::models::SnoozePresets;
using confab::models::TriageCommands;
using confab::models::TriageConflicts;
using confab::models::TriageOutcome;
using confab::models::TriagePolicy;
using confab::models::TriageProblem;
using confab::tests::baseTime;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestTriage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;

    static QString conv(int i) { return CacheFixture::convId(i); }

    // Waits until the outbox holds n entries and returns them.
    QList<cache::OutboxEntry> outbox(qsizetype n)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(fx->cache.reader().outbox().size(), n, 5000); }();
        if (QTest::currentTestFailed())
            return {};
        return fx->cache.reader().outbox();
    }

    static protocol::Update updateOf(const cache::OutboxEntry &e)
    {
        const auto *u = std::get_if<protocol::Update>(&e.request);
        return u ? *u : protocol::Update();
    }

    void setVersion(int i, qint64 version, const QString &assignee = u"-"_s)
    {
        protocol::Conversation c = *fx->cache.reader().conversation(conv(i));
        c.version = version;
        if (assignee != "-"_L1)
            c.assigneeId = assignee;
        fx->updateConversation(c);
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &confab::models::AgentDirectory::applyChanges);
        fx->seed(12, 6); // c0000, c0003, c0006, c0009 are mine; the rest unassigned
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    // ------------------------------------------------------------ permission matrix

    void assignmentMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("from"); // "" unassigned, "me", "other"
        QTest::addColumn<QString>("to");   // "" unassign, "me", "other", "third"
        QTest::addColumn<bool>("allowed");

        const QStringList froms { QString(), u"me"_s, u"other"_s };
        const QStringList tos { QString(), u"me"_s, u"other"_s, u"third"_s };
        for (const QString &role : { u"agent"_s, u"lead"_s, u"admin"_s }) {
            for (const QString &from : froms) {
                for (const QString &to : tos) {
                    bool allowed = role != "agent"_L1 || from == to || (from.isEmpty() && to == "me"_L1)
                        || (from == "me"_L1 && to.isEmpty());
                    QTest::addRow("%s: %s -> %s", qPrintable(role), from.isEmpty() ? "none" : qPrintable(from),
                                  to.isEmpty() ? "none" : qPrintable(to))
                        << role << from << to << allowed;
                }
            }
        }
    }

    void assignmentMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        auto id = [](const QString &who) {
            if (who == "me"_L1)
                return u"a_me"_s;
            if (who == "other"_L1)
                return u"a_ben"_s;
            if (who == "third"_L1)
                return u"a_lea"_s;
            return QString();
        };
        protocol::Agent me = CacheFixture::agent(u"a_me"_s, u"Mia"_s, role);
        const QString reason = TriagePolicy::assignmentRefusal(me, id(from), id(to));
        QCOMPARE(reason.isEmpty(), allowed);
        // The server's rule says exactly the same, in the same words.
        const auto server = confab::server::policy::checkAssignment(me, id(from), id(to));
        QCOMPARE(!server.has_value(), allowed);
        if (server) {
            QCOMPARE(server->code, protocol::ErrorCode::Forbidden);
            QCOMPARE(reason, server->message);
        }
    }

    // ------------------------------------------------------------ snooze presets

    void snoozePresets_data()
    {
        QTest::addColumn<QDateTime>("now"); // Berlin wall time
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<QDateTime>>("untils"); // Berlin wall time

        const QTimeZone berlin("Europe/Berlin");
        auto b = [&](int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), berlin); };
        const QStringList all { u"In 1 hour"_s, u"This evening"_s, u"Tomorrow"_s, u"Next week"_s };
        const QStringList late { u"In 1 hour"_s, u"Tomorrow"_s, u"Next week"_s };
        // Monday 2 March 2026.
        QTest::newRow("monday morning") << b(2026, 3, 2, 10) << all
                                        << QList<QDateTime> { b(2026, 3, 2, 11), b(2026, 3, 2, 18), b(2026, 3, 3, 9),
                                                              b(2026, 3, 9, 9) };
        QTest::newRow("friday late afternoon") << b(2026, 3, 6, 17, 30) << late
                                               << QList<QDateTime> { b(2026, 3, 6, 18, 30), b(2026, 3, 7, 9),
                                                                     b(2026, 3, 9, 9) };
        QTest::newRow("sunday") << b(2026, 3, 8, 9) << all
                                << QList<QDateTime> { b(2026, 3, 8, 10), b(2026, 3, 8, 18), b(2026, 3, 9, 9),
                                                      b(2026, 3, 9, 9) };
        // Clocks go forward on Sunday 29 March 2026 at 02:00: tomorrow 9:00 is still 9:00.
        QTest::newRow("before daylight saving") << b(2026, 3, 28, 20) << late
                                                << QList<QDateTime> { b(2026, 3, 28, 21), b(2026, 3, 29, 9),
                                                                      b(2026, 3, 30, 9) };
    }

    void snoozePresets()
    {
        QFETCH(QDateTime, now);
        QFETCH(QStringList, labels);
        QFETCH(QList<QDateTime>, untils);
        const QTimeZone berlin("Europe/Berlin");
        const QList<SnoozePreset> presets =
            SnoozePresets::presets(now.toUTC(), berlin, QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList gotLabels;
        QList<QDateTime> gotUntils;
        for (const SnoozePreset &p : presets) {
            gotLabels.append(p.label);
            gotUntils.append(p.until.toTimeZone(berlin));
            QCOMPARE(p.until.timeSpec(), Qt::UTC);
            QVERIFY(p.until > now);
        }
        QCOMPARE(gotLabels, labels);
        QCOMPARE(gotUntils, untils);
        if (now.date() == QDate(2026, 3, 28))
            QCOMPARE(presets.at(1).until, QDateTime(QDate(2026, 3, 29), QTime(7, 0), Qt::UTC)); // CEST
    }

    void snoozeTexts()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QDateTime now = baseTime(); // Monday 09:00 UTC
        QCOMPARE(SnoozePresets::untilText(now.addSecs(3600), now, utc, en), u"10:00"_s);
        QCOMPARE(SnoozePresets::untilText(now.addDays(1), now, utc, en), u"tomorrow 09:00"_s);
        QCOMPARE(SnoozePresets::untilText(now.addDays(3), now, utc, en), u"Thu 09:00"_s);
        QCOMPARE(SnoozePresets::untilText(now.addDays(10), now, utc, en), u"12 Mar, 09:00"_s);
        QVERIFY(!SnoozePresets::checkCustom(now.addSecs(-1), now).isEmpty());
        QVERIFY(!SnoozePresets::checkCustom(QDateTime(), now).isEmpty());
        QVERIFY(!SnoozePresets::checkCustom(now.addDays(400), now).isEmpty());
        QVERIFY(SnoozePresets::checkCustom(now.addDays(3), now).isEmpty());
    }

    // ------------------------------------------------------------ bulk actions

    void bulkResolveOneUpdateEachWithItsBaseVersion()
    {
        setVersion(0, 3);
        setVersion(3, 7);
        setVersion(6, 2);
        TriageCommands commands(fx->cache, *agents);
        QSignalSpy performed(&commands, &TriageCommands::performed);
        // The selection names c0003 twice and a conversation the cache does not know.
        const TriageOutcome out = commands.resolve({ conv(0), conv(3), conv(6), conv(3), u"c_unknown"_s });
        QCOMPARE(out.queued, (QStringList { conv(0), conv(3), conv(6) }));
        QCOMPARE(out.clientIds.size(), 3);
        QCOMPARE(out.missing, QStringList { u"c_unknown"_s });
        QCOMPARE(performed.count(), 1);
        QCOMPARE(performed.first().at(0).toString(), u"Resolved 3 conversations"_s);

        const QList<cache::OutboxEntry> entries = outbox(3);
        const QHash<QString, qint64> versions { { conv(0), 3 }, { conv(3), 7 }, { conv(6), 2 } };
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const cache::OutboxEntry &e = entries.at(i);
            QCOMPARE(e.kind, cache::OutboxKind::Update);
            QCOMPARE(e.clientId, out.clientIds.at(i));
            const protocol::Update u = updateOf(e);
            QCOMPARE(u.conversationId, out.queued.at(i));
            QCOMPARE(u.baseVersion, versions.value(u.conversationId));
            QCOMPARE(u.set, (QJsonObject { { u"status"_s, u"resolved"_s } }));
        }
        // The optimistic effect: resolved at once in the cache. Resolving again queues nothing.
        QTRY_COMPARE(fx->cache.reader().conversation(conv(6))->status, u"resolved"_s); // the last one written
        const TriageOutcome again = commands.resolve({ conv(0), conv(3), conv(6) });
        QCOMPARE(again.count(), 0);
        QCOMPARE(again.unchanged.size(), 3);
        // Reopening sends one more update each; queued behind the first, same base version
        // (the cache rebases it when the first is acknowledged).
        const TriageOutcome reopened = commands.reopen({ conv(3) });
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(updateOf(outbox(4).last()).baseVersion, 7);
    }

    void bulkSnoozePriorityAndTags_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("set");
        const QDateTime until = baseTime().addDays(1);
        QTest::newRow("snooze") << u"snooze"_s
                                << QJsonObject { { u"status"_s, u"snoozed"_s },
                                                 { u"snoozed_until"_s, u"2026-03-03T09:00:00.000Z"_s } };
        QTest::newRow("priority") << u"priority"_s << QJsonObject { { u"priority"_s, u"urgent"_s } };
        QTest::newRow("tag") << u"tag"_s << QJsonObject { { u"tags"_s, QJsonArray { u"billing"_s } } };
        QTest::newRow("team") << u"team"_s << QJsonObject { { u"team_id"_s, u"t_billing"_s } };
    }

    void bulkSnoozePriorityAndTags()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, set);
        TriageCommands commands(fx->cache, *agents);
        const QStringList ids { conv(2), conv(4), conv(7) };
        TriageOutcome out;
        if (action == "snooze"_L1)
            out = commands.snooze(ids, baseTime().addDays(1));
        else if (action == "priority"_L1)
            out = commands.setPriority(ids, u"urgent"_s);
        else if (action == "tag"_L1)
            out = commands.addTag(ids, u" billing "_s);
        else
            out = commands.assignTeam(ids, u"t_billing"_s);
        // c0007 is already in Billing (odd ids are): no update for it.
        const QStringList expected = action == "team"_L1 ? QStringList { conv(2), conv(4) } : ids;
        QCOMPARE(out.queued, expected);
        const QList<cache::OutboxEntry> entries = outbox(expected.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(updateOf(entries.at(i)).conversationId, expected.at(i));
            QCOMPARE(updateOf(entries.at(i)).baseVersion, 1);
            QCOMPARE(updateOf(entries.at(i)).set, set);
        }
        if (action == "tag"_L1) {
            QTRY_COMPARE(fx->cache.reader().conversation(conv(7))->tags, QStringList { u"billing"_s });
            const TriageOutcome removed = commands.removeTag(ids, u"billing"_s);
            QCOMPARE(removed.count(), 3);
            QCOMPARE(updateOf(outbox(6).last()).set, (QJsonObject { { u"tags"_s, QJsonArray() } }));
        }
    }

    void bulkAssignRespectsTheRules()
    {
        setVersion(1, 4, u"a_ben"_s); // Ben's
        TriageCommands commands(fx->cache, *agents);
        // As an agent: take the unassigned, skip my own (no change), refuse Ben's.
        const TriageOutcome out = commands.assignToMe({ conv(0), conv(1), conv(2) });
        QCOMPARE(out.queued, QStringList { conv(2) });
        QCOMPARE(out.unchanged, QStringList { conv(0) });
        QCOMPARE(out.refused, QStringList { conv(1) });
        QCOMPARE(out.reasons.first(),
                 u"This conversation is assigned to someone else; only leads and admins can reassign it."_s);
        QCOMPARE(updateOf(outbox(1).first()).set, (QJsonObject { { u"assignee_id"_s, u"a_me"_s } }));
        QVERIFY(!commands.assignRefusal({ conv(1) }, u"a_me"_s).isEmpty());
        QVERIFY(commands.assignRefusal({ conv(0) }, QString()).isEmpty()); // handing back my own

        // Handing back: explicit null.
        const TriageOutcome back = commands.assign({ conv(3) }, {});
        QCOMPARE(back.count(), 1);
        QCOMPARE(updateOf(outbox(2).last()).set, (QJsonObject { { u"assignee_id"_s, QJsonValue::Null } }));

        // As a lead, reassigning Ben's conversation is fine.
        agents->setMe(u"a_lea"_s);
        const TriageOutcome lead = commands.assign({ conv(1) }, u"a_me"_s);
        QCOMPARE(lead.queued, QStringList { conv(1) });
        QCOMPARE(updateOf(outbox(3).last()).baseVersion, 4);
    }

    // ------------------------------------------------------------ picker

    void pickerForAnAgent()
    {
        AgentPresence presence;
        AssignPickerModel picker(fx->cache.reader(), *agents, &presence);
        new QAbstractItemModelTester(&picker, QAbstractItemModelTester::FailureReportingMode::QtTest, &picker);
        picker.setSelectionIds({ conv(1) }); // unassigned
        picker.refresh();
        QVERIFY(!picker.showsWorkload());
        QStringList names;
        for (int i = 0; i < picker.rowCount(); ++i)
            names.append(picker.index(i, 0).data().toString());
        // No teammates for an agent; teams are fine.
        QCOMPARE(names, (QStringList { u"Unassigned"_s, u"Me (Mia Meyer)"_s, u"Billing"_s, u"Support"_s }));
        QVERIFY(picker.index(0, 0).data(AssignPickerModel::CurrentRole).toBool());
        QCOMPARE(picker.index(1, 0).data(AssignPickerModel::OpenCountRole).toInt(), -1);
        QCOMPARE(picker.restrictionNote(), u"Only leads and admins can assign conversations to teammates."_s);
        QVERIFY(picker.index(3, 0).data(AssignPickerModel::CurrentRole).toBool() == false);
        QVERIFY(picker.index(2, 0).data(AssignPickerModel::CurrentRole).toBool()); // c0001 is in Billing

        // Someone else's conversation: neither "Me" nor "Unassigned" is offered.
        setVersion(1, 2, u"a_ben"_s);
        picker.setSelectionIds({ conv(1) });
        QCOMPARE(picker.rowOf(AssignPickerModel::Me, u"a_me"_s), -1);
        QCOMPARE(picker.rowOf(AssignPickerModel::Unassign), -1);
        QCOMPARE(picker.restrictionNote(), u"Assigned to Ben Okafor: only leads and admins can reassign it."_s);

        // Filtering.
        picker.setFilter(u"supp"_s);
        QCOMPARE(picker.rowCount(), 1);
        QCOMPARE(picker.kindAt(0), AssignPickerModel::Team);
    }

    void pickerForALeadShowsWorkloadAndPresence()
    {
        agents->setMe(u"a_lea"_s);
        AgentPresence presence;
        presence.onPresence(u"a_ben"_s, u"online"_s);
        presence.onPresence(u"a_me"_s, u"away"_s);
        AssignPickerModel picker(fx->cache.reader(), *agents, &presence);
        new QAbstractItemModelTester(&picker, QAbstractItemModelTester::FailureReportingMode::QtTest, &picker);
        connect(&fx->cache, &cache::Cache::changed, &picker, &AssignPickerModel::applyChanges);
        picker.setSelectionIds({ conv(0) }); // Mia's
        picker.refresh();
        QVERIFY(picker.showsWorkload());
        QVERIFY(picker.restrictionNote().isEmpty());
        const int mia = picker.rowOf(AssignPickerModel::Teammate, u"a_me"_s);
        const int ben = picker.rowOf(AssignPickerModel::Teammate, u"a_ben"_s);
        QVERIFY(mia >= 0 && ben >= 0);
        QCOMPARE(picker.index(mia, 0).data(AssignPickerModel::OpenCountRole).toInt(), 4); // c0000, 3, 6, 9
        QCOMPARE(picker.index(mia, 0).data(AssignPickerModel::DetailRole).toString(), u"4 open · Away"_s);
        QVERIFY(picker.index(mia, 0).data(AssignPickerModel::CurrentRole).toBool());
        QCOMPARE(picker.index(ben, 0).data(AssignPickerModel::DetailRole).toString(), u"0 open · Online"_s);
        const int support = picker.rowOf(AssignPickerModel::Team, u"t_support"_s);
        QCOMPARE(picker.index(support, 0).data(AssignPickerModel::OpenCountRole).toInt(), 6);

        // Presence changes in place.
        QSignalSpy reset(&picker, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&picker, &QAbstractItemModel::dataChanged);
        presence.onPresence(u"a_ben"_s, u"offline"_s);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.index(ben, 0).data(AssignPickerModel::PresenceRole).toString(), u"offline"_s);

        // The selected conversation is reassigned meanwhile: the picker follows.
        setVersion(0, 2, u"a_ben"_s);
        QTRY_VERIFY(picker.index(ben, 0).data(AssignPickerModel::CurrentRole).toBool());
        QCOMPARE(picker.index(ben, 0).data(AssignPickerModel::OpenCountRole).toInt(), 1);
    }

    // ------------------------------------------------------------ conflicts and refusals

    void conflictKeepTheirs()
    {
        TriageCommands commands(fx->cache, *agents);
        TriageConflicts conflicts(fx->cache, *agents);
        connect(&fx->cache, &cache::Cache::changed, &conflicts, &TriageConflicts::applyChanges);
        QSignalSpy appeared(&conflicts, &TriageConflicts::problemAppeared);
        QSignalSpy cleared(&conflicts, &TriageConflicts::problemCleared);

        const QString clientId = commands.assignToMe({ conv(1) }).clientIds.value(0);
        QVERIFY(!clientId.isEmpty());
        outbox(1);
        // Meanwhile Lea assigned it to Ben: the server answers conflict with its current state.
        protocol::Conversation theirs = *fx->cache.reader().conversation(conv(1));
        theirs.assigneeId = u"a_ben"_s;
        theirs.version = 2;
        fx->run([&](cache::CacheWriter &w) { return w.markConflict(clientId, theirs); });
        QTRY_COMPARE(appeared.count(), 1);
        const auto problem = appeared.first().at(0).value<TriageProblem>();
        QCOMPARE(problem.kind, TriageProblem::Conflict);
        QCOMPARE(problem.conversationId, conv(1));
        QCOMPARE(problem.explanation,
                 u"Someone else changed this conversation while your change was on its way. It is now assigned to "
                 "Ben Okafor; you assigned it to yourself."_s);
        QCOMPARE(conflicts.problems().size(), 1);

        conflicts.keepTheirs(problem.outboxId);
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(fx->cache.reader().outbox().size(), 0);
        QCOMPARE(fx->cache.reader().conversation(conv(1))->assigneeId, u"a_ben"_s);
        QVERIFY(conflicts.problems().isEmpty());
    }

    void conflictApplyMine()
    {
        agents->setMe(u"a_lea"_s);
        TriageCommands commands(fx->cache, *agents);
        TriageConflicts conflicts(fx->cache, *agents);
        connect(&fx->cache, &cache::Cache::changed, &conflicts, &TriageConflicts::applyChanges);
        QSignalSpy appeared(&conflicts, &TriageConflicts::problemAppeared);
        const QString clientId = commands.setPriority({ conv(2) }, u"urgent"_s).clientIds.value(0);
        outbox(1);
        protocol::Conversation theirs = *fx->cache.reader().conversation(conv(2));
        theirs.priority = u"low"_s;
        theirs.status = u"resolved"_s;
        theirs.version = 5;
        fx->run([&](cache::CacheWriter &w) { return w.markConflict(clientId, theirs); });
        QTRY_COMPARE(appeared.count(), 1);
        const auto problem = appeared.first().at(0).value<TriageProblem>();
        QCOMPARE(problem.explanation,
                 u"Someone else changed this conversation while your change was on its way. Its priority is now Low; "
                 "you set Urgent."_s);
        conflicts.applyMine(problem.outboxId);
        // Pending again, on top of their version.
        QTRY_COMPARE(fx->cache.reader().outbox().value(0).state, cache::OutboxState::Pending);
        QCOMPARE(updateOf(fx->cache.reader().outbox().first()).baseVersion, 5);
        QTRY_VERIFY(conflicts.problems().isEmpty());
    }

    void sameChangeMeanwhile()
    {
        protocol::Conversation theirs = CacheFixture::conversation(conv(1), u"k1"_s, baseTime());
        theirs.status = u"resolved"_s;
        QCOMPARE(TriageConflicts::describeConflict({ { u"status"_s, u"resolved"_s } }, theirs, *agents),
                 u"Someone else made the same change meanwhile, so nothing is lost by keeping theirs."_s);
        QCOMPARE(TriageConflicts::describeConflict({ { u"status"_s, u"open"_s } }, theirs, *agents),
                 u"Someone else changed this conversation while your change was on its way. It is now resolved; you "
                 "marked it open."_s);
    }

    void forbiddenExplained()
    {
        TriageCommands commands(fx->cache, *agents);
        TriageConflicts conflicts(fx->cache, *agents);
        connect(&fx->cache, &cache::Cache::changed, &conflicts, &TriageConflicts::applyChanges);
        QSignalSpy appeared(&conflicts, &TriageConflicts::problemAppeared);
        // The cache believed c0001 was unassigned; the server knows Ben took it.
        const QString clientId = commands.assignToMe({ conv(1) }).clientIds.value(0);
        outbox(1);
        setVersion(1, 1, u"a_ben"_s);
        fx->run([&](cache::CacheWriter &w) {
            return w.markFailed(clientId, protocol::ErrorCode::Forbidden, u"not allowed"_s);
        });
        QTRY_COMPARE(appeared.count(), 1);
        const auto problem = appeared.first().at(0).value<TriageProblem>();
        QCOMPARE(problem.kind, TriageProblem::Forbidden);
        QCOMPARE(problem.title, u"This change is not allowed"_s);
        QCOMPARE(problem.explanation,
                 u"This conversation is assigned to someone else; only leads and admins can reassign it. It is "
                 "assigned to Ben Okafor; ask them or a lead to hand it over."_s);
        conflicts.keepTheirs(problem.outboxId);
        QTRY_COMPARE(fx->cache.reader().outbox().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_models_triage.moc"
