// Pieces: how fuzz_simhttp and fuzz_oauthredirect turn one input into the bytes a connection
// receives, and where those bytes are cut into two reads.
#pragma once

#include "FuzzCheck.h"

#include <QByteArray>

#include <algorithm>

namespace AsanaFeed::Fuzz {

struct Received
{
    QByteArray bytes;  // everything the connection receives
    qsizetype cut = 0; // the first read ends here
};

// The input is the bytes, except that an input beginning with "P" has the rest repeated past
// `padTo` bytes, so that the size limits of a head are reached without inputs that large. The
// cut comes from the first three bytes and the last.
inline Received received(const std::uint8_t* data, std::size_t size, qsizetype padTo)
{
    Received result;
    result.bytes = bytesOf(data, size);
    if (size > 1 && data[0] == 'P') {
        const QByteArray unit = result.bytes.sliced(1);
        QByteArray padded;
        padded.reserve(padTo + unit.size() + 1);
        while (padded.size() <= padTo) {
            padded += unit;
        }
        result.bytes = padded;
    }
    if (size > 0) {
        // Up to four bytes, so that the cut can fall anywhere in a padded input too.
        std::uint32_t seed = data[size - 1];
        for (std::size_t i = 0; i < std::min<std::size_t>(size, 3); ++i) {
            seed = seed * 257u + data[i];
        }
        result.cut = qsizetype(seed % std::uint32_t(result.bytes.size() + 1));
    }
    return result;
}

} // namespace AsanaFeed::Fuzz
