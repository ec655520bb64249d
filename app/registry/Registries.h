#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>

namespace rakkan::registry {

// A registry the creator declares to (for now ISCC hubs), with the hub key they pinned.
struct Registry
{
    qint64 id = 0;
    QString name;
    QString url;
    int hubId = 0;
    QString hubPublicKey; // multibase
    QString caFile;
    QString gateway;
    QString createdAt;
    QStringList extensions; // what the hub offers beyond the protocol ("pdq"), as it said when added

    bool offers(const char *extension) const { return extensions.contains(QLatin1String(extension)); }
};

class Registries
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::registry::Registries)

public:
    explicit Registries(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // The registry a hub describes in its GET /hub answer (id, key to pin, extensions), under the user's choices.
    static Registry fromHubInfo(const QJsonObject &info, const QString &name, const QString &url, const QString &caFile,
                                const QString &gateway);

    Result<QList<Registry>> list();
    Result<Registry> find(const QString &nameOrId);
    Result<qint64> add(const Registry &registry);
    // Refused while submissions to it exist: their receipts are kept forever.
    Result<void> remove(qint64 id);

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::registry

Q_DECLARE_METATYPE(rakkan::registry::Registry)
