#include "catalog/EventChain.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace rakkan::catalog {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
}

QString EventChain::eventHash(const ChainEvent &e)
{
    // Fields joined with a separator none of them can hold unescaped (they are escaped here).
    QStringList parts{e.prevHash, QString::number(e.subjectId), e.at, e.from, e.to, e.note};
    for (QString &p : parts)
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> EventChain::append(qint64 subjectId, const QString &from, const QString &to, const QString &note)
{
    auto &db = m_catalog.database();
    RAKKAN_TRY(auto last, db.prepare(QStringLiteral("SELECT hash FROM %1 ORDER BY seq DESC LIMIT 1").arg(m_table)));
    ChainEvent e;
    e.prevHash = kGenesis;
    RAKKAN_TRY(last.forEachRow([&](const sql::Statement &r) { e.prevHash = r.text(0); }));
    e.subjectId = subjectId;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.from = from;
    e.to = to;
    e.note = note;
    e.hash = eventHash(e);
    RAKKAN_TRY(auto insert, db.prepare(QStringLiteral("INSERT INTO %1 (%2, at, from_status, to_status, note, "
                                                      "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                                           .arg(m_table, m_subject)));
    return insert.bind(1, subjectId)
        .bind(2, e.at)
        .bindTextOrNull(3, e.from)
        .bind(4, e.to)
        .bind(5, e.note)
        .bind(6, e.prevHash)
        .bind(7, e.hash)
        .exec();
}

Result<QList<ChainEvent>> EventChain::events(qint64 subjectId)
{
    RAKKAN_TRY(
        auto stmt,
        m_catalog.database().prepare(
            QStringLiteral("SELECT seq, %2, at, coalesce(from_status, ''), to_status, note, prev_hash, hash FROM "
                           "%1 %3 ORDER BY seq")
                .arg(m_table, m_subject, subjectId ? QStringLiteral("WHERE %1 = ?1").arg(m_subject) : QString())));
    if (subjectId)
        stmt.bind(1, subjectId);
    QList<ChainEvent> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << ChainEvent{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)};
    }));
    return out;
}

Result<std::optional<qint64>> EventChain::verify()
{
    RAKKAN_TRY(auto all, events());
    QString previous = kGenesis;
    for (const ChainEvent &e : all) {
        if (e.prevHash != previous || eventHash(e) != e.hash)
            return std::optional<qint64>(e.seq);
        previous = e.hash;
    }
    return std::optional<qint64>();
}

} // namespace rakkan::catalog
