#include "account.h"

#include "app/credentialstore.h"
#include "sync/login.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccount, "confab.app.account")

namespace confab::app {

void signOut(CredentialStore &store, sync::AuthClient &auth, const QUrl &server, const QString &email,
             const QString &currentToken, std::function<void(const SignOutResult &)> done)
{
    auto finish = [&store, server, email, done](SignOutResult result) {
        store.removeToken(server, email, [result, done](const CredentialStore::Result &removed) mutable {
            result.removed = removed.ok() || removed.status == CredentialStore::Status::NotFound
                || removed.status == CredentialStore::Status::Unavailable; // nothing can be stored there
            if (!result.removed)
                result.message = u"the stored token could not be deleted: "_s + removed.message;
            done(result);
        });
    };
    auto revoke = [&auth, server, finish](const QString &token) {
        auth.logout(server, token, [finish, server](const sync::LogoutResult &out) {
            SignOutResult r;
            r.revoked = out.revoked;
            if (!out.revoked) {
                r.message = u"the server did not revoke the token: "_s + out.message;
                qCWarning(lcAccount).noquote() << "sign-out at" << sync::describeServer(server) << ":" << r.message;
            }
            finish(r);
        });
    };
    if (!currentToken.isEmpty()) {
        revoke(currentToken);
        return;
    }
    store.loadToken(server, email, [revoke, finish](const CredentialStore::Result &loaded) {
        if (!loaded.ok()) {
            // Nothing stored: nothing to revoke.
            SignOutResult r;
            r.revoked = loaded.status == CredentialStore::Status::NotFound
                || loaded.status == CredentialStore::Status::Unavailable;
            if (!r.revoked)
                r.message = u"the stored token could not be read: "_s + loaded.message;
            finish(r);
            return;
        }
        revoke(loaded.token);
    });
}

} // namespace confab::app
