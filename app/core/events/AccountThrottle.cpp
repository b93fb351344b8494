#include "events/AccountThrottle.h"

namespace AsanaFeed {

void AccountThrottle::pauseFor(std::chrono::milliseconds wait)
{
    const auto until = Clock::now() + wait;
    if (until > m_resumeAt) {
        m_resumeAt = until;
        emit paused(remaining());
    }
}

std::chrono::milliseconds AccountThrottle::remaining() const
{
    const auto left = m_resumeAt - Clock::now();
    if (left <= Clock::duration::zero()) {
        return std::chrono::milliseconds(0);
    }
    // Rounded up: waking a millisecond early would send a request inside the pause.
    return std::chrono::ceil<std::chrono::milliseconds>(left);
}

} // namespace AsanaFeed
