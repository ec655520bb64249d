#include "matching/Evaluation.h"

#include "matching/CatalogMatcher.h"
#include "matching/Transforms.h"

#include <QtConcurrent/QtConcurrentMap>

#include <limits>

namespace rakkan::matching {

namespace {

struct Best
{
    qint64 asset = -1;
    int distance = std::numeric_limits<int>::max();
};

struct Query
{
    QImage image;
    qint64 expected = -1; // the original it comes from; -1 for a distractor
    QString transform;
};

// PDQ as most tools use it: the whole picture, one orientation.
Best plainPdq(const fingerprint::MatchIndex &index, const QImage &image, bool dihedral)
{
    Best best;
    const auto all = fingerprint::Pdq::hashAllOrientations(fingerprint::Pdq::referenceLuma(image));
    if (all[0].quality < CatalogMatcher::kMinQuality)
        return best;
    for (int o = 0; o < (dihedral ? fingerprint::kOrientationCount : 1); ++o)
        for (const auto &hit : index.query(all[size_t(o)].hash, Evaluation::kMaxThreshold))
            if (hit.distance < best.distance)
                best = {index.entryAt(hit.entry).assetId, hit.distance};
    return best;
}

} // namespace

EvaluationReport Evaluation::run(const QList<QImage> &originals, const QList<QImage> &distractors,
                                 const Progress &progress)
{
    EvaluationReport report;
    report.methods = {QStringLiteral("pdq"), QStringLiteral("pdq-dihedral"), QStringLiteral("rakkan")};
    report.transforms << QStringLiteral("original");
    for (const Transform &t : Transforms::all())
        report.transforms << t.key;
    report.originals = int(originals.size());

    fingerprint::MatchIndex plain;
    CatalogMatcher rakkan;
    for (qsizetype i = 0; i < originals.size(); ++i) {
        const auto whole = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(originals[i]));
        if (whole.quality >= CatalogMatcher::kMinQuality)
            plain.add(whole.hash, fingerprint::MatchIndex::Entry{i, i, 0, whole.quality});
        QList<catalog::StoredFingerprint> stored;
        for (const auto &f : fingerprint::Fingerprinter::forCatalogue(originals[i]))
            stored << catalog::StoredFingerprint{f.region, f.pdq.hash.toBytes(), f.pdq.quality};
        rakkan.addAsset(i, i, stored);
    }
    plain.build();

    QList<Query> queries;
    auto addQueries = [&](const QImage &image, qint64 expected) {
        queries << Query{image, expected, QStringLiteral("original")};
        for (const Transform &t : Transforms::all())
            queries << Query{t.apply(image), expected, t.key};
    };
    int done = 0;
    const int total = int(originals.size() + distractors.size());
    // Queries are made and matched one source picture at a time, so memory holds one picture's variants.
    struct Outcome
    {
        qint64 expected;
        QString transform;
        Best best[3];
    };
    QList<Outcome> outcomes;
    auto evaluate = [&](const QImage &image, qint64 expected) {
        queries.clear();
        addQueries(image, expected);
        const QList<Outcome> batch = QtConcurrent::blockingMapped<QList<Outcome>>(queries, [&](const Query &q) {
            Outcome o{q.expected, q.transform, {}};
            o.best[0] = plainPdq(plain, q.image, false);
            o.best[1] = plainPdq(plain, q.image, true);
            auto matches = rakkan.match(q.image, kMaxThreshold);
            if (matches.ok() && !matches->isEmpty())
                o.best[2] = {matches->first().assetId, matches->first().distance};
            return o;
        });
        outcomes << batch;
        if (progress)
            progress(++done, total);
    };
    for (qsizetype i = 0; i < originals.size(); ++i)
        evaluate(originals[i], i);
    for (const QImage &d : distractors)
        evaluate(d, -1);

    for (int m = 0; m < 3; ++m) {
        const QString method = report.methods[m];
        // The largest threshold keeping false positives at or under 0.1 % of distractor queries.
        int distractorQueries = 0;
        QList<int> falseDistances;
        for (const Outcome &o : std::as_const(outcomes)) {
            if (o.expected >= 0)
                continue;
            ++distractorQueries;
            if (o.best[m].asset >= 0)
                falseDistances << o.best[m].distance;
        }
        report.distractorQueries = distractorQueries;
        int threshold = 0;
        for (int t = kMaxThreshold; t >= 0; --t) {
            const auto fp =
                std::count_if(falseDistances.cbegin(), falseDistances.cend(), [t](int d) { return d <= t; });
            if (distractorQueries == 0 || double(fp) / distractorQueries <= kMaxFalsePositiveRate) {
                threshold = t;
                report.falsePositiveRate.insert(method, distractorQueries ? double(fp) / distractorQueries : 0.0);
                break;
            }
        }
        report.threshold.insert(method, threshold);
        auto recallAt = [&](const QString &transform, int t) {
            int hits = 0;
            int count = 0;
            for (const Outcome &o : std::as_const(outcomes)) {
                if (o.expected < 0 || o.transform != transform)
                    continue;
                ++count;
                hits += o.best[m].asset == o.expected && o.best[m].distance <= t ? 1 : 0;
            }
            return count ? double(hits) / count : 0.0;
        };
        for (const QString &transform : std::as_const(report.transforms)) {
            report.recall.insert(method + QLatin1Char('/') + transform, recallAt(transform, threshold));
            report.recallAtDefault.insert(method + QLatin1Char('/') + transform,
                                          recallAt(transform, CatalogMatcher::kDefaultThreshold));
        }
    }
    return report;
}

} // namespace rakkan::matching
