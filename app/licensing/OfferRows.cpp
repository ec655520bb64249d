#include "licensing/OfferRows.h"

#include <QHash>

namespace rakkan::licensing {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString words(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QStringList listOf(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// What binding needs besides the offer: the ids its names were given in the counterparties table.
struct Ids
{
    qint64 counterparty = 0;
    std::optional<qint64> intermediary;
};

// One term column: where it is written, what reads it back (joined names for the parties), and how.
struct Column
{
    const char *write;
    const char *read;
    std::function<void(sql::Statement &, int, const Offer &, const Ids &)> bind;
    std::function<void(const sql::Statement &, int, Offer &)> get;
};

// Free text; `nullWhenEmpty` stores an empty value as NULL, `trim` drops the spaces around it first.
auto text(QString Offer::*field, bool nullWhenEmpty, bool trim = false)
{
    return std::pair{[field, nullWhenEmpty, trim](sql::Statement &s, int i, const Offer &o, const Ids &) {
                         const QString value = trim ? (o.*field).trimmed() : o.*field;
                         if (nullWhenEmpty)
                             s.bindTextOrNull(i, value);
                         else
                             s.bind(i, value);
                     },
                     [field](const sql::Statement &r, int i, Offer &o) { o.*field = r.text(i); }};
}

auto flag(bool Offer::*field)
{
    return std::pair{[field](sql::Statement &s, int i, const Offer &o, const Ids &) { s.bind(i, int(o.*field)); },
                     [field](const sql::Statement &r, int i, Offer &o) { o.*field = r.int64(i) != 0; }};
}

auto date(QDate Offer::*field)
{
    return std::pair{
        [field](sql::Statement &s, int i, const Offer &o, const Ids &) { s.bindTextOrNull(i, isoDate(o.*field)); },
        [field](const sql::Statement &r, int i, Offer &o) { o.*field = dateOf(r.text(i)); }};
}

auto list(QStringList Offer::*field)
{
    return std::pair{[field](sql::Statement &s, int i, const Offer &o, const Ids &) { s.bind(i, words(o.*field)); },
                     [field](const sql::Statement &r, int i, Offer &o) { o.*field = listOf(r.text(i)); }};
}

template <typename P> Column column(const char *write, const char *read, P pair)
{
    return Column{write, read, std::move(pair.first), std::move(pair.second)};
}

// The terms of an offer, each once: insert, update and select all come from this list.
const std::vector<Column> &columns()
{
    static const std::vector<Column> all = [] {
        std::vector<Column> c;
        c.push_back(column("title", "o.title", text(&Offer::title, false, true)));
        c.push_back(Column{"counterparty_id", "c.name",
                           [](sql::Statement &s, int i, const Offer &, const Ids &ids) { s.bind(i, ids.counterparty); },
                           [](const sql::Statement &r, int i, Offer &o) { o.counterparty = r.text(i); }});
        c.push_back(Column{"intermediary_id", "coalesce(i.name, '')",
                           [](sql::Statement &s, int i, const Offer &, const Ids &ids) {
                               if (ids.intermediary)
                                   s.bind(i, *ids.intermediary);
                               else
                                   s.bindNull(i);
                           },
                           [](const sql::Statement &r, int i, Offer &o) { o.intermediary = r.text(i); }});
        c.push_back(column("licensee_disclosed", "o.licensee_disclosed", flag(&Offer::licenseeDisclosed)));
        c.push_back(column("licensee_name", "coalesce(o.licensee_name, '')", text(&Offer::licenseeName, true, true)));
        c.push_back(column("received_on", "coalesce(o.received_on, '')", date(&Offer::receivedOn)));
        c.push_back(column("response_deadline", "coalesce(o.response_deadline, '')", date(&Offer::responseDeadline)));
        c.push_back(column("term_start", "coalesce(o.term_start, '')", date(&Offer::termStart)));
        c.push_back(column("term_end", "coalesce(o.term_end, '')", date(&Offer::termEnd)));
        c.push_back(Column{
            "post_term_models", "o.post_term_models",
            [](sql::Statement &s, int i, const Offer &o, const Ids &) { s.bind(i, postTermKey(o.postTermModels)); },
            [](const sql::Statement &r, int i, Offer &o) {
                o.postTermModels = postTermFromKey(r.text(i)).value_or(PostTermModels::Unspecified);
            }});
        c.push_back(column("permits", "o.permits", list(&Offer::permits)));
        c.push_back(column("prohibits", "o.prohibits", list(&Offer::prohibits)));
        c.push_back(column("territory", "o.territory", list(&Offer::territory)));
        c.push_back(column("exclusive", "o.exclusive", flag(&Offer::exclusive)));
        c.push_back(column("sublicensable", "o.sublicensable", flag(&Offer::sublicensable)));
        c.push_back(column("blanket_future", "o.blanket_future", flag(&Offer::blanketFuture)));
        c.push_back(column("audit_rights", "o.audit_rights", flag(&Offer::auditRights)));
        c.push_back(column("provenance_warranty", "o.provenance_warranty", flag(&Offer::provenanceWarranty)));
        c.push_back(Column{
            "intermediary_share_bp", "o.intermediary_share_bp",
            [](sql::Statement &s, int i, const Offer &o, const Ids &) { s.bind(i, o.intermediaryShareBasisPoints); },
            [](const sql::Statement &r, int i, Offer &o) { o.intermediaryShareBasisPoints = int(r.int64(i)); }});
        c.push_back(column("governing_law", "coalesce(o.governing_law, '')", text(&Offer::governingLaw, true)));
        c.push_back(column("notes", "coalesce(o.notes, '')", text(&Offer::notes, true)));
        c.push_back(column("channel", "o.channel", text(&Offer::channel, false)));
        c.push_back(column("auto_renew", "o.auto_renew", flag(&Offer::autoRenew)));
        c.push_back(column("model_scope", "o.model_scope", text(&Offer::modelScope, false)));
        c.push_back(column("model_name", "coalesce(o.model_name, '')", text(&Offer::modelName, true)));
        c.push_back(column("user_class", "o.user_class", list(&Offer::userClass)));
        c.push_back(column("sublicense_to", "coalesce(o.sublicense_to, '')", text(&Offer::sublicenseTo, true)));
        c.push_back(column("attribution", "coalesce(o.attribution, '')", text(&Offer::attribution, true)));
        c.push_back(
            column("output_safeguards", "coalesce(o.output_safeguards, '')", text(&Offer::outputSafeguards, true)));
        c.push_back(column("reporting", "coalesce(o.reporting, '')", text(&Offer::reporting, true)));
        c.push_back(Column{"takedown_notice_days", "o.takedown_notice_days",
                           [](sql::Statement &s, int i, const Offer &o, const Ids &) {
                               if (o.takedownNoticeDays)
                                   s.bind(i, *o.takedownNoticeDays);
                               else
                                   s.bindNull(i);
                           },
                           [](const sql::Statement &r, int i, Offer &o) {
                               if (!r.isNull(i))
                                   o.takedownNoticeDays = int(r.int64(i));
                           }});
        c.push_back(column("takedown_mechanism", "o.takedown_mechanism", text(&Offer::takedownMechanism, false)));
        c.push_back(column("takedown_cost", "o.takedown_cost", text(&Offer::takedownCost, false)));
        c.push_back(column("confidentiality", "coalesce(o.confidentiality, '')", text(&Offer::confidentiality, true)));
        return c;
    }();
    return all;
}

} // namespace

QStringList OfferRows::writeColumns()
{
    QStringList names;
    for (const Column &c : columns())
        names << QLatin1String(c.write);
    return names;
}

Result<qint64> OfferRows::counterpartyId(const QString &name)
{
    RAKKAN_TRY(auto insert, m_db.prepare(QStringLiteral(
                                "INSERT INTO counterparties (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")));
    RAKKAN_TRY(insert.bind(1, name.trimmed()).exec());
    RAKKAN_TRY(auto find, m_db.prepare(QStringLiteral("SELECT id FROM counterparties WHERE name = ?1")));
    return find.bind(1, name.trimmed()).scalarInt64();
}

Result<void> OfferRows::bind(sql::Statement &stmt, int first, const Offer &offer)
{
    Ids ids;
    RAKKAN_TRY(auto who, counterpartyId(offer.counterparty));
    ids.counterparty = who;
    if (!offer.intermediary.trimmed().isEmpty()) {
        RAKKAN_TRY(auto via, counterpartyId(offer.intermediary));
        ids.intermediary = via;
    }
    int index = first;
    for (const Column &c : columns())
        c.bind(stmt, index++, offer, ids);
    return {};
}

Result<void> OfferRows::writeParts(qint64 offerId, const Offer &o,
                                   const std::function<Result<QString>(qint64 workId)> &fileHashOfWork)
{
    // Works already covered keep the file hash of when the offer was first recorded.
    QHash<qint64, QString> recorded;
    RAKKAN_TRY(auto old, m_db.prepare(QStringLiteral(
                             "SELECT work_id, coalesce(file_sha256, '') FROM offer_works WHERE offer_id = ?1")));
    RAKKAN_TRY(
        old.bind(1, offerId).forEachRow([&](const sql::Statement &r) { recorded.insert(r.int64(0), r.text(1)); }));
    QHash<QString, QString> approvals;
    RAKKAN_TRY(auto oldCosigners, m_db.prepare(QStringLiteral("SELECT name, approved_at FROM offer_cosigners WHERE "
                                                              "offer_id = ?1 AND approved_at IS NOT NULL")));
    RAKKAN_TRY(oldCosigners.bind(1, offerId).forEachRow([&](const sql::Statement &r) {
        approvals.insert(r.text(0), r.text(1));
    }));
    for (const char *table : {"offer_payments", "offer_works", "offer_cosigners"}) {
        RAKKAN_TRY(auto clear,
                   m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE offer_id = ?1").arg(QLatin1String(table))));
        RAKKAN_TRY(clear.bind(1, offerId).exec());
    }

    RAKKAN_TRY(auto pay, m_db.prepare(QStringLiteral(
                             "INSERT INTO offer_payments (offer_id, basis, amount, currency, share_bp, schedule, cap, "
                             "floor, split_creator_bp, split_publisher_bp, split_agent_bp, split_platform_bp) VALUES "
                             "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")));
    for (const PaymentComponent &p : o.payments) {
        pay.reset();
        pay.bind(1, offerId).bind(2, p.basis);
        const std::optional<Money> &currencySource = p.amount ? p.amount : (p.cap ? p.cap : p.floor);
        if (p.amount)
            pay.bind(3, p.amount->minorUnits());
        else
            pay.bindNull(3);
        if (currencySource)
            pay.bind(4, currencySource->currency());
        else
            pay.bindNull(4);
        pay.bind(5, p.shareBasisPoints).bindTextOrNull(6, p.schedule);
        for (const auto &[index, bound] : {std::pair{7, &p.cap}, std::pair{8, &p.floor}}) {
            if (*bound)
                pay.bind(index, (*bound)->minorUnits());
            else
                pay.bindNull(index);
        }
        pay.bind(9, p.splitCreatorBasisPoints()).bind(10, p.splitPublisherBasisPoints);
        pay.bind(11, p.splitAgentBasisPoints).bind(12, p.splitPlatformBasisPoints);
        RAKKAN_TRY(pay.exec());
    }
    RAKKAN_TRY(auto work, m_db.prepare(QStringLiteral(
                              "INSERT INTO offer_works (offer_id, work_id, file_sha256) VALUES (?1, ?2, ?3)")));
    for (qint64 w : o.workIds) {
        QString hash = recorded.value(w);
        if (!recorded.contains(w)) {
            // The file as it was when the offer was made: what the licence is about, whatever happens to it later.
            RAKKAN_TRY(auto now, fileHashOfWork(w));
            hash = now;
        }
        work.reset();
        RAKKAN_TRY(work.bind(1, offerId).bind(2, w).bindTextOrNull(3, hash).exec());
    }
    RAKKAN_TRY(auto cosigner, m_db.prepare(QStringLiteral(
                                  "INSERT INTO offer_cosigners (offer_id, name, approved_at) VALUES (?1, ?2, ?3)")));
    for (const QString &name : o.cosigners) {
        cosigner.reset();
        RAKKAN_TRY(cosigner.bind(1, offerId)
                       .bind(2, name.trimmed())
                       .bindTextOrNull(3, approvals.value(name.trimmed()))
                       .exec());
    }
    return {};
}

Result<QList<Offer>> OfferRows::read(const QString &where, const QList<qint64> &binds)
{
    // Four queries whatever the number of offers: the offers, then each kind of part for all of them at once.
    QStringList reads{QStringLiteral("o.id"), QStringLiteral("coalesce(o.parent_id, 0)"), QStringLiteral("o.version"),
                      QStringLiteral("o.status")};
    for (const Column &c : columns())
        reads << QLatin1String(c.read);
    const QString selected =
        QStringLiteral("SELECT o.id FROM offers o WHERE %1").arg(where); // the same condition for the parts
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT %1 FROM offers o JOIN counterparties c ON c.id = "
                                                      "o.counterparty_id LEFT JOIN counterparties i ON i.id = "
                                                      "o.intermediary_id WHERE %2 ORDER BY o.id")
                                           .arg(reads.join(QStringLiteral(", ")), where)));
    auto bindAll = [&binds](sql::Statement &s) {
        for (int i = 0; i < binds.size(); ++i)
            s.bind(i + 1, binds[i]);
    };
    bindAll(stmt);
    QList<Offer> offers;
    QHash<qint64, qsizetype> at;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        Offer o;
        o.id = r.int64(0);
        o.parentId = r.int64(1);
        o.version = int(r.int64(2));
        o.status = OfferStatusMachine::fromKey(r.text(3)).value_or(OfferStatus::Draft);
        int index = 4;
        for (const Column &c : columns())
            c.get(r, index++, o);
        at.insert(o.id, offers.size());
        offers << o;
    }));
    if (offers.isEmpty())
        return offers;

    RAKKAN_TRY(auto pays, m_db.prepare(QStringLiteral("SELECT offer_id, basis, amount, coalesce(currency, ''), "
                                                      "share_bp, coalesce(schedule, ''), cap, floor, "
                                                      "split_publisher_bp, split_agent_bp, split_platform_bp FROM "
                                                      "offer_payments WHERE offer_id IN (%1) ORDER BY id")
                                           .arg(selected)));
    bindAll(pays);
    RAKKAN_TRY(pays.forEachRow([&](const sql::Statement &r) {
        PaymentComponent p;
        p.basis = r.text(1);
        if (!r.isNull(2))
            if (auto m = Money::fromMinorUnits(r.int64(2), r.text(3)); m.ok())
                p.amount = *m;
        p.shareBasisPoints = int(r.int64(4));
        p.schedule = r.text(5);
        for (const auto &[column, bound] : {std::pair{6, &p.cap}, std::pair{7, &p.floor}})
            if (!r.isNull(column))
                if (auto m = Money::fromMinorUnits(r.int64(column), r.text(3)); m.ok())
                    *bound = *m;
        p.splitPublisherBasisPoints = int(r.int64(8));
        p.splitAgentBasisPoints = int(r.int64(9));
        p.splitPlatformBasisPoints = int(r.int64(10));
        offers[at.value(r.int64(0))].payments << p;
    }));
    RAKKAN_TRY(auto works, m_db.prepare(QStringLiteral("SELECT offer_id, work_id FROM offer_works WHERE offer_id IN "
                                                       "(%1) ORDER BY offer_id, work_id")
                                            .arg(selected)));
    bindAll(works);
    RAKKAN_TRY(works.forEachRow([&](const sql::Statement &r) { offers[at.value(r.int64(0))].workIds << r.int64(1); }));
    RAKKAN_TRY(auto cosigners, m_db.prepare(QStringLiteral("SELECT offer_id, name, approved_at FROM offer_cosigners "
                                                           "WHERE offer_id IN (%1) ORDER BY offer_id, name")
                                                .arg(selected)));
    bindAll(cosigners);
    RAKKAN_TRY(cosigners.forEachRow([&](const sql::Statement &r) {
        Offer &o = offers[at.value(r.int64(0))];
        o.cosigners << r.text(1);
        if (!r.isNull(2))
            o.cosignersApproved << r.text(1);
    }));
    return offers;
}

} // namespace rakkan::licensing
