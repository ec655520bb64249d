#include "iscc/InstanceCode.h"
#include "iscc/IsccHeader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rakkan::iscc;

namespace {
QJsonObject vectors()
{
    QFile file(QStringLiteral(RAKKAN_TEST_DATA "/iscc/data.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray streamBytes(const QString &input)
{
    return QByteArray::fromHex(input.mid(int(QStringLiteral("stream:").size())).toLatin1());
}
} // namespace

class TestIscc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceCodeVectors_data();
    void instanceCodeVectors();
    void everyVectorCodeDecodesAndEncodesBack();
    void headerVarnibbles();
    void refusesWhatIsNotAnIscc();
};

void TestIscc::instanceCodeVectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("iscc");
    QTest::addColumn<QString>("datahash");
    QTest::addColumn<qint64>("filesize");
    const QJsonObject cases = vectors().value(QStringLiteral("gen_instance_code_v0")).toObject();
    QVERIFY(cases.size() >= 3);
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonArray inputs = it.value().toObject().value(QStringLiteral("inputs")).toArray();
        const QJsonObject outputs = it.value().toObject().value(QStringLiteral("outputs")).toObject();
        QTest::newRow(qPrintable(it.key()))
            << streamBytes(inputs.at(0).toString()) << inputs.at(1).toInt()
            << outputs.value(QStringLiteral("iscc")).toString() << outputs.value(QStringLiteral("datahash")).toString()
            << qint64(outputs.value(QStringLiteral("filesize")).toInteger());
    }
}

void TestIscc::instanceCodeVectors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, bits);
    QFETCH(QString, iscc);
    QFETCH(QString, datahash);
    QFETCH(qint64, filesize);
    const InstanceCode code = instanceCode(data, bits);
    QCOMPARE(code.iscc, iscc);
    QCOMPARE(code.datahash, datahash);
    QCOMPARE(code.filesize, filesize);
    // Streaming from a device gives the same.
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto streamed = instanceCode(buffer, bits);
    QVERIFY(streamed.ok());
    QCOMPARE(streamed->iscc, iscc);
}

void TestIscc::everyVectorCodeDecodesAndEncodesBack()
{
    const QJsonObject all = vectors();
    int checked = 0;
    for (auto unit = all.begin(); unit != all.end(); ++unit) {
        if (!unit.key().startsWith(QLatin1String("gen_")))
            continue;
        const QJsonObject cases = unit.value().toObject();
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            const QString iscc = it.value()
                                     .toObject()
                                     .value(QStringLiteral("outputs"))
                                     .toObject()
                                     .value(QStringLiteral("iscc"))
                                     .toString();
            if (iscc.isEmpty())
                continue;
            auto decoded = IsccCodec::decode(iscc);
            QVERIFY2(decoded.ok(), qPrintable(iscc));
            QCOMPARE(IsccCodec::encode(*decoded), iscc);
            ++checked;
        }
    }
    QVERIFY(checked >= 30);
}

void TestIscc::headerVarnibbles()
{
    // Instance, no subtype, version 0, 64 bits: nibbles 4 0 0 1.
    QCOMPARE(IsccCodec::encodeHeader(4, 0, 0, 1).toHex(), QByteArray("4001"));
    // A value of 8 or more takes two nibbles (10xx xxxx), and an odd count is padded with a zero nibble.
    QCOMPARE(IsccCodec::encodeHeader(5, 0, 0, 8).toHex(), QByteArray("500800"));
}

void TestIscc::refusesWhatIsNotAnIscc()
{
    QVERIFY(!IsccCodec::decode(QStringLiteral("ISCC:1189")).ok());
    QVERIFY(!IsccCodec::decode(QStringLiteral("ISCC:")).ok());
    QVERIFY(!IsccCodec::decode(QStringLiteral("ISCC:A")).ok());
}

QTEST_GUILESS_MAIN(TestIscc)
#include "tst_iscc.moc"
