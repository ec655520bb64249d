#pragma once

#include "hub/HubStore.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace rakkan::hub {

// Group commit: server threads hand in one declaration each; whichever thread finds no batch being written
// writes everything waiting as one batch (one transaction, one fsync), and every thread gets its own outcome.
// While a batch is written the next one gathers, so many studios declaring at once share fsyncs instead of
// queueing one fsync each.
class GroupCommit
{
public:
    GroupCommit(HubStore &store, HubStore::Sealer seal, int maxBatch = 256)
        : m_store(store), m_seal(std::move(seal)), m_maxBatch(maxBatch)
    {}

    // Blocks until the batch holding `request` is stored (or failed).
    Result<AppendOutcome> submit(const AppendRequest &request);

    // Batches written, for the log line and the benchmark.
    qint64 batches() const;

private:
    struct Pending
    {
        AppendRequest request;
        std::optional<Result<AppendOutcome>> outcome;
    };

    HubStore &m_store;
    HubStore::Sealer m_seal;
    int m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<Pending *> m_waiting;
    bool m_writing = false;
    qint64 m_batches = 0;
};

} // namespace rakkan::hub
