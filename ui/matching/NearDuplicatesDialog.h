#pragma once

#include "matching/CatalogMatcher.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>

#include <memory>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace rakkan::ui {

// The catalogue's near duplicates: files that are copies of each other (the same page saved twice, an export
// beside its original, a crop), grouped, so the user can tidy them up.
class NearDuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NearDuplicatesDialog)

public:
    using MatcherCache = std::shared_ptr<std::unique_ptr<matching::CatalogMatcher>>;
    NearDuplicatesDialog(CatalogBinding catalog, MatcherCache cache, QWidget *parent = nullptr);

    void refresh();
    int groupCount() const;
    // The PDQ distance up to which two whole pictures are proposed as copies (local features propose the rest).
    void setThreshold(int bits);
    int threshold() const;

Q_SIGNALS:
    void loaded(int groups);
    void showWorkRequested(qint64 workId);

private:
    CatalogBinding m_catalog;
    MatcherCache m_cache;
    QLabel *m_status;
    QSpinBox *m_threshold;
    QTreeWidget *m_tree;
};

} // namespace rakkan::ui
