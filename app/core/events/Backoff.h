// Backoff: exponential backoff with full jitter (a random delay between zero and
// min(cap, base * 2^attempt)), so that many clients failing together do not retry together.
#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace AsanaFeed {

class Backoff final
{
public:
    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
                     std::chrono::milliseconds cap = std::chrono::minutes(5));

    // The delay before the next attempt; each call counts one more failure.
    [[nodiscard]] std::chrono::milliseconds next();
    void reset() { m_attempts = 0; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // The upper bound the next call draws from.
    [[nodiscard]] std::chrono::milliseconds ceiling() const;
    void seed(quint32 seed) { m_random.seed(seed); }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_attempts = 0;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace AsanaFeed
