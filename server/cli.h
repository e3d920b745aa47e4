#pragma once

class QCoreApplication;

namespace confab::server {

// Parses confabd's command line and runs it: the server, or `admin add-agent|add-api-key`.
// Returns the process exit code (after the event loop ends, for the server).
int runConfabd(QCoreApplication &app);

} // namespace confab::server
