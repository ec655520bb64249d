#include "reservations/XmpRights.h"

#include "reservations/Rsl.h"
#include "reservations/TdmRep.h"

#include <QFile>

#include <exiv2/exiv2.hpp>
#include <memory>
#include <mutex>

namespace rakkan::reservations {

namespace {

// Exiv2's XMP toolkit keeps global state; it must be initialised once and used from one thread at a time.
std::mutex &exivMutex()
{
    static std::mutex m;
    return m;
}

// Messages Exiv2 logged during the current call (under exivMutex).
QStringList &exivLog()
{
    static QStringList log;
    return log;
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
        // Exiv2 reports some failures (an XMP packet it cannot encode) only to its log: collect them.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::error);
        Exiv2::LogMsg::setHandler([](int, const char *message) { exivLog() << QString::fromUtf8(message).trimmed(); });
        // TDMRep's PDF namespace, unknown to Exiv2 0.27: registered so that its properties read by prefix.
        Exiv2::XmpProperties::registerNs("http://www.w3.org/ns/tdmrep/", "tdm");
    });
}

QString segmentOf(const QString &value)
{
    return value.section(QLatin1Char('/'), -1).trimmed();
}

} // namespace

QString XmpRights::exiv2Version()
{
    return QString::fromStdString(Exiv2::versionString());
}

QString XmpRights::dataMiningUri(const ReservationPolicy &policy)
{
    QString token = QStringLiteral("DMI-ALLOWED");
    if (policy.offersLicences && policy.reservesAnything())
        token = QStringLiteral("DMI-PROHIBITED-SEECONSTRAINT");
    else if (policy.reserveTraining && policy.reserveAiInput && policy.allowSearch)
        token = QStringLiteral("DMI-PROHIBITED-EXCEPTSEARCHENGINEINDEXING");
    else if (policy.reserveTraining && policy.reserveAiInput)
        token = QStringLiteral("DMI-PROHIBITED");
    else if (policy.reserveTraining)
        token = QStringLiteral("DMI-PROHIBITED-AIMLTRAINING");
    else if (policy.reserveGenerativeTraining)
        token = QStringLiteral("DMI-PROHIBITED-GENAIMLTRAINING");
    else if (policy.reserveAiInput)
        token = QStringLiteral("DMI-PROHIBITED-SEECONSTRAINT");
    return QLatin1String(kVocabulary) + token;
}

bool XmpRights::needsOtherConstraints(const ReservationPolicy &policy)
{
    return dataMiningUri(policy).endsWith(QLatin1String("SEECONSTRAINT")) || policy.reservesAnything();
}

Result<void> XmpRights::write(const QString &path, const ReservationPolicy &policy, const WriteOptions &options)
{
    std::lock_guard lock(exivMutex());
    initialiseOnce();
    try {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        if (!image.get())
            return makeError(ErrorCode::UnsupportedFormat, tr("%1: Exiv2 cannot open this file.").arg(path));
        image->readMetadata();
        Exiv2::XmpData &xmp = image->xmpData();
        auto text = [](const QString &s) { return s.toUtf8().toStdString(); };
        auto langAlt = [&](const char *key, const QString &value) {
            Exiv2::LangAltValue v;
            v.read(text(QStringLiteral("lang=x-default ") + value));
            xmp[key] = v;
        };
        xmp["Xmp.plus.DataMining"] = text(dataMiningUri(policy));
        if (needsOtherConstraints(policy))
            langAlt("Xmp.plus.OtherConstraints", policy.conditionText());
        const QString holder = policy.rightsHolder.isEmpty() ? policy.creator : policy.rightsHolder;
        if (!policy.copyrightNotice.isEmpty())
            langAlt("Xmp.dc.rights", policy.copyrightNotice);
        if (!options.title.isEmpty())
            langAlt("Xmp.dc.title", options.title);
        if (!policy.creator.isEmpty())
            xmp["Xmp.dc.creator"] = text(policy.creator); // Exiv2 knows dc:creator is a sequence
        xmp["Xmp.xmpRights.Marked"] = "True";
        if (!policy.termsUrl.isEmpty())
            xmp["Xmp.xmpRights.WebStatement"] = text(policy.termsUrl);
        auto structArray = [&](const char *array, const QList<QPair<const char *, QString>> &fields) {
            Exiv2::XmpTextValue seq;
            seq.setXmpArrayType(Exiv2::XmpValue::xaSeq);
            xmp.add(Exiv2::XmpKey(array), &seq);
            for (const auto &[field, value] : fields)
                if (!value.isEmpty())
                    xmp[std::string(array) + "[1]/" + field] = text(value);
        };
        if (!holder.isEmpty())
            structArray("Xmp.plus.CopyrightOwner", {{"plus:CopyrightOwnerName", holder}});
        if (!policy.creator.isEmpty())
            structArray("Xmp.plus.ImageCreator", {{"plus:ImageCreatorName", policy.creator}});
        if (!holder.isEmpty() || !policy.termsUrl.isEmpty() || !policy.contactEmail.isEmpty())
            structArray("Xmp.plus.Licensor",
                        {{"plus:LicensorName", holder},
                         {"plus:LicensorEmail", policy.contactEmail},
                         {"plus:LicensorURL", policy.termsUrl.isEmpty() ? policy.siteUrl : policy.termsUrl}});
        if (options.embedRsl)
            structArray("Xmp.iptcExt.EmbdEncRightsExpr",
                        {{"iptcExt:EncRightsExpr", QString::fromUtf8(Rsl::write(policy))},
                         {"iptcExt:RightsExprEncType", QLatin1String(Rsl::kMediaType)},
                         {"iptcExt:RightsExprLangId", QLatin1String(Rsl::kNamespace)}});
        exivLog().clear();
        image->writeMetadata();
        // Exiv2 writes a file without the XMP it could not encode and only logs it: read the value back.
        auto check = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        check->readMetadata();
        const auto found = check->xmpData().findKey(Exiv2::XmpKey("Xmp.plus.DataMining"));
        if (found == check->xmpData().end() || QString::fromStdString(found->toString()) != dataMiningUri(policy))
            return makeError(
                ErrorCode::UnsupportedFormat,
                tr("%1: the rights metadata could not be written: %2")
                    .arg(path, exivLog().isEmpty() ? tr("Exiv2 wrote no XMP.") : exivLog().join(QLatin1Char(' '))));
    } catch (const Exiv2::AnyError &e) {
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("%1: the rights metadata could not be written: %2").arg(path, QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Io,
                         tr("%1: the rights metadata could not be written: %2").arg(path, QString::fromUtf8(e.what())));
    }
    return {};
}

Result<XmpRights::Read> XmpRights::read(const QString &path)
{
    std::lock_guard lock(exivMutex());
    initialiseOnce();
    Read out;
    try {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        if (!image.get())
            return makeError(ErrorCode::UnsupportedFormat, tr("%1: Exiv2 cannot open this file.").arg(path));
        image->readMetadata();
        for (const Exiv2::Xmpdatum &d : image->xmpData()) {
            const QString key = QString::fromStdString(d.key());
            const QString ns = QString::fromStdString(Exiv2::XmpProperties::ns(d.groupName()));
            const QString name = QString::fromStdString(d.tagName());
            const QString value = QString::fromUtf8(d.toString().c_str());
            if (name == QLatin1String("DataMining")) {
                if (ns == QLatin1String(kPlusNamespace))
                    out.dataMining = value;
                else
                    out.deprecated << tr("DataMining in the namespace %1, which is not PLUS's (%2).")
                                          .arg(ns, QLatin1String(kPlusNamespace));
            } else if (name == QLatin1String("OtherConstraints") && ns == QLatin1String(kPlusNamespace)) {
                out.otherConstraints =
                    value.startsWith(QLatin1String("lang=")) ? value.section(QLatin1Char(' '), 1) : value;
            } else if (name == QLatin1String("reservation") && d.groupName() == "tdm") {
                out.tdmReservation = value;
            } else if (name.startsWith(QLatin1String("DMI-")) || name == QLatin1String("reserve_tdm")) {
                out.deprecated << tr("%1 is a deprecated form; current tools read plus:DataMining.").arg(key);
            }
        }
    } catch (const Exiv2::AnyError &e) {
        return makeError(ErrorCode::Corrupt,
                         tr("%1: the metadata could not be read: %2").arg(path, QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Corrupt,
                         tr("%1: the metadata could not be read: %2").arg(path, QString::fromUtf8(e.what())));
    }
    return out;
}

Finding XmpRights::judge(const Read &read, const QString &source)
{
    Finding f{QStringLiteral("XMP plus:DataMining"), Verdict::Unknown, {}, source, read.deprecated};
    // The full URI, an rdf:resource and a bare token all end in the same vocabulary term.
    const QString term = segmentOf(read.dataMining);
    if (term.startsWith(QLatin1String("DMI-PROHIBITED"))) {
        f.verdict = Verdict::Reserved;
        f.detail = tr("Data mining is prohibited (%1).").arg(term);
        if (term == QLatin1String("DMI-PROHIBITED-SEECONSTRAINT") && read.otherConstraints.trimmed().isEmpty())
            f.notes << tr("DMI-PROHIBITED-SEECONSTRAINT needs plus:OtherConstraints, which is empty.");
        if (!read.otherConstraints.isEmpty())
            f.detail += QLatin1Char(' ') + tr("Condition: %1").arg(read.otherConstraints);
    } else if (term == QLatin1String("DMI-ALLOWED")) {
        f.verdict = Verdict::Allowed;
        f.detail = tr("Data mining is allowed.");
    } else if (read.dataMining.isEmpty()) {
        f.detail = tr("The file carries no plus:DataMining.");
    } else {
        f.detail = tr("plus:DataMining is \"%1\", which says nothing definite.").arg(read.dataMining);
    }
    if (!read.tdmReservation.isEmpty())
        f.verdict = combine(f.verdict, TdmRep::judgeValue(read.tdmReservation));
    return f;
}

} // namespace rakkan::reservations
