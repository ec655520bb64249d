#include "imaging/ImageFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rakkan::imaging {

Result<QByteArray> ImageFile::read(const QString &path, const DecodeLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The file no longer exists."));
    if (!info.isFile())
        return makeError(ErrorCode::UnsupportedFormat, tr("This is not a regular file."));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorCode::TooLarge, tr("The file is %1, more than Rakkan imports (%2).")
                                                  .arg(QLocale().formattedDataSize(info.size()),
                                                       QLocale().formattedDataSize(limits.maxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // QFile reports every failure to open as OpenError; only a permission check tells this case apart.
        if (!info.isReadable())
            return makeError(ErrorCode::PermissionDenied, tr("You do not have permission to read this file."));
        return makeError(ErrorCode::Io, tr("The file could not be opened: %1").arg(file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file could not be read: %1").arg(file.errorString()));
    return bytes;
}

} // namespace rakkan::imaging
