#pragma once

#include "storage.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace confab::server {

class DurabilityGate;
class Hub;
class HttpApi;

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8450; // 0 = pick a free port
    QString tlsCertFile; // both set: https/wss
    QString tlsKeyFile;
    SnapshotLimits snapshot;
    int helloTimeoutMs = 10 * 1000;
};

// One confabd: an HTTP server whose /v1/agent and /v1/visitor routes upgrade to WebSockets,
// the hub of live sessions, and the HTTP API, all over one Storage.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(std::unique_ptr<Storage> storage, ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    // Binds and starts serving. On failure a one-line reason (port busy, bad TLS files…).
    bool listen(QString *error);
    quint16 port() const;
    QHostAddress address() const;

    Storage &storage();
    Hub &hub();

private:
    std::unique_ptr<Storage> m_storage;
    ServerOptions m_options;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Hub> m_hub;
    std::unique_ptr<DurabilityGate> m_gate; // SQLite group commit (durability.h)
    std::unique_ptr<HttpApi> m_api;
    quint16 m_port = 0;
};

} // namespace confab::server
