#pragma once

#include "cli/CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace rakkan::cli {

// --threshold N, shared by match, scan and dupes.
class ThresholdOption
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ThresholdOption)

public:
    static void add(QCommandLineParser &parser);
    // Fills *threshold (the default when the option is absent); on a bad value, prints the usage error and
    // returns the exit code the command must stop with.
    static std::optional<int> read(const CliContext &context, const QCommandLineParser &parser, int *threshold,
                                   const QString &hint);
};

} // namespace rakkan::cli
