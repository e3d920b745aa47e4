// `confab --sync-only`: the real binary against a real confabd (in this process, on
// 127.0.0.1). Password from stdin then the stored token; the summary line; the outbox flushed;
// clear messages and exit codes for bad credentials, an unreachable server and a cache it
// cannot open; the same without a secret service.
#include "app/credentialstore.h"
#include "cache/cache.h"
#include "server/auth.h"
#include "support/fixture.h"
#include "support/testserver.h"
#include "synctestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab;
using confab::testing::TestServer;
namespace fx = confab::testing::fx;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

enum class Bus { Inherit, None };

} // namespace

class TestSyncOnly : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> srv;
    std::unique_ptr<QTemporaryDir> dir;
    bool keychain = false;

    QString profile() const { return dir->filePath(u"profile"_s); }

    Run confab(const QStringList &args, const QByteArray &stdinData, Bus bus = Bus::Inherit)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (bus == Bus::None) {
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONFAB_BINARY), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(stdinData);
        p.closeWriteChannel();
        // The server runs in this process: keep its event loop going while confab works.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitCode();
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList syncArgs(const QString &email = fx::Agent1Email, const QUrl &server = {}) const
    {
        return { u"--sync-only"_s, u"--server"_s, (server.isEmpty() ? srv->httpUrl() : server).toString(),
                 u"--email"_s,     email,         u"--profile"_s,
                 profile(),        u"--timeout"_s, u"60"_s };
    }

    static QByteArray password() { return fx::Password.toUtf8() + '\n'; }

    // What a fresh snapshot brings: every conversation of the small fixture and the latest
    // 50 messages of each.
    void expectedCounts(int *conversations, int *messages)
    {
        *conversations = 0;
        *messages = 0;
        for (const protocol::Conversation &c : tests::fullServerState(srv->storage()).conversations) {
            ++*conversations;
            *messages += int(qMin<qsizetype>(50, tests::serverMessages(srv->storage(), c.id).size()));
        }
    }

    void verifySummary(const Run &r, int pending)
    {
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        static const QRegularExpression line(
            uR"(^synced head=(\d+) conversations=(\d+) messages=(\d+) pending=(\d+)\n$)"_s);
        const auto m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        int conversations = 0, messages = 0;
        expectedCounts(&conversations, &messages);
        QCOMPARE(m.captured(1).toLongLong(), srv->storage().head());
        QCOMPARE(m.captured(2).toInt(), conversations);
        QCOMPARE(m.captured(3).toInt(), messages);
        QCOMPARE(m.captured(4).toInt(), pending);
    }

    QString cachePath() const
    {
        return cache::Cache::defaultPath(srv->httpUrl().toString(), fx::Agent1Email, profile());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CONFAB_BINARY)));
        // Is a secret service reachable for the children that inherit our environment?
        app::CredentialStore store;
        std::optional<app::CredentialStore::Result> probe;
        const QUrl where(u"http://127.0.0.1:1"_s);
        store.saveToken(where, u"probe@test.confab"_s, u"probe-token"_s, [&](const auto &r) { probe = r; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 30000);
        keychain = probe->ok();
        if (keychain) {
            probe.reset();
            store.removeToken(where, u"probe@test.confab"_s, [&](const auto &r) { probe = r; });
            QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 30000);
        }
        qInfo() << "secret service" << (keychain ? "reachable" : "not reachable");
    }

    void init()
    {
        srv = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(srv->start(&error), qPrintable(error));
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
    }
    void cleanup()
    {
        srv.reset();
        dir.reset();
    }

    void passwordThenStoredToken()
    {
        const Run first = confab(syncArgs(), password());
        verifySummary(first, 0);
        QVERIFY(QFile::exists(cachePath()));

        // No password this time: the stored token is used — or, without a secret service,
        // the password is asked for again.
        const Run second = confab(syncArgs(), {});
        if (keychain) {
            verifySummary(second, 0);
        } else {
            QCOMPARE(second.exitCode, 2);
            QVERIFY2(second.err.contains(u"give the password on stdin"_s), qPrintable(second.err));
        }

        // The cache it left equals the server.
        tests::SyncClient check(cachePath(), srv->httpUrl(), {});
        QVERIFY(check.open());
        VERIFY_CACHE_EQUALS_SERVER(srv->storage(), check.reader());
    }

    void flushesTheOutbox()
    {
        verifySummary(confab(syncArgs(), password()), 0);
        QString queued, refused;
        {
            // While confab is not running, the user's actions wait in its cache's outbox.
            cache::Cache cache;
            QVERIFY(cache.open(cachePath()));
            queued = cache.sendMessage(fx::ConvOpenChat, u"reply"_s, u"queued for the next sync"_s);
            // An agent may not assign a conversation to someone else: it will fail.
            refused = cache.updateConversation(fx::ConvSnoozed, { { u"assignee_id"_s, fx::Agent1Id } });
            QTRY_COMPARE_WITH_TIMEOUT(cache.reader().outbox().size(), 2, 5000);
        }
        const Run r = confab(syncArgs(), password());
        verifySummary(r, 1); // the refused one stays, failed, for the user
        QCOMPARE(tests::serverCountOfClientId(srv->storage(), fx::ConvOpenChat, queued), 1);
        cache::Cache cache;
        QVERIFY(cache.open(cachePath()));
        const QList<cache::OutboxEntry> left = cache.reader().outbox();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().clientId, refused);
        QCOMPARE(left.first().state, cache::OutboxState::Failed);
        QCOMPARE(left.first().errorCode, u"forbidden"_s);
    }

    void wrongPassword()
    {
        const Run r = confab(syncArgs(), "not the password\n");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().split(u'\n').last(), u"confab: wrong email or password"_s);
        QVERIFY(r.out.isEmpty());
        // Unknown email: the same answer.
        const Run unknown = confab(syncArgs(u"nobody@test.confab"_s), password());
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.trimmed().split(u'\n').last(), u"confab: wrong email or password"_s);
    }

    void unreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl server(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        const Run r = confab(syncArgs(fx::Agent1Email, server), password());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"confab: cannot reach 127.0.0.1:%1: connection refused"_s.arg(server.port())),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void cacheThatCannotBeOpened()
    {
        // The profile "directory" is a file: no cache can be created below it.
        QFile blocker(profile());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a directory");
        blocker.close();
        const Run r = confab(syncArgs(), password());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"confab: cannot open the cache"_s), qPrintable(r.err));
    }

    void revokedStoredToken()
    {
        if (!keychain)
            QSKIP("needs a secret service: without one no token is stored");
        verifySummary(confab(syncArgs(), password()), 0);
        // Revoke the stored token on the server (as a sign-out elsewhere would).
        app::CredentialStore store;
        std::optional<app::CredentialStore::Result> stored;
        store.loadToken(srv->httpUrl(), fx::Agent1Email, [&](const auto &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
        QVERIFY(stored->ok());
        QVERIFY(srv->storage().revokeToken(server::auth::hashToken(stored->token)));

        const Run noPassword = confab(syncArgs(), {});
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(u"no longer valid"_s), qPrintable(noPassword.err));
        // Signing in again stores a new token that works without a password.
        verifySummary(confab(syncArgs(), password()), 0);
        verifySummary(confab(syncArgs(), {}), 0);
    }

    void withoutSecretService()
    {
        const Run first = confab(syncArgs(), password(), Bus::None);
        verifySummary(first, 0);
        QCOMPARE(first.err.count(u"no secret service is available"_s), 1);
        QVERIFY(!first.err.contains(fx::Password));
        const Run second = confab(syncArgs(), {}, Bus::None);
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains(u"no stored sign-in"_s), qPrintable(second.err));
        // With the password again, it works again.
        verifySummary(confab(syncArgs(), password(), Bus::None), 0);
    }

    void signOut()
    {
        if (!keychain)
            QSKIP("needs a secret service: without one there is no stored sign-in to sign out of");
        verifySummary(confab(syncArgs(), password()), 0);
        app::CredentialStore store;
        std::optional<app::CredentialStore::Result> stored;
        store.loadToken(srv->httpUrl(), fx::Agent1Email, [&](const auto &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
        QVERIFY(stored->ok());
        const Run out = confab({ u"--sign-out"_s, u"--server"_s, srv->httpUrl().toString(), u"--email"_s,
                                 fx::Agent1Email },
                               {});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QCOMPARE(out.out, u"signed out\n"_s);
        // Revoked on the server, gone from the keychain: the next sync needs the password.
        QVERIFY(!srv->storage().agentForToken(server::auth::hashToken(stored->token)));
        const Run again = confab(syncArgs(), {});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"no stored sign-in"_s), qPrintable(again.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no server") << QStringList { u"--sync-only"_s, u"--email"_s, u"a@b.c"_s };
        QTest::newRow("no email") << QStringList { u"--sync-only"_s, u"--server"_s, u"http://127.0.0.1:1"_s };
        QTest::newRow("bad url") << QStringList { u"--sync-only"_s, u"--server"_s, u"ftp://x"_s, u"--email"_s, u"a@b.c"_s };
        QTest::newRow("unknown") << QStringList { u"--sync-only"_s, u"--frobnicate"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = confab(args, {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"usage: confab --sync-only"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncOnly)
#include "tst_sync_only.moc"
