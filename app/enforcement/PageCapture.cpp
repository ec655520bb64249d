#include "enforcement/PageCapture.h"

#include "core/AtomicFile.h"
#include "enforcement/HtmlImages.h"
#include "net/Http.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rakkan::enforcement {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString extensionFor(const QByteArray &contentType, const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (bytes.startsWith("GIF8"))
        return QStringLiteral("gif");
    if (bytes.mid(4, 4) == "ftyp")
        return QStringLiteral("heif");
    if (contentType.startsWith("text/html"))
        return QStringLiteral("html");
    return QStringLiteral("bin");
}

bool isPicture(const QByteArray &contentType, const QByteArray &bytes)
{
    return contentType.startsWith("image/") || extensionFor(QByteArray(), bytes) != QLatin1String("bin");
}

struct Fetched
{
    QList<Exchange> hops;
    QByteArray body;
    long status = 0;
    QUrl finalUrl;
    QByteArray contentType;
};

// Follows redirects one by one, recording each. Only `typedHost`, the host the user asked for, may be on this
// computer or its network: a page cannot point a fetch at a router or a metadata service.
Result<Fetched> fetch(net::Http &http, const QUrl &start, qsizetype maxBytes, const CaptureLimits &limits,
                      const QString &typedHost, const QElapsedTimer &clock)
{
    Fetched f;
    QUrl url = start;
    for (int hop = 0; hop <= limits.maxRedirects; ++hop) {
        const qint64 left = qint64(limits.totalTimeoutMs) - clock.elapsed();
        if (left <= 0)
            return makeError(ErrorCode::Unavailable,
                             PageCapturer::tr("%1: the capture took longer than %n second(s) and was stopped.", "",
                                              limits.totalTimeoutMs / 1000)
                                 .arg(url.toString()));
        net::HttpRequest request;
        request.url = url.toString(QUrl::FullyEncoded);
        request.maxAnswerBytes = maxBytes;
        request.timeoutMs = int(std::min<qint64>(limits.timeoutMs, left));
        request.refusePrivateAddresses = url.host().compare(typedHost, Qt::CaseInsensitive) != 0;
        request.caFile = limits.caFile;
        request.cancel = limits.cancel;
        request.recordCertificates = url.scheme() == QLatin1String("https");
        request.headers << "Accept: text/html,application/xhtml+xml,image/avif,image/webp,image/*;q=0.9,*/*;q=0.8";
        const net::HttpResponse response = http.perform(request);
        Exchange e;
        e.url = request.url;
        e.at = isoNow();
        e.status = response.status;
        e.headers = response.headers;
        e.peerAddress = response.peerAddress;
        e.certificatesPem = response.certificatesPem;
        e.bytes = response.body.size();
        if (response.curlCode != 0) {
            e.error = response.failure();
            f.hops << e;
            return makeError(response.cancelled ? ErrorCode::Cancelled : ErrorCode::Unavailable,
                             PageCapturer::tr("%1: %2").arg(request.url, response.curlMessage));
        }
        e.sha256 = hexSha256(response.body);
        const QByteArray location = response.header("location");
        if (response.status >= 300 && response.status < 400 && !location.isEmpty()) {
            const QUrl next = url.resolved(QUrl::fromEncoded(location.trimmed()));
            e.redirectTo = next.toString(QUrl::FullyEncoded);
            f.hops << e;
            if (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http"))
                return makeError(ErrorCode::InvalidArgument,
                                 PageCapturer::tr("%1 sends the request on to %2, which is not a web address.")
                                     .arg(request.url, e.redirectTo));
            url = next;
            continue;
        }
        f.hops << e;
        f.body = response.body;
        f.status = response.status;
        f.finalUrl = url;
        f.contentType = response.header("content-type").toLower();
        return f;
    }
    return makeError(
        ErrorCode::InvalidArgument,
        PageCapturer::tr("%1 sends the request on more than %2 times.").arg(start.toString()).arg(limits.maxRedirects));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, bytes);
}

} // namespace

QByteArray Exchange::header(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers)
        if (key == name)
            values << value;
    return values.join(", ");
}

QJsonObject Exchange::toJson() const
{
    QJsonArray h;
    for (const auto &[key, value] : headers)
        h.append(QJsonArray{QString::fromLatin1(key), QString::fromLatin1(value)});
    QJsonArray chain;
    for (const QByteArray &pem : certificatesPem)
        chain.append(QString::fromLatin1(pem));
    QJsonObject o{{QStringLiteral("url"), url},
                  {QStringLiteral("at"), at},
                  {QStringLiteral("status"), int(status)},
                  {QStringLiteral("headers"), h},
                  {QStringLiteral("peer_address"), peerAddress},
                  {QStringLiteral("tls_chain"), chain},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("sha256"), sha256}};
    if (!redirectTo.isEmpty())
        o.insert(QStringLiteral("redirect_to"), redirectTo);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!savedAs.isEmpty())
        o.insert(QStringLiteral("saved_as"), savedAs);
    return o;
}

Exchange Exchange::fromJson(const QJsonObject &o)
{
    Exchange e;
    e.url = o.value(QStringLiteral("url")).toString();
    e.at = o.value(QStringLiteral("at")).toString();
    e.status = o.value(QStringLiteral("status")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("headers")).toArray())
        e.headers.append({v.toArray().at(0).toString().toLatin1(), v.toArray().at(1).toString().toLatin1()});
    e.peerAddress = o.value(QStringLiteral("peer_address")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("tls_chain")).toArray())
        e.certificatesPem << v.toString().toLatin1();
    e.redirectTo = o.value(QStringLiteral("redirect_to")).toString();
    e.error = o.value(QStringLiteral("error")).toString();
    e.bytes = o.value(QStringLiteral("bytes")).toInteger();
    e.sha256 = o.value(QStringLiteral("sha256")).toString();
    e.savedAs = o.value(QStringLiteral("saved_as")).toString();
    return e;
}

Result<PageCapture> PageCapturer::capture(const QUrl &url, const QString &folder, const CaptureLimits &limits)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not the address of a web page (http or https).").arg(url.toString()));
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("%1 already holds a capture.").arg(folder));
    if (!QDir().mkpath(folder + QStringLiteral("/images")))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(folder));

    PageCapture capture;
    capture.pageUrl = url;
    capture.capturedAt = isoNow();
    capture.folder = folder;
    net::Http http;
    QElapsedTimer clock;
    clock.start();
    RAKKAN_TRY(auto page, fetch(http, url, limits.maxPageBytes, limits, url.host(), clock));
    capture.exchanges = page.hops;
    capture.status = page.status;
    capture.finalUrl = page.finalUrl;
    capture.pageSha256 = hexSha256(page.body);
    QList<QUrl> pictures;
    if (isPicture(page.contentType, page.body) && page.status >= 200 && page.status < 300) {
        // The address is a picture itself (a direct link to a copy).
        capture.pageSavedAs = QStringLiteral("page.") + extensionFor(page.contentType, page.body);
        RAKKAN_TRY(writeFile(dir.filePath(capture.pageSavedAs), page.body));
        capture.images << CapturedImage{page.finalUrl, capture.pageSavedAs, capture.pageSha256, {}};
    } else {
        capture.pageSavedAs = QStringLiteral("page.html");
        RAKKAN_TRY(writeFile(dir.filePath(capture.pageSavedAs), page.body));
        capture.title = HtmlImages::title(page.body);
        if (page.status >= 200 && page.status < 300)
            pictures = HtmlImages::find(page.body, page.finalUrl);
    }
    capture.exchanges.last().savedAs = capture.pageSavedAs;

    int index = 0;
    for (const QUrl &picture : pictures) {
        if (index >= limits.maxImages)
            break;
        ++index;
        CapturedImage image{picture, {}, {}, {}};
        auto fetched = fetch(http, picture, limits.maxImageBytes, limits, url.host(), clock);
        if (!fetched.ok()) {
            if (fetched.error().code == ErrorCode::Cancelled)
                return fetched.error();
            image.error = fetched.error().message;
            capture.images << image;
            continue;
        }
        capture.exchanges << fetched->hops;
        if (fetched->status < 200 || fetched->status >= 300) {
            image.error = tr("The server answered %1.").arg(fetched->status);
        } else {
            image.savedAs = QStringLiteral("images/%1.%2")
                                .arg(index, 3, 10, QLatin1Char('0'))
                                .arg(extensionFor(fetched->contentType, fetched->body));
            image.sha256 = hexSha256(fetched->body);
            RAKKAN_TRY(writeFile(dir.filePath(image.savedAs), fetched->body));
            capture.exchanges.last().savedAs = image.savedAs;
        }
        capture.images << image;
    }

    QJsonArray exchanges, images;
    for (const Exchange &e : capture.exchanges)
        exchanges.append(e.toJson());
    for (const CapturedImage &i : capture.images) {
        QJsonObject o{{QStringLiteral("url"), i.url.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("saved_as"), i.savedAs},
                      {QStringLiteral("sha256"), i.sha256}};
        if (!i.error.isEmpty())
            o.insert(QStringLiteral("error"), i.error);
        images.append(o);
    }
    const QJsonObject record{{QStringLiteral("page_url"), url.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("final_url"), capture.finalUrl.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("captured_at"), capture.capturedAt},
                             {QStringLiteral("status"), int(capture.status)},
                             {QStringLiteral("title"), capture.title},
                             {QStringLiteral("page"), capture.pageSavedAs},
                             {QStringLiteral("page_sha256"), capture.pageSha256},
                             {QStringLiteral("exchanges"), exchanges},
                             {QStringLiteral("images"), images},
                             {QStringLiteral("software"), QStringLiteral("Rakkan " RAKKAN_VERSION)}};
    RAKKAN_TRY(writeFile(dir.filePath(QStringLiteral("capture.json")), QJsonDocument(record).toJson()));
    return capture;
}

Result<PageCapture> PageCapturer::load(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("capture.json")));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 holds no capture.").arg(folder));
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 << 20)).object();
    if (o.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The capture in %1 is damaged.").arg(folder));
    PageCapture c;
    c.folder = folder;
    c.pageUrl = QUrl(o.value(QStringLiteral("page_url")).toString());
    c.finalUrl = QUrl(o.value(QStringLiteral("final_url")).toString());
    c.capturedAt = o.value(QStringLiteral("captured_at")).toString();
    c.status = o.value(QStringLiteral("status")).toInt();
    c.title = o.value(QStringLiteral("title")).toString();
    c.pageSavedAs = o.value(QStringLiteral("page")).toString();
    // A capture is read from the case's own folder: no name in it may lead out of it.
    const auto outside = [](const QString &name) {
        return name.contains(QLatin1String("..")) || QDir::isAbsolutePath(name) || name.contains(QLatin1Char('\\'));
    };
    if (outside(c.pageSavedAs))
        return makeError(ErrorCode::Corrupt, tr("The capture in %1 is damaged.").arg(folder));
    c.pageSha256 = o.value(QStringLiteral("page_sha256")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("exchanges")).toArray()) {
        c.exchanges << Exchange::fromJson(v.toObject());
        if (outside(c.exchanges.last().savedAs))
            return makeError(ErrorCode::Corrupt, tr("The capture in %1 is damaged.").arg(folder));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("images")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString saved = i.value(QStringLiteral("saved_as")).toString();
        if (outside(saved))
            return makeError(ErrorCode::Corrupt, tr("The capture in %1 is damaged.").arg(folder));
        c.images << CapturedImage{QUrl(i.value(QStringLiteral("url")).toString()), saved,
                                  i.value(QStringLiteral("sha256")).toString(),
                                  i.value(QStringLiteral("error")).toString()};
    }
    return c;
}

} // namespace rakkan::enforcement
