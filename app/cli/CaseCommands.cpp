#include "cli/CaseViews.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/MatchingOptions.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/CaseStore.h"
#include "enforcement/CaseWorkflow.h"
#include "enforcement/PlatformDirectory.h"

#include <QJsonArray>

namespace rakkan::cli {

namespace {

using namespace enforcement;

// What open and recheck share: the catalogue's cases and a capture of a page, matched.
class CaseAction : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CaseCommands)

protected:
    const QCommandLineOption caFileOpt{QStringLiteral("ca-file"),
                                       tr("Also trust the certificate authority in FILE for this request (a private "
                                          "server); certificates are always verified."),
                                       tr("FILE")};
};

class CaseOpen final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("open"); }
    QString summary() const override { return tr("Open a case from a web page that copies your works"); }
    QString description() const override
    {
        return tr("Fetches the page (TLS verified, redirects recorded, size and time bounded), finds its pictures "
                  "(img, srcset, og:image, image_src, CSS backgrounds), downloads them, matches each against the "
                  "catalogue on this computer and proposes which works the page copies. The page, every answer's "
                  "headers, the server's certificate chain and the pictures are kept as the case's first capture. "
                  "No case is opened for a page nothing on which matches, or for a licensed use.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("url"), tr("The page's address."), tr("URL"));
        ThresholdOption::add(parser);
        parser.addOptions({platformOpt, accountOpt, regimeOpt, dryRunOpt, caFileOpt});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        if (call.arguments().size() != 1)
            return call.usageError(tr("Give the address of one page."));
        const QUrl url(call.arguments().first(), QUrl::StrictMode);
        int threshold = 0;
        if (const auto stop = ThresholdOption::read(call, &threshold))
            return *stop;
        const auto regime = regimeFromKey(call.value(regimeOpt));
        if (!regime)
            return call.usageError(tr("--regime takes dmca, dsa or jp."));
        int exitCode = ExitSuccess;
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        CaseWorkflow::OpenOptions options;
        options.account = call.value(accountOpt);
        options.platform = call.value(platformOpt);
        options.regime = *regime;
        options.threshold = threshold;
        options.dryRun = call.isSet(dryRunOpt);
        options.limits.caFile = call.value(caFileOpt);
        context.progress(tr("Fetching %1 …").arg(url.toString()));
        auto opened = CaseWorkflow::open(*loaded->catalog, loaded->matcher, url, options);
        context.endProgress();
        if (!opened.ok())
            return context.fail(opened.error());
        QJsonArray pictures;
        for (const FoundCopy &f : opened->found)
            pictures.append(CaseViews::toJson(f));
        QJsonArray works;
        for (qint64 id : CopyFinder::works(opened->found))
            works.append(id);
        if (context.json) {
            context.printJson(
                QJsonObject{{QStringLiteral("page_url"), url.toString(QUrl::FullyEncoded)},
                            {QStringLiteral("final_url"), opened->capture.finalUrl.toString(QUrl::FullyEncoded)},
                            {QStringLiteral("status"), int(opened->capture.status)},
                            {QStringLiteral("title"), opened->capture.title},
                            {QStringLiteral("pictures"), pictures},
                            {QStringLiteral("works"), works},
                            {QStringLiteral("opened"), opened->caseId != 0},
                            {QStringLiteral("case_id"), opened->caseId ? QJsonValue(opened->caseId) : QJsonValue()}});
            return ExitSuccess;
        }
        context.say(CaseViews::proposal(*loaded->catalog, opened->found));
        if (opened->caseId)
            context.say(tr("Case %1: %n copy(ies) recorded. Next: freeze the evidence (rakkan-cli evidence create %1).",
                           "", opened->copies)
                            .arg(opened->caseId));
        else
            context.say(opened->copies == 0 ? tr("No picture on the page copies a catalogued work: no case was opened.")
                                            : tr("Nothing was recorded (--dry-run)."));
        return ExitSuccess;
    }

private:
    const QCommandLineOption platformOpt{QStringLiteral("platform"),
                                         tr("The platform the page is on (default: from Rakkan's list)."), tr("NAME")};
    const QCommandLineOption accountOpt{QStringLiteral("account"), tr("The account or uploader that posted it."),
                                        tr("NAME")};
    const QCommandLineOption regimeOpt{QStringLiteral("regime"), tr("The law a notice will go under: dmca, dsa or jp."),
                                       tr("LAW")};
    const QCommandLineOption dryRunOpt{QStringLiteral("dry-run"), tr("Only say which works the page copies.")};
};

class CaseList final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("The cases, most pressing first"); }
    QString description() const override
    {
        return tr("Lists the cases: open ones by deadline first. --due shows only those whose deadline falls within "
                  "DAYS days (or has passed); --repeat lists hosts and accounts with more than one case.");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOptions({dueOpt, repeatOpt}); }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        if (call.isSet(repeatOpt)) {
            auto repeat = cases.repeatInfringers();
            if (!repeat.ok())
                return context.fail(repeat.error());
            QJsonArray array;
            QString text;
            for (const RepeatInfringer &r : *repeat) {
                array.append(QJsonObject{{QStringLiteral("host"), r.host},
                                         {QStringLiteral("account"), nullIfEmptyText(r.account)},
                                         {QStringLiteral("cases"), r.cases},
                                         {QStringLiteral("removed"), r.removed}});
                text +=
                    (r.account.isEmpty()
                         ? tr("%1: %2 cases, %3 removed").arg(r.host).arg(r.cases).arg(r.removed)
                         : tr("%1 on %2: %3 cases, %4 removed").arg(r.account, r.host).arg(r.cases).arg(r.removed)) +
                    QLatin1Char('\n');
            }
            if (context.json)
                context.printJson(QJsonObject{{QStringLiteral("repeat"), array}});
            else
                context.say(text.isEmpty() ? tr("No host or account has more than one case.") : text.trimmed());
            return ExitSuccess;
        }
        Result<QList<Case>> list = QList<Case>();
        if (call.isSet(dueOpt)) {
            bool ok = false;
            const int days = call.value(dueOpt).toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                return call.usageError(tr("--due takes a number of days."));
            list = cases.due(QDateTime::currentDateTimeUtc().addDays(days));
        } else {
            list = cases.list();
        }
        if (!list.ok())
            return context.fail(list.error());
        QJsonArray array;
        QStringList lines;
        for (const Case &c : *list) {
            array.append(CaseViews::toJson(c));
            lines << CaseViews::line(c);
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("cases"), array}});
        else
            context.say(lines.isEmpty() ? tr("No cases.") : lines.join(QLatin1Char('\n')));
        return ExitSuccess;
    }

private:
    static QJsonValue nullIfEmptyText(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }
    const QCommandLineOption dueOpt{QStringLiteral("due"), tr("Only cases due within DAYS days."), tr("DAYS")};
    const QCommandLineOption repeatOpt{QStringLiteral("repeat"), tr("Hosts and accounts with more than one case.")};
};

class CaseShow final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("A case: its copies, files, deadline and history"); }
    void addOptions(QCommandLineParser &parser) const override { CaseViews::addCaseArgument(parser); }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        auto c = cases.get(*id);
        if (!c.ok())
            return context.fail(c.error());
        auto history = cases.history(*id);
        auto files = cases.files(*id);
        auto broken = cases.verifyHistory();
        if (!history.ok() || !files.ok() || !broken.ok())
            return context.fail(!history.ok() ? history.error() : !files.ok() ? files.error() : broken.error());
        QJsonArray events, kept;
        QString text = CaseViews::line(*c) + QLatin1Char('\n');
        if (!c->platform.isEmpty())
            text += tr("  Platform: %1").arg(c->platform) + QLatin1Char('\n');
        if (!c->account.isEmpty())
            text += tr("  Account: %1").arg(c->account) + QLatin1Char('\n');
        text += tr("  Law: %1").arg(regimeLabel(c->regime)) + QLatin1Char('\n');
        text += tr("  First seen %1, last seen %2").arg(c->firstSeen, c->lastSeen) + QLatin1Char('\n');
        if (!c->lastCheck.isEmpty())
            text += tr("  Last re-check %1: %2").arg(c->lastCheck, c->lastCheckState) + QLatin1Char('\n');
        if (c->offerId)
            text += tr("  Licence offer: %1").arg(c->offerId) + QLatin1Char('\n');
        text += tr("Copies:") + QLatin1Char('\n');
        for (const CaseCopy &copy : c->copies)
            text += QStringLiteral("  %1 -> %2 (%3)\n")
                        .arg(copy.imageUrl, copy.workId ? tr("work %1").arg(copy.workId) : tr("a removed work"),
                             copy.confidence);
        text += tr("Files:") + QLatin1Char('\n');
        for (const auto &f : *files) {
            kept.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("path"), f.path},
                                    {QStringLiteral("sha256"), f.sha256},
                                    {QStringLiteral("created_at"), f.createdAt}});
            text += QStringLiteral("  %1  %2  %3\n").arg(f.createdAt.left(19), f.kind, f.path);
        }
        text += tr("History:") + QLatin1Char('\n');
        for (const auto &e : *history) {
            events.append(CaseViews::toJson(e));
            text += QStringLiteral("  %1  %2 → %3  %4\n").arg(e.at.left(19), e.from, e.to, e.note);
        }
        if (*broken)
            text += tr("The history was changed outside Rakkan from event %1 on.").arg(**broken) + QLatin1Char('\n');
        if (context.json) {
            QJsonObject o = CaseViews::toJson(*c);
            o.insert(QStringLiteral("history"), events);
            o.insert(QStringLiteral("files"), kept);
            o.insert(QStringLiteral("history_intact"), !*broken);
            context.printJson(o);
        } else {
            context.say(text.trimmed());
        }
        return ExitSuccess;
    }
};

class CaseRecheck final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("recheck"); }
    QString summary() const override { return tr("Fetch a case's page again: still there, removed or changed"); }
    QString description() const override
    {
        return tr("Fetches the case's page again and keeps the capture. Removed: the page answers 404 or 410, or "
                  "none of the copies is on it any more; changed: it differs but still copies a work; present: the "
                  "copies are still there. A notice's case found removed moves to removed; a removed case whose "
                  "copies came back is opened again.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        ThresholdOption::add(parser);
        parser.addOption(caFileOpt);
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
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        CaptureLimits limits;
        limits.caFile = call.value(caFileOpt);
        auto checked = CaseWorkflow::recheck(*loaded->catalog, loaded->matcher, *id, threshold, limits);
        if (!checked.ok())
            return context.fail(checked.error());
        const QString &state = checked->state;
        if (context.json) {
            context.printJson(QJsonObject{
                {QStringLiteral("case_id"), *id},
                {QStringLiteral("state"), state},
                {QStringLiteral("status"), CaseStatusMachine::key(checked->status)},
                {QStringLiteral("error"), checked->error.isEmpty() ? QJsonValue() : QJsonValue(checked->error)}});
        } else {
            const QString words =
                state == QLatin1String("removed")   ? tr("The copies are gone.")
                : state == QLatin1String("changed") ? tr("The page changed but still copies your work.")
                : state == QLatin1String("present") ? tr("The copies are still there.")
                                                    : tr("The page could not be reached: %1").arg(checked->error);
            context.say(tr("Case %1: %2").arg(*id).arg(words));
        }
        return state == QLatin1String("unreachable") ? ExitSomeFailed : ExitSuccess;
    }
};

class CaseMark final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("mark"); }
    QString summary() const override { return tr("Record a step of a case (sent, acknowledged, removed, …)"); }
    QString description() const override
    {
        QStringList keys;
        for (CaseStatus s : CaseStatusMachine::all())
            keys << CaseStatusMachine::key(s);
        return tr("Moves a case to STATUS, when its current state allows it, and sets the deadline that follows "
                  "(for example the 10 business days after a DMCA counter-notice). Statuses: %1.")
            .arg(keys.join(QStringLiteral(", ")));
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        parser.addPositionalArgument(QStringLiteral("status"), tr("The new status."), tr("STATUS"));
        parser.addOption(noteOpt);
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        bool ok = false;
        const qint64 id = call.arguments().value(0).toLongLong(&ok);
        if (call.arguments().size() != 2 || !ok)
            return call.usageError(tr("Give a case's number and its new status."));
        const auto to = CaseStatusMachine::fromKey(call.arguments().at(1));
        if (!to)
            return call.usageError(tr("\"%1\" is not a status of a case.").arg(call.arguments().at(1)));
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        if (*to == CaseStatus::Licensed)
            return call.usageError(tr("Use \"case license\" to turn a case into a licence offer."));
        if (!CaseStatusMachine::markable(*to))
            return call.usageError(
                tr("A case becomes \"%1\" when its evidence bag or notice is made (evidence create, notice draft).")
                    .arg(CaseStatusMachine::label(*to)));
        if (auto done = cases.transition(id, *to, call.value(noteOpt)); !done.ok())
            return context.fail(done.error());
        auto c = cases.get(id);
        if (!c.ok())
            return context.fail(c.error());
        if (context.json)
            context.printJson(CaseViews::toJson(*c));
        else
            context.say(CaseViews::line(*c));
        return ExitSuccess;
    }

protected:
    const QCommandLineOption noteOpt{QStringLiteral("note"), tr("What happened, for the case's history."), tr("TEXT")};
};

class CaseEdit final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override { return tr("Set a case's platform, account, law and note"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        parser.addOptions({platformOpt, accountOpt, regimeOpt, noteOpt});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        auto c = cases.get(*id);
        if (!c.ok())
            return context.fail(c.error());
        Regime regime = c->regime;
        if (call.isSet(regimeOpt)) {
            const auto r = regimeFromKey(call.value(regimeOpt));
            if (!r)
                return call.usageError(tr("--regime takes dmca, dsa or jp."));
            regime = *r;
        }
        const auto pick = [&](const QCommandLineOption &o, const QString &old) {
            return call.isSet(o) ? call.value(o).trimmed() : old;
        };
        if (auto done = cases.setDetails(*id, pick(platformOpt, c->platform), pick(accountOpt, c->account), regime,
                                         pick(noteOpt, c->note));
            !done.ok())
            return context.fail(done.error());
        auto after = cases.get(*id);
        if (!after.ok())
            return context.fail(after.error());
        if (context.json)
            context.printJson(CaseViews::toJson(*after));
        else
            context.say(CaseViews::line(*after));
        return ExitSuccess;
    }

private:
    const QCommandLineOption platformOpt{QStringLiteral("platform"), tr("The platform the page is on."), tr("NAME")};
    const QCommandLineOption accountOpt{QStringLiteral("account"), tr("The account or uploader that posted it."),
                                        tr("NAME")};
    const QCommandLineOption regimeOpt{QStringLiteral("regime"), tr("The law a notice will go under: dmca, dsa or jp."),
                                       tr("LAW")};
    const QCommandLineOption noteOpt{QStringLiteral("note"), tr("A note kept with the case."), tr("TEXT")};
};

class CaseClose final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("close"); }
    QString summary() const override { return tr("Close a case"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        parser.addOption(noteOpt);
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        if (auto done = cases.transition(*id, CaseStatus::Closed, call.value(noteOpt)); !done.ok())
            return context.fail(done.error());
        if (context.json)
            context.printJson(
                QJsonObject{{QStringLiteral("case_id"), *id}, {QStringLiteral("status"), QStringLiteral("closed")}});
        else
            context.say(tr("Case %1 is closed.").arg(*id));
        return ExitSuccess;
    }

private:
    const QCommandLineOption noteOpt{QStringLiteral("note"), tr("Why, for the case's history."), tr("TEXT")};
};

class CaseLicense final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("license"); }
    QString summary() const override { return tr("Turn a case into a retroactive licence offer"); }
    QString description() const override
    {
        return tr("Drafts a licensing offer to the case's counterparty for the works it copies (edit it with "
                  "\"offers edit\") and moves the case to licensed.");
    }
    void addOptions(QCommandLineParser &parser) const override { CaseViews::addCaseArgument(parser); }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto offer = CaseStore(**catalog).license(*id);
        if (!offer.ok())
            return context.fail(offer.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("case_id"), *id}, {QStringLiteral("offer_id"), *offer}});
        else
            context.say(
                tr("Case %1 is licensed: offer %2 is drafted (rakkan-cli offers show %2).").arg(*id).arg(*offer));
        return ExitSuccess;
    }
};

class CaseHosts final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("hosts"); }
    QString summary() const override { return tr("Who hosts a case's page, and where its notice goes"); }
    QString description() const override
    {
        return tr("From the case's latest capture: the platform (Rakkan's list of notice channels), a CDN in front "
                  "of the site (by its headers and address ranges), and through RDAP the domain's registrar and "
                  "abuse contact and the network's abuse contact. Nothing is guessed: an address is given only "
                  "when a source gives it. --update-bootstrap fetches IANA's current RDAP bootstrap files.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        CaseViews::addCaseArgument(parser);
        parser.addOptions({offlineOpt, bootstrapOpt, updateOpt, caFileOpt});
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        if (call.isSet(updateOpt)) {
            if (auto done = RdapBootstrap::update(QStringLiteral("https://data.iana.org/rdap/"), call.value(caFileOpt));
                !done.ok())
                return context.fail(done.error());
            context.say(tr("The RDAP bootstrap files are up to date (%1).").arg(RdapBootstrap::userFolder()));
            if (call.arguments().isEmpty())
                return ExitSuccess;
        }
        int exitCode = ExitSuccess;
        const auto id = CaseViews::caseArgument(call, &exitCode);
        if (!id)
            return exitCode;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        auto captures = cases.files(*id, QStringLiteral("capture"));
        if (!captures.ok())
            return context.fail(captures.error());
        if (captures->isEmpty())
            return context.fail(makeError(ErrorCode::NotFound, tr("Case %1 has no capture of its page.").arg(*id)));
        const CaseFolders folders((*catalog)->path());
        auto capture = PageCapturer::load(folders.resolve(captures->last().path));
        if (!capture.ok())
            return context.fail(capture.error());
        HostFinder::Options options;
        options.online = !call.isSet(offlineOpt);
        options.bootstrapFolder = call.value(bootstrapOpt);
        options.caFile = call.value(caFileOpt);
        const HostReport report = HostFinder::find(*capture, options);
        if (context.json)
            context.printJson(CaseViews::toJson(report));
        else
            context.say(HostFinder::describe(report).trimmed());
        return ExitSuccess;
    }

private:
    const QCommandLineOption offlineOpt{QStringLiteral("offline"),
                                        tr("Only the platform list and the CDN's clues; no RDAP.")};
    const QCommandLineOption bootstrapOpt{QStringLiteral("bootstrap"),
                                          tr("Read the RDAP bootstrap files (dns.json, ipv4.json, ipv6.json) from "
                                             "FOLDER (a private registry)."),
                                          tr("FOLDER")};
    const QCommandLineOption updateOpt{QStringLiteral("update-bootstrap"),
                                       tr("Fetch IANA's current RDAP bootstrap files first.")};
};

class CaseAllow final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("allow"); }
    QString summary() const override { return tr("Record a licensed use: no case is ever opened for it"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("host"), tr("The site's host name (example.com)."), tr("HOST"));
        parser.addOptions({pathOpt, accountOpt, offerOpt, noteOpt});
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        if (call.arguments().size() != 1)
            return call.usageError(tr("Give the site's host name."));
        LicensedUse use;
        use.host = call.arguments().first();
        use.pathPrefix = call.value(pathOpt);
        use.account = call.value(accountOpt);
        use.note = call.value(noteOpt);
        if (call.isSet(offerOpt)) {
            bool ok = false;
            use.offerId = call.value(offerOpt).toLongLong(&ok);
            if (!ok || use.offerId <= 0)
                return call.usageError(tr("--offer takes an offer's number."));
        }
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto id = CaseStore(**catalog).addLicensedUse(use);
        if (!id.ok())
            return context.fail(id.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("licensed_use_id"), *id}});
        else
            context.say(tr("Licensed use %1 recorded: no case will be opened for it.").arg(*id));
        return ExitSuccess;
    }

private:
    const QCommandLineOption pathOpt{QStringLiteral("path"),
                                     tr("Only pages under this path (default: the whole site)."), tr("PATH")};
    const QCommandLineOption accountOpt{QStringLiteral("account"), tr("Only this account's posts."), tr("NAME")};
    const QCommandLineOption offerOpt{QStringLiteral("offer"), tr("The licence offer it rests on."), tr("ID")};
    const QCommandLineOption noteOpt{QStringLiteral("note"), tr("A note, such as who licensed it."), tr("TEXT")};
};

class CaseAllowed final : public CaseAction
{
public:
    QString name() const override { return QStringLiteral("allowed"); }
    QString summary() const override { return tr("The licensed uses"); }
    void addOptions(QCommandLineParser &parser) const override { parser.addOption(removeOpt); }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        CaseStore cases(**catalog);
        if (call.isSet(removeOpt)) {
            bool ok = false;
            const qint64 id = call.value(removeOpt).toLongLong(&ok);
            if (!ok)
                return call.usageError(tr("--remove takes a licensed use's number."));
            if (auto done = cases.removeLicensedUse(id); !done.ok())
                return context.fail(done.error());
        }
        auto uses = cases.licensedUses();
        if (!uses.ok())
            return context.fail(uses.error());
        QJsonArray array;
        QStringList lines;
        for (const LicensedUse &u : *uses) {
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("host"), u.host},
                                     {QStringLiteral("path"), u.pathPrefix},
                                     {QStringLiteral("account"), u.account},
                                     {QStringLiteral("offer_id"), u.offerId ? QJsonValue(u.offerId) : QJsonValue()},
                                     {QStringLiteral("note"), u.note}});
            lines << QStringLiteral("%1  %2%3%4%5")
                         .arg(u.id)
                         .arg(u.host, u.pathPrefix, u.account.isEmpty() ? QString() : QStringLiteral("  @") + u.account,
                              u.note.isEmpty() ? QString() : QStringLiteral("  ") + u.note);
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("licensed_uses"), array}});
        else
            context.say(lines.isEmpty() ? tr("No licensed uses.") : lines.join(QLatin1Char('\n')));
        return ExitSuccess;
    }

private:
    const QCommandLineOption removeOpt{QStringLiteral("remove"), tr("Remove licensed use ID first."), tr("ID")};
};

} // namespace

std::unique_ptr<Command> makeCaseCommand()
{
    std::vector<std::unique_ptr<Command>> actions;
    actions.push_back(std::make_unique<CaseOpen>());
    actions.push_back(std::make_unique<CaseList>());
    actions.push_back(std::make_unique<CaseShow>());
    actions.push_back(std::make_unique<CaseRecheck>());
    actions.push_back(std::make_unique<CaseMark>());
    actions.push_back(std::make_unique<CaseEdit>());
    actions.push_back(std::make_unique<CaseClose>());
    actions.push_back(std::make_unique<CaseLicense>());
    actions.push_back(std::make_unique<CaseHosts>());
    actions.push_back(std::make_unique<CaseAllow>());
    actions.push_back(std::make_unique<CaseAllowed>());
    return std::make_unique<CommandGroup>(
        QStringLiteral("case"), CaseAction::tr("Cases: copies found online, from evidence to takedown"),
        CaseAction::tr(
            "Name an action: open, list, show, recheck, mark, edit, close, license, hosts, allow or allowed."),
        std::move(actions));
}

} // namespace rakkan::cli
