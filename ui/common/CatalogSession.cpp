#include "ui/common/CatalogSession.h"

namespace rakkan::ui {

CatalogSession::CatalogSession(QObject *parent) : QObject(parent), m_holder(std::make_shared<Holder>())
{
    m_pool.setMaxThreadCount(1);
    // One long-lived thread keeps SQLite's connection on the thread that opened it.
    m_pool.setExpiryTimeout(-1);
}

CatalogSession::~CatalogSession()
{
    m_pool.waitForDone();
}

Error CatalogSession::notOpen()
{
    return makeError(ErrorCode::NotFound, tr("No catalogue is open."));
}

Error CatalogSession::switched()
{
    return makeError(ErrorCode::Conflict,
                     tr("Another catalogue has been opened since this window was shown, so nothing was changed."));
}

void CatalogSession::open(const QString &path)
{
    m_path = path;
    const quint64 generation = ++m_generation;
    auto holder = m_holder;
    QPointer<CatalogSession> self(this);
    m_pool.start([holder, path, generation, self]() {
        holder->catalog.reset();
        holder->generation = generation;
        openOnWorker(*holder, path, self);
    });
}

void CatalogSession::restore(const QString &path, const catalog::CatalogBackup &backup)
{
    m_path = path;
    const quint64 generation = ++m_generation;
    auto holder = m_holder;
    QPointer<CatalogSession> self(this);
    m_pool.start([holder, path, backup, generation, self]() {
        // This connection is closed before the file is replaced: nothing of this process writes to it meanwhile.
        holder->catalog.reset();
        holder->generation = generation;
        auto replaced = catalog::CatalogBackups(path).restore(backup);
        if (!replaced.ok()) {
            const Error error = replaced.error();
            QMetaObject::invokeMethod(
                self.data(),
                [self, path, error] {
                    if (self)
                        Q_EMIT self->openFailed(path, error);
                },
                Qt::QueuedConnection);
            return;
        }
        const QString keptAs = *replaced;
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, keptAs] {
                if (self)
                    Q_EMIT self->restored(path, keptAs);
            },
            Qt::QueuedConnection);
        openOnWorker(*holder, path, self);
    });
}

void CatalogSession::openOnWorker(Holder &holder, const QString &path, QPointer<CatalogSession> self)
{
    auto opened =
        catalog::Catalog::open(path, catalog::Catalog::Access::ReadWrite, catalog::Catalog::Upkeep::CheckOnly);
    std::optional<Error> error;
    bool backupDue = false;
    if (opened.ok()) {
        holder.catalog = std::move(opened).value();
        backupDue = !holder.catalog->createdNow() && catalog::CatalogBackups(path).dailyDue();
    } else {
        error = opened.error();
    }
    QMetaObject::invokeMethod(
        self.data(),
        [self, path, error, backupDue]() {
            if (!self)
                return;
            if (error) {
                Q_EMIT self->openFailed(path, *error);
                return;
            }
            Q_EMIT self->opened(path);
            if (backupDue)
                Q_EMIT self->dailyBackupDue(path);
        },
        Qt::QueuedConnection);
}

bool CatalogBinding::isCurrent() const
{
    const CatalogSession *session = m_session.data();
    return session && session->generation() == m_generation;
}

} // namespace rakkan::ui
