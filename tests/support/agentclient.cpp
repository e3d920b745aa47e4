#include "agentclient.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace confab::testing {

using namespace protocol;

Q_LOGGING_CATEGORY(lcAgentClient, "confab.tests.agentclient")

AgentClient::AgentClient(const QUrl &url, QObject *parent)
    : WsClient(url, parent)
{
}

void AgentClient::hello(const QString &token, qint64 since, const QString &logId)
{
    Hello h;
    h.token = token;
    h.since = since;
    h.logId = logId;
    m_lastSeq = since;
    sendFrame(h);
}

bool AgentClient::connectAndSync(const QString &token, qint64 since, const QString &logId, int timeoutMs)
{
    if (!isConnected() && !open())
        return false;
    const qsizetype from = mark();
    hello(token, since, logId);
    return waitForSynced(timeoutMs, from).has_value();
}

void AgentClient::handleFrame(const QByteArray &utf8)
{
    Received r;
    r.raw = utf8;
    auto decoded = decodeAgentServerFrame(utf8);
    if (auto *e = std::get_if<DecodeError>(&decoded)) {
        r.decodeError = e->error.message;
        ++m_decodeFailures;
        qCWarning(lcAgentClient) << "undecodable frame:" << e->error.message << utf8.left(300);
    } else {
        const AgentServerFrame &frame = std::get<AgentServerFrame>(decoded);
        r.frame = frame;
        if (const auto *w = std::get_if<Welcome>(&frame)) {
            m_welcome = *w;
            if (w->mode == "snapshot"_L1)
                m_lastSeq = w->head;
        } else if (const auto *ev = std::get_if<Events>(&frame)) {
            for (const Event &e : ev->events) {
                if (e.seq != m_lastSeq + 1)
                    ++m_gaps;
                m_lastSeq = e.seq;
                m_events.append(e);
            }
        }
    }
    m_received.append(std::move(r));
}

std::optional<Welcome> AgentClient::waitForWelcome(int timeoutMs)
{
    return waitFor<Welcome>({}, timeoutMs);
}

std::optional<Synced> AgentClient::waitForSynced(int timeoutMs, qsizetype from)
{
    return waitFor<Synced>({}, timeoutMs, from);
}

std::optional<ErrorFrame> AgentClient::waitForError(int timeoutMs, qsizetype from)
{
    return waitFor<ErrorFrame>({}, timeoutMs, from);
}

AgentClient::Reply AgentClient::requestJson(const QJsonObject &object, int timeoutMs)
{
    const qsizetype from = mark();
    sendJson(object);
    return waitForReply(object.value("req"_L1).toString(), timeoutMs, from);
}

AgentClient::Reply AgentClient::waitForReply(const QString &req, int timeoutMs, qsizetype from)
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

AgentClient::FetchReply AgentClient::fetch(Fetch f, int timeoutMs)
{
    if (f.req.isEmpty())
        f.req = nextReq();
    const qsizetype from = mark();
    sendFrame(f);
    FetchReply reply;
    qsizetype next = from;
    waitUntil(
        [&] {
            for (; next < m_received.size(); ++next) {
                const auto &fr = m_received.at(next).frame;
                if (!fr)
                    continue;
                if (const auto *p = std::get_if<MessagesPage>(&*fr); p && p->req == f.req) {
                    reply.page = *p;
                    return true;
                }
                if (const auto *e = std::get_if<ErrorFrame>(&*fr); e && e->req == f.req) {
                    reply.error = *e;
                    return true;
                }
            }
            return wasDisconnected();
        },
        timeoutMs);
    return reply;
}

bool AgentClient::roundTrip(int timeoutMs)
{
    const qsizetype from = mark();
    sendFrame(Ping {});
    return waitFor<Pong>({}, timeoutMs, from).has_value();
}

std::optional<Event> AgentClient::waitForEvent(const QString &name, const std::function<bool(const Event &)> &predicate,
                                               int timeoutMs, qsizetype fromEvent)
{
    std::optional<Event> found;
    qsizetype next = fromEvent;
    waitUntil(
        [&] {
            for (; next < m_events.size(); ++next) {
                const Event &e = m_events.at(next);
                if (e.name == name && (!predicate || predicate(e))) {
                    found = e;
                    return true;
                }
            }
            return wasDisconnected();
        },
        timeoutMs);
    return found;
}

bool AgentClient::waitForSeq(qint64 seq, int timeoutMs)
{
    return waitUntil([&] { return m_lastSeq >= seq || wasDisconnected(); }, timeoutMs) && m_lastSeq >= seq;
}

Snapshot AgentClient::mergedSnapshot() const
{
    Snapshot merged;
    for (const Snapshot &s : framesOf<Snapshot>()) {
        if (!s.workspace.id.isEmpty())
            merged.workspace = s.workspace;
        merged.agents += s.agents;
        merged.teams += s.teams;
        merged.contacts += s.contacts;
        merged.conversations += s.conversations;
        merged.messages += s.messages;
        merged.articles += s.articles;
        merged.savedReplies += s.savedReplies;
        merged.last = s.last;
    }
    return merged;
}

QString AgentClient::nextReq()
{
    return u"r%1"_s.arg(++m_reqCounter);
}

} // namespace confab::testing
