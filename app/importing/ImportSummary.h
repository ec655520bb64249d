#pragma once

#include "importing/ImportTypes.h"

#include <QCoreApplication>

namespace rakkan::importing {

// The one-line outcome of an import, worded the same in the CLI and the GUI.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::importing::ImportSummary)

public:
    static QString line(const ImportReport &report);
};

} // namespace rakkan::importing
