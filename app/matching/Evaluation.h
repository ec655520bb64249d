#pragma once

#include "core/Result.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace rakkan::matching {

// How well "is this mine?" answers, measured the way a user meets it: the originals are imported into a catalogue
// of their own, every transform of every original is a copy that must find its work at the default settings, and
// unrelated pictures (and their transforms) must find nothing. Plain PDQ (the whole picture, one orientation, at
// its advised 31 bits), as peer tools use it, is measured on the same copies beside it.
struct EvaluationReport
{
    QStringList transforms;              // "original", then Transforms::all() keys
    QHash<QString, double> rakkanRecall; // per transform
    QHash<QString, double> pdqRecall;    // per transform
    double rakkanFalseMatchRate = 0;     // unrelated queries reported as one of the works
    double pdqFalseMatchRate = 0;
    QStringList falseMatches; // "unrelated file (transform) -> original file", to look at
    QStringList misses;       // "original file (transform)"
    int originals = 0;
    int unrelatedQueries = 0;
    double medianQueryMs = 0;     // Rakkan's answer per copy, on the threads the run used
    double averageRecall() const; // over the transforms
    double worstRecall() const;
};

class Evaluation
{
public:
    using Progress = std::function<void(int done, int total)>;
    // `workFolder` holds the evaluation's catalogue; it must be empty or not exist.
    static Result<EvaluationReport> run(const QStringList &originals, const QStringList &unrelated,
                                        const QString &workFolder, const Progress &progress = {});
};

} // namespace rakkan::matching
