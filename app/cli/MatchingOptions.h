#pragma once

#include "cli/Command.h"
#include "matching/CatalogMatcher.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace rakkan::cli {

// What match, scan and dupes share: the --threshold option and a catalogue with its fingerprints loaded.
class ThresholdOption
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ThresholdOption)

public:
    static void add(QCommandLineParser &parser);
    // Fills *threshold (the default when the option is absent); on a bad value, prints the usage error and
    // returns the exit code the command must stop with.
    static std::optional<int> read(const Call &call, int *threshold);
};

// The catalogue with every fingerprint loaded into a matcher, for match, scan and dupes.
struct LoadedMatcher
{
    std::unique_ptr<catalog::Catalog> catalog;
    matching::CatalogMatcher matcher;
};
// On failure the error is printed and *exitCode set; the result is then null.
std::unique_ptr<LoadedMatcher> loadMatcher(const CliContext &context, int *exitCode);

} // namespace rakkan::cli
