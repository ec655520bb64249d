#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>

namespace rakkan::net {

struct HttpRequest
{
    QString url;
    QByteArray body;           // POST when not null
    QList<QByteArray> headers; // "Name: value"
    QString caFile;            // extra trust for a private CA; peers are always verified
    int timeoutMs = 20000;
    qsizetype maxAnswerBytes = 1 << 20;
    bool keepFirstBytes = false; // a longer answer is cut at maxAnswerBytes (truncated) instead of refused
    int maxRedirects = 0;        // followed over http(s) only
    // Keep the server's certificate chain (evidence of who served a page): the exchange opens a fresh connection.
    bool recordCertificates = false;
    // Refuse to connect to this computer, the local network or link-local addresses (a hostile page pointing a
    // fetch at a router or a cloud metadata service); checked at connect time, so redirects and DNS are covered.
    bool refusePrivateAddresses = false;
    // Set from another thread to abandon the exchange within about a second (a job being cancelled).
    std::shared_ptr<std::atomic<bool>> cancel;
};

struct HttpResponse
{
    long status = 0;
    QByteArray body;
    int retryAfterSeconds = 0;
    int curlCode = 0; // 0: a complete answer arrived; -2: the answer was larger than allowed
    // Why no complete answer came, as a whole sentence in the user's language ("The server did not answer in
    // time."), and libcurl's own words for it, in English, to follow it for whoever must look deeper.
    QString curlMessage;
    QString curlDetail;
    bool tlsFailure = false; // the peer's certificate or name did not verify: nothing was sent
    bool timedOut = false;
    bool cancelled = false;
    bool truncated = false;                       // keepFirstBytes cut the answer
    bool privateAddressRefused = false;           // refusePrivateAddresses stopped it
    QString finalUrl;                             // after redirects
    QList<QPair<QByteArray, QByteArray>> headers; // of the final answer; names in lower case
    QString peerAddress;                          // the IP address that answered
    QList<QByteArray> certificatesPem;            // with recordCertificates: the server's chain, leaf first

    // Every value of header `name` (lower case), joined as HTTP joins repeated headers.
    QByteArray header(const QByteArray &name) const;
    // curlMessage with libcurl's detail after it: "The server did not answer in time. (Timeout was reached)".
    QString failure() const;
};

// One HTTP exchange over libcurl, as every network call of Rakkan makes it: https (or http to this computer),
// certificates and host names verified, bounded answers, timeouts. Keeps its connection for the next call:
// use one per thread.
class Http
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::net::Http)

public:
    Http();
    ~Http();
    Http(const Http &) = delete;
    Http &operator=(const Http &) = delete;

    HttpResponse perform(const HttpRequest &request);
    // libcurl and the TLS library it was built with, e.g. "8.0.1 (OpenSSL/3.0.15)".
    static QString libraryVersion();

private:
    void *m_curl = nullptr; // CURL*
};

} // namespace rakkan::net
