#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages Confab is translated into, which one to use, and loading the translations
// (Confab's own, embedded under :/i18n, and Qt's from QLibraryInfo::TranslationsPath).
namespace confab::translations {

struct Language
{
    QString code;       // "ru", "el", ...: the suffix of translations/confab_<code>.ts
    QString nativeName; // the language's name in itself: "Русский"
};

// Every language with an embedded translation, English first.
QList<Language> available();

// The QSettings key (organisation-wide, so the demo and the real profile share it) holding
// the chosen language code; empty or absent means "follow the system".
QString settingKey();
QString savedChoice();
void saveChoice(const QString &code);

// The language to use: `choice` when it is available, else the first of `uiLanguages`
// (QLocale::system().uiLanguages(): "ru-RU", "el", "en-US"...) that is, else English.
QString resolve(const QString &choice, const QStringList &uiLanguages);

// Installs the translators for `code` on `app` (Confab's, and Qt's own when present) and,
// when the language differs from the system's, makes it the default QLocale so that dates
// and numbers match the interface. Call before creating any window. Returns false when
// Confab's translation for `code` could not be loaded (English needs only its plurals).
bool install(QCoreApplication *app, const QString &code);

// The embedded .qm file of a language, ":/i18n/confab_ru.qm".
QString qmPath(const QString &code);

} // namespace confab::translations
