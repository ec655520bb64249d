#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <vector>

namespace rakkan::crypto {

// BLAKE3 (hash, keyed hash, key derivation, extendable output), a portable implementation of the specification:
// Debian 12 ships no C library for it, and ISCC's Instance-Code and datahash are BLAKE3. Incremental: feed any
// number of update() calls, then finalize(). Checked against the official test vectors.
class Blake3
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kOutBytes = 32;

    Blake3();                                        // plain hash
    static Blake3 keyed(QByteArrayView key);         // key must be 32 bytes
    static Blake3 deriveKey(QByteArrayView context); // then update() with the key material

    void update(QByteArrayView data);
    // Any length: the first 32 bytes are the ordinary digest; more is BLAKE3's extendable output.
    QByteArray finalize(int length = kOutBytes) const;

    static QByteArray hash(QByteArrayView data)
    {
        Blake3 h;
        h.update(data);
        return h.finalize();
    }

private:
    using Words = std::array<quint32, 8>;
    struct ChunkState
    {
        Words cv{};
        quint64 counter = 0;
        std::array<quint8, 64> block{};
        int blockLength = 0;
        int blocksCompressed = 0;
        quint32 flags = 0;
        int length() const { return 64 * blocksCompressed + blockLength; }
    };
    struct Output
    {
        Words cv{};
        std::array<quint32, 16> block{};
        quint64 counter = 0;
        quint32 blockLength = 0;
        quint32 flags = 0;
        Words chainingValue() const;
        void rootBytes(quint8 *out, int length) const;
    };

    Blake3(const Words &key, quint32 flags);
    static Output chunkOutput(const ChunkState &chunk);
    static Output parentOutput(const Words &left, const Words &right, const Words &key, quint32 flags);
    void addChunkChainingValue(Words cv, quint64 totalChunks);

    Words m_key;
    quint32 m_flags;
    ChunkState m_chunk;
    std::vector<Words> m_stack;
};

} // namespace rakkan::crypto
