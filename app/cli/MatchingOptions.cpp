#include "cli/MatchingOptions.h"

#include "matching/CatalogMatcher.h"

namespace rakkan::cli {

namespace {
const QString kName = QStringLiteral("threshold");
}

void ThresholdOption::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kName,
                                        tr("Largest distance in bits that counts as a match (default %1).")
                                            .arg(matching::CatalogMatcher::kDefaultThreshold),
                                        tr("N")));
}

std::optional<int> ThresholdOption::read(const Call &call, int *threshold)
{
    *threshold = matching::CatalogMatcher::kDefaultThreshold;
    if (!call.isSet(kName))
        return std::nullopt;
    bool ok = false;
    *threshold = call.value(kName).toInt(&ok);
    if (!ok || *threshold < 0 || *threshold > 128)
        return call.usageError(tr("--threshold takes a number of bits from 0 to 128."));
    return std::nullopt;
}

std::unique_ptr<LoadedMatcher> loadMatcher(const CliContext &context, int *exitCode)
{
    auto catalog = context.openCatalog();
    if (!catalog.ok()) {
        *exitCode = context.fail(catalog.error());
        return nullptr;
    }
    auto loaded = std::make_unique<LoadedMatcher>();
    loaded->catalog = std::move(catalog).value();
    if (auto result = loaded->matcher.load(*loaded->catalog); !result.ok()) {
        *exitCode = context.fail(result.error());
        return nullptr;
    }
    return loaded;
}

} // namespace rakkan::cli
