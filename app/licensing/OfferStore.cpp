#include "licensing/OfferStore.h"

#include "crypto/Sha256.h"
#include "licensing/OfferTerms.h"
#include "sqlite/Sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace rakkan::licensing {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

// The columns of an offer's terms, bound in this order by bindTerms(): one list for insert and update.
const QStringList kTermColumns{QStringLiteral("title"),
                               QStringLiteral("counterparty_id"),
                               QStringLiteral("intermediary_id"),
                               QStringLiteral("licensee_disclosed"),
                               QStringLiteral("licensee_name"),
                               QStringLiteral("received_on"),
                               QStringLiteral("response_deadline"),
                               QStringLiteral("term_start"),
                               QStringLiteral("term_end"),
                               QStringLiteral("post_term_models"),
                               QStringLiteral("permits"),
                               QStringLiteral("prohibits"),
                               QStringLiteral("territory"),
                               QStringLiteral("exclusive"),
                               QStringLiteral("sublicensable"),
                               QStringLiteral("blanket_future"),
                               QStringLiteral("audit_rights"),
                               QStringLiteral("provenance_warranty"),
                               QStringLiteral("intermediary_share_bp"),
                               QStringLiteral("governing_law"),
                               QStringLiteral("notes"),
                               QStringLiteral("channel"),
                               QStringLiteral("auto_renew"),
                               QStringLiteral("model_scope"),
                               QStringLiteral("model_name"),
                               QStringLiteral("user_class"),
                               QStringLiteral("sublicense_to"),
                               QStringLiteral("attribution"),
                               QStringLiteral("output_safeguards"),
                               QStringLiteral("reporting"),
                               QStringLiteral("takedown_notice_days"),
                               QStringLiteral("takedown_mechanism"),
                               QStringLiteral("takedown_cost"),
                               QStringLiteral("confidentiality")};

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

} // namespace

QString postTermKey(PostTermModels value)
{
    switch (value) {
    case PostTermModels::None:
        return QStringLiteral("none");
    case PostTermModels::DeleteDataOnly:
        return QStringLiteral("delete_data_only");
    case PostTermModels::ModelsSurvive:
        return QStringLiteral("models_survive");
    case PostTermModels::RetrainRequired:
        return QStringLiteral("retrain_required");
    case PostTermModels::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

std::optional<PostTermModels> postTermFromKey(const QString &key)
{
    for (PostTermModels v : {PostTermModels::Unspecified, PostTermModels::None, PostTermModels::DeleteDataOnly,
                             PostTermModels::ModelsSurvive, PostTermModels::RetrainRequired})
        if (postTermKey(v) == key)
            return v;
    return std::nullopt;
}

QString OfferStore::eventHash(const OfferEvent &e)
{
    // Fields joined with a separator none of them can hold unescaped (they are escaped here).
    QStringList parts{e.prevHash, QString::number(e.offerId), e.at, e.from, e.to, e.note};
    for (QString &p : parts)
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QString::fromLatin1(crypto::sha256(parts.join(QLatin1Char('|')).toUtf8()).toHex());
}

Result<qint64> OfferStore::counterpartyId(const QString &name)
{
    auto &db = m_catalog.database();
    RAKKAN_TRY(auto insert, db.prepare(QStringLiteral(
                                "INSERT INTO counterparties (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")));
    RAKKAN_TRY(insert.bind(1, name.trimmed()).exec());
    RAKKAN_TRY(auto find, db.prepare(QStringLiteral("SELECT id FROM counterparties WHERE name = ?1")));
    return find.bind(1, name.trimmed()).scalarInt64();
}

Result<void> OfferStore::appendEvent(qint64 offerId, const QString &from, const QString &to, const QString &note)
{
    auto &db = m_catalog.database();
    RAKKAN_TRY(auto last, db.prepare(QStringLiteral("SELECT hash FROM offer_events ORDER BY seq DESC LIMIT 1")));
    OfferEvent e;
    e.prevHash = kGenesis;
    RAKKAN_TRY(last.forEachRow([&](const sql::Statement &r) { e.prevHash = r.text(0); }));
    e.offerId = offerId;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.from = from;
    e.to = to;
    e.note = note;
    e.hash = eventHash(e);
    RAKKAN_TRY(auto insert,
               db.prepare(QStringLiteral("INSERT INTO offer_events (offer_id, at, from_status, to_status, note, "
                                         "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
    return insert.bind(1, offerId)
        .bind(2, e.at)
        .bindTextOrNull(3, e.from)
        .bind(4, e.to)
        .bind(5, e.note)
        .bind(6, e.prevHash)
        .bind(7, e.hash)
        .exec();
}

Result<qint64> OfferStore::add(const Offer &o, const QString &note)
{
    RAKKAN_TRY(OfferTerms::validate(o));
    if (o.status != OfferStatus::Draft && o.status != OfferStatus::Received &&
        o.status != OfferStatus::CounterReceived && o.status != OfferStatus::Countered)
        return makeError(ErrorCode::InvalidArgument, tr("A new offer starts as a draft, as received or as a "
                                                        "counter-offer; later states follow from transitions."));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    QStringList places;
    for (int i = 1; i <= int(kTermColumns.size()) + 3; ++i)
        places << QStringLiteral("?%1").arg(i);
    RAKKAN_TRY(auto insert,
               db.prepare(QStringLiteral("INSERT INTO offers (%1, parent_id, version, status) VALUES (%2)")
                              .arg(kTermColumns.join(QStringLiteral(", ")), places.join(QStringLiteral(", ")))));
    RAKKAN_TRY(bindTerms(insert, o));
    const int next = int(kTermColumns.size()) + 1;
    if (o.parentId)
        insert.bind(next, o.parentId);
    else
        insert.bindNull(next);
    insert.bind(next + 1, o.version).bind(next + 2, OfferStatusMachine::key(o.status));
    RAKKAN_TRY(insert.exec());
    const qint64 id = db.lastInsertId();
    RAKKAN_TRY(writeParts(id, o));
    RAKKAN_TRY(appendEvent(id, QString(), OfferStatusMachine::key(o.status), note));
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<void> OfferStore::update(const Offer &o, const QString &note)
{
    RAKKAN_TRY(OfferTerms::validate(o));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto before, offer(o.id));
    if (!isEditable(before.status))
        return makeError(ErrorCode::InvalidArgument,
                         tr("An offer that is %1 keeps the terms it had; record changed terms as a counter-offer or "
                            "a renewal.")
                             .arg(OfferStatusMachine::label(before.status)));
    const QStringList changes = OfferTerms::changed(before, o);
    if (changes.isEmpty())
        return tx.commit();
    QStringList sets;
    for (int i = 0; i < kTermColumns.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(kTermColumns[i]).arg(i + 1);
    RAKKAN_TRY(auto update, db.prepare(QStringLiteral("UPDATE offers SET %1 WHERE id = ?%2")
                                           .arg(sets.join(QStringLiteral(", ")))
                                           .arg(kTermColumns.size() + 1)));
    RAKKAN_TRY(bindTerms(update, o));
    RAKKAN_TRY(update.bind(int(kTermColumns.size()) + 1, o.id).exec());
    RAKKAN_TRY(writeParts(o.id, o));
    // The history says what changed, so an edit is as visible as a status change.
    const QString key = OfferStatusMachine::key(before.status);
    QString entry = tr("Terms changed: %1").arg(changes.join(QStringLiteral(", ")));
    if (!note.trimmed().isEmpty())
        entry += QStringLiteral(". ") + note.trimmed();
    RAKKAN_TRY(appendEvent(o.id, key, key, entry));
    return tx.commit();
}

bool OfferStore::isEditable(OfferStatus status)
{
    // Until accepted the record follows the negotiation; from then on the terms are what was agreed.
    return OfferStatusMachine::isOpen(status) && status != OfferStatus::Accepted &&
           status != OfferStatus::AwaitingCosigners;
}

Result<void> OfferStore::bindTerms(sql::Statement &stmt, const Offer &o)
{
    RAKKAN_TRY(auto who, counterpartyId(o.counterparty));
    std::optional<qint64> via;
    if (!o.intermediary.trimmed().isEmpty()) {
        RAKKAN_TRY(auto id, counterpartyId(o.intermediary));
        via = id;
    }
    // In the order of kTermColumns.
    stmt.bind(1, o.title.trimmed()).bind(2, who);
    if (via)
        stmt.bind(3, *via);
    else
        stmt.bindNull(3);
    stmt.bind(4, int(o.licenseeDisclosed)).bindTextOrNull(5, o.licenseeName.trimmed());
    stmt.bindTextOrNull(6, isoDate(o.receivedOn)).bindTextOrNull(7, isoDate(o.responseDeadline));
    stmt.bindTextOrNull(8, isoDate(o.termStart)).bindTextOrNull(9, isoDate(o.termEnd));
    stmt.bind(10, postTermKey(o.postTermModels)).bind(11, words(o.permits)).bind(12, words(o.prohibits));
    stmt.bind(13, words(o.territory)).bind(14, int(o.exclusive)).bind(15, int(o.sublicensable));
    stmt.bind(16, int(o.blanketFuture)).bind(17, int(o.auditRights)).bind(18, int(o.provenanceWarranty));
    stmt.bind(19, o.intermediaryShareBasisPoints).bindTextOrNull(20, o.governingLaw).bindTextOrNull(21, o.notes);
    stmt.bind(22, o.channel).bind(23, int(o.autoRenew)).bind(24, o.modelScope).bindTextOrNull(25, o.modelName);
    stmt.bind(26, words(o.userClass)).bindTextOrNull(27, o.sublicenseTo).bindTextOrNull(28, o.attribution);
    stmt.bindTextOrNull(29, o.outputSafeguards).bindTextOrNull(30, o.reporting);
    if (o.takedownNoticeDays)
        stmt.bind(31, *o.takedownNoticeDays);
    else
        stmt.bindNull(31);
    stmt.bind(32, o.takedownMechanism).bind(33, o.takedownCost).bindTextOrNull(34, o.confidentiality);
    return {};
}

Result<void> OfferStore::writeParts(qint64 id, const Offer &o)
{
    auto &db = m_catalog.database();
    // Works already covered keep the file hash of when the offer was first recorded.
    QHash<qint64, QString> recorded;
    RAKKAN_TRY(auto old, db.prepare(QStringLiteral("SELECT work_id, coalesce(file_sha256, '') FROM offer_works WHERE "
                                                   "offer_id = ?1")));
    RAKKAN_TRY(old.bind(1, id).forEachRow([&](const sql::Statement &r) { recorded.insert(r.int64(0), r.text(1)); }));
    QHash<QString, QString> approvals;
    RAKKAN_TRY(auto oldCosigners,
               db.prepare(QStringLiteral("SELECT name, approved_at FROM offer_cosigners WHERE offer_id = ?1 AND "
                                         "approved_at IS NOT NULL")));
    RAKKAN_TRY(
        oldCosigners.bind(1, id).forEachRow([&](const sql::Statement &r) { approvals.insert(r.text(0), r.text(1)); }));
    for (const char *table : {"offer_payments", "offer_works", "offer_cosigners"}) {
        RAKKAN_TRY(auto clear,
                   db.prepare(QStringLiteral("DELETE FROM %1 WHERE offer_id = ?1").arg(QLatin1String(table))));
        RAKKAN_TRY(clear.bind(1, id).exec());
    }

    RAKKAN_TRY(
        auto pay,
        db.prepare(QStringLiteral(
            "INSERT INTO offer_payments (offer_id, basis, amount, currency, share_bp, schedule, cap, floor, "
            "split_creator_bp, split_publisher_bp, split_agent_bp, split_platform_bp) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
            "?7, ?8, ?9, ?10, ?11, ?12)")));
    for (const PaymentComponent &p : o.payments) {
        pay.reset();
        pay.bind(1, id).bind(2, p.basis);
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
    RAKKAN_TRY(auto work, db.prepare(QStringLiteral(
                              "INSERT INTO offer_works (offer_id, work_id, file_sha256) VALUES (?1, ?2, ?3)")));
    for (qint64 w : o.workIds) {
        QString hash = recorded.value(w);
        if (!recorded.contains(w)) {
            RAKKAN_TRY(auto found, m_catalog.work(w));
            // The file as it was when the offer was made: what the licence is about, whatever happens to it later.
            hash = found.assets.isEmpty() ? QString() : QString::fromLatin1(found.assets.first().sha256.toHex());
        }
        work.reset();
        RAKKAN_TRY(work.bind(1, id).bind(2, w).bindTextOrNull(3, hash).exec());
    }
    RAKKAN_TRY(auto cosigner, db.prepare(QStringLiteral(
                                  "INSERT INTO offer_cosigners (offer_id, name, approved_at) VALUES (?1, ?2, ?3)")));
    for (const QString &name : o.cosigners) {
        cosigner.reset();
        RAKKAN_TRY(
            cosigner.bind(1, id).bind(2, name.trimmed()).bindTextOrNull(3, approvals.value(name.trimmed())).exec());
    }
    return {};
}

Result<qint64> OfferStore::counter(qint64 parentId, Offer terms, const QString &note)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto parent, offer(parentId));
    RAKKAN_TRY(transition(parentId, OfferStatus::Countered, note));
    terms.id = 0;
    terms.parentId = parentId;
    terms.version = parent.version + 1;
    terms.status = OfferStatus::Countered;
    terms.cosignersApproved.clear(); // new terms need new approvals
    RAKKAN_TRY(auto id, add(terms, note));
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<QList<Offer>> OfferStore::versions(qint64 id)
{
    // Up to the first version, then down the chain of children.
    RAKKAN_TRY(auto current, offer(id));
    qint64 root = current.id;
    for (qint64 parent = current.parentId; parent != 0;) {
        RAKKAN_TRY(auto up, offer(parent));
        root = up.id;
        parent = up.parentId;
    }
    RAKKAN_TRY(auto children,
               m_catalog.database().prepare(QStringLiteral("SELECT id FROM offers WHERE parent_id = ?1 ORDER BY id")));
    QList<Offer> out;
    for (qint64 next = root; next != 0;) {
        RAKKAN_TRY(auto o, offer(next));
        out << o;
        next = 0;
        children.reset();
        RAKKAN_TRY(children.bind(1, o.id).forEachRow([&](const sql::Statement &r) {
            if (next == 0)
                next = r.int64(0);
        }));
    }
    return out;
}

Result<QList<Offer>> OfferStore::list()
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral("SELECT id FROM offers ORDER BY id")));
    QList<qint64> ids;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { ids << r.int64(0); }));
    QList<Offer> out;
    for (qint64 id : ids) {
        RAKKAN_TRY(auto o, offer(id));
        out << o;
    }
    return out;
}

Result<Offer> OfferStore::offer(qint64 id)
{
    auto &db = m_catalog.database();
    RAKKAN_TRY(
        auto stmt,
        db.prepare(QStringLiteral(
            "SELECT o.id, coalesce(o.parent_id, 0), o.version, o.title, c.name, coalesce(i.name, ''), "
            "o.licensee_disclosed, coalesce(o.licensee_name, ''), o.status, coalesce(o.received_on, ''), "
            "coalesce(o.response_deadline, ''), coalesce(o.term_start, ''), coalesce(o.term_end, ''), "
            "o.post_term_models, o.permits, o.prohibits, o.territory, o.exclusive, o.sublicensable, o.blanket_future, "
            "o.audit_rights, o.provenance_warranty, o.intermediary_share_bp, coalesce(o.governing_law, ''), "
            "coalesce(o.notes, ''), o.channel, o.auto_renew, o.model_scope, coalesce(o.model_name, ''), o.user_class, "
            "coalesce(o.sublicense_to, ''), coalesce(o.attribution, ''), coalesce(o.output_safeguards, ''), "
            "coalesce(o.reporting, ''), o.takedown_notice_days, o.takedown_mechanism, o.takedown_cost, "
            "coalesce(o.confidentiality, '') FROM offers o JOIN counterparties c ON c.id = o.counterparty_id "
            "LEFT JOIN counterparties i ON i.id = o.intermediary_id WHERE o.id = ?1")));
    std::optional<Offer> found;
    RAKKAN_TRY(stmt.bind(1, id).forEachRow([&](const sql::Statement &r) {
        Offer o;
        o.id = r.int64(0);
        o.parentId = r.int64(1);
        o.version = int(r.int64(2));
        o.title = r.text(3);
        o.counterparty = r.text(4);
        o.intermediary = r.text(5);
        o.licenseeDisclosed = r.int64(6) != 0;
        o.licenseeName = r.text(7);
        o.status = OfferStatusMachine::fromKey(r.text(8)).value_or(OfferStatus::Draft);
        o.receivedOn = dateOf(r.text(9));
        o.responseDeadline = dateOf(r.text(10));
        o.termStart = dateOf(r.text(11));
        o.termEnd = dateOf(r.text(12));
        o.postTermModels = postTermFromKey(r.text(13)).value_or(PostTermModels::Unspecified);
        o.permits = listOf(r.text(14));
        o.prohibits = listOf(r.text(15));
        o.territory = listOf(r.text(16));
        o.exclusive = r.int64(17) != 0;
        o.sublicensable = r.int64(18) != 0;
        o.blanketFuture = r.int64(19) != 0;
        o.auditRights = r.int64(20) != 0;
        o.provenanceWarranty = r.int64(21) != 0;
        o.intermediaryShareBasisPoints = int(r.int64(22));
        o.governingLaw = r.text(23);
        o.notes = r.text(24);
        o.channel = r.text(25);
        o.autoRenew = r.int64(26) != 0;
        o.modelScope = r.text(27);
        o.modelName = r.text(28);
        o.userClass = listOf(r.text(29));
        o.sublicenseTo = r.text(30);
        o.attribution = r.text(31);
        o.outputSafeguards = r.text(32);
        o.reporting = r.text(33);
        if (!r.isNull(34))
            o.takedownNoticeDays = int(r.int64(34));
        o.takedownMechanism = r.text(35);
        o.takedownCost = r.text(36);
        o.confidentiality = r.text(37);
        found = o;
    }));
    if (!found)
        return makeError(ErrorCode::NotFound, tr("There is no offer %1.").arg(id));
    RAKKAN_TRY(auto pays, db.prepare(QStringLiteral(
                              "SELECT basis, amount, coalesce(currency, ''), share_bp, coalesce(schedule, ''), "
                              "cap, floor, split_publisher_bp, split_agent_bp, split_platform_bp FROM "
                              "offer_payments WHERE offer_id = ?1 ORDER BY id")));
    RAKKAN_TRY(pays.bind(1, id).forEachRow([&](const sql::Statement &r) {
        PaymentComponent p;
        p.basis = r.text(0);
        if (!r.isNull(1))
            if (auto m = Money::fromMinorUnits(r.int64(1), r.text(2)); m.ok())
                p.amount = *m;
        p.shareBasisPoints = int(r.int64(3));
        p.schedule = r.text(4);
        for (const auto &[column, bound] : {std::pair{5, &p.cap}, std::pair{6, &p.floor}})
            if (!r.isNull(column))
                if (auto m = Money::fromMinorUnits(r.int64(column), r.text(2)); m.ok())
                    *bound = *m;
        p.splitPublisherBasisPoints = int(r.int64(7));
        p.splitAgentBasisPoints = int(r.int64(8));
        p.splitPlatformBasisPoints = int(r.int64(9));
        found->payments << p;
    }));
    RAKKAN_TRY(auto works,
               db.prepare(QStringLiteral("SELECT work_id FROM offer_works WHERE offer_id = ?1 ORDER BY work_id")));
    RAKKAN_TRY(works.bind(1, id).forEachRow([&](const sql::Statement &r) { found->workIds << r.int64(0); }));
    RAKKAN_TRY(auto cos, db.prepare(QStringLiteral(
                             "SELECT name, approved_at FROM offer_cosigners WHERE offer_id = ?1 ORDER BY name")));
    RAKKAN_TRY(cos.bind(1, id).forEachRow([&](const sql::Statement &r) {
        found->cosigners << r.text(0);
        if (!r.isNull(1))
            found->cosignersApproved << r.text(0);
    }));
    return *found;
}

Result<void> OfferStore::transition(qint64 id, OfferStatus to, const QString &note)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto current, offer(id));
    RAKKAN_TRY(OfferStatusMachine::check(current.status, to,
                                         {int(current.cosigners.size()), int(current.cosignersApproved.size())}));
    RAKKAN_TRY(auto update, db.prepare(QStringLiteral("UPDATE offers SET status = ?1 WHERE id = ?2")));
    RAKKAN_TRY(update.bind(1, OfferStatusMachine::key(to)).bind(2, id).exec());
    RAKKAN_TRY(appendEvent(id, OfferStatusMachine::key(current.status), OfferStatusMachine::key(to), note));
    return tx.commit();
}

Result<void> OfferStore::approve(qint64 id, const QString &cosigner)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("UPDATE offer_cosigners SET approved_at = ?1 WHERE offer_id = ?2 AND "
                                         "name = ?3 AND approved_at IS NULL")));
    RAKKAN_TRY(stmt.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                   .bind(2, id)
                   .bind(3, cosigner.trimmed())
                   .exec());
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" is not a co-rights-holder of offer %2 waiting to approve.").arg(cosigner).arg(id));
    RAKKAN_TRY(auto current, offer(id));
    RAKKAN_TRY(appendEvent(id, OfferStatusMachine::key(current.status), OfferStatusMachine::key(current.status),
                           tr("Approved by %1").arg(cosigner.trimmed())));
    return tx.commit();
}

Result<QList<OfferEvent>> OfferStore::events(qint64 offerId)
{
    RAKKAN_TRY(
        auto stmt,
        m_catalog.database().prepare(
            QStringLiteral("SELECT seq, offer_id, at, coalesce(from_status, ''), to_status, note, prev_hash, hash FROM "
                           "offer_events %1 ORDER BY seq")
                .arg(offerId ? QStringLiteral("WHERE offer_id = ?1") : QString())));
    if (offerId)
        stmt.bind(1, offerId);
    QList<OfferEvent> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << OfferEvent{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)};
    }));
    return out;
}

Result<std::optional<qint64>> OfferStore::verifyChain()
{
    RAKKAN_TRY(auto all, events());
    QString previous = kGenesis;
    for (const OfferEvent &e : all) {
        if (e.prevHash != previous || eventHash(e) != e.hash)
            return std::optional<qint64>(e.seq);
        previous = e.hash;
    }
    return std::optional<qint64>();
}

Result<qint64> OfferStore::addPayment(qint64 offerId, const Money &amount, const QDate &receivedOn, const QString &note)
{
    if (!amount.isValid() || !receivedOn.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("A payment needs an amount and the date it arrived."));
    RAKKAN_TRY(offer(offerId));
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("INSERT INTO payments_received (offer_id, amount, currency, "
                                                           "received_on, note) VALUES (?1, ?2, ?3, ?4, ?5)")));
    RAKKAN_TRY(stmt.bind(1, offerId)
                   .bind(2, amount.minorUnits())
                   .bind(3, amount.currency())
                   .bind(4, isoDate(receivedOn))
                   .bind(5, note)
                   .exec());
    return m_catalog.database().lastInsertId();
}

Result<QList<PaymentReceived>> OfferStore::payments(qint64 offerId)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(
                   QStringLiteral(
                       "SELECT id, offer_id, amount, currency, received_on, note FROM payments_received %1 ORDER BY "
                       "received_on, id")
                       .arg(offerId ? QStringLiteral("WHERE offer_id = ?1") : QString())));
    if (offerId)
        stmt.bind(1, offerId);
    QList<PaymentReceived> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        auto m = Money::fromMinorUnits(r.int64(2), r.text(3));
        out << PaymentReceived{r.int64(0), r.int64(1), m.ok() ? *m : Money(), dateOf(r.text(4)), r.text(5)};
    }));
    return out;
}

Result<void> OfferStore::checkPdf(const QByteArray &bytes)
{
    // Readers accept the header anywhere in the first KiB and the end marker in the last; so do we, no further.
    if (!bytes.left(1024).contains("%PDF-"))
        return makeError(ErrorCode::UnsupportedFormat, tr("This file is not a PDF: it does not start as one."));
    if (!bytes.right(1024).contains("%%EOF"))
        return makeError(ErrorCode::Truncated, tr("This PDF is cut short: its end is missing. Download it again."));
    return {};
}

Result<OfferDocument> OfferStore::attachDocument(qint64 offerId, const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    if (file.size() <= 0)
        return makeError(ErrorCode::Corrupt, tr("%1 is empty.").arg(QFileInfo(filePath).fileName()));
    if (file.size() > kMaxDocumentBytes)
        return makeError(ErrorCode::TooLarge, tr("%1 is larger than %2 MiB; keep the contract itself, not its "
                                                 "attachments.")
                                                  .arg(QFileInfo(filePath).fileName())
                                                  .arg(kMaxDocumentBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    file.close();
    if (auto pdf = checkPdf(bytes); !pdf.ok())
        return makeError(pdf.error().code,
                         QStringLiteral("%1: %2").arg(QFileInfo(filePath).fileName(), pdf.error().message));
    OfferDocument doc;
    doc.offerId = offerId;
    doc.fileName = QFileInfo(filePath).fileName();
    doc.sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    doc.size = bytes.size();
    doc.addedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto current, offer(offerId));
    RAKKAN_TRY(auto same,
               db.prepare(QStringLiteral("SELECT file_name FROM offer_documents WHERE offer_id = ?1 AND sha256 = ?2")));
    QString existing;
    RAKKAN_TRY(
        same.bind(1, offerId).bind(2, doc.sha256).forEachRow([&](const sql::Statement &r) { existing = r.text(0); }));
    if (!existing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("This document is already kept with the offer, as %1.").arg(existing));
    RAKKAN_TRY(auto insert, db.prepare(QStringLiteral("INSERT INTO offer_documents (offer_id, file_name, sha256, size, "
                                                      "added_at, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    RAKKAN_TRY(insert.bind(1, offerId)
                   .bind(2, doc.fileName)
                   .bind(3, doc.sha256)
                   .bind(4, doc.size)
                   .bind(5, doc.addedAt)
                   .bind(6, bytes)
                   .exec());
    doc.id = db.lastInsertId();
    // The document's hash goes into the hash-chained history: what was on the table, and when.
    const QString key = OfferStatusMachine::key(current.status);
    RAKKAN_TRY(appendEvent(offerId, key, key, tr("Document kept: %1 (SHA-256 %2)").arg(doc.fileName, doc.sha256)));
    RAKKAN_TRY(tx.commit());
    return doc;
}

Result<QList<OfferDocument>> OfferStore::documents(qint64 offerId)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT id, offer_id, file_name, sha256, size, added_at "
                                                           "FROM offer_documents WHERE offer_id = ?1 ORDER BY id")));
    QList<OfferDocument> out;
    RAKKAN_TRY(stmt.bind(1, offerId).forEachRow([&](const sql::Statement &r) {
        out << OfferDocument{r.int64(0), r.int64(1), r.text(2), r.text(3), r.int64(4), r.text(5)};
    }));
    return out;
}

Result<QByteArray> OfferStore::documentContent(qint64 documentId)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(
                              QStringLiteral("SELECT content, sha256 FROM offer_documents WHERE id = ?1")));
    std::optional<QByteArray> content;
    QString hash;
    RAKKAN_TRY(stmt.bind(1, documentId).forEachRow([&](const sql::Statement &r) {
        content = r.blob(0);
        hash = r.text(1);
    }));
    if (!content)
        return makeError(ErrorCode::NotFound, tr("There is no document %1.").arg(documentId));
    // What is shown is what was kept: a damaged catalogue page must not pass for the contract.
    if (QString::fromLatin1(crypto::sha256(*content).toHex()) != hash)
        return makeError(ErrorCode::Corrupt, tr("The kept document no longer matches its SHA-256; the catalogue is "
                                                "damaged. Restore it from a backup."));
    return *content;
}

} // namespace rakkan::licensing
