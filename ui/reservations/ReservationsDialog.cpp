#include "ui/reservations/ReservationsDialog.h"

#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/reservations/CheckReservationsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>

namespace rakkan::ui {

using reservations::ReservationPolicy;

namespace {

const QStringList kUserTokens{QStringLiteral("commercial"), QStringLiteral("non-commercial"),
                              QStringLiteral("education"), QStringLiteral("government"), QStringLiteral("personal")};
const QStringList kJurisdictions{QStringLiteral("EU"), QStringLiteral("JP"), QStringLiteral("US")};

QString userLabel(const QString &token)
{
    if (token == QLatin1String("commercial"))
        return ReservationsDialog::tr("Companies");
    if (token == QLatin1String("non-commercial"))
        return ReservationsDialog::tr("Non-commercial");
    if (token == QLatin1String("education"))
        return ReservationsDialog::tr("Education");
    if (token == QLatin1String("government"))
        return ReservationsDialog::tr("Government");
    return ReservationsDialog::tr("Individuals");
}

QString jurisdictionLabel(const QString &code)
{
    if (code == QLatin1String("EU"))
        return ReservationsDialog::tr("EU (Art. 4 DSM Directive)");
    if (code == QLatin1String("JP"))
        return ReservationsDialog::tr("Japan (Art. 30-4)");
    return ReservationsDialog::tr("United States");
}

} // namespace

ReservationsDialog::ReservationsDialog(CatalogBinding catalog, Dialogs *dialogs,
                                       identity::IdentityManager::VaultFactory vaults, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs), m_vaults(std::move(vaults)),
      m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("reservationsDialog"));
    setWindowTitle(tr("Reservations"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say once what you reserve against AI. Rakkan writes it in every form AI developers "
                                "read: robots.txt, TDMRep, ai.txt, an RSL licence, page tags and server headers, "
                                "and the metadata of exported copies."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(new QLabel(tr("&Policy:")));
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_policy->setToolTip(tr("The policy for all works covers every work; works published under other terms can "
                            "follow another policy."));
    m_policy->addItem(policyLabel(reservations::PolicyStore::kDefault), reservations::PolicyStore::kDefault);
    qobject_cast<QLabel *>(policyRow->itemAt(0)->widget())->setBuddy(m_policy);
    auto *newPolicyButton = new QPushButton(tr("&New Policy..."));
    newPolicyButton->setObjectName(QStringLiteral("newPolicyButton"));
    auto *apply = new QPushButton(tr("&Apply to Selected Works"));
    apply->setObjectName(QStringLiteral("applyPolicyButton"));
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(newPolicyButton);
    policyRow->addWidget(apply);
    layout->addLayout(policyRow);

    auto *splitter = new QSplitter;
    auto *formSide = new QWidget;
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto *who = new QGroupBox(tr("Who"));
    auto *whoForm = new QFormLayout(who);
    auto line = [](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_site = line("siteEdit", QStringLiteral("https://artist.example"));
    m_creator = line("creatorEdit", tr("Your name as an artist"));
    m_holder = line("holderEdit", tr("A studio or publisher, if not you"));
    m_email = line("emailEdit", QStringLiteral("licensing@artist.example"));
    m_terms = line("termsEdit", QStringLiteral("https://artist.example/ai-licensing"));
    m_copyright = line("copyrightEdit", tr("© 2026 Your Name"));
    whoForm->addRow(tr("&Site:"), m_site);
    whoForm->addRow(tr("C&reator:"), m_creator);
    whoForm->addRow(tr("Rights &holder:"), m_holder);
    whoForm->addRow(tr("Licensing &e-mail:"), m_email);
    whoForm->addRow(tr("&Terms page:"), m_terms);
    whoForm->addRow(tr("Copyright &notice:"), m_copyright);
    formLayout->addWidget(who);

    auto *what = new QGroupBox(tr("What is reserved"));
    auto *whatLayout = new QVBoxLayout(what);
    auto box = [](const char *name, const QString &text) {
        auto *check = new QCheckBox(text);
        check->setObjectName(QLatin1String(name));
        return check;
    };
    m_training = box("reserveTraining", tr("All AI training"));
    m_generative = box("reserveGenerative", tr("Training of generative AI"));
    m_input = box("reserveInput", tr("Use as AI input (retrieval, grounding, answers)"));
    for (auto *c : {m_training, m_generative, m_input})
        whatLayout->addWidget(c);
    formLayout->addWidget(what);
    // What stays allowed has a group of its own: a tick here allows, where a tick above reserves.
    auto *allowed = new QGroupBox(tr("What stays allowed"));
    auto *allowedLayout = new QVBoxLayout(allowed);
    m_search = box("allowSearch", tr("Ordinary search engines may index the works"));
    allowedLayout->addWidget(m_search);
    formLayout->addWidget(allowed);

    auto *licences = new QGroupBox(tr("Licences"));
    auto *licenceLayout = new QVBoxLayout(licences);
    m_licences = box("offerLicences", tr("AI uses are available under licence"));
    licenceLayout->addWidget(m_licences);
    auto *priceRow = new QHBoxLayout;
    m_amount = line("amountEdit", tr("e.g. 50000"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItems({QStringLiteral("JPY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("KRW"), QStringLiteral("CNY"), QStringLiteral("TWD")});
    priceRow->addWidget(new QLabel(tr("Price for training:")));
    priceRow->addWidget(m_amount, 1);
    priceRow->addWidget(m_currency);
    licenceLayout->addLayout(priceRow);
    auto *usersRow = new QHBoxLayout;
    usersRow->addWidget(new QLabel(tr("Who may license:")));
    for (const QString &token : kUserTokens) {
        auto *c = new QCheckBox(userLabel(token));
        c->setProperty("token", token);
        m_users << c;
        usersRow->addWidget(c);
    }
    usersRow->addStretch();
    licenceLayout->addLayout(usersRow);
    formLayout->addWidget(licences);

    auto *where = new QGroupBox(tr("Statements for"));
    auto *whereLayout = new QHBoxLayout(where);
    for (const QString &code : kJurisdictions) {
        auto *c = new QCheckBox(jurisdictionLabel(code));
        c->setProperty("code", code);
        m_jurisdictions << c;
        whereLayout->addWidget(c);
    }
    whereLayout->addStretch();
    formLayout->addWidget(where);

    m_condition = new QPlainTextEdit;
    m_condition->setObjectName(QStringLiteral("conditionEdit"));
    m_condition->setPlaceholderText(tr("Your own wording of the condition (empty: Rakkan writes one from the terms)"));
    m_condition->setMaximumHeight(60);
    formLayout->addWidget(m_condition);
    auto *webBox = new QGroupBox(tr("Exported copies"));
    auto *webForm = new QFormLayout(webBox);
    m_maxSide = new QSpinBox;
    m_maxSide->setObjectName(QStringLiteral("maxSideSpin"));
    m_maxSide->setRange(0, 20000);
    m_maxSide->setSingleStep(100);
    m_maxSide->setSuffix(tr(" px"));
    m_maxSide->setSpecialValueText(tr("Original size"));
    m_watermark = line("watermarkEdit", tr("Text drawn in a corner (empty: none)"));
    webForm->addRow(tr("Longest &side:"), m_maxSide);
    webForm->addRow(tr("&Watermark:"), m_watermark);
    m_credentials = new QCheckBox(tr("Sign &Content Credentials (C2PA) into JPEG, PNG and WebP copies"));
    m_credentials->setObjectName(QStringLiteral("contentCredentialsCheck"));
    m_credentials->setToolTip(tr("Each copy carries a signed statement of your AI training and data-mining choices "
                                 "that Adobe's Content Credentials and other C2PA readers show. It is signed by your "
                                 "identity with a certificate Rakkan issues for you: readers see it as valid, from a "
                                 "signer who is not on the C2PA trust list."));
    webForm->addRow(QString(), m_credentials);
    formLayout->addWidget(webBox);
    formLayout->addStretch();
    splitter->addWidget(formSide);

    auto *previewSide = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Preview:")));
    m_file = new QComboBox;
    m_file->setObjectName(QStringLiteral("previewFile"));
    fileRow->addWidget(m_file, 1);
    previewLayout->addLayout(fileRow);
    // What is wrong with the form is said here, beside it: a message that comes and goes above or below the
    // fields would move them while the user types, and clicks would land in the wrong one.
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("policyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    previewLayout->addWidget(m_problems);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *progressRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reservationsStatus"));
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
    auto *saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("savePolicyButton"));
    auto *kit = new QPushButton(tr("Export Site &Kit..."));
    kit->setObjectName(QStringLiteral("exportKitButton"));
    auto *copies = new QPushButton(tr("Export &Copies of Selected Works..."));
    copies->setObjectName(QStringLiteral("exportCopiesButton"));
    auto *checker = new QPushButton(tr("C&heck a File or Site..."));
    checker->setObjectName(QStringLiteral("openCheckerButton"));
    auto *close = new QPushButton(tr("Close"));
    for (auto *b : {saveButton, kit, copies, checker})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ReservationsDialog::updatePreview);
    auto changed = [this] { m_delay->start(); };
    for (auto *e : {m_site, m_creator, m_holder, m_email, m_terms, m_copyright, m_amount})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (auto *c : {m_training, m_generative, m_input, m_search, m_licences})
        connect(c, &QCheckBox::toggled, this, changed);
    for (auto *c : std::as_const(m_users))
        connect(c, &QCheckBox::toggled, this, changed);
    for (auto *c : std::as_const(m_jurisdictions))
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_currency, &QComboBox::currentIndexChanged, this, changed);
    connect(m_condition, &QPlainTextEdit::textChanged, this, changed);
    // All training includes generative training: the narrower box follows.
    connect(m_training, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_generative->setChecked(true);
        m_generative->setEnabled(!on);
    });
    connect(m_licences, &QCheckBox::toggled, this, [this](bool on) {
        m_amount->setEnabled(on);
        m_currency->setEnabled(on);
        for (auto *c : std::as_const(m_users))
            c->setEnabled(on);
    });
    connect(m_file, &QComboBox::currentTextChanged, this,
            [this](const QString &file) { m_preview->setPlainText(QString::fromUtf8(m_files.value(file))); });
    connect(m_policy, &QComboBox::activated, this,
            [this](int index) { choosePolicy(m_policy->itemData(index).toString()); });
    connect(newPolicyButton, &QPushButton::clicked, this, &ReservationsDialog::newPolicy);
    connect(apply, &QPushButton::clicked, this, &ReservationsDialog::applyToSelectedWorks);
    connect(saveButton, &QPushButton::clicked, this, &ReservationsDialog::save);
    connect(kit, &QPushButton::clicked, this, &ReservationsDialog::exportSiteKit);
    connect(copies, &QPushButton::clicked, this, &ReservationsDialog::exportCopies);
    connect(checker, &QPushButton::clicked, this, [this] { openChecker(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_copies)
            m_copies->cancel();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    setPolicy(ReservationPolicy::defaults());
}

QString ReservationsDialog::policyLabel(const QString &name)
{
    return name == reservations::PolicyStore::kDefault ? tr("All works (the default policy)") : name;
}

void ReservationsDialog::fail(const QString &title, const QString &message)
{
    m_status->setText(message);
    m_dialogs->showError(this, title, message);
}

void ReservationsDialog::load()
{
    loadPolicy(policyName());
}

QString ReservationsDialog::policyName() const
{
    return m_shown;
}

QStringList ReservationsDialog::policyNames() const
{
    QStringList out;
    for (int i = 0; i < m_policy->count(); ++i)
        out << m_policy->itemData(i).toString();
    return out;
}

void ReservationsDialog::loadPolicy(const QString &name)
{
    struct Loaded
    {
        Result<QStringList> names = makeError(ErrorCode::NotFound, QString());
        Result<ReservationPolicy> policy = makeError(ErrorCode::NotFound, QString());
    };
    m_catalog.submit<Loaded>(
        this,
        [name](catalog::Catalog &catalog) {
            reservations::PolicyStore store(catalog);
            return Loaded{store.names(), store.policy(name)};
        },
        [this, name](const Loaded &l) {
            if (!l.names.ok() || !l.policy.ok()) {
                fail(tr("Reservations"), (l.names.ok() ? l.policy.error() : l.names.error()).message);
                return;
            }
            m_policy->blockSignals(true);
            m_policy->clear();
            for (const QString &known : *l.names)
                m_policy->addItem(policyLabel(known), known);
            m_policy->setCurrentIndex(m_policy->findData(name));
            m_policy->blockSignals(false);
            m_shown = name;
            setPolicy(*l.policy);
            Q_EMIT loaded();
        });
}

void ReservationsDialog::choosePolicy(const QString &name)
{
    if (policy() != m_loaded &&
        !m_dialogs->confirm(this, tr("Reservations"), tr("Leave your changes to this policy unsaved?"))) {
        // The selector goes back to what the form shows, so that Save cannot write it under another name.
        m_policy->blockSignals(true);
        m_policy->setCurrentIndex(m_policy->findData(m_shown));
        m_policy->blockSignals(false);
        return;
    }
    m_policy->setCurrentIndex(m_policy->findData(name));
    loadPolicy(name);
}

void ReservationsDialog::newPolicy()
{
    const auto name = m_dialogs->askText(this, tr("New policy"),
                                         tr("A name for the policy (for example \"press kit\" or \"fan art\"). It "
                                            "starts as a copy of the one shown."));
    if (!name || name->isEmpty())
        return;
    if (const QStringList problems = policy().problems(); !problems.isEmpty()) {
        fail(tr("New policy"), problems.join(QLatin1Char('\n')));
        return;
    }
    if (policyNames().contains(*name)) {
        fail(tr("New policy"), tr("There is a policy called \"%1\" already.").arg(*name));
        return;
    }
    m_policy->addItem(policyLabel(*name), *name);
    m_policy->setCurrentIndex(m_policy->count() - 1);
    m_shown = *name;
    save();
}

void ReservationsDialog::applyToSelectedWorks()
{
    if (m_selectedWorks.isEmpty()) {
        fail(tr("Apply a policy"), tr("Select the works in the main window first."));
        return;
    }
    const QString name = policyName();
    const QList<qint64> works = m_selectedWorks;
    m_catalog.submit<Result<void>>(
        this,
        [works, name](catalog::Catalog &catalog) { return reservations::PolicyStore(catalog).assign(works, name); },
        [this, works, name](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Apply a policy"), done.error().message);
                return;
            }
            m_status->setText(tr("%n work(s) now follow \"%1\".", nullptr, int(works.size())).arg(name));
            Q_EMIT applied(int(works.size()), name);
        });
}

ReservationPolicy ReservationsDialog::policy() const
{
    ReservationPolicy p = m_loaded;
    p.siteUrl = m_site->text().trimmed();
    while (p.siteUrl.endsWith(QLatin1Char('/')))
        p.siteUrl.chop(1);
    p.creator = m_creator->text().trimmed();
    p.rightsHolder = m_holder->text().trimmed();
    p.contactEmail = m_email->text().trimmed();
    p.termsUrl = m_terms->text().trimmed();
    p.copyrightNotice = m_copyright->text().trimmed();
    p.reserveTraining = m_training->isChecked();
    p.reserveGenerativeTraining = m_generative->isChecked() || p.reserveTraining;
    p.reserveAiInput = m_input->isChecked();
    p.allowSearch = m_search->isChecked();
    p.offersLicences = m_licences->isChecked();
    p.licenceAmount = p.offersLicences ? m_amount->text().trimmed() : QString();
    p.licenceCurrency = p.licenceAmount.isEmpty() ? QString() : m_currency->currentText();
    p.licenceUsers.clear();
    if (p.offersLicences)
        for (auto *c : m_users)
            if (c->isChecked())
                p.licenceUsers << c->property("token").toString();
    p.jurisdictions.clear();
    for (auto *c : m_jurisdictions)
        if (c->isChecked())
            p.jurisdictions << c->property("code").toString();
    p.otherConstraints = m_condition->toPlainText().trimmed();
    return p;
}

void ReservationsDialog::setPolicy(const ReservationPolicy &p)
{
    m_loaded = p;
    m_site->setText(p.siteUrl);
    m_creator->setText(p.creator);
    m_holder->setText(p.rightsHolder);
    m_email->setText(p.contactEmail);
    m_terms->setText(p.termsUrl);
    m_copyright->setText(p.copyrightNotice);
    m_training->setChecked(p.reserveTraining);
    m_generative->setChecked(p.reserveGenerativeTraining);
    m_generative->setEnabled(!p.reserveTraining);
    m_input->setChecked(p.reserveAiInput);
    m_search->setChecked(p.allowSearch);
    m_licences->setChecked(p.offersLicences);
    m_amount->setText(p.licenceAmount);
    if (!p.licenceCurrency.isEmpty()) {
        if (m_currency->findText(p.licenceCurrency) < 0)
            m_currency->addItem(p.licenceCurrency);
        m_currency->setCurrentText(p.licenceCurrency);
    }
    for (auto *c : std::as_const(m_users))
        c->setChecked(p.licenceUsers.contains(c->property("token").toString()));
    for (auto *c : std::as_const(m_jurisdictions))
        c->setChecked(p.jurisdictions.contains(c->property("code").toString()));
    m_amount->setEnabled(p.offersLicences);
    m_currency->setEnabled(p.offersLicences);
    for (auto *c : std::as_const(m_users))
        c->setEnabled(p.offersLicences);
    m_condition->setPlainText(p.otherConstraints);
    updatePreview();
}

void ReservationsDialog::updatePreview()
{
    const ReservationPolicy p = policy();
    const QStringList problems = p.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    // Generating is string work on a few kilobytes: done here, so the preview follows each keystroke.
    reservations::SiteKit::Input input;
    input.policy = p;
    m_files = reservations::SiteKit::files(input);
    const QString current = m_file->currentText();
    m_file->blockSignals(true);
    m_file->clear();
    m_file->addItems(m_files.keys());
    m_file->setCurrentText(current.isEmpty() ? QStringLiteral("robots.txt") : current);
    m_file->blockSignals(false);
    m_preview->setPlainText(QString::fromUtf8(m_files.value(m_file->currentText())));
}

QStringList ReservationsDialog::previewFiles() const
{
    return m_files.keys();
}

QString ReservationsDialog::preview(const QString &file) const
{
    return QString::fromUtf8(m_files.value(file));
}

bool ReservationsDialog::settleEdits()
{
    if (policy() == m_loaded)
        return true;
    const auto choice = m_dialogs->askUnsavedChanges(
        this, tr("Reservations"),
        tr("The policy \"%1\" has changes that are not saved. Save them before going on?").arg(m_shown));
    if (choice == Dialogs::UnsavedChoice::Cancel)
        return false;
    if (choice == Dialogs::UnsavedChoice::Save)
        save();
    else
        setPolicy(m_loaded); // the form goes back to the policy as saved
    return true;
}

void ReservationsDialog::done(int result)
{
    if (!settleEdits())
        return;
    QDialog::done(result);
}

void ReservationsDialog::save()
{
    const ReservationPolicy p = policy();
    const QString name = policyName();
    m_catalog.submit<Result<void>>(
        this, [p, name](catalog::Catalog &catalog) { return reservations::PolicyStore(catalog).save(p, name); },
        [this, p](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Save the reservation policy"), done.error().message);
                Q_EMIT saved(false, done.error().message);
                return;
            }
            m_loaded = p;
            m_status->setText(tr("Saved."));
            Q_EMIT saved(true, QString());
        });
}

} // namespace rakkan::ui
