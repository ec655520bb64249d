#pragma once

#include "catalog/WorkTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rakkan::ui {

class CatalogSession;

// Removes works from the catalogue (never their files) and can put them back exactly as they were. The
// snapshots are taken and used on the session's worker thread, which runs tasks in order, so an undo that
// follows a removal always finds what the removal saved. The command belongs to the catalogue open when it was
// made: after a switch, undoing it is refused rather than run against another file.
class RemoveWorksCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::ui::RemoveWorksCommand)

public:
    using Finished = std::function<void(bool removed, const QList<qint64> &ids, const QString &error)>;

    // `finished` runs on the GUI thread while `context` exists.
    RemoveWorksCommand(CatalogSession *session, QObject *context, QList<qint64> ids, QString firstTitle,
                       Finished finished);

    void redo() override;
    void undo() override;

private:
    CatalogSession *m_session;
    QObject *m_context;
    quint64 m_generation;
    QList<qint64> m_ids;
    std::shared_ptr<QList<catalog::WorkSnapshot>> m_snapshots = std::make_shared<QList<catalog::WorkSnapshot>>();
    Finished m_finished;
};

} // namespace rakkan::ui
