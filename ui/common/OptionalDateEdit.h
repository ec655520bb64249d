#pragma once

#include <QDate>
#include <QDateEdit>

namespace rakkan::ui {

// A date that may be left unset ("Not set"), as a deadline or a licence term often is. QDateEdit cannot be empty,
// so its minimum stands for "unset"; this class makes that behave as a person expects: typing into an unset field
// starts from today's date instead of appending digits to the placeholder, the calendar opens at the current month
// rather than at the minimum, and dates show as every window shows them (unambiguousDateFormat, never 12/6/26).
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &unsetText, QWidget *parent = nullptr);

    // An invalid QDate for "unset".
    QDate value() const;
    void setValue(const QDate &date);
    bool isSet() const { return date() != minimumDate(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace rakkan::ui
