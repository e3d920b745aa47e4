#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace confab::tests {

// A TCP proxy for tests: listens on 127.0.0.1:0 and forwards every accepted connection to a
// target. It can delay data, drop the next N bytes of one direction, hold one direction back,
// forward N more bytes and then cut, cut every connection, and refuse new ones. Runs on the
// thread it lives on; everything is driven by that thread's event loop.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    enum Direction {
        Upstream,   // client → target
        Downstream, // target → client
    };
    Q_ENUM(Direction)

    TcpProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    bool listen();
    quint16 port() const;
    // http://127.0.0.1:PORT — the base URL clients use instead of the target's.
    QUrl url() const;
    void setTarget(QHostAddress address, quint16 port); // for connections accepted later

    // Every chunk is delivered `ms` after it arrived (order kept). 0 = at once.
    void setDelay(int ms);
    // Discards the next `bytes` bytes travelling in `direction` (on any connection).
    void dropNext(Direction direction, qint64 bytes);
    // Holds data travelling in `direction` back (buffered, not forwarded) until released.
    void setHeld(Direction direction, bool held);
    // Holds `direction` right after forwarding the data that ends with `needle` — e.g. hold
    // the server's frames right after its WebSocket handshake answer ("\r\n\r\n").
    void holdAfter(Direction direction, const QByteArray &needle);
    // When one side closes, data already received for the other side is still delivered (once
    // released, if held) before that side is closed too, as with TCP.
    // Forwards `bytes` more bytes in `direction`, discards the rest of that chunk and cuts
    // every connection right after. bytes = 0: cut on the next data in that direction.
    void cutAfter(Direction direction, qint64 bytes);
    // Closes every open connection at once (both sides, abortively).
    void cutAll();
    // While set, new connections are accepted and closed at once without reaching the target.
    void setRefuseNew(bool refuse);

    int openConnections() const;
    int acceptedConnections() const { return m_accepted; }
    qint64 forwardedBytes(Direction direction) const { return m_forwarded[direction]; }
    // Bytes received but not yet forwarded (held back or delayed), over all connections.
    qint64 queuedBytes(Direction direction) const;
    // Whether the bytes queued on one connection contain `needle` (server frames are not
    // masked, so a test can wait for e.g. "\"type\":\"synced\"" to be held).
    bool queuedContains(Direction direction, const QByteArray &needle) const;

Q_SIGNALS:
    void connectionAccepted();
    void connectionClosed();
    void forwarded(confab::tests::TcpProxy::Direction direction, qint64 bytes);
    void queued(confab::tests::TcpProxy::Direction direction, qint64 totalQueued);
    void cut();

private:
    struct Pending
    {
        qint64 dueMs = 0;
        QByteArray data;
    };
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> target;
        bool targetConnected = false;
        bool closing = false; // one side is gone; the other closes once its data is delivered
        QList<Pending> queue[2];
        QByteArray tail[2]; // the last forwarded bytes, to find a needle split across chunks
    };

    void onNewConnection();
    void onReadable(Link *link, Direction direction);
    void pump();
    void onSideGone(Link *link);
    void settle(Link *link);
    bool alive(Link *link) const;
    void closeLink(Link *link);
    void scheduleCut();
    QTcpSocket *sink(Link *link, Direction direction) const;

    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_delayMs = 0;
    qint64 m_drop[2] = { 0, 0 };
    bool m_held[2] = { false, false };
    qint64 m_cutAfter[2] = { -1, -1 };
    QByteArray m_holdAfter[2];
    bool m_refuseNew = false;
    int m_accepted = 0;
    qint64 m_forwarded[2] = { 0, 0 };
};

} // namespace confab::tests
