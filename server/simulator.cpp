#include "simulator.h"

#include "auth.h"
#include "hub.h"

#include "protocol/timeutil.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QUuid>

#include <limits>

Q_LOGGING_CATEGORY(lcSimulator, "confab.server.simulator")

namespace confab::server {

using namespace Qt::StringLiterals;
using namespace seeddata;

namespace {

constexpr int MaxCatchUpPages = 20;
constexpr int CatchUpPage = 500;

// What people type into the messenger on the website before they are customers.
const QStringList &visitorOpenings()
{
    static const QStringList list {
        u"Hi! Do you have a free trial?"_s,
        u"How much is the Pro plan for a team of 10?"_s,
        u"Hello, can Northwind connect to Google Sheets?"_s,
        u"Do you offer discounts for nonprofits?"_s,
        u"Is our data stored in the EU?"_s,
        u"Hi there, is there an API to send events from our backend?"_s,
        u"Can I embed a dashboard in our own app?"_s,
        u"Здравствуйте! Есть ли у вас бесплатный пробный период?"_s,
        u"Γεια σας! Υποστηρίζετε εξαγωγή σε Excel;"_s,
    };
    return list;
}

const QStringList &visitorFollowUps()
{
    static const QStringList list {
        u"And can we cancel any time?"_s,
        u"Great, I'll sign up now."_s,
        u"Is there a limit on the number of dashboards?"_s,
        u"Thanks! Do you have a demo video somewhere?"_s,
        u"Sorry, one more: does it work with Postgres 16?"_s,
        u"Hello? Anyone around?"_s,
    };
    return list;
}

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : QString(s.at(0).toUpper() + s.mid(1));
}

QString dateText(Lang lang, const QDate &d)
{
    switch (lang) {
    case Lang::En: return QLocale::c().toString(d, u"MMMM d"_s);
    case Lang::Ta: return d.toString(u"dd-MM-yyyy"_s);
    default: return d.toString(u"dd.MM.yyyy"_s);
    }
}

} // namespace

Simulator::Simulator(Storage &storage, Hub &hub, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_hub(hub)
    , m_seed(seed)
    , m_rng((quint64(seed) << 32) ^ 0x53696d756c61746fULL ^ seed)
    , m_jitter((quint64(seed) << 32) ^ 0x6a69747465722121ULL)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        if (m_running)
            scheduleNext();
    });
}

Simulator::~Simulator()
{
    stop();
}

void Simulator::start(int meanIntervalMs)
{
    m_meanIntervalMs = std::max(1, meanIntervalMs);
    m_running = true;
    scheduleNext();
}

void Simulator::stop()
{
    m_running = false;
    m_timer.stop();
}

void Simulator::scheduleNext()
{
    const double factor = 0.25 + 1.5 * m_jitter.unit();
    m_timer.start(std::max(1, int(double(m_meanIntervalMs) * factor)));
}

// ------------------------------------------------------------------------------------ state
bool Simulator::load()
{
    SnapshotLimits limits;
    limits.recentClosedConversations = 0;
    limits.messagesPerConversation = 1; // who wrote last: is the customer waiting, or the team?
    limits.allContactsUpTo = std::numeric_limits<int>::max();
    const SnapshotData snap = m_storage.snapshot(limits);
    if (snap.error) {
        qCWarning(lcSimulator).noquote() << "cannot read the workspace:" << snap.error->message;
        return false;
    }
    m_seenSeq = snap.head;
    for (const protocol::Contact &c : snap.contacts)
        apply(protocol::Event { 0, protocol::events::ContactUpdated, c.toJson() });
    for (const protocol::Conversation &c : snap.conversations)
        apply(protocol::Event { 0, protocol::events::ConversationCreated, c.toJson() });
    for (const protocol::Message &m : snap.messages)
        apply(protocol::Event { 0, protocol::events::MessageCreated, m.toJson() });

    QCryptographicHash salt(QCryptographicHash::Sha256);
    salt.addData(QByteArray::number(m_seed));
    salt.addData(m_storage.logId().toUtf8());
    salt.addData(QByteArray::number(snap.head));
    m_clientIdSalt = salt.result();
    qCInfo(lcSimulator, "simulating customers: %lld known, %lld open conversations", qint64(m_customers.size()),
           qint64(m_threads.size()));
    return true;
}

void Simulator::catchUp()
{
    for (int page = 0; page < MaxCatchUpPages; ++page) {
        const QList<protocol::Event> events = m_storage.eventsAfter(m_seenSeq, CatchUpPage);
        for (const protocol::Event &e : events) {
            apply(e);
            m_seenSeq = e.seq;
        }
        if (events.size() < CatchUpPage)
            return;
    }
}

void Simulator::apply(const protocol::Event &event)
{
    if (event.name == protocol::events::ContactUpdated) {
        const auto c = protocol::Contact::fromJson(event.data);
        if (!c)
            return;
        Customer customer { c->id, c->name, c->email, langFromCode(c->attributes.value(u"language"_s).toString()),
                            c->attributes };
        const auto it = m_customerIndex.constFind(c->id);
        if (it != m_customerIndex.constEnd()) {
            m_customers[*it] = customer;
        } else {
            m_customerIndex.insert(c->id, m_customers.size());
            m_customers.append(customer);
        }
        if (!c->email.isEmpty())
            m_emails.insert(c->email.toLower());
    } else if (event.name == protocol::events::ConversationCreated || event.name == protocol::events::ConversationUpdated) {
        const auto c = protocol::Conversation::fromJson(event.data);
        if (!c)
            return;
        const auto it = std::find_if(m_threads.begin(), m_threads.end(), [&](const Thread &t) { return t.id == c->id; });
        if (c->status == "resolved"_L1) {
            if (it != m_threads.end())
                m_threads.erase(it);
            return;
        }
        const Thread t { c->id, c->contactId, c->channel, c->subject, c->status };
        if (it != m_threads.end())
            *it = t;
        else
            m_threads.append(t);
    } else if (event.name == protocol::events::MessageCreated) {
        const auto m = protocol::Message::fromJson(event.data);
        if (!m || m->isNote()) // customers never see notes
            return;
        m_lastAuthor.insert(m->conversationId, m->isSystem() ? u"system"_s : m->author.type);
    }
}

void Simulator::publish(const QList<protocol::Event> &events)
{
    // The simulator's own events come back through catchUp() with everyone else's, in order.
    if (!events.isEmpty())
        m_hub.publish(events);
}

const Simulator::Customer *Simulator::customer(const QString &id) const
{
    const auto it = m_customerIndex.constFind(id);
    return it == m_customerIndex.constEnd() ? nullptr : &m_customers.at(*it);
}

const Simulator::Customer *Simulator::pickCustomer(bool withEmail)
{
    if (m_customers.isEmpty())
        return nullptr;
    const qsizetype start = m_rng.below(m_customers.size());
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        const Customer &c = m_customers.at((start + i) % m_customers.size());
        if (!withEmail || !c.email.isEmpty())
            return &c;
    }
    return nullptr;
}

QString Simulator::nextClientId()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_clientIdSalt);
    h.addData(QByteArray::number(++m_clientIdCounter));
    QByteArray b = h.result().left(16);
    b[6] = char((uchar(b.at(6)) & 0x0f) | 0x40); // a version 4 UUID…
    b[8] = char((uchar(b.at(8)) & 0x3f) | 0x80); // …of the RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

QString Simulator::fill(const QString &text, const Customer &c)
{
    const QJsonObject &a = c.attributes;
    const QString domain = c.email.section(u'@', 1);
    const QString company = a.value(u"company"_s).toString(domain.isEmpty() ? u"our company"_s : domain);
    const double mrr = a.value(u"mrr"_s).toDouble();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QList<std::pair<QString, QString>> vars {
        { u"{first}"_s, c.name.section(u' ', 0, 0) },
        { u"{customer}"_s, c.name },
        { u"{company}"_s, company },
        { u"{domain}"_s, domain },
        { u"{plan}"_s, capitalized(a.value(u"plan"_s).toString(u"starter"_s)) },
        { u"{seats}"_s, QString::number(a.value(u"seats"_s).toInt(3)) },
        { u"{amount}"_s, QString::number(mrr > 0 ? mrr : 49.0, 'f', 2) },
        { u"{invoice}"_s, u"INV-%1-%2"_s.arg(QString::number(today.year()),
                                             QString::number(m_rng.range(10000, 99999))) },
        { u"{date}"_s, dateText(c.lang, today.addDays(-m_rng.range(1, 6))) },
        { u"{browser}"_s, QString(a.value(u"browser"_s).toString(u"Chrome"_s) + u' '
                                  + a.value(u"browser_version"_s).toString(u"126"_s).section(u'.', 0, 0)) },
        { u"{n}"_s, QString::number(m_rng.range(1000, 99999)) },
        { u"{ticket}"_s, u"ENG-%1"_s.arg(m_rng.range(4000, 5999)) },
    };
    QString out = text;
    for (const auto &[key, value] : vars)
        out.replace(key, value);
    return out;
}

QString Simulator::emailBody(const QString &text, const Customer &c)
{
    return fill(text, c) + fill(pack(c.lang).emailSignoffCustomer, c);
}

// ------------------------------------------------------------------------------------ actions
void Simulator::report(const QString &what)
{
    qCDebug(lcSimulator).noquote() << what;
    Q_EMIT acted(what);
}

void Simulator::tick()
{
    if (!m_loaded) {
        m_loaded = load();
        if (!m_loaded)
            return;
    }
    catchUp();
    const double r = m_rng.unit();
    bool done = false;
    if (r < 0.55)
        done = followUp();
    else if (r < 0.77)
        done = newConversation();
    else if (r < 0.90)
        done = contactEvent();
    else
        done = visitor();
    if (!done)
        newConversation();
}

bool Simulator::followUp()
{
    if (m_threads.isEmpty())
        return false;
    const Thread thread = m_threads.at(m_rng.below(m_threads.size()));
    const Customer *c = customer(thread.contactId);
    if (!c)
        return false;
    const LanguagePack &P = pack(c->lang);
    const QString lastAuthor = m_lastAuthor.value(thread.id);

    // After a teammate's reply the customer answers (the script's next step when this
    // simulator started the conversation); while waiting for the team, they nudge.
    QString line;
    auto script = m_scripts.find(thread.id);
    if (lastAuthor == "agent"_L1) {
        if (script != m_scripts.end() && script->next < script->variant->exchanges.size())
            line = script->variant->exchanges.at(script->next++).customer;
        else if (m_rng.chance(0.5)) {
            QStringList thanks; // without the lines that name the agent
            for (const QString &t : P.customerThanks)
                if (!t.contains(u"{agent}"_s))
                    thanks.append(t);
            line = thanks.isEmpty() ? m_rng.pick(P.customerNudges) : m_rng.pick(thanks);
        } else
            line = m_rng.pick(P.moreExchanges).customer;
    } else if (thread.channel == "chat"_L1 && m_rng.chance(0.4)) {
        line = m_rng.pick(P.customerExtras);
    } else {
        line = m_rng.pick(P.customerNudges);
    }

    Outcome out;
    if (c->email.isEmpty()) {
        protocol::VisitorSend send;
        send.req = u"simulator"_s;
        send.clientId = nextClientId();
        send.body = m_rng.pick(visitorFollowUps());
        out = m_storage.visitorSend(c->id, send);
    } else {
        InboundMessage m;
        m.channel = thread.channel;
        m.contact = QJsonObject { { u"email"_s, c->email } };
        m.subject = thread.subject;
        m.body = thread.channel == "email"_L1 ? emailBody(line, *c) : fill(line, *c);
        m.conversationId = thread.id;
        m.clientId = nextClientId();
        out = m_storage.inbound(m);
    }
    if (!out.ok()) {
        qCWarning(lcSimulator).noquote() << "a follow-up failed:" << out.error->message;
        return false;
    }
    publish(out.events);
    if (c->email.isEmpty()) {
        report(u"A website visitor wrote again"_s);
        return true;
    }
    report(thread.subject.isEmpty()
                     ? u"%1 wrote again in their %2 conversation"_s.arg(c->name, thread.channel)
                     : u"%1 wrote again about \"%2\" (%3)"_s.arg(c->name, thread.subject, thread.channel));
    return true;
}

bool Simulator::newConversation()
{
    Customer fresh;
    const Customer *c = (m_rng.chance(0.1) || m_customers.isEmpty()) ? nullptr : pickCustomer(true);
    const bool brandNew = !c;
    if (brandNew) {
        // Someone who just signed up writes in for the first time.
        const double l = m_rng.unit();
        fresh.lang = l < 0.8 ? Lang::En : l < 0.85 ? Lang::Ru : l < 0.9 ? Lang::El : l < 0.95 ? Lang::Hy : Lang::Ta;
        const LanguagePack &P = pack(fresh.lang);
        const bool female = m_rng.chance(0.5);
        const NameParts first = female ? m_rng.pick(P.names.femaleFirst) : m_rng.pick(P.names.maleFirst);
        const qsizetype lastIdx = m_rng.below(P.names.maleLast.size());
        const NameParts last = female ? P.names.femaleLast.at(lastIdx) : P.names.maleLast.at(lastIdx);
        const Company &company = m_rng.pick(P.companies);
        fresh.name = first.native + u' ' + last.native;
        const QString local = first.latin.toLower() + u'.' + last.latin.toLower();
        fresh.email = local + u'@' + company.domain;
        for (int n = 2; m_emails.contains(fresh.email); ++n)
            fresh.email = local + QString::number(n) + u'@' + company.domain;
        fresh.attributes = QJsonObject {
            { u"browser"_s, u"Chrome"_s },
            { u"browser_version"_s, u"126.0.6478.127"_s },
            { u"os"_s, m_rng.chance(0.5) ? u"Windows 11"_s : u"macOS 14.5"_s },
            { u"city"_s, company.city },
            { u"country"_s, company.country },
            { u"signed_up_at"_s, protocol::nowTime() },
            { u"session_count"_s, 1 },
            { u"plan"_s, m_rng.chance(0.6) ? u"free"_s : u"starter"_s },
            { u"company"_s, company.name },
            { u"language"_s, langCode(fresh.lang) },
        };
        c = &fresh;
    }

    bool email = !m_rng.chance(0.6);
    if (!email) {
        // A customer with an open chat writes into it; a new question from them comes by email.
        for (const Thread &t : std::as_const(m_threads))
            if (t.contactId == c->id && t.channel == "chat"_L1)
                email = true;
    }
    const QList<const Topic *> topics = topicsForPlan(c->lang, c->attributes.value(u"plan"_s).toString());
    const Topic &topic = *m_rng.pick(topics);
    const Variant &variant = m_rng.pick(topic.variants);

    InboundMessage m;
    m.channel = email ? u"email"_s : u"chat"_s;
    m.contact = QJsonObject { { u"email"_s, c->email } };
    if (brandNew) {
        m.contact.insert(u"name"_s, c->name);
        m.contact.insert(u"attributes"_s, c->attributes);
    }
    const QString subject = fill(variant.subject, *c);
    if (email || m_rng.chance(0.3))
        m.subject = subject;
    m.body = email ? emailBody(variant.opening, *c) : fill(variant.opening, *c);
    m.clientId = nextClientId();
    const Outcome out = m_storage.inbound(m);
    if (!out.ok()) {
        qCWarning(lcSimulator).noquote() << "a new conversation failed:" << out.error->message;
        return false;
    }
    publish(out.events);
    if (!out.ack.conversationId.isEmpty())
        m_scripts.insert(out.ack.conversationId, Script { c->lang, &variant, 0 });
    report(u"%1%2 started %3 conversation: \"%4\""_s.arg(c->name, brandNew ? u" (new customer)"_s : QString(),
                                                               email ? u"an email"_s : u"a chat"_s, subject));
    return true;
}

bool Simulator::contactEvent()
{
    const Customer *c = pickCustomer(true);
    if (!c)
        return false;
    const QString plan = c->attributes.value(u"plan"_s).toString(u"free"_s);
    const double r = m_rng.unit();
    QString name;
    QJsonObject props;
    if (r < 0.3) {
        name = u"created_dashboard"_s;
        props = { { u"dashboard"_s, m_rng.pick(dashboardNames()) }, { u"widgets"_s, m_rng.range(2, 14) } };
    } else if (r < 0.55) {
        name = u"exported_report"_s;
        props = { { u"report"_s, m_rng.pick(dashboardNames()) },
                  { u"format"_s, m_rng.pick(QList<QString> { u"csv"_s, u"xlsx"_s, u"pdf"_s }) },
                  { u"rows"_s, m_rng.range(120, 900000) } };
    } else if (r < 0.7) {
        name = u"invited_teammate"_s;
        const QString who = m_rng.pick(pack(Lang::En).names.maleFirst + pack(Lang::En).names.femaleFirst).latin.toLower();
        props = { { u"email"_s, QString(who + u'@' + c->email.section(u'@', 1)) },
                  { u"role"_s, m_rng.chance(0.6) ? u"editor"_s : u"viewer"_s } };
    } else if (r < 0.82) {
        name = u"connected_integration"_s;
        props = { { u"integration"_s, m_rng.pick(integrations()) } };
    } else if (r < 0.92 || planRank(plan) < 1) {
        name = u"scheduled_report"_s;
        props = { { u"report"_s, m_rng.pick(dashboardNames()) },
                  { u"frequency"_s, m_rng.pick(QList<QString> { u"daily"_s, u"weekly"_s, u"monthly"_s }) } };
    } else {
        name = u"payment_failed"_s;
        props = { { u"amount"_s, c->attributes.value(u"mrr"_s).toDouble(49) },
                  { u"reason"_s, m_rng.pick(QList<QString> { u"card_declined"_s, u"insufficient_funds"_s }) } };
    }
    QList<protocol::Event> events;
    const auto result = m_storage.addContactEvent(c->id, name, props, QDateTime::currentDateTimeUtc(), &events);
    if (!result) {
        qCWarning(lcSimulator).noquote() << "a contact event failed:" << result.error().message;
        return false;
    }
    publish(events);
    report(u"%1: %2"_s.arg(c->name, name));
    return true;
}

bool Simulator::visitor()
{
    QString contactId;
    QString body;
    if (m_visitors.isEmpty() || m_rng.chance(0.45)) {
        // A new visitor opens the messenger. The token is never handed out: it only names them.
        QCryptographicHash token(QCryptographicHash::Sha256);
        token.addData(m_clientIdSalt);
        token.addData("visitor");
        token.addData(QByteArray::number(++m_visitorCounter));
        QList<protocol::Event> events;
        const auto created = m_storage.createVisitor(auth::hashToken(QString::fromLatin1(token.result().toHex())), &events);
        if (!created) {
            qCWarning(lcSimulator).noquote() << "creating a visitor failed:" << created.error().message;
            return false;
        }
        publish(events);
        contactId = created->id;
        m_visitors.append(contactId);
        body = m_rng.pick(visitorOpenings());
    } else {
        contactId = m_rng.pick(m_visitors);
        body = m_rng.pick(visitorFollowUps());
    }
    protocol::VisitorSend send;
    send.req = u"simulator"_s;
    send.clientId = nextClientId();
    send.body = body;
    const Outcome out = m_storage.visitorSend(contactId, send);
    if (!out.ok()) {
        qCWarning(lcSimulator).noquote() << "a visitor message failed:" << out.error->message;
        return false;
    }
    publish(out.events);
    report(u"A website visitor wrote: %1"_s.arg(body));
    return true;
}

} // namespace confab::server
