#pragma once

// One run of cnnlab-cli (CNNLAB_CLI_PATH, defined for every test) as a
// separate process, as the CLI tests run it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testutils {

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish in time
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

// Runs the CLI with `args` in `workingDir` (so nothing there is found by
// accident, such as ./data/MNIST/raw), killing it after `timeoutMs`.
inline CliRun runCli(const QStringList &args, const QString &workingDir, int timeoutMs = 120000,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(CNNLAB_CLI_PATH), args);
    CliRun r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.status = process.exitStatus();
    if (r.status == QProcess::NormalExit)
        r.exitCode = process.exitCode();
    r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(process.readAllStandardError());
    return r;
}

} // namespace testutils
