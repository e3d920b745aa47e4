// ContactDetails and its models over a real cache: header, attributes (in place), tags as
// update_contact outbox entries with their optimistic effect, events with "show more",
// previous conversations, admin links (missing values, URL-encoding, local templates).
#include "tst_models_fixture.h"

#include "models/contactadminlinks.h"
#include "models/contactattributesmodel.h"
#include "models/contactdetails.h"
#include "models/contactlists.h"

#include <QJsonArray>
#include <QSettings>

using namespace Qt::StringLiterals;
using confab::models::AdminLinks;
using confab::models::ContactAdminLinksModel;
using confab::models::ContactAttributesModel;
using confab::models::ContactConversationsModel;
using confab::models::ContactDetails;
using confab::models::ContactEventsModel;
using confab::tests::baseTime;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestContactModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<ContactDetails> details;

    static protocol::Contact richContact()
    {
        protocol::Contact c = CacheFixture::contact(u"k1"_s, u"Ada Lovelace"_s);
        c.email = u"ada+test@analytical.example"_s;
        c.externalId = u"usr 42/α"_s;
        c.tags = { u"vip"_s };
        c.lastSeenAt = baseTime().addSecs(-120);
        c.attributes = QJsonObject { { u"company"_s, u"Analytical Engines"_s },
                                     { u"city"_s, u"London"_s },
                                     { u"country"_s, u"United Kingdom"_s },
                                     { u"browser"_s, u"Firefox"_s },
                                     { u"browser_version"_s, u"126.0"_s },
                                     { u"os"_s, u"Ubuntu 24.04"_s },
                                     { u"signed_up_at"_s, u"2025-12-01T08:00:00.000Z"_s },
                                     { u"session_count"_s, 57 },
                                     { u"plan"_s, u"pro"_s },
                                     { u"mrr"_s, 249 },
                                     { u"projects"_s, 4 },
                                     { u"onboarded"_s, true },
                                     { u"promo_code"_s, u"SPRING & SUMMER"_s } };
        return c;
    }

    void updateContact(const protocol::Contact &c)
    {
        fx->events({ fx->event(protocol::events::ContactUpdated, c.toJson()) });
    }

    static QStringList column(const QAbstractItemModel &m, int role)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out.append(m.index(i, 0).data(role).toString());
        return out;
    }

    static protocol::ContactEvent contactEvent(int i, const QString &contact = u"k1"_s)
    {
        protocol::ContactEvent e;
        e.id = u"ev%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        e.contactId = contact;
        e.name = i % 2 ? u"page_viewed"_s : u"upgraded"_s;
        e.properties = i % 2 ? QJsonObject { { u"path"_s, u"/pricing"_s } }
                             : QJsonObject { { u"from"_s, u"starter"_s }, { u"mrr"_s, 99 } };
        e.occurredAt = baseTime().addSecs(-3600 * (100 - i)); // ev099 is the newest
        return e;
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        fx->seed(40, 20); // contact k1 has c0001 and c0021
        updateContact(richContact());
        details = std::make_unique<ContactDetails>(fx->cache);
        details->setClock([] { return baseTime(); });
        confab::models::AttributeFormatOptions o;
        o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        o.zone = QTimeZone::utc();
        details->setOptions(o);
        connect(&fx->cache, &cache::Cache::changed, details.get(), &ContactDetails::applyChanges);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                 details->standardAttributes(), details->customAttributes(), details->events(),
                 details->conversations(), details->adminLinks() })
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
    }

    void cleanup()
    {
        details.reset();
        fx.reset();
    }

    void headerFromTheConversationsContact()
    {
        QSignalSpy changed(details.get(), &ContactDetails::contactChanged);
        QVERIFY(!details->hasContact());
        details->setConversationId(CacheFixture::convId(21));
        QCOMPARE(changed.count(), 1);
        QVERIFY(details->hasContact());
        QCOMPARE(details->contactId(), u"k1"_s);
        QCOMPARE(details->name(), u"Ada Lovelace"_s);
        QCOMPARE(details->email(), u"ada+test@analytical.example"_s);
        QCOMPARE(details->initials(), u"AL"_s);
        QCOMPARE(details->company(), u"Analytical Engines"_s);
        QCOMPARE(details->presenceText(), u"Online now"_s);
        QVERIFY(details->isOnline());
        QCOMPARE(details->localTimeText(), u"09:00 local time (UTC)"_s); // London in March
        QCOMPARE(details->tags(), QStringList { u"vip"_s });

        // The clock moves on: "last seen" follows without reading the cache.
        details->setClock([] { return baseTime().addSecs(3 * 3600); });
        QCOMPARE(details->presenceText(), u"Last seen 3 hours ago"_s);
        QVERIFY(!details->isOnline());

        // Another conversation of the same contact keeps the contact (no contactChanged).
        details->setConversationId(CacheFixture::convId(1));
        QCOMPARE(changed.count(), 1);
        details->setConversationId({});
        QCOMPARE(changed.count(), 2);
        QVERIFY(!details->hasContact());
        QCOMPARE(details->standardAttributes()->rowCount(), 0);
    }

    void attributesFormattedAndUpdatedInPlace()
    {
        details->setContactId(u"k1"_s);
        ContactAttributesModel *standard = details->standardAttributes();
        ContactAttributesModel *custom = details->customAttributes();
        QCOMPARE(column(*standard, ContactAttributesModel::LabelRole),
                 (QStringList { u"Location"_s, u"Browser"_s, u"OS"_s, u"Signed up"_s, u"Sessions"_s, u"Plan"_s }));
        QCOMPARE(column(*standard, Qt::DisplayRole),
                 (QStringList { u"London, United Kingdom"_s, u"Firefox 126"_s, u"Ubuntu 24.04"_s,
                                u"1 Dec 2025 (3 months ago)"_s, u"57"_s, u"Pro"_s }));
        QCOMPARE(column(*custom, ContactAttributesModel::LabelRole),
                 (QStringList { u"MRR"_s, u"Onboarded"_s, u"Projects"_s, u"Promo code"_s }));
        QCOMPARE(column(*custom, Qt::DisplayRole), (QStringList { u"$249"_s, u"Yes"_s, u"4"_s, u"SPRING & SUMMER"_s }));

        // A value changes on the server: the row updates in place, nothing is reset.
        QSignalSpy reset(custom, &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(custom, &QAbstractItemModel::dataChanged);
        QSignalSpy detailsChanged(details.get(), &ContactDetails::detailsChanged);
        protocol::Contact c = richContact();
        c.attributes.insert(u"mrr"_s, 499);
        updateContact(c);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(custom->index(0, 0).data().toString(), u"$499"_s);
        QCOMPARE(detailsChanged.count(), 1);

        // A new key appears: a reset (the order is by label).
        c.attributes.insert(u"language"_s, u"en"_s);
        updateContact(c);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(*custom, ContactAttributesModel::KeyRole),
                 (QStringList { u"language"_s, u"mrr"_s, u"onboarded"_s, u"projects"_s, u"promo_code"_s }));

        // Another contact's change does nothing here.
        protocol::Contact other = CacheFixture::contact(u"k2"_s, u"Other"_s);
        other.attributes.insert(u"mrr"_s, 1);
        detailsChanged.clear();
        updateContact(other);
        QCOMPARE(detailsChanged.count(), 0);
    }

    void customAttributeFilter()
    {
        details->setContactId(u"k1"_s);
        ContactAttributesModel *custom = details->customAttributes();
        custom->setFilter(u"pro"_s); // label "Projects", "Promo code"
        QCOMPARE(column(*custom, ContactAttributesModel::KeyRole), (QStringList { u"projects"_s, u"promo_code"_s }));
        custom->setFilter(u"249"_s); // the shown value
        QCOMPARE(column(*custom, ContactAttributesModel::KeyRole), QStringList { u"mrr"_s });
        custom->setFilter(u"nothing like it"_s);
        QCOMPARE(custom->rowCount(), 0);
        QCOMPARE(custom->totalCount(), 4);
        custom->setFilter({});
        QCOMPARE(custom->rowCount(), 4);
    }

    void tagsAreCacheCommands()
    {
        details->setContactId(u"k1"_s);
        QCOMPARE(details->checkNewTag(u"VIP"_s), u"The customer already has the tag \"VIP\"."_s);
        QVERIFY(!details->checkNewTag(u"   "_s).isEmpty());
        QVERIFY(!details->checkNewTag(QString(65, u'x')).isEmpty());
        QVERIFY(details->addTag(u"vip"_s).isEmpty()); // nothing queued
        QVERIFY(details->removeTag(u"not-there"_s).isEmpty());

        QSignalSpy changed(&fx->cache, &cache::Cache::changed);
        const QString added = details->addTag(u" churn-risk "_s);
        QVERIFY(!added.isEmpty());
        QCOMPARE(details->tags(), (QStringList { u"vip"_s, u"churn-risk"_s })); // at once
        QVERIFY(changed.wait(5000));
        // One update_contact entry with the whole new tag list.
        QList<cache::OutboxEntry> outbox = fx->cache.reader().outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().kind, cache::OutboxKind::UpdateContact);
        QCOMPARE(outbox.first().clientId, added);
        QCOMPARE(outbox.first().contactId, u"k1"_s);
        const auto *update = std::get_if<protocol::UpdateContact>(&outbox.first().request);
        QVERIFY(update);
        QCOMPARE(update->set, (QJsonObject { { u"tags"_s, QJsonArray { u"vip"_s, u"churn-risk"_s } } }));
        // The optimistic effect is in the cache, so every view shows it.
        QCOMPARE(fx->cache.reader().contact(u"k1"_s)->tags, (QStringList { u"vip"_s, u"churn-risk"_s }));
        QTRY_COMPARE(details->tags(), (QStringList { u"vip"_s, u"churn-risk"_s }));

        const QString removed = details->removeTag(u"vip"_s);
        QVERIFY(!removed.isEmpty());
        QCOMPARE(details->tags(), QStringList { u"churn-risk"_s });
        QTRY_COMPARE(fx->cache.reader().outbox().size(), 2);
        QTRY_COMPARE(fx->cache.reader().contact(u"k1"_s)->tags, QStringList { u"churn-risk"_s });
        // The server's contact.updated (the echo of both) arrives while they are still queued:
        // the queued edits stay on top.
        protocol::Contact echoed = richContact();
        echoed.tags = { u"vip"_s };
        updateContact(echoed);
        QCOMPARE(details->tags(), QStringList { u"churn-risk"_s });
    }

    void eventsPageAndLiveInsert()
    {
        QList<protocol::Event> batch;
        for (int i = 75; i < 100; ++i)
            batch.append(fx->event(protocol::events::ContactEventName, contactEvent(i).toJson()));
        fx->events(batch);

        ContactEventsModel *events = details->events();
        events->setPageSize(10);
        details->setContactId(u"k1"_s);
        QCOMPARE(events->rowCount(), 10);
        QCOMPARE(events->index(0, 0).data(ContactEventsModel::IdRole).toString(), u"ev099"_s);
        QCOMPARE(events->index(0, 0).data(Qt::DisplayRole).toString(), u"Page viewed"_s);
        QCOMPARE(events->index(0, 0).data(ContactEventsModel::WhenRole).toString(), u"1 hour ago"_s);
        QCOMPARE(events->index(1, 0).data(ContactEventsModel::PropertiesRole).toString(), u"From: starter · MRR: $99"_s);
        QVERIFY(events->canShowMore());

        QSignalSpy inserted(events, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(events, &QAbstractItemModel::modelReset);
        events->showMore();
        QCOMPARE(events->rowCount(), 20);
        QCOMPARE(inserted.count(), 1); // appended below, not reset
        QVERIFY(events->canShowMore());
        events->showMore();
        QCOMPARE(events->rowCount(), 25);
        QVERIFY(!events->canShowMore());
        QCOMPARE(events->index(24, 0).data(ContactEventsModel::IdRole).toString(), u"ev075"_s);

        // A new event arrives: inserted on top, in place.
        inserted.clear();
        protocol::ContactEvent fresh = contactEvent(100);
        fresh.occurredAt = baseTime();
        fx->events({ fx->event(protocol::events::ContactEventName, fresh.toJson()) });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(events->index(0, 0).data(ContactEventsModel::IdRole).toString(), u"ev100"_s);
        QCOMPARE(events->index(0, 0).data(ContactEventsModel::WhenRole).toString(), u"just now"_s);

        // Another contact's events do not show.
        fx->events({ fx->event(protocol::events::ContactEventName, contactEvent(101, u"k2"_s).toJson()) });
        QCOMPARE(events->index(0, 0).data(ContactEventsModel::IdRole).toString(), u"ev100"_s);
    }

    void previousConversations()
    {
        details->setConversationId(CacheFixture::convId(21));
        ContactConversationsModel *list = details->conversations();
        QCOMPARE(list->rowCount(), 1); // c0001; the shown c0021 is left out
        QCOMPARE(list->idAt(0), CacheFixture::convId(1));
        QCOMPARE(list->index(0, 0).data(ContactConversationsModel::StatusTextRole).toString(), u"Open"_s);
        // A chat has no subject: its latest message stands in.
        QCOMPARE(list->index(0, 0).data(Qt::DisplayRole).toString(), u"Body of c0001_m0"_s);
        QVERIFY(!list->index(0, 0).data(ContactConversationsModel::DateTextRole).toString().isEmpty());

        // It gets resolved elsewhere: the row follows in place.
        QSignalSpy reset(list, &QAbstractItemModel::modelReset);
        std::optional<protocol::Conversation> c = fx->cache.reader().conversation(CacheFixture::convId(1));
        c->status = u"resolved"_s;
        c->version += 1;
        fx->updateConversation(*c);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(list->index(0, 0).data(ContactConversationsModel::StatusRole).toString(), u"resolved"_s);

        // A new conversation of this contact appears at the top.
        protocol::Conversation fresh = CacheFixture::conversation(u"c_new"_s, u"k1"_s, baseTime().addDays(1), u"open"_s,
                                                                  {}, {}, u"email"_s);
        fx->events({ fx->event(protocol::events::ConversationCreated, fresh.toJson()) });
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->idAt(0), u"c_new"_s);
        QCOMPARE(list->index(0, 0).data(Qt::DisplayRole).toString(), u"Subject of c_new"_s);

        // Seen from the contact itself (no conversation shown), every conversation is listed.
        details->setContactId(u"k1"_s);
        QCOMPARE(list->rowCount(), 3);
    }

    void adminLinksExpanded()
    {
        protocol::Workspace ws;
        ws.id = u"w1"_s;
        ws.name = u"Test"_s;
        ws.adminLinks = { { u"Admin"_s, u"https://admin.example.com/users/{external_id}"_s },
                          { u"Billing"_s, u"https://billing.example.com/c?email={email}&promo={promo_code}"_s },
                          { u"CRM"_s, u"https://crm.example.com/{crm_id}?n={name}"_s },
                          { u"Sneaky"_s, u"javascript:alert({email})"_s } };
        fx->events({ fx->event(protocol::events::WorkspaceUpdated, ws.toJson()) });
        details->setContactId(u"k1"_s);
        ContactAdminLinksModel *links = details->adminLinks();
        QCOMPARE(links->rowCount(), 4);

        // Characters that need URL-encoding are encoded, one value at a time.
        QCOMPARE(links->index(0, 0).data(ContactAdminLinksModel::UrlTextRole).toString(),
                 u"https://admin.example.com/users/usr%2042%2F%CE%B1"_s);
        QCOMPARE(links->index(1, 0).data(ContactAdminLinksModel::UrlTextRole).toString(),
                 u"https://billing.example.com/c?email=ada%2Btest%40analytical.example&promo=SPRING%20%26%20SUMMER"_s);
        QCOMPARE(links->index(1, 0).data(ContactAdminLinksModel::UrlRole).toUrl().query(QUrl::FullyDecoded),
                 u"email=ada+test@analytical.example&promo=SPRING & SUMMER"_s);
        QVERIFY(links->flags(links->index(0, 0)) & Qt::ItemIsEnabled);

        // A missing attribute: listed, disabled, with the reason.
        QCOMPARE(links->index(2, 0).data(ContactAdminLinksModel::MissingRole).toStringList(), QStringList { u"crm_id"_s });
        QVERIFY(!(links->flags(links->index(2, 0)) & Qt::ItemIsEnabled));
        QVERIFY(!links->index(2, 0).data(ContactAdminLinksModel::UrlRole).toUrl().isValid());
        QCOMPARE(links->index(2, 0).data(Qt::ToolTipRole).toString(),
                 u"This customer has no CRM ID, so the link cannot be filled in."_s);
        // Only http(s) and mailto open.
        QVERIFY(!(links->flags(links->index(3, 0)) & Qt::ItemIsEnabled));
        QCOMPARE(links->index(3, 0).data(ContactAdminLinksModel::ProblemRole).toString(),
                 u"Only http, https and mailto links can be opened."_s);

        // The attribute arrives: the link becomes usable in place.
        QSignalSpy reset(links, &QAbstractItemModel::modelReset);
        protocol::Contact c = richContact();
        c.attributes.insert(u"crm_id"_s, 1234);
        updateContact(c);
        QCOMPARE(reset.count(), 0);
        QVERIFY(links->flags(links->index(2, 0)) & Qt::ItemIsEnabled);
        QCOMPARE(links->index(2, 0).data(ContactAdminLinksModel::UrlTextRole).toString(),
                 u"https://crm.example.com/1234?n=Ada%20Lovelace"_s);

        // Local templates come after the workspace's.
        details->setLocalAdminLinks({ { u"Mine"_s, u"https://tools.example.com/?q={email}"_s } });
        QCOMPARE(links->rowCount(), 5);
        QVERIFY(links->index(4, 0).data(ContactAdminLinksModel::LocalRole).toBool());
        QCOMPARE(links->index(4, 0).data(ContactAdminLinksModel::UrlTextRole).toString(),
                 u"https://tools.example.com/?q=ada%2Btest%40analytical.example"_s);
    }

    void localTemplatesInSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"confab.ini"_s), QSettings::IniFormat);
        const QList<protocol::AdminLink> links { { u"Stripe"_s, u"https://dashboard.stripe.example/search?q={email}"_s },
                                                 { u"Users"_s, u"https://admin.example.com/users/{external_id}"_s } };
        AdminLinks::saveLocal(settings, links);
        settings.sync();
        QSettings again(dir.filePath(u"confab.ini"_s), QSettings::IniFormat);
        QCOMPARE(AdminLinks::loadLocal(again), links);
        AdminLinks::saveLocal(again, { links.at(1) });
        QCOMPARE(AdminLinks::loadLocal(again), QList<protocol::AdminLink> { links.at(1) });
    }

    void templateChecks_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fine") << u"Admin"_s << u"https://admin.example.com/users/{external_id}"_s << true;
        QTest::newRow("query placeholder") << u"Billing"_s << u"https://b.example.com/?email={email}"_s << true;
        QTest::newRow("mailto") << u"Mail"_s << u"mailto:{email}"_s << true;
        QTest::newRow("no title") << u" "_s << u"https://a.example.com/"_s << false;
        QTest::newRow("no address") << u"A"_s << u""_s << false;
        QTest::newRow("javascript") << u"A"_s << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"A"_s << u"file:///etc/passwd"_s << false;
        QTest::newRow("no scheme") << u"A"_s << u"admin.example.com/{id}"_s << false;
        QTest::newRow("unclosed") << u"A"_s << u"https://a.example.com/{id"_s << false;
        QTest::newRow("too long") << u"A"_s << QString(u"https://a.example.com/"_s + QString(3000, u'x')) << false;
    }

    void templateChecks()
    {
        QFETCH(QString, title);
        QFETCH(QString, urlTemplate);
        QFETCH(bool, ok);
        QCOMPARE(AdminLinks::checkTemplate(title, urlTemplate).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestContactModels)
#include "tst_models_contact.moc"
