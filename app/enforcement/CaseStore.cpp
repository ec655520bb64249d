#include "enforcement/CaseStore.h"

#include "enforcement/CaseDeadlines.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/PlatformDirectory.h"
#include "licensing/OfferStore.h"

namespace rakkan::enforcement {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kCaseColumns = QStringLiteral(
    "id, status, page_url, host, platform, account, regime, first_seen, last_seen, coalesce(last_check, ''), "
    "coalesce(last_check_state, ''), coalesce(sent_at, ''), coalesce(deadline, ''), deadline_reason, "
    "coalesce(offer_id, 0), note, created_at");

Case caseFrom(const sql::Statement &r)
{
    Case c;
    c.id = r.int64(0);
    c.status = CaseStatusMachine::fromKey(r.text(1)).value_or(CaseStatus::Found);
    c.pageUrl = r.text(2);
    c.host = r.text(3);
    c.platform = r.text(4);
    c.account = r.text(5);
    c.regime = regimeFromKey(r.text(6)).value_or(Regime::Unset);
    c.firstSeen = r.text(7);
    c.lastSeen = r.text(8);
    c.lastCheck = r.text(9);
    c.lastCheckState = r.text(10);
    c.sentAt = r.text(11);
    if (!r.text(12).isEmpty())
        c.deadline = QDateTime::fromString(r.text(12), Qt::ISODateWithMs);
    c.deadlineReason = r.text(13);
    c.offerId = r.int64(14);
    c.note = r.text(15);
    c.createdAt = r.text(16);
    return c;
}

bool coveredBy(const LicensedUse &use, const QString &host, const QString &path, const QString &account)
{
    if (use.host != host && !host.endsWith(QLatin1Char('.') + use.host))
        return false;
    // "/user/alice" covers "/user/alice" and "/user/alice/...", not "/user/alice-evil".
    const QString prefix = use.pathPrefix.isEmpty() ? QStringLiteral("/") : use.pathPrefix;
    if (!path.startsWith(prefix) || (!prefix.endsWith(QLatin1Char('/')) && path.size() > prefix.size() &&
                                     path.at(prefix.size()) != QLatin1Char('/')))
        return false;
    return use.account.isEmpty() || use.account.compare(account, Qt::CaseInsensitive) == 0;
}

} // namespace

QString CaseStore::hostOf(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

Result<qint64> CaseStore::open(Case fresh, const QString &note)
{
    const QUrl url(fresh.pageUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not the address of a web page (http or https).").arg(fresh.pageUrl));
    fresh.host = hostOf(url);
    RAKKAN_TRY(refuseLicensed(url, fresh.account));

    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    // One open case per page: finding it again adds to it.
    RAKKAN_TRY(auto existing, db.prepare(QStringLiteral("SELECT id, status FROM cases WHERE page_url = ?1 "
                                                        "ORDER BY id DESC LIMIT 1")));
    existing.bind(1, fresh.pageUrl);
    qint64 id = 0;
    RAKKAN_TRY(existing.forEachRow([&](const sql::Statement &r) {
        const auto status = CaseStatusMachine::fromKey(r.text(1));
        if (status && *status != CaseStatus::Closed && *status != CaseStatus::Licensed)
            id = r.int64(0);
    }));
    if (!id) {
        const QString seen = fresh.firstSeen.isEmpty() ? now() : fresh.firstSeen;
        RAKKAN_TRY(auto insert, db.prepare(QStringLiteral(
                                    "INSERT INTO cases (status, page_url, host, platform, account, regime, first_seen, "
                                    "last_seen, note) VALUES ('found', ?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)")));
        RAKKAN_TRY(insert.bind(1, fresh.pageUrl)
                       .bind(2, fresh.host)
                       .bind(3, fresh.platform)
                       .bind(4, fresh.account)
                       .bind(5, regimeKey(fresh.regime))
                       .bind(6, seen)
                       .bind(7, fresh.note)
                       .exec());
        id = db.lastInsertId();
        RAKKAN_TRY(m_history.append(id, QString(), CaseStatusMachine::key(CaseStatus::Found), note));
    }
    RAKKAN_TRY(addCopies(id, fresh.copies));
    RAKKAN_TRY(tx.commit());
    return id;
}

Result<void> CaseStore::addCopies(qint64 caseId, const QList<CaseCopy> &copies)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto upsert,
               db.prepare(QStringLiteral(
                   "INSERT INTO case_copies (case_id, image_url, image_sha256, work_id, asset_id, distance, "
                   "orientation, catalogue_region, query_region, confidence, first_seen, last_seen) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11) "
                   "ON CONFLICT (case_id, image_url, work_id) DO UPDATE SET last_seen = excluded.last_seen, "
                   "image_sha256 = excluded.image_sha256, distance = excluded.distance")));
    const QString seen = now();
    for (const CaseCopy &c : copies) {
        upsert.reset();
        upsert.bind(1, caseId).bind(2, c.imageUrl).bind(3, c.imageSha256);
        if (c.workId)
            upsert.bind(4, c.workId);
        else
            upsert.bindNull(4);
        if (c.assetId)
            upsert.bind(5, c.assetId);
        else
            upsert.bindNull(5);
        RAKKAN_TRY(upsert.bind(6, c.distance)
                       .bind(7, c.orientation)
                       .bind(8, c.catalogueRegion)
                       .bind(9, c.queryRegion)
                       .bind(10, c.confidence)
                       .bind(11, c.lastSeen.isEmpty() ? seen : c.lastSeen)
                       .exec());
    }
    if (!copies.isEmpty()) {
        RAKKAN_TRY(auto touch, db.prepare(QStringLiteral("UPDATE cases SET last_seen = ?2 WHERE id = ?1")));
        RAKKAN_TRY(touch.bind(1, caseId).bind(2, seen).exec());
    }
    return tx.commit();
}

Result<QList<Case>> CaseStore::select(const QString &where, const std::function<void(sql::Statement &)> &bind)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT %1 FROM cases %2").arg(kCaseColumns, where)));
    if (bind)
        bind(stmt);
    QList<Case> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { out << caseFrom(r); }));
    for (Case &c : out) {
        // The reason is said in the reader's language, not in the one the step was recorded in.
        if (c.deadline.isValid()) {
            const auto platform = PlatformDirectory::shipped().forHost(c.host);
            if (const auto d =
                    CaseDeadlines::after(c.status, c.regime, platform && platform->designatedInJapan, c.deadline))
                c.deadlineReason = d->reason;
        }
        RAKKAN_TRY(c.copies, copiesOf(c.id));
    }
    return out;
}

Result<QList<CaseCopy>> CaseStore::copiesOf(qint64 caseId)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "SELECT id, case_id, image_url, image_sha256, coalesce(work_id, 0), coalesce(asset_id, 0), "
                   "distance, orientation, catalogue_region, query_region, confidence, first_seen, last_seen FROM "
                   "case_copies WHERE case_id = ?1 ORDER BY id")));
    stmt.bind(1, caseId);
    QList<CaseCopy> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << CaseCopy{r.int64(0), r.int64(1), r.text(2), r.text(3),  r.int64(4), r.int64(5), int(r.int64(6)),
                        r.text(7),  r.text(8),  r.text(9), r.text(10), r.text(11), r.text(12)};
    }));
    return out;
}

Result<Case> CaseStore::get(qint64 id)
{
    RAKKAN_TRY(auto found, select(QStringLiteral("WHERE id = ?1"), [id](sql::Statement &s) { s.bind(1, id); }));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no case %1 in this catalogue.").arg(id));
    return found.first();
}

Result<QList<Case>> CaseStore::list()
{
    return select(QStringLiteral("ORDER BY status IN ('closed', 'licensed', 'removed'), deadline IS NULL, deadline, "
                                 "last_seen DESC, id DESC"),
                  {});
}

Result<QList<Case>> CaseStore::due(const QDateTime &before)
{
    const QString limit = before.toUTC().toString(Qt::ISODateWithMs);
    return select(QStringLiteral("WHERE deadline IS NOT NULL AND deadline < ?1 AND status NOT IN ('closed', "
                                 "'licensed') ORDER BY deadline"),
                  [limit](sql::Statement &s) { s.bind(1, limit); });
}

Result<void> CaseStore::transition(qint64 id, CaseStatus to, const QString &note, const QDateTime &at)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, get(id));
    if (!CaseStatusMachine::allowed(c.status, to)) {
        QStringList next;
        for (CaseStatus s : CaseStatusMachine::next(c.status))
            next << CaseStatusMachine::label(s);
        return makeError(
            ErrorCode::InvalidArgument,
            next.isEmpty()
                ? tr("Case %1 is %2: it cannot change any more.").arg(id).arg(CaseStatusMachine::label(c.status))
                : tr("Case %1 is %2: it can become %3, not %4.")
                      .arg(id)
                      .arg(CaseStatusMachine::label(c.status), next.join(QStringLiteral(", ")),
                           CaseStatusMachine::label(to)));
    }
    const auto platform = PlatformDirectory::shipped().forHost(c.host);
    const auto deadline = CaseDeadlines::after(to, c.regime, platform && platform->designatedInJapan, at);
    RAKKAN_TRY(auto update,
               db.prepare(QStringLiteral("UPDATE cases SET status = ?2, deadline = ?3, deadline_reason = ?4, "
                                         "sent_at = CASE WHEN ?2 = 'sent' THEN ?5 ELSE sent_at END WHERE id = ?1")));
    update.bind(1, id).bind(2, CaseStatusMachine::key(to));
    if (deadline)
        update.bind(3, deadline->at.toString(Qt::ISODateWithMs)).bind(4, deadline->reason);
    else
        update.bindNull(3).bind(4, QString());
    RAKKAN_TRY(update.bind(5, at.toUTC().toString(Qt::ISODateWithMs)).exec());
    RAKKAN_TRY(m_history.append(id, CaseStatusMachine::key(c.status), CaseStatusMachine::key(to), note));
    return tx.commit();
}

Result<void> CaseStore::setDetails(qint64 id, const QString &platform, const QString &account, Regime regime,
                                   const QString &note)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, get(id));
    RAKKAN_TRY(auto update, db.prepare(QStringLiteral(
                                "UPDATE cases SET platform = ?2, account = ?3, regime = ?4, note = ?5 WHERE id = ?1")));
    RAKKAN_TRY(update.bind(1, id).bind(2, platform).bind(3, account).bind(4, regimeKey(regime)).bind(5, note).exec());
    // Corrections are part of the history too: what a notice said must be traceable to what the case said.
    QStringList changed;
    if (c.platform != platform)
        changed << tr("platform: %1").arg(platform);
    if (c.account != account)
        changed << tr("account: %1").arg(account);
    if (c.regime != regime)
        changed << tr("law: %1").arg(regimeLabel(regime));
    if (!changed.isEmpty()) {
        const QString key = CaseStatusMachine::key(c.status);
        RAKKAN_TRY(m_history.append(id, key, key, changed.join(QStringLiteral("; "))));
    }
    return tx.commit();
}

Result<void> CaseStore::recordCheck(qint64 id, const QString &state, const QDateTime &at)
{
    static const QStringList states{QStringLiteral("present"), QStringLiteral("changed"), QStringLiteral("removed"),
                                    QStringLiteral("unreachable")};
    if (!states.contains(state))
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not a re-check result.").arg(state));
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, get(id));
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    RAKKAN_TRY(auto update, db.prepare(QStringLiteral(
                                "UPDATE cases SET last_check = ?2, last_check_state = ?3, last_seen = CASE "
                                "WHEN ?3 IN ('present', 'changed') THEN ?2 ELSE last_seen END WHERE id = ?1")));
    RAKKAN_TRY(update.bind(1, id).bind(2, when).bind(3, state).exec());
    const QString key = CaseStatusMachine::key(c.status);
    RAKKAN_TRY(m_history.append(id, key, key, tr("re-checked: %1").arg(state)));
    return tx.commit();
}

Result<qint64> CaseStore::license(qint64 id, const QString &note)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, get(id));
    if (!CaseStatusMachine::allowed(c.status, CaseStatus::Licensed))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Case %1 is %2: it cannot be licensed.").arg(id).arg(CaseStatusMachine::label(c.status)));
    licensing::Offer offer;
    offer.title = tr("Retroactive licence for %1").arg(c.pageUrl);
    offer.counterparty = c.account.isEmpty() ? c.host : tr("%1 on %2").arg(c.account, c.host);
    offer.status = licensing::OfferStatus::Draft;
    offer.receivedOn = QDate::currentDate();
    offer.notes = tr("Opened from case %1.").arg(id);
    for (const CaseCopy &copy : c.copies)
        if (copy.workId && !offer.workIds.contains(copy.workId))
            offer.workIds << copy.workId;
    RAKKAN_TRY(auto offerId, licensing::OfferStore(m_catalog).add(offer, tr("From case %1").arg(id)));
    RAKKAN_TRY(auto link, db.prepare(QStringLiteral("UPDATE cases SET offer_id = ?2 WHERE id = ?1")));
    RAKKAN_TRY(link.bind(1, id).bind(2, offerId).exec());
    RAKKAN_TRY(transition(id, CaseStatus::Licensed, note.isEmpty() ? tr("offer %1").arg(offerId) : note));
    RAKKAN_TRY(tx.commit());
    return offerId;
}

Result<QList<catalog::ChainEvent>> CaseStore::history(qint64 id)
{
    return m_history.events(id);
}

Result<qint64> CaseStore::addFile(qint64 caseId, const QString &kind, const QString &path, const QString &sha256,
                                  const QString &detail)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, get(caseId));
    RAKKAN_TRY(auto insert,
               db.prepare(QStringLiteral(
                   "INSERT INTO case_files (case_id, kind, path, sha256, detail) VALUES (?1, ?2, ?3, ?4, ?5)")));
    RAKKAN_TRY(insert.bind(1, caseId).bind(2, kind).bind(3, path).bind(4, sha256).bind(5, detail).exec());
    const qint64 fileId = db.lastInsertId();
    const QString key = CaseStatusMachine::key(c.status);
    RAKKAN_TRY(m_history.append(caseId, key, key, QStringLiteral("%1: %2 sha256:%3").arg(kind, path, sha256)));
    RAKKAN_TRY(tx.commit());
    return fileId;
}

Result<QList<CaseStore::File>> CaseStore::files(qint64 caseId, const QString &kind)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(
                              QStringLiteral("SELECT id, kind, path, sha256, detail, created_at FROM case_files WHERE "
                                             "case_id = ?1 AND (?2 = '' OR kind = ?2) ORDER BY id")));
    stmt.bind(1, caseId).bind(2, kind);
    QList<File> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << File{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)};
    }));
    return out;
}

Result<QList<RepeatInfringer>> CaseStore::repeatInfringers(int minimumCases)
{
    // Per account where the page names one, and per host as a whole.
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "SELECT host, account, count(*), sum(status = 'removed' OR id IN (SELECT case_id FROM "
                   "case_events WHERE to_status = 'removed')) FROM cases WHERE status <> 'licensed' GROUP BY "
                   "host, account HAVING account <> '' AND count(*) >= ?1 "
                   "UNION ALL "
                   "SELECT host, '', count(*), sum(status = 'removed' OR id IN (SELECT case_id FROM "
                   "case_events WHERE to_status = 'removed')) FROM cases WHERE status <> 'licensed' GROUP BY "
                   "host HAVING count(*) >= ?1 ORDER BY 3 DESC, 1, 2")));
    stmt.bind(1, minimumCases);
    QList<RepeatInfringer> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << RepeatInfringer{r.text(0), r.text(1), int(r.int64(2)), int(r.int64(3))};
    }));
    return out;
}

Result<qint64> CaseStore::addLicensedUse(const LicensedUse &use)
{
    QString host = use.host.trimmed().toLower();
    if (host.contains(QLatin1String("://")))
        host = hostOf(QUrl(host));
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')))
        return makeError(ErrorCode::InvalidArgument, tr("A licensed use needs the site's host name (example.com)."));
    const QString prefix = use.pathPrefix.isEmpty() ? QStringLiteral("/") : use.pathPrefix;
    if (!prefix.startsWith(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument, tr("A path begins with \"/\"."));
    RAKKAN_TRY(
        auto insert,
        m_catalog.database().prepare(QStringLiteral(
            "INSERT INTO licensed_uses (host, path_prefix, account, offer_id, note) VALUES (?1, ?2, ?3, ?4, ?5)")));
    insert.bind(1, host).bind(2, prefix).bind(3, use.account.trimmed()).bind(5, use.note);
    if (use.offerId)
        insert.bind(4, use.offerId);
    else
        insert.bindNull(4);
    RAKKAN_TRY(insert.exec());
    return m_catalog.database().lastInsertId();
}

Result<void> CaseStore::removeLicensedUse(qint64 id)
{
    RAKKAN_TRY(auto del, m_catalog.database().prepare(QStringLiteral("DELETE FROM licensed_uses WHERE id = ?1")));
    RAKKAN_TRY(del.bind(1, id).exec());
    if (m_catalog.database().changes() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no licensed use %1.").arg(id));
    return {};
}

Result<QList<LicensedUse>> CaseStore::licensedUses()
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral(
                              "SELECT id, host, path_prefix, account, coalesce(offer_id, 0), note FROM licensed_uses "
                              "ORDER BY host, path_prefix, id")));
    QList<LicensedUse> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        out << LicensedUse{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4), r.text(5)};
    }));
    return out;
}

Result<void> CaseStore::refuseLicensed(const QUrl &pageUrl, const QString &account)
{
    RAKKAN_TRY(auto licensed, licensedUseFor(pageUrl, account));
    if (!licensed)
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     licensed->offerId
                         ? tr("%1 is a licensed use (offer %2): no case is opened for it.")
                               .arg(pageUrl.toString())
                               .arg(licensed->offerId)
                         : tr("%1 is a licensed use (%2): no case is opened for it.")
                               .arg(pageUrl.toString(), licensed->note.isEmpty() ? licensed->host : licensed->note));
}

Result<std::optional<LicensedUse>> CaseStore::licensedUseFor(const QUrl &pageUrl, const QString &account)
{
    RAKKAN_TRY(auto uses, licensedUses());
    const QString host = hostOf(pageUrl);
    const QString path = pageUrl.path().isEmpty() ? QStringLiteral("/") : pageUrl.path();
    for (const LicensedUse &use : uses)
        if (coveredBy(use, host, path, account))
            return std::optional<LicensedUse>(use);
    return std::optional<LicensedUse>();
}

Result<Complainant> CaseStore::complainant()
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "SELECT name, name_latin, address, phone, email, acts_for FROM complainant WHERE id = 1")));
    Complainant who;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        who = Complainant{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)};
    }));
    return who;
}

Result<void> CaseStore::setComplainant(const Complainant &who)
{
    for (const QString &line : {who.name, who.nameLatin, who.phone, who.email, who.actsFor})
        for (const QChar c : line)
            if (c.category() == QChar::Other_Control)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("A name, telephone number or e-mail address is one line of text."));
    RAKKAN_TRY(auto upsert,
               m_catalog.database().prepare(QStringLiteral(
                   "INSERT INTO complainant (id, name, name_latin, address, phone, email, acts_for) VALUES "
                   "(1, ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                   "name_latin = excluded.name_latin, address = excluded.address, phone = excluded.phone, "
                   "email = excluded.email, acts_for = excluded.acts_for")));
    return upsert.bind(1, who.name.trimmed())
        .bind(2, who.nameLatin.trimmed())
        .bind(3, who.address.trimmed())
        .bind(4, who.phone.trimmed())
        .bind(5, who.email.trimmed())
        .bind(6, who.actsFor.trimmed())
        .exec();
}

Result<QString> CaseStore::timeStampAuthority()
{
    return m_catalog.database().queryText(
        QStringLiteral("SELECT coalesce((SELECT value FROM meta WHERE key = 'tsa_url'), '')"));
}

Result<void> CaseStore::setTimeStampAuthority(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!url.trimmed().isEmpty() &&
        (!parsed.isValid() || parsed.host().isEmpty() ||
         (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not the http(s) address of a time-stamping authority.").arg(url));
    RAKKAN_TRY(auto upsert, m_catalog.database().prepare(QStringLiteral(
                                "INSERT INTO meta (key, value) VALUES ('tsa_url', ?1) ON CONFLICT (key) DO UPDATE SET "
                                "value = excluded.value")));
    return upsert.bind(1, url.trimmed()).exec();
}

} // namespace rakkan::enforcement
