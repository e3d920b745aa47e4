// The sidebar widgets over a real cache, offscreen: the customer panel (header, tags, admin
// links in one click, attribute filter, events "show more", previous conversations), the
// search panel (keyboard, filters), and triage (assign picker, shortcuts on a selection,
// the conflict dialog).
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/assignpicker.h"
#include "models/contactattributesmodel.h"
#include "models/contactdetails.h"
#include "models/contactlists.h"
#include "models/searchmodel.h"
#include "models/triagecommands.h"
#include "models/triageconflicts.h"
#include "models/triagepolicy.h"
#include "ui/search/searchpanel.h"
#include "ui/sidebar/customersidebar.h"
#include "ui/sidebar/sidebarwidgets.h"
#include "ui/triage/triageactions.h"
#include "ui/triage/triagewidgets.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

using namespace Qt::StringLiterals;
using confab::tests::baseTime;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace models = confab::models;
namespace protocol = confab::protocol;
namespace ui = confab::ui;

class TestSidebarUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<models::AgentDirectory> agents;
    QTemporaryDir settingsDir;

    static QString conv(int i) { return CacheFixture::convId(i); }

    // Whether a click at the widget's centre reaches it (laid out, not covered).
    static bool underMouse(QWidget *w)
    {
        const QPoint c = w->mapTo(w->window(), w->rect().center());
        return w->window()->childAt(c) == w;
    }
    void updateContact(const protocol::Contact &c) { fx->events({ fx->event(protocol::events::ContactUpdated, c.toJson()) }); }

    protocol::Contact contact(int customAttributes)
    {
        protocol::Contact c = CacheFixture::contact(u"k1"_s, u"Grace Hopper"_s);
        c.email = u"grace@navy.example"_s;
        c.externalId = u"gh-1906"_s;
        c.lastSeenAt = baseTime().addDays(-2);
        c.attributes = QJsonObject { { u"company"_s, u"Harvard Mark I"_s }, { u"city"_s, u"Arlington"_s },
                                     { u"country"_s, u"United States"_s }, { u"plan"_s, u"pro"_s },
                                     { u"website"_s, u"https://navy.example/grace"_s } };
        for (int i = 0; i < customAttributes; ++i)
            c.attributes.insert(u"custom_%1"_s.arg(i, 2, 10, QLatin1Char('0')), i);
        return c;
    }

    void waitForOutbox(qsizetype n)
    {
        QTRY_COMPARE_WITH_TIMEOUT(fx->cache.reader().outbox().size(), n, 5000);
    }

    static protocol::Update lastUpdate(const QList<cache::OutboxEntry> &outbox)
    {
        const auto *u = std::get_if<protocol::Update>(&outbox.last().request);
        return u ? *u : protocol::Update();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(u"ConfabTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_sidebar"_s);
    }

    void init()
    {
        QSettings().clear();
        fx = std::make_unique<CacheFixture>();
        agents = std::make_unique<models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &models::AgentDirectory::applyChanges);
        fx->seed(40, 20);
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    // ------------------------------------------------------------ customer

    void customerHeaderTagsAndLinks()
    {
        protocol::Workspace ws;
        ws.id = u"w1"_s;
        ws.name = u"Test"_s;
        ws.adminLinks = { { u"Admin"_s, u"https://admin.example.com/users/{external_id}"_s },
                          { u"CRM"_s, u"https://crm.example.com/{crm_id}"_s } };
        fx->events({ fx->event(protocol::events::WorkspaceUpdated, ws.toJson()) });
        updateContact(contact(2));
        models::ContactDetails details(fx->cache);
        details.setClock([] { return baseTime(); });
        connect(&fx->cache, &cache::Cache::changed, &details, &models::ContactDetails::applyChanges);
        ui::CustomerSidebar sidebar(&details);
        QList<QUrl> opened;
        sidebar.setUrlOpener([&](const QUrl &url) { opened.append(url); });
        sidebar.resize(320, 900);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        QVERIFY(!sidebar.nameLabel()->isVisible());

        details.setConversationId(conv(21));
        QCOMPARE(sidebar.nameLabel()->text(), u"Grace Hopper"_s);
        QVERIFY(sidebar.nameLabel()->isVisible());
        QCOMPARE(sidebar.statusLabel()->text(), u"Last seen 2 days ago"_s); // Arlington: zone unknown
        QCOMPARE(sidebar.findChild<QLabel *>(u"customerCompany"_s)->text(), u"Harvard Mark I"_s);
        QCOMPARE(sidebar.standardGrid()->rows(), 2); // location, plan

        // Admin links: one click opens the filled-in link; a link missing a value is disabled.
        const QList<QPushButton *> links = sidebar.linkButtons();
        QCOMPARE(links.size(), 2);
        QVERIFY(links.at(0)->isEnabled());
        QTRY_VERIFY(links.at(0)->isVisible()); // a layout shows new children from the event loop
        QTRY_VERIFY(underMouse(links.at(0))); // and gets its geometry from the next layout pass
        QTest::mouseClick(links.at(0), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl> { QUrl(u"https://admin.example.com/users/gh-1906"_s) });
        QVERIFY(!links.at(1)->isEnabled());
        QCOMPARE(links.at(1)->toolTip(), u"This customer has no CRM ID, so the link cannot be filled in."_s);
        // From the keyboard too.
        links.at(0)->setFocus();
        QTest::keyClick(links.at(0), Qt::Key_Space);
        QCOMPARE(opened.size(), 2);

        // Tags: type and press Enter; a chip appears; clicking the chip removes the tag.
        QLineEdit *tagEdit = sidebar.tagEdit();
        QTest::keyClicks(tagEdit, u"vip"_s);
        QTest::keyClick(tagEdit, Qt::Key_Return);
        QVERIFY(tagEdit->text().isEmpty());
        waitForOutbox(1);
        QCOMPARE(fx->cache.reader().outbox().first().kind, cache::OutboxKind::UpdateContact);
        QTRY_COMPARE(sidebar.tagButtons().size(), 1);
        QTRY_VERIFY(underMouse(sidebar.tagButtons().first()));
        QTest::keyClicks(tagEdit, u"VIP"_s);
        QTest::keyClick(tagEdit, Qt::Key_Return);
        QVERIFY(sidebar.tagError()->isVisible());
        QCOMPARE(sidebar.tagError()->text(), u"The customer already has the tag \"VIP\"."_s);
        QCOMPARE(fx->cache.reader().outbox().size(), 1);
        QTest::mouseClick(sidebar.tagButtons().first(), Qt::LeftButton);
        waitForOutbox(2);
        QTRY_COMPARE(sidebar.tagButtons().size(), 0);

        // A URL attribute is a link in the grid.
        QLabel *website = nullptr;
        for (int i = 0; i < sidebar.customGrid()->rows(); ++i) {
            if (sidebar.customGrid()->nameLabel(i)->text() == u"Website"_s)
                website = sidebar.customGrid()->valueLabel(i);
        }
        QVERIFY(website);
        QVERIFY(website->text().contains(u"href=\"https://navy.example/grace\""_s));
        Q_EMIT website->linkActivated(u"https://navy.example/grace"_s);
        QCOMPARE(opened.last(), QUrl(u"https://navy.example/grace"_s));
    }

    void manyAttributesGetAFilter()
    {
        updateContact(contact(3));
        models::ContactDetails details(fx->cache);
        connect(&fx->cache, &cache::Cache::changed, &details, &models::ContactDetails::applyChanges);
        ui::CustomerSidebar sidebar(&details);
        sidebar.resize(320, 900);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        details.setContactId(u"k1"_s);
        QCOMPARE(sidebar.customGrid()->rows(), 4); // 3 custom + website
        QVERIFY(!sidebar.customFilter()->isVisible());

        updateContact(contact(12));
        QCOMPARE(sidebar.customGrid()->rows(), 13);
        QVERIFY(sidebar.customFilter()->isVisible());
        QTest::keyClicks(sidebar.customFilter(), u"custom 1"_s); // labels read "Custom 10", "Custom 11"
        QCOMPARE(sidebar.customGrid()->rows(), 2);
        QCOMPARE(sidebar.customGrid()->nameLabel(0)->text(), u"Custom 10"_s);
        // Folding the section is remembered.
        sidebar.customSection()->header()->click();
        QVERIFY(!sidebar.customSection()->isExpanded());
        QCOMPARE(QSettings().value(u"sidebar/expanded/attributes"_s).toBool(), false);
        ui::CustomerSidebar again(&details);
        QVERIFY(!again.customSection()->isExpanded());
    }

    void eventsShowMoreAndPreviousConversations()
    {
        QList<protocol::Event> batch;
        for (int i = 0; i < 15; ++i) {
            protocol::ContactEvent e;
            e.id = u"ev%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            e.contactId = u"k1"_s;
            e.name = u"page_viewed"_s;
            e.properties = QJsonObject { { u"path"_s, u"/p%1"_s.arg(i) } };
            e.occurredAt = baseTime().addSecs(-60 * (15 - i));
            batch.append(fx->event(protocol::events::ContactEventName, e.toJson()));
        }
        fx->events(batch);
        models::ContactDetails details(fx->cache);
        details.events()->setPageSize(10);
        connect(&fx->cache, &cache::Cache::changed, &details, &models::ContactDetails::applyChanges);
        ui::CustomerSidebar sidebar(&details);
        sidebar.resize(320, 900);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        details.setConversationId(conv(1));
        QCOMPARE(sidebar.eventsView()->model()->rowCount(), 10);
        QVERIFY(sidebar.showMoreButton()->isVisible());
        QTest::mouseClick(sidebar.showMoreButton(), Qt::LeftButton);
        QCOMPARE(sidebar.eventsView()->model()->rowCount(), 15);
        QVERIFY(!sidebar.showMoreButton()->isVisible());
        QCOMPARE(sidebar.eventsView()->height(),
                 15 * ui::sidebar::TwoLineDelegate::rowHeight(sidebar.eventsView()->font())
                     + 2 * sidebar.eventsView()->frameWidth());

        // Previous conversations: c0021 (c0001 is open); Enter opens it.
        QListView *previous = sidebar.conversationsView();
        QCOMPARE(previous->model()->rowCount(), 1);
        QSignalSpy requested(&sidebar, &ui::CustomerSidebar::conversationRequested);
        previous->setFocus();
        previous->setCurrentIndex(previous->model()->index(0, 0));
        QTest::keyClick(previous, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), conv(21));
    }

    // ------------------------------------------------------------ search

    void searchPanelKeyboardAndFilters()
    {
        fx->addMessages({ CacheFixture::message(u"m_a"_s, conv(4), baseTime().addSecs(6000), u"reply"_s, u"contact"_s, {},
                                                u"My invoice is missing"_s),
                          CacheFixture::message(u"m_b"_s, conv(9), baseTime().addSecs(7000), u"reply"_s, u"contact"_s, {},
                                                u"Second invoice please"_s) });
        models::SearchModel model(fx->cache.reader(), agents.get());
        ui::SearchPanel panel(&model, agents.get());
        panel.resize(600, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.focusSearch();
        QSignalSpy requested(&panel, &ui::SearchPanel::conversationRequested);
        QSignalSpy closing(&panel, &ui::SearchPanel::closeRequested);
        QTest::keyClicks(panel.searchField(), u"invoice"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(panel.summary()->text(), u"2 conversations"_s);
        QCOMPARE(panel.results()->currentIndex().row(), 0); // the newest: c0009
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), conv(4));
        QCOMPARE(requested.first().at(1).toString(), u"m_a"_s);

        // Assignee "Me": c0009 is mine (every third), c0004 is not.
        panel.assigneeFilter()->setCurrentIndex(panel.assigneeFilter()->findData(u"a_me"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.conversationIdAt(0), conv(9));
        panel.assigneeFilter()->setCurrentIndex(0);
        panel.statusFilter()->setCurrentIndex(panel.statusFilter()->findData(u"resolved"_s));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.summary()->text(), u"No conversation matches."_s);
        panel.statusFilter()->setCurrentIndex(0);
        QCOMPARE(model.rowCount(), 2);
        // Teammates appear in the assignee filter by name.
        QVERIFY(panel.assigneeFilter()->findText(u"Ben Okafor"_s) >= 0);

        QTest::keyClick(panel.searchField(), Qt::Key_Escape);
        QCOMPARE(closing.count(), 1);
    }

    // ------------------------------------------------------------ triage

    void assignPickerByKeyboard()
    {
        models::TriageCommands commands(fx->cache, *agents);
        models::AgentPresence presence;
        models::AssignPickerModel pickerModel(fx->cache.reader(), *agents, &presence);
        QWidget window;
        window.resize(400, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::AssignPicker picker(&pickerModel, &commands, &window);
        QSignalSpy done(&picker, &ui::AssignPicker::done);
        picker.popup({ conv(1), conv(2) }, window.mapToGlobal(QPoint(10, 10)));
        QVERIFY(picker.isVisible());
        QVERIFY(picker.note()->isVisible()); // an agent: teammates are hidden, and why
        QTest::keyClicks(picker.filterField(), u"me"_s);
        QCOMPARE(picker.list()->currentIndex().data(models::AssignPickerModel::KindRole).toInt(),
                 int(models::AssignPickerModel::Me));
        QTest::keyClick(picker.filterField(), Qt::Key_Return);
        QVERIFY(!picker.isVisible());
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toString(), u"Assigned 2 conversations to you"_s);
        waitForOutbox(2);
        for (const cache::OutboxEntry &e : fx->cache.reader().outbox())
            QCOMPARE(std::get<protocol::Update>(e.request).set, (QJsonObject { { u"assignee_id"_s, u"a_me"_s } }));
    }

    void shortcutsActOnTheSelection()
    {
        models::TriageCommands commands(fx->cache, *agents);
        models::AssignPickerModel pickerModel(fx->cache.reader(), *agents, nullptr);
        models::TriageConflicts conflicts(fx->cache, *agents);
        connect(&fx->cache, &cache::Cache::changed, &conflicts, &models::TriageConflicts::applyChanges);
        QWidget window;
        window.resize(400, 400);
        auto *focus = new QWidget(&window);
        focus->setFocusPolicy(Qt::StrongFocus);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus());
        ui::TriageActions actions(&commands, &pickerModel, &conflicts, &window);
        actions.setShowConflictDialogs(false);
        QStringList selected;
        actions.setSelectionProvider([&] { return selected; });
        QSignalSpy status(&actions, &ui::TriageActions::statusMessage);

        QTest::keyClick(focus, Qt::Key_E);
        QCOMPARE(status.last().at(0).toString(), u"Select a conversation first."_s);
        QCOMPARE(fx->cache.reader().outbox().size(), 0);

        selected = { conv(3), conv(6), conv(7) };
        QTest::keyClick(focus, Qt::Key_E); // resolve
        waitForOutbox(3);
        QCOMPARE(status.last().at(0).toString(), u"Resolved 3 conversations"_s);
        QTest::keyClick(focus, Qt::Key_I); // assign to me: c0007 is unassigned; c0003/c0006 already mine
        waitForOutbox(4);
        QCOMPARE(lastUpdate(fx->cache.reader().outbox()).conversationId, conv(7));
        // The priority menu's actions apply to the selection.
        actions.action(u"actionPriority"_s)->trigger();
        auto *urgent = window.findChild<QAction *>(u"priority_urgent"_s);
        QVERIFY(urgent);
        urgent->trigger();
        waitForOutbox(7);
        QCOMPARE(lastUpdate(fx->cache.reader().outbox()).set, (QJsonObject { { u"priority"_s, u"urgent"_s } }));
        // Snooze presets too.
        actions.openSnoozeMenu();
        QAction *tomorrow = actions.snoozeMenu()->findChild<QAction *>(u"snooze%1"_s.arg(int(models::SnoozePreset::Tomorrow)));
        QVERIFY(tomorrow);
        actions.snoozeMenu()->hide();
        tomorrow->trigger();
        waitForOutbox(10);
        QCOMPARE(lastUpdate(fx->cache.reader().outbox()).set.value(u"status"_s).toString(), u"snoozed"_s);
    }

    void conflictDialogChoices()
    {
        models::TriageCommands commands(fx->cache, *agents);
        models::TriageConflicts conflicts(fx->cache, *agents);
        connect(&fx->cache, &cache::Cache::changed, &conflicts, &models::TriageConflicts::applyChanges);
        const QString clientId = commands.assignToMe({ conv(1) }).clientIds.value(0);
        waitForOutbox(1);
        protocol::Conversation theirs = *fx->cache.reader().conversation(conv(1));
        theirs.assigneeId = u"a_ben"_s;
        theirs.version = 2;
        fx->run([&](cache::CacheWriter &w) { return w.markConflict(clientId, theirs); });
        QTRY_COMPARE(conflicts.problems().size(), 1);

        ui::ConflictDialog dialog(conflicts.problems().first(), &conflicts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.keepTheirsButton() && dialog.applyMineButton());
        QCOMPARE(dialog.findChild<QLabel *>(u"conflictExplanation"_s)->text(),
                 u"Someone else changed this conversation while your change was on its way. It is now assigned to "
                 "Ben Okafor; you assigned it to yourself."_s);
        QTest::mouseClick(dialog.applyMineButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QTRY_COMPARE(fx->cache.reader().outbox().first().state, cache::OutboxState::Pending);
        QCOMPARE(std::get<protocol::Update>(fx->cache.reader().outbox().first().request).baseVersion, 2);
    }
};

QTEST_MAIN(TestSidebarUi)
#include "tst_ui_sidebar.moc"
