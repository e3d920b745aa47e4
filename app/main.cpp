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
    std::fputs("confab: the window is not built yet; use --sync-only --server URL --email EMAIL\n", stderr);
    return confab::app::ExitUsage;
}
