#include "iscc/IsccText.h"

#include <QChar>
#include <QStringList>

namespace rakkan::iscc::text {

namespace {

bool isNewline(char32_t c)
{
    // The line separators the reference treats as newlines.
    return c == 0x0a || c == 0x0b || c == 0x0c || c == 0x0d || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isControlCategory(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

bool isMarkCategory(char32_t c)
{
    const auto cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

bool isPunctuationCategory(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

// Python's str.isspace(): Unicode whitespace plus the ASCII information separators.
bool isPythonSpace(char32_t c)
{
    return QChar::isSpace(c) || (c >= 0x1c && c <= 0x1f);
}

} // namespace

QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4())
        out.append(char32_t(c));
    return out;
}

QString fromCodePoints(const QList<char32_t> &points)
{
    return QString::fromUcs4(points.constData(), points.size());
}

QString clean(const QString &input)
{
    const QString normalized = input.normalized(QString::NormalizationForm_KC);
    QList<char32_t> out;
    int newlines = 0;
    for (const char32_t c : codePoints(normalized)) {
        if (isNewline(c)) {
            if (newlines < 2) {
                out.append(U'\n');
                ++newlines;
            }
            continue;
        }
        if (isControlCategory(c))
            continue;
        newlines = 0;
        out.append(c);
    }
    return fromCodePoints(out).trimmed();
}

QString removeNewlines(const QString &input)
{
    QStringList words;
    QList<char32_t> word;
    for (const char32_t c : codePoints(input)) {
        if (isPythonSpace(c)) {
            if (!word.isEmpty())
                words.append(fromCodePoints(word));
            word.clear();
        } else {
            word.append(c);
        }
    }
    if (!word.isEmpty())
        words.append(fromCodePoints(word));
    return words.join(QLatin1Char(' '));
}

QString trimToUtf8Bytes(const QString &input, int bytes)
{
    QByteArray utf8 = input.toUtf8();
    if (utf8.size() > bytes) {
        utf8.truncate(bytes);
        // Drop a partial UTF-8 sequence at the cut: continuation bytes and the lead byte they belong to.
        qsizetype end = utf8.size();
        qsizetype lead = end - 1;
        while (lead >= 0 && (quint8(utf8.at(lead)) & 0xc0) == 0x80)
            --lead;
        if (lead >= 0) {
            const quint8 b = quint8(utf8.at(lead));
            const int need = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : 4;
            if (end - lead < need)
                utf8.truncate(lead);
        }
    }
    return QString::fromUtf8(utf8).trimmed();
}

QString collapse(const QString &input)
{
    const QString decomposed = input.normalized(QString::NormalizationForm_D);
    QString joined;
    for (const char32_t c : codePoints(decomposed))
        if (!isPythonSpace(c))
            joined.append(QString::fromUcs4(&c, 1));
    QList<char32_t> kept;
    for (const char32_t c : codePoints(joined.toLower()))
        if (!isControlCategory(c) && !isMarkCategory(c) && !isPunctuationCategory(c))
            kept.append(c);
    return fromCodePoints(kept).normalized(QString::NormalizationForm_KC);
}

} // namespace rakkan::iscc::text
