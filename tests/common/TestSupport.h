#pragma once

// Helpers shared by the core tests: checks on Result values, and inputs made at run time so that the suite needs
// no fixture beyond tests/data.

#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

// Fails the test unless the Result holds a value, printing the error it holds instead.
#define RAKKAN_VERIFY_OK(expr)                                                                                         \
    do {                                                                                                               \
        const auto &rakkanOk_ = (expr);                                                                                \
        QVERIFY2(rakkanOk_.ok(), qPrintable(QString(rakkan::errorCodeName(rakkanOk_.error().code) +                    \
                                                    QStringLiteral(": ") + rakkanOk_.error().message)));               \
    } while (false)

// Fails the test unless the Result holds an error of the expected code with a message a person can read.
#define RAKKAN_VERIFY_ERROR(expr, expected)                                                                            \
    do {                                                                                                               \
        const auto &rakkanErr_ = (expr);                                                                               \
        QVERIFY2(!rakkanErr_.ok(), "expected an error, got a value");                                                  \
        QCOMPARE(rakkan::errorCodeName(rakkanErr_.error().code), rakkan::errorCodeName(expected));                     \
        QVERIFY2(!rakkanErr_.error().message.trimmed().isEmpty(), "the error has no message");                         \
    } while (false)

namespace rakkan::test {

inline QString testData(const QString &relative)
{
    return QStringLiteral(RAKKAN_TEST_DATA "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A picture that differs for every seed (so that files made from different seeds never share a SHA-256) and is
// not one flat colour (so that blank-image checks cannot pass by accident).
inline QImage testPattern(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(
                x, y,
                qRgb((x * 255) / qMax(1, size.width() - 1), (y * 255) / qMax(1, size.height() - 1), (seed * 37) % 256));
    image.setPixel(0, 0, qRgb(seed % 256, (seed >> 8) % 256, (seed >> 16) % 256));
    return image;
}

// A picture of random blocks: distinct pictures for distinct seeds, with texture enough for PDQ to trust its hash.
inline QImage blockPattern(QSize size, int seed, int block = 8)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng{quint32(seed)};
    for (int by = 0; by < size.height(); by += block)
        for (int bx = 0; bx < size.width(); bx += block) {
            const QRgb colour = qRgb(rng.bounded(256), rng.bounded(256), rng.bounded(256));
            for (int y = by; y < std::min(by + block, size.height()); ++y)
                for (int x = bx; x < std::min(bx + block, size.width()); ++x)
                    image.setPixel(x, y, colour);
        }
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return {};
    return bytes;
}

inline QByteArray pngBytes(int seed, QSize size = QSize(24, 16))
{
    return encodeImage(testPattern(size, seed), "PNG");
}

// The first column of the first row as a number; records a test failure (and returns -1) when the query fails.
inline qint64 scalar(sql::Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok()) {
        QTest::qFail(qPrintable(stmt.error().message), __FILE__, __LINE__);
        return -1;
    }
    auto row = stmt->step();
    if (!row.ok() || !*row) {
        QTest::qFail(qPrintable(QStringLiteral("no row for: ") + sql), __FILE__, __LINE__);
        return -1;
    }
    return stmt->int64(0);
}

// Overwrites the root page of `table` in the closed database at `path` with seeded garbage, as a failing disk or a
// stray write would: the file still opens, but SQLite's checks find the damage. False when it could not be done.
inline bool overwriteTablePage(const QString &path, const QString &table, quint32 seed = 1)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
        if (!db.ok())
            return false;
        // Everything in the main file, so the damage cannot be undone by a log replayed over it.
        if (!(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok())
            return false;
        page = scalar(**db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table));
        pageSize = scalar(**db, QStringLiteral("PRAGMA page_size"));
    }
    if (page <= 1 || pageSize <= 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    QByteArray garbage(pageSize, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : garbage)
        c = char(random.bounded(256));
    return file.write(garbage) == pageSize;
}

} // namespace rakkan::test
