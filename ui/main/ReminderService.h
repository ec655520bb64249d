#pragma once

#include "ui/common/CatalogSession.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace rakkan::ui {

// What is due in the open catalogue: vendor opt-outs whose date to check again has come (vendors' forms send no
// receipt), licensing offers whose answer is due within a week or overdue, and cases with a deadline as close. The
// clock is given, so that tests can move the date.
class ReminderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)

public:
    using Clock = std::function<QDateTime()>;
    struct Due
    {
        int forms = 0;
        int offers = 0;
        int cases = 0; // open cases whose deadline falls within a week, or has passed
        bool operator==(const Due &) const = default;
    };

    ReminderService(CatalogSession *session, Clock clock, QObject *parent = nullptr);

    // Counts again; emits checked() with the counts, and whether something new came due since the last count.
    void check();
    // The catalogue changed: what was due there is not news here.
    void reset() { m_due = {}; }
    Due due() const { return m_due; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void checked(const rakkan::ui::ReminderService::Due &due, bool news);

private:
    CatalogSession *m_session;
    Clock m_clock;
    Due m_due;
};

} // namespace rakkan::ui
