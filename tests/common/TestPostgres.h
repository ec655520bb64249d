#pragma once

// A real PostgreSQL server for the tests: Debian's postgresql-15 binaries, initdb into a temporary folder, served
// on a Unix socket in that folder only (no TCP port). PostgreSQL refuses to run as root, so when the tests do,
// the server runs as `nobody` (setpriv). Stopped with a fast shutdown when the object goes.

#include "postgres/Postgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace rakkan::test {

class TestPostgres
{
public:
    // The folder holding initdb and postgres: RAKKAN_PG_BINDIR, or the newest /usr/lib/postgresql/*/bin.
    static QString binDir()
    {
        const QString given = qEnvironmentVariable("RAKKAN_PG_BINDIR");
        if (!given.isEmpty())
            return given;
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (auto it = versions.rbegin(); it != versions.rend(); ++it)
            if (QFile::exists(lib.filePath(*it + QStringLiteral("/bin/initdb"))))
                return lib.filePath(*it + QStringLiteral("/bin"));
        return {};
    }

    // `extra`: server settings, e.g. {"fsync=off"} for tests that do not measure durability.
    bool start(const QStringList &extra = {})
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString bin = binDir();
        if (bin.isEmpty())
            return fail(QStringLiteral("PostgreSQL's server is not installed (packaging/debian-packages.txt)"));
        // The server's user must reach its folders through the temporary folder.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(data).constData(), nobody->pw_uid, nobody->pw_gid) != 0 ||
                ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
                return fail(QStringLiteral("cannot give the data folder to nobody"));
        }
        QProcess initdb;
        initdb.setProcessChannelMode(QProcess::MergedChannels);
        startAsServerUser(initdb, bin + QStringLiteral("/initdb"),
                          {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
                           QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-instructions"),
                           QStringLiteral("--locale=C")});
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0)
            return fail(QStringLiteral("initdb: ") + QString::fromLocal8Bit(initdb.readAll()));
        m_settings = extra;
        return launch();
    }

    // Stops the server (fast shutdown: every client connection is cut) and starts it again on the same data.
    bool restart()
    {
        stop();
        return launch();
    }

    ~TestPostgres() { stop(); }

    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server.processId()), SIGINT); // fast shutdown: clients are disconnected
            if (!m_server.waitForFinished(20000))
                m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    // A fresh database on this server; its address in libpq's key=value form, or as a postgresql:// URI.
    bool createDatabase(const QString &name)
    {
        auto admin = pg::Connection::open(conninfo(QStringLiteral("postgres")));
        return admin.ok() && (*admin)->exec(QStringLiteral("CREATE DATABASE ") + name).ok();
    }
    QString conninfo(const QString &database) const
    {
        return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(m_dir.path()).arg(port()).arg(user(), database);
    }
    QString uri(const QString &database, const QString &role = user()) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, m_dir.path())
            .arg(port())
            .arg(role);
    }
    QString error() const { return m_error; }

private:
    bool launch()
    {
        QStringList args{QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                         QStringLiteral("-k"), m_dir.path(),
                         QStringLiteral("-p"), QString::number(port()),
                         QStringLiteral("-c"), QStringLiteral("listen_addresses=")};
        for (const QString &setting : std::as_const(m_settings))
            args << QStringLiteral("-c") << setting;
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        startAsServerUser(m_server, binDir() + QStringLiteral("/postgres"), args);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            if (pg::Connection::open(conninfo(QStringLiteral("postgres"))).ok())
                return true;
            if (m_server.state() == QProcess::NotRunning)
                return fail(QStringLiteral("postgres: ") + QString::fromLocal8Bit(m_server.readAll()));
            QThread::msleep(100);
        }
        return fail(QStringLiteral("postgres did not start within a minute"));
    }
    static QString user() { return QStringLiteral("rakkan"); }
    static int port() { return 5432; } // only names the socket file, which is in a folder of its own
    static void startAsServerUser(QProcess &process, const QString &program, const QStringList &args)
    {
        if (::geteuid() == 0)
            process.start(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                      QStringLiteral("--clear-groups"), program} +
                              args);
        else
            process.start(program, args);
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QTemporaryDir m_dir;
    QStringList m_settings;
    QProcess m_server;
    QString m_error;
};

} // namespace rakkan::test
