// The Cases window, driven through its real widgets offscreen against real servers on 127.0.0.1 (a site whose page
// copies a catalogued work, a time-stamping authority): a case opened from the page's address and from Check an
// Image, its details edited (and never dropped unsaved), its evidence frozen and signed, its notice drafted in both
// languages, its steps marked with deadlines the main window reminds of, and a re-check that sees the copy removed.

#include "ScriptedDialogs.h"
#include "common/TestServer.h"
#include "common/TestSupport.h"
#include "enforcement/CaseStatus.h"
#include "identity/FileVault.h"
#include "ui/enforcement/CaseSettingsDialog.h"
#include "ui/enforcement/CasesDialog.h"
#include "ui/enforcement/CrawlerLogsDialog.h"
#include "ui/identity/IdentitiesDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/matching/CheckImageDialog.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <atomic>

using namespace rakkan;
using namespace rakkan::ui;
using enforcement::CaseStatus;

class TestCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aCaseFromFoundToRemoved();
    void fromCheckAnImage();
    void unsavedDetailsAreNeverDropped();
    void licensedUsesAndContact();
    void crawlerLogs();

private:
    CasesDialog *openCases();
    void snapshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
    httplib::Server m_site;
    std::unique_ptr<test::Serving> m_serving;
    std::unique_ptr<test::TestTsa> m_tsa;
    std::atomic<bool> m_removed{false};
    QByteArray m_copy;
    QString m_copyFile;
};

void TestCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QImage work(test::testData(QStringLiteral("matching/works/lineart-0001.png")));
    QBuffer buffer(&m_copy);
    buffer.open(QIODevice::WriteOnly);
    work.copy(work.rect().adjusted(work.width() / 10, 0, 0, -work.height() / 10))
        .scaledToWidth(work.width() * 7 / 10, Qt::SmoothTransformation)
        .save(&buffer, "JPEG", 75);
    m_copyFile = m_dir.filePath(QStringLiteral("found.jpg"));
    QVERIFY(test::writeFile(m_copyFile, m_copy));
    m_site.Get("/gallery/7", [this](const httplib::Request &, httplib::Response &res) {
        if (m_removed) {
            res.status = 404;
            return;
        }
        res.set_content("<html><head><title>gallery</title></head><body><img src=\"/up/7.jpg\"></body></html>",
                        "text/html");
    });
    m_site.Get("/up/7.jpg", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(std::string(m_copy.constData(), size_t(m_copy.size())), "image/jpeg");
    });
    m_serving = std::make_unique<test::Serving>(m_site);
    m_tsa = std::make_unique<test::TestTsa>();
    QVERIFY(m_tsa->ready());
}

void TestCases::init()
{
    m_removed = false;
    m_window = std::make_unique<MainWindow>();
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window->setDialogs(std::move(dialogs));
    const QString keys = m_dir.filePath(QStringLiteral("keys-%1").arg(QLatin1String(QTest::currentTestFunction())));
    m_window->setVaultFactory([keys](identity::KeyStorage) -> std::unique_ptr<identity::KeyVault> {
        return std::make_unique<identity::FileVault>(keys, crypto::ScryptCost{12, 8, 1});
    });
    QSettings().setValue(QStringLiteral("identity/promptDismissed"), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    QVERIFY(m_window->openCatalog(
        m_dir.filePath(QStringLiteral("%1.rakkan").arg(QLatin1String(QTest::currentTestFunction())))));
    QVERIFY(loaded.wait(10000));
    const QString art = m_dir.filePath(QStringLiteral("art"));
    if (!QFileInfo::exists(art)) {
        QVERIFY(QDir().mkpath(art));
        for (const char *name : {"lineart-0001.png", "clipart-0002.png"})
            QVERIFY(QFile::copy(test::testData(QStringLiteral("matching/works/") + QLatin1String(name)),
                                art + QLatin1Char('/') + QLatin1String(name)));
    }
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({art});
    QVERIFY(imported.wait(60000));
}

void TestCases::cleanup()
{
    m_window.reset();
}

CasesDialog *TestCases::openCases()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("casesAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<CasesDialog *>();
    if (dialog && !QSignalSpy(dialog, &CasesDialog::loaded).wait(10000) && dialog->inbox()->topLevelItemCount() < 0)
        return nullptr;
    return dialog;
}

// For a person reviewing the window: set RAKKAN_GUI_SHOTS to a folder to keep pictures of what the test saw.
void TestCases::snapshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("RAKKAN_GUI_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestCases::aCaseFromFoundToRemoved()
{
    CasesDialog *dialog = openCases();
    QVERIFY(dialog);
    QCOMPARE(dialog->inbox()->topLevelItemCount(), 0);

    // Opened from the page's address: the copy found, the case shown.
    QSignalSpy opened(dialog, &CasesDialog::caseOpened);
    QSignalSpy details(dialog, &CasesDialog::detailsLoaded);
    dialog->openFromUrl(m_serving->url(QStringLiteral("/gallery/7")));
    QVERIFY(opened.wait(60000));
    const qint64 id = opened.first().first().toLongLong();
    QVERIFY2(id > 0, qPrintable(opened.first().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentId(), id, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->copies()->topLevelItemCount(), 1, 10000);
    QCOMPARE(dialog->copies()->topLevelItem(0)->text(1), QStringLiteral("lineart-0001"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->inbox()->topLevelItemCount(), 1, 10000);
    QVERIFY(dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::Found)));
    snapshot(dialog, QStringLiteral("cases-copies"));

    // Details typed and saved.
    QTest::keyClicks(dialog->platformEdit(), QStringLiteral("Gallery Host"));
    dialog->regimeBox()->setCurrentIndex(dialog->regimeBox()->findData(QStringLiteral("dmca")));
    QSignalSpy saved(dialog, &CasesDialog::saved);
    dialog->saveDetails();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());

    // An identity to seal with; then the evidence frozen and time-stamped.
    {
        auto *identities = m_window->openIdentitiesDialog();
        m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
        identities->createIdentity(QStringLiteral("山田 葵"), identity::KeyStorage::File, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!identities->identities().isEmpty(), 10000);
        identities->close();
    }
    dialog->tsaEdit()->setText(m_tsa->url());
    m_dialogs->passphrases = {QStringLiteral("a passphrase for the test")};
    QSignalSpy frozen(dialog, &CasesDialog::evidenceFrozen);
    dialog->freezeEvidence();
    QVERIFY(frozen.wait(60000));
    QVERIFY2(frozen.first().first().toBool(), qPrintable(frozen.first().at(1).toString()));
    QVERIFY(frozen.first().at(1).toString().contains(QLatin1String("Rakkan Test TSA")));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::EvidenceFrozen)), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->files()->topLevelItemCount(), 2, 10000); // the capture and the bag

    // The notice, in both languages, shown for review.
    dialog->noticeLanguage()->setCurrentIndex(dialog->noticeLanguage()->findData(QStringLiteral("both")));
    QSignalSpy drafted(dialog, &CasesDialog::noticeDrafted);
    dialog->draftNotice();
    QVERIFY(drafted.wait(20000));
    QVERIFY(drafted.first().first().toBool());
    QVERIFY(QFile::exists(drafted.first().at(1).toString()));
    const QString notice = dialog->noticeText()->toPlainText();
    QVERIFY2(notice.contains(QLatin1String("512(c)(3)")) && notice.contains(QLatin1String("/up/7.jpg")),
             qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("誠実")) || notice.contains(QStringLiteral("善意"))); // the Japanese half
    dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
    snapshot(dialog, QStringLiteral("cases-evidence"));

    // Marked sent through the menu, then a counter-notice: a deadline the main window reminds of.
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::NoticeDrafted)), 10000);
    const auto markAs = [&](CaseStatus status) {
        for (QAction *a : dialog->markButton()->menu()->actions())
            if (a->text() == enforcement::CaseStatusMachine::label(status)) {
                m_dialogs->texts = {QStringLiteral("by e-mail")};
                a->trigger();
                return true;
            }
        return false;
    };
    QVERIFY(markAs(CaseStatus::Sent));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::Sent)), 10000);
    // Twelve days on, the counter-notice's ten business days are close: the main window reminds of the case.
    m_window->setClock([] { return QDateTime::currentDateTimeUtc().addDays(12); });
    QVERIFY(markAs(CaseStatus::CounterNotice));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::CounterNotice)), 10000);
    auto *reminder = m_window->findChild<QLabel *>(QStringLiteral("reminderLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(reminder->isVisible() && reminder->text().contains(QLatin1String("case")), 10000);
    dialog->findChild<QTabWidget *>()->setCurrentIndex(4);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->timeline()->topLevelItemCount() >= 6, 10000);
    snapshot(dialog, QStringLiteral("cases-timeline"));

    // The copy is taken down: the re-check sees it.
    m_removed = true;
    QVERIFY(markAs(CaseStatus::Escalated));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::Escalated)), 10000);
    QSignalSpy rechecked(dialog, &CasesDialog::rechecked);
    dialog->recheck();
    QVERIFY(rechecked.wait(60000));
    QCOMPARE(rechecked.first().at(1).toString(), QStringLiteral("removed"));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->heading()->text().contains(enforcement::CaseStatusMachine::label(CaseStatus::Removed)), 10000);
    QVERIFY(m_dialogs->errors.isEmpty());
}

void TestCases::fromCheckAnImage()
{
    auto *check = m_window->openCheckDialog();
    QSignalSpy checked(check, &CheckImageDialog::checked);
    check->checkFile(m_copyFile);
    QVERIFY(checked.wait(60000));
    QVERIFY(checked.first().first().toInt() >= 1);
    auto *openCase = check->findChild<QPushButton *>(QStringLiteral("openCaseButton"));
    QVERIFY(openCase->isEnabled());
    m_dialogs->texts = {m_serving->url(QStringLiteral("/gallery/7"))};
    openCase->click();
    auto *dialog = m_window->findChild<CasesDialog *>();
    QVERIFY(dialog);
    QSignalSpy opened(dialog, &CasesDialog::caseOpened);
    QVERIFY(opened.wait(60000));
    QVERIFY(opened.first().first().toLongLong() > 0);
}

void TestCases::unsavedDetailsAreNeverDropped()
{
    CasesDialog *dialog = openCases();
    QSignalSpy opened(dialog, &CasesDialog::caseOpened);
    dialog->openFromUrl(m_serving->url(QStringLiteral("/gallery/7")));
    QVERIFY(opened.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentId(), opened.first().first().toLongLong(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->copies()->topLevelItemCount() == 1, 10000);
    typeWithInputMethod(dialog->noteEdit(), QStringLiteral("転載元は別アカウント"));
    QVERIFY(dialog->noteEdit()->toPlainText().contains(QStringLiteral("転載元")));
    // Closing asks; "stay" keeps the window and the text.
    m_dialogs->unsavedAnswer = Dialogs::UnsavedChoice::Cancel;
    dialog->reject();
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->noteEdit()->toPlainText().contains(QStringLiteral("転載元")));
    // "Save" writes it before the window goes.
    m_dialogs->unsavedAnswer = Dialogs::UnsavedChoice::Save;
    QSignalSpy saved(dialog, &CasesDialog::saved);
    dialog->reject();
    QVERIFY(saved.wait(10000));
    auto *again = openCases();
    QTRY_COMPARE_WITH_TIMEOUT(again->noteEdit()->toPlainText(), QStringLiteral("転載元は別アカウント"), 10000);
}

void TestCases::licensedUsesAndContact()
{
    CasesDialog *dialog = openCases();
    dialog->editLicensedUses();
    auto *settings = dialog->findChild<CaseSettingsDialog *>();
    QVERIFY(settings);
    QSignalSpy saved(settings, &CaseSettingsDialog::saved);
    settings->addLicensedUse(QStringLiteral("127.0.0.1"), QStringLiteral("/gallery/"), {}, QStringLiteral("fan club"));
    QVERIFY(saved.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(settings->uses()->topLevelItemCount(), 1, 10000);
    settings->nameEdit()->setText(QStringLiteral("山田 葵"));
    settings->emailEdit()->setText(QStringLiteral("aoi@example.jp"));
    saved.clear();
    settings->saveContact();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    snapshot(settings, QStringLiteral("cases-settings"));
    settings->close();

    // The licensed page opens no case, and says why.
    QSignalSpy opened(dialog, &CasesDialog::caseOpened);
    dialog->openFromUrl(m_serving->url(QStringLiteral("/gallery/7")));
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.first().first().toLongLong(), 0);
    QVERIFY2(opened.first().at(2).toString().contains(QLatin1String("licensed use")),
             qPrintable(opened.first().at(2).toString()));
    QCOMPARE(m_dialogs->errors.size(), 1);
    // A bad address is refused at once.
    dialog->openFromUrl(QStringLiteral("javascript:alert(1)"));
    QCOMPARE(m_dialogs->errors.size(), 2);
}

void TestCases::crawlerLogs()
{
    CasesDialog *dialog = openCases();
    dialog->openCrawlerLogs();
    auto *logs = dialog->findChild<CrawlerLogsDialog *>();
    QVERIFY(logs);
    const QString file = m_dir.filePath(QStringLiteral("access.log"));
    QVERIFY(test::writeFile(file,
                            "203.0.113.5 - - [02/Jan/2030:10:00:00 +0000] \"GET /gallery/7 HTTP/1.1\" 200 512 \"-\" "
                            "\"Mozilla/5.0 (compatible; GPTBot/1.2; +https://openai.com/gptbot)\"\n"));
    logs->addLogs({file});
    logs->sinceEdit()->setDate(QDate(2029, 1, 1));
    QSignalSpy audited(logs, &CrawlerLogsDialog::audited);
    logs->audit();
    QVERIFY(audited.wait(20000));
    QVERIFY(audited.first().first().toBool());
    QVERIFY2(logs->report()->toPlainText().contains(QLatin1String("GPTBot")),
             qPrintable(logs->report()->toPlainText()));
    snapshot(logs, QStringLiteral("cases-crawler-logs"));
}

QTEST_MAIN(TestCases)
#include "tst_cases.moc"
