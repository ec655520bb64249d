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
        auto opened = catalog::Catalog::open(path);
        std::optional<Error> error;
        if (opened.ok())
            holder->catalog = std::move(opened).value();
        else
            error = opened.error();
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error]() {
                if (!self)
                    return;
                if (error)
                    Q_EMIT self->openFailed(path, *error);
                else
                    Q_EMIT self->opened(path);
            },
            Qt::QueuedConnection);
    });
}

bool CatalogBinding::isCurrent() const
{
    const CatalogSession *session = m_session.data();
    return session && session->generation() == m_generation;
}

} // namespace rakkan::ui
