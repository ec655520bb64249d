#pragma once

#include "cataloguing/ImportJournal.h"

#include <QFrame>

class QLabel;

namespace rakkan::ui {

// The bar above the works that says an import of this catalogue was cut short (Rakkan was closed, crashed or was
// stopped while it ran) and offers to run it again; the files already added are recognised and skipped.
class InterruptedImportBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedImportBar)

public:
    explicit InterruptedImportBar(QWidget *parent = nullptr);

    void show(const cataloguing::UnfinishedImport &unfinished);

Q_SIGNALS:
    void importAgainRequested(const QStringList &paths, rakkan::cataloguing::ImportOptions::Grouping grouping);
    void dismissed();

private:
    QLabel *m_text;
    cataloguing::UnfinishedImport m_unfinished;
};

} // namespace rakkan::ui
