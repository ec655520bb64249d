#include "enforcement/EvidenceBag.h"

#include "catalog/FingerprintStore.h"
#include "catalog/WorkStore.h"
#include "core/Localization.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/CaseStore.h"
#include "enforcement/TimeStampAuthority.h"
#include "imaging/HtmlPdf.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"
#include "licensing/OfferStore.h"
#include "matching/MatchOverlay.h"
#include "matching/Verdict.h"
#include "registry/Outbox.h"
#include "reservations/PolicyStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace rakkan::enforcement {

namespace {

constexpr const char *kContext = "rakkan::enforcement::EvidenceBag";

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage decodeFile(const QString &path, QSize fit)
{
    imaging::DecodeLimits limits;
    limits.maxFileBytes = qint64(2) << 30;
    auto bytes = imaging::ImageFile::read(path, limits);
    if (!bytes.ok())
        return {};
    auto decoded = imaging::ImageDecoder::decode(*bytes, limits, fit);
    return decoded.ok() ? decoded->image : QImage();
}

// The copy (turned back upright) beside the work, on white, at one height.
QImage sideBySide(const QImage &copy, const QImage &work)
{
    const int height = 600;
    const QImage a = copy.scaledToHeight(height, Qt::SmoothTransformation);
    const QImage b = work.scaledToHeight(height, Qt::SmoothTransformation);
    QImage out(a.width() + b.width() + 24, height, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, a);
    p.drawImage(a.width() + 24, 0, b);
    return out;
}

QJsonObject copyJson(const CaseCopy &c)
{
    return QJsonObject{
        {QStringLiteral("image_url"), c.imageUrl},       {QStringLiteral("image_sha256"), c.imageSha256},
        {QStringLiteral("work_id"), c.workId},           {QStringLiteral("distance"), c.distance},
        {QStringLiteral("orientation"), c.orientation},  {QStringLiteral("catalogue_region"), c.catalogueRegion},
        {QStringLiteral("query_region"), c.queryRegion}, {QStringLiteral("confidence"), c.confidence},
        {QStringLiteral("first_seen"), c.firstSeen},     {QStringLiteral("last_seen"), c.lastSeen}};
}

struct Payload
{
    QList<BagFile> files;
    void add(const QString &path, const QByteArray &bytes) { files << BagFile{path, bytes, {}}; }
    void addFile(const QString &path, const QString &source) { files << BagFile{path, {}, source}; }
};

QString cell(const QString &text)
{
    return text.toHtmlEscaped();
}

// One page, both languages: what the bag is, where the copy was, which works, and how to check it.
QString summaryHtml(const Case &c, const PageCapture &capture, const QList<catalog::Work> &works,
                    const BagSigner &signer, int matchedPictures)
{
    const Translate en = languageOf(QStringLiteral("en"));
    const Translate ja = languageOf(QStringLiteral("ja"));
    const auto both = [&](const char *source) {
        return QStringLiteral("%1<br><span style=\"color:#444\">%2</span>")
            .arg(cell(en(kContext, source, -1)), cell(ja(kContext, source, -1)));
    };
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(both(QT_TR_NOOP("Evidence of copies found online")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\">");
    const auto row = [&](const char *label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td></tr>").arg(both(label), cell(value));
    };
    row(QT_TR_NOOP("Case"), QString::number(c.id));
    row(QT_TR_NOOP("Page"), c.pageUrl);
    if (capture.finalUrl != capture.pageUrl)
        row(QT_TR_NOOP("Address after redirects"), capture.finalUrl.toString());
    row(QT_TR_NOOP("Captured at (UTC)"), capture.capturedAt);
    row(QT_TR_NOOP("Server's answer"), QString::number(capture.status));
    if (!c.platform.isEmpty())
        row(QT_TR_NOOP("Platform"), c.platform);
    if (!c.account.isEmpty())
        row(QT_TR_NOOP("Account"), c.account);
    row(QT_TR_NOOP("Pictures on the page that copy a work"), QString::number(matchedPictures));
    QStringList titles;
    for (const catalog::Work &w : works)
        titles << (w.titleLatin.isEmpty() ? w.title : QStringLiteral("%1 (%2)").arg(w.title, w.titleLatin));
    row(QT_TR_NOOP("Works copied"), titles.join(QStringLiteral("; ")));
    row(QT_TR_NOOP("Sealed by"), QStringLiteral("%1 — %2").arg(signer.name, signer.did));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>")
             .arg(both(QT_TR_NOOP("This is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed with its "
                                  "SHA-256 in manifest-sha256.txt; tagmanifest-sha256.txt lists the tag files. The tag "
                                  "manifest is signed with the creator's Ed25519 key (rakkan-signature.bin, "
                                  "rakkan-signer.pem) and time-stamped under RFC 3161 (rakkan-timestamp.tsr). Anyone "
                                  "can check them with standard tools; see data/HOW-TO-VERIFY.txt.")));
    h += QStringLiteral("<p style=\"color:#555\">%1</p>")
             .arg(both(QT_TR_NOOP("Prepared by the rights holder with Rakkan. It is not legal advice.")));
    return h;
}

QByteArray howToVerify()
{
    return QByteArrayLiteral(
        "How to check this evidence bag without Rakkan\n"
        "=============================================\n\n"
        "1. The files: from the bag's folder,\n"
        "     sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt\n"
        "   (any BagIt validator, such as bagit-python's `bagit.py --validate`, does the same.)\n\n"
        "2. The signature over the tag manifest (Ed25519, the creator's key):\n"
        "     openssl pkeyutl -verify -pubin -inkey rakkan-signer.pem -rawin \\\n"
        "       -in tagmanifest-sha256.txt -sigfile rakkan-signature.bin\n"
        "   rakkan-signer.json names the key as a did:key.\n\n"
        "3. The time-stamp (RFC 3161) over the same tag manifest, against the authority's certificate:\n"
        "     openssl ts -verify -data tagmanifest-sha256.txt -in rakkan-timestamp.tsr -CAfile TSA-CA.pem \\\n"
        "       -untrusted rakkan-tsa-chain.pem\n"
        "   `openssl ts -reply -in rakkan-timestamp.tsr -text` prints its time.\n\n"
        "4. What was seen: data/capture/capture.json lists every request, its time, the server's address, its\n"
        "   answer's headers and TLS certificate chain, and which file holds the body as received.\n");
}

} // namespace

Result<EvidenceResult> EvidenceBag::create(catalog::Catalog &catalog, const Case &theCase, const PageCapture &capture,
                                           const QList<FoundCopy> &found, const BagSigner &signer,
                                           const EvidenceOptions &options, const QString &zipPath)
{
    Payload payload;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // The capture, as it was written when the page was fetched.
    QDirIterator files(capture.folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList captured;
    while (files.hasNext())
        captured << files.next();
    captured.sort();
    for (const QString &path : captured)
        payload.addFile(QStringLiteral("data/capture/") + QDir(capture.folder).relativeFilePath(path), path);
    QByteArray chain;
    for (const Exchange &e : capture.exchanges)
        if (QUrl(e.url).host() == capture.finalUrl.host())
            for (const QByteArray &pem : e.certificatesPem)
                if (!chain.contains(pem))
                    chain += pem;
    if (!chain.isEmpty())
        payload.add(QStringLiteral("data/capture/tls-chain.pem"), chain);

    // The match report.
    QJsonArray report;
    QString reportText;
    int matchedPictures = 0;
    QList<qint64> workIds;
    catalog::WorkStore works(catalog.database());
    int figure = 0;
    for (const FoundCopy &f : found) {
        if (f.matches.isEmpty())
            continue;
        ++matchedPictures;
        const QImage suspect = decodeFile(QDir(capture.folder).filePath(f.image.savedAs), {});
        for (const matching::Match &m : f.matches) {
            if (!workIds.contains(m.workId))
                workIds << m.workId;
            const matching::Verdict verdict = matching::Verdicts::of(m);
            QJsonObject o{
                {QStringLiteral("image_url"), f.image.url.toString(QUrl::FullyEncoded)},
                {QStringLiteral("image_file"), QString(QStringLiteral("capture/") + f.image.savedAs)},
                {QStringLiteral("image_sha256"), f.image.sha256},
                {QStringLiteral("work_id"), m.workId},
                {QStringLiteral("asset_id"), m.assetId},
                {QStringLiteral("pdq_distance"), m.distance},
                {QStringLiteral("orientation"), fingerprint::orientationKey(m.orientation)},
                {QStringLiteral("catalogue_region"), m.catalogueRegion},
                {QStringLiteral("query_region"), m.queryRegion},
                {QStringLiteral("confidence"), matching::Verdicts::confidenceKey(m.confidence)},
                {QStringLiteral("changes"), QJsonArray::fromStringList(matching::Verdicts::changeKeys(verdict))},
                {QStringLiteral("evidence"), matching::Verdicts::evidence(m)}};
            if (m.alignment)
                o.insert(QStringLiteral("keypoints_aligned"), m.alignment->inliers);
            auto work = works.get(m.workId);
            const catalog::Asset *asset = nullptr;
            if (work.ok())
                for (const catalog::Asset &a : work->assets)
                    if (a.id == m.assetId)
                        asset = &a;
            const QImage original = asset ? decodeFile(asset->originalPath, QSize(1600, 1600)) : QImage();
            if (!suspect.isNull() && !original.isNull()) {
                ++figure;
                const QString side =
                    QStringLiteral("data/report/side-by-side-%1.png").arg(figure, 2, 10, QLatin1Char('0'));
                payload.add(side, png(sideBySide(matching::CatalogMatcher::upright(suspect, m.orientation), original)));
                o.insert(QStringLiteral("side_by_side"), side.mid(5));
                const QImage diff = matching::MatchOverlay::difference(suspect, original, m);
                if (!diff.isNull()) {
                    const QString name =
                        QStringLiteral("data/report/difference-%1.png").arg(figure, 2, 10, QLatin1Char('0'));
                    payload.add(name, png(diff));
                    o.insert(QStringLiteral("difference"), name.mid(5));
                }
            }
            report.append(o);
            reportText +=
                QStringLiteral("%1\n  -> work %2 \"%3\": %4\n  %5\n\n")
                    .arg(f.image.url.toString(), QString::number(m.workId), work.ok() ? work->title : QString(),
                         verdict.summary(), matching::Verdicts::evidence(m));
        }
    }
    payload.add(QStringLiteral("data/report/match-report.json"), json(report));
    payload.add(QStringLiteral("data/report/match-report.txt"), reportText.toUtf8());

    // The works: who holds them, their hashes, fingerprints and codes, where they were declared, what they reserve.
    QList<catalog::Work> workList;
    catalog::FingerprintStore prints(catalog.database());
    reservations::WorkPolicies policies(catalog);
    RAKKAN_TRY(auto submissions, registry::Outbox(catalog).list());
    // When the reservation was first recorded in Rakkan: the earliest it can have been published from here.
    RAKKAN_TRY(const QString reservedSince, catalog.database().queryText(QStringLiteral(
                                                "SELECT coalesce(min(updated_at), '') FROM reservation_policies")));
    for (qint64 id : workIds) {
        RAKKAN_TRY(auto w, works.get(id));
        workList << w;
        QJsonArray holders, publications, assets;
        for (const catalog::WorkHolder &holder : w.holders)
            holders.append(QJsonObject{{QStringLiteral("name"), holder.name},
                                       {QStringLiteral("name_latin"), holder.nameLatin},
                                       {QStringLiteral("role"), catalog::holderRoleKey(holder.role)}});
        for (const catalog::Publication &p : w.publications)
            publications.append(QJsonObject{{QStringLiteral("url"), p.url},
                                            {QStringLiteral("platform"), p.platform},
                                            {QStringLiteral("published_on"), p.publishedOn.toString(Qt::ISODate)}});
        for (const catalog::Asset &a : w.assets) {
            QJsonArray pdq, declarations;
            RAKKAN_TRY(auto stored, prints.of(a.id));
            for (const catalog::StoredFingerprint &fp : stored)
                pdq.append(QJsonObject{{QStringLiteral("region"), fp.region},
                                       {QStringLiteral("pdq"), QString::fromLatin1(fp.hash.toHex())},
                                       {QStringLiteral("quality"), fp.quality}});
            for (const registry::Submission &s : submissions)
                if (s.assetId == a.id)
                    declarations.append(QJsonObject{{QStringLiteral("registry"), s.registryName},
                                                    {QStringLiteral("state"), s.state},
                                                    {QStringLiteral("iscc_id"), s.isccId},
                                                    {QStringLiteral("receipt"), s.receipt},
                                                    {QStringLiteral("updated_at"), s.updatedAt}});
            const QString fileName = QFileInfo(a.originalPath).fileName();
            QJsonObject ao{{QStringLiteral("file_name"), fileName},
                           {QStringLiteral("sha256"), QString::fromLatin1(a.sha256.toHex())},
                           {QStringLiteral("bytes"), a.fileSize},
                           {QStringLiteral("width"), a.pixelSize.width()},
                           {QStringLiteral("height"), a.pixelSize.height()},
                           {QStringLiteral("catalogued_at"), a.importedAt},
                           {QStringLiteral("fingerprints"), pdq},
                           {QStringLiteral("declarations"), declarations}};
            if (a.iscc)
                ao.insert(QStringLiteral("iscc_code"), a.iscc->isccCode);
            if (options.includeOriginals && QFileInfo(a.originalPath).isFile()) {
                const QString inBag = QStringLiteral("data/works/%1/%2-%3").arg(w.id).arg(a.id).arg(fileName);
                payload.addFile(inBag, a.originalPath);
                ao.insert(QStringLiteral("file"), inBag.mid(5));
            }
            assets.append(ao);
        }
        RAKKAN_TRY(auto policy, policies.of(id));
        payload.add(QStringLiteral("data/works/%1/work.json").arg(w.id),
                    json(QJsonObject{{QStringLiteral("id"), w.id},
                                     {QStringLiteral("title"), w.title},
                                     {QStringLiteral("title_latin"), w.titleLatin},
                                     {QStringLiteral("series"), w.series},
                                     {QStringLiteral("holders"), holders},
                                     {QStringLiteral("publications"), publications},
                                     {QStringLiteral("files"), assets},
                                     {QStringLiteral("catalogued_at"), w.createdAt},
                                     {QStringLiteral("reservation"), policy.toJson()},
                                     {QStringLiteral("reservation_recorded_since"), reservedSince}}));
    }

    // The licensing history with this party, or that there is none.
    RAKKAN_TRY(auto offers, licensing::OfferStore(catalog).list());
    QJsonArray withParty;
    for (const licensing::Offer &o : offers)
        if (o.counterparty.contains(theCase.host, Qt::CaseInsensitive) ||
            (!theCase.account.isEmpty() && o.counterparty.contains(theCase.account, Qt::CaseInsensitive)))
            withParty.append(QJsonObject{{QStringLiteral("offer_id"), o.id},
                                         {QStringLiteral("title"), o.title},
                                         {QStringLiteral("counterparty"), o.counterparty},
                                         {QStringLiteral("status"), licensing::OfferStatusMachine::key(o.status)},
                                         {QStringLiteral("received_on"), o.receivedOn.toString(Qt::ISODate)}});
    payload.add(QStringLiteral("data/licensing.json"),
                json(QJsonObject{{QStringLiteral("party"), theCase.account.isEmpty() ? theCase.host : theCase.account},
                                 {QStringLiteral("offers"), withParty},
                                 {QStringLiteral("statement"),
                                  withParty.isEmpty() ? QStringLiteral("The rights holder's records hold no licence "
                                                                       "or offer with this party.")
                                                      : QStringLiteral("Offers with this party are listed.")}}));

    // The case and its custody log.
    QJsonArray copies;
    for (const CaseCopy &c : theCase.copies)
        copies.append(copyJson(c));
    payload.add(QStringLiteral("data/case.json"),
                json(QJsonObject{{QStringLiteral("id"), theCase.id},
                                 {QStringLiteral("status"), CaseStatusMachine::key(theCase.status)},
                                 {QStringLiteral("page_url"), theCase.pageUrl},
                                 {QStringLiteral("host"), theCase.host},
                                 {QStringLiteral("platform"), theCase.platform},
                                 {QStringLiteral("account"), theCase.account},
                                 {QStringLiteral("first_seen"), theCase.firstSeen},
                                 {QStringLiteral("last_seen"), theCase.lastSeen},
                                 {QStringLiteral("copies"), copies}}));
    RAKKAN_TRY(auto history, CaseStore(catalog).history(theCase.id));
    QString custody;
    for (const catalog::ChainEvent &e : history)
        custody += QStringLiteral("%1  %2 -> %3  %4  [%5]\n").arg(e.at, e.from, e.to, e.note, e.hash);
    custody += QStringLiteral("%1  bag sealed by %2 (%3) with Rakkan %4\n")
                   .arg(now.toString(Qt::ISODateWithMs), signer.name, signer.did, QStringLiteral(RAKKAN_VERSION));
    payload.add(QStringLiteral("data/custody-log.txt"), custody.toUtf8());
    if (!options.crawlerReport.isEmpty())
        payload.add(QStringLiteral("data/crawler-log-audit.txt"), options.crawlerReport.toUtf8());
    payload.add(QStringLiteral("data/HOW-TO-VERIFY.txt"), howToVerify());
    const QString summary = summaryHtml(theCase, capture, workList, signer, matchedPictures);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        RAKKAN_TRY(auto pdf, imaging::HtmlPdf::render(summary, tr("Evidence, case %1").arg(theCase.id)));
        payload.add(QStringLiteral("data/summary.pdf"), pdf);
    }
    payload.add(QStringLiteral("data/summary.html"), summary.toUtf8());

    RAKKAN_TRY(auto complainant, CaseStore(catalog).complainant());
    const QList<QPair<QString, QString>> info{
        {QStringLiteral("Source-Organization"), complainant.name.isEmpty() ? signer.name : complainant.name},
        {QStringLiteral("Contact-Name"), complainant.name.isEmpty() ? signer.name : complainant.name},
        {QStringLiteral("Contact-Email"), complainant.email},
        {QStringLiteral("External-Identifier"), QStringLiteral("rakkan-case-%1").arg(theCase.id)},
        {QStringLiteral("External-Description"),
         QStringLiteral("Copies found at %1, captured %2").arg(theCase.pageUrl, capture.capturedAt)},
        {QStringLiteral("Bagging-Date"), now.date().toString(Qt::ISODate)},
        {QStringLiteral("Bag-Software-Agent"), QStringLiteral("Rakkan " RAKKAN_VERSION)}};

    EvidenceResult result;
    result.path = zipPath;
    result.payloadFiles = int(payload.files.size());
    const auto seal = [&](const QByteArray &tagManifest) -> Result<QMap<QString, QByteArray>> {
        QMap<QString, QByteArray> extra;
        const QByteArray digest = QCryptographicHash::hash(tagManifest, QCryptographicHash::Sha256);
        result.tagManifestSha256 = QString::fromLatin1(digest.toHex());
        RAKKAN_TRY(auto signature, signer.key.sign(tagManifest));
        extra.insert(QString::fromLatin1(kSignature), signature);
        extra.insert(QString::fromLatin1(kSignerKey), crypto::Ed25519::publicKeyPem(signer.key.publicKey()));
        extra.insert(QString::fromLatin1(kSignerInfo),
                     json(QJsonObject{{QStringLiteral("name"), signer.name},
                                      {QStringLiteral("did"), signer.did},
                                      {QStringLiteral("public_key_multibase"), signer.key.multibasePublicKey()},
                                      {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                      {QStringLiteral("signs"), QStringLiteral("tagmanifest-sha256.txt")}}));
        if (!options.tsaUrl.isEmpty()) {
            RAKKAN_TRY(auto stamp, TimeStampAuthority::stamp(options.tsaUrl, digest, options.tsaCaFile));
            extra.insert(QString::fromLatin1(kTimeStamp), stamp.responseDer);
            extra.insert(QString::fromLatin1(kTsaChain), stamp.chainPem);
            result.stampedAt = stamp.token.time;
            result.authority = stamp.token.authority;
        }
        return extra;
    };
    const QString bagName =
        QStringLiteral("rakkan-case-%1-%2").arg(theCase.id).arg(now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    RAKKAN_TRY(BagItWriter::write(zipPath, bagName, payload.files, info, seal));
    return result;
}

Result<EvidenceReport> EvidenceVerifier::verify(const QString &zipPath, const QByteArray &tsaAnchorsPem,
                                                const QString &expectedSigner)
{
    RAKKAN_TRY(auto bag, BagItReader::check(zipPath));
    EvidenceReport report;
    report.checks << EvidenceCheck{
        tr("Files"), bag.valid(),
        bag.valid() ? tr("%n file(s) under data/ match their SHA-256 in the manifest.", "", bag.payloadFiles)
                    : bag.failures.join(QLatin1Char('\n'))};
    const QByteArray tagManifest = bag.tagFiles.value(QStringLiteral("tagmanifest-sha256.txt"));
    const QByteArray signature = bag.tagFiles.value(QString::fromLatin1(EvidenceBag::kSignature));
    const QByteArray key =
        crypto::Ed25519::publicKeyFromPem(bag.tagFiles.value(QString::fromLatin1(EvidenceBag::kSignerKey)));
    const QJsonObject signer =
        QJsonDocument::fromJson(bag.tagFiles.value(QString::fromLatin1(EvidenceBag::kSignerInfo))).object();
    report.signerName = signer.value(QStringLiteral("name")).toString();
    const QString did = signer.value(QStringLiteral("did")).toString();
    if (tagManifest.isEmpty() || signature.isEmpty() || key.isEmpty()) {
        report.checks << EvidenceCheck{tr("Signature"), false, tr("The bag has no signature over its tag manifest.")};
    } else {
        auto ok = crypto::Ed25519::verify(key, tagManifest, signature);
        // The did:key named must be the key that signed: else the name on the bag is not the signer's.
        auto named = crypto::Ed25519::publicKeyFromMultibase(did.mid(QStringLiteral("did:key:").size()));
        const bool keyMatchesDid = did.startsWith(QLatin1String("did:key:")) && named.ok() && *named == key;
        const bool passed = ok.ok() && *ok && keyMatchesDid;
        if (passed)
            report.signer = did;
        report.checks << EvidenceCheck{
            tr("Signature"), passed,
            passed ? tr("Signed with the key %1, which calls itself \"%2\". Only the key is proved: compare it "
                        "with the creator's published key.")
                         .arg(did, report.signerName)
            : !keyMatchesDid ? tr("The key in rakkan-signer.pem is not the one the bag names (%1).").arg(did)
                             : tr("The signature over the tag manifest does not verify: the tag manifest or the "
                                  "signature was changed.")};
        if (!expectedSigner.isEmpty())
            report.checks << EvidenceCheck{tr("Signer"), passed && did == expectedSigner.trimmed(),
                                           passed && did == expectedSigner.trimmed()
                                               ? tr("The bag is signed with %1, as expected.").arg(did)
                                               : tr("The bag is not signed with %1.").arg(expectedSigner)};
    }
    const QByteArray stamp = bag.tagFiles.value(QString::fromLatin1(EvidenceBag::kTimeStamp));
    if (stamp.isEmpty()) {
        report.checks << EvidenceCheck{tr("Time-stamp"), false, tr("The bag has no time-stamp.")};
    } else if (tsaAnchorsPem.trimmed().isEmpty()) {
        const auto read = crypto::TimeStampToken::fromResponse(stamp);
        report.checks << EvidenceCheck{
            tr("Time-stamp"), false,
            tr("Not checked: give the time-stamping authority's certificate (--tsa-cert) to check it%1.")
                .arg(read ? tr("; it says %1 by %2").arg(read->time.toString(Qt::ISODate), read->authority)
                          : QString())};
    } else {
        const QByteArray digest = QCryptographicHash::hash(tagManifest, QCryptographicHash::Sha256);
        const auto reply = crypto::TimeStampReply::check(stamp, true, digest, tsaAnchorsPem);
        const bool passed = reply.failure == crypto::TimeStampFailure::None;
        if (reply.token) {
            report.stampedAt = reply.token->time;
            report.authority = reply.token->authority;
        }
        report.checks << EvidenceCheck{tr("Time-stamp"), passed,
                                       passed
                                           ? tr("The tag manifest existed at %1 (UTC), stamped by %2.")
                                                 .arg(reply.token->time.toString(Qt::ISODate), reply.token->authority)
                                           : TimeStampAuthority::describe(reply.failure, reply.statusText)};
    }
    return report;
}

} // namespace rakkan::enforcement
