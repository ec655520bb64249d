#include "enforcement/BagIt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace rakkan::enforcement {

namespace {

const QString kManifest = QStringLiteral("manifest-sha256.txt");
constexpr qint64 kMaxKeptBytes = qint64(64) << 20;
const QString kTagManifest = QStringLiteral("tagmanifest-sha256.txt");

// A relative path whose every segment is a name: no "." or ".." segment, no root, no backslash, no empty segment.
bool safeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char(':')))
        return false;
    for (const QString &segment : path.split(QLatin1Char('/')))
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    return true;
}

const QSet<QString> kTagFilesRead{QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"),
                                  QStringLiteral("manifest-sha256.txt"), QStringLiteral("tagmanifest-sha256.txt")};

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

Result<QPair<QString, qint64>> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, BagItWriter::tr("%1 cannot be read.").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorCode::Io, BagItWriter::tr("%1 cannot be read.").arg(path));
    return QPair<QString, qint64>(hex(hash.result()), file.size());
}

bool writeEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, const QString &source)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    if (source.isEmpty()) {
        if (entry.write(bytes) != bytes.size())
            return false;
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray chunk(256 * 1024, Qt::Uninitialized); // on the heap: worker threads have small stacks
        for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;)
            if (entry.write(chunk.constData(), n) != n)
                return false;
        if (file.error() != QFileDevice::NoError)
            return false;
    }
    entry.close();
    return entry.getZipError() == 0;
}

QByteArray tagManifestOf(const QMap<QString, QByteArray> &tags)
{
    QByteArray out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out += hex(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256)).toLatin1() + "  " +
               BagItWriter::encodePath(it.key()).toUtf8() + '\n';
    return out;
}

// Lines "HASH  PATH" of a manifest; a line that is not one is a failure.
QMap<QString, QString> parseManifest(const QByteArray &text, const QString &name, QStringList &failures)
{
    QMap<QString, QString> out;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        const QString hash = QString::fromLatin1(line.left(space)).toLower();
        const QString path = BagItWriter::decodePath(QString::fromUtf8(line.mid(space + 1)).trimmed());
        if (space != 64 || path.isEmpty()) {
            failures << BagItReader::tr("%1 has a line that is not \"hash path\".").arg(name);
            continue;
        }
        out.insert(path, hash);
    }
    return out;
}

} // namespace

QString BagItWriter::encodePath(const QString &path)
{
    QString out = path;
    out.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('\n'), QLatin1String("%0A"))
        .replace(QLatin1Char('\r'), QLatin1String("%0D"));
    return out;
}

QString BagItWriter::decodePath(const QString &path)
{
    QString out = path;
    out.replace(QLatin1String("%0A"), QLatin1String("\n"), Qt::CaseInsensitive)
        .replace(QLatin1String("%0D"), QLatin1String("\r"), Qt::CaseInsensitive)
        .replace(QLatin1String("%25"), QLatin1String("%"));
    return out;
}

Result<void> BagItWriter::write(const QString &zipPath, const QString &bagName, const QList<BagFile> &payload,
                                const QList<QPair<QString, QString>> &info, const Sealer &seal)
{
    QByteArray manifest;
    qint64 octets = 0;
    QSet<QString> names;
    for (const BagFile &f : payload) {
        if (!f.path.startsWith(QLatin1String("data/")) || !safeRelative(f.path) || names.contains(f.path))
            return makeError(ErrorCode::InvalidArgument, tr("\"%1\" cannot be a file of the bag.").arg(f.path));
        names.insert(f.path);
        QString digest;
        if (f.sourcePath.isEmpty()) {
            digest = hex(QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256));
            octets += f.bytes.size();
        } else {
            RAKKAN_TRY(auto hashed, hashFile(f.sourcePath));
            digest = hashed.first;
            octets += hashed.second;
        }
        manifest += digest.toLatin1() + "  " + encodePath(f.path).toUtf8() + '\n';
    }
    QByteArray bagInfo;
    for (const auto &[key, value] : info)
        if (!value.trimmed().isEmpty())
            bagInfo +=
                key.toUtf8() + ": " + QString(value).replace(QLatin1Char('\n'), QLatin1String("\n  ")).toUtf8() + '\n';
    bagInfo += "Payload-Oxum: " + QByteArray::number(octets) + '.' + QByteArray::number(payload.size()) + '\n';

    QMap<QString, QByteArray> tags{
        {QStringLiteral("bagit.txt"), QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")},
        {QStringLiteral("bag-info.txt"), bagInfo},
        {kManifest, manifest}};
    const QByteArray tagManifest = tagManifestOf(tags);
    QMap<QString, QByteArray> sealed;
    if (seal) {
        RAKKAN_TRY(sealed, seal(tagManifest));
    }
    tags.insert(kTagManifest, tagManifest);
    for (auto it = sealed.cbegin(); it != sealed.cend(); ++it)
        tags.insert(it.key(), it.value());

    const QString part = zipPath + QStringLiteral(".part");
    QFile::remove(part);
    {
        QuaZip zip(part);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(zipPath));
        bool ok = true;
        for (auto it = tags.cbegin(); ok && it != tags.cend(); ++it)
            ok = writeEntry(zip, bagName + QLatin1Char('/') + it.key(), it.value(), {});
        for (const BagFile &f : payload)
            if (ok)
                ok = writeEntry(zip, bagName + QLatin1Char('/') + f.path, f.bytes, f.sourcePath);
        zip.close();
        if (!ok || zip.getZipError() != 0) {
            QFile::remove(part);
            return makeError(ErrorCode::Io, tr("%1 cannot be written (is the disk full?).").arg(zipPath));
        }
    }
    QFile::remove(zipPath);
    if (!QFile::rename(part, zipPath)) {
        QFile::remove(part);
        return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(zipPath));
    }
    return {};
}

Result<BagReport> BagItReader::check(const QString &zipPath)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(ErrorCode::Corrupt, tr("%1 is not a readable zip file.").arg(zipPath));
    BagReport report;
    QStringList &failures = report.failures;
    qint64 total = 0;
    qint64 kept = 0;
    int entries = 0;
    QSet<QString> seen;
    QMap<QString, QString> tagHashes;                // every file outside data/
    QByteArray chunk(256 * 1024, Qt::Uninitialized); // on the heap: worker threads have small stacks
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++entries > kMaxEntries)
            return makeError(ErrorCode::TooLarge, tr("%1 holds more files than an evidence bag would.").arg(zipPath));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return makeError(ErrorCode::Corrupt, tr("%1 is damaged.").arg(zipPath));
        const QString name = info.name;
        if (name.endsWith(QLatin1Char('/')))
            continue;
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        const QString root = name.left(slash);
        const QString inside = name.mid(slash + 1);
        if (slash <= 0 || inside.isEmpty() || !safeRelative(name)) {
            failures << tr("\"%1\" is not a file name a bag may hold.").arg(name);
            continue;
        }
        if (report.bagName.isEmpty())
            report.bagName = root;
        if (root != report.bagName) {
            failures << tr("\"%1\" lies outside the bag's folder.").arg(name);
            continue;
        }
        if (seen.contains(inside)) {
            failures << tr("%1 appears twice in the zip.").arg(inside);
            continue;
        }
        seen.insert(inside);
        const bool isPayload = inside.startsWith(QLatin1String("data/"));
        // Only the tag files the bag's checks read are kept whole; any other file is hashed as it streams.
        const bool keep = !isPayload && (kTagFilesRead.contains(inside) || inside.startsWith(QLatin1String("rakkan-")));
        if (keep && qint64(info.uncompressedSize) > kMaxTagFileBytes) {
            failures << tr("%1 is too large for a tag file.").arg(inside);
            continue;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Corrupt, tr("%1 is damaged: %2 cannot be unpacked.").arg(zipPath, inside));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray whole;
        qint64 size = 0;
        // The declared sizes can lie: what is read is counted and bounded.
        for (qint64 n; (n = entry.read(chunk.data(), chunk.size())) > 0;) {
            size += n;
            total += n;
            if (keep)
                kept += n;
            if (total > kMaxTotalBytes || (keep && size > kMaxTagFileBytes) || kept > kMaxKeptBytes)
                return makeError(
                    ErrorCode::TooLarge,
                    tr("%1 unpacks to more than an evidence bag would; it was not read further.").arg(zipPath));
            hash.addData(QByteArrayView(chunk.constData(), n));
            if (keep)
                whole.append(chunk.constData(), n);
        }
        const bool damaged = entry.getZipError() != UNZ_OK;
        entry.close();
        if (damaged || entry.getZipError() != UNZ_OK) {
            failures << tr("%1 is damaged in the zip (its checksum fails).").arg(inside);
            continue;
        }
        if (isPayload) {
            report.payloadHashes.insert(inside, hex(hash.result()));
            ++report.payloadFiles;
            report.payloadBytes += size;
        } else {
            tagHashes.insert(inside, hex(hash.result()));
            if (keep)
                report.tagFiles.insert(inside, whole);
        }
    }
    if (zip.getZipError() != UNZ_OK)
        return makeError(ErrorCode::Corrupt, tr("%1 is damaged.").arg(zipPath));

    const QByteArray bagit = report.tagFiles.value(QStringLiteral("bagit.txt"));
    if (!bagit.contains("BagIt-Version: 1.0"))
        failures << tr("bagit.txt is missing or does not say BagIt 1.0.");
    if (!report.tagFiles.contains(kManifest)) {
        failures << tr("%1 is missing: the payload cannot be checked.").arg(kManifest);
        return report;
    }
    const auto manifest = parseManifest(report.tagFiles.value(kManifest), kManifest, failures);
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
        if (!report.payloadHashes.contains(it.key()))
            failures << tr("%1 is listed in the manifest but missing from the bag.").arg(it.key());
        else if (report.payloadHashes.value(it.key()) != it.value())
            failures << tr("%1 has been changed: its SHA-256 is not the one in the manifest.").arg(it.key());
    }
    for (auto it = report.payloadHashes.cbegin(); it != report.payloadHashes.cend(); ++it)
        if (!manifest.contains(it.key()))
            failures << tr("%1 was added: the manifest does not list it.").arg(it.key());

    if (!report.tagFiles.contains(kTagManifest)) {
        failures << tr("%1 is missing: the tag files cannot be checked.").arg(kTagManifest);
    } else {
        const auto tags = parseManifest(report.tagFiles.value(kTagManifest), kTagManifest, failures);
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (!tagHashes.contains(it.key()))
                failures << tr("%1 is listed in the tag manifest but missing from the bag.").arg(it.key());
            else if (tagHashes.value(it.key()) != it.value())
                failures << tr("%1 has been changed: its SHA-256 is not the one in the tag manifest.").arg(it.key());
        }
        for (const QString &required : {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"), kManifest})
            if (!tags.contains(required))
                failures << tr("The tag manifest does not cover %1.").arg(required);
    }
    for (const QByteArray &raw : report.tagFiles.value(QStringLiteral("bag-info.txt")).split('\n')) {
        const qsizetype colon = raw.indexOf(':');
        if (colon > 0 && !raw.startsWith(' '))
            report.info.append(
                {QString::fromUtf8(raw.left(colon)).trimmed(), QString::fromUtf8(raw.mid(colon + 1)).trimmed()});
    }
    for (const auto &[key, value] : report.info)
        if (key == QLatin1String("Payload-Oxum") &&
            value != QStringLiteral("%1.%2").arg(report.payloadBytes).arg(report.payloadFiles))
            failures << tr("Payload-Oxum says %1, but the payload is %2 bytes in %3 files.")
                            .arg(value)
                            .arg(report.payloadBytes)
                            .arg(report.payloadFiles);
    return report;
}

} // namespace rakkan::enforcement
