#pragma once

#include "sync/login.h"
#include "sync/syncsession.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QCoreApplication;
class QTimer;

namespace confab::cache {
class Cache;
}

namespace confab::app {

class CredentialStore;
struct TokenBox;

// Exit codes of the headless modes.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadCredentials = 2,
    ExitUnreachable = 3,
    ExitCache = 4,
    ExitFailed = 5, // timed out, or the server misbehaved
};

// `confab --sync-only --server URL --email E [--profile DIR] [--timeout SECONDS]`
// `confab --sign-out --server URL --email E`
struct HeadlessOptions
{
    enum class Mode { SyncOnly, SignOut };
    Mode mode = Mode::SyncOnly;
    QUrl server;
    QString email;
    QString profileDir; // empty: the user's data directory
    int timeoutMs = 120 * 1000;
    sync::SyncTimings timings;
};

// True when argv asks for a headless mode (decides QCoreApplication vs. a GUI application).
bool isHeadless(int argc, char **argv);
// Parses the arguments (without argv[0]); a usage message on error.
std::optional<HeadlessOptions> parseHeadlessArguments(const QStringList &arguments, QString *error);

// Runs a headless mode to the end: the event loop runs inside. Returns the exit code.
int runHeadless(QCoreApplication &app);

// One `--sync-only` run: opens the cache, authenticates (stored token, else the password
// read by `readPassword`), syncs until `synced`, flushes the outbox and reports.
class SyncOnlyRun : public QObject
{
    Q_OBJECT
public:
    // readPassword returns one line, or nullopt when there is none (EOF).
    SyncOnlyRun(HeadlessOptions options, std::function<std::optional<QString>()> readPassword,
                QObject *parent = nullptr);
    ~SyncOnlyRun() override;

    void start();

    // `synced head=H conversations=C messages=M pending=P`, set on success.
    QString summary() const { return m_summary; }

Q_SIGNALS:
    // message: the line to print on stderr (empty on success).
    void finished(int exitCode, const QString &message);

private:
    void useStoredTokenOrPassword();
    void loginWithPassword(bool storedTokenWasRefused);
    void startSession(const QString &token);
    void onCaughtUp();
    void onFlushed();
    void finish(int exitCode, const QString &message);
    void stopSession();

    HeadlessOptions m_options;
    std::function<std::optional<QString>()> m_readPassword;
    std::unique_ptr<cache::Cache> m_cache;
    CredentialStore *m_store;
    sync::AuthClient *m_auth;
    sync::SyncSession *m_session = nullptr;
    std::shared_ptr<TokenBox> m_tokenBox; // read by the session's thread
    bool m_tokenFromStore = false;
    bool m_reachedServer = false;
    bool m_live = false;
    bool m_done = false;
    QString m_lastError;
    QString m_summary;
    QTimer *m_timeout;
};

// The numbers of the summary line, read from the cache on the calling thread.
struct CacheCounts
{
    qint64 head = 0;
    int conversations = 0;
    int messages = 0;
    int pending = 0;
};
CacheCounts countCache(cache::Cache &cache);

} // namespace confab::app
