#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>

namespace rakkan::enforcement {

// One file of a bag's payload: its bytes, or a file on disk copied in as it is (streamed, never held whole).
struct BagFile
{
    QString path; // under data/, with "/" separators
    QByteArray bytes;
    QString sourcePath;
};

// BagIt 1.0 (RFC 8493), written as one zip with a single top folder: bagit.txt, bag-info.txt (with Payload-Oxum),
// manifest-sha256.txt and tagmanifest-sha256.txt, then the payload under data/. Files that sign or stamp the tag
// manifest cannot be listed in it: they are added beside it (RFC 8493 allows unlisted tag files).
class BagItWriter
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::BagItWriter)

public:
    // Called with the finished tag manifest's bytes; returns the further tag files (name -> bytes) to add.
    using Sealer = std::function<Result<QMap<QString, QByteArray>>(const QByteArray &tagManifest)>;

    // Writes `zipPath` (through a ".part" file renamed once complete). `info`: bag-info.txt's lines, in order.
    static Result<void> write(const QString &zipPath, const QString &bagName, const QList<BagFile> &payload,
                              const QList<QPair<QString, QString>> &info, const Sealer &seal);

    // RFC 8493 §2.1.3: a path in a manifest has CR, LF and % percent-encoded.
    static QString encodePath(const QString &path);
    static QString decodePath(const QString &path);
};

// A bag read back from its zip and checked (every hash, nothing missing, nothing added), in bounded memory: tag
// files are read whole (they are small), payload files only hashed.
struct BagReport
{
    QString bagName;
    QStringList failures; // one sentence per problem, in the user's language
    int payloadFiles = 0;
    qint64 payloadBytes = 0;
    QMap<QString, QByteArray> tagFiles;   // every file outside data/, by name
    QMap<QString, QString> payloadHashes; // data/... -> sha256 hex as computed
    QList<QPair<QString, QString>> info;  // bag-info.txt

    bool valid() const { return failures.isEmpty(); }
};

class BagItReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::BagItReader)

public:
    static constexpr qint64 kMaxTagFileBytes = 16 << 20;
    static constexpr qint64 kMaxTotalBytes = qint64(16) << 30;
    static constexpr int kMaxEntries = 100000;

    // An unreadable zip is an error; a readable one whose bag does not hold is a report with failures.
    static Result<BagReport> check(const QString &zipPath);
};

} // namespace rakkan::enforcement
