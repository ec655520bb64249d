#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QStringList>

#include <functional>

namespace rakkan::matching {

// Measures how well each of Rakkan's matching methods finds transformed copies: every original is indexed, every
// transform of every original is a query that should find it, and distractors (pictures not indexed) and their
// transforms are queries that should find nothing. Each method's threshold is the largest distance at which at
// most 0.1 % of distractor queries match anything; recall per transform is reported at that threshold.
struct EvaluationReport
{
    QStringList methods;                      // "pdq", "pdq-dihedral", "rakkan"
    QStringList transforms;                   // Transforms::all() keys, plus "original"
    QHash<QString, int> threshold;            // per method
    QHash<QString, double> falsePositiveRate; // per method, at its threshold
    QHash<QString, double> recall;            // key: method + '/' + transform
    QHash<QString, double> recallAtDefault;   // the same at the product's threshold of 31
    int originals = 0;
    int distractorQueries = 0;
};

class Evaluation
{
public:
    static constexpr double kMaxFalsePositiveRate = 0.001;
    static constexpr int kMaxThreshold = 63;

    using Progress = std::function<void(int done, int total)>;
    static EvaluationReport run(const QList<QImage> &originals, const QList<QImage> &distractors,
                                const Progress &progress = {});
};

} // namespace rakkan::matching
