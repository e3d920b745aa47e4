#pragma once

#include <QMenu>

namespace confab::ui {

// View → Language: "System Default" and every translated language, by its own name. The
// choice is saved (translations::saveChoice) and applies at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &code, const QString &name);
};

} // namespace confab::ui
