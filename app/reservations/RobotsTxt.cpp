#include "reservations/RobotsTxt.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace rakkan::reservations {

const QString RobotsTxt::kBeginMarker = QStringLiteral("# BEGIN Rakkan AI reservations");
const QString RobotsTxt::kEndMarker = QStringLiteral("# END Rakkan AI reservations");

namespace {

// A crawler that names itself nowhere: what every unlisted AI crawler reads.
const QString kUnlistedAgent = QStringLiteral("rakkan-unlisted-crawler");
// Ordinary search crawlers: a reservation against AI should not take a site out of search.
const QStringList kSearchCrawlers{QStringLiteral("Googlebot"), QStringLiteral("Bingbot"), QStringLiteral("Applebot")};

UsagePreferences parsePreferences(const QString &text, bool signal)
{
    UsagePreferences out;
    static const QRegularExpression key(QStringLiteral("^[a-z*][a-z0-9_.*-]*$"));
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString member = raw.section(QLatin1Char(';'), 0, 0).trimmed(); // parameters are ignored
        if (member.isEmpty())
            continue;
        const QString name = member.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value =
            member.contains(QLatin1Char('=')) ? member.section(QLatin1Char('='), 1).trimmed() : QString();
        if (!key.match(name).hasMatch()) {
            out.problems << RobotsTxt::tr("\"%1\" is not a preference key; it is ignored.").arg(name);
            continue;
        }
        const QString yes = signal ? QStringLiteral("yes") : QStringLiteral("y");
        const QString no = signal ? QStringLiteral("no") : QStringLiteral("n");
        if (value == yes)
            out.values[name] = true;
        else if (value == no)
            out.values[name] = false;
        else {
            out.values.remove(name); // the last statement of a key decides, and this one says nothing usable
            out.problems << RobotsTxt::tr("\"%1\" is not a valid value for %2 (%3 or %4); it counts as not said.")
                                .arg(value.isEmpty() ? member : value, name, yes, no);
        }
    }
    return out;
}

} // namespace

UsagePreferences UsagePreferences::parseContentUsage(const QString &text)
{
    return parsePreferences(text, false);
}

UsagePreferences UsagePreferences::parseContentSignal(const QString &text)
{
    return parsePreferences(text, true);
}

std::optional<bool> UsagePreferences::value(const QString &key) const
{
    if (!values.contains(key))
        return std::nullopt;
    return values.value(key);
}

bool RobotsTxt::matches(const QString &pattern, const QString &path)
{
    // Iterative glob with backtracking on the last '*': linear enough for patterns of a robots.txt.
    const bool anchored = pattern.endsWith(QLatin1Char('$'));
    const QString p = anchored ? pattern.left(pattern.size() - 1) : pattern;
    qsizetype pi = 0, si = 0, star = -1, mark = 0;
    while (si < path.size()) {
        if (pi < p.size() && p.at(pi) == QLatin1Char('*')) {
            star = pi++;
            mark = si;
        } else if (pi < p.size() && p.at(pi) == path.at(si)) {
            ++pi;
            ++si;
        } else if (pi == p.size() && !anchored) {
            return true; // the pattern is a prefix of the path
        } else if (star >= 0) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p.at(pi) == QLatin1Char('*'))
        ++pi;
    return pi == p.size();
}

RobotsTxt RobotsTxt::parse(const QByteArray &bytes)
{
    RobotsTxt out;
    QByteArray data = bytes;
    if (data.size() > kParseLimit) {
        data.truncate(kParseLimit);
        out.m_problems << tr("The file is larger than 500 KiB; as RFC 9309 allows, only the first 500 KiB were read.");
    }
    auto decode = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decode(data);
    if (decode.hasError())
        out.m_problems << tr("The file is not valid UTF-8; the undecodable bytes were ignored.");

    Group *current = nullptr;
    bool lastWasAgent = false;
    int line = 0;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++line;
        raw = raw.section(QLatin1Char('#'), 0, 0).trimmed();
        if (raw.isEmpty())
            continue;
        const qsizetype colon = raw.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            out.m_problems << tr("Line %1 is not \"name: value\"; it is ignored.").arg(line);
            continue;
        }
        const QString key = raw.left(colon).trimmed().toLower();
        const QString value = raw.mid(colon + 1).trimmed();
        if (key == QLatin1String("user-agent")) {
            if (!lastWasAgent || !current) {
                out.m_groups.append(Group{});
                current = &out.m_groups.last();
            }
            current->agents << value;
            lastWasAgent = true;
            continue;
        }
        if (key == QLatin1String("license")) {
            out.m_licenses << value;
            continue;
        }
        if (key == QLatin1String("sitemap"))
            continue;
        const bool inGroup = key == QLatin1String("allow") || key == QLatin1String("disallow") ||
                             key == QLatin1String("content-usage") || key == QLatin1String("content-signal");
        if (!inGroup)
            continue; // other records (crawl-delay, host, ...) say nothing about AI
        lastWasAgent = false;
        if (!current) {
            out.m_problems << tr("Line %1 comes before any User-agent line; crawlers ignore it.").arg(line);
            continue;
        }
        if (key == QLatin1String("allow") || key == QLatin1String("disallow")) {
            if (!value.isEmpty()) // an empty Disallow forbids nothing
                current->rules << Rule{key == QLatin1String("allow"), value};
            continue;
        }
        PathStatement statement;
        if (value.startsWith(QLatin1Char('/'))) {
            statement.path = value.section(QLatin1Char(' '), 0, 0);
            statement.value = value.section(QLatin1Char(' '), 1).trimmed();
        } else {
            statement.value = value;
        }
        (key == QLatin1String("content-usage") ? current->contentUsage : current->contentSignal) << statement;
    }
    return out;
}

QList<const RobotsTxt::Group *> RobotsTxt::groupsFor(const QString &agent) const
{
    QList<const Group *> named, star;
    for (const Group &g : m_groups) {
        for (const QString &a : g.agents) {
            if (a.compare(agent, Qt::CaseInsensitive) == 0) {
                named << &g;
                break;
            }
            if (a == QLatin1String("*")) {
                star << &g;
                break;
            }
        }
    }
    // RFC 9309 2.2.1: the groups naming the crawler, combined; else the '*' groups, combined; never both.
    return named.isEmpty() ? star : named;
}

bool RobotsTxt::isAllowed(const QString &agent, const QString &path) const
{
    if (path == QLatin1String("/robots.txt"))
        return true;
    const Rule *best = nullptr;
    for (const Group *g : groupsFor(agent))
        for (const Rule &r : g->rules) {
            if (!matches(r.pattern, path))
                continue;
            // The most octets wins; on a tie, allow (RFC 9309 2.2.2).
            if (!best || r.pattern.size() > best->pattern.size() ||
                (r.pattern.size() == best->pattern.size() && r.allow && !best->allow))
                best = &r;
        }
    return !best || best->allow;
}

UsagePreferences RobotsTxt::statementsAt(const QList<const Group *> &groups, const QString &path, bool signal)
{
    qsizetype longest = -1;
    QList<const PathStatement *> chosen;
    for (const Group *g : groups)
        for (const PathStatement &s : signal ? g->contentSignal : g->contentUsage) {
            const QString scope = s.path.isEmpty() ? QStringLiteral("/") : s.path;
            if (!matches(scope, path))
                continue;
            if (scope.size() > longest) {
                longest = scope.size();
                chosen.clear();
            }
            if (scope.size() == longest)
                chosen << &s;
        }
    UsagePreferences out;
    for (const PathStatement *s : chosen) {
        const UsagePreferences one =
            signal ? UsagePreferences::parseContentSignal(s->value) : UsagePreferences::parseContentUsage(s->value);
        out.problems << one.problems;
        for (auto it = one.values.cbegin(); it != one.values.cend(); ++it)
            // Statements for the same path: the most restrictive wins.
            out.values[it.key()] = out.values.contains(it.key()) ? out.values[it.key()] && it.value() : it.value();
    }
    return out;
}

UsagePreferences RobotsTxt::contentUsage(const QString &agent, const QString &path) const
{
    return statementsAt(groupsFor(agent), path, false);
}

UsagePreferences RobotsTxt::contentSignal(const QString &agent, const QString &path) const
{
    return statementsAt(groupsFor(agent), path, true);
}

QString RobotsTxt::block(const ReservationPolicy &policy, const QString &licenseUrl)
{
    QStringList lines{kBeginMarker,
                      QStringLiteral("# Written by Rakkan for %1. Formats: %2; %3; %4; %5.")
                          .arg(policy.siteUrl, FormatVersions::kRobots, FormatVersions::kAiPref,
                               FormatVersions::kContentSignal, FormatVersions::kRsl),
                      QStringLiteral("# Rakkan replaces this block when it exports again; the rest of the file is "
                                     "kept as it is.")};
    if (!licenseUrl.isEmpty())
        lines << QStringLiteral("License: ") + licenseUrl;
    QStringList blocked;
    for (const AiAgent &a : policy.agents) {
        const bool block = (a.purpose == AgentPurpose::Training && policy.trainingReserved()) ||
                           (a.purpose == AgentPurpose::UserInput && policy.reserveAiInput) ||
                           (a.purpose == AgentPurpose::Search && !policy.allowSearch && policy.reservesAnything());
        if (block && !blocked.contains(a.token))
            blocked << a.token;
    }
    if (!blocked.isEmpty()) {
        lines << QString();
        for (const QString &token : std::as_const(blocked))
            lines << QStringLiteral("User-agent: ") + token;
        lines << QStringLiteral("Disallow: /");
    }
    // The '*' group carries only preferences: an Allow here would be merged with the user's own '*' group and
    // could open what they closed.
    lines << QString() << QStringLiteral("User-agent: *")
          << QStringLiteral("Content-Usage: train-ai=%1, search=%2")
                 .arg(policy.trainingReserved() ? QStringLiteral("n") : QStringLiteral("y"),
                      policy.allowSearch ? QStringLiteral("y") : QStringLiteral("n"))
          << QStringLiteral("Content-Signal: search=%1, ai-input=%2, ai-train=%3")
                 .arg(policy.allowSearch ? QStringLiteral("yes") : QStringLiteral("no"),
                      policy.reserveAiInput ? QStringLiteral("no") : QStringLiteral("yes"),
                      policy.trainingReserved() ? QStringLiteral("no") : QStringLiteral("yes"))
          << kEndMarker;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray RobotsTxt::merge(const QByteArray &existing, const QString &block)
{
    const bool crlf = existing.contains("\r\n");
    QByteArray ours = block.toUtf8();
    if (crlf)
        ours.replace("\n", "\r\n");
    const QByteArray begin = kBeginMarker.toUtf8();
    const QByteArray end = kEndMarker.toUtf8();
    const qsizetype from = existing.indexOf(begin);
    const qsizetype endAt = from >= 0 ? existing.indexOf(end, from) : -1;
    if (from >= 0 && endAt >= 0) {
        qsizetype to = endAt + end.size();
        while (to < existing.size() && (existing.at(to) == '\r' || existing.at(to) == '\n')) {
            const bool newline = existing.at(to) == '\n';
            ++to;
            if (newline)
                break;
        }
        return existing.left(from) + ours + existing.mid(to);
    }
    QByteArray out = existing;
    if (from >= 0) {
        // A begin marker without its end: the user edited the block. Nothing of theirs is removed; the old
        // begin marker is neutralised so the next export finds only the new block.
        out.replace(from, begin.size(), QByteArray("# (an earlier Rakkan block, edited by hand)"));
    }
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += crlf ? "\r\n" : "\n";
    if (!out.isEmpty())
        out += crlf ? "\r\n" : "\n";
    return out + ours;
}

Finding judgeRobots(const RobotsTxt &robots, const QList<AiAgent> &agents, const QString &source)
{
    Finding f{QStringLiteral("robots.txt"), Verdict::Unknown, {}, source, robots.problems()};
    QStringList blocked, open;
    bool named = false;
    for (const AiAgent &a : agents) {
        if (a.purpose != AgentPurpose::Training)
            continue;
        for (const RobotsTxt::Group &g : robots.groups())
            for (const QString &name : g.agents)
                named = named || name.compare(a.token, Qt::CaseInsensitive) == 0;
        (robots.isAllowed(a.token, QStringLiteral("/")) ? open : blocked) << a.token;
    }
    const bool unlistedBlocked = !robots.isAllowed(kUnlistedAgent, QStringLiteral("/"));
    if (!named && !unlistedBlocked) {
        f.detail = RobotsTxt::tr("robots.txt names no AI crawler and blocks no one by default: it says nothing "
                                 "about AI.");
    } else if (open.isEmpty()) {
        f.verdict = Verdict::Reserved;
        f.detail = RobotsTxt::tr("All %n AI training crawler(s) checked are blocked.", nullptr, int(blocked.size()));
    } else {
        f.verdict = Verdict::Allowed;
        f.detail = RobotsTxt::tr("%1 of %2 AI training crawlers are blocked; allowed: %3.")
                       .arg(blocked.size())
                       .arg(blocked.size() + open.size())
                       .arg(open.join(QStringLiteral(", ")));
    }
    QStringList searchBlocked;
    for (const QString &crawler : kSearchCrawlers)
        if (!robots.isAllowed(crawler, QStringLiteral("/")))
            searchBlocked << crawler;
    if (!searchBlocked.isEmpty())
        f.notes << RobotsTxt::tr("Ordinary search crawlers are blocked too (%1): the site may drop out of search.")
                       .arg(searchBlocked.join(QStringLiteral(", ")));
    return f;
}

namespace {

Finding judgePreferences(const UsagePreferences &prefs, const QString &mechanism, const QString &key,
                         const QString &source)
{
    Finding f{mechanism, Verdict::Unknown, {}, source, prefs.problems};
    const auto train = prefs.value(key);
    if (!train)
        f.detail = RobotsTxt::tr("No %1 preference for the site.").arg(key);
    else if (!*train) {
        f.verdict = Verdict::Reserved;
        f.detail = RobotsTxt::tr("%1 is refused.").arg(key);
    } else {
        f.verdict = Verdict::Allowed;
        f.detail = RobotsTxt::tr("%1 is allowed.").arg(key);
    }
    return f;
}

} // namespace

Finding judgeContentUsage(const RobotsTxt &robots, const QString &source)
{
    return judgePreferences(robots.contentUsage(kUnlistedAgent, QStringLiteral("/")),
                            QStringLiteral("Content-Usage (robots.txt)"), QStringLiteral("train-ai"), source);
}

Finding judgeContentSignal(const RobotsTxt &robots, const QString &source)
{
    return judgePreferences(robots.contentSignal(kUnlistedAgent, QStringLiteral("/")),
                            QStringLiteral("Content-Signal (robots.txt)"), QStringLiteral("ai-train"), source);
}

} // namespace rakkan::reservations
