// RateLimiter: Asana's per-token request budget (N requests per window); rejected requests count too.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <chrono>

namespace AsanaFeed::Sim {

class RateLimiter final
{
public:
    explicit RateLimiter(int limit = 1500, std::chrono::milliseconds window = std::chrono::seconds(60));

    void configure(int limit, std::chrono::milliseconds window);
    // Charges `cost` requests to `token`; returns 0 when allowed, else the whole seconds (>= 1) to wait.
    [[nodiscard]] int charge(const QString& token, int cost = 1);
    void reset() { m_buckets.clear(); }

private:
    struct Bucket
    {
        qint64 windowStartMs = 0;
        qint64 used = 0;
    };
    int m_limit = 1500;
    std::chrono::milliseconds m_window{std::chrono::seconds(60)};
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace AsanaFeed::Sim
