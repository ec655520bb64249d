#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::iscc {

struct MetaCode
{
    QString iscc;        // "ISCC:AA..."
    QString name;        // the title as normalised for the code
    QString description; // likewise; empty when none
    QString metahash;    // BLAKE3 multihash ("1e20" + hex) of the seed metadata
};

// The ISCC Meta-Code (ISO 24138, algorithm v0): a similarity hash of a work's title and, optionally, its
// description, so that two declarations of the same work under slightly different titles stay close.
class MetaCodes
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::MetaCodes)

public:
    static constexpr int kNameBytes = 128;
    static constexpr int kDescriptionBytes = 4096;

    static Result<MetaCode> fromText(const QString &name, const QString &description = {}, int bits = 64);
    // With structured metadata instead of a description: `payload` is its canonical bytes (JCS for JSON).
    static Result<MetaCode> fromMetadata(const QString &name, const QByteArray &payload, int bits = 64);

    // The 256-bit similarity digest behind the code.
    static QByteArray softHash(const QString &name, const QString &extraText);
    static QByteArray softHash(const QString &name, const QByteArray &extraBytes);
};

// "1e20" + hex of the BLAKE3 digest: the multihash form ISCC uses for datahash and metahash.
QString blake3Multihash(QByteArrayView bytes);

} // namespace rakkan::iscc
