#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace rakkan {

// Every file Rakkan writes goes through here: written beside the target and renamed over it only when complete
// (QSaveFile), so a crash or a full disk never leaves a half-written file where a good one was.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);
// The same for a copy of the file `from`, read a mebibyte at a time (a catalogue, a backup: too large to hold).
Result<void> copyFileAtomically(const QString &from, const QString &to);

} // namespace rakkan
