#pragma once

#include <QList>

namespace rakkan::bench {

// rakkan-hub on PostgreSQL (a server this run starts, fsync on): declarations a second over TLS through 1, 2 and 4
// hub processes on one database, `notes` signed notes each time, from 16 client connections.
int hubDeclare(const QList<int> &notes, const QList<int> &processes);

// "Is this picture declared?" at `sizes` declarations: the log generated inside PostgreSQL (clusters of
// near-duplicates and uniform hashes, four PDQ hashes a note as pictures and their regions give), the index
// read from it as a starting hub reads it, then lookups at radius 31 through the hub service (index plus the
// database for the matches): median, 95th percentile, memory per declaration.
int hubLookup(const QList<qint64> &sizes);

} // namespace rakkan::bench
