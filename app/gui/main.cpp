#include "catalog/Catalog.h"
#include "core/AppIdentity.h"
#include "core/Localization.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    rakkan::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Rakkan"));
    QApplication::setDesktopFileName(QStringLiteral("io.rakkan.Rakkan"));
    rakkan::installTranslations(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rakkan: catalogue your works and say how AI may use them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a picture of each main window into FOLDER, then quit."),
        QApplication::translate("main", "FOLDER"));
    const QCommandLineOption suspect(QStringLiteral("check"),
                                     QApplication::translate("main", "With --screenshots: a picture to check."),
                                     QApplication::translate("main", "FILE"));
    parser.addOptions({screenshots, suspect});
    parser.addPositionalArgument(QStringLiteral("catalog"),
                                 QApplication::translate("main", "The catalogue file to open."),
                                 QApplication::translate("main", "[catalogue]"));
    parser.process(app);

    // An explicit file wins; then RAKKAN_CATALOG; then the catalogue used last; then the default one.
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("RAKKAN_CATALOG"))
        path = QSettings().value(QStringLiteral("catalog/lastPath")).toString();
    if (path.isEmpty())
        path = rakkan::catalog::defaultCatalogPath();

    rakkan::ui::MainWindow window;
    window.show();
    window.openCatalog(path);
    if (parser.isSet(screenshots)) {
        auto *tour = new rakkan::ui::ScreenshotTour(&window, parser.value(screenshots), parser.value(suspect), &window);
        QObject::connect(tour, &rakkan::ui::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return QApplication::exec();
}
