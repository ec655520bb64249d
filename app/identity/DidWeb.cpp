#include "identity/DidWeb.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace rakkan::identity {

Result<QString> DidWeb::normalize(const QString &input)
{
    const QString did = input.trimmed();
    const QString prefix = QStringLiteral("did:web:");
    if (!did.startsWith(prefix))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a did:web identifier (it starts with \"did:web:\" and names your site, "
                            "for example did:web:example.com).")
                             .arg(input));
    QStringList parts = did.mid(prefix.size()).split(QLatin1Char(':'));
    // The host: letters, digits, dots and hyphens, an optional %3A-encoded port.
    static const QRegularExpression host(
        QStringLiteral("^(?=.{1,253}(%3[Aa]\\d{1,5})?$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"
                       "(%3[Aa]\\d{1,5})?$"));
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    if (parts.isEmpty() || !host.match(parts.first()).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" does not name a web domain after \"did:web:\".").arg(input));
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (!segment.match(parts[i]).hasMatch())
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" has an empty or invalid path part after the domain.").arg(input));
    parts.first() = parts.first().toLower();
    return QString(prefix + parts.join(QLatin1Char(':')));
}

Result<QUrl> DidWeb::documentUrl(const QString &input)
{
    RAKKAN_TRY(auto did, normalize(input));
    QStringList parts = did.mid(8).split(QLatin1Char(':'));
    const QString host = parts.takeFirst().replace(QStringLiteral("%3a"), QStringLiteral(":"));
    const QString path = parts.isEmpty()
                             ? QStringLiteral("/.well-known/did.json")
                             : QLatin1Char('/') + parts.join(QLatin1Char('/')) + QStringLiteral("/did.json");
    return QUrl(QStringLiteral("https://") + host + path);
}

QJsonObject DidWeb::document(const QString &did, const QString &publicKey)
{
    const QString keyId = did + QStringLiteral("#key-1");
    return QJsonObject{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                                QStringLiteral("https://w3id.org/security/multikey/v1")}},
        {QStringLiteral("id"), did},
        {QStringLiteral("verificationMethod"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), keyId},
                                {QStringLiteral("type"), QStringLiteral("Multikey")},
                                {QStringLiteral("controller"), did},
                                {QStringLiteral("publicKeyMultibase"), publicKey}}}},
        {QStringLiteral("assertionMethod"), QJsonArray{keyId}},
    };
}

Result<void> DidWeb::verifyBinding(const QJsonObject &didDocument, const QString &controller, const QString &publicKey,
                                   const QString &keyId)
{
    if (didDocument.value(QStringLiteral("id")).toString() != controller)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The DID document is for \"%1\", not for the signature's controller \"%2\".")
                             .arg(didDocument.value(QStringLiteral("id")).toString(), controller));
    for (const QJsonValue &value : didDocument.value(QStringLiteral("verificationMethod")).toArray()) {
        const QJsonObject method = value.toObject();
        if (method.value(QStringLiteral("controller")).toString() != controller ||
            method.value(QStringLiteral("publicKeyMultibase")).toString() != publicKey)
            continue;
        if (!keyId.isEmpty()) {
            const QString id = method.value(QStringLiteral("id")).toString();
            if (id != keyId && id != controller + QLatin1Char('#') + keyId)
                continue;
        }
        return {};
    }
    return makeError(ErrorCode::InvalidArgument,
                     tr("The DID document of \"%1\" does not list the key that made this signature.").arg(controller));
}

} // namespace rakkan::identity
