#include "reservations/SiteKit.h"

#include "core/AtomicFile.h"
#include "reservations/AiTxt.h"
#include "reservations/PolicyStore.h"
#include "reservations/RobotsTxt.h"
#include "reservations/Rsl.h"
#include "reservations/ServerSnippets.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <quazip.h>
#include <quazipfile.h>

namespace rakkan::reservations {

QString SiteKit::readme(const ReservationPolicy &policy)
{
    QStringList lines{
        tr("Rakkan site kit for %1").arg(policy.siteUrl),
        QString(),
        tr("Upload these files to the root of your site, keeping the folders:"),
        QStringLiteral("  robots.txt                 ") + tr("(your own rules are kept; Rakkan's block is marked)"),
        QStringLiteral("  ai.txt                     ") + FormatVersions::kAiTxt,
        QStringLiteral("  .well-known/tdmrep.json    ") + FormatVersions::kTdmRep,
        QStringLiteral("  license.xml                ") + FormatVersions::kRsl,
    };
    if (policy.offersLicences)
        lines << QStringLiteral("  tdm-policy.json            ") + FormatVersions::kTdmPolicy;
    lines << QString()
          << tr("Then add the tags in server/meta-tags.html to the <head> of your pages, and the "
                "headers in server/nginx.conf or server/apache.htaccess to your server.")
          << tr("Content-Usage follows %1; Content-Signal follows %2; the XMP in exported copies follows %3.")
                 .arg(FormatVersions::kAiPref, FormatVersions::kContentSignal, FormatVersions::kIptc)
          << tr("Check the result with: rakkan-cli check %1").arg(policy.siteUrl);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QByteArray> SiteKit::existingRobots(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, file.errorString()));
    // Kept whole up to a size no real robots.txt reaches; crawlers read only the first 500 KiB anyway.
    if (file.size() > 4 * RobotsTxt::kParseLimit)
        return makeError(ErrorCode::TooLarge,
                         tr("%1 is larger than 2 MiB; it is not a robots.txt to merge with.").arg(path));
    return file.readAll();
}

QMap<QString, QByteArray> SiteKit::files(const Input &input)
{
    const ReservationPolicy &p = input.policy;
    QMap<QString, QByteArray> out;
    out.insert(QStringLiteral(".well-known/tdmrep.json"), TdmRep::wellKnown(p, input.narrowerRules));
    if (!TdmRep::policyUrl(p).isEmpty())
        out.insert(QStringLiteral("tdm-policy.json"),
                   QJsonDocument(TdmRep::odrlOffer(p)).toJson(QJsonDocument::Indented));
    const QString licenseUrl = p.absoluteUrl(QLatin1String(Rsl::kPath));
    out.insert(QStringLiteral("robots.txt"), RobotsTxt::merge(input.existingRobots, RobotsTxt::block(p, licenseUrl)));
    out.insert(QStringLiteral("ai.txt"), AiTxt::write(p));
    out.insert(QStringLiteral("license.xml"), Rsl::write(p));
    out.insert(QStringLiteral("server/meta-tags.html"), ServerSnippets::metaTags(p).toUtf8());
    out.insert(QStringLiteral("server/nginx.conf"), ServerSnippets::nginx(p).toUtf8());
    out.insert(QStringLiteral("server/apache.htaccess"), ServerSnippets::htaccess(p).toUtf8());
    for (const GatewayPage &g : input.gateways)
        out.insert(g.path, g.html);
    out.insert(QStringLiteral("README.txt"), readme(p).toUtf8());
    return out;
}

namespace {

// The kit as one zip, made in memory (a kit is a few kilobytes) so that it reaches the disk through
// writeFileAtomically: a crash or a full disk never leaves a partial DIR.zip where a whole one was.
std::optional<QByteArray> zipOf(const QMap<QString, QByteArray> &files)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return std::nullopt;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) ||
                entry.write(it.value()) != it.value().size())
                return std::nullopt;
            entry.close();
            if (entry.getZipError() != 0)
                return std::nullopt;
        }
        zip.close();
        if (zip.getZipError() != 0)
            return std::nullopt;
    }
    return bytes;
}

} // namespace

Result<SiteKit::Report> SiteKit::write(const QString &folder, const QMap<QString, QByteArray> &files, bool zip)
{
    Report report;
    report.folder = QDir(folder).absolutePath();
    const QDir root(report.folder);
    if (!root.mkpath(QStringLiteral(".")))
        return makeError(ErrorCode::Io, tr("The folder %1 could not be created.").arg(report.folder));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        // Every path is the kit's own; still, nothing may land outside the chosen folder.
        const QString target = QDir::cleanPath(root.filePath(it.key()));
        if (!target.startsWith(report.folder + QLatin1Char('/')))
            return makeError(ErrorCode::InvalidArgument, tr("\"%1\" would be written outside the kit.").arg(it.key()));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::Io, tr("The folder for %1 could not be created.").arg(it.key()));
        RAKKAN_TRY(writeFileAtomically(target, it.value()));
        report.files << it.key();
    }
    if (zip) {
        report.zip = report.folder + QStringLiteral(".zip");
        const auto archive = zipOf(files);
        if (!archive)
            return makeError(ErrorCode::Io, tr("The zip %1 could not be written.").arg(report.zip));
        RAKKAN_TRY(writeFileAtomically(report.zip, *archive));
    }
    return report;
}

Result<SiteKit::Input> SiteKit::fromCatalog(catalog::Catalog &catalog, const QByteArray &existingRobots,
                                            QStringList *skippedGateways)
{
    PolicyStore store(catalog);
    RAKKAN_TRY(auto policy, store.policy());
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The reservation policy is not complete:\n%1").arg(problems.join(QLatin1Char('\n'))));
    Input input;
    input.policy = policy;
    input.existingRobots = existingRobots;
    RAKKAN_TRY(auto declared, GatewayPages::declared(catalog));
    input.gateways = GatewayPages::pages(policy, declared, skippedGateways);
    RAKKAN_TRY(auto assignments, store.assignments());
    const QString base = policy.absoluteUrl(QStringLiteral("/"));
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
        auto other = store.policy(it.value());
        auto work = catalog.works().get(it.key());
        if (!other.ok() || !work.ok())
            continue;
        for (const catalog::Publication &pub : work->publications) {
            if (!pub.url.startsWith(base))
                continue;
            const QString path = QUrl(pub.url).path();
            // '*' and '$' are pattern characters in TDMRep locations; such a path cannot be named exactly.
            if (path.isEmpty() || path.contains(QLatin1Char('*')) || path.contains(QLatin1Char('$')))
                continue;
            input.narrowerRules << TdmRep::Rule{path, other->reservesAnything() ? 1 : 0, TdmRep::policyUrl(*other)};
        }
    }
    return input;
}

} // namespace rakkan::reservations
