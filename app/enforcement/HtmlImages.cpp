#include "enforcement/HtmlImages.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace rakkan::enforcement {

namespace {

QString decodeEntities(QString value)
{
    if (!value.contains(QLatin1Char('&')))
        return value;
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(value); it.hasNext();) {
        const auto m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const QString n = m.captured(1);
        bool ok = false;
        const uint code = n.startsWith(QLatin1Char('x')) ? n.mid(1).toUInt(&ok, 16) : n.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

// A tag's attributes in one pass (a regular expression here would backtrack over a hostile tag's long runs).
QHash<QString, QString> attributesOf(QStringView tag)
{
    QHash<QString, QString> out;
    const qsizetype n = tag.size();
    qsizetype i = 0;
    const auto isSpace = [](QChar c) { return c.isSpace(); };
    while (i < n) {
        while (i < n && (isSpace(tag[i]) || tag[i] == QLatin1Char('/')))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && !isSpace(tag[i]) && tag[i] != QLatin1Char('=') && tag[i] != QLatin1Char('/'))
            ++i;
        const QString name = tag.mid(nameStart, i - nameStart).toString().toLower();
        while (i < n && isSpace(tag[i]))
            ++i;
        if (i >= n || tag[i] != QLatin1Char('=')) {
            if (i == nameStart)
                ++i;  // a stray character: step over it
            continue; // an attribute without a value
        }
        ++i;
        while (i < n && isSpace(tag[i]))
            ++i;
        qsizetype valueStart = i;
        qsizetype valueEnd = i;
        if (i < n && (tag[i] == QLatin1Char('"') || tag[i] == QLatin1Char('\''))) {
            const QChar quote = tag[i];
            valueStart = ++i;
            while (i < n && tag[i] != quote)
                ++i;
            valueEnd = i;
            if (i < n)
                ++i;
        } else {
            while (i < n && !isSpace(tag[i]))
                ++i;
            valueEnd = i;
        }
        if (!name.isEmpty() && !out.contains(name))
            out.insert(name, decodeEntities(tag.mid(valueStart, valueEnd - valueStart).toString()).trimmed());
    }
    return out;
}

bool looksLikeImageFile(const QString &path)
{
    static const QRegularExpression ext(QStringLiteral(R"(\.(jpe?g|png|webp|gif|avif|heic|jxl|bmp|tiff?)$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return ext.match(path).hasMatch();
}

// The candidates of a srcset, largest first (a copy's largest version is the best evidence).
QStringList srcsetUrls(const QString &srcset)
{
    struct Candidate
    {
        QString url;
        double size;
    };
    QList<Candidate> list;
    for (const QString &part : srcset.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bits = part.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (bits.isEmpty())
            continue;
        double size = 1;
        if (bits.size() > 1)
            size = bits[1].chopped(1).toDouble() * (bits[1].endsWith(QLatin1Char('w')) ? 1 : 1000);
        list.append({bits[0], size});
    }
    std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.size > b.size; });
    QStringList out;
    for (const Candidate &c : list)
        out << c.url;
    return out;
}

} // namespace

QList<QUrl> HtmlImages::find(const QByteArray &htmlBytes, const QUrl &pageUrl)
{
    const QString html = QString::fromUtf8(htmlBytes);
    QUrl base = pageUrl;
    QList<QUrl> out;
    QSet<QString> seen;
    const auto add = [&](const QString &reference) {
        if (out.size() >= kMaxImages || reference.isEmpty() || reference.startsWith(QLatin1String("data:")))
            return;
        const QUrl url = base.resolved(QUrl(reference));
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return;
        const QString key = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            return;
        seen.insert(key);
        out << url.adjusted(QUrl::RemoveFragment);
    };
    // url(...) in CSS, in one pass: an unclosed "url(" ends the search.
    const auto addCss = [&](QStringView css) {
        qsizetype at = 0;
        while (out.size() < kMaxImages) {
            const qsizetype open = css.indexOf(QLatin1String("url("), at, Qt::CaseInsensitive);
            if (open < 0)
                return;
            const qsizetype close = css.indexOf(QLatin1Char(')'), open + 4);
            if (close < 0)
                return;
            at = close + 1;
            QString ref = css.mid(open + 4, close - open - 4).trimmed().toString();
            if (ref.size() >= 2 && (ref.front() == QLatin1Char('"') || ref.front() == QLatin1Char('\'')) &&
                ref.back() == ref.front())
                ref = ref.mid(1, ref.size() - 2);
            ref = decodeEntities(ref.trimmed());
            if (looksLikeImageFile(QUrl(ref).path()) || ref.contains(QLatin1String("image")))
                add(ref);
        }
    };

    // One pass over the text, each byte looked at a bounded number of times whatever the page holds (an
    // unterminated comment or tag ends the scan): comments skipped, style blocks read for their url(...).
    static const QRegularExpression tagName(QStringLiteral("^<([A-Za-z][A-Za-z0-9]*)"));
    qsizetype at = 0;
    while (out.size() < kMaxImages) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), at);
        if (open < 0)
            break;
        if (QStringView(html).mid(open, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), open + 4);
            if (close < 0)
                break;
            at = close + 3;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            break;
        at = close + 1;
        const QStringView tag = QStringView(html).mid(open, close - open);
        const auto named = tagName.match(tag);
        if (!named.hasMatch())
            continue;
        const QString name = named.captured(1).toLower();
        if (name == QLatin1String("style")) {
            const qsizetype end = html.indexOf(QLatin1String("</style"), at, Qt::CaseInsensitive);
            addCss(QStringView(html).mid(at, end < 0 ? html.size() - at : end - at));
            if (end < 0)
                break;
            at = end;
            continue;
        }
        const auto a = attributesOf(tag.mid(named.capturedLength()));
        if (a.contains(QStringLiteral("style")))
            addCss(a.value(QStringLiteral("style")));
        if (name == QLatin1String("base") && a.contains(QStringLiteral("href")) && out.isEmpty()) {
            const QUrl declared = pageUrl.resolved(QUrl(a.value(QStringLiteral("href"))));
            if (declared.isValid() && !declared.host().isEmpty())
                base = declared;
        } else if (name == QLatin1String("img") || name == QLatin1String("source")) {
            for (const QString &attr : {QStringLiteral("srcset"), QStringLiteral("data-srcset")})
                for (const QString &u : srcsetUrls(a.value(attr)))
                    add(u);
            for (const QString &attr : {QStringLiteral("data-original"), QStringLiteral("data-src"),
                                        QStringLiteral("data-lazy-src"), QStringLiteral("src")})
                add(a.value(attr));
        } else if (name == QLatin1String("meta")) {
            const QString key = (a.value(QStringLiteral("property")) + a.value(QStringLiteral("name"))).toLower();
            if (key == QLatin1String("og:image") || key == QLatin1String("og:image:url") ||
                key == QLatin1String("og:image:secure_url") || key == QLatin1String("twitter:image") ||
                key == QLatin1String("twitter:image:src"))
                add(a.value(QStringLiteral("content")));
        } else if (name == QLatin1String("link")) {
            if (a.value(QStringLiteral("rel")).toLower().split(QLatin1Char(' ')).contains(QStringLiteral("image_src")))
                add(a.value(QStringLiteral("href")));
        } else if (name == QLatin1String("a")) {
            const QString href = a.value(QStringLiteral("href"));
            if (looksLikeImageFile(QUrl(href).path()))
                add(href);
        }
    }
    return out;
}

QString HtmlImages::title(const QByteArray &htmlBytes)
{
    const QString html = QString::fromUtf8(htmlBytes.left(1 << 20));
    const qsizetype open = html.indexOf(QLatin1String("<title"), 0, Qt::CaseInsensitive);
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = start < 0 ? -1 : html.indexOf(QLatin1String("</title"), start, Qt::CaseInsensitive);
    if (end < 0)
        return {};
    return decodeEntities(html.mid(start + 1, end - start - 1)).simplified().left(300);
}

} // namespace rakkan::enforcement
