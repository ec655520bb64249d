#include "ui/main/HelpWindows.h"

#include "crypto/Library.h"
#include "net/Http.h"
#include "reservations/XmpRights.h"
#include "sqlite/Sqlite.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {

QDialogButtonBox *closeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString plain(QString text)
{
    // "&Import Images..." as a person reads it: no mnemonic, no trailing dots, no "(&I)" of Japanese menus.
    static const QRegularExpression japaneseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(japaneseMnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(520, 560);
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutsList"));
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QList<QTreeWidgetItem *> rows;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcut().isEmpty())
                continue;
            rows << new QTreeWidgetItem({plain(action->text()), action->shortcut().toString(QKeySequence::NativeText)});
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem({plain(menu->title())});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        tree->addTopLevelItem(heading);
        tree->addTopLevelItems(rows);
    }
    layout->addWidget(tree, 1);
    layout->addWidget(closeButtons(this));
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    resize(640, 620);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser;
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setOpenLinks(false);
    text->setHtml(
        tr("<h3>Rakkan in five steps</h3>"
           "<ol>"
           "<li><p><b>Catalogue your works.</b> <i>File &gt; Import Folder</i>, or drop files on the window. Rakkan "
           "reads Photoshop, CLIP Studio Paint, Krita, OpenRaster and ordinary pictures, and never changes, moves or "
           "locks your files. Give each work its title, series and rights holders in the panel on the right.</p></li>"
           "<li><p><b>Create your signing identity.</b> <i>Tools &gt; Signing Identities</i>. Your declarations are "
           "signed with it, so registries can tell they come from you. Back it up: without the backup, a lost "
           "computer means a lost identity.</p></li>"
           "<li><p><b>Say what you reserve.</b> <i>Tools &gt; Reservations and Site Kit</i> writes your \"no AI "
           "training\" in every "
           "form AI developers read (robots.txt, TDMRep, ai.txt, an RSL licence, the metadata of exported copies) "
           "and puts it in a site kit for your web site.</p></li>"
           "<li><p><b>Declare your works.</b> <i>Tools &gt; Opt-out Declarations</i> sends a signed opt-out "
           "declaration of "
           "each work to a registry. Only fingerprints and codes leave your computer, never the pictures.</p></li>"
           "<li><p><b>Find your works.</b> <i>Check an Image</i> tells you whether a picture found online is one of "
           "yours, even cropped, re-saved, turned, mirrored, watermarked or inside a screenshot. <i>Tools &gt; Scan "
           "a Folder for Copies</i> does it for many files at once.</p></li>"
           "</ol>"
           "<p>When an AI company offers to license your works, record the offer in <i>Tools &gt; Licensing "
           "Offers</i>: Rakkan points out the terms that give too much away and reminds you of deadlines.</p>"
           "<p><i>Help &gt; Keyboard Shortcuts</i> lists the keys for the main actions.</p>"));
    layout->addWidget(text, 1);
    layout->addWidget(closeButtons(this));
}

// The libraries that do the work, as loaded at run time: what a bug report needs.
QString AboutDialog::libraries()
{
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("Qt"),
         tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {QStringLiteral("SQLite"), sql::libraryVersion()},
        {QStringLiteral("OpenSSL"), crypto::openSslVersion()},
        {QStringLiteral("libcurl"), net::Http::libraryVersion()},
        {QStringLiteral("Exiv2"), reservations::XmpRights::exiv2Version()},
    };
    QString table = QStringLiteral("<table cellspacing=\"2\">");
    for (const auto &[name, version] : rows)
        table += QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
                     .arg(name, version.toHtmlEscaped());
    return tr("<p><b>Libraries</b></p>") + table + QStringLiteral("</table>");
}

// Data Rakkan ships that others made, with where it comes from and on what terms.
QString AboutDialog::bundledData()
{
    return tr("<p><b>Data shipped with Rakkan</b></p>"
              "<ul>"
              "<li>The AI crawlers named in robots.txt and the crawler-log audit: from the ai.robots.txt project "
              "(MIT licence), with the agents named in Rakkan's standards notes.</li>"
              "<li>The RDAP bootstrap files that say which registry knows a domain or an address: published by "
              "IANA (iana.org/assignments), as published; <i>case hosts --update-bootstrap</i> fetches the current "
              "ones.</li>"
              "<li>The content delivery networks and the platforms' notice channels: written for Rakkan from what "
              "each network and platform publishes.</li>"
              "</ul>");
}

AboutDialog::AboutDialog(const QString &catalogPath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rakkan"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(
        tr("<h3>Rakkan %1</h3>"
           "<p>Catalogue your works, fingerprint them on your own computer, and tell AI companies how they may use "
           "them: signed declarations to registries, reservations in every machine-readable form, and a record of "
           "licensing offers.</p>"
           "<p>Your pictures never leave this computer: only fingerprints, codes and what you choose to declare "
           "do.</p>"
           "<p><b>Catalogue:</b> %2</p>")
            .arg(QApplication::applicationVersion(),
                 catalogPath.isEmpty() ? tr("none open") : QDir::toNativeSeparators(catalogPath).toHtmlEscaped()) +
        libraries() + bundledData());
    layout->addWidget(text);
    layout->addWidget(closeButtons(this));
    setMinimumWidth(460);
}

} // namespace rakkan::ui
