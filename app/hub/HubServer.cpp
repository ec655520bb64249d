#include "hub/HubServer.h"

#include "hub/HubStores.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <httplib.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

namespace rakkan::hub {

namespace {

void reply(httplib::Response &res, const HubResponse &r)
{
    res.status = r.status;
    if (r.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(r.retryAfterSeconds));
    res.set_content(QJsonDocument(r.body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

// One JSON object a line on stderr, for journald and log shippers. The path without its query: lookups carry the
// hashes of someone's pictures, which are theirs, not the log's. No header is logged (no Authorization, no cookie).
void logRequest(const httplib::Request &req, const httplib::Response &res)
{
    const QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("method"), QString::fromStdString(req.method)},
                           {QStringLiteral("path"), QString::fromStdString(req.path)},
                           {QStringLiteral("status"), res.status},
                           {QStringLiteral("peer"), QString::fromStdString(req.remote_addr)}};
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

HubServer *g_running = nullptr;

void stopOnSignal(int)
{
    if (g_running)
        g_running->stop();
}

} // namespace

HubServer::HubServer(HubService &service, ServerOptions options) : m_service(service), m_options(std::move(options)) {}

HubServer::~HubServer()
{
    stop();
}

Result<int> HubServer::bind()
{
    if (isTls()) {
        for (const QString &file : {m_options.certFile, m_options.keyFile})
            if (!QFileInfo(file).isReadable())
                return makeError(ErrorCode::NotFound, tr("%1 cannot be read.").arg(file));
        auto tls = std::make_unique<httplib::SSLServer>(m_options.certFile.toLocal8Bit().constData(),
                                                        m_options.keyFile.toLocal8Bit().constData());
        if (!tls->is_valid())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The certificate or key could not be loaded (PEM files that belong together?)."));
        m_server = std::move(tls);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    httplib::Server &s = *m_server;
    s.set_payload_max_length(size_t(m_options.maxBodyBytes));
    // Headers and body go out as separate writes; without this, Nagle and delayed ACKs add 40 ms to each answer.
    s.set_tcp_nodelay(true);
    s.set_read_timeout(10, 0);
    s.set_write_timeout(10, 0);
    s.Post("/declaration", [this](const httplib::Request &req, httplib::Response &res) {
        const std::string force = req.get_header_value("X-Force-Declaration");
        reply(res, m_service.declare(QByteArray::fromStdString(req.body), force == "true" || force == "1"));
    });
    s.Get(R"(/declaration/(ISCC:[A-Z0-9]+))", [this](const httplib::Request &req, httplib::Response &res) {
        reply(res, m_service.declaration(QString::fromStdString(req.matches[1].str())));
    });
    s.Get("/log", [this](const httplib::Request &req, httplib::Response &res) {
        const qint64 from =
            req.has_param("from") ? QByteArray::fromStdString(req.get_param_value("from")).toLongLong() : 0;
        const int limit =
            req.has_param("limit") ? QByteArray::fromStdString(req.get_param_value("limit")).toInt() : 100;
        reply(res, m_service.log(from, limit));
    });
    s.Get("/lookup", [this](const httplib::Request &req, httplib::Response &res) {
        // By PDQ (the "pdq" extension; Meta's match threshold 31 by default) or by ISCC unit (64-bit prefix).
        const bool byPdq = req.has_param("pdq");
        const int fallback = byPdq ? 31 : 8;
        const int distance = req.has_param("max_distance")
                                 ? QByteArray::fromStdString(req.get_param_value("max_distance")).toInt()
                                 : fallback;
        LookupPage page;
        if (req.has_param("offset"))
            page.offset = std::max(0LL, QByteArray::fromStdString(req.get_param_value("offset")).toLongLong());
        if (req.has_param("limit"))
            page.limit = QByteArray::fromStdString(req.get_param_value("limit")).toInt();
        if (byPdq)
            reply(res, m_service.lookupPdq(QString::fromStdString(req.get_param_value("pdq")),
                                           std::clamp(distance, 0, 64), page));
        else
            reply(res, m_service.lookup(QString::fromStdString(req.get_param_value("unit")),
                                        std::clamp(distance, 0, 32), page));
    });
    s.Get("/hub", [this](const httplib::Request &, httplib::Response &res) { reply(res, m_service.info()); });
    // Liveness (the process answers) and readiness (the database answers and the index is loaded), for systemd,
    // nginx and load balancers.
    s.Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
        reply(res, HubResponse{200, QJsonObject{{QStringLiteral("alive"), true}}, 0});
    });
    s.Get("/readyz", [this](const httplib::Request &, httplib::Response &res) { reply(res, m_service.readiness()); });
    if (m_options.logRequests)
        s.set_logger(logRequest);

    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = s.bind_to_any_port(host);
    else if (!s.bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return makeError(ErrorCode::Io, tr("Cannot listen on %1:%2 (in use, or not an address of this computer).")
                                            .arg(m_options.host)
                                            .arg(m_options.port));
    return port;
}

void HubServer::run()
{
    if (m_server)
        m_server->listen_after_bind();
}

void HubServer::stop()
{
    if (m_server)
        m_server->stop();
}

int runHub(const HubRunOptions &options)
{
    auto store = HubStores::open(options.database);
    if (!store.ok()) {
        std::fprintf(stderr, "rakkan-hub: %s\n", qPrintable(store.error().message));
        return 1;
    }
    auto seed = (*store)->hubSeed();
    auto key = seed.ok() ? crypto::Ed25519::fromSeed(*seed) : Result<crypto::Ed25519>(seed.error());
    if (!key.ok()) {
        std::fprintf(stderr, "rakkan-hub: %s\n", qPrintable(key.error().message));
        return 1;
    }
    HubService service(**store, *key, options.service);
    HubServer server(service, options.server);
    auto port = server.bind();
    if (!port.ok()) {
        std::fprintf(stderr, "rakkan-hub: %s\n", qPrintable(port.error().message));
        return 1;
    }
    // The similarity index is read while the server already answers /healthz; /readyz says 503 until it is in,
    // and a lookup that comes first waits for it.
    std::thread loader([&service] {
        if (auto loaded = service.loadIndex(); !loaded.ok())
            std::fprintf(stderr, "rakkan-hub: %s\n", qPrintable(loaded.error().message));
    });
    // Tests and scripts read these two lines to know where to connect and which key to pin.
    std::printf("listening %s://%s:%d hub-id %d\npublic-key %s\n", server.isTls() ? "https" : "http",
                qPrintable(options.server.host), *port, options.service.hubId, qPrintable(service.publicKey()));
    std::fflush(stdout);
    g_running = &server;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    server.run();
    g_running = nullptr;
    loader.join();
    return 0;
}

int migrateHub(const QString &from, const QString &to)
{
    auto source = HubStores::open(from);
    auto target = source.ok() ? HubStores::open(to) : Result<std::unique_ptr<HubStore>>(source.error());
    if (!target.ok()) {
        std::fprintf(stderr, "rakkan-hub: %s\n", qPrintable(target.error().message));
        return 1;
    }
    auto moved = HubStores::migrate(**source, **target, [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done), static_cast<long long>(total));
    });
    if (!moved.ok()) {
        std::fprintf(stderr, "\nrakkan-hub: %s\n", qPrintable(moved.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(HubServer::tr("%1 declarations copied, %2 were there already; receipts and "
                                                 "ISCC-IDs unchanged.")
                                       .arg(moved->copied)
                                       .arg(moved->present)));
    return 0;
}

} // namespace rakkan::hub
