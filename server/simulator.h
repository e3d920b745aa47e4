#pragma once

#include "seeddata.h"
#include "storage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

// Believable customer traffic for `confabd --simulate` and `confab --demo`: customers writing
// again in their open conversations, new conversations by chat and email, product events on
// contact timelines, and now and then a visitor on the website. Everything goes through the
// same Storage calls as real traffic (inbound, addContactEvent, createVisitor, visitorSend) and
// every committed event is handed to Hub::publish(), so connected teammates see it live.
//
// The sequence of actions follows from the seed number and what is in the storage: the same
// seed on the same data makes the same customers say the same things. Client ids also depend
// on the event log's id and head when the simulator starts, so a restarted simulator never
// replays an old client id (which the storage would answer as a repeat, doing nothing).
namespace confab::server {

class Hub;

class Simulator : public QObject
{
    Q_OBJECT
public:
    Simulator(Storage &storage, Hub &hub, quint32 seed, QObject *parent = nullptr);
    ~Simulator() override;

    // Acts every meanIntervalMs on average, jittered between a quarter and 1.75 times that.
    void start(int meanIntervalMs = 4000);
    void stop();
    bool isRunning() const { return m_running; }
    // One step. Public for tests.
    void tick();

Q_SIGNALS:
    // A one-line description of what a customer just did, without storage-made ids.
    void acted(const QString &what);

private:
    struct Customer
    {
        QString id;
        QString name;
        QString email; // empty for an anonymous visitor
        seeddata::Lang lang = seeddata::Lang::En;
        QJsonObject attributes;
    };
    struct Thread
    {
        QString id;
        QString contactId;
        QString channel;
        QString subject;
        QString status;
    };
    // A conversation this simulator started: the rest of its variant, in order.
    struct Script
    {
        seeddata::Lang lang = seeddata::Lang::En;
        const seeddata::Variant *variant = nullptr;
        qsizetype next = 0;
    };

    bool load();
    void catchUp();
    void apply(const protocol::Event &event);
    void publish(const QList<protocol::Event> &events);
    void scheduleNext();
    void report(const QString &what);

    bool followUp();
    bool newConversation();
    bool contactEvent();
    bool visitor();

    QString nextClientId();
    const Customer *customer(const QString &id) const;
    const Customer *pickCustomer(bool withEmail);
    QString fill(const QString &text, const Customer &c);
    QString emailBody(const QString &text, const Customer &c);

    Storage &m_storage;
    Hub &m_hub;
    quint32 m_seed;
    seeddata::Random m_rng;    // what happens
    seeddata::Random m_jitter; // when it happens
    QTimer m_timer;
    int m_meanIntervalMs = 4000;
    bool m_running = false;
    bool m_loaded = false;

    qint64 m_seenSeq = 0;
    QByteArray m_clientIdSalt;
    quint64 m_clientIdCounter = 0;
    quint64 m_visitorCounter = 0;

    // Ordered by discovery, so choices do not depend on how the storage makes ids.
    QList<Customer> m_customers;
    QHash<QString, qsizetype> m_customerIndex; // lookups only, never iterated
    QSet<QString> m_emails;                    // lookups only
    QList<Thread> m_threads;                   // open and snoozed conversations
    QHash<QString, Script> m_scripts;          // lookups only
    QHash<QString, QString> m_lastAuthor;      // conversation → contact | agent | system; lookups only
    QList<QString> m_visitors;                 // contact ids of visitors this simulator created
};

} // namespace confab::server
