#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rakkan::crypto {

// Bitcoin's base58 alphabet, as multibase "z" uses it for keys and signatures (did:key, ISCC-SIG).
QString base58Encode(const QByteArray &bytes);
std::optional<QByteArray> base58Decode(const QString &text);

} // namespace rakkan::crypto
