#include "crypto/Blake3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rakkan::crypto::Blake3;

class TestBlake3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialVectors_data();
    void officialVectors();
    void incrementalEqualsOneShot();

private:
    static QJsonObject vectors();
    static QByteArray input(int length);
};

QJsonObject TestBlake3::vectors()
{
    QFile file(QStringLiteral(RAKKAN_TEST_DATA "/blake3/test_vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray TestBlake3::input(int length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        bytes[i] = char(i % 251);
    return bytes;
}

void TestBlake3::officialVectors_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("keyedHash");
    QTest::addColumn<QString>("deriveKey");
    const QJsonArray cases = vectors().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 30);
    for (const auto &c : cases) {
        const QJsonObject o = c.toObject();
        const int length = o.value(QStringLiteral("input_len")).toInt();
        QTest::newRow(qPrintable(QString::number(length)))
            << length << o.value(QStringLiteral("hash")).toString() << o.value(QStringLiteral("keyed_hash")).toString()
            << o.value(QStringLiteral("derive_key")).toString();
    }
}

void TestBlake3::officialVectors()
{
    QFETCH(int, length);
    QFETCH(QString, hash);
    QFETCH(QString, keyedHash);
    QFETCH(QString, deriveKey);
    const QJsonObject all = vectors();
    const QByteArray data = input(length);
    const int outLength = int(hash.size() / 2);

    Blake3 plain;
    plain.update(data);
    QCOMPARE(QString::fromLatin1(plain.finalize(outLength).toHex()), hash);
    QCOMPARE(QString::fromLatin1(Blake3::hash(data).toHex()), hash.left(64));

    Blake3 keyed = Blake3::keyed(all.value(QStringLiteral("key")).toString().toUtf8());
    keyed.update(data);
    QCOMPARE(QString::fromLatin1(keyed.finalize(outLength).toHex()), keyedHash);

    Blake3 derived = Blake3::deriveKey(all.value(QStringLiteral("context_string")).toString().toUtf8());
    derived.update(data);
    QCOMPARE(QString::fromLatin1(derived.finalize(outLength).toHex()), deriveKey);
}

void TestBlake3::incrementalEqualsOneShot()
{
    const QByteArray data = input(10'000);
    for (int step : {1, 7, 63, 64, 65, 1023, 1024, 1025, 4096}) {
        Blake3 h;
        for (int i = 0; i < data.size(); i += step)
            h.update(QByteArrayView(data).sliced(i, std::min<qsizetype>(step, data.size() - i)));
        QCOMPARE(h.finalize(), Blake3::hash(data));
    }
}

QTEST_GUILESS_MAIN(TestBlake3)
#include "tst_blake3.moc"
