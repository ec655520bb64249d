#include "reservations/GatewayPages.h"

#include "discovery/IsccNote.h"
#include "registry/Outbox.h"
#include "registry/Registries.h"
#include "reservations/ServerSnippets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace rakkan::reservations {

Result<QList<GatewayPages::Declared>> GatewayPages::declared(catalog::Catalog &catalog)
{
    RAKKAN_TRY(registry::Registries(catalog).list());
    RAKKAN_TRY(auto submissions, registry::Outbox(catalog).list(QStringLiteral("declared")));
    QList<Declared> out;
    for (const registry::Submission &s : submissions) {
        const QJsonObject note = QJsonDocument::fromJson(s.request.toUtf8()).object();
        const QString gateway = note.value(QStringLiteral("gateway")).toString();
        if (gateway.isEmpty() || s.isccId.isEmpty())
            continue;
        const QJsonObject signature = note.value(QStringLiteral("signature")).toObject();
        out << Declared{s.isccId,
                        s.isccCode,
                        s.workTitle,
                        gateway,
                        signature.value(QStringLiteral("pubkey")).toString(),
                        signature.value(QStringLiteral("controller")).toString(),
                        s.datahash};
    }
    return out;
}

std::optional<QString> GatewayPages::sitePath(const ReservationPolicy &policy, const QString &url)
{
    const QString base = policy.absoluteUrl(QStringLiteral("/"));
    if (!url.startsWith(base))
        return std::nullopt;
    QString rest = QUrl::fromPercentEncoding(url.mid(base.size()).section(QLatin1Char('?'), 0, 0).toUtf8());
    const bool folder = rest.isEmpty() || rest.endsWith(QLatin1Char('/'));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:~-]+$"));
    QStringList segments = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(segments))
        if (!safe.match(s).hasMatch() || s == QLatin1String(".") || s == QLatin1String(".."))
            return std::nullopt;
    // A path without an extension is served as a folder's index page by every static host.
    if (folder || !segments.last().contains(QLatin1Char('.')))
        segments << QStringLiteral("index.html");
    return segments.join(QLatin1Char('/'));
}

QStringList GatewayPages::statements(const ReservationPolicy &policy)
{
    QStringList out;
    if (!policy.reservesAnything())
        return out;
    if (policy.jurisdictions.contains(QLatin1String("EU")))
        out << QStringLiteral("Text and data mining of this work is expressly reserved under Article 4(3) of "
                              "Directive (EU) 2019/790.")
            << QStringLiteral("本作品のテキスト・データマイニングは、指令 (EU) 2019/790 第4条第3項に基づき明示的に"
                              "留保されています。");
    if (policy.jurisdictions.contains(QLatin1String("JP")))
        out << QStringLiteral("The author does not consent to the use of this work for AI training (see the proviso "
                              "of Article 30-4 of the Copyright Act of Japan).")
            << QStringLiteral("著作者は、本作品を AI の学習に利用することに同意していません（著作権法第30条の4"
                              "ただし書を参照）。");
    if (policy.jurisdictions.contains(QLatin1String("US")))
        out << QStringLiteral("The copyright owner does not license this work for AI training.")
            << QStringLiteral("著作権者は、本作品の AI 学習への利用を許諾していません。");
    return out;
}

QByteArray GatewayPages::html(const ReservationPolicy &policy, const Declared &d)
{
    const QString holder = policy.rightsHolder.isEmpty() ? policy.creator : policy.rightsHolder;
    QJsonObject facts{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                      {QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                      {QStringLiteral("name"), d.title},
                      {QStringLiteral("identifier"), QJsonArray{d.isccId, d.isccCode}},
                      {QStringLiteral("creator"), policy.creator},
                      {QStringLiteral("copyrightHolder"), holder},
                      {QStringLiteral("usageInfo"), policy.termsUrl.isEmpty() ? policy.siteUrl : policy.termsUrl},
                      {QStringLiteral("license"), policy.absoluteUrl(QStringLiteral("/license.xml"))}};
    // "</" would end the script element early; JSON allows the escaped form.
    const QString json = QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Indented))
                             .replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    QStringList lines{QStringLiteral("<!DOCTYPE html>"), QStringLiteral("<html lang=\"ja\">"), QStringLiteral("<head>"),
                      QStringLiteral("<meta charset=\"utf-8\">"),
                      QStringLiteral("<title>%1</title>").arg(d.title.toHtmlEscaped())};
    lines << ServerSnippets::metaTags(policy).trimmed();
    lines << QStringLiteral("<script type=\"application/ld+json\">") << json.trimmed() << QStringLiteral("</script>")
          << QStringLiteral("</head>") << QStringLiteral("<body>")
          << QStringLiteral("<h1>%1</h1>").arg(d.title.toHtmlEscaped()) << QStringLiteral("<dl>")
          << QStringLiteral("<dt>Creator / 著作者</dt><dd>%1</dd>").arg(policy.creator.toHtmlEscaped())
          << QStringLiteral("<dt>Rights holder / 権利者</dt><dd>%1</dd>").arg(holder.toHtmlEscaped())
          << QStringLiteral("<dt>ISCC-ID</dt><dd><code>%1</code></dd>").arg(d.isccId.toHtmlEscaped())
          << QStringLiteral("<dt>ISCC-CODE</dt><dd><code>%1</code></dd>").arg(d.isccCode.toHtmlEscaped())
          << QStringLiteral("</dl>") << QStringLiteral("<h2>AI use / AI 利用について</h2>");
    lines << QStringLiteral("<p>%1</p>").arg(policy.conditionText().toHtmlEscaped());
    for (const QString &s : statements(policy))
        lines << QStringLiteral("<p>%1</p>").arg(s.toHtmlEscaped());
    if (!policy.termsUrl.isEmpty())
        lines
            << QStringLiteral("<p><a href=\"%1\">Licensing / ライセンス</a></p>").arg(policy.termsUrl.toHtmlEscaped());
    lines << QStringLiteral("</body>") << QStringLiteral("</html>");
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QList<GatewayPage> GatewayPages::pages(const ReservationPolicy &policy, const QList<Declared> &declared,
                                       QStringList *skipped)
{
    QList<GatewayPage> out;
    QSet<QString> seen;
    for (const Declared &d : declared) {
        const QString url =
            discovery::expandGateway(d.gateway, {d.isccId, d.isccCode, d.pubkey, d.datahash, d.controller});
        const auto path = sitePath(policy, url);
        if (!path) {
            if (skipped)
                *skipped << url;
            continue;
        }
        if (seen.contains(*path))
            continue; // one page per address, even when declared to several hubs
        seen.insert(*path);
        out << GatewayPage{*path, html(policy, d)};
    }
    return out;
}

} // namespace rakkan::reservations
