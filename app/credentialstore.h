#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace confab::app {

// Agent tokens in the OS keychain through QtKeychain: service "Confab", one entry per server
// and email ("<server>|<email>"). Asynchronous: every call's callback runs on this object's
// thread when the keychain answered. Without a reachable secret service the calls report
// Unavailable (a warning is logged once per process) and the app asks for the password again;
// the token is NEVER written anywhere else (no plaintext fallback).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,          // load: found; save/remove: done
        NotFound,    // load/remove: there is no entry for this server and email
        Unavailable, // no secret service (or the app was built without QtKeychain)
        Failed,      // the keychain answered with an error (denied, locked…)
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString token;   // load with Ok
        QString message; // why not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    CredentialStore(QString service, QObject *parent);
    ~CredentialStore() override;

    static QString defaultService();
    // "<normalized server URL>|<lower-cased email>".
    static QString entryKey(const QUrl &server, const QString &email);
    static bool builtWithKeychain();

    QString service() const { return m_service; }

    void loadToken(const QUrl &server, const QString &email, Callback done);
    void saveToken(const QUrl &server, const QString &email, const QString &token, Callback done);
    void removeToken(const QUrl &server, const QString &email, Callback done);

    // False once a job found no secret service in this process.
    static bool secretServiceSeenUnavailable();

private:
    QString m_service;
};

} // namespace confab::app
