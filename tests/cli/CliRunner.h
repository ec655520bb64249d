#pragma once

// Runs the built rakkan-cli the way a user or a script does, in an environment the test controls: its own home,
// English unless told otherwise, and no catalogue unless one is named.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace rakkan::test {

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The --json result; a null document when stdout is not JSON.
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For failure messages: everything the run printed.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
};

class CliRunner
{
public:
    explicit CliRunner(const QString &home) : m_home(home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"RAKKAN_CATALOG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_environment.insert(QStringLiteral("RAKKAN_LANG"), QStringLiteral("en"));
    }

    // The rakkan-cli this build made.
    static QString builtProgram() { return QStringLiteral(RAKKAN_CLI_PATH); }
    void setProgram(const QString &program) { m_program = program; }

    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void unsetEnvironment(const QString &name) { m_environment.remove(name); }

    // `wrapper`, when given, runs the CLI through another program (setpriv, to run it as another user).
    CliResult run(const QStringList &arguments, const QStringList &wrapper = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setWorkingDirectory(m_home);
        if (wrapper.isEmpty())
            process.start(m_program, arguments);
        else
            process.start(wrapper.first(), wrapper.mid(1) + QStringList{m_program} + arguments);
        process.closeWriteChannel();
        CliResult result;
        result.finished = process.waitForFinished(60'000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QString m_program = builtProgram();
    QString m_home;
    QProcessEnvironment m_environment;
};

} // namespace rakkan::test
