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
#include <cstddef>
#include <cstdint>

namespace AsanaFeed::EventKey {

using Bytes = std::array<std::uint8_t, 16>;

// A key as two 64-bit words (the first eight bytes, then the last eight, each read
// little-endian), for sets of many keys (no allocation, no general-purpose hashing: the bits are
// a hash already).
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

// SipHash-2-4 with its 128-bit output over a message given in pieces (the pieces' concatenation
// is what is hashed): no copy of the message is made.
class Hasher
{
public:
    explicit Hasher(const Bytes& key);

    void add(QByteArrayView bytes);
    void add(char byte)
    {
        m_tail |= std::uint64_t(static_cast<unsigned char>(byte)) << (8 * m_filled);
        ++m_length;
        if (++m_filled == 8) {
            compressTail();
        }
    }
    [[nodiscard]] Packed finish();

private:
    void compress(std::uint64_t word);
    void compressTail()
    {
        compress(m_tail);
        m_tail = 0;
        m_filled = 0;
    }

    std::uint64_t m_v0, m_v1, m_v2, m_v3;
    std::uint64_t m_tail = 0; // the bytes of a word not yet full, little-endian
    unsigned m_filled = 0;    // how many bytes m_tail holds
    std::size_t m_length = 0; // bytes added in all
};

// SipHash-2-4, 128-bit output (Aumasson and Bernstein; the reference implementation's
// vectors_sip128 are its test).
[[nodiscard]] Bytes sipHash128(const Bytes& key, QByteArrayView message);

// A Hasher for event keys (under the fixed key of event keys); `add` the key parts, each
// followed by 0x1f, then `finish`.
[[nodiscard]] Hasher eventHasher();

// The event key of `fields`: the key parts, each already followed by 0x1f.
[[nodiscard]] Packed of(QByteArrayView fields);

// The 16 bytes of a key, as the history keeps them.
[[nodiscard]] QByteArray toBytes(const Packed& key);

} // namespace AsanaFeed::EventKey
