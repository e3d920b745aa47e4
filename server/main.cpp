#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's default event dispatcher on Linux is glib's, which polls every socket notifier through
    // a GSource: measured with bench_loadgen (docs/performance.md), fan-out to 1,000-10,000
    // sessions and new-session rates are much slower with it than with Qt's own UNIX dispatcher.
    // A QT_NO_GLIB the user set (even empty) is left alone.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    return confab::server::runConfabd(app);
}
