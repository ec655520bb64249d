#include "matching/Verdict.h"

#include <cmath>

namespace rakkan::matching {

namespace {

// The nearest multiple of `step` (shown percentages are rounded to what a person would say).
int roundTo(double value, int step)
{
    return int(std::lround(value / step)) * step;
}

} // namespace

QString Verdicts::confidenceLabel(Confidence confidence)
{
    switch (confidence) {
    case Confidence::SamePicture:
        return tr("Your work, almost certainly");
    case Confidence::VeryLikely:
        return tr("Very likely a copy of your work");
    case Confidence::Possible:
        break;
    }
    return tr("Possibly a copy: compare them by eye");
}

QString Verdicts::confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::SamePicture:
        return QStringLiteral("same_picture");
    case Confidence::VeryLikely:
        return QStringLiteral("very_likely");
    case Confidence::Possible:
        break;
    }
    return QStringLiteral("possible");
}

QStringList Verdicts::changeKeys(const Verdict &verdict)
{
    QStringList keys;
    for (Verdict::Change change : verdict.changes)
        keys << changeKey(change);
    return keys;
}

QString Verdicts::evidence(const Match &match)
{
    QStringList said;
    if (match.alignment)
        said << tr("%n keypoint(s) line up.", nullptr, match.alignment->inliers);
    if (match.distance >= 0)
        said << tr("The fingerprints are %n bit(s) apart (of 256).", nullptr, match.distance);
    return said.join(QLatin1Char(' '));
}

QString Verdicts::changeKey(Verdict::Change change)
{
    switch (change) {
    case Verdict::Change::SamePicture:
        return QStringLiteral("same_picture");
    case Verdict::Change::Mirrored:
        return QStringLiteral("mirrored");
    case Verdict::Change::QuarterTurn:
        return QStringLiteral("quarter_turn");
    case Verdict::Change::Turned:
        return QStringLiteral("turned");
    case Verdict::Change::Cropped:
        return QStringLiteral("cropped");
    case Verdict::Change::PanelOfPage:
        return QStringLiteral("panel");
    case Verdict::Change::InsideLarger:
        return QStringLiteral("inside_larger_picture");
    case Verdict::Change::Covered:
        break;
    }
    return QStringLiteral("partly_covered");
}

Verdict Verdicts::of(const Match &m)
{
    Verdict v;
    v.confidence = m.confidence;
    auto add = [&v](Verdict::Change change, const QString &sentence) {
        v.changes << change;
        v.sentences << sentence;
    };
    if (m.alignment) {
        const features::Alignment &a = *m.alignment;
        // Turns near a quarter are named as such; a few degrees either way of upright are "turned". A mirror
        // upside down is a mirror top to bottom, and is named so.
        const double angle = a.rotation;
        int quarters = int(std::lround(angle / 90.0));
        const double rest = angle - quarters * 90.0;
        if (a.mirrored && ((quarters % 4) + 4) % 4 == 2) {
            add(Verdict::Change::Mirrored, tr("Mirrored top to bottom."));
            quarters = 0;
        } else if (a.mirrored) {
            add(Verdict::Change::Mirrored, tr("Mirrored left to right."));
        }
        if (quarters % 4 != 0) {
            v.turnDegrees = ((quarters % 4) + 4) % 4 * 90;
            add(Verdict::Change::QuarterTurn, v.turnDegrees == 180  ? tr("Upside down.")
                                              : v.turnDegrees == 90 ? tr("Turned a quarter turn anticlockwise.")
                                                                    : tr("Turned a quarter turn clockwise."));
        } else if (std::abs(rest) >= 1.5) {
            v.turnDegrees = int(std::lround(rest));
            add(Verdict::Change::Turned, rest > 0
                                             ? tr("Turned by about %1° anticlockwise.").arg(std::abs(v.turnDegrees))
                                             : tr("Turned by about %1° clockwise.").arg(std::abs(v.turnDegrees)));
        }
        v.shownPercent = std::clamp(roundTo(a.workShown * 100, 5), 5, 100);
        if (m.catalogueRegion.startsWith(QLatin1String("panel:")) || (a.workShown < 0.45 && v.shownPercent < 100))
            add(Verdict::Change::PanelOfPage,
                tr("Only a part of the work: about %1 % of it, such as one panel of a page.").arg(v.shownPercent));
        else if (a.workShown < 0.93)
            add(Verdict::Change::Cropped, tr("Cropped to about %1 % of the work.").arg(v.shownPercent));
        // Measured by the work's upright frame, so that a turned copy on a canvas grown to hold it is not taken
        // for a screenshot.
        if (a.frameCovered < 0.8)
            add(Verdict::Change::InsideLarger,
                tr("Shown inside a larger picture (a screenshot, a web page or a collage)."));
    } else {
        // Only the whole-picture fingerprint: what its orientation and region say.
        switch (m.orientation) {
        case fingerprint::Orientation::FlipX:
            add(Verdict::Change::Mirrored, tr("Mirrored top to bottom."));
            break;
        case fingerprint::Orientation::FlipY:
            add(Verdict::Change::Mirrored, tr("Mirrored left to right."));
            break;
        case fingerprint::Orientation::FlipPlus1:
        case fingerprint::Orientation::FlipMinus1:
            add(Verdict::Change::Mirrored, tr("Mirrored along a diagonal."));
            break;
        case fingerprint::Orientation::Rotate90:
            v.turnDegrees = 270;
            add(Verdict::Change::QuarterTurn, tr("Turned a quarter turn clockwise."));
            break;
        case fingerprint::Orientation::Rotate180:
            v.turnDegrees = 180;
            add(Verdict::Change::QuarterTurn, tr("Upside down."));
            break;
        case fingerprint::Orientation::Rotate270:
            v.turnDegrees = 90;
            add(Verdict::Change::QuarterTurn, tr("Turned a quarter turn anticlockwise."));
            break;
        case fingerprint::Orientation::Original:
            break;
        }
        if (m.catalogueRegion.startsWith(QLatin1String("panel:")))
            add(Verdict::Change::PanelOfPage, tr("One panel of the page."));
        else if (m.catalogueRegion.startsWith(QLatin1String("center"))) {
            // "center84" keeps 84 % of each side: about 70 % of the picture.
            const double side = m.catalogueRegion.mid(6).toDouble() / 100.0;
            v.shownPercent = roundTo(side * side * 100, 5);
            add(Verdict::Change::Cropped, tr("Cropped to about %1 % of the work.").arg(v.shownPercent));
        }
        if (m.queryRegion == QLatin1String("trim"))
            add(Verdict::Change::InsideLarger, tr("Shown inside a border or a larger picture."));
    }
    if (m.look && m.look->coveredBlocks() > 0)
        add(Verdict::Change::Covered, tr("Partly covered or painted over (a watermark, lettering or a sticker)."));
    if (v.changes.isEmpty())
        add(Verdict::Change::SamePicture, tr("The same picture, re-saved, resized or recompressed."));
    return v;
}

QString Verdict::summary() const
{
    return Verdicts::tr("%1. %2").arg(Verdicts::confidenceLabel(confidence), changesText());
}

QString Verdict::changesText() const
{
    QString text;
    for (const QString &sentence : sentences) {
        if (!text.isEmpty() && !text.endsWith(QChar(0x3002)))
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

} // namespace rakkan::matching
