#pragma once

// A certificate authority and server certificates made with openssl for a test: TLS peers on 127.0.0.1 that
// Rakkan must verify (and must refuse without the CA, with a wrong name, or when expired).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace rakkan::test {

class TestPki
{
public:
    explicit TestPki(const QString &dir) : m_dir(dir) {}

    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    }

    // A server certificate signed by `ca` for `altName` (e.g. "IP:127.0.0.1"), valid `days` (negative: expired).
    bool makeServer(const QString &name, const QString &ca, const QString &altName, int days)
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + altName.toUtf8() + "\n");
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), path(ca + QStringLiteral(".pem")),
                        QStringLiteral("-CAkey"), path(ca + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), path(name + QStringLiteral(".pem")), QStringLiteral("-days"),
                        QString::number(days), QStringLiteral("-extfile"), ext.fileName()});
    }

    QString path(const QString &file) const { return m_dir + QLatin1Char('/') + file; }

private:
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    QString m_dir;
};

} // namespace rakkan::test
