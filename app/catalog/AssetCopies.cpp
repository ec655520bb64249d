#include "catalog/AssetCopies.h"

#include "core/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rakkan::catalog {

QString AssetCopies::safeName(const QString &title)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    name = name.trimmed().left(80);
    return name.isEmpty() ? QStringLiteral("work") : name;
}

QString AssetCopies::fileName(const Work &work, const Asset &asset)
{
    const QString suffix = QFileInfo(asset.originalPath).suffix().toLower();
    return QStringLiteral("%1-%2-%3.%4")
        .arg(work.id)
        .arg(asset.page)
        .arg(safeName(work.title), suffix.isEmpty() ? asset.format : suffix);
}

Result<void> AssetCopies::copy(const Asset &asset, const QString &target)
{
    QFile original(asset.originalPath);
    if (!original.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("%1 could not be read: %2").arg(asset.originalPath, original.errorString()));
    return writeFileAtomically(target, original.readAll());
}

} // namespace rakkan::catalog
