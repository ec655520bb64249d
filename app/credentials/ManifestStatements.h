#pragma once

#include "credentials/ContentCredential.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QString>
#include <QStringList>

namespace rakkan::credentials {

// What the statements a manifest carries say, once the validator has found them intact: the training-and-data-mining
// choices, the ISCC soft binding, and the CAWG metadata. Anything that does not have the expected shape is skipped.
QList<TrainingMiningChoice> trainingMiningIn(const QCborMap &body, const QString &assertion);
QString isccSoftBindingIn(const QCborMap &body); // empty unless the algorithm is io.iscc.v0
void readCawgMetadata(QByteArrayView json, QStringList &creators, QString &rightsHolder);

} // namespace rakkan::credentials
