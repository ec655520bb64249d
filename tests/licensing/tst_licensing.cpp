// Licensing offers: exact money in ja_JP and en_US, every status transition (allowed and refused), the co-signer
// rule, the hash-chained event log (tampering found), each red flag triggered and not, and payments received.

#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "common/TestSupport.h"
#include "licensing/OfferExchange.h"
#include "licensing/OfferStore.h"
#include "licensing/RedFlags.h"
#include "reservations/Rsl.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::licensing;

namespace {

Money yen(qint64 amount)
{
    return *Money::fromMinorUnits(amount, QStringLiteral("JPY"));
}

// An offer that raises no flag: each test then changes one term.
Offer fairOffer()
{
    Offer o;
    o.title = QStringLiteral("Portfolio licence");
    o.counterparty = QStringLiteral("Example AI");
    o.status = OfferStatus::Received;
    o.receivedOn = QDate(2026, 11, 1);
    o.responseDeadline = QDate(2026, 12, 1);
    o.termStart = QDate(2027, 1, 1);
    o.termEnd = QDate(2028, 1, 1);
    o.postTermModels = PostTermModels::RetrainRequired;
    o.permits = {QStringLiteral("ai-train")};
    o.prohibits = {QStringLiteral("style-imitation"), QStringLiteral("character-reproduction")};
    o.auditRights = true;
    o.provenanceWarranty = true;
    o.payments = {PaymentComponent{QStringLiteral("flat"), yen(500000), 0, QString()}};
    return o;
}

QSet<QString> flagKeys(const Offer &o, const RedFlags::Context &c = {})
{
    QSet<QString> keys;
    for (const RedFlag &f : RedFlags::of(o, c)) {
        keys.insert(f.key);
        if (f.message.isEmpty() || f.term.isEmpty())
            keys.insert(QStringLiteral("(unexplained)"));
    }
    return keys;
}

} // namespace

class TestLicensing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyIsExactAndLocalised();
    void everyTransitionIsAllowedOrRefused();
    void offersAreStoredAndMoveThroughTheirStates();
    void counterOffersAreNewVersions();
    void tamperingWithTheHistoryIsFound();
    void eachRedFlag();
    void rslAndOdrlRoundTrips();
};

void TestLicensing::moneyIsExactAndLocalised()
{
    QCOMPARE(Money::parse(QStringLiteral("5,000"), QStringLiteral("JPY"))->minorUnits(), 5000);
    QCOMPARE(Money::parse(QStringLiteral("5000.5"), QStringLiteral("USD"))->minorUnits(), 500050);
    QCOMPARE(Money::parse(QStringLiteral(" 0.07 "), QStringLiteral("EUR"))->minorUnits(), 7);
    for (const char *bad : {"1e309", "-5", "+5", "5.5.5", "", "five", "5000.123", "NaN", "inf", "99999999999999999"})
        RAKKAN_VERIFY_ERROR(Money::parse(QLatin1String(bad), QStringLiteral("USD")), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(Money::parse(QStringLiteral("5.5"), QStringLiteral("JPY")), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(Money::parse(QStringLiteral("5"), QStringLiteral("XXX")), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(yen(1).plus(*Money::fromMinorUnits(1, QStringLiteral("USD"))), ErrorCode::InvalidArgument);
    QCOMPARE(yen(5000).plus(yen(250))->minorUnits(), 5250);
    QCOMPARE(yen(1000).scaled(1, 3)->minorUnits(), 333); // half away from zero
    QCOMPARE(yen(1000).scaled(2, 3)->minorUnits(), 667);
    QCOMPARE(Money::parse(QStringLiteral("1000000000000"), QStringLiteral("JPY"))->scaled(999, 1000)->minorUnits(),
             999000000000LL);
    QVERIFY(!yen(Money::kMaxMinorUnits).plus(yen(1)).ok());
    QCOMPARE(Money::parse(QStringLiteral("1234.50"), QStringLiteral("USD"))->toPlainString(),
             QStringLiteral("1234.50"));
    QCOMPARE(yen(5000).toPlainString(), QStringLiteral("5000"));
    // JPY has no decimals in any locale; the locale decides separators and symbol placement.
    QCOMPARE(yen(5000).format(QLocale(QStringLiteral("ja_JP"))), QStringLiteral("¥5,000"));
    QCOMPARE(yen(5000).format(QLocale(QStringLiteral("en_US"))), QStringLiteral("¥5,000"));
    QCOMPARE(Money::parse(QStringLiteral("5000.5"), QStringLiteral("USD"))->format(QLocale(QStringLiteral("en_US"))),
             QStringLiteral("$5,000.50"));
    QCOMPARE(Money::parse(QStringLiteral("5000.5"), QStringLiteral("EUR"))->format(QLocale(QStringLiteral("de_DE"))),
             QString::fromUtf8("5.000,50\u00a0€")); // a no-break space, as German typesetting wants
}

void TestLicensing::everyTransitionIsAllowedOrRefused()
{
    using S = OfferStatus;
    const QMap<S, QList<S>> expected{
        {S::Draft, {S::Received, S::Withdrawn}},
        {S::Received, {S::UnderReview, S::Lapsed, S::Withdrawn}},
        {S::UnderReview, {S::InfoRequested, S::Countered, S::Rejected, S::Lapsed, S::Accepted, S::Withdrawn}},
        {S::InfoRequested, {S::UnderReview, S::Lapsed, S::Withdrawn}},
        {S::Countered, {S::CounterReceived, S::Withdrawn}},
        {S::CounterReceived, {S::UnderReview, S::Lapsed, S::Withdrawn}},
        {S::Accepted, {S::AwaitingCosigners, S::Active, S::Withdrawn}},
        {S::AwaitingCosigners, {S::Active, S::Withdrawn}},
        {S::Active, {S::Suspended, S::Expired, S::Terminated, S::Renewed}},
        {S::Suspended, {S::Active}},
        {S::Expired, {S::PostTerm}},
        {S::Terminated, {S::PostTerm}},
    };
    int allowed = 0, refused = 0;
    for (S from : OfferStatusMachine::all())
        for (S to : OfferStatusMachine::all()) {
            const auto result = OfferStatusMachine::check(from, to, {});
            const bool should = expected.value(from).contains(to);
            QVERIFY2(result.ok() == should,
                     qPrintable(OfferStatusMachine::key(from) + QStringLiteral(" -> ") + OfferStatusMachine::key(to)));
            if (!result.ok())
                QVERIFY(!result.error().message.isEmpty());
            (should ? allowed : refused) += 1;
        }
    QCOMPARE(allowed, 31);
    QCOMPARE(allowed + refused, 17 * 17);
    for (S s : {S::Rejected, S::Lapsed, S::Withdrawn, S::Renewed, S::PostTerm})
        QVERIFY(OfferStatusMachine::isTerminal(s) && OfferStatusMachine::next(s).isEmpty());
    // Active only with every co-rights-holder's approval.
    RAKKAN_VERIFY_ERROR(OfferStatusMachine::check(S::AwaitingCosigners, S::Active, {2, 1}), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_OK(OfferStatusMachine::check(S::AwaitingCosigners, S::Active, {2, 2}));
    for (S s : OfferStatusMachine::all())
        QCOMPARE(OfferStatusMachine::fromKey(OfferStatusMachine::key(s)), std::optional<S>(s));
}

void TestLicensing::offersAreStoredAndMoveThroughTheirStates()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    auto work = (*catalog)->createWork(QStringLiteral("星の庭 第1話"), catalog::WorkKind::MangaPage);
    RAKKAN_VERIFY_OK(work);
    OfferStore store(**catalog);
    Offer o = fairOffer();
    o.intermediary = QStringLiteral("Publisher K");
    o.workIds = {*work};
    o.cosigners = {QStringLiteral("Publisher K"), QStringLiteral("Co-author")};
    auto id = store.add(o, QStringLiteral("by e-mail"));
    RAKKAN_VERIFY_OK(id);
    auto back = store.offer(*id);
    RAKKAN_VERIFY_OK(back);
    QCOMPARE(back->payments.first().amount->minorUnits(), 500000);
    QCOMPARE(back->workIds, QList<qint64>{*work});
    QCOMPARE(back->intermediary, QStringLiteral("Publisher K"));
    QCOMPARE(back->postTermModels, PostTermModels::RetrainRequired);

    for (OfferStatus s : {OfferStatus::UnderReview, OfferStatus::Accepted, OfferStatus::AwaitingCosigners})
        RAKKAN_VERIFY_OK(store.transition(*id, s));
    RAKKAN_VERIFY_ERROR(store.transition(*id, OfferStatus::Active), ErrorCode::InvalidArgument);
    QCOMPARE(store.offer(*id)->status, OfferStatus::AwaitingCosigners); // refused: nothing changed
    RAKKAN_VERIFY_OK(store.approve(*id, QStringLiteral("Publisher K")));
    RAKKAN_VERIFY_ERROR(store.approve(*id, QStringLiteral("Publisher K")), ErrorCode::NotFound); // once
    RAKKAN_VERIFY_ERROR(store.transition(*id, OfferStatus::Active), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_OK(store.approve(*id, QStringLiteral("Co-author")));
    RAKKAN_VERIFY_OK(store.transition(*id, OfferStatus::Active, QStringLiteral("signed")));
    RAKKAN_VERIFY_ERROR(store.transition(*id, OfferStatus::Rejected), ErrorCode::InvalidArgument);
    const auto events = store.events(*id);
    QCOMPARE(events->size(), 7); // recorded, three moves, two approvals, active
    QCOMPARE(events->last().to, QStringLiteral("active"));
    QCOMPARE(*store.verifyChain(), std::optional<qint64>());

    // A bad offer is refused whole: nothing half-saved.
    Offer bad = fairOffer();
    bad.payments << PaymentComponent{QStringLiteral("lottery"), yen(1), 0, {}};
    RAKKAN_VERIFY_ERROR(store.add(bad), ErrorCode::InvalidArgument);
    QCOMPARE(store.list()->size(), 1);
    Offer late = fairOffer();
    late.status = OfferStatus::Active;
    RAKKAN_VERIFY_ERROR(store.add(late), ErrorCode::InvalidArgument);

    // Payments received, exact.
    RAKKAN_VERIFY_OK(store.addPayment(*id, yen(250000), QDate(2027, 1, 15), QStringLiteral("first half")));
    RAKKAN_VERIFY_OK(store.addPayment(*id, yen(250000), QDate(2027, 7, 15), {}));
    RAKKAN_VERIFY_ERROR(store.addPayment(*id, Money(), QDate(2027, 8, 1), {}), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(store.addPayment(999, yen(1), QDate(2027, 8, 1), {}), ErrorCode::NotFound);
    const auto paid = store.payments(*id);
    QCOMPARE(paid->size(), 2);
    QCOMPARE(paid->at(0).amount.plus(paid->at(1).amount)->minorUnits(), 500000);
}

void TestLicensing::counterOffersAreNewVersions()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    OfferStore store(**catalog);
    auto first = store.add(fairOffer());
    RAKKAN_VERIFY_OK(first);
    // Countering straight from "received" is refused: the offer is reviewed first.
    RAKKAN_VERIFY_ERROR(store.counter(*first, fairOffer()), ErrorCode::InvalidArgument);
    QCOMPARE(store.list()->size(), 1); // nothing half-made
    RAKKAN_VERIFY_OK(store.transition(*first, OfferStatus::UnderReview));
    Offer mine = *store.offer(*first);
    mine.payments = {PaymentComponent{QStringLiteral("flat"), yen(1500000), 0, {}}};
    mine.prohibits << QStringLiteral("fine-tune");
    auto second = store.counter(*first, mine, QStringLiteral("asked for three times the fee"));
    RAKKAN_VERIFY_OK(second);
    QCOMPARE(store.offer(*first)->status, OfferStatus::Countered);
    const Offer counter = *store.offer(*second);
    QCOMPARE(counter.version, 2);
    QCOMPARE(counter.parentId, *first);
    QCOMPARE(counter.status, OfferStatus::Countered);
    QCOMPARE(counter.payments.first().amount->minorUnits(), 1500000);
    // Their answer, then a third version.
    RAKKAN_VERIFY_OK(store.transition(*second, OfferStatus::CounterReceived));
    RAKKAN_VERIFY_OK(store.transition(*second, OfferStatus::UnderReview));
    auto third = store.counter(*second, counter);
    RAKKAN_VERIFY_OK(third);
    const auto versions = store.versions(*second);
    RAKKAN_VERIFY_OK(versions);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->at(0).id, *first);
    QCOMPARE(versions->at(2).version, 3);
    QCOMPARE(*store.verifyChain(), std::optional<qint64>());
}

void TestLicensing::tamperingWithTheHistoryIsFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.rakkan"));
    {
        auto catalog = catalog::Catalog::open(path);
        OfferStore store(**catalog);
        auto id = store.add(fairOffer());
        RAKKAN_VERIFY_OK(id);
        RAKKAN_VERIFY_OK(store.transition(*id, OfferStatus::UnderReview));
        RAKKAN_VERIFY_OK(store.transition(*id, OfferStatus::Rejected, QStringLiteral("too cheap")));
        QCOMPARE(*store.verifyChain(), std::optional<qint64>());
        // The log refuses edits outright.
        QVERIFY(!(*catalog)->database().exec(QStringLiteral("UPDATE offer_events SET note = 'x'")).ok());
        QVERIFY(!(*catalog)->database().exec(QStringLiteral("DELETE FROM offer_events")).ok());
    }
    // Someone with the file drops the guard and rewrites why the offer was rejected: the chain shows where.
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("DROP TRIGGER offer_events_append_only_update")));
    RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("UPDATE offer_events SET note = 'accepted by phone' WHERE seq = 3")));
    auto catalog = catalog::Catalog::open(path);
    QCOMPARE(*OfferStore(**catalog).verifyChain(), std::optional<qint64>(3));
    // ... and re-hashing that row does not help: the next one no longer follows.
    RAKKAN_VERIFY_OK(
        (*db)->exec(QStringLiteral("UPDATE offer_events SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 2")));
    QCOMPARE(*OfferStore(**catalog).verifyChain(), std::optional<qint64>(2));
}

void TestLicensing::eachRedFlag()
{
    QCOMPARE(flagKeys(fairOffer()), QSet<QString>());
    struct Case
    {
        const char *key;
        std::function<void(Offer &)> change;
    };
    const QList<Case> cases{
        {"models_survive", [](Offer &o) { o.postTermModels = PostTermModels::ModelsSurvive; }},
        {"models_survive", [](Offer &o) { o.postTermModels = PostTermModels::Unspecified; }},
        {"blanket_future", [](Offer &o) { o.blanketFuture = true; }},
        {"buyer_undisclosed", [](Offer &o) { o.licenseeDisclosed = false; }},
        {"short_deadline", [](Offer &o) { o.responseDeadline = o.receivedOn.addDays(13); }},
        {"intermediary_share", [](Offer &o) { o.intermediaryShareBasisPoints = 3001; }},
        {"style_not_excluded", [](Offer &o) { o.prohibits.removeAll(QStringLiteral("style-imitation")); }},
        {"no_audit", [](Offer &o) { o.auditRights = false; }},
        {"no_provenance_warranty", [](Offer &o) { o.provenanceWarranty = false; }},
    };
    for (const Case &c : cases) {
        Offer o = fairOffer();
        c.change(o);
        QCOMPARE(flagKeys(o), QSet<QString>{QLatin1String(c.key)});
    }
    // At the edges: 14 days and 30 % are not flagged.
    Offer edge = fairOffer();
    edge.responseDeadline = edge.receivedOn.addDays(14);
    edge.intermediaryShareBasisPoints = 3000;
    QCOMPARE(flagKeys(edge), QSet<QString>());

    // Conflicts: an active exclusive licence on the same work, and the creator's own reservation.
    Offer exclusive = fairOffer();
    exclusive.id = 7;
    exclusive.title = QStringLiteral("Exclusive deal");
    exclusive.exclusive = true;
    exclusive.status = OfferStatus::Active;
    exclusive.workIds = {1, 2};
    Offer overlapping = fairOffer();
    overlapping.workIds = {2, 3};
    RedFlags::Context context;
    context.otherOffers = {exclusive};
    QCOMPARE(flagKeys(overlapping, context), QSet<QString>{QStringLiteral("exclusive_conflict")});
    overlapping.workIds = {3};
    QCOMPARE(flagKeys(overlapping, context), QSet<QString>());
    exclusive.status = OfferStatus::Expired;
    overlapping.workIds = {2};
    context.otherOffers = {exclusive};
    QCOMPARE(flagKeys(overlapping, context), QSet<QString>());
    RedFlags::Context reserved;
    reserved.reservationRefusesLicensing = true;
    QCOMPARE(flagKeys(fairOffer(), reserved), QSet<QString>{QStringLiteral("reservation_conflict")});

    // Value per work per year: 500,000 yen for 10 works over 2 years is 25,000 a work a year.
    Offer cheap = fairOffer();
    cheap.workIds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    cheap.termEnd = QDate(2029, 1, 1);
    // 500,000 x 365 / (10 works x 731 days: 2028 is a leap year) = 24,965.8
    QCOMPARE(RedFlags::valuePerWorkPerYear(cheap)->minorUnits(), 24966);
    RedFlags::Context threshold;
    threshold.minimumPerWorkPerYear = yen(30000);
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>{QStringLiteral("low_value")});
    threshold.minimumPerWorkPerYear = yen(20000);
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>());
    threshold.minimumPerWorkPerYear = *Money::fromMinorUnits(100000, QStringLiteral("USD")); // not comparable
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>());
}

void TestLicensing::rslAndOdrlRoundTrips()
{
    Offer o = fairOffer();
    o.territory = {QStringLiteral("JP"), QStringLiteral("EU")};
    o.permits << QStringLiteral("fine-tune") << QStringLiteral("ai-input");
    o.payments << PaymentComponent{
        QStringLiteral("per_use"), *Money::parse(QStringLiteral("0.05"), QStringLiteral("USD")), 0, {}};
    const QByteArray rsl = OfferExchange::toRsl(o, QStringLiteral("https://artist.example/portfolio/*"));
    auto checked = reservations::Rsl::read(rsl);
    RAKKAN_VERIFY_OK(checked);
    QVERIFY2(checked->problems.isEmpty(), qPrintable(checked->problems.join(QLatin1Char(' '))));
    auto back = OfferExchange::fromRsl(rsl);
    RAKKAN_VERIFY_OK(back);
    QCOMPARE(back->status, OfferStatus::Draft);
    QCOMPARE(back->permits, (QStringList{QStringLiteral("ai-train"), QStringLiteral("ai-input")})); // fine-tune folds
    QCOMPARE(back->territory, o.territory);
    QCOMPARE(back->payments.size(), 2);
    QCOMPARE(*back->payments.at(0).amount, yen(500000));
    QCOMPARE(back->payments.at(1).basis, QStringLiteral("per_use"));
    QCOMPARE(back->payments.at(1).amount->minorUnits(), 5);
    QVERIFY(back->auditRights && back->provenanceWarranty);

    // ODRL: an Offer while negotiated, an Agreement once accepted; style imitation is a prohibition to derive.
    QJsonObject odrl = OfferExchange::toOdrl(o, QStringLiteral("https://artist.example"));
    QCOMPARE(odrl.value(QStringLiteral("@type")).toString(), QStringLiteral("Offer"));
    const QJsonArray permissions = odrl.value(QStringLiteral("permission")).toArray();
    QVERIFY(!permissions.isEmpty());
    QCOMPARE(permissions.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("tdm:mine"));
    QVERIFY(permissions.first().toObject().contains(QStringLiteral("duty")));
    QCOMPARE(odrl.value(QStringLiteral("prohibition")).toArray().first().toObject().value(QStringLiteral("action")),
             QJsonValue(QStringLiteral("derive")));
    o.status = OfferStatus::Active;
    QCOMPARE(OfferExchange::toOdrl(o, QStringLiteral("https://artist.example")).value(QStringLiteral("@type")),
             QJsonValue(QStringLiteral("Agreement")));

    // Not RSL, not 1.0, too big, a price that is not a price: each refused with a reason.
    RAKKAN_VERIFY_ERROR(OfferExchange::fromRsl("%PDF-1.7 this is a contract"), ErrorCode::Corrupt);
    RAKKAN_VERIFY_ERROR(OfferExchange::fromRsl("<rsl xmlns=\"https://rslstandard.org/rsl\"><content url=\"/\">"
                                               "<license><permits type=\"usage\">train-ai</permits></license>"
                                               "</content></rsl>"),
                        ErrorCode::UnsupportedFormat);
    RAKKAN_VERIFY_ERROR(OfferExchange::fromRsl(QByteArray(2 << 20, ' ')), ErrorCode::TooLarge);
    RAKKAN_VERIFY_ERROR(OfferExchange::fromRsl("<rsl xmlns=\"https://rslstandard.org/rsl\"><content url=\"/\">"
                                               "<license><payment type=\"training\"><amount currency=\"USD\">1e309"
                                               "</amount></payment></license></content></rsl>"),
                        ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestLicensing)
#include "tst_licensing.moc"
