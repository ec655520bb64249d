#include "ScriptedDialogs.h"
#include "catalog/Catalog.h"
#include "cataloguing/ImportJournal.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"
#include "credentials/CredentialReader.h"
#include "credentials/CredentialWriter.h"
#include "credentials/SignerCertificates.h"
#include "identity/FileVault.h"
#include "identity/IdentityManager.h"
#include "registry/HubFixture.h"
#include "reservations/PolicyStore.h"
#include "reservations/XmpRights.h"
#include "sqlite/Sqlite.h"
#include "ui/catalogue/ImportSummaryDialog.h"
#include "ui/catalogue/IsccPanel.h"
#include "ui/catalogue/WorkDetailPanel.h"
#include "ui/catalogue/WorkFilterModel.h"
#include "ui/catalogue/WorkListModel.h"
#include "ui/common/Dialogs.h"
#include "ui/identity/IdentitiesDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/matching/CheckImageDialog.h"
#include "ui/matching/MatchPreview.h"
#include "ui/matching/NearDuplicatesDialog.h"
#include "ui/matching/ScanFolderDialog.h"
#include "ui/optout/AddRegistryDialog.h"
#include "ui/optout/DeclarationsDialog.h"
#include "ui/optout/DeclareWorksDialog.h"
#include "ui/optout/OptOutFormsDialog.h"
#include "ui/optout/SpawningPage.h"
#include "ui/optout/VendorFormsPage.h"
#include "ui/reservations/CheckReservationsDialog.h"
#include "ui/reservations/ReservationsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <httplib.h>

#include <thread>

using namespace rakkan;
using namespace rakkan::ui;

#define RAKKAN_VERIFY_OK_GUI(expr)                                                                                     \
    do {                                                                                                               \
        const auto &rakkanOk_ = (expr);                                                                                \
        QVERIFY2(rakkanOk_.ok(), qPrintable(rakkanOk_.error().message));                                               \
    } while (false)

namespace {

void writeImage(const QString &path, QColor color, const char *format)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.fillRect(100, 100, 200, 150, color.darker(250));
    p.end();
    QVERIFY(image.save(path, format));
}

// A detailed picture: flat ones carry too little to fingerprint reliably and are left out of matching.
QImage detailedArt(int seed)
{
    QImage art(640, 480, QImage::Format_RGB32);
    art.fill(QColor(250, 240, 220));
    QPainter p(&art);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 30; ++i) {
        const int k = i + seed * 31;
        p.setBrush(QColor::fromHsv((k * 47) % 360, 200, 80 + (k * 37) % 170));
        p.drawEllipse(QPoint((k * 97) % 640, (k * 61) % 480), 20 + (k * 13) % 90, 20 + (k * 29) % 70);
    }
    return art;
}

QColor centreOf(const QVariant &decoration)
{
    const QImage image = decoration.value<QIcon>().pixmap(160, 160).toImage();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsAFolderThroughTheWindow();
    void searchFiltersTheGrid();
    void thumbnailsKeepTheirShape();
    void helpExplainsAndListsTheShortcuts();
    void anInterruptedImportIsSaidAndFinished();
    void aFileWithContentCredentialsSaysSo();
    void editsAWorkInTheDetailPanel();
    void removeCanBeUndone();
    void dropImportsFiles();
    void refusesAFileThatIsNotACatalogue();
    void checksASuspectImage();
    void scansAFolderAndExportsSafeCsv();
    void listsNearDuplicates();
    void checkShowsAScreenshotsMatchedPart();
    void detailPanelShowsTheIscc();
    void aPsdWithoutCompositeIsDrawnAndSaysSo();
    void firstRunPromptLeadsToANewIdentity();
    void computesWhatAnOlderCatalogueLacks();
    void declaresWorksToARealHub();
    void vendorFormsSpawningAndReminders();
    void reservationsPreviewExportAndCheck();

private:
    void openFreshCatalog();
    int rowOfTitle(const QString &title) const;

    QTemporaryDir m_dir;
    QString m_images;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_images = m_dir.filePath(QStringLiteral("作品"));
    QVERIFY(QDir().mkpath(m_images + QStringLiteral("/sub")));
    writeImage(m_images + QStringLiteral("/red.png"), Qt::red, "PNG");
    writeImage(m_images + QStringLiteral("/green.jpg"), Qt::green, "JPEG");
    writeImage(m_images + QStringLiteral("/sub/blue.png"), Qt::blue, "PNG");
    QFile broken(m_images + QStringLiteral("/broken.png"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\x89PNG\r\n\x1a\nnot really");
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window->setDialogs(std::move(dialogs));
    // Keys in a folder of the test (and no keychain): the user's keychain is never touched.
    const QString keys = m_dir.filePath(QStringLiteral("keys-%1").arg(QLatin1String(QTest::currentTestFunction())));
    m_window->setVaultFactory([keys](identity::KeyStorage) -> std::unique_ptr<identity::KeyVault> {
        return std::make_unique<identity::FileVault>(keys, crypto::ScryptCost{12, 8, 1});
    });
    QSettings().remove(QStringLiteral("identity/promptDismissed"));
    new QAbstractItemModelTester(m_window->workModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::openFreshCatalog()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.rakkan").arg(QLatin1String(QTest::currentTestFunction())));
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_window->openCatalog(path);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(1).toInt(), 0);
    // Opening says nothing went wrong when nothing did (a task sent before the first catalogue was open used to
    // put "No catalogue is open" in the status bar at every start).
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(), qPrintable(m_window->statusBar()->currentMessage()));
    // An empty catalogue shows the hint to drop files, not an empty grid.
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("emptyHint"))->isVisible());
}

int TestMainWindow::rowOfTitle(const QString &title) const
{
    const auto *model = m_window->gridView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == title)
            return row;
    return -1;
}

void TestMainWindow::importsAFolderThroughTheWindow()
{
    openFreshCatalog();
    m_dialogs->folder = m_images;
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importFolderAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(finished.wait(30000));

    const auto report = finished.first().first().value<cataloguing::ImportReport>();
    using O = cataloguing::ImportItem::Outcome;
    QCOMPARE(report.count(O::Added), 3);
    QCOMPARE(report.count(O::Failed), 1);

    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 3);
    QVERIFY(m_window->gridView()->isVisible());
    for (const char *title : {"red", "green", "blue"})
        QVERIFY2(rowOfTitle(QLatin1String(title)) >= 0, title);

    // Thumbnails arrive from the loader thread: the red work's cell ends up red.
    const QModelIndex red = m_window->gridView()->model()->index(rowOfTitle(QStringLiteral("red")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(centreOf(red.data(Qt::DecorationRole)).red() > 200, 10000);

    // The failure is explained in a summary the user can read.
    auto *summary = m_window->findChild<ImportSummaryDialog *>();
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    summary->close();
}

void TestMainWindow::searchFiltersTheGrid()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 3);

    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("GRE"));
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 1);
    QCOMPARE(m_window->gridView()->model()->index(0, 0).data().toString(), QStringLiteral("green"));

    // Restricting the search to tags finds nothing: no work has a tag "gre". The window says so and offers to clear.
    auto *field = m_window->findChild<QComboBox *>(QStringLiteral("searchField"));
    field->setCurrentIndex(field->findData(int(WorkFilterModel::Field::Tag)));
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 0);
    auto *noMatch = m_window->findChild<QLabel *>(QStringLiteral("noMatchHint"));
    QVERIFY(noMatch);
    QTRY_VERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QStringLiteral("GRE")));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("clearSearchButton")), Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 3);
    QVERIFY(!noMatch->isVisible());

    // A rights holder is found by the Latin form of the name as well, typed in full-width letters or in katakana.
    const qint64 green = m_window->gridView()
                             ->model()
                             ->index(rowOfTitle(QStringLiteral("green")), 0)
                             .data(WorkListModel::WorkIdRole)
                             .toLongLong();
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        RAKKAN_VERIFY_OK_GUI(catalog);
        catalog::WorkEdit edit;
        edit.holders = QList<catalog::WorkHolder>{
            {QStringLiteral("やまだ はなこ"), QStringLiteral("Yamada Hanako"), catalog::HolderRole::Artist}};
        RAKKAN_VERIFY_OK_GUI((*catalog)->works().update(green, edit));
    }
    QSignalSpy reloaded(m_window.get(), &MainWindow::catalogLoaded);
    m_window->openCatalog(m_window->catalogPath());
    QVERIFY(reloaded.wait(10000));
    field->setCurrentIndex(field->findData(int(WorkFilterModel::Field::Holder)));
    for (const QString &typed : {QStringLiteral("hanako"), QStringLiteral("ＹＡＭＡＤＡ"), QStringLiteral("ヤマダ")}) {
        search->clear();
        search->setFocus();
        typeWithInputMethod(search, typed);
        QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 1);
        QCOMPARE(m_window->gridView()->model()->index(0, 0).data(WorkListModel::WorkIdRole).toLongLong(), green);
    }
    search->clear();
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 3);
}

// Portrait, landscape and tiny pictures each keep their shape in cells of one size, whatever the window's size and
// whichever work comes first; a 4x4 picture fills its cell instead of being a dot.
void TestMainWindow::thumbnailsKeepTheirShape()
{
    openFreshCatalog();
    const QString folder = m_dir.filePath(QStringLiteral("shapes"));
    QVERIFY(QDir().mkpath(folder));
    const auto save = [&](const QString &name, QSize size) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(200, 40, 40));
        return image.save(folder + QLatin1Char('/') + name);
    };
    QVERIFY(save(QStringLiteral("b portrait.png"), QSize(300, 600)));
    QVERIFY(save(QStringLiteral("a landscape.png"), QSize(900, 300)));
    QVERIFY(save(QStringLiteral("c tiny.png"), QSize(4, 4)));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({folder});
    QVERIFY(finished.wait(30000));
    QAbstractItemModel *grid = m_window->gridView()->model();
    QTRY_COMPARE(grid->rowCount(), 3);

    // The red part of each thumbnail, once it has arrived (the placeholder before it is a grey frame).
    const auto paintedShape = [&](const QString &title) -> QSizeF {
        const QPixmap pixmap = grid->index(rowOfTitle(title), 0)
                                   .data(Qt::DecorationRole)
                                   .value<QIcon>()
                                   .pixmap(m_window->gridView()->iconSize());
        const QImage image = pixmap.toImage();
        QRect painted;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qRed(image.pixel(x, y)) > 150 && qGreen(image.pixel(x, y)) < 100 &&
                    qAlpha(image.pixel(x, y)) == 255)
                    painted |= QRect(x, y, 1, 1);
        return painted.size();
    };
    for (int round = 0; round < 2; ++round) {
        QTRY_VERIFY(!paintedShape(QStringLiteral("b portrait")).isEmpty());
        QTRY_VERIFY(!paintedShape(QStringLiteral("a landscape")).isEmpty());
        QTRY_VERIFY(!paintedShape(QStringLiteral("c tiny")).isEmpty());
        const QSizeF portrait = paintedShape(QStringLiteral("b portrait"));
        const QSizeF landscape = paintedShape(QStringLiteral("a landscape"));
        QVERIFY2(std::abs(portrait.height() / portrait.width() - 2.0) < 0.1,
                 qPrintable(QString::number(portrait.height() / portrait.width())));
        QVERIFY2(std::abs(landscape.width() / landscape.height() - 3.0) < 0.15,
                 qPrintable(QString::number(landscape.width() / landscape.height())));
        // Enlarged to the cell, not a dot.
        QVERIFY(paintedShape(QStringLiteral("c tiny")).width() >= m_window->gridView()->iconSize().width() / 2);
        // Every cell the same size, the caption below the picture.
        QListView *view = m_window->gridView();
        const QRect first = view->visualRect(grid->index(0, 0));
        for (int row = 1; row < 3; ++row)
            QCOMPARE(view->visualRect(grid->index(row, 0)).size(), first.size());
        QVERIFY(first.height() >= view->iconSize().height() + view->fontMetrics().height());
        m_window->resize(m_window->width() / 2 + 200, m_window->height() - 100); // and again after a resize
        QCoreApplication::processEvents();
    }
}

void TestMainWindow::helpExplainsAndListsTheShortcuts()
{
    openFreshCatalog();
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *shortcuts = m_window->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QVERIFY(shortcuts);
    QStringList listed;
    for (int i = 0; i < shortcuts->topLevelItemCount(); ++i)
        listed << shortcuts->topLevelItem(i)->text(0) + QLatin1Char('=') + shortcuts->topLevelItem(i)->text(1);
    const QString importKeys = QKeySequence(QStringLiteral("Ctrl+I")).toString(QKeySequence::NativeText);
    QVERIFY2(listed.contains(QStringLiteral("Import Images=") + importKeys), qPrintable(listed.join(QLatin1Char('|'))));
    for (const QString &line : std::as_const(listed))
        QVERIFY2(!line.contains(QLatin1Char('&')), qPrintable(line)); // read as words, not as menu text

    m_window->findChild<QAction *>(QStringLiteral("gettingStartedAction"))->trigger();
    auto *guide = m_window->findChild<QTextBrowser *>(QStringLiteral("gettingStartedText"));
    QVERIFY(guide);
    QVERIFY(guide->toPlainText().contains(QStringLiteral("Check an Image")));

    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *about = m_window->findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(about);
    QVERIFY(about->text().contains(QDir::toNativeSeparators(m_window->catalogPath()).toHtmlEscaped()));
    // The versions a bug report needs, as loaded at run time, and where the shipped data comes from.
    for (const char *library : {"Qt", "SQLite", "OpenSSL", "libcurl", "Exiv2"})
        QVERIFY2(about->text().contains(QLatin1String(library)), library);
    QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(about->text().contains(QRegularExpression(QStringLiteral("SQLite</td><td>3\\.\\d+"))));
    QVERIFY(about->text().contains(QStringLiteral("ai.robots.txt")));
    QVERIFY(about->text().contains(QStringLiteral("IANA")));
}

void TestMainWindow::anInterruptedImportIsSaidAndFinished()
{
    openFreshCatalog();
    const auto leaveMark = [this] {
        // What an import killed halfway leaves in the catalogue (the importer's own tests run it for real).
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        return catalog.ok() ? cataloguing::ImportJournal(**catalog).begin(
                                  {m_images}, cataloguing::ImportOptions::Grouping::FilePerWork)
                            : Result<void>(catalog.error());
    };
    const auto marked = [this]() -> bool {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        if (!catalog.ok())
            return true;
        auto unfinished = cataloguing::ImportJournal(**catalog).unfinished();
        return !unfinished.ok() || unfinished->has_value();
    };
    const auto reopen = [this] {
        QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
        m_window->openCatalog(m_window->catalogPath());
        return loaded.wait(10000);
    };
    RAKKAN_VERIFY_OK_GUI(leaveMark());
    QVERIFY(reopen());

    // The next start says so, naming what was being imported, and offers to finish it.
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("interruptedImportBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    const QString text = m_window->findChild<QLabel *>(QStringLiteral("interruptedImportText"))->text();
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_images)), qPrintable(text));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("importAgainButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->gridView()->model()->rowCount(), 3);
    QVERIFY(!marked());
    if (auto *summary = m_window->findChild<ImportSummaryDialog *>())
        summary->close();

    // Dismissed, it is not said again.
    RAKKAN_VERIFY_OK_GUI(leaveMark());
    QVERIFY(reopen());
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("dismissInterruptedImportButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!marked());
    QVERIFY(reopen());
    QTest::qWait(200);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::aPsdWithoutCompositeIsDrawnAndSaysSo()
{
    openFreshCatalog();
    QByteArray psd = test::readFile(test::testData(QStringLiteral("psd/transparency__transparency-group.psd")));
    const qsizetype versionInfo = psd.indexOf(QByteArray("8BIM\x04\x21", 6));
    QVERIFY(versionInfo > 0);
    psd[versionInfo + 4 + 2 + 2 + 4 + 4] = '\0'; // saved without "Maximize Compatibility"
    const QString file = m_dir.filePath(QStringLiteral("layers only.psd"));
    QVERIFY(test::writeFile(file, psd));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({file});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 1);
    m_window->selectWork(m_window->workModel()->summaryAt(0).id);
    auto *notes = m_window->detailPanel()->findChild<QLabel *>(QStringLiteral("fileNotes"));
    QVERIFY(notes);
    QTRY_VERIFY(notes->isVisible());
    QVERIFY2(notes->text().contains(QStringLiteral("layers")), qPrintable(notes->text()));
    auto *files = m_window->detailPanel()->findChild<QTreeWidget *>(QStringLiteral("filesTree"));
    QVERIFY(files->topLevelItem(0)->text(1).contains(QStringLiteral("layers")));
}

void TestMainWindow::aFileWithContentCredentialsSaysSo()
{
    openFreshCatalog();
    const QString file = m_dir.filePath(QStringLiteral("signed by a camera.jpg"));
    QVERIFY(test::writeFile(file, test::readFile(test::testData(QStringLiteral("c2pa/C_with_CAWG_data.jpg")))));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({file, m_images + QStringLiteral("/red.png")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 2);
    auto *credential = m_window->detailPanel()->findChild<QLabel *>(QStringLiteral("fileCredential"));
    QVERIFY(credential);
    for (int row = 0; row < 2; ++row) {
        const auto work = m_window->workModel()->summaryAt(row);
        m_window->selectWork(work.id);
        if (work.title.startsWith(QStringLiteral("signed"))) {
            QTRY_VERIFY(credential->isVisible());
            QVERIFY2(credential->text().contains(QStringLiteral("not on the C2PA trust list")),
                     qPrintable(credential->text()));
            QVERIFY(credential->text().contains(QStringLiteral("Training generative AI: not allowed")));
        } else {
            QTest::qWait(200);
            QVERIFY(!credential->isVisible()); // a plain PNG says nothing rather than "none"
        }
    }
}

void TestMainWindow::editsAWorkInTheDetailPanel()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 1);
    const qint64 id = m_window->workModel()->summaryAt(0).id;

    m_window->selectWork(id);
    auto *panel = m_window->detailPanel();
    QTRY_COMPARE(panel->workId(), id);
    auto *title = panel->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *latin = panel->findChild<QLineEdit *>(QStringLiteral("titleLatinEdit"));
    auto *tags = panel->findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
    auto *series = panel->findChild<QComboBox *>(QStringLiteral("seriesCombo"));
    QCOMPARE(title->text(), QStringLiteral("red"));
    title->selectAll();
    typeWithInputMethod(title, QStringLiteral("星の庭"));
    QTest::keyClicks(latin, QStringLiteral("Hoshi no Niwa"));
    typeWithInputMethod(tags, QStringLiteral("表紙、colour"));
    series->setEditText(QStringLiteral("星の庭シリーズ"));

    QSignalSpy saved(m_window.get(), &MainWindow::workSaved);
    auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    // Save stays in sight below the scrolling form, and Ctrl+S in any field saves.
    QVERIFY(!save->visibleRegion().isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    latin->setFocus();
    QTest::keyClick(latin, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_window->workModel()->index(0, 0).data().toString(), QStringLiteral("星の庭"));

    // What the window shows is what the catalogue file holds.
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    QVERIFY(catalog.ok());
    auto work = (*catalog)->works().get(id);
    QVERIFY(work.ok());
    QCOMPARE(work->title, QStringLiteral("星の庭"));
    QCOMPARE(work->titleLatin, QStringLiteral("Hoshi no Niwa"));
    QCOMPARE(work->series, QStringLiteral("星の庭シリーズ"));
    QCOMPARE(work->tags, (QStringList{QStringLiteral("colour"), QStringLiteral("表紙")}));
}

void TestMainWindow::removeCanBeUndone()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png"), m_images + QStringLiteral("/green.jpg")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 2);
    const qint64 id = m_window->workModel()->summaryAt(0).id;

    m_window->selectWork(id);
    QSignalSpy changed(m_window.get(), &MainWindow::worksRemovedOrRestored);
    m_window->findChild<QAction *>(QStringLiteral("removeAction"))->trigger();
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_window->workModel()->rowCount(), 1);
    QCOMPARE(m_window->workModel()->rowOfWork(id), -1);
    QVERIFY(QFile::exists(m_images + QStringLiteral("/red.png"))); // only the catalogue entry went

    m_window->undoStack()->undo();
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 2);
    QVERIFY(m_window->workModel()->rowOfWork(id) >= 0);
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    QVERIFY(catalog.ok());
    auto work = (*catalog)->works().get(id);
    QVERIFY(work.ok());
    QCOMPARE(work->assets.size(), 1);
    auto thumbnail = (*catalog)->assets().thumbnail(work->assets.first().id);
    QVERIFY(thumbnail.ok() && !thumbnail->isEmpty());
}

void TestMainWindow::dropImportsFiles()
{
    openFreshCatalog();
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_images + QStringLiteral("/sub/blue.png"))});
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 1);
    QCOMPARE(m_window->workModel()->index(0, 0).data().toString(), QStringLiteral("blue"));
    delete mime;
}

void TestMainWindow::refusesAFileThatIsNotACatalogue()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-catalogue.rakkan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QSignalSpy failed(m_window.get(), &MainWindow::catalogFailed);
    m_window->openCatalog(path);
    QVERIFY(failed.wait(10000));
    // Said once Rakkan has looked for a backup of it to offer (there is none).
    QTRY_COMPARE(m_dialogs->errors.size(), 1);
    QVERIFY(m_dialogs->errors.first().contains(QStringLiteral("not a Rakkan catalogue")));
    QVERIFY(m_dialogs->confirmations.isEmpty());
    QCOMPARE(file.size(), 4096); // the file was left as it was
}

void TestMainWindow::checksASuspectImage()
{
    openFreshCatalog();
    const QImage art = detailedArt(1);
    const QString original = m_dir.filePath(QStringLiteral("星空.png"));
    QVERIFY(art.save(original));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({original});
    QVERIFY(finished.wait(30000));

    // A mirrored, shrunk, recompressed copy, as found on some website.
    const QString copy = m_dir.filePath(QStringLiteral("found-online.jpg"));
    QVERIFY(art.mirrored(true, false).scaled(320, 240).save(copy, "JPEG", 60));

    auto *action = m_window->findChild<QAction *>(QStringLiteral("checkImageAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<CheckImageDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy checked(dialog, &CheckImageDialog::checked);
    dialog->checkFile(copy);
    QVERIFY(checked.wait(20000));
    QVERIFY2(checked.first().first().toInt() >= 1,
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("checkStatus"))->text()));
    auto *results = dialog->findChild<QTreeWidget *>(QStringLiteral("checkResults"));
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("星空"));
    QVERIFY2(results->topLevelItem(0)->text(2).contains(QStringLiteral("Mirrored left to right")),
             qPrintable(results->topLevelItem(0)->text(2)));
    // The copy, turned back, against the original: mostly dark where they agree.
    const QImage diff = dialog->findChild<MatchPreview *>(QStringLiteral("differenceView"))->picture();
    QVERIFY(!diff.isNull());
    qint64 sum = 0;
    for (int y = 0; y < diff.height(); ++y)
        for (int x = 0; x < diff.width(); ++x)
            sum += qRed(diff.pixel(x, y));
    QVERIFY2(sum / (diff.width() * diff.height()) < 40,
             qPrintable(QString::number(sum / (diff.width() * diff.height()))));
    auto *credentialLabel = dialog->findChild<QLabel *>(QStringLiteral("checkCredential"));
    QVERIFY(credentialLabel->isHidden()); // a plain JPEG has no Content Credentials to speak of

    // The same copy carrying Content Credentials signed with the user's own identity (as the Reservations window
    // exports them), and then with someone else's: only the first is recognised as the user's.
    {
        auto *identities = m_window->openIdentitiesDialog();
        m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
        identities->createIdentity(QStringLiteral("山田 花子"), identity::KeyStorage::File, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!identities->identities().isEmpty(), 10000);
        identities->close();
    }
    const QString keys = m_dir.filePath(QStringLiteral("keys-%1").arg(QLatin1String(QTest::currentTestFunction())));
    const QString ownCopy = m_dir.filePath(QStringLiteral("found-with-credentials.jpg"));
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        QVERIFY(catalog);
        identity::IdentityManager manager(
            **catalog, [keys](identity::KeyStorage) -> std::unique_ptr<identity::KeyVault> {
                return std::make_unique<identity::FileVault>(keys, crypto::ScryptCost{12, 8, 1});
            });
        const identity::Identity me = *manager.store().defaultIdentity();
        auto key = manager.unlock(me, QStringLiteral("a passphrase for the test"));
        QVERIFY(key);
        auto signer = credentials::SignerCertificates(**catalog).signerFor(me, *key);
        QVERIFY(signer);
        credentials::CredentialContent content;
        content.trainingMining = {
            {QStringLiteral("cawg.ai_generative_training"), QStringLiteral("notAllowed"), {}, {}}};
        auto signedCopy = credentials::CredentialWriter::embed(test::readFile(copy), content, *signer);
        QVERIFY(signedCopy);
        QVERIFY(test::writeFile(ownCopy, *signedCopy));
    }
    checked.clear();
    dialog->checkFile(ownCopy);
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toInt() >= 1);
    QVERIFY(credentialLabel->isVisible());
    QVERIFY2(credentialLabel->text().contains(QStringLiteral("your identity \"山田 花子\"")),
             qPrintable(credentialLabel->text()));
    QVERIFY(credentialLabel->text().contains(QStringLiteral("Training generative AI: not allowed")));
    QVERIFY(!credentialLabel->text().contains(QStringLiteral("verified"), Qt::CaseInsensitive));

    // A picture with nothing to compare says so instead of claiming "no match".
    QImage flat(300, 300, QImage::Format_RGB32);
    flat.fill(Qt::gray);
    checked.clear();
    dialog->checkImage(flat, QStringLiteral("flat"));
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toInt(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("checkStatus"))
                ->text()
                .contains(QStringLiteral("too little detail")));
}

void TestMainWindow::checkShowsAScreenshotsMatchedPart()
{
    openFreshCatalog();
    const QImage art = detailedArt(3);
    const QString original = m_dir.filePath(QStringLiteral("screenshot-original.png"));
    QVERIFY(art.save(original));
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({original});
    QVERIFY(finished.wait(30000));

    // The work shown at 60 % inside an app window: a title bar, a side panel and text around it.
    QImage shot(1280, 800, QImage::Format_RGB32);
    shot.fill(QColor(245, 245, 247));
    const QRect placed(300, 140, 384, 288);
    {
        QPainter p(&shot);
        p.fillRect(0, 0, 1280, 56, QColor(60, 64, 72));
        p.fillRect(0, 56, 240, 744, QColor(225, 228, 232));
        p.setPen(Qt::black);
        for (int line = 0; line < 20; ++line)
            p.drawText(760, 160 + line * 24, QStringLiteral("コメント %1: すてきな絵ですね").arg(line));
        p.drawImage(placed, art);
    }
    const QString copy = m_dir.filePath(QStringLiteral("screenshot.png"));
    QVERIFY(shot.save(copy));

    auto *dialog = m_window->openCheckDialog();
    QSignalSpy checked(dialog, &CheckImageDialog::checked);
    dialog->checkFile(copy);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toInt(), 1);
    auto *results = dialog->findChild<QTreeWidget *>(QStringLiteral("checkResults"));
    QVERIFY2(results->topLevelItem(0)->text(2).contains(QStringLiteral("inside a larger picture")),
             qPrintable(results->topLevelItem(0)->text(2)));

    // The work outlined where it sits in the screenshot, and the whole work outlined as shown.
    const MatchPreview *suspect = dialog->suspectPreview();
    QVERIFY(!suspect->picture().isNull());
    QVERIFY(suspect->picture().width() <= 1280);
    const double toShot = 1280.0 / suspect->picture().width();
    const QRectF found = QTransform::fromScale(toShot, toShot).map(suspect->outlineInPicture()).boundingRect();
    QVERIFY2(
        std::abs(found.left() - placed.left()) < 8 && std::abs(found.top() - placed.top()) < 8 &&
            std::abs(found.width() - placed.width()) < 12 && std::abs(found.height() - placed.height()) < 12,
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(found.x()).arg(found.y()).arg(found.width()).arg(found.height())));
    const MatchPreview *work = dialog->workPreview();
    QVERIFY(!work->picture().isNull());
    const QRectF shown = work->outlineInPicture().boundingRect();
    QVERIFY(shown.width() > 0.95 * work->picture().width() && shown.height() > 0.95 * work->picture().height());
    // The previews keep the pictures' shapes.
    QCOMPARE(work->picture().width() * 3, work->picture().height() * 4);
    QVERIFY(!suspect->caption().isEmpty() && !work->caption().isEmpty());
}

void TestMainWindow::scansAFolderAndExportsSafeCsv()
{
    openFreshCatalog();
    const QString original = m_dir.filePath(QStringLiteral("scan-original.png"));
    QVERIFY(detailedArt(2).save(original));
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({original});
    QVERIFY(imported.wait(30000));

    const QString folder = m_dir.filePath(QStringLiteral("scraped"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(detailedArt(2).scaled(480, 360).save(folder + QStringLiteral("/=cmd.jpg"), "JPEG", 70));
    QVERIFY(detailedArt(3).save(folder + QStringLiteral("/unrelated.png")));

    auto *dialog = m_window->openScanDialog();
    QSignalSpy finished(dialog, &ScanFolderDialog::finished);
    dialog->scan(folder);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), 1);
    QCOMPARE(dialog->rowCount(), 1);

    const QString csv = m_dir.filePath(QStringLiteral("scan.csv"));
    RAKKAN_VERIFY_OK_GUI(dialog->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("scan-original"));
    QCOMPARE(bytes.count("\r\n"), 2); // the header and the one copy

    // Double-clicking the row opens the match: the copy checked and shown beside the work.
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("scanResults"));
    QTRY_VERIFY(table->isVisible());
    const QRect cell = table->visualItemRect(table->item(0, 2));
    QSignalSpy requested(dialog, &ScanFolderDialog::matchRequested);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.size(), 1);
    auto *check = m_window->findChild<CheckImageDialog *>();
    QVERIFY(check);
    QTRY_VERIFY(check->isVisible());
    QTRY_VERIFY(!check->suspectPreview()->picture().isNull());
    QTRY_VERIFY(!check->workPreview()->picture().isNull());
    // The work's and the verdict's columns are read whole.
    QVERIFY(table->columnWidth(1) >= table->fontMetrics().horizontalAdvance(table->item(0, 1)->text()));
    QVERIFY(table->columnWidth(2) >= table->fontMetrics().horizontalAdvance(table->item(0, 2)->text()));
}

void TestMainWindow::listsNearDuplicates()
{
    openFreshCatalog();
    const QString folder = m_dir.filePath(QStringLiteral("dupes"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(detailedArt(4).save(folder + QStringLiteral("/page.png")));
    QVERIFY(detailedArt(4).save(folder + QStringLiteral("/page-export.jpg"), "JPEG", 80));
    QVERIFY(detailedArt(5).save(folder + QStringLiteral("/other.png")));
    // A straightened, cropped scan of the same page: no whole-picture fingerprint meets it, its keypoints do.
    QVERIFY(detailedArt(4)
                .copy(60, 40, 480, 380)
                .transformed(QTransform().rotate(8), Qt::SmoothTransformation)
                .save(folder + QStringLiteral("/page-scan.png")));
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({folder});
    QVERIFY(imported.wait(30000));

    auto *dialog = m_window->openNearDuplicatesDialog();
    QSignalSpy loaded(dialog, &NearDuplicatesDialog::loaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toInt(), 1);
    QCOMPARE(dialog->groupCount(), 1);
    auto *groups = dialog->findChild<QTreeWidget *>(QStringLiteral("duplicateGroups"));
    QCOMPARE(groups->topLevelItem(0)->childCount(), 3);

    // The threshold is the user's: at 0 bits PDQ proposes no pair, and the keypoints still find all three.
    auto *threshold = dialog->findChild<QSpinBox *>(QStringLiteral("duplicatesThreshold"));
    QVERIFY(threshold);
    QCOMPARE(threshold->value(), 31);
    threshold->setValue(0);
    loaded.clear();
    dialog->refresh();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(groups->topLevelItem(0)->childCount(), 3);
}

void TestMainWindow::detailPanelShowsTheIscc()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->workModel()->rowCount(), 1);
    const qint64 id = m_window->workModel()->summaryAt(0).id;
    m_window->selectWork(id);
    auto *panel = m_window->detailPanel();
    QTRY_COMPARE(panel->workId(), id);
    auto *code = panel->findChild<QLineEdit *>(QStringLiteral("isccCode"));
    QVERIFY(code);
    QTRY_VERIFY(code->isVisible());
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    const auto stored = (*catalog)->works().get(id)->assets.first().iscc;
    QVERIFY(stored);
    QCOMPARE(code->text(), stored->isccCode);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("isccContent"))->text(), stored->contentUnit);
    // The copy button puts the code on the clipboard.
    QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("isccCodeCopy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), stored->isccCode);
}

void TestMainWindow::firstRunPromptLeadsToANewIdentity()
{
    openFreshCatalog();
    QTRY_VERIFY(m_window->isIdentityPromptVisible());
    auto *dialog = m_window->openIdentitiesDialog();
    QSignalSpy changed(dialog, &IdentitiesDialog::identitiesChanged);
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
    dialog->createIdentity(QStringLiteral("スタジオ雲"), identity::KeyStorage::File,
                           QStringLiteral("did:web:kumo.example"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->identities().isEmpty(), 10000);
    QCOMPARE(m_dialogs->passphrasePrompts.size(), 1);
    const identity::Identity created = dialog->identities().first();
    QCOMPARE(created.name, QStringLiteral("スタジオ雲"));
    QVERIFY(created.isDefault);
    // The prompt is gone; the details show the key, the did:key and the DID document to publish.
    QTRY_VERIFY(!m_window->isIdentityPromptVisible());
    QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("identityPublicKey"))->text(), created.publicKey);
    QVERIFY(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("didDocument"))->toPlainText().contains(created.publicKey));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("identityBackup"))->text().contains(QStringLiteral("None yet")));

    // Its certificate for Content Credentials: none until asked for; saving the root makes it (the key unlocked
    // off the GUI thread) and writes a certificate that verifies the one the identity signs with.
    auto *certificate = dialog->findChild<QLabel *>(QStringLiteral("identityCertificate"));
    QTRY_VERIFY(certificate->text().contains(QStringLiteral("No certificate yet")));
    m_dialogs->saveFile = m_dir.filePath(QStringLiteral("studio-root.pem"));
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
    QSignalSpy rootWritten(dialog, &IdentitiesDialog::rootCertificateWritten);
    dialog->saveRootCertificate();
    QVERIFY(rootWritten.wait(10000));
    QTRY_VERIFY(certificate->text().contains(QStringLiteral("not on the C2PA trust list")));
    {
        auto roots = credentials::Certificate::listFromPem(test::readFile(m_dialogs->saveFile));
        QVERIFY(roots);
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        auto entry = credentials::SignerCertificates(**catalog).find(created.id);
        QVERIFY(entry && *entry);
        QCOMPARE(credentials::checkChain((*entry)->chain.first(), {}, credentials::TrustAnchors{*roots},
                                         QDateTime::currentDateTimeUtc()),
                 credentials::ChainTrust::Trusted);
    }

    // Back it up: where, the key's passphrase and the backup's, asked in one window rather than three in a row.
    m_dialogs->saveFile = m_dir.filePath(QStringLiteral("studio.rakkankey"));
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test"), QStringLiteral("backup passphrase")};
    m_dialogs->backupQuestions = 0;
    m_dialogs->passphrasePrompts.clear();
    QSignalSpy written(dialog, &IdentitiesDialog::backupWritten);
    dialog->backUpSelected();
    QVERIFY(written.wait(10000));
    QCOMPARE(m_dialogs->backupQuestions, 1);
    QVERIFY(m_dialogs->passphrasePrompts.isEmpty());
    QVERIFY(QFile::exists(m_dialogs->saveFile));
    QTRY_VERIFY(
        !dialog->findChild<QLabel *>(QStringLiteral("identityBackup"))->text().contains(QStringLiteral("None yet")));

    // A wrong key passphrase is reported, not a crash or a silent failure.
    m_dialogs->errors.clear();
    m_dialogs->passphrases = {QStringLiteral("wrong passphrase!"), QStringLiteral("backup passphrase")};
    QSignalSpy failed(dialog, &IdentitiesDialog::operationFailed);
    dialog->backUpSelected();
    QVERIFY(failed.wait(10000));
    QVERIFY(m_dialogs->errors.join(QString()).contains(QStringLiteral("passphrase is wrong")));

    // The work editor offers the new identity as a signer.
    auto *signer = m_window->detailPanel()->findChild<QComboBox *>(QStringLiteral("signerCombo"));
    QTRY_VERIFY(signer->findData(created.id) >= 0);
    dialog->close();
}

void TestMainWindow::computesWhatAnOlderCatalogueLacks()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png"), m_images + QStringLiteral("/green.jpg")});
    QVERIFY(finished.wait(30000));
    {
        auto db = sql::Database::open(m_window->catalogPath(), sql::Database::Mode::ReadWrite);
        QVERIFY((*db)->exec(QStringLiteral("DELETE FROM asset_iscc")).ok());
    }
    QSignalSpy computed(m_window.get(), &MainWindow::missingIdentificationComputed);
    m_window->findChild<QAction *>(QStringLiteral("computeMissingAction"))->trigger();
    QVERIFY(computed.wait(30000));
    QCOMPARE(computed.first().at(0).toInt(), 2);
    QCOMPARE(computed.first().at(1).toInt(), 0);
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    const auto summaries = (*catalog)->works().summaries();
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->size(), 2);
    for (const auto &summary : *summaries)
        QVERIFY((*catalog)->works().get(summary.id)->assets.first().iscc.has_value());
}

void TestMainWindow::declaresWorksToARealHub()
{
    test::RunningHub hub;
    QVERIFY2(hub.start(m_dir.filePath(QStringLiteral("gui-hub.db")), 12), qPrintable(hub.error()));
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png"), m_images + QStringLiteral("/green.jpg")});
    QVERIFY(finished.wait(30000));
    // An identity, made as the Identities window would (same key folder as this window uses).
    auto *identities = m_window->openIdentitiesDialog();
    m_dialogs->passphrases = {QStringLiteral("gui test passphrase")};
    identities->createIdentity(QStringLiteral("Studio"), identity::KeyStorage::File, QString());
    QTRY_VERIFY_WITH_TIMEOUT(!identities->identities().isEmpty(), 10000);
    identities->close();

    auto *dialog = m_window->openDeclarationsDialog();
    QSignalSpy added(dialog, &DeclarationsDialog::registryAdded);
    m_dialogs->confirmAnswer = true; // pin the key the hub presents
    dialog->addRegistry(QStringLiteral("association"), hub.url(), QString(), QString());
    QVERIFY(added.wait(10000));
    QCOMPARE(added.first().first().value<registry::Registry>().hubPublicKey, hub.publicKey());
    QTRY_COMPARE(dialog->registries().size(), 1);

    // The form for a registry: its CA label is a label with a shortcut, and plain http away from this computer
    // is called out while typing.
    {
        AddRegistryDialog form(dialog);
        auto edits = form.findChildren<QLineEdit *>();
        QLineEdit *address = nullptr;
        for (QLineEdit *e : edits)
            if (e->placeholderText().startsWith(QLatin1String("https://hub")))
                address = e;
        QVERIFY(address);
        auto *warning = form.findChild<QLabel *>(QStringLiteral("registryUrlWarning"));
        form.show();
        address->setText(QStringLiteral("http://hub.example.org"));
        QVERIFY(warning->isVisible());
        address->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!warning->isVisible());
        address->setText(QStringLiteral("https://hub.example.org"));
        QVERIFY(!warning->isVisible());
        bool caHasBuddy = false;
        for (QLabel *label : form.findChildren<QLabel *>())
            caHasBuddy = caHasBuddy || (label->buddy() && label->text().contains(QStringLiteral("CA")));
        QVERIFY(caHasBuddy);
    }
    // Verify with nothing selected says what to do, and is not offered.
    auto *verify = dialog->findChild<QPushButton *>(QStringLiteral("verifyReceiptButton"));
    QVERIFY(!verify->isEnabled());
    m_dialogs->errors.clear();
    dialog->verifySelectedReceipt();
    QCOMPARE(m_dialogs->errors.size(), 1);

    // A mistyped passphrase is asked again before anything is sent, instead of failing every work.
    QSignalSpy sent(dialog, &DeclarationsDialog::sendFinished);
    m_dialogs->passphrasePrompts.clear();
    m_dialogs->passphrases = {QStringLiteral("gui test passphrasE"), QStringLiteral("gui test passphrase")};
    dialog->declareWorks({});
    QVERIFY(sent.wait(30000));
    QCOMPARE(m_dialogs->passphrasePrompts.size(), 2);
    QVERIFY(m_dialogs->passphrasePrompts.last().contains(QStringLiteral("does not open")));
    QCOMPARE(sent.first().at(0).toInt(), 2);
    QCOMPARE(sent.first().at(3).toInt(), 0); // nothing failed
    // What was shown first: every note that leaves the computer, one per file, readable in full.
    QVERIFY(!m_dialogs->readDetails.isEmpty());
    QCOMPARE(m_dialogs->readDetails.last().count(QStringLiteral("\"iscc_code\"")), 2);
    QCOMPARE(m_dialogs->readDetails.last().count(QStringLiteral("\"association\"")), 2);
    QTRY_COMPARE(dialog->submissions().size(), 2);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("submissionsTable"));
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Declared"));
    QVERIFY(table->item(0, 3)->text().startsWith(QLatin1String("ISCC:MA")));
    // The kept receipt checks out again against the pinned key.
    table->selectRow(0);
    QVERIFY(verify->isEnabled());
    QSignalSpy checked(dialog, &DeclarationsDialog::receiptChecked);
    dialog->verifySelectedReceipt();
    QCOMPARE(checked.size(), 1);
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
    // Declaring again sends nothing new.
    m_dialogs->errors.clear();
    dialog->declareWorks({});
    QTRY_VERIFY(m_dialogs->errors.join(QString()).contains(QStringLiteral("Nothing new to declare")));

    // A series, to two registries at once, through the chooser. The second registry is the same hub under another
    // name: it answers that our files are declared already, which is resolved to the declarations it holds.
    dialog->addRegistry(QStringLiteral("second"), hub.url(), QString(), QString());
    QVERIFY(added.wait(10000));
    QTRY_COMPARE(dialog->registries().size(), 2);
    qint64 seriesWork = 0;
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        seriesWork = (*catalog)->works().summaries()->first().id;
        catalog::WorkEdit edit;
        edit.series = QStringLiteral("星の庭");
        RAKKAN_VERIFY_OK_GUI(cataloguing::WorkEditor(*(*catalog)).update(seriesWork, edit));
    }
    dialog->chooseWorks();
    DeclareWorksDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = dialog->findChild<DeclareWorksDialog *>()) != nullptr);
    auto *ok = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    for (const registry::Registry &r : dialog->registries())
        chooser->setRegistryChecked(r.id, false);
    QVERIFY(!ok->isEnabled()); // no registry chosen
    for (const registry::Registry &r : dialog->registries())
        chooser->setRegistryChecked(r.id, true);
    chooser->setScope(DeclareWorksDialog::Scope::Series, QStringLiteral("星の庭"));
    QCOMPARE(chooser->series(), QStringLiteral("星の庭"));
    QCOMPARE(chooser->registryIds().size(), 2);
    sent.clear();
    m_dialogs->passphrases = {QStringLiteral("gui test passphrase")};
    m_dialogs->confirmAnswer = true;
    m_dialogs->confirmations.clear();
    ok->click();
    QVERIFY(sent.wait(30000));
    // Reviewed first: the association has the series' file already, the second registry gets it.
    QTRY_VERIFY(!m_dialogs->confirmations.isEmpty());
    QVERIFY(m_dialogs->confirmations.last().contains(QStringLiteral("\"second\": 1 new,")));
    QVERIFY2(m_dialogs->confirmations.last().contains(QStringLiteral("\"association\": 0 new, 1 there already")) &&
                 m_dialogs->confirmations.last().contains(QStringLiteral("1 there already")),
             qPrintable(m_dialogs->confirmations.last()));
    QCOMPARE(sent.first().at(0).toInt(), 1);
    QTRY_COMPARE(dialog->submissions().size(), 3);
    // The hub's duplicate answer named our own declaration: the second registry's row holds that same ISCC-ID.
    QSet<QString> ids;
    for (const registry::Submission &sub : dialog->submissions())
        ids.insert(sub.isccId);
    QCOMPARE(ids.size(), 2);
    dialog->close();
}

void TestMainWindow::vendorFormsSpawningAndReminders()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png"), m_images + QStringLiteral("/green.jpg")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 2);
    m_window->gridView()->selectAll();

    // A packet for a vendor's form: files, descriptions and checklist in the folder the user chose, then shown.
    auto *dialog = m_window->openOptOutFormsDialog();
    VendorFormsPage *vendors = dialog->vendorForms();
    const QString packets = m_dir.filePath(QStringLiteral("packets"));
    QDir().mkpath(packets);
    m_dialogs->folder = packets;
    m_dialogs->openedUrls.clear();
    QSignalSpy written(vendors, &VendorFormsPage::packetWritten);
    vendors->makePacket();
    QVERIFY(written.wait(10000));
    const QString root = written.first().first().toString();
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/CHECKLIST.md")));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/descriptions.csv")));
    QCOMPARE(m_dialogs->openedUrls.value(0), QUrl::fromLocalFile(root));
    QTRY_COMPARE(vendors->rows().size(), 2);
    QCOMPARE(vendors->rows().first().state, QStringLiteral("prepared"));
    // The same packet signed with Content Credentials: without an identity it says what to do first; with one,
    // every copy carries a valid credential that reserves AI training.
    auto *sign = vendors->findChild<QCheckBox *>(QStringLiteral("packetCredentialsCheck"));
    sign->setChecked(true);
    const QString signedPackets = m_dir.filePath(QStringLiteral("signed-packets"));
    QDir().mkpath(signedPackets);
    m_dialogs->folder = signedPackets;
    QSignalSpy refused(vendors, &VendorFormsPage::failed);
    vendors->makePacket();
    QVERIFY(refused.wait(10000));
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("identity")),
             qPrintable(refused.first().first().toString()));
    {
        auto *identities = m_window->openIdentitiesDialog();
        m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
        identities->createIdentity(QStringLiteral("山田 花子"), identity::KeyStorage::File, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!identities->identities().isEmpty(), 10000);
        identities->close();
    }
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
    written.clear();
    vendors->makePacket();
    QVERIFY(written.wait(10000));
    const QDir signedFiles(written.first().first().toString() + QStringLiteral("/files"));
    QCOMPARE(signedFiles.entryList(QDir::Files).size(), 2);
    for (const QString &name : signedFiles.entryList(QDir::Files)) {
        auto credential = credentials::CredentialReader::readFile(signedFiles.filePath(name));
        QVERIFY(credential);
        QCOMPARE(credential->state, credentials::CredentialState::Valid);
        QVERIFY(credential->reservesTraining());
    }
    sign->setChecked(false);

    // Submitted by hand, recorded here; when the date to check again comes, the status bar says so.
    auto *table = vendors->findChild<QTableWidget *>(QStringLiteral("vendorTable"));
    table->selectAll();
    QSignalSpy reminded(m_window.get(), &MainWindow::remindersChecked);
    vendors->markSelected(QStringLiteral("submitted"));
    QTRY_VERIFY(!vendors->rows().isEmpty() && vendors->rows().first().state == QLatin1String("submitted"));
    QVERIFY(!vendors->rows().first().remindAt.isEmpty());
    QTRY_VERIFY(!reminded.isEmpty());
    QCOMPARE(m_window->dueReminders(), 0); // not yet: 90 days from now
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        RAKKAN_VERIFY_OK_GUI((*catalog)->database().exec(
            QStringLiteral("UPDATE vendor_submissions SET remind_at = '2026-01-01T00:00:00.000Z'")));
    }
    reminded.clear();
    vendors->refresh();
    QTRY_VERIFY(!reminded.isEmpty() && reminded.last().first().toInt() == 2);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("reminderLabel"));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("2")));
    // Confirmed: the reminder goes away.
    table->selectAll();
    vendors->markSelected(QStringLiteral("confirmed"));
    QTRY_COMPARE(m_window->dueReminders(), 0);
    QTRY_VERIFY(label->isHidden());

    // Spawning: a work published on the web is handed to Have I Been Trained (a stand-in for Spawning's server).
    httplib::Server spawning;
    QByteArray handedOver;
    spawning.Post("/api/v1/materialize/urls/", [&](const httplib::Request &req, httplib::Response &res) {
        handedOver = QByteArray::fromStdString(req.body);
        res.set_content(R"({"id": "m-77"})", "application/json");
    });
    const int port = spawning.bind_to_any_port("127.0.0.1");
    std::thread serving([&spawning] { spawning.listen_after_bind(); });
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        catalog::WorkEdit edit;
        edit.addPublications << catalog::Publication{0, QStringLiteral("https://art.example/red.png"),
                                                     QStringLiteral("pixiv"), QDate(2026, 5, 1)};
        RAKKAN_VERIFY_OK_GUI(
            cataloguing::WorkEditor(*(*catalog)).update((*catalog)->works().summaries()->first().id, edit));
    }
    SpawningPage *page = dialog->spawning();
    registry::SpawningEndpoints endpoints;
    endpoints.materializeUrl = QStringLiteral("http://127.0.0.1:%1/api/v1/materialize/urls/").arg(port);
    endpoints.hibtUrl = QStringLiteral("https://haveibeentrained.example");
    endpoints.queryUrl = QStringLiteral("http://127.0.0.1:%1/api/v2/query/urls/").arg(port);
    page->setEndpoints(endpoints);
    QSignalSpy done(page, &SpawningPage::finished);
    m_dialogs->openedUrls.clear();
    page->handOff();
    QVERIFY(done.wait(15000));
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(handedOver.contains("https://art.example/red.png"));
    QCOMPARE(m_dialogs->openedUrls.value(0).toString(),
             QStringLiteral("https://haveibeentrained.example?materialize_id=m-77"));
    QTRY_VERIFY(!page->urls().isEmpty() && !page->urls().first().handedOffAt.isEmpty());
    // Checking the status needs the API key from the keychain; without one, a clear error and nothing changes.
    done.clear();
    m_dialogs->errors.clear();
    page->checkStatus();
    QVERIFY(done.wait(15000));
    QVERIFY(!done.first().first().toBool());
    QVERIFY(!done.first().at(1).toString().isEmpty());
    QVERIFY(!page->urls().first().optedOut.has_value());
    spawning.stop();
    serving.join();
    dialog->close();
}

void TestMainWindow::reservationsPreviewExportAndCheck()
{
    openFreshCatalog();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_images + QStringLiteral("/red.png"), m_images + QStringLiteral("/green.jpg")});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 2);
    m_window->gridView()->selectAll();

    auto *dialog = m_window->openReservationsDialog();
    QSignalSpy loaded(dialog, &ReservationsDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!dialog->problems().isEmpty()); // no site yet
    // Typed as a person would; the preview follows.
    auto *site = dialog->findChild<QLineEdit *>(QStringLiteral("siteEdit"));
    QTest::keyClicks(site, QStringLiteral("https://artist.example"));
    {
        // Japanese arrives through the input method, committed in one go.
        auto *creator = dialog->findChild<QLineEdit *>(QStringLiteral("creatorEdit"));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("山田 花子"));
        QApplication::sendEvent(creator, &commit);
    }
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("termsEdit")),
                     QStringLiteral("https://artist.example/ai-licensing"));
    QTRY_VERIFY(dialog->problems().isEmpty());
    QTRY_VERIFY(dialog->preview(QStringLiteral("robots.txt")).contains(QStringLiteral("User-agent: GPTBot")));
    QTRY_VERIFY(dialog->preview(QStringLiteral("license.xml")).contains(QStringLiteral("山田 花子")));
    auto *training = dialog->findChild<QCheckBox *>(QStringLiteral("reserveTraining"));
    auto *generative = dialog->findChild<QCheckBox *>(QStringLiteral("reserveGenerative"));
    training->setChecked(false);
    QVERIFY(generative->isEnabled());
    generative->setChecked(false);
    dialog->findChild<QCheckBox *>(QStringLiteral("reserveInput"))->setChecked(false);
    QTRY_VERIFY(dialog->preview(QStringLiteral("robots.txt")).contains(QStringLiteral("train-ai=y")));
    QVERIFY(!dialog->preview(QStringLiteral("robots.txt")).contains(QStringLiteral("GPTBot")));
    training->setChecked(true);
    QVERIFY(generative->isChecked() && !generative->isEnabled()); // all training includes generative
    dialog->findChild<QCheckBox *>(QStringLiteral("reserveInput"))->setChecked(true);
    QTRY_VERIFY(dialog->preview(QStringLiteral("robots.txt")).contains(QStringLiteral("train-ai=n")));

    QSignalSpy saved(dialog, &ReservationsDialog::saved);
    dialog->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    // A bad site address is said beside the form, which does not move under the user's pointer while they type;
    // saving it is refused with the reason, and the saved policy stays as it was.
    auto *creator = dialog->findChild<QLineEdit *>(QStringLiteral("creatorEdit"));
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("policyProblems"));
    const QPoint creatorAt = creator->mapTo(dialog, QPoint(0, 0));
    site->setText(QStringLiteral("artist.example/gallery"));
    QTRY_VERIFY(!problems->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(creator->mapTo(dialog, QPoint(0, 0)), creatorAt);
    saved.clear();
    m_dialogs->errors.clear();
    dialog->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.first().first().toBool());
    QVERIFY(m_dialogs->errors.join(QString()).contains(QStringLiteral("https://")));
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        QCOMPARE(reservations::PolicyStore(**catalog).policy()->siteUrl, QStringLiteral("https://artist.example"));
    }
    site->setText(QStringLiteral("https://artist.example"));

    // The site kit, written where the user chose (the chooser says what for), and nothing they did not ask for;
    // then copies of the selected works with XMP.
    const QString kit = m_dir.filePath(QStringLiteral("kit"));
    m_dialogs->folder = kit;
    m_dialogs->folderTitles.clear();
    QSignalSpy exported(dialog, &ReservationsDialog::kitExported);
    dialog->exportSiteKit();
    QVERIFY(exported.wait(10000));
    QCOMPARE(m_dialogs->folderTitles, QStringList{ReservationsDialog::tr("Where to write the site kit")});
    QVERIFY(QFileInfo::exists(kit + QStringLiteral("/.well-known/tdmrep.json")));
    QVERIFY(!QFileInfo::exists(kit + QStringLiteral(".zip")));
    const QString copies = m_dir.filePath(QStringLiteral("copies"));
    m_dialogs->folder = copies;
    dialog->findChild<QSpinBox *>(QStringLiteral("maxSideSpin"))->setValue(200);
    dialog->findChild<QLineEdit *>(QStringLiteral("watermarkEdit"))->setText(QStringLiteral("© 山田 花子"));
    QSignalSpy copied(dialog, &ReservationsDialog::copiesExported);
    dialog->exportCopies();
    QVERIFY(copied.wait(20000));
    QCOMPARE(copied.first().at(0).toInt(), 2);
    QCOMPARE(copied.first().at(1).toInt(), 0);
    for (const QFileInfo &f : QDir(copies).entryInfoList(QDir::Files)) {
        QVERIFY(!reservations::XmpRights::read(f.filePath())->dataMining.isEmpty());
        const QImage copy(f.filePath());
        QVERIFY(std::max(copy.width(), copy.height()) <= 200);
    }

    // The same copies with signed Content Credentials: the default identity signs (its passphrase asked once, off
    // the GUI thread it opens the key), and every copy reads back valid, signed in the artist's name.
    {
        auto *identities = m_window->openIdentitiesDialog();
        m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
        identities->createIdentity(QStringLiteral("山田 花子"), identity::KeyStorage::File, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!identities->identities().isEmpty(), 10000);
        identities->close();
    }
    const QString signedCopies = m_dir.filePath(QStringLiteral("signed-copies"));
    m_dialogs->folder = signedCopies;
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
    m_dialogs->passphrasePrompts.clear();
    auto *credentialsCheck = dialog->findChild<QCheckBox *>(QStringLiteral("contentCredentialsCheck"));
    QVERIFY(!credentialsCheck->isChecked());
    credentialsCheck->setChecked(true);
    copied.clear();
    dialog->exportCopies();
    QVERIFY(copied.wait(30000));
    QCOMPARE(copied.first().at(0).toInt(), 2);
    QCOMPARE(m_dialogs->passphrasePrompts.size(), 1);
    QVERIFY(m_dialogs->passphrasePrompts.first().contains(QStringLiteral("山田 花子")));
    for (const QFileInfo &f : QDir(signedCopies).entryInfoList(QDir::Files)) {
        auto credential = credentials::CredentialReader::readFile(f.filePath());
        QVERIFY(credential);
        QCOMPARE(credential->state, credentials::CredentialState::Valid);
        QCOMPARE(credential->signer, QStringLiteral("山田 花子"));
        QVERIFY(credential->reservesTraining());
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reservationsStatus"))
                ->text()
                .contains(QStringLiteral("Content Credentials")));
    credentialsCheck->setChecked(false);

    // A second policy for the press kit, applied to one work: the catalogue records it, "default" is unchanged.
    m_dialogs->texts = {QStringLiteral("press kit")};
    dialog->findChild<QCheckBox *>(QStringLiteral("reserveTraining"))->setChecked(false);
    dialog->findChild<QCheckBox *>(QStringLiteral("reserveGenerative"))->setChecked(false);
    saved.clear();
    dialog->newPolicy();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(dialog->policyName(), QStringLiteral("press kit"));
    QSignalSpy applied(dialog, &ReservationsDialog::applied);
    dialog->setSelectedWorks({m_window->workModel()->summaryAt(0).id});
    dialog->applyToSelectedWorks();
    QVERIFY(applied.wait(10000));
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        reservations::PolicyStore store(**catalog);
        QCOMPARE(store.assignments()->size(), 1);
        QCOMPARE(store.assignments()->first(), QStringLiteral("press kit"));
        QVERIFY(store.policy()->reserveTraining);
        QVERIFY(!store.policy(QStringLiteral("press kit"))->reserveTraining);
    }
    // Switching with unsaved changes, declined: the form and the name it saves under stay the press kit's.
    dialog->findChild<QLineEdit *>(QStringLiteral("creatorEdit"))->setText(QStringLiteral("Press office"));
    m_dialogs->confirmAnswer = false;
    auto *selector = dialog->findChild<QComboBox *>(QStringLiteral("policyCombo"));
    // The default policy is shown by what it covers, never as the word "default".
    QCOMPARE(selector->itemText(selector->findData(QStringLiteral("default"))),
             ReservationsDialog::policyLabel(QStringLiteral("default")));
    QVERIFY(!selector->itemText(selector->findData(QStringLiteral("default"))).contains(QStringLiteral("default\"")));
    selector->setCurrentIndex(selector->findData(QStringLiteral("default"))); // the user's pick moves it first
    dialog->choosePolicy(QStringLiteral("default"));
    QCOMPARE(dialog->policyName(), QStringLiteral("press kit"));
    QCOMPARE(selector->currentText(), QStringLiteral("press kit"));
    m_dialogs->confirmAnswer = true;
    QSignalSpy reloaded(dialog, &ReservationsDialog::loaded);
    dialog->choosePolicy(QStringLiteral("default"));
    QVERIFY(reloaded.wait(10000));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("reserveTraining"))->isChecked());

    // And the checker reads the kit back: reserved.
    CheckReservationsDialog *checker = dialog->openChecker();
    checker->setTarget(kit);
    QSignalSpy checked(checker, &CheckReservationsDialog::checked);
    checker->check();
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());
    QCOMPARE(checker->report().overall, reservations::Verdict::Reserved);
    QVERIFY(checker->findChild<QTableWidget *>(QStringLiteral("checkFindings"))->rowCount() >= 6);
    checker->close();
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
