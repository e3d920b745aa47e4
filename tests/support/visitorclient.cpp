#include "visitorclient.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace confab::testing {

using namespace protocol;

Q_LOGGING_CATEGORY(lcVisitorClient, "confab.tests.visitorclient")

VisitorClient::VisitorClient(const QUrl &url, QObject *parent)
    : WsClient(url, parent)
{
}

void VisitorClient::hello(const QString &workspaceKey, const QString &visitorToken)
{
    VisitorHello h;
    h.workspaceKey = workspaceKey;
    h.visitorToken = visitorToken;
    sendFrame(h);
}

bool VisitorClient::connectAndHello(const QString &workspaceKey, const QString &visitorToken, int timeoutMs)
{
    if (!isConnected() && !open())
        return false;
    const qsizetype from = mark();
    hello(workspaceKey, visitorToken);
    if (!waitFor<VisitorWelcome>({}, timeoutMs, from))
        return false;
    return waitFor<History>({}, timeoutMs, from).has_value();
}

void VisitorClient::handleFrame(const QByteArray &utf8)
{
    Received r;
    r.raw = utf8;
    auto decoded = decodeVisitorServerFrame(utf8);
    if (auto *e = std::get_if<DecodeError>(&decoded)) {
        r.decodeError = e->error.message;
        ++m_decodeFailures;
        qCWarning(lcVisitorClient) << "undecodable frame:" << e->error.message << utf8.left(300);
    } else {
        r.frame = std::get<VisitorServerFrame>(decoded);
        if (const auto *w = std::get_if<VisitorWelcome>(&*r.frame)) {
            m_token = w->visitorToken;
            m_contactId = w->contactId;
        }
    }
    m_received.append(std::move(r));
}

VisitorClient::Reply VisitorClient::send(const QString &body, const QString &clientId, int timeoutMs)
{
    VisitorSend s;
    s.req = u"v%1"_s.arg(++m_reqCounter);
    s.clientId = clientId.isEmpty() ? newClientId() : clientId;
    s.body = body;
    const qsizetype from = mark();
    sendFrame(s);
    return waitForReply(s.req, timeoutMs, from);
}

VisitorClient::Reply VisitorClient::waitForReply(const QString &req, int timeoutMs, qsizetype from)
{
    Reply reply;
    qsizetype next = from;
    waitUntil(
        [&] {
            for (; next < m_received.size(); ++next) {
                const auto &f = m_received.at(next).frame;
                if (!f)
                    continue;
                if (const auto *a = std::get_if<Ack>(&*f); a && a->req == req) {
                    reply.ack = *a;
                    return true;
                }
                if (const auto *e = std::get_if<ErrorFrame>(&*f); e && e->req == req) {
                    reply.error = *e;
                    return true;
                }
            }
            return wasDisconnected();
        },
        timeoutMs);
    return reply;
}

bool VisitorClient::roundTrip(int timeoutMs)
{
    const qsizetype from = mark();
    sendFrame(Ping {});
    return waitFor<Pong>({}, timeoutMs, from).has_value();
}

std::optional<VisitorMessage> VisitorClient::waitForMessage(const QString &body, int timeoutMs)
{
    auto f = waitFor<VisitorMessageFrame>([&](const VisitorMessageFrame &m) { return m.message.body == body; },
                                          timeoutMs);
    if (!f)
        return std::nullopt;
    return f->message;
}

} // namespace confab::testing
