#include "registry/Spawning.h"

#include "sqlite/Sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace rakkan::registry {

namespace {

Error networkError(const net::HttpResponse &r, const QString &service)
{
    if (r.tlsFailure)
        return makeError(
            ErrorCode::Io,
            Spawning::tr("The certificate of %1 is not trusted. Nothing was sent. %2").arg(service, r.failure()));
    return makeError(ErrorCode::Io, Spawning::tr("%1 could not be reached. %2").arg(service, r.failure()));
}

} // namespace

Result<QMap<QString, bool>> Spawning::optOutStatus(const QStringList &urls, const QString &apiKey)
{
    if (apiKey.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Checking with Spawning needs a Spawning API key."));
    QMap<QString, bool> status;
    for (qsizetype from = 0; from < urls.size(); from += kBatch) {
        QStringList batch = urls.mid(from, kBatch);
        if (batch.size() == 1)
            batch << QString(); // the API wants more than one URL
        net::HttpRequest request;
        request.url = m_endpoints.queryUrl;
        request.caFile = m_endpoints.caFile;
        request.body = batch.join(QLatin1Char('\n')).toUtf8();
        request.headers = {"Authorization: API " + apiKey.trimmed().toUtf8(), "Content-Type: text/plain"};
        request.maxAnswerBytes = 16 << 20;
        const net::HttpResponse r = m_http.perform(request);
        if (r.curlCode != 0)
            return networkError(r, QStringLiteral("Spawning"));
        if (r.status == 401 || r.status == 403)
            return makeError(ErrorCode::PermissionDenied, tr("Spawning refused the API key (HTTP %1).").arg(r.status));
        if (r.status == 429 || r.status >= 500)
            return makeError(ErrorCode::Io,
                             tr("Spawning is busy or failing (HTTP %1); try again later.").arg(r.status));
        const QJsonArray answers = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("urls")).toArray();
        if (r.status != 200 || answers.isEmpty())
            return makeError(ErrorCode::Corrupt,
                             tr("Spawning answered HTTP %1 without the list of URLs it should give.").arg(r.status));
        for (const QJsonValue &v : answers) {
            const QJsonObject o = v.toObject();
            const QString url = o.value(QStringLiteral("url")).toString();
            if (!url.isEmpty() && urls.contains(url))
                status.insert(url, o.value(QStringLiteral("optOut")).toBool());
        }
    }
    return status;
}

Result<QString> Spawning::handOff(const QStringList &urls)
{
    if (urls.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("No public image URLs to hand over: add where each work is published first."));
    net::HttpRequest request;
    request.url = m_endpoints.materializeUrl;
    request.caFile = m_endpoints.caFile;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("urls"), QJsonArray::fromStringList(urls)}})
                       .toJson(QJsonDocument::Compact);
    request.headers = {"Content-Type: application/json"};
    const net::HttpResponse r = m_http.perform(request);
    if (r.curlCode != 0)
        return networkError(r, QStringLiteral("Have I Been Trained"));
    const QString id = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toVariant().toString();
    if (r.status < 200 || r.status >= 300 || id.isEmpty())
        return makeError(ErrorCode::Corrupt,
                         tr("Have I Been Trained did not accept the list (HTTP %1).").arg(r.status));
    QUrl link(m_endpoints.hibtUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("materialize_id"), id);
    link.setQuery(query);
    return link.toString();
}

Result<QList<SpawningUrl>> Spawning::urlsOfWorks(catalog::Catalog &catalog, const QList<qint64> &workIds)
{
    QString where;
    if (!workIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : workIds)
            ids << QString::number(id);
        where = QStringLiteral("WHERE p.work_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    RAKKAN_TRY(auto stmt,
               catalog.database().prepare(
                   QStringLiteral(
                       "SELECT p.url, p.work_id, s.opted_out, s.checked_at, s.handed_off_at, s.hibt_link "
                       "FROM publications p LEFT JOIN spawning_urls s ON s.url = p.url %1 ORDER BY p.work_id, p.url")
                       .arg(where)));
    QList<SpawningUrl> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        SpawningUrl u{r.text(0), r.int64(1), std::nullopt, r.text(3), r.text(4), r.text(5)};
        if (!r.isNull(2))
            u.optedOut = r.int64(2) != 0;
        out << u;
    }));
    return out;
}

Result<void> Spawning::recordStatus(catalog::Catalog &catalog, const QList<SpawningUrl> &urls,
                                    const QMap<QString, bool> &status)
{
    auto &db = catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(
        auto stmt,
        db.prepare(QStringLiteral(
            "INSERT INTO spawning_urls (url, work_id, opted_out, checked_at) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (url) DO UPDATE SET opted_out = excluded.opted_out, checked_at = excluded.checked_at")));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const SpawningUrl &u : urls) {
        if (!status.contains(u.url))
            continue;
        stmt.reset();
        RAKKAN_TRY(stmt.bind(1, u.url).bind(2, u.workId).bind(3, status.value(u.url) ? 1 : 0).bind(4, now).exec());
    }
    return tx.commit();
}

Result<void> Spawning::recordHandOff(catalog::Catalog &catalog, const QList<SpawningUrl> &urls, const QString &link)
{
    auto &db = catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(
        auto stmt,
        db.prepare(QStringLiteral(
            "INSERT INTO spawning_urls (url, work_id, handed_off_at, hibt_link) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (url) DO UPDATE SET handed_off_at = excluded.handed_off_at, hibt_link = excluded.hibt_link")));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const SpawningUrl &u : urls) {
        stmt.reset();
        RAKKAN_TRY(stmt.bind(1, u.url).bind(2, u.workId).bind(3, now).bind(4, link).exec());
    }
    return tx.commit();
}

} // namespace rakkan::registry
