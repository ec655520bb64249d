#pragma once

#include "licensing/OfferComparison.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace rakkan::ui {

// Two to four offers side by side, term by term in contract order; the terms on which they differ are highlighted,
// and "Only differences" hides the rest.
class CompareOffersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareOffersDialog)

public:
    CompareOffersDialog(const QList<licensing::Offer> &offers, const QList<licensing::ComparedTerm> &terms,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    // The row of a term (by its key), or -1.
    int rowOf(const QString &key) const;
    static constexpr int kDiffersRole = Qt::UserRole + 1;

private:
    QList<licensing::ComparedTerm> m_terms;
    QTableWidget *m_table;
    QCheckBox *m_onlyDifferences;
};

} // namespace rakkan::ui
