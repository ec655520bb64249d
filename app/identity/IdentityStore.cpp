#include "identity/IdentityStore.h"

#include "identity/DidWeb.h"
#include "sqlite/Sqlite.h"

namespace rakkan::identity {

namespace {
constexpr const char *kSelect =
    "SELECT id, name, public_key, controller, key_storage, is_default, created_at, backed_up_at FROM identities ";

Error noIdentity()
{
    return makeError(ErrorCode::NotFound,
                     IdentityStore::tr("There is no signing identity yet. Create one first (Identity page, or "
                                       "\"rakkan-cli identity create\")."));
}
} // namespace

Result<QList<Identity>> IdentityStore::query(const QString &where, const std::function<void(sql::Statement &)> &bind)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QLatin1String(kSelect) + where));
    bind(stmt);
    QList<Identity> found;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        Identity i;
        i.id = r.int64(0);
        i.name = r.text(1);
        i.publicKey = r.text(2);
        i.controller = r.text(3);
        i.storage = keyStorageFromKey(r.text(4)).value_or(KeyStorage::File);
        i.isDefault = r.int64(5) != 0;
        i.createdAt = r.text(6);
        i.backedUpAt = r.text(7);
        found << i;
    }));
    return found;
}

Result<QList<Identity>> IdentityStore::list()
{
    return query(QStringLiteral("ORDER BY is_default DESC, name COLLATE NOCASE, id"), [](sql::Statement &) {});
}

Result<Identity> IdentityStore::byId(qint64 id)
{
    RAKKAN_TRY(auto found, query(QStringLiteral("WHERE id = ?1"), [id](sql::Statement &s) { s.bind(1, id); }));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no signing identity number %1.").arg(id));
    return found.first();
}

Result<Identity> IdentityStore::defaultIdentity()
{
    RAKKAN_TRY(auto found, query(QStringLiteral("WHERE is_default = 1"), [](sql::Statement &) {}));
    if (found.isEmpty())
        return noIdentity();
    return found.first();
}

Result<Identity> IdentityStore::find(const QString &nameOrId)
{
    const QString key = nameOrId.trimmed();
    if (key.isEmpty())
        return defaultIdentity();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    RAKKAN_TRY(auto found, query(QStringLiteral("WHERE id = ?1 OR name = ?2 OR public_key = ?2 ORDER BY id"),
                                 [&](sql::Statement &s) { s.bind(1, isNumber ? id : qint64(-1)).bind(2, key); }));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no signing identity called \"%1\".").arg(key));
    if (found.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Several identities are called \"%1\"; name one by its number.").arg(key));
    return found.first();
}

Result<qint64> IdentityStore::insert(const Identity &identity)
{
    if (identity.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An identity needs a name (an artist or studio name)."));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto count, db.prepare(QStringLiteral("SELECT count(*) FROM identities")));
    RAKKAN_TRY(auto existing, count.scalarInt64());
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("INSERT INTO identities (name, public_key, controller, key_storage, "
                                         "is_default, backed_up_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    stmt.bind(1, identity.name.trimmed()).bind(2, identity.publicKey).bindTextOrNull(3, identity.controller);
    stmt.bind(4, keyStorageKey(identity.storage)).bind(5, existing == 0 ? 1 : 0);
    RAKKAN_TRY(stmt.bindTextOrNull(6, identity.backedUpAt).exec());
    const qint64 id = db.lastInsertId();
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<void> IdentityStore::setDefault(qint64 id)
{
    RAKKAN_TRY(byId(id));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(db.exec(QStringLiteral("UPDATE identities SET is_default = 0 WHERE is_default = 1")));
    RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("UPDATE identities SET is_default = 1 WHERE id = ?1")));
    RAKKAN_TRY(stmt.bind(1, id).exec());
    return tx.commit();
}

Result<void> IdentityStore::setController(qint64 id, const QString &controller)
{
    RAKKAN_TRY(byId(id));
    QString normalized;
    if (!controller.trimmed().isEmpty()) {
        RAKKAN_TRY(auto did, DidWeb::normalize(controller));
        normalized = did;
    }
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("UPDATE identities SET controller = ?1 WHERE id = ?2")));
    return stmt.bindTextOrNull(1, normalized).bind(2, id).exec();
}

Result<void> IdentityStore::markBackedUp(qint64 id)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "UPDATE identities SET backed_up_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1")));
    return stmt.bind(1, id).exec();
}

Result<void> IdentityStore::remove(qint64 id)
{
    RAKKAN_TRY(auto identity, byId(id));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("DELETE FROM identities WHERE id = ?1")));
    RAKKAN_TRY(stmt.bind(1, id).exec());
    // The default moves to the oldest remaining identity, so that works keep a signer.
    if (identity.isDefault)
        RAKKAN_TRY(db.exec(
            QStringLiteral("UPDATE identities SET is_default = 1 WHERE id = (SELECT min(id) FROM identities)")));
    return tx.commit();
}

Result<Identity> IdentityStore::signerFor(qint64 workId)
{
    RAKKAN_TRY(auto found, query(QStringLiteral("WHERE id = (SELECT identity_id FROM work_signers WHERE work_id = ?1)"),
                                 [workId](sql::Statement &s) { s.bind(1, workId); }));
    if (!found.isEmpty())
        return found.first();
    return defaultIdentity();
}

Result<void> IdentityStore::setSigner(qint64 workId, qint64 identityId)
{
    auto &db = m_catalog.database();
    if (identityId == 0) {
        RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("DELETE FROM work_signers WHERE work_id = ?1")));
        return stmt.bind(1, workId).exec();
    }
    RAKKAN_TRY(byId(identityId));
    RAKKAN_TRY(auto work, db.prepare(QStringLiteral("SELECT count(*) FROM works WHERE id = ?1")));
    RAKKAN_TRY(auto exists, work.bind(1, workId).scalarInt64());
    if (exists == 0)
        return makeError(ErrorCode::NotFound, tr("There is no work number %1.").arg(workId));
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("INSERT INTO work_signers (work_id, identity_id) VALUES (?1, ?2) "
                                         "ON CONFLICT (work_id) DO UPDATE SET identity_id = excluded.identity_id")));
    return stmt.bind(1, workId).bind(2, identityId).exec();
}

} // namespace rakkan::identity
