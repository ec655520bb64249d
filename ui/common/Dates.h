#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rakkan::ui {

// Dates as every window shows them: a four-digit year first, then month and day. The locale's short form when it
// has that order (Japanese: 2026/12/06), else ISO 8601 (2026-12-06): English's 12/6/26 reads as June 12 to
// half the world, and a deadline must not be misread.
QString unambiguousDateFormat(const QLocale &locale = QLocale());
QString dateText(const QDate &date, const QLocale &locale = QLocale());
// A moment in local time, the date as above and the time on a 24-hour clock; empty for an invalid one.
QString dateTimeText(const QDateTime &moment, const QLocale &locale = QLocale());
// The same for a moment stored as ISO 8601 text (as the catalogue keeps them).
QString dateTimeText(const QString &iso, const QLocale &locale = QLocale());

} // namespace rakkan::ui
