#pragma once

#include <QtGlobal>

#include <functional>

namespace confab::sync {

// Reconnect delays: `base` doubling up to `max`, each with "equal jitter" (a random delay in
// [d/2, d]) so that many clients cut off together do not come back in lockstep. reset() after
// a connection reached live starts again from `base`. The random source is injectable so a
// test can pin it.
class BackoffPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    BackoffPolicy(int baseMs = 500, int maxMs = 30 * 1000, Random random = {});

    // The delay before the next attempt; each call doubles the step (up to max).
    int nextDelayMs();
    // The un-jittered step the next call starts from.
    int currentStepMs() const { return m_stepMs; }
    int attempts() const { return m_attempts; }
    void reset();

    int baseMs() const { return m_baseMs; }
    int maxMs() const { return m_maxMs; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_stepMs;
    int m_attempts = 0;
    Random m_random;
};

} // namespace confab::sync
