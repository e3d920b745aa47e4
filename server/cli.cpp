#include "cli.h"

#include "auth.h"
#include "hub.h"
#include "identity.h"
#include "protocol/limits.h"
#include "seed.h"
#include "server.h"
#include "shutdownsignals.h"
#include "storage.h"

#if __has_include("simulator.h")
#include "simulator.h"
#define CONFAB_HAVE_SIMULATOR 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cstdio>

namespace confab::server {

Q_LOGGING_CATEGORY(lcCli, "confabd", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitFailure = 1;

int fail(const QString &message, int code = ExitFailure)
{
    QTextStream err(stderr);
    err << "confabd: " << message << Qt::endl;
    return code;
}

struct HostPort
{
    QHostAddress address;
    quint16 port = 0;
};

// HOST:PORT, [IPv6]:PORT, or localhost:PORT. Port 0 picks a free port.
std::optional<HostPort> parseListen(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        *error = u"--listen wants HOST:PORT, got '%1'"_s.arg(text);
        return std::nullopt;
    }
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = u"--listen: '%1' is not a port (0-65535)"_s.arg(portText);
        return std::nullopt;
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    HostPort hp;
    hp.port = quint16(port);
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        hp.address = QHostAddress(QHostAddress::LocalHost);
    else if (host == "*"_L1)
        hp.address = QHostAddress(QHostAddress::Any);
    else if (!hp.address.setAddress(host)) {
        *error = u"--listen: '%1' is not an IP address"_s.arg(host);
        return std::nullopt;
    }
    return hp;
}

QString hostPortText(const QHostAddress &address, quint16 port)
{
    const QString host = address.toString();
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host) + u':'
        + QString::number(port);
}

// --db, or sqlite:<AppDataLocation>/confab.db (the directory is created).
QString databaseSpec(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(u"db"_s)) {
        const QString spec = parser.value(u"db"_s).trimmed();
        if (spec.isEmpty() || spec == "sqlite:"_L1)
            *error = u"--db needs sqlite:PATH or postgres://USER@HOST:PORT/DB"_s;
        return spec;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        *error = u"cannot create the data directory '%1'; pass --db sqlite:PATH"_s.arg(dir);
        return {};
    }
    return u"sqlite:"_s + QDir(dir).filePath(u"confab.db"_s);
}

// The spec as it may be shown: a postgres:// URL without its password.
QString shownSpec(const QString &spec)
{
    if (!spec.startsWith("postgres"_L1, Qt::CaseInsensitive))
        return spec;
    QUrl url(spec);
    if (!url.isValid())
        return u"(a malformed postgres:// URL)"_s;
    url.setPassword(QString());
    return url.toString();
}

std::unique_ptr<Storage> openStorage(const QCommandLineParser &parser, QString *error)
{
    const QString given = databaseSpec(parser, error);
    if (!error->isEmpty())
        return nullptr;
    const QString spec = shownSpec(given);
    QString createError;
    std::unique_ptr<Storage> storage = createStorage(given, &createError);
    if (!storage) {
        *error = u"cannot use database '%1': %2"_s.arg(spec, createError);
        return nullptr;
    }
    if (auto e = storage->open()) {
        const QString path = spec.startsWith("sqlite:"_L1) ? spec.mid(7) : spec;
        *error = e->message.contains(path) ? e->message : u"cannot open database '%1': %2"_s.arg(spec, e->message);
        return nullptr;
    }
    return storage;
}

int addAgent(const QCommandLineParser &parser)
{
    for (const char *required : { "email", "name", "role" })
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(u"admin add-agent needs --email, --name and --role"_s, ExitUsage);
    protocol::Agent agent;
    agent.email = parser.value(u"email"_s).trimmed();
    agent.name = parser.value(u"name"_s).trimmed();
    agent.role = parser.value(u"role"_s).trimmed();
    if (agent.role != "agent"_L1 && agent.role != "lead"_L1 && agent.role != "admin"_L1)
        return fail(u"--role must be agent, lead or admin"_s, ExitUsage);
    if (!agent.email.contains(u'@') || agent.email.size() > protocol::limits::MaxEmailChars)
        return fail(u"--email '%1' is not an email address"_s.arg(agent.email), ExitUsage);
    if (agent.name.isEmpty() || agent.name.size() > protocol::limits::MaxNameChars)
        return fail(u"--name must be 1 to %1 characters"_s.arg(protocol::limits::MaxNameChars), ExitUsage);
    agent.id = u"agent-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);

    // The password: one line on stdin (never a flag, so it stays out of shell history and ps).
    QTextStream in(stdin);
    QString password = in.readLine();
    if (password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return fail(u"admin add-agent reads the password as one line on stdin; it was empty"_s, ExitUsage);

    if (!auth::init())
        return fail(u"libsodium cannot be initialised"_s);
    const QString hash = auth::hashPassword(password);
    if (hash.isEmpty())
        return fail(u"cannot hash the password (out of memory)"_s);
    QList<protocol::Event> events;
    auto added = storage->addAgent(agent, hash, &events);
    if (!added)
        return fail(u"cannot add agent %1: %2"_s.arg(agent.email, added.error().message));
    QTextStream out(stdout);
    out << "added " << added->role << ' ' << added->email << " (" << added->id << ')' << Qt::endl;
    return 0;
}

int addApiKey(const QCommandLineParser &parser)
{
    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);
    if (!auth::init())
        return fail(u"libsodium cannot be initialised"_s);
    const QString name = parser.isSet(u"name"_s) ? parser.value(u"name"_s).trimmed() : u"api key"_s;
    const QString key = auth::randomToken();
    storage->addApiKey(auth::hashToken(key), name);
    // The key itself is shown exactly once, here; only its hash is stored.
    QTextStream(stdout) << key << Qt::endl;
    QTextStream(stderr) << "confabd: added API key '" << name << "'; store it now, it cannot be shown again"
                        << Qt::endl;
    return 0;
}

// Prints the messenger's identity secret (made on first use), optionally a new one (--rotate),
// and sets whether identities must be verified (--require yes|no). The secret goes to stdout
// alone, so a script can capture it; the state goes to stderr.
int identitySecret(const QCommandLineParser &parser)
{
    std::optional<bool> require;
    if (parser.isSet(u"require"_s)) {
        const QString v = parser.value(u"require"_s).trimmed().toLower();
        if (v == "yes"_L1 || v == "on"_L1 || v == "true"_L1)
            require = true;
        else if (v == "no"_L1 || v == "off"_L1 || v == "false"_L1)
            require = false;
        else
            return fail(u"--require wants yes or no"_s, ExitUsage);
    }
    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);
    IdentitySettings settings = storage->identitySettings();
    const bool rotate = parser.isSet(u"rotate"_s) || settings.secret.isEmpty();
    if (rotate)
        settings.secret = identity::newSecret();
    if (require)
        settings.required = *require;
    if (rotate || require) {
        if (auto e = storage->setIdentitySettings(settings))
            return fail(u"cannot save the identity settings: %1"_s.arg(e->message));
    }
    QTextStream(stdout) << settings.secret << Qt::endl;
    QTextStream(stderr) << "confabd: " << (rotate ? "new " : "") << "identity secret above; user_hash = "
                        << "hex(HMAC-SHA256(secret, external_id)); verification is "
                        << (settings.required ? "required (unsigned identities are refused)"
                                              : "optional (unsigned identities are accepted, unverified)")
                        << Qt::endl;
    return 0;
}

int runServer(QCoreApplication &app, const QCommandLineParser &parser)
{
    ServerOptions options;
    if (parser.isSet(u"listen"_s)) {
        QString error;
        auto hp = parseListen(parser.value(u"listen"_s), &error);
        if (!hp)
            return fail(error, ExitUsage);
        options.address = hp->address;
        options.port = hp->port;
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s))
        return fail(u"--tls-cert and --tls-key go together"_s, ExitUsage);
    options.tlsCertFile = parser.value(u"tls-cert"_s);
    options.tlsKeyFile = parser.value(u"tls-key"_s);

    const bool seedDemo = parser.isSet(u"seed"_s);
    if (seedDemo && parser.value(u"seed"_s) != "demo"_L1)
        return fail(u"--seed: unknown seed '%1' (the only one is 'demo')"_s.arg(parser.value(u"seed"_s)), ExitUsage);
    if (seedDemo && !options.address.isLoopback())
        return fail(u"--seed demo is refused on a non-loopback address (%1): its credentials are public"_s.arg(
                        options.address.toString()),
                    ExitUsage);
    quint32 seedNumber = 1;
    if (parser.isSet(u"seed-number"_s)) {
        bool ok = false;
        seedNumber = parser.value(u"seed-number"_s).toUInt(&ok);
        if (!ok)
            return fail(u"--seed-number wants a number from 0 to 4294967295"_s, ExitUsage);
    }
    const bool simulate = parser.isSet(u"simulate"_s);
#ifndef CONFAB_HAVE_SIMULATOR
    if (simulate)
        return fail(u"--simulate is not available in this build"_s, ExitUsage);
#endif

    if (!auth::init())
        return fail(u"libsodium cannot be initialised"_s);

    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);

    if (seedDemo) {
        if (storage->isEmpty()) {
            qCInfo(lcCli, "seeding the demo workspace (seed number %u)", seedNumber);
            if (auto e = storage->seed(makeDemoSeed(seedNumber, QDateTime::currentDateTimeUtc())))
                return fail(u"cannot seed the demo workspace: %1"_s.arg(e->message));
        } else {
            qCInfo(lcCli, "%ls is already seeded; --seed demo leaves it as it is",
                   qUtf16Printable(storage->describe()));
        }
    }

    Server server(std::move(storage), options);
    if (!server.listen(&error))
        return fail(error);

#ifdef CONFAB_HAVE_SIMULATOR
    std::unique_ptr<Simulator> simulator;
    if (simulate) {
        simulator = std::make_unique<Simulator>(server.storage(), server.hub(), seedNumber, &app);
        simulator->start();
        qCInfo(lcCli, "simulating customer traffic");
    }
#endif

    quitOnTerminationSignals(app);
    {
        QTextStream out(stdout);
        out << "confabd listening on " << hostPortText(options.address, server.port()) << Qt::endl; // flushes
    }
    std::fflush(stdout);

    const int code = app.exec();
    qCInfo(lcCli, "stopping");
#ifdef CONFAB_HAVE_SIMULATOR
    if (simulator)
        simulator->stop();
    simulator.reset();
#endif
    // Say goodbye to connected clients (close 1001), waiting a moment for them to answer.
    Hub &hub = server.hub();
    if (hub.agentSessionCount() + hub.visitorSessionCount() > 0) {
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        QObject::connect(&hub, &Hub::sessionCountChanged, &loop, [&loop](int agents, int visitors) {
            if (agents + visitors == 0)
                loop.quit();
        });
        hub.closeAll();
        loop.exec();
    }
    return code;
}

} // namespace

int runConfabd(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"confabd"_s);
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} "
                           "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
                           "%{if-critical}error%{endif}%{if-fatal}fatal%{endif} %{category}: %{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"confabd — the Confab server.\n\n"
        "  confabd [--listen HOST:PORT] [--db sqlite:PATH|postgres://USER@HOST:PORT/DB] [--seed demo [--seed-number N]] [--simulate]\n"
        "          [--tls-cert FILE --tls-key FILE]\n"
        "  confabd admin add-agent --email E --name N --role agent|lead|admin [--db …]   (password on stdin)\n"
        "  confabd admin add-api-key [--name NAME] [--db …]   (prints the new key once)\n"
        "  confabd admin identity-secret [--rotate] [--require yes|no] [--db …]   (the messenger's identity secret)"_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"listen"_s, u"Address and port to serve on (default 127.0.0.1:8450; port 0 picks a free one)."_s,
          u"HOST:PORT"_s },
        { u"db"_s, u"The database (default: sqlite:<app data>/confab.db), or postgres://USER@HOST:PORT/DB "
                   "(password in the URL or in $CONFABD_DB_PASSWORD) for several nodes on one PostgreSQL."_s,
          u"sqlite:PATH|postgres://…"_s },
        { u"seed"_s, u"Seed an empty database with the demo workspace (loopback addresses only)."_s, u"demo"_s },
        { u"seed-number"_s, u"Seed number of the demo workspace and the simulator (default 1)."_s, u"N"_s },
        { u"simulate"_s, u"Simulate customer traffic (new conversations and messages)."_s },
        { u"tls-cert"_s, u"PEM certificate (chain) file: serve https/wss."_s, u"FILE"_s },
        { u"tls-key"_s, u"PEM private key file for --tls-cert."_s, u"FILE"_s },
        { u"email"_s, u"admin add-agent: the agent's email."_s, u"E"_s },
        { u"name"_s, u"admin add-agent: the agent's name; admin add-api-key: the key's name."_s, u"N"_s },
        { u"role"_s, u"admin add-agent: agent, lead or admin."_s, u"ROLE"_s },
        { u"rotate"_s, u"admin identity-secret: replace the secret with a new one."_s },
        { u"require"_s, u"admin identity-secret: whether a messenger identity must carry a valid user_hash."_s,
          u"yes|no"_s },
    });
    parser.addPositionalArgument(u"admin"_s, u"admin add-agent | admin add-api-key"_s, u"[admin COMMAND]"_s);

    if (!parser.parse(app.arguments()))
        return fail(parser.errorText() + u" (see --help)"_s, ExitUsage);
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    const QStringList args = parser.positionalArguments();
    const bool adminOnlySet = parser.isSet(u"email"_s) || parser.isSet(u"role"_s);
    const bool serverOnlySet = parser.isSet(u"listen"_s) || parser.isSet(u"seed"_s) || parser.isSet(u"seed-number"_s)
        || parser.isSet(u"simulate"_s) || parser.isSet(u"tls-cert"_s) || parser.isSet(u"tls-key"_s);

    if (args.isEmpty()) {
        if (adminOnlySet || parser.isSet(u"name"_s))
            return fail(u"--email, --name and --role belong to 'admin add-agent' (see --help)"_s, ExitUsage);
        if (parser.isSet(u"rotate"_s) || parser.isSet(u"require"_s))
            return fail(u"--rotate and --require belong to 'admin identity-secret' (see --help)"_s, ExitUsage);
        return runServer(app, parser);
    }
    if (args.size() == 2 && args[0] == "admin"_L1) {
        if (serverOnlySet)
            return fail(u"'admin %1' takes only --db and its own options (see --help)"_s.arg(args[1]), ExitUsage);
        if (args[1] == "add-agent"_L1)
            return addAgent(parser);
        if (args[1] == "identity-secret"_L1) {
            if (adminOnlySet || parser.isSet(u"name"_s))
                return fail(u"'admin identity-secret' takes only --rotate, --require and --db"_s, ExitUsage);
            return identitySecret(parser);
        }
        if (parser.isSet(u"rotate"_s) || parser.isSet(u"require"_s))
            return fail(u"--rotate and --require belong to 'admin identity-secret' (see --help)"_s, ExitUsage);
        if (args[1] == "add-api-key"_L1) {
            if (adminOnlySet)
                return fail(u"'admin add-api-key' takes only --name and --db"_s, ExitUsage);
            return addApiKey(parser);
        }
    }
    return fail(u"unknown command '%1' (see --help)"_s.arg(args.join(u' ')), ExitUsage);
}

} // namespace confab::server
