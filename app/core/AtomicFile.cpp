#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rakkan {

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&] {
        const ErrorCode code =
            file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied : ErrorCode::Io;
        return makeError(code, QCoreApplication::translate("rakkan::AtomicFile", "%1 cannot be written: %2")
                                   .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace rakkan
