#include "cli/CaseViews.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/MatchingOptions.h"
#include "cli/PassphraseInput.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/CaseStore.h"
#include "enforcement/CaseWorkflow.h"
#include "enforcement/EvidenceBag.h"
#include "enforcement/Notice.h"
#include "identity/IdentityManager.h"

#include <QFile>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

using namespace enforcement;

class EvidenceCreate final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::EvidenceCommands)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override { return tr("Freeze a case's evidence in a signed, time-stamped bag"); }
    QString description() const override
    {
        return tr("Writes a BagIt 1.0 zip a lawyer, platform or court can check without Rakkan: the page as "
                  "captured (HTML, every answer's headers and address, the TLS certificate chain, the pictures), "
                  "the match report with side-by-side and difference images, the works (their files with "
                  "--originals, else only their hashes), fingerprints, ISCC-CODEs, declarations and receipts, the "
                  "reservation in force, the licensing history with that party, the case's custody log and a "
                  "one-page summary in Japanese and English. The tag manifest is signed with your identity and, "
                  "with --tsa, time-stamped by that RFC 3161 authority.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        ThresholdOption::add(parser);
        parser.addOptions({tsaOpt, noTsaOpt, tsaCaOpt, originalsOpt, identityOpt, passFileOpt, outOpt, auditOpt});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        int threshold = 0;
        if (const auto stop = ThresholdOption::read(call, &threshold))
            return *stop;
        const QString tsa = call.value(tsaOpt);
        if (!tsa.isEmpty() && !tsa.startsWith(QLatin1String("https://")) && !tsa.startsWith(QLatin1String("http://")))
            return call.usageError(tr("--tsa takes the authority's http(s) address."));
        QString crawlerReport;
        if (call.isSet(auditOpt)) {
            QFile file(call.value(auditOpt));
            if (!file.open(QIODevice::ReadOnly) || file.size() > (16 << 20))
                return context.fail(makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(file.fileName())));
            crawlerReport = QString::fromUtf8(file.readAll());
        }
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        catalog::Catalog &catalog = *loaded->catalog;
        identity::IdentityManager manager(catalog);
        auto who = manager.store().find(call.value(identityOpt));
        if (!who.ok())
            return context.fail(who.error());
        auto key = PassphraseInput::unlock(manager, *who, call.value(passFileOpt));
        if (!key.ok())
            return context.fail(key.error());
        // The authority given is remembered for the next bag; without one, the last one chosen is asked.
        CaseStore cases(catalog);
        if (!tsa.isEmpty()) {
            if (auto kept = cases.setTimeStampAuthority(tsa); !kept.ok())
                return context.fail(kept.error());
        }
        auto authority = cases.timeStampAuthority();
        if (!authority.ok())
            return context.fail(authority.error());
        EvidenceOptions options;
        options.includeOriginals = call.isSet(originalsOpt);
        options.tsaUrl = call.isSet(noTsaOpt) ? QString() : *authority;
        options.tsaCaFile = call.value(tsaCaOpt);
        options.crawlerReport = crawlerReport;
        context.progress(tr("Sealing the evidence of case %1 …").arg(*id));
        auto bag = CaseWorkflow::freeze(catalog, loaded->matcher, *id, BagSigner{who->name, who->didKey(), *key},
                                        options, call.value(outOpt), threshold);
        context.endProgress();
        if (!bag.ok())
            return context.fail(bag.error());
        if (context.json) {
            context.printJson(QJsonObject{
                {QStringLiteral("case_id"), *id},
                {QStringLiteral("path"), bag->path},
                {QStringLiteral("tag_manifest_sha256"), bag->tagManifestSha256},
                {QStringLiteral("files"), bag->payloadFiles},
                {QStringLiteral("time_stamped_at"),
                 bag->stampedAt.isValid() ? QJsonValue(bag->stampedAt.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("time_stamp_authority"), bag->authority}});
        } else {
            context.say(
                tr("Evidence of case %1 sealed in %2 (%n file(s)).", "", bag->payloadFiles).arg(*id).arg(bag->path));
            context.say(tr("Tag manifest SHA-256: %1").arg(bag->tagManifestSha256));
            context.say(
                bag->stampedAt.isValid()
                    ? tr("Time-stamped at %1 (UTC) by %2.").arg(bag->stampedAt.toString(Qt::ISODate), bag->authority)
                    : tr("Not time-stamped: give an RFC 3161 authority with --tsa to prove when it was sealed."));
        }
        return ExitSuccess;
    }

private:
    const QCommandLineOption tsaOpt{QStringLiteral("tsa"),
                                    tr("The RFC 3161 time-stamping authority's address (remembered for the next "
                                       "bag)."),
                                    tr("URL")};
    const QCommandLineOption noTsaOpt{QStringLiteral("no-tsa"), tr("Do not time-stamp this bag.")};
    const QCommandLineOption tsaCaOpt{QStringLiteral("tsa-ca-file"),
                                      tr("Also trust the certificate authority in FILE for the connection to the "
                                         "time-stamping authority."),
                                      tr("FILE")};
    const QCommandLineOption originalsOpt{QStringLiteral("originals"),
                                          tr("Include the works' own files (by default only their hashes).")};
    const QCommandLineOption identityOpt{
        QStringLiteral("identity"), tr("The identity that signs the bag (default: the default identity)."), tr("ID")};
    const QCommandLineOption passFileOpt{QStringLiteral("passphrase-file"),
                                         tr("Read the identity key's passphrase from the first line of FILE."),
                                         tr("FILE")};
    const QCommandLineOption outOpt{QStringLiteral("out"),
                                    tr("Where to write the bag (default: beside the catalogue)."), tr("FILE")};
    const QCommandLineOption auditOpt{QStringLiteral("crawler-report"),
                                      tr("Include a crawler-log audit (the text of \"logs audit\")."), tr("FILE")};
};

class EvidenceVerify final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::EvidenceCommands)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Check an evidence bag, offline"); }
    QString description() const override
    {
        return tr("Checks every file's SHA-256 against the bag's manifests, that nothing is missing or added, the "
                  "signature over the tag manifest, and the time-stamp against the authority's certificate given "
                  "with --tsa-cert. Names each check that fails. Needs no catalogue.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("bag"), tr("The bag's zip file."), tr("BAG"));
        parser.addOptions({tsaCertOpt, signerOpt});
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        if (call.arguments().size() != 1)
            return call.usageError(tr("Name one bag."));
        QByteArray anchors;
        if (call.isSet(tsaCertOpt)) {
            QFile file(call.value(tsaCertOpt));
            if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
                return context.fail(makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(file.fileName())));
            anchors = file.readAll();
        }
        auto report = EvidenceVerifier::verify(call.arguments().first(), anchors, call.value(signerOpt));
        if (!report.ok())
            return context.fail(report.error());
        QJsonArray checks;
        QString text;
        for (const EvidenceCheck &c : report->checks) {
            checks.append(QJsonObject{{QStringLiteral("check"), c.what},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("detail"), c.detail}});
            text += QStringLiteral("%1 %2: %3\n")
                        .arg(c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), c.what,
                             QString(c.detail).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("valid"), report->valid()},
                                          {QStringLiteral("signer"), report->signer},
                                          {QStringLiteral("signer_name"), report->signerName},
                                          {QStringLiteral("checks"), checks}});
        else
            context.say(text + (report->valid() ? tr("The bag holds.") : tr("The bag does not hold.")));
        return report->valid() ? ExitSuccess : ExitSomeFailed;
    }

private:
    const QCommandLineOption signerOpt{QStringLiteral("signer"),
                                       tr("The did:key the bag must be signed with (the creator's published key)."),
                                       tr("DID")};
    const QCommandLineOption tsaCertOpt{
        QStringLiteral("tsa-cert"), tr("The time-stamping authority's certificate, or its CA's (PEM)."), tr("FILE")};
};

class NoticeDraft final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::NoticeCommands)

public:
    QString name() const override { return QStringLiteral("draft"); }
    QString summary() const override { return tr("Draft a takedown notice for a case"); }
    QString description() const override
    {
        return tr("Drafts the notice with every element the law requires: DMCA §512(c)(3) (or §512(d) for a search "
                  "engine), the DSA's Article 16(2), or Japan's 送信防止措置依頼. Writes plain text, an .eml to open "
                  "in your mail program, or a PDF. Rakkan never sends it: you do. The complainant's details are set "
                  "with \"notice complainant\".");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("cases"),
                                     tr("The case's number; several cases on one site make one notice."), tr("ID..."));
        parser.addOptions({regimeOpt, languageOpt, formatOpt, toOpt, outOpt, searchOpt, noForwardOpt, discloseOpt});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        QList<qint64> ids;
        for (const QString &argument : call.arguments()) {
            bool ok = false;
            const qint64 n = argument.toLongLong(&ok);
            if (!ok || n <= 0)
                return call.usageError(CaseViews::tr("Name one case by its number."));
            ids << n;
        }
        if (ids.isEmpty())
            return call.usageError(CaseViews::tr("Name one case by its number."));
        const qint64 id = ids.first(); // the case the notice is filed under
        const QString format = call.isSet(formatOpt) ? call.value(formatOpt) : QStringLiteral("text");
        if (!QStringList{QStringLiteral("text"), QStringLiteral("eml"), QStringLiteral("pdf")}.contains(format))
            return call.usageError(tr("--format takes text, eml or pdf."));
        const QString language = call.value(languageOpt);
        if (!language.isEmpty() &&
            !QStringList{QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("both")}.contains(language))
            return call.usageError(tr("--language takes en, ja or both."));
        CaseWorkflow::NoticeRequest request;
        if (call.isSet(regimeOpt)) {
            const auto r = regimeFromKey(call.value(regimeOpt));
            if (!r || *r == Regime::Unset)
                return call.usageError(tr("--regime takes dmca, dsa or jp."));
            request.regime = *r;
        }
        request.language = language;
        request.format = format;
        request.recipientEmail = call.value(toOpt);
        request.searchEngine = call.isSet(searchOpt);
        request.consentToForward = !call.isSet(noForwardOpt);
        request.consentToDiscloseName = call.isSet(discloseOpt);
        request.outPath = call.value(outOpt);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto before = CaseStore(**catalog).get(id);
        if (!before.ok())
            return context.fail(before.error());
        auto drafted = CaseWorkflow::draftNotice(**catalog, ids, request);
        if (!drafted.ok())
            return context.fail(drafted.error());
        const Notice &notice = drafted->notice;
        if (context.json) {
            context.printJson(QJsonObject{
                {QStringLiteral("case_id"), id},
                {QStringLiteral("case_ids"),
                 [&ids] {
                     QJsonArray a;
                     for (qint64 n : ids)
                         a.append(n);
                     return a;
                 }()},
                {QStringLiteral("regime"), regimeKey(notice.regime)},
                {QStringLiteral("language"), notice.language},
                {QStringLiteral("subject"), notice.subject},
                {QStringLiteral("body"), notice.body},
                {QStringLiteral("path"), drafted->path.isEmpty() ? QJsonValue() : QJsonValue(drafted->path)},
                {QStringLiteral("missing"), QJsonArray::fromStringList(notice.missing)}});
        } else {
            if (drafted->path.isEmpty())
                context.say(QString::fromUtf8(drafted->bytes));
            else
                context.say(tr("Notice for case %1 drafted in %2.").arg(id).arg(drafted->path));
        }
        if (before->status == CaseStatus::Found)
            context.warn(makeError(ErrorCode::InvalidArgument,
                                   tr("The evidence of case %1 is not frozen yet: run \"evidence create %1\" "
                                      "before sending, since the page can change once the poster is told.")
                                       .arg(id)));
        if (!notice.missing.isEmpty())
            context.warn(makeError(ErrorCode::InvalidArgument,
                                   tr("The notice is incomplete: it needs %1 (set them with \"notice complainant\"). "
                                      "A notice without the elements the law requires may not count.")
                                       .arg(notice.missing.join(QStringLiteral(", ")))));
        return ExitSuccess;
    }

private:
    const QCommandLineOption regimeOpt{QStringLiteral("regime"), tr("dmca, dsa or jp (default: the case's)."),
                                       tr("LAW")};
    const QCommandLineOption languageOpt{QStringLiteral("language"),
                                         tr("en, ja or both (default: what the recipient reads)."), tr("LANG")};
    const QCommandLineOption formatOpt{QStringLiteral("format"), tr("text (default), eml or pdf."), tr("FORMAT")};
    const QCommandLineOption toOpt{QStringLiteral("to"), tr("The recipient's address for the .eml."), tr("EMAIL")};
    const QCommandLineOption outOpt{QStringLiteral("out"), tr("Where to write it (\"-\": print it)."), tr("FILE")};
    const QCommandLineOption searchOpt{QStringLiteral("search-engine"),
                                       tr("The recipient is a search engine (DMCA §512(d): links, not material).")};
    const QCommandLineOption noForwardOpt{QStringLiteral("no-forward"),
                                          tr("Japan: do not agree to the request being forwarded to the poster.")};
    const QCommandLineOption discloseOpt{QStringLiteral("disclose-name"),
                                         tr("Japan: agree to your name being disclosed to the poster.")};
};

class NoticeComplainant final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::NoticeCommands)

public:
    QString name() const override { return QStringLiteral("complainant"); }
    QString summary() const override { return tr("Show or set who notices are drafted for"); }
    QString description() const override
    {
        return tr("The name, postal address, telephone number and e-mail address a notice needs (the DMCA and "
                  "Japan's form ask for all four; the DSA for the name and e-mail). Kept in the catalogue, never "
                  "sent anywhere by Rakkan. Notices may be republished (Lumen): give contact details you are "
                  "willing to see public.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({nameOpt, latinOpt, addressOpt, phoneOpt, emailOpt, actsForOpt});
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        auto who = cases.complainant();
        if (!who.ok())
            return context.fail(who.error());
        Complainant c = *who;
        bool changed = false;
        const auto set = [&](const QCommandLineOption &o, QString &field) {
            if (call.isSet(o)) {
                field = call.value(o).trimmed();
                changed = true;
            }
        };
        set(nameOpt, c.name);
        set(latinOpt, c.nameLatin);
        set(addressOpt, c.address);
        set(phoneOpt, c.phone);
        set(emailOpt, c.email);
        set(actsForOpt, c.actsFor);
        if (!c.email.isEmpty() && (!c.email.contains(QLatin1Char('@')) || c.email.contains(QLatin1Char(' '))))
            return call.usageError(tr("\"%1\" is not an e-mail address.").arg(c.email));
        if (changed)
            if (auto done = cases.setComplainant(c); !done.ok())
                return context.fail(done.error());
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("name_latin"), c.nameLatin},
                                          {QStringLiteral("address"), c.address},
                                          {QStringLiteral("phone"), c.phone},
                                          {QStringLiteral("email"), c.email},
                                          {QStringLiteral("acts_for"), c.actsFor}});
        } else {
            context.say(tr("Name: %1\nName in Latin letters: %2\nAddress: %3\nTelephone: %4\nE-mail: %5\nActs for: %6")
                            .arg(c.name, c.nameLatin, c.address, c.phone, c.email, c.actsFor));
        }
        return ExitSuccess;
    }

private:
    const QCommandLineOption nameOpt{QStringLiteral("name"), tr("Your name as on your ID."), tr("NAME")};
    const QCommandLineOption latinOpt{QStringLiteral("name-latin"), tr("Your name in Latin letters."), tr("NAME")};
    const QCommandLineOption addressOpt{QStringLiteral("address"), tr("Your postal address."), tr("ADDRESS")};
    const QCommandLineOption phoneOpt{QStringLiteral("phone"), tr("Your telephone number."), tr("PHONE")};
    const QCommandLineOption emailOpt{QStringLiteral("email"), tr("Your e-mail address."), tr("EMAIL")};
    const QCommandLineOption actsForOpt{QStringLiteral("acts-for"),
                                        tr("The rights holder you act for, when it is not you."), tr("NAME")};
};

} // namespace

std::unique_ptr<Command> makeEvidenceCommand()
{
    std::vector<std::unique_ptr<Command>> actions;
    actions.push_back(std::make_unique<EvidenceCreate>());
    actions.push_back(std::make_unique<EvidenceVerify>());
    return std::make_unique<CommandGroup>(QStringLiteral("evidence"),
                                          EvidenceCreate::tr("Evidence bags: freeze a case's evidence and check a bag"),
                                          EvidenceCreate::tr("Name an action: create or verify."), std::move(actions));
}

std::unique_ptr<Command> makeNoticeCommand()
{
    std::vector<std::unique_ptr<Command>> actions;
    actions.push_back(std::make_unique<NoticeDraft>());
    actions.push_back(std::make_unique<NoticeComplainant>());
    return std::make_unique<CommandGroup>(QStringLiteral("notice"),
                                          NoticeDraft::tr("Takedown notices under the DMCA, the DSA and Japan's law"),
                                          NoticeDraft::tr("Name an action: draft or complainant."), std::move(actions));
}

} // namespace rakkan::cli
