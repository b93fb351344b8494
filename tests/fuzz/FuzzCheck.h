// FuzzCheck: what every fuzz target shares. FUZZ_CHECK states a property; when it does not hold,
// what failed is printed and the process aborts, which libFuzzer reports as a finding (the input
// is kept, see run.sh). A crash, a sanitizer report or a timeout are findings as well.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s\n  %s (%s:%d)\n", what, #condition, __FILE__, __LINE__);       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace AsanaFeed::Fuzz {

// The input as bytes, not copied and not terminated: a reader that runs past the end is caught.
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace AsanaFeed::Fuzz
