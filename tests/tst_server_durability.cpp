// Group commit (server/durability.h): what waits for a commit to be durable runs after an fsync
// that started after it, in commit order, never for a session that is gone; and over the wire,
// a session's replies keep the order of its requests while some of them wait.
#include "server/durability.h"
#include "server/hub.h"
#include "server/sqlstorage.h"
#include "support/agentclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::testing;
using namespace confab::protocol;

class TestServerDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callbacksRunInOrderAfterAnFsync();
    void nothingRunsBeforeTheFsync();
    void goneContextIsSkipped();
    void waitDurableRunsWhatIsDue();
    void roundEndRunsAfterTheRound();
    void unwritableWalIsReportedAndNothingHangs();
    void serverDefersCommitSyncOnSqlite();
    void repliesKeepRequestOrder();
};

namespace {

QString makeWal(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"db-wal"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("some WAL bytes");
    return path;
}

} // namespace

void TestServerDurability::callbacksRunInOrderAfterAnFsync()
{
    QTemporaryDir dir;
    const QString wal = makeWal(dir);
    QVERIFY(!wal.isEmpty());
    server::DurabilityGate gate(wal);
    QList<int> order;
    for (int i = 1; i <= 50; ++i)
        gate.afterCommit(nullptr, [&order, i] { order.append(i); });
    QVERIFY(order.isEmpty()); // never synchronously
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 50, 10000);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), i + 1);
    QVERIFY(gate.syncCount() >= 1);
    QVERIFY(!gate.failed());

    // Callbacks registered from a callback wait for a later fsync, still in order.
    const quint64 before = gate.syncCount();
    gate.afterCommit(nullptr, [&] { gate.afterCommit(nullptr, [&] { order.append(-1); }); order.append(51); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 52, 10000);
    QCOMPARE(order.at(50), 51);
    QCOMPARE(order.at(51), -1);
    QVERIFY(gate.syncCount() >= before + 2);
}

void TestServerDurability::nothingRunsBeforeTheFsync()
{
    // The worker's fsync count only grows after a sync finished: a callback must see a count
    // higher than the one when it was registered.
    QTemporaryDir dir;
    server::DurabilityGate gate(makeWal(dir));
    for (int round = 0; round < 20; ++round) {
        const quint64 at = gate.syncCount();
        quint64 seen = 0;
        bool ran = false;
        gate.afterCommit(nullptr, [&] {
            seen = gate.syncCount();
            ran = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
        QVERIFY2(seen > at, qPrintable(u"round %1: ran at sync %2, registered at %3"_s.arg(round).arg(seen).arg(at)));
    }
}

void TestServerDurability::goneContextIsSkipped()
{
    QTemporaryDir dir;
    server::DurabilityGate gate(makeWal(dir));
    auto context = std::make_unique<QObject>();
    QList<int> order;
    gate.afterCommit(context.get(), [&] { order.append(1); });
    gate.afterCommit(nullptr, [&] { order.append(2); });
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(order, QList<int> { 2 }, 10000);
}

void TestServerDurability::waitDurableRunsWhatIsDue()
{
    QTemporaryDir dir;
    server::DurabilityGate gate(makeWal(dir));
    QList<int> order;
    gate.afterCommit(nullptr, [&] { order.append(1); });
    gate.afterCommit(nullptr, [&] { order.append(2); });
    gate.waitDurable(); // blocks; what was registered before is due now
    QCOMPARE(order, (QList<int> { 1, 2 }));
    gate.waitDurable(); // nothing pending: still returns
    QCOMPARE(order.size(), 2);
}

// What a callback defers to the end of its round runs after every callback of that round (the
// hub sends a round's events as one fan-out, then the replies).
void TestServerDurability::roundEndRunsAfterTheRound()
{
    QTemporaryDir dir;
    server::DurabilityGate gate(makeWal(dir));
    QStringList order;
    gate.afterCommit(nullptr, [&] {
        order << u"a"_s;
        gate.atRoundEnd([&] { order << u"a-end"_s; });
    });
    gate.afterCommit(nullptr, [&] {
        order << u"b"_s;
        gate.atRoundEnd([&] { order << u"b-end"_s; });
    });
    gate.waitDurable(); // both in one round
    QCOMPARE(order, (QStringList { u"a"_s, u"b"_s, u"a-end"_s, u"b-end"_s }));
    // Outside a round, atRoundEnd runs at once.
    gate.atRoundEnd([&] { order << u"now"_s; });
    QCOMPARE(order.constLast(), u"now"_s);
}

void TestServerDurability::unwritableWalIsReportedAndNothingHangs()
{
    QTemporaryDir dir;
    server::DurabilityGate gate(dir.filePath(u"no-such-dir/db-wal"_s));
    bool ran = false;
    gate.afterCommit(nullptr, [&] { ran = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
    QVERIFY(gate.failed());
}

void TestServerDurability::serverDefersCommitSyncOnSqlite()
{
    TestServer srv;
    QString error;
    QVERIFY2(srv.start(&error), qPrintable(error));
    QVERIFY(srv.server().hub().hasDurabilityGate());
    auto *sql = dynamic_cast<server::SqlStorage *>(&srv.storage());
    QVERIFY(sql);
    QCOMPARE(sql->walPath(), srv.dbPath() + u"-wal"_s);
    QVERIFY(QFile::exists(sql->walPath()));
    srv.stop();

    // CONFABD_GROUP_COMMIT=0: every commit syncs by itself again, and nothing waits.
    qputenv("CONFABD_GROUP_COMMIT", "0");
    const bool started = srv.start(&error);
    qunsetenv("CONFABD_GROUP_COMMIT");
    QVERIFY2(started, qPrintable(error));
    QVERIFY(!srv.server().hub().hasDurabilityGate());
}

// Requests pipelined on one connection: their answers come in request order, each ack after
// the events of its request, although acks wait for an fsync and errors and pongs do not.
void TestServerDurability::repliesKeepRequestOrder()
{
    TestServer srv;
    QString error;
    QVERIFY2(srv.start(&error), qPrintable(error));
    AgentClient c(srv.agentUrl());
    QVERIFY(c.connectAndSync(srv.tokenFor(fx::Agent1Email)));
    const qsizetype from = c.mark();

    QStringList expected; // req or "pong", in the order sent
    for (int i = 0; i < 6; ++i) {
        Send s { u"s%1"_s.arg(i), newClientId(), fx::ConvOpenChat, u"note"_s, u"pipelined note %1"_s.arg(i), {} };
        c.sendFrame(s);
        expected << s.req;
        if (i == 2) {
            c.sendFrame(Fetch { u"f1"_s, fx::ConvOpenChat, {}, 5 });
            expected << u"f1"_s;
            c.sendFrame(Send { u"bad"_s, newClientId(), u"no-such-conversation"_s, u"note"_s, u"x"_s, {} });
            expected << u"bad"_s;
            c.sendFrame(Ping {});
            expected << u"pong"_s;
        }
    }
    QVERIFY(c.waitUntil([&] {
        return c.framesOf<Ack>(from).size() == 6 && c.framesOf<MessagesPage>(from).size() == 1
            && c.framesOf<ErrorFrame>(from).size() == 1 && c.framesOf<Pong>(from).size() == 1;
    }, 15000));

    QStringList got;
    QSet<QString> bodiesSeen;
    for (qsizetype i = from; i < c.received().size(); ++i) {
        const auto &f = c.received().at(i).frame;
        QVERIFY(f);
        if (const auto *a = std::get_if<Ack>(&*f)) {
            got << a->req;
            // Its events came first: the note with its body is already here.
            const int n = a->req.mid(1).toInt();
            QVERIFY2(bodiesSeen.contains(u"pipelined note %1"_s.arg(n)), qPrintable(a->req));
        } else if (const auto *m = std::get_if<MessagesPage>(&*f)) {
            got << m->req;
        } else if (const auto *e = std::get_if<ErrorFrame>(&*f)) {
            got << e->req;
        } else if (std::holds_alternative<Pong>(*f)) {
            got << u"pong"_s;
        } else if (const auto *ev = std::get_if<Events>(&*f)) {
            for (const Event &e : ev->events)
                if (e.name == events::MessageCreated)
                    bodiesSeen.insert(e.data.value("body"_L1).toString());
        }
    }
    QCOMPARE(got, expected);
    QCOMPARE(c.gapCount(), 0);
}

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_server_durability.moc"
