#include "crypto/Jcs.h"

#include <QTest>

#include <bit>

using rakkan::crypto::Jcs;

class TestJcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8785Example();
    void rfc8785Numbers_data();
    void rfc8785Numbers();
    void sortsByUtf16CodeUnits();
    void refusesWhatHasNoCanonicalForm();
};

void TestJcs::rfc8785Example()
{
    // RFC 8785, section 3.2.2 (the input with its whitespace and escapes, and the canonical output).
    const QByteArray input = R"({
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
    })";
    const QByteArray expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                                "\"string\":\"\xE2\x82\xAC$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    auto out = Jcs::canonicalize(input);
    QVERIFY(out.ok());
    QCOMPARE(*out, expected);
}

void TestJcs::rfc8785Numbers_data()
{
    // RFC 8785, appendix B: IEEE 754 bit patterns and their ECMAScript text.
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QByteArray>("text");
    const QList<QPair<quint64, const char *>> rows = {
        {0x0000000000000000, "0"},
        {0x8000000000000000, "0"},
        {0x0000000000000001, "5e-324"},
        {0x8000000000000001, "-5e-324"},
        {0x7fefffffffffffff, "1.7976931348623157e+308"},
        {0xffefffffffffffff, "-1.7976931348623157e+308"},
        {0x4340000000000000, "9007199254740992"},
        {0xc340000000000000, "-9007199254740992"},
        {0x4430000000000000, "295147905179352830000"},
        {0x44b52d02c7e14af5, "9.999999999999997e+22"},
        {0x44b52d02c7e14af6, "1e+23"},
        {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
        {0x444b1ae4d6e2ef4e, "999999999999999700000"},
        {0x444b1ae4d6e2ef4f, "999999999999999900000"},
        {0x444b1ae4d6e2ef50, "1e+21"},
        {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
        {0x3eb0c6f7a0b5ed8d, "0.000001"},
        {0x41b3de4355555553, "333333333.3333332"},
        {0x41b3de4355555554, "333333333.33333325"},
        {0x41b3de4355555555, "333333333.3333333"},
        {0x41b3de4355555556, "333333333.3333334"},
        {0x41b3de4355555557, "333333333.33333343"},
        {0xbecbf647612f3696, "-0.0000033333333333333333"},
        {0x43143ff3c1cb0959, "1424953923781206.2"},
    };
    for (const auto &[bits, text] : rows)
        QTest::newRow(text) << bits << QByteArray(text);
}

void TestJcs::rfc8785Numbers()
{
    QFETCH(quint64, bits);
    QFETCH(QByteArray, text);
    auto out = Jcs::number(std::bit_cast<double>(bits));
    QVERIFY(out.ok());
    QCOMPARE(*out, text);
}

void TestJcs::sortsByUtf16CodeUnits()
{
    // U+1F600 (a surrogate pair, D83D DE00) sorts before U+FB33 in UTF-16 order, though not in code points.
    const QByteArray input = "{\"\\ufb33\":1,\"\\ud83d\\ude00\":2,\"a\":3,\"B\":4}";
    auto out = Jcs::canonicalize(input);
    QVERIFY(out.ok());
    QCOMPARE(*out, QByteArray("{\"B\":4,\"a\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}"));
}

void TestJcs::refusesWhatHasNoCanonicalForm()
{
    QVERIFY(!Jcs::canonicalize(QByteArray("{\"a\": }")).ok());
    QVERIFY(!Jcs::number(std::numeric_limits<double>::infinity()).ok());
    QVERIFY(!Jcs::number(std::nan("")).ok());
}

QTEST_GUILESS_MAIN(TestJcs)
#include "tst_jcs.moc"
