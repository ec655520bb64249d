#include "crypto/Blake3.h"

#include <cstring>

namespace rakkan::crypto {

namespace {

constexpr quint32 kChunkStart = 1u << 0;
constexpr quint32 kChunkEnd = 1u << 1;
constexpr quint32 kParent = 1u << 2;
constexpr quint32 kRoot = 1u << 3;
constexpr quint32 kKeyedHash = 1u << 4;
constexpr quint32 kDeriveKeyContext = 1u << 5;
constexpr quint32 kDeriveKeyMaterial = 1u << 6;
constexpr int kChunkBytes = 1024;
constexpr int kBlockBytes = 64;

constexpr std::array<quint32, 8> kIv = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                        0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
constexpr std::array<int, 16> kPermutation = {2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8};

constexpr quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void g(std::array<quint32, 16> &s, int a, int b, int c, int d, quint32 mx, quint32 my)
{
    s[a] = s[a] + s[b] + mx;
    s[d] = rotr(s[d] ^ s[a], 16);
    s[c] = s[c] + s[d];
    s[b] = rotr(s[b] ^ s[c], 12);
    s[a] = s[a] + s[b] + my;
    s[d] = rotr(s[d] ^ s[a], 8);
    s[c] = s[c] + s[d];
    s[b] = rotr(s[b] ^ s[c], 7);
}

std::array<quint32, 16> compress(const std::array<quint32, 8> &cv, const std::array<quint32, 16> &blockWords,
                                 quint64 counter, quint32 blockLength, quint32 flags)
{
    std::array<quint32, 16> s = {cv[0],
                                 cv[1],
                                 cv[2],
                                 cv[3],
                                 cv[4],
                                 cv[5],
                                 cv[6],
                                 cv[7],
                                 kIv[0],
                                 kIv[1],
                                 kIv[2],
                                 kIv[3],
                                 quint32(counter),
                                 quint32(counter >> 32),
                                 blockLength,
                                 flags};
    std::array<quint32, 16> m = blockWords;
    for (int round = 0; round < 7; ++round) {
        g(s, 0, 4, 8, 12, m[0], m[1]);
        g(s, 1, 5, 9, 13, m[2], m[3]);
        g(s, 2, 6, 10, 14, m[4], m[5]);
        g(s, 3, 7, 11, 15, m[6], m[7]);
        g(s, 0, 5, 10, 15, m[8], m[9]);
        g(s, 1, 6, 11, 12, m[10], m[11]);
        g(s, 2, 7, 8, 13, m[12], m[13]);
        g(s, 3, 4, 9, 14, m[14], m[15]);
        if (round < 6) {
            std::array<quint32, 16> permuted{};
            for (int i = 0; i < 16; ++i)
                permuted[size_t(i)] = m[size_t(kPermutation[size_t(i)])];
            m = permuted;
        }
    }
    for (int i = 0; i < 8; ++i) {
        s[size_t(i)] ^= s[size_t(i + 8)];
        s[size_t(i + 8)] ^= cv[size_t(i)];
    }
    return s;
}

std::array<quint32, 16> wordsOf(const quint8 *block)
{
    std::array<quint32, 16> w{};
    for (int i = 0; i < 16; ++i)
        w[size_t(i)] = quint32(block[4 * i]) | (quint32(block[4 * i + 1]) << 8) | (quint32(block[4 * i + 2]) << 16) |
                       (quint32(block[4 * i + 3]) << 24);
    return w;
}

std::array<quint32, 8> keyWords(QByteArrayView key)
{
    std::array<quint8, 32> bytes{};
    std::memcpy(bytes.data(), key.data(), size_t(std::min<qsizetype>(key.size(), 32)));
    std::array<quint32, 8> w{};
    for (int i = 0; i < 8; ++i)
        w[size_t(i)] = quint32(bytes[size_t(4 * i)]) | (quint32(bytes[size_t(4 * i + 1)]) << 8) |
                       (quint32(bytes[size_t(4 * i + 2)]) << 16) | (quint32(bytes[size_t(4 * i + 3)]) << 24);
    return w;
}

} // namespace

Blake3::Words Blake3::Output::chainingValue() const
{
    const auto s = compress(cv, block, counter, blockLength, flags);
    Words out{};
    std::copy_n(s.begin(), 8, out.begin());
    return out;
}

void Blake3::Output::rootBytes(quint8 *out, int length) const
{
    quint64 outputCounter = 0;
    int written = 0;
    while (written < length) {
        const auto s = compress(cv, block, outputCounter++, blockLength, flags | kRoot);
        for (int i = 0; i < 16 && written < length; ++i)
            for (int b = 0; b < 4 && written < length; ++b)
                out[written++] = quint8(s[size_t(i)] >> (8 * b));
    }
}

Blake3::Blake3() : Blake3(kIv, 0) {}

Blake3::Blake3(const Words &key, quint32 flags) : m_key(key), m_flags(flags)
{
    m_chunk.cv = key;
    m_chunk.flags = flags;
}

Blake3 Blake3::keyed(QByteArrayView key)
{
    return Blake3(keyWords(key), kKeyedHash);
}

Blake3 Blake3::deriveKey(QByteArrayView context)
{
    Blake3 contextHasher(kIv, kDeriveKeyContext);
    contextHasher.update(context);
    return Blake3(keyWords(contextHasher.finalize(kKeyBytes)), kDeriveKeyMaterial);
}

Blake3::Output Blake3::chunkOutput(const ChunkState &chunk)
{
    Output o;
    o.cv = chunk.cv;
    o.block = wordsOf(chunk.block.data());
    o.counter = chunk.counter;
    o.blockLength = quint32(chunk.blockLength);
    o.flags = chunk.flags | (chunk.blocksCompressed == 0 ? kChunkStart : 0) | kChunkEnd;
    return o;
}

Blake3::Output Blake3::parentOutput(const Words &left, const Words &right, const Words &key, quint32 flags)
{
    Output o;
    o.cv = key;
    for (int i = 0; i < 8; ++i) {
        o.block[size_t(i)] = left[size_t(i)];
        o.block[size_t(i + 8)] = right[size_t(i)];
    }
    o.counter = 0;
    o.blockLength = kBlockBytes;
    o.flags = kParent | flags;
    return o;
}

void Blake3::addChunkChainingValue(Words cv, quint64 totalChunks)
{
    // The stack holds one subtree per set bit of the chunk count: merge while the count's low bit is zero.
    while ((totalChunks & 1) == 0) {
        cv = parentOutput(m_stack.back(), cv, m_key, m_flags).chainingValue();
        m_stack.pop_back();
        totalChunks >>= 1;
    }
    m_stack.push_back(cv);
}

void Blake3::update(QByteArrayView data)
{
    const auto *in = reinterpret_cast<const quint8 *>(data.data());
    qsizetype remaining = data.size();
    while (remaining > 0) {
        if (m_chunk.length() == kChunkBytes) {
            const Words cv = chunkOutput(m_chunk).chainingValue();
            const quint64 total = m_chunk.counter + 1;
            addChunkChainingValue(cv, total);
            ChunkState next;
            next.cv = m_key;
            next.counter = total;
            next.flags = m_flags;
            m_chunk = next;
        }
        // A full block is compressed only once more input follows: the last block of a chunk needs CHUNK_END.
        if (m_chunk.blockLength == kBlockBytes) {
            const quint32 start = m_chunk.blocksCompressed == 0 ? kChunkStart : 0;
            const auto s = compress(m_chunk.cv, wordsOf(m_chunk.block.data()), m_chunk.counter, kBlockBytes,
                                    m_chunk.flags | start);
            std::copy_n(s.begin(), 8, m_chunk.cv.begin());
            ++m_chunk.blocksCompressed;
            m_chunk.block.fill(0);
            m_chunk.blockLength = 0;
        }
        const int take = int(std::min<qsizetype>(kBlockBytes - m_chunk.blockLength, remaining));
        std::memcpy(m_chunk.block.data() + m_chunk.blockLength, in, size_t(take));
        m_chunk.blockLength += take;
        in += take;
        remaining -= take;
    }
}

QByteArray Blake3::finalize(int length) const
{
    Output output = chunkOutput(m_chunk);
    for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it)
        output = parentOutput(*it, output.chainingValue(), m_key, m_flags);
    QByteArray out(length, Qt::Uninitialized);
    output.rootBytes(reinterpret_cast<quint8 *>(out.data()), length);
    return out;
}

} // namespace rakkan::crypto
