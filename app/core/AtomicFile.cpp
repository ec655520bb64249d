#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cerrno>

namespace rakkan {

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // errno is read at once, before Qt's clean-up can change it: a full disk is said in the user's language (Qt's
    // own text is English only) and with its own code.
    const auto failed = [&](int osError) {
        if (osError == ENOSPC || osError == EDQUOT)
            return makeError(ErrorCode::DiskFull,
                             QCoreApplication::translate("rakkan::AtomicFile",
                                                         "%1 cannot be written: the disk is full. Nothing was "
                                                         "replaced; free some space and try again.")
                                 .arg(path));
        const ErrorCode code =
            file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied : ErrorCode::Io;
        return makeError(code, QCoreApplication::translate("rakkan::AtomicFile", "%1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    };
    // Unbuffered: with Qt's buffer, a write that fails at the final flush (a full disk) was not seen by commit(),
    // which then renamed an empty file over the good one (Qt 6.4, found by tst_cli_fulldisk). Written straight
    // through, the failure shows at write() and nothing is renamed.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(errno);
    if (file.write(bytes) != bytes.size() || file.error() != QFileDevice::NoError) {
        const Error error = failed(errno);
        file.cancelWriting();
        file.commit(); // after cancelWriting(), this only removes the temporary file
        return error;
    }
    errno = 0;
    if (!file.commit())
        return failed(errno);
    return {};
}

} // namespace rakkan
