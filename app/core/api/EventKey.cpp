#include "api/EventKey.h"

#include <QtEndian>

#include <algorithm>

namespace AsanaFeed::EventKey {

namespace {

using u64 = std::uint64_t;

constexpr u64 rotl(u64 x, int b)
{
    return (x << b) | (x >> (64 - b));
}

// Little-endian, whatever the machine's order.
u64 load64(const std::uint8_t* p)
{
    return qFromLittleEndian<quint64>(p);
}

void store64(std::uint8_t* p, u64 value)
{
    qToLittleEndian<quint64>(value, p);
}

Q_ALWAYS_INLINE void sipRound(u64& v0, u64& v1, u64& v2, u64& v3)
{
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
}

// SipHash's compression of one message word (c = 2 rounds).
Q_ALWAYS_INLINE void compressInto(u64& v0, u64& v1, u64& v2, u64& v3, u64 word)
{
    v3 ^= word;
    sipRound(v0, v1, v2, v3);
    sipRound(v0, v1, v2, v3);
    v0 ^= word;
}

// The fixed key of event keys: 16 bytes, never to change (keys are kept in the history).
constexpr Bytes eventKeyKey{'a', 's', 'a', 'n', 'a', '-', 'f', 'e', 'e', 'd', ' ', 'e', 'v', 'e', 'n', 't'};

} // namespace

Hasher::Hasher(const Bytes& key)
{
    const u64 k0 = load64(key.data());
    const u64 k1 = load64(key.data() + 8);
    m_v0 = 0x736f6d6570736575ULL ^ k0;
    m_v1 = 0x646f72616e646f6dULL ^ k1 ^ 0xee; // 0xee: the 128-bit variant
    m_v2 = 0x6c7967656e657261ULL ^ k0;
    m_v3 = 0x7465646279746573ULL ^ k1;
}

void Hasher::compress(u64 word)
{
    compressInto(m_v0, m_v1, m_v2, m_v3, word);
}

void Hasher::add(QByteArrayView bytes)
{
    // The first `count` (< 8) bytes at `p` as the low bytes of a word (a loop: the pieces are
    // short, and a call to memcpy would cost more than the bytes).
    const auto partial = [](const char* p, std::size_t count) {
        u64 word = 0;
        for (std::size_t i = 0; i < count; ++i) {
            word |= u64(static_cast<std::uint8_t>(p[i])) << (8 * i);
        }
        return word;
    };
    const char* p = bytes.data();
    auto left = std::size_t(bytes.size());
    m_length += left;
    if (m_filled != 0) {
        // Complete the word begun by an earlier piece.
        const std::size_t taken = std::min<std::size_t>(8 - m_filled, left);
        m_tail |= partial(p, taken) << (8 * m_filled);
        m_filled += unsigned(taken);
        p += taken;
        left -= taken;
        if (m_filled < 8) {
            return;
        }
        compressTail();
    }
    for (; left >= 8; p += 8, left -= 8) {
        compressInto(m_v0, m_v1, m_v2, m_v3, load64(reinterpret_cast<const std::uint8_t*>(p)));
    }
    m_tail = partial(p, left);
    m_filled = unsigned(left);
}

Packed Hasher::finish()
{
    const auto finalWord = [this] {
        for (int i = 0; i < 4; ++i) {
            sipRound(m_v0, m_v1, m_v2, m_v3);
        }
        return m_v0 ^ m_v1 ^ m_v2 ^ m_v3;
    };
    compress(m_tail | (u64(m_length & 0xff) << 56));
    m_v2 ^= 0xee;
    Packed out;
    out.first = finalWord();
    m_v1 ^= 0xdd;
    out.second = finalWord();
    return out;
}

Bytes sipHash128(const Bytes& key, QByteArrayView message)
{
    Hasher hasher(key);
    hasher.add(message);
    const Packed hash = hasher.finish();
    Bytes out{};
    store64(out.data(), hash.first);
    store64(out.data() + 8, hash.second);
    return out;
}

Hasher eventHasher()
{
    return Hasher(eventKeyKey);
}

Packed of(QByteArrayView fields)
{
    Hasher hasher = eventHasher();
    hasher.add(fields);
    return hasher.finish();
}

QByteArray toBytes(const Packed& key)
{
    Bytes bytes{};
    store64(bytes.data(), key.first);
    store64(bytes.data() + 8, key.second);
    return {reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())};
}

} // namespace AsanaFeed::EventKey
