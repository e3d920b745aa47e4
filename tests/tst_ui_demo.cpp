// Smoke test of `confab --demo`, offscreen: the app starts the build's confabd as a child
// (demo workspace, simulated traffic), signs in without a prompt, fills the window from the
// first sync, sees new customer activity arrive live, and stops the child when it goes away.
#include "app/desktopapp.h"
#include "models/conversationlistmodel.h"
#include "ui/connectionindicator.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::models::ConversationListModel;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ConfabTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_demo"_s);
    }

    void demoSignsInAndShowsLiveTraffic()
    {
        confab::app::DesktopOptions options;
        options.demo = true;
        auto app = std::make_unique<confab::app::DesktopApp>(options);
        QSignalSpy opened(app.get(), &confab::app::DesktopApp::sessionOpened);
        QSignalSpy fatal(app.get(), &confab::app::DesktopApp::fatalError);
        QSignalSpy caughtUp(app.get(), &confab::ui::SessionController::caughtUp);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || fatal.count() > 0, 60000);
        QVERIFY2(fatal.isEmpty(), fatal.isEmpty() ? "" : qPrintable(fatal.first().first().toString()));
        confab::ui::MainWindow *window = app->window();
        QVERIFY(window && window->isVisible());
        QVERIFY(app->serverName().startsWith(u"127.0.0.1:"_s));

        // The first sync fills the list, then the status bar says Online.
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() >= 1, 120000);
        window->action(u"actionView3"_s)->trigger(); // All
        ConversationListModel *list = app->listModel();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionIndicator()->text(), u"Online"_s, 30000);

        // The Help menu leads to the demo website, served by the demo server, that embeds the messenger.
        QAction *site = window->action(u"actionDemoSite"_s);
        QVERIFY(site);
        const QUrl siteUrl(site->toolTip());
        QCOMPARE(siteUrl.path(), u"/demo-site"_s);
        QCOMPARE(siteUrl.port(), QUrl(u"http://"_s + app->serverName().section(u' ', 0, 0)).port());
        {
            QNetworkAccessManager nam;
            std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(siteUrl)));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains("/messenger.js"));
        }

        // Open the newest conversation: the feed shows its messages.
        window->conversationList()->setCurrentIndex(list->index(0, 0));
        QVERIFY(window->feedView()->model()->rowCount() > 0);

        // Simulated customers keep writing: a conversation arrives at the top with newer activity.
        const QDateTime newest = list->index(0, 0).data(ConversationListModel::LastMessageAtRole).toDateTime();
        QTRY_VERIFY_WITH_TIMEOUT(
            list->rowCount() > 0
                && list->index(0, 0).data(ConversationListModel::LastMessageAtRole).toDateTime() > newest,
            90000);

        // Closing the app stops the demo server.
        const QUrl url = QUrl(u"http://"_s + app->serverName().section(u' ', 0, 0));
        app.reset();
        QTcpSocket probe;
        probe.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

QTEST_MAIN(TestDemo)
#include "tst_ui_demo.moc"
