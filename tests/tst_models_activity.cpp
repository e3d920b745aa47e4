// ActivityTracker (typing / also viewing from ephemeral frames) and the time formats.
#include "tst_models_fixture.h"

#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/timeformat.h"

using namespace Qt::StringLiterals;
using confab::tests::CacheFixture;
namespace cache = confab::cache;

class TestActivity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        fx = std::make_unique<CacheFixture>();
        fx->seed(3);
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    void typingAndViewing()
    {
        confab::models::ActivityTracker tracker(*agents);
        tracker.setTypingTimeoutMs(200);
        tracker.setViewingTimeoutMs(400);
        QSignalSpy changed(&tracker, &confab::models::ActivityTracker::changed);
        tracker.onTyping(u"c1"_s, u"a_me"_s, true); // my own echo is ignored
        QCOMPARE(changed.count(), 0);
        tracker.onTyping(u"c1"_s, u"a_ben"_s, true);
        QCOMPARE(tracker.typingText(u"c1"_s), u"Ben is typing…"_s);
        QCOMPARE(tracker.viewingText(u"c1"_s), u"Ben is also viewing"_s);
        tracker.onTyping(u"c1"_s, u"a_lea"_s, true);
        QCOMPARE(tracker.typingText(u"c1"_s), u"Ben and Lea are typing…"_s);
        tracker.onTyping(u"c1"_s, u"a_lea"_s, false);
        QCOMPARE(tracker.typingAgents(u"c1"_s), QStringList { u"a_ben"_s });
        QVERIFY(tracker.typingText(u"c2"_s).isEmpty());
        // Typing expires without a new "on"; viewing later.
        QTRY_VERIFY_WITH_TIMEOUT(tracker.typingText(u"c1"_s).isEmpty(), 3000);
        QVERIFY(!tracker.viewingText(u"c1"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(tracker.viewingText(u"c1"_s).isEmpty(), 3000);
    }

    void viewingMovesWithTheAgent()
    {
        confab::models::ActivityTracker tracker(*agents);
        tracker.onViewing(u"c1"_s, u"a_ben"_s);
        tracker.onViewing(u"c2"_s, u"a_ben"_s);
        QVERIFY(tracker.viewingAgents(u"c1"_s).isEmpty());
        QCOMPARE(tracker.viewingAgents(u"c2"_s), QStringList { u"a_ben"_s });
        tracker.onPresence(u"a_ben"_s, u"offline"_s);
        QVERIFY(tracker.viewingAgents(u"c2"_s).isEmpty());
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(20) << u"now"_s;
        QTest::newRow("minutes") << qint64(5 * 60 + 3) << u"5m"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 100) << u"3h"_s;
        QTest::newRow("yesterday") << qint64(30 * 3600) << u"Yesterday"_s;
        QTest::newRow("weekday") << qint64(4 * 86400) << u"Wed"_s;
        QTest::newRow("date") << qint64(20 * 86400) << u"11 May"_s;
    }

    void relativeTimes()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime(QDate(2026, 5, 31), QTime(18, 0)); // local time, a Sunday
        QCOMPARE(confab::models::relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

    void waitingTimes()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(confab::models::waitingTime(now.addSecs(-30), now), u"<1m"_s);
        QCOMPARE(confab::models::waitingTime(now.addSecs(-12 * 60), now), u"12m"_s);
        QCOMPARE(confab::models::waitingTime(now.addSecs(-5 * 3600), now), u"5h"_s);
        QCOMPARE(confab::models::waitingTime(now.addDays(-2), now), u"2d"_s);
        QVERIFY(confab::models::waitingTime(QDateTime(), now).isEmpty());
        const QDate today(2026, 5, 31);
        QCOMPARE(confab::models::dayLabel(today, today), u"Today"_s);
        QCOMPARE(confab::models::dayLabel(today.addDays(-1), today), u"Yesterday"_s);
        QCOMPARE(confab::models::dayLabel(QDate(2026, 5, 4), today), u"Monday, 4 May"_s);
        QCOMPARE(confab::models::dayLabel(QDate(2025, 5, 4), today), u"4 May 2025"_s);
        QCOMPARE(confab::models::AgentDirectory::initialsOf(u"ada  lovelace byron"_s), u"AB"_s);
        QCOMPARE(confab::models::timeOfDay(QDateTime(QDate(2026, 5, 4), QTime(14, 5, 33))), u"14:05"_s);
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_models_activity.moc"
