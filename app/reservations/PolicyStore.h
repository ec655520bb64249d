#pragma once

#include "catalog/Catalog.h"
#include "reservations/ReservationPolicy.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

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

// The policy each work is published under (its assigned one, else the default), each read once.
class WorkPolicies
{
public:
    explicit WorkPolicies(catalog::Catalog &catalog) : m_store(catalog) {}
    Result<ReservationPolicy> of(qint64 workId);

private:
    PolicyStore m_store;
    std::optional<QMap<qint64, QString>> m_assignments;
    QMap<QString, ReservationPolicy> m_policies;
};

} // namespace rakkan::reservations
