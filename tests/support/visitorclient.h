#pragma once

#include "wsclient.h"

#include <optional>

namespace confab::testing {

// A customer's connection to /v1/visitor. Keeps every raw frame (for privacy assertions over
// the exact text the server sent) and its decoding with protocol::decodeVisitorServerFrame.
class VisitorClient : public WsClient
{
    Q_OBJECT
public:
    struct Received
    {
        QByteArray raw;
        std::optional<protocol::VisitorServerFrame> frame; // unset when the frame did not decode
        QString decodeError;
    };

    struct Reply
    {
        std::optional<protocol::Ack> ack;
        std::optional<protocol::ErrorFrame> error;
        bool ok() const { return ack.has_value(); }
    };

    explicit VisitorClient(const QUrl &url, QObject *parent = nullptr);

    void hello(const QString &workspaceKey, const QString &visitorToken = {});
    // open() + hello() + wait for welcome and history. False on any failure.
    bool connectAndHello(const QString &workspaceKey, const QString &visitorToken = {}, int timeoutMs = 10000);

    const QList<Received> &received() const { return m_received; }
    qsizetype mark() const { return m_received.size(); }
    int decodeFailures() const { return m_decodeFailures; }

    template<typename T>
    std::optional<T> waitFor(const std::function<bool(const T &)> &predicate = {}, int timeoutMs = 10000,
                             qsizetype from = 0)
    {
        std::optional<T> found;
        qsizetype next = from;
        waitUntil(
            [&] {
                for (; next < m_received.size(); ++next) {
                    const auto &f = m_received.at(next).frame;
                    if (!f)
                        continue;
                    if (const T *t = std::get_if<T>(&*f); t && (!predicate || predicate(*t))) {
                        found = *t;
                        return true;
                    }
                }
                return wasDisconnected();
            },
            timeoutMs);
        return found;
    }

    template<typename T>
    QList<T> framesOf(qsizetype from = 0) const
    {
        QList<T> out;
        for (qsizetype i = from; i < m_received.size(); ++i)
            if (const auto &f = m_received.at(i).frame)
                if (const T *t = std::get_if<T>(&*f))
                    out.append(*t);
        return out;
    }

    // Sends a message and waits for its ack or error.
    Reply send(const QString &body, const QString &clientId = {}, int timeoutMs = 10000);
    Reply waitForReply(const QString &req, int timeoutMs = 10000, qsizetype from = 0);
    bool roundTrip(int timeoutMs = 10000);
    // The first pushed message (frame type "message") with that body.
    std::optional<protocol::VisitorMessage> waitForMessage(const QString &body, int timeoutMs = 10000);

    QString token() const { return m_token; }
    QString contactId() const { return m_contactId; }

private:
    void handleFrame(const QByteArray &utf8) override;

    QList<Received> m_received;
    QString m_token;
    QString m_contactId;
    int m_decodeFailures = 0;
    int m_reqCounter = 0;
};

} // namespace confab::testing
