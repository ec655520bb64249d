#include "core/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

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

Translate currentLanguage()
{
    return [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
}

Translate languageOf(const QString &language)
{
    // Loaded once a language and never changed after: translate() only reads, from any thread.
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<QTranslator>> loaded;
    std::shared_ptr<QTranslator> translator;
    {
        QMutexLocker lock(&mutex);
        auto &slot = loaded[language];
        if (!slot) {
            slot = std::make_shared<QTranslator>();
            if (!slot->load(QStringLiteral(":/i18n/rakkan_%1.qm").arg(language)))
                qWarning("No Rakkan translation for %s", qPrintable(language));
        }
        translator = slot;
    }
    return [translator](const char *context, const char *source, int n) {
        QString text = translator->translate(context, source, nullptr, n);
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        // QTranslator leaves the count to the caller (QCoreApplication::translate fills it in).
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return text;
    };
}

} // namespace rakkan
