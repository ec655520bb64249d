#pragma once

// Real servers on 127.0.0.1 for the length of a test: any httplib server on its own thread, and an RFC 3161
// time-stamping authority (openssl ts -reply behind a small HTTP endpoint, with a test CA behind it).

#include "common/TestPki.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace rakkan::test {

class Serving
{
public:
    explicit Serving(httplib::Server &server) : m_server(server)
    {
        m_port = server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~Serving()
    {
        m_server.stop();
        m_thread.join();
    }
    Serving(const Serving &) = delete;
    Serving &operator=(const Serving &) = delete;
    int port() const { return m_port; }
    QString url(const QString &path = QString()) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }

private:
    httplib::Server &m_server;
    std::thread m_thread;
    int m_port = 0;
};

// A time-stamping authority: its certificate (EKU timeStamping, critical) is issued by a CA of its own, whose
// certificate (ca.pem) is what a verifier is given. Each request is answered by `openssl ts -reply`.
class TestTsa
{
public:
    TestTsa() : m_pki(m_dir.path())
    {
        m_ready = m_pki.makeCa(QStringLiteral("tsa-ca")) && writeConfig() && makeSigner();
        if (!m_ready)
            return;
        m_server.Post("/", [this](const httplib::Request &request, httplib::Response &response) {
            ++m_requests;
            const QString query = m_pki.path(QStringLiteral("q-%1.tsq").arg(m_requests.load()));
            const QString reply = query + QStringLiteral(".tsr");
            QFile file(query);
            if (!file.open(QIODevice::WriteOnly))
                return;
            file.write(request.body.data(), qint64(request.body.size()));
            file.close();
            QProcess openssl;
            openssl.setWorkingDirectory(m_dir.path());
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                           m_pki.path(QStringLiteral("tsa.cnf")), QStringLiteral("-queryfile"), query,
                           QStringLiteral("-signer"), m_pki.path(QStringLiteral("tsa.pem")), QStringLiteral("-inkey"),
                           m_pki.path(QStringLiteral("tsa.key")), QStringLiteral("-chain"),
                           m_pki.path(QStringLiteral("tsa-ca.pem")), QStringLiteral("-out"), reply});
            openssl.waitForFinished(30000);
            QFile answer(reply);
            if (!answer.open(QIODevice::ReadOnly)) {
                response.status = 500;
                return;
            }
            const QByteArray bytes = answer.readAll();
            response.set_content(std::string(bytes.constData(), size_t(bytes.size())), "application/timestamp-reply");
        });
        m_serving = std::make_unique<Serving>(m_server);
    }

    bool ready() const { return m_ready; }
    QString url() const { return m_serving ? m_serving->url(QStringLiteral("/")) : QString(); }
    QString caPem() const { return m_pki.path(QStringLiteral("tsa-ca.pem")); }
    int requests() const { return m_requests; }

private:
    bool writeConfig()
    {
        QFile serial(m_pki.path(QStringLiteral("serial")));
        QFile config(m_pki.path(QStringLiteral("tsa.cnf")));
        if (!serial.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
            return false;
        serial.write("01\n");
        config.write("[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = " +
                     m_pki.path(QStringLiteral("serial")).toUtf8() +
                     "\ncrypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n"
                     "digests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\ntsa_name = no\n"
                     "ess_cert_id_chain = no\ness_cert_id_alg = sha256\n");
        return true;
    }
    bool makeSigner()
    {
        QFile ext(m_pki.path(QStringLiteral("tsa.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("extendedKeyUsage=critical,timeStamping\nbasicConstraints=CA:FALSE\n");
        ext.close();
        const auto run = [this](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(m_dir.path());
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    m_pki.path(QStringLiteral("tsa.key")), QStringLiteral("-out"),
                    m_pki.path(QStringLiteral("tsa.csr")), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Rakkan Test TSA")}) &&
               run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    m_pki.path(QStringLiteral("tsa.csr")), QStringLiteral("-CA"),
                    m_pki.path(QStringLiteral("tsa-ca.pem")), QStringLiteral("-CAkey"),
                    m_pki.path(QStringLiteral("tsa-ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    m_pki.path(QStringLiteral("tsa.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), ext.fileName()});
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
    httplib::Server m_server;
    std::unique_ptr<Serving> m_serving;
    std::atomic<int> m_requests{0};
    bool m_ready = false;
};

} // namespace rakkan::test
