#pragma once

#include "catalog/Catalog.h"
#include "reservations/ReservationPolicy.h"

#include <QCoreApplication>
#include <QMap>

namespace rakkan::reservations {

// Reservation policies in the catalogue: "default" for the creator, and named ones for works whose terms differ.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::PolicyStore)

public:
    static const QString kDefault;

    explicit PolicyStore(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // The named policy; the default one is ReservationPolicy::defaults() until first saved.
    Result<ReservationPolicy> policy(const QString &name = kDefault);
    // Refused, with the problems, when the policy would write wrong files.
    Result<void> save(const ReservationPolicy &policy, const QString &name = kDefault);
    Result<QStringList> names();
    // Works that follow `name` instead of the default (an empty name puts them back on the default).
    Result<void> assign(const QList<qint64> &workIds, const QString &name);
    Result<QMap<qint64, QString>> assignments(); // work id -> policy name

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::reservations
