// The real confabd binary, run as a child process: its ready line, its errors, its admin
// commands and the demo seed. CTest passes the binary's path in CONFABD_BINARY.
#include "support/http.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace confab::testing;

namespace {

QString confabdBinary()
{
    const QString fromEnv = qEnvironmentVariable("CONFABD_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Run by hand from the build tree: tests/ sits beside server/.
    return QCoreApplication::applicationDirPath() + u"/../server/confabd"_s;
}

} // namespace

class TestConfabdCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listenPrintsOneReadyLine();
    void unknownFlag();
    void busyPort();
    void unwritableDatabase();
    void addAgentThenLogin();
    void addApiKeyWorks();
    void seedDemoRefusedOffLoopback();
    void seedDemo();

private:
    QProcess *spawn(const QStringList &args);
    // Starts a server and waits for its ready line; returns the port, 0 on failure.
    quint16 startServer(QProcess *p, int timeoutMs = 30000);
    // Runs to completion (stdin written and closed first); false if it did not finish.
    bool runToEnd(QProcess *p, const QByteArray &stdinData = {}, int timeoutMs = 60000);
    QString dbSpec(const QString &name) const { return u"sqlite:"_s + m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_children;
};

void TestConfabdCli::initTestCase()
{
    QVERIFY2(QFile::exists(confabdBinary()), qPrintable(u"confabd not found at "_s + confabdBinary()));
}

void TestConfabdCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConfabdCli::cleanup()
{
    for (QProcess *p : std::as_const(m_children)) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        delete p;
    }
    m_children.clear();
    m_dir.reset();
}

QProcess *TestConfabdCli::spawn(const QStringList &args)
{
    auto *p = new QProcess;
    m_children.append(p);
    p->setProgram(confabdBinary());
    p->setArguments(args);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start();
    return p;
}

quint16 TestConfabdCli::startServer(QProcess *p, int timeoutMs)
{
    if (!p->waitForStarted(10000))
        return 0;
    QDeadlineTimer deadline(timeoutMs);
    while (!p->canReadLine()) {
        if (p->state() == QProcess::NotRunning || deadline.hasExpired())
            return 0;
        p->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    const QString line = QString::fromUtf8(p->readLine()).chopped(1);
    static const QRegularExpression ready(u"^confabd listening on 127\\.0\\.0\\.1:(\\d+)$"_s);
    const auto m = ready.match(line);
    if (!m.hasMatch()) {
        qWarning() << "unexpected first line:" << line;
        return 0;
    }
    return quint16(m.captured(1).toUInt());
}

bool TestConfabdCli::runToEnd(QProcess *p, const QByteArray &stdinData, int timeoutMs)
{
    if (!p->waitForStarted(10000))
        return false;
    if (!stdinData.isEmpty())
        p->write(stdinData);
    p->closeWriteChannel();
    return p->waitForFinished(timeoutMs);
}

void TestConfabdCli::listenPrintsOneReadyLine()
{
    QProcess *p = spawn({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, dbSpec(u"one.db"_s) });
    const quint16 port = startServer(p);
    QVERIFY2(port > 0, p->readAllStandardError().constData());

    Http http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const HttpResponse r = http.get(u"/v1/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"ok"_s);

    // Exactly one line on stdout: nothing more was printed while serving.
    QCOMPARE(p->readAllStandardOutput(), QByteArray());
    p->terminate();
    QVERIFY(p->waitForFinished(10000));
    const QByteArray rest = p->readAllStandardOutput();
    QVERIFY2(!rest.contains("listening"), rest.constData());
}

void TestConfabdCli::unknownFlag()
{
    QProcess *p = spawn({ u"--frobnicate"_s });
    QVERIFY(runToEnd(p));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QVERIFY(p->exitCode() != 0);
    const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
    QVERIFY2(!err.isEmpty(), "no error message");
    QVERIFY2(!err.contains(u'\n'), qPrintable(u"not one line: "_s + err));
    QVERIFY2(err.contains(u"frobnicate"_s), qPrintable(err));
    QVERIFY(!p->readAllStandardOutput().contains("listening"));
}

void TestConfabdCli::busyPort()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(blocker.serverPort());
    QProcess *p = spawn({ u"--listen"_s, u"127.0.0.1:"_s + port, u"--db"_s, dbSpec(u"busy.db"_s) });
    QVERIFY(runToEnd(p, {}, 30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QVERIFY(p->exitCode() != 0);
    const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
    QVERIFY2(err.contains(port), qPrintable(u"the error does not name the port: "_s + err));
    QVERIFY(!p->readAllStandardOutput().contains("listening"));
}

void TestConfabdCli::unwritableDatabase()
{
    // A path under a regular file cannot be created, whoever runs the test (even root).
    QFile blocker(m_dir->filePath(u"not-a-directory"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("x");
    blocker.close();
    const QString path = m_dir->filePath(u"not-a-directory/confab.db"_s);
    QProcess *p = spawn({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + path });
    QVERIFY(runToEnd(p, {}, 30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QVERIFY(p->exitCode() != 0);
    const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
    QVERIFY2(err.contains(path) || err.contains(u"not-a-directory"_s), qPrintable(u"the error does not name the database: "_s + err));
    QVERIFY(!p->readAllStandardOutput().contains("listening"));
}

void TestConfabdCli::addAgentThenLogin()
{
    const QString db = dbSpec(u"agents.db"_s);
    QProcess *add = spawn({ u"admin"_s, u"add-agent"_s, u"--email"_s, u"new.lead@example.com"_s, u"--name"_s,
                            u"New Lead"_s, u"--role"_s, u"lead"_s, u"--db"_s, db });
    QVERIFY(runToEnd(add, "s3cret-Passw0rd\n"));
    QVERIFY2(add->exitCode() == 0, add->readAllStandardError().constData());
    const QByteArray addOut = add->readAllStandardOutput() + add->readAllStandardError();
    QVERIFY2(!addOut.contains("s3cret-Passw0rd"), "the password was echoed");

    QProcess *p = spawn({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db });
    const quint16 port = startServer(p);
    QVERIFY2(port > 0, p->readAllStandardError().constData());
    Http http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const HttpResponse ok = http.post(u"/v1/login"_s, QJsonObject { { u"email"_s, u"new.lead@example.com"_s },
                                                                     { u"password"_s, u"s3cret-Passw0rd"_s } });
    QCOMPARE(ok.status, 200);
    const QJsonObject agent = ok.json.value("agent"_L1).toObject();
    QCOMPARE(agent.value("role"_L1).toString(), u"lead"_s);
    QCOMPARE(agent.value("name"_L1).toString(), u"New Lead"_s);
    QVERIFY(!ok.json.value("token"_L1).toString().isEmpty());

    const HttpResponse wrong = http.post(u"/v1/login"_s, QJsonObject { { u"email"_s, u"new.lead@example.com"_s },
                                                                        { u"password"_s, u"s3cret-Passw0rd\n"_s } });
    QCOMPARE(wrong.status, 401);
}

void TestConfabdCli::addApiKeyWorks()
{
    const QString db = dbSpec(u"keys.db"_s);
    QProcess *add = spawn({ u"admin"_s, u"add-api-key"_s, u"--db"_s, db });
    QVERIFY(runToEnd(add));
    QVERIFY2(add->exitCode() == 0, add->readAllStandardError().constData());
    const QString out = QString::fromUtf8(add->readAllStandardOutput()).trimmed();
    QVERIFY2(!out.isEmpty(), "no key printed");
    // The key is the last word printed.
    const QString apiKey = out.split(QRegularExpression(u"\\s+"_s)).last();
    QVERIFY2(apiKey.size() >= 22, qPrintable(out));

    QProcess *p = spawn({ u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db });
    const quint16 port = startServer(p);
    QVERIFY2(port > 0, p->readAllStandardError().constData());
    Http http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const HttpResponse r = http.post(u"/v1/contacts"_s,
                                     QJsonObject { { u"email"_s, u"keyed@example.com"_s }, { u"name"_s, u"Keyed"_s } },
                                     Http::bearer(apiKey));
    QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    QCOMPARE(r.json.value("email"_L1).toString(), u"keyed@example.com"_s);
    const HttpResponse bad = http.post(u"/v1/contacts"_s, QJsonObject { { u"email"_s, u"keyed@example.com"_s } },
                                       Http::bearer(apiKey + u"x"_s));
    QCOMPARE(bad.status, 401);
}

void TestConfabdCli::seedDemoRefusedOffLoopback()
{
    QProcess *p = spawn({ u"--seed"_s, u"demo"_s, u"--listen"_s, u"0.0.0.0:0"_s, u"--db"_s, dbSpec(u"demo-public.db"_s) });
    QVERIFY(runToEnd(p, {}, 30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QVERIFY(p->exitCode() != 0);
    QVERIFY(!p->readAllStandardOutput().contains("listening"));
    const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
    QVERIFY2(!err.isEmpty(), "refused without a word");
    // Nothing was seeded on the way out.
    QVERIFY(!QFile::exists(m_dir->filePath(u"demo-public.db"_s)) || QFile(m_dir->filePath(u"demo-public.db"_s)).size() < 1024 * 1024);
}

void TestConfabdCli::seedDemo()
{
    QProcess *p = spawn({ u"--seed"_s, u"demo"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, dbSpec(u"demo.db"_s) });
    const quint16 port = startServer(p, 90000);
    QVERIFY2(port > 0, p->readAllStandardError().constData());
    Http http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const HttpResponse r = http.post(u"/v1/login"_s, QJsonObject { { u"email"_s, u"agent@demo.confab"_s },
                                                                    { u"password"_s, u"demo"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("agent"_L1).toObject().value("email"_L1).toString(), u"agent@demo.confab"_s);
    const HttpResponse contact = http.post(u"/v1/contacts"_s, QJsonObject { { u"email"_s, u"demo-check@example.com"_s } },
                                           Http::bearer(u"demo-api-key"_s));
    QVERIFY2(contact.status == 200 || contact.status == 201, contact.body.constData());
}

QTEST_GUILESS_MAIN(TestConfabdCli)
#include "tst_confabd_cli.moc"
