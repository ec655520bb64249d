#pragma once

#include "core/Result.h"

#include <QString>

namespace rakkan {

// The settings file (QSettings' INI) checked at start. Qt writes it whole, but a power cut, a full disk or a sync
// tool can still leave it cut short, and QSettings would then read half of it without a word. A file that reads
// whole is kept as "<file>.good"; one that does not is put aside as "<file>.damaged" and the last good one takes
// its place. True when it was recovered.
struct SettingsFile
{
    static Result<bool> checkAndRecover(const QString &path);
    // Whole: every line a [group], a key=value or blank, and the last line ended (QSettings ends every file so).
    static bool readsWhole(const QByteArray &ini);
};

} // namespace rakkan
