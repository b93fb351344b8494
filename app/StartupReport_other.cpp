// StartupReport's clock elsewhere (chosen by CMake): the process's start is not read, so the
// report gives the time since main() only.
#include "StartupReport.h"

namespace AsanaFeed {

double StartupReport::msSinceProcessStart()
{
    return -1;
}

} // namespace AsanaFeed
