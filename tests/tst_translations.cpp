// The embedded translations: each language's .qm loads from :/i18n, known strings and plural
// forms translate (through the real code paths, so the contexts lupdate recorded are the ones
// tr() uses at run time), and the language choice follows the saved setting and the system.
#include "models/attributeformat.h"
#include "models/timeformat.h"
#include "translations/languages.h"
#include "ui/languagemenu.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace confab;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTranslator> m_installed;
    void use(const QString &code)
    {
        if (m_installed)
            QCoreApplication::removeTranslator(m_installed.get());
        m_installed = std::make_unique<QTranslator>();
        QVERIFY2(m_installed->load(translations::qmPath(code)), qPrintable(translations::qmPath(code)));
        QCoreApplication::installTranslator(m_installed.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ConfabTranslationsTest"_s);
    }

    void cleanup()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(m_installed.get());
        m_installed.reset();
    }

    void everyLanguageIsEmbedded()
    {
        const QList<translations::Language> all = translations::available();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().code, u"en"_s);
        for (const translations::Language &l : all) {
            QTranslator t;
            QVERIFY2(t.load(translations::qmPath(l.code)), qPrintable(l.code));
            QVERIFY(!t.isEmpty());
            QCOMPARE(t.language(), l.code);
            QVERIFY(!l.nativeName.isEmpty());
        }
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *code, const char *ctx, const char *src, const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(ctx) << QString::fromUtf8(src)
                                << expected;
        };
        row("ru menu", "ru", "confab::ui::MainWindow", "&File", u"&Файл"_s);
        row("ru composer", "ru", "confab::ui::Composer", "Internal note — only your team sees this",
            u"Внутренняя заметка — её видит только ваша команда"_s);
        row("ru login", "ru", "confab::ui::LoginDialog", "&Sign In", u"&Войти"_s);
        row("el menu", "el", "confab::ui::MainWindow", "&File", u"&Αρχείο"_s);
        row("el snooze", "el", "confab::models::TriageCommands", "Snoozed %1", u"Σε αναβολή: %1"_s);
        row("hy inbox", "hy", "confab::models::ViewsModel", "Your inbox", u"Իմ մուտքայինը"_s);
        row("hy accelerator", "hy", "confab::ui::MainWindow", "&File", u"Ֆայլ(&F)"_s);
        row("ta resolve", "ta", "confab::models::ContactConversationsModel", "Resolved", u"தீர்க்கப்பட்டது"_s);
        row("ta accelerator", "ta", "confab::ui::LoginDialog", "Se&rver:", u"சேவையகம்(&R):"_s);
        row("ta sync", "ta", "confab::sync::AuthClient", "host not found", u"சேவையகம் கிடைக்கவில்லை"_s);
    }

    void knownStrings()
    {
        QFETCH(QString, code);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTranslator t;
        QVERIFY(t.load(translations::qmPath(code)));
        QCOMPARE(t.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QByteArray triage = "confab::models::TriageCommands";
        const QByteArray conversations = "%n conversation(s)";
        QTest::newRow("en 1") << u"en"_s << triage << conversations << 1 << u"1 conversation"_s;
        QTest::newRow("en 5") << u"en"_s << triage << conversations << 5 << u"5 conversations"_s;
        QTest::newRow("ru 1") << u"ru"_s << triage << conversations << 1 << u"1 разговор"_s;
        QTest::newRow("ru 3") << u"ru"_s << triage << conversations << 3 << u"3 разговора"_s;
        QTest::newRow("ru 5") << u"ru"_s << triage << conversations << 5 << u"5 разговоров"_s;
        QTest::newRow("ru 11") << u"ru"_s << triage << conversations << 11 << u"11 разговоров"_s;
        QTest::newRow("ru 21") << u"ru"_s << triage << conversations << 21 << u"21 разговор"_s;
        QTest::newRow("ru 22") << u"ru"_s << triage << conversations << 22 << u"22 разговора"_s;
        QTest::newRow("el 1") << u"el"_s << triage << conversations << 1 << u"1 συνομιλία"_s;
        QTest::newRow("el 4") << u"el"_s << triage << conversations << 4 << u"4 συνομιλίες"_s;
        QTest::newRow("hy 1") << u"hy"_s << triage << conversations << 1 << u"1 զրույց"_s;
        QTest::newRow("hy 7") << u"hy"_s << triage << conversations << 7 << u"7 զրույց"_s;
        QTest::newRow("ta 1") << u"ta"_s << triage << conversations << 1 << u"1 உரையாடல்"_s;
        QTest::newRow("ta 2") << u"ta"_s << triage << conversations << 2 << u"2 உரையாடல்கள்"_s;
        const QByteArray search = "confab::ui::SearchPanel";
        QTest::newRow("search ru 24") << u"ru"_s << search << QByteArray("%n conversations") << 24 << u"24 разговора"_s;
        QTest::newRow("search ru 25") << u"ru"_s << search << QByteArray("%n conversations") << 25 << u"25 разговоров"_s;
        const QByteArray away = "confab::models::AwaySummary";
        QTest::newRow("away ru 2") << u"ru"_s << away << QByteArray("%n mentions") << 2 << u"2 упоминания"_s;
        QTest::newRow("away el 2") << u"el"_s << away << QByteArray("%n mentions") << 2 << u"2 αναφορές"_s;
        QTest::newRow("new messages ru 5") << u"ru"_s << QByteArray("confab::ui::FeedView")
                                           << QByteArray("%n new message(s) ↓") << 5 << u"5 новых сообщений ↓"_s;
    }

    void plurals()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        use(code);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    // Through the code that shows them: the contexts and the %n forms are the ones used at run time.
    void relativeTimes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("minutesAgo");
        QTest::addColumn<QString>("age");
        QTest::addColumn<QString>("listTime");
        // No translation installed: the sources' "%n minute(s)" still reads as English.
        QTest::newRow("untranslated") << QString() << 1 << u"1 minute ago"_s << u"1m"_s;
        QTest::newRow("untranslated many") << QString() << 4 << u"4 minutes ago"_s << u"4m"_s;
        QTest::newRow("en") << u"en"_s << 1 << u"1 minute ago"_s << u"1m"_s;
        QTest::newRow("en many") << u"en"_s << 3 << u"3 minutes ago"_s << u"3m"_s;
        QTest::newRow("ru") << u"ru"_s << 3 << u"3 минуты назад"_s << u"3 мин"_s;
        QTest::newRow("ru many") << u"ru"_s << 25 << u"25 минут назад"_s << u"25 мин"_s;
        QTest::newRow("el") << u"el"_s << 1 << u"πριν από 1 λεπτό"_s << u"1λ"_s;
        QTest::newRow("hy") << u"hy"_s << 5 << u"5 րոպե առաջ"_s << u"5 ր"_s;
        QTest::newRow("ta") << u"ta"_s << 5 << u"5 நிமிடங்களுக்கு முன்"_s << u"5 நி"_s;
    }

    void relativeTimes()
    {
        QFETCH(QString, code);
        QFETCH(int, minutesAgo);
        QFETCH(QString, age);
        QFETCH(QString, listTime);
        if (!code.isEmpty())
            use(code);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime then = now.addSecs(-60 * minutesAgo - 5);
        QCOMPARE(models::AttributeFormat::relativeAge(then, now), age);
        if (then.toLocalTime().date() == now.toLocalTime().date())
            QCOMPARE(models::relativeTime(then, now), listTime);
    }

    void widgetsUseTheTranslation()
    {
        use(u"ru"_s);
        ui::LanguageMenu menu;
        QCOMPARE(menu.title(), u"&Язык"_s);
        QStringList names;
        for (QAction *a : menu.actions()) {
            if (!a->isSeparator())
                names << a->text();
        }
        QCOMPARE(names, (QStringList { u"&Как в системе"_s, u"English"_s, u"Русский"_s, u"Ελληνικά"_s,
                                       u"Հայերեն"_s, u"தமிழ்"_s }));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system ru") << QString() << QStringList { u"ru-RU"_s, u"en-US"_s } << u"ru"_s;
        QTest::newRow("system underscore") << QString() << QStringList { u"ta_IN"_s } << u"ta"_s;
        QTest::newRow("first known") << QString() << QStringList { u"de-DE"_s, u"el-GR"_s, u"ru"_s } << u"el"_s;
        QTest::newRow("armenian") << QString() << QStringList { u"hy"_s } << u"hy"_s;
        QTest::newRow("choice wins") << u"el"_s << QStringList { u"ru-RU"_s } << u"el"_s;
        QTest::newRow("unknown choice") << u"xx"_s << QStringList { u"hy-AM"_s } << u"hy"_s;
        QTest::newRow("nothing known") << QString() << QStringList { u"C"_s, u"de"_s } << u"en"_s;
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(translations::resolve(choice, system), expected);
    }

    void choiceIsSaved()
    {
        translations::saveChoice(u"hy"_s);
        QCOMPARE(translations::savedChoice(), u"hy"_s);
        translations::saveChoice(u"bogus"_s);
        QCOMPARE(translations::savedChoice(), QString()); // not a language we have: follow the system
        translations::saveChoice({});
        QCOMPARE(translations::savedChoice(), QString());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
