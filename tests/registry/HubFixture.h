#pragma once

// A real rakkan-hub on 127.0.0.1, speaking TLS with certificates from a CA the test makes (openssl), for the
// registry tests: no mock, the client talks to the server Rakkan ships.

#include "common/TestPki.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <signal.h>

#include <memory>

namespace rakkan::test {

class RunningHub
{
public:
    // Starts rakkan-hub; url() and publicKey() are valid once started() says so.
    bool start(const QString &database, int hubId, const QString &cert = {}, const QString &key = {},
               const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("--db"),     database,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--hub-id"), QString::number(hubId)};
        if (!cert.isEmpty())
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
        // The request log only when a test reads it: nothing drains stderr otherwise, and a full pipe would stop
        // the hub.
        if (!m_log)
            args << QStringLiteral("--quiet");
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(RAKKAN_HUB_PATH), args + extra);
        QByteArray out;
        while (m_process.waitForReadyRead(10000)) {
            out += m_process.readAllStandardOutput();
            const QString text = QString::fromUtf8(out);
            const auto listening =
                QRegularExpression(QStringLiteral("listening (https?)://127\\.0\\.0\\.1:(\\d+)")).match(text);
            const auto keyLine = QRegularExpression(QStringLiteral("public-key (z6Mk\\w+)")).match(text);
            if (listening.hasMatch() && keyLine.hasMatch()) {
                m_url = listening.captured(1) + QStringLiteral("://127.0.0.1:") + listening.captured(2);
                m_port = listening.captured(2).toInt();
                m_publicKey = keyLine.captured(1);
                return true;
            }
        }
        m_error = QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    ~RunningHub()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    // As a crash or a power cut would.
    void killNow()
    {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
    // Before start(): the hub keeps its request log (a test reads it with takeLog(), and keeps the traffic small).
    void keepLog() { m_log = true; }
    // What the hub wrote on stderr so far (its request log).
    QByteArray takeLog() { return m_process.readAllStandardError(); }
    QString url() const { return m_url; }
    int port() const { return m_port; }
    QString publicKey() const { return m_publicKey; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QString m_url;
    int m_port = 0;
    QString m_publicKey;
    QString m_error;
    bool m_log = false;
};

} // namespace rakkan::test
