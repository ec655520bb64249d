#include "credentials/ManifestStatements.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rakkan::credentials {

QList<TrainingMiningChoice> trainingMiningIn(const QCborMap &body, const QString &assertion)
{
    // The published CDDL once left out the "entries" wrapper; files in the wild use it.
    const QCborMap entries =
        body.contains(QLatin1String("entries")) ? body.value(QLatin1String("entries")).toMap() : body;
    QList<TrainingMiningChoice> choices;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QCborMap entry = it.value().toMap();
        if (!entry.value(QLatin1String("use")).isString())
            continue;
        // The prose says constraints_info, the CDDL constraint_info: both are read.
        QString info = entry.value(QLatin1String("constraint_info")).toString();
        if (info.isEmpty())
            info = entry.value(QLatin1String("constraints_info")).toString();
        choices.append({it.key().toString(), entry.value(QLatin1String("use")).toString(), info, assertion});
    }
    return choices;
}

QString isccSoftBindingIn(const QCborMap &body)
{
    if (body.value(QLatin1String("alg")).toString() != QLatin1String("io.iscc.v0"))
        return {};
    const QCborArray blocks = body.value(QLatin1String("blocks")).toArray();
    return blocks.isEmpty() ? QString() : blocks.first().toMap().value(QLatin1String("value")).toString();
}

void readCawgMetadata(QByteArrayView json, QStringList &creators, QString &rightsHolder)
{
    const QJsonObject metadata = QJsonDocument::fromJson(json.toByteArray()).object();
    for (const QJsonValue &creator : metadata.value(QLatin1String("dc:creator")).toArray())
        if (creator.isString())
            creators.append(creator.toString());
    const QJsonArray owners = metadata.value(QLatin1String("xmpRights:Owner")).toArray();
    if (!owners.isEmpty())
        rightsHolder = owners.first().toString();
}

} // namespace rakkan::credentials
