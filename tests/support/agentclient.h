#pragma once

#include "wsclient.h"

#include <optional>

namespace confab::testing {

// A teammate's connection to /v1/agent. Every text frame is kept raw and decoded with
// protocol::decodeAgentServerFrame; events are collected in order with a gap check.
class AgentClient : public WsClient
{
    Q_OBJECT
public:
    struct Received
    {
        QByteArray raw;
        std::optional<protocol::AgentServerFrame> frame; // unset when the frame did not decode
        QString decodeError;
    };

    // The answer to a request: its ack or its error (neither on timeout).
    struct Reply
    {
        std::optional<protocol::Ack> ack;
        std::optional<protocol::ErrorFrame> error;
        bool ok() const { return ack.has_value(); }
        bool answered() const { return ack || error; }
        protocol::ErrorCode code() const { return error ? error->code : protocol::ErrorCode::Internal; }
    };

    explicit AgentClient(const QUrl &url, QObject *parent = nullptr);

    void hello(const QString &token, qint64 since = 0, const QString &logId = {});
    // open() + hello() + wait for `synced`. False on any failure (see received()).
    bool connectAndSync(const QString &token, qint64 since = 0, const QString &logId = {}, int timeoutMs = 15000);

    const QList<Received> &received() const { return m_received; }
    qsizetype mark() const { return m_received.size(); }
    int decodeFailures() const { return m_decodeFailures; }

    // The first frame of type T at index ≥ from that satisfies the predicate, waiting for it.
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

    std::optional<protocol::Welcome> waitForWelcome(int timeoutMs = 10000);
    std::optional<protocol::Synced> waitForSynced(int timeoutMs = 15000, qsizetype from = 0);
    std::optional<protocol::ErrorFrame> waitForError(int timeoutMs = 10000, qsizetype from = 0);

    // Sends a request (filling in `req` when empty) and waits for its ack or error.
    template<typename Request>
    Reply request(Request r, int timeoutMs = 10000)
    {
        if (r.req.isEmpty())
            r.req = nextReq();
        const qsizetype from = mark();
        sendFrame(r);
        return waitForReply(r.req, timeoutMs, from);
    }
    // A hand-made request object; it must carry a string "req".
    Reply requestJson(const QJsonObject &object, int timeoutMs = 10000);
    Reply waitForReply(const QString &req, int timeoutMs = 10000, qsizetype from = 0);

    struct FetchReply
    {
        std::optional<protocol::MessagesPage> page;
        std::optional<protocol::ErrorFrame> error;
    };
    FetchReply fetch(protocol::Fetch f, int timeoutMs = 10000);

    // Sends ping and waits for a pong received after it: every frame the server sent before
    // answering the ping has then arrived.
    bool roundTrip(int timeoutMs = 10000);

    // Events in the order received, and the newest seq applied (from hello's since, a
    // snapshot's head, then each event). gapCount counts events whose seq was not last+1.
    const QList<protocol::Event> &events() const { return m_events; }
    qint64 lastSeq() const { return m_lastSeq; }
    int gapCount() const { return m_gaps; }
    std::optional<protocol::Event> waitForEvent(const QString &name,
                                                const std::function<bool(const protocol::Event &)> &predicate = {},
                                                int timeoutMs = 10000, qsizetype fromEvent = 0);
    bool waitForSeq(qint64 seq, int timeoutMs = 10000);

    std::optional<protocol::Welcome> welcome() const { return m_welcome; }
    // Every snapshot frame received, merged into one.
    protocol::Snapshot mergedSnapshot() const;

    QString nextReq();

protected:
    void handleFrame(const QByteArray &utf8) override;

private:
    QList<Received> m_received;
    QList<protocol::Event> m_events;
    std::optional<protocol::Welcome> m_welcome;
    qint64 m_lastSeq = 0;
    int m_gaps = 0;
    int m_decodeFailures = 0;
    int m_reqCounter = 0;
};

} // namespace confab::testing
