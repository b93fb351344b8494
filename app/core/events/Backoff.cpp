#include "events/Backoff.h"

#include <algorithm>

namespace AsanaFeed {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_base(base)
    , m_cap(cap)
{}

std::chrono::milliseconds Backoff::ceiling() const
{
    // Doubling stops well before overflow: 2^20 seconds is far past any cap.
    const int exponent = std::min(m_attempts, 20);
    const std::chrono::milliseconds grown = m_base * (qint64(1) << exponent);
    return std::min(grown, m_cap);
}

std::chrono::milliseconds Backoff::next()
{
    const auto bound = ceiling();
    ++m_attempts;
    return std::chrono::milliseconds(m_random.bounded(qint64(0), qint64(bound.count()) + 1));
}

} // namespace AsanaFeed
