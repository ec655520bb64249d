#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "enforcement/Case.h"

#include <QCoreApplication>
#include <QDate>

namespace rakkan::enforcement {

// What a notice is drafted from: the copies on one host, the works they copy, and who complains.
struct NoticeInput
{
    Regime regime = Regime::Dmca;
    QString language;  // "en", "ja", "both"; empty: what the regime's recipient reads (ja for Japan, else en)
    QList<Case> cases; // all on one host
    QList<catalog::Work> works;
    Complainant complainant;
    QString recipient;         // the platform or host the notice is addressed to
    QString recipientEmail;    // where an .eml goes, when a source gives an address
    bool searchEngine = false; // DMCA §512(d): links to remove, not material
    QDate date = QDate::currentDate();
    QString evidence; // the evidence bag kept (its file name and the SHA-256 of its tag manifest), if any
    // Japan's form asks whether the request may be forwarded to the poster and the name disclosed to them.
    bool consentToForward = true;
    bool consentToDiscloseName = false;
};

struct Notice
{
    Regime regime = Regime::Dmca;
    QString language;
    QString subject;
    QString body;
    QString recipientEmail;
    // The elements the law requires that the complainant has not filled in yet (a notice without them does not
    // count: DMCA §512(c)(3)(B)), in the user's language.
    QStringList missing;
};

// Drafts takedown notices with every element each law requires (../shared/docs/enforcement.md): the US DMCA
// §512(c)(3) (six elements; §512(d) for a search engine), the EU DSA Art. 16(2) (four), and Japan's 送信防止措置依頼
// (the copyright form's items). Rakkan drafts; the rights holder sends.
class NoticeDrafter
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::NoticeDrafter)

public:
    static Notice draft(const NoticeInput &input);
    static QStringList missingElements(Regime regime, const Complainant &who);
    // An RFC 5322 message ready to open in a mail program and send (UTF-8, quoted-printable).
    static QByteArray eml(const Notice &notice, const Complainant &from,
                          const QDateTime &at = QDateTime::currentDateTimeUtc());
    static QString defaultLanguage(Regime regime);

private:
    // The notice in one language ("en" or "ja"); sets its subject.
    static QString text(const NoticeInput &input, const QString &language, QString *subject);
};

} // namespace rakkan::enforcement
