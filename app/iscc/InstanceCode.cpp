#include "iscc/InstanceCode.h"

#include "crypto/Blake3.h"
#include "iscc/IsccHeader.h"

#include <QCoreApplication>

namespace rakkan::iscc {

namespace {
InstanceCode fromDigest(const QByteArray &digest, qint64 size, int bits)
{
    IsccUnit unit;
    unit.mainType = MainType::Instance;
    unit.lengthCode = bits / 32 - 1;
    unit.body = digest.left(bits / 8);
    return InstanceCode{IsccCodec::encode(unit), QStringLiteral("1e20") + QString::fromLatin1(digest.toHex()), size};
}
} // namespace

InstanceCode instanceCode(const QByteArray &bytes, int bits)
{
    crypto::Blake3 h;
    h.update(bytes);
    return fromDigest(h.finalize(32), bytes.size(), bits);
}

Result<InstanceCode> instanceCode(QIODevice &device, int bits)
{
    crypto::Blake3 h;
    qint64 size = 0;
    QByteArray block(1 << 16, Qt::Uninitialized);
    while (true) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("rakkan::iscc::InstanceCode", "The file could not be read: %1")
                                 .arg(device.errorString()));
        if (n == 0)
            break;
        h.update(QByteArrayView(block.constData(), n));
        size += n;
    }
    return fromDigest(h.finalize(32), size, bits);
}

} // namespace rakkan::iscc
