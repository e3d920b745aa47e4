#include "seed.h"

#include "auth.h"
#include "identity.h"
#include "seeddata.h"

#include "protocol/timeutil.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSeed, "confab.server.seed")

// The demo workspace. Everything is drawn from one splitmix64 stream seeded with the seed
// number, in a fixed order, so the same seed and `now` always give the same SeedData. Times
// are laid out backwards from `now`: customers signed up months ago, conversations spread over
// the last four months (denser towards today), and every thread ends before `now`.
namespace confab::server {

using namespace Qt::StringLiterals;
using namespace seeddata;
using protocol::formatTime;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

constexpr int ContactCount = 240;
constexpr int MinConversations = 560;
constexpr int MinMessages = 5300;
constexpr int MaxConversations = 3000;

QString padded(qint64 n, int width)
{
    return QString::number(n).rightJustified(width, u'0');
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

struct AgentRef
{
    QString id;
    QString name;
    QString first;
    QString role;
    QStringList teamKeys;
    Lang speaks = Lang::En;
};

struct CompanyProfile
{
    Company company;
    Lang lang = Lang::En;
    QString plan;
    int seats = 1;
    double mrr = 0;
    qint64 sinceMs = 0;
    QString promo;
    QStringList keywords;
    int projects = 1;
};

struct ContactInfo
{
    Lang lang = Lang::En;
    QString first;
    QString full;
    int company = 0;
    qint64 signupMs = 0;
    QString browserLabel; // "Chrome 124"
    bool vip = false;
};

struct Stub
{
    QString kind;       // reply | note | system
    QString authorType; // contact | agent | system
    QString authorId;
    QString body;
    QStringList mentions;
    qint64 gapMs = 0;
};

struct Thread
{
    int contact = 0;
    protocol::Conversation conversation; // without id and times
    QList<Stub> stubs;
    qint64 startMs = 0;
};

const QList<QString> &planOrder()
{
    static const QList<QString> list { u"free"_s, u"starter"_s, u"pro"_s, u"enterprise"_s };
    return list;
}

// A pool drawn without replacement until it runs out, then refilled: threads rarely repeat
// a line, long ones do so only after using every line once.
template<typename T>
class Deck
{
public:
    Deck(Random &rng, QList<T> items) : m_rng(rng), m_all(std::move(items)) { }
    T draw()
    {
        if (m_all.isEmpty())
            return {};
        if (m_left.isEmpty()) {
            m_left = m_all;
            m_rng.shuffle(m_left);
        }
        return m_left.takeLast();
    }

private:
    Random &m_rng;
    QList<T> m_all;
    QList<T> m_left;
};

class Generator
{
public:
    Generator(quint32 seedNumber, const QDateTime &now)
        : m_rng((quint64(seedNumber) << 32) ^ 0x4e6f72746877696eULL ^ seedNumber)
        , m_nowMs(now.toUTC().toMSecsSinceEpoch())
    {
    }

    SeedData run()
    {
        makeWorkspace();
        makeTeamsAndAgents();
        makeCompanies();
        makeContacts();
        makeContactEvents();
        makeConversations();
        makeArticlesAndReplies();
        return std::move(m_out);
    }

private:
    // ------------------------------------------------------------------ workspace, agents
    void makeWorkspace()
    {
        m_out.workspace.id = u"ws_1"_s;
        m_out.workspace.name = u"Northwind Analytics"_s;
        m_out.workspace.adminLinks = {
            { u"Admin: user"_s, u"https://admin.northwind.example/users/{external_id}"_s },
            { u"Billing"_s, u"https://billing.northwind.example/customers?email={email}"_s },
            { u"Feature flags"_s, u"https://admin.northwind.example/flags?company={company}"_s },
        };
        m_out.visitorKey = QString::fromLatin1(DemoVisitorKey);
        m_out.identitySecret = QString::fromLatin1(identity::DemoSecret);
        m_out.apiKeyHashes = { QString::fromLatin1(auth::hashToken(QString::fromLatin1(DemoApiKey)).toHex()) };
    }

    void makeTeamsAndAgents()
    {
        const QList<TeamSpec> &teamSpecs = seeddata::teams();
        for (qsizetype i = 0; i < teamSpecs.size(); ++i) {
            protocol::Team t;
            t.id = u"tm_%1"_s.arg(i + 1);
            t.name = teamSpecs.at(i).name;
            m_teamIdByKey.insert(teamSpecs.at(i).key, t.id);
            m_teamNameById.insert(t.id, t.name);
            m_out.teams.append(t);
        }
        // Argon2id is deliberately slow: hash the shared demo password once.
        const QString hash = auth::hashPassword(QString::fromLatin1(DemoPassword));
        if (hash.isEmpty())
            qCWarning(lcSeed) << "could not hash the demo password; demo logins will fail";
        const QList<AgentSpec> &agentSpecs = seeddata::agents();
        for (qsizetype i = 0; i < agentSpecs.size(); ++i) {
            const AgentSpec &spec = agentSpecs.at(i);
            protocol::Agent a;
            a.id = u"ag_%1"_s.arg(i + 1);
            a.name = spec.name;
            a.email = spec.email;
            a.role = spec.role;
            for (const QString &key : spec.teams) {
                const QString teamId = m_teamIdByKey.value(key);
                a.teamIds.append(teamId);
                for (protocol::Team &t : m_out.teams)
                    if (t.id == teamId)
                        t.memberIds.append(a.id);
            }
            m_out.agents.append({ a, hash });
            m_agents.append({ a.id, a.name, spec.name.section(u' ', 0, 0), spec.role, spec.teams, spec.speaks });
        }
    }

    QList<int> agentsInTeam(const QString &teamKey, Lang speaks) const
    {
        QList<int> out;
        for (qsizetype i = 0; i < m_agents.size(); ++i)
            if (m_agents.at(i).teamKeys.contains(teamKey) && m_agents.at(i).speaks == speaks)
                out.append(int(i));
        return out;
    }

    QList<int> leads() const
    {
        QList<int> out;
        for (qsizetype i = 0; i < m_agents.size(); ++i)
            if (m_agents.at(i).role != "agent"_L1)
                out.append(int(i));
        return out;
    }

    // ------------------------------------------------------------------ companies, contacts
    void makeCompanies()
    {
        for (int l = 0; l < LangCount; ++l) {
            const Lang lang = Lang(l);
            for (const Company &c : pack(lang).companies) {
                CompanyProfile p;
                p.company = c;
                p.lang = lang;
                const double r = m_rng.unit();
                p.plan = r < 0.18 ? u"free"_s : r < 0.48 ? u"starter"_s : r < 0.84 ? u"pro"_s : u"enterprise"_s;
                if (p.plan == "free"_L1) {
                    p.seats = int(m_rng.range(1, 2));
                    p.mrr = 0;
                } else if (p.plan == "starter"_L1) {
                    p.seats = int(m_rng.range(2, 5));
                    p.mrr = 49 + 12 * p.seats;
                } else if (p.plan == "pro"_L1) {
                    p.seats = int(m_rng.range(5, 40));
                    p.mrr = 199 + 29 * p.seats;
                } else {
                    p.seats = int(m_rng.range(40, 400));
                    p.mrr = 1500 + 35 * p.seats;
                }
                p.sinceMs = m_nowMs - m_rng.range(60, 1000) * Day - m_rng.below(Day);
                if (m_rng.chance(0.22))
                    p.promo = m_rng.pick(promoCodes());
                QStringList kw = keywordPool();
                m_rng.shuffle(kw);
                p.keywords = kw.mid(0, m_rng.range(1, 3));
                p.projects = int(m_rng.range(1, 6 + p.seats / 3));
                m_companies.append(p);
            }
        }
    }

    QString uniqueEmail(const QString &first, const QString &last, const QString &domain)
    {
        const QString f = first.toLower().remove(u'\'').remove(u' ');
        const QString l = last.toLower().remove(u'\'').remove(u' ');
        QStringList candidates { f + u'.' + l, f, f.left(1) + l, f + l };
        const int start = int(m_rng.below(candidates.size()));
        for (int i = 0; i < candidates.size(); ++i) {
            const QString e = candidates.at((start + i) % candidates.size()) + u'@' + domain;
            if (!m_emails.contains(e)) {
                m_emails.insert(e);
                return e;
            }
        }
        for (int n = 2;; ++n) {
            const QString e = f + u'.' + l + QString::number(n) + u'@' + domain;
            if (!m_emails.contains(e)) {
                m_emails.insert(e);
                return e;
            }
        }
    }

    void makeContacts()
    {
        // About 5% of customers each write in Russian, Greek, Armenian and Tamil; shuffled so
        // they're spread through the list rather than grouped.
        QList<Lang> languages;
        const int perLanguage = ContactCount / 20;
        for (int l = 1; l < LangCount; ++l)
            for (int i = 0; i < perLanguage; ++i)
                languages.append(Lang(l));
        while (languages.size() < ContactCount)
            languages.append(Lang::En);
        m_rng.shuffle(languages);

        qint64 externalId = 10000 + m_rng.below(400);
        for (int i = 0; i < ContactCount; ++i) {
            const Lang lang = languages.at(i);
            const LanguagePack &P = pack(lang);
            QList<int> companyIdx;
            for (qsizetype c = 0; c < m_companies.size(); ++c)
                if (m_companies.at(c).lang == lang)
                    companyIdx.append(int(c));
            const int ci = m_rng.pick(companyIdx);
            const CompanyProfile &co = m_companies.at(ci);

            const bool female = m_rng.chance(0.5);
            const NameParts first = female ? m_rng.pick(P.names.femaleFirst) : m_rng.pick(P.names.maleFirst);
            const qsizetype lastIdx = m_rng.below(P.names.maleLast.size());
            const NameParts last = female ? P.names.femaleLast.at(lastIdx) : P.names.maleLast.at(lastIdx);

            ContactInfo info;
            info.lang = lang;
            info.first = first.addressForm();
            info.full = first.native + u' ' + last.native;
            info.company = ci;
            const qint64 latestSignup = m_nowMs - 45 * Day;
            info.signupMs = co.sinceMs + m_rng.below(std::max<qint64>(Day, latestSignup - co.sinceMs));

            protocol::Contact c;
            c.name = info.full;
            c.email = uniqueEmail(first.latin, last.latin, co.company.domain);
            externalId += m_rng.range(1, 37);
            c.externalId = u"usr_%1"_s.arg(externalId);
            c.createdAt = utc(info.signupMs);

            QJsonObject attrs;
            const double b = m_rng.unit();
            QString browser, version, os;
            if (b < 0.55) {
                browser = u"Chrome"_s;
                version = m_rng.pick(QList<QString> { u"124.0.6367.91"_s, u"125.0.6422.60"_s,
                                                      u"126.0.6478.127"_s, u"123.0.6312.122"_s });
                os = m_rng.pick(QList<QString> { u"Windows 11"_s, u"Windows 10"_s, u"macOS 14.5"_s,
                                                 u"Ubuntu 22.04"_s, u"ChromeOS 124"_s });
            } else if (b < 0.73) {
                browser = u"Safari"_s;
                version = m_rng.pick(QList<QString> { u"17.4.1"_s, u"17.5"_s, u"16.6"_s });
                os = m_rng.pick(QList<QString> { u"macOS 14.4"_s, u"macOS 13.6"_s, u"iOS 17.5"_s });
            } else if (b < 0.88) {
                browser = u"Edge"_s;
                version = m_rng.pick(QList<QString> { u"124.0.2478.80"_s, u"125.0.2535.67"_s });
                os = m_rng.pick(QList<QString> { u"Windows 11"_s, u"Windows 10"_s });
            } else {
                browser = u"Firefox"_s;
                version = m_rng.pick(QList<QString> { u"125.0.3"_s, u"126.0"_s, u"127.0.2"_s });
                os = m_rng.pick(QList<QString> { u"Windows 11"_s, u"Ubuntu 24.04"_s, u"macOS 14.5"_s,
                                                 u"Fedora 40"_s });
            }
            info.browserLabel = browser + u' ' + version.section(u'.', 0, 0);
            const qint64 ageDays = (m_nowMs - info.signupMs) / Day;
            attrs.insert(u"browser"_s, browser);
            attrs.insert(u"browser_version"_s, version);
            attrs.insert(u"os"_s, os);
            attrs.insert(u"city"_s, co.company.city);
            attrs.insert(u"country"_s, co.company.country);
            attrs.insert(u"signed_up_at"_s, formatTime(utc(info.signupMs)));
            attrs.insert(u"session_count"_s, qint64(1 + m_rng.below(2 + ageDays * 3)));
            attrs.insert(u"plan"_s, co.plan);
            attrs.insert(u"company"_s, co.company.name);
            attrs.insert(u"mrr"_s, co.mrr);
            attrs.insert(u"seats"_s, co.seats);
            if (!co.promo.isEmpty())
                attrs.insert(u"promo_code"_s, co.promo);
            attrs.insert(u"projects"_s, co.projects);
            attrs.insert(u"keywords"_s, co.keywords.join(u", "_s));
            attrs.insert(u"onboarded"_s, m_rng.chance(ageDays > 90 ? 0.9 : 0.6));
            attrs.insert(u"language"_s, langCode(lang));
            if (co.mrr > 0) {
                attrs.insert(u"last_payment_at"_s,
                             formatTime(utc(m_nowMs - m_rng.range(1, 30) * Day - m_rng.below(Day))));
                const qint64 months = std::max<qint64>(1, (m_nowMs - co.sinceMs) / (30 * Day));
                attrs.insert(u"money_spent"_s, double(qRound64(co.mrr * double(months) * 100.0)) / 100.0);
            } else {
                attrs.insert(u"money_spent"_s, 0.0);
            }
            c.attributes = attrs;

            info.vip = (co.plan == "enterprise"_L1 && m_rng.chance(0.5)) || (co.mrr > 3000 && m_rng.chance(0.5));
            if (info.vip)
                c.tags.append(u"vip"_s);
            if ((co.plan == "free"_L1 || co.plan == "starter"_L1) && m_rng.chance(0.35))
                c.tags.append(u"trial"_s);
            if (m_rng.chance(0.12))
                c.tags.append(u"beta"_s);
            if (m_rng.chance(0.06))
                c.tags.append(u"churn-risk"_s);
            for (const QString &t : { u"agency"_s, u"nonprofit"_s, u"education"_s, u"partner"_s })
                if (m_rng.chance(0.04))
                    c.tags.append(t);

            // Most customers were here in the last two weeks, a few much longer ago.
            const double u = m_rng.unit();
            const qint64 lastSeenAgo = qint64(u * u * u * double(std::min<qint64>(60, ageDays) * Day));
            c.lastSeenAt = utc(std::max(info.signupMs, m_nowMs - lastSeenAgo - m_rng.below(Hour)));

            c.id = u"ct_"_s + padded(i + 1, 4);
            m_out.contacts.append(c);
            m_contacts.append(info);
        }
    }

    // ------------------------------------------------------------------ contact events
    void makeContactEvents()
    {
        struct Pending
        {
            protocol::ContactEvent event;
            int order = 0;
        };
        QList<Pending> events;
        int order = 0;
        for (qsizetype i = 0; i < m_out.contacts.size(); ++i) {
            protocol::Contact &c = m_out.contacts[i];
            const ContactInfo &info = m_contacts.at(i);
            const CompanyProfile &co = m_companies.at(info.company);
            const qsizetype planIdx = planOrder().indexOf(co.plan);

            auto add = [&](const QString &name, const QJsonObject &props, qint64 at) {
                protocol::ContactEvent e;
                e.contactId = c.id;
                e.name = name;
                e.properties = props;
                e.occurredAt = utc(at);
                events.append({ e, order++ });
            };

            const QString startPlan = planIdx > 0 && m_rng.chance(0.6) ? planOrder().at(planIdx - 1) : co.plan;
            add(u"signed_up"_s, { { u"source"_s, m_rng.pick(signupSources()) }, { u"plan"_s, startPlan } },
                info.signupMs);

            const int more = int(m_rng.range(2, 6));
            QList<qint64> times;
            for (int k = 0; k < more; ++k)
                times.append(info.signupMs + Hour + m_rng.below(std::max<qint64>(Hour, m_nowMs - info.signupMs - 2 * Hour)));
            std::sort(times.begin(), times.end());
            bool upgraded = startPlan == co.plan;
            bool paymentFailed = false;
            for (int k = 0; k < more; ++k) {
                const qint64 at = times.at(k);
                if (!upgraded && k == 0) {
                    add(u"upgraded"_s, { { u"from"_s, startPlan }, { u"to"_s, co.plan }, { u"mrr"_s, co.mrr } }, at);
                    upgraded = true;
                    continue;
                }
                const double r = m_rng.unit();
                if (r < 0.25) {
                    add(u"created_dashboard"_s,
                        { { u"dashboard"_s, m_rng.pick(dashboardNames()) }, { u"widgets"_s, m_rng.range(2, 14) } }, at);
                } else if (r < 0.42) {
                    const LanguagePack &en = pack(Lang::En);
                    const QString who = m_rng.pick(en.names.femaleFirst + en.names.maleFirst).latin.toLower();
                    add(u"invited_teammate"_s,
                        { { u"email"_s, QString(who + u'@' + co.company.domain) },
                          { u"role"_s, m_rng.chance(0.6) ? u"editor"_s : u"viewer"_s } },
                        at);
                } else if (r < 0.62) {
                    add(u"exported_report"_s,
                        { { u"report"_s, m_rng.pick(dashboardNames()) },
                          { u"format"_s, m_rng.pick(QList<QString> { u"csv"_s, u"xlsx"_s, u"pdf"_s }) },
                          { u"rows"_s, m_rng.range(120, 2400000) } },
                        at);
                } else if (r < 0.76) {
                    add(u"connected_integration"_s, { { u"integration"_s, m_rng.pick(integrations()) } }, at);
                } else if (r < 0.84) {
                    add(u"scheduled_report"_s,
                        { { u"report"_s, m_rng.pick(dashboardNames()) },
                          { u"frequency"_s, m_rng.pick(QList<QString> { u"daily"_s, u"weekly"_s, u"monthly"_s }) } },
                        at);
                } else if (r < 0.92 && planIdx >= 2) {
                    add(u"api_key_created"_s,
                        { { u"name"_s, m_rng.pick(QList<QString> { u"Production sync"_s, u"Zapier"_s,
                                                                   u"Backfill script"_s, u"Staging"_s }) } },
                        at);
                } else if (co.mrr > 0) {
                    add(u"payment_failed"_s,
                        { { u"amount"_s, co.mrr },
                          { u"reason"_s, m_rng.pick(QList<QString> { u"card_declined"_s, u"insufficient_funds"_s,
                                                                     u"expired_card"_s }) } },
                        at);
                    paymentFailed = true;
                } else {
                    add(u"created_dashboard"_s,
                        { { u"dashboard"_s, m_rng.pick(dashboardNames()) }, { u"widgets"_s, m_rng.range(2, 14) } }, at);
                }
            }
            if (paymentFailed && !c.tags.contains(u"churn-risk"_s) && m_rng.chance(0.5))
                c.tags.append(u"churn-risk"_s);
        }
        std::stable_sort(events.begin(), events.end(), [](const Pending &a, const Pending &b) {
            return a.event.occurredAt < b.event.occurredAt;
        });
        for (qsizetype i = 0; i < events.size(); ++i) {
            events[i].event.id = u"ev_"_s + padded(i + 1, 5);
            m_out.contactEvents.append(events.at(i).event);
        }
    }

    // ------------------------------------------------------------------ conversations
    struct Vars
    {
        QList<std::pair<QString, QString>> values;
        QString fill(QString text) const
        {
            for (const auto &[key, value] : values)
                text.replace(key, value);
            return text;
        }
    };

    QString dateText(Lang lang, qint64 ms) const
    {
        const QDate d = utc(ms).date();
        switch (lang) {
        case Lang::En: return QLocale::c().toString(d, u"MMMM d"_s);
        case Lang::Ta: return d.toString(u"dd-MM-yyyy"_s);
        default: return d.toString(u"dd.MM.yyyy"_s);
        }
    }

    int pickAssignee(const Topic &et, Lang lang)
    {
        if (lang != Lang::En) {
            const QList<int> speakers = agentsInTeam(u"support"_s, lang);
            if (!speakers.isEmpty())
                return speakers.first();
        }
        const QList<int> team = agentsInTeam(et.team, Lang::En);
        if (!team.isEmpty())
            return m_rng.pick(team);
        return m_rng.pick(leads());
    }

    int pickTeammate(const Topic &et, int except)
    {
        QList<int> pool;
        for (qsizetype i = 0; i < m_agents.size(); ++i)
            if (int(i) != except && m_agents.at(i).speaks == Lang::En && m_agents.at(i).teamKeys.contains(et.team))
                pool.append(int(i));
        if (pool.isEmpty() || m_rng.chance(0.25)) {
            pool.clear();
            for (int l : leads())
                if (l != except)
                    pool.append(l);
        }
        return m_rng.pick(pool);
    }

    qint64 gap(const QString &kind, const QString &authorType, const QString &prevAuthorType, bool email)
    {
        if (prevAuthorType.isEmpty())
            return 0;
        if (kind == "system"_L1)
            return m_rng.range(5 * Second, 90 * Second);
        if (kind == "note"_L1)
            return email ? m_rng.range(5 * Minute, 2 * Hour) : m_rng.range(1 * Minute, 20 * Minute);
        if (authorType == "contact"_L1) {
            if (prevAuthorType == "contact"_L1)
                return email ? m_rng.range(5 * Minute, 2 * Hour) : m_rng.range(8 * Second, 2 * Minute);
            return email ? m_rng.range(30 * Minute, 20 * Hour) : m_rng.range(40 * Second, 15 * Minute);
        }
        // an agent
        if (prevAuthorType == "contact"_L1) {
            if (m_rng.chance(0.2))
                return email ? m_rng.range(4 * Hour, 26 * Hour) : m_rng.range(30 * Minute, 3 * Hour);
            return email ? m_rng.range(20 * Minute, 8 * Hour) : m_rng.range(1 * Minute, 25 * Minute);
        }
        return email ? m_rng.range(1 * Minute, 30 * Minute) : m_rng.range(20 * Second, 5 * Minute);
    }

    Thread buildThread(int k)
    {
        Thread th;
        // Every customer writes in at least once; after that, busier customers write more.
        if (k < m_contactOrder.size())
            th.contact = m_contactOrder.at(k);
        else if (m_rng.chance(0.5))
            th.contact = m_contactOrder.at(m_rng.below(m_contactOrder.size() / 4));
        else
            th.contact = int(m_rng.below(m_contacts.size()));
        const ContactInfo &ci = m_contacts.at(th.contact);
        const protocol::Contact &contact = m_out.contacts.at(th.contact);
        const CompanyProfile &co = m_companies.at(ci.company);
        const LanguagePack &P = pack(ci.lang);
        // Customers only raise what their plan has: no refunds for free accounts, no SSO on Starter.
        const Topic &T = *m_rng.pick(topicsForPlan(ci.lang, co.plan));
        const Variant &V = m_rng.pick(T.variants);
        const Topic &ET = englishTopic(T.key);

        const bool email = k == 0 ? false : k == 1 ? true : m_rng.chance(0.42);
        const QString channel = email ? u"email"_s : u"chat"_s;

        // How long ago it started: squared so recent days are busier.
        const double u = m_rng.unit();
        const qint64 maxAge = std::min<qint64>(120 * Day, m_nowMs - ci.signupMs - Day);
        qint64 ageMs = std::max<qint64>(10 * Minute, qint64(u * u * double(maxAge)));

        QString status;
        if (k < 3) {
            status = k == 0 ? u"open"_s : k == 1 ? u"snoozed"_s : u"resolved"_s;
        } else {
            const double s = m_rng.unit();
            const auto [pOpen, pSnoozed] = ageMs < 2 * Day ? std::pair { 0.55, 0.20 }
                : ageMs < 14 * Day                         ? std::pair { 0.20, 0.10 }
                                                           : std::pair { 0.04, 0.03 };
            status = s < pOpen ? u"open"_s : s < pOpen + pSnoozed ? u"snoozed"_s : u"resolved"_s;
        }
        // Snoozing is for days, not months.
        if (status == "snoozed"_L1 && ageMs > 12 * Day)
            ageMs = m_rng.range(Hour, 12 * Day);
        const bool unassigned = status == "open"_L1 && k != 0 && m_rng.chance(0.3);
        const int assignee = unassigned ? -1 : pickAssignee(ET, ci.lang);
        // A few conversations have long histories, so fetching older messages has work to do.
        const bool veryLong = k == 5 || k == 6 || m_rng.chance(0.004);
        const bool isLong = veryLong || m_rng.chance(0.04);

        QString priority = u"none"_s;
        {
            const int urgency = ET.urgency + ((ci.vip && m_rng.chance(0.5)) ? 1 : 0);
            const double p = m_rng.unit();
            if (urgency <= 0)
                priority = p < 0.75 ? u"none"_s : p < 0.95 ? u"low"_s : u"high"_s;
            else if (urgency == 1)
                priority = p < 0.55 ? u"none"_s : p < 0.75 ? u"low"_s : p < 0.95 ? u"high"_s : u"urgent"_s;
            else
                priority = p < 0.35 ? u"none"_s : p < 0.5 ? u"low"_s : p < 0.85 ? u"high"_s : u"urgent"_s;
        }

        const qint64 startGuess = m_nowMs - ageMs;
        const AgentRef *agent = assignee >= 0 ? &m_agents.at(assignee) : nullptr;
        Vars vars;
        const double amount = co.mrr > 0 ? co.mrr : 49.0;
        vars.values = {
            { u"{first}"_s, ci.first },
            { u"{customer}"_s, ci.full },
            { u"{company}"_s, co.company.name },
            { u"{domain}"_s, co.company.domain },
            { u"{plan}"_s, QString(co.plan.at(0).toUpper() + co.plan.mid(1)) },
            { u"{seats}"_s, QString::number(co.seats) },
            { u"{amount}"_s, QString::number(amount, 'f', 2) },
            { u"{invoice}"_s, u"INV-%1-%2"_s.arg(QString::number(utc(startGuess).date().year()), padded(m_rng.range(1000, 99999), 5)) },
            { u"{date}"_s, dateText(ci.lang, startGuess - m_rng.range(1, 10) * Day) },
            { u"{browser}"_s, ci.browserLabel },
            { u"{n}"_s, QString::number(m_rng.range(1000, 99999)) },
            { u"{ticket}"_s, u"ENG-%1"_s.arg(m_rng.range(4000, 5999)) },
            { u"{article}"_s, QString(u"https://help.northwind.example/articles/"_s + ET.articleSlug) },
            { u"{agentFull}"_s, agent ? agent->name : QString() },
            { u"{agent}"_s, agent ? agent->first : QString() },
        };

        protocol::Conversation &cv = th.conversation;
        cv.contactId = contact.id;
        cv.channel = channel;
        if (email || m_rng.chance(0.3))
            cv.subject = vars.fill(V.subject);
        cv.status = status;
        cv.priority = priority;
        cv.teamId = m_teamIdByKey.value(ci.lang == Lang::En ? ET.team : u"support"_s);
        cv.assigneeId = agent ? agent->id : QString();
        cv.tags = ET.tags;
        if (ci.vip)
            cv.tags.append(u"vip"_s);
        if (priority == "urgent"_L1 && m_rng.chance(0.5))
            cv.tags.append(u"escalated"_s);
        if (ci.lang != Lang::En)
            cv.tags.append(langCode(ci.lang));
        qint64 bumps = 0;

        QString prev;
        auto push = [&](Stub s, qint64 extraGap = 0) {
            s.gapMs = gap(s.kind, s.authorType, prev, email) + extraGap;
            // A system line records a change; response times run from the last person who wrote.
            if (s.kind != "system"_L1 || prev.isEmpty())
                prev = s.authorType;
            th.stubs.append(std::move(s));
        };
        auto customer = [&](const QString &line, qint64 extraGap = 0) {
            QString body = vars.fill(line);
            if (email)
                body += vars.fill(P.emailSignoffCustomer);
            push({ u"reply"_s, u"contact"_s, contact.id, body, {} }, extraGap);
        };
        auto agentSays = [&](const QString &line) {
            QString body = vars.fill(line);
            if (email)
                body += vars.fill(P.emailSignoffAgent);
            push({ u"reply"_s, u"agent"_s, agent->id, body, {} });
        };
        auto system = [&](const QString &text, bool bump) {
            push({ u"system"_s, u"system"_s, QString(), text, {} });
            if (bump)
                ++bumps;
        };
        auto note = [&](int by, const QString &line, int mentioned) {
            Vars v = vars;
            if (mentioned >= 0)
                v.values.prepend({ u"{mention}"_s, u"@"_s + m_agents.at(mentioned).name });
            QStringList mentions;
            if (mentioned >= 0)
                mentions.append(m_agents.at(mentioned).id);
            push({ u"note"_s, u"agent"_s, m_agents.at(by).id, v.fill(line), mentions });
        };

        // The variant's own steps first, in order; longer threads go on with topic-neutral ones.
        Deck<Exchange> more(m_rng, P.moreExchanges);
        qsizetype nextExchange = 0;
        auto exchange = [&]() {
            return nextExchange < V.exchanges.size() ? V.exchanges.at(nextExchange++) : more.draw();
        };
        Deck<QString> nudges(m_rng, P.customerNudges);

        customer(V.opening);
        if (!email && m_rng.chance(0.3))
            customer(m_rng.pick(P.customerExtras));

        if (!agent) {
            system(u"Routed to %1 by inbox rules"_s.arg(m_teamNameById.value(cv.teamId)), false);
            if (m_rng.chance(0.4))
                customer(nudges.draw(), m_rng.range(10 * Minute, 3 * Hour));
        } else {
            const QList<int> leadList = leads();
            const int assigner = m_rng.chance(0.5) ? m_rng.pick(leadList) : assignee;
            if (assigner == assignee)
                system(u"%1 assigned this conversation to themselves"_s.arg(agent->name), true);
            else
                system(u"%1 assigned this conversation to %2"_s.arg(m_agents.at(assigner).name, agent->name), true);
            if (priority != "none"_L1 && m_rng.chance(0.6))
                system(u"%1 set the priority to %2"_s.arg(m_agents.at(assigner).name, priority), true);
            agentSays(V.agentFirst);

            // An open conversation either waits for the team (the customer wrote last, with the
            // next step of the variant) or for the customer (the agent wrote last).
            const double ending = m_rng.unit();
            const bool reopened = status == "open"_L1 && !isLong && ending < 0.15;
            const bool waitsForTeam = status == "open"_L1 && !reopened && ending < 0.65;
            const int steps = int(V.exchanges.size());
            const int rounds = veryLong ? steps + int(m_rng.range(24, 30))
                : isLong                ? steps + int(m_rng.range(3, 8))
                : waitsForTeam          ? int(m_rng.range(0, steps - 1))
                                        : int(m_rng.range(status == "resolved"_L1 ? steps / 2 : 0, steps));
            bool noted = false;
            int notesLeft = 2;
            Deck<QString> notes(m_rng, ET.notes);
            for (int r = 0; r < rounds; ++r) {
                if (notesLeft > 0 && m_rng.chance(0.22) && !ET.notes.isEmpty()) {
                    --notesLeft;
                    const int mate = pickTeammate(ET, assignee);
                    note(assignee, notes.draw(), mate);
                    if (m_rng.chance(0.55))
                        note(mate, m_rng.pick(noteAnswers()), assignee);
                    noted = true;
                }
                const Exchange step = exchange();
                customer(step.customer);
                agentSays(step.agent);
            }
            if (!noted && m_rng.chance(0.15))
                note(assignee, m_rng.pick(plainNotes()), -1);

            if (status == "resolved"_L1) {
                agentSays(V.resolution);
                if (m_rng.chance(0.65))
                    customer(m_rng.pick(P.customerThanks));
                system(u"%1 resolved this conversation"_s.arg(agent->name), true);
            } else if (status == "snoozed"_L1) {
                agentSays(m_rng.pick(P.agentSnooze));
                cv.snoozedUntil = utc(((m_nowMs + m_rng.range(Hour, 5 * Day)) / Hour + 1) * Hour);
                system(u"%1 snoozed this conversation until %2"_s.arg(
                           agent->name,
                           QLocale::c().toString(cv.snoozedUntil, u"ddd d MMM, HH:mm 'UTC'"_s)),
                       true);
            } else if (reopened) {
                agentSays(V.resolution);
                system(u"%1 resolved this conversation"_s.arg(agent->name), true);
                customer(m_rng.pick(P.customerReopen), m_rng.range(Day, 5 * Day));
                system(u"Reopened: the customer replied"_s, true);
            } else if (waitsForTeam) {
                if (nextExchange < V.exchanges.size())
                    customer(exchange().customer);
                else
                    customer(nudges.draw(), m_rng.range(2 * Hour, 20 * Hour));
            }
        }
        cv.version = 1 + bumps;

        // Place the thread in time: it starts `ageMs` ago unless it would run past now.
        qint64 total = 0;
        for (const Stub &s : th.stubs)
            total += s.gapMs;
        const qint64 maxSpan = 20 * Day;
        if (total > maxSpan) {
            for (Stub &s : th.stubs)
                s.gapMs = s.gapMs == 0 ? 0 : std::max<qint64>(Second, qint64(double(s.gapMs) * double(maxSpan) / double(total)));
            total = 0;
            for (const Stub &s : th.stubs)
                total += s.gapMs;
        }
        const qint64 tail = status == "resolved"_L1 ? m_rng.range(Minute, Day) : m_rng.range(30 * Second, 40 * Minute);
        qint64 start = std::min(startGuess, m_nowMs - total - tail);
        start = std::max(start, ci.signupMs + Day);
        th.startMs = start;
        return th;
    }

    void makeConversations()
    {
        for (int i = 0; i < m_contacts.size(); ++i)
            m_contactOrder.append(i);
        m_rng.shuffle(m_contactOrder);

        QList<Thread> threads;
        qsizetype messageCount = 0;
        for (int k = 0; k < MaxConversations && (k < MinConversations || messageCount < MinMessages); ++k) {
            threads.append(buildThread(k));
            messageCount += threads.last().stubs.size();
        }
        // Ids follow time: cv_0001 is the oldest conversation, m_000001 the oldest message.
        QList<int> order(threads.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return threads.at(a).startMs < threads.at(b).startMs; });

        QList<protocol::Message> messages;
        messages.reserve(messageCount);
        QList<qint64> lastContactMessage(m_contacts.size(), 0);
        for (qsizetype n = 0; n < order.size(); ++n) {
            Thread &th = threads[order.at(n)];
            protocol::Conversation cv = th.conversation;
            cv.id = u"cv_"_s + padded(n + 1, 4);
            qint64 t = th.startMs;
            for (const Stub &s : th.stubs) {
                t += s.gapMs;
                protocol::Message m;
                m.conversationId = cv.id;
                m.kind = s.kind;
                m.author = { s.authorType, s.authorId };
                m.channel = cv.channel;
                m.body = s.body;
                m.mentions = s.mentions;
                m.createdAt = utc(t);
                messages.append(m);
                if (s.authorType == "contact"_L1)
                    lastContactMessage[th.contact] = std::max(lastContactMessage.at(th.contact), t);
            }
            cv.createdAt = utc(th.startMs);
            cv.lastMessageAt = utc(t);
            cv.updatedAt = utc(t);
            m_out.conversations.append(cv);
        }
        std::stable_sort(messages.begin(), messages.end(),
                         [](const protocol::Message &a, const protocol::Message &b) { return a.createdAt < b.createdAt; });
        for (qsizetype i = 0; i < messages.size(); ++i)
            messages[i].id = u"m_"_s + padded(i + 1, 6);
        m_out.messages = std::move(messages);

        for (qsizetype i = 0; i < m_out.contacts.size(); ++i) {
            const qint64 last = lastContactMessage.at(i);
            if (last > m_out.contacts.at(i).lastSeenAt.toMSecsSinceEpoch())
                m_out.contacts[i].lastSeenAt = utc(std::min(m_nowMs, last + m_rng.range(Second, 10 * Minute)));
        }
    }

    // ------------------------------------------------------------------ help centre
    void makeArticlesAndReplies()
    {
        const QList<ArticleSpec> &specs = seeddata::articles();
        for (qsizetype i = 0; i < specs.size(); ++i) {
            protocol::Article a;
            a.id = u"ar_"_s + padded(i + 1, 2);
            a.title = specs.at(i).title;
            a.body = articleBody(specs.at(i));
            a.url = u"https://help.northwind.example/articles/"_s + specs.at(i).slug;
            a.updatedAt = utc(m_nowMs - m_rng.range(2, 400) * Day - m_rng.below(Day));
            m_out.articles.append(a);
        }
        const QList<SavedReplySpec> &replies = seeddata::savedReplies();
        for (qsizetype i = 0; i < replies.size(); ++i)
            m_out.savedReplies.append({ QString(u"sr_"_s + padded(i + 1, 2)), replies.at(i).title, replies.at(i).body });
    }

    Random m_rng;
    qint64 m_nowMs;
    SeedData m_out;
    QList<AgentRef> m_agents;
    QMap<QString, QString> m_teamIdByKey;
    QMap<QString, QString> m_teamNameById;
    QList<CompanyProfile> m_companies;
    QList<ContactInfo> m_contacts;
    QList<int> m_contactOrder;
    QSet<QString> m_emails; // membership only, never iterated (QSet order is not deterministic)
};

} // namespace

SeedData makeDemoSeed(quint32 seedNumber, const QDateTime &now)
{
    Generator generator(seedNumber, now.isValid() ? now : QDateTime::currentDateTimeUtc());
    return generator.run();
}

} // namespace confab::server
