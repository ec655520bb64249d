#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "identity/Identity.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace rakkan::identity {

// The identities a catalogue knows (their public halves) and which one signs for each work. A studio keeps one
// per artist and one for itself; the first identity made is the default.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::IdentityStore)

public:
    explicit IdentityStore(catalog::Catalog &catalog) : m_catalog(catalog) {}

    Result<QList<Identity>> list();
    Result<Identity> byId(qint64 id);
    // By number, exact name, or public key; empty: the default identity.
    Result<Identity> find(const QString &nameOrId);
    Result<Identity> defaultIdentity();

    Result<qint64> insert(const Identity &identity); // becomes the default when it is the first
    Result<void> setDefault(qint64 id);
    Result<void> setController(qint64 id, const QString &controller); // empty: none
    Result<void> markBackedUp(qint64 id);
    Result<void> remove(qint64 id);

    // The identity that signs for a work: its own choice, else the default.
    Result<Identity> signerFor(qint64 workId);
    Result<void> setSigner(qint64 workId, qint64 identityId); // 0: back to the default

private:
    Result<QList<Identity>> query(const QString &where, const std::function<void(sql::Statement &)> &bind);

    catalog::Catalog &m_catalog;
};

} // namespace rakkan::identity
