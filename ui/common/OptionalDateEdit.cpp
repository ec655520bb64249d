#include "ui/common/OptionalDateEdit.h"

#include "ui/common/Dates.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace rakkan::ui {

namespace {

// Far enough back that no real date is refused, and never a date anyone means.
const QDate kUnset(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(const QString &unsetText, QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kUnset);
    setSpecialValueText(unsetText);
    setDisplayFormat(unambiguousDateFormat(locale()));
    setDate(kUnset);
}

QDate OptionalDateEdit::value() const
{
    return isSet() ? date() : QDate();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() && date > kUnset ? date : kUnset);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // On the placeholder, the first digit begins a date: start from today with everything selected, so that
    // "2026/12/06" typed in becomes that date rather than "Not set20261206".
    if (!isSet() && !event->text().isEmpty() && event->text().front().isDigit()) {
        setDate(QDate::currentDate());
        setCurrentSectionIndex(0);
        lineEdit()->setSelection(0, 4);
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    const bool wasSet = isSet();
    QDateEdit::mousePressEvent(event);
    // The popup shows the month of the current value; for an unset date that would be January 1900.
    if (!wasSet && calendarWidget())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
}

} // namespace rakkan::ui
