#include "reservations/ServerSnippets.h"

#include "reservations/Rsl.h"
#include "reservations/TdmRep.h"

namespace rakkan::reservations {

namespace {

QString quoted(QString value)
{
    value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return QLatin1Char('"') +
           value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
           QLatin1Char('"');
}

} // namespace

QString ServerSnippets::noAiTokens(const ReservationPolicy &policy)
{
    return policy.trainingReserved() ? QStringLiteral("noai, noimageai") : QString();
}

QList<ServerSnippets::Header> ServerSnippets::headers(const ReservationPolicy &policy)
{
    QList<Header> out{
        {QStringLiteral("tdm-reservation"), policy.reservesAnything() ? QStringLiteral("1") : QStringLiteral("0")}};
    if (const QString url = TdmRep::policyUrl(policy); !url.isEmpty())
        out << Header{QStringLiteral("tdm-policy"), url};
    if (const QString tokens = noAiTokens(policy); !tokens.isEmpty())
        out << Header{QStringLiteral("X-Robots-Tag"), tokens};
    out << Header{QStringLiteral("Content-Usage"),
                  QStringLiteral("train-ai=%1, search=%2")
                      .arg(policy.trainingReserved() ? QStringLiteral("n") : QStringLiteral("y"),
                           policy.allowSearch ? QStringLiteral("y") : QStringLiteral("n"))};
    out << Header{QStringLiteral("Link"),
                  QStringLiteral("<%1>; rel=\"license\"; type=\"%2\"")
                      .arg(policy.absoluteUrl(QLatin1String(Rsl::kPath)), QLatin1String(Rsl::kMediaType))};
    return out;
}

QString ServerSnippets::metaTags(const ReservationPolicy &policy)
{
    QStringList lines{
        QStringLiteral("<!-- AI reservations, written by Rakkan (%1; %2) -->")
            .arg(FormatVersions::kTdmRep, FormatVersions::kRsl),
        QStringLiteral("<meta name=\"tdm-reservation\" content=\"%1\">").arg(policy.reservesAnything() ? 1 : 0)};
    if (const QString url = TdmRep::policyUrl(policy); !url.isEmpty())
        lines << QStringLiteral("<meta name=\"tdm-policy\" content=\"%1\">").arg(url.toHtmlEscaped());
    if (const QString tokens = noAiTokens(policy); !tokens.isEmpty())
        lines << QStringLiteral("<meta name=\"robots\" content=\"%1\">").arg(tokens);
    lines << QStringLiteral("<link rel=\"license\" type=\"%1\" href=\"%2\">")
                 .arg(QLatin1String(Rsl::kMediaType), policy.absoluteUrl(QLatin1String(Rsl::kPath)).toHtmlEscaped());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ServerSnippets::nginx(const ReservationPolicy &policy)
{
    QStringList lines{QStringLiteral("# AI reservations for nginx, written by Rakkan. Put these lines in the "
                                     "server { } block of %1.")
                          .arg(policy.siteUrl)};
    for (const Header &h : headers(policy))
        lines << QStringLiteral("add_header %1 %2 always;").arg(h.first, quoted(h.second));
    lines << QString() << QStringLiteral("location = /.well-known/tdmrep.json { default_type application/json; }")
          << QStringLiteral("location = %1 { default_type %2; }")
                 .arg(QLatin1String(Rsl::kPath), QLatin1String(Rsl::kMediaType))
          << QStringLiteral("location = /ai.txt { default_type text/plain; }");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ServerSnippets::htaccess(const ReservationPolicy &policy)
{
    QStringList lines{QStringLiteral("# AI reservations for Apache, written by Rakkan (needs mod_headers)."),
                      QStringLiteral("<IfModule mod_headers.c>")};
    for (const Header &h : headers(policy))
        lines << QStringLiteral("    Header always set %1 %2").arg(h.first, quoted(h.second));
    lines << QStringLiteral("</IfModule>") << QStringLiteral("<Files \"license.xml\">")
          << QStringLiteral("    ForceType %1").arg(QLatin1String(Rsl::kMediaType)) << QStringLiteral("</Files>")
          << QStringLiteral("<Files \"tdmrep.json\">") << QStringLiteral("    ForceType application/json")
          << QStringLiteral("</Files>");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rakkan::reservations
