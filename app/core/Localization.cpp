#include "core/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rakkan {

QLocale installTranslations(const QString &preferred)
{
    QString overridden = qEnvironmentVariable("RAKKAN_LANG");
    if (overridden.isEmpty())
        overridden = preferred;
    const QLocale locale = overridden.isEmpty() ? QLocale::system() : QLocale(overridden);
    QLocale::setDefault(locale);

    auto *app = QCoreApplication::instance();
    auto *rakkan = new QTranslator(app);
    // Any language Rakkan is not translated into gets the English text, with English plurals ("1 work").
    if (rakkan->load(locale, QStringLiteral("rakkan"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        rakkan->load(QStringLiteral(":/i18n/rakkan_en.qm")))
        QCoreApplication::installTranslator(rakkan);
    else
        delete rakkan;

    // Qt's own strings (standard buttons, --help of QCommandLineParser) come from Qt's translations.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace rakkan
