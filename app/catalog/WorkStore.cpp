#include "catalog/WorkStore.h"

#include "catalog/AssetStore.h"
#include "catalog/FingerprintStore.h"
#include "catalog/IsccStore.h"
#include "catalog/LocalFeatureStore.h"
#include "catalog/NameStore.h"

#include <QUrl>

namespace rakkan::catalog {

namespace {

// Lists travel through SQL as text joined by the Unit Separator, which no title or tag contains.
constexpr QChar kListSeparator(0x1f);

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(kListSeparator);
}

} // namespace

Result<qint64> WorkStore::create(const QString &title, WorkKind kind)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("INSERT INTO works (title, kind) VALUES (?1, ?2)")));
    RAKKAN_TRY(stmt.bind(1, title).bind(2, workKindKey(kind)).exec());
    return m_db.lastInsertId();
}

Result<void> WorkStore::require(qint64 id)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT 1 FROM works WHERE id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, id).step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("There is no work with number %1 in this catalogue.").arg(id));
    return {};
}

Result<QString> WorkStore::title(qint64 id)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT title FROM works WHERE id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, id).step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("There is no work with number %1 in this catalogue.").arg(id));
    return stmt.text(0);
}

Result<Work> WorkStore::get(qint64 id)
{
    RAKKAN_TRY(
        auto stmt,
        m_db.prepare(QStringLiteral(
            "SELECT w.id, w.title, w.title_latin, w.kind, s.title, s.title_latin, w.volume, w.chapter, w.notes, "
            "w.created_at, w.updated_at FROM works w LEFT JOIN series s ON s.id = w.series_id WHERE w.id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, id).step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("There is no work with number %1 in this catalogue.").arg(id));

    Work w;
    w.id = stmt.int64(0);
    w.title = stmt.text(1);
    w.titleLatin = stmt.text(2);
    w.kind = workKindFromKey(stmt.text(3)).value_or(WorkKind::Other);
    w.series = stmt.text(4);
    w.seriesLatin = stmt.text(5);
    w.volume = int(stmt.int64(6));
    w.chapter = stmt.text(7);
    w.notes = stmt.text(8);
    w.createdAt = stmt.text(9);
    w.updatedAt = stmt.text(10);

    RAKKAN_TRY(
        auto tags,
        m_db.prepare(QStringLiteral(
            "SELECT t.name FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = ?1 ORDER BY t.name")));
    RAKKAN_TRY(tags.bind(1, id).forEachRow([&](const sql::Statement &r) { w.tags << r.text(0); }));

    RAKKAN_TRY(auto holders,
               m_db.prepare(QStringLiteral(
                   "SELECT h.name, h.name_latin, wh.role FROM work_holders wh JOIN holders h ON h.id = wh.holder_id "
                   "WHERE wh.work_id = ?1 ORDER BY h.name, wh.role")));
    RAKKAN_TRY(holders.bind(1, id).forEachRow([&](const sql::Statement &r) {
        w.holders << WorkHolder{r.text(0), r.text(1), holderRoleFromKey(r.text(2)).value_or(HolderRole::RightsHolder)};
    }));

    RAKKAN_TRY(
        auto pubs,
        m_db.prepare(QStringLiteral(
            "SELECT id, url, platform, published_on FROM publications WHERE work_id = ?1 ORDER BY published_on, id")));
    RAKKAN_TRY(pubs.bind(1, id).forEachRow([&](const sql::Statement &r) {
        w.publications << Publication{r.int64(0), r.text(1), r.text(2), QDate::fromString(r.text(3), Qt::ISODate)};
    }));

    RAKKAN_TRY(auto assets, m_db.prepare(QStringLiteral(
                                "SELECT id, work_id, page, sha256, file_size, width, height, format, original_path, "
                                "imported_at, decode_notes FROM assets WHERE work_id = ?1 ORDER BY page")));
    RAKKAN_TRY(assets.bind(1, id).forEachRow([&](const sql::Statement &r) {
        Asset a;
        a.id = r.int64(0);
        a.workId = r.int64(1);
        a.page = int(r.int64(2));
        a.sha256 = r.blob(3);
        a.fileSize = r.int64(4);
        a.pixelSize = QSize(int(r.int64(5)), int(r.int64(6)));
        a.format = r.text(7);
        a.originalPath = r.text(8);
        a.importedAt = r.text(9);
        a.decodeNotes = r.text(10).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        w.assets << a;
    }));
    RAKKAN_TRY(auto signer, m_db.prepare(QStringLiteral("SELECT identity_id FROM work_signers WHERE work_id = ?1")));
    RAKKAN_TRY(signer.bind(1, id).forEachRow([&](const sql::Statement &r) { w.signingIdentityId = r.int64(0); }));
    for (Asset &a : w.assets) {
        RAKKAN_TRY(auto code, IsccStore(m_db).of(a.id));
        a.iscc = code;
    }
    return w;
}

Result<QList<WorkSummary>> WorkStore::summaries()
{
    return summariesWhere(QString());
}

Result<QList<WorkSummary>> WorkStore::summaries(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<WorkSummary>();
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    // Plain integers formatted here, never user text: safe to inline, and one statement instead of N.
    return summariesWhere(QStringLiteral("WHERE w.id IN (%1) ").arg(numbers.join(QLatin1Char(','))));
}

Result<QList<WorkSummary>> WorkStore::summariesWhere(const QString &where)
{
    RAKKAN_TRY(
        auto stmt,
        m_db.prepare(
            QStringLiteral(
                "SELECT w.id, w.title, w.title_latin, w.kind, s.title, w.volume, w.chapter, "
                " (SELECT group_concat(t.name, char(31)) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id "
                "   WHERE wt.work_id = w.id), "
                " (SELECT group_concat(h.name, char(31)) FROM work_holders wh JOIN holders h ON h.id = wh.holder_id "
                "   WHERE wh.work_id = w.id), "
                " a.id, a.width, a.height, (SELECT count(*) FROM assets c WHERE c.work_id = w.id), "
                " (SELECT group_concat(nullif(h.name_latin, ''), char(31)) FROM work_holders wh "
                "   JOIN holders h ON h.id = wh.holder_id WHERE wh.work_id = w.id), "
                " s.title_latin "
                "FROM works w LEFT JOIN series s ON s.id = w.series_id "
                "LEFT JOIN assets a ON a.id = (SELECT id FROM assets f WHERE f.work_id = w.id ORDER BY f.page LIMIT "
                "1) ") +
            where + QStringLiteral("ORDER BY w.id")));
    QList<WorkSummary> list;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        WorkSummary s;
        s.id = r.int64(0);
        s.title = r.text(1);
        s.titleLatin = r.text(2);
        s.kind = workKindFromKey(r.text(3)).value_or(WorkKind::Other);
        s.series = r.text(4);
        s.volume = int(r.int64(5));
        s.chapter = r.text(6);
        s.tags = splitList(r.text(7));
        s.holders = splitList(r.text(8));
        s.coverAssetId = r.int64(9);
        s.coverSize = QSize(int(r.int64(10)), int(r.int64(11)));
        s.pageCount = int(r.int64(12));
        s.holdersLatin = splitList(r.text(13));
        s.seriesLatin = r.text(14);
        list << s;
    }));
    return list;
}

Result<qint64> WorkStore::count()
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT count(*) FROM works")));
    return stmt.scalarInt64();
}

Result<void> WorkStore::addTag(qint64 workId, const QString &name)
{
    const QString clean = NameStore::clean(name);
    if (clean.isEmpty())
        return {};
    RAKKAN_TRY(auto tagId, NameStore(m_db).ensureTag(clean));
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral(
                              "INSERT INTO work_tags (work_id, tag_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")));
    return stmt.bind(1, workId).bind(2, tagId).exec();
}

Result<void> WorkStore::addHolder(qint64 workId, const WorkHolder &holder)
{
    if (NameStore::clean(holder.name).isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A rights holder needs a name."));
    RAKKAN_TRY(auto holderId, NameStore(m_db).ensureHolder(holder));
    RAKKAN_TRY(auto stmt,
               m_db.prepare(QStringLiteral(
                   "INSERT INTO work_holders (work_id, holder_id, role) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")));
    return stmt.bind(1, workId).bind(2, holderId).bind(3, holderRoleKey(holder.role)).exec();
}

Result<void> WorkStore::addPublication(qint64 workId, const Publication &publication)
{
    const QUrl url(publication.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("\"%1\" is not a web address (it must start with http:// or https://).").arg(publication.url));
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral(
                              "INSERT INTO publications (work_id, url, platform, published_on) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (work_id, url) DO UPDATE SET platform = excluded.platform, published_on = "
                              "excluded.published_on")));
    stmt.bind(1, workId).bind(2, url.toString()).bindTextOrNull(3, publication.platform.trimmed());
    if (publication.publishedOn.isValid())
        stmt.bind(4, publication.publishedOn.toString(Qt::ISODate));
    else
        stmt.bindNull(4);
    return stmt.exec();
}

Result<void> WorkStore::update(qint64 id, const WorkEdit &edit)
{
    sql::Transaction tx(m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(require(id));
    RAKKAN_TRY(applyEdit(id, edit));
    return tx.commit();
}

Result<void> WorkStore::applyEdit(qint64 id, const WorkEdit &edit)
{
    auto setColumn = [&](const char *column, const QString &value) -> Result<void> {
        RAKKAN_TRY(auto stmt,
                   m_db.prepare(QStringLiteral("UPDATE works SET %1 = ?1 WHERE id = ?2").arg(QLatin1String(column))));
        stmt.bindTextOrNull(1, value).bind(2, id);
        return stmt.exec();
    };

    if (edit.title)
        RAKKAN_TRY(setColumn("title", edit.title->trimmed()));
    if (edit.titleLatin)
        RAKKAN_TRY(setColumn("title_latin", edit.titleLatin->trimmed()));
    if (edit.kind)
        RAKKAN_TRY(setColumn("kind", workKindKey(*edit.kind)));
    if (edit.chapter)
        RAKKAN_TRY(setColumn("chapter", edit.chapter->trimmed()));
    if (edit.notes)
        RAKKAN_TRY(setColumn("notes", *edit.notes));
    if (edit.volume) {
        if (*edit.volume < 0)
            return makeError(ErrorCode::InvalidArgument, tr("A volume number cannot be negative."));
        RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("UPDATE works SET volume = ?1 WHERE id = ?2")));
        if (*edit.volume > 0)
            stmt.bind(1, *edit.volume);
        else
            stmt.bindNull(1);
        RAKKAN_TRY(stmt.bind(2, id).exec());
    }
    if (edit.series) {
        RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("UPDATE works SET series_id = ?1 WHERE id = ?2")));
        const QString title = NameStore::clean(*edit.series);
        if (title.isEmpty()) {
            stmt.bindNull(1);
        } else {
            RAKKAN_TRY(auto seriesId, NameStore(m_db).ensureSeries(title));
            stmt.bind(1, seriesId);
        }
        RAKKAN_TRY(stmt.bind(2, id).exec());
    }

    if (edit.tags) {
        RAKKAN_TRY(auto clear, m_db.prepare(QStringLiteral("DELETE FROM work_tags WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        for (const QString &tag : *edit.tags)
            RAKKAN_TRY(addTag(id, tag));
    }
    for (const QString &tag : edit.addTags)
        RAKKAN_TRY(addTag(id, tag));
    for (const QString &tag : edit.removeTags) {
        RAKKAN_TRY(
            auto stmt,
            m_db.prepare(QStringLiteral(
                "DELETE FROM work_tags WHERE work_id = ?1 AND tag_id IN (SELECT id FROM tags WHERE name = ?2)")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, NameStore::clean(tag)).exec());
    }

    if (edit.holders) {
        RAKKAN_TRY(auto clear, m_db.prepare(QStringLiteral("DELETE FROM work_holders WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        for (const WorkHolder &holder : *edit.holders)
            RAKKAN_TRY(addHolder(id, holder));
    }
    for (const WorkHolder &holder : edit.addHolders)
        RAKKAN_TRY(addHolder(id, holder));
    for (const QString &name : edit.removeHolders) {
        RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("DELETE FROM work_holders WHERE work_id = ?1 AND holder_id "
                                                          "IN (SELECT id FROM holders WHERE name = ?2)")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, NameStore::clean(name)).exec());
    }

    // Removals first: an edited publication is removed and added again, and may keep its address.
    for (qint64 publicationId : edit.removePublications) {
        RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("DELETE FROM publications WHERE work_id = ?1 AND id = ?2")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, publicationId).exec());
    }
    for (const Publication &publication : edit.addPublications)
        RAKKAN_TRY(addPublication(id, publication));

    if (edit.signingIdentityId) {
        RAKKAN_TRY(auto clear, m_db.prepare(QStringLiteral("DELETE FROM work_signers WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        if (*edit.signingIdentityId > 0) {
            RAKKAN_TRY(auto known, m_db.prepare(QStringLiteral("SELECT count(*) FROM identities WHERE id = ?1")));
            RAKKAN_TRY(auto count, known.bind(1, *edit.signingIdentityId).scalarInt64());
            if (count == 0)
                return makeError(ErrorCode::NotFound,
                                 tr("There is no signing identity number %1.").arg(*edit.signingIdentityId));
            RAKKAN_TRY(auto set,
                       m_db.prepare(QStringLiteral("INSERT INTO work_signers (work_id, identity_id) VALUES (?1, ?2)")));
            RAKKAN_TRY(set.bind(1, id).bind(2, *edit.signingIdentityId).exec());
        }
    }

    RAKKAN_TRY(auto touch, m_db.prepare(QStringLiteral(
                               "UPDATE works SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1")));
    return touch.bind(1, id).exec();
}

Result<WorkSnapshot> WorkStore::remove(qint64 id)
{
    sql::Transaction tx(m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto w, get(id));
    WorkSnapshot snapshot;
    snapshot.work = w;
    for (const Asset &asset : std::as_const(w.assets)) {
        RAKKAN_TRY(auto thumb, AssetStore(m_db).thumbnail(asset.id));
        snapshot.thumbnails << thumb;
        RAKKAN_TRY(auto prints, FingerprintStore(m_db).of(asset.id));
        snapshot.fingerprints << prints;
        RAKKAN_TRY(auto features, LocalFeatureStore(m_db).of(asset.id));
        snapshot.features << features.value_or(StoredFeatures());
    }
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("DELETE FROM works WHERE id = ?1")));
    RAKKAN_TRY(stmt.bind(1, id).exec());
    RAKKAN_TRY(tx.commit());
    return snapshot;
}

Result<void> WorkStore::restore(const WorkSnapshot &snapshot)
{
    const Work &w = snapshot.work;
    sql::Transaction tx(m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto insert,
               m_db.prepare(QStringLiteral(
                   "INSERT INTO works (id, title, title_latin, kind, volume, chapter, notes, created_at, updated_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")));
    insert.bind(1, w.id).bind(2, w.title).bindTextOrNull(3, w.titleLatin).bind(4, workKindKey(w.kind));
    if (w.volume > 0)
        insert.bind(5, w.volume);
    else
        insert.bindNull(5);
    insert.bindTextOrNull(6, w.chapter).bindTextOrNull(7, w.notes).bind(8, w.createdAt).bind(9, w.updatedAt);
    RAKKAN_TRY(insert.exec());

    WorkEdit relations;
    if (!w.series.isEmpty())
        relations.series = w.series;
    relations.tags = w.tags;
    relations.holders = w.holders;
    RAKKAN_TRY(applyEdit(w.id, relations));
    // The signer comes back too, unless that identity was removed meanwhile (the default signs then).
    if (w.signingIdentityId > 0) {
        RAKKAN_TRY(auto signer, m_db.prepare(QStringLiteral("INSERT INTO work_signers (work_id, identity_id) "
                                                            "SELECT ?1, id FROM identities WHERE id = ?2")));
        RAKKAN_TRY(signer.bind(1, w.id).bind(2, w.signingIdentityId).exec());
    }
    // Publications go back under their own ids (addPublication would number them anew), so that whatever refers
    // to one, an undo step that removes it for instance, still finds it.
    for (const Publication &p : w.publications) {
        RAKKAN_TRY(
            auto pub,
            m_db.prepare(QStringLiteral(
                "INSERT INTO publications (id, work_id, url, platform, published_on) VALUES (?1, ?2, ?3, ?4, ?5)")));
        pub.bind(1, p.id).bind(2, w.id).bind(3, p.url).bindTextOrNull(4, p.platform);
        if (p.publishedOn.isValid())
            pub.bind(5, p.publishedOn.toString(Qt::ISODate));
        else
            pub.bindNull(5);
        RAKKAN_TRY(pub.exec());
    }
    // applyEdit stamps updated_at; the restored work keeps the time it had.
    RAKKAN_TRY(auto stamp, m_db.prepare(QStringLiteral("UPDATE works SET updated_at = ?1 WHERE id = ?2")));
    RAKKAN_TRY(stamp.bind(1, w.updatedAt).bind(2, w.id).exec());

    for (qsizetype i = 0; i < w.assets.size(); ++i) {
        const Asset &a = w.assets[i];
        RAKKAN_TRY(
            auto asset,
            m_db.prepare(QStringLiteral(
                "INSERT INTO assets (id, work_id, page, sha256, file_size, width, height, format, original_path, "
                "imported_at, decode_notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")));
        asset.bind(1, a.id).bind(2, w.id).bind(3, a.page).bind(4, a.sha256).bind(5, a.fileSize);
        asset.bind(6, a.pixelSize.width()).bind(7, a.pixelSize.height()).bind(8, a.format);
        asset.bind(11, a.decodeNotes.join(QLatin1Char('\n')));
        RAKKAN_TRY(asset.bind(9, a.originalPath).bind(10, a.importedAt).exec());
        const QByteArray thumb = snapshot.thumbnails.value(i);
        if (!thumb.isEmpty()) {
            RAKKAN_TRY(auto t, m_db.prepare(QStringLiteral("INSERT INTO thumbnails (asset_id, jpeg) VALUES (?1, ?2)")));
            RAKKAN_TRY(t.bind(1, a.id).bind(2, thumb).exec());
        }
        RAKKAN_TRY(FingerprintStore(m_db).insert(a.id, snapshot.fingerprints.value(i)));
        if (a.iscc)
            RAKKAN_TRY(IsccStore(m_db).store(a.id, *a.iscc)); // as it was: titled already
        RAKKAN_TRY(LocalFeatureStore(m_db).store(a.id, snapshot.features.value(i)));
    }
    return tx.commit();
}

} // namespace rakkan::catalog
