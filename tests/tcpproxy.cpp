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

void TcpProxy::holdAfter(Direction direction, const QByteArray &needle)
{
    m_holdAfter[direction] = needle;
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

bool TcpProxy::queuedContains(Direction direction, const QByteArray &needle) const
{
    for (const auto &link : m_links) {
        QByteArray all;
        for (const Pending &p : link->queue[direction])
            all += p.data;
        if (all.contains(needle))
            return true;
    }
    return false;
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
            connect(s, &QTcpSocket::disconnected, this, [this, l] { onSideGone(l); });
            connect(s, &QTcpSocket::errorOccurred, this, [this, l](QAbstractSocket::SocketError) { onSideGone(l); });
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
            while (!queue.isEmpty() && out && out->state() == QAbstractSocket::ConnectedState) {
                if (queue.first().dueMs > now) {
                    nextDue = nextDue < 0 ? queue.first().dueMs : qMin(nextDue, queue.first().dueMs);
                    break;
                }
                QByteArray chunk = queue.takeFirst().data;
                if (!m_holdAfter[d].isEmpty()) {
                    // Forward up to the end of the needle, hold the rest.
                    const QByteArray &needle = m_holdAfter[d];
                    const QByteArray window = link->tail[d] + chunk;
                    const qsizetype at = window.indexOf(needle);
                    if (at >= 0) {
                        const qsizetype end = at + needle.size() - link->tail[d].size();
                        if (end < chunk.size())
                            queue.prepend(Pending { 0, chunk.mid(end) });
                        chunk.truncate(end);
                        m_holdAfter[d].clear();
                        m_held[d] = true;
                    }
                }
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
                    link->tail[d] = QByteArray(link->tail[d] + chunk).right(64);
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
                if (m_held[d])
                    break;
            }
        }
    }
    if (nextDue >= 0)
        m_timer->start(int(qMax<qint64>(0, nextDue - now)));
    for (Link *link : links)
        if (alive(link) && link->closing)
            settle(link);
}

bool TcpProxy::alive(Link *link) const
{
    return std::any_of(m_links.begin(), m_links.end(), [link](const auto &l) { return l.get() == link; });
}

void TcpProxy::onSideGone(Link *link)
{
    if (!alive(link) || link->closing)
        return;
    link->closing = true;
    // Like TCP: what was already on its way is still delivered to the side that stays up
    // (once released, when held), and only then is that side closed too.
    for (Direction d : { Upstream, Downstream }) {
        QTcpSocket *source = d == Upstream ? link->client.data() : link->target.data();
        if (source && source->bytesAvailable() > 0) {
            QByteArray data = source->readAll();
            if (m_drop[d] > 0) {
                const qint64 n = qMin<qint64>(m_drop[d], data.size());
                data.remove(0, n);
                m_drop[d] -= n;
            }
            if (!data.isEmpty())
                link->queue[d].append(Pending { m_clock.elapsed() + m_delayMs, data });
        }
    }
    pump();
}

void TcpProxy::settle(Link *link)
{
    for (Direction d : { Upstream, Downstream }) {
        QTcpSocket *out = sink(link, d);
        if (!link->queue[d].isEmpty() && out && out->state() == QAbstractSocket::ConnectedState)
            return; // still to deliver (held or delayed)
    }
    closeLink(link);
}

void TcpProxy::closeLink(Link *link)
{
    auto it = std::find_if(m_links.begin(), m_links.end(), [link](const auto &l) { return l.get() == link; });
    if (it == m_links.end())
        return;
    std::unique_ptr<Link> owned = std::move(*it);
    m_links.erase(it);
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
