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

} // namespace rakkan::ui
