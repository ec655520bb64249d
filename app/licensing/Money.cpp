#include "licensing/Money.h"

#include <QHash>
#include <QRegularExpression>
#include <QtNumeric>

namespace rakkan::licensing {

std::optional<int> Money::decimals(const QString &currency)
{
    static const QHash<QString, int> table{
        {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("TWD"), 2}, {QStringLiteral("CNY"), 2},
        {QStringLiteral("HKD"), 2}, {QStringLiteral("SGD"), 2}, {QStringLiteral("USD"), 2}, {QStringLiteral("CAD"), 2},
        {QStringLiteral("AUD"), 2}, {QStringLiteral("NZD"), 2}, {QStringLiteral("EUR"), 2}, {QStringLiteral("GBP"), 2},
        {QStringLiteral("CHF"), 2}, {QStringLiteral("SEK"), 2}, {QStringLiteral("NOK"), 2}, {QStringLiteral("DKK"), 2},
        {QStringLiteral("PLN"), 2}, {QStringLiteral("CZK"), 2}, {QStringLiteral("INR"), 2}, {QStringLiteral("BRL"), 2},
        {QStringLiteral("MXN"), 2}, {QStringLiteral("THB"), 2}, {QStringLiteral("IDR"), 2}, {QStringLiteral("PHP"), 2},
        {QStringLiteral("VND"), 0}, {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3},
    };
    const auto it = table.constFind(currency);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

Result<Money> Money::fromMinorUnits(qint64 minor, const QString &currency)
{
    if (!decimals(currency))
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not a currency Rakkan knows (ISO 4217, e.g. JPY, "
                                                        "USD, EUR).")
                                                         .arg(currency));
    if (minor < 0 || minor > kMaxMinorUnits)
        return makeError(ErrorCode::InvalidArgument, tr("An amount must be zero or more, and not absurdly large."));
    return Money(minor, currency);
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    const auto places = decimals(currency);
    if (!places)
        return fromMinorUnits(0, currency); // the same refusal
    QString t = text.trimmed();
    // Thousands separators as people type them (both the Latin and the full-width comma), nothing else.
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char('_'));
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,16})(?:\\.(\\d+))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an amount: write digits, optionally with a decimal point (no sign, no "
                            "exponent).")
                             .arg(text));
    const QString fraction = m.captured(2);
    if (fraction.size() > *places)
        return makeError(ErrorCode::InvalidArgument,
                         *places == 0
                             ? tr("%1 has no decimals: \"%2\" is not an amount of it.").arg(currency, text)
                             : tr("%1 has %2 decimals: \"%3\" has more.").arg(currency).arg(*places).arg(text));
    qint64 minor = m.captured(1).toLongLong();
    for (int i = 0; i < *places; ++i) {
        if (minor > kMaxMinorUnits / 10)
            return fromMinorUnits(-1, currency); // too large: the same refusal
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    }
    return fromMinorUnits(minor, currency);
}

Result<Money> Money::parseWithCurrency(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\S+?)\\s*([A-Za-z]{3})\\s*$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an amount with its currency, e.g. \"500000 JPY\".").arg(text));
    return parse(m.captured(1), m.captured(2).toUpper());
}

const QStringList &Money::commonCurrencies()
{
    static const QStringList list{QStringLiteral("JPY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                  QStringLiteral("GBP"), QStringLiteral("KRW"), QStringLiteral("CNY"),
                                  QStringLiteral("TWD"), QStringLiteral("CAD"), QStringLiteral("AUD")};
    return list;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 and %2 cannot be added without an exchange rate.").arg(m_currency, other.m_currency));
    if (m_minor > kMaxMinorUnits - other.m_minor)
        return fromMinorUnits(-1, m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0 || numerator < 0)
        return makeError(ErrorCode::InvalidArgument, tr("A share must be a non-negative fraction."));
    // minor x n / d as (q x n) + (r x n) / d, with q, r = minor / d, minor % d: exact, and every product checked.
    const qint64 q = m_minor / denominator, r = m_minor % denominator;
    qint64 whole = 0, part = 0, result = 0;
    if (qMulOverflow(q, numerator, &whole) || qMulOverflow(r, numerator, &part) ||
        qAddOverflow(whole, (part + denominator / 2) / denominator, &result) || result > kMaxMinorUnits)
        return fromMinorUnits(-1, m_currency);
    return Money(result, m_currency);
}

QString Money::toPlainString() const
{
    const int places = decimals(m_currency).value_or(0);
    if (places == 0)
        return QString::number(m_minor);
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return QStringLiteral("%1.%2").arg(m_minor / scale).arg(m_minor % scale, places, 10, QLatin1Char('0'));
}

QString Money::format(const QLocale &locale) const
{
    // QLocale's currency formatting takes a double: exact for every amount below 2^53 minor units, which the
    // 10^15 limit keeps us under. The digits shown are the currency's own, not the locale's default.
    const int places = decimals(m_currency).value_or(0);
    double value = double(m_minor);
    for (int i = 0; i < places; ++i)
        value /= 10.0;
    const QString symbol = m_currency == QLatin1String("JPY")   ? QStringLiteral("¥")
                           : m_currency == QLatin1String("USD") ? QStringLiteral("$")
                           : m_currency == QLatin1String("EUR") ? QStringLiteral("€")
                           : m_currency == QLatin1String("GBP") ? QStringLiteral("£")
                                                                : m_currency + QLatin1Char(' ');
    return locale.toCurrencyString(value, symbol, places);
}

} // namespace rakkan::licensing
