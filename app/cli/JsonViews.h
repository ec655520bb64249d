#pragma once

#include "catalog/WorkTypes.h"
#include "importing/ImportTypes.h"

#include <QJsonObject>

namespace rakkan::cli {

// The JSON shapes of rakkan-cli --json. Keys are snake_case and stable; scripts depend on them.
QJsonObject toJson(const catalog::Work &work);
QJsonObject toJson(const catalog::WorkSummary &summary);
QJsonObject toJson(const importing::ImportItem &item);
QJsonObject toJson(const importing::ImportReport &report);
QJsonObject toJson(const iscc::AssetIscc &code);
QString outcomeKey(importing::ImportItem::Outcome outcome);
// JSON null for an empty text (optional fields), else the text.
QJsonValue nullIfEmpty(const QString &text);

} // namespace rakkan::cli
