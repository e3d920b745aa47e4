#pragma once

#include "storage.h"

namespace confab::server {

inline constexpr char DemoPassword[] = "demo";
inline constexpr char DemoApiKey[] = "demo-api-key";
inline constexpr char DemoVisitorKey[] = "demo";

// The demo workspace of the contract (≥3 teams, ≥8 agents with admin@/lead@/agent@demo.confab,
// ≥200 contacts with attributes and events, ≥500 conversations across chat and email in every
// status, ≥5,000 messages including notes, ≥30 articles, ≥10 saved replies), realistic and
// deterministic for a given seed number. Times are laid out backwards from `now`.
SeedData makeDemoSeed(quint32 seedNumber, const QDateTime &now);

} // namespace confab::server
