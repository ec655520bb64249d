#pragma once

#include "licensing/Offer.h"
#include "licensing/OfferValue.h"
#include "licensing/RedFlags.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace rakkan::ui {

// The offers inbox: one row an offer version, with its status, its deadline (in red when close), what its fixed
// money comes to per work and how many red flags it raises. Versions a counter-offer replaced are marked, so the
// filter can leave them out.
class OfferListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferListModel)

public:
    enum Column { Title, Version, From, Status, Deadline, ValuePerWork, Flags, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, StatusRole, SupersededRole };
    // Deadlines this close (or past) are shown as urgent.
    static constexpr int kUrgentDays = 7;

    explicit OfferListModel(QObject *parent = nullptr);

    void setOffers(const QList<licensing::Offer> &offers, const licensing::RedFlags::Context &context);
    const QList<licensing::Offer> &offers() const { return m_offers; }
    std::optional<licensing::Offer> offer(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<licensing::Offer> m_offers;
    QList<QList<licensing::RedFlag>> m_flags;
    QList<std::optional<licensing::OfferValue>> m_values; // worked out once per row, read by every role
    QSet<qint64> m_superseded;                            // versions a later version replaced
    QDate m_today;
};

// Which offers the inbox shows: those to answer, those agreed, those closed, or all (each as it stands now), or
// every version of every offer.
class OfferFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class View { ToAnswer, Agreed, Closed, All, EveryVersion };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setView(View view);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    View m_view = View::ToAnswer;
};

} // namespace rakkan::ui
