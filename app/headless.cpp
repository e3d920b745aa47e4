#include "headless.h"

#include "app/account.h"
#include "app/credentialstore.h"
#include "cache/cache.h"
#include "sync/login.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHeadless, "confab.app.headless")

namespace confab::app {

namespace {

const QString SyncOnlyFlag = u"--sync-only"_s;
const QString SignOutFlag = u"--sign-out"_s;

QString usage()
{
    return u"usage: confab --sync-only --server URL --email EMAIL [--profile DIR] [--timeout SECONDS]\n"
           u"       confab --sign-out --server URL --email EMAIL"_s;
}

// One line from stdin without echo when it is a terminal; nullopt at EOF.
std::optional<QString> readPasswordFromStdin(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    if (!got && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

struct TokenBox
{
    QMutex mutex;
    QString token;
};

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == SyncOnlyFlag || arg == SignOutFlag)
            return true;
    }
    return false;
}

std::optional<HeadlessOptions> parseHeadlessArguments(const QStringList &arguments, QString *error)
{
    HeadlessOptions o;
    bool modeSet = false;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why + u'\n' + usage();
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        QString v;
        if (arg == SyncOnlyFlag || arg == SignOutFlag) {
            if (modeSet)
                return fail(u"confab: choose one of --sync-only and --sign-out"_s);
            modeSet = true;
            o.mode = arg == SyncOnlyFlag ? HeadlessOptions::Mode::SyncOnly : HeadlessOptions::Mode::SignOut;
        } else if (arg == "--server"_L1) {
            if (!value(&v))
                return fail(u"confab: --server needs a URL"_s);
            QUrl url = QUrl::fromUserInput(v);
            if (!url.isValid() || url.host().isEmpty()
                || !QStringList { u"http"_s, u"https"_s, u"ws"_s, u"wss"_s }.contains(url.scheme().toLower()))
                return fail(u"confab: not a server URL: "_s + v);
            o.server = sync::normalizedServerUrl(url);
        } else if (arg == "--email"_L1) {
            if (!value(&v) || !v.contains(u'@'))
                return fail(u"confab: --email needs an email address"_s);
            o.email = v.trimmed();
        } else if (arg == "--profile"_L1) {
            if (!value(&v) || v.isEmpty())
                return fail(u"confab: --profile needs a directory"_s);
            o.profileDir = v;
        } else if (arg == "--timeout"_L1) {
            bool ok = false;
            const int seconds = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || seconds <= 0)
                return fail(u"confab: --timeout needs a number of seconds"_s);
            o.timeoutMs = seconds * 1000;
        } else {
            return fail(u"confab: unknown argument "_s + arg);
        }
    }
    if (!modeSet)
        return fail(u"confab: nothing to do"_s);
    if (o.server.isEmpty())
        return fail(u"confab: --server is required"_s);
    if (o.email.isEmpty())
        return fail(u"confab: --email is required"_s);
    return o;
}

// ---------- counts

CacheCounts countCache(cache::Cache &cache)
{
    CacheCounts c;
    const cache::CacheReader &r = cache.reader();
    c.head = r.syncState().lastSeq;
    c.pending = int(r.outbox().size());
    QStringList ids;
    for (const QString &status : { u"open"_s, u"snoozed"_s, u"resolved"_s }) {
        cache::ListQuery q;
        q.view = cache::View::All;
        q.status = status;
        std::optional<cache::ListCursor> after;
        for (;;) {
            const cache::ConversationPage page = r.conversations(q, after, 500);
            for (const cache::ConversationRow &row : page.rows)
                ids.append(row.conversation.id);
            if (!page.next || page.rows.isEmpty())
                break;
            after = page.next;
        }
    }
    c.conversations = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        cache::MessagePage page = r.messages(id, std::nullopt, 500);
        c.messages += int(page.messages.size());
        while (page.olderInCache && page.older) {
            page = r.messages(id, page.older, 500);
            c.messages += int(page.messages.size());
        }
    }
    return c;
}

// ---------- --sync-only

SyncOnlyRun::SyncOnlyRun(HeadlessOptions options, std::function<std::optional<QString>()> readPassword,
                         QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_readPassword(std::move(readPassword)),
      m_store(new CredentialStore(this)), m_auth(new sync::AuthClient(this)), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        const QString where = sync::describeServer(m_options.server);
        if (!m_reachedServer)
            finish(ExitUnreachable,
                   u"confab: cannot reach %1: %2"_s.arg(where, m_lastError.isEmpty() ? u"timed out"_s : m_lastError));
        else
            finish(ExitFailed, u"confab: timed out syncing with %1"_s.arg(where));
    });
}

SyncOnlyRun::~SyncOnlyRun()
{
    stopSession();
}

void SyncOnlyRun::start()
{
    m_timeout->start(m_options.timeoutMs);
    const QString path = cache::Cache::defaultPath(m_options.server.toString(), m_options.email, m_options.profileDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_cache = std::make_unique<cache::Cache>();
    const cache::Status st = m_cache->open(path);
    if (!st) {
        finish(ExitCache, u"confab: cannot open the cache %1: %2"_s.arg(QDir::toNativeSeparators(path), st.error().message));
        return;
    }
    qCInfo(lcHeadless) << "cache" << path;
    useStoredTokenOrPassword();
}

void SyncOnlyRun::useStoredTokenOrPassword()
{
    m_store->loadToken(m_options.server, m_options.email, [this](const CredentialStore::Result &r) {
        if (m_done)
            return;
        if (!r.ok()) {
            loginWithPassword(false);
            return;
        }
        // A stored token: first make sure the server answers at all, to tell "unreachable"
        // apart from a slow catch-up.
        const QString token = r.token;
        m_auth->checkHealth(m_options.server, [this, token](const sync::HealthResult &h) {
            if (m_done)
                return;
            if (!h.reachable) {
                finish(ExitUnreachable,
                       u"confab: cannot reach %1: %2"_s.arg(sync::describeServer(m_options.server), h.message));
                return;
            }
            m_tokenFromStore = true;
            startSession(token);
        });
    });
}

void SyncOnlyRun::loginWithPassword(bool storedTokenWasRefused)
{
    const std::optional<QString> password =
        m_readPassword ? m_readPassword() : std::optional<QString>();
    if (!password || password->isEmpty()) {
        finish(ExitBadCredentials,
               storedTokenWasRefused
                   ? u"confab: the stored sign-in for %1 is no longer valid; give the password on stdin"_s.arg(m_options.email)
                   : u"confab: no stored sign-in for %1; give the password on stdin"_s.arg(m_options.email));
        return;
    }
    m_auth->login(m_options.server, m_options.email, *password, [this](const sync::LoginResult &r) {
        if (m_done)
            return;
        using S = sync::LoginResult::Status;
        switch (r.status) {
        case S::Ok:
            break;
        case S::WrongCredentials:
            finish(ExitBadCredentials, u"confab: wrong email or password"_s);
            return;
        case S::RateLimited:
            finish(ExitBadCredentials, u"confab: "_s + r.message);
            return;
        case S::Unreachable:
            finish(ExitUnreachable, u"confab: cannot reach %1: %2"_s.arg(sync::describeServer(m_options.server), r.message));
            return;
        case S::ServerError:
            finish(ExitFailed, u"confab: sign-in at %1 failed: %2"_s.arg(sync::describeServer(m_options.server), r.message));
            return;
        }
        m_reachedServer = true;
        const QString token = r.token;
        // Store it before syncing so that a run cut short still keeps the sign-in.
        m_store->saveToken(m_options.server, m_options.email, token, [this, token](const CredentialStore::Result &) {
            if (m_done)
                return;
            m_tokenFromStore = false;
            startSession(token);
        });
    });
}

void SyncOnlyRun::startSession(const QString &token)
{
    auto box = std::make_shared<TokenBox>();
    box->token = token;
    if (!m_session) {
        m_session = new sync::SyncSession(
            m_cache->writer(), m_options.server,
            [box] {
                QMutexLocker lock(&box->mutex);
                return box->token;
            },
            m_options.timings);
        m_session->moveToThread(m_cache->writerThread());
        connect(m_session, &sync::SyncSession::stateChanged, this, [this](sync::SyncSession::State s) {
            if (s == sync::SyncSession::State::Authenticating)
                m_reachedServer = true;
        });
        connect(m_session, &sync::SyncSession::error, this, [this](const QString &message) { m_lastError = message; });
        connect(m_session, &sync::SyncSession::caughtUp, this, [this] { m_live = true; });
        connect(m_session, &sync::SyncSession::outboxFlushed, this, &SyncOnlyRun::onFlushed);
        connect(m_session, &sync::SyncSession::authFailed, this, [this](const QString &reason) {
            if (m_done)
                return;
            qCInfo(lcHeadless) << "the server refused the token:" << reason;
            if (!m_tokenFromStore) {
                finish(ExitBadCredentials, u"confab: the server refused the new sign-in: "_s + reason);
                return;
            }
            // The stored token was revoked or expired: forget it and sign in again.
            m_tokenFromStore = false;
            m_store->removeToken(m_options.server, m_options.email,
                                 [this](const CredentialStore::Result &) { loginWithPassword(true); });
        });
        m_tokenBox = box;
    } else {
        QMutexLocker lock(&m_tokenBox->mutex);
        m_tokenBox->token = token;
    }
    QMetaObject::invokeMethod(m_session, &sync::SyncSession::start, Qt::QueuedConnection);
}

void SyncOnlyRun::onFlushed()
{
    if (m_done || !m_live)
        return;
    const CacheCounts c = countCache(*m_cache);
    m_summary = u"synced head=%1 conversations=%2 messages=%3 pending=%4"_s.arg(c.head)
                    .arg(c.conversations)
                    .arg(c.messages)
                    .arg(c.pending);
    finish(ExitOk, {});
}

void SyncOnlyRun::stopSession()
{
    if (!m_session)
        return;
    sync::SyncSession *s = m_session;
    m_session = nullptr;
    s->disconnect(this);
    QMetaObject::invokeMethod(
        s,
        [s] {
            s->stop();
            delete s;
        },
        Qt::BlockingQueuedConnection);
}

void SyncOnlyRun::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    stopSession();
    if (m_cache)
        m_cache->close();
    Q_EMIT finished(exitCode, message);
}

// ---------- entry point

int runHeadless(QCoreApplication &app)
{
    QStringList args = app.arguments();
    args.removeFirst();
    QString error;
    const std::optional<HeadlessOptions> options = parseHeadlessArguments(args, &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return ExitUsage;
    }
    int code = ExitFailed;
    if (options->mode == HeadlessOptions::Mode::SignOut) {
        CredentialStore store;
        sync::AuthClient auth;
        signOut(store, auth, options->server, options->email, {}, [&](const SignOutResult &r) {
            if (!r.removed) {
                std::fprintf(stderr, "confab: %s\n", qPrintable(r.message));
                code = ExitFailed;
            } else if (!r.revoked) {
                std::fprintf(stderr, "confab: signed out here, but %s\n", qPrintable(r.message));
                code = ExitUnreachable;
            } else {
                std::fprintf(stdout, "signed out\n");
                code = ExitOk;
            }
            app.quit();
        });
        app.exec();
        return code;
    }

    const QString prompt = u"Password for %1 at %2: "_s.arg(options->email, sync::describeServer(options->server));
    SyncOnlyRun run(*options, [prompt] { return readPasswordFromStdin(prompt); });
    QObject::connect(&run, &SyncOnlyRun::finished, &app, [&](int exitCode, const QString &message) {
        code = exitCode;
        if (exitCode == ExitOk) {
            std::fprintf(stdout, "%s\n", qPrintable(run.summary()));
            std::fflush(stdout);
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(message));
        }
        app.quit();
    }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(&run, &SyncOnlyRun::start, Qt::QueuedConnection);
    app.exec();
    return code;
}

} // namespace confab::app
