// SubscriptionState: where one subscription's polling stands, as the views show it.
#pragma once

namespace AsanaFeed {

enum class SubscriptionState {
    Stopped,      // not started, or stopped by the owner
    Syncing,      // fetching, or catching up through has_more pages
    Live,         // caught up; the next poll is scheduled
    Backoff,      // a transient failure; retrying after a jittered delay
    RateLimited,  // Asana said 429; waiting exactly Retry-After
    Failed,       // 403/404/400: this subscription cannot be polled
    AuthRequired, // 401: the token was refused
};

} // namespace AsanaFeed
