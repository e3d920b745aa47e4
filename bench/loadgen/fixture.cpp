#include "fixture.h"

#include "server/auth.h"
#include "server/storage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace confab::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int TeamSize = 50;

server::SeedData seedData(int agents, const QString &passwordHash, const QString &apiKeyHash,
                          const QString &visitorKey)
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
    server::SeedData d;
    d.workspace.id = u"ws-bench"_s;
    d.workspace.name = u"Bench"_s;
    d.visitorKey = visitorKey;
    // A floor in teams of TeamSize, as a support floor of thousands is organised (presence is
    // shared between teammates, docs/protocol.md §6.5).
    for (int t = 0; t * TeamSize < agents; ++t) {
        protocol::Team team;
        team.id = u"team-%1"_s.arg(t, 4, 10, QChar(u'0'));
        team.name = u"Team %1"_s.arg(t);
        d.teams.append(team);
    }
    d.agents.reserve(agents);
    for (int i = 0; i < agents; ++i) {
        server::SeedData::SeedAgent a;
        a.agent.id = u"ag-%1"_s.arg(i, 5, 10, QChar(u'0'));
        a.agent.name = u"Agent %1"_s.arg(i);
        a.agent.email = u"agent%1@bench.confab"_s.arg(i);
        a.agent.role = i == 0 ? u"admin"_s : u"agent"_s;
        a.agent.teamIds = { d.teams.at(i / TeamSize).id };
        d.teams[i / TeamSize].memberIds.append(a.agent.id);
        a.passwordHash = passwordHash;
        d.agents.append(a);
    }
    const protocol::Team &team = d.teams.constFirst();
    protocol::Contact c;
    c.id = u"ct-bench"_s;
    c.name = u"Bench Customer"_s;
    c.email = u"customer@bench.example"_s;
    c.createdAt = t0;
    c.lastSeenAt = t0;
    d.contacts.append(c);
    protocol::Conversation conv;
    conv.id = u"cv-bench"_s;
    conv.contactId = c.id;
    conv.teamId = team.id;
    conv.createdAt = t0;
    conv.updatedAt = t0;
    conv.lastMessageAt = t0;
    d.conversations.append(conv);
    protocol::Message m;
    m.id = u"m-bench-1"_s;
    m.conversationId = conv.id;
    m.author = { u"contact"_s, c.id };
    m.body = u"Hello, the export to CSV does not finish."_s;
    m.createdAt = t0;
    d.messages.append(m);
    d.apiKeyHashes.append(apiKeyHash);
    return d;
}

} // namespace

bool makeFixture(const QString &dbPath, int agents, const QString &scratchDir, Fixture *out, QString *error)
{
    if (!server::auth::init()) {
        *error = u"libsodium cannot be initialised"_s;
        return false;
    }
    QTemporaryDir scratch(QDir(scratchDir.isEmpty() ? QDir::tempPath() : scratchDir).filePath(u"confab-bench-XXXXXX"_s));
    if (!scratch.isValid()) {
        *error = u"cannot create a scratch directory in %1"_s.arg(scratchDir);
        return false;
    }
    const QString buildPath = scratch.filePath(u"fixture.db"_s);

    Fixture fx;
    fx.dbPath = dbPath;
    fx.visitorKey = u"bench-visitor-key"_s;
    fx.apiKey = server::auth::randomToken();
    fx.conversationId = u"cv-bench"_s;
    {
        QString why;
        std::unique_ptr<server::Storage> storage = server::createStorage(u"sqlite:"_s + buildPath, &why);
        if (!storage) {
            *error = why;
            return false;
        }
        if (auto e = storage->open()) {
            *error = e->message;
            return false;
        }
        // One Argon2id hash for every agent: nobody logs in with a password here.
        const QString hash = server::auth::hashPassword(u"bench-password"_s);
        const QString keyHash = QString::fromLatin1(server::auth::hashToken(fx.apiKey).toHex());
        const server::SeedData data = seedData(agents, hash, keyHash, fx.visitorKey);
        if (auto e = storage->seed(data)) {
            *error = u"seeding: "_s + e->message;
            return false;
        }
        fx.tokens.reserve(agents);
        fx.agentIds.reserve(agents);
        for (const auto &a : data.agents) {
            const QString token = server::auth::randomToken();
            storage->storeToken(server::auth::hashToken(token), a.agent.id);
            fx.tokens.append(token);
            fx.agentIds.append(a.agent.id);
        }
        if (!storage->agentForToken(server::auth::hashToken(fx.tokens.constLast()))) {
            *error = u"a stored token does not authenticate"_s;
            return false;
        }
        fx.logId = storage->logId();
        fx.head = storage->head();
    } // closed: SQLite checkpoints the WAL into the file and removes it

    QFile::remove(dbPath);
    if (!QFile::copy(buildPath, dbPath)) {
        *error = u"cannot copy the fixture to %1"_s.arg(dbPath);
        return false;
    }
    *out = fx;
    return true;
}

} // namespace confab::bench
