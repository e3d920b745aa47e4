// The credential store over QtKeychain: tokens per server and email in the secret service
// (tools/test runs the tests under dbus-run-session with an unlocked gnome-keyring), and the
// behaviour without one: the calls say "unavailable", a warning is logged once, the app asks
// for the password again, and nothing is ever written in plain text. Sign-out revokes the
// token on the server and deletes the entry.
#include "app/account.h"
#include "app/credentialstore.h"
#include "server/auth.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "sync/login.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace confab;
using app::CredentialStore;
using Status = CredentialStore::Status;
namespace fx = confab::testing::fx;

namespace {

// Warnings of the credentials category, counted by a message handler.
int g_credentialWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && context.category && QLatin1StringView(context.category) == "confab.app.credentials"_L1)
        ++g_credentialWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool busConfigured()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home; // XDG config/data of this process: where a plaintext fallback would go
    bool keychain = false; // a secret service answered the probe
    QStringList secrets;   // every token this test stored: none may appear in a file

    CredentialStore::Result run(const std::function<void(CredentialStore &, CredentialStore::Callback)> &call)
    {
        CredentialStore store;
        std::optional<CredentialStore::Result> result;
        call(store, [&](const CredentialStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return CredentialStore::Result { Status::Failed, {}, u"no answer from the keychain"_s };
        return *result;
    }
    CredentialStore::Result load(const QUrl &server, const QString &email)
    {
        return run([&](CredentialStore &s, CredentialStore::Callback cb) { s.loadToken(server, email, cb); });
    }
    CredentialStore::Result save(const QUrl &server, const QString &email, const QString &token)
    {
        secrets << token;
        return run([&](CredentialStore &s, CredentialStore::Callback cb) { s.saveToken(server, email, token, cb); });
    }
    CredentialStore::Result remove(const QUrl &server, const QString &email)
    {
        return run([&](CredentialStore &s, CredentialStore::Callback cb) { s.removeToken(server, email, cb); });
    }

    static QUrl uniqueServer()
    {
        // A server nobody else uses, so runs never see each other's entries.
        return QUrl(u"http://127.0.0.1:%1"_s.arg(20000 + QRandomGenerator::global()->bounded(30000)));
    }
    static QString newToken() { return QUuid::createUuid().toString(QUuid::Id128) + u"-secret"_s; }

    void verifyNoPlaintext()
    {
        for (const QString &root : QStringList { home.path(), QDir::homePath() + u"/.config"_s, QDir::homePath() + u"/.local/share"_s }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() > 10 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = f.readAll();
                for (const QString &secret : std::as_const(secrets))
                    QVERIFY2(!data.contains(secret.toUtf8()), qPrintable(u"token found in "_s + f.fileName()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
        g_previousHandler = qInstallMessageHandler(countingHandler);
        QVERIFY(CredentialStore::builtWithKeychain());

        // Probe: is a secret service reachable here?
        const QUrl probe = uniqueServer();
        const auto r = save(probe, u"probe@test.confab"_s, newToken());
        keychain = r.ok();
        if (keychain)
            QVERIFY(remove(probe, u"probe@test.confab"_s).ok());
        else
            QCOMPARE(r.status, Status::Unavailable);
        qInfo() << "secret service" << (keychain ? "reachable" : "not reachable") << "bus configured:" << busConfigured();
    }

    void cleanupTestCase()
    {
        verifyNoPlaintext();
        qInstallMessageHandler(g_previousHandler);
    }

    void entryKeyIsPerServerAndEmail()
    {
        QCOMPARE(CredentialStore::entryKey(QUrl(u"http://127.0.0.1:8450/"_s), u" Ana@Example.com "_s),
                 u"http://127.0.0.1:8450|ana@example.com"_s);
        QCOMPARE(CredentialStore::entryKey(QUrl(u"wss://chat.example.com/v1/agent"_s), u"ana@example.com"_s),
                 u"https://chat.example.com|ana@example.com"_s);
        QVERIFY(CredentialStore::entryKey(QUrl(u"http://a:1"_s), u"x@y"_s)
                != CredentialStore::entryKey(QUrl(u"http://a:2"_s), u"x@y"_s));
        QCOMPARE(CredentialStore::defaultService(), u"Confab"_s);
    }

    void storeAndLoad()
    {
        const QUrl server = uniqueServer();
        const QString email = u"ana@example.com"_s;
        const QString token = newToken();
        if (!keychain) {
            // No secret service: nothing is stored, and loading says so (the app then asks
            // for the password again).
            QCOMPARE(save(server, email, token).status, Status::Unavailable);
            QCOMPARE(load(server, email).status, Status::Unavailable);
            QCOMPARE(remove(server, email).status, Status::Unavailable);
            QVERIFY(CredentialStore::secretServiceSeenUnavailable());
            return;
        }
        QCOMPARE(load(server, email).status, Status::NotFound);
        QVERIFY(save(server, email, token).ok());
        auto r = load(server, email);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.token, token);
        // Same email at another server, another email at the same server: separate entries.
        QCOMPARE(load(uniqueServer(), email).status, Status::NotFound);
        QCOMPARE(load(server, u"bob@example.com"_s).status, Status::NotFound);
        // The email's case does not matter.
        QCOMPARE(load(server, u"ANA@example.com"_s).token, token);
        // A new sign-in replaces the token.
        const QString second = newToken();
        QVERIFY(save(server, email, second).ok());
        QCOMPARE(load(server, email).token, second);
        QVERIFY(remove(server, email).ok());
        QCOMPARE(load(server, email).status, Status::NotFound);
        QVERIFY(!CredentialStore::secretServiceSeenUnavailable());
    }

    void warningLoggedOnce()
    {
        if (keychain) {
            QCOMPARE(g_credentialWarnings, 0);
            return;
        }
        // The probe and storeAndLoad made several calls: one warning in all.
        QCOMPARE(g_credentialWarnings, 1);
        QCOMPARE(load(uniqueServer(), u"x@example.com"_s).status, Status::Unavailable);
        QCOMPARE(g_credentialWarnings, 1);
    }

    void signOutRevokesAndDeletes()
    {
        testing::TestServer srv;
        QString error;
        QVERIFY2(srv.start(&error), qPrintable(error));
        sync::AuthClient auth;
        // Sign in as the app does.
        std::optional<sync::LoginResult> login;
        auth.login(srv.httpUrl(), fx::Agent1Email, fx::Password, [&](const sync::LoginResult &r) { login = r; });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 20000);
        QVERIFY2(login->ok(), qPrintable(login->message));
        QCOMPARE(login->agent.id, fx::Agent1Id);
        const QString token = login->token;
        QVERIFY(srv.storage().agentForToken(server::auth::hashToken(token)));
        const auto stored = save(srv.httpUrl(), fx::Agent1Email, token);
        QCOMPARE(stored.ok(), keychain);

        CredentialStore store;
        std::optional<app::SignOutResult> out;
        // With a keychain the stored token is the one revoked; without one, the app passes the
        // token it holds in memory.
        app::signOut(store, auth, srv.httpUrl(), fx::Agent1Email, keychain ? QString() : token,
                     [&](const app::SignOutResult &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY2(out->revoked, qPrintable(out->message));
        QVERIFY2(out->removed, qPrintable(out->message));
        QVERIFY(!srv.storage().agentForToken(server::auth::hashToken(token)));
        QCOMPARE(load(srv.httpUrl(), fx::Agent1Email).status, keychain ? Status::NotFound : Status::Unavailable);
    }

    void signOutWhileTheServerIsDown()
    {
        if (!keychain)
            QSKIP("needs a secret service: without one there is no entry to delete");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl server(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        QVERIFY(save(server, fx::Agent1Email, newToken()).ok());
        CredentialStore store;
        sync::AuthClient auth;
        std::optional<app::SignOutResult> out;
        app::signOut(store, auth, server, fx::Agent1Email, {}, [&](const app::SignOutResult &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY(!out->revoked);       // it says the token may still be valid…
        QVERIFY(out->removed);        // …but it is gone from here
        QVERIFY(!out->message.isEmpty());
        QCOMPARE(load(server, fx::Agent1Email).status, Status::NotFound);
    }

    void withoutSecretServiceInAChild()
    {
        // The same suite in a child process with no session bus at all: the fallback path is
        // exercised even when this run has a keychain.
        if (qEnvironmentVariableIsSet("CONFAB_CREDENTIALS_CHILD"))
            QSKIP("already the child");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"CONFAB_CREDENTIALS_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { u"storeAndLoad"_s, u"warningLoggedOnce"_s, u"signOutRevokesAndDeletes"_s });
        QVERIFY(child.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 120000);
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("secret service not reachable"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
