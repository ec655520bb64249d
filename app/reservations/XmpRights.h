#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QCoreApplication>

namespace rakkan::reservations {

// The rights metadata an image carries in XMP, through Exiv2: written into exported copies (IPTC PLUS DataMining
// with its full vocabulary URI, OtherConstraints, copyright, creator, rights holder, licensor and web statement,
// optionally the RSL licence itself), and read back from any image for the checker.
class XmpRights
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::XmpRights)

public:
    static constexpr const char *kPlusNamespace = "http://ns.useplus.org/ldf/xmp/1.0/";
    static constexpr const char *kVocabulary = "http://ns.useplus.org/ldf/vocab/";

    // The Exiv2 library in use (for Help > About).
    static QString exiv2Version();
    // The PLUS DataMining value (full URI) the policy stands for.
    static QString dataMiningUri(const ReservationPolicy &policy);
    // Whether OtherConstraints must be written (DMI-PROHIBITED-SEECONSTRAINT needs it).
    static bool needsOtherConstraints(const ReservationPolicy &policy);

    struct WriteOptions
    {
        bool embedRsl = false;
        QString title; // the work's title, for dc:title
    };
    // Writes the policy's XMP into `path`, which must be a copy Rakkan made: Exiv2 rewrites the file in place.
    static Result<void> write(const QString &path, const ReservationPolicy &policy, const WriteOptions &options);

    struct Read
    {
        QString dataMining; // as found (full URI, rdf:resource or bare token)
        QString otherConstraints;
        QString tdmReservation; // PDF-style XMP tdm:reservation, when present
        QStringList deprecated; // older or non-standard properties found
    };
    static Result<Read> read(const QString &path);
    static Finding judge(const Read &read, const QString &source);
};

} // namespace rakkan::reservations
