#include "ui/languagemenu.h"

#include "translations/languages.h"

#include <QActionGroup>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace confab::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString saved = translations::savedChoice();
    auto add = [&](const QString &code, const QString &name) {
        QAction *a = addAction(name);
        // Menu entries without a shortcut of their own (not "action…"): reached through the menu.
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    };
    add({}, tr("&System Default"));
    addSeparator();
    for (const translations::Language &l : translations::available())
        add(l.code, l.nativeName);
}

void LanguageMenu::choose(const QString &code, const QString &name)
{
    if (code == translations::savedChoice())
        return;
    translations::saveChoice(code);
    const QString shown = code.isEmpty() ? tr("the system's language") : name;
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("Confab will use %1 the next time it starts.").arg(shown));
}

} // namespace confab::ui
