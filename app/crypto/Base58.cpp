#include "crypto/Base58.h"

#include <cstring>
#include <vector>

namespace rakkan::crypto {

namespace {
const char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
}

QString base58Encode(const QByteArray &bytes)
{
    // Repeated division of the big-endian number by 58; each leading zero byte becomes a leading '1'.
    std::vector<quint8> digits; // base 58, least significant first
    for (const char c : bytes) {
        int carry = quint8(c);
        for (quint8 &d : digits) {
            carry += 256 * d;
            d = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString out;
    for (const char c : bytes) {
        if (c != 0)
            break;
        out += QLatin1Char('1');
    }
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QLatin1Char(kAlphabet[*it]);
    return out;
}

std::optional<QByteArray> base58Decode(const QString &text)
{
    std::vector<quint8> bytes; // base 256, least significant first
    for (const QChar ch : text) {
        const char c = char(ch.toLatin1());
        const char *at = c ? std::strchr(kAlphabet, c) : nullptr;
        if (!at)
            return std::nullopt;
        int carry = int(at - kAlphabet);
        for (quint8 &b : bytes) {
            carry += 58 * b;
            b = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out;
    for (const QChar ch : text) {
        if (ch != QLatin1Char('1'))
            break;
        out += '\0';
    }
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out += char(*it);
    return out;
}

} // namespace rakkan::crypto
