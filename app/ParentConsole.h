// ParentConsole: lets the terminal modes (--follow, --export, --sign-in, --help, --version) be
// seen and typed into from the console they were started from. On Windows asana-feed is a GUI
// program without a console of its own, so its standard streams go nowhere unless redirected:
// ParentConsole_win.cpp attaches to the parent's console for the streams that were not. Elsewhere
// the streams are the terminal's already (ParentConsole_other.cpp).
#pragma once

namespace AsanaFeed::ParentConsole {

void attach();

} // namespace AsanaFeed::ParentConsole
