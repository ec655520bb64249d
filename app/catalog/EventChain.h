#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <optional>

namespace rakkan::catalog {

// One step in the history of an offer or a case: a change of status, a correction, a kept document.
struct ChainEvent
{
    qint64 seq = 0;
    qint64 subjectId = 0; // the offer or case it is about
    QString at;
    QString from; // empty for the first event
    QString to;
    QString note;
    QString prevHash;
    QString hash;
};

// An append-only, hash-chained history kept in one table of the catalogue: each event's hash covers the one before,
// so that a later edit of the history is found by verify(). The tables themselves refuse updates and deletes
// (triggers); the chain also shows an edit made behind SQLite's back. Offers and cases each keep one.
class EventChain
{
public:
    // `table` holds (seq, <subjectColumn>, at, from_status, to_status, note, prev_hash, hash).
    EventChain(Catalog &catalog, QString table, QString subjectColumn)
        : m_catalog(catalog), m_table(std::move(table)), m_subject(std::move(subjectColumn))
    {}

    // Appends within the caller's transaction.
    Result<void> append(qint64 subjectId, const QString &from, const QString &to, const QString &note);
    Result<QList<ChainEvent>> events(qint64 subjectId = 0); // 0: every subject's, in order
    // The first event whose hash does not follow from its content and its predecessor's, or none.
    Result<std::optional<qint64>> verify();

    static QString eventHash(const ChainEvent &event);

private:
    Catalog &m_catalog;
    QString m_table;
    QString m_subject;
};

} // namespace rakkan::catalog
