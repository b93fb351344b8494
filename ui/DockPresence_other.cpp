#include "DockPresence.h"

namespace AsanaFeed::DockPresence {

void setShownInDock(bool /*shown*/)
{
    // Windows and Linux: the taskbar lists shown windows only; a hidden one is gone from it.
}

} // namespace AsanaFeed::DockPresence
