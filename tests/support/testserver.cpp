#include "testserver.h"

#include "server/auth.h"

using namespace Qt::StringLiterals;

namespace confab::testing {

TestServer::TestServer(server::ServerOptions options)
    : m_options(std::move(options))
{
    m_options.address = QHostAddress::LocalHost;
    m_options.port = 0;
    server::auth::init();
    m_seed = fx::makeSeed();
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_server)
        return true;
    if (!m_db.isValid())
        return fail(m_db.error());

    QString why;
    std::unique_ptr<server::Storage> storage = server::createStorage(dbSpec(), &why);
    if (!storage)
        return fail(u"createStorage: "_s + why);
    if (auto e = storage->open())
        return fail(u"open: "_s + e->message);
    if (!m_seeded) {
        if (storage->isEmpty()) {
            if (auto e = storage->seed(m_seed))
                return fail(u"seed: "_s + e->message);
        }
        storage->addApiKey(server::auth::hashToken(fx::ApiKey), u"tests"_s);
        m_seeded = true;
    }

    auto srv = std::make_unique<server::Server>(std::move(storage), m_options);
    if (!srv->listen(&why))
        return fail(u"listen: "_s + why);
    m_port = srv->port();
    m_server = std::move(srv);
    return true;
}

void TestServer::stop()
{
    m_server.reset();
}

bool TestServer::restart(QString *error)
{
    stop();
    return start(error);
}

QUrl TestServer::httpUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QUrl TestServer::agentUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/v1/agent"_s.arg(m_port));
}

QUrl TestServer::visitorUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/v1/visitor"_s.arg(m_port));
}

QString TestServer::agentIdFor(const QString &email) const
{
    for (const auto &a : m_seed.agents)
        if (a.agent.email.compare(email, Qt::CaseInsensitive) == 0)
            return a.agent.id;
    return {};
}

QString TestServer::tokenFor(const QString &email)
{
    auto found = storage().agentByEmail(email);
    if (!found)
        return {};
    const QString token = server::auth::randomToken();
    storage().storeToken(server::auth::hashToken(token), found->first.id);
    return token;
}

} // namespace confab::testing
