#pragma once

#include "catalog/WorkTypes.h"
#include "cataloguing/ImportTypes.h"

#include <QJsonObject>

namespace rakkan::cli {

// The JSON shapes of rakkan-cli --json. Keys are snake_case and stable; scripts depend on them.
QJsonObject toJson(const catalog::Work &work);
QJsonObject toJson(const catalog::WorkSummary &summary);
QJsonObject toJson(const cataloguing::ImportItem &item);
QJsonObject toJson(const cataloguing::ImportReport &report);
QJsonObject toJson(const iscc::AssetIscc &code);
QString outcomeKey(cataloguing::ImportItem::Outcome outcome);
// JSON null for an empty text (optional fields), else the text.
QJsonValue nullIfEmpty(const QString &text);

} // namespace rakkan::cli
