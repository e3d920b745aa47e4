#pragma once

#include "protocol/frames.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace confab::testing {

// A WebSocket test client that keeps every text frame it receives (raw UTF-8, in order) and
// how the connection ended. Waiting is event-driven: waitUntil() re-checks its condition each
// time a frame arrives or the connection changes state, up to a timeout.
class WsClient : public QObject
{
    Q_OBJECT
public:
    explicit WsClient(const QUrl &url, QObject *parent = nullptr);
    ~WsClient() override;

    // Opens the connection; false if it could not be established within the timeout.
    bool open(int timeoutMs = 5000);
    void close();

    void sendText(const QByteArray &utf8);
    void sendBinary(const QByteArray &data);
    template<typename Frame>
    void sendFrame(const Frame &frame)
    {
        sendText(protocol::encodeFrame(frame));
    }
    void sendJson(const QJsonObject &object) { sendText(protocol::encodeJson(object)); }

    bool isConnected() const;
    bool wasDisconnected() const { return m_disconnected; }
    bool waitForDisconnected(int timeoutMs = 5000);
    // An int, not QWebSocketProtocol::CloseCode: the server's own codes (4001) are outside
    // that enum's range, and holding them in it is undefined behaviour.
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

    const QList<QByteArray> &rawFrames() const { return m_raw; }
    int binaryFrameCount() const { return m_binaryFrames; }

    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

    QWebSocket &socket() { return m_socket; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void changed();

protected:
    virtual void handleFrame(const QByteArray &utf8) = 0;

private:
    QUrl m_url;
    QWebSocket m_socket;
    QList<QByteArray> m_raw;
    int m_binaryFrames = 0;
    bool m_disconnected = false;
    bool m_socketError = false;
    int m_closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString m_closeReason;
};

QString newClientId();

} // namespace confab::testing
