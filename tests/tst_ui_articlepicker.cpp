// The composer's article picker, keyboard only: type to search, arrows to move, Enter inserts
// title and link at the cursor, Shift+Enter the full text, Ctrl+O reads, Escape closes; and the
// help center's insert buttons.
#include "tst_models_fixture.h"

#include "models/articlemodel.h"
#include "ui/articles/articlepicker.h"
#include "ui/articles/helpcenter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using confab::models::ArticleSearchModel;
using confab::tests::baseTime;
using confab::tests::CacheFixture;
using confab::ui::ArticlePicker;
using confab::ui::HelpCenterView;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestArticlePicker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<ArticleSearchModel> model;
    std::unique_ptr<QWidget> window;
    QPlainTextEdit *editor = nullptr;
    ArticlePicker *picker = nullptr;

    static protocol::Article article(const QString &id, const QString &title, const QString &body)
    {
        protocol::Article a;
        a.id = id;
        a.title = title;
        a.body = body;
        a.url = u"https://help.example.com/%1"_s.arg(id);
        a.updatedAt = baseTime();
        return a;
    }

    QString currentTitle() const { return picker->list()->currentIndex().data(ArticleSearchModel::TitleRole).toString(); }

    void type(const QString &text) { QTest::keyClicks(picker->searchField(), text); }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(picker->searchField(), k, mods); }

    void openPicker()
    {
        picker->popupFor(editor);
        QVERIFY(picker->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(picker->searchField()->hasFocus(), 2000);
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        protocol::Snapshot s;
        s.articles = { article(u"a1"_s, u"Reset your password"_s, u"Open Settings, then Security.\n\nChoose Reset password."_s),
                       article(u"a2"_s, u"Export a dashboard"_s, u"Dashboards export as PDF. No password needed."_s),
                       article(u"a3"_s, u"API rate limits"_s, u"Every response carries rate limit headers."_s),
                       article(u"a4"_s, u"Passkeys and SSO"_s, u"Sign in with a passkey."_s) };
        s.last = true;
        fx->run([&](cache::CacheWriter &w) { return w.applySnapshotChunk(s, 0, u"log1"_s, true); });
        model = std::make_unique<ArticleSearchModel>(fx->cache.reader());
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        window = std::make_unique<QWidget>();
        editor = new QPlainTextEdit(window.get());
        editor->setPlainText(u"Hi Ada,\n\nsee  for the steps."_s);
        window->resize(600, 400);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        // The cursor sits between the two spaces of "see  for".
        QTextCursor c = editor->textCursor();
        c.setPosition(editor->toPlainText().indexOf(u"see "_s) + 4);
        editor->setTextCursor(c);
        editor->setFocus();
        picker = new ArticlePicker(model.get(), window.get());
    }

    void cleanup()
    {
        window.reset();
        model.reset();
        fx.reset();
    }

    void enterInsertsTitleAndLinkAtTheCursor()
    {
        openPicker();
        QCOMPARE(picker->list()->model()->rowCount(), 4); // every article, by title
        QCOMPARE(currentTitle(), u"API rate limits"_s);
        QSignalSpy inserted(picker, &ArticlePicker::insertRequested);
        type(u"pass"_s);
        // "pass" is a prefix of "password" and "passkey": title matches first, the body-only
        // match last; the first row is current.
        QAbstractItemModel *m = picker->list()->model();
        QCOMPARE(m->rowCount(), 3);
        const QStringList titleMatches { m->index(0, 0).data().toString(), m->index(1, 0).data().toString() };
        QVERIFY(titleMatches.contains(u"Passkeys and SSO"_s));
        QVERIFY(titleMatches.contains(u"Reset your password"_s));
        QCOMPARE(m->index(2, 0).data().toString(), u"Export a dashboard"_s);
        QCOMPARE(currentTitle(), titleMatches.at(0));
        key(Qt::Key_Down);
        QCOMPARE(currentTitle(), titleMatches.at(1));
        key(Qt::Key_Down);
        key(Qt::Key_Down); // stops at the last row
        QCOMPARE(currentTitle(), u"Export a dashboard"_s);
        key(Qt::Key_Up);
        QCOMPARE(currentTitle(), titleMatches.at(1));
        if (titleMatches.at(1) != u"Reset your password"_s)
            key(Qt::Key_Up);
        QCOMPARE(currentTitle(), u"Reset your password"_s);
        key(Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(editor->toPlainText(),
                 u"Hi Ada,\n\nsee Reset your password: https://help.example.com/a1 for the steps."_s);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasFocus(), 2000);
    }

    void shiftEnterInsertsTheFullText()
    {
        openPicker();
        type(u"rate"_s);
        QCOMPARE(currentTitle(), u"API rate limits"_s);
        key(Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(!picker->isVisible());
        QVERIFY(editor->toPlainText().contains(
            u"see API rate limits\n\nEvery response carries rate limit headers.\n\nhttps://help.example.com/a3 for"_s));
    }

    void escapeClosesWithoutInserting()
    {
        const QString before = editor->toPlainText();
        openPicker();
        type(u"export"_s);
        QSignalSpy closed(picker, &ArticlePicker::closed);
        key(Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(editor->toPlainText(), before);
        // Opening again starts from an empty search.
        openPicker();
        QVERIFY(picker->searchField()->text().isEmpty());
        QCOMPARE(picker->list()->model()->rowCount(), 4);
        key(Qt::Key_Escape);
    }

    void noMatchSaysSo()
    {
        openPicker();
        type(u"zzzz"_s);
        QCOMPARE(picker->list()->model()->rowCount(), 0);
        auto *empty = picker->findChild<QLabel *>(u"articleEmpty"_s);
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->text(), u"No article matches \"zzzz\"."_s);
        const QString before = editor->toPlainText();
        key(Qt::Key_Return); // nothing to insert
        QCOMPARE(editor->toPlainText(), before);
        QVERIFY(picker->isVisible());
        // Backspacing brings results back.
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Backspace);
        QCOMPARE(picker->list()->model()->rowCount(), 4);
        QVERIFY(!empty->isVisible());
    }

    void ctrlOReadsInTheHelpCenter()
    {
        openPicker();
        type(u"dashboard"_s);
        QSignalSpy read(picker, &ArticlePicker::readRequested);
        key(Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(read.count(), 1);
        QCOMPARE(read.first().at(0).toString(), u"a2"_s);
        QVERIFY(!picker->isVisible());
    }

    void helpCenterReadsAndInserts()
    {
        ArticleSearchModel helpModel(fx->cache.reader());
        HelpCenterView help(&helpModel);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        QSignalSpy inserted(&help, &HelpCenterView::insertRequested);
        QVERIFY(!help.insertLinkButton()->isEnabled());
        help.focusSearch();
        QTest::keyClicks(help.searchField(), u"export"_s);
        QCOMPARE(helpModel.rowCount(), 1);
        QTest::keyClick(help.searchField(), Qt::Key_Return);
        QCOMPARE(help.shownArticleId(), u"a2"_s);
        QVERIFY(help.reader()->toPlainText().contains(u"Dashboards export as PDF."_s));
        QVERIFY(help.insertLinkButton()->isEnabled());
        QTest::mouseClick(help.insertLinkButton(), Qt::LeftButton);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).toString(), u"Export a dashboard: https://help.example.com/a2"_s);
        QTest::mouseClick(help.insertTextButton(), Qt::LeftButton);
        QCOMPARE(inserted.at(1).at(0).toString(),
                 u"Export a dashboard\n\nDashboards export as PDF. No password needed.\n\nhttps://help.example.com/a2"_s);
        // Straight to an article (from the picker's Ctrl+O).
        help.showArticle(u"a1"_s);
        QVERIFY(help.reader()->toPlainText().startsWith(u"Reset your password"_s));
        help.showArticle(u"missing"_s);
        QVERIFY(!help.insertLinkButton()->isEnabled());
    }
};

QTEST_MAIN(TestArticlePicker)
#include "tst_ui_articlepicker.moc"
