#include "matching/Evaluation.h"

#include "cataloguing/Importer.h"
#include "matching/CatalogMatcher.h"
#include "matching/FingerprintInput.h"
#include "matching/Transforms.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace rakkan::matching {

namespace {

struct Query
{
    QString source; // the file the copy was made from
    QString transform;
    qint64 expected = 0; // the asset it must find; 0 for an unrelated picture
};

struct Outcome
{
    Query query;
    qint64 rakkan = 0; // the asset reported first, 0 for none
    qint64 pdq = 0;
    double ms = 0;
};

} // namespace

double EvaluationReport::averageRecall() const
{
    double sum = 0;
    for (const QString &t : transforms)
        sum += rakkanRecall.value(t);
    return transforms.isEmpty() ? 0 : sum / double(transforms.size());
}

double EvaluationReport::worstRecall() const
{
    double worst = 1;
    for (const QString &t : transforms)
        worst = std::min(worst, rakkanRecall.value(t));
    return worst;
}

Result<EvaluationReport> Evaluation::run(const QStringList &originals, const QStringList &unrelated,
                                         const QString &workFolder, const Progress &progress)
{
    if (!QDir().mkpath(workFolder))
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("Cannot create %1").arg(workFolder));
    RAKKAN_TRY(auto catalog, catalog::Catalog::open(QDir(workFolder).filePath(QStringLiteral("evaluation.rakkan"))));

    // Imported as a user imports them, one work per file.
    cataloguing::Importer importer(*catalog, cataloguing::ImportOptions());
    const cataloguing::ImportReport imported = importer.run(originals);
    QHash<QString, qint64> assetOf;
    for (const auto &item : imported.items)
        if (item.assetId > 0)
            assetOf.insert(QFileInfo(item.path).absoluteFilePath(), item.assetId);

    CatalogMatcher matcher;
    RAKKAN_TRY(matcher.load(*catalog));
    // Plain PDQ as peer tools use it: the whole picture, as it stands.
    fingerprint::MatchIndex plain;
    RAKKAN_TRY(
        catalog->fingerprints().forEach([&plain](qint64 assetId, qint64 workId, const catalog::StoredFingerprint &f) {
            if (f.region != QLatin1String("full") || f.quality < CatalogMatcher::kMinQuality)
                return;
            if (const auto hash = fingerprint::Hash256::fromBytes(f.hash))
                plain.add(*hash, fingerprint::MatchIndex::Entry{assetId, workId, 0, f.quality});
        }));
    plain.build();

    EvaluationReport report;
    report.transforms << QStringLiteral("original");
    for (const Transform &t : Transforms::all())
        report.transforms << t.key;
    report.originals = int(assetOf.size());

    QList<std::pair<QString, qint64>> sources;
    for (const QString &file : originals)
        if (const qint64 asset = assetOf.value(QFileInfo(file).absoluteFilePath()))
            sources.append({file, asset});
    for (const QString &file : unrelated)
        sources.append({file, 0});

    // One source picture at a time, its copies matched in parallel: memory holds one picture's copies.
    QList<Outcome> outcomes;
    int done = 0;
    for (const auto &[file, expected] : std::as_const(sources)) {
        auto decoded = decodeForFingerprint(file, imaging::DecodeLimits(), DecodeMode::Fast);
        if (!decoded.ok())
            continue;
        QList<std::pair<Query, QImage>> copies;
        copies.append({Query{file, QStringLiteral("original"), expected}, decoded->image});
        for (const Transform &t : Transforms::all())
            copies.append({Query{file, t.key, expected}, t.apply(decoded->image)});
        outcomes << QtConcurrent::blockingMapped<QList<Outcome>>(copies, [&](const std::pair<Query, QImage> &copy) {
            Outcome o{copy.first, 0, 0, 0};
            QElapsedTimer timer;
            timer.start();
            if (auto found = matcher.match(copy.second); found.ok() && !found->isEmpty())
                o.rakkan = found->first().assetId;
            o.ms = timer.nsecsElapsed() / 1e6;
            const auto pdq = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(copy.second));
            if (pdq.quality >= CatalogMatcher::kMinQuality) {
                const auto hits = plain.query(pdq.hash, CatalogMatcher::kDefaultThreshold);
                if (!hits.isEmpty())
                    o.pdq = plain.entryAt(hits.first().entry).assetId;
            }
            return o;
        });
        if (progress)
            progress(++done, int(sources.size()));
    }

    QHash<QString, QPair<int, int>> rakkanHits, pdqHits; // hits, copies
    int unrelatedQueries = 0, rakkanFalse = 0, pdqFalse = 0;
    QList<double> times;
    QHash<qint64, QString> fileOf;
    for (auto it = assetOf.cbegin(); it != assetOf.cend(); ++it)
        fileOf.insert(it.value(), it.key());
    for (const Outcome &o : std::as_const(outcomes)) {
        times << o.ms;
        if (o.query.expected == 0) {
            ++unrelatedQueries;
            if (o.rakkan) {
                ++rakkanFalse;
                report.falseMatches << QStringLiteral("%1 (%2) -> %3")
                                           .arg(QFileInfo(o.query.source).fileName(), o.query.transform,
                                                QFileInfo(fileOf.value(o.rakkan)).fileName());
            }
            pdqFalse += o.pdq ? 1 : 0;
            continue;
        }
        auto &r = rakkanHits[o.query.transform];
        auto &p = pdqHits[o.query.transform];
        ++r.second;
        ++p.second;
        if (o.rakkan == o.query.expected)
            ++r.first;
        else
            report.misses << QStringLiteral("%1 (%2)").arg(QFileInfo(o.query.source).fileName(), o.query.transform);
        if (o.pdq == o.query.expected)
            ++p.first;
    }
    for (const QString &t : std::as_const(report.transforms)) {
        const auto r = rakkanHits.value(t);
        const auto p = pdqHits.value(t);
        report.rakkanRecall.insert(t, r.second ? double(r.first) / r.second : 0.0);
        report.pdqRecall.insert(t, p.second ? double(p.first) / p.second : 0.0);
    }
    report.unrelatedQueries = unrelatedQueries;
    report.rakkanFalseMatchRate = unrelatedQueries ? double(rakkanFalse) / unrelatedQueries : 0.0;
    report.pdqFalseMatchRate = unrelatedQueries ? double(pdqFalse) / unrelatedQueries : 0.0;
    std::sort(times.begin(), times.end());
    report.medianQueryMs = times.isEmpty() ? 0 : times[times.size() / 2];
    return report;
}

} // namespace rakkan::matching
