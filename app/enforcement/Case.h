#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rakkan::enforcement {

// Where a case stands. Evidence is frozen before a notice is drafted: once the poster is told, the page can change.
enum class CaseStatus {
    Found,
    EvidenceFrozen,
    NoticeDrafted,
    Sent,
    Acknowledged,
    Removed,
    Refused,
    CounterNotice,
    NoAnswer,
    Escalated,
    Closed,
    Licensed,
};

// The law a notice is drafted under: the US DMCA, the EU's Digital Services Act, or Japan's Information
// Distribution Platform Act (送信防止措置依頼).
enum class Regime { Unset, Dmca, Dsa, Jp };

// One copy found: an image on the case's page and the work it copies, as the matcher saw it.
struct CaseCopy
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString imageUrl;
    QString imageSha256;
    qint64 workId = 0; // 0: the work was removed from the catalogue since
    qint64 assetId = 0;
    int distance = -1; // PDQ bits; -1: local features found it
    QString orientation;
    QString catalogueRegion;
    QString queryRegion;
    QString confidence; // same-picture, very-likely, possible
    QString firstSeen;
    QString lastSeen;
};

// A place where copies of the creator's works were found, and what is being done about it.
struct Case
{
    qint64 id = 0;
    CaseStatus status = CaseStatus::Found;
    QString pageUrl;
    QString host; // lower case, from pageUrl
    QString platform;
    QString account; // the uploader or account, when the page names one
    Regime regime = Regime::Unset;
    QString firstSeen;
    QString lastSeen;
    QString lastCheck;
    QString lastCheckState; // present, changed, removed, unreachable
    QString sentAt;
    QDateTime deadline; // invalid: none
    QString deadlineReason;
    qint64 offerId = 0; // the retroactive licence offer, once licensed
    QString note;
    QString createdAt;
    QList<CaseCopy> copies;
};

// A use the creator licensed: a case is never opened for a page it covers.
struct LicensedUse
{
    qint64 id = 0;
    QString host;
    QString pathPrefix = QStringLiteral("/");
    QString account;
    qint64 offerId = 0;
    QString note;
};

// Who a notice is drafted for. Japan's and the DMCA's forms need the postal address and telephone number.
struct Complainant
{
    QString name;
    QString nameLatin;
    QString address;
    QString phone;
    QString email;
    QString actsFor; // empty: the complainant owns the rights; else the owner they act for
};

// A host or an account with more than one case: the DMCA expects hosts to end repeat infringers' accounts.
struct RepeatInfringer
{
    QString host;
    QString account; // empty: the host as a whole
    int cases = 0;
    int removed = 0;
};

} // namespace rakkan::enforcement
