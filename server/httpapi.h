#pragma once

#include "auth.h"
#include "storage.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace confab::server {

class Hub;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// The HTTP side of protocol-v1.md:
//   GET  /v1/health                  → 200 {"status":"ok"}
//   POST /v1/login                   → 200 {token, agent} | 401 | 429
//   POST /v1/logout   (Bearer token) → 204 | 401; live sessions with that token are closed 4001
//   POST /v1/contacts (Bearer key)   → 200 Contact
//   POST /v1/contacts/{id}/events    → 201 ContactEvent
//   POST /v1/inbound                 → 201 {conversation_id, message_id} (idempotent on client_id)
// Every error is {"error":{"code","message"}} with the contract's status; an unknown route or
// method is 404. Committed events are published to the hub before the response is written.
class HttpApi
{
public:
    HttpApi(Storage &storage, Hub &hub);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    struct Reply
    {
        int status = 200;
        QJsonObject body;
        bool noContent = false;
    };
    static Reply error(protocol::ErrorCode code, const QString &message);
    static Reply error(const protocol::Error &error) { return HttpApi::error(error.code, error.message); }

private:
    Reply dispatch(const QHttpServerRequest &request);
    Reply login(const QHttpServerRequest &request);
    Reply logout(const QHttpServerRequest &request);
    Reply upsertContact(const QHttpServerRequest &request);
    Reply addContactEvent(const QHttpServerRequest &request, const QString &contactId);
    Reply inbound(const QHttpServerRequest &request);

    // The JSON object body, or the error reply (413 over the limit, 400 when not an object).
    protocol::Result<QJsonObject> jsonBody(const QHttpServerRequest &request) const;
    // Checks `Authorization: Bearer API_KEY`; the error reply when it is missing or wrong.
    std::optional<Reply> requireApiKey(const QHttpServerRequest &request);
    const QString &dummyHash();

    Storage &m_storage;
    Hub &m_hub;
    QString m_dummyHash; // verified against for unknown emails, so both failures cost the same
};

// The bearer credential of an Authorization header; null when absent or not "Bearer".
QString bearerToken(const QHttpServerRequest &request);

} // namespace confab::server
