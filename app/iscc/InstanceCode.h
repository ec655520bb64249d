#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace rakkan::iscc {

struct InstanceCode
{
    QString iscc;     // "ISCC:I..."
    QString datahash; // multihash: 0x1e (BLAKE3) 0x20 (32 bytes) + digest, hex
    qint64 filesize = 0;
};

// The ISCC Instance-Code: BLAKE3 of the exact bytes (ISO 24138), truncated to `bits` for the code, whole in
// the datahash that opt-out declarations carry. Reads the device to its end in blocks.
Result<InstanceCode> instanceCode(QIODevice &device, int bits = 64);
InstanceCode instanceCode(const QByteArray &bytes, int bits = 64);

} // namespace rakkan::iscc
