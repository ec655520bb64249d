#include "CredentialsBench.h"

#include "BenchArtwork.h"
#include "BenchOutput.h"
#include "credentials/CredentialReader.h"
#include "credentials/CredentialWriter.h"

#include <QElapsedTimer>

namespace rakkan::bench {
namespace {

// A signer as the local authority makes one: a root and a leaf in the C2PA profile.
credentials::CredentialSigner signer(const credentials::SigningKey &leafKey)
{
    auto rootKey = credentials::SigningKey::generateP256();
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    auto root = credentials::LocalAuthority::makeRoot(*rootKey, QStringLiteral("Bench root"), from, 10);
    auto leaf = credentials::LocalAuthority::issueSigner(*root, *rootKey, leafKey, QStringLiteral("Bench"), from, 5);
    return {leafKey, {*leaf}};
}

} // namespace

int credentials(int files, QSize size)
{
    say(QStringLiteral("generating %1 JPEGs of %2x%3...").arg(files).arg(size.width()).arg(size.height()));
    QList<QByteArray> pictures;
    qint64 pictureBytes = 0;
    for (int i = 0; i < files; ++i) {
        pictures << jpegBytes(makeArtwork(size, quint32(i + 1)));
        pictureBytes += pictures.last().size();
    }
    credentials::CredentialContent content;
    content.title = QStringLiteral("作品");
    content.generatorVersion = QStringLiteral(RAKKAN_VERSION);
    for (const char *key : {"cawg.data_mining", "cawg.ai_inference", "cawg.ai_generative_training", "cawg.ai_training"})
        content.trainingMining.append({QString::fromLatin1(key), QStringLiteral("notAllowed"), {}, {}});
    content.isccCode = QStringLiteral("ISCC:KECYCMZIOY36XXGZ7S6QJQ2AEEXPOVEHZYPK6GMSFLU3WF54UPZMTPY");

    const QList<std::pair<QString, credentials::SigningKey>> keys{
        {QStringLiteral("ES256"), *credentials::SigningKey::generateP256()},
        {QStringLiteral("Ed25519"), *credentials::SigningKey::fromEd25519Seed(QByteArray(32, '\x01'))}};
    for (const auto &[name, key] : keys) {
        const credentials::CredentialSigner s = signer(key);
        QList<double> signMs;
        QList<double> readMs;
        qint64 added = 0;
        QList<QByteArray> signedFiles;
        for (const QByteArray &picture : std::as_const(pictures)) {
            QElapsedTimer t;
            t.start();
            auto out = credentials::CredentialWriter::embed(picture, content, s);
            signMs << double(t.nsecsElapsed()) / 1e6;
            if (!out) {
                say(QStringLiteral("failed: %1").arg(out.error().message));
                return 1;
            }
            added += out->size() - picture.size();
            signedFiles << *out;
        }
        int valid = 0;
        for (const QByteArray &file : std::as_const(signedFiles)) {
            QElapsedTimer t;
            t.start();
            auto read = credentials::CredentialReader::read(file);
            readMs << double(t.nsecsElapsed()) / 1e6;
            valid += read && read->state == credentials::CredentialState::Valid ? 1 : 0;
        }
        say(QStringLiteral("%1: sign (and read back) median %2 ms, p95 %3 ms; read and validate median %4 ms, p95 "
                           "%5 ms; %6 of %7 valid; %8 bytes added per file")
                .arg(name)
                .arg(percentile(signMs, 0.5), 0, 'f', 2)
                .arg(percentile(signMs, 0.95), 0, 'f', 2)
                .arg(percentile(readMs, 0.5), 0, 'f', 2)
                .arg(percentile(readMs, 0.95), 0, 'f', 2)
                .arg(valid)
                .arg(files)
                .arg(added / files));
    }
    QList<double> noneMs;
    for (const QByteArray &picture : std::as_const(pictures)) {
        QElapsedTimer t;
        t.start();
        (void)credentials::CredentialReader::read(picture);
        noneMs << double(t.nsecsElapsed()) / 1e6;
    }
    say(QStringLiteral("no manifest: median %1 ms, p95 %2 ms per file (average JPEG %3 KB)")
            .arg(percentile(noneMs, 0.5), 0, 'f', 3)
            .arg(percentile(noneMs, 0.95), 0, 'f', 3)
            .arg(pictureBytes / files / 1024));
    return 0;
}

} // namespace rakkan::bench
