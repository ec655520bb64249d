#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <functional>

namespace rakkan {

// Runs `work` on every core a batch at a time and hands each result, in input order, to `use` on the calling
// thread: output streams as it is found and memory stays bounded whatever the number of items. Returns false
// when `cancelled` stopped it between batches.
template <typename Result, typename Item>
bool forEachInBatches(const QList<Item> &items, const std::function<Result(const Item &)> &work,
                      const std::function<void(const Item &, const Result &)> &use,
                      const std::function<void(int done, int total)> &progress = {},
                      const std::atomic<bool> *cancelled = nullptr)
{
    QThreadPool pool;
    const qsizetype batch = qMax(16, pool.maxThreadCount() * 8);
    for (qsizetype from = 0; from < items.size(); from += batch) {
        if (cancelled && cancelled->load())
            return false;
        const QList<Item> slice = items.mid(from, batch);
        const QList<Result> results = QtConcurrent::blockingMapped<QList<Result>>(&pool, slice, work);
        for (qsizetype i = 0; i < slice.size(); ++i)
            use(slice[i], results[i]);
        if (progress)
            progress(int(qMin(from + batch, items.size())), int(items.size()));
    }
    return !(cancelled && cancelled->load());
}

} // namespace rakkan
