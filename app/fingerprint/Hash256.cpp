#include "fingerprint/Hash256.h"

namespace rakkan::fingerprint {

std::optional<Hash256> Hash256::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != 32)
        return std::nullopt;
    Hash256 h;
    for (size_t i = 0; i < 32; ++i)
        h.m_words[i >> 3] = (h.m_words[i >> 3] << 8) | quint8(bytes[qsizetype(i)]);
    return h;
}

std::optional<Hash256> Hash256::fromHex(const QString &hex)
{
    if (hex.size() != 64)
        return std::nullopt;
    for (QChar c : hex)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return std::nullopt;
    return fromBytes(QByteArray::fromHex(hex.toLatin1()));
}

QByteArray Hash256::toBytes() const
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (size_t i = 0; i < 32; ++i)
        bytes[qsizetype(i)] = char(quint8(m_words[i >> 3] >> (8 * (7 - (i & 7)))));
    return bytes;
}

QString Hash256::toHex() const
{
    return QString::fromLatin1(toBytes().toHex());
}

} // namespace rakkan::fingerprint
