#include "api/EventKey.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

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

struct State
{
    u64 v0, v1, v2, v3;

    void round()
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

    void compress(u64 m)
    {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }

    u64 finalWord()
    {
        for (int i = 0; i < 4; ++i) {
            round();
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }
};

// The fixed key of event keys: 16 bytes, never to change (keys are kept in the history).
constexpr Bytes eventKeyKey{'a', 's', 'a', 'n', 'a', '-', 'f', 'e', 'e', 'd', ' ', 'e', 'v', 'e', 'n', 't'};

} // namespace

Bytes sipHash128(const Bytes& key, QByteArrayView message)
{
    const u64 k0 = load64(key.data());
    const u64 k1 = load64(key.data() + 8);
    State s{0x736f6d6570736575ULL ^ k0, 0x646f72616e646f6dULL ^ k1, 0x6c7967656e657261ULL ^ k0,
            0x7465646279746573ULL ^ k1};
    s.v1 ^= 0xee; // the 128-bit variant
    const auto* data = reinterpret_cast<const std::uint8_t*>(message.data());
    const auto size = static_cast<std::size_t>(message.size());
    const std::size_t whole = size - size % 8;
    for (std::size_t i = 0; i < whole; i += 8) {
        s.compress(load64(data + i));
    }
    u64 last = u64(size & 0xff) << 56;
    for (std::size_t i = 0; i < size % 8; ++i) {
        last |= u64(data[whole + i]) << (8 * i);
    }
    s.compress(last);
    Bytes out{};
    s.v2 ^= 0xee;
    store64(out.data(), s.finalWord());
    s.v1 ^= 0xdd;
    store64(out.data() + 8, s.finalWord());
    return out;
}

QByteArray of(QByteArrayView fields)
{
    const Bytes hash = sipHash128(eventKeyKey, fields);
    return {reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())};
}

Packed pack(QByteArrayView key)
{
    std::array<std::uint8_t, 16> bytes{};
    std::memcpy(bytes.data(), key.data(), size_t(std::min<qsizetype>(key.size(), qsizetype(bytes.size()))));
    return {load64(bytes.data()), load64(bytes.data() + 8)};
}

} // namespace AsanaFeed::EventKey
