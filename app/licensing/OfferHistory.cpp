#include "licensing/OfferHistory.h"

#include "crypto/Sha256.h"

#include <QDateTime>

namespace rakkan::licensing {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
}

QString OfferHistory::eventHash(const OfferEvent &e)
{
    // Fields joined with a separator none of them can hold unescaped (they are escaped here).
    QStringList parts{e.prevHash, QString::number(e.offerId), e.at, e.from, e.to, e.note};
    for (QString &p : parts)
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QString::fromLatin1(crypto::sha256(parts.join(QLatin1Char('|')).toUtf8()).toHex());
}

Result<void> OfferHistory::append(qint64 offerId, const QString &from, const QString &to, const QString &note)
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

Result<QList<OfferEvent>> OfferHistory::events(qint64 offerId)
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

Result<std::optional<qint64>> OfferHistory::verifyChain()
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

} // namespace rakkan::licensing
