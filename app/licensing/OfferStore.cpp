#include "licensing/OfferStore.h"

#include "licensing/OfferHistory.h"
#include "licensing/OfferRows.h"
#include "licensing/OfferTerms.h"

#include <QDateTime>

namespace rakkan::licensing {

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

std::function<Result<QString>(qint64)> OfferStore::fileHash()
{
    return [this](qint64 workId) -> Result<QString> {
        RAKKAN_TRY(auto work, m_catalog.works().get(workId));
        return work.assets.isEmpty() ? QString() : QString::fromLatin1(work.assets.first().sha256.toHex());
    };
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
    OfferRows rows(db);
    const QStringList columns = OfferRows::writeColumns();
    QStringList places;
    for (int i = 1; i <= int(columns.size()) + 3; ++i)
        places << QStringLiteral("?%1").arg(i);
    RAKKAN_TRY(auto insert,
               db.prepare(QStringLiteral("INSERT INTO offers (%1, parent_id, version, status) VALUES (%2)")
                              .arg(columns.join(QStringLiteral(", ")), places.join(QStringLiteral(", ")))));
    RAKKAN_TRY(rows.bind(insert, 1, o));
    const int next = int(columns.size()) + 1;
    if (o.parentId)
        insert.bind(next, o.parentId);
    else
        insert.bindNull(next);
    insert.bind(next + 1, o.version).bind(next + 2, OfferStatusMachine::key(o.status));
    RAKKAN_TRY(insert.exec());
    const qint64 id = db.lastInsertId();
    RAKKAN_TRY(rows.writeParts(id, o, fileHash()));
    RAKKAN_TRY(OfferHistory(m_catalog).append(id, QString(), OfferStatusMachine::key(o.status), note));
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
    OfferRows rows(db);
    const QStringList columns = OfferRows::writeColumns();
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 1);
    RAKKAN_TRY(auto update, db.prepare(QStringLiteral("UPDATE offers SET %1 WHERE id = ?%2")
                                           .arg(sets.join(QStringLiteral(", ")))
                                           .arg(columns.size() + 1)));
    RAKKAN_TRY(rows.bind(update, 1, o));
    RAKKAN_TRY(update.bind(int(columns.size()) + 1, o.id).exec());
    RAKKAN_TRY(rows.writeParts(o.id, o, fileHash()));
    // The history says what changed, so an edit is as visible as a status change.
    const QString key = OfferStatusMachine::key(before.status);
    QString entry = tr("Terms changed: %1").arg(changes.join(QStringLiteral(", ")));
    if (!note.trimmed().isEmpty())
        entry += QStringLiteral(". ") + note.trimmed();
    RAKKAN_TRY(OfferHistory(m_catalog).append(o.id, key, key, entry));
    return tx.commit();
}

bool OfferStore::isEditable(OfferStatus status)
{
    // Until accepted the record follows the negotiation; from then on the terms are what was agreed.
    return OfferStatusMachine::isOpen(status) && status != OfferStatus::Accepted &&
           status != OfferStatus::AwaitingCosigners;
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
    return OfferRows(m_catalog.database()).read(QStringLiteral("1"));
}

Result<QList<Offer>> OfferStore::current()
{
    return OfferRows(m_catalog.database())
        .read(QStringLiteral("NOT EXISTS (SELECT 1 FROM offers later WHERE later.parent_id = o.id)"));
}

Result<Offer> OfferStore::offer(qint64 id)
{
    RAKKAN_TRY(auto found, OfferRows(m_catalog.database()).read(QStringLiteral("o.id = ?1"), {id}));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no offer %1.").arg(id));
    return found.first();
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
    RAKKAN_TRY(
        OfferHistory(m_catalog).append(id, OfferStatusMachine::key(current.status), OfferStatusMachine::key(to), note));
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
    RAKKAN_TRY(OfferHistory(m_catalog).append(id, OfferStatusMachine::key(current.status),
                                              OfferStatusMachine::key(current.status),
                                              tr("Approved by %1").arg(cosigner.trimmed())));
    return tx.commit();
}

} // namespace rakkan::licensing
