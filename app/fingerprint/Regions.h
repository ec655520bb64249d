#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace rakkan::fingerprint {

// Parts of a picture worth a fingerprint of their own. Global hashes like PDQ lose a copy after a few percent of
// cropping or a border; fingerprinting the picture without its border, centred crops and the panels of a comic
// page lets a cropped, letterboxed or screenshotted copy, or one lifted panel, still find its work.
struct Region
{
    QString key; // "full", "trim", "center92", "center84", "center76", "panel:X,Y,W,H"
    QRect rect;  // in the image's pixels
};

class Regions
{
public:
    // The picture without uniform borders (letterboxing, padding, a flat frame). The whole image when there is
    // none, or when trimming would leave almost nothing (a flat picture).
    static QRect contentRect(const QImage &image);

    // Comic panels found by cutting along gutters (rows or columns of plain background), at most 12, each at
    // least 6 % of the page. Empty for pictures that are not split into panels.
    static QList<QRect> panels(const QImage &image, const QRect &within);

    // What the catalogue stores for one of the user's works.
    static QList<Region> forCatalogue(const QImage &image);
    // What a suspect image is compared by: the whole of it, and its content without borders or chrome.
    static QList<Region> forQuery(const QImage &image);

    static QString panelKey(const QRect &panel, QSize imageSize);
    // The rectangle a stored key names in a picture of `imageSize` ("trim" depends on the pixels: the whole).
    static QRectF rectOf(const QString &key, QSizeF imageSize);
    // The picture turned by `degrees` and cropped to the largest upright rectangle of its proportions, as an
    // editor's "straighten" does.
    static QImage derotated(const QImage &image, double degrees);
};

} // namespace rakkan::fingerprint
