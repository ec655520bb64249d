#include "common/TestSupport.h"
#include "crypto/Jcs.h"
#include "imaging/ImageDecoder.h"
#include "iscc/DataCode.h"
#include "iscc/ImageCode.h"
#include "iscc/InstanceCode.h"
#include "iscc/IsccCode.h"
#include "iscc/IsccHeader.h"
#include "iscc/IsccText.h"
#include "iscc/MetaCode.h"

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

// Adds one row per conformance vector of `function`, with its inputs and outputs.
void addVectorRows(const char *function)
{
    QTest::addColumn<QJsonArray>("inputs");
    QTest::addColumn<QJsonObject>("outputs");
    const QJsonObject cases = vectors().value(QLatin1String(function)).toObject();
    QVERIFY2(!cases.isEmpty(), function);
    for (auto it = cases.begin(); it != cases.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value().toObject().value(QStringLiteral("inputs")).toArray()
                                            << it.value().toObject().value(QStringLiteral("outputs")).toObject();
}

QString out(const QJsonObject &outputs, const char *key)
{
    return outputs.value(QLatin1String(key)).toString();
}

rakkan::imaging::DecodedImage decodeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto decoded = rakkan::imaging::ImageDecoder::decode(file.readAll(), rakkan::imaging::DecodeLimits{});
    return decoded.ok() ? *decoded : rakkan::imaging::DecodedImage{};
}
} // namespace

class TestIscc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceCodeVectors_data();
    void instanceCodeVectors();
    void metaCodeVectors_data() { addVectorRows("gen_meta_code_v0"); }
    void metaCodeVectors();
    void textCodeVectors_data() { addVectorRows("gen_text_code_v0"); }
    void textCodeVectors();
    void dataCodeVectors_data() { addVectorRows("gen_data_code_v0"); }
    void dataCodeVectors();
    void dataCodeIsTheSameFedInPieces();
    void imageCodeVectors_data() { addVectorRows("gen_image_code_v0"); }
    void imageCodeVectors();
    void isccCodeVectors_data() { addVectorRows("gen_iscc_code_v0"); }
    void isccCodeVectors();
    void compositeRefusesIncompleteSets();
    void metaCodeNeedsATitle();
    void textNormalisation();
    void flattenOntoWhiteBlendsLikePillow();
    void trimCutsTheUniformBorderOnly();
    void greyUsesRec601FixedPoint();
    void bicubicResizeKeepsFlatAndAveragesBlocks();
    void orientationIsAppliedBeforeHashing();
    void fusedNormalisationEqualsTheSteps();
    void wholeFileImageCodes_data();
    void wholeFileImageCodes();
    void assetIsccCombinesEverything();
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

void TestIscc::metaCodeVectors()
{
    QFETCH(QJsonArray, inputs);
    QFETCH(QJsonObject, outputs);
    const QString name = inputs.at(0).toString();
    const QString description = inputs.at(1).toString();
    const int bits = inputs.at(3).toInt();
    rakkan::Result<MetaCode> code = rakkan::makeError(rakkan::ErrorCode::InvalidArgument, QString());
    const QJsonValue meta = inputs.at(2);
    if (meta.isObject()) {
        code = MetaCodes::fromMetadata(name, *rakkan::crypto::Jcs::canonicalize(QJsonValue(meta.toObject())), bits);
    } else if (meta.isString()) {
        // A data: URL; the metadata is its decoded payload.
        const QString url = meta.toString();
        const QByteArray payload = QByteArray::fromBase64(url.mid(url.indexOf(QLatin1Char(',')) + 1).toLatin1());
        code = MetaCodes::fromMetadata(name, payload, bits);
    } else {
        code = MetaCodes::fromText(name, description, bits);
    }
    RAKKAN_VERIFY_OK(code);
    QCOMPARE(code->iscc, out(outputs, "iscc"));
    QCOMPARE(code->name, out(outputs, "name"));
    if (!meta.isObject() && !meta.isString())
        QCOMPARE(code->description, out(outputs, "description"));
    QCOMPARE(code->metahash, out(outputs, "metahash"));
}

void TestIscc::textCodeVectors()
{
    QFETCH(QJsonArray, inputs);
    QFETCH(QJsonObject, outputs);
    const TextCode code = textCode(inputs.at(0).toString(), inputs.at(1).toInt());
    QCOMPARE(code.iscc, out(outputs, "iscc"));
    QCOMPARE(code.characters, outputs.value(QStringLiteral("characters")).toInt());
}

void TestIscc::dataCodeVectors()
{
    QFETCH(QJsonArray, inputs);
    QFETCH(QJsonObject, outputs);
    QCOMPARE(dataCode(streamBytes(inputs.at(0).toString()), inputs.at(1).toInt()), out(outputs, "iscc"));
}

void TestIscc::dataCodeIsTheSameFedInPieces()
{
    // Enough bytes for dozens of chunks, fed in awkward block sizes: the cuts must not depend on the blocks.
    QByteArray bytes;
    quint32 state = 12345;
    for (int i = 0; i < 200'000; ++i) {
        state = state * 1103515245u + 12345u;
        bytes.append(char(state >> 24));
    }
    const QString whole = dataCode(bytes, 256);
    for (const int block : {1, 7, 1000, 8192, 8193, 65536}) {
        DataHasher hasher;
        for (qsizetype at = 0; at < bytes.size(); at += block)
            hasher.push(QByteArrayView(bytes.constData() + at, qMin<qsizetype>(block, bytes.size() - at)));
        QCOMPARE(hasher.code(256), whole);
    }
    // And it is a similarity hash: a small edit in the middle leaves most of the code alone.
    QByteArray edited = bytes;
    edited.insert(100'000, "inserted bytes");
    const auto a = IsccCodec::decode(whole), b = IsccCodec::decode(dataCode(edited, 256));
    int differing = 0;
    for (int i = 0; i < 32; ++i)
        differing += qPopulationCount(quint8(a->body.at(i) ^ b->body.at(i)));
    QVERIFY2(differing < 32, qPrintable(QString::number(differing)));
}

void TestIscc::imageCodeVectors()
{
    QFETCH(QJsonArray, inputs);
    QFETCH(QJsonObject, outputs);
    const QJsonArray values = inputs.at(0).toArray();
    QCOMPARE(values.size(), 1024);
    ImagePixels pixels{};
    for (int i = 0; i < 1024; ++i)
        pixels[size_t(i)] = quint8(values.at(i).toInt());
    QCOMPARE(imageCodeFromPixels(pixels, inputs.at(1).toInt()), out(outputs, "iscc"));
}

void TestIscc::isccCodeVectors()
{
    QFETCH(QJsonArray, inputs);
    QFETCH(QJsonObject, outputs);
    QStringList units;
    for (const QJsonValue &unit : inputs.at(0).toArray())
        units << unit.toString();
    auto code = IsccComposite::combine(units);
    RAKKAN_VERIFY_OK(code);
    QCOMPARE(*code, out(outputs, "iscc"));
}

void TestIscc::compositeRefusesIncompleteSets()
{
    const QString data = QStringLiteral("GABVVC5DMJJGYKZ4ZBYVNYABFFYXG");
    const QString instance = QStringLiteral("IADWIK7A7JTUAQ2D6QARX7OBEIK3OOUAM42LOBLCZ4ZOGDLRHMDL6TQ");
    QVERIFY(!IsccComposite::combine({data}).ok());
    QVERIFY(!IsccComposite::combine({QStringLiteral("AAAYPXW445FTYNJ3"), instance}).ok());
    QVERIFY(!IsccComposite::combine({QStringLiteral("not an iscc"), data, instance}).ok());
    // Text and image content units cannot share one composite.
    const auto mixed = IsccComposite::combine(
        {QStringLiteral("EAARMJLTQCUWAND2"), QStringLiteral("EEAQAAAAAAAAAAAA"), data, instance});
    QVERIFY(!mixed.ok());
    // Meta + Data + Instance: subtype NONE (6), units bit 4.
    auto none = IsccComposite::combine({QStringLiteral("AAAYPXW445FTYNJ3"), data, instance});
    RAKKAN_VERIFY_OK(none);
    const auto decoded = IsccCodec::decode(*none);
    QCOMPARE(decoded->subType, 6);
    QCOMPARE(decoded->lengthCode, 4);
    QCOMPARE(decoded->body.size(), 24);
}

void TestIscc::metaCodeNeedsATitle()
{
    RAKKAN_VERIFY_ERROR(MetaCodes::fromText(QStringLiteral(" \n\t ")), rakkan::ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(MetaCodes::fromText(QStringLiteral("Title"), {}, 48), rakkan::ErrorCode::InvalidArgument);
    // Japanese titles hash by character, and a full-width variant normalises to the same code (NFKC).
    auto a = MetaCodes::fromText(QStringLiteral("星の海 第１話"));
    auto b = MetaCodes::fromText(QStringLiteral("星の海 第1話"));
    RAKKAN_VERIFY_OK(a);
    RAKKAN_VERIFY_OK(b);
    QCOMPARE(a->iscc, b->iscc);
}

void TestIscc::textNormalisation()
{
    using namespace rakkan::iscc::text;
    QCOMPARE(clean(QStringLiteral("  a\u0007b\r\n\r\n\r\nc  ")), QStringLiteral("ab\n\nc"));
    QCOMPARE(removeNewlines(QStringLiteral("a \n  b\tc")), QStringLiteral("a b c"));
    QCOMPARE(collapse(QStringLiteral("Hé, Wörld!")), QStringLiteral("heworld"));
    // Never half a character: 漢 is three bytes in UTF-8.
    QCOMPARE(trimToUtf8Bytes(QStringLiteral("ab漢"), 4), QStringLiteral("ab"));
    QCOMPARE(trimToUtf8Bytes(QStringLiteral("ab漢"), 5), QStringLiteral("ab漢"));
}

void TestIscc::flattenOntoWhiteBlendsLikePillow()
{
    QImage rgba(3, 1, QImage::Format_RGBA8888);
    rgba.setPixelColor(0, 0, QColor(0, 0, 0, 0));      // transparent: white
    rgba.setPixelColor(1, 0, QColor(10, 20, 30, 255)); // opaque: unchanged
    rgba.setPixelColor(2, 0, QColor(0, 100, 200, 128));
    const QImage flat = imagenorm::flattenOntoWhite(rgba);
    QCOMPARE(flat.format(), QImage::Format_RGB888);
    QCOMPARE(flat.pixelColor(0, 0), QColor(255, 255, 255));
    QCOMPARE(flat.pixelColor(1, 0), QColor(10, 20, 30));
    // (v * 128 + 255 * 127) / 255 rounded as Pillow's DIV255: 127, 177, 227.
    QCOMPARE(flat.pixelColor(2, 0), QColor(127, 177, 227));
}

void TestIscc::trimCutsTheUniformBorderOnly()
{
    QImage image(10, 8, QImage::Format_RGB888);
    image.fill(QColor(250, 250, 250));
    image.setPixelColor(3, 2, Qt::black);
    image.setPixelColor(6, 5, QColor(250, 250, 251)); // one level off the border colour still counts
    const QImage trimmed = imagenorm::trimUniformBorder(image);
    QCOMPARE(trimmed.size(), QSize(4, 4));
    QCOMPARE(trimmed.pixelColor(0, 0), QColor(Qt::black));
    QImage uniform(5, 5, QImage::Format_RGB888);
    uniform.fill(Qt::white);
    QCOMPARE(imagenorm::trimUniformBorder(uniform).size(), QSize(5, 5));
}

void TestIscc::greyUsesRec601FixedPoint()
{
    QImage rgb(4, 1, QImage::Format_RGB888);
    rgb.setPixelColor(0, 0, QColor(255, 0, 0));
    rgb.setPixelColor(1, 0, QColor(0, 255, 0));
    rgb.setPixelColor(2, 0, QColor(0, 0, 255));
    rgb.setPixelColor(3, 0, QColor(100, 100, 100));
    const QImage grey = imagenorm::toGrey(rgb);
    // (r * 19595 + g * 38470 + b * 7471 + 32768) >> 16
    QCOMPARE(int(grey.constScanLine(0)[0]), 76);
    QCOMPARE(int(grey.constScanLine(0)[1]), 150);
    QCOMPARE(int(grey.constScanLine(0)[2]), 29);
    QCOMPARE(int(grey.constScanLine(0)[3]), 100);
}

void TestIscc::bicubicResizeKeepsFlatAndAveragesBlocks()
{
    QImage flat(640, 480, QImage::Format_Grayscale8);
    flat.fill(137);
    const QImage small = imagenorm::resizeBicubic(flat, {32, 32});
    QCOMPARE(small.size(), QSize(32, 32));
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            QCOMPARE(int(small.constScanLine(y)[x]), 137);
    // Left half black, right half white: the columns well inside each half stay pure, the middle is grey.
    QImage halves(64, 64, QImage::Format_Grayscale8);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            halves.scanLine(y)[x] = x < 32 ? 0 : 255;
    const QImage h = imagenorm::resizeBicubic(halves, {32, 32});
    QCOMPARE(int(h.constScanLine(10)[5]), 0);
    QCOMPARE(int(h.constScanLine(10)[26]), 255);
    QVERIFY(h.constScanLine(10)[15] < 40);
    QVERIFY(h.constScanLine(10)[16] > 215);
}

void TestIscc::orientationIsAppliedBeforeHashing()
{
    QImage image(40, 30, QImage::Format_RGB888);
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 40; ++x)
            image.setPixelColor(x, y, QColor(x * 6, y * 8, (x * y) % 256));
    const QImage turned = image.transformed(QTransform().rotate(90));
    // A file stored upright with "rotate 90" in its EXIF hashes like the picture stored turned.
    QCOMPARE(imageCodeFromPixels(imagenorm::normalize(image, QImageIOHandler::TransformationRotate90), 256),
             imageCodeFromPixels(imagenorm::normalize(turned, QImageIOHandler::TransformationNone), 256));
    QCOMPARE(imagenorm::applyOrientation(image, QImageIOHandler::TransformationMirror).pixelColor(0, 0),
             image.pixelColor(39, 0));
    QCOMPARE(imagenorm::applyOrientation(image, QImageIOHandler::TransformationRotate270).size(), QSize(30, 40));
}

void TestIscc::fusedNormalisationEqualsTheSteps()
{
    // normalize() reads the pixels once; it must give exactly what the separate steps give, alpha and border
    // included, for every pixel format a decoder hands over.
    quint32 state = 7;
    auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    for (const QImage::Format format : {QImage::Format_ARGB32, QImage::Format_RGB32, QImage::Format_RGBA8888,
                                        QImage::Format_RGB888, QImage::Format_Grayscale8, QImage::Format_Indexed8}) {
        QImage image(97, 61, QImage::Format_ARGB32);
        image.fill(QColor(20, 30, 40, 255));
        for (int y = 7; y < 50; ++y)
            for (int x = 11; x < 80; ++x)
                image.setPixel(
                    x, y,
                    next() | (format == QImage::Format_ARGB32 || format == QImage::Format_RGBA8888 ? 0u : 0xff000000u));
        image = image.convertToFormat(format);
        const QImage steps = imagenorm::resizeBicubic(
            imagenorm::toGrey(imagenorm::trimUniformBorder(imagenorm::flattenOntoWhite(image))), {32, 32});
        const ImagePixels fused = imagenorm::normalize(image, QImageIOHandler::TransformationNone);
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                QCOMPARE(int(fused[size_t(y * 32 + x)]), int(steps.constScanLine(y)[x]));
    }
}

void TestIscc::wholeFileImageCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("iscc64");
    QTest::addColumn<QString>("iscc256");
    QFile tsv(QStringLiteral(RAKKAN_TEST_DATA "/iscc/images.tsv"));
    QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
    tsv.readLine(); // header
    int rows = 0;
    while (!tsv.atEnd()) {
        const QStringList fields = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
        if (fields.size() != 3)
            continue;
        QTest::newRow(qPrintable(fields[2]))
            << QStringLiteral(RAKKAN_TEST_DATA "/") + fields[2] << fields[0] << fields[1];
        ++rows;
    }
    QVERIFY(rows >= 30);
}

void TestIscc::wholeFileImageCodes()
{
    QFETCH(QString, path);
    QFETCH(QString, iscc64);
    QFETCH(QString, iscc256);
    const auto decoded = decodeFile(path);
    QVERIFY(!decoded.image.isNull());
    QCOMPARE(imageCode(decoded, 64), iscc64);
    QCOMPARE(imageCode(decoded, 256), iscc256);
}

void TestIscc::assetIsccCombinesEverything()
{
    QFile file(QStringLiteral(RAKKAN_TEST_DATA "/pdq/bridge-mods/aaa-orig.jpg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto decoded = decodeFile(file.fileName());
    auto iscc = AssetIsccs::compute(bytes, decoded, QStringLiteral("橋"), QString());
    RAKKAN_VERIFY_OK(iscc);
    QVERIFY(iscc->isccCode.startsWith(QLatin1String("ISCC:KEC")));
    QCOMPARE(iscc->instanceUnit, instanceCode(bytes).iscc);
    QCOMPARE(iscc->dataUnit, dataCode(bytes, 256));
    QCOMPARE(iscc->contentUnit, imageCode(decoded, 256));
    QCOMPARE(*IsccComposite::combine({iscc->metaUnit, iscc->contentUnit, iscc->dataUnit, iscc->instanceUnit}),
             iscc->isccCode);
    // A new title changes the Meta-Code and the composite, nothing else.
    auto retitled = AssetIsccs::withTitle(*iscc, QStringLiteral("Bridge"), QString());
    RAKKAN_VERIFY_OK(retitled);
    QVERIFY(retitled->metaUnit != iscc->metaUnit);
    QVERIFY(retitled->isccCode != iscc->isccCode);
    QCOMPARE(retitled->contentUnit, iscc->contentUnit);
    // No title: Content + Data + Instance only.
    auto untitled = AssetIsccs::withTitle(*iscc, QString(), QString());
    RAKKAN_VERIFY_OK(untitled);
    QVERIFY(untitled->isccCode.startsWith(QLatin1String("ISCC:KEA")));
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
