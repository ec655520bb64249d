#include "core/Result.h"

namespace rakkan {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::Empty:
        return QStringLiteral("empty");
    case ErrorCode::UnsupportedFormat:
        return QStringLiteral("unsupported_format");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Truncated:
        return QStringLiteral("truncated");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::NoComposite:
        return QStringLiteral("no_composite");
    case ErrorCode::TooFlat:
        return QStringLiteral("too_flat");
    case ErrorCode::SymlinkLoop:
        return QStringLiteral("symlink_loop");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::NotACatalog:
        return QStringLiteral("not_a_catalog");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("unknown");
}

} // namespace rakkan
