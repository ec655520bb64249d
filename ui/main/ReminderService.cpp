#include "ui/main/ReminderService.h"

#include "enforcement/CaseStore.h"
#include "licensing/OfferStore.h"
#include "registry/VendorForms.h"

namespace rakkan::ui {

namespace {
// Offers whose answer is due this close are reminded of (the inbox marks them urgent too).
constexpr int kOfferDays = 7;
} // namespace

ReminderService::ReminderService(CatalogSession *session, Clock clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(std::move(clock))
{}

void ReminderService::check()
{
    const QDateTime now = m_clock().toUTC();
    m_session->submit<Due>(
        this,
        [now](catalog::Catalog &catalog) {
            // A list that cannot be read is just not reminded of: its window shows the error when opened.
            Due due;
            const QString nowIso = now.toString(Qt::ISODateWithMs);
            if (auto forms = registry::VendorForms::list(catalog); forms.ok())
                due.forms = int(std::count_if(forms->begin(), forms->end(),
                                              [&](const registry::VendorSubmission &r) { return r.isDue(nowIso); }));
            const QDate today = now.toLocalTime().date();
            if (auto offers = licensing::OfferStore(catalog).current(); offers.ok())
                due.offers = int(std::count_if(offers->begin(), offers->end(), [&](const licensing::Offer &o) {
                    return o.answerDueWithin(today, kOfferDays);
                }));
            if (auto cases = enforcement::CaseStore(catalog).due(now.addDays(kOfferDays)); cases.ok())
                due.cases = int(cases->size());
            return due;
        },
        [this](const Due &due) {
            const bool news = due.forms > m_due.forms || due.offers > m_due.offers || due.cases > m_due.cases;
            m_due = due;
            Q_EMIT checked(due, news);
        });
}

} // namespace rakkan::ui
