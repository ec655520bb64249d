// The licensing offers window, driven through its real widgets offscreen: an e-mailed offer recorded by typing,
// countered with changed terms, compared with another offer side by side, a contract kept and shown with Qt PDF,
// money recorded and totalled in the ledger, and deadline reminders in the main window's status bar.

#include "ScriptedDialogs.h"
#include "catalog/Catalog.h"
#include "catalog/WorkStore.h"
#include "common/TestSupport.h"
#include "licensing/Money.h"
#include "licensing/OfferStatus.h"
#include "licensing/OfferValue.h"
#include "ui/common/Dates.h"
#include "ui/common/OptionalDateEdit.h"
#include "ui/licensing/CompareOffersDialog.h"
#include "ui/licensing/DocumentViewerDialog.h"
#include "ui/licensing/LedgerDialog.h"
#include "ui/licensing/OfferEditor.h"
#include "ui/licensing/OfferListModel.h"
#include "ui/licensing/OffersDialog.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rakkan;
using namespace rakkan::ui;
using licensing::OfferStatus;

class TestOffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordCounterAndCompare();
    void contractsPaymentsAndLedger();
    void badInputIsRefusedInWords();
    void deadlinesRemindInTheStatusBar();
    void datesAreTypedAndShownUnambiguously();
    void valueSaysWhatTheOfferStates();
    void editsAreSavedBeforeAMove();

private:
    OffersDialog *openOffers();
    // Records an offer by typing it into the form, as a person copying an e-mail would; returns its id.
    qint64 typeOffer(OffersDialog *dialog, const QString &title, const QString &from, const QString &flatYen);
    int inboxRow(OffersDialog *dialog, qint64 id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
};

void TestOffers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOffers::init()
{
    QSettings().remove(QStringLiteral("offers/minimumPerWorkYear"));
    m_window = std::make_unique<MainWindow>();
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window->setDialogs(std::move(dialogs));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_window->openCatalog(m_dir.filePath(QStringLiteral("%1.rakkan").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(loaded.wait(10000));
}

void TestOffers::cleanup()
{
    m_window.reset();
}

OffersDialog *TestOffers::openOffers()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("offersAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<OffersDialog *>();
    if (!dialog)
        return nullptr;
    new QAbstractItemModelTester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QSignalSpy loaded(dialog, &OffersDialog::loaded);
    if (!loaded.wait(10000))
        return nullptr;
    return dialog;
}

int TestOffers::inboxRow(OffersDialog *dialog, qint64 id) const
{
    const auto *model = dialog->inbox()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(OfferListModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}

qint64 TestOffers::typeOffer(OffersDialog *dialog, const QString &title, const QString &from, const QString &flatYen)
{
    dialog->newOffer();
    OfferEditor *editor = dialog->editor();
    editor->titleEdit()->setFocus();
    if (title.front().unicode() > 0x7f)
        typeWithInputMethod(editor->titleEdit(), title);
    else
        QTest::keyClicks(editor->titleEdit(), title);
    QTest::keyClicks(editor->counterpartyEdit(), from);
    QTest::mouseClick(editor->permitBox(QStringLiteral("ai-train")), Qt::LeftButton);
    // The Add button, then the amount typed into its cell.
    auto *add = editor->findChildren<QPushButton *>().value(0);
    for (QPushButton *b : editor->findChildren<QPushButton *>())
        if (b->text() == OfferEditor::tr("Add Payment Term"))
            add = b;
    QTest::mouseClick(add, Qt::LeftButton);
    QTableWidget *payments = editor->paymentsTable();
    const int row = payments->rowCount() - 1;
    payments->item(row, 1)->setText(flatYen);
    qobject_cast<QComboBox *>(payments->cellWidget(row, 2))->setCurrentText(QStringLiteral("JPY"));
    QSignalSpy saved(dialog, &OffersDialog::saved);
    QSignalSpy details(dialog, &OffersDialog::detailsLoaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("offerSave")), Qt::LeftButton);
    if (!saved.wait(10000) || !saved.first().at(0).toBool())
        return -1;
    // The saved offer is shown with its history once the inbox has reloaded.
    if (details.isEmpty() && !details.wait(5000))
        return -1;
    return saved.first().at(1).toLongLong();
}

void TestOffers::recordCounterAndCompare()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 0);

    // "We'd like to license your portfolio for AI training, ¥500,000."
    const qint64 first = typeOffer(dialog, QStringLiteral("作品集の AI 学習ライセンス"), QStringLiteral("Example AI"),
                                   QStringLiteral("500,000"));
    QVERIFY2(first > 0, qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    QCOMPARE(dialog->currentId(), first);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QVERIFY(inboxRow(dialog, first) >= 0);
    const auto recorded = dialog->model()->offer(first);
    QVERIFY(recorded);
    QCOMPARE(recorded->title, QStringLiteral("作品集の AI 学習ライセンス"));
    QCOMPARE(recorded->payments.first().amount->minorUnits(), 500000);
    QCOMPARE(recorded->permits, QStringList{QStringLiteral("ai-train")});
    // Style imitation is not excluded and there is no audit right: the flags say so, naming the term.
    QStringList flagKeys;
    for (int i = 0; i < dialog->flagList()->count(); ++i)
        flagKeys << dialog->flagList()->item(i)->data(Qt::UserRole).toString();
    QVERIFY2(flagKeys.contains(QStringLiteral("style_not_excluded")), qPrintable(flagKeys.join(QLatin1Char(','))));
    QVERIFY(flagKeys.contains(QStringLiteral("no_audit")));
    QVERIFY(dialog->history()->topLevelItemCount() >= 1);

    // An offer just received can be countered at once: reviewing it first is not required.
    auto *counterButton = dialog->findChild<QPushButton *>(QStringLiteral("offerCounter"));
    QVERIFY(counterButton->isEnabled());

    // The counter: more money, style imitation prohibited, an audit right; the note from the dialog.
    OfferEditor *editor = dialog->editor();
    editor->paymentsTable()->item(0, 1)->setText(QStringLiteral("800000"));
    QTest::mouseClick(editor->prohibitBox(QStringLiteral("style-imitation")), Qt::LeftButton);
    // A check box stretched across a form row only takes clicks on its box and label: click there.
    QTest::mouseClick(editor->auditBox(), Qt::LeftButton, {}, QPoint(8, editor->auditBox()->height() / 2));
    m_dialogs->texts = {QStringLiteral("our terms")};
    QSignalSpy countered(dialog, &OffersDialog::saved);
    QSignalSpy counterDetails(dialog, &OffersDialog::detailsLoaded);
    QTest::mouseClick(counterButton, Qt::LeftButton);
    QVERIFY(countered.wait(10000));
    QVERIFY2(countered.first().at(0).toBool(), qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    const qint64 second = countered.first().at(1).toLongLong();
    QVERIFY(second != first);
    QTRY_VERIFY(!counterDetails.isEmpty());
    const auto parent = dialog->model()->offer(first);
    const auto child = dialog->model()->offer(second);
    QVERIFY(parent && child);
    QCOMPARE(parent->status, OfferStatus::Countered);
    QCOMPARE(parent->payments.first().amount->minorUnits(), 500000); // the offer received stays as it was
    QCOMPARE(child->version, 2);
    QCOMPARE(child->parentId, first);
    QCOMPARE(child->payments.first().amount->minorUnits(), 800000);
    QVERIFY(child->prohibits.contains(QStringLiteral("style-imitation")));
    QVERIFY(child->auditRights);
    // The timeline holds both versions' events, the counter's note among them.
    QStringList notes;
    for (int i = 0; i < dialog->history()->topLevelItemCount(); ++i)
        notes << dialog->history()->topLevelItem(i)->text(3);
    QVERIFY2(notes.contains(QStringLiteral("our terms")), qPrintable(notes.join(QLatin1Char('|'))));
    // A countered offer waits for the other side: it cannot be countered again until they answer, and says why.
    QVERIFY(!counterButton->isEnabled());
    QVERIFY(counterButton->toolTip().contains(licensing::OfferStatusMachine::label(OfferStatus::Countered)));

    // The inbox lists the offer once, as it stands (version 2); the version it replaced only under "Every version".
    QAbstractItemModel *inbox = dialog->inbox()->model();
    QCOMPARE(inbox->rowCount(), 1);
    QCOMPARE(inboxRow(dialog, first), -1);
    QCOMPARE(inbox->index(inboxRow(dialog, second), OfferListModel::Version).data().toString(), QStringLiteral("2"));
    dialog->setView(int(OfferFilterModel::View::All));
    QCOMPARE(inbox->rowCount(), 1);
    dialog->setView(int(OfferFilterModel::View::EveryVersion));
    QCOMPARE(inbox->rowCount(), 2);
    QVERIFY(inbox->index(inboxRow(dialog, first), OfferListModel::Version)
                .data()
                .toString()
                .contains(OfferListModel::tr("%1 (replaced)").arg(1)));

    // Compare the two versions: select both rows in the inbox (every version) and press Compare.
    auto *selection = dialog->inbox()->selectionModel();
    selection->clearSelection();
    for (qint64 id : {first, second})
        selection->select(dialog->inbox()->model()->index(inboxRow(dialog, id), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CompareOffersDialog *compare = dialog->compareSelected();
    QVERIFY(compare);
    QTableWidget *table = compare->table();
    QCOMPARE(table->columnCount(), 2);
    const auto differs = [&](const char *key) {
        const int row = compare->rowOf(QLatin1String(key));
        return row >= 0 && table->item(row, 0)->data(CompareOffersDialog::kDiffersRole).toBool();
    };
    QVERIFY(differs("payments"));
    QVERIFY(differs("prohibits"));
    QVERIFY(differs("audit"));
    QVERIFY(differs("version"));
    QVERIFY(!differs("counterparty"));
    QVERIFY(!differs("permits"));
    // Highlighted: the differing cells have a background, the others none.
    QVERIFY(table->item(compare->rowOf(QStringLiteral("payments")), 1)->background().style() != Qt::NoBrush);
    QCOMPARE(table->item(compare->rowOf(QStringLiteral("counterparty")), 1)->background().style(), Qt::NoBrush);
    compare->onlyDifferences()->setChecked(true);
    QVERIFY(table->isRowHidden(compare->rowOf(QStringLiteral("counterparty"))));
    QVERIFY(!table->isRowHidden(compare->rowOf(QStringLiteral("payments"))));
}

void TestOffers::contractsPaymentsAndLedger()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    const qint64 a =
        typeOffer(dialog, QStringLiteral("Dataset licence"), QStringLiteral("Alpha AI"), QStringLiteral("300000"));
    QVERIFY(a > 0);

    // The one-page summary, then that PDF kept as the offer's contract and shown with Qt PDF.
    const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
    m_dialogs->saveFile = summary;
    QSignalSpy exported(dialog, &OffersDialog::exported);
    dialog->exportSummary();
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    QVERIFY(test::readFile(summary).startsWith("%PDF-"));
    m_dialogs->openFile = summary;
    QSignalSpy attached(dialog, &OffersDialog::documentAttached);
    QSignalSpy details(dialog, &OffersDialog::detailsLoaded);
    dialog->attachDocument();
    QVERIFY(attached.wait(10000));
    QVERIFY2(attached.first().at(0).toBool(), qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    QTRY_COMPARE(dialog->documentList()->count(), 1);
    dialog->documentList()->setCurrentRow(0);
    DocumentViewerDialog *viewer =
        dialog->viewDocument(dialog->documentList()->item(0)->data(Qt::UserRole).toLongLong());
    QSignalSpy shown(viewer, &DocumentViewerDialog::shown);
    QVERIFY(shown.wait(10000));
    QVERIFY2(shown.first().at(0).toBool(), qPrintable(viewer->status()));
    QCOMPARE(viewer->pageCount(), 1);
    viewer->close();

    // Money received, typed into the Payments tab; then a second licensee's.
    dialog->paymentAmount()->setText(QStringLiteral("150,000"));
    dialog->paymentCurrency()->setCurrentText(QStringLiteral("JPY"));
    QSignalSpy paid(dialog, &OffersDialog::paymentRecorded);
    dialog->recordPayment();
    QVERIFY(paid.wait(10000));
    QVERIFY(paid.first().at(0).toBool());
    QTRY_COMPARE(dialog->paymentTable()->rowCount(), 1);
    const qint64 b =
        typeOffer(dialog, QStringLiteral("Other licence"), QStringLiteral("Beta AI"), QStringLiteral("50000"));
    QVERIFY(b > 0);
    dialog->paymentAmount()->setText(QStringLiteral("50000"));
    dialog->paymentCurrency()->setCurrentText(QStringLiteral("JPY"));
    QSignalSpy paidAgain(dialog, &OffersDialog::paymentRecorded);
    dialog->recordPayment();
    QVERIFY(paidAgain.wait(10000));

    LedgerDialog *ledger = dialog->openLedger();
    QTRY_COMPARE(ledger->paymentsTable()->rowCount(), 2);
    QCOMPARE(ledger->paymentsTable()->rowCount(), 2);
    QCOMPARE(ledger->licenseeTable()->rowCount(), 2);
    QCOMPARE(ledger->licenseeTable()->item(0, 0)->text(), QStringLiteral("Alpha AI")); // largest first
    QCOMPARE(ledger->yearTable()->rowCount(), 1);
    QCOMPARE(ledger->yearTable()->item(0, 2)->text(),
             licensing::Money::fromMinorUnits(200000, QStringLiteral("JPY"))->format());
    // The chart: one stacked bar set a licensee, in the chosen currency.
    QCOMPARE(ledger->currencyBox()->currentText(), QStringLiteral("JPY"));
    const auto series = ledger->chartView()->chart()->series();
    QCOMPARE(series.size(), 1);
    QCOMPARE(qobject_cast<QStackedBarSeries *>(series.first())->count(), 2);

    const QString csv = m_dir.filePath(QStringLiteral("ledger.csv"));
    m_dialogs->saveFile = csv;
    QSignalSpy csvDone(ledger, &LedgerDialog::exported);
    ledger->exportCsv();
    QVERIFY(csvDone.wait(10000));
    QVERIFY(csvDone.first().at(0).toBool());
    QVERIFY(QString::fromUtf8(test::readFile(csv)).contains(QStringLiteral("150000")));
}

void TestOffers::badInputIsRefusedInWords()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    // An amount that is not money is refused before anything is written.
    dialog->newOffer();
    QTest::keyClicks(dialog->editor()->titleEdit(), QStringLiteral("Too good"));
    QTest::keyClicks(dialog->editor()->counterpartyEdit(), QStringLiteral("Gamma"));
    dialog->editor()->addPayment(QStringLiteral("flat"), QStringLiteral("1e309"), QStringLiteral("USD"));
    QSignalSpy saved(dialog, &OffersDialog::saved);
    dialog->save();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!saved.first().at(0).toBool());
    QVERIFY(!m_dialogs->errors.isEmpty());
    QVERIFY(m_dialogs->errors.last().contains(QStringLiteral("Payment term 1")));
    dialog->editor()->paymentsTable()->item(0, 1)->setText(QStringLiteral("-5"));
    dialog->save();
    QCOMPARE(saved.count(), 2);
    QVERIFY(!saved.last().at(0).toBool());
    QSignalSpy loaded(dialog, &OffersDialog::loaded);
    dialog->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(dialog->model()->rowCount(), 0); // nothing half-saved

    // A file that is not a PDF is not kept as a contract.
    dialog->editor()->paymentsTable()->item(0, 1)->setText(QStringLiteral("5000"));
    QSignalSpy shown(dialog, &OffersDialog::detailsLoaded);
    dialog->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.last().at(0).toBool());
    QTRY_VERIFY(!shown.isEmpty());
    const QString fake = m_dir.filePath(QStringLiteral("contract.pdf"));
    QVERIFY(test::writeFile(fake, QByteArrayLiteral("GIF89a... not a contract")));
    m_dialogs->openFile = fake;
    m_dialogs->errors.clear();
    QSignalSpy attached(dialog, &OffersDialog::documentAttached);
    dialog->attachDocument();
    QVERIFY(attached.wait(10000));
    QVERIFY(!attached.first().at(0).toBool());
    QVERIFY(m_dialogs->errors.last().contains(QStringLiteral("not a PDF")));

    // A minimum that is not money is refused in words; a real one flags cheaper offers.
    dialog->minimumEdit()->setText(QStringLiteral("lots"));
    Q_EMIT dialog->minimumEdit()->editingFinished();
    QVERIFY(m_dialogs->errors.last().contains(QStringLiteral("lots")));
    dialog->minimumEdit()->setText(QStringLiteral("10000 USD"));
    Q_EMIT dialog->minimumEdit()->editingFinished();
    bool low = false;
    for (int i = 0; i < dialog->flagList()->count(); ++i)
        low = low || dialog->flagList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("low_value");
    QVERIFY(low);
}

void TestOffers::deadlinesRemindInTheStatusBar()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    dialog->newOffer();
    QTest::keyClicks(dialog->editor()->titleEdit(), QStringLiteral("Sign by Friday"));
    QTest::keyClicks(dialog->editor()->counterpartyEdit(), QStringLiteral("Hasty AI"));
    dialog->editor()->deadlineEdit()->setDate(QDate::currentDate().addDays(3));
    QSignalSpy checked(m_window.get(), &MainWindow::remindersChecked);
    QSignalSpy saved(dialog, &OffersDialog::saved);
    dialog->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().at(0).toBool());
    QVERIFY(checked.wait(10000));
    QCOMPARE(m_window->offersDue(), 1);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("reminderLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("#offers")));
    // The deadline shows as urgent in the inbox, with the days left.
    const QModelIndex deadline = dialog->model()->index(0, OfferListModel::Deadline);
    QVERIFY(deadline.data(Qt::ForegroundRole).isValid());
    QVERIFY(deadline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3")));
}

void TestOffers::datesAreTypedAndShownUnambiguously()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    dialog->newOffer();
    OptionalDateEdit *deadline = dialog->editor()->deadlineEdit();
    QVERIFY(!deadline->value().isValid());
    QVERIFY(!deadline->text().contains(QLatin1Char('2')));

    // Typed into the unset field as people write dates: the digits make the date, not "Not set20261206".
    deadline->setFocus();
    QTest::keyClicks(deadline, QStringLiteral("2026/12/06"));
    QCOMPARE(deadline->value(), QDate(2026, 12, 6));
    QCOMPARE(deadline->text(), QStringLiteral("2026-12-06"));

    // The calendar of an unset date opens at this month, not at its January 1900 placeholder.
    OptionalDateEdit *end = dialog->findChildren<OptionalDateEdit *>().last();
    QVERIFY(!end->isSet());
    QTest::mouseClick(end, Qt::LeftButton, {}, QPoint(end->width() - 6, end->height() / 2));
    QVERIFY(end->calendarWidget());
    QTRY_COMPARE(end->calendarWidget()->yearShown(), QDate::currentDate().year());
    QCOMPARE(end->calendarWidget()->monthShown(), QDate::currentDate().month());
    QTest::keyClick(end->calendarWidget(), Qt::Key_Escape);

    // Year first everywhere: the locale's own order where it has one, ISO 8601 where it would be ambiguous.
    QCOMPARE(unambiguousDateFormat(QLocale(QLocale::Japanese, QLocale::Japan)), QStringLiteral("yyyy/MM/dd"));
    QCOMPARE(unambiguousDateFormat(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(dateText(QDate(2026, 12, 6), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("2026-12-06"));
}

QTEST_MAIN(TestOffers)
#include "tst_offers.moc"

void TestOffers::valueSaysWhatTheOfferStates()
{
    // A portfolio of 24 works, then ¥300,000 for all of it with no licence term stated.
    {
        auto catalog = catalog::Catalog::open(m_window->catalogPath());
        RAKKAN_VERIFY_OK(catalog);
        catalog::WorkStore works((*catalog)->database());
        for (int i = 1; i <= 24; ++i)
            RAKKAN_VERIFY_OK(works.create(QStringLiteral("Work %1").arg(i), catalog::WorkKind::Illustration));
    }
    auto *dialog = openOffers();
    QVERIFY(dialog);
    const qint64 id =
        typeOffer(dialog, QStringLiteral("Portfolio licence"), QStringLiteral("Example AI"), QStringLiteral("300000"));
    QVERIFY2(id > 0, qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    const QModelIndex value = dialog->inbox()->model()->index(inboxRow(dialog, id), OfferListModel::ValuePerWork);
    // Divided by the 24 works covered, and no year invented: ¥12,500 a work, the term said to be missing.
    const QString perWork = licensing::Money::fromMinorUnits(12500, QStringLiteral("JPY"))->format();
    QCOMPARE(value.data().toString(), licensing::OfferValue::tr("%1 per work; the term is not stated").arg(perWork));
    QVERIFY(
        !value.data().toString().contains(licensing::Money::fromMinorUnits(300000, QStringLiteral("JPY"))->format()));
    QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty());
    // The column is wide enough to read the whole figure.
    QTRY_VERIFY(dialog->inbox()->columnWidth(OfferListModel::ValuePerWork) >=
                dialog->inbox()->fontMetrics().horizontalAdvance(value.data().toString()));

    // Once a two-year term is stated, the figure is per year: ¥300,000 / 24 works / 731 days = ¥6,241.
    OfferEditor *editor = dialog->editor();
    editor->termStartEdit()->setValue(QDate(2027, 1, 1));
    editor->termEndEdit()->setValue(QDate(2029, 1, 1));
    QSignalSpy saved(dialog, &OffersDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("offerSave")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    const QString perYear =
        licensing::Money::fromMinorUnits(6241, QStringLiteral("JPY"))->format(); // 12,500 × 365 / 731 days
    QTRY_COMPARE(dialog->inbox()->model()->index(inboxRow(dialog, id), OfferListModel::ValuePerWork).data().toString(),
                 licensing::OfferValue::tr("%1 per work per year").arg(perYear));
}

void TestOffers::editsAreSavedBeforeAMove()
{
    auto *dialog = openOffers();
    QVERIFY(dialog);
    const qint64 id =
        typeOffer(dialog, QStringLiteral("Style model"), QStringLiteral("Brush AI"), QStringLiteral("100000"));
    QVERIFY(id > 0);
    // A correction typed while reading, then "Move To > Under review": the window offers to save it first.
    OfferEditor *editor = dialog->editor();
    editor->titleEdit()->selectAll();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Style model (corrected)"));
    m_dialogs->unsavedAnswer = Dialogs::UnsavedChoice::Save;
    m_dialogs->texts = {QStringLiteral("reading it")};
    QSignalSpy saved(dialog, &OffersDialog::saved);
    dialog->moveTo(OfferStatus::UnderReview);
    QCOMPARE(m_dialogs->unsavedQuestions.size(), 1);
    QTRY_COMPARE(saved.size(), 2); // the correction, then the move
    QVERIFY2(saved.at(0).at(0).toBool() && saved.at(1).at(0).toBool(),
             qPrintable(m_dialogs->errors.join(QLatin1Char('\n'))));
    QTRY_COMPARE(dialog->model()->offer(id)->status, OfferStatus::UnderReview);
    QCOMPARE(dialog->model()->offer(id)->title, QStringLiteral("Style model (corrected)"));
}
