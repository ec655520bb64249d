#pragma once

#include "cataloguing/ImportTypes.h"

#include <QDialog>

namespace rakkan::ui {

// After an import: how many files were added, which were already catalogued (and in which work), and which
// failed with the reason, so the user can fix them and import again.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(const cataloguing::ImportReport &report, QWidget *parent = nullptr);

Q_SIGNALS:
    void showWorkRequested(qint64 workId);
};

} // namespace rakkan::ui
