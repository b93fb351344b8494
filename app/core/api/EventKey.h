// EventKey: the 16 bytes that identify an event (DESIGN.md's event key). Asana's events have no
// id, so the key is a hash of the fields that tell two events apart, each followed by the byte
// 0x1f (which none of them can hold): SipHash-2-4 with its 128-bit output, under a fixed key.
// Not a secret and not a defence against a hostile server (which chooses its events anyway):
// a fast hash whose collisions are as unlikely as a random 128-bit value's, and which is the
// same on every platform and in every version (keys are kept in the history).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace AsanaFeed::EventKey {

using Bytes = std::array<std::uint8_t, 16>;

// SipHash-2-4, 128-bit output (Aumasson and Bernstein; the reference implementation's
// vectors_sip128 are its test).
[[nodiscard]] Bytes sipHash128(const Bytes& key, QByteArrayView message);

// The event key of `fields`: the key parts, each already followed by 0x1f.
[[nodiscard]] QByteArray of(QByteArrayView fields);

// A key as two 64-bit words, for sets of many keys (no allocation, no general-purpose hashing:
// the bits are a hash already).
struct Packed
{
    std::uint64_t first = 0;
    std::uint64_t second = 0;

    friend bool operator==(const Packed&, const Packed&) = default;
    friend size_t qHash(const Packed& key, size_t seed = 0) noexcept
    {
        return size_t(key.first ^ (key.second >> 1)) ^ seed;
    }
};

// The first 16 bytes of `key` (zeros for what is missing).
[[nodiscard]] Packed pack(QByteArrayView key);

} // namespace AsanaFeed::EventKey
