#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace rakkan {

// Every file Rakkan writes goes through here: written beside the target and renamed over it only when complete
// (QSaveFile), so a crash or a full disk never leaves a half-written file where a good one was.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace rakkan
