// confabd's storage (SqlStorage over SQLite and PostgreSQL): transactions, the event log,
// idempotency, roles, history paging, snapshots, ingestion, several writers on one database,
// and what happens when the disk or a lock says no. Real databases: a SQLite file in a
// QTemporaryDir, or (tst_server_storage_pg, CONFAB_TEST_DB=postgres) a fresh database in a
// private PostgreSQL cluster per test case. The seed is built here by hand.
#include "server/sqlstorage.h"
#include "server/storage.h"
#include "support/pgcluster.h"
#include "support/testdb.h"

#include "protocol/limits.h"
#include "protocol/timeutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace confab;
using namespace confab::server;
using confab::testing::TestDatabase;
using confab::testing::testingPostgres;
using protocol::Agent;
using protocol::Contact;
using protocol::Conversation;
using protocol::ErrorCode;
using protocol::Event;
using protocol::Message;
namespace limits = protocol::limits;

Q_DECLARE_METATYPE(confab::protocol::ErrorCode)

namespace {

const QString AdminId = u"ag-admin"_s;
const QString LeadId = u"ag-lead"_s;
const QString AnaId = u"ag-ana"_s; // role agent
const QString BenId = u"ag-ben"_s; // role agent

const QString ConvOpen = u"c-open"_s;       // alice, chat, unassigned, team support
const QString ConvMine = u"c-mine"_s;       // bob, email, assigned to Ana
const QString ConvOther = u"c-other"_s;     // carol, chat, assigned to Ben
const QString ConvSnoozed = u"c-snoozed"_s; // alice, chat, snoozed, assigned to the lead
const QString ConvLong = u"c-long"_s;       // bob, chat, LongCount messages
constexpr int LongCount = 120;

const QString NoteByAna = u"n-ana"_s;
const QString NoteByBen = u"n-ben"_s;
const QString ReplyByAna = u"m-open-2"_s;
const QString SystemMsg = u"s-open"_s;

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
}

QString longId(int i)
{
    return u"long-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

QByteArray sha(const QString &s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}

Message msg(const QString &id, const QString &conv, const QString &kind, const QString &authorType,
            const QString &authorId, const QDateTime &at, const QString &channel = u"chat"_s)
{
    Message m;
    m.id = id;
    m.conversationId = conv;
    m.kind = kind;
    m.author = { authorType, authorId };
    m.channel = channel;
    m.body = u"Body of %1"_s.arg(id);
    m.createdAt = at;
    return m;
}

Conversation conv(const QString &id, const QString &contact, const QString &channel, const QString &status,
                  const QString &assignee, const QDateTime &last)
{
    Conversation c;
    c.id = id;
    c.contactId = contact;
    c.channel = channel;
    c.status = status;
    c.assigneeId = assignee;
    c.createdAt = last.addDays(-1);
    c.updatedAt = last;
    c.lastMessageAt = last;
    c.version = 3;
    return c;
}

SeedData makeSeed()
{
    SeedData s;
    s.workspace.id = u"ws-1"_s;
    s.workspace.name = u"Acme Support"_s;
    s.workspace.adminLinks = { { u"Admin"_s, u"https://admin.acme.test/users/{external_id}"_s } };
    s.visitorKey = u"visitor-key-1"_s;
    s.teams = { { u"team-support"_s, u"Support"_s, { AdminId, LeadId } },
                { u"team-billing"_s, u"Billing"_s, { BenId } } };
    auto agent = [](const QString &id, const QString &name, const QString &email, const QString &role,
                    const QStringList &teams) {
        return SeedData::SeedAgent { Agent { id, name, email, role, teams }, u"hash-of-"_s + id };
    };
    s.agents = { agent(AdminId, u"Ada Admin"_s, u"admin@acme.test"_s, u"admin"_s, {}),
                 agent(LeadId, u"Lee Lead"_s, u"lead@acme.test"_s, u"lead"_s, {}),
                 agent(AnaId, u"Ana Lima"_s, u"Ana.Lima@acme.test"_s, u"agent"_s, { u"team-support"_s }),
                 agent(BenId, u"Ben Okafor"_s, u"ben@acme.test"_s, u"agent"_s, {}) };

    auto contact = [](const QString &id, const QString &name, const QString &email, const QString &ext) {
        Contact c;
        c.id = id;
        c.name = name;
        c.email = email;
        c.externalId = ext;
        c.createdAt = t0().addDays(-30);
        c.lastSeenAt = t0().addDays(-1).addMSecs(123);
        return c;
    };
    Contact alice = contact(u"ct-alice"_s, u"Alice"_s, u"Alice@Example.com"_s, u"u-1"_s);
    alice.attributes = QJsonObject { { u"plan"_s, u"pro"_s }, { u"session_count"_s, 3 }, { u"beta"_s, true } };
    alice.tags = { u"vip"_s };
    s.contacts = { alice,
                   contact(u"ct-bob"_s, u"Bob"_s, u"bob@example.com"_s, QString()),
                   contact(u"ct-carol"_s, QString(), QString(), u"u-3"_s),
                   contact(u"ct-dave"_s, u"Dave"_s, u"dave@example.com"_s, QString()),
                   contact(u"ct-erin"_s, u"Erin"_s, u"erin@example.com"_s, QString()),
                   contact(u"ct-frank"_s, u"Frank"_s, u"frank@example.com"_s, QString()) };
    s.contactEvents = { { u"ce-1"_s, u"ct-alice"_s, u"signed_up"_s, QJsonObject { { u"plan"_s, u"pro"_s } },
                          t0().addDays(-30) } };

    Conversation open = conv(ConvOpen, u"ct-alice"_s, u"chat"_s, u"open"_s, QString(), t0().addSecs(600));
    open.teamId = u"team-support"_s;
    Conversation mine = conv(ConvMine, u"ct-bob"_s, u"email"_s, u"open"_s, AnaId, t0().addSecs(500));
    mine.subject = u"Invoice question"_s;
    Conversation snoozed = conv(ConvSnoozed, u"ct-alice"_s, u"chat"_s, u"snoozed"_s, LeadId, t0().addSecs(300));
    snoozed.snoozedUntil = t0().addDays(7);
    s.conversations = { open,
                        mine,
                        conv(ConvOther, u"ct-carol"_s, u"chat"_s, u"open"_s, BenId, t0().addSecs(400)),
                        snoozed,
                        conv(u"c-res-1"_s, u"ct-erin"_s, u"chat"_s, u"resolved"_s, QString(), t0().addDays(-4)),
                        conv(u"c-res-2"_s, u"ct-bob"_s, u"chat"_s, u"resolved"_s, QString(), t0().addDays(-3)),
                        conv(u"c-res-3"_s, u"ct-carol"_s, u"chat"_s, u"resolved"_s, QString(), t0().addDays(-2)),
                        conv(u"c-res-4"_s, u"ct-dave"_s, u"chat"_s, u"resolved"_s, QString(), t0().addDays(-1)),
                        conv(ConvLong, u"ct-bob"_s, u"chat"_s, u"open"_s, QString(), t0().addSecs(100)) };

    const QDateTime o = t0();
    Message note = msg(NoteByAna, ConvOpen, u"note"_s, u"agent"_s, AnaId, o.addSecs(30));
    note.mentions = { LeadId };
    s.messages = { msg(u"m-open-1"_s, ConvOpen, u"reply"_s, u"contact"_s, u"ct-alice"_s, o.addSecs(10)),
                   msg(ReplyByAna, ConvOpen, u"reply"_s, u"agent"_s, AnaId, o.addSecs(20)),
                   note,
                   msg(SystemMsg, ConvOpen, u"system"_s, u"system"_s, QString(), o.addSecs(40)),
                   msg(NoteByBen, ConvOpen, u"note"_s, u"agent"_s, BenId, o.addSecs(50)),
                   msg(u"m-mine-1"_s, ConvMine, u"reply"_s, u"contact"_s, u"ct-bob"_s, o.addSecs(5), u"email"_s),
                   msg(u"m-other-1"_s, ConvOther, u"reply"_s, u"contact"_s, u"ct-carol"_s, o.addSecs(6)),
                   msg(u"m-snz-1"_s, ConvSnoozed, u"reply"_s, u"contact"_s, u"ct-alice"_s, o.addSecs(7)) };
    s.messages.first().clientId = u"client-of-m-open-1"_s;
    for (int i = 1; i <= 4; ++i)
        s.messages.append(msg(u"m-res-%1"_s.arg(i), u"c-res-%1"_s.arg(i), u"reply"_s, u"contact"_s, QString(),
                              t0().addDays(-5 + i)));
    // Deliberately out of order: storage orders history by creation time.
    for (int i = LongCount - 1; i >= 0; --i)
        s.messages.append(msg(longId(i), ConvLong, u"reply"_s, u"contact"_s, u"ct-bob"_s, o.addSecs(-10000 + i)));

    s.articles = { { u"art-1"_s, u"Resetting your password"_s, u"Go to settings."_s, u"https://help.test/reset"_s,
                     t0().addDays(-3) },
                   { u"art-2"_s, u"Billing FAQ"_s, u"Invoices are monthly."_s, QString(), t0().addDays(-2) } };
    s.savedReplies = { { u"sr-1"_s, u"Thanks"_s, u"Thanks for reaching out!"_s } };
    s.apiKeyHashes = { QString::fromLatin1(sha(u"api-key-1"_s).toHex()) };
    return s;
}

QStringList ids(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        out.append(m.id);
    return out;
}

QStringList eventNames(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out.append(e.name);
    return out;
}

QString errorText(const Outcome &o)
{
    return o.error ? protocol::errorCodeName(o.error->code) + u": "_s + o.error->message : u"ok"_s;
}

} // namespace

class TestServerStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freshDatabase();
    void createStorageSpecs_data();
    void createStorageSpecs();
    void postgresUrls_data();
    void postgresUrls();
    void unopenablePaths_data();
    void unopenablePaths();
    void newerSchemaRefused();

    void seedWritesEverything();
    void seedRefusedTwice();
    void seedIsFast();
    void roundTripsAreExact();

    void sendCreatesMessage();
    void sendRefusals_data();
    void sendRefusals();
    void startCreatesConversation();
    void seqIsGapFreeAcrossReopen();
    void idempotent_data();
    void idempotent();
    void clientIdOfAnotherKindRefused();

    void updateConflictChangesNothing();
    void updateAssignmentMatrix_data();
    void updateAssignmentMatrix();
    void updateSystemMessages_data();
    void updateSystemMessages();
    void updateRefusals_data();
    void updateRefusals();

    void deleteNoteRules_data();
    void deleteNoteRules();
    void deleteNoteTwice();

    void fetchPages_data();
    void fetchPages();
    void fetchRefusals_data();
    void fetchRefusals();
    void markRead();

    void snapshotContents();
    void snapshotAllContactsWhenFew();

    void updateContactMerges();
    void upsertContact();
    void upsertContactRefusals_data();
    void upsertContactRefusals();
    void contactEvents();

    void inboundChat();
    void inboundEmailThreads();
    void inboundMovesLastSeenWithAnEvent();
    void inboundReopens();
    void inboundRefusals_data();
    void inboundRefusals();
    void visitors();

    void agentsAndTokens();
    void loginFailuresAreShared();

    void twoConnectionsShareOneLog();
    void concurrentWritersStayGapFree();

    void lockedDatabase();
    void diskFull();

private:
    std::unique_ptr<SqlStorage> openStorage(SqlStorageOptions options = {});
    SqlStorageOptions options();
    Agent by(const QString &id);
    Outcome doUpdate(const Agent &who, const QString &convId, const QJsonObject &set, const QString &clientId = {});
    int countRows(const QString &table);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<SqlStorage> m_db;
    QDateTime m_now;
    int m_clientCounter = 0;
};

// ---------------------------------------------------------------------------------------------
// A customer's message may announce the contact first (its last_seen_at moved, see
// inboundMovesLastSeenWithAnEvent); these tests look at what follows.
static QList<Event> withoutContactUpdates(const QList<Event> &events)
{
    QList<Event> out;
    for (const Event &e : events)
        if (e.name != protocol::events::ContactUpdated)
            out.append(e);
    return out;
}

SqlStorageOptions TestServerStorage::options()
{
    SqlStorageOptions o;
    o.clock = [this] { return m_now; }; // a fixed clock; tests move m_now when they need to
    return o;
}

std::unique_ptr<SqlStorage> TestServerStorage::openStorage(SqlStorageOptions o)
{
    if (!o.clock)
        o.clock = options().clock;
    auto s = m_testDb->storage(o);
    if (auto e = s->open()) {
        qWarning() << "open failed:" << e->message;
        return nullptr;
    }
    return s;
}

void TestServerStorage::initTestCase()
{
    CONFAB_REQUIRE_TEST_DB();
}

void TestServerStorage::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    QVERIFY2(m_testDb->isValid(), qPrintable(m_testDb->error()));
    m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    m_db = openStorage();
    QVERIFY(m_db);
    const auto e = m_db->seed(makeSeed());
    QVERIFY2(!e, e ? qPrintable(e->message) : "");
}

void TestServerStorage::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

Agent TestServerStorage::by(const QString &id)
{
    auto a = m_db->agent(id);
    if (!a)
        qFatal("no agent %s", qPrintable(id));
    return *a;
}

Outcome TestServerStorage::doUpdate(const Agent &who, const QString &convId, const QJsonObject &set,
                                    const QString &clientId)
{
    auto current = m_db->snapshot({ 1000, 0, 0 });
    qint64 version = 0;
    for (const Conversation &x : current.conversations)
        if (x.id == convId)
            version = x.version;
    protocol::Update u;
    u.clientId = clientId.isEmpty() ? u"cl-%1"_s.arg(++m_clientCounter) : clientId;
    u.conversationId = convId;
    u.baseVersion = version;
    u.set = set;
    return m_db->update(who, u);
}

int TestServerStorage::countRows(const QString &table)
{
    const QString name = u"count-%1"_s.arg(quintptr(this));
    int n = -1;
    {
        QSqlDatabase db = m_testDb->connection(name);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::freshDatabase()
{
    TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    QString logId;
    {
        auto storage = fresh.storage(options());
        SqlStorage &s = *storage;
        QCOMPARE(s.open(), std::nullopt);
        QCOMPARE(s.schemaVersion(), SqlStorage::latestSchemaVersion());
        QVERIFY(!s.logId().isEmpty());
        QCOMPARE(s.head(), 0);
        QCOMPARE(s.oldestRetainedSeq(), 1); // head + 1 for an empty log
        QVERIFY(s.eventsAfter(0, 10).isEmpty());
        QVERIFY(s.isEmpty());
        QVERIFY(!s.visitorKey().isEmpty());
        QVERIFY(!s.workspace().id.isEmpty());
        if (testingPostgres())
            QCOMPARE(s.describe(), fresh.spec()); // postgres://confab@127.0.0.1:PORT/NAME, no password
        else
            QCOMPARE(s.describe(), u"sqlite:"_s + QFileInfo(fresh.sqlitePath()).absoluteFilePath());
        logId = s.logId();
    }
    {
        auto again = fresh.storage(options());
        QCOMPARE(again->open(), std::nullopt);
        QCOMPARE(again->logId(), logId); // the same database keeps its log identity
        QCOMPARE(again->schemaVersion(), SqlStorage::latestSchemaVersion());
    }
    // Another new database is another log.
    QVERIFY(m_db->logId() != logId);
    QVERIFY(!m_db->isEmpty());
    if (testingPostgres())
        return;
    const QString path = fresh.sqlitePath();

    // The file really is in WAL mode (persistent, visible to any connection).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"wal-check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }
    QSqlDatabase::removeDatabase(u"wal-check"_s);
}

void TestServerStorage::createStorageSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("sqlite:PATH") << u"sqlite:%1/a.db"_s << true << QString();
    QTest::newRow("sqlite:///PATH") << u"sqlite://%1/b.db"_s << true << QString();
    QTest::newRow("bare path") << u"%1/c.db"_s << true << QString();
    QTest::newRow("postgres without user") << u"postgres://db.example/confab"_s << false << u"must name a user"_s;
    QTest::newRow("postgresql without database") << u"postgresql://u@db.example"_s << false
                                                 << u"must name one database"_s;
    QTest::newRow("postgres unknown option") << u"postgres://u@db.example/confab?frobnicate=1"_s << false
                                             << u"unknown connection option 'frobnicate'"_s;
    QTest::newRow("postgres bad port") << u"postgres://u@db.example:99999/confab"_s << false << u"not a valid"_s;
    QTest::newRow("this test's database") << u"%db"_s << true << QString();
    QTest::newRow("empty") << QString() << false << u"no database"_s;
    QTest::newRow("sqlite: without path") << u"sqlite:"_s << false << u"no database path"_s;
    QTest::newRow("unknown scheme") << u"mysql://x/y"_s << false << u"unknown database scheme"_s;
}

void TestServerStorage::createStorageSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    std::unique_ptr<TestDatabase> other;
    if (spec == "%db"_L1) {
        other = std::make_unique<TestDatabase>();
        QVERIFY2(other->isValid(), qPrintable(other->error()));
        spec = other->spec();
    }
    if (spec.contains(u"%1"_s))
        spec = spec.arg(m_testDb->dir());
    QString error;
    auto s = createStorage(spec, &error);
    QCOMPARE(bool(s), ok);
    if (ok) {
        QCOMPARE(s->open(), std::nullopt);
        QVERIFY2(s->describe().startsWith(testingPostgres() && other ? u"postgres://"_s : u"sqlite:/"_s),
                 qPrintable(s->describe()));
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestServerStorage::postgresUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("envPassword");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::newRow("full") << u"postgres://confab:s3cret@db.example:6543/support"_s << QString() << u"db.example"_s
                          << 6543 << u"confab"_s << u"s3cret"_s << u"support"_s << QString();
    QTest::newRow("default port") << u"postgresql://confab:pw@10.0.0.5/support"_s << QString() << u"10.0.0.5"_s
                                  << 5432 << u"confab"_s << u"pw"_s << u"support"_s << QString();
    QTest::newRow("password from the environment")
        << u"postgres://confab@db.example:5433/support"_s << u"from-env"_s << u"db.example"_s << 5433 << u"confab"_s
        << u"from-env"_s << u"support"_s << QString();
    QTest::newRow("URL password wins") << u"postgres://confab:in-url@db.example/support"_s << u"from-env"_s
                                       << u"db.example"_s << 5432 << u"confab"_s << u"in-url"_s << u"support"_s
                                       << QString();
    QTest::newRow("escaped password") << u"postgres://confab:p%40ss%2Fw%3Ard@db.example/support"_s << QString()
                                      << u"db.example"_s << 5432 << u"confab"_s << u"p@ss/w:rd"_s << u"support"_s
                                      << QString();
    QTest::newRow("options") << u"postgres://confab@db.example/support?sslmode=verify-full&connect_timeout=5"_s
                             << QString() << u"db.example"_s << 5432 << u"confab"_s << QString() << u"support"_s
                             << u"sslmode=verify-full;connect_timeout=5"_s;
}

void TestServerStorage::postgresUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, envPassword);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, options);
    const QByteArray previous = qgetenv("CONFABD_DB_PASSWORD");
    const bool hadPrevious = qEnvironmentVariableIsSet("CONFABD_DB_PASSWORD");
    if (envPassword.isEmpty())
        qunsetenv("CONFABD_DB_PASSWORD");
    else
        qputenv("CONFABD_DB_PASSWORD", envPassword.toUtf8());
    QString error;
    const auto t = PostgresTarget::fromUrl(url, &error);
    if (hadPrevious)
        qputenv("CONFABD_DB_PASSWORD", previous);
    else
        qunsetenv("CONFABD_DB_PASSWORD");
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->host, host);
    QCOMPARE(t->port, port);
    QCOMPARE(t->user, user);
    QCOMPARE(t->password, password);
    QCOMPARE(t->database, database);
    QCOMPARE(t->connectOptions, options);
    // What confabd shows of it never holds the password.
    QVERIFY(t->describe().startsWith(u"postgres://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database)));
    if (!password.isEmpty())
        QVERIFY2(!t->describe().contains(password), qPrintable(t->describe()));
}

void TestServerStorage::unopenablePaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorPart");
    if (testingPostgres()) {
        QTest::newRow("unknown database") << u"pg-no-database"_s << u"does not exist"_s;
        QTest::newRow("nothing listening") << u"pg-no-server"_s << u"refused"_s;
        QTest::newRow("unknown user") << u"pg-no-user"_s << u"does not exist"_s;
        return;
    }
    QTest::newRow("missing directory") << u"missing-dir"_s << u"does not exist"_s;
    QTest::newRow("a directory") << u"directory"_s << u"is a directory"_s;
    QTest::newRow("not a database") << u"garbage"_s << u"not a Confab database"_s;
}

void TestServerStorage::unopenablePaths()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorPart);
    QString path;
    QByteArray garbage;
    const QDir dir(m_testDb->dir());
    std::unique_ptr<SqlStorage> storage;
    QString named; // what the message must name
    if (kind.startsWith("pg-"_L1)) {
        QString why;
        const testing::PgCluster *cluster = testing::PgCluster::shared(&why);
        QVERIFY2(cluster, qPrintable(why));
        PostgresTarget target = cluster->target(u"no_such_database"_s);
        if (kind == "pg-no-server"_L1) {
            QTcpServer probe; // a port nobody listens on once the probe is gone
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            target.port = probe.serverPort();
        } else if (kind == "pg-no-user"_L1) {
            target.user = u"nobody_here"_s;
            target.database = m_testDb->name();
        }
        storage = std::make_unique<SqlStorage>(target, options());
        named = target.database;
    } else if (kind == "missing-dir"_L1) {
        path = dir.filePath(u"no/such/dir/confab.db"_s);
    } else if (kind == "directory"_L1) {
        path = dir.filePath(u"adir"_s);
        QVERIFY(dir.mkdir(u"adir"_s));
    } else {
        path = dir.filePath(u"garbage.db"_s);
        garbage = QByteArray(8192, 'x');
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    if (!storage) {
        storage = std::make_unique<SqlStorage>(path, options());
        named = QFileInfo(path).fileName();
    }
    SqlStorage &s = *storage;
    const auto e = s.open();
    QVERIFY(e.has_value());
    QCOMPARE(e->code, ErrorCode::Internal);
    QVERIFY2(e->message.contains(errorPart), qPrintable(e->message));
    QVERIFY2(e->message.contains(named), qPrintable(e->message));
    // Nothing works on an unopened storage, and nothing crashes.
    QCOMPARE(s.head(), 0);
    QVERIFY(s.send(by(AnaId), { u"r"_s, u"cid"_s, ConvOpen, u"reply"_s, u"hi"_s, {} }).error);
    QVERIFY(s.snapshot({}).error);
    if (!garbage.isEmpty()) { // the file we could not read is left as it was
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }
}

void TestServerStorage::newerSchemaRefused()
{
    m_db.reset();
    {
        QSqlDatabase db = m_testDb->connection(u"bump"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(testingPostgres() ? u"UPDATE confab_schema SET version = 99"_s : u"PRAGMA user_version = 99"_s));
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    auto storage = m_testDb->storage(options());
    const auto e = storage->open();
    QVERIFY(e);
    QVERIFY2(e->message.contains(u"newer"_s), qPrintable(e->message));
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::seedWritesEverything()
{
    const SeedData seed = makeSeed();
    QCOMPARE(m_db->head(), 1);
    QCOMPARE(m_db->oldestRetainedSeq(), 1);
    const auto log = m_db->eventsAfter(0, 100);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().seq, 1);
    QCOMPARE(log.first().name, protocol::events::WorkspaceUpdated);
    QCOMPARE(log.first().data, seed.workspace.toJson());
    QCOMPARE(m_db->workspace(), seed.workspace);
    QCOMPARE(m_db->visitorKey(), seed.visitorKey);
    QVERIFY(!m_db->isEmpty());

    const auto agents = m_db->agents();
    QCOMPARE(agents.size(), 4);
    const Agent ana = by(AnaId);
    QCOMPARE(ana.name, u"Ana Lima"_s);
    QCOMPARE(ana.teamIds, QStringList { u"team-support"_s });
    QCOMPARE(by(BenId).teamIds, QStringList { u"team-billing"_s }); // from the team's member list
    QCOMPARE(by(AdminId).role, u"admin"_s);

    // Email lookup is case-insensitive and returns the stored hash.
    const auto found = m_db->agentByEmail(u"ana.lima@ACME.test"_s);
    QVERIFY(found);
    QCOMPARE(found->first.id, AnaId);
    QCOMPARE(found->second, u"hash-of-"_s + AnaId);
    QVERIFY(!m_db->agentByEmail(u"nobody@acme.test"_s));

    QVERIFY(m_db->apiKeyValid(sha(u"api-key-1"_s)));
    QVERIFY(!m_db->apiKeyValid(sha(u"api-key-2"_s)));

    for (const Contact &c : seed.contacts)
        QCOMPARE(m_db->contact(c.id), c);

    // History in creation order, whatever order the seed listed it in.
    auto page = m_db->fetch({ u"r"_s, ConvLong, QString(), 200 });
    QVERIFY(page);
    QCOMPARE(page->messages.size(), LongCount);
    for (int i = 0; i < LongCount; ++i)
        QCOMPARE(page->messages.at(i).id, longId(i));
    QCOMPARE(countRows(u"contact_events"_s), 1);
}

void TestServerStorage::seedRefusedTwice()
{
    const qint64 head = m_db->head();
    const int messages = countRows(u"messages"_s);
    SeedData other = makeSeed();
    other.agents.first().agent.id = u"someone-else"_s;
    const auto e = m_db->seed(other);
    QVERIFY(e);
    QCOMPARE(e->code, ErrorCode::BadRequest);
    QCOMPARE(m_db->head(), head);
    QCOMPARE(countRows(u"messages"_s), messages);
}

void TestServerStorage::seedIsFast()
{
    // 6,000 messages in one transaction with prepared statements. Reported, not asserted.
    TestDatabase big;
    QVERIFY2(big.isValid(), qPrintable(big.error()));
    auto storage = big.storage(options());
    SqlStorage &s = *storage;
    QCOMPARE(s.open(), std::nullopt);
    SeedData seed = makeSeed();
    for (int c = 0; c < 60; ++c) {
        const QString id = u"bulk-%1"_s.arg(c);
        seed.conversations.append(conv(id, u"ct-frank"_s, u"chat"_s, u"resolved"_s, QString(), t0().addSecs(-c)));
        for (int i = 0; i < 100; ++i)
            seed.messages.append(msg(u"%1-%2"_s.arg(id).arg(i), id, u"reply"_s, u"agent"_s, AnaId, t0().addSecs(i)));
    }
    QVERIFY(seed.messages.size() > 6000);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(s.seed(seed), std::nullopt);
    qInfo("seeded %lld messages in %lld ms", qlonglong(seed.messages.size()), qlonglong(timer.elapsed()));
    auto page = s.fetch({ u"r"_s, u"bulk-7"_s, QString(), 200 });
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 100);
    QCOMPARE(page->messages.last().id, u"bulk-7-99"_s);
}

void TestServerStorage::roundTripsAreExact()
{
    const SeedData seed = makeSeed();
    const SnapshotData snap = m_db->snapshot({ 1000, 1000, 1000 });
    QVERIFY(!snap.error);
    QCOMPARE(snap.conversations.size(), seed.conversations.size());
    for (const Conversation &c : seed.conversations) {
        const auto it = std::find_if(snap.conversations.begin(), snap.conversations.end(),
                                     [&](const Conversation &x) { return x.id == c.id; });
        QVERIFY(it != snap.conversations.end());
        QCOMPARE(*it, c);
        QCOMPARE(it->toJson(), c.toJson()); // nulls stay nulls, milliseconds stay milliseconds
    }
    for (const Message &m : seed.messages) {
        const auto it = std::find_if(snap.messages.begin(), snap.messages.end(),
                                     [&](const Message &x) { return x.id == m.id; });
        QVERIFY(it != snap.messages.end());
        QCOMPARE(it->toJson(), m.toJson());
    }
    QCOMPARE(snap.articles.size(), 2);
    for (const auto &a : seed.articles)
        QVERIFY(snap.articles.contains(a));
    QCOMPARE(snap.savedReplies, seed.savedReplies);

    // An empty subject is stored as none, and a time keeps its milliseconds.
    m_now = m_now.addMSecs(357);
    protocol::Start st { u"r"_s, u"cl-empty-subject"_s, u"ct-frank"_s, u"email"_s, u""_s, u"Hello"_s };
    const Outcome o = m_db->start(by(AnaId), st);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    const Event created = o.events.first();
    QCOMPARE(created.data.value("subject"_L1), QJsonValue(QJsonValue::Null));
    const QDateTime when = protocol::parseTime(created.data.value("created_at"_L1).toString());
    QCOMPARE(when, m_now);
    QCOMPARE(when.time().msec(), m_now.time().msec());
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::sendCreatesMessage()
{
    const qint64 head = m_db->head();
    const auto before = m_db->snapshot({}).conversations;
    Conversation old;
    for (const auto &c : before)
        if (c.id == ConvMine)
            old = c;

    const Outcome o = m_db->send(by(AnaId), { u"req-1"_s, u"cl-send"_s, ConvMine, u"note"_s, u"Looking into it"_s,
                                              { LeadId } });
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QVERIFY(!o.repeated);
    QCOMPARE(eventNames(o.events), (QStringList { protocol::events::MessageCreated, protocol::events::ConversationUpdated }));
    QCOMPARE(o.events.at(0).seq, head + 1);
    QCOMPARE(o.events.at(1).seq, head + 2);
    QCOMPARE(o.ack.seq, head + 2);
    QCOMPARE(m_db->head(), head + 2);

    auto m = Message::fromJson(o.events.at(0).data);
    QVERIFY(m);
    QCOMPARE(m->id, o.ack.messageId);
    QCOMPARE(m->kind, u"note"_s);
    QCOMPARE(m->author, (protocol::Author { u"agent"_s, AnaId }));
    QCOMPARE(m->channel, u"email"_s); // the conversation's channel
    QCOMPARE(m->mentions, QStringList { LeadId });
    QCOMPARE(m->clientId, u"cl-send"_s);
    QCOMPARE(m->createdAt, m_now);

    auto c = Conversation::fromJson(o.events.at(1).data);
    QVERIFY(c);
    QCOMPARE(c->version, old.version); // a message never changes the version
    QCOMPARE(c->lastMessageAt, m->createdAt);
    QCOMPARE(c->updatedAt, m->createdAt);
    QCOMPARE(c->status, old.status);

    auto page = m_db->fetch({ u"r"_s, ConvMine, QString(), 10 });
    QVERIFY(page);
    QCOMPARE(page->messages.last(), *m);
    QCOMPARE(m_db->eventsAfter(head, 10), o.events);
}

void TestServerStorage::sendRefusals_data()
{
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<ErrorCode>("code");
    const QStringList none;
    QTest::newRow("unknown conversation") << u"c-nope"_s << u"reply"_s << u"hi"_s << none << u"x1"_s << ErrorCode::NotFound;
    QTest::newRow("blank body") << ConvOpen << u"reply"_s << u"  \n "_s << none << u"x2"_s << ErrorCode::BadRequest;
    QTest::newRow("body too long") << ConvOpen << u"reply"_s << QString(limits::MaxMessageBodyChars + 1, u'a') << none
                                   << u"x3"_s << ErrorCode::TooLarge;
    QTest::newRow("system kind") << ConvOpen << u"system"_s << u"hi"_s << none << u"x4"_s << ErrorCode::BadRequest;
    QTest::newRow("unknown mention") << ConvOpen << u"note"_s << u"hi"_s << QStringList { u"ag-ghost"_s } << u"x5"_s
                                     << ErrorCode::BadRequest;
    QStringList many;
    for (int i = 0; i <= limits::MaxMentions; ++i)
        many << LeadId;
    QTest::newRow("too many mentions") << ConvOpen << u"note"_s << u"hi"_s << many << u"x6"_s << ErrorCode::TooLarge;
    QTest::newRow("no client_id") << ConvOpen << u"reply"_s << u"hi"_s << none << QString() << ErrorCode::BadRequest;
    QTest::newRow("client_id too long") << ConvOpen << u"reply"_s << u"hi"_s << none
                                        << QString(limits::MaxIdChars + 1, u'c') << ErrorCode::TooLarge;
}

void TestServerStorage::sendRefusals()
{
    QFETCH(QString, conversation);
    QFETCH(QString, kind);
    QFETCH(QString, body);
    QFETCH(QStringList, mentions);
    QFETCH(QString, clientId);
    QFETCH(ErrorCode, code);
    const qint64 head = m_db->head();
    const int messages = countRows(u"messages"_s);
    const Outcome o = m_db->send(by(AnaId), { u"r"_s, clientId, conversation, kind, body, mentions });
    QVERIFY(o.error);
    QCOMPARE(o.error->code, code);
    QVERIFY(!o.error->message.isEmpty());
    QVERIFY(o.events.isEmpty());
    QCOMPARE(m_db->head(), head);
    QCOMPARE(countRows(u"messages"_s), messages);
    QCOMPARE(countRows(u"client_ops"_s), 0); // failures are not recorded
}

void TestServerStorage::startCreatesConversation()
{
    const qint64 head = m_db->head();
    protocol::Start st { u"r"_s, u"cl-start"_s, u"ct-frank"_s, u"email"_s, u"Your order"_s, u"It shipped."_s };
    const Outcome o = m_db->start(by(BenId), st);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(eventNames(o.events), (QStringList { protocol::events::ConversationCreated, protocol::events::MessageCreated }));
    QCOMPARE(o.ack.seq, head + 2);
    auto c = Conversation::fromJson(o.events.at(0).data);
    QVERIFY(c);
    QCOMPARE(c->id, o.ack.conversationId);
    QCOMPARE(c->contactId, u"ct-frank"_s);
    QCOMPARE(c->status, u"open"_s);
    QCOMPARE(c->assigneeId, BenId);
    QCOMPARE(c->priority, u"none"_s);
    QCOMPARE(c->version, 1);
    QCOMPARE(c->subject, u"Your order"_s);
    auto m = Message::fromJson(o.events.at(1).data);
    QVERIFY(m);
    QCOMPARE(m->id, o.ack.messageId);
    QCOMPARE(m->kind, u"reply"_s);
    QCOMPARE(m->channel, u"email"_s);
    QCOMPARE(m->conversationId, c->id);

    const Outcome missing = m_db->start(by(BenId), { u"r"_s, u"cl-start-2"_s, u"ct-ghost"_s, u"chat"_s, {}, u"hi"_s });
    QVERIFY(missing.error);
    QCOMPARE(missing.error->code, ErrorCode::NotFound);
    QCOMPARE(m_db->head(), head + 2);
}

void TestServerStorage::seqIsGapFreeAcrossReopen()
{
    QList<Event> seen = m_db->eventsAfter(0, 1000);
    auto collect = [&](const QList<Event> &evs) { seen.append(evs); };
    auto mixedRound = [&](SqlStorage &s, int round) {
        const QString r = QString::number(round);
        Outcome o = s.send(by(AnaId), { u"r"_s, u"g-send-"_s + r, ConvOpen, u"reply"_s, u"hello "_s + r, {} });
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        collect(o.events);
        o = s.start(by(AnaId), { u"r"_s, u"g-start-"_s + r, u"ct-dave"_s, u"chat"_s, {}, u"hi"_s });
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        collect(o.events);
        o = doUpdate(by(LeadId), o.ack.conversationId, { { u"priority"_s, u"high"_s } });
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        collect(o.events);
        // A refused request in between must not leave a hole.
        o = s.send(by(AnaId), { u"r"_s, u"g-bad-"_s + r, u"c-ghost"_s, u"reply"_s, u"x"_s, {} });
        QVERIFY(o.error);
        InboundMessage in;
        in.contact = QJsonObject { { u"email"_s, u"gap%1@example.com"_s.arg(round) } };
        in.body = u"inbound "_s + r;
        in.clientId = u"g-in-"_s + r;
        o = s.inbound(in);
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        collect(o.events);
        QList<Event> evs;
        auto c = s.upsertContact(QJsonObject { { u"external_id"_s, QString(u"gap-ext-"_s + r) } }, &evs);
        QVERIFY(c);
        auto ce = s.addContactEvent(c->id, u"visited"_s, {}, {}, &evs);
        QVERIFY(ce);
        auto v = s.createVisitor(sha(u"gap-visitor-"_s + r), &evs);
        QVERIFY(v);
        collect(evs);
        o = s.visitorSend(v->id, { u"r"_s, u"g-vs-"_s + r, u"help"_s });
        QVERIFY2(o.ok(), qPrintable(errorText(o)));
        collect(o.events);
    };
    for (int round = 0; round < 5; ++round) {
        mixedRound(*m_db, round);
        if (QTest::currentTestFailed())
            return;
    }
    // Close and reopen the same file: the log continues at head + 1.
    const qint64 headBefore = m_db->head();
    const QString logId = m_db->logId();
    m_db.reset();
    m_db = openStorage();
    QVERIFY(m_db);
    QCOMPARE(m_db->head(), headBefore);
    QCOMPARE(m_db->logId(), logId);
    for (int round = 5; round < 10; ++round) {
        mixedRound(*m_db, round);
        if (QTest::currentTestFailed())
            return;
    }
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i).seq, qint64(i + 1));
    QCOMPARE(m_db->head(), qint64(seen.size()));
    // What each call returned is exactly what the log holds, in order.
    QList<Event> log;
    for (qint64 after = 0;;) {
        const auto batch = m_db->eventsAfter(after, 37);
        if (batch.isEmpty())
            break;
        log.append(batch);
        after = batch.last().seq;
    }
    QCOMPARE(log, seen);
}

void TestServerStorage::idempotent_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("send") << u"send"_s;
    QTest::newRow("start") << u"start"_s;
    QTest::newRow("update") << u"update"_s;
    QTest::newRow("update_contact") << u"update_contact"_s;
    QTest::newRow("inbound") << u"inbound"_s;
    QTest::newRow("visitorSend") << u"visitorSend"_s;
}

void TestServerStorage::idempotent()
{
    QFETCH(QString, op);
    QString visitor;
    if (op == "visitorSend"_L1) {
        auto v = m_db->createVisitor(sha(u"idem-visitor"_s), nullptr);
        QVERIFY(v);
        visitor = v->id;
    }
    qint64 version = 0;
    for (const auto &c : m_db->snapshot({}).conversations)
        if (c.id == ConvOpen)
            version = c.version;
    auto run = [&](SqlStorage &s) -> Outcome {
        const QString cid = u"idem-"_s + op;
        if (op == "send"_L1)
            return s.send(by(AnaId), { u"r"_s, cid, ConvOpen, u"reply"_s, u"once"_s, {} });
        if (op == "start"_L1)
            return s.start(by(AnaId), { u"r"_s, cid, u"ct-frank"_s, u"chat"_s, {}, u"once"_s });
        if (op == "update"_L1) {
            protocol::Update u;
            u.clientId = cid;
            u.conversationId = ConvOpen;
            u.baseVersion = version;
            u.set = QJsonObject { { u"status"_s, u"resolved"_s } };
            return s.update(by(AnaId), u);
        }
        if (op == "update_contact"_L1)
            return s.updateContact(by(AnaId), { u"r"_s, cid, u"ct-bob"_s, QJsonObject { { u"name"_s, u"Robert"_s } } });
        if (op == "inbound"_L1) {
            InboundMessage in;
            in.contact = QJsonObject { { u"email"_s, u"once@example.com"_s } };
            in.body = u"once"_s;
            in.clientId = cid;
            return s.inbound(in);
        }
        return s.visitorSend(visitor, { u"r"_s, cid, u"once"_s });
    };
    const int messages = countRows(u"messages"_s);
    const int conversations = countRows(u"conversations"_s);
    const Outcome first = run(*m_db);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(!first.repeated);
    QVERIFY(!first.events.isEmpty());
    QCOMPARE(first.ack.seq, first.events.last().seq);
    const qint64 head = m_db->head();
    const int messagesAfter = countRows(u"messages"_s);
    const int conversationsAfter = countRows(u"conversations"_s);
    QVERIFY(messagesAfter >= messages);
    QVERIFY(conversationsAfter >= conversations);

    auto sameAck = [&](const Outcome &again) {
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QVERIFY(again.repeated);
        QVERIFY(again.events.isEmpty());
        QCOMPARE(again.ack.messageId, first.ack.messageId);
        QCOMPARE(again.ack.conversationId, first.ack.conversationId);
        QCOMPARE(again.ack.seq, first.ack.seq);
        QCOMPARE(again.ack.version, first.ack.version);
        QCOMPARE(m_db->head(), head);
        QCOMPARE(countRows(u"messages"_s), messagesAfter);
        QCOMPARE(countRows(u"conversations"_s), conversationsAfter);
    };
    sameAck(run(*m_db));
    if (QTest::currentTestFailed())
        return;
    // Across a restart, too.
    m_db.reset();
    m_db = openStorage();
    QVERIFY(m_db);
    sameAck(run(*m_db));
}

void TestServerStorage::clientIdOfAnotherKindRefused()
{
    const Outcome sent = m_db->send(by(AnaId), { u"r"_s, u"shared-id"_s, ConvOpen, u"reply"_s, u"hi"_s, {} });
    QVERIFY(sent.ok());
    const qint64 head = m_db->head();
    const Outcome start = m_db->start(by(AnaId), { u"r"_s, u"shared-id"_s, u"ct-frank"_s, u"chat"_s, {}, u"hi"_s });
    QVERIFY(start.error);
    QCOMPARE(start.error->code, ErrorCode::BadRequest);
    // Another agent's client_id is not an answer to someone else's request either.
    const Outcome other = m_db->send(by(BenId), { u"r"_s, u"shared-id"_s, ConvOpen, u"reply"_s, u"hi"_s, {} });
    QVERIFY(other.error);
    QVERIFY(!other.repeated);
    QCOMPARE(m_db->head(), head);
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::updateConflictChangesNothing()
{
    const auto before = m_db->snapshot({});
    Conversation current;
    for (const auto &c : before.conversations)
        if (c.id == ConvOpen)
            current = c;
    protocol::Update u;
    u.clientId = u"cl-conflict"_s;
    u.conversationId = ConvOpen;
    u.baseVersion = current.version - 1;
    u.set = QJsonObject { { u"status"_s, u"resolved"_s } };
    const Outcome o = m_db->update(by(LeadId), u);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, ErrorCode::Conflict);
    QVERIFY(o.current);
    QCOMPARE(*o.current, current);
    QVERIFY(o.events.isEmpty());
    QCOMPARE(m_db->head(), before.head);
    const auto after = m_db->snapshot({});
    QCOMPARE(after.conversations, before.conversations);
    QCOMPARE(after.messages.size(), before.messages.size());

    // The refusal was not recorded: the corrected retry with the same client_id applies.
    u.baseVersion = current.version;
    const Outcome retry = m_db->update(by(LeadId), u);
    QVERIFY2(retry.ok(), qPrintable(errorText(retry)));
    QVERIFY(!retry.repeated);
    QCOMPARE(retry.ack.version, current.version + 1);
}

void TestServerStorage::updateAssignmentMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("from"); // none | self | other
    QTest::addColumn<QString>("to");   // none | self | other
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<QString, QString>> who { { u"agent"_s, AnaId }, { u"lead"_s, LeadId }, { u"admin"_s, AdminId } };
    struct Case
    {
        const char *name, *from, *to;
    };
    const Case cases[] = { { "take unassigned", "none", "self" },    { "hand back own", "self", "none" },
                           { "assign other", "none", "other" },       { "pass own to other", "self", "other" },
                           { "take someone's", "other", "self" },     { "unassign someone's", "other", "none" } };
    for (const auto &[role, id] : who)
        for (const Case &c : cases) {
            const bool allowed = role != "agent"_L1 || (QLatin1StringView(c.name) == "take unassigned"_L1)
                || (QLatin1StringView(c.name) == "hand back own"_L1);
            QTest::addRow("%s: %s", qPrintable(role), c.name)
                << id << QString::fromLatin1(c.from) << QString::fromLatin1(c.to) << allowed;
        }
}

void TestServerStorage::updateAssignmentMatrix()
{
    QFETCH(QString, who);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const QString other = BenId;
    auto resolve = [&](const QString &k) {
        return k == "none"_L1 ? QString() : k == "self"_L1 ? who : other;
    };
    // Arrange the starting assignee as an admin.
    const QString fromId = resolve(from);
    const Outcome arrange = doUpdate(by(AdminId), ConvOpen,
                                     { { u"assignee_id"_s, fromId.isNull() ? QJsonValue() : QJsonValue(fromId) } });
    QVERIFY2(arrange.ok(), qPrintable(errorText(arrange)));
    const qint64 head = m_db->head();

    const QString toId = resolve(to);
    const Outcome o =
        doUpdate(by(who), ConvOpen, { { u"assignee_id"_s, toId.isNull() ? QJsonValue() : QJsonValue(toId) } });
    if (!allowed) {
        QVERIFY(o.error);
        QCOMPARE(o.error->code, ErrorCode::Forbidden);
        QVERIFY(o.error->message.contains(u"lead"_s));
        QCOMPARE(m_db->head(), head);
        QCOMPARE(countRows(u"client_ops"_s), 1); // only the arranging update
        return;
    }
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(o.ack.version, arrange.ack.version + 1);
    auto c = Conversation::fromJson(o.events.first().data);
    QVERIFY(c);
    QCOMPARE(c->assigneeId, toId);
    QCOMPARE(o.events.size(), 2); // conversation.updated + one system message
    const QString text = o.events.at(1).data.value("body"_L1).toString();
    const QString whoName = by(who).name;
    if (toId.isNull())
        QCOMPARE(text, whoName + u" unassigned this conversation"_s);
    else if (toId == who)
        QCOMPARE(text, whoName + u" assigned this conversation to themselves"_s);
    else
        QCOMPARE(text, whoName + u" assigned this conversation to Ben Okafor"_s);
}

void TestServerStorage::updateSystemMessages_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("lead assigns") << LeadId << ConvOpen << QJsonObject { { u"assignee_id"_s, BenId } }
                                  << QStringList { u"Lee Lead assigned this conversation to Ben Okafor"_s };
    QTest::newRow("resolve") << BenId << ConvOther << QJsonObject { { u"status"_s, u"resolved"_s } }
                             << QStringList { u"Ben Okafor resolved this conversation"_s };
    QTest::newRow("snooze") << AnaId << ConvMine
                            << QJsonObject { { u"status"_s, u"snoozed"_s },
                                             { u"snoozed_until"_s, u"2026-11-26T09:00:00.000Z"_s } }
                            << QStringList { u"Ana Lima snoozed this conversation until 2026-11-26 09:00 UTC"_s };
    QTest::newRow("reopen") << LeadId << ConvSnoozed << QJsonObject { { u"status"_s, u"open"_s } }
                            << QStringList { u"Lee Lead reopened this conversation"_s };
    QTest::newRow("priority") << AnaId << ConvOpen << QJsonObject { { u"priority"_s, u"high"_s } }
                              << QStringList { u"Ana Lima set priority to High"_s };
    QTest::newRow("priority none") << AnaId << ConvOpen << QJsonObject { { u"priority"_s, u"none"_s } } << QStringList {};
    QTest::newRow("tags") << AnaId << ConvOpen
                          << QJsonObject { { u"tags"_s, QJsonArray { u"billing"_s, u"vip"_s } } }
                          << QStringList { u"Ana Lima set tags: billing, vip"_s };
    QTest::newRow("team") << AnaId << ConvOpen << QJsonObject { { u"team_id"_s, u"team-billing"_s } }
                          << QStringList { u"Ana Lima moved this conversation to the Billing team"_s };
    QTest::newRow("team removed") << AnaId << ConvOpen << QJsonObject { { u"team_id"_s, QJsonValue() } }
                                  << QStringList { u"Ana Lima removed this conversation from the Support team"_s };
    QTest::newRow("several at once")
        << AdminId << ConvOpen
        << QJsonObject { { u"status"_s, u"resolved"_s }, { u"assignee_id"_s, AnaId }, { u"priority"_s, u"urgent"_s } }
        << QStringList { u"Ada Admin resolved this conversation"_s, u"Ada Admin assigned this conversation to Ana Lima"_s,
                         u"Ada Admin set priority to Urgent"_s };
}

void TestServerStorage::updateSystemMessages()
{
    QFETCH(QString, who);
    QFETCH(QString, conversation);
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, texts);
    Conversation before;
    for (const auto &c : m_db->snapshot({}).conversations)
        if (c.id == conversation)
            before = c;
    const qint64 head = m_db->head();
    const Outcome o = doUpdate(by(who), conversation, set);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(o.events.size(), 1 + texts.size());
    QCOMPARE(o.events.first().name, protocol::events::ConversationUpdated);
    QCOMPARE(o.ack.version, before.version + 1);
    QCOMPARE(o.ack.seq, head + 1 + texts.size());
    auto after = Conversation::fromJson(o.events.first().data);
    QVERIFY(after);
    QCOMPARE(after->version, before.version + 1);
    QCOMPARE(after->updatedAt, m_now);
    QCOMPARE(after->lastMessageAt, before.lastMessageAt); // a state change is not a new message
    if (set.contains("status"_L1))
        QCOMPARE(after->status, set.value("status"_L1).toString());
    if (after->status == "snoozed"_L1)
        QCOMPARE(after->snoozedUntil, protocol::parseTime(set.value("snoozed_until"_L1).toString()));
    else
        QVERIFY(!after->snoozedUntil.isValid()); // leaving snoozed clears it
    for (int i = 0; i < texts.size(); ++i) {
        const Event &e = o.events.at(i + 1);
        QCOMPARE(e.name, protocol::events::MessageCreated);
        auto m = Message::fromJson(e.data);
        QVERIFY(m);
        QCOMPARE(m->kind, u"system"_s);
        QCOMPARE(m->author, (protocol::Author { u"system"_s, QString() }));
        QVERIFY(m->author.id.isNull());
        QCOMPARE(m->body, texts.at(i));
        QCOMPARE(m->conversationId, conversation);
    }
}

void TestServerStorage::updateRefusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("unknown conversation") << LeadId << u"c-ghost"_s << QJsonObject { { u"priority"_s, u"low"_s } }
                                          << ErrorCode::NotFound;
    QTest::newRow("snoozed without time") << LeadId << ConvOpen << QJsonObject { { u"status"_s, u"snoozed"_s } }
                                          << ErrorCode::BadRequest;
    QTest::newRow("snoozed_until on open") << LeadId << ConvOpen
                                           << QJsonObject { { u"snoozed_until"_s, u"2026-12-01T00:00:00.000Z"_s } }
                                           << ErrorCode::BadRequest;
    QTest::newRow("unknown assignee") << LeadId << ConvOpen << QJsonObject { { u"assignee_id"_s, u"ag-ghost"_s } }
                                      << ErrorCode::BadRequest;
    QTest::newRow("unknown team") << LeadId << ConvOpen << QJsonObject { { u"team_id"_s, u"team-ghost"_s } }
                                  << ErrorCode::BadRequest;
    QTest::newRow("unknown field") << LeadId << ConvOpen << QJsonObject { { u"subject"_s, u"x"_s } } << ErrorCode::BadRequest;
    QTest::newRow("empty set") << LeadId << ConvOpen << QJsonObject {} << ErrorCode::BadRequest;
    QJsonArray tags;
    for (int i = 0; i <= limits::MaxTags; ++i)
        tags.append(u"t%1"_s.arg(i));
    QTest::newRow("too many tags") << LeadId << ConvOpen << QJsonObject { { u"tags"_s, tags } } << ErrorCode::TooLarge;
    QTest::newRow("bad priority") << LeadId << ConvOpen << QJsonObject { { u"priority"_s, u"meh"_s } }
                                  << ErrorCode::BadRequest;
}

void TestServerStorage::updateRefusals()
{
    QFETCH(QString, who);
    QFETCH(QString, conversation);
    QFETCH(QJsonObject, set);
    QFETCH(ErrorCode, code);
    const auto before = m_db->snapshot({});
    const Outcome o = doUpdate(by(who), conversation, set);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, code);
    QVERIFY(!o.current);
    QCOMPARE(m_db->head(), before.head);
    QCOMPARE(m_db->snapshot({}).conversations, before.conversations);
    QCOMPARE(countRows(u"client_ops"_s), 0);
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::deleteNoteRules_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ErrorCode>("code"); // Internal = allowed
    QTest::newRow("author deletes own note") << AnaId << NoteByAna << ErrorCode::Internal;
    QTest::newRow("agent deletes another's note") << AnaId << NoteByBen << ErrorCode::Forbidden;
    QTest::newRow("lead deletes another's note") << LeadId << NoteByBen << ErrorCode::Internal;
    QTest::newRow("admin deletes another's note") << AdminId << NoteByAna << ErrorCode::Internal;
    QTest::newRow("author deletes own reply") << AnaId << ReplyByAna << ErrorCode::Forbidden;
    QTest::newRow("admin deletes a reply") << AdminId << ReplyByAna << ErrorCode::Forbidden;
    QTest::newRow("admin deletes a system message") << AdminId << SystemMsg << ErrorCode::Forbidden;
    QTest::newRow("unknown message") << AdminId << u"m-ghost"_s << ErrorCode::NotFound;
}

void TestServerStorage::deleteNoteRules()
{
    QFETCH(QString, who);
    QFETCH(QString, message);
    QFETCH(ErrorCode, code);
    const qint64 head = m_db->head();
    const Outcome o = m_db->deleteNote(by(who), { u"r"_s, message });
    auto page = m_db->fetch({ u"r"_s, ConvOpen, QString(), 50 });
    QVERIFY(page);
    const auto it = std::find_if(page->messages.begin(), page->messages.end(),
                                 [&](const Message &m) { return m.id == message; });
    if (code != ErrorCode::Internal) {
        QVERIFY(o.error);
        QCOMPARE(o.error->code, code);
        QCOMPARE(m_db->head(), head);
        if (it != page->messages.end()) {
            QVERIFY(!it->deleted);
            QCOMPARE(it->body, u"Body of "_s + message);
        }
        return;
    }
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(o.ack.messageId, message);
    QCOMPARE(o.events.size(), 1);
    QCOMPARE(o.events.first().name, protocol::events::MessageDeleted);
    QCOMPARE(o.ack.seq, head + 1);
    auto m = Message::fromJson(o.events.first().data);
    QVERIFY(m);
    QVERIFY(m->deleted);
    QVERIFY(m->body.isEmpty());
    QVERIFY(it != page->messages.end());
    QCOMPARE(*it, *m);
}

void TestServerStorage::deleteNoteTwice()
{
    const Outcome first = m_db->deleteNote(by(AnaId), { u"r1"_s, NoteByAna });
    QVERIFY(first.ok());
    const qint64 head = m_db->head();
    const Outcome again = m_db->deleteNote(by(AnaId), { u"r2"_s, NoteByAna });
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again.ack.messageId, NoteByAna);
    QVERIFY(again.events.isEmpty());
    QCOMPARE(m_db->head(), head);
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::fetchPages_data()
{
    QTest::addColumn<int>("before"); // index into the long conversation, -1 = newest
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("complete");
    QTest::newRow("newest 50") << -1 << 50 << 70 << 50 << false;
    QTest::newRow("before 70, 50") << 70 << 50 << 20 << 50 << false;
    QTest::newRow("before 20, 50: the rest") << 20 << 50 << 0 << 20 << true;
    QTest::newRow("before 20, exactly 20 remain") << 20 << 20 << 0 << 20 << true;
    QTest::newRow("before 21, 20: one older remains") << 21 << 20 << 1 << 20 << false;
    QTest::newRow("before the first") << 0 << 10 << 0 << 0 << true;
    QTest::newRow("all in one page") << -1 << 200 << 0 << LongCount << true;
    QTest::newRow("exactly all") << -1 << LongCount << 0 << LongCount << true;
    QTest::newRow("all but one") << -1 << LongCount - 1 << 1 << LongCount - 1 << false;
    QTest::newRow("limit 1") << -1 << 1 << LongCount - 1 << 1 << false;
}

void TestServerStorage::fetchPages()
{
    QFETCH(int, before);
    QFETCH(int, limit);
    QFETCH(int, first);
    QFETCH(int, count);
    QFETCH(bool, complete);
    auto page = m_db->fetch({ u"req-9"_s, ConvLong, before < 0 ? QString() : longId(before), limit });
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page->req, u"req-9"_s);
    QCOMPARE(page->complete, complete);
    QStringList expected;
    for (int i = first; i < first + count; ++i)
        expected << longId(i);
    QCOMPARE(ids(page->messages), expected); // oldest first
}

void TestServerStorage::fetchRefusals_data()
{
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("limit");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("unknown conversation") << u"c-ghost"_s << QString() << 10 << ErrorCode::NotFound;
    QTest::newRow("unknown before") << ConvLong << u"m-ghost"_s << 10 << ErrorCode::NotFound;
    QTest::newRow("before of another conversation") << ConvLong << ReplyByAna << 10 << ErrorCode::NotFound;
    QTest::newRow("limit 0") << ConvLong << QString() << 0 << ErrorCode::BadRequest;
    QTest::newRow("limit too big") << ConvLong << QString() << limits::MaxFetchLimit + 1 << ErrorCode::BadRequest;
}

void TestServerStorage::fetchRefusals()
{
    QFETCH(QString, conversation);
    QFETCH(QString, before);
    QFETCH(int, limit);
    QFETCH(ErrorCode, code);
    auto page = m_db->fetch({ u"r"_s, conversation, before, limit });
    QVERIFY(!page);
    QCOMPARE(page.error().code, code);
}

void TestServerStorage::markRead()
{
    QVERIFY(m_db->readMarker(AnaId, ConvOpen).isNull());
    const qint64 head = m_db->head();
    m_db->markRead(AnaId, ConvOpen, ReplyByAna);
    QCOMPARE(m_db->readMarker(AnaId, ConvOpen), ReplyByAna);
    m_db->markRead(AnaId, ConvOpen, NoteByBen);
    QCOMPARE(m_db->readMarker(AnaId, ConvOpen), NoteByBen);
    QVERIFY(m_db->readMarker(BenId, ConvOpen).isNull());
    QCOMPARE(m_db->head(), head); // no event
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::snapshotContents()
{
    // Move the log on so head is not just the seed's event.
    QVERIFY(m_db->send(by(AnaId), { u"r"_s, u"snap-1"_s, ConvOther, u"reply"_s, u"newest"_s, {} }).ok());
    const SnapshotData s = m_db->snapshot({ 2, 3, 0 });
    QVERIFY(!s.error);
    QCOMPARE(s.head, m_db->head());
    QCOMPARE(s.workspace, makeSeed().workspace);
    QCOMPARE(s.agents.size(), 4);
    QCOMPARE(s.teams.size(), 2);
    for (const auto &t : s.teams)
        if (t.id == "team-support"_L1)
            QCOMPARE(t.memberIds, (QStringList { AdminId, AnaId, LeadId }));
    QCOMPARE(s.articles.size(), 2);
    QCOMPARE(s.savedReplies.size(), 1);

    // All open and snoozed conversations, plus the 2 most recently active resolved ones,
    // most recent first.
    QStringList convIds;
    for (const auto &c : s.conversations)
        convIds << c.id;
    QCOMPARE(convIds, (QStringList { ConvOther, ConvOpen, ConvMine, ConvSnoozed, ConvLong, u"c-res-4"_s, u"c-res-3"_s }));

    // The latest 3 messages of each, oldest first, grouped by conversation.
    QHash<QString, QStringList> perConv;
    for (const auto &m : s.messages)
        perConv[m.conversationId] << m.id;
    QCOMPARE(perConv.value(ConvLong), (QStringList { longId(117), longId(118), longId(119) }));
    QCOMPARE(perConv.value(ConvOpen), (QStringList { NoteByAna, SystemMsg, NoteByBen }));
    QCOMPARE(perConv.value(u"c-res-4"_s), QStringList { u"m-res-4"_s });
    QCOMPARE(perConv.value(ConvOther).size(), 2);
    QVERIFY(!perConv.contains(u"c-res-1"_s));
    QCOMPARE(s.messages.size(), 3 + 3 + 1 + 1 + 2 + 1 + 1);

    // Contacts of exactly those conversations (erin and frank have none in the snapshot).
    QStringList contactIds;
    for (const auto &c : s.contacts)
        contactIds << c.id;
    QCOMPARE(contactIds, (QStringList { u"ct-alice"_s, u"ct-bob"_s, u"ct-carol"_s, u"ct-dave"_s }));
}

void TestServerStorage::snapshotAllContactsWhenFew()
{
    const SnapshotData s = m_db->snapshot({ 0, 0, 1000 });
    QVERIFY(!s.error);
    QCOMPARE(s.contacts.size(), makeSeed().contacts.size());
    QVERIFY(s.messages.isEmpty());
    QCOMPARE(s.conversations.size(), 5); // open + snoozed only
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::updateContactMerges()
{
    const QJsonObject set { { u"name"_s, u"Alice Doe"_s },
                            { u"tags"_s, QJsonArray { u"churn-risk"_s } },
                            { u"attributes"_s,
                              QJsonObject { { u"plan"_s, u"enterprise"_s },
                                            { u"session_count"_s, QJsonValue() },
                                            { u"city"_s, u"Lisbon"_s } } } };
    const Outcome o = m_db->updateContact(by(AnaId), { u"r"_s, u"cl-uc"_s, u"ct-alice"_s, set });
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(o.events.size(), 1);
    QCOMPARE(o.events.first().name, protocol::events::ContactUpdated);
    QCOMPARE(o.ack.seq, o.events.first().seq);
    const auto c = m_db->contact(u"ct-alice"_s);
    QVERIFY(c);
    QCOMPARE(o.events.first().data, c->toJson());
    QCOMPARE(c->name, u"Alice Doe"_s);
    QCOMPARE(c->email, u"Alice@Example.com"_s); // untouched
    QCOMPARE(c->tags, QStringList { u"churn-risk"_s });
    QCOMPARE(c->attributes,
             (QJsonObject { { u"plan"_s, u"enterprise"_s }, { u"beta"_s, true }, { u"city"_s, u"Lisbon"_s } }));

    // Merging past the attribute limit is refused as a whole.
    QJsonObject many;
    for (int i = 0; i < limits::MaxAttributes - 1; ++i)
        many.insert(u"k%1"_s.arg(i), i);
    const Outcome tooMany = m_db->updateContact(by(AnaId), { u"r"_s, u"cl-uc2"_s, u"ct-alice"_s,
                                                             QJsonObject { { u"attributes"_s, many } } });
    QVERIFY(tooMany.error);
    QCOMPARE(tooMany.error->code, ErrorCode::TooLarge);
    QCOMPARE(m_db->contact(u"ct-alice"_s), c);

    const Outcome missing = m_db->updateContact(by(AnaId), { u"r"_s, u"cl-uc3"_s, u"ct-ghost"_s,
                                                             QJsonObject { { u"name"_s, u"x"_s } } });
    QVERIFY(missing.error);
    QCOMPARE(missing.error->code, ErrorCode::NotFound);
}

void TestServerStorage::upsertContact()
{
    const qint64 head = m_db->head();
    QList<Event> evs;
    // New by external_id.
    auto created = m_db->upsertContact(QJsonObject { { u"external_id"_s, u"u-99"_s },
                                                     { u"name"_s, u"Gina"_s },
                                                     { u"tags"_s, QJsonArray { u"trial"_s } },
                                                     { u"attributes"_s, QJsonObject { { u"plan"_s, u"free"_s } } } },
                                       &evs);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QCOMPARE(evs.size(), 1);
    QCOMPARE(evs.first().seq, head + 1);
    QCOMPARE(evs.first().data, created->toJson());
    QCOMPARE(created->createdAt, m_now);
    QVERIFY(created->id.startsWith(u"ct_"_s));

    // The same external_id updates: tags union, attributes merge, name replaced.
    evs.clear();
    auto updated = m_db->upsertContact(QJsonObject { { u"external_id"_s, u"u-99"_s },
                                                     { u"email"_s, u"gina@example.com"_s },
                                                     { u"tags"_s, QJsonArray { u"paying"_s, u"trial"_s } },
                                                     { u"attributes"_s, QJsonObject { { u"plan"_s, u"pro"_s },
                                                                                      { u"city"_s, u"Porto"_s } } } },
                                       &evs);
    QVERIFY(updated);
    QCOMPARE(updated->id, created->id);
    QCOMPARE(updated->name, u"Gina"_s);
    QCOMPARE(updated->email, u"gina@example.com"_s);
    QCOMPARE(updated->tags, (QStringList { u"trial"_s, u"paying"_s }));
    QCOMPARE(updated->attributes, (QJsonObject { { u"plan"_s, u"pro"_s }, { u"city"_s, u"Porto"_s } }));
    QCOMPARE(evs.size(), 1);

    // By email, case-insensitively.
    evs.clear();
    auto bob = m_db->upsertContact(QJsonObject { { u"email"_s, u"BOB@example.COM"_s }, { u"name"_s, u"Bobby"_s } }, &evs);
    QVERIFY(bob);
    QCOMPARE(bob->id, u"ct-bob"_s);
    QCOMPARE(bob->name, u"Bobby"_s);

    // Nothing new: no event.
    evs.clear();
    auto same = m_db->upsertContact(QJsonObject { { u"email"_s, u"bob@example.com"_s } }, &evs);
    QVERIFY(same);
    QCOMPARE(same->id, u"ct-bob"_s);
    QVERIFY(evs.isEmpty());

    // A different external_id never takes over a contact that has one (alice is u-1).
    auto other = m_db->upsertContact(QJsonObject { { u"external_id"_s, u"u-100"_s },
                                                   { u"email"_s, u"alice@example.com"_s } },
                                     nullptr);
    QVERIFY(other);
    QVERIFY(other->id != u"ct-alice"_s);
    QCOMPARE(m_db->contact(u"ct-alice"_s)->externalId, u"u-1"_s);
}

void TestServerStorage::upsertContactRefusals_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no identity") << QJsonObject { { u"name"_s, u"X"_s } } << ErrorCode::BadRequest;
    QTest::newRow("object attribute") << QJsonObject { { u"email"_s, u"x@example.com"_s },
                                                       { u"attributes"_s, QJsonObject { { u"a"_s, QJsonObject {} } } } }
                                      << ErrorCode::BadRequest;
    QJsonArray tags;
    for (int i = 0; i <= limits::MaxTags; ++i)
        tags.append(u"t%1"_s.arg(i));
    QTest::newRow("too many tags") << QJsonObject { { u"email"_s, u"x@example.com"_s }, { u"tags"_s, tags } }
                                   << ErrorCode::TooLarge;
    QTest::newRow("email too long") << QJsonObject { { u"email"_s, QString(limits::MaxEmailChars + 1, u'e') } }
                                    << ErrorCode::TooLarge;
    QTest::newRow("name not a string") << QJsonObject { { u"email"_s, u"x@example.com"_s }, { u"name"_s, 5 } }
                                       << ErrorCode::BadRequest;
    QTest::newRow("attribute value too long")
        << QJsonObject { { u"email"_s, u"x@example.com"_s },
                         { u"attributes"_s, QJsonObject { { u"a"_s, QString(limits::MaxAttributeValueChars + 1, u'v') } } } }
        << ErrorCode::TooLarge;
}

void TestServerStorage::upsertContactRefusals()
{
    QFETCH(QJsonObject, fields);
    QFETCH(ErrorCode, code);
    const qint64 head = m_db->head();
    const int contacts = countRows(u"contacts"_s);
    QList<Event> evs;
    auto r = m_db->upsertContact(fields, &evs);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(evs.isEmpty());
    QCOMPARE(m_db->head(), head);
    QCOMPARE(countRows(u"contacts"_s), contacts);
}

void TestServerStorage::contactEvents()
{
    QList<Event> evs;
    const QDateTime when = QDateTime(QDate(2026, 11, 1), QTime(8, 30, 0, 250), Qt::UTC);
    auto e = m_db->addContactEvent(u"ct-bob"_s, u"upgraded"_s, QJsonObject { { u"to"_s, u"pro"_s } }, when, &evs);
    QVERIFY(e);
    QCOMPARE(e->contactId, u"ct-bob"_s);
    QCOMPARE(e->occurredAt, when);
    QCOMPARE(evs.size(), 1);
    QCOMPARE(evs.first().name, protocol::events::ContactEventName);
    QCOMPARE(evs.first().data, e->toJson());

    auto unknown = m_db->addContactEvent(u"ct-ghost"_s, u"x"_s, {}, {}, &evs);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    auto longName = m_db->addContactEvent(u"ct-bob"_s, QString(limits::MaxEventNameChars + 1, u'n'), {}, {}, &evs);
    QVERIFY(!longName);
    QCOMPARE(longName.error().code, ErrorCode::TooLarge);
    QJsonObject props;
    for (int i = 0; i <= limits::MaxEventProperties; ++i)
        props.insert(u"p%1"_s.arg(i), i);
    auto tooMany = m_db->addContactEvent(u"ct-bob"_s, u"x"_s, props, {}, &evs);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, ErrorCode::TooLarge);
    QCOMPARE(evs.size(), 1);
    QCOMPARE(countRows(u"contact_events"_s), 2);
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::inboundChat()
{
    InboundMessage in;
    in.contact = QJsonObject { { u"email"_s, u"new@example.com"_s }, { u"name"_s, u"Nina"_s } };
    in.body = u"Hi, I need help"_s;
    in.clientId = u"in-1"_s;
    const Outcome o = m_db->inbound(in);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(eventNames(o.events), (QStringList { protocol::events::ContactUpdated, protocol::events::ConversationCreated,
                                                  protocol::events::MessageCreated }));
    auto contact = Contact::fromJson(o.events.at(0).data);
    QVERIFY(contact);
    QCOMPARE(contact->name, u"Nina"_s);
    auto c = Conversation::fromJson(o.events.at(1).data);
    QVERIFY(c);
    QCOMPARE(c->id, o.ack.conversationId);
    QCOMPARE(c->contactId, contact->id);
    QCOMPARE(c->status, u"open"_s);
    QVERIFY(c->assigneeId.isNull());
    auto m = Message::fromJson(o.events.at(2).data);
    QVERIFY(m);
    QCOMPARE(m->id, o.ack.messageId);
    QCOMPARE(m->author, (protocol::Author { u"contact"_s, contact->id }));
    QCOMPARE(m->clientId, u"in-1"_s);
    QCOMPARE(m_db->contact(contact->id)->lastSeenAt, m->createdAt);

    // The same customer again: the same open chat, no contact event (nothing changed).
    in.clientId = u"in-2"_s;
    in.contact = QJsonObject { { u"email"_s, u"NEW@example.com"_s } };
    const Outcome again = m_db->inbound(in);
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again.ack.conversationId, c->id);
    QCOMPARE(eventNames(again.events), (QStringList { protocol::events::ConversationUpdated, protocol::events::MessageCreated }));
    auto c2 = Conversation::fromJson(again.events.first().data);
    QCOMPARE(c2->version, c->version); // a message does not change the version
    QCOMPARE(m_db->contact(contact->id)->lastSeenAt, m_now);

    // With an explicit conversation_id of the same contact.
    in.clientId = u"in-3"_s;
    in.conversationId = c->id;
    QVERIFY(m_db->inbound(in).ok());
    auto page = m_db->fetch({ u"r"_s, c->id, QString(), 10 });
    QCOMPARE(page->messages.size(), 3);

    // Into an existing contact's snoozed chat, found by external_id: reopened.
    InboundMessage carol;
    carol.contact = QJsonObject { { u"external_id"_s, u"u-1"_s } }; // alice
    carol.body = u"still there?"_s;
    carol.clientId = u"in-4"_s;
    const Outcome reopened = m_db->inbound(carol);
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    QCOMPARE(reopened.ack.conversationId, ConvOpen); // the latest open/snoozed chat of alice
}

// last_seen_at never moves silently: a cache that follows the log must agree with the server.
void TestServerStorage::inboundMovesLastSeenWithAnEvent()
{
    InboundMessage in;
    in.contact = QJsonObject { { u"email"_s, u"seen@example.com"_s } };
    in.body = u"Hello"_s;
    in.clientId = u"seen-1"_s;
    const Outcome first = m_db->inbound(in);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const auto created = Contact::fromJson(first.events.at(0).data);
    QVERIFY(created);
    QCOMPARE(created->lastSeenAt, m_now);
    QCOMPARE(m_db->contact(created->id)->lastSeenAt, m_now);
    const QDateTime start = m_now;

    // Four minutes later: no event, and the stored value has not moved either.
    m_now = start.addSecs(4 * 60);
    in.clientId = u"seen-2"_s;
    const Outcome soon = m_db->inbound(in);
    QVERIFY2(soon.ok(), qPrintable(errorText(soon)));
    QCOMPARE(eventNames(soon.events), (QStringList { protocol::events::ConversationUpdated, protocol::events::MessageCreated }));
    QCOMPARE(m_db->contact(created->id)->lastSeenAt, start);

    // Six minutes after it was last seen: contact.updated comes first, carrying exactly what is stored.
    m_now = start.addSecs(6 * 60);
    in.clientId = u"seen-3"_s;
    const Outcome later = m_db->inbound(in);
    QVERIFY2(later.ok(), qPrintable(errorText(later)));
    QCOMPARE(eventNames(later.events), (QStringList { protocol::events::ContactUpdated, protocol::events::ConversationUpdated,
                                                      protocol::events::MessageCreated }));
    const auto moved = Contact::fromJson(later.events.at(0).data);
    QVERIFY(moved);
    QCOMPARE(moved->lastSeenAt, m_now);
    QCOMPARE(*m_db->contact(created->id), *moved);

    // A change to the contact itself is announced with last_seen_at at once, whatever its age.
    m_now = m_now.addSecs(10);
    in.clientId = u"seen-4"_s;
    in.contact = QJsonObject { { u"email"_s, u"seen@example.com"_s }, { u"name"_s, u"Seen Again"_s } };
    const Outcome renamed = m_db->inbound(in);
    QVERIFY2(renamed.ok(), qPrintable(errorText(renamed)));
    QCOMPARE(eventNames(renamed.events).first(), protocol::events::ContactUpdated);
    QCOMPARE(eventNames(renamed.events).count(protocol::events::ContactUpdated), 1);
    const auto renamedContact = Contact::fromJson(renamed.events.at(0).data);
    QCOMPARE(renamedContact->name, u"Seen Again"_s);
    QCOMPARE(renamedContact->lastSeenAt, m_now);
    QCOMPARE(*m_db->contact(created->id), *renamedContact);
}

void TestServerStorage::inboundEmailThreads()
{
    InboundMessage in;
    in.channel = u"email"_s;
    in.contact = QJsonObject { { u"email"_s, u"bob@example.com"_s } };
    in.subject = u"Re: RE: invoice Question"_s;
    in.body = u"Any news?"_s;
    in.clientId = u"em-1"_s;
    const Outcome o = m_db->inbound(in);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    QCOMPARE(o.ack.conversationId, ConvMine); // "Invoice question" thread continued
    QCOMPARE(withoutContactUpdates(o.events).first().name, protocol::events::ConversationUpdated);
    auto m = Message::fromJson(o.events.last().data);
    QCOMPARE(m->channel, u"email"_s);

    in.subject = u"A new topic"_s;
    in.clientId = u"em-2"_s;
    const Outcome fresh = m_db->inbound(in);
    QVERIFY(fresh.ok());
    QVERIFY(fresh.ack.conversationId != ConvMine);
    auto c = Conversation::fromJson(withoutContactUpdates(fresh.events).first().data);
    QCOMPARE(withoutContactUpdates(fresh.events).first().name, protocol::events::ConversationCreated);
    QCOMPARE(c->subject, u"A new topic"_s);
    QCOMPARE(c->channel, u"email"_s);
}

void TestServerStorage::inboundReopens()
{
    // Resolve bob's long chat, then bob writes into it by id: reopened, version + 1.
    const Outcome resolved = doUpdate(by(LeadId), ConvLong, { { u"status"_s, u"resolved"_s } });
    QVERIFY(resolved.ok());
    InboundMessage in;
    in.contact = QJsonObject { { u"email"_s, u"bob@example.com"_s } };
    in.body = u"It broke again"_s;
    in.clientId = u"re-1"_s;
    in.conversationId = ConvLong;
    const Outcome o = m_db->inbound(in);
    QVERIFY2(o.ok(), qPrintable(errorText(o)));
    auto c = Conversation::fromJson(withoutContactUpdates(o.events).first().data);
    QVERIFY(c);
    QCOMPARE(c->status, u"open"_s);
    QCOMPARE(c->version, resolved.ack.version + 1);

    // A chat without conversation_id does not go into a resolved one: carol's open chat is
    // found; after resolving it, a new conversation starts.
    QVERIFY(doUpdate(by(BenId), ConvOther, { { u"status"_s, u"resolved"_s } }).ok());
    InboundMessage carol;
    carol.contact = QJsonObject { { u"external_id"_s, u"u-3"_s } };
    carol.body = u"new question"_s;
    carol.clientId = u"re-2"_s;
    const Outcome n = m_db->inbound(carol);
    QVERIFY(n.ok());
    QVERIFY(n.ack.conversationId != ConvOther);
    QCOMPARE(withoutContactUpdates(n.events).first().name, protocol::events::ConversationCreated);

    // A snoozed chat is continued and reopened, its snooze time cleared.
    InboundMessage alice;
    alice.contact = QJsonObject { { u"email"_s, u"alice@example.com"_s } };
    alice.body = u"hello?"_s;
    alice.clientId = u"re-3"_s;
    alice.conversationId = ConvSnoozed;
    const Outcome s = m_db->inbound(alice);
    QVERIFY(s.ok());
    auto sc = Conversation::fromJson(withoutContactUpdates(s.events).first().data);
    QCOMPARE(sc->status, u"open"_s);
    QVERIFY(!sc->snoozedUntil.isValid());
    QCOMPARE(sc->version, 4);
}

void TestServerStorage::inboundRefusals_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QJsonObject>("contact");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<ErrorCode>("code");
    const QJsonObject bob { { u"email"_s, u"bob@example.com"_s } };
    QTest::newRow("no identity") << u"chat"_s << QJsonObject { { u"name"_s, u"X"_s } } << u"hi"_s << QString()
                                 << u"i1"_s << QString() << ErrorCode::BadRequest;
    QTest::newRow("no client_id") << u"chat"_s << bob << u"hi"_s << QString() << QString() << QString()
                                  << ErrorCode::BadRequest;
    QTest::newRow("bad channel") << u"sms"_s << bob << u"hi"_s << QString() << u"i2"_s << QString()
                                 << ErrorCode::BadRequest;
    QTest::newRow("blank body") << u"chat"_s << bob << u" "_s << QString() << u"i3"_s << QString()
                                << ErrorCode::BadRequest;
    QTest::newRow("body too long") << u"chat"_s << bob << QString(limits::MaxMessageBodyChars + 1, u'b') << QString()
                                   << u"i4"_s << QString() << ErrorCode::TooLarge;
    QTest::newRow("subject too long") << u"email"_s << bob << u"hi"_s << QString() << u"i5"_s
                                      << QString(limits::MaxSubjectChars + 1, u's') << ErrorCode::TooLarge;
    QTest::newRow("unknown conversation") << u"chat"_s << bob << u"hi"_s << u"c-ghost"_s << u"i6"_s << QString()
                                          << ErrorCode::NotFound;
    QTest::newRow("another contact's conversation") << u"chat"_s << bob << u"hi"_s << ConvOpen << u"i7"_s
                                                    << QString() << ErrorCode::Forbidden;
}

void TestServerStorage::inboundRefusals()
{
    QFETCH(QString, channel);
    QFETCH(QJsonObject, contact);
    QFETCH(QString, body);
    QFETCH(QString, conversation);
    QFETCH(QString, clientId);
    QFETCH(QString, subject);
    QFETCH(ErrorCode, code);
    const qint64 head = m_db->head();
    const int messages = countRows(u"messages"_s);
    InboundMessage in;
    in.channel = channel;
    in.contact = contact;
    in.body = body;
    in.conversationId = conversation;
    in.clientId = clientId;
    in.subject = subject;
    const Outcome o = m_db->inbound(in);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, code);
    QCOMPARE(m_db->head(), head);
    QCOMPARE(countRows(u"messages"_s), messages);
    QCOMPARE(countRows(u"client_ops"_s), 0);
}

void TestServerStorage::visitors()
{
    const QByteArray token = sha(u"visitor-token-1"_s);
    QVERIFY(m_db->contactForVisitorToken(token).isNull());
    QList<Event> evs;
    auto v = m_db->createVisitor(token, &evs);
    QVERIFY(v);
    QVERIFY(v->name.startsWith(u"Visitor "_s));
    QVERIFY(v->attributes.isEmpty());
    QVERIFY(v->email.isNull());
    QCOMPARE(evs.size(), 1);
    QCOMPARE(evs.first().name, protocol::events::ContactUpdated);
    QCOMPARE(m_db->contactForVisitorToken(token), v->id);
    QVERIFY(!m_db->createVisitor(token, nullptr)); // one token, one visitor

    const Outcome first = m_db->visitorSend(v->id, { u"r1"_s, u"v-1"_s, u"Hello?"_s });
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(eventNames(first.events), (QStringList { protocol::events::ConversationCreated, protocol::events::MessageCreated }));
    const Outcome second = m_db->visitorSend(v->id, { u"r2"_s, u"v-2"_s, u"Anyone?"_s });
    QVERIFY(second.ok());
    QCOMPARE(second.ack.conversationId, first.ack.conversationId);
    QCOMPARE(second.events.first().name, protocol::events::ConversationUpdated);

    // An agent answers and leaves a note; contactMessages returns everything, oldest first.
    QVERIFY(m_db->send(by(AnaId), { u"r"_s, u"a-1"_s, first.ack.conversationId, u"reply"_s, u"Hi!"_s, {} }).ok());
    QVERIFY(m_db->send(by(AnaId), { u"r"_s, u"a-2"_s, first.ack.conversationId, u"note"_s, u"vip?"_s, {} }).ok());
    const auto all = m_db->contactMessages(v->id, 100);
    QStringList bodies;
    for (const auto &m : all)
        bodies << m.body;
    QCOMPARE(bodies, (QStringList { u"Hello?"_s, u"Anyone?"_s, u"Hi!"_s, u"vip?"_s }));
    const auto latest = m_db->contactMessages(v->id, 2);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.first().body, u"Hi!"_s);
    QCOMPARE(m_db->contactMessages(u"ct-bob"_s, 0).size(), LongCount + 2); // long, mine, res-2

    const Outcome unknown = m_db->visitorSend(u"ct-ghost"_s, { u"r"_s, u"v-3"_s, u"x"_s });
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->code, ErrorCode::NotFound);
}

void TestServerStorage::agentsAndTokens()
{
    QList<Event> evs;
    Agent a;
    a.name = u"Cy New"_s;
    a.email = u"cy@acme.test"_s;
    a.role = u"agent"_s;
    a.teamIds = { u"team-billing"_s };
    auto added = m_db->addAgent(a, u"hash-cy"_s, &evs);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->id.startsWith(u"a_"_s));
    QCOMPARE(eventNames(evs), (QStringList { protocol::events::AgentUpdated, protocol::events::TeamUpdated }));
    QCOMPARE(evs.first().data, added->toJson());
    QCOMPARE(evs.last().data.value("member_ids"_L1).toArray().size(), 2);

    a.email = u"CY@acme.TEST"_s;
    auto dup = m_db->addAgent(a, u"h"_s, &evs);
    QVERIFY(!dup);
    QCOMPARE(evs.size(), 2);
    a.email = u"other@acme.test"_s;
    a.teamIds = { u"team-ghost"_s };
    QVERIFY(!m_db->addAgent(a, u"h"_s, &evs));
    a.teamIds = {};
    a.role = u"owner"_s;
    QVERIFY(!m_db->addAgent(a, u"h"_s, &evs));

    const QByteArray token = sha(u"token-1"_s);
    QVERIFY(!m_db->agentForToken(token));
    m_db->storeToken(token, added->id);
    QCOMPARE(m_db->agentForToken(token)->id, added->id);
    QVERIFY(m_db->revokeToken(token));
    QVERIFY(!m_db->agentForToken(token));
    QVERIFY(!m_db->revokeToken(token)); // already revoked

    m_db->addApiKey(sha(u"api-key-2"_s), u"zapier"_s);
    QVERIFY(m_db->apiKeyValid(sha(u"api-key-2"_s)));
}

void TestServerStorage::loginFailuresAreShared()
{
    // Two connections to one database, as two nodes would have: a failure recorded through
    // one counts for the other.
    auto other = openStorage();
    QVERIFY(other);
    const qint64 window = 60 * 1000;
    const QString email = u"Ana.Lima@acme.test"_s;
    QCOMPARE(m_db->recentLoginFailures(email, window), 0);
    for (int i = 0; i < 3; ++i)
        m_db->recordLoginFailure(email, window);
    other->recordLoginFailure(u"  ana.lima@ACME.test "_s, window); // the same address
    QCOMPARE(other->recentLoginFailures(email, window), 4);
    QCOMPARE(m_db->recentLoginFailures(u"ana.lima@acme.test"_s, window), 4);
    QCOMPARE(m_db->recentLoginFailures(u"ben@acme.test"_s, window), 0);

    // No address is stored for a failed login, only a hash.
    {
        QSqlDatabase db = m_testDb->connection(u"peek"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT email_hash FROM login_failures"_s));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY(!q.value(0).toString().contains(u"acme"_s, Qt::CaseInsensitive));
        }
        QCOMPARE(rows, 4);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);

    // Failures older than the window no longer count, and go when the next one is recorded.
    m_now = m_now.addSecs(61);
    QCOMPARE(other->recentLoginFailures(email, window), 0);
    m_db->recordLoginFailure(email, window);
    QCOMPARE(other->recentLoginFailures(email, window), 1);
    QCOMPARE(countRows(u"login_failures"_s), 1);

    // A success clears them, for every node.
    other->recordLoginFailure(email, window);
    QCOMPARE(m_db->recentLoginFailures(email, window), 2);
    m_db->clearLoginFailures(email);
    QCOMPARE(other->recentLoginFailures(email, window), 0);
}

void TestServerStorage::twoConnectionsShareOneLog()
{
    // Two storages on one database take turns, as two nodes do: one log, gap-free, and each
    // sees what the other committed (events, rows, idempotency records, revoked tokens).
    auto b = openStorage();
    QVERIFY(b);
    const qint64 head = m_db->head();
    Outcome first = m_db->send(by(AnaId), { u"r"_s, u"two-1"_s, ConvOpen, u"reply"_s, u"from a"_s, {} });
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(b->head(), head + 2);
    Outcome second = b->send(by(BenId), { u"r"_s, u"two-2"_s, ConvOpen, u"note"_s, u"from b"_s, {} });
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second.events.first().seq, head + 3);
    QCOMPARE(m_db->head(), head + 4);
    QCOMPARE(m_db->eventsAfter(head, 10), first.events + second.events);
    QCOMPARE(b->eventsAfter(head, 10), first.events + second.events);

    // A client_id used through one is a repeat through the other.
    const Outcome again = b->send(by(AnaId), { u"r"_s, u"two-1"_s, ConvOpen, u"reply"_s, u"from a"_s, {} });
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QVERIFY(again.repeated);
    QCOMPARE(again.ack.messageId, first.ack.messageId);
    QCOMPARE(b->head(), head + 4);

    // Version checks see the other's commit: an update based on the old version conflicts.
    Conversation before;
    for (const Conversation &c : b->snapshot({}).conversations)
        if (c.id == ConvOpen)
            before = c;
    protocol::Update u;
    u.clientId = u"two-3"_s;
    u.conversationId = ConvOpen;
    u.baseVersion = before.version;
    u.set = QJsonObject { { u"priority"_s, u"high"_s } };
    QVERIFY(m_db->update(by(LeadId), u).ok());
    u.clientId = u"two-4"_s;
    u.set = QJsonObject { { u"priority"_s, u"low"_s } };
    const Outcome stale = b->update(by(LeadId), u);
    QVERIFY(stale.error);
    QCOMPARE(stale.error->code, ErrorCode::Conflict);
    QCOMPARE(stale.current->priority, u"high"_s);

    // A token revoked through one is refused by the other.
    const QByteArray token = sha(u"two-token"_s);
    m_db->storeToken(token, AnaId);
    QCOMPARE(b->agentForToken(token)->id, AnaId);
    QVERIFY(b->revokeToken(token));
    QVERIFY(!m_db->agentForToken(token));
    QVERIFY(!m_db->revokeToken(token));
}

void TestServerStorage::concurrentWritersStayGapFree()
{
    // Writers on their own threads and connections, at the same time: every event gets its
    // own seq, the log has no hole, each call's events are consecutive, and the log holds
    // exactly what the calls returned.
    constexpr int Writers = 4;
    constexpr int PerWriter = 25;
    const qint64 head = m_db->head();
    const Agent ana = by(AnaId);
    QList<QList<Event>> returned(Writers);
    QStringList failures;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            SqlStorageOptions o;
            o.busyTimeoutMs = 30000;
            auto s = m_testDb->storage(o);
            if (auto e = s->open()) {
                std::lock_guard lock(mutex);
                failures << e->message;
                return;
            }
            for (int i = 0; i < PerWriter; ++i) {
                const Outcome r = s->send(ana, { u"r"_s, u"cw-%1-%2"_s.arg(w).arg(i), ConvOpen, u"reply"_s,
                                                 u"writer %1 message %2"_s.arg(w).arg(i), {} });
                if (!r.ok()) {
                    std::lock_guard lock(mutex);
                    failures << errorText(r);
                    continue;
                }
                returned[w].append(r.events);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));

    QList<Event> all;
    for (const QList<Event> &evs : std::as_const(returned)) {
        for (qsizetype i = 0; i + 1 < evs.size(); i += 2) // each send: message.created, conversation.updated
            QCOMPARE(evs.at(i + 1).seq, evs.at(i).seq + 1);
        all.append(evs);
    }
    std::sort(all.begin(), all.end(), [](const Event &a, const Event &b) { return a.seq < b.seq; });
    QCOMPARE(all.size(), qsizetype(Writers * PerWriter * 2));
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).seq, head + 1 + i);
    QCOMPARE(m_db->head(), head + all.size());
    QList<Event> log;
    for (qint64 after = head;;) {
        const auto batch = m_db->eventsAfter(after, 500);
        if (batch.isEmpty())
            break;
        log.append(batch);
        after = batch.last().seq;
    }
    QCOMPARE(log, all);
}

// ---------------------------------------------------------------------------------------------
void TestServerStorage::lockedDatabase()
{
    m_db.reset();
    SqlStorageOptions o = options();
    o.busyTimeoutMs = 150;
    m_db = openStorage(o);
    QVERIFY(m_db);
    const qint64 head = m_db->head();
    const int messages = countRows(u"messages"_s);
    const QString locker = u"locker"_s;
    {
        QSqlDatabase db = m_testDb->connection(locker);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (testingPostgres()) {
            // What a writer on another node holds for the length of its transaction.
            QVERIFY2(q.exec(u"BEGIN"_s), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"SELECT seq FROM log_head WHERE slot = 1 FOR UPDATE"_s), qPrintable(q.lastError().text()));
        } else {
            QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO api_keys (hash, name, created_at) VALUES ('x', 'y', 'z')"_s));
        }

        const Outcome o1 = m_db->send(by(AnaId), { u"r"_s, u"lk-1"_s, ConvOpen, u"reply"_s, u"blocked"_s, {} });
        QVERIFY(o1.error);
        QCOMPARE(o1.error->code, ErrorCode::Internal);
        QVERIFY2(o1.error->message.contains(u"database is locked"_s), qPrintable(o1.error->message));
        QVERIFY(o1.events.isEmpty());
        QList<Event> evs;
        auto c = m_db->upsertContact(QJsonObject { { u"email"_s, u"locked@example.com"_s } }, &evs);
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(u"locked"_s));
        QVERIFY(evs.isEmpty());
        // Readers are not blocked by a writer (WAL; MVCC).
        QCOMPARE(m_db->head(), head);
        QVERIFY(!m_db->snapshot({}).error);

        QVERIFY(q.exec(u"ROLLBACK"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(locker);
    QCOMPARE(countRows(u"messages"_s), messages);
    // Nothing was recorded for the failed request: the retry applies, once.
    const Outcome retry = m_db->send(by(AnaId), { u"r"_s, u"lk-1"_s, ConvOpen, u"reply"_s, u"blocked"_s, {} });
    QVERIFY2(retry.ok(), qPrintable(errorText(retry)));
    QVERIFY(!retry.repeated);
    QCOMPARE(retry.events.first().seq, head + 1);
    QCOMPARE(countRows(u"messages"_s), messages + 1);
}

void TestServerStorage::diskFull()
{
    if (testingPostgres())
        QSKIP("maxSizeBytes is a SQLite option; a PostgreSQL server's disk space is its administrator's");
    m_db.reset(); // closing checkpoints the WAL into the file
    SqlStorageOptions o = options();
    o.maxSizeBytes = QFileInfo(m_testDb->sqlitePath()).size() + 200 * 1024;
    m_db = openStorage(o);
    QVERIFY(m_db);
    const QString big(60000, u'x');
    QStringList acked;
    std::optional<Error> failure;
    QString failedClientId;
    for (int i = 0; i < 50 && !failure; ++i) {
        const QString cid = u"full-%1"_s.arg(i);
        const Outcome r = m_db->send(by(AnaId), { u"r"_s, cid, ConvOpen, u"reply"_s, big, {} });
        if (r.ok()) {
            acked << r.ack.messageId;
            QCOMPARE(r.ack.seq, m_db->head());
        } else {
            failure = r.error;
            failedClientId = cid;
            QVERIFY(r.events.isEmpty());
        }
    }
    QVERIFY2(failure, "the size limit was never reached");
    QVERIFY(!acked.isEmpty());
    QCOMPARE(failure->code, ErrorCode::Internal);
    QVERIFY2(failure->message.contains(u"disk is full"_s), qPrintable(failure->message));
    const qint64 head = m_db->head();
    QCOMPARE(head, 1 + 2 * acked.size()); // seed event + (message, conversation) per ack: no half-applied send

    // Reopen without the limit: every acked message is there, the failed one is not, and its
    // retry applies (it was not recorded).
    m_db.reset();
    m_db = openStorage();
    QVERIFY(m_db);
    QCOMPARE(m_db->head(), head);
    auto page = m_db->fetch({ u"r"_s, ConvOpen, QString(), 200 });
    QVERIFY(page);
    QStringList present = ids(page->messages);
    for (const QString &id : std::as_const(acked))
        QVERIFY(present.contains(id));
    QCOMPARE(page->messages.size(), 5 + acked.size());
    const Outcome retry = m_db->send(by(AnaId), { u"r"_s, failedClientId, ConvOpen, u"reply"_s, big, {} });
    QVERIFY2(retry.ok(), qPrintable(errorText(retry)));
    QVERIFY(!retry.repeated);
    QCOMPARE(retry.events.first().seq, head + 1);
}

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_server_storage.moc"
