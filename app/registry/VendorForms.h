#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "credentials/CredentialWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace rakkan::registry {

// A vendor that takes opt-outs only through a web form (standards-optout.md section 8).
struct Vendor
{
    QString key;            // "openai-images", ...
    QString name;           // for people
    QString formUrl;        // where to go (empty: no form; the checklist says what to do instead)
    QStringList checklist;  // what the form asks, step by step
    bool wantsFiles = true; // the form asks for copies of the images
};

struct VendorSubmission
{
    qint64 workId = 0;
    QString title;
    QString vendor;
    QString state; // prepared, submitted, confirmed
    QString packetDir;
    QString updatedAt;
    QString remindAt;

    // Submitted, and the date to check again has come (ISO 8601 UTC strings compare in time order).
    bool isDue(const QString &nowIso) const
    {
        return state == QLatin1String("submitted") && !remindAt.isEmpty() && remindAt <= nowIso;
    }
};

// Packets for vendors without an API: for each work, copies of its files (the originals are only read), a
// spreadsheet of descriptions (defused against formulas) and the vendor's checklist; then the creator's own
// record of what was submitted, with a date to check again (none of these channels sends a receipt).
class VendorForms
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::registry::VendorForms)

public:
    static constexpr int kRemindAfterDays = 90;

    static const QList<Vendor> &vendors();
    static Result<Vendor> vendor(const QString &key);

    // Writes <directory>/<vendor key>/ and records the works as prepared. Returns the packet's folder. With
    // `credentials`, JPEG, PNG and WebP copies carry signed Content Credentials; other copies are plain.
    // Content Credentials for a packet's JPEG, PNG and WebP copies: who signs, and what each copy's manifest says.
    struct PacketCredentials
    {
        credentials::CredentialSigner signer;
        std::function<credentials::CredentialContent(const catalog::Work &, const catalog::Asset &)> content;
    };
    static Result<QString> writePacket(catalog::Catalog &catalog, const Vendor &vendor, const QList<qint64> &workIds,
                                       const QString &directory,
                                       const std::optional<PacketCredentials> &credentials = std::nullopt);
    static Result<void> mark(catalog::Catalog &catalog, const QString &vendor, const QList<qint64> &workIds,
                             const QString &state);
    static Result<QList<VendorSubmission>> list(catalog::Catalog &catalog);
};

} // namespace rakkan::registry
