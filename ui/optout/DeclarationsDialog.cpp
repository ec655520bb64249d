#include "ui/optout/DeclarationsDialog.h"

#include "registry/Declaring.h"
#include "registry/HubClient.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/optout/AddRegistryDialog.h"
#include "ui/optout/DeclareWorksDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rakkan::ui {

using registry::Registry;
using registry::Submission;

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return DeclarationsDialog::tr("Queued");
    if (state == QLatin1String("sending"))
        return DeclarationsDialog::tr("Sending");
    if (state == QLatin1String("declared"))
        return DeclarationsDialog::tr("Declared");
    if (state == QLatin1String("duplicate"))
        return DeclarationsDialog::tr("Already declared");
    if (state == QLatin1String("rejected"))
        return DeclarationsDialog::tr("Refused by the hub");
    return DeclarationsDialog::tr("Failed");
}

} // namespace

DeclarationsDialog::DeclarationsDialog(CatalogBinding catalog, Dialogs *dialogs,
                                       identity::IdentityManager::VaultFactory vaults, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs), m_vaults(std::move(vaults))
{
    setObjectName(QStringLiteral("declarationsDialog"));
    setWindowTitle(tr("Opt-out Declarations"));
    resize(980, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Declare your works to registries (ISCC hubs): each file's ISCC-CODE and hashes, "
                                "signed with your identity. Pictures never leave this computer. Each hub answers "
                                "with a signed receipt, kept here for good."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *registryRow = new QHBoxLayout;
    registryRow->addWidget(new QLabel(tr("Registry:")));
    m_registry = new QComboBox;
    m_registry->setObjectName(QStringLiteral("registryCombo"));
    m_registry->setMinimumWidth(320);
    registryRow->addWidget(m_registry, 1);
    auto *add = new QPushButton(tr("&Add Registry..."));
    add->setObjectName(QStringLiteral("addRegistryButton"));
    auto *remove = new QPushButton(tr("Remove Registry"));
    remove->setObjectName(QStringLiteral("removeRegistryButton"));
    registryRow->addWidget(add);
    registryRow->addWidget(remove);
    layout->addLayout(registryRow);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All"), QString());
    for (const char *s : {"queued", "sending", "declared", "duplicate", "rejected", "failed"})
        m_state->addItem(stateLabel(QLatin1String(s)), QLatin1String(s));
    filterRow->addWidget(m_state);
    filterRow->addStretch();
    layout->addLayout(filterRow);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("submissionsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Registry"), tr("Work"), tr("State"), tr("ISCC-ID"), tr("Attempts"), tr("Reason or next attempt")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Submissions"));
    layout->addWidget(m_table, 1);

    auto *progressRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("declarationsStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    auto *declareAll = new QPushButton(tr("&Declare Works..."));
    declareAll->setObjectName(QStringLiteral("declareWorksButton"));
    auto *retry = new QPushButton(tr("&Retry Failed"));
    retry->setObjectName(QStringLiteral("retryButton"));
    auto *verify = new QPushButton(tr("&Verify Receipt"));
    verify->setObjectName(QStringLiteral("verifyReceiptButton"));
    verify->setToolTip(tr("Checks the hub's signed receipt of the declaration selected in the list."));
    auto *close = new QPushButton(tr("&Close"));
    buttons->addWidget(declareAll);
    buttons->addWidget(retry);
    buttons->addWidget(verify);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, &DeclarationsDialog::refresh);
    connect(add, &QPushButton::clicked, this, [this] {
        AddRegistryDialog form(this);
        if (form.exec() == QDialog::Accepted)
            addRegistry(form.name(), form.url(), form.caFile(), form.gateway());
    });
    connect(remove, &QPushButton::clicked, this, &DeclarationsDialog::removeSelectedRegistry);
    connect(declareAll, &QPushButton::clicked, this, &DeclarationsDialog::chooseWorks);
    connect(retry, &QPushButton::clicked, this, &DeclarationsDialog::retryFailed);
    connect(verify, &QPushButton::clicked, this, &DeclarationsDialog::verifySelectedReceipt);
    // Verify needs a declaration: it is offered when one is selected.
    verify->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, verify] { verify->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_cancel, &QPushButton::clicked, this, &DeclarationsDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void DeclarationsDialog::fail(const QString &title, const Error &error)
{
    m_status->setText(error.message);
    Q_EMIT operationFailed(error.message);
    m_dialogs->showError(this, title, error.message);
}

std::optional<Registry> DeclarationsDialog::selectedRegistry() const
{
    const qint64 id = m_registry->currentData().toLongLong();
    for (const Registry &r : m_registries)
        if (r.id == id)
            return r;
    return std::nullopt;
}

void DeclarationsDialog::refresh()
{
    struct Loaded
    {
        Result<QList<Registry>> registries = makeError(ErrorCode::NotFound, QString());
        Result<QList<Submission>> submissions = makeError(ErrorCode::NotFound, QString());
    };
    const QString state = m_state->currentData().toString();
    m_catalog.submit<Loaded>(
        this,
        [state](catalog::Catalog &catalog) {
            return Loaded{registry::Registries(catalog).list(), registry::Outbox(catalog).list(state)};
        },
        [this](const Loaded &loaded) {
            if (!loaded.registries.ok() || !loaded.submissions.ok()) {
                fail(tr("Declarations"),
                     loaded.registries.ok() ? loaded.submissions.error() : loaded.registries.error());
                return;
            }
            const qint64 keep = m_registry->currentData().toLongLong();
            m_registries = *loaded.registries;
            m_registry->clear();
            for (const Registry &r : std::as_const(m_registries))
                m_registry->addItem(tr("%1 (hub %2, %3)").arg(r.name).arg(r.hubId).arg(r.url), r.id);
            if (const int i = m_registry->findData(keep); i >= 0)
                m_registry->setCurrentIndex(i);
            m_submissions = *loaded.submissions;
            m_table->setRowCount(int(m_submissions.size()));
            for (int row = 0; row < m_submissions.size(); ++row) {
                const Submission &s = m_submissions[row];
                const QString reason = s.state == QLatin1String("failed") && !s.nextAttemptAt.isEmpty()
                                           ? tr("%1 (next attempt %2)").arg(s.errorMessage, s.nextAttemptAt)
                                           : s.errorMessage;
                const QStringList cells{s.registryName,
                                        !s.assetId   ? tr("(removed work)")
                                        : s.page > 1 ? tr("%1, page %2").arg(s.workTitle).arg(s.page)
                                                     : s.workTitle,
                                        stateLabel(s.state),
                                        s.isccId,
                                        QString::number(s.attempts),
                                        reason};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    item->setToolTip(c == 1 ? s.isccCode : cells[c]);
                    m_table->setItem(row, c, item);
                }
            }
            m_table->resizeColumnsToContents();
            if (m_registries.isEmpty() && !isSending())
                m_status->setText(tr("Add a registry first: the address of an ISCC hub."));
            Q_EMIT refreshed();
        });
}

void DeclarationsDialog::addRegistry(const QString &name, const QString &url, const QString &caFile,
                                     const QString &gateway)
{
    // Plain http is for a hub on this computer; anywhere else, what is sent can be read and changed on the way.
    const QUrl address(url);
    if (address.scheme() == QLatin1String("http") && !AddRegistryDialog::isLocal(address) &&
        !m_dialogs->confirm(this, tr("Add registry"),
                            tr("%1 is reached over plain http: the connection is not encrypted, so anyone on the "
                               "network between you and the hub can read and change what is sent. Use an https:// "
                               "address unless you know why not. Add it anyway?")
                                .arg(url)))
        return;
    m_status->setText(tr("Asking %1 who it is...").arg(url));
    // The hub describes itself over verified TLS; the user then decides whether to pin the key it presents. The
    // request is a job of its own: catalogue queries never wait behind a hub that is slow to answer.
    delete m_asking;
    m_asking = new Job(tr("Asking %1 who it is").arg(url), QString(), this);
    m_asking->start<Result<QJsonObject>>(
        [url, caFile](JobContext &) {
            registry::HubClient client(registry::HubEndpoint{url, 0, {}, caFile, 15000});
            return client.info();
        },
        [this, name, url, caFile, gateway](const Result<QJsonObject> &info) {
            if (!info.ok()) {
                fail(tr("Add registry"), info.error());
                return;
            }
            const Registry r = registry::Registries::fromHubInfo(*info, name, url, caFile, gateway);
            if (!m_dialogs->confirm(this, tr("Pin this hub's key?"),
                                    tr("%1 is hub %2 and signs its receipts with the key\n\n%3\n\nRakkan will accept "
                                       "receipts from this hub only when they are signed with this key. If its "
                                       "operator published the key, compare them now.")
                                        .arg(url)
                                        .arg(r.hubId)
                                        .arg(r.hubPublicKey))) {
                m_status->clear();
                return;
            }
            m_catalog.submit<Result<qint64>>(
                this, [r](catalog::Catalog &catalog) { return registry::Registries(catalog).add(r); },
                [this, r](const Result<qint64> &id) {
                    if (!id.ok()) {
                        fail(tr("Add registry"), id.error());
                        return;
                    }
                    Registry added = r;
                    added.id = *id;
                    m_status->setText(tr("Added \"%1\".").arg(r.name));
                    Q_EMIT registryAdded(added);
                    refresh();
                    m_registry->setCurrentIndex(m_registry->findData(added.id));
                });
        });
}

void DeclarationsDialog::removeSelectedRegistry()
{
    const auto r = selectedRegistry();
    if (!r)
        return;
    if (!m_dialogs->confirm(this, tr("Remove registry"), tr("Remove \"%1\" from your registries?").arg(r->name)))
        return;
    m_catalog.submit<Result<void>>(
        this, [id = r->id](catalog::Catalog &catalog) { return registry::Registries(catalog).remove(id); },
        [this](const Result<void> &done) {
            if (!done.ok())
                fail(tr("Remove registry"), done.error());
            refresh();
        });
}

bool DeclarationsDialog::isSending() const
{
    return m_job && m_job->isRunning();
}

void DeclarationsDialog::chooseWorks()
{
    if (isSending())
        return;
    if (m_registries.isEmpty()) {
        fail(tr("Declare works"),
             makeError(ErrorCode::NotFound, tr("Add a registry first: the address of an ISCC hub.")));
        return;
    }
    m_catalog.submit<Result<QStringList>>(
        this, [](catalog::Catalog &catalog) { return catalog.names().series(); },
        [this](const Result<QStringList> &series) {
            if (!series.ok()) {
                fail(tr("Declare works"), series.error());
                return;
            }
            auto *chooser = new DeclareWorksDialog(int(m_selectedWorks.size()), *series, m_registries,
                                                   m_registry->currentData().toLongLong(), this);
            chooser->setAttribute(Qt::WA_DeleteOnClose);
            connect(chooser, &QDialog::accepted, this, [this, chooser] {
                DeclareRequest request;
                request.registryIds = chooser->registryIds();
                if (chooser->scope() == DeclareWorksDialog::Scope::Selected)
                    request.workIds = m_selectedWorks;
                else if (chooser->scope() == DeclareWorksDialog::Scope::Series)
                    request.series = chooser->series();
                declare(request);
            });
            chooser->open();
        });
}

void DeclarationsDialog::declareWorks(const QList<qint64> &workIds, bool review)
{
    const auto r = selectedRegistry();
    if (!r) {
        fail(tr("Declare works"),
             makeError(ErrorCode::NotFound, tr("Add a registry first: the address of an ISCC hub.")));
        return;
    }
    declare(DeclareRequest{workIds, {}, {r->id}}, review);
}

void DeclarationsDialog::declare(const DeclareRequest &request, bool review)
{
    if (isSending() || request.registryIds.isEmpty())
        return;
    QList<Registry> targets;
    for (const Registry &r : std::as_const(m_registries))
        if (request.registryIds.contains(r.id))
            targets << r;
    struct Preview
    {
        QList<qint64> workIds;
        QList<std::pair<QString, registry::EnqueueReport>> perRegistry;
    };
    // Review: exactly what would leave the computer, from a dry run for each registry.
    m_catalog.submit<Result<Preview>>(
        this,
        [request, targets](catalog::Catalog &catalog) -> Result<Preview> {
            registry::Outbox outbox(catalog);
            Preview preview{request.workIds, {}};
            if (!request.series.isEmpty()) {
                RAKKAN_TRY(auto ids, outbox.worksOfSeries(request.series));
                preview.workIds = ids;
            }
            for (const Registry &r : targets) {
                RAKKAN_TRY(auto report, outbox.enqueue(r, preview.workIds, true));
                preview.perRegistry.append({r.name, report});
            }
            return preview;
        },
        [this, review, registryIds = request.registryIds](const Result<Preview> &preview) {
            if (!preview.ok()) {
                fail(tr("Declare works"), preview.error());
                return;
            }
            int queued = 0;
            QStringList lines;
            QStringList notes; // every note as it will be sent, before the signature is added
            for (const auto &[name, report] : preview->perRegistry) {
                queued += report.queued;
                // One whole sentence a registry, its counts in the order the language wants them.
                lines << tr("\"%1\": %2 new, %3 there already, %4 without an ISCC yet.")
                             .arg(name)
                             .arg(report.queued)
                             .arg(report.alreadyQueued)
                             .arg(report.withoutIscc);
                for (const QJsonObject &note : report.preview)
                    notes << tr("To \"%1\":").arg(name) + QLatin1Char('\n') +
                                 QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Indented));
            }
            if (queued == 0) {
                m_dialogs->showInformation(this, tr("Declare works"),
                                           tr("Nothing new to declare:\n%1").arg(lines.join(QLatin1Char('\n'))));
                if (review)
                    startJob(preview->workIds, registryIds, true); // still send what waits
                return;
            }
            if (review && !m_dialogs->confirmAfterReading(
                              this, tr("Declare works"),
                              tr("%1\n\nBelow is everything that will leave this computer, one note per file, "
                                 "before your signature is added. No picture is sent.")
                                  .arg(lines.join(QLatin1Char('\n'))),
                              notes.join(QLatin1Char('\n')), tr("Sign and Send")))
                return;
            startJob(preview->workIds, registryIds, false);
        });
}

void DeclarationsDialog::retryFailed()
{
    if (const auto r = selectedRegistry())
        startJob({}, {r->id}, true);
}

void DeclarationsDialog::startJob(const QList<qint64> &workIds, const QList<qint64> &registryIds, bool onlyRetry)
{
    if (registryIds.isEmpty() || isSending())
        return;
    // Key files need their passphrases now: the job must not stop halfway to ask.
    auto vaults = m_vaults;
    m_catalog.submit<Result<QList<identity::Identity>>>(
        this, [vaults](catalog::Catalog &catalog) { return identity::IdentityManager(catalog, vaults).store().list(); },
        [this, workIds, onlyRetry, registryIds](const Result<QList<identity::Identity>> &identities) {
            if (!identities.ok()) {
                fail(tr("Declare works"), identities.error());
                return;
            }
            if (identities->isEmpty()) {
                fail(tr("Declare works"),
                     makeError(ErrorCode::NotFound,
                               tr("Create a signing identity first (Tools > Signing Identities).")));
                return;
            }
            registry::DeclareRequest request;
            request.registryIds = registryIds;
            request.workIds = workIds;
            request.onlyRetry = onlyRetry;
            request.vaults = m_vaults;
            QList<identity::Identity> keyFiles;
            for (const identity::Identity &i : *identities)
                if (i.storage == identity::KeyStorage::File)
                    keyFiles << i;
            collectPassphrases(keyFiles, request, QString());
        });
}

void DeclarationsDialog::collectPassphrases(QList<identity::Identity> pending, registry::DeclareRequest request,
                                            const QString &prompt)
{
    if (pending.isEmpty()) {
        launch(request);
        return;
    }
    const identity::Identity who = pending.first();
    const auto typed =
        m_dialogs->askPassphrase(this, tr("Sign declarations"),
                                 prompt.isEmpty() ? tr("The passphrase of \"%1\":").arg(who.name) : prompt, false, 1);
    if (!typed)
        return;
    // Checked against the key before anything is sent (off the GUI thread: opening a key is slow on purpose), so
    // that a typing mistake is asked again instead of failing every work of the batch.
    auto vaults = m_vaults;
    m_catalog.submit<Result<void>>(
        this,
        [vaults, who, passphrase = *typed](catalog::Catalog &catalog) -> Result<void> {
            RAKKAN_TRY(identity::IdentityManager(catalog, vaults).unlock(who, passphrase));
            return {};
        },
        [this, pending, request, passphrase = *typed](const Result<void> &opened) mutable {
            if (!opened.ok()) {
                if (opened.error().code == ErrorCode::WrongPassphrase)
                    collectPassphrases(pending, request,
                                       tr("That passphrase does not open the key of \"%1\". Type it again:")
                                           .arg(pending.first().name));
                else
                    fail(tr("Sign declarations"), opened.error());
                return;
            }
            request.passphrases.insert(pending.first().id, passphrase);
            pending.removeFirst();
            collectPassphrases(pending, request, QString());
        });
}

void DeclarationsDialog::launch(const registry::DeclareRequest &request)
{
    if (isSending())
        return;
    delete m_job;
    m_job = new Job(tr("Declaring works"), m_catalog.path(), this);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Declaring..."));
    connect(m_job, &Job::progressChanged, this, [this](int done, int total, const QString &registryName) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(registryName.isEmpty()
                              ? tr("Declared %1 of %2...").arg(done).arg(total)
                              : tr("%1: declared %2 of %3...").arg(registryName).arg(done).arg(total));
    });
    m_job->start<Result<registry::DeclareOutcome>>(
        [request](JobContext &job) -> Result<registry::DeclareOutcome> {
            RAKKAN_TRY(auto catalog, catalog::Catalog::open(job.catalogPath()));
            QString current;
            registry::DeclareCallbacks callbacks;
            callbacks.cancel = job.cancelFlag();
            callbacks.registryStarted = [&](int index, int count, const QString &name) {
                current = count > 1 ? tr("%1 (%2 of %3)").arg(name).arg(index + 1).arg(count) : QString();
                job.progress(0, 0, current);
            };
            callbacks.progress = [&](int done, int total) { job.progress(done, total, current); };
            return registry::declareToRegistries(*catalog, request, callbacks);
        },
        [this](const Result<registry::DeclareOutcome> &outcome) {
            m_progress->hide();
            m_cancel->hide();
            if (!outcome.ok()) {
                fail(tr("Declare works"), outcome.error());
                refresh();
                return;
            }
            const registry::SendReport &report = outcome->sent;
            const QString counts = tr("Declared: %1. Already declared: %2. Refused: %3. Failed: %4.")
                                       .arg(report.declared)
                                       .arg(report.duplicates)
                                       .arg(report.rejected)
                                       .arg(report.failed);
            m_status->setText(report.cancelled ? tr("Stopped. %1").arg(counts) : counts);
            Q_EMIT sendFinished(report.declared, report.duplicates, report.rejected, report.failed);
            refresh();
        });
    Q_EMIT jobStarted(m_job);
}

void DeclarationsDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

void DeclarationsDialog::verifySelectedReceipt()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_submissions.size() || m_table->selectedItems().isEmpty()) {
        m_dialogs->showInformation(this, tr("Receipt"),
                                   tr("Select a declaration in the list first, then verify its receipt."));
        return;
    }
    const Submission s = m_submissions[row];
    Registry r;
    for (const Registry &candidate : std::as_const(m_registries))
        if (candidate.id == s.registryId)
            r = candidate;
    if (s.receipt.isEmpty()) {
        Q_EMIT receiptChecked(false, tr("This submission has no receipt (yet)."));
        m_dialogs->showInformation(this, tr("Receipt"), tr("This submission has no receipt (yet)."));
        return;
    }
    const auto key = crypto::Ed25519::publicKeyFromMultibase(r.hubPublicKey);
    const auto valid =
        key.ok() ? registry::HubClient::verifyReceipt(QJsonDocument::fromJson(s.receipt.toUtf8()).object(), *key,
                                                      r.hubId, QJsonDocument::fromJson(s.request.toUtf8()).object())
                 : Result<QString>(key.error());
    const QString message = valid.ok() ? tr("The receipt for %1 is valid: signed by the key pinned for \"%2\", for "
                                            "exactly the declaration sent.")
                                             .arg(*valid, r.name)
                                       : valid.error().message;
    Q_EMIT receiptChecked(valid.ok(), message);
    if (valid.ok())
        m_dialogs->showInformation(this, tr("Receipt"), message);
    else
        m_dialogs->showError(this, tr("Receipt"), message);
}

} // namespace rakkan::ui
