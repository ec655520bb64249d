#include "ui/main/ScreenshotTour.h"

#include "ui/catalogue/BackupsDialog.h"
#include "ui/enforcement/CasesDialog.h"
#include "ui/identity/IdentitiesDialog.h"
#include "ui/licensing/OffersDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/matching/CheckImageDialog.h"
#include "ui/optout/DeclarationsDialog.h"
#include "ui/reservations/ReservationsDialog.h"

#include <QAction>
#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace rakkan::ui {

namespace {

// Long enough for a window to read the catalogue and draw what it read, on a slow machine.
constexpr int kSettleMs = 2500;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder, QString suspectFile, QObject *parent)
    : QObject(parent), m_window(window), m_folder(std::move(folder)), m_suspect(std::move(suspectFile))
{
    const auto trigger = [this](const char *action) {
        if (auto *a = m_window->findChild<QAction *>(QLatin1String(action)))
            a->trigger();
    };
    // A window an action of the main window opens, found by its object name.
    const auto opened = [this, trigger](const char *action, const char *objectName) {
        return [this, trigger, action, objectName]() -> QWidget * {
            trigger(action);
            return m_window->findChild<QWidget *>(QLatin1String(objectName));
        };
    };
    m_steps = {
        {QStringLiteral("main"), [] { return nullptr; }},
        {QStringLiteral("list"),
         [this, trigger]() -> QWidget * {
             trigger("listViewAction");
             return nullptr;
         }},
        {QStringLiteral("check"),
         [this, trigger]() -> QWidget * {
             trigger("gridViewAction");
             auto *dialog = m_window->openCheckDialog();
             if (!m_suspect.isEmpty())
                 dialog->checkFile(m_suspect);
             return dialog;
         }},
        {QStringLiteral("offers"), [this]() -> QWidget * { return m_window->openOffersDialog(); }},
        {QStringLiteral("cases"), [this]() -> QWidget * { return m_window->openCasesDialog(); }},
        {QStringLiteral("reservations"), [this]() -> QWidget * { return m_window->openReservationsDialog(); }},
        {QStringLiteral("declarations"), [this]() -> QWidget * { return m_window->openDeclarationsDialog(); }},
        {QStringLiteral("identities"), [this]() -> QWidget * { return m_window->openIdentitiesDialog(); }},
        {QStringLiteral("backups"), [this]() -> QWidget * { return m_window->openBackupsDialog(); }},
        {QStringLiteral("getting-started"), opened("gettingStartedAction", "gettingStartedDialog")},
        {QStringLiteral("shortcuts"), opened("shortcutsAction", "shortcutsDialog")},
        {QStringLiteral("about"), opened("aboutAction", "aboutDialog")},
    };
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_folder)) {
        qWarning("Cannot create %s", qPrintable(m_folder));
        Q_EMIT finished(false);
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_index >= m_steps.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const Step step = m_steps[m_index++];
    QWidget *window = step.open();
    QTimer::singleShot(kSettleMs, this, [this, name = step.name, window] {
        capture(name, window ? window : m_window);
        if (window && window != m_window)
            window->close();
        next();
    });
}

void ScreenshotTour::capture(const QString &name, QWidget *window)
{
    const QString file =
        QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(m_index, 2, 10, QLatin1Char('0')).arg(name));
    if (!window->grab().save(file)) {
        qWarning("Cannot write %s", qPrintable(file));
        m_ok = false;
    }
}

} // namespace rakkan::ui
