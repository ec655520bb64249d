#include "registry/Registries.h"

#include "crypto/Ed25519.h"
#include "discovery/IsccNote.h"
#include "sqlite/Sqlite.h"

#include <QJsonArray>
#include <QUrl>

namespace rakkan::registry {

Registry Registries::fromHubInfo(const QJsonObject &info, const QString &name, const QString &url,
                                 const QString &caFile, const QString &gateway)
{
    Registry r;
    r.name = name;
    r.url = url;
    r.hubId = info.value(QStringLiteral("hub_id")).toInt(-1);
    r.hubPublicKey = info.value(QStringLiteral("public_key")).toString();
    r.caFile = caFile;
    r.gateway = gateway;
    // Only the extensions this Rakkan knows are kept: an unknown one would change nothing it sends.
    for (const QJsonValue &e : info.value(QStringLiteral("extensions")).toArray())
        if (e.toString() == QLatin1String(discovery::IsccNotes::kPdqExtension))
            r.extensions << e.toString();
    return r;
}

Result<QList<Registry>> Registries::list()
{
    RAKKAN_TRY(
        auto stmt,
        m_catalog.database().prepare(QStringLiteral(
            "SELECT id, name, url, hub_id, hub_public_key, ca_file, gateway, created_at, extensions FROM registries "
            "ORDER BY name")));
    QList<Registry> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << Registry{r.int64(0),      r.text(1), r.text(2),
                        int(r.int64(3)), r.text(4), r.text(5),
                        r.text(6),       r.text(7), r.text(8).split(QLatin1Char(' '), Qt::SkipEmptyParts)};
    }));
    return out;
}

Result<Registry> Registries::find(const QString &nameOrId)
{
    RAKKAN_TRY(auto all, list());
    for (const Registry &r : all)
        if (r.name == nameOrId || QString::number(r.id) == nameOrId)
            return r;
    return makeError(ErrorCode::NotFound,
                     tr("There is no registry called \"%1\". Add it with \"rakkan-cli registry add\".").arg(nameOrId));
}

Result<qint64> Registries::add(const Registry &registry)
{
    const QUrl url(registry.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.path(QUrl::FullyEncoded).remove(QLatin1Char('/')).isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a hub address (https://host[:port], without a path).").arg(registry.url));
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost"))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Declarations go to hubs over https only (plain http is allowed for this computer alone)."));
    if (!crypto::Ed25519::publicKeyFromMultibase(registry.hubPublicKey).ok())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an Ed25519 public key (z6Mk...).").arg(registry.hubPublicKey));
    if (registry.hubId < 0 || registry.hubId > 4095)
        return makeError(ErrorCode::InvalidArgument, tr("A hub id is a number from 0 to 4095."));
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "INSERT INTO registries (name, url, hub_id, hub_public_key, ca_file, gateway, extensions) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
    stmt.bind(1, registry.name.trimmed()).bind(2, url.toString(QUrl::StripTrailingSlash)).bind(3, registry.hubId);
    stmt.bind(4, registry.hubPublicKey).bindTextOrNull(5, registry.caFile).bindTextOrNull(6, registry.gateway);
    stmt.bind(7, registry.extensions.join(QLatin1Char(' ')));
    auto done = stmt.exec();
    if (!done.ok())
        return makeError(done.error().code, tr("The registry could not be added (is the name \"%1\" taken?): %2")
                                                .arg(registry.name, done.error().message));
    return m_catalog.database().lastInsertId();
}

Result<void> Registries::remove(qint64 id)
{
    auto &db = m_catalog.database();
    RAKKAN_TRY(auto count, db.prepare(QStringLiteral("SELECT count(*) FROM submissions WHERE registry_id = ?1")));
    RAKKAN_TRY(auto n, count.bind(1, id).scalarInt64());
    if (n > 0)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("This registry holds %1 submissions whose receipts are kept; it cannot be removed.").arg(n));
    RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("DELETE FROM registries WHERE id = ?1")));
    return stmt.bind(1, id).exec();
}

} // namespace rakkan::registry
