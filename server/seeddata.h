#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The content tables behind the demo workspace and the simulator: names, companies, places,
// support-thread templates in five languages, help articles and saved replies. Pure data; the
// generator (seed.cpp) and the simulator pick from it with their own seeded random numbers.
//
// Text placeholders, filled in by the generator:
//   {first} {customer} (full name) {company} {domain} {plan} {seats} {amount} {invoice} {date}
//   {browser} {n} {agent} (the agent's first name) {agentFull} {article} (a help-centre URL)
//   {ticket} (an ENG-1234 issue key) {mention} (in notes: "@Full Name" of the teammate asked)
namespace confab::server::seeddata {

// A small deterministic generator (splitmix64): the same seed gives the same sequence on every
// platform and Qt version, unlike QRandomGenerator's distributions.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed ^ 0x6a09e667f3bcc909ULL) { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 .. n-1 (0 when n <= 0)
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    // lo .. hi inclusive
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(i + 1));
    }

private:
    quint64 m_state;
};

enum class Lang { En, Ru, El, Hy, Ta };
inline constexpr int LangCount = 5;

QString langCode(Lang lang); // en ru el hy ta
Lang langFromCode(const QString &code);

struct NameParts
{
    QString native;
    QString latin;   // ASCII, for e-mail addresses
    QString address = {}; // the form used to address someone ("Hi …"), when it differs (Greek vocative)
    QString addressForm() const { return address.isEmpty() ? native : address; }
};

struct NamePool
{
    QList<NameParts> femaleFirst;
    QList<NameParts> maleFirst;
    QList<NameParts> femaleLast;
    QList<NameParts> maleLast;
};

struct Company
{
    QString name;
    QString domain;
    QString city;
    QString country;
};

// One step of a thread: the customer says something, the agent answers it.
struct Exchange
{
    QString customer;
    QString agent;
};

// One concrete request and how it goes: the lines belong together, in order.
struct Variant
{
    QString subject;
    QString opening;    // the customer's first message
    QString agentFirst; // the agent's first answer
    QList<Exchange> exchanges;
    QString resolution; // the agent's closing answer
};

// One kind of support request. Notes are written in English (the team's working language)
// and live in the English topic of the same key, as do team, tags, urgency and article.
struct Topic
{
    QString key;
    QString team;  // support | billing | technical | onboarding
    QStringList tags;
    int urgency = 0; // 0 routine .. 2 blocking
    QString articleSlug;
    QString minPlan = QStringLiteral("free"); // customers on a smaller plan never raise it
    QList<Variant> variants;
    QStringList notes; // internal notes ({mention})
};

struct LanguagePack
{
    Lang lang = Lang::En;
    NamePool names;
    QList<Company> companies;
    QList<Topic> topics;
    QStringList customerThanks;     // after a resolution
    QStringList customerNudges;     // "any update?"
    QStringList customerReopen;     // writing again after a resolution
    QStringList customerExtras;     // a quick second chat line after the opening
    QStringList agentSnooze;        // "I'll come back to you when…"
    QList<Exchange> moreExchanges;  // topic-neutral steps for longer threads
    QString emailSignoffCustomer;  // appended to a customer's e-mail: "\n\nThanks,\n{customer}\n{company}"
    QString emailSignoffAgent;     // appended to an agent's e-mail: "\n\nBest,\n{agentFull}\n…"
};

const LanguagePack &pack(Lang lang);

// free < starter < pro < enterprise; -1 for anything else.
int planRank(const QString &plan);
// The English topic of that key (the first topic when unknown): team, tags, notes, article.
const Topic &englishTopic(const QString &key);
// The topics of a language that a customer on that plan would raise.
QList<const Topic *> topicsForPlan(Lang lang, const QString &plan);

struct AgentSpec
{
    QString name;
    QString email;
    QString role;
    QStringList teams;  // team keys
    Lang speaks = Lang::En; // the customers' language this agent answers in (En: English only)
};

struct TeamSpec
{
    QString key;
    QString name;
};

const QList<TeamSpec> &teams();
const QList<AgentSpec> &agents();

// Internal-note follow-ups by the mentioned teammate ({mention} = the asker).
const QStringList &noteAnswers();
// Internal notes that mention nobody.
const QStringList &plainNotes();

struct ArticleSpec
{
    QString slug;
    QString title;
    QString summary;
    QStringList steps;
    QString tip;
};
const QList<ArticleSpec> &articles();
QString articleBody(const ArticleSpec &a);

struct SavedReplySpec
{
    QString title;
    QString body;
};
const QList<SavedReplySpec> &savedReplies();

// Attribute and event vocabularies.
const QStringList &contactTags();
const QStringList &keywordPool();
const QStringList &promoCodes();
const QStringList &integrations();
const QStringList &dashboardNames();
const QStringList &signupSources();

} // namespace confab::server::seeddata
