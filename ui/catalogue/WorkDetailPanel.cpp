#include "ui/catalogue/WorkDetailPanel.h"

#include "credentials/CredentialReader.h"
#include "ui/catalogue/IsccPanel.h"
#include "ui/common/Dates.h"
#include "ui/common/Job.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (QString tag : text.split(QRegularExpression(QStringLiteral("[,、，]")), Qt::SkipEmptyParts)) {
        tag = tag.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

QComboBox *roleCombo(catalog::HolderRole selected)
{
    auto *combo = new QComboBox;
    for (auto role : catalog::allHolderRoles())
        combo->addItem(catalog::holderRoleLabel(role), catalog::holderRoleKey(role));
    combo->setCurrentIndex(combo->findData(catalog::holderRoleKey(selected)));
    return combo;
}

QToolButton *smallButton(const QString &text, const QString &accessibleName, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setObjectName(objectName);
    return button;
}

} // namespace

WorkDetailPanel::WorkDetailPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_empty = new QLabel(tr("Select a work to see and edit its details."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);

    // The form scrolls; its Save and Revert stay in sight below it, however long the work's details are.
    m_form = new QWidget;
    auto *formColumn = new QVBoxLayout(m_form);
    formColumn->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formColumn->addWidget(scroll, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);

    m_cover = new QLabel;
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setMinimumHeight(160);
    m_cover->setAccessibleName(tr("Cover preview"));
    layout->addWidget(m_cover);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("workHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Tables and the file list get the panel's full width under their label instead of a cramped column.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Title in its original script, e.g. 星の庭"));
    // The labels' Alt keys avoid the menu bar's (File, Edit, Tools, View, Settings, Help): Alt+T opens Tools even
    // while the cursor is in this form.
    form->addRow(tr("T&itle:"), m_title);
    m_titleLatin = new QLineEdit;
    m_titleLatin->setObjectName(QStringLiteral("titleLatinEdit"));
    m_titleLatin->setPlaceholderText(tr("Title in Latin script, e.g. Hoshi no Niwa"));
    form->addRow(tr("Title (&Latin script):"), m_titleLatin);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto kind : catalog::allWorkKinds())
        m_kind->addItem(catalog::workKindLabel(kind), catalog::workKindKey(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_series = new QComboBox;
    m_series->setObjectName(QStringLiteral("seriesCombo"));
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("Se&ries:"), m_series);

    auto *numbers = new QHBoxLayout;
    m_volume = new QSpinBox;
    m_volume->setObjectName(QStringLiteral("volumeSpin"));
    m_volume->setRange(0, 9999);
    m_volume->setSpecialValueText(tr("none"));
    m_volume->setAccessibleName(tr("Volume"));
    m_chapter = new QLineEdit;
    m_chapter->setObjectName(QStringLiteral("chapterEdit"));
    m_chapter->setAccessibleName(tr("Chapter"));
    m_chapter->setPlaceholderText(tr("e.g. 12 or 12.5"));
    numbers->addWidget(m_volume);
    auto *chapterLabel = new QLabel(tr("Cha&pter:"));
    chapterLabel->setBuddy(m_chapter);
    numbers->addWidget(chapterLabel);
    numbers->addWidget(m_chapter, 1);
    auto *volumeLabel = new QLabel(tr("V&olume:"));
    volumeLabel->setBuddy(m_volume); // a row holding a layout gets no buddy from QFormLayout
    form->addRow(volumeLabel, numbers);

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags separated by commas"));
    form->addRow(tr("T&ags:"), m_tags);

    // Rights holders
    m_holders = new QTableWidget(0, 3);
    m_holders->setObjectName(QStringLiteral("holdersTable"));
    m_holders->setHorizontalHeaderLabels({tr("Name"), tr("Name (Latin script)"), tr("Role")});
    m_holders->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_holders->verticalHeader()->hide();
    m_holders->setMinimumHeight(90);
    m_holders->setMaximumHeight(160);
    m_holders->setAccessibleName(tr("Rights holders"));
    auto *holderButtons = new QHBoxLayout;
    auto *addHolder = smallButton(tr("Add holder"), tr("Add a rights holder"), QStringLiteral("addHolderButton"));
    auto *removeHolder =
        smallButton(tr("Remove holder"), tr("Remove the selected rights holder"), QStringLiteral("removeHolderButton"));
    holderButtons->addWidget(addHolder);
    holderButtons->addWidget(removeHolder);
    holderButtons->addStretch();
    auto *holderBox = new QVBoxLayout;
    holderBox->addWidget(m_holders);
    holderBox->addLayout(holderButtons);
    form->addRow(new QLabel(tr("Rights holders:")));
    form->addRow(holderBox);

    // Publications
    m_publications = new QTableWidget(0, 3);
    m_publications->setObjectName(QStringLiteral("publicationsTable"));
    m_publications->setHorizontalHeaderLabels({tr("Web address"), tr("Platform"), tr("Date (YYYY-MM-DD)")});
    m_publications->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_publications->verticalHeader()->hide();
    m_publications->setMinimumHeight(90);
    m_publications->setMaximumHeight(160);
    m_publications->setAccessibleName(tr("Publications"));
    auto *pubButtons = new QHBoxLayout;
    auto *addPub = smallButton(tr("Add publication"), tr("Add where the work was published"),
                               QStringLiteral("addPublicationButton"));
    auto *removePub = smallButton(tr("Remove publication"), tr("Remove the selected publication"),
                                  QStringLiteral("removePublicationButton"));
    pubButtons->addWidget(addPub);
    pubButtons->addWidget(removePub);
    pubButtons->addStretch();
    auto *pubBox = new QVBoxLayout;
    pubBox->addWidget(m_publications);
    pubBox->addLayout(pubButtons);
    form->addRow(new QLabel(tr("Published at:")));
    form->addRow(pubBox);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(90);
    form->addRow(tr("&Notes:"), m_notes);

    m_signer = new QComboBox;
    m_signer->setObjectName(QStringLiteral("signerCombo"));
    m_signer->setToolTip(tr("The identity whose key signs opt-out declarations for this work"));
    form->addRow(tr("Si&gned by:"), m_signer);

    m_files = new QTreeWidget;
    m_files->setObjectName(QStringLiteral("filesTree"));
    m_files->setHeaderLabels({tr("Page"), tr("Format"), tr("Pixels"), tr("Size"), tr("Original file")});
    m_files->setRootIsDecorated(false);
    m_files->setMinimumHeight(90);
    m_files->setAccessibleName(tr("Files of this work"));
    form->addRow(new QLabel(tr("Files:")));
    form->addRow(m_files);
    // How the selected file's picture was made, when the user should know: "drawn from the layers", what was not.
    m_fileNotes = new QLabel;
    m_fileNotes->setObjectName(QStringLiteral("fileNotes"));
    m_fileNotes->setWordWrap(true);
    m_fileNotes->setTextFormat(Qt::PlainText);
    m_fileNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileNotes->hide();
    form->addRow(m_fileNotes);
    // A file that came with Content Credentials (exported from an editor that signs, or a photo from a camera that
    // does) says so here.
    m_credential = new QLabel;
    m_credential->setObjectName(QStringLiteral("fileCredential"));
    m_credential->setWordWrap(true);
    m_credential->setTextFormat(Qt::PlainText);
    m_credential->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_credential->hide();
    form->addRow(m_credential);
    m_iscc = new IsccPanel;
    form->addRow(m_iscc);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &WorkDetailPanel::showIsccOfSelectedFile);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("detailError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 6);
    buttons->addStretch();
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the changes to this work (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    formColumn->addLayout(buttons);
    // Ctrl+S (Cmd+S) anywhere in the panel, as in every editor.
    auto *saveShortcut = new QAction(this);
    saveShortcut->setObjectName(QStringLiteral("saveWorkAction"));
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    addAction(saveShortcut);

    for (auto *edit : {m_title, m_titleLatin, m_chapter, m_tags})
        connect(edit, &QLineEdit::textEdited, this, &WorkDetailPanel::markModified);
    connect(m_series, &QComboBox::editTextChanged, this, &WorkDetailPanel::markModified);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkDetailPanel::markModified);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &WorkDetailPanel::markModified);
    connect(m_volume, &QSpinBox::valueChanged, this, &WorkDetailPanel::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WorkDetailPanel::markModified);
    connect(m_holders, &QTableWidget::itemChanged, this, &WorkDetailPanel::markModified);
    connect(m_publications, &QTableWidget::itemChanged, this, &WorkDetailPanel::markModified);
    connect(addHolder, &QToolButton::clicked, this, [this] {
        addHolderRow({});
        m_holders->editItem(m_holders->item(m_holders->rowCount() - 1, 0));
        markModified();
    });
    connect(removeHolder, &QToolButton::clicked, this, [this] {
        if (m_holders->currentRow() >= 0) {
            m_holders->removeRow(m_holders->currentRow());
            markModified();
        }
    });
    connect(addPub, &QToolButton::clicked, this, [this] {
        addPublicationRow({});
        m_publications->editItem(m_publications->item(m_publications->rowCount() - 1, 0));
        markModified();
    });
    connect(removePub, &QToolButton::clicked, this, [this] {
        if (m_publications->currentRow() >= 0) {
            m_publications->removeRow(m_publications->currentRow());
            markModified();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &WorkDetailPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &WorkDetailPanel::revert);
    clear();
}

void WorkDetailPanel::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

void WorkDetailPanel::clear()
{
    m_work = {};
    m_form->hide();
    m_empty->show();
    m_modified = false;
}

void WorkDetailPanel::setCover(const QImage &image)
{
    if (image.isNull()) {
        m_cover->setText(tr("No preview"));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QImage scaled = image.scaled(QSize(240, 240) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(dpr);
    m_cover->setPixmap(QPixmap::fromImage(scaled));
}

void WorkDetailPanel::setCompletions(const QStringList &series, const QStringList &tags)
{
    const QString current = m_series->currentText();
    m_loading = true;
    m_series->clear();
    m_series->addItem(QString());
    m_series->addItems(series);
    m_series->setCurrentText(current);
    m_loading = false;
    auto *completer = new QCompleter(tags, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);
}

void WorkDetailPanel::addHolderRow(const catalog::WorkHolder &holder)
{
    const int row = m_holders->rowCount();
    m_holders->insertRow(row);
    m_holders->setItem(row, 0, new QTableWidgetItem(holder.name));
    m_holders->setItem(row, 1, new QTableWidgetItem(holder.nameLatin));
    auto *combo = roleCombo(holder.role);
    connect(combo, &QComboBox::currentIndexChanged, this, &WorkDetailPanel::markModified);
    m_holders->setCellWidget(row, 2, combo);
}

void WorkDetailPanel::addPublicationRow(const catalog::Publication &p)
{
    const int row = m_publications->rowCount();
    m_publications->insertRow(row);
    auto *url = new QTableWidgetItem(p.url);
    url->setData(Qt::UserRole, p.id);
    m_publications->setItem(row, 0, url);
    m_publications->setItem(row, 1, new QTableWidgetItem(p.platform));
    m_publications->setItem(
        row, 2, new QTableWidgetItem(p.publishedOn.isValid() ? p.publishedOn.toString(Qt::ISODate) : QString()));
}

void WorkDetailPanel::setWork(const catalog::Work &work)
{
    m_loading = true;
    const bool another = work.id != m_work.id;
    m_work = work;
    m_empty->hide();
    m_form->show();
    m_title->setText(work.title);
    m_titleLatin->setText(work.titleLatin);
    m_kind->setCurrentIndex(m_kind->findData(catalog::workKindKey(work.kind)));
    m_series->setCurrentText(work.series);
    m_volume->setValue(work.volume);
    m_chapter->setText(work.chapter);
    m_tags->setText(work.tags.join(QStringLiteral(", ")));
    m_holders->setRowCount(0);
    for (const auto &holder : work.holders)
        addHolderRow(holder);
    m_publications->setRowCount(0);
    for (const auto &p : work.publications)
        addPublicationRow(p);
    m_notes->setPlainText(work.notes);
    fillFiles();
    selectSigner(work.signingIdentityId);
    if (another)
        m_cover->setText(tr("Loading preview..."));
    m_modified = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_error->hide();
    m_loading = false;
}

void WorkDetailPanel::showFiles(const catalog::Work &work)
{
    if (work.id != m_work.id)
        return;
    m_work.assets = work.assets;
    fillFiles();
}

void WorkDetailPanel::discardChanges()
{
    if (m_modified)
        revert();
}

void WorkDetailPanel::fillFiles()
{
    m_heading->setText(tr("Work %1 · %n page(s) · added %2", nullptr, int(m_work.assets.size()))
                           .arg(m_work.id)
                           .arg(dateTimeText(m_work.createdAt)));
    const int current = m_files->indexOfTopLevelItem(m_files->currentItem());
    m_files->clear();
    const QLocale locale;
    for (const auto &asset : std::as_const(m_work.assets)) {
        auto *item = new QTreeWidgetItem(
            {QString::number(asset.page), asset.format.toUpper(),
             QStringLiteral("%1 × %2").arg(asset.pixelSize.width()).arg(asset.pixelSize.height()),
             locale.formattedDataSize(asset.fileSize), QDir::toNativeSeparators(asset.originalPath)});
        item->setToolTip(4, tr("SHA-256: %1").arg(QString::fromLatin1(asset.sha256.toHex())));
        if (!asset.decodeNotes.isEmpty()) {
            item->setText(1, tr("%1 (from layers)").arg(asset.format.toUpper()));
            item->setToolTip(1, asset.decodeNotes.join(QLatin1Char('\n')));
        }
        m_files->addTopLevelItem(item);
    }
    m_files->resizeColumnToContents(0);
    if (m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(qBound(0, current, m_files->topLevelItemCount() - 1)));
    showIsccOfSelectedFile();
}

void WorkDetailPanel::showIsccOfSelectedFile()
{
    const int index = m_files->indexOfTopLevelItem(m_files->currentItem());
    if (index < 0 || index >= m_work.assets.size()) {
        m_iscc->setVisible(false);
        m_fileNotes->hide();
        return;
    }
    m_iscc->setVisible(true);
    const catalog::Asset &asset = m_work.assets[index];
    m_fileNotes->setText(asset.decodeNotes.join(QLatin1Char('\n')));
    m_fileNotes->setVisible(!asset.decodeNotes.isEmpty());
    m_iscc->setIscc(asset.iscc, m_work.assets.size() > 1 ? tr("Page %1").arg(asset.page) : QString());
    readCredentialOf(asset);
}

void WorkDetailPanel::readCredentialOf(const catalog::Asset &asset)
{
    m_credential->hide();
    delete m_credentialRead; // a newer selection replaces an older read
    // The original is read off the GUI thread; only the formats that can carry a manifest are opened at all.
    const QString format = asset.format.toLower();
    if (format != QLatin1String("jpeg") && format != QLatin1String("png") && format != QLatin1String("webp"))
        return;
    m_credentialRead = new Job(tr("Reading Content Credentials"), QString(), this);
    m_credentialRead->start<Result<credentials::ContentCredential>>(
        [path = asset.originalPath](JobContext &) { return credentials::CredentialReader::readFile(path); },
        [this, assetId = asset.id](const Result<credentials::ContentCredential> &credential) {
            const int index = m_files->indexOfTopLevelItem(m_files->currentItem());
            if (index < 0 || index >= m_work.assets.size() || m_work.assets[index].id != assetId)
                return;
            if (!credential.ok() || credential->state == credentials::CredentialState::None)
                return;
            m_credential->setText(credentials::CredentialWording::summary(*credential));
            m_credential->show();
        });
}

void WorkDetailPanel::setIdentities(const QList<identity::Identity> &identities)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_identities = identities;
    selectSigner(m_work.signingIdentityId);
    m_loading = wasLoading;
}

void WorkDetailPanel::selectSigner(qint64 identityId)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_signer->clear();
    QString defaultName;
    for (const auto &i : std::as_const(m_identities))
        if (i.isDefault)
            defaultName = i.name;
    m_signer->addItem(defaultName.isEmpty() ? tr("The default identity (none yet)")
                                            : tr("The default identity (%1)").arg(defaultName),
                      qint64(0));
    for (const auto &i : std::as_const(m_identities))
        m_signer->addItem(i.name, i.id);
    // Before the identities have loaded, the work's own choice still shows (and is not taken for an edit).
    if (identityId > 0 && m_signer->findData(identityId) < 0)
        m_signer->addItem(tr("Identity %1").arg(identityId), identityId);
    const int index = m_signer->findData(identityId);
    m_signer->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = wasLoading;
}

void WorkDetailPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void WorkDetailPanel::revert()
{
    setWork(m_work);
}

QList<catalog::WorkHolder> WorkDetailPanel::holdersInForm() const
{
    QList<catalog::WorkHolder> holders;
    for (int row = 0; row < m_holders->rowCount(); ++row) {
        catalog::WorkHolder h;
        h.name = m_holders->item(row, 0) ? m_holders->item(row, 0)->text().simplified() : QString();
        h.nameLatin = m_holders->item(row, 1) ? m_holders->item(row, 1)->text().simplified() : QString();
        const auto *combo = qobject_cast<QComboBox *>(m_holders->cellWidget(row, 2));
        h.role = catalog::holderRoleFromKey(combo ? combo->currentData().toString() : QString())
                     .value_or(catalog::HolderRole::Author);
        if (!h.name.isEmpty() || !h.nameLatin.isEmpty())
            holders << h;
    }
    return holders;
}

Result<catalog::WorkEdit> WorkDetailPanel::edit() const
{
    catalog::WorkEdit e;
    if (m_title->text() != m_work.title)
        e.title = m_title->text();
    if (m_titleLatin->text() != m_work.titleLatin)
        e.titleLatin = m_titleLatin->text();
    const auto kind = catalog::workKindFromKey(m_kind->currentData().toString());
    if (kind && *kind != m_work.kind)
        e.kind = *kind;
    if (m_series->currentText().simplified() != m_work.series)
        e.series = m_series->currentText();
    if (m_volume->value() != m_work.volume)
        e.volume = m_volume->value();
    if (m_chapter->text() != m_work.chapter)
        e.chapter = m_chapter->text();
    const qint64 signer = m_signer->currentData().toLongLong();
    if (signer != m_work.signingIdentityId && m_signer->count() > 0)
        e.signingIdentityId = signer;
    if (m_notes->toPlainText() != m_work.notes)
        e.notes = m_notes->toPlainText();
    const QStringList tags = splitTags(m_tags->text());
    if (tags != m_work.tags)
        e.tags = tags;

    const QList<catalog::WorkHolder> holders = holdersInForm();
    for (const auto &h : holders)
        if (h.name.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The rights holder \"%1\" needs a name in its original script.").arg(h.nameLatin));
    if (holders != m_work.holders)
        e.holders = holders;

    // Publications: rows whose id is known and unchanged stay; the rest is removed and added again.
    QList<qint64> kept;
    for (int row = 0; row < m_publications->rowCount(); ++row) {
        catalog::Publication p;
        p.id = m_publications->item(row, 0)->data(Qt::UserRole).toLongLong();
        p.url = m_publications->item(row, 0)->text().trimmed();
        p.platform = m_publications->item(row, 1) ? m_publications->item(row, 1)->text().trimmed() : QString();
        const QString date = m_publications->item(row, 2) ? m_publications->item(row, 2)->text().trimmed() : QString();
        if (p.url.isEmpty())
            continue;
        if (!date.isEmpty()) {
            p.publishedOn = QDate::fromString(date, Qt::ISODate);
            if (!p.publishedOn.isValid())
                return makeError(ErrorCode::InvalidArgument,
                                 tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.").arg(date));
        }
        const auto original = std::find_if(m_work.publications.cbegin(), m_work.publications.cend(),
                                           [&](const catalog::Publication &o) { return o.id == p.id && p.id != 0; });
        if (original != m_work.publications.cend() && *original == p) {
            kept << p.id;
            continue;
        }
        p.id = 0;
        e.addPublications << p;
    }
    for (const auto &p : m_work.publications)
        if (!kept.contains(p.id))
            e.removePublications << p.id;
    return e;
}

void WorkDetailPanel::save()
{
    auto change = edit();
    if (!change.ok()) {
        showError(change.error().message);
        return;
    }
    m_error->hide();
    if (change->isEmpty()) {
        revert();
        return;
    }
    Q_EMIT saveRequested(m_work.id, *change);
}

} // namespace rakkan::ui
