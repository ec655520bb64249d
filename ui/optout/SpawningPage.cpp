#include "ui/optout/SpawningPage.h"

#include "identity/KeychainSecrets.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace rakkan::ui {

using registry::Spawning;
using registry::SpawningUrl;

namespace {

QString localTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dateTimeText(when);
}

} // namespace

SpawningPage::SpawningPage(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("spawningPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Spawning keeps a Do Not Train registry that some AI developers honour. Rakkan asks "
                                "it about your works' public web addresses (the ones recorded as publications) and "
                                "hands those addresses to Have I Been Trained, where you confirm the opt-out with "
                                "your account. Only the addresses are sent."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("spawningTable"));
    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Opted out"), tr("Checked"), tr("Handed off")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Public addresses"));
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("spawningStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    auto *key = new QPushButton(tr("API &Key..."));
    key->setObjectName(QStringLiteral("spawningKeyButton"));
    auto *check = new QPushButton(tr("&Check the Works"));
    check->setObjectName(QStringLiteral("spawningCheckButton"));
    auto *hand = new QPushButton(tr("&Opt Out on Have I Been Trained..."));
    hand->setObjectName(QStringLiteral("spawningHandOffButton"));
    m_buttons = {key, check, hand};
    for (auto *b : m_buttons)
        row->addWidget(b);
    layout->addLayout(row);

    connect(key, &QPushButton::clicked, this, &SpawningPage::setApiKey);
    connect(check, &QPushButton::clicked, this, &SpawningPage::checkStatus);
    connect(hand, &QPushButton::clicked, this, &SpawningPage::handOff);
}

template <typename R> void SpawningPage::inBackground(std::function<R()> work, std::function<void(R)> finish)
{
    // Closing the window drops the job: its answer is not waited for, and goes nowhere.
    delete m_job;
    m_job = new Job(tr("Asking Spawning"), QString(), this);
    m_job->start<R>([work = std::move(work)](JobContext &) { return work(); }, std::move(finish));
}

void SpawningPage::done(bool ok, const QString &message)
{
    m_busy = false;
    for (auto *b : std::as_const(m_buttons))
        b->setEnabled(true);
    m_status->setText(message);
    if (!ok)
        m_dialogs->showError(this, tr("Spawning"), message);
    Q_EMIT finished(ok, message);
    refresh();
}

void SpawningPage::refresh()
{
    m_catalog.submit<Result<QList<SpawningUrl>>>(
        this, [](catalog::Catalog &catalog) { return Spawning::urlsOfWorks(catalog, {}); },
        [this](const Result<QList<SpawningUrl>> &urls) {
            if (!urls.ok()) {
                m_status->setText(urls.error().message);
                return;
            }
            m_urls = *urls;
            m_table->setRowCount(int(m_urls.size()));
            for (int r = 0; r < m_urls.size(); ++r) {
                const SpawningUrl &u = m_urls[r];
                const QStringList cells{u.url,
                                        !u.optedOut   ? tr("Not checked")
                                        : *u.optedOut ? tr("Yes")
                                                      : tr("No"),
                                        localTime(u.checkedAt), localTime(u.handedOffAt)};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
            }
            m_table->resizeColumnsToContents();
            if (m_urls.isEmpty() && !m_busy)
                m_status->setText(tr("No work has a public web address yet: add where a work is published in its "
                                     "details (Publications)."));
            Q_EMIT refreshed();
        });
}

template <typename R>
void SpawningPage::withUrls(
    std::function<Result<R>(const QStringList &)> network,
    std::function<Result<void>(catalog::Catalog &, const QList<SpawningUrl> &, const R &)> record,
    std::function<QString(const R &)> describe)
{
    if (m_busy)
        return;
    m_busy = true;
    for (auto *b : std::as_const(m_buttons))
        b->setEnabled(false);
    m_status->setText(tr("Asking Spawning..."));
    m_catalog.submit<Result<QList<SpawningUrl>>>(
        this, [works = m_workIds](catalog::Catalog &catalog) { return Spawning::urlsOfWorks(catalog, works); },
        [this, network, record, describe](const Result<QList<SpawningUrl>> &urls) {
            if (!urls.ok()) {
                done(false, urls.error().message);
                return;
            }
            QStringList list;
            for (const SpawningUrl &u : *urls)
                list << u.url;
            if (list.isEmpty()) {
                done(false, tr("These works have no public web address: add where they are published in their "
                               "details (Publications)."));
                return;
            }
            inBackground<Result<R>>(
                [network, list] { return network(list); },
                [this, found = *urls, record, describe](const Result<R> &got) {
                    if (!got.ok()) {
                        done(false, got.error().message);
                        return;
                    }
                    const R value = *got;
                    m_catalog.submit<Result<void>>(
                        this,
                        [record, found, value](catalog::Catalog &catalog) { return record(catalog, found, value); },
                        [this, describe, value](const Result<void> &recorded) {
                            done(recorded.ok(), recorded.ok() ? describe(value) : recorded.error().message);
                        });
                });
        });
}

void SpawningPage::setApiKey()
{
    const auto key = m_dialogs->askPassphrase(this, tr("Spawning API key"),
                                              tr("Your Spawning API key (kept in the system keychain):"), false, 8);
    if (!key)
        return;
    m_status->setText(tr("Saving the key in the system keychain..."));
    inBackground<Result<void>>(
        [secret = key->toUtf8()] { return identity::KeychainSecrets().store(Spawning::apiKeyName(), secret); },
        [this](const Result<void> &stored) {
            m_status->setText(stored.ok() ? tr("The API key is in the system keychain.") : stored.error().message);
            if (!stored.ok())
                m_dialogs->showError(this, tr("Spawning API key"), stored.error().message);
        });
}

void SpawningPage::checkStatus()
{
    const registry::SpawningEndpoints endpoints = m_endpoints;
    withUrls<QMap<QString, bool>>(
        [endpoints](const QStringList &list) -> Result<QMap<QString, bool>> {
            auto key = identity::KeychainSecrets().load(Spawning::apiKeyName());
            if (!key.ok() && key.error().code == ErrorCode::NotFound)
                return makeError(key.error().code,
                                 tr("No Spawning API key yet: press \"API Key...\" to keep yours in the keychain."));
            if (!key.ok())
                return key.error(); // the keychain's own reason (none running, locked, refused)
            return Spawning(endpoints).optOutStatus(list, QString::fromUtf8(*key));
        },
        &Spawning::recordStatus,
        [](const QMap<QString, bool> &status) {
            int out = 0;
            for (bool v : status)
                out += v ? 1 : 0;
            return tr("%1 of %n address(es) are opted out at Spawning.", nullptr, int(status.size())).arg(out);
        });
}

void SpawningPage::handOff()
{
    const registry::SpawningEndpoints endpoints = m_endpoints;
    withUrls<QString>([endpoints](const QStringList &list) { return Spawning(endpoints).handOff(list); },
                      &Spawning::recordHandOff,
                      [this](const QString &link) {
                          m_dialogs->openUrl(QUrl(link));
                          return tr("Have I Been Trained is open in your browser: log in there and confirm the "
                                    "opt-out. The link: %1")
                              .arg(link);
                      });
}

} // namespace rakkan::ui
