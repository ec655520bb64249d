#include "registry/VendorForms.h"

#include "catalog/AssetCopies.h"
#include "core/AtomicFile.h"
#include "core/Csv.h"
#include "sqlite/Sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rakkan::registry {

namespace {

QString nowIso(qint64 addDays = 0)
{
    return QDateTime::currentDateTimeUtc().addDays(addDays).toString(Qt::ISODateWithMs);
}

} // namespace

const QList<Vendor> &VendorForms::vendors()
{
    static const QList<Vendor> list = {
        {QStringLiteral("openai-images"),
         QStringLiteral("OpenAI (image opt-out form)"),
         QStringLiteral("https://openai.com/form/images-opt-out/"),
         {tr("One request per image: the form asks for a copy of the image and a description."),
          tr("Upload each file from this packet's \"files\" folder, with its line from descriptions.csv."),
          tr("Give your name and the email address the confirmation should go to."),
          tr("Keep the confirmation email: the form sends no machine-readable receipt."),
          tr("Also block GPTBot in your site's robots.txt.")},
         true},
        {QStringLiteral("meta-personal-data"),
         QStringLiteral("Meta (personal information used for AI)"),
         QStringLiteral("https://www.facebook.com/help/contact/510058597920541"),
         {tr("This form is for personal information only, not for copyright: use it when Meta AI shows your "
             "personal details."),
          tr("Choose to object to or restrict the processing, and give your name and email address."),
          tr("Give the prompts that made Meta AI show your information, with screenshots as evidence."),
          tr("Also block meta-externalagent in your site's robots.txt.")},
         false},
        {QStringLiteral("stability-spawning"),
         QStringLiteral("Stability AI (through Spawning)"),
         QString(),
         {tr("Stability AI honours Spawning's Do Not Train registry: run \"rakkan-cli spawning handoff\" for the "
             "public URLs in descriptions.csv."),
          tr("Finish the opt-out on Have I Been Trained, logged in to your account.")},
         false},
        {QStringLiteral("adobe-content-credentials"),
         QStringLiteral("Adobe (Content Authenticity app)"),
         QStringLiteral("https://contentauthenticity.adobe.com/"),
         {tr("Sign in with a verified name or a linked social account."),
          tr("Apply the \"do not train\" preference to each file from this packet's \"files\" folder.")},
         true},
    };
    return list;
}

Result<Vendor> VendorForms::vendor(const QString &key)
{
    for (const Vendor &v : vendors())
        if (v.key == key)
            return v;
    QStringList keys;
    for (const Vendor &v : vendors())
        keys << v.key;
    return makeError(ErrorCode::InvalidArgument,
                     tr("Unknown vendor \"%1\"; known: %2.").arg(key, keys.join(QStringLiteral(", "))));
}

Result<QString> VendorForms::writePacket(catalog::Catalog &catalog, const Vendor &vendor, const QList<qint64> &workIds,
                                         const QString &directory, const std::optional<PacketCredentials> &credentials)
{
    const QString root = QDir(directory).filePath(vendor.key);
    const QString files = QDir(root).filePath(QStringLiteral("files"));
    if (!QDir().mkpath(vendor.wantsFiles ? files : root))
        return makeError(ErrorCode::Io, tr("The folder %1 could not be created.").arg(root));

    QStringList csv{csvRow({tr("work"), tr("file"), tr("title"), tr("title (Latin script)"), tr("series"),
                            tr("rights holders"), tr("published at"), QStringLiteral("ISCC-CODE")})};
    QList<qint64> prepared;
    for (const qint64 id : workIds) {
        RAKKAN_TRY(auto work, catalog.works().get(id));
        QStringList holders, urls;
        for (const auto &h : work.holders)
            holders << h.name;
        for (const auto &p : work.publications)
            urls << p.url;
        for (const auto &asset : work.assets) {
            QString copyName;
            if (vendor.wantsFiles) {
                copyName = catalog::AssetCopies::fileName(work, asset);
                const QString target = QDir(files).filePath(copyName);
                // Signed under a temporary name, so that no copy without its credential ever has the final one.
                const QString partial = target + QStringLiteral(".rakkan-partial");
                QFile::remove(partial); // left by an export that was interrupted
                RAKKAN_TRY(catalog::AssetCopies::copy(asset, partial));
                if (credentials) {
                    auto embedded = credentials::CredentialWriter::embedInFile(
                        partial, credentials->content(work, asset), credentials->signer);
                    if (!embedded.ok()) {
                        QFile::remove(partial);
                        return makeError(embedded.error().code, tr("%1: %2").arg(copyName, embedded.error().message));
                    }
                }
                QFile::remove(target);
                if (!QFile::rename(partial, target)) {
                    QFile::remove(partial);
                    return makeError(ErrorCode::Io, tr("%1 could not be put in place.").arg(target));
                }
            }
            csv << csvRow({QString::number(work.id), copyName, work.title, work.titleLatin, work.series,
                           holders.join(QStringLiteral("; ")), urls.join(QStringLiteral(" ")),
                           asset.iscc ? asset.iscc->isccCode : QString()});
        }
        prepared << id;
    }
    RAKKAN_TRY(writeFileAtomically(QDir(root).filePath(QStringLiteral("descriptions.csv")),
                                   (csv.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8()));
    QStringList checklist{QStringLiteral("# %1").arg(vendor.name), QString()};
    if (!vendor.formUrl.isEmpty())
        checklist << tr("Form: %1").arg(vendor.formUrl) << QString();
    for (const QString &step : vendor.checklist)
        checklist << QStringLiteral("- [ ] ") + step;
    checklist
        << QString()
        << tr("When done, record it: rakkan-cli vendor mark --vendor %1 --state submitted --work ID...").arg(vendor.key)
        << tr("Rakkan reminds you to check again after %1 days.").arg(kRemindAfterDays);
    RAKKAN_TRY(writeFileAtomically(QDir(root).filePath(QStringLiteral("CHECKLIST.md")),
                                   checklist.join(QLatin1Char('\n')).toUtf8() + '\n'));

    auto &db = catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral(
                   "INSERT INTO vendor_submissions (work_id, vendor, state, packet_dir, updated_at, remind_at) "
                   "VALUES (?1, ?2, 'prepared', ?3, ?4, NULL) ON CONFLICT (work_id, vendor) DO UPDATE SET "
                   "packet_dir = excluded.packet_dir, updated_at = excluded.updated_at WHERE state = 'prepared'")));
    for (const qint64 id : prepared) {
        stmt.reset();
        RAKKAN_TRY(stmt.bind(1, id).bind(2, vendor.key).bind(3, root).bind(4, nowIso()).exec());
    }
    RAKKAN_TRY(tx.commit());
    return root;
}

Result<void> VendorForms::mark(catalog::Catalog &catalog, const QString &vendorKey, const QList<qint64> &workIds,
                               const QString &state)
{
    if (state != QLatin1String("prepared") && state != QLatin1String("submitted") &&
        state != QLatin1String("confirmed"))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unknown state \"%1\"; use prepared, submitted or confirmed.").arg(state));
    RAKKAN_TRY(vendor(vendorKey));
    auto &db = catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(
        auto stmt,
        db.prepare(QStringLiteral(
            "INSERT INTO vendor_submissions (work_id, vendor, state, updated_at, remind_at) VALUES (?1, ?2, ?3, ?4, "
            "?5) "
            "ON CONFLICT (work_id, vendor) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, "
            "remind_at = excluded.remind_at")));
    // A submitted form is checked again later: vendors change their forms, and nothing confirms it for us.
    const QString remind = state == QLatin1String("submitted") ? nowIso(kRemindAfterDays) : QString();
    for (const qint64 id : workIds) {
        RAKKAN_TRY(catalog.works().get(id));
        stmt.reset();
        RAKKAN_TRY(
            stmt.bind(1, id).bind(2, vendorKey).bind(3, state).bind(4, nowIso()).bindTextOrNull(5, remind).exec());
    }
    return tx.commit();
}

Result<QList<VendorSubmission>> VendorForms::list(catalog::Catalog &catalog)
{
    RAKKAN_TRY(auto stmt,
               catalog.database().prepare(QStringLiteral(
                   "SELECT v.work_id, w.title, v.vendor, v.state, v.packet_dir, v.updated_at, v.remind_at "
                   "FROM vendor_submissions v JOIN works w ON w.id = v.work_id ORDER BY v.vendor, v.work_id")));
    QList<VendorSubmission> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << VendorSubmission{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)};
    }));
    return out;
}

} // namespace rakkan::registry
