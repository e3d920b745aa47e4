#include "app/demo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "confab.app.demo")

namespace confab::app {

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_process(new QProcess(this)), m_timeout(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If this process dies without cleaning up, the kernel stops the demo server too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errors += m_process->readAllStandardError();
        if (m_errors.size() > 64 * 1024)
            m_errors = m_errors.right(32 * 1024);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the demo server (%1): %2").arg(m_process->program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString last = QString::fromLocal8Bit(m_errors).trimmed().section(u'\n', -3);
        fail(tr("The demo server stopped (exit code %1). %2").arg(code).arg(last));
    });
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(30 * 1000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not start within 30 seconds."));
        stop();
    });
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &DemoServer::stop);
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findBinary()
{
    const QString env = qEnvironmentVariable("CONFABD_BINARY");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return env;
    const QDir here(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString name = u"confabd.exe"_s;
#else
    const QString name = u"confabd"_s;
#endif
    for (const QString &candidate : { here.filePath(u"../server/"_s + name), here.filePath(name) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"confabd"_s);
}

bool DemoServer::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void DemoServer::start()
{
    if (!m_dir.isValid()) {
        fail(tr("Could not create a temporary folder for the demo: %1").arg(m_dir.errorString()));
        return;
    }
    const QString binary = findBinary();
    if (binary.isEmpty()) {
        fail(tr("confabd was not found next to confab, in CONFABD_BINARY or on the PATH."));
        return;
    }
    const QString db = QDir(m_dir.path()).filePath(u"demo.db"_s);
    const QStringList args = { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, u"sqlite:"_s + db, u"--seed"_s, u"demo"_s,
                               u"--simulate"_s };
    qCInfo(lcDemo).noquote() << "starting" << binary << args.join(u' ');
    m_timeout->start();
    m_process->start(binary, args);
}

void DemoServer::onOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    if (m_ready) {
        m_buffer.clear();
        return;
    }
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            break;
        const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
        m_buffer.remove(0, nl + 1);
        static const QString prefix = u"confabd listening on "_s;
        if (!line.startsWith(prefix))
            continue;
        const QString hostPort = line.mid(prefix.size());
        QUrl url(u"http://"_s + hostPort);
        if (!url.isValid() || url.port() <= 0) {
            fail(tr("The demo server reported an address that cannot be used: %1").arg(hostPort));
            return;
        }
        m_ready = true;
        m_timeout->stop();
        m_url = url;
        qCInfo(lcDemo).noquote() << "demo server ready at" << url.toString() << "— chat as a customer at"
                                 << url.resolved(QUrl(u"/demo-site"_s)).toString();
        Q_EMIT ready(url);
        return;
    }
    if (m_buffer.size() > 64 * 1024)
        m_buffer.clear();
}

void DemoServer::fail(const QString &message)
{
    qCWarning(lcDemo).noquote() << message;
    m_timeout->stop();
    Q_EMIT failed(message);
}

void DemoServer::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_timeout->stop();
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    qCInfo(lcDemo) << "demo server stopped";
}

} // namespace confab::app
