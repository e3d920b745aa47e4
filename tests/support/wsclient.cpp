#include "wsclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QUuid>

namespace confab::testing {

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

WsClient::WsClient(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        m_raw.append(utf8);
        handleFrame(utf8);
        Q_EMIT changed();
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        ++m_binaryFrames;
        Q_EMIT changed();
    });
    connect(&m_socket, &QWebSocket::connected, this, &WsClient::changed);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_disconnected = true;
        m_closeCode = int(m_socket.closeCode());
        m_closeReason = m_socket.closeReason();
        Q_EMIT changed();
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        m_socketError = true;
        Q_EMIT changed();
    });
}

WsClient::~WsClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool WsClient::open(int timeoutMs)
{
    m_socket.open(m_url);
    waitUntil([this] { return isConnected() || m_disconnected || m_socketError; }, timeoutMs);
    return isConnected();
}

void WsClient::close()
{
    m_socket.close();
}

void WsClient::sendText(const QByteArray &utf8)
{
    m_socket.sendTextMessage(QString::fromUtf8(utf8));
}

void WsClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

bool WsClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool WsClient::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_disconnected; }, timeoutMs);
}

bool WsClient::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return false;
        QSignalSpy spy(this, &WsClient::changed);
        spy.wait(int(left));
    }
    return true;
}

} // namespace confab::testing
