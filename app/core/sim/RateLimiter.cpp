#include "RateLimiter.h"

#include <algorithm>

namespace AsanaFeed::Sim {

RateLimiter::RateLimiter(int limit, std::chrono::milliseconds window)
    : m_limit(limit)
    , m_window(window)
{
    m_clock.start();
}

void RateLimiter::configure(int limit, std::chrono::milliseconds window)
{
    m_limit = limit;
    m_window = window;
    m_buckets.clear();
}

int RateLimiter::charge(const QString& token, int cost)
{
    if (m_limit <= 0) {
        return 0; // unlimited
    }
    const qint64 now = m_clock.elapsed();
    const qint64 windowMs = std::max<qint64>(1, m_window.count());
    Bucket& bucket = m_buckets[token];
    if (bucket.used == 0 || now - bucket.windowStartMs >= windowMs) {
        bucket.windowStartMs = now;
        bucket.used = 0;
    }
    bucket.used += cost;
    if (bucket.used <= m_limit) {
        return 0;
    }
    const qint64 remainingMs = bucket.windowStartMs + windowMs - now;
    return int(std::max<qint64>(1, (remainingMs + 999) / 1000));
}

} // namespace AsanaFeed::Sim
