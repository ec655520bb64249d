#include "cataloguing/FilePreparer.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/MatchingOptions.h"
#include "core/Batches.h"
#include "core/Csv.h"
#include "crypto/Sha256.h"
#include "imaging/FileScanner.h"
#include "imaging/ImageDecoder.h"
#include "matching/CatalogMatcher.h"
#include "matching/FingerprintInput.h"
#include "matching/FolderScan.h"
#include "matching/Verdict.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <functional>

namespace rakkan::cli {

namespace {

using matching::CatalogMatcher;
using matching::DecodeMode;
using matching::Match;
using matching::Verdicts;

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// What the FingerprintCommands actions share: their words (one translation context) and helpers.
class FingerprintCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::FingerprintCommands)

protected:
    static QJsonObject matchJson(const Match &m, const QString &title)
    {
        const matching::Verdict verdict = Verdicts::of(m);
        QJsonObject json{{QStringLiteral("work_id"), m.workId},
                         {QStringLiteral("asset_id"), m.assetId},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("distance"), m.distance},
                         {QStringLiteral("confidence"), Verdicts::confidenceKey(m.confidence)},
                         {QStringLiteral("changes"), QJsonArray::fromStringList(Verdicts::changeKeys(verdict))},
                         {QStringLiteral("verdict"), verdict.summary()},
                         {QStringLiteral("orientation"), fingerprint::orientationKey(m.orientation)},
                         {QStringLiteral("catalogue_region"), m.catalogueRegion},
                         {QStringLiteral("query_region"), m.queryRegion}};
        if (m.alignment) {
            const features::Alignment &a = *m.alignment;
            const auto points = [](const QPolygonF &polygon) {
                QJsonArray out;
                for (const QPointF &p : polygon)
                    out.append(QJsonArray{p.x(), p.y()});
                return out;
            };
            json.insert(QStringLiteral("alignment"),
                        QJsonObject{{QStringLiteral("inliers"), a.inliers},
                                    {QStringLiteral("candidates"), a.candidates},
                                    {QStringLiteral("mirrored"), a.mirrored},
                                    {QStringLiteral("rotation"), a.rotation},
                                    {QStringLiteral("scale"), a.scale},
                                    {QStringLiteral("work_shown"), a.workShown},
                                    {QStringLiteral("query_covered"), a.queryCovered},
                                    {QStringLiteral("work_in_query"), points(a.workInQuery)},
                                    {QStringLiteral("query_in_work"), points(a.queryInWork)}});
        }
        if (m.look) {
            // How alike the two look once lined up, as a whole and in a 4 x 4 grid over the work (null: no detail).
            QJsonArray cells;
            for (double b : m.look->blocks)
                cells.append(std::isnan(b) ? QJsonValue() : QJsonValue(std::round(b * 1000) / 1000));
            json.insert(QStringLiteral("look"), QJsonObject{{QStringLiteral("overall"), m.look->overall},
                                                            {QStringLiteral("covered_cells"), m.look->coveredBlocks()},
                                                            {QStringLiteral("cells"), cells}});
        }
        return json;
    }
    // Two lines: the work and the verdict, then what it rests on.
    static QString matchLine(const Match &m, const QString &title)
    {
        return tr("work %1 \"%2\": %3").arg(m.workId).arg(title, Verdicts::of(m).summary()) + QStringLiteral("\n    ") +
               Verdicts::evidence(m);
    }
    struct Matched
    {
        std::optional<Error> error;
        QList<Match> matches;
    };
    static std::function<Matched(const QString &)> matchWork(const CatalogMatcher &matcher, int threshold)
    {
        return [&matcher, threshold](const QString &path) {
            Matched m;
            auto decoded = matching::decodeForFingerprint(path, imaging::DecodeLimits(), DecodeMode::Fast);
            if (!decoded.ok()) {
                m.error = decoded.error();
                return m;
            }
            auto found = matcher.match(decoded->image, threshold);
            if (found.ok())
                m.matches = *found;
            else
                m.error = found.error();
            return m;
        };
    }
    // Titles for the works found, read once each.
    static QString titleOf(catalog::Catalog &catalog, qint64 workId, QHash<qint64, QString> &cache)
    {
        auto it = cache.constFind(workId);
        if (it != cache.constEnd())
            return *it;
        auto w = catalog.works().get(workId);
        const QString title = w.ok() ? w->title : QString();
        cache.insert(workId, title);
        return title;
    }
};

class HashCommand final : public FingerprintCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::FingerprintCommands)

public:
    QString name() const override { return QStringLiteral("hash"); }
    QString summary() const override { return tr("Print the PDQ fingerprint of image files"); }
    QString description() const override
    {
        return tr("Prints the PDQ fingerprint of each file: hash, quality (0-100; below 50 is too flat to trust) and "
                  "path. Nothing is added to the catalogue.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(algo);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Image files."), tr("FILE..."));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString algorithm = parser.value(algo);
        if (algorithm != QLatin1String("pdq") && algorithm != QLatin1String("pdq-exact"))
            return context.usageError(tr("Unknown algorithm \"%1\"; use pdq or pdq-exact.").arg(algorithm),
                                      call.hint());
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return context.usageError(tr("Name at least one image file."), call.hint());
        const DecodeMode mode = algorithm == QLatin1String("pdq") ? DecodeMode::PdqOnly : DecodeMode::Exact;

        struct Hashed
        {
            std::optional<Error> error;
            fingerprint::PdqHash pdq;
        };
        int failed = 0;
        QJsonArray results;
        forEachInBatches<Hashed, QString>(
            files,
            [mode](const QString &path) {
                Hashed h;
                auto decoded = matching::decodeForFingerprint(path, imaging::DecodeLimits(), mode);
                if (!decoded.ok())
                    h.error = decoded.error();
                else
                    h.pdq = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(decoded->image));
                return h;
            },
            [&](const QString &path, const Hashed &h) {
                if (h.error) {
                    ++failed;
                    context.warn(makeError(h.error->code, tr("%1: %2").arg(path, h.error->message)));
                    results.append(QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("error"), CliContext::errorJson(*h.error)}});
                    return;
                }
                if (context.json)
                    results.append(QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("algorithm"), algorithm},
                                               {QStringLiteral("hash"), h.pdq.hash.toHex()},
                                               {QStringLiteral("quality"), h.pdq.quality}});
                else
                    writeOut(QStringLiteral("%1\t%2\t%3\n").arg(h.pdq.hash.toHex()).arg(h.pdq.quality).arg(path));
            });
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("results"), results}});
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption algo{QStringLiteral("algo"),
                                  tr("pdq (fast: JPEGs read for brightness at reduced scale, a progressive "
                                     "JPEG from its first scans; a few bits from the exact hash) or pdq-exact "
                                     "(bit-identical with Meta's reference). Default: pdq."),
                                  tr("NAME"), QStringLiteral("pdq")};
};

class MatchCommand final : public FingerprintCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::FingerprintCommands)

public:
    QString name() const override { return QStringLiteral("match"); }
    QString summary() const override { return tr("Say which of your works an image comes from"); }
    QString description() const override
    {
        return tr("Says which catalogued works each image comes from, even re-saved, resized, cropped, mirrored, "
                  "rotated, framed or a single panel of a page.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        ThresholdOption::add(parser);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Image files to check."), tr("FILE..."));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        int threshold = 0;
        if (auto bad = ThresholdOption::read(call, &threshold))
            return *bad;
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return context.usageError(tr("Name at least one image file."), call.hint());

        int exitCode = ExitSuccess;
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        auto &catalog = loaded->catalog;
        const CatalogMatcher &matcher = loaded->matcher;

        int failed = 0;
        QJsonArray results;
        QHash<qint64, QString> titles;
        forEachInBatches<Matched, QString>(
            files, matchWork(matcher, threshold), [&](const QString &path, const Matched &m) {
                if (m.error) {
                    ++failed;
                    context.warn(makeError(m.error->code, tr("%1: %2").arg(path, m.error->message)));
                    results.append(QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("error"), CliContext::errorJson(*m.error)}});
                    return;
                }
                QJsonArray found;
                if (!context.json)
                    writeOut(m.matches.isEmpty() ? tr("%1: no catalogued work matches.").arg(path) + QLatin1Char('\n')
                                                 : path + QLatin1Char('\n'));
                for (const Match &one : m.matches) {
                    const QString title = titleOf(*catalog, one.workId, titles);
                    found.append(matchJson(one, title));
                    if (!context.json)
                        writeOut(QStringLiteral("  ") + matchLine(one, title) + QLatin1Char('\n'));
                }
                results.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("matches"), found}});
            });
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("results"), results}});
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }
};

class ScanCommand final : public FingerprintCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::FingerprintCommands)

public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override { return tr("Audit a folder for copies of your works"); }
    QString description() const override
    {
        return tr("Audits a folder (a downloaded dataset sample, scraped images) for copies of your works. Only "
                  "files that match are printed, as they are found; progress goes to stderr. --json prints one JSON "
                  "object a line.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        ThresholdOption::add(parser);
        parser.addOption(csvOpt);
        parser.addPositionalArgument(QStringLiteral("folder"), tr("The folder to audit."), tr("DIR"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        int threshold = 0;
        if (auto bad = ThresholdOption::read(call, &threshold))
            return *bad;
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name one folder to audit."), call.hint());
        if (context.json && parser.isSet(csvOpt))
            return context.usageError(tr("Choose --json or --csv, not both."), call.hint());
        const bool csv = parser.isSet(csvOpt);

        int exitCode = ExitSuccess;
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        auto &catalog = loaded->catalog;
        const CatalogMatcher &matcher = loaded->matcher;

        if (csv)
            writeOut(csvRow({QStringLiteral("path"), QStringLiteral("work_id"), QStringLiteral("title"),
                             QStringLiteral("confidence"), QStringLiteral("changes"), QStringLiteral("verdict"),
                             QStringLiteral("distance"), QStringLiteral("inliers"), QStringLiteral("orientation"),
                             QStringLiteral("catalogue_region")}));
        QHash<qint64, QString> titles;
        matching::FolderScan::Callbacks callbacks;
        callbacks.onMatches = [&](const QString &path, const QList<Match> &matches) {
            for (const Match &one : matches) {
                const QString title = titleOf(*catalog, one.workId, titles);
                if (csv) {
                    const matching::Verdict verdict = Verdicts::of(one);
                    writeOut(csvRow({path, QString::number(one.workId), title, Verdicts::confidenceKey(one.confidence),
                                     Verdicts::changeKeys(verdict).join(QLatin1Char(';')), verdict.summary(),
                                     QString::number(one.distance),
                                     QString::number(one.alignment ? one.alignment->inliers : 0),
                                     fingerprint::orientationKey(one.orientation), one.catalogueRegion}));
                } else if (context.json) {
                    QJsonObject line = matchJson(one, title);
                    line.insert(QStringLiteral("path"), path);
                    writeOut(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
                } else {
                    writeOut(path + QStringLiteral("\n  ") + matchLine(one, title) + QLatin1Char('\n'));
                }
            }
        };
        callbacks.onError = [&](const QString &path, const Error &error) {
            context.warn(makeError(error.code, tr("%1: %2").arg(path, error.message)));
        };
        callbacks.onProgress = [&](int done, int total) {
            context.progress(tr("Scanned %1 of %2 files...").arg(done).arg(total));
        };
        matching::FolderScan scan(matcher, threshold);
        // Flat pictures are common in datasets (blank frames); they are noted on stderr, not counted as failures.
        const auto summary = scan.run(parser.positionalArguments(), callbacks);
        context.endProgress();
        const int failed = summary.failed;
        std::fputs(qPrintable(tr("%1 of %2 files match your works; %3 could not be read.")
                                  .arg(summary.matched)
                                  .arg(summary.files)
                                  .arg(failed) +
                              QLatin1Char('\n')),
                   stderr);
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption csvOpt{QStringLiteral("csv"), tr("Print CSV (safe to open in a spreadsheet).")};
};

} // namespace

std::unique_ptr<Command> makeHashCommand()
{
    return std::make_unique<HashCommand>();
}

std::unique_ptr<Command> makeMatchCommand()
{
    return std::make_unique<MatchCommand>();
}

std::unique_ptr<Command> makeScanCommand()
{
    return std::make_unique<ScanCommand>();
}

} // namespace rakkan::cli
