#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/CredentialOptions.h"
#include "cli/JsonViews.h"
#include "reservations/CopyExporter.h"
#include "reservations/PolicyStore.h"
#include "reservations/SiteChecker.h"
#include "reservations/SiteKit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rakkan::cli {

namespace {

using reservations::ReservationPolicy;

// What the ReservationCommands actions share: their words (one translation context) and helpers.
class ReservationCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

protected:
    static std::optional<bool> yesNo(const QString &value)
    {
        if (value == QLatin1String("yes") || value == QLatin1String("y") || value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("no") || value == QLatin1String("n") || value == QLatin1String("false"))
            return false;
        return std::nullopt;
    }
};

class PolicyShow final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("The reservation policy, as JSON"); }
    QString description() const override { return tr("Shows a reservation policy (JSON) and what it still lacks."); }
    void addOptions(QCommandLineParser &parser) const override { parser.addOption(policyName); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto policy = reservations::PolicyStore(**catalog).policy(parser.value(policyName));
        if (!policy.ok())
            return context.fail(policy.error());
        QJsonObject out = policy->toJson();
        out.insert(QStringLiteral("problems"), QJsonArray::fromStringList(policy->problems()));
        if (context.json) {
            context.printJson(out);
            return ExitSuccess;
        }
        context.say(QString::fromUtf8(QJsonDocument(policy->toJson()).toJson(QJsonDocument::Indented)).trimmed());
        for (const QString &p : policy->problems())
            context.say(QStringLiteral("! ") + p);
        return ExitSuccess;
    }

private:
    const QCommandLineOption policyName{QStringLiteral("name"), tr("The policy (default: default)."), tr("NAME"),
                                        reservations::PolicyStore::kDefault};
};

class PolicyEdit final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override { return tr("Change what is reserved and who to ask"); }
    QString description() const override { return tr("Changes a reservation policy. Only the options given change."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({policyName, site, creator, holder, email, terms, copyright, training, generative, input,
                           search, licences, price, licensees, jurisdictions, condition});
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString hint = call.hint();
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        reservations::PolicyStore store(**catalog);
        auto current = store.policy(parser.value(policyName));
        ReservationPolicy p = current.ok() ? *current : ReservationPolicy::defaults();
        if (!current.ok() && current.error().code != ErrorCode::NotFound)
            return context.fail(current.error());
        auto text = [&](const QCommandLineOption &o, QString &field) {
            if (parser.isSet(o))
                field = parser.value(o).trimmed();
        };
        text(site, p.siteUrl);
        text(creator, p.creator);
        text(holder, p.rightsHolder);
        text(email, p.contactEmail);
        text(terms, p.termsUrl);
        text(copyright, p.copyrightNotice);
        text(condition, p.otherConstraints);
        for (const auto &[option, field] :
             {std::pair{&training, &p.reserveTraining}, std::pair{&generative, &p.reserveGenerativeTraining},
              std::pair{&input, &p.reserveAiInput}, std::pair{&search, &p.allowSearch},
              std::pair{&licences, &p.offersLicences}}) {
            if (!parser.isSet(*option))
                continue;
            const auto v = yesNo(parser.value(*option));
            if (!v)
                return context.usageError(tr("--%1 takes yes or no.").arg(option->names().first()), hint);
            *field = *v;
        }
        if (parser.isSet(training) && p.reserveTraining)
            p.reserveGenerativeTraining = true;
        if (parser.isSet(price)) {
            const QStringList parts = parser.value(price).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2) {
                p.licenceAmount = parts[0];
                p.licenceCurrency = parts[1].toUpper();
            } else if (parts.isEmpty()) {
                p.licenceAmount.clear();
                p.licenceCurrency.clear();
            } else {
                return context.usageError(tr("--price takes an amount and a currency, e.g. \"500.00 EUR\"."), hint);
            }
        }
        auto list = [&](const QCommandLineOption &o, QStringList &field, bool upper) {
            if (!parser.isSet(o))
                return;
            field.clear();
            for (const QString &item : parser.value(o).split(QLatin1Char(','), Qt::SkipEmptyParts))
                field << (upper ? item.trimmed().toUpper() : item.trimmed());
        };
        list(licensees, p.licenceUsers, false);
        list(jurisdictions, p.jurisdictions, true);
        if (auto saved = store.save(p, parser.value(policyName)); !saved.ok())
            return context.fail(saved.error());
        if (context.json)
            context.printJson(p.toJson());
        else
            context.say(tr("Saved the reservation policy \"%1\".").arg(parser.value(policyName)));
        return ExitSuccess;
    }

private:
    const QCommandLineOption policyName{QStringLiteral("name"), tr("The policy (default: default)."), tr("NAME"),
                                        reservations::PolicyStore::kDefault};
    const QCommandLineOption site{QStringLiteral("site"), tr("Your site, https://host."), tr("URL")};
    const QCommandLineOption creator{QStringLiteral("creator"), tr("The creator's name."), tr("NAME")};
    const QCommandLineOption holder{QStringLiteral("rights-holder"), tr("The rights holder, if not the creator."),
                                    tr("NAME")};
    const QCommandLineOption email{QStringLiteral("email"), tr("Licensing contact."), tr("ADDRESS")};
    const QCommandLineOption terms{QStringLiteral("terms"), tr("The page with your licensing terms."), tr("URL")};
    const QCommandLineOption copyright{QStringLiteral("copyright"), tr("The copyright notice."), tr("TEXT")};
    const QCommandLineOption training{QStringLiteral("reserve-training"), tr("Reserve all AI training."), tr("yes|no")};
    const QCommandLineOption generative{QStringLiteral("reserve-generative"), tr("Reserve generative AI training."),
                                        tr("yes|no")};
    const QCommandLineOption input{QStringLiteral("reserve-ai-input"),
                                   tr("Reserve use as AI input (retrieval, grounding)."), tr("yes|no")};
    const QCommandLineOption search{QStringLiteral("allow-search"), tr("Allow ordinary search indexing."),
                                    tr("yes|no")};
    const QCommandLineOption licences{QStringLiteral("offer-licences"), tr("AI uses are available under licence."),
                                      tr("yes|no")};
    const QCommandLineOption price{QStringLiteral("price"), tr("Licence price, e.g. \"500.00 EUR\" (empty: none)."),
                                   tr("AMOUNT CURRENCY")};
    const QCommandLineOption licensees{QStringLiteral("licensees"),
                                       tr("Who may license: commercial, non-commercial, education, government, "
                                          "personal (comma-separated)."),
                                       tr("LIST")};
    const QCommandLineOption jurisdictions{QStringLiteral("jurisdictions"), tr("EU, JP, US (comma-separated)."),
                                           tr("LIST")};
    const QCommandLineOption condition{QStringLiteral("condition"),
                                       tr("Your own wording of the condition (empty: generated)."), tr("TEXT")};
};

class PolicyAgents final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("agents"); }
    QString summary() const override { return tr("Update the AI crawler list from robots.json"); }
    QString description() const override
    {
        return tr("Replaces the policy's AI crawler list with the agents of ai.robots.txt's "
                  "robots.json (download it from the project yourself).");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOptions({file, policyName}); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (!parser.isSet(file))
            return context.usageError(tr("Give --import FILE."), call.hint());
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly))
            return context.fail(
                makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(in.fileName(), in.errorString())));
        auto list = reservations::AiAgents::fromRobotsJson(in.read(8 << 20));
        if (!list.ok())
            return context.fail(list.error());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        reservations::PolicyStore store(**catalog);
        auto p = store.policy(parser.value(policyName));
        if (!p.ok())
            return context.fail(p.error());
        p->agents = *list;
        if (auto saved = store.save(*p, parser.value(policyName)); !saved.ok())
            return context.fail(saved.error());
        context.say(tr("The policy now names %n AI crawler(s).", nullptr, int(list->size())));
        return ExitSuccess;
    }

private:
    const QCommandLineOption file{QStringLiteral("import"), tr("robots.json."), tr("FILE")};
    const QCommandLineOption policyName{QStringLiteral("name"), tr("The policy (default: default)."), tr("NAME"),
                                        reservations::PolicyStore::kDefault};
};

class PolicyAssign final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("assign"); }
    QString summary() const override { return tr("Works that follow another policy"); }
    QString description() const override
    {
        return tr("Makes works follow another policy (--name default puts them back).");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOptions({policyName, work}); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const auto works = CliContext::workIds(parser.values(work));
        if (!parser.isSet(policyName) || !works || works->isEmpty())
            return context.usageError(tr("Give --name and --work."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        if (auto done = reservations::PolicyStore(**catalog).assign(*works, parser.value(policyName)); !done.ok())
            return context.fail(done.error());
        context.say(tr("%n work(s) now follow \"%1\".", nullptr, int(works->size())).arg(parser.value(policyName)));
        return ExitSuccess;
    }

private:
    const QCommandLineOption work{CliContext::workOption()};
    const QCommandLineOption policyName{QStringLiteral("name"), tr("The policy."), tr("NAME")};
};

class SiteKitExport final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Write the site kit into a folder"); }
    QString description() const override
    {
        return tr("Writes the site kit: tdmrep.json, robots.txt (your own rules kept), ai.txt, the RSL licence, head "
                  "tags and server headers, and the pages your hub declarations point to. Upload the folder's "
                  "contents to your site's root.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({robots, zip});
        parser.addPositionalArgument(QStringLiteral("dir"), tr("The folder to write."), tr("DIR"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name the folder to write the kit to."), call.hint());
        const QString dir = parser.positionalArguments().first();
        const QString robotsPath =
            parser.isSet(robots) ? parser.value(robots) : QDir(dir).filePath(QStringLiteral("robots.txt"));
        if (parser.isSet(robots) && !QFile::exists(robotsPath))
            return context.fail(makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(robotsPath)));
        auto existing = reservations::SiteKit::existingRobots(robotsPath);
        if (!existing.ok())
            return context.fail(existing.error());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        QStringList skipped;
        auto input = reservations::SiteKit::fromCatalog(**catalog, *existing, &skipped);
        if (!input.ok())
            return context.fail(input.error());
        auto report = reservations::SiteKit::write(dir, reservations::SiteKit::files(*input), parser.isSet(zip));
        if (!report.ok())
            return context.fail(report.error());
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("folder"), report->folder},
                                          {QStringLiteral("zip"), nullIfEmpty(report->zip)},
                                          {QStringLiteral("files"), QJsonArray::fromStringList(report->files)},
                                          {QStringLiteral("gateways_elsewhere"), QJsonArray::fromStringList(skipped)}});
            return ExitSuccess;
        }
        context.say(tr("Site kit written to %1:").arg(QDir::toNativeSeparators(report->folder)));
        for (const QString &f : std::as_const(report->files))
            context.say(QStringLiteral("  ") + f);
        if (!report->zip.isEmpty())
            context.say(tr("Zip: %1").arg(QDir::toNativeSeparators(report->zip)));
        if (!skipped.isEmpty())
            context.say(tr("%n declaration(s) point to pages on other sites; no page was written for them.", nullptr,
                           int(skipped.size())));
        return ExitSuccess;
    }

private:
    const QCommandLineOption robots{QStringLiteral("merge-robots"),
                                    tr("Your site's current robots.txt (default: the one in DIR, if any)."),
                                    tr("FILE")};
    const QCommandLineOption zip{QStringLiteral("zip"), tr("Also write DIR.zip.")};
};

class ExportCopiesCommand final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("export-copies"); }
    QString summary() const override { return tr("Copies of works carrying the reservation in their XMP"); }
    QString description() const override
    {
        return tr("Writes copies of works for publishing, each with its reservation in XMP (IPTC PLUS DataMining, "
                  "copyright, creator, licensor). The originals are only read.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        m_works.addTo(parser);
        parser.addOptions({rsl, maxSide, watermark});
        m_credentials.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("dir"), tr("Where to write the copies."), tr("DIR"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString hint = call.hint();
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name the folder to write the copies to."), hint);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        int exitCode = ExitSuccess;
        const auto works = m_works.read(call, **catalog, &exitCode);
        if (!works)
            return exitCode;
        reservations::CopyExporter::Options options;
        options.embedRsl = parser.isSet(rsl);
        if (parser.isSet(maxSide)) {
            bool ok = false;
            options.web.maxSide = parser.value(maxSide).toInt(&ok);
            if (!ok || options.web.maxSide < 16)
                return context.usageError(tr("--max-side takes a number of pixels, at least 16."), hint);
        }
        options.web.watermark = parser.value(watermark);
        if (m_credentials.requested(call)) {
            auto signer = m_credentials.signer(call, **catalog);
            if (!signer.ok())
                return context.fail(signer.error());
            options.contentCredentials = *signer;
        }
        auto report = reservations::CopyExporter::run(**catalog, *works, parser.positionalArguments().first(), options);
        if (!report.ok())
            return context.fail(report.error());
        for (const QString &failure : std::as_const(report->failed))
            context.warn(makeError(ErrorCode::Io, failure));
        if (!report->withoutCredentials.isEmpty() && !context.json)
            context.say(tr("%n copy(ies) are not JPEG, PNG or WebP and carry no Content Credentials; their XMP still "
                           "carries the reservation. Web copies (--max-side) can carry them.",
                           nullptr, int(report->withoutCredentials.size())));
        if (context.json)
            context.printJson(QJsonObject{
                {QStringLiteral("written"), QJsonArray::fromStringList(report->written)},
                {QStringLiteral("failed"), QJsonArray::fromStringList(report->failed)},
                {QStringLiteral("without_content_credentials"), QJsonArray::fromStringList(report->withoutCredentials)},
                {QStringLiteral("content_credentials"), m_credentials.requested(call)}});
        else if (m_credentials.requested(call))
            context.say(
                tr("%n copy(ies) written with their reservation; JPEG, PNG and WebP copies also carry signed Content "
                   "Credentials.",
                   nullptr, int(report->written.size())));
        else
            context.say(tr("%n copy(ies) written with their reservation.", nullptr, int(report->written.size())));
        return report->failed.isEmpty() ? ExitSuccess : ExitSomeFailed;
    }

private:
    const WorkSelection m_works;
    const QCommandLineOption rsl{QStringLiteral("embed-rsl"), tr("Also embed the RSL licence in the XMP.")};
    const QCommandLineOption maxSide{QStringLiteral("max-side"),
                                     tr("Scale copies to fit N pixels on their longest side (web copies)."), tr("N")};
    const QCommandLineOption watermark{QStringLiteral("watermark"), tr("Draw TEXT in a corner of each copy."),
                                       tr("TEXT")};
    const CredentialOptions m_credentials;
};

class CheckCommand final : public ReservationCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ReservationCommands)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("What a file or site says about AI use"); }
    QString description() const override
    {
        return tr("Reads what a file, a local copy of a site or a live site says about AI use, mechanism by "
                  "mechanism: reserved, allowed, not said, or contradictory.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(ca);
        parser.addPositionalArgument(QStringLiteral("target"), tr("An image file, a folder or an http(s) address."),
                                     tr("FILE|DIR|URL"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Give one file, folder or address."), call.hint());
        reservations::SiteChecker::Options options;
        options.caFile = parser.value(ca);
        // The creator's own crawler list, when a catalogue has one.
        if (auto catalog = context.openCatalog(); catalog.ok())
            if (auto policy = reservations::PolicyStore(**catalog).policy(); policy.ok() && !policy->agents.isEmpty())
                options.agents = policy->agents;
        auto report = reservations::SiteChecker::check(parser.positionalArguments().first(), options);
        if (!report.ok())
            return context.fail(report.error());
        if (context.json) {
            QJsonArray findings;
            for (const auto &f : report->findings)
                findings.append(QJsonObject{{QStringLiteral("mechanism"), f.mechanism},
                                            {QStringLiteral("verdict"), reservations::verdictName(f.verdict)},
                                            {QStringLiteral("detail"), f.detail},
                                            {QStringLiteral("source"), f.source},
                                            {QStringLiteral("notes"), QJsonArray::fromStringList(f.notes)}});
            context.printJson(QJsonObject{{QStringLiteral("target"), report->target},
                                          {QStringLiteral("overall"), reservations::verdictName(report->overall)},
                                          {QStringLiteral("findings"), findings}});
            return ExitSuccess;
        }
        for (const auto &f : report->findings) {
            context.say(QStringLiteral("%1\t%2\t%3").arg(reservations::verdictLabel(f.verdict), f.mechanism, f.detail));
            for (const QString &note : f.notes)
                context.say(QStringLiteral("\t\t! ") + note);
        }
        context.say(tr("Overall: %1").arg(reservations::verdictLabel(report->overall)));
        return ExitSuccess;
    }

private:
    const QCommandLineOption ca{QStringLiteral("ca-file"), tr("A private CA bundle (PEM) the site uses."), tr("FILE")};
};

} // namespace

std::unique_ptr<Command> makeSiteKitCommand()
{
    return std::make_unique<CommandGroup>(
        QStringLiteral("sitekit"),
        ReservationCommandsBase::tr("Write robots.txt, tdmrep.json, ai.txt, RSL and headers for your site"),
        ReservationCommandsBase::tr("Usage: %1 sitekit export DIR [--merge-robots FILE] [--zip]")
            .arg(QStringLiteral("rakkan-cli")),
        actions<SiteKitExport>());
}

std::unique_ptr<Command> makeExportCopiesCommand()
{
    return std::make_unique<ExportCopiesCommand>();
}

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

std::unique_ptr<Command> makePolicyCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<PolicyShow>());
    list.push_back(std::make_unique<PolicyEdit>());
    list.push_back(std::make_unique<PolicyAgents>());
    list.push_back(std::make_unique<PolicyAssign>());
    return std::make_unique<CommandGroup>(
        QStringLiteral("policy"),
        ReservationCommandsBase::tr("What you reserve against AI, and who to ask for a licence"),
        ReservationCommandsBase::tr("Say what to do with the reservation policy."), std::move(list));
}

} // namespace rakkan::cli
