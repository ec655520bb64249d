#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace rakkan::bench {

// One line of results on stdout, flushed at once so that a long run shows its progress through a pipe.
inline void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// The p-th quantile (0..1) of the values, nearest rank; 0 for none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, qsizetype(p * double(values.size())))];
}

} // namespace rakkan::bench
