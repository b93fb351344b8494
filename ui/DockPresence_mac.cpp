// macOS only (chosen by CMake). Plain C++ over the Objective-C runtime, so the project needs no
// Objective-C++ file for two calls.
#include "DockPresence.h"

#include <objc/message.h>
#include <objc/runtime.h>

namespace AsanaFeed::DockPresence {

namespace {

// NSApplicationActivationPolicy
constexpr long policyRegular = 0;
constexpr long policyAccessory = 1;

id sharedApplication()
{
    const auto send = reinterpret_cast<id (*)(Class, SEL)>(objc_msgSend);
    return send(objc_getClass("NSApplication"), sel_registerName("sharedApplication"));
}

} // namespace

void setShownInDock(bool shown)
{
    id application = sharedApplication();
    if (!application) {
        return;
    }
    const auto setPolicy = reinterpret_cast<BOOL (*)(id, SEL, long)>(objc_msgSend);
    setPolicy(application, sel_registerName("setActivationPolicy:"), shown ? policyRegular : policyAccessory);
    if (shown) {
        // Back as a regular app, it must also come to the front, or its window opens behind others.
        const auto activate = reinterpret_cast<void (*)(id, SEL, BOOL)>(objc_msgSend);
        activate(application, sel_registerName("activateIgnoringOtherApps:"), YES);
    }
}

} // namespace AsanaFeed::DockPresence
