#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rakkan::licensing {

// An exact amount of one currency in its minor units (yen, cents): never a floating-point number. Text is parsed
// strictly (a plain decimal with at most the currency's decimals) and shown in the locale's own format.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::Money)

public:
    // Beyond this, an amount is a typing mistake, and sums of many stay far from overflow.
    static constexpr qint64 kMaxMinorUnits = 1'000'000'000'000'000LL; // 10^15

    Money() = default;
    static Result<Money> fromMinorUnits(qint64 minor, const QString &currency);
    // "5000", "5,000.50", "5000.5" (for USD); refuses signs, exponents, too many decimals, unknown currencies.
    static Result<Money> parse(const QString &text, const QString &currency);
    // An amount with its currency in one text, as people write it: "500000 JPY", "5,000.50 usd".
    static Result<Money> parseWithCurrency(const QString &text);
    // The currencies offered first in lists (any ISO 4217 code Rakkan knows can be typed).
    static const QStringList &commonCurrencies();
    // ISO 4217 decimals: JPY 0, USD 2, ...; nullopt for a code Rakkan does not know.
    static std::optional<int> decimals(const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }

    Result<Money> plus(const Money &other) const;
    // This amount times a fraction num/den, rounded half away from zero (shares, pro-rata splits).
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;

    QString toPlainString() const;                           // "5000.50", for files and exchange formats
    QString format(const QLocale &locale = QLocale()) const; // "$5,000.50", "￥5,000"

    bool operator==(const Money &) const = default;

private:
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace rakkan::licensing
