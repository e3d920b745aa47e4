#include "app/desktopapp.h"

#include "app/account.h"
#include "app/credentialstore.h"
#include "app/demo.h"
#include "cache/cache.h"
#include "models/activitytracker.h"
#include "models/agentdirectory.h"
#include "models/assignpicker.h"
#include "models/conversationlistmodel.h"
#include "models/messagefeedmodel.h"
#include "models/messagenotifier.h"
#include "models/pickermodels.h"
#include "models/viewsmodel.h"
#include "models/awaysummary.h"
#include "models/outboxmodel.h"
#include "sync/login.h"
#include "translations/languages.h"
#include "ui/icons.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/offlineui.h"
#include "ui/sidebar/sidebarfeatures.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDesktop, "confab.app.desktop")

namespace confab::app {

struct DesktopTokenBox
{
    QMutex mutex;
    QString token;
};

DesktopApp::DesktopApp(DesktopOptions options, QObject *parent)
    : ui::SessionController(parent), m_options(std::move(options)), m_store(new CredentialStore(this)),
      m_auth(new sync::AuthClient(this))
{
    qRegisterMetaType<ui::ConnectionState>();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopApp::closeSession);
}

DesktopApp::~DesktopApp()
{
    closeSession();
}

void DesktopApp::start()
{
    if (m_options.demo) {
        startDemo();
        return;
    }
    QSettings s;
    const QString server = s.value(u"account/server"_s).toString();
    const QString email = s.value(u"account/email"_s).toString();
    const bool remember = s.value(u"account/remember"_s, false).toBool();
    if (server.isEmpty() || email.isEmpty() || !remember) {
        showLogin();
        return;
    }
    const QUrl url = sync::normalizedServerUrl(QUrl(server));
    m_store->loadToken(url, email, [this, url, email](const CredentialStore::Result &r) {
        if (!r.ok()) {
            showLogin(r.status == CredentialStore::Status::NotFound ? QString() : r.message);
            return;
        }
        m_remembered = true;
        openSession(url, email, r.token, {}, {});
    });
}

// ---------- demo

void DesktopApp::startDemo()
{
    m_demo = new DemoServer(this);
    connect(m_demo, &DemoServer::failed, this, [this](const QString &message) {
        if (m_cache) {
            m_window->statusBar()->showMessage(message);
            return;
        }
        Q_EMIT fatalError(message);
    });
    connect(m_demo, &DemoServer::ready, this, [this](const QUrl &url) {
        // Sign in as the demo agent without a prompt and without the keychain.
        m_auth->login(url, QString::fromLatin1(DemoServer::Email), QString::fromLatin1(DemoServer::Password),
                      [this, url](const sync::LoginResult &r) {
                          if (!r.ok()) {
                              Q_EMIT fatalError(tr("Could not sign in to the demo server: %1").arg(r.message));
                              return;
                          }
                          openSession(url, QString::fromLatin1(DemoServer::Email), r.token, r.agent.id, r.agent.name);
                      });
    });
    m_demo->start();
}

// ---------- login

void DesktopApp::showLogin(const QString &error)
{
    if (!m_login) {
        m_login = new ui::LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &ui::LoginDialog::signInRequested, this, &DesktopApp::signIn);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_cache)
                QCoreApplication::quit();
        });
    }
    QSettings s;
    if (m_options.demo && m_demo) {
        m_login->setServer(m_demo->url().toString());
        m_login->setEmail(QString::fromLatin1(DemoServer::Email));
        m_login->setRememberAvailable(false, tr("The demo never stores a sign-in."));
    } else {
        m_login->setServer(s.value(u"account/server"_s, u"http://127.0.0.1:8450"_s).toString());
        m_login->setEmail(s.value(u"account/email"_s).toString());
        m_login->setRemember(s.value(u"account/remember"_s, true).toBool());
        if (!CredentialStore::builtWithKeychain())
            m_login->setRememberAvailable(false, tr("This build has no keychain support."));
    }
    m_login->setBusy(false);
    m_login->setError(error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void DesktopApp::signIn(const QUrl &server, const QString &email, const QString &password, bool remember)
{
    const QUrl url = sync::normalizedServerUrl(server);
    if (m_login)
        m_login->setBusy(true);
    m_auth->login(url, email, password, [this, url, email, remember](const sync::LoginResult &r) {
        if (m_login)
            m_login->setBusy(false);
        if (!r.ok()) {
            QString message = r.message;
            if (r.status == sync::LoginResult::Status::WrongCredentials)
                message = tr("Wrong email or password.");
            else if (r.status == sync::LoginResult::Status::Unreachable)
                message = tr("Cannot reach %1: %2").arg(sync::describeServer(url), r.message);
            if (m_login)
                m_login->setError(message);
            return;
        }
        const bool keep = remember && !m_options.demo;
        if (!m_options.demo) {
            QSettings s;
            s.setValue(u"account/server"_s, url.toString());
            s.setValue(u"account/email"_s, email);
            s.setValue(u"account/remember"_s, keep);
        }
        const QString token = r.token;
        const protocol::Agent agent = r.agent;
        auto open = [this, url, email, token, agent] {
            if (m_login)
                m_login->accept();
            openSession(url, email, token, agent.id, agent.name);
        };
        if (keep) {
            m_store->saveToken(url, email, token, [this, open](const CredentialStore::Result &saved) {
                m_remembered = saved.ok();
                if (!saved.ok())
                    qCWarning(lcDesktop).noquote() << "the sign-in is not remembered:" << saved.message;
                open();
            });
        } else {
            m_remembered = false;
            open();
        }
    });
}

// ---------- session

void DesktopApp::openSession(const QUrl &server, const QString &email, const QString &token, const QString &agentId,
                             const QString &agentName)
{
    closeSession();
    m_server = server;
    m_email = email;
    m_token = token;
    m_agentName = agentName;

    QString profile = m_options.profileDir;
    if (m_options.demo && m_demo)
        profile = m_demo->dataDir();
    const QString path = cache::Cache::defaultPath(server.toString(), email, profile);
    m_cache = std::make_unique<cache::Cache>();
    if (const cache::Status st = m_cache->open(path); !st) {
        const QString message = tr("Cannot open the local cache %1: %2").arg(QDir::toNativeSeparators(path),
                                                                              st.error().message);
        m_cache.reset();
        if (m_options.demo) {
            Q_EMIT fatalError(message);
            return;
        }
        showLogin(message);
        return;
    }

    // Models.
    m_agents = new models::AgentDirectory(m_cache->reader(), this);
    m_agents->setMe(agentId.isEmpty() ? m_cache->reader().syncState().agentId : agentId);
    if (m_agentName.isEmpty())
        m_agentName = m_agents->agentName(m_agents->me());
    m_views = new models::ViewsModel(m_cache->reader(), *m_agents, this);
    m_list = new models::ConversationListModel(m_cache->reader(), m_agents, this);
    m_feed = new models::MessageFeedModel(*m_cache, m_agents, this);
    m_teammates = new models::AgentsModel(*m_agents, this);
    m_savedReplies = new models::SavedRepliesModel(m_cache->reader(), this);
    m_activity = new models::ActivityTracker(*m_agents, this);
    m_notifier = new models::MessageNotifier(m_cache->reader(), *m_agents, this);
    cache::Cache *c = m_cache.get();
    connect(c, &cache::Cache::changed, m_agents, &models::AgentDirectory::applyChanges);
    connect(c, &cache::Cache::changed, this, &DesktopApp::onCacheChanged);
    connect(c, &cache::Cache::changed, m_list, &models::ConversationListModel::applyChanges);
    connect(c, &cache::Cache::changed, m_views, &models::ViewsModel::applyChanges);
    connect(c, &cache::Cache::changed, m_feed, &models::MessageFeedModel::applyChanges);
    connect(c, &cache::Cache::changed, m_savedReplies, &models::SavedRepliesModel::applyChanges);
    connect(c, &cache::Cache::changed, m_notifier, &models::MessageNotifier::applyChanges);
    connect(c, &cache::Cache::commandFailed, this, [this](const QString &, const cache::CacheError &error) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("Could not save that: %1").arg(error.message), 8000);
    });
    connect(m_notifier, &models::MessageNotifier::notify, this, &DesktopApp::onNotify);

    // Window.
    ui::WindowModels wm;
    wm.agents = m_agents;
    wm.views = m_views;
    wm.list = m_list;
    wm.feed = m_feed;
    wm.teammates = m_teammates;
    wm.savedReplies = m_savedReplies;
    wm.activity = m_activity;
    m_window = new ui::MainWindow(wm, this);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Customer sidebar, help articles, local search and triage (a child of the window).
    m_features = new ui::SidebarFeatures(*m_cache, *m_agents, m_window);
    m_window->restoreSettings();
    // Offline work (issue 7): the outbox, undo send, "while you were away".
    m_outbox = new models::OutboxModel(*m_cache, m_agents, this);
    m_away = new models::AwaySummary(m_cache->reader(), *m_agents, this);
    connect(c, &cache::Cache::changed, m_outbox, &models::OutboxModel::applyChanges);
    connect(c, &cache::Cache::changed, m_away, &models::AwaySummary::applyChanges);
    m_offlineUi = new ui::OfflineUi(m_window, *m_cache, m_outbox, m_away);
    m_offlineUi->setTriageProblemsExplainedElsewhere(m_features != nullptr); // its conflict dialog
    if (m_options.demo && m_demo)
        m_window->setDemoSite(m_demo->url().resolved(QUrl(u"/demo-site"_s)));
    m_window->show();

    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(ui::icon(ui::IconName::App), this);
        m_tray->setToolTip(tr("Confab"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_window)
                return;
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            if (!m_lastNotified.isEmpty())
                m_window->openConversation(m_lastNotified);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }

    // Sync on the cache's worker thread.
    m_tokenBox = std::make_shared<DesktopTokenBox>();
    m_tokenBox->token = token;
    auto box = m_tokenBox;
    m_session = new sync::SyncSession(m_cache->writer(), server, [box] {
        QMutexLocker lock(&box->mutex);
        return box->token;
    });
    m_session->moveToThread(m_cache->writerThread());
    connect(m_session, &sync::SyncSession::stateChanged, this, [this](sync::SyncSession::State s) {
        m_state = s;
        updateConnection();
    });
    connect(m_session, &sync::SyncSession::online, this, [this](bool live, int waiting) {
        if (m_away)
            m_away->setOnline(live);
        m_live = live;
        m_waiting = waiting;
        updateConnection();
    });
    connect(m_session, &sync::SyncSession::syncProgress, this, &DesktopApp::syncProgress);
    connect(m_session, &sync::SyncSession::caughtUp, this, [this] {
        if (m_away)
            m_away->caughtUp();
        m_notifier->setEnabled(true);
        Q_EMIT caughtUp();
    });
    connect(m_session, &sync::SyncSession::authFailed, this, &DesktopApp::onAuthFailed);
    connect(m_session, &sync::SyncSession::error, this, [](const QString &message) {
        qCInfo(lcDesktop).noquote() << "sync:" << message;
    });
    connect(m_session, &sync::SyncSession::historyLoaded, this, &DesktopApp::historyLoaded);
    connect(m_session, &sync::SyncSession::historyFailed, this, &DesktopApp::historyFailed);
    connect(m_session, &sync::SyncSession::typing, m_activity, &models::ActivityTracker::onTyping);
    connect(m_session, &sync::SyncSession::viewing, m_activity, &models::ActivityTracker::onViewing);
    connect(m_session, &sync::SyncSession::presence, m_activity, &models::ActivityTracker::onPresence);
    connect(m_session, &sync::SyncSession::presence, m_features->presence(), &models::AgentPresence::onPresence);
    QMetaObject::invokeMethod(m_session, &sync::SyncSession::start, Qt::QueuedConnection);
    updateConnection();
    qCInfo(lcDesktop).noquote() << "signed in to" << sync::describeServer(server);
    Q_EMIT sessionOpened();
}

void DesktopApp::closeSession()
{
    if (m_session) {
        sync::SyncSession *s = m_session;
        m_session = nullptr;
        s->disconnect(this);
        QMetaObject::invokeMethod(
            s,
            [s] {
                s->stop();
                delete s;
            },
            Qt::BlockingQueuedConnection);
    }
    if (m_window) {
        m_window->saveSettings();
        m_window->hide();
        delete m_window; // and the OfflineUi attached to it
        m_window = nullptr;
        m_offlineUi = nullptr;
        m_features = nullptr; // the window's child
    }
    delete m_away;
    delete m_outbox;
    m_away = nullptr;
    m_outbox = nullptr;
    for (QObject *o : std::initializer_list<QObject *> { m_notifier, m_activity, m_savedReplies, m_teammates, m_feed,
                                                         m_list, m_views, m_agents })
        delete o;
    m_notifier = nullptr;
    m_activity = nullptr;
    m_savedReplies = nullptr;
    m_teammates = nullptr;
    m_feed = nullptr;
    m_list = nullptr;
    m_views = nullptr;
    m_agents = nullptr;
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
    m_live = false;
    m_waiting = 0;
    m_state = sync::SyncSession::State::Disconnected;
}

void DesktopApp::onAuthFailed(const QString &reason)
{
    qCInfo(lcDesktop).noquote() << "the server refused the sign-in:" << reason;
    const QUrl server = m_server;
    const QString email = m_email;
    closeSession();
    if (m_remembered && !m_options.demo)
        m_store->removeToken(server, email, [](const CredentialStore::Result &) {});
    m_remembered = false;
    showLogin(tr("Your sign-in is no longer valid. Please sign in again."));
}

void DesktopApp::onCacheChanged(const cache::ChangeSet &changes)
{
    if (!m_cache || !m_agents)
        return;
    if (changes.syncState || changes.reset) {
        const QString me = m_cache->reader().syncState().agentId;
        if (!me.isEmpty() && me != m_agents->me())
            m_agents->setMe(me);
    }
    if ((changes.agents.contains(m_agents->me()) || m_agentName.isEmpty()) && m_agents->agent(m_agents->me()))
        m_agentName = m_agents->agentName(m_agents->me());
}

void DesktopApp::onNotify(const QString &conversationId, const QString &, const QString &title, const QString &body,
                          bool)
{
    if (!m_window)
        return;
    if (m_window->isActiveWindow() && m_window->currentConversationId() == conversationId)
        return; // already in front of the agent
    m_lastNotified = conversationId;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, body, ui::icon(ui::IconName::App), 8000);
    } else {
        m_window->statusBar()->showMessage(title + u": "_s + body, 8000);
        QApplication::alert(m_window);
    }
}

void DesktopApp::updateConnection()
{
    ui::ConnectionState state = ui::ConnectionState::Offline;
    if (m_live)
        state = ui::ConnectionState::Online;
    else if (m_state != sync::SyncSession::State::Disconnected)
        state = ui::ConnectionState::Connecting;
    Q_EMIT connectionChanged(state, std::max(0, m_waiting));
}

// ---------- SessionController

QString DesktopApp::agentName() const
{
    return m_agentName.isEmpty() ? m_email : m_agentName;
}

QString DesktopApp::serverName() const
{
    const QString where = sync::describeServer(m_server);
    return m_options.demo ? tr("%1 (demo)").arg(where) : where;
}

void DesktopApp::signOut()
{
    const QUrl server = m_server;
    const QString email = m_email;
    const QString token = m_token;
    closeSession();
    m_token.clear();
    if (m_options.demo) {
        m_auth->logout(server, token, [](const sync::LogoutResult &) {});
        showLogin();
        return;
    }
    QSettings().setValue(u"account/remember"_s, false);
    m_remembered = false;
    app::signOut(*m_store, *m_auth, server, email, token, [this](const SignOutResult &r) {
        showLogin(r.revoked ? QString() : tr("Signed out here; the server could not be told: %1").arg(r.message));
    });
}

void DesktopApp::sendTyping(const QString &conversationId, bool on, const QString &mode)
{
    if (sync::SyncSession *s = m_session)
        QMetaObject::invokeMethod(s, [s, conversationId, on, mode] { s->sendTyping(conversationId, on, mode); });
}

void DesktopApp::sendViewing(const QString &conversationId)
{
    if (sync::SyncSession *s = m_session)
        QMetaObject::invokeMethod(s, [s, conversationId] { s->sendViewing(conversationId); });
}

void DesktopApp::requestHistory(const QString &conversationId, const QString &before)
{
    if (sync::SyncSession *s = m_session)
        QMetaObject::invokeMethod(s, [s, conversationId, before] { s->requestHistory(conversationId, before); });
}

void DesktopApp::reconnectNow()
{
    if (sync::SyncSession *s = m_session)
        QMetaObject::invokeMethod(s, &sync::SyncSession::reconnectNow);
}

// ---------- entry point

int runDesktop(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"confab"_s);
    QApplication::setApplicationDisplayName(u"Confab"_s);
    QApplication::setOrganizationName(u"Confab"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    // Before any window: the saved choice (View → Language), else the system's languages.
    translations::install(&app, translations::resolve(translations::savedChoice(), QLocale::system().uiLanguages()));
    QApplication::setWindowIcon(ui::icon(ui::IconName::App));

    DesktopOptions options;
    QStringList args = app.arguments();
    args.removeFirst();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == "--demo"_L1) {
            options.demo = true;
        } else if (a == "--profile"_L1 && i + 1 < args.size()) {
            options.profileDir = args.at(++i);
        } else {
            std::fprintf(stderr,
                         "usage: confab [--demo] [--profile DIR]\n"
                         "       confab --sync-only --server URL --email EMAIL [--profile DIR] [--timeout SECONDS]\n"
                         "       confab --sign-out --server URL --email EMAIL\n");
            return 1;
        }
    }
    if (options.demo) {
        // The demo keeps its window layout apart from the real account's.
        QApplication::setApplicationName(u"confab-demo"_s);
    }
    DesktopApp desktop(options);
    int code = 0;
    QObject::connect(&desktop, &DesktopApp::fatalError, &app, [&code](const QString &message) {
        std::fprintf(stderr, "confab: %s\n", qPrintable(message));
        code = 1;
        QCoreApplication::exit(1);
    });
    desktop.start();
    const int result = app.exec();
    return code != 0 ? code : result;
}

} // namespace confab::app
