#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace rakkan::credentials {

// Where a C2PA manifest store lives inside a picture file, and how one is taken out and put in: JPEG APP11
// segments ("JP", one box instance number, packets 1, 2, ... each repeating the store's box header), the PNG caBX
// chunk and the WebP (RIFF) C2PA chunk. The bytes the store occupies in the file are what the hard binding leaves
// out of its hash.
class ManifestStoreIo
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::ManifestStoreIo)

public:
    enum class Container { Jpeg, Png, WebP };

    struct Found
    {
        Container container = Container::Jpeg;
        QByteArray store;       // the JUMBF bytes, reassembled
        qsizetype start = 0;    // first byte of the first segment or chunk (marker or length included)
        qsizetype length = 0;   // every byte from start to the end of the last one
        bool contiguous = true; // false when the segments are scattered: no single exclusion can cover them
        int storeCount = 0;     // more than one store in a file means none of them counts
    };

    // Nothing found is not an error; a file that is not JPEG, PNG or WebP, or whose structure breaks before the
    // picture data, is.
    static Result<std::optional<Found>> find(QByteArrayView file);
    static Result<Container> containerOf(QByteArrayView file);
    // The file without any manifest store, every other byte as it was.
    static Result<QByteArray> remove(QByteArrayView file);
    // A file without a store made ready to take one: a simple WebP (a lone VP8 or VP8L chunk, which may hold
    // nothing else) becomes an extended one (VP8X); JPEG and PNG are returned as they are.
    static Result<QByteArray> prepare(QByteArrayView file);
    // Where a store goes in a prepared file: after the JPEG's APP0 segments, after the PNG header chunk, or at the
    // end of a WebP, where the format lets unknown chunks be.
    static Result<qsizetype> insertionOffset(QByteArrayView file);
    // The store as the segments or the chunk that carry it.
    static QByteArray wrap(Container container, QByteArrayView store);
    // The prepared file with the wrapped store at `offset`; a WebP's RIFF size is set to the new length.
    static QByteArray assemble(Container container, QByteArrayView prepared, qsizetype offset, QByteArrayView wrapped);
};

} // namespace rakkan::credentials
