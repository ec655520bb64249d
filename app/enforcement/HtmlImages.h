#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace rakkan::enforcement {

// The pictures a web page shows, read from its HTML as served (no script runs): img src and srcset (and the lazy
// loaders' data-src), picture sources, og:image and twitter:image, link rel=image_src, links straight to image
// files, and url(...) in style attributes and style blocks. Absolute http(s) addresses, resolved against the page
// (or its <base href>), each once, in the order the page gives them.
class HtmlImages
{
public:
    static constexpr int kMaxImages = 200;
    static QList<QUrl> find(const QByteArray &html, const QUrl &pageUrl);
    // The value of <title>, for naming a case.
    static QString title(const QByteArray &html);
};

} // namespace rakkan::enforcement
