// Licensing offers: exact money in ja_JP and en_US, every status transition (allowed and refused), the co-signer
// rule, the hash-chained event log (tampering found), each red flag triggered and not, and payments received.

#include "catalog/Catalog.h"
#include "common/TestSupport.h"
#include "licensing/Ledger.h"
#include "licensing/OfferComparison.h"
#include "licensing/OfferDocuments.h"
#include "licensing/OfferExchange.h"
#include "licensing/OfferHistory.h"
#include "licensing/OfferStore.h"
#include "licensing/OfferSummary.h"
#include "licensing/OfferTerms.h"
#include "licensing/OfferValue.h"
#include "licensing/PaymentsReceived.h"
#include "licensing/RedFlags.h"
#include "reservations/Rsl.h"
#include "sqlite/Sqlite.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QPdfDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rakkan;
using namespace rakkan::licensing;
using rakkan::test::readFile;
using rakkan::test::scalar;
using rakkan::test::writeFile;

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
    void valueIsWorkedOutFromWhatTheOfferStates();
    void rslAndOdrlRoundTrips();
    void everyTermIsStoredAndEditedInPlace();
    void badTermsAreRefusedWithNothingSaved();
    void contractPdfsAreKeptByHash();
    void offersAreComparedSideBySide();
    void ledgerTotalsPerYearAndLicensee();
    void summaryIsOneBilingualPage();
    void theInboxIsReadInAFixedNumberOfQueries();
};

void TestLicensing::theInboxIsReadInAFixedNumberOfQueries()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    auto work = (*catalog)->works().create(QStringLiteral("作品"), catalog::WorkKind::Illustration);
    RAKKAN_VERIFY_OK(work);
    OfferStore store(**catalog);
    // Statements SQLite starts while the inbox is read.
    int statements = 0;
    sqlite3_trace_v2((*catalog)->database().handle(), SQLITE_TRACE_STMT,
                     [](unsigned, void *counter, void *, void *) {
                         ++*static_cast<int *>(counter);
                         return 0;
                     },
                     &statements);
    auto countList = [&]() -> int {
        statements = 0;
        auto all = store.list();
        return all.ok() ? statements : -1;
    };
    QList<int> counts;
    for (int batch = 0; batch < 3; ++batch) {
        for (int i = 0; i < 10; ++i) {
            Offer o = fairOffer();
            o.title = QStringLiteral("Offer %1-%2").arg(batch).arg(i);
            o.workIds = {*work};
            o.cosigners = {QStringLiteral("Co-author")};
            RAKKAN_VERIFY_OK(store.add(o));
        }
        counts << countList();
    }
    const auto all = store.list();
    RAKKAN_VERIFY_OK(all);
    QCOMPARE(all->size(), 30);
    QCOMPARE(all->last().cosigners, QStringList{QStringLiteral("Co-author")});
    QCOMPARE(all->last().workIds, QList<qint64>{*work});
    QCOMPARE(all->last().payments.size(), fairOffer().payments.size());
    // 10, 20 or 30 offers: the same few queries (offers, payments, works, co-signers).
    QVERIFY2(counts[0] == counts[1] && counts[1] == counts[2] && counts[0] <= 4,
             qPrintable(QStringLiteral("%1 %2 %3").arg(counts[0]).arg(counts[1]).arg(counts[2])));
    sqlite3_trace_v2((*catalog)->database().handle(), 0, nullptr, nullptr);
}

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
        {S::Received, {S::UnderReview, S::Countered, S::Rejected, S::Lapsed, S::Withdrawn}},
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
    QCOMPARE(allowed, 33);
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
    auto work = (*catalog)->works().create(QStringLiteral("星の庭 第1話"), catalog::WorkKind::MangaPage);
    RAKKAN_VERIFY_OK(work);
    OfferStore store(**catalog);
    OfferHistory history(**catalog);
    PaymentsReceived ledger(**catalog);
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
    const auto events = history.events(*id);
    QCOMPARE(events->size(), 7); // recorded, three moves, two approvals, active
    QCOMPARE(events->last().to, QStringLiteral("active"));
    QCOMPARE(*history.verifyChain(), std::optional<qint64>());

    // A bad offer is refused whole: nothing half-saved.
    Offer bad = fairOffer();
    bad.payments << PaymentComponent{QStringLiteral("lottery"), yen(1), 0, {}};
    RAKKAN_VERIFY_ERROR(store.add(bad), ErrorCode::InvalidArgument);
    QCOMPARE(store.list()->size(), 1);
    Offer late = fairOffer();
    late.status = OfferStatus::Active;
    RAKKAN_VERIFY_ERROR(store.add(late), ErrorCode::InvalidArgument);

    // Payments received, exact.
    RAKKAN_VERIFY_OK(ledger.add(*id, yen(250000), QDate(2027, 1, 15), QStringLiteral("first half")));
    RAKKAN_VERIFY_OK(ledger.add(*id, yen(250000), QDate(2027, 7, 15), {}));
    RAKKAN_VERIFY_ERROR(ledger.add(*id, Money(), QDate(2027, 8, 1), {}), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(ledger.add(999, yen(1), QDate(2027, 8, 1), {}), ErrorCode::NotFound);
    const auto paid = ledger.list(*id);
    QCOMPARE(paid->size(), 2);
    QCOMPARE(paid->at(0).amount.plus(paid->at(1).amount)->minorUnits(), 500000);
}

void TestLicensing::counterOffersAreNewVersions()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    OfferStore store(**catalog);
    OfferHistory history(**catalog);
    auto first = store.add(fairOffer());
    RAKKAN_VERIFY_OK(first);
    // Countered straight from "received": a creator need not mark an offer as under review to answer it.
    Offer mine = *store.offer(*first);
    mine.payments = {PaymentComponent{QStringLiteral("flat"), yen(1500000), 0, {}}};
    mine.prohibits << QStringLiteral("fine-tune");
    auto second = store.counter(*first, mine, QStringLiteral("asked for three times the fee"));
    RAKKAN_VERIFY_OK(second);
    QCOMPARE(store.offer(*first)->status, OfferStatus::Countered);
    // A version already countered cannot be countered again: refused whole, nothing half-made.
    RAKKAN_VERIFY_ERROR(store.counter(*first, fairOffer()), ErrorCode::InvalidArgument);
    QCOMPARE(store.list()->size(), 2);
    // The offer as it stands is the counter alone; the version it replaced stays in the full list.
    QCOMPARE(store.current()->size(), 1);
    QCOMPARE(store.current()->first().id, *second);
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
    QCOMPARE(*history.verifyChain(), std::optional<qint64>());
}

void TestLicensing::tamperingWithTheHistoryIsFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.rakkan"));
    {
        auto catalog = catalog::Catalog::open(path);
        OfferStore store(**catalog);
        OfferHistory history(**catalog);
        auto id = store.add(fairOffer());
        RAKKAN_VERIFY_OK(id);
        RAKKAN_VERIFY_OK(store.transition(*id, OfferStatus::UnderReview));
        RAKKAN_VERIFY_OK(store.transition(*id, OfferStatus::Rejected, QStringLiteral("too cheap")));
        QCOMPARE(*history.verifyChain(), std::optional<qint64>());
        // The log refuses edits outright.
        QVERIFY(!(*catalog)->database().exec(QStringLiteral("UPDATE offer_events SET note = 'x'")).ok());
        QVERIFY(!(*catalog)->database().exec(QStringLiteral("DELETE FROM offer_events")).ok());
    }
    // Someone with the file drops the guard and rewrites why the offer was rejected: the chain shows where.
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("DROP TRIGGER offer_events_append_only_update")));
    RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("UPDATE offer_events SET note = 'accepted by phone' WHERE seq = 3")));
    auto catalog = catalog::Catalog::open(path);
    QCOMPARE(*OfferHistory(**catalog).verifyChain(), std::optional<qint64>(3));
    // ... and re-hashing that row does not help: the next one no longer follows.
    RAKKAN_VERIFY_OK(
        (*db)->exec(QStringLiteral("UPDATE offer_events SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 2")));
    QCOMPARE(*OfferHistory(**catalog).verifyChain(), std::optional<qint64>(2));
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
    QCOMPARE(OfferValue::of(cheap)->perWorkPerYear()->minorUnits(), 24966);
    RedFlags::Context threshold;
    threshold.minimumPerWorkPerYear = yen(30000);
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>{QStringLiteral("low_value")});
    threshold.minimumPerWorkPerYear = yen(20000);
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>());
    threshold.minimumPerWorkPerYear = *Money::fromMinorUnits(100000, QStringLiteral("USD")); // not comparable
    QCOMPARE(flagKeys(cheap, threshold), QSet<QString>());
}

void TestLicensing::valueIsWorkedOutFromWhatTheOfferStates()
{
    const auto flat = [](qint64 amount) { return PaymentComponent(QStringLiteral("flat"), yen(amount)); };
    const auto perWork = [](qint64 amount) { return PaymentComponent(QStringLiteral("per_work"), yen(amount)); };
    Offer o = fairOffer();
    o.payments = {flat(300000)};
    o.termStart = {};
    o.termEnd = {};
    o.workIds = {};

    // ¥300,000 for the whole portfolio, no term: with 24 works known, ¥12,500 a work and no year invented.
    auto value = OfferValue::of(o, 24);
    QVERIFY(value);
    QCOMPARE(value->perWork()->minorUnits(), 12500);
    QVERIFY(!value->perWorkPerYear());
    QVERIFY(!value->termStated());
    QCOMPARE(value->text(), OfferValue::tr("%1 per work; the term is not stated").arg(yen(12500).format()));
    // The portfolio's size unknown: only the total can be said, never "¥300,000 per work".
    value = OfferValue::of(o);
    QVERIFY(value && !value->perWork() && value->total()->minorUnits() == 300000);
    QCOMPARE(value->text(),
             OfferValue::tr("%1 for the whole portfolio; the term is not stated").arg(yen(300000).format()));
    // Still enough to tell it is below a minimum of ¥400,000 a work a year, whatever the portfolio and the term.
    QCOMPARE(value->atMostPerWorkPerYear()->minorUnits(), 300000);
    QVERIFY(flagKeys(o, RedFlags::Context{QDate(2026, 12, 1), {}, false, yen(400000), 0})
                .contains(QStringLiteral("low_value")));
    // Works named in the offer count rather than the portfolio; a stated term gives a yearly figure.
    o.workIds = {1, 2, 3};
    o.termStart = QDate(2027, 1, 1);
    o.termEnd = QDate(2030, 1, 1); // 1,096 days
    value = OfferValue::of(o, 24);
    QCOMPARE(value->works(), 3);
    QCOMPARE(value->perWorkPerYear()->minorUnits(), 33303); // 300,000 / 3 * 365 / 1,096
    QCOMPARE(RedFlags::of(o, RedFlags::Context{QDate(2026, 12, 1), {}, false, yen(40000), 24}).size(),
             RedFlags::of(o, RedFlags::Context{QDate(2026, 12, 1), {}, false, yen(30000), 24}).size() + 1);
    // A flat fee plus a rate per work: both divided per work.
    o.payments = {flat(300000), perWork(10000)};
    QCOMPARE(OfferValue::of(o)->perWork()->minorUnits(), 110000);
    // Only a rate per work: that rate, however many works the portfolio has.
    o.workIds = {};
    o.payments = {perWork(10000)};
    QCOMPARE(OfferValue::of(o)->perWork()->minorUnits(), 10000);
    // A flat fee and a rate over works that cannot be counted: no figure rather than a wrong one.
    o.payments = {flat(300000), perWork(10000)};
    QVERIFY(!OfferValue::of(o));
    // No fixed money, or money in two currencies: nothing to work out.
    o.payments = {PaymentComponent(QStringLiteral("revenue_share"), std::nullopt, 2500)};
    QVERIFY(!OfferValue::of(o, 24));
    o.payments = {flat(300000),
                  PaymentComponent(QStringLiteral("flat"), *Money::fromMinorUnits(100000, QStringLiteral("USD")))};
    QVERIFY(!OfferValue::of(o, 24));
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

void TestLicensing::everyTermIsStoredAndEditedInPlace()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    auto first = (*catalog)->works().create(QStringLiteral("表紙"), catalog::WorkKind::Cover);
    auto second = (*catalog)->works().create(QStringLiteral("第2話"), catalog::WorkKind::MangaPage);
    RAKKAN_VERIFY_OK(first);
    RAKKAN_VERIFY_OK(second);
    OfferStore store(**catalog);
    OfferHistory history(**catalog);
    Offer o = fairOffer();
    o.channel = QStringLiteral("publisher");
    o.autoRenew = true;
    o.modelScope = QStringLiteral("named_model");
    o.modelName = QStringLiteral("Example-Diffusion 3");
    o.userClass = {QStringLiteral("commercial"), QStringLiteral("education")};
    o.territory = {QStringLiteral("JP"), QStringLiteral("EU")};
    o.sublicensable = true;
    o.sublicenseTo = QStringLiteral("affiliates only");
    o.attribution = QStringLiteral("credited in the model card");
    o.outputSafeguards = QStringLiteral("filters near-copies");
    o.reporting = QStringLiteral("quarterly usage report");
    o.takedownNoticeDays = 30;
    o.takedownMechanism = QStringLiteral("retrain");
    o.takedownCost = QStringLiteral("licensee");
    o.confidentiality = QStringLiteral("price only");
    PaymentComponent share(QStringLiteral("revenue_share"), std::nullopt, 1250);
    share.floor = yen(100000);
    share.cap = yen(2000000);
    share.splitPublisherBasisPoints = 2000;
    share.splitAgentBasisPoints = 500;
    o.payments << share;
    o.workIds = {*first};
    o.cosigners = {QStringLiteral("Co-author")};
    auto id = store.add(o);
    RAKKAN_VERIFY_OK(id);
    auto back = store.offer(*id);
    RAKKAN_VERIFY_OK(back);
    o.id = *id;
    o.cosignersApproved = {};
    QCOMPARE(back->payments, o.payments);
    QCOMPARE(back->payments.last().splitCreatorBasisPoints(), 7500);
    for (const auto &[got, want] :
         {std::pair{back->channel, o.channel}, std::pair{back->modelScope, o.modelScope},
          std::pair{back->modelName, o.modelName}, std::pair{back->sublicenseTo, o.sublicenseTo},
          std::pair{back->attribution, o.attribution}, std::pair{back->outputSafeguards, o.outputSafeguards},
          std::pair{back->reporting, o.reporting}, std::pair{back->takedownMechanism, o.takedownMechanism},
          std::pair{back->takedownCost, o.takedownCost}, std::pair{back->confidentiality, o.confidentiality}})
        QCOMPARE(got, want);
    QCOMPARE(back->userClass, o.userClass);
    QCOMPARE(back->territory, o.territory);
    QCOMPARE(back->takedownNoticeDays, std::optional<int>(30));
    QVERIFY(back->autoRenew);

    // A correction: the first work's hash at offer time stays; the history names what changed.
    auto hashOf = [&](qint64 work) {
        auto stmt = (*catalog)->database().prepare(QStringLiteral(
            "SELECT coalesce(file_sha256, 'none') FROM offer_works WHERE offer_id = ?1 AND work_id = ?2"));
        QString out;
        if (!stmt->bind(1, *id).bind(2, work).forEachRow([&](const sql::Statement &r) { out = r.text(0); }).ok())
            return QStringLiteral("(error)");
        return out;
    };
    const QString recorded(64, QLatin1Char('a')); // the cover as it was when the offer came
    RAKKAN_VERIFY_OK((*catalog)->database().exec(
        QStringLiteral("UPDATE offer_works SET file_sha256 = '%1' WHERE work_id = %2").arg(recorded).arg(*first)));
    Offer edited = *back;
    edited.payments.first().amount = yen(600000);
    edited.prohibits << QStringLiteral("derivative");
    edited.workIds = {*first, *second};
    RAKKAN_VERIFY_OK(store.update(edited, QStringLiteral("misread the fee")));
    QCOMPARE(store.offer(*id)->payments.first().amount->minorUnits(), 600000);
    QCOMPARE(store.offer(*id)->workIds, (QList<qint64>{*first, *second}));
    QCOMPARE(hashOf(*first), recorded);
    auto events = history.events(*id);
    RAKKAN_VERIFY_OK(events);
    QCOMPARE(events->size(), 2);
    QVERIFY2(events->last().note.contains(QStringLiteral("Payment")) &&
                 events->last().note.contains(QStringLiteral("Prohibited uses")) &&
                 events->last().note.contains(QStringLiteral("Works covered")) &&
                 events->last().note.contains(QStringLiteral("misread the fee")),
             qPrintable(events->last().note));
    QCOMPARE(events->last().from, events->last().to);
    QCOMPARE(*history.verifyChain(), std::optional<qint64>());
    // Saving the same terms again changes nothing and writes no event.
    RAKKAN_VERIFY_OK(store.update(*store.offer(*id)));
    QCOMPARE(history.events(*id)->size(), 2);

    // Once accepted, the terms are what was agreed.
    for (OfferStatus s : {OfferStatus::UnderReview, OfferStatus::Accepted})
        RAKKAN_VERIFY_OK(store.transition(*id, s));
    edited = *store.offer(*id);
    edited.payments.first().amount = yen(1);
    RAKKAN_VERIFY_ERROR(store.update(edited), ErrorCode::InvalidArgument);
    QCOMPARE(store.offer(*id)->payments.first().amount->minorUnits(), 600000);
}

void TestLicensing::badTermsAreRefusedWithNothingSaved()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    OfferStore store(**catalog);
    const auto refused = [&](const Offer &o) {
        RAKKAN_VERIFY_ERROR(store.add(o), ErrorCode::InvalidArgument);
        QCOMPARE(store.list()->size(), 0);
        QCOMPARE(scalar((*catalog)->database(), QStringLiteral("SELECT count(*) FROM counterparties")), 0);
    };
    Offer o = fairOffer();
    o.permits << QStringLiteral("everything");
    refused(o);
    o = fairOffer();
    o.permits << QStringLiteral("style-imitation"); // also prohibited
    refused(o);
    o = fairOffer();
    o.territory = {QStringLiteral("Japan")};
    refused(o);
    o = fairOffer();
    o.userClass = {QStringLiteral("robots")};
    refused(o);
    o = fairOffer();
    o.channel = QStringLiteral("carrier pigeon");
    refused(o);
    o = fairOffer();
    o.termEnd = QDate(2026, 1, 1);
    refused(o);
    o = fairOffer();
    o.payments.first().splitPublisherBasisPoints = 6000;
    o.payments.first().splitAgentBasisPoints = 5000;
    refused(o);
    o = fairOffer();
    o.payments.first().cap = *Money::fromMinorUnits(100, QStringLiteral("USD"));
    refused(o);
    o = fairOffer();
    o.payments.first().floor = yen(10);
    o.payments.first().cap = yen(5);
    refused(o);
    o = fairOffer();
    o.takedownNoticeDays = -3;
    refused(o);
    QCOMPARE(OfferTerms::parsePercent(QStringLiteral("12.5")), std::optional<int>(1250));
    QCOMPARE(OfferTerms::parsePercent(QStringLiteral("100%")), std::optional<int>(10000));
    for (const char *bad : {"100.01", "-5", "1e2", "", "12.345", "abc"})
        QCOMPARE(OfferTerms::parsePercent(QLatin1String(bad)), std::nullopt);
}

void TestLicensing::contractPdfsAreKeptByHash()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    OfferStore store(**catalog);
    OfferHistory history(**catalog);
    OfferDocuments kept(**catalog);
    auto id = store.add(fairOffer());
    RAKKAN_VERIFY_OK(id);
    auto pdf = OfferSummary::pdf(*store.offer(*id), {});
    RAKKAN_VERIFY_OK(pdf);
    const QString contract = dir.filePath(QStringLiteral("contract.pdf"));
    QVERIFY(writeFile(contract, *pdf));
    const QDateTime modified = QFileInfo(contract).lastModified();
    auto doc = kept.attach(*id, contract);
    RAKKAN_VERIFY_OK(doc);
    QCOMPARE(doc->sha256, QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(readFile(contract), *pdf); // the original is only read
    QCOMPARE(QFileInfo(contract).lastModified(), modified);
    QCOMPARE(*kept.content(doc->id), *pdf);
    QVERIFY(history.events(*id)->last().note.contains(doc->sha256));             // in the hash-chained history
    RAKKAN_VERIFY_ERROR(kept.attach(*id, contract), ErrorCode::InvalidArgument); // kept once

    // Not a PDF, a PDF cut short, an empty file, a missing one: each refused with its reason, nothing kept.
    const QString fake = dir.filePath(QStringLiteral("invoice.pdf"));
    QVERIFY(writeFile(fake, QByteArrayLiteral("PK\x03\x04 a zip renamed to .pdf")));
    RAKKAN_VERIFY_ERROR(kept.attach(*id, fake), ErrorCode::UnsupportedFormat);
    const QString cut = dir.filePath(QStringLiteral("cut.pdf"));
    QVERIFY(writeFile(cut, pdf->left(pdf->size() / 2)));
    RAKKAN_VERIFY_ERROR(kept.attach(*id, cut), ErrorCode::Truncated);
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(writeFile(empty, {}));
    RAKKAN_VERIFY_ERROR(kept.attach(*id, empty), ErrorCode::Corrupt);
    QVERIFY(!kept.attach(*id, dir.filePath(QStringLiteral("missing.pdf"))).ok());
    RAKKAN_VERIFY_ERROR(kept.attach(999, contract), ErrorCode::NotFound);
    QCOMPARE(kept.list(*id)->size(), 1);

    // A kept document damaged inside the catalogue is not shown as the contract.
    RAKKAN_VERIFY_OK((*catalog)->database().exec(
        QStringLiteral("UPDATE offer_documents SET content = CAST('%PDF-1.4 forged %%EOF' AS BLOB)")));
    RAKKAN_VERIFY_ERROR(kept.content(doc->id), ErrorCode::Corrupt);
}

void TestLicensing::offersAreComparedSideBySide()
{
    Offer a = fairOffer();
    a.id = 1;
    Offer b = fairOffer();
    b.id = 2;
    b.counterparty = QStringLiteral("Other AI");
    b.prohibits.removeAll(QStringLiteral("style-imitation"));
    b.payments = {PaymentComponent(QStringLiteral("per_work"), yen(3000))};
    b.workIds = {1, 2, 3, 4};
    auto terms = OfferComparison::compare({a, b}, {});
    RAKKAN_VERIFY_OK(terms);
    QHash<QString, ComparedTerm> byKey;
    for (const auto &t : *terms) {
        QCOMPARE(t.values.size(), 2);
        byKey.insert(t.key, t);
    }
    for (const char *differs : {"counterparty", "prohibits", "payments", "value_per_work_year", "red_flags", "works"})
        QVERIFY2(byKey.value(QLatin1String(differs)).differs, differs);
    for (const char *same : {"status", "permits", "term", "post_term_models", "audit", "governing_law"})
        QVERIFY2(!byKey.value(QLatin1String(same)).differs, same);
    // Flat ¥500,000 for one year over the whole portfolio (of unknown size) against ¥3,000 a work for four works.
    QCOMPARE(byKey.value(QStringLiteral("value_per_work_year")).values,
             (QStringList{OfferValue::tr("%1 a year for the whole portfolio").arg(yen(500000).format()),
                          OfferValue::tr("%1 per work per year").arg(yen(3000).format())}));
    QVERIFY(byKey.value(QStringLiteral("red_flags")).values.last().contains(QStringLiteral("Prohibited uses")));
    RAKKAN_VERIFY_ERROR(OfferComparison::compare({a}, {}), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(OfferComparison::compare({a, b, a, b, a}, {}), ErrorCode::InvalidArgument);
}

void TestLicensing::ledgerTotalsPerYearAndLicensee()
{
    Offer a = fairOffer();
    a.id = 1;
    Offer b = fairOffer();
    b.id = 2;
    b.counterparty = QStringLiteral("=HYPERLINK(\"http://evil\")");
    const Money usd = *Money::fromMinorUnits(120050, QStringLiteral("USD"));
    const QList<PaymentReceived> payments{
        {1, 1, yen(400000), QDate(2026, 3, 1), QStringLiteral("first half")},
        {2, 1, yen(400000), QDate(2026, 9, 1), QStringLiteral("=cmd|' /C calc'!A0")},
        {3, 2, yen(50000), QDate(2027, 1, 5), {}},
        {4, 2, usd, QDate(2027, 2, 1), QStringLiteral("+1")},
    };
    const Ledger ledger(payments, {a, b});
    auto years = ledger.byYear();
    RAKKAN_VERIFY_OK(years);
    QCOMPARE(years->size(), 3); // 2026 JPY, 2027 JPY, 2027 USD: currencies are never added together
    QCOMPARE(years->at(0).group, QStringLiteral("2026"));
    QCOMPARE(years->at(0).amount, yen(800000));
    QCOMPARE(years->at(0).payments, 2);
    QCOMPARE(years->at(1).amount, yen(50000));
    QCOMPARE(years->at(2).amount, usd);
    auto licensees = ledger.byLicensee();
    RAKKAN_VERIFY_OK(licensees);
    QCOMPARE(licensees->at(0).group, QStringLiteral("Example AI")); // largest first
    QCOMPARE(licensees->at(0).amount, yen(800000));
    auto overall = ledger.overall();
    RAKKAN_VERIFY_OK(overall);
    QCOMPARE(overall->size(), 2);
    QCOMPARE(overall->at(0).amount, yen(850000));

    // Every cell that a spreadsheet would run is defused; amounts stay exact text.
    const QString csv = QString::fromUtf8(ledger.toCsv());
    QVERIFY(csv.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\"")) || csv.contains(QStringLiteral("'=cmd|")));
    QVERIFY(csv.contains(QStringLiteral("'=HYPERLINK")));
    QVERIFY(csv.contains(QStringLiteral("'+1")));
    QVERIFY(csv.contains(QStringLiteral("1200.50")));
    for (const QString &line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        for (const QString &cell : line.split(QLatin1Char(',')))
            QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+')), qPrintable(line));
}

void TestLicensing::summaryIsOneBilingualPage()
{
    Offer o = fairOffer();
    o.title = QStringLiteral("<b>Portfolio</b> & 漫画 licence");
    o.postTermModels = PostTermModels::ModelsSurvive; // a red flag, so the summary lists one
    o.licenseeDisclosed = false;
    o.payments << PaymentComponent(QStringLiteral("revenue_share"), std::nullopt, 1000);
    // The summary speaks both languages whatever the user's: the English and the Japanese of one flag.
    const auto ja = languageOf(QStringLiteral("ja"));
    QCOMPARE(OfferStatusMachine::label(OfferStatus::Received, languageOf(QStringLiteral("en"))),
             QStringLiteral("Received"));
    const QString jaReceived = OfferStatusMachine::label(OfferStatus::Received, ja);
    QVERIFY(!jaReceived.isEmpty() && jaReceived != QStringLiteral("Received"));
    const auto flagsJa = RedFlags::of(o, {}, ja, QLocale(QLocale::Japanese, QLocale::Japan));
    const auto flagsEn = RedFlags::of(o, {}, languageOf(QStringLiteral("en")), QLocale(QLocale::English));
    QCOMPARE(flagsJa.size(), flagsEn.size());
    QVERIFY(flagsJa.first().message != flagsEn.first().message);

    const QString html = OfferSummary::html(o, {}, {}, QDate(2026, 11, 29));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Portfolio&lt;/b&gt; &amp; 漫画"))); // a title is text, not markup
    auto pdf = OfferSummary::pdf(o, {});
    RAKKAN_VERIFY_OK(pdf);
    QVERIFY(pdf->startsWith("%PDF-"));
    QBuffer buffer(&*pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    QSignalSpy ready(&doc, &QPdfDocument::statusChanged);
    doc.load(&buffer);
    QTRY_COMPARE(doc.status(), QPdfDocument::Status::Ready);
    QCOMPARE(doc.pageCount(), 1);
    const QString text = doc.getAllText(0).text();
    for (const QString &expected : {flagsEn.first().message.left(30), flagsJa.first().message.left(12), jaReceived,
                                    QStringLiteral("Revenue share"), QStringLiteral("<b>Portfolio</b>")})
        QVERIFY2(text.simplified().contains(QString(expected).simplified()), qPrintable(expected));
}

QTEST_MAIN(TestLicensing)
#include "tst_licensing.moc"
