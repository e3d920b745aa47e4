#include "ui/sessioncontroller.h"

namespace confab::ui {

SessionController::~SessionController() = default;

} // namespace confab::ui
