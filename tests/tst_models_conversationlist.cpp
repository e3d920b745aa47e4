// ConversationListModel: lazy keyset pages, in-place updates from change sets (moves keep
// the selection, no resets), and "incrementally updated == freshly loaded".
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/conversationlistmodel.h"

#include <QItemSelectionModel>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using confab::models::ConversationListModel;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

Q_DECLARE_METATYPE(confab::cache::Sort)
Q_DECLARE_METATYPE(confab::cache::View)

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;

    // The tester fetches every page on each change (it calls fetchMore), so tests of the
    // partially loaded state run without it.
    std::unique_ptr<ConversationListModel> makeModel(cache::View view = cache::View::All,
                                                     cache::Sort sort = cache::Sort::Newest, int pageSize = 100,
                                                     bool tester = true)
    {
        auto model = std::make_unique<ConversationListModel>(fx->cache.reader(), agents.get());
        if (tester)
            new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         model.get());
        model->setPageSize(pageSize);
        cache::ListQuery q;
        q.view = view;
        q.sort = sort;
        q.agentId = u"a_me"_s;
        q.teamId = u"t_support"_s;
        model->setQuery(q);
        connect(&fx->cache, &cache::Cache::changed, model.get(), &ConversationListModel::applyChanges);
        return model;
    }

    static QStringList ids(const ConversationListModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out.append(m.idAt(i));
        return out;
    }

    static void fetchAll(ConversationListModel &m)
    {
        while (m.canFetchMore({}))
            m.fetchMore({});
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &confab::models::AgentDirectory::applyChanges);
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    void pagesLoadLazily()
    {
        fx->seed(250);
        auto model = makeModel(cache::View::All, cache::Sort::Newest, 100, false);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(model->idAt(0), CacheFixture::convId(249)); // newest first
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 200);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->idAt(249), CacheFixture::convId(0));
        const QStringList all = ids(*model);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 250);
    }

    void rolesDescribeTheRow()
    {
        fx->seed(10);
        // c0009 is assigned to me (9 % 3 == 0), billing team; make it urgent.
        auto c = *fx->cache.reader().conversation(CacheFixture::convId(9));
        c.priority = u"urgent"_s;
        c.version += 1;
        fx->updateConversation(c);
        auto model = makeModel();
        const QModelIndex top = model->index(0, 0);
        QCOMPARE(top.data(ConversationListModel::IdRole).toString(), CacheFixture::convId(9));
        QCOMPARE(top.data(ConversationListModel::ContactNameRole).toString(), u"Customer 9"_s);
        QCOMPARE(top.data(ConversationListModel::ChannelRole).toString(), u"chat"_s);
        QCOMPARE(top.data(ConversationListModel::PreviewRole).toString(), u"Body of c0009_m0"_s);
        QCOMPARE(top.data(ConversationListModel::UnreadRole).toBool(), true);
        QCOMPARE(top.data(ConversationListModel::AssigneeInitialsRole).toString(), u"MM"_s);
        QCOMPARE(top.data(ConversationListModel::PriorityRole).toString(), u"urgent"_s);
        QVERIFY(top.data(ConversationListModel::WaitingSinceRole).toDateTime().isValid());
        QVERIFY(top.data(Qt::AccessibleTextRole).toString().contains(u"Customer 9"_s));
    }

    void newMessageMovesRowAndKeepsSelection()
    {
        fx->seed(50);
        auto model = makeModel();
        QItemSelectionModel selection(model.get());
        const QString picked = CacheFixture::convId(20);
        const QModelIndex idx = model->indexOf(picked);
        QVERIFY(idx.isValid());
        QVERIFY(idx.row() > 0);
        selection.setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);

        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moves(model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
        fx->newMessage(CacheFixture::message(u"new1"_s, picked, confab::tests::baseTime().addDays(1)));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(moves.count(), 1);
        QVERIFY(changes.count() >= 1);
        QCOMPARE(model->idAt(0), picked);
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(selection.currentIndex().data(ConversationListModel::IdRole).toString(), picked);
        QVERIFY(selection.isSelected(model->index(0, 0)));
        QCOMPARE(model->index(0, 0).data(ConversationListModel::PreviewRole).toString(), u"Body of new1"_s);
    }

    void resolvedRowLeavesOpenList()
    {
        fx->seed(30);
        auto model = makeModel();
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        auto c = *fx->cache.reader().conversation(CacheFixture::convId(10));
        c.status = u"resolved"_s;
        c.version += 1;
        fx->updateConversation(c);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowCount(), 29);
        QCOMPARE(model->rowOf(CacheFixture::convId(10)), -1);

        // And it appears in the resolved list of another model.
        auto resolved = std::make_unique<ConversationListModel>(fx->cache.reader(), agents.get());
        cache::ListQuery q;
        q.status = u"resolved"_s;
        resolved->setQuery(q);
        QCOMPARE(resolved->rowCount(), 1);
    }

    void newConversationIsInsertedWhereItSorts()
    {
        fx->seed(30);
        auto model = makeModel();
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        const auto c = CacheFixture::conversation(u"cnew"_s, u"k1"_s, confab::tests::baseTime().addDays(2));
        const auto m = CacheFixture::message(u"cnew_m0"_s, u"cnew"_s, c.lastMessageAt);
        fx->events({ fx->event(protocol::events::ConversationCreated, c.toJson()),
                     fx->event(protocol::events::MessageCreated, m.toJson()) });
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->idAt(0), u"cnew"_s);
        QCOMPARE(model->rowCount(), 31);
    }

    void rowsBeyondLoadedPagesWaitForTheirPage()
    {
        fx->seed(300);
        // Oldest first: c0000 first; page of 50.
        auto model = makeModel(cache::View::All, cache::Sort::Oldest, 50, false);
        QCOMPARE(model->rowCount(), 50);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        // A conversation far down the list changes without entering the loaded range.
        auto far = *fx->cache.reader().conversation(CacheFixture::convId(250));
        far.priority = u"high"_s;
        far.version += 1;
        fx->updateConversation(far);
        QCOMPARE(inserted.count(), 0);
        // A loaded row moves far past the loaded range (a new message makes it the newest).
        fx->newMessage(CacheFixture::message(u"late"_s, CacheFixture::convId(3), confab::tests::baseTime().addDays(3)));
        QCOMPARE(model->rowCount(), 49);
        QCOMPARE(model->rowOf(CacheFixture::convId(3)), -1);
        fetchAll(*model);
        const QStringList all = ids(*model);
        QCOMPARE(all.size(), 300);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 300);
        QCOMPARE(all.last(), CacheFixture::convId(3));
    }

    // After random changes, the incrementally updated model equals a freshly loaded one.
    void incrementalEqualsFresh_data()
    {
        QTest::addColumn<cache::View>("view");
        QTest::addColumn<cache::Sort>("sort");
        QTest::addColumn<bool>("tester");
        const QList<std::pair<const char *, cache::View>> views = { { "all", cache::View::All },
                                                                    { "mine", cache::View::Mine },
                                                                    { "unassigned", cache::View::Unassigned },
                                                                    { "team", cache::View::Team },
                                                                    { "mentions", cache::View::Mentions } };
        const QList<std::pair<const char *, cache::Sort>> sorts = { { "newest", cache::Sort::Newest },
                                                                    { "oldest", cache::Sort::Oldest },
                                                                    { "waiting", cache::Sort::WaitingLongest },
                                                                    { "priority", cache::Sort::Priority } };
        for (const auto &[vn, v] : views) {
            for (const auto &[sn, s] : sorts) {
                QTest::addRow("%s-%s-paged", vn, sn) << v << s << false;
                QTest::addRow("%s-%s-tester", vn, sn) << v << s << true;
            }
        }
    }

    void incrementalEqualsFresh()
    {
        QFETCH(cache::View, view);
        QFETCH(cache::Sort, sort);
        QFETCH(bool, tester);
        fx->seed(120);
        auto model = makeModel(view, sort, 20, tester);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QRandomGenerator rng(42);
        const QStringList agentsIds = { u"a_me"_s, u"a_ben"_s, QString() };
        const QStringList priorities = { u"none"_s, u"low"_s, u"high"_s, u"urgent"_s };
        const QStringList statuses = { u"open"_s, u"open"_s, u"snoozed"_s, u"resolved"_s };
        for (int round = 0; round < 30; ++round) {
            const QString id = CacheFixture::convId(int(rng.bounded(120)));
            auto c = *fx->cache.reader().conversation(id);
            const QDateTime at = confab::tests::baseTime().addDays(1).addSecs(60 * round);
            switch (rng.bounded(4)) {
            case 0:
                fx->newMessage(CacheFixture::message(u"r%1"_s.arg(round), id, at));
                break;
            case 1: {
                // A reply from me (stops the waiting clock) or a note mentioning me.
                auto m = CacheFixture::message(u"r%1"_s.arg(round), id, at, rng.bounded(2) ? u"reply"_s : u"note"_s,
                                               u"agent"_s, u"a_ben"_s);
                if (m.kind == "note"_L1)
                    m.mentions = { u"a_me"_s };
                fx->newMessage(m);
                break;
            }
            default:
                c.version += 1;
                c.assigneeId = agentsIds.at(int(rng.bounded(3)));
                c.priority = priorities.at(int(rng.bounded(4)));
                c.status = statuses.at(int(rng.bounded(4)));
                c.teamId = rng.bounded(2) ? u"t_support"_s : u"t_billing"_s;
                fx->updateConversation(c);
                break;
            }
            if (round % 10 == 5 && model->canFetchMore({}))
                model->fetchMore({});
        }
        QCOMPARE(resets.count(), 0);
        fetchAll(*model);
        auto fresh = makeModel(view, sort, 500);
        QCOMPARE(ids(*model), ids(*fresh));
        for (int i = 0; i < model->rowCount(); ++i) {
            for (int role : { int(ConversationListModel::PreviewRole), int(ConversationListModel::UnreadRole),
                              int(ConversationListModel::PriorityRole), int(ConversationListModel::AssigneeIdRole),
                              int(ConversationListModel::WaitingSinceRole) })
                QCOMPARE(model->index(i, 0).data(role), fresh->index(i, 0).data(role));
        }
    }

    void localConversationFollowsServerId()
    {
        fx->seed(5);
        auto model = makeModel();
        QString clientId;
        fx->run([&](cache::CacheWriter &w) -> cache::Status {
            auto r = w.startConversation(u"k1"_s, u"email"_s, u"Hello"_s, u"First words"_s);
            if (!r)
                return r.error();
            clientId = *r;
            return {};
        });
        const QString local = u"local:"_s + clientId;
        QCOMPARE(model->idAt(0), local);
        QVERIFY(model->index(0, 0).data(ConversationListModel::IsLocalRole).toBool());
        QVERIFY(model->index(0, 0).data(ConversationListModel::PendingRole).toBool());

        QSignalSpy replaced(model.get(), &ConversationListModel::idReplaced);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        protocol::Ack ack;
        ack.req = clientId;
        ack.conversationId = u"c_server"_s;
        ack.messageId = u"m_server"_s;
        fx->run([&](cache::CacheWriter &w) { return w.acknowledge(clientId, ack); });
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(replaced.at(0).at(1).toString(), u"c_server"_s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowOf(local), -1);
        QVERIFY(model->rowOf(u"c_server"_s) >= 0);
        QCOMPARE(model->rowCount(), 6);
    }

    void cacheResetReloads()
    {
        fx->seed(20);
        auto model = makeModel();
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        protocol::Snapshot s;
        s.conversations = { CacheFixture::conversation(u"only"_s, u"k1"_s, confab::tests::baseTime()) };
        s.contacts = { CacheFixture::contact(u"k1"_s, u"Kim"_s) };
        s.last = true;
        fx->run([&](cache::CacheWriter &w) { return w.applySnapshotChunk(s, 0, u"log2"_s, true); });
        QCOMPARE(resets.count(), 1);
        QCOMPARE(ids(*model), QStringList { u"only"_s });
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_models_conversationlist.moc"
