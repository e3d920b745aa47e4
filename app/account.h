#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace confab::sync {
class AuthClient;
}

namespace confab::app {

class CredentialStore;

struct SignOutResult
{
    bool revoked = false;  // the server revoked the token (or it was already invalid)
    bool removed = false;  // the keychain entry is gone (or there was none)
    QString message;       // what did not work, in words
};

// Signs the agent out of one server: revokes the token on the server (POST /v1/logout) and
// deletes the keychain entry. The token revoked is `currentToken` (the one the app is using,
// which without a secret service exists only in memory), else the stored one. The entry is
// deleted even when the server cannot be reached (the user asked to be signed out here);
// `revoked` then says the token may still be valid.
void signOut(CredentialStore &store, sync::AuthClient &auth, const QUrl &server, const QString &email,
             const QString &currentToken, std::function<void(const SignOutResult &)> done);

} // namespace confab::app
