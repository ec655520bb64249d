#include "ui/optout/VendorFormsPage.h"

#include "reservations/CredentialStatements.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <set>

namespace rakkan::ui {

using registry::VendorForms;
using registry::VendorSubmission;

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("prepared"))
        return VendorFormsPage::tr("Packet ready");
    if (state == QLatin1String("submitted"))
        return VendorFormsPage::tr("Submitted");
    return VendorFormsPage::tr("Confirmed");
}

QString localDate(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? dateText(when.toLocalTime().date()) : QString();
}

} // namespace

VendorFormsPage::VendorFormsPage(CatalogBinding catalog, Dialogs *dialogs,
                                 identity::IdentityManager::VaultFactory vaults, QWidget *parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs), m_vaults(std::move(vaults))
{
    setObjectName(QStringLiteral("vendorFormsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Some AI companies take opt-outs only through a web form. Rakkan prepares what the "
                                "form asks for; you submit it yourself and record it here. No form sends a receipt, "
                                "so Rakkan reminds you to check again after %n days.",
                                nullptr, VendorForms::kRemindAfterDays));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *vendorRow = new QHBoxLayout;
    vendorRow->addWidget(new QLabel(tr("Vendor:")));
    m_vendor = new QComboBox;
    m_vendor->setObjectName(QStringLiteral("vendorCombo"));
    for (const registry::Vendor &v : VendorForms::vendors())
        m_vendor->addItem(v.name, v.key);
    vendorRow->addWidget(m_vendor, 1);
    auto *packet = new QPushButton(tr("Make &Packet for Selected Works..."));
    packet->setObjectName(QStringLiteral("makePacketButton"));
    auto *form = new QPushButton(tr("Open the &Form"));
    form->setObjectName(QStringLiteral("openFormButton"));
    vendorRow->addWidget(packet);
    vendorRow->addWidget(form);
    layout->addLayout(vendorRow);
    m_credentials = new QCheckBox(tr("Sign &Content Credentials (C2PA) into the packet's JPEG, PNG and WebP copies"));
    m_credentials->setObjectName(QStringLiteral("packetCredentialsCheck"));
    m_credentials->setToolTip(tr("Each copy then says, in a signed statement any C2PA reader shows, that you do not "
                                 "allow AI training, as your policy for the work says."));
    layout->addWidget(m_credentials);

    m_checklist = new QLabel;
    m_checklist->setObjectName(QStringLiteral("vendorChecklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checklist);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("vendorTable"));
    m_table->setHorizontalHeaderLabels({tr("Work"), tr("Vendor"), tr("State"), tr("Updated"), tr("Check again")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Vendor opt-outs"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("vendorStatus"));
    m_status->setWordWrap(true);
    auto *submitted = new QPushButton(tr("Mark &Submitted"));
    submitted->setObjectName(QStringLiteral("markSubmittedButton"));
    auto *confirmed = new QPushButton(tr("Mark &Confirmed"));
    confirmed->setObjectName(QStringLiteral("markConfirmedButton"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(submitted);
    buttons->addWidget(confirmed);
    layout->addLayout(buttons);

    auto showChecklist = [this] {
        const registry::Vendor v = currentVendor();
        QStringList lines;
        for (const QString &step : v.checklist)
            lines << QStringLiteral("• ") + step;
        m_checklist->setText(lines.join(QLatin1Char('\n')));
    };
    connect(m_vendor, &QComboBox::currentIndexChanged, this, showChecklist);
    showChecklist();
    connect(packet, &QPushButton::clicked, this, &VendorFormsPage::makePacket);
    connect(form, &QPushButton::clicked, this, &VendorFormsPage::openForm);
    connect(submitted, &QPushButton::clicked, this, [this] { markSelected(QStringLiteral("submitted")); });
    connect(confirmed, &QPushButton::clicked, this, [this] { markSelected(QStringLiteral("confirmed")); });
}

registry::Vendor VendorFormsPage::currentVendor() const
{
    auto v = VendorForms::vendor(m_vendor->currentData().toString());
    return v.ok() ? *v : registry::Vendor{};
}

void VendorFormsPage::fail(const Error &error)
{
    m_status->setText(error.message);
    Q_EMIT failed(error.message);
    m_dialogs->showError(this, tr("Vendor forms"), error.message);
}

void VendorFormsPage::refresh()
{
    m_catalog.submit<Result<QList<VendorSubmission>>>(
        this, [](catalog::Catalog &catalog) { return VendorForms::list(catalog); },
        [this](const Result<QList<VendorSubmission>> &rows) {
            if (!rows.ok()) {
                fail(rows.error());
                return;
            }
            m_rows = *rows;
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            m_table->setRowCount(int(m_rows.size()));
            for (int row = 0; row < m_rows.size(); ++row) {
                const VendorSubmission &s = m_rows[row];
                auto vendor = VendorForms::vendor(s.vendor);
                const QStringList cells{s.title, vendor.ok() ? vendor->name : s.vendor, stateLabel(s.state),
                                        localDate(s.updatedAt), s.isDue(now) ? tr("Due now") : localDate(s.remindAt)};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    if (c == 4 && s.isDue(now)) {
                        QFont bold = item->font();
                        bold.setBold(true);
                        item->setFont(bold);
                    }
                    if (c == 0)
                        item->setToolTip(s.packetDir);
                    m_table->setItem(row, c, item);
                }
            }
            m_table->resizeColumnsToContents();
            if (m_rows.isEmpty())
                m_status->setText(tr("No packet yet: select works in the main window, choose a vendor and make a "
                                     "packet."));
            Q_EMIT refreshed();
        });
}

void VendorFormsPage::makePacket()
{
    if (m_workIds.isEmpty()) {
        fail(makeError(ErrorCode::InvalidArgument, tr("Select the works in the main window first.")));
        return;
    }
    const QString folder = m_dialogs->chooseFolder(this, tr("Where to write the copies for the vendor"));
    if (folder.isEmpty())
        return;
    if (!m_credentials->isChecked()) {
        writePacket(folder, std::nullopt);
        return;
    }
    CredentialSigning::request(
        this, m_catalog, m_dialogs, m_vaults,
        [this, folder](const CredentialSigning &signing) { writePacket(folder, signing); },
        [this](const Error &error) { fail(error); });
}

void VendorFormsPage::writePacket(const QString &folder, const std::optional<CredentialSigning> &signing)
{
    const registry::Vendor vendor = currentVendor();
    m_status->setText(tr("Copying %n work(s) for %1...", nullptr, int(m_workIds.size())).arg(vendor.name));
    // Copies of whole files, and the key unlocked for signing them: on the catalogue's worker, never on this thread.
    m_catalog.submit<Result<QString>>(
        this,
        [vendor, works = m_workIds, folder, signing](catalog::Catalog &catalog) -> Result<QString> {
            std::optional<VendorForms::PacketCredentials> credentials;
            if (signing) {
                RAKKAN_TRY(const credentials::CredentialSigner signer, signing->signer(catalog));
                credentials = VendorForms::PacketCredentials{signer, reservations::credentialContentByPolicy(catalog)};
            }
            return VendorForms::writePacket(catalog, vendor, works, folder, credentials);
        },
        [this, vendor](const Result<QString> &root) {
            if (!root.ok()) {
                fail(root.error());
                return;
            }
            m_status->setText(tr("The packet for %1 is in %2. Follow CHECKLIST.md there, then mark the works "
                                 "submitted.")
                                  .arg(vendor.name, QDir::toNativeSeparators(*root)));
            Q_EMIT packetWritten(*root);
            m_dialogs->openUrl(QUrl::fromLocalFile(*root));
            refresh();
        });
}

void VendorFormsPage::markSelected(const QString &state)
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QMap<QString, QList<qint64>> byVendor;
    for (int row : rows)
        if (row < m_rows.size())
            byVendor[m_rows[row].vendor] << m_rows[row].workId;
    if (byVendor.isEmpty())
        return;
    m_catalog.submit<Result<void>>(
        this,
        [byVendor, state](catalog::Catalog &catalog) -> Result<void> {
            for (auto it = byVendor.cbegin(); it != byVendor.cend(); ++it)
                RAKKAN_TRY(VendorForms::mark(catalog, it.key(), it.value(), state));
            return {};
        },
        [this](const Result<void> &done) {
            if (!done.ok())
                fail(done.error());
            refresh();
        });
}

void VendorFormsPage::openForm()
{
    const registry::Vendor v = currentVendor();
    if (v.formUrl.isEmpty()) {
        m_dialogs->showInformation(this, v.name,
                                   tr("%1 has no opt-out form; the checklist says what to do instead.").arg(v.name));
        return;
    }
    m_dialogs->openUrl(QUrl(v.formUrl));
}

} // namespace rakkan::ui
