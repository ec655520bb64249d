#pragma once

#include "hub/HubStore.h"

#include <QCoreApplication>

#include <memory>

namespace rakkan::hub {

// Opening a hub's store from what the operator typed, and moving a hub from one store to another.
class HubStores
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::HubStores)

public:
    // A postgresql:// address (or libpq key=value pairs) opens PostgresHubStore; anything else is a SQLite file.
    static Result<std::unique_ptr<HubStore>> open(const QString &database);

    struct Migrated
    {
        qint64 copied = 0;  // declarations copied by this run
        qint64 present = 0; // already in the target (an earlier, interrupted run)
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Copies every declaration, with its seq, ISCC-ID and receipt unchanged, and the hub's key, so that receipts
    // issued before still verify. Resumable: a target holding the first part of the same log is continued; a
    // target holding anything else is refused.
    static Result<Migrated> migrate(HubStore &from, HubStore &to, const Progress &progress = {});
};

} // namespace rakkan::hub
