#include "enforcement/Notice.h"

#include "core/Localization.h"
#include "enforcement/CaseStatus.h"

#include <QLocale>
#include <QUuid>

namespace rakkan::enforcement {

namespace {

constexpr const char *kContext = "rakkan::enforcement::NoticeDrafter";

QString orBlank(const QString &value, const QString &blank)
{
    return value.trimmed().isEmpty() ? blank : value.trimmed();
}

// Quoted-printable (RFC 2045) for a UTF-8 body: lines under 76 characters, every non-ASCII byte escaped.
QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray out;
    int column = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\r\n";
            column = 0;
            continue;
        }
        QByteArray piece;
        if ((c >= 33 && c <= 126 && c != '=') || (c == ' ' && i + 1 < text.size() && text[i + 1] != '\n'))
            piece = QByteArray(1, char(c));
        else
            piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

// A header's value never breaks the header: line breaks and angle brackets are dropped.
QByteArray headerSafe(QString text)
{
    text.remove(QLatin1Char('\r')).remove(QLatin1Char('\n')).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return text.trimmed().toUtf8();
}

// RFC 2047 encoded words of at most 75 characters, folded onto continuation lines, split between characters.
QByteArray encodedWord(const QString &text)
{
    const QString safe = QString::fromUtf8(headerSafe(text));
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < safe.size();) {
        const qsizetype step = safe.at(i).isHighSurrogate() && i + 1 < safe.size() ? 2 : 1;
        const QByteArray piece = safe.mid(i, step).toUtf8();
        if (chunk.size() + piece.size() > 39) { // 52 base64 characters: a header line stays under 78
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += piece;
        i += step;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

} // namespace

QString NoticeDrafter::defaultLanguage(Regime regime)
{
    return regime == Regime::Jp ? QStringLiteral("ja") : QStringLiteral("en");
}

QStringList NoticeDrafter::missingElements(Regime regime, const Complainant &who)
{
    QStringList missing;
    if (who.name.trimmed().isEmpty())
        missing << tr("the complainant's name");
    if (who.email.trimmed().isEmpty())
        missing << tr("an e-mail address");
    if (regime != Regime::Dsa) {
        if (who.address.trimmed().isEmpty())
            missing << tr("a postal address");
        if (who.phone.trimmed().isEmpty())
            missing << tr("a telephone number");
    }
    return missing;
}

QString NoticeDrafter::text(const NoticeInput &in, const QString &language, QString *subject)
{
    const Translate translate = languageOf(language);
    const auto t = [&](const char *source) { return translate(kContext, source, -1); };
    const QLocale locale = language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    const Complainant &who = in.complainant;
    const QString blank = t(QT_TR_NOOP("[to be filled in]"));
    const QString name =
        orBlank(language == QLatin1String("en") && !who.nameLatin.isEmpty() ? who.nameLatin : who.name, blank);
    const QString date = language == QLatin1String("ja") ? in.date.toString(QStringLiteral("yyyy年M月d日"))
                                                         : locale.toString(in.date, QLocale::LongFormat);

    // The works, one line each: title, where and when first published, who holds the rights.
    QString works;
    for (const catalog::Work &w : in.works) {
        QString line = QStringLiteral("- ") + (w.titleLatin.isEmpty() || language == QLatin1String("ja")
                                                   ? w.title
                                                   : QStringLiteral("%1 (%2)").arg(w.titleLatin, w.title));
        for (const catalog::Publication &p : w.publications)
            line += QStringLiteral("\n  ") + t(QT_TR_NOOP("published at %1 on %2"))
                                                 .arg(p.url, p.publishedOn.isValid()
                                                                 ? p.publishedOn.toString(Qt::ISODate)
                                                                 : t(QT_TR_NOOP("a date to be filled in")));
        if (w.publications.isEmpty()) // every form asks where and when the work was made public
            line += QStringLiteral("\n  ") + t(QT_TR_NOOP("where and when it was published: %1")).arg(blank);
        works += line + QLatin1Char('\n');
    }
    // The copies, page by page.
    QString copies;
    for (const Case &c : in.cases) {
        copies += t(QT_TR_NOOP("Page: %1")).arg(c.pageUrl) + QLatin1Char('\n');
        QStringList seen;
        for (const CaseCopy &copy : c.copies) {
            if (seen.contains(copy.imageUrl))
                continue;
            seen << copy.imageUrl;
            QString title;
            for (const catalog::Work &w : in.works)
                if (w.id == copy.workId)
                    title = language == QLatin1String("ja") || w.titleLatin.isEmpty() ? w.title : w.titleLatin;
            copies +=
                QStringLiteral("  - ") +
                t(QT_TR_NOOP("Image: %1 (copies \"%2\"; seen %3)")).arg(copy.imageUrl, title, copy.lastSeen.left(10)) +
                QLatin1Char('\n');
        }
        if (!c.account.isEmpty())
            copies +=
                QStringLiteral("  ") + t(QT_TR_NOOP("Posted by the account: %1")).arg(c.account) + QLatin1Char('\n');
    }
    const QString evidence = in.evidence.isEmpty()
                                 ? QString()
                                 : t(QT_TR_NOOP("The evidence was frozen before this notice (%1) and is available on "
                                                "request."))
                                       .arg(in.evidence);
    const QString owner = who.actsFor.trimmed().isEmpty()
                              ? t(QT_TR_NOOP("I am the author and copyright owner of the works listed below."))
                              : t(QT_TR_NOOP("I am authorised to act on behalf of %1, the owner of the copyright in "
                                             "the works listed below."))
                                    .arg(who.actsFor);
    QString out;
    const auto section = [&out](const QString &heading, const QString &body) {
        out += heading + QLatin1Char('\n') + body.trimmed() + QStringLiteral("\n\n");
    };

    switch (in.regime) {
    case Regime::Dmca:
    case Regime::Unset: {
        *subject = in.searchEngine ? t(QT_TR_NOOP("DMCA notice of infringing links (17 U.S.C. §512(d))"))
                                   : t(QT_TR_NOOP("DMCA notice of copyright infringement (17 U.S.C. §512(c)(3))"));
        out += date + QStringLiteral("\n\n") +
               t(QT_TR_NOOP("To: %1, designated agent")).arg(orBlank(in.recipient, blank)) + QStringLiteral("\n\n");
        out += owner + QLatin1Char(' ') +
               (in.searchEngine ? t(QT_TR_NOOP("Your service links to copies of them made without permission. I ask "
                                               "you to remove or disable access to these links."))
                                : t(QT_TR_NOOP("Your service hosts copies of them made without permission. I ask you "
                                               "to remove or disable access to this material."))) +
               QStringLiteral("\n\n");
        section(t(QT_TR_NOOP("1. The copyrighted works")), works);
        section(in.searchEngine ? t(QT_TR_NOOP("2. The links to remove, and where they appear"))
                                : t(QT_TR_NOOP("2. The infringing material, and where to find it")),
                copies);
        section(t(QT_TR_NOOP("3. My contact information")),
                t(QT_TR_NOOP("Name: %1\nAddress: %2\nTelephone: %3\nE-mail: %4"))
                    .arg(name, orBlank(who.address, blank), orBlank(who.phone, blank), orBlank(who.email, blank)));
        section(t(QT_TR_NOOP("4. Good faith")),
                t(QT_TR_NOOP("I have a good faith belief that use of the material in the manner complained of is not "
                             "authorized by the copyright owner, its agent, or the law.")));
        section(t(QT_TR_NOOP("5. Accuracy")),
                t(QT_TR_NOOP("The information in this notification is accurate, and under penalty of perjury, I am "
                             "the owner, or authorized to act on behalf of the owner, of an exclusive right that is "
                             "allegedly infringed.")));
        if (!evidence.isEmpty())
            out += evidence + QStringLiteral("\n\n");
        section(t(QT_TR_NOOP("6. Signature")), QStringLiteral("/%1/\n%2").arg(name, date));
        break;
    }
    case Regime::Dsa: {
        *subject = t(QT_TR_NOOP("Notice of illegal content: copyright infringement (Regulation (EU) 2022/2065, "
                                "Art. 16)"));
        out += date + QStringLiteral("\n\n") + t(QT_TR_NOOP("To: %1")).arg(orBlank(in.recipient, blank)) +
               QStringLiteral("\n\n");
        section(t(QT_TR_NOOP("(a) Why the content is illegal")),
                owner + QLatin1Char(' ') +
                    t(QT_TR_NOOP("The content listed below reproduces these works and makes them available to the "
                                 "public without my permission, which infringes the rights of reproduction and of "
                                 "making available to the public (Directive 2001/29/EC, Articles 2 and 3). The "
                                 "copies were identified by comparing them with the originals; no licence covers "
                                 "them.")) +
                    QStringLiteral("\n\n") + works);
        section(t(QT_TR_NOOP("(b) The exact location of the content")), copies);
        section(t(QT_TR_NOOP("(c) Who submits this notice")),
                t(QT_TR_NOOP("Name: %1\nE-mail: %2")).arg(name, orBlank(who.email, blank)));
        section(t(QT_TR_NOOP("(d) Statement")),
                t(QT_TR_NOOP("I confirm my bona fide belief that the information and allegations contained in this "
                             "notice are accurate and complete.")));
        if (!evidence.isEmpty())
            out += evidence + QStringLiteral("\n\n");
        out += t(QT_TR_NOOP("Please confirm receipt of this notice and inform me of your decision, as Article 16(4) "
                            "and (5) require.")) +
               QStringLiteral("\n\n") + name + QLatin1Char('\n');
        break;
    }
    case Regime::Jp: {
        *subject = t(QT_TR_NOOP("Request to take measures to prevent transmission of information infringing "
                                "copyright"));
        out += date + QStringLiteral("\n\n") + t(QT_TR_NOOP("Addressed to: %1")).arg(orBlank(in.recipient, blank)) +
               QStringLiteral("\n\n");
        out += t(QT_TR_NOOP("Requester: %1 (seal or signature)")).arg(name) + QStringLiteral("\n\n");
        out += t(QT_TR_NOOP("The circulation of the information below, on the service you manage, infringes the "
                            "requester's copyright (the right of public transmission, Article 23 of the Copyright "
                            "Act) as stated below. I request that you take measures to prevent its transmission.")) +
               QStringLiteral("\n\n");
        section(t(QT_TR_NOOP("1. Requester's address")), orBlank(who.address, blank));
        section(t(QT_TR_NOOP("2. Requester's name")), name);
        section(t(QT_TR_NOOP("3. Contact (telephone number, e-mail address)")),
                QStringLiteral("%1 / %2").arg(orBlank(who.phone, blank), orBlank(who.email, blank)));
        QStringList services;
        for (const Case &c : in.cases)
            if (!services.contains(c.platform.isEmpty() ? c.host : c.platform))
                services << (c.platform.isEmpty() ? c.host : c.platform);
        section(t(QT_TR_NOOP("4. Information identifying the infringing material")),
                t(QT_TR_NOOP("Site or service: %1")).arg(services.join(QStringLiteral(", "))) + QLatin1Char('\n') +
                    copies);
        section(t(QT_TR_NOOP("5. Description of the work (title, where and when it was published)")), works);
        section(t(QT_TR_NOOP("6. Explanation of holding the copyright")),
                who.actsFor.trimmed().isEmpty()
                    ? t(QT_TR_NOOP("The requester created the works in item 5 and holds their copyright."))
                    : t(QT_TR_NOOP("The requester acts for %1, who holds the copyright of the works in item 5, "
                                   "and is authorised by them to make this request."))
                          .arg(who.actsFor));
        section(t(QT_TR_NOOP("7. No permission; within the term of protection")),
                t(QT_TR_NOOP("The requester has not permitted the poster to use the works. The works are within the "
                             "term of copyright protection.")));
        // The form's options are statements the requester certifies: each is chosen only when the match shows it.
        bool exact = false, transformed = false, samePicture = true;
        for (const Case &c : in.cases)
            for (const CaseCopy &copy : c.copies) {
                transformed =
                    transformed || (!copy.orientation.isEmpty() && copy.orientation != QLatin1String("original"));
                samePicture = samePicture && copy.confidence == QLatin1String("same_picture");
                for (const catalog::Work &w : in.works)
                    for (const catalog::Asset &a : w.assets)
                        exact = exact || (!copy.imageSha256.isEmpty() &&
                                          QString::fromLatin1(a.sha256.toHex()) == copy.imageSha256);
            }
        section(t(QT_TR_NOOP("8. How the copyright is infringed")),
                exact ? t(QT_TR_NOOP("(b) The material is a dead copy of all or part of the works."))
                : transformed
                    ? t(QT_TR_NOOP("The material reproduces all or part of the works, mirrored or turned; it is "
                                   "otherwise the same picture."))
                : samePicture ? t(QT_TR_NOOP("(c) The material reproduces all or part of the works as they are, "
                                             "after compression or conversion of the file format."))
                              : t(QT_TR_NOOP("The material reproduces all or part of the works with changes such as "
                                             "cropping, resizing or recompression; the comparison in the evidence "
                                             "shows which parts.")));
        section(t(QT_TR_NOOP("9. How the infringement can be checked")),
                t(QT_TR_NOOP("Compare the material with the original works published at the addresses in item 5.")) +
                    (evidence.isEmpty()                ? QString()
                     : language == QLatin1String("ja") ? evidence // no space after a Japanese full stop
                                                       : QLatin1Char(' ') + evidence));
        out += t(QT_TR_NOOP("Forwarding this request to the poster: %1"))
                   .arg(in.consentToForward ? t(QT_TR_NOOP("I agree")) : t(QT_TR_NOOP("I do not agree"))) +
               QLatin1Char('\n');
        out += t(QT_TR_NOOP("Disclosing my name to the poster: %1"))
                   .arg(in.consentToDiscloseName ? t(QT_TR_NOOP("I agree")) : t(QT_TR_NOOP("I do not agree"))) +
               QStringLiteral("\n\n");
        out += t(QT_TR_NOOP("I certify that the above is true.")) + QStringLiteral("\n\n") + name + QLatin1Char('\n');
        break;
    }
    }
    return out;
}

Notice NoticeDrafter::draft(const NoticeInput &input)
{
    Notice notice;
    notice.regime = input.regime;
    notice.language = input.language.isEmpty() ? defaultLanguage(input.regime) : input.language;
    notice.recipientEmail = input.recipientEmail;
    notice.missing = missingElements(input.regime, input.complainant);
    if (notice.language == QLatin1String("both")) {
        // The recipient's language first: Japanese for Japan's form, English for the others.
        const QString first = defaultLanguage(input.regime);
        const QString second = first == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
        QString subjectFirst, subjectSecond;
        const QString a = text(input, first, &subjectFirst);
        const QString b = text(input, second, &subjectSecond);
        notice.subject = subjectFirst + QStringLiteral(" / ") + subjectSecond;
        notice.body = a + QStringLiteral("\n――――――――――――――――――――\n\n") + b;
    } else {
        notice.body = text(input, notice.language, &notice.subject);
    }
    return notice;
}

QByteArray NoticeDrafter::eml(const Notice &notice, const Complainant &from, const QDateTime &at)
{
    QByteArray out;
    const QString sender = from.nameLatin.isEmpty() ? from.name : from.nameLatin;
    out += "From: " + encodedWord(sender) + " <" + headerSafe(from.email) + ">\r\n";
    if (!notice.recipientEmail.isEmpty())
        out += "To: <" + headerSafe(notice.recipientEmail) + ">\r\n";
    out += "Subject: " + encodedWord(notice.subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@rakkan.invalid>\r\n";
    // Mail programs open a message with this header as a draft to review and send.
    out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "quoted-printable\r\n\r\n";
    out += quotedPrintable(notice.body.toUtf8());
    return out;
}

} // namespace rakkan::enforcement
