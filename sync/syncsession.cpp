#include "syncsession.h"

#include "cache/cachereader.h"
#include "cache/cachewriter.h"
#include "cache/changeset.h"
#include "protocol/limits.h"
#include "sync/login.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "confab.sync")

namespace confab::sync {

namespace {

constexpr int CloseUnauthorized = 4001;
const QString FetchReqPrefix = u"fetch-"_s;

QString describeCache(const cache::CacheError &e)
{
    return e.message.isEmpty() ? u"cache error"_s : e.message;
}

} // namespace

SyncSession::SyncSession(cache::CacheWriter *writer, QUrl server, TokenProvider token, SyncTimings timings,
                         QObject *parent)
    : QObject(parent), m_writer(writer), m_server(normalizedServerUrl(server)), m_token(std::move(token)),
      m_timings(timings), m_backoff(timings.backoffBaseMs, timings.backoffMaxMs),
      m_reconnectTimer(new QTimer(this)), m_pingTimer(new QTimer(this)), m_deadTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    m_deadTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SyncSession::openSocket);
    connect(m_pingTimer, &QTimer::timeout, this, [this] { sendFrame(protocol::encodeFrame(protocol::Ping {})); });
    connect(m_deadTimer, &QTimer::timeout, this, [this] {
        dropAndReconnect(u"no answer from the server for %1 s"_s.arg(m_timings.deadAfterMs / 1000.0));
    });

    // Queued even on the same thread: the writer emits from inside its own calls (markSending,
    // resetInFlight…), and the session must not re-enter itself from there.
    connect(m_writer, &cache::CacheWriter::outboxReady, this, &SyncSession::flushOutbox, Qt::QueuedConnection);
    connect(m_writer, &cache::CacheWriter::changed, this, &SyncSession::onCacheChanged, Qt::QueuedConnection);
    connect(m_writer, &cache::CacheWriter::readMarked, this, &SyncSession::onReadMarked, Qt::QueuedConnection);
}

SyncSession::~SyncSession()
{
    m_running = false;
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

cache::CacheReader *SyncSession::reader()
{
    if (!m_reader) {
        m_reader = std::make_unique<cache::CacheReader>();
        const cache::Status st = m_reader->open(m_writer->path());
        if (!st) {
            qCWarning(lcSync) << "cannot open a cache reader for the sync engine:" << st.error().message;
            m_reader.reset();
        }
    }
    return m_reader.get();
}

void SyncSession::setState(State state)
{
    if (m_state == state)
        return;
    const bool wasLive = m_state == State::Live;
    m_state = state;
    qCInfo(lcSync) << "state" << state;
    Q_EMIT stateChanged(state);
    if (wasLive != (state == State::Live))
        updateWaiting();
}

bool SyncSession::reconnectScheduled() const
{
    return m_reconnectTimer->isActive();
}

void SyncSession::start()
{
    m_running = true;
    if (m_socket || m_reconnectTimer->isActive())
        return;
    // Entries left "sending" by a previous run (killed before their ack) go out again with
    // their client_id; the server answers a repeat with the same ack.
    if (m_writer->isOpen()) {
        const cache::Status st = m_writer->resetInFlight();
        if (!st)
            qCWarning(lcSync) << "cannot reset the outbox:" << st.error().message;
    }
    openSocket();
}

void SyncSession::stop()
{
    m_running = false;
    m_reconnectTimer->stop();
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeNormal, u"signing off"_s);
        s->deleteLater();
        leaveConnection();
    }
    setState(State::Disconnected);
}

void SyncSession::reconnectNow()
{
    m_running = true;
    m_reconnectTimer->stop();
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
        leaveConnection();
    }
    m_backoff.reset();
    openSocket();
}

void SyncSession::openSocket()
{
    if (!m_running || m_socket)
        return;
    const QString token = m_token ? m_token() : QString();
    if (token.isEmpty()) {
        m_running = false;
        setState(State::Disconnected);
        Q_EMIT authFailed(u"no credentials"_s);
        return;
    }
    if (!m_writer->isOpen()) {
        m_running = false;
        setState(State::Disconnected);
        Q_EMIT error(u"the cache is not open"_s);
        return;
    }
    m_lastSeq = m_writer->syncState().lastSeq;
    ++m_connectAttempts;

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::limits::MaxServerFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::limits::MaxServerFrameBytes));
    QWebSocket *s = m_socket;
    connect(s, &QWebSocket::connected, this, [this, token] {
        onConnected();
        protocol::Hello hello;
        hello.token = token;
        const cache::SyncState st = m_writer->syncState();
        hello.since = st.lastSeq;
        hello.logId = st.logId;
        m_lastSeq = st.lastSeq;
        m_sinceAtHello = st.lastSeq;
        sendFrame(protocol::encodeFrame(hello));
    });
    connect(s, &QWebSocket::disconnected, this, &SyncSession::onDisconnected);
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, s](QAbstractSocket::SocketError) {
        m_lastError = s->errorString();
        // A failed connect never emits disconnected(); a dropped connection does, later.
        if (s->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(s, &QWebSocket::textMessageReceived, this, &SyncSession::onTextMessage);
    connect(s, &QWebSocket::binaryMessageReceived, this, &SyncSession::onBinaryMessage);
    connect(s, &QWebSocket::pong, this, [this] { touch(); });

    m_lastError.clear();
    m_authRefused = false;
    setState(State::Connecting);
    touch(); // bounds the connect and the handshake too
    qCInfo(lcSync) << "connecting to" << describeServer(m_server) << "attempt" << m_connectAttempts;
    s->open(agentSocketUrl(m_server));
}

void SyncSession::onConnected()
{
    setState(State::Authenticating);
    touch();
}

void SyncSession::onDisconnected()
{
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    const int closeCode = int(s->closeCode());
    const QString closeReason = s->closeReason();
    const QString lastError = m_lastError.isEmpty() ? s->errorString() : m_lastError;
    const bool wasConnected = m_state != State::Connecting;
    s->disconnect(this);
    s->deleteLater();
    leaveConnection();

    if (m_authRefused || closeCode == CloseUnauthorized) {
        m_running = false;
        m_reconnectTimer->stop();
        const QString reason = !m_authReason.isEmpty() ? m_authReason
                                : !closeReason.isEmpty() ? closeReason
                                                         : u"the server refused the token"_s;
        qCWarning(lcSync) << "authentication failed:" << reason;
        Q_EMIT authFailed(reason);
        return;
    }
    QString why;
    if (!wasConnected)
        why = u"cannot reach %1: %2"_s.arg(describeServer(m_server), lastError);
    else if (!closeReason.isEmpty())
        why = u"the server closed the connection (%1: %2)"_s.arg(closeCode).arg(closeReason);
    else
        why = u"the connection to %1 was lost"_s.arg(describeServer(m_server));
    scheduleReconnect(why);
}

void SyncSession::leaveConnection()
{
    m_pingTimer->stop();
    m_deadTimer->stop();
    for (QTimer *t : std::as_const(m_retryTimers))
        t->deleteLater();
    m_retryTimers.clear();
    m_inFlight.clear();
    m_flushReported = false;
    // Unanswered history requests are asked again on the next live connection.
    for (auto it = m_fetchReqs.cbegin(); it != m_fetchReqs.cend(); ++it)
        m_queuedHistory.append(it.value());
    m_fetchReqs.clear();
    if (m_writer->isOpen()) {
        const cache::Status st = m_writer->resetInFlight();
        if (!st)
            qCWarning(lcSync) << "cannot reset the outbox after a disconnect:" << st.error().message;
    }
    setState(State::Disconnected);
}

void SyncSession::scheduleReconnect(const QString &why)
{
    qCInfo(lcSync).noquote() << why;
    Q_EMIT error(why);
    if (!m_running)
        return;
    const int delay = m_backoff.nextDelayMs();
    qCInfo(lcSync) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

void SyncSession::dropAndReconnect(const QString &why)
{
    qCWarning(lcSync).noquote() << "dropping the connection:" << why;
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    leaveConnection();
    scheduleReconnect(why);
}

void SyncSession::sendFrame(const QByteArray &utf8)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(utf8));
}

void SyncSession::touch()
{
    m_deadTimer->start(m_timings.deadAfterMs);
}

void SyncSession::onBinaryMessage(const QByteArray &)
{
    touch();
    dropAndReconnect(u"the server sent a binary frame"_s);
}

void SyncSession::onTextMessage(const QString &text)
{
    touch();
    auto decoded = protocol::decodeAgentServerFrame(text.toUtf8());
    if (auto *err = std::get_if<protocol::DecodeError>(&decoded)) {
        dropAndReconnect(u"undecodable frame from the server: "_s + err->error.message);
        return;
    }
    std::visit([this](const auto &frame) { handle(frame); }, std::get<protocol::AgentServerFrame>(decoded));
}

// ---------- catch-up

void SyncSession::handle(const protocol::Welcome &f)
{
    if (m_state != State::Authenticating) {
        dropAndReconnect(u"unexpected welcome"_s);
        return;
    }
    m_agent = f.agent;
    const QString serverKey = normalizedServerUrl(m_server).toString();
    const cache::SyncState before = m_writer->syncState();
    if (before.serverUrl != serverKey || before.agentId != f.agent.id) {
        const cache::Status st = m_writer->setSyncIdentity(serverKey, f.agent.id);
        if (!st) {
            dropAndReconnect(u"cannot record the cache's owner: "_s + describeCache(st.error()));
            return;
        }
        const cache::SyncState after = m_writer->syncState();
        if (after.lastSeq != m_sinceAtHello || after.logId != before.logId) {
            // The file held another server's or agent's data and was cleared: the hello we
            // sent no longer describes it. Start over from the empty state.
            dropAndReconnect(u"the cache belonged to another server or agent; syncing from scratch"_s);
            return;
        }
    }
    m_welcomeHead = f.head;
    m_welcomeLogId = f.logId;
    m_snapshotMode = f.mode == "snapshot"_L1;
    m_resetPending = m_snapshotMode && f.reset;
    m_snapshotDone = false;
    m_snapshotItems = 0;
    qCInfo(lcSync) << "welcome: head" << f.head << "mode" << f.mode << (f.reset ? "reset" : "") << "since"
                   << m_sinceAtHello;
    setState(State::CatchingUp);
    m_pingTimer->start(m_timings.pingIntervalMs);
    Q_EMIT syncProgress(0, m_snapshotMode ? 0 : qMax<qint64>(0, f.head - m_sinceAtHello));
}

void SyncSession::handle(const protocol::Snapshot &f)
{
    if (m_state != State::CatchingUp || !m_snapshotMode || m_snapshotDone) {
        dropAndReconnect(u"unexpected snapshot frame"_s);
        return;
    }
    const cache::Status st = m_writer->applySnapshotChunk(f, m_welcomeHead, m_welcomeLogId, m_resetPending);
    if (!st) {
        dropAndReconnect(u"the cache could not apply a snapshot frame: "_s + describeCache(st.error()));
        return;
    }
    m_resetPending = false;
    m_lastSeq = m_writer->syncState().lastSeq;
    m_snapshotItems += f.agents.size() + f.teams.size() + f.contacts.size() + f.conversations.size()
        + f.messages.size() + f.articles.size() + f.savedReplies.size();
    if (f.last)
        m_snapshotDone = true;
    Q_EMIT syncProgress(m_snapshotItems, 0);
}

void SyncSession::handle(const protocol::Events &f)
{
    if (m_state != State::CatchingUp && m_state != State::Live) {
        dropAndReconnect(u"events before the welcome"_s);
        return;
    }
    if (m_snapshotMode && !m_snapshotDone) {
        dropAndReconnect(u"events before the snapshot ended"_s);
        return;
    }
    if (f.events.isEmpty())
        return;
    qint64 expected = m_lastSeq + 1;
    for (const protocol::Event &e : f.events) {
        if (e.seq != expected) {
            dropAndReconnect(u"seq gap: expected %1, got %2"_s.arg(expected).arg(e.seq));
            return;
        }
        ++expected;
    }
    const cache::Status st = m_writer->applyEvents(f.events);
    if (!st) {
        if (st.error().code == cache::CacheError::SeqGap)
            dropAndReconnect(u"seq gap: "_s + st.error().message);
        else
            dropAndReconnect(u"the cache could not apply events: "_s + describeCache(st.error()));
        return;
    }
    m_lastSeq = f.events.last().seq;
    if (m_state == State::CatchingUp) {
        if (m_snapshotMode)
            Q_EMIT syncProgress(m_snapshotItems + f.events.size(), 0);
        else
            Q_EMIT syncProgress(m_lastSeq - m_sinceAtHello, qMax<qint64>(0, m_welcomeHead - m_sinceAtHello));
    } else {
        checkFlushed();
    }
}

void SyncSession::handle(const protocol::Synced &f)
{
    if (m_state != State::CatchingUp || (m_snapshotMode && !m_snapshotDone)) {
        dropAndReconnect(u"unexpected synced"_s);
        return;
    }
    if (m_lastSeq < f.head) {
        dropAndReconnect(u"synced at %1 but only %2 events arrived"_s.arg(f.head).arg(m_lastSeq));
        return;
    }
    const cache::Status st = m_writer->setHeadAtLastSync(f.head);
    if (!st)
        qCWarning(lcSync) << "cannot record the synced head:" << st.error().message;
    goLive(f.head);
}

void SyncSession::goLive(qint64 head)
{
    m_backoff.reset();
    setState(State::Live);
    qCInfo(lcSync) << "live at seq" << m_lastSeq << "head" << head;
    Q_EMIT caughtUp(head);
    const auto queued = std::exchange(m_queuedHistory, {});
    for (const auto &[conversationId, before] : queued)
        sendHistoryRequest(conversationId, before);
    flushOutbox();
}

// ---------- outbox

void SyncSession::flushOutbox()
{
    if (!isLive()) {
        updateWaiting();
        return;
    }
    const QList<cache::OutboxEntry> entries = m_writer->sendableOutbox();
    for (const cache::OutboxEntry &e : entries) {
        if (m_inFlight.contains(e.clientId) || m_retryTimers.contains(e.clientId))
            continue;
        const QByteArray frame = protocol::encodeFrame(e.requestWithReq(e.clientId));
        if (frame.size() > protocol::limits::MaxFrameBytes) {
            const cache::Status st = m_writer->markFailed(e.clientId, protocol::ErrorCode::TooLarge,
                                                          u"the request is larger than the server accepts"_s);
            if (!st)
                qCWarning(lcSync) << "cannot mark an outbox entry failed:" << st.error().message;
            continue;
        }
        const cache::Status st = m_writer->markSending(e.id);
        if (!st) {
            qCWarning(lcSync) << "cannot mark outbox entry" << e.id << "as sending:" << st.error().message;
            continue;
        }
        m_inFlight.insert(e.clientId);
        m_flushReported = false;
        qCInfo(lcSync) << "sending" << cache::outboxKindName(e.kind) << "entry" << e.id << "attempt" << e.attempts + 1;
        sendFrame(frame);
    }
    updateWaiting();
    checkFlushed();
}

void SyncSession::handle(const protocol::Ack &f)
{
    if (!m_inFlight.remove(f.req)) {
        qCInfo(lcSync) << "ack for an unknown request ignored";
        return;
    }
    const cache::Status st = m_writer->acknowledge(f.req, f);
    if (!st)
        qCWarning(lcSync) << "cannot record an ack:" << st.error().message;
    m_highestAckSeq = qMax(m_highestAckSeq, f.seq);
    flushOutbox();
}

void SyncSession::handle(const protocol::ErrorFrame &f)
{
    if (f.code == protocol::ErrorCode::Unauthorized) {
        // The token is refused (or was revoked): no use reconnecting with it.
        m_authRefused = true;
        m_authReason = f.message;
        m_running = false;
        if (m_socket) {
            QWebSocket *s = m_socket;
            m_socket = nullptr;
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
        leaveConnection();
        m_reconnectTimer->stop();
        qCWarning(lcSync) << "authentication failed:" << f.message;
        Q_EMIT authFailed(f.message.isEmpty() ? u"the server refused the token"_s : f.message);
        return;
    }
    if (f.req.startsWith(FetchReqPrefix)) {
        const auto it = m_fetchReqs.constFind(f.req);
        if (it != m_fetchReqs.cend()) {
            const QString conversationId = it->first;
            m_fetchReqs.erase(it);
            Q_EMIT historyFailed(conversationId, f.message);
        }
        return;
    }
    if (f.req.isEmpty() || !m_inFlight.remove(f.req)) {
        qCWarning(lcSync) << "error from the server:" << protocol::errorCodeName(f.code) << f.message;
        Q_EMIT error(u"the server reported: "_s + f.message);
        return;
    }
    cache::Status st;
    switch (f.code) {
    case protocol::ErrorCode::Conflict:
        if (f.current)
            st = m_writer->markConflict(f.req, *f.current);
        else
            st = m_writer->markFailed(f.req, f.code, f.message);
        break;
    case protocol::ErrorCode::RateLimited:
    case protocol::ErrorCode::Internal:
        retryLater(f.req);
        break;
    default: // bad_request forbidden not_found too_large
        st = m_writer->markFailed(f.req, f.code, f.message);
        break;
    }
    if (!st)
        qCWarning(lcSync) << "cannot record an error for an outbox entry:" << st.error().message;
    flushOutbox();
}

void SyncSession::retryLater(const QString &clientId)
{
    // The entry stays "sending" in the cache, so nothing behind it in its conversation overtakes it.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retryTimers.insert(clientId, timer);
    connect(timer, &QTimer::timeout, this, [this, clientId, timer] {
        timer->deleteLater();
        if (m_retryTimers.value(clientId) != timer)
            return;
        m_retryTimers.remove(clientId);
        if (!isLive())
            return;
        const auto entry = m_writer->outboxEntryByClientId(clientId);
        if (!entry || entry->state != cache::OutboxState::Sending) {
            flushOutbox();
            return;
        }
        const cache::Status st = m_writer->markSending(entry->id);
        if (!st)
            qCWarning(lcSync) << "cannot mark outbox entry" << entry->id << "as sending:" << st.error().message;
        m_inFlight.insert(clientId);
        sendFrame(protocol::encodeFrame(entry->requestWithReq(clientId)));
    });
    timer->start(m_timings.retryLaterMs);
}

void SyncSession::onCacheChanged(const cache::ChangeSet &changes)
{
    if (changes.outbox || changes.reset)
        updateWaiting();
    if (changes.syncState)
        checkFlushed();
}

void SyncSession::updateWaiting()
{
    int waiting = 0;
    if (cache::CacheReader *r = reader()) {
        const QList<cache::OutboxEntry> all = r->outbox();
        for (const cache::OutboxEntry &e : all)
            if (e.state == cache::OutboxState::Pending || e.state == cache::OutboxState::Sending)
                ++waiting;
    }
    const bool live = isLive();
    if (waiting != m_waiting || live != m_lastOnline) {
        m_waiting = waiting;
        m_lastOnline = live;
        Q_EMIT online(live, waiting);
    }
}

void SyncSession::checkFlushed()
{
    if (!isLive() || m_flushReported)
        return;
    if (!m_inFlight.isEmpty() || !m_retryTimers.isEmpty() || m_lastSeq < m_highestAckSeq)
        return;
    if (!m_writer->sendableOutbox().isEmpty())
        return;
    m_flushReported = true;
    int remaining = 0;
    if (cache::CacheReader *r = reader())
        remaining = int(r->outbox().size());
    Q_EMIT outboxFlushed(remaining);
}

// ---------- history and ephemeral frames

void SyncSession::requestHistory(const QString &conversationId, const QString &before)
{
    QString oldest = before;
    if (cache::CacheReader *r = reader()) {
        cache::MessagePage page = r->messages(conversationId, std::nullopt, protocol::limits::MaxFetchLimit);
        if (page.historyComplete) {
            Q_EMIT historyLoaded(conversationId, 0, true);
            return;
        }
        if (oldest.isEmpty()) {
            // Walk to the oldest cached message (keyset pages, bounded by what is cached).
            while (page.olderInCache && page.older)
                page = r->messages(conversationId, page.older, protocol::limits::MaxFetchLimit);
            oldest = page.oldestMessageId;
        }
    }
    if (!isLive()) {
        m_queuedHistory.append({ conversationId, oldest });
        return;
    }
    sendHistoryRequest(conversationId, oldest);
}

void SyncSession::sendHistoryRequest(const QString &conversationId, const QString &before)
{
    protocol::Fetch fetch;
    fetch.req = FetchReqPrefix + QString::number(m_nextReq++);
    fetch.conversationId = conversationId;
    fetch.before = before;
    fetch.limit = qBound(protocol::limits::MinFetchLimit, m_timings.fetchLimit, protocol::limits::MaxFetchLimit);
    m_fetchReqs.insert(fetch.req, { conversationId, before });
    sendFrame(protocol::encodeFrame(fetch));
}

void SyncSession::handle(const protocol::MessagesPage &f)
{
    const auto it = m_fetchReqs.constFind(f.req);
    if (it == m_fetchReqs.cend()) {
        qCInfo(lcSync) << "history page for an unknown request ignored";
        return;
    }
    const QString conversationId = it->first;
    m_fetchReqs.erase(it);
    for (const protocol::Message &m : f.messages) {
        if (m.conversationId != conversationId) {
            Q_EMIT historyFailed(conversationId, u"the server answered with another conversation's messages"_s);
            return;
        }
    }
    const cache::Status st = m_writer->storeFetchedMessages(conversationId, f.messages, f.complete);
    if (!st) {
        Q_EMIT historyFailed(conversationId, describeCache(st.error()));
        return;
    }
    Q_EMIT historyLoaded(conversationId, int(f.messages.size()), f.complete);
}

void SyncSession::sendTyping(const QString &conversationId, bool on, const QString &mode)
{
    if (isLive())
        sendFrame(protocol::encodeFrame(protocol::TypingRequest { conversationId, on, mode }));
}

void SyncSession::sendViewing(const QString &conversationId)
{
    if (isLive())
        sendFrame(protocol::encodeFrame(protocol::ViewingRequest { conversationId }));
}

void SyncSession::onReadMarked(const QString &conversationId, const QString &messageId)
{
    if (isLive() && !messageId.startsWith("local:"_L1))
        sendFrame(protocol::encodeFrame(protocol::Read { conversationId, messageId }));
}

void SyncSession::handle(const protocol::TypingEvent &f)
{
    Q_EMIT typing(f.conversationId, f.agentId, f.on);
}

void SyncSession::handle(const protocol::PresenceEvent &f)
{
    Q_EMIT presence(f.agentId, f.status);
}

void SyncSession::handle(const protocol::ViewingEvent &f)
{
    Q_EMIT viewing(f.conversationId, f.agentId);
}

void SyncSession::handle(const protocol::Pong &)
{
}

} // namespace confab::sync
