#include "reservations/AiTxt.h"

#include "reservations/RobotsTxt.h"

#include <QCoreApplication>

namespace rakkan::reservations {

const QStringList &AiTxt::imageExtensions()
{
    static const QStringList list{
        QStringLiteral("bmp"),  QStringLiteral("gif"),  QStringLiteral("ico"), QStringLiteral("jpeg"),
        QStringLiteral("jpg"),  QStringLiteral("png"),  QStringLiteral("svg"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("webp"), QStringLiteral("eps"), QStringLiteral("ai"),
        QStringLiteral("indd"), QStringLiteral("heif"), QStringLiteral("raw"), QStringLiteral("psd"),
        QStringLiteral("cr2"),  QStringLiteral("nef"),  QStringLiteral("orf"), QStringLiteral("sr2")};
    return list;
}

QByteArray AiTxt::write(const ReservationPolicy &policy)
{
    QStringList lines{QStringLiteral("# Spawning AI"),
                      QStringLiteral("# Prevent datasets from using the following file types"),
                      QStringLiteral("# Written by Rakkan for %1 (%2)").arg(policy.siteUrl, FormatVersions::kAiTxt),
                      QString(), QStringLiteral("User-Agent: *")};
    if (policy.trainingReserved()) {
        for (const QString &ext : imageExtensions())
            lines << QStringLiteral("Disallow: *.") + ext;
        lines << QStringLiteral("Disallow: /");
    } else {
        lines << QStringLiteral("Allow: /");
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Finding AiTxt::judge(const QByteArray &bytes, const QString &samplePath, const QString &source)
{
    const RobotsTxt parsed = RobotsTxt::parse(bytes);
    Finding f{QStringLiteral("ai.txt"), Verdict::Unknown, {}, source, parsed.problems()};
    if (parsed.groups().isEmpty()) {
        f.detail = QCoreApplication::translate("rakkan::reservations::AiTxt", "ai.txt has no rules.");
        return f;
    }
    // Spawning's tools read the '*' group for the media file being downloaded.
    const bool allowed = parsed.isAllowed(QStringLiteral("spawning-dataset-builder"), samplePath);
    f.verdict = allowed ? Verdict::Allowed : Verdict::Reserved;
    f.detail =
        allowed ? QCoreApplication::translate("rakkan::reservations::AiTxt", "Datasets may use images such as %1.")
                      .arg(samplePath)
                : QCoreApplication::translate("rakkan::reservations::AiTxt", "Datasets may not use images such as %1.")
                      .arg(samplePath);
    return f;
}

} // namespace rakkan::reservations
