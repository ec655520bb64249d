#include "ui/catalogue/RemoveWorksCommand.h"

#include "ui/common/CatalogSession.h"

namespace rakkan::ui {

RemoveWorksCommand::RemoveWorksCommand(CatalogSession *session, QObject *context, QList<qint64> ids, QString firstTitle,
                                       Finished finished)
    : m_session(session), m_context(context), m_generation(session->generation()), m_ids(std::move(ids)),
      m_finished(std::move(finished))
{
    setText(m_ids.size() == 1 ? tr("Remove \"%1\"").arg(firstTitle)
                              : tr("Remove %n work(s)", nullptr, int(m_ids.size())));
}

void RemoveWorksCommand::redo()
{
    auto snapshots = m_snapshots;
    const QList<qint64> ids = m_ids;
    m_session->submitFor<QString>(
        m_generation, m_context,
        [snapshots, ids](catalog::Catalog &catalog) -> QString {
            snapshots->clear();
            sql::Transaction tx(catalog.database());
            if (auto begun = tx.begin(); !begun.ok())
                return begun.error().message;
            for (qint64 id : ids) {
                auto snapshot = catalog.works().remove(id);
                if (!snapshot.ok())
                    return snapshot.error().message;
                snapshots->append(*snapshot);
            }
            if (auto committed = tx.commit(); !committed.ok()) {
                snapshots->clear();
                return committed.error().message;
            }
            return QString();
        },
        [finished = m_finished, ids](const QString &error) { finished(error.isEmpty(), ids, error); });
}

void RemoveWorksCommand::undo()
{
    auto snapshots = m_snapshots;
    const QList<qint64> ids = m_ids;
    m_session->submitFor<QString>(
        m_generation, m_context,
        [snapshots](catalog::Catalog &catalog) -> QString {
            sql::Transaction tx(catalog.database());
            if (auto begun = tx.begin(); !begun.ok())
                return begun.error().message;
            for (const auto &snapshot : std::as_const(*snapshots))
                if (auto restored = catalog.works().restore(snapshot); !restored.ok())
                    return restored.error().message;
            if (auto committed = tx.commit(); !committed.ok())
                return committed.error().message;
            return QString();
        },
        [finished = m_finished, ids](const QString &error) { finished(!error.isEmpty(), ids, error); });
}

} // namespace rakkan::ui
