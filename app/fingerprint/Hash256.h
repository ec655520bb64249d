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
        const int word = k >> 4;
        const int bit = k & 15;
        const int byte = (15 - word) * 2 + (bit >= 8 ? 0 : 1);
        m_bytes[size_t(byte)] |= quint8(1u << (bit & 7));
    }

    int distance(const Hash256 &other) const
    {
        int d = 0;
        for (size_t i = 0; i < 4; ++i)
            d += std::popcount(word64(i) ^ other.word64(i));
        return d;
    }

    // 16-bit slice s (0..15) of the hex-ordered bits, for multi-index hashing.
    quint16 slice16(int s) const { return quint16((m_bytes[size_t(2 * s)] << 8) | m_bytes[size_t(2 * s + 1)]); }

    bool operator==(const Hash256 &) const = default;

private:
    quint64 word64(size_t i) const
    {
        quint64 v = 0;
        for (size_t b = 0; b < 8; ++b)
            v = (v << 8) | m_bytes[i * 8 + b];
        return v;
    }

    std::array<quint8, 32> m_bytes{};
};

} // namespace rakkan::fingerprint
