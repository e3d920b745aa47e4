// Composer, offscreen: the mode is kept after sending, note mode tints the composer, the
// @mention guard on replies, Enter / Shift+Enter / Ctrl+Enter, completions and drafts.
#include "models/pickermodels.h"
#include "ui/composer.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::ui::Composer;

class TestComposer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Composer> composer;
    std::unique_ptr<QStandardItemModel> teammates;
    std::unique_ptr<QStandardItemModel> replies;

    QMessageBox *guard() const { return composer->findChild<QMessageBox *>(u"mentionGuard"_s); }

    void type(const QString &text) { QTest::keyClicks(composer->editor(), text); }

private Q_SLOTS:
    void init()
    {
        teammates = std::make_unique<QStandardItemModel>();
        for (const auto &[id, name] : { std::pair { u"a_ben"_s, u"Ben Okafor"_s }, std::pair { u"a_lea"_s, u"Lea Lead"_s } }) {
            auto *item = new QStandardItem(name);
            item->setData(id, confab::models::AgentsModel::IdRole);
            teammates->appendRow(item);
        }
        replies = std::make_unique<QStandardItemModel>();
        auto *r = new QStandardItem(u"Refund policy"_s);
        r->setData(u"Refunds take five working days."_s, confab::models::SavedRepliesModel::BodyRole);
        replies->appendRow(r);
        composer = std::make_unique<Composer>();
        composer->setModels(teammates.get(), replies.get());
        composer->setConversation(u"c1"_s, u"chat"_s, {}, {});
        composer->resize(600, 200);
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
        composer->editor()->setFocus();
    }

    void cleanup()
    {
        composer.reset();
        teammates.reset();
        replies.reset();
    }

    void modeIsKeptAfterSending()
    {
        QSignalSpy sent(composer.get(), &Composer::sendRequested);
        QCOMPARE(composer->sendButton()->text(), u"Send reply"_s);
        QTest::keyClick(composer->tabs(), Qt::Key_Right); // keyboard switches the tab
        QCOMPARE(composer->mode(), Composer::Mode::Note);
        QCOMPARE(composer->sendButton()->text(), u"Add note"_s);
        composer->editor()->setFocus();
        type(u"checked the logs"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(1).toString(), u"note"_s);
        QCOMPARE(sent.at(0).at(2).toString(), u"checked the logs"_s);
        QVERIFY(composer->text().isEmpty());
        // Still a note: it never snaps back to Reply.
        QCOMPARE(composer->mode(), Composer::Mode::Note);
        QCOMPARE(composer->tabs()->currentIndex(), 1);
        QCOMPARE(composer->sendButton()->text(), u"Add note"_s);
        type(u"second note"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 2);
        QCOMPARE(sent.at(1).at(1).toString(), u"note"_s);
    }

    void noteModeTintsTheComposer()
    {
        const confab::ui::Theme &t = confab::ui::Theme::current();
        auto *hint = composer->findChild<QLabel *>(u"composerHint"_s);
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        const QImage reply = composer->grab().toImage();
        composer->setMode(Composer::Mode::Note);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), u"Internal note — only your team sees this"_s);
        const QImage note = composer->grab().toImage();
        // A corner of the composer (outside every child) shows its background.
        const QPoint corner(3, note.height() - 3);
        QCOMPARE(note.pixelColor(corner).rgb(), t.composerNote.rgb());
        QVERIFY(reply.pixelColor(corner).rgb() != note.pixelColor(corner).rgb());
        // The text field is tinted too.
        QCOMPARE(composer->editor()->palette().color(QPalette::Base).rgb(), t.noteBackground.rgb());
        composer->setMode(Composer::Mode::Reply);
        QCOMPARE(composer->grab().toImage().pixelColor(corner).rgb(), reply.pixelColor(corner).rgb());
    }

    void enterSendsChatShiftEnterBreaksLine()
    {
        QSignalSpy sent(composer.get(), &Composer::sendRequested);
        type(u"line one"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ShiftModifier);
        type(u"line two"_s);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(composer->text(), u"line one\nline two"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(1).toString(), u"reply"_s);
        QCOMPARE(sent.at(0).at(2).toString(), u"line one\nline two"_s);
        // Nothing to send: Enter does nothing.
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
    }

    void emailSendsWithCtrlEnter()
    {
        QSignalSpy sent(composer.get(), &Composer::sendRequested);
        composer->setConversation(u"mail"_s, u"email"_s, {}, {});
        composer->editor()->setFocus();
        type(u"Dear Kim,"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        type(u"thanks."_s);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(composer->text(), u"Dear Kim,\nthanks."_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), u"mail"_s);
        QCOMPARE(sent.at(0).at(2).toString(), u"Dear Kim,\nthanks."_s);
    }

    void replyMentioningATeammateAsksFirst()
    {
        QSignalSpy sent(composer.get(), &Composer::sendRequested);
        type(u"@Ben can you check the invoice?"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(sent.count(), 0);
        QTRY_VERIFY(guard() && guard()->isVisible());
        QCOMPARE(guard()->text(), u"This goes to the customer — send as a note instead?"_s);
        auto *asNote = guard()->findChild<QPushButton *>(u"sendAsNote"_s);
        QVERIFY(asNote);
        asNote->click();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(1).toString(), u"note"_s);
        QCOMPARE(sent.at(0).at(3).toStringList(), QStringList { u"a_ben"_s });
        QTRY_VERIFY(!guard());

        // Sending it as a reply anyway is possible, without mentions.
        type(u"Thanks! @Lea Lead will follow up"_s);
        composer->send();
        QTRY_VERIFY(guard() && guard()->isVisible());
        guard()->findChild<QPushButton *>(u"sendAsReply"_s)->click();
        QCOMPARE(sent.count(), 2);
        QCOMPARE(sent.at(1).at(1).toString(), u"reply"_s);
        QVERIFY(sent.at(1).at(3).toStringList().isEmpty());
        QTRY_VERIFY(!guard());

        // Cancel keeps the text; an email address is not a mention; notes never ask.
        type(u"@ben?"_s);
        composer->send();
        QTRY_VERIFY(guard() && guard()->isVisible());
        guard()->button(QMessageBox::Cancel)->click();
        QCOMPARE(sent.count(), 2);
        QCOMPARE(composer->text(), u"@ben?"_s);
        QTRY_VERIFY(!guard());
        composer->setText(u"write to ben@okafor.example"_s);
        composer->send();
        QCOMPARE(sent.count(), 3);
        composer->setMode(Composer::Mode::Note);
        composer->setText(u"@Ben look"_s);
        composer->send();
        QCOMPARE(sent.count(), 4);
        QVERIFY(!guard());
        QCOMPARE(sent.at(3).at(3).toStringList(), QStringList { u"a_ben"_s });
    }

    void mentionCompletionInNotes()
    {
        composer->setMode(Composer::Mode::Note);
        composer->editor()->setFocus();
        type(u"ask @Be"_s);
        QCompleter *c = composer->editor()->activeCompleter();
        QVERIFY(c);
        QTRY_VERIFY(c->popup()->isVisible());
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QCOMPARE(composer->text(), u"ask @Ben Okafor "_s);
        // No completion in replies (mentions belong in notes).
        composer->setMode(Composer::Mode::Reply);
        composer->setText({});
        type(u"@Be"_s);
        QVERIFY(!composer->editor()->activeCompleter() || !composer->editor()->activeCompleter()->popup()->isVisible());
    }

    void savedRepliesWithHash()
    {
        type(u"Hi! #ref"_s);
        QCompleter *c = composer->editor()->activeCompleter();
        QVERIFY(c);
        QTRY_VERIFY(c->popup()->isVisible());
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QCOMPARE(composer->text(), u"Hi! Refunds take five working days."_s);
    }

    void draftsAndTyping()
    {
        QSignalSpy drafts(composer.get(), &Composer::draftChanged);
        QSignalSpy typing(composer.get(), &Composer::typingChanged);
        type(u"half"_s);
        QCOMPARE(typing.count(), 1);
        QCOMPARE(typing.at(0).at(1).toBool(), true);
        QTRY_VERIFY(drafts.count() >= 1);
        QCOMPARE(drafts.last().at(0).toString(), u"c1"_s);
        QCOMPARE(drafts.last().at(1).toString(), u"half"_s);
        // Switching conversations saves the draft at once and restores the other one's.
        composer->setConversation(u"c2"_s, u"chat"_s, u"other draft"_s, u"note"_s);
        QCOMPARE(composer->text(), u"other draft"_s);
        QCOMPARE(composer->mode(), Composer::Mode::Note);
        QCOMPARE(typing.last().at(1).toBool(), false);
    }

    // Typing says what is being written; switching modes mid-text stops the reply's typing (the
    // customer's indicator) before the note's starts, and the other way round.
    void typingFollowsTheMode()
    {
        QSignalSpy typing(composer.get(), &Composer::typingChanged);
        auto at = [&](int i) {
            return std::tuple(typing.at(i).at(0).toString(), typing.at(i).at(1).toBool(), typing.at(i).at(2).toString());
        };
        QCOMPARE(composer->mode(), Composer::Mode::Reply);
        type(u"We are"_s);
        QCOMPARE(typing.count(), 1);
        QCOMPARE(at(0), std::tuple(u"c1"_s, true, u"reply"_s));
        composer->setMode(Composer::Mode::Note);
        QCOMPARE(typing.count(), 3);
        QCOMPARE(at(1), std::tuple(u"c1"_s, false, u"reply"_s));
        QCOMPARE(at(2), std::tuple(u"c1"_s, true, u"note"_s));
        type(u" on it"_s); // still typing: nothing new
        QCOMPARE(typing.count(), 3);
        composer->setMode(Composer::Mode::Reply);
        QCOMPARE(typing.count(), 5);
        QCOMPARE(at(3), std::tuple(u"c1"_s, false, u"note"_s));
        QCOMPARE(at(4), std::tuple(u"c1"_s, true, u"reply"_s));
        composer->setMode(Composer::Mode::Note);
        QTest::keyClick(composer->editor(), Qt::Key_Return); // sent: typing stops, as a note
        QCOMPARE(at(typing.count() - 1), std::tuple(u"c1"_s, false, u"note"_s));
        // Not typing: switching modes says nothing.
        const qsizetype before = typing.count();
        composer->setMode(Composer::Mode::Reply);
        QCOMPARE(typing.count(), before);
    }
};

QTEST_MAIN(TestComposer)
#include "tst_ui_composer.moc"
