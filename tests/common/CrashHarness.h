#pragma once

// Kills a real process with SIGKILL at seeded random moments, as a crash or a power cut would, so that tests can
// check what each kill leaves behind. The moments are drawn from a window the test measures on this machine (how
// long a whole run takes), never fixed times that depend on the machine's speed.
//
//   RAKKAN_CRASH_KILLS=N   kills per scenario (default: the test's own, sized for CI; 50 or more on demand)
//   RAKKAN_CRASH_SEED=S    replays a run (every run prints the seed it used)

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStringList>
#include <QtGlobal>

#include <signal.h>

namespace rakkan::test {

class CrashHarness
{
public:
    struct Run
    {
        bool killed = false;
        int exitCode = -1; // when not killed; -2 when it crashed by itself
        qint64 elapsedMs = 0;
        QByteArray out;
        QByteArray err;
    };

    CrashHarness(QString program, QProcessEnvironment environment)
        : m_program(std::move(program)), m_environment(std::move(environment)), m_seed(seedFromEnvironment()),
          m_random(m_seed)
    {}

    static int killsWanted(int ciDefault)
    {
        bool ok = false;
        const int wanted = qEnvironmentVariableIntValue("RAKKAN_CRASH_KILLS", &ok);
        return ok && wanted > 0 ? wanted : ciDefault;
    }
    quint64 seed() const { return m_seed; }

    // Runs to the end (at most `timeoutMs`).
    Run runWhole(const QStringList &arguments, int timeoutMs = 120000) { return run(arguments, -1, timeoutMs); }
    // Runs, and kills it after a moment drawn uniformly from [0, windowMs): unless it ended before.
    Run runAndKill(const QStringList &arguments, qint64 windowMs)
    {
        return run(arguments, qint64(m_random.bounded(quint32(std::max<qint64>(1, windowMs)))), 120000);
    }

private:
    static quint64 seedFromEnvironment()
    {
        bool ok = false;
        const quint64 given = qEnvironmentVariable("RAKKAN_CRASH_SEED").toULongLong(&ok);
        const quint64 seed = ok ? given : QRandomGenerator::global()->generate64();
        qInfo("crash harness: RAKKAN_CRASH_SEED=%llu", static_cast<unsigned long long>(seed));
        return seed;
    }

    Run run(const QStringList &arguments, qint64 killAfterMs, int timeoutMs)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        QElapsedTimer timer;
        timer.start();
        process.start(m_program, arguments);
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        if (killAfterMs >= 0 && !process.waitForFinished(int(killAfterMs))) {
            // A process that already ended has no pid any more: kill(0) would take the whole process group.
            if (const qint64 pid = process.processId(); pid > 0) {
                ::kill(pid_t(pid), SIGKILL);
                result.killed = true;
            }
        }
        process.waitForFinished(timeoutMs);
        result.elapsedMs = timer.elapsed();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        // A crash of its own (not our kill) is a failure the test must see, never counted as a kill.
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        else if (!result.killed)
            result.exitCode = -2;
        return result;
    }

    QString m_program;
    QProcessEnvironment m_environment;
    quint64 m_seed;
    QRandomGenerator m_random;
};

} // namespace rakkan::test
