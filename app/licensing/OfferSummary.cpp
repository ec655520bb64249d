#include "licensing/OfferSummary.h"

#include "imaging/HtmlPdf.h"
#include "licensing/OfferTerms.h"

#include <QTextDocument>

namespace rakkan::licensing {

namespace {

constexpr const char *kContext = "rakkan::licensing::OfferSummary";

QString cell(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString OfferSummary::html(const Offer &o, const RedFlags::Context &context, const QList<OfferDocument> &documents,
                           const QDate &today)
{
    const Translate en = languageOf(QStringLiteral("en"));
    const Translate ja = languageOf(QStringLiteral("ja"));
    const QLocale enLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale jaLocale(QLocale::Japanese, QLocale::Japan);
    // Both languages of one of this file's own strings.
    const auto both = [&](const char *source) { return std::pair{en(kContext, source, -1), ja(kContext, source, -1)}; };
    const auto twoLines = [](const std::pair<QString, QString> &text) {
        return QStringLiteral("<b>%1</b> <span style=\"color:#555\">%2</span>")
            .arg(cell(text.first), cell(text.second));
    };

    const auto rowsEn = OfferTerms::rows(o, en, enLocale, context.portfolioWorks);
    const auto rowsJa = OfferTerms::rows(o, ja, jaLocale, context.portfolioWorks);
    const auto flagsEn = RedFlags::of(o, context, en, enLocale);
    const auto flagsJa = RedFlags::of(o, context, ja, jaLocale);

    QString h;
    h += QStringLiteral("<h2 style=\"margin:0\">%1</h2>").arg(cell(o.title));
    const auto kind = both(QT_TR_NOOP("Summary of a licensing offer"));
    const auto version = std::pair{en(kContext, QT_TR_NOOP("version %1"), -1).arg(o.version),
                                   ja(kContext, QT_TR_NOOP("version %1"), -1).arg(o.version)};
    h += QStringLiteral("<p style=\"margin-top:2px\">%1 / %2 · %3 / %4 · %5 / %6 · %7</p>")
             .arg(cell(kind.first), cell(kind.second), cell(OfferStatusMachine::label(o.status, en)),
                  cell(OfferStatusMachine::label(o.status, ja)), cell(version.first), cell(version.second),
                  today.toString(Qt::ISODate));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\" "
                        "style=\"border-color:#999; border-style:solid\">");
    const auto head = [&](const std::pair<QString, QString> &title, const QString &colour) {
        h += QStringLiteral("<tr><td colspan=\"3\" style=\"background-color:%1\"><b>%2 / %3</b></td></tr>")
                 .arg(colour, cell(title.first), cell(title.second));
    };
    const auto row = [&](const QString &label, const QString &valueEn, const QString &valueJa, const QString &style) {
        if (valueEn == valueJa)
            h += QStringLiteral("<tr><td width=\"24%\">%1</td><td colspan=\"2\" style=\"%3\">%2</td></tr>")
                     .arg(label, cell(valueEn), style);
        else
            h += QStringLiteral("<tr><td width=\"24%\">%1</td><td width=\"38%\" style=\"%4\">%2</td>"
                                "<td width=\"38%\" style=\"%4\">%3</td></tr>")
                     .arg(label, cell(valueEn), cell(valueJa), style);
    };

    if (!flagsEn.isEmpty()) {
        head(both(QT_TR_NOOP("Red flags")), QStringLiteral("#f6d6d6"));
        for (qsizetype i = 0; i < flagsEn.size() && i < flagsJa.size(); ++i)
            row(twoLines({flagsEn[i].term, flagsJa[i].term}), flagsEn[i].message, flagsJa[i].message,
                QStringLiteral("color:#8b0000"));
    }
    QString section;
    for (qsizetype i = 0; i < rowsEn.size() && i < rowsJa.size(); ++i) {
        if (rowsEn[i].section != section) {
            section = rowsEn[i].section;
            head({rowsEn[i].section, rowsJa[i].section}, QStringLiteral("#e8e8e8"));
        }
        row(twoLines({rowsEn[i].label, rowsJa[i].label}), rowsEn[i].value, rowsJa[i].value, QString());
    }
    if (!documents.isEmpty()) {
        head(both(QT_TR_NOOP("Documents kept")), QStringLiteral("#e8e8e8"));
        for (const OfferDocument &d : documents)
            row(cell(d.fileName), QStringLiteral("SHA-256 ") + d.sha256, QStringLiteral("SHA-256 ") + d.sha256,
                QStringLiteral("font-family:monospace"));
    }
    h += QStringLiteral("</table>");
    const auto footer = both(QT_TR_NOOP("Made with Rakkan from the creator's own record of the offer. It is not legal "
                                        "advice: have the contract itself read before signing."));
    h += QStringLiteral("<p style=\"color:#555\">%1<br>%2</p>").arg(cell(footer.first), cell(footer.second));
    return h;
}

Result<QByteArray> OfferSummary::pdf(const Offer &o, const RedFlags::Context &context,
                                     const QList<OfferDocument> &documents)
{
    return imaging::HtmlPdf::render(html(o, context, documents), o.title);
}

} // namespace rakkan::licensing
