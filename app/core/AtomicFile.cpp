#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>

namespace rakkan {

namespace {

// A file written beside its target and renamed over it only when complete. errno is read at once, before Qt's
// clean-up can change it: a full disk is said in the user's language (Qt's own text is English only) and with its
// own code. Unbuffered: with Qt's buffer, a write that failed at the final flush (a full disk) was not seen by
// commit(), which then renamed an empty file over the good one (Qt 6.4, found by tst_cli_fulldisk). Written
// straight through, the failure shows at write() and nothing is renamed.
class AtomicWriter
{
public:
    explicit AtomicWriter(const QString &path) : m_path(path), m_file(path) {}

    Result<void> open()
    {
        errno = 0;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failed(errno);
        return {};
    }

    Result<void> write(const QByteArray &bytes)
    {
        errno = 0;
        if (m_file.write(bytes) != bytes.size() || m_file.error() != QFileDevice::NoError) {
            const Error error = failed(errno);
            cancel();
            return error;
        }
        return {};
    }

    Result<void> commit()
    {
        errno = 0;
        if (!m_file.commit())
            return failed(errno);
        return {};
    }

    // Nothing is renamed; the temporary file goes.
    void cancel()
    {
        m_file.cancelWriting();
        m_file.commit();
    }

private:
    Error failed(int osError) const
    {
        if (osError == ENOSPC || osError == EDQUOT)
            return makeError(ErrorCode::DiskFull,
                             QCoreApplication::translate("rakkan::AtomicFile",
                                                         "%1 cannot be written: the disk is full. Nothing was "
                                                         "replaced; free some space and try again.")
                                 .arg(m_path));
        const ErrorCode code =
            m_file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied : ErrorCode::Io;
        return makeError(code, QCoreApplication::translate("rakkan::AtomicFile", "%1 cannot be written: %2")
                                   .arg(m_path, m_file.errorString()));
    }

    QString m_path;
    QSaveFile m_file;
};

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    AtomicWriter writer(path);
    RAKKAN_TRY(writer.open());
    RAKKAN_TRY(writer.write(bytes));
    return writer.commit();
}

Result<void> copyFileAtomically(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            in.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied : ErrorCode::Io,
            QCoreApplication::translate("rakkan::AtomicFile", "%1 cannot be read: %2").arg(from, in.errorString()));
    AtomicWriter writer(to);
    RAKKAN_TRY(writer.open());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty())
        RAKKAN_TRY(writer.write(chunk));
    if (in.error() != QFileDevice::NoError) {
        writer.cancel();
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("rakkan::AtomicFile", "%1 cannot be read: %2").arg(from, in.errorString()));
    }
    return writer.commit();
}

} // namespace rakkan
