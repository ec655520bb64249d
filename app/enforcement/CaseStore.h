#pragma once

#include "catalog/Catalog.h"
#include "catalog/EventChain.h"
#include "core/Result.h"
#include "enforcement/Case.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace rakkan::enforcement {

// The cases of a catalogue: opening one (never for a licensed use), its copies, every step through the status
// machine with its deadline in a hash-chained history, the files kept for it, repeat infringers, licensed uses and
// the complainant notices are drafted for. Every write is one transaction.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::CaseStore)

public:
    explicit CaseStore(catalog::Catalog &catalog)
        : m_catalog(catalog), m_history(catalog, QStringLiteral("case_events"), QStringLiteral("case_id"))
    {}

    // Opens a case for `pageUrl` with its copies (status found). Refused for a page a licensed use covers, with the
    // licence named; an open case for the same page takes the copies instead (its id is returned).
    Result<qint64> open(Case fresh, const QString &note = {});
    // Adds copies seen again or newly on the case's page; those already known get a later last-seen.
    Result<void> addCopies(qint64 caseId, const QList<CaseCopy> &copies);
    Result<Case> get(qint64 id);
    // Every case, most pressing first (open cases by deadline, then the rest by last change).
    Result<QList<Case>> list();
    // Open cases whose deadline falls before `before`.
    Result<QList<Case>> due(const QDateTime &before);

    // Moves a case on (refused when the status machine does not allow it) and sets the deadline that follows.
    Result<void> transition(qint64 id, CaseStatus to, const QString &note = {},
                            const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The platform, the account and the law a notice will go under.
    Result<void> setDetails(qint64 id, const QString &platform, const QString &account, Regime regime,
                            const QString &note);
    // What the last re-check found (present, changed, removed, unreachable).
    Result<void> recordCheck(qint64 id, const QString &state, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A retroactive licence: a draft offer to the case's counterparty for its works, and the case moves to
    // licensed. Returns the offer's id.
    Result<qint64> license(qint64 id, const QString &note = {});

    Result<QList<catalog::ChainEvent>> history(qint64 id);
    Result<std::optional<qint64>> verifyHistory() { return m_history.verify(); }

    // Files kept for a case: captures of its page, evidence bags, notices.
    Result<qint64> addFile(qint64 caseId, const QString &kind, const QString &path, const QString &sha256,
                           const QString &detail = {});
    struct File
    {
        qint64 id = 0;
        QString kind;
        QString path;
        QString sha256;
        QString detail;
        QString createdAt;
    };
    Result<QList<File>> files(qint64 caseId, const QString &kind = {});

    Result<QList<RepeatInfringer>> repeatInfringers(int minimumCases = 2);

    Result<qint64> addLicensedUse(const LicensedUse &use);
    Result<void> removeLicensedUse(qint64 id);
    Result<QList<LicensedUse>> licensedUses();
    // The licensed use that covers `pageUrl` (and `account`, when the use names one), if any.
    Result<std::optional<LicensedUse>> licensedUseFor(const QUrl &pageUrl, const QString &account = {});
    // An error naming the licence when one covers the page: what open() refuses with, also asked before a fetch.
    Result<void> refuseLicensed(const QUrl &pageUrl, const QString &account = {});

    Result<Complainant> complainant();
    Result<void> setComplainant(const Complainant &who);
    // The RFC 3161 authority evidence is time-stamped by, as last chosen (empty: none yet).
    Result<QString> timeStampAuthority();
    Result<void> setTimeStampAuthority(const QString &url);

    // The host a case is filed under: lower case, without "www.".
    static QString hostOf(const QUrl &url);

private:
    Result<QList<Case>> select(const QString &where, const std::function<void(sql::Statement &)> &bind);
    Result<QList<CaseCopy>> copiesOf(qint64 caseId);

    catalog::Catalog &m_catalog;
    catalog::EventChain m_history;
};

} // namespace rakkan::enforcement
