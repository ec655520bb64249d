#include "JpegHashBench.h"

#include "BenchArtwork.h"
#include "BenchOutput.h"
#include "fingerprint/Fingerprinter.h"
#include "fingerprint/Pdq.h"
#include "imaging/FileScanner.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"
#include "imaging/JpegLumaReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>

#include <functional>
#include <numeric>

namespace rakkan::bench {

namespace {

struct Jpeg
{
    QString name;
    QByteArray bytes;
    fingerprint::PdqHash exact;
    fingerprint::PdqHash catalogue; // what an import stores: the full decode area-averaged to PDQ's size
};

// A JPEG is progressive when its frame header is SOF2 (0xFFC2); markers before the first scan say so.
bool isProgressive(const QByteArray &bytes)
{
    const qsizetype firstScan = bytes.indexOf(QByteArrayView("\xFF\xDA", 2));
    const qsizetype sof2 = bytes.indexOf(QByteArrayView("\xFF\xC2", 2));
    return sof2 >= 0 && (firstScan < 0 || sof2 < firstScan);
}

fingerprint::PdqHash pdqOf(const Result<imaging::DecodedImage> &decoded)
{
    return decoded.ok() ? fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(decoded->image))
                        : fingerprint::PdqHash{};
}

double seconds(const QList<Jpeg> &files, const std::function<void(const Jpeg &)> &each)
{
    QElapsedTimer timer;
    timer.start();
    for (const Jpeg &file : files)
        each(file);
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(const QString &title, const QList<Jpeg> &files)
{
    if (files.isEmpty())
        return;
    const imaging::DecodeLimits limits;
    qint64 bytes = 0;
    for (const Jpeg &f : files)
        bytes += f.bytes.size();
    const double exact =
        seconds(files, [&](const Jpeg &f) { (void)pdqOf(imaging::ImageDecoder::decode(f.bytes, limits)); });
    const double fast = seconds(files, [&](const Jpeg &f) {
        (void)pdqOf(imaging::ImageDecoder::decode(f.bytes, limits, fingerprint::Fingerprinter::kDecodeSize));
    });
    say(QStringLiteral("%1: %2 files, %3 MB; one thread").arg(title).arg(files.size()).arg(bytes / 1e6, 0, 'f', 0));
    say(QStringLiteral("  exact (full decode + PDQ):                %1 s").arg(exact, 0, 'f', 2));
    say(QStringLiteral("  reduced decode >= 512 px + PDQ (matcher): %1 s  %2x faster than exact")
            .arg(fast, 0, 'f', 2)
            .arg(exact / fast, 0, 'f', 1));
    const imaging::LumaSize shipped{fingerprint::Fingerprinter::kPdqOnlyShorterSide,
                                    fingerprint::Fingerprinter::kPdqOnlyFirstScansShorterSide};
    const QList<std::pair<QString, imaging::LumaSize>> sizes{
        {QStringLiteral("as shipped: %1 px, first scans from %2 px")
             .arg(shipped.minShorterSide)
             .arg(shipped.firstScansMinShorterSide),
         shipped},
        {QStringLiteral(">= 128 px"), {128, 128}},
        {QStringLiteral(">= 256 px"), {256, 256}},
        {QStringLiteral(">= 512 px"), {512, 512}}};
    for (const auto &[label, size] : sizes) {
        const double luma = seconds(
            files, [&](const Jpeg &f) { (void)pdqOf(imaging::ImageDecoder::decodeLuma(f.bytes, limits, size)); });
        say(QStringLiteral("  brightness only (%1) + PDQ: %2 s, %3x faster than exact")
                .arg(label)
                .arg(luma, 0, 'f', 2)
                .arg(exact / luma, 0, 'f', 1));
        for (bool toCatalogue : {false, true}) {
            QList<double> distances;
            for (const Jpeg &f : files) {
                if (f.exact.quality < 80)
                    continue;
                const auto hash = pdqOf(imaging::JpegLumaReader::read(f.bytes, limits, size));
                if (hash.quality > 0)
                    distances << hash.hash.distance(toCatalogue ? f.catalogue.hash : f.exact.hash);
            }
            if (distances.isEmpty())
                continue;
            const auto within = std::count_if(distances.cbegin(), distances.cend(), [](double d) { return d <= 10; });
            say(QStringLiteral("    to the %1 hash: mean %2, 95th pct. %3, max %4 bits; %5 of %6 within 10")
                    .arg(toCatalogue ? QStringLiteral("catalogue's") : QStringLiteral("exact"))
                    .arg(std::accumulate(distances.cbegin(), distances.cend(), 0.0) / double(distances.size()), 0, 'f',
                         2)
                    .arg(percentile(distances, 0.95), 0, 'f', 0)
                    .arg(percentile(distances, 1.0), 0, 'f', 0)
                    .arg(within)
                    .arg(distances.size()));
        }
    }
}

} // namespace

int jpegHash(const QStringList &folders, int limit)
{
    imaging::FileScanner scanner;
    const auto scanned = scanner.scan(folders);
    const imaging::DecodeLimits limits;
    QList<Jpeg> baseline, progressive, copies;
    say(QStringLiteral("jpeghash: reading pictures of at least 1 MP and making JPEG copies..."));
    for (const auto &file : scanned.files) {
        if (limit > 0 && baseline.size() + progressive.size() >= limit)
            break;
        auto bytes = imaging::ImageFile::read(file.path, limits);
        if (!bytes.ok())
            continue;
        auto full = imaging::ImageDecoder::decode(*bytes, limits);
        if (!full.ok() || qint64(full->image.width()) * full->image.height() < 1'000'000)
            continue;
        // Pictures kept as PNG or WebP come in as the baseline JPEG a site would serve of them.
        const bool isJpeg = bytes->startsWith("\xFF\xD8");
        const QByteArray stored = isJpeg ? *bytes : jpegBytes(full->image, false);
        auto add = [&](QList<Jpeg> &set, const QByteArray &jpeg) {
            auto decoded = imaging::ImageDecoder::decode(jpeg, limits);
            if (!decoded.ok())
                return;
            set << Jpeg{file.path, jpeg, pdqOf(decoded),
                        fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(
                            fingerprint::Fingerprinter::reducedForHashing(decoded->image)))};
        };
        add(isProgressive(stored) ? progressive : baseline, stored);
        add(copies, jpegBytes(full->image, true));
    }
    if (baseline.isEmpty() && progressive.isEmpty()) {
        say(QStringLiteral("jpeghash: no picture of at least 1 MP found"));
        return 1;
    }
    report(QStringLiteral("as stored, baseline"), baseline);
    report(QStringLiteral("as stored, progressive"), progressive);
    report(QStringLiteral("progressive copies (q90) of every file"), copies);
    return 0;
}

} // namespace rakkan::bench
