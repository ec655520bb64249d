#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>

namespace rakkan::enforcement {

// One request and what came back, as a court would want it recorded.
struct Exchange
{
    QString url;
    QString at; // UTC, ISO 8601
    long status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString peerAddress;
    QList<QByteArray> certificatesPem; // the TLS chain the server presented, leaf first
    QString redirectTo;                // a redirect's target, resolved
    QString error;                     // why no answer came, in the user's language
    qint64 bytes = 0;
    QString sha256;  // of the body as received
    QString savedAs; // the body's file in the capture, relative

    QJsonObject toJson() const;
    static Exchange fromJson(const QJsonObject &o);
    QByteArray header(const QByteArray &name) const;
};

struct CapturedImage
{
    QUrl url;
    QString savedAs; // relative to the capture's folder; empty when it could not be fetched
    QString sha256;
    QString error;
};

// A page as it was served at one moment: the HTML, every exchange (redirects included, with headers, addresses and
// TLS chains) and the pictures it shows, each downloaded once within limits.
struct PageCapture
{
    QUrl pageUrl;
    QUrl finalUrl;
    QString capturedAt;
    long status = 0;
    QString title;
    QString pageSavedAs; // "page.html", or the picture itself when the address is a picture
    QString pageSha256;
    QList<Exchange> exchanges;
    QList<CapturedImage> images;
    QString folder; // where it is kept

    bool gone() const { return status == 404 || status == 410; }
};

struct CaptureLimits
{
    qsizetype maxPageBytes = 8 << 20;
    qsizetype maxImageBytes = 32 << 20;
    int maxImages = 60;
    int timeoutMs = 20000;       // each request
    int totalTimeoutMs = 180000; // the whole capture: a slow server cannot hold it for hours
    int maxRedirects = 5;
    QString caFile; // extra trust for a private CA (tests); peers are always verified
    std::shared_ptr<std::atomic<bool>> cancel;
};

// Fetches a page and its pictures into a folder of its own and reads such a folder back. Each redirect is followed
// by hand so that every hop is recorded; only http(s) is followed.
class PageCapturer
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::PageCapturer)

public:
    // Writes into `folder` (created; must not exist yet): page.html (or the picture), images/NN.ext and
    // capture.json. An answer other than 2xx is still a capture (a removed page is evidence of removal); no answer
    // at all is an error.
    static Result<PageCapture> capture(const QUrl &url, const QString &folder, const CaptureLimits &limits = {});
    static Result<PageCapture> load(const QString &folder);
};

} // namespace rakkan::enforcement
