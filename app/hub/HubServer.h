#pragma once

#include "core/Result.h"
#include "hub/HubService.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace httplib {
class Server;
}

namespace rakkan::hub {

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;     // 0: any free port (bind() says which)
    QString certFile; // PEM; with keyFile, the hub speaks HTTPS only
    QString keyFile;
    qint64 maxBodyBytes = 64 * 1024; // an IsccNote is about 1 KiB
    bool logRequests = false;        // a JSON line per request on stderr
};

// The hub's HTTP front (cpp-httplib, from Debian: a small threaded server with OpenSSL TLS): POST /declaration
// as the ISCC-HUB API says, plus GET /declaration/{iscc_id} (a receipt again), GET /log?from=&limit= (the
// transparency log in pages), GET /lookup?unit=|pdq=&max_distance=&offset=&limit= (matches in pages), GET /hub
// (id and public key to pin), and GET /healthz and /readyz.
class HubServer
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::HubServer)

public:
    HubServer(HubService &service, ServerOptions options);
    ~HubServer();

    Result<int> bind(); // the port
    void run();         // serves until stop()
    void stop();
    bool isTls() const { return !m_options.certFile.isEmpty(); }

private:
    HubService &m_service;
    ServerOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

// `rakkan-hub` and `rakkan-cli hub serve`: opens the store, prints where it listens and its key, serves until
// SIGINT or SIGTERM. Returns the process exit code.
struct HubRunOptions
{
    QString database;
    ServerOptions server;
    HubService::Options service;
};
int runHub(const HubRunOptions &options);
// `rakkan-hub migrate`: copies a hub (SQLite file or PostgreSQL) into another store, resumably.
int migrateHub(const QString &from, const QString &to);

} // namespace rakkan::hub
