#pragma once

#include <QList>
#include <QString>

namespace rakkan::reservations {

// What one reservation mechanism says about AI use of a file or site.
enum class Verdict { Reserved, Allowed, Unknown, Contradictory };

QString verdictName(Verdict verdict);  // stable, for --json: reserved, allowed, unknown, contradictory
QString verdictLabel(Verdict verdict); // for people, translated

struct Finding
{
    QString mechanism; // "robots.txt", "tdmrep.json", "Content-Usage", "XMP plus:DataMining", ...
    Verdict verdict = Verdict::Unknown;
    QString detail;    // why, in the user's language
    QString source;    // the file, URL or header it comes from
    QStringList notes; // problems met on the way (malformed parts, deprecated forms), each a sentence
};

// Several mechanisms together: reserved when some reserve and none allows, allowed when some allow and none
// reserves, contradictory when both, unknown when none says anything.
Verdict combine(const QList<Finding> &findings);
// Two sources of one mechanism (a tdmrep.json rule and a header): the same rule.
Verdict combine(Verdict a, Verdict b);

} // namespace rakkan::reservations
