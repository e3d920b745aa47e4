#include "tcpproxy.h"

#include <QTcpServer>
#include <algorithm>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace confab::tests {

TcpProxy::TcpProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetAddress(std::move(targetAddress)), m_targetPort(targetPort),
      m_server(new QTcpServer(this)), m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TcpProxy::pump);
    connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    cutAll();
}

bool TcpProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TcpProxy::port() const
{
    return m_server->serverPort();
}

QUrl TcpProxy::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void TcpProxy::setTarget(QHostAddress address, quint16 port)
{
    m_targetAddress = std::move(address);
    m_targetPort = port;
}

void TcpProxy::setDelay(int ms)
{
    m_delayMs = qMax(0, ms);
}

void TcpProxy::dropNext(Direction direction, qint64 bytes)
{
    m_drop[direction] = qMax<qint64>(0, bytes);
}

void TcpProxy::setHeld(Direction direction, bool held)
{
    m_held[direction] = held;
    if (!held)
        pump();
}

void TcpProxy::cutAfter(Direction direction, qint64 bytes)
{
    m_cutAfter[direction] = qMax<qint64>(0, bytes);
}

void TcpProxy::setRefuseNew(bool refuse)
{
    m_refuseNew = refuse;
}

int TcpProxy::openConnections() const
{
    return int(m_links.size());
}

qint64 TcpProxy::queuedBytes(Direction direction) const
{
    qint64 n = 0;
    for (const auto &link : m_links)
        for (const Pending &p : link->queue[direction])
            n += p.data.size();
    return n;
}

void TcpProxy::cutAll()
{
    auto links = std::move(m_links);
    m_links.clear();
    for (auto &link : links) {
        for (QTcpSocket *s : { link->client.data(), link->target.data() }) {
            if (!s)
                continue;
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
    }
    if (!links.empty()) {
        for (size_t i = 0; i < links.size(); ++i)
            Q_EMIT connectionClosed();
        Q_EMIT cut();
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_accepted;
        if (m_refuseNew) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->client = client;
        l->target = new QTcpSocket(this);
        m_links.push_back(std::move(link));

        connect(client, &QTcpSocket::readyRead, this, [this, l] { onReadable(l, Upstream); });
        connect(l->target, &QTcpSocket::readyRead, this, [this, l] { onReadable(l, Downstream); });
        connect(l->target, &QTcpSocket::connected, this, [this, l] {
            l->targetConnected = true;
            pump();
        });
        for (QTcpSocket *s : { client, l->target.data() }) {
            connect(s, &QTcpSocket::disconnected, this, [this, l] { closeLink(l); });
            connect(s, &QTcpSocket::errorOccurred, this, [this, l](QAbstractSocket::SocketError) { closeLink(l); });
        }
        l->target->connectToHost(m_targetAddress, m_targetPort);
        Q_EMIT connectionAccepted();
    }
}

QTcpSocket *TcpProxy::sink(Link *link, Direction direction) const
{
    return direction == Upstream ? link->target.data() : link->client.data();
}

void TcpProxy::onReadable(Link *link, Direction direction)
{
    QTcpSocket *source = direction == Upstream ? link->client.data() : link->target.data();
    if (!source)
        return;
    QByteArray data = source->readAll();
    if (m_drop[direction] > 0) {
        const qint64 n = qMin<qint64>(m_drop[direction], data.size());
        data.remove(0, n);
        m_drop[direction] -= n;
    }
    if (data.isEmpty())
        return;
    link->queue[direction].append(Pending { m_clock.elapsed() + m_delayMs, data });
    if (m_held[direction])
        Q_EMIT queued(direction, queuedBytes(direction));
    pump();
}

void TcpProxy::pump()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    // Iterate over a snapshot of the raw pointers: a cut clears m_links.
    QList<Link *> links;
    for (auto &l : m_links)
        links.append(l.get());
    for (Link *link : links) {
        for (Direction d : { Upstream, Downstream }) {
            if (m_held[d])
                continue;
            if (d == Upstream && !link->targetConnected)
                continue;
            QTcpSocket *out = sink(link, d);
            auto &queue = link->queue[d];
            while (!queue.isEmpty() && out) {
                if (queue.first().dueMs > now) {
                    nextDue = nextDue < 0 ? queue.first().dueMs : qMin(nextDue, queue.first().dueMs);
                    break;
                }
                QByteArray chunk = queue.takeFirst().data;
                bool cutNow = false;
                if (m_cutAfter[d] >= 0) {
                    if (chunk.size() >= m_cutAfter[d]) {
                        chunk.truncate(m_cutAfter[d]);
                        cutNow = true;
                        m_cutAfter[d] = -1;
                    } else {
                        m_cutAfter[d] -= chunk.size();
                    }
                }
                if (!chunk.isEmpty()) {
                    out->write(chunk);
                    out->flush();
                    m_forwarded[d] += chunk.size();
                    Q_EMIT forwarded(d, chunk.size());
                }
                if (cutNow) {
                    // Let the partial data reach the other side before the cut.
                    out->waitForBytesWritten(1000);
                    cutAll();
                    return;
                }
            }
        }
    }
    if (nextDue >= 0)
        m_timer->start(int(qMax<qint64>(0, nextDue - now)));
}

void TcpProxy::closeLink(Link *link)
{
    auto it = std::find_if(m_links.begin(), m_links.end(), [link](const auto &l) { return l.get() == link; });
    if (it == m_links.end())
        return;
    std::unique_ptr<Link> owned = std::move(*it);
    m_links.erase(it);
    // Deliver what is still queued towards the side that stays up, then close it too.
    for (Direction d : { Upstream, Downstream }) {
        QTcpSocket *out = sink(owned.get(), d);
        if (!out || out->state() != QAbstractSocket::ConnectedState || m_held[d])
            continue;
        for (const Pending &p : std::as_const(owned->queue[d]))
            out->write(p.data);
        out->flush();
    }
    for (QTcpSocket *s : { owned->client.data(), owned->target.data() }) {
        if (!s)
            continue;
        s->disconnect(this);
        if (s->state() == QAbstractSocket::ConnectedState)
            s->disconnectFromHost();
        s->deleteLater();
    }
    Q_EMIT connectionClosed();
}

} // namespace confab::tests
