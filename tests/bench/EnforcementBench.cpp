#include "EnforcementBench.h"

#include "BenchOutput.h"
#include "enforcement/AccessLogAudit.h"
#include "enforcement/BagIt.h"
#include "enforcement/HtmlImages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <zlib.h>

namespace rakkan::bench {

namespace {

// A combined-format log: mostly browsers, some search engines, a few AI crawlers, over a year.
QByteArray logChunk(QRandomGenerator &rng, int lines)
{
    static const char *const agents[] = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile Safari/604.1",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
        "CCBot/2.0 (https://commoncrawl.org/faq/)"};
    static const int weights[] = {55, 25, 12, 3, 3, 2};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray out;
    out.reserve(lines * 220);
    for (int i = 0; i < lines; ++i) {
        int pick = int(rng.bounded(100)), agent = 0;
        while (pick >= weights[agent])
            pick -= weights[agent++];
        const int work = int(rng.bounded(5000));
        out += QByteArray::number(rng.bounded(256)) + ".0.113." + QByteArray::number(rng.bounded(256)) + " - - [" +
               QByteArray::number(1 + rng.bounded(28)).rightJustified(2, '0') + '/' + months[rng.bounded(12)] +
               "/2025:" + QByteArray::number(rng.bounded(24)).rightJustified(2, '0') + ":17:42 +0900] \"GET " +
               (rng.bounded(2) ? "/works/" : "/img/") + QByteArray::number(work) + (rng.bounded(2) ? ".html" : ".jpg") +
               " HTTP/1.1\" 200 " + QByteArray::number(rng.bounded(500000)) + " \"-\" \"" + agents[agent] + "\"\n";
    }
    return out;
}

} // namespace

int enforcement(int megabytes, int files)
{
    QTemporaryDir dir;
    QRandomGenerator rng(7);
    const QString plain = dir.filePath(QStringLiteral("access.log"));
    const QString gzipped = dir.filePath(QStringLiteral("access.log.gz"));
    {
        QFile out(plain);
        gzFile gz = gzopen(gzipped.toLocal8Bit().constData(), "wb6");
        if (!out.open(QIODevice::WriteOnly) || !gz)
            return 1;
        while (out.size() < qint64(megabytes) << 20) {
            const QByteArray chunk = logChunk(rng, 20000);
            out.write(chunk);
            gzwrite(gz, chunk.constData(), unsigned(chunk.size()));
        }
        gzclose(gz);
    }
    enforcement::AuditTargets targets;
    targets.crawlers = {QStringLiteral("GPTBot"),     QStringLiteral("ClaudeBot"),
                        QStringLiteral("CCBot"),      QStringLiteral("Google-Extended"),
                        QStringLiteral("Bytespider"), QStringLiteral("PerplexityBot")};
    for (int w = 0; w < 5000; w += 2) {
        targets.workPaths.insert(QStringLiteral("/works/%1.html").arg(w), w);
        targets.workPaths.insert(QStringLiteral("/img/%1.jpg").arg(w), w);
    }
    targets.reservedSince = QDateTime(QDate(2025, 4, 1), QTime(), Qt::UTC);
    for (const QString &file : {plain, gzipped}) {
        enforcement::AccessLogAudit audit(targets);
        QElapsedTimer timer;
        timer.start();
        audit.read(file);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const auto &r = audit.report();
        qint64 fetched = 0;
        for (const auto &v : r.crawlers)
            fetched += v.worksFetched;
        say(QStringLiteral("logs audit %1: %2 MB (%3 on disk), %4 lines in %5 s: %6 MB/s, %7 lines/s; %8 crawler "
                           "requests for works after the reservation")
                .arg(file.endsWith(QLatin1String(".gz")) ? QStringLiteral("gzip") : QStringLiteral("plain"))
                .arg(double(r.bytes) / (1 << 20), 0, 'f', 0)
                .arg(QFileInfo(file).size() >> 20)
                .arg(r.lines)
                .arg(seconds, 0, 'f', 2)
                .arg(double(r.bytes) / (1 << 20) / seconds, 0, 'f', 0)
                .arg(double(r.lines) / seconds, 0, 'f', 0)
                .arg(fetched));
    }

    // A long gallery page: 5,000 pictures in 3 MB of markup.
    QByteArray html = "<html><head><title>gallery</title></head><body>";
    while (html.size() < (3 << 20))
        html += "<div class=\"item\"><a href=\"/p/" + QByteArray::number(rng.bounded(100000)) + "\"><img src=\"/t/" +
                QByteArray::number(rng.bounded(100000)) + ".jpg\" srcset=\"/t/a.jpg 320w, /t/" +
                QByteArray::number(rng.bounded(100000)) +
                ".jpg 1280w\" alt=\"a picture\"></a><p>caption text</p></div>";
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < 10; ++i)
        found = int(enforcement::HtmlImages::find(html, QUrl(QStringLiteral("https://example.com/"))).size());
    say(QStringLiteral("html pictures: %1 found in 3 MB of markup, %2 ms a page")
            .arg(found)
            .arg(double(timer.nsecsElapsed()) / 1e6 / 10, 0, 'f', 1));

    // An evidence bag of `files` pictures of 300 KB each.
    QList<enforcement::BagFile> payload;
    for (int i = 0; i < files; ++i) {
        QByteArray bytes(300 * 1024, Qt::Uninitialized);
        for (auto &c : bytes)
            c = char(rng.bounded(256));
        payload << enforcement::BagFile{QStringLiteral("data/capture/images/%1.jpg").arg(i), bytes, {}};
    }
    const QString bag = dir.filePath(QStringLiteral("bag.zip"));
    timer.restart();
    if (!enforcement::BagItWriter::write(bag, QStringLiteral("bag"), payload, {}, {}).ok())
        return 1;
    const double sealMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto report = enforcement::BagItReader::check(bag);
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;
    say(QStringLiteral("evidence bag: %1 pictures (%2 MB): written in %3 ms, checked in %4 ms (%5)")
            .arg(files)
            .arg(files * 300 / 1024.0, 0, 'f', 1)
            .arg(sealMs, 0, 'f', 0)
            .arg(checkMs, 0, 'f', 0)
            .arg(report.ok() && report->valid() ? QStringLiteral("holds") : QStringLiteral("FAILED")));
    return 0;
}

} // namespace rakkan::bench
