// The test TCP proxy itself: what the sync and offline tests rely on it to do.
#include "tcpproxy.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::tests::TcpProxy;

namespace {

// Answers every chunk it receives with "<chunk>" echoed back, and records what it got.
class EchoServer : public QObject
{
    Q_OBJECT
public:
    EchoServer()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray data = s->readAll();
                    received += data;
                    s->write(data);
                });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    ++disconnects;
                    s->deleteLater();
                });
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QTcpServer server;
    QByteArray received;
    int connections = 0;
    int disconnects = 0;
};

} // namespace

class TestSyncProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EchoServer> echo;
    std::unique_ptr<TcpProxy> proxy;

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, proxy->port());
        if (!s->waitForConnected(5000))
            return {};
        return s;
    }

private Q_SLOTS:
    void init()
    {
        echo = std::make_unique<EchoServer>();
        QVERIFY(echo->server.isListening());
        proxy = std::make_unique<TcpProxy>(QHostAddress::LocalHost, echo->server.serverPort());
        QVERIFY(proxy->listen());
        QVERIFY(proxy->port() != 0);
        QCOMPARE(proxy->url().port(), int(proxy->port()));
    }
    void cleanup()
    {
        proxy.reset();
        echo.reset();
    }

    void forwardsBothWays()
    {
        auto c = connectClient();
        QVERIFY(c);
        c->write("hello");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "hello", 5000);
        QCOMPARE(echo->received, "hello");
        QCOMPARE(proxy->forwardedBytes(TcpProxy::Upstream), 5);
        QCOMPARE(proxy->forwardedBytes(TcpProxy::Downstream), 5);
        QCOMPARE(proxy->openConnections(), 1);
    }

    void delayKeepsOrder()
    {
        proxy->setDelay(150);
        auto c = connectClient();
        QVERIFY(c);
        QElapsedTimer t;
        t.start();
        c->write("a");
        c->flush();
        c->write("b");
        c->flush();
        c->write("c");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "abc", 5000);
        // Two proxy hops of at least 150 ms each way.
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
    }

    void dropNext_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QByteArray>("serverGets");
        QTest::addColumn<QByteArray>("clientGets");
        QTest::newRow("upstream") << int(TcpProxy::Upstream) << QByteArray("llo") << QByteArray("llo");
        QTest::newRow("downstream") << int(TcpProxy::Downstream) << QByteArray("hello") << QByteArray("llo");
    }
    void dropNext()
    {
        QFETCH(int, direction);
        QFETCH(QByteArray, serverGets);
        QFETCH(QByteArray, clientGets);
        auto c = connectClient();
        QVERIFY(c);
        proxy->dropNext(TcpProxy::Direction(direction), 2);
        c->write("hello");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == clientGets, 5000);
        QCOMPARE(echo->received, serverGets);
        // Only the next two bytes: later data passes untouched.
        c->write("!");
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == clientGets + "!", 5000);
    }

    void heldDataIsReleasedLater()
    {
        auto c = connectClient();
        QVERIFY(c);
        proxy->setHeld(TcpProxy::Downstream, true);
        c->write("ping");
        QTRY_COMPARE_WITH_TIMEOUT(echo->received, QByteArray("ping"), 5000);
        // The echo is held back by the proxy; the server already answered.
        QVERIFY(!c->waitForReadyRead(200));
        proxy->setHeld(TcpProxy::Downstream, false);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "ping", 5000);
    }

    void holdAfterANeedle()
    {
        auto c = connectClient();
        QVERIFY(c);
        proxy->holdAfter(TcpProxy::Downstream, "\r\n\r\n");
        c->write("HTTP/1.1 101\r\n\r\nframe");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "HTTP/1.1 101\r\n\r\n", 5000);
        QTRY_VERIFY_WITH_TIMEOUT(proxy->queuedContains(TcpProxy::Downstream, "frame"), 5000);
        c->write("more");
        QTRY_COMPARE_WITH_TIMEOUT(echo->received, QByteArray("HTTP/1.1 101\r\n\r\nframemore"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(proxy->queuedContains(TcpProxy::Downstream, "framemore"), 5000);
        proxy->setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "HTTP/1.1 101\r\n\r\nframemore", 5000);
    }

    void cutAfterForwardsPartOfAChunk()
    {
        auto c = connectClient();
        QVERIFY(c);
        QSignalSpy cut(proxy.get(), &TcpProxy::cut);
        proxy->cutAfter(TcpProxy::Downstream, 3);
        c->write("abcdef");
        QVERIFY(cut.wait(5000));
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(c->state() == QAbstractSocket::UnconnectedState, 5000);
        got += c->readAll();
        QCOMPARE(got, "abc");
        QCOMPARE(proxy->openConnections(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(echo->disconnects, 1, 5000);
    }

    void cutAllClosesEveryConnection()
    {
        auto a = connectClient();
        auto b = connectClient();
        QVERIFY(a && b);
        QTRY_COMPARE_WITH_TIMEOUT(echo->connections, 2, 5000);
        QCOMPARE(proxy->openConnections(), 2);
        proxy->cutAll();
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(b->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(echo->disconnects, 2, 5000);
        // A new connection works again.
        auto c = connectClient();
        QVERIFY(c);
        c->write("x");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += c->readAll()) == "x", 5000);
    }

    void refuseNew()
    {
        proxy->setRefuseNew(true);
        auto c = std::make_unique<QTcpSocket>();
        c->connectToHost(QHostAddress::LocalHost, proxy->port());
        QTRY_VERIFY_WITH_TIMEOUT(c->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(echo->connections, 0);
        QCOMPARE(proxy->acceptedConnections(), 1);
        proxy->setRefuseNew(false);
        auto d = connectClient();
        QVERIFY(d);
        d->write("y");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += d->readAll()) == "y", 5000);
    }

    void heldDataIsDeliveredAfterTheTargetIsGone()
    {
        auto c = connectClient();
        QVERIFY(c);
        proxy->setHeld(TcpProxy::Downstream, true);
        c->write("last words");
        QTRY_VERIFY_WITH_TIMEOUT(proxy->queuedContains(TcpProxy::Downstream, "words"), 5000);
        QCOMPARE(proxy->queuedBytes(TcpProxy::Downstream), 10);
        echo.reset(); // the server dies with its answer still in the proxy
        QTRY_COMPARE_WITH_TIMEOUT(proxy->openConnections(), 1, 5000); // kept open for the held data
        QCOMPARE(c->state(), QAbstractSocket::ConnectedState);
        proxy->cutAfter(TcpProxy::Downstream, 4);
        proxy->setHeld(TcpProxy::Downstream, false);
        QTRY_VERIFY_WITH_TIMEOUT(c->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(c->readAll(), "last");
        QCOMPARE(proxy->openConnections(), 0);
    }

    void targetGoneClosesClient()
    {
        auto c = connectClient();
        QVERIFY(c);
        c->write("z");
        QTRY_COMPARE_WITH_TIMEOUT(echo->received, QByteArray("z"), 5000);
        echo.reset(); // the server goes away
        QTRY_VERIFY_WITH_TIMEOUT(c->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(proxy->openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncProxy)
#include "tst_sync_proxy.moc"
