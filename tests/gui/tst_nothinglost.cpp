// "Nothing is lost", through the real widgets offscreen: an unsaved edit survives another selection, closing the
// window, a job finishing and a catalogue switch unless the user says to drop it; a window of one catalogue never
// writes to another; each job has its own row and its own Cancel in the status bar.

#include "ScriptedDialogs.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogBackups.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"
#include "licensing/OfferStore.h"
#include "ui/catalogue/BackupsDialog.h"
#include "ui/catalogue/WorkDetailPanel.h"
#include "ui/catalogue/WorkListModel.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Job.h"
#include "ui/common/JobStatusWidget.h"
#include "ui/licensing/OfferEditor.h"
#include "ui/licensing/OfferListModel.h"
#include "ui/licensing/OffersDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace rakkan;
using namespace rakkan::ui;
using Choice = Dialogs::UnsavedChoice;

namespace {

void writeArt(const QString &path, int seed)
{
    QImage art(400, 300, QImage::Format_RGB32);
    art.fill(QColor(250, 240, 220));
    QPainter p(&art);
    for (int i = 0; i < 20; ++i) {
        const int k = i + seed * 31;
        p.setBrush(QColor::fromHsv((k * 47) % 360, 200, 80 + (k * 37) % 170));
        p.drawEllipse(QPoint((k * 97) % 400, (k * 61) % 300), 20 + (k * 13) % 60, 20 + (k * 29) % 50);
    }
    p.end();
    QVERIFY(art.save(path, "PNG"));
}

} // namespace

class TestNothingLost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anotherSelectionAsksAboutUnsavedEdits();
    void closingTheWindowAsksAboutUnsavedEdits();
    void aFinishedJobKeepsWhatIsBeingTyped();
    void offersWindowKeepsAHalfTypedOffer();
    void anotherCatalogueClosesTheOldOnesWindows();
    void aStaleWindowCannotWriteToTheNewCatalogue();
    void eachJobHasItsOwnRowAndCancel();
    void aDamagedCatalogueIsRestoredFromItsBackup();
    void backupsWindowBacksUpChecksAndRestores();
    void theDailyBackupIsAJobOfItsOwn();

private:
    void openCatalog(const QString &name);
    QList<qint64> importTwo();
    QLineEdit *titleEdit() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
};

void TestNothingLost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    writeArt(m_dir.filePath(QStringLiteral("one.png")), 1);
    writeArt(m_dir.filePath(QStringLiteral("two.png")), 2);
}

void TestNothingLost::init()
{
    m_window = std::make_unique<MainWindow>();
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window->setDialogs(std::move(dialogs));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    openCatalog(QLatin1String(QTest::currentTestFunction()));
}

void TestNothingLost::cleanup()
{
    m_window.reset();
}

void TestNothingLost::openCatalog(const QString &name)
{
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    QVERIFY(m_window->openCatalog(m_dir.filePath(name + QStringLiteral(".rakkan"))));
    QVERIFY(loaded.wait(10000));
}

QList<qint64> TestNothingLost::importTwo()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({m_dir.filePath(QStringLiteral("one.png")), m_dir.filePath(QStringLiteral("two.png"))});
    if (!finished.wait(30000))
        return {};
    QList<qint64> ids;
    for (int row = 0; row < m_window->workModel()->rowCount(); ++row)
        ids << m_window->workModel()->summaryAt(row).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QLineEdit *TestNothingLost::titleEdit() const
{
    return m_window->detailPanel()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
}

void TestNothingLost::anotherSelectionAsksAboutUnsavedEdits()
{
    const QList<qint64> ids = importTwo();
    QCOMPARE(ids.size(), 2);
    auto *panel = m_window->detailPanel();
    m_window->selectWork(ids[0]);
    QTRY_COMPARE(panel->workId(), ids[0]);
    titleEdit()->selectAll();
    typeWithInputMethod(titleEdit(), QStringLiteral("夜の港"));
    QVERIFY(panel->isModified());

    // Cancel: the selection goes back to the work being edited, and what was typed stays.
    m_dialogs->unsavedAnswer = Choice::Cancel;
    m_window->selectWork(ids[1]);
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 1);
    QCOMPARE(panel->workId(), ids[0]);
    QCOMPARE(titleEdit()->text(), QStringLiteral("夜の港"));
    QVERIFY(panel->isModified());
    QCOMPARE(m_window->gridView()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(
        m_window->gridView()->selectionModel()->selectedRows().first().data(WorkListModel::WorkIdRole).toLongLong(),
        ids[0]);

    // Save: the edit reaches the catalogue, then the other work is shown.
    m_dialogs->unsavedAnswer = Choice::Save;
    QSignalSpy saved(m_window.get(), &MainWindow::workSaved);
    m_window->selectWork(ids[1]);
    QVERIFY(saved.wait(10000));
    QTRY_COMPARE(panel->workId(), ids[1]);
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    QVERIFY(catalog.ok());
    QCOMPARE((*catalog)->works().get(ids[0])->title, QStringLiteral("夜の港"));

    // Discard: asked, and dropped only because the user said so.
    titleEdit()->selectAll();
    QTest::keyClicks(titleEdit(), QStringLiteral("dropped"));
    m_dialogs->unsavedAnswer = Choice::Discard;
    m_window->selectWork(ids[0]);
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 3);
    QTRY_COMPARE(panel->workId(), ids[0]);
    QCOMPARE(titleEdit()->text(), QStringLiteral("夜の港"));
    QVERIFY((*catalog)->works().get(ids[1])->title != QStringLiteral("dropped"));
}

void TestNothingLost::closingTheWindowAsksAboutUnsavedEdits()
{
    const QList<qint64> ids = importTwo();
    QCOMPARE(ids.size(), 2);
    m_window->selectWork(ids[1]);
    QTRY_COMPARE(m_window->detailPanel()->workId(), ids[1]);
    titleEdit()->selectAll();
    QTest::keyClicks(titleEdit(), QStringLiteral("Harbour at night"));

    m_dialogs->unsavedAnswer = Choice::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Harbour at night"));

    m_dialogs->unsavedAnswer = Choice::Save;
    const QString path = m_window->catalogPath();
    QVERIFY(m_window->close());
    m_window.reset(); // the session runs the save before it goes
    auto catalog = catalog::Catalog::open(path);
    QVERIFY(catalog.ok());
    QCOMPARE((*catalog)->works().get(ids[1])->title, QStringLiteral("Harbour at night"));
}

void TestNothingLost::aFinishedJobKeepsWhatIsBeingTyped()
{
    const QList<qint64> ids = importTwo();
    QCOMPARE(ids.size(), 2);
    m_window->selectWork(ids[0]);
    QTRY_COMPARE(m_window->detailPanel()->workId(), ids[0]);
    titleEdit()->selectAll();
    QTest::keyClicks(titleEdit(), QStringLiteral("still typing"));

    QSignalSpy computed(m_window.get(), &MainWindow::missingIdentificationComputed);
    m_window->computeMissingIdentification();
    QVERIFY(computed.wait(30000));
    QTest::qWait(200); // the panel's refresh of the files arrives after the job's result
    QCOMPARE(titleEdit()->text(), QStringLiteral("still typing"));
    QVERIFY(m_window->detailPanel()->isModified());
    QVERIFY(m_dialogs->unsavedQuestions.isEmpty());
}

void TestNothingLost::offersWindowKeepsAHalfTypedOffer()
{
    m_window->findChild<QAction *>(QStringLiteral("offersAction"))->trigger();
    auto *offers = m_window->findChild<OffersDialog *>();
    QVERIFY(offers);
    QSignalSpy loaded(offers, &OffersDialog::loaded);
    QVERIFY(loaded.wait(10000));
    offers->newOffer();
    QTest::keyClicks(offers->editor()->titleEdit(), QStringLiteral("Portfolio licence"));

    // Esc: asked; staying keeps the window and the text.
    m_dialogs->unsavedAnswer = Choice::Cancel;
    QTest::keyClick(offers, Qt::Key_Escape);
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 1);
    QVERIFY(offers->isVisible());
    QCOMPARE(offers->editor()->titleEdit()->text(), QStringLiteral("Portfolio licence"));
    // The window's close button: the same question.
    QVERIFY(!offers->close());
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 2);
    QVERIFY(offers->isVisible());

    // Save on the way out, while the form cannot be saved yet (no counterparty): the window stays, and says why.
    m_dialogs->unsavedAnswer = Choice::Save;
    QTest::keyClick(offers, Qt::Key_Escape);
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 3);
    QVERIFY(offers->isVisible());
    QVERIFY(!m_dialogs->errors.isEmpty());
    QCOMPARE(offers->editor()->titleEdit()->text(), QStringLiteral("Portfolio licence"));

    // Completed and saved on the way out: the offer is in the catalogue.
    QTest::keyClicks(offers->editor()->counterpartyEdit(), QStringLiteral("Example AI"));
    QSignalSpy saved(offers, &OffersDialog::saved);
    QTest::keyClick(offers, Qt::Key_Escape);
    QVERIFY2(saved.wait(10000), qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    QVERIFY(saved.first().at(0).toBool());
    QVERIFY(!offers->isVisible());
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    QVERIFY(catalog.ok());
    auto list = licensing::OfferStore(**catalog).list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, QStringLiteral("Portfolio licence"));
}

void TestNothingLost::anotherCatalogueClosesTheOldOnesWindows()
{
    m_window->findChild<QAction *>(QStringLiteral("offersAction"))->trigger();
    auto *offers = m_window->findChild<OffersDialog *>();
    QVERIFY(offers);
    QSignalSpy gone(offers, &QObject::destroyed);
    QSignalSpy loaded(offers, &OffersDialog::loaded);
    QVERIFY(loaded.wait(10000));
    offers->newOffer();
    QTest::keyClicks(offers->editor()->titleEdit(), QStringLiteral("Half typed"));

    // Staying: the old catalogue stays open, with its window and the text in it.
    const QString before = m_window->catalogPath();
    m_dialogs->unsavedAnswer = Choice::Cancel;
    QVERIFY(!m_window->openCatalog(m_dir.filePath(QStringLiteral("other.rakkan"))));
    QCOMPARE(m_window->catalogPath(), before);
    QVERIFY(gone.isEmpty());
    QVERIFY(offers->isVisible());

    // Discarding: the window of the old catalogue goes, and none is left bound to it.
    m_dialogs->unsavedAnswer = Choice::Discard;
    QSignalSpy opened(m_window.get(), &MainWindow::catalogLoaded);
    QVERIFY(m_window->openCatalog(m_dir.filePath(QStringLiteral("other.rakkan"))));
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE(gone.size(), 1);
    // A fresh window shows the new catalogue's offers: none.
    m_window->findChild<QAction *>(QStringLiteral("offersAction"))->trigger();
    auto *fresh = m_window->findChild<OffersDialog *>();
    QVERIFY(fresh);
    QSignalSpy freshLoaded(fresh, &OffersDialog::loaded);
    QVERIFY(freshLoaded.wait(10000));
    QCOMPARE(fresh->model()->rowCount(), 0);
}

void TestNothingLost::aStaleWindowCannotWriteToTheNewCatalogue()
{
    const QList<qint64> ids = importTwo();
    QCOMPARE(ids.size(), 2);
    auto *session = m_window->findChild<CatalogSession *>();
    QVERIFY(session);
    const CatalogBinding old(session);
    QVERIFY(old.isCurrent());

    QSignalSpy opened(m_window.get(), &MainWindow::catalogLoaded);
    QVERIFY(m_window->openCatalog(m_dir.filePath(QStringLiteral("second.rakkan"))));
    QVERIFY(opened.wait(10000));
    QVERIFY(!old.isCurrent());
    // The new catalogue has a work with the same number as one of the old.
    const QList<qint64> newIds = importTwo();
    QVERIFY(newIds.contains(ids[0]));

    // What a window of the old catalogue still asks for is refused, and the new file is not touched.
    QSignalSpy refused(session, &CatalogSession::unavailable);
    bool ran = false;
    QObject context;
    old.submit<Result<void>>(
        &context,
        [id = ids[0]](catalog::Catalog &catalog) {
            catalog::WorkEdit edit;
            edit.title = QStringLiteral("written to the wrong catalogue");
            return cataloguing::WorkEditor(catalog).update(id, edit);
        },
        [&ran](const Result<void> &) { ran = true; });
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.first().at(0).value<Error>().code, ErrorCode::Conflict);
    QVERIFY(!ran);
    auto catalog = catalog::Catalog::open(m_window->catalogPath());
    QVERIFY(catalog.ok());
    QVERIFY((*catalog)->works().get(ids[0])->title != QStringLiteral("written to the wrong catalogue"));
}

void TestNothingLost::eachJobHasItsOwnRowAndCancel()
{
    // A folder big enough that the import is still running when it is cancelled.
    const QString folder = m_dir.filePath(QStringLiteral("many"));
    QDir().mkpath(folder);
    for (int i = 0; i < 80; ++i)
        writeArt(folder + QStringLiteral("/%1.png").arg(i), i + 3);
    JobStatusWidget *status = m_window->jobStatus();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({folder});
    QTRY_COMPARE(status->shownJobs(), 1);
    QVERIFY(status->isVisible());
    auto rows = status->findChildren<QToolButton *>(QStringLiteral("jobCancelButton"));
    QCOMPARE(rows.size(), 1);
    QTest::mouseClick(rows.first(), Qt::LeftButton);
    QVERIFY(!rows.first()->isEnabled());
    QVERIFY(finished.wait(30000));
    // The cancelled import's row is gone: nothing says "Cancelling..." any more.
    QTRY_COMPARE(status->shownJobs(), 0);
    QTRY_VERIFY(!status->isVisible());

    // The next job gets a row of its own, with an enabled Cancel.
    QSignalSpy computed(m_window.get(), &MainWindow::missingIdentificationComputed);
    m_window->computeMissingIdentification();
    QTRY_COMPARE(status->shownJobs(), 1);
    for (QToolButton *cancel : status->findChildren<QToolButton *>(QStringLiteral("jobCancelButton")))
        if (cancel->isVisible())
            QVERIFY(cancel->isEnabled());
    QVERIFY(computed.wait(60000));
    QTRY_COMPARE(status->shownJobs(), 0);
}

// A catalogue with one page overwritten by garbage: found at open, and the newest sound backup restored through
// the window, with the damaged file kept.
void TestNothingLost::aDamagedCatalogueIsRestoredFromItsBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.rakkan"));
    {
        auto catalog = catalog::Catalog::open(path);
        RAKKAN_VERIFY_OK(catalog);
        for (int i = 0; i < 200; ++i)
            RAKKAN_VERIFY_OK((*catalog)->works().create(QStringLiteral("頁 %1").arg(i), catalog::WorkKind::MangaPage));
        RAKKAN_VERIFY_OK(
            catalog::CatalogBackups(path).create((*catalog)->database(), catalog::CatalogBackup::Reason::Manual));
    }
    QVERIFY(test::overwriteTablePage(path, QStringLiteral("works")));
    const QByteArray damagedBytes = test::readFile(path);

    QSignalSpy failed(m_window.get(), &MainWindow::catalogFailed);
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_dialogs->confirmAnswer = true; // leaving the catalogue init() opened, then the restore
    QVERIFY(m_window->openCatalog(path));
    m_dialogs->confirmations.clear();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("damaged")),
             qPrintable(failed.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(loaded.last().at(0).toString(), path);
    QCOMPARE(loaded.last().at(1).toInt(), 200);
    QVERIFY2(m_dialogs->confirmations.size() == 1,
             qPrintable(m_dialogs->confirmations.join(QStringLiteral("\n---\n"))));
    QVERIFY(m_dialogs->confirmations.first().contains(QStringLiteral("newest sound")));
    QVERIFY(m_dialogs->errors.isEmpty());

    QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("damaged.rakkan.replaced-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QStringLiteral("-wal")); });
    QCOMPARE(kept.size(), 1);
    QCOMPARE(test::readFile(m_dir.filePath(kept.first())), damagedBytes);
}

void TestNothingLost::backupsWindowBacksUpChecksAndRestores()
{
    const QList<qint64> ids = importTwo();
    QCOMPARE(ids.size(), 2);
    m_window->findChild<QAction *>(QStringLiteral("backupsAction"))->trigger();
    auto *dialog = m_window->findChild<BackupsDialog *>();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsList"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("backupsStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("No backups yet")));
    QCOMPARE(list->topLevelItemCount(), 0);

    dialog->findChild<QPushButton *>(QStringLiteral("backUpNowButton"))->click();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    dialog->findChild<QPushButton *>(QStringLiteral("checkCatalogueButton"))->click();
    QTRY_VERIFY(status->text().contains(QStringLiteral("sound")));

    auto *keep = dialog->findChild<QSpinBox *>(QStringLiteral("keepBackups"));
    keep->setValue(4);
    Q_EMIT keep->editingFinished();
    QTRY_VERIFY(status->text().contains(QStringLiteral("4")));

    // A work added after the backup is gone from the restored catalogue, and kept in the file it replaced.
    const QString path = m_window->catalogPath();
    {
        auto catalog = catalog::Catalog::open(path);
        RAKKAN_VERIFY_OK(catalog);
        RAKKAN_VERIFY_OK((*catalog)->works().create(QStringLiteral("after the backup"), catalog::WorkKind::Sketch));
        QCOMPARE(*(*catalog)->backupsToKeep(), 4);
    }
    list->setCurrentItem(list->topLevelItem(0));
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
    QVERIFY(restore->isEnabled());
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_dialogs->confirmAnswer = true;
    restore->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(1).toInt(), 2);
    QTRY_VERIFY(!m_window->findChild<BackupsDialog *>() || !m_window->findChild<BackupsDialog *>()->isVisible());
    QStringList kept =
        QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".replaced-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QStringLiteral("-wal")); });
    QCOMPARE(kept.size(), 1);
    auto replaced = sql::Database::open(m_dir.filePath(kept.first()), sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(replaced);
    QCOMPARE(test::scalar(**replaced, QStringLiteral("SELECT count(*) FROM works")), qint64(3));
}

void TestNothingLost::theDailyBackupIsAJobOfItsOwn()
{
    // A catalogue made here has nothing to back up; reopened a day after its last backup, it gets the day's copy,
    // made by a job with a connection of its own, not on the window's catalogue worker.
    QCOMPARE(importTwo().size(), 2);
    const QString path = m_window->catalogPath();
    QVERIFY(catalog::CatalogBackups(path).list().isEmpty());
    QSignalSpy backedUp(m_window.get(), &MainWindow::dailyBackupFinished);
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    QVERIFY(m_window->openCatalog(m_dir.filePath(QStringLiteral("elsewhere.rakkan"))));
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_window->openCatalog(path));
    QVERIFY(backedUp.wait(20000));
    QCOMPARE(backedUp.last().first().toBool(), true);
    const QList<catalog::CatalogBackup> made = catalog::CatalogBackups(path).list();
    QCOMPARE(made.size(), 1);
    QCOMPARE(int(made.first().reason), int(catalog::CatalogBackup::Reason::Daily));
    // Not again the same day (the other catalogue, opened again in between, gets its own first copy).
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.rakkan"));
    backedUp.clear();
    loaded.clear();
    QVERIFY(m_window->openCatalog(elsewhere));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!backedUp.isEmpty(), 20000);
    QCOMPARE(catalog::CatalogBackups(elsewhere).list().size(), 1);
    backedUp.clear();
    loaded.clear();
    QVERIFY(m_window->openCatalog(path));
    QVERIFY(loaded.wait(10000));
    QTest::qWait(500);
    QVERIFY(backedUp.isEmpty());
    QCOMPARE(catalog::CatalogBackups(path).list().size(), 1);
}

QTEST_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
