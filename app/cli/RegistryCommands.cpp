#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"
#include "cli/PassphraseInput.h"
#include "fingerprint/Pdq.h"
#include "hub/HubServer.h"
#include "matching/FingerprintInput.h"
#include "registry/HubClient.h"
#include "registry/Outbox.h"
#include "registry/Registries.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <map>

namespace rakkan::cli {

namespace {

using registry::Registry;

std::shared_ptr<std::atomic<bool>> g_cancel;

void cancelOnSignal(int)
{
    if (g_cancel)
        g_cancel->store(true);
}

// What the RegistryCommands actions share: their words (one translation context) and helpers.
class RegistryCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

protected:
    static QJsonObject toJson(const Registry &r)
    {
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("name"), r.name},
                           {QStringLiteral("url"), r.url},
                           {QStringLiteral("hub_id"), r.hubId},
                           {QStringLiteral("hub_public_key"), r.hubPublicKey},
                           {QStringLiteral("ca_file"), nullIfEmpty(r.caFile)},
                           {QStringLiteral("gateway"), nullIfEmpty(r.gateway)},
                           {QStringLiteral("extensions"), QJsonArray::fromStringList(r.extensions)}};
    }
};

class RegistryAdd final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override { return tr("Add an ISCC hub (its key is pinned)"); }
    QString description() const override
    {
        return tr("Adds an ISCC hub. Its id and public key are read from the hub over verified TLS and pinned: every "
                  "receipt must be signed with that key. Give --hub-key to insist on a key you got from the hub's "
                  "operator.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({url, hubKey, ca, gateway});
        parser.addPositionalArgument(QStringLiteral("name"), tr("A name for the registry."), tr("NAME"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1 || !parser.isSet(url))
            return context.usageError(tr("Give a name and --url."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        registry::HubClient client(registry::HubEndpoint{parser.value(url), 0, {}, parser.value(ca), 15000});
        auto info = client.info();
        if (!info.ok())
            return context.fail(info.error());
        Registry r = registry::Registries::fromHubInfo(*info, parser.positionalArguments().first(), parser.value(url),
                                                       parser.value(ca), parser.value(gateway));
        if (parser.isSet(hubKey) && parser.value(hubKey) != r.hubPublicKey)
            return context.fail(makeError(
                ErrorCode::InvalidArgument,
                tr("The hub presents the key %1, not the one you gave. Nothing was added.").arg(r.hubPublicKey)));
        auto id = registry::Registries(**catalog).add(r);
        if (!id.ok())
            return context.fail(id.error());
        r.id = *id;
        if (context.json)
            context.printJson(toJson(r));
        else
            context.say(
                tr("Added \"%1\": hub %2 at %3, key %4 (pinned).").arg(r.name).arg(r.hubId).arg(r.url, r.hubPublicKey));
        return ExitSuccess;
    }

private:
    const QCommandLineOption url{QStringLiteral("url"), tr("The hub's address, https://host[:port]."), tr("URL")};
    const QCommandLineOption hubKey{QStringLiteral("hub-key"), tr("The hub's public key (z6Mk...)."), tr("KEY")};
    const QCommandLineOption ca{QStringLiteral("ca-file"), tr("A private CA bundle (PEM) this hub uses."), tr("FILE")};
    const QCommandLineOption gateway{QStringLiteral("gateway"),
                                     tr("Your reservation page, sent in each declaration (a URL, may contain "
                                        "{iscc_id}, {iscc_code}, {datahash}, {pubkey})."),
                                     tr("URL")};
};

class RegistryList final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List the registries"); }
    QString description() const override { return tr("Lists the registries."); }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto all = registry::Registries(**catalog).list();
        if (!all.ok())
            return context.fail(all.error());
        QJsonArray array;
        for (const Registry &r : *all) {
            array.append(toJson(r));
            context.say(QStringLiteral("%1\t%2\thub %3\t%4").arg(r.name, r.url).arg(r.hubId).arg(r.hubPublicKey));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("registries"), array}});
        return ExitSuccess;
    }
};

class RegistryRemove final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override { return tr("Remove a registry nothing was sent to"); }
    QString description() const override { return tr("Removes a registry no declaration was sent to."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The registry."), tr("NAME"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        registry::Registries registries(**catalog);
        auto found = registries.find(parser.positionalArguments().value(0));
        if (!found.ok())
            return context.fail(found.error());
        if (auto done = registries.remove(found->id); !done.ok())
            return context.fail(done.error());
        context.say(tr("Removed \"%1\".").arg(found->name));
        return ExitSuccess;
    }
};

class RegistryLookup final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("lookup"); }
    QString summary() const override { return tr("Ask a hub whether a picture is declared"); }
    QString description() const override
    {
        return tr("Asks a hub whether a picture is declared: by its PDQ fingerprint (computed here, in all eight "
                  "orientations; the picture is not sent), by a PDQ hash or by an ISCC unit. The hub is a registry of "
                  "the catalogue, or any hub by --url.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({url, ca, pdq, unit, distance});
        parser.addPositionalArgument(QStringLiteral("name"), tr("The registry (unless --url)."), tr("NAME"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The picture (unless --pdq or --unit)."), tr("FILE"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        QStringList positional = parser.positionalArguments();
        registry::HubEndpoint endpoint{parser.value(url), 0, {}, parser.value(ca), 20000};
        if (!parser.isSet(url)) {
            if (positional.isEmpty())
                return context.usageError(tr("Name the registry, or give --url."), call.hint());
            auto catalog = context.openCatalog();
            if (!catalog.ok())
                return context.fail(catalog.error());
            auto found = registry::Registries(**catalog).find(positional.takeFirst());
            if (!found.ok())
                return context.fail(found.error());
            endpoint.url = found->url;
            endpoint.caFile = found->caFile;
        }
        const int chosen = int(parser.isSet(pdq)) + int(parser.isSet(unit)) + int(positional.size() == 1);
        if (chosen != 1 || positional.size() > 1)
            return context.usageError(tr("Give one picture, --pdq or --unit."), call.hint());
        const bool byUnit = parser.isSet(unit);
        const int maxDistance = parser.isSet(distance) ? parser.value(distance).toInt() : (byUnit ? 8 : 31);

        QStringList hashes;
        if (parser.isSet(pdq)) {
            hashes << parser.value(pdq).toLower();
        } else if (!byUnit) {
            auto decoded = matching::decodeForFingerprint(positional.first(), imaging::DecodeLimits(),
                                                          matching::DecodeMode::PdqOnly);
            if (!decoded.ok())
                return context.fail(
                    makeError(decoded.error().code, tr("%1: %2").arg(positional.first(), decoded.error().message)));
            // A mirrored or rotated re-upload is still the picture: ask for every orientation.
            for (const auto &h : fingerprint::Pdq::hashAllOrientations(fingerprint::Pdq::referenceLuma(decoded->image)))
                if (!hashes.contains(h.hash.toHex()))
                    hashes << h.hash.toHex();
        }
        registry::HubClient client(endpoint);
        std::map<QString, registry::HubMatch> nearest; // by ISCC-ID
        auto merge = [&](const Result<QList<registry::HubMatch>> &found) -> std::optional<Error> {
            if (!found.ok())
                return found.error();
            for (const registry::HubMatch &m : *found) {
                auto [it, inserted] = nearest.emplace(m.isccId, m);
                if (!inserted && m.distance < it->second.distance)
                    it->second = m;
            }
            return std::nullopt;
        };
        if (byUnit) {
            if (auto failed = merge(client.lookupUnit(parser.value(unit), maxDistance)))
                return context.fail(*failed);
        }
        for (const QString &hash : std::as_const(hashes))
            if (auto failed = merge(client.lookupPdq(hash, maxDistance)))
                return context.fail(*failed);
        QList<registry::HubMatch> matches;
        for (const auto &[id, m] : nearest)
            matches << m;
        std::stable_sort(matches.begin(), matches.end(),
                         [](const auto &a, const auto &b) { return a.distance < b.distance; });
        if (context.json) {
            QJsonArray out;
            for (const registry::HubMatch &m : std::as_const(matches))
                out.append(QJsonObject{{QStringLiteral("iscc_id"), m.isccId},
                                       {QStringLiteral("iscc_code"), m.isccCode},
                                       {QStringLiteral("distance"), m.distance},
                                       {QStringLiteral("pubkey"), m.pubkey},
                                       {QStringLiteral("gateway"), nullIfEmpty(m.gateway)}});
            context.printJson(QJsonObject{{QStringLiteral("matches"), out}});
        } else if (matches.isEmpty()) {
            context.say(tr("Not declared at this hub (nothing within %n bit(s)).", nullptr, maxDistance));
        } else {
            for (const registry::HubMatch &m : std::as_const(matches))
                context.say(tr("Declared: %1, %n bit(s) away, by %2%3", nullptr, m.distance)
                                .arg(m.isccId, m.pubkey,
                                     m.gateway.isEmpty() ? QString() : tr(" (reservation: %1)").arg(m.gateway)));
        }
        return ExitSuccess;
    }

private:
    const QCommandLineOption url{QStringLiteral("url"), tr("A hub that is not among the registries."), tr("URL")};
    const QCommandLineOption ca{QStringLiteral("ca-file"), tr("A private CA bundle (PEM) the hub uses."), tr("FILE")};
    const QCommandLineOption pdq{QStringLiteral("pdq"), tr("A PDQ hash (64 hex digits)."), tr("HEX")};
    const QCommandLineOption unit{QStringLiteral("unit"), tr("An ISCC unit (ISCC:...)."), tr("ISCC")};
    const QCommandLineOption distance{QStringLiteral("max-distance"),
                                      tr("Bits of difference allowed (PDQ: 31 by default; units: 8)."), tr("N")};
};

class OptoutSubmit final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    OptoutSubmit(QString name, QString summary, bool retry)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_retry(retry)
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString description() const override
    {
        return m_retry ? tr("Sends failed declarations again (after a network problem or once the cause is fixed).")
                       : tr("Declares works to a registry: each file's ISCC-CODE, hashes and units, signed with the "
                            "work's identity. Only these codes leave the computer, never pixels. Queued first, so an "
                            "interrupted run continues where it stopped.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (m_retry)
            parser.addOption(rejected);
        else
            parser.addOptions({all, series, work, dryRun});
        parser.addOptions({registryOpt, passFile, concurrency, batch});
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString hint = call.hint();
        if (!parser.isSet(registryOpt))
            return context.usageError(tr("Name the registry with --registry."), hint);
        const int chosen = int(parser.isSet(all)) + int(parser.isSet(series)) + int(parser.isSet(work));
        if (!m_retry && chosen != 1)
            return context.usageError(tr("Choose the works: --all, --series or --work."), hint);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto target = registry::Registries(**catalog).find(parser.value(registryOpt));
        if (!target.ok())
            return context.fail(target.error());
        registry::Outbox outbox(**catalog);

        QJsonObject result;
        if (m_retry) {
            auto n = outbox.requeue(target->id, parser.isSet(rejected));
            if (!n.ok())
                return context.fail(n.error());
            result.insert(QStringLiteral("requeued"), *n);
        } else {
            QList<qint64> works;
            if (parser.isSet(series)) {
                auto ids = outbox.worksOfSeries(parser.value(series));
                if (!ids.ok())
                    return context.fail(ids.error());
                works = *ids;
            }
            const auto given = CliContext::workIds(parser.values(work));
            if (!given)
                return context.usageError(CliContext::workIdError(), hint);
            works += *given;
            auto queued = outbox.enqueue(*target, works, parser.isSet(dryRun));
            if (!queued.ok())
                return context.fail(queued.error());
            if (parser.isSet(dryRun)) {
                QJsonArray notes;
                for (const QJsonObject &n : queued->preview)
                    notes.append(n);
                if (context.json)
                    context.printJson(QJsonObject{{QStringLiteral("would_send"), notes},
                                                  {QStringLiteral("already_queued"), queued->alreadyQueued},
                                                  {QStringLiteral("without_iscc"), queued->withoutIscc}});
                else
                    context.say(tr("Would declare %1 files to \"%2\" (%3 already there, %4 without an ISCC). Each "
                                   "note carries only these codes and hashes, then your signature:\n%5")
                                    .arg(queued->queued)
                                    .arg(target->name)
                                    .arg(queued->alreadyQueued)
                                    .arg(queued->withoutIscc)
                                    .arg(notes.isEmpty() ? QString()
                                                         : QString::fromUtf8(QJsonDocument(notes.first().toObject())
                                                                                 .toJson(QJsonDocument::Indented))));
                return ExitSuccess;
            }
            result.insert(QStringLiteral("queued"), queued->queued);
            result.insert(QStringLiteral("already_queued"), queued->alreadyQueued);
            result.insert(QStringLiteral("without_iscc"), queued->withoutIscc);
            if (queued->withoutIscc > 0)
                context.warn(makeError(
                    ErrorCode::InvalidArgument,
                    tr("%1 files have no ISCC yet; run \"rakkan-cli rehash\" first.").arg(queued->withoutIscc)));
        }

        registry::Outbox::Options options;
        options.concurrency = std::clamp(parser.value(concurrency).toInt(), 1, 16);
        options.batch = std::clamp(parser.value(batch).toInt(), 1, 256);
        const QString passphraseFile = parser.value(passFile);
        options.passphrase = [&](const identity::Identity &who) -> std::optional<QString> {
            auto typed = PassphraseInput::read(passphraseFile, tr("Passphrase of \"%1\": ").arg(who.name));
            if (!typed.ok()) {
                context.warn(typed.error());
                return std::nullopt;
            }
            return *typed;
        };
        options.progress = [&](int done, int total) {
            context.progress(tr("Declared %1 of %2...").arg(done).arg(total));
        };
        g_cancel = std::make_shared<std::atomic<bool>>(false);
        options.cancel = g_cancel;
        std::signal(SIGINT, cancelOnSignal);
        auto sent = outbox.send(*target, options);
        context.endProgress();
        if (!sent.ok())
            return context.fail(sent.error());
        result.insert(QStringLiteral("declared"), sent->declared);
        result.insert(QStringLiteral("duplicates"), sent->duplicates);
        result.insert(QStringLiteral("rejected"), sent->rejected);
        result.insert(QStringLiteral("failed"), sent->failed);
        result.insert(QStringLiteral("cancelled"), sent->cancelled);
        if (context.json)
            context.printJson(result);
        else
            context.say(tr("Declared %1, already declared %2, rejected %3, failed %4%5.")
                            .arg(sent->declared)
                            .arg(sent->duplicates)
                            .arg(sent->rejected)
                            .arg(sent->failed)
                            .arg(sent->cancelled ? tr(" (stopped; run it again to continue)") : QString()));
        return sent->rejected + sent->failed > 0 || sent->cancelled ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption work{CliContext::workOption()};
    const QCommandLineOption registryOpt{QStringLiteral("registry"), tr("The registry."), tr("NAME")};
    const QCommandLineOption all{QStringLiteral("all"), tr("Every work of the catalogue.")};
    const QCommandLineOption series{QStringLiteral("series"), tr("Every work of a series."), tr("SERIES")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("Show exactly what would be sent; send nothing.")};
    const QCommandLineOption passFile{QStringLiteral("passphrase-file"),
                                      tr("Read the signing key's passphrase from the first line of FILE."), tr("FILE")};
    const QCommandLineOption concurrency{QStringLiteral("concurrency"), tr("Requests in flight (1-16)."), tr("N"),
                                         QStringLiteral("4")};
    const QCommandLineOption rejected{QStringLiteral("rejected"), tr("Also send rejected declarations again.")};
    const QCommandLineOption batch{QStringLiteral("batch"),
                                   tr("Declarations signed, sent and recorded together (1-256)."), tr("N"),
                                   QStringLiteral("64")};
    QString m_name;
    QString m_summary;
    bool m_retry;
};

class OptoutStatus final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override { return tr("What was declared, and what waits"); }
    QString description() const override
    {
        return tr("Lists declarations: state, ISCC-ID and the hub's reason when refused.");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOption(state); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        registry::Outbox outbox(**catalog);
        auto rows = outbox.list(parser.value(state));
        if (!rows.ok())
            return context.fail(rows.error());
        QJsonArray array;
        for (const auto &s : *rows) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("asset_id"), s.assetId ? QJsonValue(s.assetId) : QJsonValue()},
                                     {QStringLiteral("registry"), s.registryName},
                                     {QStringLiteral("datahash"), s.datahash},
                                     {QStringLiteral("iscc_code"), s.isccCode},
                                     {QStringLiteral("state"), s.state},
                                     {QStringLiteral("attempts"), s.attempts},
                                     {QStringLiteral("iscc_id"), nullIfEmpty(s.isccId)},
                                     {QStringLiteral("next_attempt_at"), nullIfEmpty(s.nextAttemptAt)},
                                     {QStringLiteral("error_code"), nullIfEmpty(s.errorCode)},
                                     {QStringLiteral("error_message"), nullIfEmpty(s.errorMessage)},
                                     {QStringLiteral("has_receipt"), !s.receipt.isEmpty()}});
            context.say(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                            .arg(s.registryName, s.state, s.isccId.isEmpty() ? QStringLiteral("-") : s.isccId,
                                 s.isccCode, s.errorMessage));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("submissions"), array}});
        return ExitSuccess;
    }

private:
    const QCommandLineOption state{QStringLiteral("state"),
                                   tr("Only this state: queued, sending, declared, duplicate, rejected, failed."),
                                   tr("STATE")};
};

class HubServe final : public RegistryCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::RegistryCommands)

public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override { return tr("Runs an ISCC hub (the same server as rakkan-hub)."); }
    QString description() const override { return tr("Runs an ISCC hub (the same server as rakkan-hub)."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({db, listen, hubId, cert, key, rate});
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        hub::HubRunOptions options;
        options.database = parser.value(db);
        options.server.host = parser.value(listen).section(QLatin1Char(':'), 0, -2);
        options.server.port = parser.value(listen).section(QLatin1Char(':'), -1).toInt();
        options.server.certFile = parser.value(cert);
        options.server.keyFile = parser.value(key);
        options.service.hubId = parser.value(hubId).toInt();
        options.service.declarationsPerMinutePerKey = std::max(1, parser.value(rate).toInt());
        if (options.database.isEmpty() || parser.isSet(cert) != parser.isSet(key) || options.service.hubId < 0 ||
            options.service.hubId > 4095)
            return context.usageError(tr("Give --db, a hub id from 0 to 4095, and --cert with --key."), call.hint());
        return hub::runHub(options);
    }

private:
    const QCommandLineOption db{QStringLiteral("db"),
                                tr("The hub's database: a SQLite file, or postgresql://... shared by several hub "
                                   "processes."),
                                tr("FILE|URL")};
    const QCommandLineOption listen{QStringLiteral("listen"), tr("Address and port (port 0: any free)."),
                                    tr("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")};
    const QCommandLineOption hubId{QStringLiteral("hub-id"), tr("This hub's id, 0-4095."), tr("N"),
                                   QStringLiteral("0")};
    const QCommandLineOption cert{QStringLiteral("cert"), tr("TLS certificate chain (PEM)."), tr("FILE")};
    const QCommandLineOption key{QStringLiteral("key"), tr("TLS private key (PEM)."), tr("FILE")};
    const QCommandLineOption rate{QStringLiteral("rate"), tr("Declarations a minute per signing key."), tr("N"),
                                  QStringLiteral("600")};
};

} // namespace

std::unique_ptr<Command> makeHubCommand()
{
    return std::make_unique<CommandGroup>(
        QStringLiteral("hub"), RegistryCommandsBase::tr("Run an ISCC hub (hub serve)"),
        RegistryCommandsBase::tr("Usage: %1 hub serve --db FILE --listen ADDR:PORT --hub-id N [--cert F --key F]")
            .arg(QStringLiteral("rakkan-cli")),
        actions<HubServe>());
}

std::unique_ptr<Command> makeRegistryCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<RegistryAdd>());
    list.push_back(std::make_unique<RegistryList>());
    list.push_back(std::make_unique<RegistryRemove>());
    list.push_back(std::make_unique<RegistryLookup>());
    return std::make_unique<CommandGroup>(QStringLiteral("registry"),
                                          RegistryCommandsBase::tr("Add, list or remove the hubs you declare to"),
                                          RegistryCommandsBase::tr("Say what to do with registries."), std::move(list));
}

std::unique_ptr<Command> makeOptoutCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<OptoutSubmit>(QStringLiteral("submit"),
                                                  RegistryCommandsBase::tr("Declare works to a registry"), false));
    list.push_back(std::make_unique<OptoutSubmit>(QStringLiteral("retry"),
                                                  RegistryCommandsBase::tr("Send failed declarations again"), true));
    list.push_back(std::make_unique<OptoutStatus>());
    return std::make_unique<CommandGroup>(QStringLiteral("optout"),
                                          RegistryCommandsBase::tr("Declare works to a registry, follow and retry"),
                                          RegistryCommandsBase::tr("Say what to do."), std::move(list));
}

} // namespace rakkan::cli
