#pragma once

#include <QByteArray>
#include <QLoggingCategory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace confab::server {

class Storage;

Q_DECLARE_LOGGING_CATEGORY(lcMessengerAssets)

// The web messenger's files, built into confabd (resources/messenger/, no build step):
//   GET /messenger.js  the messenger: one <script src=".../messenger.js" data-workspace-key="KEY">
//                      on any website shows the chat bubble (text/javascript; cached for 5
//                      minutes, then revalidated by ETag → 304)
//   GET /demo-site     a demo product page that embeds it with this workspace's visitor key (the
//                      page `confab --demo` opens). When the workspace's identity secret is the
//                      demo secret (public), the page also offers to sign in as a demo customer
//                      with a user_hash made here, as a product's backend would.
class MessengerAssets
{
public:
    explicit MessengerAssets(Storage &storage);

    // Answers the request and returns true when it is for one of the paths above; otherwise
    // returns false and leaves the responder untouched.
    bool handle(const QHttpServerRequest &request, QHttpServerResponder &responder);

    // The bytes served as /messenger.js.
    static QByteArray script();

private:
    QByteArray demoSite();

    Storage &m_storage;
};

} // namespace confab::server
