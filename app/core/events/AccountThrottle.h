// AccountThrottle: Asana's rate limit is per token, so when one subscription is told to wait
// (429 + Retry-After), every subscription of that account waits too. Shared by the account's
// pollers; holds only the moment until which nobody may send.
#pragma once

#include <QObject>

#include <chrono>

namespace AsanaFeed {

class AccountThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountThrottle)

public:
    using Clock = std::chrono::steady_clock;

    explicit AccountThrottle(QObject* parent = nullptr)
        : QObject(parent)
    {}

    // Nobody sends for `wait` from now (extends, never shortens, a pause already running).
    void pauseFor(std::chrono::milliseconds wait);
    // How long until requests may be sent again; zero when they may be sent now.
    [[nodiscard]] std::chrono::milliseconds remaining() const;

signals:
    void paused(std::chrono::milliseconds remaining);

private:
    Clock::time_point m_resumeAt{};
};

} // namespace AsanaFeed
