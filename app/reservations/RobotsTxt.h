#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rakkan::reservations {

// An IETF aipref preference statement (an RFC 9651 dictionary of y/n tokens) or a Cloudflare Content-Signal line
// (yes/no), read the way the drafts say: unknown keys, parameters and malformed members are ignored, the last
// value of a repeated key wins.
struct UsagePreferences
{
    QMap<QString, bool> values; // key -> allowed
    QStringList problems;

    static UsagePreferences parseContentUsage(const QString &text);
    static UsagePreferences parseContentSignal(const QString &text);
    std::optional<bool> value(const QString &key) const;
};

// robots.txt as RFC 9309 reads it (groups of user-agent lines with allow/disallow rules; the group naming the
// crawler, case-insensitively, else the '*' groups; the longest matching rule, allow on a tie), plus the lines AI
// reservations add inside groups (Content-Usage, Content-Signal) and the global License line of RSL.
class RobotsTxt
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::RobotsTxt)

public:
    // RFC 9309 2.5: crawlers parse at least 500 KiB; Rakkan reads that much and ignores the rest.
    static constexpr qsizetype kParseLimit = 500 * 1024;
    static const QString kBeginMarker;
    static const QString kEndMarker;

    struct Rule
    {
        bool allow = false;
        QString pattern;
    };
    struct PathStatement
    {
        QString path; // empty: the whole site
        QString value;
    };
    struct Group
    {
        QStringList agents;
        QList<Rule> rules;
        QList<PathStatement> contentUsage;
        QList<PathStatement> contentSignal;
    };

    static RobotsTxt parse(const QByteArray &bytes);

    const QList<Group> &groups() const { return m_groups; }
    const QStringList &licenses() const { return m_licenses; }
    const QStringList &problems() const { return m_problems; }

    // May crawler `agent` (its product token) fetch `path`?
    bool isAllowed(const QString &agent, const QString &path) const;
    // The aipref preferences that apply to `agent` at `path` (most restrictive at the longest matching path).
    UsagePreferences contentUsage(const QString &agent, const QString &path) const;
    UsagePreferences contentSignal(const QString &agent, const QString &path) const;

    // Rakkan's block for the policy: AI crawlers blocked by purpose, the '*' group's Content-Usage and
    // Content-Signal, and the RSL License line; between markers so that re-exporting replaces only it.
    static QString block(const ReservationPolicy &policy, const QString &licenseUrl);
    // The user's robots.txt with Rakkan's block put in, or replaced where an earlier export put it. Everything
    // else in the file is kept as it was.
    static QByteArray merge(const QByteArray &existing, const QString &block);

    // Whether RFC 9309 pattern `pattern` (with * and $) matches `path`.
    static bool matches(const QString &pattern, const QString &path);

private:
    QList<const Group *> groupsFor(const QString &agent) const;
    static UsagePreferences statementsAt(const QList<const Group *> &groups, const QString &path, bool signal);

    QList<Group> m_groups;
    QStringList m_licenses;
    QStringList m_problems;
};

// A site's robots.txt judged for AI: per crawler, and whether ordinary search still gets in.
Finding judgeRobots(const RobotsTxt &robots, const QList<AiAgent> &agents, const QString &source);
Finding judgeContentUsage(const RobotsTxt &robots, const QString &source);
Finding judgeContentSignal(const RobotsTxt &robots, const QString &source);

} // namespace rakkan::reservations
