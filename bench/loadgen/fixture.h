#pragma once

#include <QString>
#include <QStringList>

namespace confab::bench {

// The database a benchmark's confabd starts from: a small workspace (one contact, one open
// conversation), `agents` agents in teams of 50, each with its own valid token, an ingestion
// API key and a messenger key. Written with confab_server's own storage (so the schema is the real one),
// before the server starts.
struct Fixture
{
    QString dbPath;
    QStringList tokens;   // tokens.at(i) authenticates agentIds.at(i)
    QStringList agentIds;
    QString conversationId;
    QString visitorKey;
    QString apiKey;
    QString logId;
    qint64 head = 0;
};

// Creates the database file at dbPath (its directory must exist). Tokens are many small writes,
// so the file is built in `scratchDir` (a tmpfs such as /dev/shm when given: no fsync per token)
// and then copied into place. On failure: false and *error.
bool makeFixture(const QString &dbPath, int agents, const QString &scratchDir, Fixture *out, QString *error);

} // namespace confab::bench
