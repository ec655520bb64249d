#pragma once

#include "matching/CatalogMatcher.h"

#include <QCoreApplication>
#include <QStringList>

namespace rakkan::matching {

// What a match means, in words that are true of it: how sure Rakkan is, and what was done to the work to give the
// copy (mirrored, turned by about so many degrees, cropped to about so much of it, shown inside a larger picture,
// partly covered). Each change is a whole sentence in the user's language.
struct Verdict
{
    enum class Change {
        SamePicture, // nothing but re-saving, resizing or recompressing
        Mirrored,
        QuarterTurn,
        Turned,
        Cropped,
        PanelOfPage,
        InsideLarger,
        Covered,
    };
    Confidence confidence = Confidence::Possible;
    QList<Change> changes;
    QStringList sentences; // one a change, in the user's language
    int turnDegrees = 0;   // for Turned and QuarterTurn: counter-clockwise positive
    int shownPercent = 100;

    // "Very likely a copy: mirrored, turned by about 10° clockwise." for one line of output.
    QString summary() const;
    // The sentences as one text: spaced after a Latin full stop, not after a Japanese one.
    QString changesText() const;
    bool has(Change change) const { return changes.contains(change); }
};

class Verdicts
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::matching::Verdicts)

public:
    static Verdict of(const Match &match);
    static QString confidenceLabel(Confidence confidence);
    // What the decision rests on, for a person who wants to check it: "143 keypoints line up. The fingerprints
    // are 8 bits apart (of 256)."
    static QString evidence(const Match &match);
    // Stable keys for scripts ("very_likely"; "mirrored", "turned", ...).
    static QString confidenceKey(Confidence confidence);
    static QString changeKey(Verdict::Change change);
    static QStringList changeKeys(const Verdict &verdict);
};

} // namespace rakkan::matching
