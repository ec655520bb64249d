#include "catalog/Catalog.h"
#include "core/AppIdentity.h"
#include "core/Localization.h"
#include "core/SettingsFile.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ScreenshotTour.h"
#include "ui/matching/CheckImageDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    rakkan::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Rakkan"));
    QApplication::setDesktopFileName(QStringLiteral("io.rakkan.Rakkan"));
    // Before anything reads a setting: a file cut short gives way to the last good one.
    const auto recovered = rakkan::SettingsFile::checkAndRecover(QSettings().fileName());
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
                                 QApplication::translate("main", "The catalogue file to open, or a picture to check "
                                                                 "against the catalogue."),
                                 QApplication::translate("main", "[catalogue]"));
    parser.process(app);

    // An explicit file wins; then RAKKAN_CATALOG; then the catalogue used last; then the default one. A picture
    // given instead of a catalogue ("Open with Rakkan" in a file manager) is checked against that catalogue.
    QString path = parser.positionalArguments().value(0);
    QString picture;
    if (!path.isEmpty() && QFileInfo(path).isFile() && !rakkan::catalog::Catalog::looksLikeCatalog(path))
        std::swap(path, picture);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("RAKKAN_CATALOG"))
        path = QSettings().value(QStringLiteral("catalog/lastPath")).toString();
    if (path.isEmpty())
        path = rakkan::catalog::defaultCatalogPath();

    rakkan::ui::MainWindow window;
    window.show();
    if (!recovered.ok())
        window.statusBar()->showMessage(recovered.error().message, 30000);
    else if (*recovered)
        window.statusBar()->showMessage(QApplication::translate("main", "The settings file was damaged; the last "
                                                                        "good settings were restored."),
                                        30000);
    window.openCatalog(path);
    if (!picture.isEmpty())
        window.openCheckDialog()->checkFile(picture);
    if (parser.isSet(screenshots)) {
        auto *tour = new rakkan::ui::ScreenshotTour(&window, parser.value(screenshots), parser.value(suspect), &window);
        QObject::connect(tour, &rakkan::ui::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return QApplication::exec();
}
