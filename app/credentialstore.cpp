#include "credentialstore.h"

#include "sync/login.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <atomic>

#if CONFAB_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "confab.app.credentials")

namespace confab::app {

namespace {

std::atomic<bool> g_unavailable { false };
std::atomic<bool> g_warned { false };

void noteUnavailable(const QString &why)
{
    g_unavailable = true;
    if (!g_warned.exchange(true))
        qCWarning(lcCredentials).noquote()
            << u"no secret service is available (%1); the password will be asked again at every start and no token"
               u" is stored"_s.arg(why);
}

// Runs the callback on the store's thread from the event loop, so callers see the same
// asynchronous behaviour whether or not a keychain job ran.
void later(QObject *context, CredentialStore::Callback done, CredentialStore::Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

#if CONFAB_HAVE_KEYCHAIN
CredentialStore::Result classify(QKeychain::Job *job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        r.message = u"no stored token"_s;
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        r.status = CredentialStore::Status::Failed;
        r.message = job->errorString();
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // "Other" errors from the unix backends are the secret service (or D-Bus) not being there.
    r.status = CredentialStore::Status::Unavailable;
    r.message = job->errorString();
    noteUnavailable(r.message);
    return r;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext fallback
    job->setKey(key);
    return job;
}
#endif

} // namespace

CredentialStore::CredentialStore(QObject *parent) : CredentialStore(defaultService(), parent) { }

CredentialStore::CredentialStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) { }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultService()
{
    return u"Confab"_s;
}

QString CredentialStore::entryKey(const QUrl &server, const QString &email)
{
    return sync::normalizedServerUrl(server).toString() + u'|' + email.trimmed().toLower();
}

bool CredentialStore::builtWithKeychain()
{
    return CONFAB_HAVE_KEYCHAIN;
}

bool CredentialStore::secretServiceSeenUnavailable()
{
    return g_unavailable;
}

void CredentialStore::loadToken(const QUrl &server, const QString &email, Callback done)
{
#if CONFAB_HAVE_KEYCHAIN
    if (!g_unavailable) {
        auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryKey(server, email), this);
        connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
            Result r = classify(j);
            if (r.ok()) {
                r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                if (r.token.isEmpty()) {
                    r.status = Status::NotFound;
                    r.message = u"empty stored token"_s;
                }
            }
            done(r);
        });
        job->start();
        return;
    }
#else
    noteUnavailable(u"built without QtKeychain"_s);
#endif
    later(this, std::move(done), Result { Status::Unavailable, {}, u"no secret service"_s });
}

void CredentialStore::saveToken(const QUrl &server, const QString &email, const QString &token, Callback done)
{
#if CONFAB_HAVE_KEYCHAIN
    if (!g_unavailable) {
        auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, entryKey(server, email), this);
        job->setTextData(token);
        connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
            Result r = classify(j);
            if (!r.ok())
                qCInfo(lcCredentials) << "the token could not be stored:" << r.message;
            done(r);
        });
        job->start();
        return;
    }
#else
    noteUnavailable(u"built without QtKeychain"_s);
#endif
    later(this, std::move(done), Result { Status::Unavailable, {}, u"no secret service"_s });
}

void CredentialStore::removeToken(const QUrl &server, const QString &email, Callback done)
{
#if CONFAB_HAVE_KEYCHAIN
    if (!g_unavailable) {
        auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryKey(server, email), this);
        connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) { done(classify(j)); });
        job->start();
        return;
    }
#else
    noteUnavailable(u"built without QtKeychain"_s);
#endif
    later(this, std::move(done), Result { Status::Unavailable, {}, u"no secret service"_s });
}

} // namespace confab::app
