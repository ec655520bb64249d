#include "catalog/Catalog.h"

#include "catalog/CatalogWording.h"
#include "catalog/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace rakkan::catalog {

namespace {

// Lists travel through SQL as text joined by the Unit Separator, which no title or tag contains.
constexpr QChar kListSeparator(0x1f);

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(kListSeparator);
}

QString cleanName(const QString &name)
{
    return name.simplified();
}

} // namespace

QString defaultCatalogPath()
{
    const QString fromEnv = qEnvironmentVariable("RAKKAN_CATALOG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog.rakkan");
}

Catalog::Catalog(std::unique_ptr<sql::Database> db) : m_db(std::move(db)) {}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, Access access)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No catalogue file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is a folder, not a catalogue file.").arg(path));
    if (access == Access::ReadWrite && !info.exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Could not create the folder %1 for the catalogue.").arg(info.absolutePath()));
    if (access == Access::ReadOnly && !info.exists())
        return makeError(ErrorCode::NotFound, tr("The catalogue %1 does not exist.").arg(path));

    RAKKAN_TRY(auto db, sql::Database::open(path,
                                            access == Access::ReadWrite ? sql::Database::Mode::ReadWriteCreate
                                                                        : sql::Database::Mode::ReadOnly,
                                            std::make_shared<const CatalogWording>()));
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(db)));
    RAKKAN_TRY(catalog->configure(access));
    return catalog;
}

Result<void> Catalog::configure(Access access)
{
    // Wait for a short write by another process (the CLI while the GUI runs) instead of failing at once.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    if (access == Access::ReadOnly)
        return Schema::checkReadableAsIs(*m_db);
    // Before any pragma writes: a file that is not a database, or is another program's, is refused untouched.
    RAKKAN_TRY(Schema::checkIsCatalog(*m_db));

    RAKKAN_TRY(auto mode, m_db->queryText(QStringLiteral("PRAGMA journal_mode = WAL")));
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database,
                         tr("The catalogue could not switch to write-ahead logging (it reported \"%1\"). Is it on a "
                            "network drive?")
                             .arg(mode));
    // FULL: a committed import or edit survives a power cut, not only a crash of Rakkan.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
    const QString backup = path() + QStringLiteral(".before-format-%1.bak").arg(Schema::kCurrentVersion);
    return Schema::migrate(*m_db, Schema::kCurrentVersion, backup);
}

Result<qint64> Catalog::createWork(const QString &title, WorkKind kind)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("INSERT INTO works (title, kind) VALUES (?1, ?2)")));
    RAKKAN_TRY(stmt.bind(1, title).bind(2, workKindKey(kind)).exec());
    return m_db->lastInsertId();
}

Result<void> Catalog::requireWork(qint64 id)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT 1 FROM works WHERE id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, id).step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("There is no work with number %1 in this catalogue.").arg(id));
    return {};
}

Result<Work> Catalog::work(qint64 id)
{
    RAKKAN_TRY(
        auto stmt,
        m_db->prepare(QStringLiteral(
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
        m_db->prepare(QStringLiteral(
            "SELECT t.name FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = ?1 ORDER BY t.name")));
    RAKKAN_TRY(tags.bind(1, id).forEachRow([&](const sql::Statement &r) { w.tags << r.text(0); }));

    RAKKAN_TRY(auto holders,
               m_db->prepare(QStringLiteral(
                   "SELECT h.name, h.name_latin, wh.role FROM work_holders wh JOIN holders h ON h.id = wh.holder_id "
                   "WHERE wh.work_id = ?1 ORDER BY h.name, wh.role")));
    RAKKAN_TRY(holders.bind(1, id).forEachRow([&](const sql::Statement &r) {
        w.holders << WorkHolder{r.text(0), r.text(1), holderRoleFromKey(r.text(2)).value_or(HolderRole::RightsHolder)};
    }));

    RAKKAN_TRY(
        auto pubs,
        m_db->prepare(QStringLiteral(
            "SELECT id, url, platform, published_on FROM publications WHERE work_id = ?1 ORDER BY published_on, id")));
    RAKKAN_TRY(pubs.bind(1, id).forEachRow([&](const sql::Statement &r) {
        w.publications << Publication{r.int64(0), r.text(1), r.text(2), QDate::fromString(r.text(3), Qt::ISODate)};
    }));

    RAKKAN_TRY(auto assets, m_db->prepare(QStringLiteral(
                                "SELECT id, work_id, page, sha256, file_size, width, height, format, original_path, "
                                "imported_at FROM assets WHERE work_id = ?1 ORDER BY page")));
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
        w.assets << a;
    }));
    RAKKAN_TRY(auto signer, m_db->prepare(QStringLiteral("SELECT identity_id FROM work_signers WHERE work_id = ?1")));
    RAKKAN_TRY(signer.bind(1, id).forEachRow([&](const sql::Statement &r) { w.signingIdentityId = r.int64(0); }));
    for (Asset &a : w.assets) {
        RAKKAN_TRY(auto code, iscc(a.id));
        a.iscc = code;
    }
    return w;
}

Result<QList<WorkSummary>> Catalog::workSummaries()
{
    return summariesWhere(QString());
}

Result<QList<WorkSummary>> Catalog::workSummaries(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<WorkSummary>();
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    // Plain integers formatted here, never user text: safe to inline, and one statement instead of N.
    return summariesWhere(QStringLiteral("WHERE w.id IN (%1) ").arg(numbers.join(QLatin1Char(','))));
}

Result<QList<WorkSummary>> Catalog::summariesWhere(const QString &where)
{
    RAKKAN_TRY(
        auto stmt,
        m_db->prepare(
            QStringLiteral(
                "SELECT w.id, w.title, w.title_latin, w.kind, s.title, w.volume, w.chapter, "
                " (SELECT group_concat(t.name, char(31)) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id "
                "   WHERE wt.work_id = w.id), "
                " (SELECT group_concat(h.name, char(31)) FROM work_holders wh JOIN holders h ON h.id = wh.holder_id "
                "   WHERE wh.work_id = w.id), "
                " a.id, a.width, a.height, (SELECT count(*) FROM assets c WHERE c.work_id = w.id) "
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
        list << s;
    }));
    return list;
}

Result<qint64> Catalog::workCount()
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT count(*) FROM works")));
    return stmt.scalarInt64();
}

Result<qint64> Catalog::idByName(const QString &table, const QString &column, const QString &name)
{
    // Table and column names come from this file only, never from the user.
    RAKKAN_TRY(
        auto insert,
        m_db->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?1) ON CONFLICT DO NOTHING").arg(table, column)));
    RAKKAN_TRY(insert.bind(1, name).exec());
    RAKKAN_TRY(auto select, m_db->prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1").arg(table, column)));
    return select.bind(1, name).scalarInt64();
}

Result<qint64> Catalog::ensureSeries(const QString &title)
{
    return idByName(QStringLiteral("series"), QStringLiteral("title"), title);
}

Result<qint64> Catalog::ensureTag(const QString &name)
{
    return idByName(QStringLiteral("tags"), QStringLiteral("name"), name);
}

Result<qint64> Catalog::ensureHolder(const WorkHolder &holder)
{
    RAKKAN_TRY(auto insert,
               m_db->prepare(QStringLiteral(
                   "INSERT INTO holders (name, name_latin) VALUES (?1, ?2) "
                   "ON CONFLICT (name) DO UPDATE SET name_latin = coalesce(excluded.name_latin, holders.name_latin)")));
    RAKKAN_TRY(insert.bind(1, cleanName(holder.name)).bindTextOrNull(2, cleanName(holder.nameLatin)).exec());
    RAKKAN_TRY(auto select, m_db->prepare(QStringLiteral("SELECT id FROM holders WHERE name = ?1")));
    return select.bind(1, cleanName(holder.name)).scalarInt64();
}

Result<void> Catalog::addTag(qint64 workId, const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return {};
    RAKKAN_TRY(auto tagId, ensureTag(clean));
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral(
                              "INSERT INTO work_tags (work_id, tag_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")));
    return stmt.bind(1, workId).bind(2, tagId).exec();
}

Result<void> Catalog::addHolder(qint64 workId, const WorkHolder &holder)
{
    if (cleanName(holder.name).isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A rights holder needs a name."));
    RAKKAN_TRY(auto holderId, ensureHolder(holder));
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral(
                   "INSERT INTO work_holders (work_id, holder_id, role) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")));
    return stmt.bind(1, workId).bind(2, holderId).bind(3, holderRoleKey(holder.role)).exec();
}

Result<void> Catalog::addPublication(qint64 workId, const Publication &publication)
{
    const QUrl url(publication.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("\"%1\" is not a web address (it must start with http:// or https://).").arg(publication.url));
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral(
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

Result<void> Catalog::updateWork(qint64 id, const WorkEdit &edit)
{
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(requireWork(id));
    RAKKAN_TRY(applyEdit(id, edit));
    // The Meta-Codes are the title's: they change with it, in the same transaction.
    if (edit.title)
        RAKKAN_TRY(refreshMetaCodes(id));
    return tx.commit();
}

Result<void> Catalog::applyEdit(qint64 id, const WorkEdit &edit)
{
    auto setColumn = [&](const char *column, const QString &value) -> Result<void> {
        RAKKAN_TRY(auto stmt,
                   m_db->prepare(QStringLiteral("UPDATE works SET %1 = ?1 WHERE id = ?2").arg(QLatin1String(column))));
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
        RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("UPDATE works SET volume = ?1 WHERE id = ?2")));
        if (*edit.volume > 0)
            stmt.bind(1, *edit.volume);
        else
            stmt.bindNull(1);
        RAKKAN_TRY(stmt.bind(2, id).exec());
    }
    if (edit.series) {
        RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("UPDATE works SET series_id = ?1 WHERE id = ?2")));
        const QString title = cleanName(*edit.series);
        if (title.isEmpty()) {
            stmt.bindNull(1);
        } else {
            RAKKAN_TRY(auto seriesId, ensureSeries(title));
            stmt.bind(1, seriesId);
        }
        RAKKAN_TRY(stmt.bind(2, id).exec());
    }

    if (edit.tags) {
        RAKKAN_TRY(auto clear, m_db->prepare(QStringLiteral("DELETE FROM work_tags WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        for (const QString &tag : *edit.tags)
            RAKKAN_TRY(addTag(id, tag));
    }
    for (const QString &tag : edit.addTags)
        RAKKAN_TRY(addTag(id, tag));
    for (const QString &tag : edit.removeTags) {
        RAKKAN_TRY(
            auto stmt,
            m_db->prepare(QStringLiteral(
                "DELETE FROM work_tags WHERE work_id = ?1 AND tag_id IN (SELECT id FROM tags WHERE name = ?2)")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, cleanName(tag)).exec());
    }

    if (edit.holders) {
        RAKKAN_TRY(auto clear, m_db->prepare(QStringLiteral("DELETE FROM work_holders WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        for (const WorkHolder &holder : *edit.holders)
            RAKKAN_TRY(addHolder(id, holder));
    }
    for (const WorkHolder &holder : edit.addHolders)
        RAKKAN_TRY(addHolder(id, holder));
    for (const QString &name : edit.removeHolders) {
        RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("DELETE FROM work_holders WHERE work_id = ?1 AND holder_id "
                                                           "IN (SELECT id FROM holders WHERE name = ?2)")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, cleanName(name)).exec());
    }

    // Removals first: an edited publication is removed and added again, and may keep its address.
    for (qint64 publicationId : edit.removePublications) {
        RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("DELETE FROM publications WHERE work_id = ?1 AND id = ?2")));
        RAKKAN_TRY(stmt.bind(1, id).bind(2, publicationId).exec());
    }
    for (const Publication &publication : edit.addPublications)
        RAKKAN_TRY(addPublication(id, publication));

    if (edit.signingIdentityId) {
        RAKKAN_TRY(auto clear, m_db->prepare(QStringLiteral("DELETE FROM work_signers WHERE work_id = ?1")));
        RAKKAN_TRY(clear.bind(1, id).exec());
        if (*edit.signingIdentityId > 0) {
            RAKKAN_TRY(auto known, m_db->prepare(QStringLiteral("SELECT count(*) FROM identities WHERE id = ?1")));
            RAKKAN_TRY(auto count, known.bind(1, *edit.signingIdentityId).scalarInt64());
            if (count == 0)
                return makeError(ErrorCode::NotFound,
                                 tr("There is no signing identity number %1.").arg(*edit.signingIdentityId));
            RAKKAN_TRY(auto set, m_db->prepare(QStringLiteral(
                                     "INSERT INTO work_signers (work_id, identity_id) VALUES (?1, ?2)")));
            RAKKAN_TRY(set.bind(1, id).bind(2, *edit.signingIdentityId).exec());
        }
    }

    RAKKAN_TRY(auto touch, m_db->prepare(QStringLiteral(
                               "UPDATE works SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1")));
    return touch.bind(1, id).exec();
}

Result<WorkSnapshot> Catalog::removeWork(qint64 id)
{
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto w, work(id));
    WorkSnapshot snapshot;
    snapshot.work = w;
    for (const Asset &asset : std::as_const(w.assets)) {
        RAKKAN_TRY(auto thumb, thumbnail(asset.id));
        snapshot.thumbnails << thumb;
        RAKKAN_TRY(auto prints, fingerprints(asset.id));
        snapshot.fingerprints << prints;
    }
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("DELETE FROM works WHERE id = ?1")));
    RAKKAN_TRY(stmt.bind(1, id).exec());
    RAKKAN_TRY(tx.commit());
    return snapshot;
}

Result<void> Catalog::restoreWork(const WorkSnapshot &snapshot)
{
    const Work &w = snapshot.work;
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto insert,
               m_db->prepare(QStringLiteral(
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
        RAKKAN_TRY(auto signer, m_db->prepare(QStringLiteral("INSERT INTO work_signers (work_id, identity_id) "
                                                             "SELECT ?1, id FROM identities WHERE id = ?2")));
        RAKKAN_TRY(signer.bind(1, w.id).bind(2, w.signingIdentityId).exec());
    }
    // Publications go back under their own ids (addPublication would number them anew), so that whatever refers
    // to one, an undo step that removes it for instance, still finds it.
    for (const Publication &p : w.publications) {
        RAKKAN_TRY(
            auto pub,
            m_db->prepare(QStringLiteral(
                "INSERT INTO publications (id, work_id, url, platform, published_on) VALUES (?1, ?2, ?3, ?4, ?5)")));
        pub.bind(1, p.id).bind(2, w.id).bind(3, p.url).bindTextOrNull(4, p.platform);
        if (p.publishedOn.isValid())
            pub.bind(5, p.publishedOn.toString(Qt::ISODate));
        else
            pub.bindNull(5);
        RAKKAN_TRY(pub.exec());
    }
    // applyEdit stamps updated_at; the restored work keeps the time it had.
    RAKKAN_TRY(auto stamp, m_db->prepare(QStringLiteral("UPDATE works SET updated_at = ?1 WHERE id = ?2")));
    RAKKAN_TRY(stamp.bind(1, w.updatedAt).bind(2, w.id).exec());

    for (qsizetype i = 0; i < w.assets.size(); ++i) {
        const Asset &a = w.assets[i];
        RAKKAN_TRY(
            auto asset,
            m_db->prepare(QStringLiteral(
                "INSERT INTO assets (id, work_id, page, sha256, file_size, width, height, format, original_path, "
                "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")));
        asset.bind(1, a.id).bind(2, w.id).bind(3, a.page).bind(4, a.sha256).bind(5, a.fileSize);
        asset.bind(6, a.pixelSize.width()).bind(7, a.pixelSize.height()).bind(8, a.format);
        RAKKAN_TRY(asset.bind(9, a.originalPath).bind(10, a.importedAt).exec());
        const QByteArray thumb = snapshot.thumbnails.value(i);
        if (!thumb.isEmpty()) {
            RAKKAN_TRY(auto t,
                       m_db->prepare(QStringLiteral("INSERT INTO thumbnails (asset_id, jpeg) VALUES (?1, ?2)")));
            RAKKAN_TRY(t.bind(1, a.id).bind(2, thumb).exec());
        }
        RAKKAN_TRY(insertFingerprints(a.id, snapshot.fingerprints.value(i)));
        if (a.iscc)
            RAKKAN_TRY(storeIscc(a.id, *a.iscc));
    }
    return tx.commit();
}

Result<void> Catalog::insertFingerprints(qint64 assetId, const QList<StoredFingerprint> &prints)
{
    if (prints.isEmpty())
        return {};
    RAKKAN_TRY(
        auto stmt,
        m_db->prepare(QStringLiteral(
            "INSERT INTO fingerprints (asset_id, algorithm, region, hash, quality) VALUES (?1, 'pdq', ?2, ?3, ?4)")));
    for (const StoredFingerprint &f : prints) {
        stmt.reset();
        RAKKAN_TRY(stmt.bind(1, assetId).bind(2, f.region).bind(3, f.hash).bind(4, f.quality).exec());
    }
    return {};
}

Result<void> Catalog::replaceFingerprints(qint64 assetId, const QList<StoredFingerprint> &prints)
{
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto clear, m_db->prepare(QStringLiteral("DELETE FROM fingerprints WHERE asset_id = ?1")));
    RAKKAN_TRY(clear.bind(1, assetId).exec());
    RAKKAN_TRY(insertFingerprints(assetId, prints));
    return tx.commit();
}

Result<QList<StoredFingerprint>> Catalog::fingerprints(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT region, hash, quality FROM fingerprints WHERE asset_id "
                                                       "= ?1 AND algorithm = 'pdq' ORDER BY region")));
    QList<StoredFingerprint> prints;
    RAKKAN_TRY(stmt.bind(1, assetId).forEachRow([&](const sql::Statement &r) {
        prints << StoredFingerprint{r.text(0), r.blob(1), int(r.int64(2))};
    }));
    return prints;
}

Result<void>
Catalog::forEachFingerprint(const std::function<void(qint64 assetId, qint64 workId, const StoredFingerprint &)> &visit)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral(
                              "SELECT f.asset_id, a.work_id, f.region, f.hash, f.quality FROM fingerprints f "
                              "JOIN assets a ON a.id = f.asset_id WHERE f.algorithm = 'pdq'")));
    return stmt.forEachRow([&](const sql::Statement &r) {
        visit(r.int64(0), r.int64(1), StoredFingerprint{r.text(2), r.blob(3), int(r.int64(4))});
    });
}

Result<QList<AssetFile>> Catalog::assetFiles(bool onlyIncomplete)
{
    RAKKAN_TRY(
        auto stmt,
        m_db->prepare(
            QStringLiteral("SELECT a.id, a.work_id, a.original_path, a.sha256 FROM assets a %1 ORDER BY a.id")
                .arg(onlyIncomplete
                         ? QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.asset_id = a.id) "
                                          "OR NOT EXISTS (SELECT 1 FROM asset_iscc i WHERE i.asset_id = a.id)")
                         : QString())));
    QList<AssetFile> files;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        files << AssetFile{r.int64(0), r.int64(1), r.text(2), r.blob(3)};
    }));
    return files;
}

Result<std::optional<AssetRef>> Catalog::findAssetBySha256(const QByteArray &sha256)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT work_id, id FROM assets WHERE sha256 = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, sha256).step());
    if (!row)
        return std::optional<AssetRef>();
    return std::optional<AssetRef>(AssetRef{stmt.int64(0), stmt.int64(1)});
}

Result<AssetRef> Catalog::addAsset(qint64 workId, int page, const NewAsset &asset)
{
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral(
                   "INSERT INTO assets (work_id, page, sha256, file_size, width, height, format, original_path) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
    stmt.bind(1, workId).bind(2, page).bind(3, asset.sha256).bind(4, asset.fileSize);
    stmt.bind(5, asset.pixelSize.width()).bind(6, asset.pixelSize.height());
    RAKKAN_TRY(stmt.bind(7, asset.format).bind(8, asset.originalPath).exec());
    const qint64 assetId = m_db->lastInsertId();
    if (!asset.thumbnailJpeg.isEmpty()) {
        RAKKAN_TRY(auto thumb,
                   m_db->prepare(QStringLiteral("INSERT INTO thumbnails (asset_id, jpeg) VALUES (?1, ?2)")));
        RAKKAN_TRY(thumb.bind(1, assetId).bind(2, asset.thumbnailJpeg).exec());
    }
    RAKKAN_TRY(insertFingerprints(assetId, asset.fingerprints));
    if (asset.iscc)
        RAKKAN_TRY(storeIscc(assetId, *asset.iscc));
    RAKKAN_TRY(tx.commit());
    return AssetRef{workId, assetId};
}

Result<int> Catalog::nextPageNumber(qint64 workId)
{
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral("SELECT coalesce(max(page), 0) + 1 FROM assets WHERE work_id = ?1")));
    RAKKAN_TRY(auto page, stmt.bind(1, workId).scalarInt64());
    return int(page);
}

Result<QByteArray> Catalog::thumbnail(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT jpeg FROM thumbnails WHERE asset_id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, assetId).step());
    return row ? stmt.blob(0) : QByteArray();
}

Result<QStringList> Catalog::stringColumn(const QString &sql)
{
    RAKKAN_TRY(auto stmt, m_db->prepare(sql));
    QStringList values;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { values << r.text(0); }));
    return values;
}

Result<QStringList> Catalog::seriesTitles()
{
    return stringColumn(QStringLiteral("SELECT title FROM series ORDER BY title"));
}

Result<QStringList> Catalog::tagNames()
{
    return stringColumn(QStringLiteral("SELECT name FROM tags ORDER BY name"));
}

Result<QStringList> Catalog::holderNames()
{
    return stringColumn(QStringLiteral("SELECT name FROM holders ORDER BY name"));
}

} // namespace rakkan::catalog
