// ViewsModel (views and open counts), the pickers for @mentions and saved replies, and the
// notification filter.
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/messagenotifier.h"
#include "models/pickermodels.h"
#include "models/viewsmodel.h"

using namespace Qt::StringLiterals;
using confab::models::ViewsModel;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestViewsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;

    int count(const ViewsModel &m, cache::View v, const QString &team = {})
    {
        return m.index(m.rowOf(v, team), 0).data(ViewsModel::CountRole).toInt();
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(30);
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &confab::models::AgentDirectory::applyChanges);
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    void viewsAndCounts()
    {
        ViewsModel model(fx->cache.reader(), *agents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&fx->cache, &cache::Cache::changed, &model, &ViewsModel::applyChanges);
        QCOMPARE(model.rowCount(), 6); // 4 fixed + 2 teams
        QCOMPARE(model.index(0, 0).data().toString(), u"Your inbox"_s);
        QCOMPARE(model.index(3, 0).data().toString(), u"All"_s);
        QCOMPARE(model.index(4, 0).data().toString(), u"Billing"_s); // teams by name
        QCOMPARE(model.index(5, 0).data().toString(), u"Support"_s);
        QTRY_COMPARE(count(model, cache::View::All), 30); // counted after the first paint
        QCOMPARE(count(model, cache::View::Mine), 10);       // every third
        QCOMPARE(count(model, cache::View::Unassigned), 20);
        QCOMPARE(count(model, cache::View::Team, u"t_support"_s), 15);
        QCOMPARE(count(model, cache::View::Mentions), 0);

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto c = *fx->cache.reader().conversation(CacheFixture::convId(1));
        c.assigneeId = u"a_me"_s;
        c.version += 1;
        fx->updateConversation(c);
        QTRY_COMPARE(count(model, cache::View::Mine), 11);
        QCOMPARE(count(model, cache::View::Unassigned), 19);
        QTRY_COMPARE(count(model, cache::View::All), 30); // counted after the first paint
        QVERIFY(dataChanged.count() >= 2);
        QCOMPARE(resets.count(), 0);

        // A note mentioning me.
        auto note = CacheFixture::message(u"n1"_s, CacheFixture::convId(2), confab::tests::baseTime().addDays(1),
                                          u"note"_s, u"agent"_s, u"a_ben"_s);
        note.mentions = { u"a_me"_s };
        fx->newMessage(note);
        QTRY_COMPARE(count(model, cache::View::Mentions), 1);
        QVERIFY(model.index(1, 0).data(Qt::AccessibleTextRole).toString().contains(u"Mentions"_s));
    }

    void teamRowsFollowTheWorkspace()
    {
        ViewsModel model(fx->cache.reader(), *agents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        protocol::Team t;
        t.id = u"t_ops"_s;
        t.name = u"Ops"_s;
        fx->events({ fx->event(protocol::events::TeamUpdated, t.toJson()) });
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(5, 0).data().toString(), u"Ops"_s);
        QCOMPARE(model.teamIdAt(5), u"t_ops"_s);
        t.name = u"Accounts"_s; // renamed: moves to the front of the teams
        fx->events({ fx->event(protocol::events::TeamUpdated, t.toJson()) });
        QCOMPARE(model.index(4, 0).data().toString(), u"Accounts"_s);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(resets.count(), 0);
    }

    void pickers()
    {
        confab::models::AgentsModel people(*agents);
        QAbstractItemModelTester t1(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(people.rowCount(), 2); // not me
        QCOMPARE(people.index(0, 0).data().toString(), u"Ben Okafor"_s);
        QCOMPARE(people.index(0, 0).data(confab::models::AgentsModel::IdRole).toString(), u"a_ben"_s);

        confab::models::SavedRepliesModel replies(fx->cache.reader());
        QAbstractItemModelTester t2(&replies, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&fx->cache, &cache::Cache::changed, &replies, &confab::models::SavedRepliesModel::applyChanges);
        QCOMPARE(replies.rowCount(), 0);
        protocol::SavedReply r;
        r.id = u"sr1"_s;
        r.title = u"Refund policy"_s;
        r.body = u"Refunds take 5 days."_s;
        fx->events({ fx->event(protocol::events::SavedReplyUpdated, r.toJson()) });
        QCOMPARE(replies.rowCount(), 1);
        QCOMPARE(replies.index(0, 0).data(confab::models::SavedRepliesModel::BodyRole).toString(), r.body);
    }

    void notifierPicksAssignedAndMentions()
    {
        confab::models::MessageNotifier notifier(fx->cache.reader(), *agents);
        connect(&fx->cache, &cache::Cache::changed, &notifier, &confab::models::MessageNotifier::applyChanges);
        QSignalSpy spy(&notifier, &confab::models::MessageNotifier::notify);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Not enabled yet (catching up): nothing.
        fx->newMessage(CacheFixture::message(u"x0"_s, CacheFixture::convId(0), now));
        QCOMPARE(spy.count(), 0);
        notifier.setEnabled(true);
        // c0000 is assigned to me: a customer message rings.
        fx->newMessage(CacheFixture::message(u"x1"_s, CacheFixture::convId(0), now));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), CacheFixture::convId(0));
        QCOMPARE(spy.at(0).at(2).toString(), u"New message from Customer 0"_s);
        QCOMPARE(spy.at(0).at(4).toBool(), false);
        // c0001 is unassigned: silent, unless I am mentioned.
        fx->newMessage(CacheFixture::message(u"x2"_s, CacheFixture::convId(1), now));
        QCOMPARE(spy.count(), 1);
        auto note = CacheFixture::message(u"x3"_s, CacheFixture::convId(1), now, u"note"_s, u"agent"_s, u"a_ben"_s);
        note.mentions = { u"a_me"_s };
        fx->newMessage(note);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toString(), u"Ben Okafor mentioned you"_s);
        QCOMPARE(spy.at(1).at(4).toBool(), true);
        // My own messages and system events never ring.
        fx->newMessage(CacheFixture::message(u"x4"_s, CacheFixture::convId(0), now, u"reply"_s, u"agent"_s, u"a_me"_s));
        fx->newMessage(CacheFixture::message(u"x5"_s, CacheFixture::convId(0), now, u"system"_s, u"system"_s, {}));
        // Old history (fetched) does not ring either.
        fx->newMessage(CacheFixture::message(u"x6"_s, CacheFixture::convId(0), now.addDays(-3)));
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestViewsModel)
#include "tst_models_views.moc"
