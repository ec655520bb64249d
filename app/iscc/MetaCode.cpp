#include "iscc/MetaCode.h"

#include "crypto/Blake3.h"
#include "iscc/IsccHeader.h"
#include "iscc/IsccText.h"
#include "iscc/SimilarityHash.h"

namespace rakkan::iscc {

namespace {

constexpr int kTextNgram = 3;
constexpr int kBytesNgram = 4;

QByteArray textDigest(const QString &text)
{
    QList<QByteArray> hashes;
    for (const auto &gram : slidingWindow(text::codePoints(text::collapse(text)), kTextNgram))
        hashes.append(crypto::Blake3::hash(text::fromCodePoints(gram).toUtf8()));
    return simHash(hashes);
}

QByteArray bytesDigest(const QByteArray &bytes)
{
    QList<QByteArray> hashes;
    for (const auto &gram : slidingWindow(bytes, kBytesNgram))
        hashes.append(crypto::Blake3::hash(gram));
    return simHash(hashes);
}

// The name's and the extra metadata's digests interleaved in 4-byte pieces over their first halves.
QByteArray interleave(const QByteArray &name, const QByteArray &extra)
{
    QByteArray out;
    for (int i = 0; i < 16; i += 4)
        out += name.mid(i, 4) + extra.mid(i, 4);
    return out;
}

Result<QString> normalisedName(const QString &name)
{
    const QString n = text::trimToUtf8Bytes(text::removeNewlines(text::clean(name)), MetaCodes::kNameBytes);
    if (n.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         MetaCodes::tr("A Meta-Code needs a title: the work has none (or only blank characters)."));
    return n;
}

MetaCode encode(const QString &name, const QString &description, const QByteArray &digest, const QByteArray &seed,
                int bits)
{
    IsccUnit unit;
    unit.mainType = MainType::Meta;
    unit.lengthCode = bits / 32 - 1;
    unit.body = digest.left(bits / 8);
    return MetaCode{IsccCodec::encode(unit), name, description, blake3Multihash(seed)};
}

bool validBits(int bits)
{
    return bits >= 64 && bits <= 256 && bits % 32 == 0;
}

Error badBits(int bits)
{
    return makeError(ErrorCode::InvalidArgument,
                     MetaCodes::tr("%1 bits is not a Meta-Code length (64 to 256, a multiple of 32).").arg(bits));
}

} // namespace

QString blake3Multihash(QByteArrayView bytes)
{
    return QStringLiteral("1e20") + QString::fromLatin1(crypto::Blake3::hash(bytes).toHex());
}

QByteArray MetaCodes::softHash(const QString &name, const QString &extraText)
{
    const QByteArray nameDigest = textDigest(name);
    if (extraText.isEmpty())
        return nameDigest;
    return interleave(nameDigest, textDigest(extraText));
}

QByteArray MetaCodes::softHash(const QString &name, const QByteArray &extraBytes)
{
    const QByteArray nameDigest = textDigest(name);
    if (extraBytes.isEmpty())
        return nameDigest;
    return interleave(nameDigest, bytesDigest(extraBytes));
}

Result<MetaCode> MetaCodes::fromText(const QString &name, const QString &description, int bits)
{
    if (!validBits(bits))
        return badBits(bits);
    RAKKAN_TRY(const auto n, normalisedName(name));
    const QString d = text::trimToUtf8Bytes(text::clean(description), kDescriptionBytes);
    const QByteArray seed = QString(n + QLatin1Char(' ') + d).trimmed().toUtf8();
    return encode(n, d, softHash(n, d), seed, bits);
}

Result<MetaCode> MetaCodes::fromMetadata(const QString &name, const QByteArray &payload, int bits)
{
    if (!validBits(bits))
        return badBits(bits);
    RAKKAN_TRY(const auto n, normalisedName(name));
    return encode(n, QString(), softHash(n, payload), payload, bits);
}

} // namespace rakkan::iscc
