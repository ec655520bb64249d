#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace rakkan::iscc {

// The two similarity-preserving digests ISO 24138 builds its soft codes from.

// SimHash: bit i of the result is set when at least half of the equally long `digests` have bit i set
// (bits counted from the most significant bit of the first byte).
QByteArray simHash(const QList<QByteArray> &digests);

// MinHash over 64 fixed universal hash permutations of 32-bit features, compressed to 256 bits by taking the
// four least significant bits of every permutation's minimum, bit plane by bit plane.
QByteArray minHash256(const std::vector<quint32> &features);

// Every run of `width` consecutive elements; a sequence shorter than that is its own single window.
template <typename Sequence> QList<Sequence> slidingWindow(const Sequence &sequence, qsizetype width)
{
    QList<Sequence> windows;
    const qsizetype count = qMax<qsizetype>(sequence.size() - width + 1, 1);
    windows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        windows.append(sequence.mid(i, width));
    return windows;
}

} // namespace rakkan::iscc
