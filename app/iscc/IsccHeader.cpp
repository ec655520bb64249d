#include "iscc/IsccHeader.h"

#include <QList>

#include <cstring>

namespace rakkan::iscc {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// A value as variable-length nibbles: 0xxx (0-7), 10xx xxxx (8-71), 110x xxxx xxxx (72-583),
// 1110 xxxx xxxx xxxx (584-4679).
void appendVarnibble(QList<int> &bits, int value)
{
    auto push = [&](int v, int count) {
        for (int i = count - 1; i >= 0; --i)
            bits << ((v >> i) & 1);
    };
    if (value < 8) {
        push(0, 1);
        push(value, 3);
    } else if (value < 72) {
        push(0b10, 2);
        push(value - 8, 6);
    } else if (value < 584) {
        push(0b110, 3);
        push(value - 72, 9);
    } else {
        push(0b1110, 4);
        push(value - 584, 12);
    }
}

struct BitReader
{
    const QByteArray &bytes;
    int pos = 0;
    int bit()
    {
        const int b = (quint8(bytes[pos / 8]) >> (7 - pos % 8)) & 1;
        ++pos;
        return b;
    }
    bool has(int n) const { return pos + n <= bytes.size() * 8; }
    int bits(int n)
    {
        int v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 1) | bit();
        return v;
    }
    std::optional<int> varnibble()
    {
        if (!has(4))
            return std::nullopt;
        if (bit() == 0)
            return bits(3);
        if (!has(7))
            return std::nullopt;
        if (bit() == 0)
            return bits(6) + 8;
        if (!has(10))
            return std::nullopt;
        if (bit() == 0)
            return bits(9) + 72;
        if (!has(12))
            return std::nullopt;
        return bits(12) + 584;
    }
};

} // namespace

QByteArray IsccCodec::encodeHeader(int mainType, int subType, int version, int length)
{
    QList<int> bits;
    for (int v : {mainType, subType, version, length})
        appendVarnibble(bits, v);
    while (bits.size() % 8)
        bits << 0; // pad the last nibble to a whole byte
    QByteArray out(int(bits.size() / 8), '\0');
    for (qsizetype i = 0; i < bits.size(); ++i)
        if (bits[i])
            out[int(i / 8)] = char(quint8(out[int(i / 8)]) | (0x80 >> (i % 8)));
    return out;
}

QString IsccCodec::base32(const QByteArray &bytes)
{
    QString out;
    int buffer = 0;
    int bitsLeft = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bitsLeft += 8;
        while (bitsLeft >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bitsLeft - 5)) & 31]);
            bitsLeft -= 5;
        }
    }
    if (bitsLeft > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bitsLeft)) & 31]);
    return out;
}

std::optional<QByteArray> IsccCodec::fromBase32(const QString &text)
{
    QByteArray out;
    int buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char c = char(ch.toUpper().toLatin1());
        const char *at = std::strchr(kAlphabet, c);
        if (!c || !at)
            return std::nullopt;
        buffer = (buffer << 5) | int(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString IsccCodec::encode(const IsccUnit &unit)
{
    return QStringLiteral("ISCC:") +
           base32(encodeHeader(int(unit.mainType), unit.subType, unit.version, unit.lengthCode) + unit.body);
}

Result<IsccUnit> IsccCodec::decode(const QString &iscc)
{
    QString text = iscc.trimmed();
    if (text.startsWith(QLatin1String("ISCC:"), Qt::CaseInsensitive))
        text = text.mid(5);
    const auto bytes = fromBase32(text);
    if (!bytes || bytes->isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not an ISCC: it is not base32.").arg(iscc));
    BitReader reader{*bytes};
    const auto mainType = reader.varnibble();
    const auto subType = reader.varnibble();
    const auto version = reader.varnibble();
    const auto length = reader.varnibble();
    if (!mainType || !subType || !version || !length || *mainType > 7)
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not an ISCC: its header is damaged.").arg(iscc));
    const int headerBytes = (reader.pos + 7) / 8;
    IsccUnit unit;
    unit.mainType = MainType(*mainType);
    unit.subType = *subType;
    unit.version = *version;
    unit.lengthCode = *length;
    unit.body = bytes->mid(headerBytes);
    return unit;
}

} // namespace rakkan::iscc
