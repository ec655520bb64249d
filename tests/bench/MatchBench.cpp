#include "MatchBench.h"

#include "BenchArtwork.h"
#include "BenchOutput.h"
#include "catalog/Catalog.h"
#include "cataloguing/FilePreparer.h"
#include "cataloguing/WorkEditor.h"
#include "imaging/Thumbnail.h"
#include "matching/CatalogMatcher.h"
#include "matching/Transforms.h"
#include "sqlite/Sqlite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>

namespace rakkan::bench {

namespace {

// Catalogued pictures are made at this size: enough for the catalogue's features (which work at 640 px at most)
// and cheap to make by the hundred thousand.
const QSize kWorkSize(640, 480);

struct Prepared
{
    catalog::NewAsset asset;
    double fingerprintMs = 0; // PDQ of every region and the thumbnail: what an import did before local features
    double featureMs = 0;     // the local features alone
};

Prepared prepare(int i)
{
    QElapsedTimer timer;
    timer.start();
    const QImage image = makeArtwork(kWorkSize, quint32(i) * 7919u + 1u);
    Prepared p;
    timer.restart(); // the drawing is the benchmark's, not the import's
    p.asset.sha256 = QByteArray::number(i).leftJustified(32, '#');
    p.asset.fileSize = 500'000;
    p.asset.pixelSize = image.size();
    p.asset.format = QStringLiteral("png");
    p.asset.originalPath = QStringLiteral("/art/%1.png").arg(i);
    p.asset.thumbnailJpeg = imaging::makeThumbnailJpeg(image);
    p.asset.fingerprints = cataloguing::FilePreparer::storedFingerprints(image);
    p.fingerprintMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    p.asset.features = cataloguing::FilePreparer::storedFeatures(image);
    p.featureMs = double(timer.nsecsElapsed()) / 1e6;
    return p;
}

} // namespace

int matchAtScale(int works, int queries, const QString &keep)
{
    QTemporaryDir dir;
    // A kept catalogue is made once and answered many times: making 100,000 works takes a quarter of an hour.
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("match.rakkan"))
                                        : QDir(keep).filePath(QStringLiteral("match-%1.rakkan").arg(works));
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(path);
    auto catalog = catalog::Catalog::open(path);
    if (!catalog.ok()) {
        say(catalog.error().message);
        return 1;
    }
    if (reuse)
        say(QStringLiteral("match: answering from the kept catalogue %1").arg(path));
    else
        say(QStringLiteral(
                "match: generating %1 works of %2x%3 (fingerprints, features and thumbnail as an import makes "
                "them)...")
                .arg(works)
                .arg(kWorkSize.width())
                .arg(kWorkSize.height()));
    if (!reuse) {
        QList<double> fingerprintMs, featureMs;
        qint64 featureBytes = 0;
        constexpr int kBatch = 1000;
        for (int from = 0; from < works; from += kBatch) {
            QList<int> ids;
            for (int i = from; i < std::min(works, from + kBatch); ++i)
                ids << i;
            const QList<Prepared> batch = QtConcurrent::blockingMapped<QList<Prepared>>(ids, prepare);
            sql::Transaction tx((*catalog)->database());
            if (!tx.begin().ok())
                return 1;
            for (qsizetype k = 0; k < batch.size(); ++k) {
                auto id = (*catalog)->works().create(QStringLiteral("作品 %1").arg(from + k),
                                                     catalog::WorkKind::Illustration);
                if (!id.ok() || !cataloguing::WorkEditor(**catalog).addAsset(*id, 1, batch[k].asset).ok()) {
                    say(QStringLiteral("match: cannot write the catalogue"));
                    return 1;
                }
                fingerprintMs << batch[k].fingerprintMs;
                featureMs << batch[k].featureMs;
                featureBytes += batch[k].asset.features.features.size() + batch[k].asset.features.probes.size();
            }
            if (!tx.commit().ok())
                return 1;
            std::fprintf(stderr, "\r%d/%d", std::min(works, from + kBatch), works);
        }
        std::fprintf(stderr, "\n");
        say(QStringLiteral(
                "  per picture, one core each: fingerprints and thumbnail median %1 ms, local features median %2 "
                "ms; features stored: %3 KiB a picture; catalogue file %4 MiB")
                .arg(percentile(fingerprintMs, 0.5), 0, 'f', 1)
                .arg(percentile(featureMs, 0.5), 0, 'f', 1)
                .arg(double(featureBytes) / works / 1024.0, 0, 'f', 1)
                .arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0));
    }

    matching::CatalogMatcher matcher;
    QElapsedTimer timer;
    timer.start();
    if (auto loaded = matcher.load(**catalog); !loaded.ok()) {
        say(loaded.error().message);
        return 1;
    }
    say(QStringLiteral("  matcher load: %1 s, %2 MiB in memory (PDQ index and descriptor probes)")
            .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1)
            .arg(double(matcher.memoryBytes()) / 1048576.0, 0, 'f', 0));

    // Suspects: a copy of a random work through each transform in turn, and as many unrelated pictures.
    QRandomGenerator rng(2026);
    const auto transforms = matching::Transforms::all();
    QList<double> copyMs, unrelatedMs;
    int found = 0, falseMatches = 0;
    for (int q = 0; q < queries; ++q) {
        const int work = int(rng.bounded(works));
        const auto &t = transforms[q % transforms.size()];
        const QImage copy = t.apply(makeArtwork(kWorkSize, quint32(work) * 7919u + 1u));
        timer.restart();
        auto matches = matcher.match(copy);
        copyMs << double(timer.nsecsElapsed()) / 1e6;
        // Work ids are given in order from 1.
        if (matches.ok() && !matches->isEmpty() && matches->first().workId == work + 1)
            ++found;

        const QImage other = t.apply(makeArtwork(kWorkSize, 900'000'000u + quint32(q)));
        timer.restart();
        auto none = matcher.match(other);
        unrelatedMs << double(timer.nsecsElapsed()) / 1e6;
        if (none.ok() && !none->isEmpty())
            ++falseMatches;
    }
    say(QStringLiteral("  copies: %1 of %2 found; answer median %3 ms, 90th percentile %4 ms, worst %5 ms")
            .arg(found)
            .arg(queries)
            .arg(percentile(copyMs, 0.5), 0, 'f', 0)
            .arg(percentile(copyMs, 0.9), 0, 'f', 0)
            .arg(percentile(copyMs, 1.0), 0, 'f', 0));
    say(QStringLiteral("  unrelated: %1 of %2 reported as a work; answer median %3 ms, 90th percentile %4 ms")
            .arg(falseMatches)
            .arg(queries)
            .arg(percentile(unrelatedMs, 0.5), 0, 'f', 0)
            .arg(percentile(unrelatedMs, 0.9), 0, 'f', 0));
    return 0;
}

} // namespace rakkan::bench
