#include "ui/optout/OptOutJob.h"

#include "registry/Registries.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rakkan::ui {

OptOutJob::OptOutJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request))
{
    m_pool.setMaxThreadCount(1);
}

OptOutJob::~OptOutJob()
{
    cancel();
    m_future.waitForFinished();
}

void OptOutJob::start()
{
    QPointer<OptOutJob> self(this);
    auto cancel = m_cancel;
    const Request request = m_request;
    m_future = QtConcurrent::run(&m_pool, [self, cancel, request]() {
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        auto finish = [&](const Result<registry::SendReport> &report, int queued) {
            post([self, report, queued] { Q_EMIT self->finished(report, queued); });
        };
        auto catalog = catalog::Catalog::open(request.catalogPath);
        if (!catalog.ok())
            return finish(catalog.error(), 0);
        registry::Outbox outbox(**catalog);
        registry::SendReport total;
        int queued = 0;
        for (int i = 0; i < request.registryIds.size(); ++i) {
            if (cancel->load()) {
                total.cancelled = true;
                break;
            }
            auto target = registry::Registries(**catalog).find(QString::number(request.registryIds[i]));
            if (!target.ok())
                return finish(target.error(), queued);
            post([self, i, count = int(request.registryIds.size()), name = target->name] {
                Q_EMIT self->registryStarted(i, count, name);
            });
            if (!request.onlyRetry) {
                auto report = outbox.enqueue(*target, request.workIds, false);
                if (!report.ok())
                    return finish(report.error(), queued);
                queued += report->queued;
            } else if (auto requeued = outbox.requeue(target->id, false); !requeued.ok()) {
                return finish(requeued.error(), queued);
            }
            registry::Outbox::Options options;
            options.vaults = request.vaults;
            options.cancel = cancel;
            options.passphrase = [&request](const identity::Identity &who) -> std::optional<QString> {
                if (request.passphrases.contains(who.id))
                    return request.passphrases.value(who.id);
                return std::nullopt;
            };
            options.progress = [&](int done, int count) {
                post([self, done, count] { Q_EMIT self->progress(done, count); });
            };
            auto sent = outbox.send(*target, options);
            if (!sent.ok())
                return finish(sent.error(), queued);
            total.declared += sent->declared;
            total.duplicates += sent->duplicates;
            total.rejected += sent->rejected;
            total.failed += sent->failed;
            total.cancelled = total.cancelled || sent->cancelled;
        }
        finish(total, queued);
    });
}

} // namespace rakkan::ui
