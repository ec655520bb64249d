#pragma once

#include <QByteArrayView>
#include <QCborValue>
#include <QList>

#include <optional>

namespace rakkan::credentials {

// Byte spans of CBOR items in untrusted data. C2PA signs and hashes the bytes as stored (real files hold
// indefinite-length maps and unsorted keys), so nothing that is checked may be decoded and encoded again: the
// reader finds where an item starts and ends and hands those exact bytes on.
struct CborSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArrayView of(QByteArrayView data) const { return data.sliced(begin, end - begin); }
};

// Where the item starting at `pos` ends, or nothing when it is malformed, truncated or nested deeper than
// `maxDepth`. Every length is checked against the data before it is trusted.
std::optional<qsizetype> cborItemEnd(QByteArrayView data, qsizetype pos, int maxDepth = 32);

// One key and the span of its value, for a map at `pos` (definite or indefinite length; any key order).
struct CborMapEntry
{
    QCborValue key;
    CborSpan value;
};
std::optional<QList<CborMapEntry>> cborMapEntries(QByteArrayView data, qsizetype pos = 0);

// The whole of `data` as one well-formed item and nothing after it, decoded; nothing when it is not.
std::optional<QCborValue> decodeCbor(QByteArrayView data);

} // namespace rakkan::credentials
