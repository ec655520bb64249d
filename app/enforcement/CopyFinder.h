#pragma once

#include "enforcement/Case.h"
#include "enforcement/PageCapture.h"
#include "matching/CatalogMatcher.h"

#include <QCoreApplication>

namespace rakkan::enforcement {

// One picture of a captured page and the catalogued works it copies.
struct FoundCopy
{
    CapturedImage image;
    QList<matching::Match> matches;
    QString error; // the picture could not be read or matched, in the user's language
};

// Which works a captured page copies: each of its pictures read within the decoding limits and matched against the
// catalogue with the same decision as Check an Image and `match`.
class CopyFinder
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::CopyFinder)

public:
    static QList<FoundCopy> find(const PageCapture &capture, const matching::CatalogMatcher &matcher,
                                 int threshold = matching::CatalogMatcher::kDefaultThreshold);
    // The case's copies: one per picture and work matched.
    static QList<CaseCopy> copiesOf(const QList<FoundCopy> &found);
    // The works proposed, in the order first found.
    static QList<qint64> works(const QList<FoundCopy> &found);
};

// Where a catalogue keeps its cases' files: "<catalogue>-cases/" beside it, one folder per capture and bag.
class CaseFolders
{
public:
    explicit CaseFolders(const QString &catalogPath);
    QString root() const { return m_root; }
    // A new, unused folder for a capture of `url`, named by the time and host.
    QString newCapture(const QUrl &url) const;
    QString evidenceFolder() const { return m_root + QStringLiteral("/evidence"); }
    QString noticeFolder() const { return m_root + QStringLiteral("/notices"); }
    // A path stored in the catalogue, relative to the root, made absolute (refused when it leads out of it).
    QString resolve(const QString &stored) const;
    QString relative(const QString &path) const;

private:
    QString m_root;
};

} // namespace rakkan::enforcement
