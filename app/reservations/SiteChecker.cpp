#include "reservations/SiteChecker.h"

#include "credentials/CredentialReader.h"
#include "net/Http.h"
#include "reservations/AiTxt.h"
#include "reservations/CredentialStatements.h"
#include "reservations/RobotsTxt.h"
#include "reservations/Rsl.h"
#include "reservations/TdmRep.h"
#include "reservations/XmpRights.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUrl>

namespace rakkan::reservations {

namespace {

constexpr qsizetype kPageLimit = 2 << 20;
constexpr qsizetype kJsonLimit = 1 << 20;
constexpr qsizetype kImageLimit = 64 << 20;
const QString kSampleImage = QStringLiteral("/images/sample.png");

Result<QByteArray> readLocal(const QString &path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, file.errorString());
    return file.read(limit);
}

bool hasToken(const QString &list, const QString &token)
{
    for (const QString &t : list.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        // Per-agent forms ("bot: noai") name the token after the colon.
        if (t.section(QLatin1Char(':'), -1).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

Finding noAiFinding(const QString &mechanism, const QString &tokens, const QString &source)
{
    Finding f{mechanism, Verdict::Unknown, {}, source, {}};
    if (hasToken(tokens, QStringLiteral("noai")) || hasToken(tokens, QStringLiteral("noimageai"))) {
        f.verdict = Verdict::Reserved;
        f.detail = SiteChecker::tr("Says %1.").arg(tokens.trimmed());
    } else {
        f.detail = tokens.isEmpty() ? SiteChecker::tr("Not present.")
                                    : SiteChecker::tr("Says %1, which says nothing about AI.").arg(tokens.trimmed());
    }
    return f;
}

SiteChecker::Report finish(SiteChecker::Report report)
{
    report.overall = combine(report.findings);
    return report;
}

} // namespace

QList<QPair<QString, QString>> SiteChecker::metaTags(const QByteArray &html)
{
    QList<QPair<QString, QString>> out;
    const QString text = QString::fromUtf8(html.left(kPageLimit));
    static const QRegularExpression tag(QStringLiteral("<meta\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attr(
        QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"));
    auto it = tag.globalMatch(text);
    while (it.hasNext() && out.size() < 500) {
        const QString attrs = it.next().captured(1);
        QString name, content;
        auto a = attr.globalMatch(attrs);
        while (a.hasNext()) {
            const auto m = a.next();
            QString value = m.captured(2);
            if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            if (m.captured(1).compare(QLatin1String("name"), Qt::CaseInsensitive) == 0)
                name = value.toLower();
            else if (m.captured(1).compare(QLatin1String("content"), Qt::CaseInsensitive) == 0)
                content = value;
        }
        if (!name.isEmpty())
            out << qMakePair(name, content);
    }
    return out;
}

QList<Finding> SiteChecker::judgePage(const QList<QPair<QString, QString>> &meta, const QString &source)
{
    QString reservation, robots;
    for (const auto &[name, content] : meta) {
        if (name == QLatin1String("tdm-reservation"))
            reservation = content;
        else if (name == QLatin1String("robots"))
            robots += (robots.isEmpty() ? QString() : QStringLiteral(", ")) + content;
    }
    QList<Finding> out;
    Finding tdm{QStringLiteral("TDMRep (HTML meta)"), TdmRep::judgeValue(reservation), {}, source, {}};
    tdm.detail = reservation.isEmpty() ? tr("Not present.") : tr("tdm-reservation is \"%1\".").arg(reservation);
    out << tdm << noAiFinding(QStringLiteral("robots meta (noai)"), robots, source);
    return out;
}

QList<Finding> SiteChecker::judgeHeaders(const QByteArray &xRobotsTag, const QByteArray &tdmReservation,
                                         const QByteArray &contentUsage, const QString &source)
{
    QList<Finding> out;
    out << noAiFinding(QStringLiteral("X-Robots-Tag"), QString::fromUtf8(xRobotsTag), source);
    Finding tdm{
        QStringLiteral("TDMRep (header)"), TdmRep::judgeValue(QString::fromUtf8(tdmReservation)), {}, source, {}};
    tdm.detail = tdmReservation.isEmpty() ? tr("Not present.")
                                          : tr("tdm-reservation is \"%1\".").arg(QString::fromUtf8(tdmReservation));
    out << tdm;
    const UsagePreferences prefs = UsagePreferences::parseContentUsage(QString::fromUtf8(contentUsage));
    Finding usage{QStringLiteral("Content-Usage (header)"), Verdict::Unknown, {}, source, prefs.problems};
    if (const auto train = prefs.value(QStringLiteral("train-ai"))) {
        usage.verdict = *train ? Verdict::Allowed : Verdict::Reserved;
        usage.detail = tr("train-ai=%1").arg(*train ? QStringLiteral("y") : QStringLiteral("n"));
    } else {
        usage.detail = contentUsage.isEmpty() ? tr("Not present.") : tr("No train-ai preference.");
    }
    out << usage;
    return out;
}

Result<SiteChecker::Report> SiteChecker::checkFile(const QString &path)
{
    RAKKAN_TRY(auto read, XmpRights::read(path));
    Report report{path, {XmpRights::judge(read, path)}, Verdict::Unknown};
    // Content Credentials live in JPEG, PNG and WebP; other formats simply have no row for them. A manifest that says
    // the opposite of the XMP makes the file contradictory.
    if (auto credential = credentials::CredentialReader::readFile(path); credential.ok())
        report.findings << CredentialVerdict::judge(*credential, path);
    else if (credential.error().code != ErrorCode::UnsupportedFormat)
        report.findings << Finding{
            QStringLiteral("C2PA Content Credentials"), Verdict::Unknown, credential.error().message, path, {}};
    return finish(report);
}

Result<SiteChecker::Report> SiteChecker::checkFolder(const QString &folder, const Options &options)
{
    const QDir root(folder);
    Report report{root.absolutePath(), {}, Verdict::Unknown};
    const QString robotsPath = root.filePath(QStringLiteral("robots.txt"));
    if (auto robots = readLocal(robotsPath, RobotsTxt::kParseLimit + 1); robots.ok()) {
        const RobotsTxt parsed = RobotsTxt::parse(*robots);
        report.findings << judgeRobots(parsed, options.agents, robotsPath) << judgeContentUsage(parsed, robotsPath)
                        << judgeContentSignal(parsed, robotsPath);
        for (const QString &license : parsed.licenses()) {
            // A licence on the same site is read from the folder at its path.
            const QString local = root.filePath(QUrl(license).path().mid(1));
            if (auto xml = readLocal(local, Rsl::kMaxBytes + 1); xml.ok())
                report.findings << Rsl::judge(*xml, local);
            else
                report.findings << Finding{QStringLiteral("RSL licence"),
                                           Verdict::Unknown,
                                           tr("robots.txt names %1, which is not in the folder.").arg(license),
                                           robotsPath,
                                           {}};
        }
    } else {
        report.findings << Finding{
            QStringLiteral("robots.txt"), Verdict::Unknown, tr("No robots.txt."), robotsPath, {}};
    }
    const QString tdmPath = root.filePath(QStringLiteral(".well-known/tdmrep.json"));
    if (auto tdm = readLocal(tdmPath, kJsonLimit); tdm.ok())
        report.findings << TdmRep::judge(*tdm, QStringLiteral("/"), tdmPath);
    const QString aiPath = root.filePath(QStringLiteral("ai.txt"));
    if (auto ai = readLocal(aiPath, RobotsTxt::kParseLimit); ai.ok())
        report.findings << AiTxt::judge(*ai, kSampleImage, aiPath);
    for (const QString &page : {QStringLiteral("index.html"), QStringLiteral("server/meta-tags.html")}) {
        if (auto html = readLocal(root.filePath(page), kPageLimit); html.ok()) {
            report.findings << judgePage(metaTags(*html), root.filePath(page));
            break;
        }
    }
    return finish(report);
}

Result<SiteChecker::Report> SiteChecker::checkUrl(const QString &address, const Options &options)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not an http(s) address.").arg(address));
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    net::Http http;
    auto fetch = [&](const QString &path, qsizetype limit, bool keepFirst) {
        net::HttpRequest request;
        request.url = path.startsWith(QLatin1String("http")) ? path : origin.toString() + path;
        request.caFile = options.caFile;
        request.timeoutMs = options.timeoutMs;
        request.cancel = options.cancel;
        request.maxAnswerBytes = limit;
        request.keepFirstBytes = keepFirst;
        request.maxRedirects = 5;
        return http.perform(request);
    };
    auto networkNote = [](const net::HttpResponse &r) {
        return r.curlCode != 0 ? r.failure() : tr("The server answered with HTTP status %1.").arg(r.status);
    };
    Report report{url.toString(), {}, Verdict::Unknown};

    const net::HttpResponse robots = fetch(QStringLiteral("/robots.txt"), RobotsTxt::kParseLimit, true);
    const QString robotsSource = origin.toString() + QStringLiteral("/robots.txt");
    if (robots.tlsFailure)
        return makeError(ErrorCode::Io,
                         tr("The site's certificate did not verify, so it was not checked. %1").arg(robots.failure()));
    if (robots.curlCode == 0 && robots.status == 200) {
        const RobotsTxt parsed = RobotsTxt::parse(robots.body);
        Finding f = judgeRobots(parsed, options.agents, robotsSource);
        if (robots.truncated)
            f.notes << tr("robots.txt is larger than 500 KiB; only the first 500 KiB were read.");
        report.findings << f << judgeContentUsage(parsed, robotsSource) << judgeContentSignal(parsed, robotsSource);
        for (const QString &license : parsed.licenses().mid(0, 3)) {
            const net::HttpResponse xml = fetch(license, Rsl::kMaxBytes, false);
            if (xml.curlCode == 0 && xml.status == 200)
                report.findings << Rsl::judge(xml.body, license);
            else
                report.findings << Finding{QStringLiteral("RSL licence"),
                                           Verdict::Unknown,
                                           tr("%1 could not be read. %2").arg(license, networkNote(xml)),
                                           license,
                                           {}};
        }
    } else {
        report.findings << Finding{QStringLiteral("robots.txt"),
                                   Verdict::Unknown,
                                   tr("No robots.txt could be read. %1").arg(networkNote(robots)),
                                   robotsSource,
                                   {}};
    }

    const net::HttpResponse tdm = fetch(QStringLiteral("/.well-known/tdmrep.json"), kJsonLimit, false);
    if (tdm.curlCode == 0 && tdm.status == 200)
        report.findings << TdmRep::judge(tdm.body, url.path().isEmpty() ? QStringLiteral("/") : url.path(),
                                         origin.toString() + QStringLiteral("/.well-known/tdmrep.json"));
    else if (tdm.curlCode != 0) // absent (404) is ordinary; a broken answer is worth saying
        report.findings << Finding{QStringLiteral("TDMRep (tdmrep.json)"),
                                   Verdict::Unknown,
                                   tr("tdmrep.json could not be read. %1").arg(networkNote(tdm)),
                                   origin.toString() + QStringLiteral("/.well-known/tdmrep.json"),
                                   {}};

    const net::HttpResponse ai = fetch(QStringLiteral("/ai.txt"), RobotsTxt::kParseLimit, true);
    if (ai.curlCode == 0 && ai.status == 200)
        report.findings << AiTxt::judge(ai.body, kSampleImage, origin.toString() + QStringLiteral("/ai.txt"));

    // The page (or image) itself: its headers, and its head tags or embedded metadata.
    const net::HttpResponse page = fetch(url.toString(), kImageLimit, true);
    if (page.curlCode == 0 && page.status >= 200 && page.status < 300) {
        report.findings << judgeHeaders(page.header("x-robots-tag"), page.header("tdm-reservation"),
                                        page.header("content-usage"), page.finalUrl);
        const QByteArray type = page.header("content-type").toLower();
        if (type.startsWith("text/html"))
            report.findings << judgePage(metaTags(page.body), page.finalUrl);
        else if (type.startsWith("image/") && !page.truncated) {
            QTemporaryFile copy;
            if (copy.open() && copy.write(page.body) == page.body.size() && copy.flush())
                if (auto read = XmpRights::read(copy.fileName()); read.ok())
                    report.findings << XmpRights::judge(*read, page.finalUrl);
        }
    } else {
        report.findings << Finding{QStringLiteral("page"),
                                   Verdict::Unknown,
                                   tr("%1 could not be read. %2").arg(url.toString(), networkNote(page)),
                                   url.toString(),
                                   {}};
    }
    return finish(report);
}

Result<SiteChecker::Report> SiteChecker::check(const QString &target, const Options &options)
{
    if (target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://")))
        return checkUrl(target, options);
    const QFileInfo info(target);
    if (info.isDir())
        return checkFolder(target, options);
    if (info.isFile())
        return checkFile(target);
    return makeError(ErrorCode::NotFound, tr("%1 is neither a file, a folder nor an http(s) address.").arg(target));
}

} // namespace rakkan::reservations
