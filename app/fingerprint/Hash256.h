#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <bit>
#include <optional>

namespace rakkan::fingerprint {

// A 256-bit perceptual hash. Bytes are kept in the order of the hash's hex form (PDQ's canonical text), so that
// the stored blob, the hex string and Meta's tools all agree.
class Hash256
{
public:
    Hash256() = default;

    static std::optional<Hash256> fromHex(const QString &hex);
    static std::optional<Hash256> fromBytes(const QByteArray &bytes);

    QString toHex() const;
    QByteArray toBytes() const;

    // Bit k as PDQ numbers it: bit (k mod 16) of 16-bit word k/16, words printed from 15 down to 0.
    void setBit(int k)
    {
        const int byte = (15 - (k >> 4)) * 2 + ((k & 15) >= 8 ? 0 : 1);
        m_words[size_t(byte >> 3)] |= quint64(1) << (8 * (7 - (byte & 7)) + (k & 7));
    }

    int distance(const Hash256 &other) const
    {
        return std::popcount(m_words[0] ^ other.m_words[0]) + std::popcount(m_words[1] ^ other.m_words[1]) +
               std::popcount(m_words[2] ^ other.m_words[2]) + std::popcount(m_words[3] ^ other.m_words[3]);
    }

    // 16-bit slice s (0..15) of the hex-ordered bits, for multi-index hashing.
    quint16 slice16(int s) const { return quint16(m_words[size_t(s >> 2)] >> (16 * (3 - (s & 3)))); }

    bool operator==(const Hash256 &) const = default;

private:
    // The 32 bytes of the hex form as four big-endian 64-bit words: popcount works on whole words.
    std::array<quint64, 4> m_words{};
};

} // namespace rakkan::fingerprint
