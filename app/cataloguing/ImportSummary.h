#pragma once

#include "cataloguing/ImportTypes.h"

#include <QCoreApplication>

namespace rakkan::cataloguing {

// The one-line outcome of an import, worded the same in the CLI and the GUI.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::ImportSummary)

public:
    static QString line(const ImportReport &report);
};

} // namespace rakkan::cataloguing
