#pragma once

#include <QList>
#include <QString>

namespace rakkan::iscc {

// Text normalisation as ISO 24138 specifies it for Meta-Codes and Text-Codes. Characters are Unicode code points
// (not UTF-16 units), as in the reference implementation.
namespace text {

// NFKC, control characters removed (newlines kept, at most two in a row), trimmed.
QString clean(const QString &text);
// Every run of whitespace, newlines included, to one space.
QString removeNewlines(const QString &text);
// At most `bytes` bytes of UTF-8, never cutting a character in half, trimmed.
QString trimToUtf8Bytes(const QString &text, int bytes);
// The similarity form: NFD, whitespace removed, lower case, marks, punctuation and controls removed, NFKC.
QString collapse(const QString &text);

// The text as a list of code points, and back.
QList<char32_t> codePoints(const QString &text);
QString fromCodePoints(const QList<char32_t> &points);

} // namespace text
} // namespace rakkan::iscc
