#include "reservations/PolicyStore.h"

#include "sqlite/Sqlite.h"

#include <QJsonDocument>

namespace rakkan::reservations {

const QString PolicyStore::kDefault = QStringLiteral("default");

Result<ReservationPolicy> PolicyStore::policy(const QString &name)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT policy FROM reservation_policies WHERE name = ?1")));
    std::optional<QString> text;
    RAKKAN_TRY(stmt.bind(1, name).forEachRow([&](const sql::Statement &r) { text = r.text(0); }));
    if (!text) {
        if (name == kDefault)
            return ReservationPolicy::defaults();
        return makeError(ErrorCode::NotFound, tr("There is no reservation policy called \"%1\".").arg(name));
    }
    return ReservationPolicy::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

Result<void> PolicyStore::save(const ReservationPolicy &policy, const QString &name)
{
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        return makeError(ErrorCode::InvalidArgument, problems.join(QLatin1Char('\n')));
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "INSERT INTO reservation_policies (name, policy) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE "
                   "SET policy = excluded.policy, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")));
    return stmt.bind(1, name.trimmed())
        .bind(2, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)))
        .exec();
}

Result<QStringList> PolicyStore::names()
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT name FROM reservation_policies ORDER BY name")));
    QStringList out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { out << r.text(0); }));
    if (!out.contains(kDefault))
        out.prepend(kDefault);
    return out;
}

Result<void> PolicyStore::assign(const QList<qint64> &workIds, const QString &name)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    if (name.isEmpty() || name == kDefault) {
        RAKKAN_TRY(auto clear, db.prepare(QStringLiteral("DELETE FROM work_policies WHERE work_id = ?1")));
        for (qint64 id : workIds) {
            clear.reset();
            RAKKAN_TRY(clear.bind(1, id).exec());
        }
        return tx.commit();
    }
    RAKKAN_TRY(auto find, db.prepare(QStringLiteral("SELECT id FROM reservation_policies WHERE name = ?1")));
    auto policyId = find.bind(1, name).scalarInt64();
    if (!policyId.ok())
        return makeError(ErrorCode::NotFound, tr("There is no reservation policy called \"%1\".").arg(name));
    RAKKAN_TRY(auto set,
               db.prepare(QStringLiteral("INSERT INTO work_policies (work_id, policy_id) VALUES (?1, ?2) "
                                         "ON CONFLICT (work_id) DO UPDATE SET policy_id = excluded.policy_id")));
    for (qint64 id : workIds) {
        RAKKAN_TRY(m_catalog.works().get(id));
        set.reset();
        RAKKAN_TRY(set.bind(1, id).bind(2, *policyId).exec());
    }
    return tx.commit();
}

Result<QMap<qint64, QString>> PolicyStore::assignments()
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "SELECT w.work_id, p.name FROM work_policies w JOIN reservation_policies p ON p.id = w.policy_id")));
    QMap<qint64, QString> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { out.insert(r.int64(0), r.text(1)); }));
    return out;
}

Result<ReservationPolicy> WorkPolicies::of(qint64 workId)
{
    if (!m_assignments) {
        RAKKAN_TRY(auto assignments, m_store.assignments());
        m_assignments = assignments;
    }
    const QString name = m_assignments->value(workId, PolicyStore::kDefault);
    if (!m_policies.contains(name)) {
        RAKKAN_TRY(auto policy, m_store.policy(name));
        m_policies.insert(name, policy);
    }
    return m_policies.value(name);
}

} // namespace rakkan::reservations
