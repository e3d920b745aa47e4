// Feed view and delegate, offscreen: notes are painted differently from replies (pixels),
// the view opens at the newest message, stays at the bottom, counts new messages when
// scrolled up, loads older history at the top, caches size hints, copies selected text
// and finds links.
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/messagefeedmodel.h"
#include "ui/feeddelegate.h"
#include "ui/feedview.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>

using namespace Qt::StringLiterals;
using confab::models::MessageFeedModel;
using confab::tests::CacheFixture;
using confab::ui::FeedDelegate;
using confab::ui::FeedView;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;
    std::unique_ptr<MessageFeedModel> model;
    std::unique_ptr<FeedView> view;
    const QString conv = CacheFixture::convId(2);

    void open(int width = 700, int height = 420)
    {
        model = std::make_unique<MessageFeedModel>(fx->cache, agents.get());
        connect(&fx->cache, &cache::Cache::changed, model.get(), &MessageFeedModel::applyChanges);
        view = std::make_unique<FeedView>();
        view->resize(width, height);
        view->setFeedModel(model.get());
        model->setConversation(conv);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }

    // Paints one row alone into an image the size of its rectangle.
    QImage renderRow(int row)
    {
        const QModelIndex index = model->index(row, 0);
        const QRect rect = view->visualRect(index);
        QImage image(view->viewport()->width(), rect.height(), QImage::Format_ARGB32);
        image.fill(view->palette().color(QPalette::Base));
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.rect = QRect(0, 0, image.width(), image.height());
        option.state &= ~QStyle::State_Selected;
        view->feedDelegate()->paint(&painter, option, index);
        return image;
    }

    QColor boxColor(int row)
    {
        const QModelIndex index = model->index(row, 0);
        const QImage image = renderRow(row);
        const FeedDelegate::Geometry g =
            view->feedDelegate()->geometry(QRect(0, 0, image.width(), image.height()), index);
        // Inside the box, in its top padding, clear of rounded corners and borders.
        return image.pixelColor(g.box.left() + 24, g.box.top() + 4);
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(5);
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
    }

    void cleanup()
    {
        view.reset();
        model.reset();
        agents.reset();
        fx.reset();
    }

    void notesArePaintedDifferently()
    {
        const QDateTime t = confab::tests::baseTime().addDays(-1);
        fx->addMessages({ CacheFixture::message(u"cust"_s, conv, t, u"reply"_s, u"contact"_s, {}, u"My card was charged twice"_s),
                          CacheFixture::message(u"agent"_s, conv, t.addSecs(400), u"reply"_s, u"agent"_s, u"a_ben"_s,
                                                u"Sorry about that, refunding now"_s),
                          CacheFixture::message(u"note"_s, conv, t.addSecs(800), u"note"_s, u"agent"_s, u"a_ben"_s,
                                                u"Refund issued in Stripe"_s),
                          CacheFixture::message(u"sys"_s, conv, t.addSecs(1200), u"system"_s, u"system"_s, {},
                                                u"Ben resolved this conversation"_s) });
        open();
        const confab::ui::Theme &theme = confab::ui::Theme::current();
        const int cust = model->rowOf(u"cust"_s);
        const int agent = model->rowOf(u"agent"_s);
        const int note = model->rowOf(u"note"_s);
        const QColor customerColor = boxColor(cust);
        const QColor agentColor = boxColor(agent);
        const QColor noteColor = boxColor(note);
        QCOMPARE(noteColor.rgb(), theme.noteBackground.rgb());
        QCOMPARE(customerColor.rgb(), theme.customerBubble.rgb());
        QCOMPARE(agentColor.rgb(), theme.agentBubble.rgb());
        QVERIFY(noteColor != customerColor && noteColor != agentColor);

        // Geometry: customers left, agents right, notes full width, system lines centred.
        FeedDelegate *d = view->feedDelegate();
        const QRect row(0, 0, view->viewport()->width(), 200);
        const auto gc = d->geometry(row, model->index(cust, 0));
        const auto ga = d->geometry(row, model->index(agent, 0));
        const auto gn = d->geometry(row, model->index(note, 0));
        const auto gs = d->geometry(row, model->index(model->rowOf(u"sys"_s), 0));
        QVERIFY(gc.box.left() < row.width() / 4 && gc.box.right() < row.width() * 3 / 4);
        QVERIFY(ga.box.right() > row.width() * 3 / 4 && ga.box.left() > row.width() / 4);
        QVERIFY(gn.box.width() > row.width() * 9 / 10);
        QVERIFY(gn.note && !ga.note && gs.system);
        // The note row shows its badge in the badge colour.
        const QImage noteImage = renderRow(note);
        bool badge = false;
        for (int x = gn.header.left(); x < gn.header.left() + 30 && !badge; ++x)
            badge = noteImage.pixelColor(x, gn.header.center().y()).rgb() == theme.noteBadge.rgb();
        QVERIFY(badge);
    }

    void opensAtNewestAndFollowsNewMessages()
    {
        fx->addMessages(CacheFixture::history(conv, 300, confab::tests::baseTime().addDays(-3)));
        open(600, 400);
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view->isAtBottom());
        QCOMPARE(view->feedDelegate()->cachedSizeHintCount(), model->rowCount());

        // At the bottom: a new message keeps us there.
        fx->newMessage(CacheFixture::message(u"n1"_s, conv, confab::tests::baseTime().addDays(1)));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(view->newMessageCount(), 0);

        // Scrolled up: new messages are counted on a pill instead.
        bar->setValue(bar->maximum() / 2);
        QVERIFY(!view->isAtBottom());
        const int value = bar->value();
        fx->newMessage(CacheFixture::message(u"n2"_s, conv, confab::tests::baseTime().addDays(1).addSecs(5)));
        QCOMPARE(view->newMessageCount(), 1);
        auto *pill = view->findChild<QPushButton *>(u"newMessagesPill"_s);
        QVERIFY(pill && pill->isVisible());
        QVERIFY(pill->text().contains(u"1"_s));
        QTRY_COMPARE(bar->value(), value);
        pill->click();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(!pill->isVisible());
    }

    void scrollingUpLoadsOlderAndKeepsThePlace()
    {
        fx->addMessages(CacheFixture::history(conv, 300, confab::tests::baseTime().addDays(-3)));
        open(600, 400);
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        const int before = model->rowCount();
        QCOMPARE(before, 50);
        // What is at the top of the view now stays on screen after older rows arrive.
        bar->setValue(0);
        QTRY_VERIFY(model->rowCount() > before);
        const QModelIndex formerFirst = model->index(model->rowOf(conv + u"_h00250"_s), 0);
        QTRY_VERIFY(view->visualRect(formerFirst).intersects(view->viewport()->rect()));
    }

    void selectedTextIsCopiedAndLinksAreFound()
    {
        fx->addMessages({ CacheFixture::message(u"link"_s, conv, confab::tests::baseTime().addDays(-1), u"reply"_s,
                                                u"contact"_s, {}, u"https://example.com/order/42 is broken"_s) });
        open();
        const QModelIndex index = model->index(model->rowOf(u"link"_s), 0);
        view->feedDelegate()->setSelection(index, 0, 19);
        QCOMPARE(view->selectedText(), u"https://example.com"_s);
        view->copy();
        QCOMPARE(QApplication::clipboard()->text(), u"https://example.com"_s);

        const QRect rect = view->visualRect(index);
        const FeedDelegate::Geometry g = view->feedDelegate()->geometry(rect, index);
        const QPoint onLink = g.text.topLeft() + QPoint(4, g.text.height() / 2);
        QCOMPARE(view->feedDelegate()->anchorAt(rect, index, onLink), u"https://example.com/order/42"_s);
        QVERIFY(view->feedDelegate()->hitTest(rect, index, onLink) >= 0);
    }

    void failedOwnMessageOffersRetry()
    {
        open();
        const QString clientId = model->send(u"reply"_s, u"This will fail"_s);
        QTRY_COMPARE(model->rowCount(), 2);
        fx->run([&](cache::CacheWriter &w) {
            return w.markFailed(clientId, protocol::ErrorCode::Forbidden, u"not allowed"_s);
        });
        const QModelIndex index = model->index(1, 0);
        const QRect rect = view->visualRect(index);
        const FeedDelegate::Geometry g = view->feedDelegate()->geometry(rect, index);
        QVERIFY(!g.retry.isEmpty());
        QSignalSpy changed(&fx->cache, &cache::Cache::changed);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, g.retry.center());
        QVERIFY(changed.wait(5000));
        QCOMPARE(model->index(1, 0).data(MessageFeedModel::DeliveryRole).toInt(), int(cache::Delivery::Pending));
    }
};

QTEST_MAIN(TestFeed)
#include "tst_ui_feed.moc"
