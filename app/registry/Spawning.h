#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "net/Http.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace rakkan::registry {

// Spawning's services, as its own client code uses them (no public write API exists): the opt-out status of
// URLs (an API key is needed), and the hand-off of a list of image URLs to Have I Been Trained, where the
// creator finishes the opt-out logged in to their account.
struct SpawningEndpoints
{
    QString queryUrl = QStringLiteral("https://opts-api.spawningaiapi.com/api/v2/query/urls/");
    QString materializeUrl = QStringLiteral("https://hibt-passthrough.spawningaiapi.com/api/v1/materialize/urls/");
    QString hibtUrl = QStringLiteral("https://haveibeentrained.com");
    QString caFile; // for a test server only
};

struct SpawningUrl
{
    QString url;
    qint64 workId = 0;
    std::optional<bool> optedOut;
    QString checkedAt;
    QString handedOffAt;
    QString hibtLink;
};

class Spawning
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::registry::Spawning)

public:
    static constexpr int kBatch = 1000; // URLs per status request
    // The system keychain entry holding the creator's Spawning API key.
    static QString apiKeyName() { return QStringLiteral("spawning-api-key"); }

    explicit Spawning(SpawningEndpoints endpoints = {}) : m_endpoints(std::move(endpoints)) {}

    // url -> opted out. Batches of kBatch; a single URL is padded, as the API wants more than one.
    Result<QMap<QString, bool>> optOutStatus(const QStringList &urls, const QString &apiKey);
    // The Have I Been Trained link that opens the opt-out of these URLs.
    Result<QString> handOff(const QStringList &urls);

    // The catalogue side: the works' published URLs, and what was learnt about them.
    static Result<QList<SpawningUrl>> urlsOfWorks(catalog::Catalog &catalog, const QList<qint64> &workIds);
    static Result<void> recordStatus(catalog::Catalog &catalog, const QList<SpawningUrl> &urls,
                                     const QMap<QString, bool> &status);
    static Result<void> recordHandOff(catalog::Catalog &catalog, const QList<SpawningUrl> &urls, const QString &link);

private:
    SpawningEndpoints m_endpoints;
    net::Http m_http;
};

} // namespace rakkan::registry
