#include "ui/licensing/OfferListModel.h"

#include "licensing/OfferStatus.h"
#include "ui/common/Dates.h"

#include <QColor>
#include <QFont>

namespace rakkan::ui {

using licensing::Offer;
using licensing::OfferStatus;
using licensing::OfferStatusMachine;

OfferListModel::OfferListModel(QObject *parent) : QAbstractTableModel(parent) {}

void OfferListModel::setOffers(const QList<Offer> &offers, const licensing::RedFlags::Context &context)
{
    beginResetModel();
    m_offers = offers;
    m_today = context.today;
    m_flags.clear();
    m_values.clear();
    m_superseded.clear();
    for (const Offer &o : offers) {
        m_flags << licensing::RedFlags::of(o, context);
        m_values << licensing::OfferValue::of(o, context.portfolioWorks);
        if (o.parentId)
            m_superseded.insert(o.parentId);
    }
    endResetModel();
}

std::optional<Offer> OfferListModel::offer(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Offer>(m_offers[row]);
}

int OfferListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_offers.size(); ++i)
        if (m_offers[i].id == id)
            return i;
    return -1;
}

int OfferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OfferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_offers.size())
        return {};
    const Offer &o = m_offers[index.row()];
    const auto &flags = m_flags[index.row()];
    const bool open = OfferStatusMachine::awaitsAnswer(o.status);
    const qint64 daysLeft = o.responseDeadline.isValid() ? m_today.daysTo(o.responseDeadline) : 1'000'000;
    const bool urgent = o.answerDueWithin(m_today, kUrgentDays);
    switch (role) {
    case IdRole:
        return o.id;
    case StatusRole:
        return int(o.status);
    case SupersededRole:
        return m_superseded.contains(o.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return o.title;
        case Version:
            return m_superseded.contains(o.id) ? tr("%1 (replaced)").arg(o.version) : QString::number(o.version);
        case From:
            return o.intermediary.isEmpty() ? o.counterparty : tr("%1 via %2").arg(o.counterparty, o.intermediary);
        case Status:
            return OfferStatusMachine::label(o.status);
        case Deadline:
            return o.responseDeadline.isValid() ? dateText(o.responseDeadline) : QString();
        case ValuePerWork:
            if (const auto &v = m_values[index.row()])
                return v->text();
            return QString();
        case Flags:
            return flags.isEmpty() ? QString() : QString::number(flags.size());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Deadline: // open offers by deadline first, those without one after them
            return open ? daysLeft : 2'000'000 + daysLeft;
        case ValuePerWork:
            if (const auto &v = m_values[index.row()])
                return v->sortKey();
            return -1;
        case Version:
            return o.version;
        case Flags:
            return int(flags.size());
        case Status:
            return int(o.status);
        default:
            return data(index, Qt::DisplayRole);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Flags && !flags.isEmpty()) {
            QStringList lines;
            for (const auto &f : flags)
                lines << QStringLiteral("• ") + f.message;
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Version && m_superseded.contains(o.id))
            return tr("A counter-offer replaced this version; the latest one is listed on its own row.");
        if (index.column() == ValuePerWork) {
            const auto &v = m_values[index.row()];
            if (!v)
                return tr("Only flat fees and per-work payments can be worked out per work; revenue shares and "
                          "per-use payments depend on how the works are used.");
            if (!v->termStated())
                return tr("The offer states no licence term, so no yearly figure can be given: an offer without "
                          "an end date may be read as for ever.");
        }
        if (index.column() == Deadline && urgent)
            return daysLeft < 0 ? tr("The answer was due %n day(s) ago.", nullptr, int(-daysLeft))
                                : tr("%n day(s) left to answer.", nullptr, int(daysLeft));
        break;
    case Qt::ForegroundRole:
        if (index.column() == Version && m_superseded.contains(o.id))
            return QColor(Qt::gray);
        if (index.column() == Deadline && urgent)
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == Flags && !flags.isEmpty())
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::FontRole:
        if (index.column() == Deadline && urgent) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OfferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Offer");
    case From:
        return tr("From");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Answer due");
    case Version:
        return tr("Version");
    case ValuePerWork:
        return tr("Fixed money per work");
    case Flags:
        return tr("Red flags");
    }
    return {};
}

void OfferFilterModel::setView(View view)
{
    m_view = view;
    invalidateFilter();
}

bool OfferFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (m_view == View::EveryVersion)
        return true;
    if (index.data(OfferListModel::SupersededRole).toBool())
        return false; // the counter-offer that replaced it stands for the offer now
    const auto status = OfferStatus(index.data(OfferListModel::StatusRole).toInt());
    const bool agreed = status == OfferStatus::Accepted || status == OfferStatus::AwaitingCosigners ||
                        status == OfferStatus::Active || status == OfferStatus::Suspended;
    switch (m_view) {
    case View::ToAnswer:
        return OfferStatusMachine::awaitsAnswer(status);
    case View::Agreed:
        return agreed;
    case View::Closed:
        return !OfferStatusMachine::isOpen(status) && !agreed;
    case View::All:
    case View::EveryVersion:
        return true;
    }
    return true;
}

} // namespace rakkan::ui
