#pragma once

class QCoreApplication;

namespace confab::server {

// Makes SIGTERM and SIGINT (Ctrl+C / console close on Windows) end the event loop cleanly,
// so confabd closes its sessions and its database before exiting. Call once.
void quitOnTerminationSignals(QCoreApplication &app);

} // namespace confab::server
