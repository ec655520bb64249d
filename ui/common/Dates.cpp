#include "ui/common/Dates.h"

namespace rakkan::ui {

QString unambiguousDateFormat(const QLocale &locale)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    if (shortFormat.startsWith(QLatin1String("yyyy")) && shortFormat.contains(QLatin1Char('M')) &&
        shortFormat.contains(QLatin1Char('d')))
        return shortFormat;
    return QStringLiteral("yyyy-MM-dd");
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, unambiguousDateFormat(locale)) : QString();
}

QString dateTimeText(const QDateTime &moment, const QLocale &locale)
{
    return moment.isValid()
               ? locale.toString(moment.toLocalTime(), unambiguousDateFormat(locale) + QStringLiteral(" HH:mm"))
               : QString();
}

QString dateTimeText(const QString &iso, const QLocale &locale)
{
    return dateTimeText(QDateTime::fromString(iso, Qt::ISODateWithMs), locale);
}

} // namespace rakkan::ui
