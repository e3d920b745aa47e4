// The reconnect backoff: 0.5 s doubling to 30 s, jittered, reset after reaching live.
#include "sync/backoff.h"

#include <QTest>

using confab::sync::BackoffPolicy;

class TestSyncBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractSequence_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<int>>("expected");
        // The top of each jitter range: the un-jittered step.
        QTest::newRow("no jitter") << 0.999999
                                   << QList<int> { 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000 };
        // The bottom: half the step.
        QTest::newRow("full jitter") << 0.0 << QList<int> { 250, 500, 1000, 2000, 4000, 8000, 15000, 15000, 15000 };
        QTest::newRow("middle") << 0.5 << QList<int> { 375, 750, 1500, 3000, 6000, 12000, 22500, 22500, 22500 };
    }
    void contractSequence()
    {
        QFETCH(double, random);
        QFETCH(QList<int>, expected);
        BackoffPolicy b(500, 30000, [random] { return random; });
        QList<int> got;
        for (qsizetype i = 0; i < expected.size(); ++i)
            got.append(b.nextDelayMs());
        QCOMPARE(got, expected);
        QCOMPARE(b.attempts(), int(expected.size()));
    }

    void jitterStaysInRange()
    {
        BackoffPolicy b; // the contract's defaults with a real random source
        QCOMPARE(b.baseMs(), 500);
        QCOMPARE(b.maxMs(), 30000);
        QSet<int> seen;
        for (int round = 0; round < 200; ++round) {
            const int step = b.currentStepMs();
            const int d = b.nextDelayMs();
            QVERIFY2(d >= step / 2 && d <= step, qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(d).arg(step / 2).arg(step)));
            if (step == 30000)
                seen.insert(d);
            if (round % 20 == 19)
                b.reset();
        }
        // Jitter actually varies the delay (two clients cut off together come back apart).
        QVERIFY(seen.size() > 5);
    }

    void resetStartsOver()
    {
        BackoffPolicy b(500, 30000, [] { return 0.999999; });
        for (int i = 0; i < 10; ++i)
            b.nextDelayMs();
        QCOMPARE(b.currentStepMs(), 30000);
        b.reset();
        QCOMPARE(b.attempts(), 0);
        QCOMPARE(b.nextDelayMs(), 500);
        QCOMPARE(b.nextDelayMs(), 1000);
    }

    void shortTimingsForTests()
    {
        BackoffPolicy b(50, 400, [] { return 0.999999; });
        QList<int> got;
        for (int i = 0; i < 6; ++i)
            got.append(b.nextDelayMs());
        QCOMPARE(got, (QList<int> { 50, 100, 200, 400, 400, 400 }));
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_sync_backoff.moc"
