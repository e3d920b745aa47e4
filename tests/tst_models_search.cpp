// SearchModel over a real cache: newest-first and ranked results, one row per conversation,
// subject and contact hits, filters (status, assignee, channel, dates), snippets with the
// match marked, and rows that follow the cache in place.
#include "tst_models_fixture.h"

#include "models/agentdirectory.h"
#include "models/articlemodel.h"
#include "models/searchmodel.h"

using namespace Qt::StringLiterals;
using confab::models::ArticleSearchModel;
using confab::models::SearchModel;
using confab::tests::baseTime;
using confab::tests::CacheFixture;
namespace cache = confab::cache;
namespace protocol = confab::protocol;

class TestSearchModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CacheFixture> fx;
    std::unique_ptr<confab::models::AgentDirectory> agents;

    std::unique_ptr<SearchModel> makeModel()
    {
        auto m = std::make_unique<SearchModel>(fx->cache.reader(), agents.get());
        new QAbstractItemModelTester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m.get());
        connect(&fx->cache, &cache::Cache::changed, m.get(), &SearchModel::applyChanges);
        return m;
    }

    static QStringList conversations(const SearchModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out.append(m.conversationIdAt(i));
        return out;
    }

    static QString conv(int i) { return CacheFixture::convId(i); }

    protocol::Message msg(int conversation, int n, const QString &body, int minutesAfterBase)
    {
        return CacheFixture::message(u"%1_s%2"_s.arg(conv(conversation)).arg(n), conv(conversation),
                                     baseTime().addSecs(60 * minutesAfterBase), u"reply"_s, u"contact"_s, {}, body);
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CacheFixture>();
        agents = std::make_unique<confab::models::AgentDirectory>(fx->cache.reader());
        agents->setMe(u"a_me"_s);
        connect(&fx->cache, &cache::Cache::changed, agents.get(), &confab::models::AgentDirectory::applyChanges);
        fx->seed(30, 10); // c0000..c0029, one a minute; every third assigned to me
        fx->addMessages({
            msg(3, 1, u"Where is my invoice for March?"_s, 100),
            msg(10, 1, u"The invoice total looks wrong"_s, 200),
            msg(10, 2, u"Also the second invoice, please"_s, 210),
            msg(12, 1, u"refund refund refund, I want a refund"_s, 50),
            msg(15, 1, u"I was told about a refund last week, among many other things that happened in "
                       "between, and nothing has changed since then"_s,
                300),
            msg(18, 1, u"Le Café est fermé <script>alert(1)</script>"_s, 400),
        });
    }

    void cleanup()
    {
        agents.reset();
        fx.reset();
    }

    void newestFirstOneRowPerConversation()
    {
        auto m = makeModel();
        QSignalSpy searched(m.get(), &SearchModel::searched);
        m->setQuery(u"invoice"_s);
        QCOMPARE(searched.count(), 1);
        QCOMPARE(conversations(*m), (QStringList { conv(10), conv(3) }));
        // c0010 has two hits; its row shows the newest.
        QCOMPARE(m->index(0, 0).data(SearchModel::HitCountRole).toInt(), 2);
        QCOMPARE(m->messageIdAt(0), conv(10) + u"_s2"_s);
        QCOMPARE(m->index(0, 0).data(SearchModel::AtRole).toDateTime(), baseTime().addSecs(60 * 210));
        QCOMPARE(m->index(0, 0).data(SearchModel::ContactNameRole).toString(), u"Customer 0"_s);
        QCOMPARE(m->index(0, 0).data(SearchModel::StatusRole).toString(), u"open"_s);
        QCOMPARE(m->index(1, 0).data(SearchModel::AssigneeNameRole).toString(), u"Mia Meyer"_s); // c0003 is mine
        // The snippet marks the match.
        const QString snippet = m->index(1, 0).data(SearchModel::SnippetRole).toString();
        QCOMPARE(SearchModel::plainSnippet(snippet), u"Where is my invoice for March?"_s);
        QCOMPARE(SearchModel::matchRanges(snippet), (QList<std::pair<int, int>> { { 12, 7 } }));
        QCOMPARE(m->index(1, 0).data(SearchModel::SnippetHtmlRole).toString(), u"Where is my <b>invoice</b> for March?"_s);
        QCOMPARE(m->index(1, 0).data(Qt::DisplayRole).toString(), u"Where is my invoice for March?"_s);
    }

    void prefixesCaseAndDiacritics()
    {
        auto m = makeModel();
        m->setQuery(u"INVOI"_s);
        QCOMPARE(conversations(*m), (QStringList { conv(10), conv(3) }));
        m->setQuery(u"cafe"_s);
        QCOMPARE(conversations(*m), QStringList { conv(18) });
        // Markup in a message is text: escaped in HTML.
        m->setQuery(u"script"_s);
        QCOMPARE(conversations(*m), QStringList { conv(18) });
        const QString html = m->index(0, 0).data(SearchModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(u"&lt;<b>script</b>&gt;"_s), qPrintable(html));
        QVERIFY(!html.contains(u"<script>"_s));
        m->setQuery(u"   "_s);
        QCOMPARE(m->rowCount(), 0);
        m->setQuery(u"nosuchwordanywhere"_s);
        QCOMPARE(m->rowCount(), 0);
    }

    void rankingByRelevance()
    {
        auto m = makeModel();
        m->setQuery(u"refund"_s);
        // Newest first: the long message (minute 300) before the dense one (minute 50).
        QCOMPARE(conversations(*m), (QStringList { conv(15), conv(12) }));
        m->setRanked(true);
        QCOMPARE(conversations(*m), (QStringList { conv(12), conv(15) }));
        QVERIFY(m->ranked());
    }

    void subjectAndContactHits()
    {
        auto m = makeModel();
        // Contacts: "Customer 7" has c0007, c0017, c0027; newest first.
        m->setQuery(u"customer 7"_s);
        QCOMPARE(conversations(*m), (QStringList { conv(27), conv(17), conv(7) }));
        QCOMPARE(m->index(0, 0).data(SearchModel::FieldRole).toInt(), int(cache::SearchHit::Contact));
        QVERIFY(m->messageIdAt(0).isEmpty());

        protocol::Conversation c = *fx->cache.reader().conversation(conv(5));
        c.channel = u"email"_s;
        c.subject = u"Quarterly dashboard export"_s;
        c.version += 1;
        fx->updateConversation(c);
        m->setQuery(u"quarterly"_s);
        QCOMPARE(conversations(*m), QStringList { conv(5) });
        QCOMPARE(m->index(0, 0).data(SearchModel::FieldRole).toInt(), int(cache::SearchHit::Subject));
        QCOMPARE(m->index(0, 0).data(SearchModel::SubjectRole).toString(), u"Quarterly dashboard export"_s);
        QCOMPARE(m->index(0, 0).data(SearchModel::SnippetHtmlRole).toString(), u"<b>Quarterly</b> dashboard export"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("fromMinute"); // -1 = unbounded
        QTest::addColumn<int>("toMinute");
        QTest::addColumn<QStringList>("expected");

        const QStringList both { conv(10), conv(3) };
        QTest::newRow("none") << QString() << QString() << QString() << -1 << -1 << both;
        QTest::newRow("status resolved") << u"resolved"_s << QString() << QString() << -1 << -1 << QStringList { conv(10) };
        QTest::newRow("status open") << u"open"_s << QString() << QString() << -1 << -1 << QStringList { conv(3) };
        QTest::newRow("assignee me") << QString() << u"a_me"_s << QString() << -1 << -1 << QStringList { conv(3) };
        QTest::newRow("assignee ben") << QString() << u"a_ben"_s << QString() << -1 << -1 << QStringList();
        QTest::newRow("channel email") << QString() << QString() << u"email"_s << -1 << -1 << QStringList { conv(10) };
        QTest::newRow("channel chat") << QString() << QString() << u"chat"_s << -1 << -1 << QStringList { conv(3) };
        QTest::newRow("from") << QString() << QString() << QString() << 150 << -1 << QStringList { conv(10) };
        QTest::newRow("to") << QString() << QString() << QString() << -1 << 150 << QStringList { conv(3) };
        QTest::newRow("window") << QString() << QString() << QString() << 205 << 220 << QStringList { conv(10) };
        QTest::newRow("combined") << u"resolved"_s << QString() << u"chat"_s << -1 << -1 << QStringList();
    }

    void filters()
    {
        QFETCH(QString, status);
        QFETCH(QString, assignee);
        QFETCH(QString, channel);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        QFETCH(QStringList, expected);

        protocol::Conversation c = *fx->cache.reader().conversation(conv(10));
        c.status = u"resolved"_s;
        c.channel = u"email"_s;
        c.subject = u"Billing"_s;
        c.version += 1;
        fx->updateConversation(c);

        auto m = makeModel();
        cache::SearchFilters f;
        f.status = status;
        f.assigneeId = assignee;
        f.channel = channel;
        if (fromMinute >= 0)
            f.from = baseTime().addSecs(60 * fromMinute);
        if (toMinute >= 0)
            f.to = baseTime().addSecs(60 * toMinute);
        m->setQuery(u"invoice"_s);
        m->setFilters(f);
        QCOMPARE(conversations(*m), expected);
        if (!expected.isEmpty() && expected.first() == conv(10) && fromMinute == 205)
            QCOMPARE(m->index(0, 0).data(SearchModel::HitCountRole).toInt(), 1); // only the hit in the window
    }

    void rowsFollowTheCache()
    {
        auto m = makeModel();
        m->setQuery(u"invoice"_s);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        protocol::Conversation c = *fx->cache.reader().conversation(conv(3));
        c.assigneeId = u"a_ben"_s;
        c.version += 1;
        fx->updateConversation(c);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(m->index(1, 0).data(SearchModel::AssigneeNameRole).toString(), u"Ben Okafor"_s);
        // Changes to conversations that are not in the results do nothing.
        changed.clear();
        protocol::Conversation other = *fx->cache.reader().conversation(conv(4));
        other.priority = u"high"_s;
        other.version += 1;
        fx->updateConversation(other);
        QCOMPARE(changed.count(), 0);
    }

    void snippetHelpers_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("matches");
        const QString o(QChar(cache::MatchOpen));
        const QString c(QChar(cache::MatchClose));
        QTest::newRow("none") << u"plain text"_s << u"plain text"_s << u"plain text"_s << 0;
        QTest::newRow("two") << QString(o + u"a"_s + c + u" & "_s + o + u"b"_s + c) << u"a & b"_s
                             << u"<b>a</b> &amp; <b>b</b>"_s << 2;
        QTest::newRow("unclosed") << QString(u"x "_s + o + u"y"_s) << u"x y"_s << u"x <b>y"_s << 0;
    }

    void snippetHelpers()
    {
        QFETCH(QString, marked);
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QFETCH(int, matches);
        QCOMPARE(SearchModel::plainSnippet(marked), plain);
        QCOMPARE(SearchModel::htmlSnippet(marked), html);
        QCOMPARE(SearchModel::matchRanges(marked).size(), matches);
    }

    // ------------------------------------------------------------ articles

    void articlesAsYouType()
    {
        protocol::Snapshot s;
        const QList<std::pair<QString, QString>> articles {
            { u"Reset your password"_s, u"Open Settings, then Security, and choose Reset password."_s },
            { u"Export a dashboard"_s, u"Dashboards can be exported as PDF or CSV. The password is not needed."_s },
            { u"API rate limits"_s, u"Every response carries rate limit headers."_s },
        };
        for (qsizetype i = 0; i < articles.size(); ++i) {
            protocol::Article a;
            a.id = u"ar%1"_s.arg(i);
            a.title = articles.at(i).first;
            a.body = articles.at(i).second;
            a.url = u"https://help.example.com/a/%1"_s.arg(i);
            a.updatedAt = baseTime();
            s.articles.append(a);
        }
        s.last = true;
        fx->run([&](cache::CacheWriter &w) { return w.applySnapshotChunk(s, fx->seq, u"log1"_s, false); });

        ArticleSearchModel m(fx->cache.reader());
        new QAbstractItemModelTester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest, &m);
        connect(&fx->cache, &cache::Cache::changed, &m, &ArticleSearchModel::applyChanges);
        m.setQuery({});
        QCOMPARE(m.rowCount(), 3); // everything, by title
        QCOMPARE(m.index(0, 0).data().toString(), u"API rate limits"_s);
        // Title matches rank above body matches.
        m.setQuery(u"pass"_s);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 0).data().toString(), u"Reset your password"_s);
        QCOMPARE(m.index(1, 0).data().toString(), u"Export a dashboard"_s);
        m.setQuery(u"rate lim"_s);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, 0).data(ArticleSearchModel::IdRole).toString(), u"ar2"_s);

        QCOMPARE(ArticleSearchModel::linkText(m.articleAt(0)), u"API rate limits: https://help.example.com/a/2"_s);
        QCOMPARE(ArticleSearchModel::fullText(m.articleAt(0)),
                 u"API rate limits\n\nEvery response carries rate limit headers.\n\nhttps://help.example.com/a/2"_s);

        // A new article synced in shows up in the open list.
        protocol::Article fresh;
        fresh.id = u"ar9"_s;
        fresh.title = u"Rate card"_s;
        fresh.body = u"Prices."_s;
        fresh.updatedAt = baseTime();
        fx->events({ fx->event(protocol::events::ArticleUpdated, fresh.toJson()) });
        m.setQuery(u"rate"_s);
        QCOMPARE(m.rowCount(), 2);
        m.setQuery({});
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(ArticleSearchModel::linkText(*m.article(u"ar9"_s)), u"Rate card"_s); // no link: just the title
    }

    void articleExcerpt()
    {
        QCOMPARE(ArticleSearchModel::excerpt(u"  short\n body "_s), u"short body"_s);
        const QString longBody = QString(u"word "_s).repeated(100);
        const QString e = ArticleSearchModel::excerpt(longBody, 40);
        QVERIFY(e.size() <= 41);
        QVERIFY(e.endsWith(u'…'));
        QVERIFY(!e.contains(u"wor…"_s)); // cut at a word boundary
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_models_search.moc"
