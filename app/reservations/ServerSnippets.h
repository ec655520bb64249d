#pragma once

#include "reservations/ReservationPolicy.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rakkan::reservations {

// The reservation as HTTP response headers and HTML head tags, with ready configuration for nginx and Apache
// (.htaccess). Header values carry only URLs the policy validated; quotes are escaped for each server's syntax.
class ServerSnippets
{
public:
    using Header = QPair<QString, QString>;

    static QList<Header> headers(const ReservationPolicy &policy);
    static QString metaTags(const ReservationPolicy &policy);
    static QString nginx(const ReservationPolicy &policy);
    static QString htaccess(const ReservationPolicy &policy);
    // The robots meta / X-Robots-Tag tokens DeviantArt introduced (noai, noimageai), when training is reserved.
    static QString noAiTokens(const ReservationPolicy &policy);
};

} // namespace rakkan::reservations
