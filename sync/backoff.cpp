#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace confab::sync {

BackoffPolicy::BackoffPolicy(int baseMs, int maxMs, Random random)
    : m_baseMs(std::max(1, baseMs)), m_maxMs(std::max(m_baseMs, maxMs)), m_stepMs(m_baseMs),
      m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int BackoffPolicy::nextDelayMs()
{
    const int step = m_stepMs;
    m_stepMs = int(std::min<qint64>(qint64(m_stepMs) * 2, m_maxMs));
    ++m_attempts;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    // Equal jitter: half fixed, half random, never above the step.
    const int delay = step / 2 + int(std::lround((step - step / 2) * r));
    return std::clamp(delay, 1, step);
}

void BackoffPolicy::reset()
{
    m_stepMs = m_baseMs;
    m_attempts = 0;
}

} // namespace confab::sync
