#include "core/SettingsFile.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rakkan {

namespace {
constexpr qint64 kMaxSettingsBytes = 16 << 20; // far beyond any real settings file

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSettingsBytes)
        return std::nullopt;
    return file.readAll();
}
} // namespace

bool SettingsFile::readsWhole(const QByteArray &ini)
{
    if (ini.isEmpty())
        return true;
    if (!ini.endsWith('\n'))
        return false;
    for (const QByteArray &raw : ini.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        const bool group = line.startsWith('[') && line.endsWith(']');
        if (!group && !line.contains('='))
            return false;
    }
    return true;
}

Result<bool> SettingsFile::checkAndRecover(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    const QString good = path + QStringLiteral(".good");
    const auto current = readAll(path);
    if (current && readsWhole(*current)) {
        RAKKAN_TRY(writeFileAtomically(good, *current));
        return false;
    }
    const auto lastGood = readAll(good);
    if (!lastGood || !readsWhole(*lastGood))
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("rakkan::SettingsFile",
                                                     "The settings file %1 is damaged and there is no earlier "
                                                     "copy of it; Rakkan starts with its default settings.")
                             .arg(path));
    QFile::remove(path + QStringLiteral(".damaged"));
    QFile::rename(path, path + QStringLiteral(".damaged"));
    RAKKAN_TRY(writeFileAtomically(path, *lastGood));
    return true;
}

} // namespace rakkan
