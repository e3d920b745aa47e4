#include "server.h"

#include "durability.h"
#include "httpapi.h"
#include "hub.h"
#include "messengerassets.h"
#include "protocol/frames.h"
#include "protocol/limits.h"
#include "sessions.h"
#include "sqlstorage.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#endif

namespace confab::server {

Q_LOGGING_CATEGORY(lcServer, "confabd.server", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.toString();
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host) + u':'
        + QString::number(port);
}

#if QT_CONFIG(ssl)
// Reads a PEM certificate chain and private key; a one-line reason on failure.
bool loadTls(const QString &certFile, const QString &keyFile, QSslConfiguration *config, QString *error)
{
    QFile cf(certFile);
    if (!cf.open(QIODevice::ReadOnly)) {
        *error = u"cannot read TLS certificate %1: %2"_s.arg(certFile, cf.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"TLS certificate %1 holds no PEM certificate"_s.arg(certFile);
        return false;
    }
    QFile kf(keyFile);
    if (!kf.open(QIODevice::ReadOnly)) {
        *error = u"cannot read TLS key %1: %2"_s.arg(keyFile, kf.errorString());
        return false;
    }
    const QByteArray keyPem = kf.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"TLS key %1 holds no unencrypted PEM private key"_s.arg(keyFile);
        return false;
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    *config = c;
    return true;
}
#endif

// QHttpServer 6.4 reads a whole request (headers and body, however large) into memory before
// any handler sees it. This guard counts the bytes of the request being read and, once they
// pass MaxRequestBytes, answers 413 and closes the connection, so a huge upload cannot eat the
// server's memory. Bodies over MaxHttpBodyBytes but under this bound reach the API, which
// answers them with a proper 413 (a client still sending when the guard closes may see a reset
// instead of the answer). After a WebSocket upgrade QHttpServer drops every connection to the
// socket's signals, this one included, so WebSocket traffic is not counted here.
constexpr qint64 MaxRequestBytes = 16 * 1024 * 1024;

void guardRequestSize(QTcpSocket *socket)
{
    auto received = std::make_shared<qint64>(0);
    // Connected before QHttpServer connects its own reader, so this runs first on each readyRead.
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket, received] {
        if (!socket->isTransactionStarted())
            *received = 0; // a new request starts with these bytes
        *received += socket->bytesAvailable();
        if (*received <= MaxRequestBytes || socket->state() != QAbstractSocket::ConnectedState)
            return;
        qCWarning(lcServer, "%ls: request larger than %lld bytes refused", qUtf16Printable(socket->peerAddress().toString()),
                  qlonglong(MaxRequestBytes));
        const QByteArray body = protocol::encodeJson(QJsonObject {
            { u"error"_s, QJsonObject { { u"code"_s, u"too_large"_s },
                                        { u"message"_s, u"the request is larger than %1 bytes"_s.arg(MaxRequestBytes) } } } });
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

template<typename Base>
class GuardedServer : public Base
{
public:
    using Base::Base;
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket) {
            guardRequestSize(socket);
            registerConnection(socket); // for Session::sendFramed
            // Frames go out as they are written (fan-out is latency-bound, not throughput-bound):
            // without this, Nagle's algorithm may hold a frame until the previous one is acked.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        return socket;
    }
};

void answerPlainRequestToWebSocketEndpoint(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // A real upgrade is taken over by QHttpServer after this returns (nothing may be written).
    if (request.value("upgrade"_ba).compare("websocket", Qt::CaseInsensitive) == 0)
        return;
    const QJsonObject body { { u"error"_s,
                               QJsonObject { { u"code"_s, u"bad_request"_s },
                                             { u"message"_s, u"this endpoint speaks WebSocket only"_s } } } };
    responder.write(protocol::encodeJson(body), "application/json"_ba, QHttpServerResponder::StatusCode::BadRequest);
}

} // namespace

Server::Server(std::unique_ptr<Storage> storage, ServerOptions options, QObject *parent)
    : QObject(parent), m_storage(std::move(storage)), m_options(std::move(options))
{
    m_hub = std::make_unique<Hub>(*m_storage, m_options.snapshot, m_options.helloTimeoutMs);
    m_api = std::make_unique<HttpApi>(*m_storage, *m_hub);

    // SQLite: group commit. Commits stop waiting for their own fsync; a worker fsyncs the WAL and
    // whatever answers a commit waits for that (durability.h). CONFABD_GROUP_COMMIT=0 turns it
    // off (every commit fsyncs by itself, as before).
    if (qEnvironmentVariable("CONFABD_GROUP_COMMIT") != "0"_L1) {
        if (auto *sql = dynamic_cast<SqlStorage *>(m_storage.get()); sql && sql->deferCommitSync()) {
            m_gate = std::make_unique<DurabilityGate>(sql->walPath());
            m_hub->setDurabilityGate(m_gate.get());
        }
    }
}

Server::~Server()
{
    // Answers still waiting for an fsync are dropped (their clients resend; requests are
    // idempotent); closing the database makes every commit durable.
    if (m_hub)
        m_hub->setDurabilityGate(nullptr);
    m_gate.reset();
    // Sessions first (their sockets say "going away" while the connections still exist), then
    // the HTTP server, all before the storage they use.
    m_api.reset();
    m_hub.reset();
    m_http.reset();
}

bool Server::listen(QString *error)
{
    QString reason;
    if (m_http) {
        reason = u"already listening"_s;
        if (error)
            *error = reason;
        return false;
    }

    QTcpServer *tcp = nullptr;
    const bool tls = !m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls) {
#if QT_CONFIG(ssl)
        if (m_options.tlsCertFile.isEmpty() || m_options.tlsKeyFile.isEmpty()) {
            reason = u"TLS needs both a certificate and a key file"_s;
        } else if (!QSslSocket::supportsSsl()) {
            reason = u"TLS is not available (no TLS backend: %1)"_s.arg(QSslSocket::activeBackend());
        } else {
            QSslConfiguration config;
            if (loadTls(m_options.tlsCertFile, m_options.tlsKeyFile, &config, &reason)) {
                auto *ssl = new GuardedServer<QSslServer>;
                ssl->setSslConfiguration(config);
                tcp = ssl;
            }
        }
#else
        reason = u"this build has no TLS support"_s;
#endif
        if (!tcp) {
            if (error)
                *error = reason;
            return false;
        }
    } else {
        tcp = new GuardedServer<QTcpServer>;
    }

    // Qt's default backlog is 50: when thousands of agents reconnect at once (a restart, a
    // network blip) the rest of their SYNs would be dropped and retried a second or more later.
    tcp->setListenBacklogSize(4096);
    if (!tcp->listen(m_options.address, m_options.port)) {
        reason = u"cannot listen on %1: %2"_s.arg(hostPort(m_options.address, m_options.port), tcp->errorString());
        delete tcp;
        if (error)
            *error = reason;
        return false;
    }
    m_port = tcp->serverPort();

    m_http = std::make_unique<QHttpServer>();
    // QHttpServer 6.4 upgrades to a WebSocket only on a path whose route handles the request.
    m_http->route(u"/v1/agent"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answerPlainRequestToWebSocketEndpoint(request, std::move(responder));
    });
    m_http->route(u"/v1/visitor"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answerPlainRequestToWebSocketEndpoint(request, std::move(responder));
    });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (MessengerAssets(*m_storage).handle(request, responder)) // /messenger.js, /demo-site
            return;
        m_api->handle(request, std::move(responder));
    });
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
            if (!socket)
                break;
            const QString path = socket->requestUrl().path();
            if (path == "/v1/agent"_L1) {
                m_hub->addAgentSocket(socket.release());
            } else if (path == "/v1/visitor"_L1) {
                m_hub->addVisitorSocket(socket.release());
            } else {
                QWebSocket *s = socket.release();
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
                s->close(QWebSocketProtocol::CloseCodePolicyViolated, u"no such endpoint"_s);
            }
        }
    });
    m_http->bind(tcp); // takes the listening server (and parents it)

    qCInfo(lcServer, "serving %ls on %ls%s", qUtf16Printable(m_storage->describe()),
           qUtf16Printable(hostPort(m_options.address, m_port)), tls ? " (TLS)" : "");
    return true;
}

quint16 Server::port() const
{
    return m_port;
}

QHostAddress Server::address() const
{
    return m_options.address;
}

Storage &Server::storage()
{
    return *m_storage;
}

Hub &Server::hub()
{
    return *m_hub;
}

} // namespace confab::server
