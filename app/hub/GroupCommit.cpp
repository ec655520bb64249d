#include "hub/GroupCommit.h"

#include <vector>

namespace rakkan::hub {

Result<AppendOutcome> GroupCommit::submit(const AppendRequest &request)
{
    Pending mine{request, std::nullopt};
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(&mine);
    while (!mine.outcome) {
        if (m_writing) {
            m_done.wait(lock);
            continue;
        }
        m_writing = true;
        std::vector<Pending *> batch;
        while (!m_waiting.empty() && int(batch.size()) < m_maxBatch) {
            batch.push_back(m_waiting.front());
            m_waiting.pop_front();
        }
        lock.unlock();
        QList<AppendRequest> requests;
        requests.reserve(qsizetype(batch.size()));
        for (const Pending *p : batch)
            requests << p->request;
        auto outcomes = m_store.append(requests, m_seal);
        lock.lock();
        for (size_t i = 0; i < batch.size(); ++i) {
            if (!outcomes.ok())
                batch[i]->outcome = Result<AppendOutcome>(outcomes.error());
            else
                batch[i]->outcome = Result<AppendOutcome>(outcomes->at(qsizetype(i)));
        }
        ++m_batches;
        m_writing = false;
        m_done.notify_all();
    }
    return *mine.outcome;
}

qint64 GroupCommit::batches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

} // namespace rakkan::hub
