// MessageFeedModel: newest page first, older pages from the cache then the server, new
// messages appended in place, delivery states, note deletion, drafts and read markers.
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/messagefeedmodel.h"

using namespace Qt::StringLiterals;
using confab::models::MessageFeedModel;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestMessageFeedModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;
    const QString conv = CacheFixture::convId(3);

    std::unique_ptr<MessageFeedModel> makeModel(int pageSize = 50)
    {
        auto model = std::make_unique<MessageFeedModel>(fx->cache, agents.get());
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        model->setPageSize(pageSize);
        connect(&fx->cache, &cache::Cache::changed, model.get(), &MessageFeedModel::applyChanges);
        model->setConversation(conv);
        return model;
    }

    static QStringList ids(const MessageFeedModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out.append(m.index(i, 0).data(MessageFeedModel::IdRole).toString());
        return out;
    }

    int deliveryOf(const MessageFeedModel &m, int row)
    {
        return m.index(row, 0).data(MessageFeedModel::DeliveryRole).toInt();
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &confab::models::AgentDirectory::applyChanges);
        fx->seed(10);
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    void opensAtTheNewestPage()
    {
        fx->addMessages(CacheFixture::history(conv, 300, confab::tests::baseTime().addDays(-2)));
        auto model = makeModel(50);
        QCOMPARE(model->rowCount(), 50);
        // Oldest first; the newest is the seeded message.
        QCOMPARE(model->index(49, 0).data(MessageFeedModel::IdRole).toString(), conv + u"_m0"_s);
        QCOMPARE(model->index(48, 0).data(MessageFeedModel::IdRole).toString(), conv + u"_h00299"_s);
        QVERIFY(model->canLoadOlder());
        QVERIFY(model->hasConversation());
        QCOMPARE(model->contactName(), u"Customer 3"_s);
    }

    void olderPagesComeFromCacheThenServer()
    {
        const QList<protocol::Message> all = CacheFixture::history(conv, 180, confab::tests::baseTime().addDays(-2));
        // The cache holds the newest 120; the server has 60 older ones.
        fx->addMessages(all.mid(60));
        auto model = makeModel(50);
        QSignalSpy older(model.get(), &MessageFeedModel::olderLoaded);
        QSignalSpy needed(model.get(), &MessageFeedModel::historyNeeded);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->loadOlder();
        QCOMPARE(model->rowCount(), 100);
        model->loadOlder();
        QCOMPARE(model->rowCount(), 121);
        QCOMPARE(older.count(), 2);
        QCOMPARE(needed.count(), 0);
        model->loadOlder(); // nothing older in the cache: ask the server
        QCOMPARE(needed.count(), 1);
        QCOMPARE(needed.at(0).at(0).toString(), conv);
        QCOMPARE(needed.at(0).at(1).toString(), all.at(60).id);
        QVERIFY(model->isFetchingHistory());
        model->loadOlder(); // one request at a time
        QCOMPARE(needed.count(), 1);

        fx->run([&](cache::CacheWriter &w) { return w.storeFetchedMessages(conv, all.mid(0, 60), true); });
        model->historyLoaded(conv, 60, true);
        QCOMPARE(model->rowCount(), 171);
        model->loadOlder();
        QCOMPARE(model->rowCount(), 181);
        QVERIFY(!model->canLoadOlder());
        QCOMPARE(model->index(0, 0).data(MessageFeedModel::IdRole).toString(), all.first().id);
        QCOMPARE(resets.count(), 0);
        const QStringList got = ids(*model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), 181);
    }

    void newMessagesAreAppended()
    {
        auto model = makeModel();
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy appended(model.get(), &MessageFeedModel::messagesAppended);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        fx->newMessage(CacheFixture::message(u"n1"_s, conv, confab::tests::baseTime().addDays(1)));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data(MessageFeedModel::IdRole).toString(), u"n1"_s);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.at(0).at(0).toInt(), 1);
        QCOMPARE(appended.at(0).at(1).toBool(), false);
        QCOMPARE(resets.count(), 0);
        // Messages of other conversations do not show.
        fx->newMessage(CacheFixture::message(u"other"_s, CacheFixture::convId(4), confab::tests::baseTime().addDays(1)));
        QCOMPARE(model->rowCount(), 2);
    }

    void ownReplyGoesFromPendingToDelivered()
    {
        auto model = makeModel();
        QSignalSpy appended(model.get(), &MessageFeedModel::messagesAppended);
        QSignalSpy changed(&fx->cache, &cache::Cache::changed);
        const QString clientId = model->send(u"reply"_s, u"Thanks, looking into it"_s);
        QVERIFY(!clientId.isEmpty());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.at(0).at(1).toBool(), true); // mine
        QCOMPARE(model->index(1, 0).data(MessageFeedModel::IdRole).toString(), u"local:"_s + clientId);
        QCOMPARE(deliveryOf(*model, 1), int(cache::Delivery::Pending));
        QVERIFY(model->index(1, 0).data(MessageFeedModel::MineRole).toBool());
        QVERIFY(model->index(1, 0).data(MessageFeedModel::IsLocalRole).toBool());

        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        protocol::Ack ack;
        ack.req = clientId;
        ack.messageId = u"m_srv"_s;
        ack.seq = fx->seq + 1;
        fx->run([&](cache::CacheWriter &w) { return w.acknowledge(clientId, ack); });
        auto m = CacheFixture::message(u"m_srv"_s, conv, QDateTime::currentDateTimeUtc(), u"reply"_s, u"agent"_s,
                                       u"a_me"_s, u"Thanks, looking into it"_s);
        m.clientId = clientId;
        fx->newMessage(m);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data(MessageFeedModel::IdRole).toString(), u"m_srv"_s);
        QCOMPARE(deliveryOf(*model, 1), int(cache::Delivery::Delivered));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void failedReplyCanBeRetried()
    {
        auto model = makeModel();
        const QString clientId = model->send(u"reply"_s, u"Will this fail?"_s);
        QTRY_COMPARE(model->rowCount(), 2);
        fx->run([&](cache::CacheWriter &w) {
            return w.markFailed(clientId, protocol::ErrorCode::Forbidden, u"not your conversation"_s);
        });
        QCOMPARE(deliveryOf(*model, 1), int(cache::Delivery::Failed));
        QCOMPARE(model->index(1, 0).data(MessageFeedModel::ErrorRole).toString(), u"not your conversation"_s);
        QSignalSpy changed(&fx->cache, &cache::Cache::changed);
        model->retry(1);
        QVERIFY(changed.wait(5000));
        QCOMPARE(deliveryOf(*model, 1), int(cache::Delivery::Pending));
        model->discard(1);
        QVERIFY(changed.wait(5000));
        QCOMPARE(model->rowCount(), 1);
    }

    void notesCanBeDeletedByAuthorsAndLeads()
    {
        fx->newMessage(CacheFixture::message(u"mine"_s, conv, confab::tests::baseTime().addDays(1), u"note"_s,
                                             u"agent"_s, u"a_me"_s));
        fx->newMessage(CacheFixture::message(u"bens"_s, conv, confab::tests::baseTime().addDays(1).addSecs(1),
                                             u"note"_s, u"agent"_s, u"a_ben"_s));
        auto model = makeModel();
        QCOMPARE(ids(*model), (QStringList { conv + u"_m0"_s, u"mine"_s, u"bens"_s }));
        QVERIFY(!model->canDelete(0)); // a customer's message
        QVERIFY(model->canDelete(1));
        QVERIFY(!model->canDelete(2)); // an agent may only delete their own notes
        QVERIFY(model->index(1, 0).data(MessageFeedModel::CanDeleteRole).toBool());

        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->deleteNote(1);
        QTRY_COMPARE(model->rowCount(), 2); // hidden at once, before the server confirms
        QCOMPARE(ids(*model), (QStringList { conv + u"_m0"_s, u"bens"_s }));

        // A teammate's deletion arrives as an event.
        auto gone = CacheFixture::message(u"bens"_s, conv, confab::tests::baseTime().addDays(1).addSecs(1), u"note"_s,
                                          u"agent"_s, u"a_ben"_s);
        gone.deleted = true;
        fx->events({ fx->event(protocol::events::MessageDeleted, gone.toJson()) });
        QCOMPARE(ids(*model), QStringList { conv + u"_m0"_s });
        QCOMPARE(resets.count(), 0);

        // Leads may delete anyone's note.
        fx->newMessage(CacheFixture::message(u"bens2"_s, conv, confab::tests::baseTime().addDays(2), u"note"_s,
                                             u"agent"_s, u"a_ben"_s));
        agents->setMe(u"a_lea"_s);
        QVERIFY(model->canDelete(model->rowOf(u"bens2"_s)));
    }

    void dayBreaksAndGroups()
    {
        const QDateTime day1 = confab::tests::baseTime().addDays(-3);
        QList<protocol::Message> ms = {
            CacheFixture::message(u"a"_s, conv, day1),
            CacheFixture::message(u"b"_s, conv, day1.addSecs(60)),                   // grouped with a
            CacheFixture::message(u"c"_s, conv, day1.addSecs(120), u"reply"_s, u"agent"_s, u"a_ben"_s),
            CacheFixture::message(u"d"_s, conv, day1.addSecs(3600), u"reply"_s, u"agent"_s, u"a_ben"_s), // too late
            CacheFixture::message(u"e"_s, conv, day1.addDays(1)),                    // next day
        };
        fx->addMessages(ms);
        auto model = makeModel();
        auto flag = [&](const QString &id, int role) { return model->index(model->rowOf(id), 0).data(role).toBool(); };
        QVERIFY(flag(u"a"_s, MessageFeedModel::DayBreakRole));
        QVERIFY(!flag(u"b"_s, MessageFeedModel::DayBreakRole));
        QVERIFY(flag(u"b"_s, MessageFeedModel::GroupedRole));
        QVERIFY(!flag(u"c"_s, MessageFeedModel::GroupedRole));
        QVERIFY(!flag(u"d"_s, MessageFeedModel::GroupedRole));
        QVERIFY(flag(u"e"_s, MessageFeedModel::DayBreakRole));
        QVERIFY(!flag(u"e"_s, MessageFeedModel::GroupedRole));
        QCOMPARE(model->index(model->rowOf(u"c"_s), 0).data(MessageFeedModel::AuthorNameRole).toString(),
                 u"Ben Okafor"_s);
        QCOMPARE(model->index(model->rowOf(u"a"_s), 0).data(MessageFeedModel::AuthorNameRole).toString(),
                 u"Customer 3"_s);
    }

    void draftsAndReadMarkers()
    {
        auto model = makeModel();
        QVERIFY(!model->draft().has_value());
        QSignalSpy changed(&fx->cache, &cache::Cache::changed);
        model->saveDraft(u"half a thought"_s, u"note"_s);
        QVERIFY(changed.wait(5000));
        const auto d = model->draft();
        QVERIFY(d.has_value());
        QCOMPARE(d->text, u"half a thought"_s);
        QCOMPARE(d->mode, u"note"_s);

        QVERIFY(fx->cache.reader().conversationRow(conv, u"a_me"_s)->unread);
        model->markRead();
        QVERIFY(changed.wait(5000));
        QVERIFY(!fx->cache.reader().conversationRow(conv, u"a_me"_s)->unread);
    }

    void emailMessagesCarryTheSubject()
    {
        auto c = CacheFixture::conversation(u"mail"_s, u"k1"_s, confab::tests::baseTime(), u"open"_s, {}, {},
                                            u"email"_s);
        auto m = CacheFixture::message(u"mail_m0"_s, u"mail"_s, confab::tests::baseTime());
        m.channel = u"email"_s;
        fx->events({ fx->event(protocol::events::ConversationCreated, c.toJson()),
                     fx->event(protocol::events::MessageCreated, m.toJson()) });
        auto model = std::make_unique<MessageFeedModel>(fx->cache, agents.get());
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        model->setConversation(u"mail"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(MessageFeedModel::SubjectRole).toString(), u"Subject of mail"_s);
        QCOMPARE(model->index(0, 0).data(MessageFeedModel::ChannelRole).toString(), u"email"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageFeedModel)
#include "tst_models_feed.moc"
