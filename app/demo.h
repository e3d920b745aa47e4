#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;
class QTimer;

namespace confab::app {

// `confab --demo`: runs the same build's confabd as a child process on a free loopback port
// with a temporary database, the demo workspace and simulated customer traffic, and stops it
// when this object goes away (or the app exits).
class DemoServer : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Email = "agent@demo.confab";
    static constexpr const char *Password = "demo";

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // CONFABD_BINARY, else confabd next to this binary (build tree: ../server/confabd), else PATH.
    static QString findBinary();

    void start();
    void stop();
    QUrl url() const { return m_url; }
    // A temporary directory for the demo's own files (database, client cache), removed on exit.
    QString dataDir() const { return m_dir.path(); }
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void onOutput();
    void fail(const QString &message);

    QTemporaryDir m_dir;
    QProcess *m_process;
    QTimer *m_timeout;
    QByteArray m_buffer;
    QByteArray m_errors;
    QUrl m_url;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace confab::app
