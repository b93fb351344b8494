// TrayIconArt: the app's mark and the tray icon's states. The mark is the artwork in resources/
// (rendered from its SVGs at build time, embedded as PNGs at the sizes a panel asks for: 16–64 px,
// and twice that on high-density screens); the states are drawn on the tray variant: the mark
// alone (nothing new), with the unread count on a badge, with a warning badge (a subscription
// failed, or the account needs signing in again), and greyed out (offline). The colours hold on
// light and dark panels alike: the tray variant is a mid-tone disc with a deep rim, and so are
// the badges.
#pragma once

#include <QIcon>
#include <QImage>
#include <QString>

namespace AsanaFeed::TrayIconArt {

enum class State {
    Idle,    // caught up: the mark alone
    Unread,  // the mark and the count
    Problem, // something needs the person: a warning badge (the count is in the tooltip)
    Offline, // Asana cannot be reached: the mark greyed out
};

// The icon for `state` (`count` unread events; used by Unread only), at the usual tray sizes.
[[nodiscard]] QIcon icon(State state, int count = 0);
// One size of it: `size` device pixels square.
[[nodiscard]] QImage image(State state, int count, int size);
// The app's icon (the full-colour mark, not the tray variant), for the windows and the about box.
[[nodiscard]] QIcon appIcon();
// What the badge says for `count` at `size` px: "7", "42", "99+" — and at the smallest sizes,
// where three digits cannot be read, "9+".
[[nodiscard]] QString countText(int count, int size);

} // namespace AsanaFeed::TrayIconArt
