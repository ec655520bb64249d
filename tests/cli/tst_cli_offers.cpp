// offers and payments as a creator types them: an e-mailed offer recorded in one command with its red flags, a
// counter, refused moves with reasons, the co-signer rule, amounts that are not amounts, and a ledger whose CSV
// cannot run formulas in a spreadsheet.

#include "cli/CliRunner.h"
#include "common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using rakkan::test::CliRunner;

class TestCliOffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordCounterAndFlag();
    void badAmountsAndMovesAreRefused();
    void ledgerCsvIsSafe();
    void exportAndImportRsl();
    void editCompareAttachAndSummarise();
    void yesNoTermsCanBeClearedAgain();

private:
    test::CliResult cli(const QStringList &args) const
    {
        return m_runner->run(QStringList{QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("c.rakkan"))} +
                             args);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_runner;
};

void TestCliOffers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner = std::make_unique<CliRunner>(m_dir.path());
}

void TestCliOffers::recordCounterAndFlag()
{
    // "We'd like to license your portfolio for AI training, $5,000, sign by Friday."
    auto added = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("add"),
                      QStringLiteral("--title"), QStringLiteral("Portfolio for training"), QStringLiteral("--from"),
                      QStringLiteral("Example AI"), QStringLiteral("--received"), QStringLiteral("2026-11-23"),
                      QStringLiteral("--deadline"), QStringLiteral("2026-11-27"), QStringLiteral("--flat"),
                      QStringLiteral("5,000 USD"), QStringLiteral("--permits"), QStringLiteral("ai-train"),
                      QStringLiteral("--cosigner"), QStringLiteral("Publisher K")});
    QVERIFY2(added.exitCode == 0, added.describe());
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    auto shown = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject offer = shown.json().object();
    QCOMPARE(offer.value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("5000.00")));
    QStringList flags;
    for (const QJsonValue &f : offer.value(QStringLiteral("red_flags")).toArray())
        flags << f.toObject().value(QStringLiteral("flag")).toString();
    for (const char *expected :
         {"models_survive", "short_deadline", "style_not_excluded", "no_audit", "no_provenance_warranty"})
        QVERIFY2(flags.contains(QLatin1String(expected)), qPrintable(flags.join(QLatin1Char(' '))));
    QVERIFY(!flags.contains(QStringLiteral("buyer_undisclosed")));

    QVERIFY(cli({QStringLiteral("offers"), QStringLiteral("transition"), QString::number(id),
                 QStringLiteral("under_review")})
                .exitCode == 0);
    // The counter: a new version with the fee and the exclusion changed, everything else as offered.
    auto countered = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("counter"),
                          QString::number(id), QStringLiteral("--flat"), QStringLiteral("15000 USD"),
                          QStringLiteral("--prohibits"), QStringLiteral("style-imitation"), QStringLiteral("--note"),
                          QStringLiteral("asked for 15,000 and no style imitation")});
    QVERIFY2(countered.exitCode == 0, countered.describe());
    const qint64 second = countered.json().object().value(QStringLiteral("id")).toInteger();
    auto history =
        cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(history.json().object().value(QStringLiteral("history")).toArray().size(), 3);
    QCOMPARE(history.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("countered"));
    const QJsonObject v2 =
        cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), QString::number(second)})
            .json()
            .object();
    QCOMPARE(v2.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(v2.value(QStringLiteral("title")).toString(), QStringLiteral("Portfolio for training"));
    QCOMPARE(v2.value(QStringLiteral("payments")).toArray().size(), 1);
    QCOMPARE(v2.value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("15000.00")));
    QStringList v2flags;
    for (const QJsonValue &f : v2.value(QStringLiteral("red_flags")).toArray())
        v2flags << f.toObject().value(QStringLiteral("flag")).toString();
    QVERIFY(!v2flags.contains(QStringLiteral("style_not_excluded")));
}

void TestCliOffers::badAmountsAndMovesAreRefused()
{
    for (const char *amount : {"1e309 USD", "-5 USD", "5.5 JPY", "5000 DOGE", "five USD"}) {
        auto r = cli({QStringLiteral("offers"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--from"), QStringLiteral("y"), QStringLiteral("--flat"), QLatin1String(amount)});
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY(!r.errText().isEmpty());
    }
    auto listed = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("list")});
    const int before = int(listed.json().object().value(QStringLiteral("offers")).toArray().size());
    // Nothing was half-saved by the refusals above.
    QCOMPARE(before, 2); // the offer and its counter
    auto skip =
        cli({QStringLiteral("offers"), QStringLiteral("transition"), QStringLiteral("1"), QStringLiteral("active")});
    QCOMPARE(skip.exitCode, 1);
    QVERIFY(skip.errText().contains(QStringLiteral("cannot become")));
    auto unknown =
        cli({QStringLiteral("offers"), QStringLiteral("transition"), QStringLiteral("1"), QStringLiteral("signed")});
    QCOMPARE(unknown.exitCode, 2);
    auto nobody =
        cli({QStringLiteral("offers"), QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("Stranger")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(
        cli({QStringLiteral("offers"), QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("Publisher K")})
            .exitCode == 0);
}

void TestCliOffers::ledgerCsvIsSafe()
{
    auto added = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("add"),
                      QStringLiteral("--title"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("--from"),
                      QStringLiteral("+Marketplace"), QStringLiteral("--flat"), QStringLiteral("300000 JPY")});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    for (const char *amount : {"150000", "150,000"})
        QVERIFY(cli({QStringLiteral("payments"), QStringLiteral("add"), id, QLatin1String(amount),
                     QStringLiteral("JPY"), QStringLiteral("--date"), QStringLiteral("2027-03-31"),
                     QStringLiteral("--note"), QStringLiteral("@SUM(A1:A2)")})
                    .exitCode == 0);
    auto ledger = cli({QStringLiteral("--json"), QStringLiteral("payments"), QStringLiteral("list")});
    QCOMPARE(ledger.json().object().value(QStringLiteral("totals")).toObject().value(QStringLiteral("2027 JPY")),
             QJsonValue(QStringLiteral("300000")));
    auto csv = cli({QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, csv.describe());
    // Every cell that a spreadsheet would read as a formula is defused.
    for (const QString &line : csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        for (const QString &cell : line.split(QLatin1Char(',')))
            QVERIFY2(!QString(cell).remove(QLatin1Char('"')).startsWith(QLatin1Char('=')) &&
                         !QString(cell).remove(QLatin1Char('"')).startsWith(QLatin1Char('+')) &&
                         !QString(cell).remove(QLatin1Char('"')).startsWith(QLatin1Char('@')),
                     qPrintable(line));
    QVERIFY(csv.outText().contains(QStringLiteral("'=cmd")));
    auto bad =
        cli({QStringLiteral("payments"), QStringLiteral("add"), id, QStringLiteral("1e309"), QStringLiteral("JPY")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliOffers::exportAndImportRsl()
{
    const QString rsl = m_dir.filePath(QStringLiteral("offer.xml"));
    const QString odrl = m_dir.filePath(QStringLiteral("offer.json"));
    auto exported = cli({QStringLiteral("offers"), QStringLiteral("export"), QStringLiteral("1"),
                         QStringLiteral("--rsl"), rsl, QStringLiteral("--odrl"), odrl});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(test::readFile(rsl).contains("https://rslstandard.org/rsl"));
    QCOMPARE(QJsonDocument::fromJson(test::readFile(odrl)).object().value(QStringLiteral("@type")).toString(),
             QStringLiteral("Offer"));
    auto imported = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("import-rsl"), rsl,
                         QStringLiteral("--title"), QStringLiteral("Same terms, other buyer"), QStringLiteral("--from"),
                         QStringLiteral("Other AI")});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QString id = QString::number(imported.json().object().value(QStringLiteral("id")).toInteger());
    const QJsonObject draft =
        cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), id}).json().object();
    QCOMPARE(draft.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(draft.value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("5000.00")));
    // A file that is not a licence leaves nothing behind.
    const QString pdf = m_dir.filePath(QStringLiteral("contract.pdf"));
    test::writeFile(pdf, "%PDF-1.7\n%binary");
    const int before = int(cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("list")})
                               .json()
                               .object()
                               .value(QStringLiteral("offers"))
                               .toArray()
                               .size());
    auto refused = cli({QStringLiteral("offers"), QStringLiteral("import-rsl"), pdf, QStringLiteral("--title"),
                        QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("y")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.errText().isEmpty());
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("list")})
                 .json()
                 .object()
                 .value(QStringLiteral("offers"))
                 .toArray()
                 .size(),
             before);
}

void TestCliOffers::yesNoTermsCanBeClearedAgain()
{
    auto added =
        cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("Exclusive deal"), QStringLiteral("--from"), QStringLiteral("Gamma"),
             QStringLiteral("--exclusive"), QStringLiteral("--auto-renew"), QStringLiteral("--audit")});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    const auto show = [&] {
        return cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), id}).json().object();
    };
    QVERIFY(show().value(QStringLiteral("exclusive")).toBool());
    QVERIFY(show().value(QStringLiteral("auto_renew")).toBool());

    // A term switched on can be switched off again, and the others stay as they were.
    auto cleared = cli({QStringLiteral("offers"), QStringLiteral("edit"), id, QStringLiteral("--no-exclusive"),
                        QStringLiteral("--no-auto-renew")});
    QVERIFY2(cleared.exitCode == 0, cleared.describe());
    const QJsonObject after = show();
    QVERIFY(!after.value(QStringLiteral("exclusive")).toBool());
    QVERIFY(!after.value(QStringLiteral("auto_renew")).toBool());
    QVERIFY(after.value(QStringLiteral("audit")).toBool());

    // Both at once says which contradict, and changes nothing.
    auto both = cli({QStringLiteral("offers"), QStringLiteral("edit"), id, QStringLiteral("--audit"),
                     QStringLiteral("--no-audit")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.errText().contains(QStringLiteral("--audit and --no-audit")), both.describe());
    QVERIFY(show().value(QStringLiteral("audit")).toBool());

    // Every command's help lists its actions from the one registry, aligned.
    auto help = cli({QStringLiteral("offers"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.outText().contains(QStringLiteral("  import-rsl  An RSL licence as a new draft offer")),
             help.describe());
    QVERIFY(help.outText().contains(QStringLiteral("  list        The offers")));
}

void TestCliOffers::editCompareAttachAndSummarise()
{
    const auto add = [this](const QStringList &extra) {
        auto r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("add")} + extra);
        return r.exitCode == 0 ? r.json().object().value(QStringLiteral("id")).toInteger() : -1;
    };
    const qint64 a = add({QStringLiteral("--title"), QStringLiteral("Dataset A"), QStringLiteral("--from"),
                          QStringLiteral("Alpha"), QStringLiteral("--flat"), QStringLiteral("100000 JPY"),
                          QStringLiteral("--users"), QStringLiteral("commercial"), QStringLiteral("--takedown"),
                          QStringLiteral("retrain"), QStringLiteral("--takedown-days"), QStringLiteral("30")});
    const qint64 b = add({QStringLiteral("--title"), QStringLiteral("Dataset B"), QStringLiteral("--from"),
                          QStringLiteral("Beta"), QStringLiteral("--flat"), QStringLiteral("100000 JPY"),
                          QStringLiteral("--prohibits"), QStringLiteral("style-imitation")});
    QVERIFY(a > 0 && b > 0);

    // A correction: the history says which terms changed.
    auto edit = cli({QStringLiteral("offers"), QStringLiteral("edit"), QString::number(a), QStringLiteral("--flat"),
                     QStringLiteral("120000 JPY"), QStringLiteral("--note"), QStringLiteral("misread")});
    QVERIFY2(edit.exitCode == 0, edit.describe());
    auto shown = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("show"), QString::number(a)});
    const QJsonObject offer = shown.json().object();
    QCOMPARE(offer.value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("120000")));
    QCOMPARE(offer.value(QStringLiteral("users")).toArray(), QJsonArray{QStringLiteral("commercial")});
    QCOMPARE(offer.value(QStringLiteral("takedown")).toObject().value(QStringLiteral("days")), QJsonValue(30));
    QVERIFY(offer.value(QStringLiteral("history"))
                .toArray()
                .last()
                .toObject()
                .value(QStringLiteral("note"))
                .toString()
                .contains(QStringLiteral("Payment")));
    auto both = cli({QStringLiteral("offers"), QStringLiteral("edit"), QString::number(b), QStringLiteral("--permits"),
                     QStringLiteral("style-imitation")});
    QCOMPARE(both.exitCode, 1); // permitted and prohibited at once
    QVERIFY(both.errText().contains(QStringLiteral("both permitted and prohibited")));

    auto compared = cli({QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("compare"),
                         QString::number(a), QString::number(b)});
    QVERIFY2(compared.exitCode == 0, compared.describe());
    QHash<QString, bool> differs;
    for (const QJsonValue &t : compared.json().object().value(QStringLiteral("terms")).toArray())
        differs.insert(t.toObject().value(QStringLiteral("term")).toString(),
                       t.toObject().value(QStringLiteral("differs")).toBool());
    QVERIFY(differs.value(QStringLiteral("payments")));
    QVERIFY(differs.value(QStringLiteral("prohibits")));
    QVERIFY(differs.contains(QStringLiteral("governing_law")) && !differs.value(QStringLiteral("governing_law")));
    QCOMPARE(cli({QStringLiteral("offers"), QStringLiteral("compare"), QString::number(a)}).exitCode, 2);

    // The summary is a PDF; a PDF can be kept, anything else is refused.
    const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
    auto exported =
        cli({QStringLiteral("offers"), QStringLiteral("export"), QString::number(a), QStringLiteral("--pdf"), summary});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(test::readFile(summary).startsWith("%PDF-"));
    auto kept = cli(
        {QStringLiteral("--json"), QStringLiteral("offers"), QStringLiteral("attach"), QString::number(a), summary});
    QVERIFY2(kept.exitCode == 0, kept.describe());
    QCOMPARE(kept.json().object().value(QStringLiteral("sha256")).toString().size(), 64);
    const QString notPdf = m_dir.filePath(QStringLiteral("contract.pdf"));
    QVERIFY(test::writeFile(notPdf, QByteArrayLiteral("<html>not a contract</html>")));
    auto refused = cli({QStringLiteral("offers"), QStringLiteral("attach"), QString::number(a), notPdf});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.errText().contains(QStringLiteral("not a PDF")));
}

QTEST_GUILESS_MAIN(TestCliOffers)
#include "tst_cli_offers.moc"
