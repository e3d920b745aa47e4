#include "translations/languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "confab.translations")

namespace confab::translations {

QList<Language> available()
{
    return {
        { u"en"_s, u"English"_s },
        { u"ru"_s, u"Русский"_s },
        { u"el"_s, u"Ελληνικά"_s },
        { u"hy"_s, u"Հայերեն"_s },
        { u"ta"_s, u"தமிழ்"_s },
    };
}

QString settingKey()
{
    return u"ui/language"_s;
}

namespace {
QSettings orgSettings()
{
    // Without an application name: one file for the organisation, shared by confab and
    // confab --demo (which uses another application name for its window layout).
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

bool isAvailable(const QString &code)
{
    for (const Language &l : available()) {
        if (l.code == code)
            return true;
    }
    return false;
}
} // namespace

QString savedChoice()
{
    const QString code = orgSettings().value(settingKey()).toString();
    return isAvailable(code) ? code : QString();
}

void saveChoice(const QString &code)
{
    QSettings s = orgSettings();
    if (code.isEmpty())
        s.remove(settingKey());
    else
        s.setValue(settingKey(), code);
}

QString resolve(const QString &choice, const QStringList &uiLanguages)
{
    if (isAvailable(choice))
        return choice;
    for (const QString &tag : uiLanguages) {
        // "ru-RU", "ru_RU", "hy" → "ru", "hy"; "C" and "POSIX" match nothing.
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return u"en"_s;
}

QString qmPath(const QString &code)
{
    return u":/i18n/confab_%1.qm"_s.arg(code);
}

bool install(QCoreApplication *app, const QString &code)
{
    const QLocale locale(code);
    if (QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt; // English, or Qt's translations are not installed (Debian: qt6-translations-l10n)

    auto *own = new QTranslator(app);
    if (!own->load(qmPath(code))) {
        qCWarning(lcI18n) << "no translation for" << code << "at" << qmPath(code);
        delete own;
        return false;
    }
    app->installTranslator(own);
    qCInfo(lcI18n) << "interface language" << code;
    return true;
}

} // namespace confab::translations
