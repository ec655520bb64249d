#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace rakkan::matching {

// The edits copies go through on their way around the internet, for measuring how well fingerprints survive
// them (rakkan-cli eval) and for tests.
struct Transform
{
    QString key;
    std::function<QImage(const QImage &)> apply;
};

class Transforms
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::matching::Transforms)

public:
    static const QList<Transform> &all();
    static QString label(const QString &key);
};

} // namespace rakkan::matching
