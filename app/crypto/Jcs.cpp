#include "crypto/Jcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace rakkan::crypto {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = quint8(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

Result<void> append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return {};
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return {};
    case QJsonValue::Double: {
        RAKKAN_TRY(auto n, Jcs::number(value.toDouble()));
        out += n;
        return {};
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return {};
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            RAKKAN_TRY(append(out, array.at(i)));
        }
        out += ']';
        return {};
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString compares UTF-16 code units, which is the order RFC 8785 prescribes.
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.compare(b) < 0; });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, keys[i]);
            out += ':';
            RAKKAN_TRY(append(out, object.value(keys[i])));
        }
        out += '}';
        return {};
    }
    case QJsonValue::Undefined:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, Jcs::tr("The JSON holds a value that has no canonical form."));
}

} // namespace

Result<QByteArray> Jcs::number(double value)
{
    if (!std::isfinite(value))
        return makeError(ErrorCode::InvalidArgument,
                         tr("JSON cannot hold NaN or infinity, so it cannot be canonicalised."));
    if (value == 0)
        return QByteArray("0"); // also -0
    // The shortest digits that read back as the same double, then ECMAScript's layout rules.
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, std::abs(value), std::chars_format::scientific);
    if (ec != std::errc())
        return makeError(ErrorCode::InvalidArgument, tr("A number could not be written."));
    const std::string scientific(buffer, end);
    const auto e = scientific.find('e');
    std::string digits = scientific.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::stoi(scientific.substr(e + 1)) + 1; // value = 0.digits x 10^n

    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + "." + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += "e";
        out += n - 1 >= 0 ? "+" : "-";
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

Result<QByteArray> Jcs::canonicalize(const QJsonValue &value)
{
    QByteArray out;
    RAKKAN_TRY(append(out, value));
    return out;
}

Result<QByteArray> Jcs::canonicalize(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         tr("This is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    return canonicalize(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

} // namespace rakkan::crypto
