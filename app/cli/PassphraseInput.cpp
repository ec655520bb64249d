#include "cli/PassphraseInput.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace rakkan::cli {

namespace {

QString promptWithoutEcho(const QString &prompt)
{
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    const QString result = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace

Result<QString> PassphraseInput::read(const QString &file, const QString &prompt, bool confirm)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound,
                             tr("The passphrase file %1 could not be read: %2").arg(file, f.errorString()));
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::InvalidArgument,
                         tr("A passphrase is needed: type it at a terminal, or give --passphrase-file."));
    const QString first = promptWithoutEcho(prompt);
    if (confirm && promptWithoutEcho(tr("Type it again: ")) != first)
        return makeError(ErrorCode::InvalidArgument, tr("The two passphrases differ."));
    return first;
}

Result<crypto::Ed25519> PassphraseInput::unlock(identity::IdentityManager &manager, const identity::Identity &identity,
                                                const QString &file)
{
    QString passphrase;
    if (identity.storage == identity::KeyStorage::File) {
        RAKKAN_TRY(passphrase, read(file, tr("Passphrase of \"%1\": ").arg(identity.name)));
    }
    return manager.unlock(identity, passphrase);
}

} // namespace rakkan::cli
