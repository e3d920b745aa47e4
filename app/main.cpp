#include "app/desktopapp.h"
#include "app/headless.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (confab::app::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("confab"));
        QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
        return confab::app::runHeadless(app);
    }
    return confab::app::runDesktop(argc, argv);
}
