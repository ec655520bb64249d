// rakkan-bench eval-set and eval: "is this mine?" measured on real artwork shipped in Debian packages.

#include "EvaluationBench.h"

#include "BenchOutput.h"
#include "fingerprint/Pdq.h"
#include "matching/Evaluation.h"
#include "matching/Transforms.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

namespace rakkan::bench {

namespace {

// Where each kind of picture comes from. Every source is a Debian package whose artwork may be copied for testing
// (GPL, CC0, public domain); packaging/debian-packages.txt installs them in its "eval" group.
struct Source
{
    QString kind;
    QString folder;
    QStringList patterns;
};

const QList<Source> &sources()
{
    static const QList<Source> list = {
        {QStringLiteral("painting"),
         QStringLiteral("/usr/share/games/wesnoth/1.16/data/core/images/portraits"),
         {QStringLiteral("*.png")}},
        {QStringLiteral("painting"),
         QStringLiteral("/usr/share/games/wesnoth/1.16/data/core/images/story"),
         {QStringLiteral("*.jpg"), QStringLiteral("*.webp")}},
        {QStringLiteral("clipart"), QStringLiteral("/usr/share/openclipart/png"), {QStringLiteral("*.png")}},
        {QStringLiteral("lineart"), QStringLiteral("/usr/share/openclipart/png"), {QStringLiteral("*.png")}},
        {QStringLiteral("lineart"), QStringLiteral("/usr/share/tuxpaint/starters"), {QStringLiteral("*.png")}},
        {QStringLiteral("photo"),
         QStringLiteral("/usr/share/backgrounds/gnome"),
         {QStringLiteral("*.webp"), QStringLiteral("*.jpg")}},
        {QStringLiteral("photo"), QStringLiteral("/usr/share/wallpapers"), {QStringLiteral("*.jpg")}},
    };
    return list;
}

// Line art: almost no colour, and lines (dark pixels) over a light ground.
bool isLineArt(const QImage &image)
{
    const QImage small = image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int coloured = 0;
    int dark = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QColor c = small.pixelColor(x, y);
            coloured += c.hsvSaturation() > 60 ? 1 : 0;
            dark += c.value() < 90 ? 1 : 0;
        }
    const int n = small.width() * small.height();
    return coloured < n / 50 && dark > n / 40 && dark < n / 2;
}

// A picture as a web page shows it: transparency over white, at most 2000 pixels a side.
QImage flattened(const QImage &image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter(&out).drawImage(0, 0, image);
    if (std::max(out.width(), out.height()) > 2000)
        out = out.scaled(2000, 2000, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return out;
}

} // namespace

int evalSet(const QString &out, int perKind, int unrelatedPerKind)
{
    for (const QString &sub : {QStringLiteral("works"), QStringLiteral("unrelated")})
        if (!QDir().mkpath(QDir(out).filePath(sub))) {
            say(QStringLiteral("eval-set: cannot create %1").arg(out));
            return 1;
        }
    QHash<QString, int> works, unrelated;
    QHash<QString, int> seen;
    // An unrelated picture never comes from a folder a work came from: a package's folder often holds variants of
    // one design (a light and a dark wallpaper, maps sharing coastlines), which are not unrelated at all.
    QSet<QString> workFolders, unrelatedFolders;
    // Variants of one picture in one folder (clip art "_01" and "_02", a wallpaper at several sizes) count once.
    QSet<QString> stems;
    // The same picture filed twice in a package (clip art is), found by its whole-picture fingerprint.
    QList<fingerprint::Hash256> chosen;
    QStringList sourceList; // where each picture came from, written beside them
    for (const Source &source : sources()) {
        QStringList files;
        QDirIterator it(source.folder, source.patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort(); // the same set on every computer with the same packages
        // Every n-th file, so that a kind is not all one folder of the package.
        const int wanted = perKind + unrelatedPerKind;
        // Clip art is sorted into line art and colour by looking: many more are read than kept.
        const int reads = source.folder.contains(QLatin1String("openclipart")) ? 25 : 4;
        const qsizetype stride = std::max<qsizetype>(1, files.size() / std::max(1, wanted * reads));
        for (qsizetype i = 0; i < files.size(); i += stride) {
            if (works.value(source.kind) >= perKind && unrelated.value(source.kind) >= unrelatedPerKind)
                break;
            QImageReader reader(files[i]);
            const QSize size = reader.size();
            if (size.isValid() && std::min(size.width(), size.height()) < 240)
                continue; // icons and sprites too small to say anything
            const QString folder = source.folder.endsWith(QLatin1String("/wallpapers"))
                                       ? files[i].section(QLatin1Char('/'), 0, 4) // one wallpaper, all its sizes
                                       : QFileInfo(files[i]).absolutePath();
            QString stem = QFileInfo(files[i]).completeBaseName();
            stem.remove(QRegularExpression(QStringLiteral("[-_ ]*[0-9]+$")));
            if (source.folder.endsWith(QLatin1String("/wallpapers")))
                stem.clear(); // every file of a wallpaper's folder is the same picture at another size
            if (stems.contains(folder + QLatin1Char('/') + stem))
                continue;
            if (files[i].endsWith(QLatin1String("-d.webp")))
                continue; // the dark variant of a wallpaper whose light one is taken
            const QImage image = reader.read();
            if (image.isNull() || std::min(image.width(), image.height()) < 240)
                continue;
            if ((source.kind == QLatin1String("lineart")) != isLineArt(image) &&
                source.folder.contains(QLatin1String("openclipart")))
                continue;
            // Works and unrelated pictures interleaved, in the proportion asked for.
            const int every = std::max(1, wanted / std::max(1, perKind));
            const auto pdq = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(flattened(image)));
            if (std::any_of(chosen.cbegin(), chosen.cend(),
                            [&pdq](const fingerprint::Hash256 &h) { return h.distance(pdq.hash) <= 40; }))
                continue;
            bool asWork = works.value(source.kind) < perKind &&
                          (unrelated.value(source.kind) >= unrelatedPerKind || seen[source.kind]++ % every == 0);
            if (asWork && unrelatedFolders.contains(folder))
                asWork = false;
            if (!asWork && (workFolders.contains(folder) || unrelated.value(source.kind) >= unrelatedPerKind))
                continue;
            QHash<QString, int> &count = asWork ? works : unrelated;
            const QString name = QStringLiteral("%1/%2-%3.png")
                                     .arg(asWork ? QStringLiteral("works") : QStringLiteral("unrelated"), source.kind)
                                     .arg(count.value(source.kind), 4, 10, QLatin1Char('0'));
            if (!flattened(image).save(QDir(out).filePath(name)))
                continue;
            ++count[source.kind];
            sourceList << name + QLatin1Char('\t') + files[i];
            (asWork ? workFolders : unrelatedFolders).insert(folder);
            stems.insert(folder + QLatin1Char('/') + stem);
            chosen << pdq.hash;
        }
    }
    QFile list(QDir(out).filePath(QStringLiteral("SOURCES.tsv")));
    if (list.open(QIODevice::WriteOnly))
        list.write((sourceList.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    for (const QString &kind :
         {QStringLiteral("painting"), QStringLiteral("clipart"), QStringLiteral("lineart"), QStringLiteral("photo")})
        say(QStringLiteral("%1: %2 works, %3 unrelated").arg(kind).arg(works.value(kind)).arg(unrelated.value(kind)));
    return 0;
}

int transform(const QString &in, const QString &key, const QString &out)
{
    const QImage image(in);
    for (const matching::Transform &t : matching::Transforms::all())
        if (t.key == key && !image.isNull() && t.apply(image).save(out))
            return 0;
    say(QStringLiteral("transform: cannot make the %1 copy of %2").arg(key, in));
    return 1;
}

int eval(const QString &folder)
{
    QStringList originals, unrelated;
    for (const auto &[sub, list] :
         {std::pair{QStringLiteral("works"), &originals}, std::pair{QStringLiteral("unrelated"), &unrelated}}) {
        QDirIterator it(QDir(folder).filePath(sub), QDir::Files);
        while (it.hasNext())
            *list << it.next();
        list->sort();
    }
    if (originals.isEmpty() || unrelated.isEmpty()) {
        say(QStringLiteral("eval: %1 needs works/ and unrelated/ (rakkan-bench eval-set %1)").arg(folder));
        return 1;
    }
    QTemporaryDir work;
    auto report = matching::Evaluation::run(originals, unrelated, work.filePath(QStringLiteral("eval")),
                                            [](int done, int total) { std::fprintf(stderr, "\r%d/%d", done, total); });
    std::fprintf(stderr, "\n");
    if (!report.ok()) {
        say(report.error().message);
        return 1;
    }
    say(QStringLiteral("eval: %1 works, %2 unrelated queries (the unrelated pictures and their copies)")
            .arg(report->originals)
            .arg(report->unrelatedQueries));
    say(QStringLiteral("| Copy | Rakkan (default settings) | plain PDQ (whole picture, t=31) |"));
    say(QStringLiteral("|---|---|---|"));
    for (const QString &t : std::as_const(report->transforms))
        say(QStringLiteral("| %1 | %2 | %3 |")
                .arg(matching::Transforms::label(t))
                .arg(report->rakkanRecall.value(t), 0, 'f', 3)
                .arg(report->pdqRecall.value(t), 0, 'f', 3));
    say(QStringLiteral("| **average** | %1 | |").arg(report->averageRecall(), 0, 'f', 3));
    say(QStringLiteral("| **unrelated pictures reported as a work** | %1 % | %2 % |")
            .arg(report->rakkanFalseMatchRate * 100, 0, 'f', 2)
            .arg(report->pdqFalseMatchRate * 100, 0, 'f', 2));
    say(QStringLiteral("median answer: %1 ms").arg(report->medianQueryMs, 0, 'f', 1));
    for (const QString &f : std::as_const(report->falseMatches))
        say(QStringLiteral("false match: %1").arg(f));
    if (qEnvironmentVariableIsSet("RAKKAN_EVAL_MISSES"))
        for (const QString &m : std::as_const(report->misses))
            say(QStringLiteral("missed: %1").arg(m));
    return 0;
}

} // namespace rakkan::bench
