#include "licensing/OfferStore.h"

#include "catalog/Sqlite.h"
#include "crypto/Sha256.h"

#include <QDateTime>

namespace rakkan::licensing {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

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
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO counterparties (name) VALUES (?1) ON CONFLICT (name) DO NOTHING"));
    if (!insert.ok())
        return insert.error();
    RAKKAN_TRY(insert->bind(1, name.trimmed()).exec());
    auto find = db.prepare(QStringLiteral("SELECT id FROM counterparties WHERE name = ?1"));
    if (!find.ok())
        return find.error();
    return find->bind(1, name.trimmed()).scalarInt64();
}

Result<void> OfferStore::appendEvent(qint64 offerId, const QString &from, const QString &to, const QString &note)
{
    auto &db = m_catalog.database();
    auto last = db.prepare(QStringLiteral("SELECT hash FROM offer_events ORDER BY seq DESC LIMIT 1"));
    if (!last.ok())
        return last.error();
    OfferEvent e;
    e.prevHash = kGenesis;
    RAKKAN_TRY(last->forEachRow([&](const sql::Statement &r) { e.prevHash = r.text(0); }));
    e.offerId = offerId;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.from = from;
    e.to = to;
    e.note = note;
    e.hash = eventHash(e);
    auto insert = db.prepare(QStringLiteral("INSERT INTO offer_events (offer_id, at, from_status, to_status, note, "
                                            "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert.ok())
        return insert.error();
    return insert->bind(1, offerId)
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
    if (o.title.trimmed().isEmpty() || o.counterparty.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An offer needs a title and who makes it."));
    if (o.status != OfferStatus::Draft && o.status != OfferStatus::Received &&
        o.status != OfferStatus::CounterReceived && o.status != OfferStatus::Countered)
        return makeError(ErrorCode::InvalidArgument, tr("A new offer starts as a draft, as received or as a "
                                                        "counter-offer; later states follow from transitions."));
    if (o.intermediaryShareBasisPoints < 0 || o.intermediaryShareBasisPoints > 10000)
        return makeError(ErrorCode::InvalidArgument, tr("A share is between 0 and 100 %."));
    for (const PaymentComponent &p : o.payments)
        if (p.shareBasisPoints < 0 || p.shareBasisPoints > 10000)
            return makeError(ErrorCode::InvalidArgument, tr("A share is between 0 and 100 %."));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    auto who = counterpartyId(o.counterparty);
    if (!who.ok())
        return who.error();
    std::optional<qint64> via;
    if (!o.intermediary.trimmed().isEmpty()) {
        auto id = counterpartyId(o.intermediary);
        if (!id.ok())
            return id.error();
        via = *id;
    }
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO offers (parent_id, version, title, counterparty_id, intermediary_id, licensee_disclosed, "
        "licensee_name, status, received_on, response_deadline, term_start, term_end, post_term_models, permits, "
        "prohibits, territory, exclusive, sublicensable, blanket_future, audit_rights, provenance_warranty, "
        "intermediary_share_bp, governing_law, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"));
    if (!insert.ok())
        return insert.error();
    if (o.parentId)
        insert->bind(1, o.parentId);
    else
        insert->bindNull(1);
    insert->bind(2, o.version).bind(3, o.title.trimmed()).bind(4, *who);
    if (via)
        insert->bind(5, *via);
    else
        insert->bindNull(5);
    insert->bind(6, int(o.licenseeDisclosed)).bindTextOrNull(7, o.licenseeName);
    insert->bind(8, OfferStatusMachine::key(o.status));
    insert->bindTextOrNull(9, isoDate(o.receivedOn)).bindTextOrNull(10, isoDate(o.responseDeadline));
    insert->bindTextOrNull(11, isoDate(o.termStart)).bindTextOrNull(12, isoDate(o.termEnd));
    insert->bind(13, postTermKey(o.postTermModels)).bind(14, words(o.permits)).bind(15, words(o.prohibits));
    insert->bind(16, words(o.territory)).bind(17, int(o.exclusive)).bind(18, int(o.sublicensable));
    insert->bind(19, int(o.blanketFuture)).bind(20, int(o.auditRights)).bind(21, int(o.provenanceWarranty));
    insert->bind(22, o.intermediaryShareBasisPoints).bindTextOrNull(23, o.governingLaw).bindTextOrNull(24, o.notes);
    RAKKAN_TRY(insert->exec());
    const qint64 id = db.lastInsertId();

    auto pay = db.prepare(QStringLiteral("INSERT INTO offer_payments (offer_id, basis, amount, currency, share_bp, "
                                         "schedule) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!pay.ok())
        return pay.error();
    for (const PaymentComponent &p : o.payments) {
        pay->reset();
        pay->bind(1, id).bind(2, p.basis);
        if (p.amount)
            pay->bind(3, p.amount->minorUnits()).bind(4, p.amount->currency());
        else
            pay->bindNull(3).bindNull(4);
        pay->bind(5, p.shareBasisPoints).bindTextOrNull(6, p.schedule);
        auto done = pay->exec();
        if (!done.ok())
            return makeError(done.error().code, tr("Unknown payment basis \"%1\".").arg(p.basis));
    }
    auto work =
        db.prepare(QStringLiteral("INSERT INTO offer_works (offer_id, work_id, file_sha256) VALUES (?1, ?2, ?3)"));
    if (!work.ok())
        return work.error();
    for (qint64 w : o.workIds) {
        auto found = m_catalog.work(w);
        if (!found.ok())
            return found.error();
        work->reset();
        // The file as it was when the offer was made: what the licence is about, whatever happens to it later.
        const QString hash =
            found->assets.isEmpty() ? QString() : QString::fromLatin1(found->assets.first().sha256.toHex());
        RAKKAN_TRY(work->bind(1, id).bind(2, w).bindTextOrNull(3, hash).exec());
    }
    auto cosigner = db.prepare(QStringLiteral("INSERT INTO offer_cosigners (offer_id, name) VALUES (?1, ?2)"));
    if (!cosigner.ok())
        return cosigner.error();
    for (const QString &name : o.cosigners) {
        cosigner->reset();
        RAKKAN_TRY(cosigner->bind(1, id).bind(2, name.trimmed()).exec());
    }
    RAKKAN_TRY(appendEvent(id, QString(), OfferStatusMachine::key(o.status), note));
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<qint64> OfferStore::counter(qint64 parentId, Offer terms, const QString &note)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    auto parent = offer(parentId);
    if (!parent.ok())
        return parent.error();
    RAKKAN_TRY(transition(parentId, OfferStatus::Countered, note));
    terms.id = 0;
    terms.parentId = parentId;
    terms.version = parent->version + 1;
    terms.status = OfferStatus::Countered;
    terms.cosignersApproved.clear(); // new terms need new approvals
    auto id = add(terms, note);
    if (!id.ok())
        return id.error();
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<QList<Offer>> OfferStore::versions(qint64 id)
{
    // Up to the first version, then down the chain of children.
    auto current = offer(id);
    if (!current.ok())
        return current.error();
    qint64 root = current->id;
    for (qint64 parent = current->parentId; parent != 0;) {
        auto up = offer(parent);
        if (!up.ok())
            return up.error();
        root = up->id;
        parent = up->parentId;
    }
    auto children =
        m_catalog.database().prepare(QStringLiteral("SELECT id FROM offers WHERE parent_id = ?1 ORDER BY id"));
    if (!children.ok())
        return children.error();
    QList<Offer> out;
    for (qint64 next = root; next != 0;) {
        auto o = offer(next);
        if (!o.ok())
            return o.error();
        out << *o;
        next = 0;
        children->reset();
        RAKKAN_TRY(children->bind(1, o->id).forEachRow([&](const sql::Statement &r) {
            if (next == 0)
                next = r.int64(0);
        }));
    }
    return out;
}

Result<QList<Offer>> OfferStore::list()
{
    auto stmt = m_catalog.database().prepare(QStringLiteral("SELECT id FROM offers ORDER BY id"));
    if (!stmt.ok())
        return stmt.error();
    QList<qint64> ids;
    RAKKAN_TRY(stmt->forEachRow([&](const sql::Statement &r) { ids << r.int64(0); }));
    QList<Offer> out;
    for (qint64 id : ids) {
        auto o = offer(id);
        if (!o.ok())
            return o.error();
        out << *o;
    }
    return out;
}

Result<Offer> OfferStore::offer(qint64 id)
{
    auto &db = m_catalog.database();
    auto stmt = db.prepare(QStringLiteral(
        "SELECT o.id, coalesce(o.parent_id, 0), o.version, o.title, c.name, coalesce(i.name, ''), "
        "o.licensee_disclosed, coalesce(o.licensee_name, ''), o.status, coalesce(o.received_on, ''), "
        "coalesce(o.response_deadline, ''), coalesce(o.term_start, ''), coalesce(o.term_end, ''), "
        "o.post_term_models, o.permits, o.prohibits, o.territory, o.exclusive, o.sublicensable, o.blanket_future, "
        "o.audit_rights, o.provenance_warranty, o.intermediary_share_bp, coalesce(o.governing_law, ''), "
        "coalesce(o.notes, '') FROM offers o JOIN counterparties c ON c.id = o.counterparty_id "
        "LEFT JOIN counterparties i ON i.id = o.intermediary_id WHERE o.id = ?1"));
    if (!stmt.ok())
        return stmt.error();
    std::optional<Offer> found;
    RAKKAN_TRY(stmt->bind(1, id).forEachRow([&](const sql::Statement &r) {
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
        found = o;
    }));
    if (!found)
        return makeError(ErrorCode::NotFound, tr("There is no offer %1.").arg(id));
    auto pays =
        db.prepare(QStringLiteral("SELECT basis, amount, coalesce(currency, ''), share_bp, "
                                  "coalesce(schedule, '') FROM offer_payments WHERE offer_id = ?1 ORDER BY id"));
    if (!pays.ok())
        return pays.error();
    RAKKAN_TRY(pays->bind(1, id).forEachRow([&](const sql::Statement &r) {
        PaymentComponent p;
        p.basis = r.text(0);
        if (!r.isNull(1))
            if (auto m = Money::fromMinorUnits(r.int64(1), r.text(2)); m.ok())
                p.amount = *m;
        p.shareBasisPoints = int(r.int64(3));
        p.schedule = r.text(4);
        found->payments << p;
    }));
    auto works = db.prepare(QStringLiteral("SELECT work_id FROM offer_works WHERE offer_id = ?1 ORDER BY work_id"));
    if (!works.ok())
        return works.error();
    RAKKAN_TRY(works->bind(1, id).forEachRow([&](const sql::Statement &r) { found->workIds << r.int64(0); }));
    auto cos =
        db.prepare(QStringLiteral("SELECT name, approved_at FROM offer_cosigners WHERE offer_id = ?1 ORDER BY name"));
    if (!cos.ok())
        return cos.error();
    RAKKAN_TRY(cos->bind(1, id).forEachRow([&](const sql::Statement &r) {
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
    auto current = offer(id);
    if (!current.ok())
        return current.error();
    RAKKAN_TRY(OfferStatusMachine::check(current->status, to,
                                         {int(current->cosigners.size()), int(current->cosignersApproved.size())}));
    auto update = db.prepare(QStringLiteral("UPDATE offers SET status = ?1 WHERE id = ?2"));
    if (!update.ok())
        return update.error();
    RAKKAN_TRY(update->bind(1, OfferStatusMachine::key(to)).bind(2, id).exec());
    RAKKAN_TRY(appendEvent(id, OfferStatusMachine::key(current->status), OfferStatusMachine::key(to), note));
    return tx.commit();
}

Result<void> OfferStore::approve(qint64 id, const QString &cosigner)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    auto stmt = db.prepare(QStringLiteral("UPDATE offer_cosigners SET approved_at = ?1 WHERE offer_id = ?2 AND "
                                          "name = ?3 AND approved_at IS NULL"));
    if (!stmt.ok())
        return stmt.error();
    RAKKAN_TRY(stmt->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                   .bind(2, id)
                   .bind(3, cosigner.trimmed())
                   .exec());
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" is not a co-rights-holder of offer %2 waiting to approve.").arg(cosigner).arg(id));
    auto current = offer(id);
    if (!current.ok())
        return current.error();
    RAKKAN_TRY(appendEvent(id, OfferStatusMachine::key(current->status), OfferStatusMachine::key(current->status),
                           tr("Approved by %1").arg(cosigner.trimmed())));
    return tx.commit();
}

Result<QList<OfferEvent>> OfferStore::events(qint64 offerId)
{
    auto stmt = m_catalog.database().prepare(
        QStringLiteral("SELECT seq, offer_id, at, coalesce(from_status, ''), to_status, note, prev_hash, hash FROM "
                       "offer_events %1 ORDER BY seq")
            .arg(offerId ? QStringLiteral("WHERE offer_id = ?1") : QString()));
    if (!stmt.ok())
        return stmt.error();
    if (offerId)
        stmt->bind(1, offerId);
    QList<OfferEvent> out;
    RAKKAN_TRY(stmt->forEachRow([&](const sql::Statement &r) {
        out << OfferEvent{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)};
    }));
    return out;
}

Result<std::optional<qint64>> OfferStore::verifyChain()
{
    auto all = events();
    if (!all.ok())
        return all.error();
    QString previous = kGenesis;
    for (const OfferEvent &e : *all) {
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
    auto stmt = m_catalog.database().prepare(QStringLiteral(
        "INSERT INTO payments_received (offer_id, amount, currency, received_on, note) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt.ok())
        return stmt.error();
    RAKKAN_TRY(stmt->bind(1, offerId)
                   .bind(2, amount.minorUnits())
                   .bind(3, amount.currency())
                   .bind(4, isoDate(receivedOn))
                   .bind(5, note)
                   .exec());
    return m_catalog.database().lastInsertId();
}

Result<QList<PaymentReceived>> OfferStore::payments(qint64 offerId)
{
    auto stmt = m_catalog.database().prepare(
        QStringLiteral("SELECT id, offer_id, amount, currency, received_on, note FROM payments_received %1 ORDER BY "
                       "received_on, id")
            .arg(offerId ? QStringLiteral("WHERE offer_id = ?1") : QString()));
    if (!stmt.ok())
        return stmt.error();
    if (offerId)
        stmt->bind(1, offerId);
    QList<PaymentReceived> out;
    RAKKAN_TRY(stmt->forEachRow([&](const sql::Statement &r) {
        auto m = Money::fromMinorUnits(r.int64(2), r.text(3));
        out << PaymentReceived{r.int64(0), r.int64(1), m.ok() ? *m : Money(), dateOf(r.text(4)), r.text(5)};
    }));
    return out;
}

} // namespace rakkan::licensing
