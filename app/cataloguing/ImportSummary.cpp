#include "cataloguing/ImportSummary.h"

namespace rakkan::cataloguing {

QString ImportSummary::line(const ImportReport &report)
{
    using O = ImportItem::Outcome;
    // One sentence with three numbers, so that each language can order and punctuate it its own way.
    QString text = tr("Added %1, already catalogued %2, failed %3.")
                       .arg(report.count(O::Added))
                       .arg(report.count(O::AlreadyCatalogued))
                       .arg(report.count(O::Failed));
    if (report.skippedNotImages > 0)
        text += QLatin1Char(' ') +
                tr("%n file(s) in the folders were not images and were left alone.", nullptr, report.skippedNotImages);
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; files not reached were left alone.");
    return text;
}

} // namespace rakkan::cataloguing
