#include "net/Http.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace rakkan::net {

namespace {

struct Transfer
{
    QByteArray body;
    qsizetype limit = 0;
    bool keepFirst = false;
    bool tooLarge = false;
    int retryAfter = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->body.size() + qsizetype(n) > t->limit) {
        t->tooLarge = true;
        if (t->keepFirst)
            t->body.append(data, t->limit - t->body.size());
        return 0; // aborts the transfer
    }
    t->body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->headers.clear(); // a redirect's headers are not the answer's
        return size * count;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && t->headers.size() < 200)
        t->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    if (line.toLower().startsWith("retry-after:"))
        t->retryAfter = std::clamp(line.mid(12).trimmed().toInt(), 0, 3600);
    return size * count;
}

// Loopback, private (RFC 1918, unique local), carrier-grade NAT, link-local and unspecified addresses.
bool isPrivate(const curl_sockaddr *address)
{
    if (address->family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&address->addr);
        const quint32 a = ntohl(in->sin_addr.s_addr);
        return (a >> 24) == 0 || (a >> 24) == 10 || (a >> 24) == 127 || (a >> 20) == 0xAC1 || (a >> 16) == 0xC0A8 ||
               (a >> 16) == 0xA9FE || (a >> 22) == (100u << 2 | 1u);
    }
    if (address->family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&address->addr);
        const unsigned char *b = in6->sin6_addr.s6_addr;
        static const unsigned char loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        static const unsigned char unspecified[16] = {};
        if (std::memcmp(b, loopback, 16) == 0 || std::memcmp(b, unspecified, 16) == 0)
            return true;
        if ((b[0] & 0xFE) == 0xFC || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)) // fc00::/7, fe80::/10
            return true;
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
        if (std::memcmp(b, mapped, 12) == 0) { // ::ffff:a.b.c.d
            curl_sockaddr v4 = {};
            v4.family = AF_INET;
            auto *in = reinterpret_cast<sockaddr_in *>(&v4.addr);
            std::memcpy(&in->sin_addr, b + 12, 4);
            return isPrivate(&v4);
        }
        return false;
    }
    return true; // any other family is not the internet
}

struct SocketGuard
{
    bool refused = false;
};

curl_socket_t onOpenSocket(void *user, curlsocktype purpose, curl_sockaddr *address)
{
    auto *guard = static_cast<SocketGuard *>(user);
    if (purpose == CURLSOCKTYPE_IPCXN && isPrivate(address)) {
        guard->refused = true;
        return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype, address->protocol);
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(user);
    return cancel && cancel->load() ? 1 : 0; // non-zero aborts the transfer
}

// A whole sentence for each way an exchange can fail, so that no English fragment of libcurl's reaches the user.
QString sentenceFor(CURLcode code, bool tls)
{
    if (tls)
        return Http::tr("The server's certificate could not be verified, so nothing was sent to it.");
    switch (code) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return Http::tr("The address is not a valid http or https address.");
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
        return Http::tr("The server's name could not be found. Check the address and the internet connection.");
    case CURLE_COULDNT_CONNECT:
        return Http::tr("The server could not be reached: it refused the connection or is not running.");
    case CURLE_OPERATION_TIMEDOUT:
        return Http::tr("The server did not answer in time.");
    case CURLE_TOO_MANY_REDIRECTS:
        return Http::tr("The server sent the request on to other addresses too many times.");
    case CURLE_ABORTED_BY_CALLBACK:
        return Http::tr("The request was cancelled.");
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return Http::tr("The connection broke before the server's answer was complete.");
    case CURLE_OUT_OF_MEMORY:
        return Http::tr("There was not enough memory for the server's answer.");
    default:
        return Http::tr("The network request failed.");
    }
}

} // namespace

QString Http::libraryVersion()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(info->version), QString::fromLatin1(info->ssl_version));
}

Http::Http()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

Http::~Http()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

HttpResponse Http::perform(const HttpRequest &request)
{
    HttpResponse r;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        r.curlCode = -1;
        r.curlMessage = tr("The network library could not start.");
        return r;
    }
    curl_easy_reset(curl); // keeps the connection cache
    Transfer transfer;
    transfer.limit = request.maxAnswerBytes;
    transfer.keepFirst = request.keepFirstBytes;
    const QByteArray url = request.url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    if (request.maxRedirects > 0) {
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_MAXREDIRS, long(request.maxRedirects));
        curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https,http");
    }
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray ca = request.caFile.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(request.timeoutMs, 10000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (request.cancel) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, request.cancel.get());
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Rakkan/" RAKKAN_VERSION);
    SocketGuard guard;
    if (request.refusePrivateAddresses) {
        curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, onOpenSocket);
        curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &guard);
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L); // a pooled connection was opened without the check
    }
    if (request.recordCertificates) {
        curl_easy_setopt(curl, CURLOPT_CERTINFO, 1L);
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L); // a reused connection reports no chain
    }
    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (!request.body.isNull()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
    }
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    r.body = transfer.body;
    r.headers = transfer.headers;
    r.retryAfterSeconds = transfer.retryAfter;
    char *effective = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        r.finalUrl = QString::fromUtf8(effective);
    char *address = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_PRIMARY_IP, &address) == CURLE_OK && address)
        r.peerAddress = QString::fromLatin1(address);
    curl_certinfo *certinfo = nullptr;
    if (request.recordCertificates && curl_easy_getinfo(curl, CURLINFO_CERTINFO, &certinfo) == CURLE_OK && certinfo) {
        for (int i = 0; i < certinfo->num_of_certs; ++i)
            for (curl_slist *field = certinfo->certinfo[i]; field; field = field->next) {
                const QByteArray line(field->data);
                if (line.startsWith("Cert:"))
                    r.certificatesPem << line.mid(5);
            }
    }
    r.curlCode = int(code);
    r.tlsFailure = code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE ||
                   code == CURLE_SSL_CERTPROBLEM || code == CURLE_SSL_CONNECT_ERROR || code == CURLE_SSL_ISSUER_ERROR ||
                   code == CURLE_SSL_PINNEDPUBKEYNOTMATCH;
    r.timedOut = code == CURLE_OPERATION_TIMEDOUT;
    r.cancelled = code == CURLE_ABORTED_BY_CALLBACK;
    r.privateAddressRefused = guard.refused;
    if (code != CURLE_OK) {
        r.curlMessage = guard.refused ? tr("The address leads into this computer or its local network, which Rakkan "
                                           "does not fetch from a web page.")
                        : transfer.tooLarge
                            ? tr("The server's answer is larger than %1 bytes.").arg(request.maxAnswerBytes)
                            : sentenceFor(code, r.tlsFailure);
        r.curlDetail = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    }
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (transfer.tooLarge && request.keepFirstBytes) {
        r.truncated = true;
        r.curlCode = 0;
        r.curlMessage.clear();
        r.curlDetail.clear();
    } else if (transfer.tooLarge) {
        r.curlCode = -2;
    }
    return r;
}

QString HttpResponse::failure() const
{
    if (curlDetail.isEmpty())
        return curlMessage;
    return curlMessage + QStringLiteral(" (") + curlDetail + QLatin1Char(')');
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers)
        if (key == name)
            values << value;
    return values.join(", ");
}

} // namespace rakkan::net
