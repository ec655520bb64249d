#include "cli/CliContext.h"
#include "cli/JsonViews.h"
#include "identity/KeychainSecrets.h"
#include "registry/Spawning.h"

#include <QFile>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

const QString kKeyName = registry::Spawning::apiKeyName();

class SpawningCommands
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SpawningCommands)

public:
    static int run(const CliContext &base, const QStringList &arguments)
    {
        const QString help = tr("Usage: %1 spawning key|check|handoff|status").arg(QStringLiteral("rakkan-cli")) +
                             QStringLiteral("\n  key --api-key-file F   ") +
                             tr("Keep your Spawning API key in the system keychain") +
                             QStringLiteral("\n  check (--all | --work ID...)   ") +
                             tr("Ask Spawning whether your works' public URLs are opted out") +
                             QStringLiteral("\n  handoff (--all | --work ID...) ") +
                             tr("Get the Have I Been Trained link that opts those URLs out") +
                             QStringLiteral("\n  status   ") + tr("What was checked and handed off");
        return CliContext::dispatch(
            base, arguments,
            {{"key", [](const CliContext &b, const QStringList &a) { return key(b, a); }},
             {"check", [](const CliContext &b, const QStringList &a) { return checkOrHandOff(b, a, false); }},
             {"handoff", [](const CliContext &b, const QStringList &a) { return checkOrHandOff(b, a, true); }},
             {"status", [](const CliContext &b, const QStringList &a) { return status(b, a); }}},
            help, tr("Say what to do."));
    }

private:
    static Result<QString> readKeyFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, file.errorString()));
        return QString::fromUtf8(file.readLine()).trimmed();
    }

    static int key(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Keeps your Spawning API key in the system keychain (never in settings or the catalogue)."));
        const QCommandLineOption file(QStringLiteral("api-key-file"), tr("Read the key from the first line of FILE."),
                                      tr("FILE"));
        parser.addOption(file);
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        if (!parser.isSet(file))
            return context->usageError(tr("Give --api-key-file."), CliContext::commandHint(arguments));
        auto key = readKeyFile(parser.value(file));
        if (!key.ok())
            return context->fail(key.error());
        if (auto stored = identity::KeychainSecrets().store(kKeyName, key->toUtf8()); !stored.ok())
            return context->fail(
                makeError(stored.error().code,
                          tr("%1 Give --api-key-file with each check instead.").arg(stored.error().message)));
        context->say(tr("The Spawning API key is in the system keychain."));
        return ExitSuccess;
    }

    static int checkOrHandOff(const CliContext &base, const QStringList &arguments, bool handOff)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            handOff ? tr("Sends the public URLs of works to Have I Been Trained and prints the link where you finish "
                         "the opt-out, logged in to your account. Only the URLs are sent.")
                    : tr("Asks Spawning's registry whether the public URLs of works (their publications) are opted "
                         "out. Only the URLs are sent."));
        const QCommandLineOption all(QStringLiteral("all"), tr("Every work with a publication."));
        const QCommandLineOption work = CliContext::workOption();
        const QCommandLineOption file(QStringLiteral("api-key-file"),
                                      tr("Read the API key from FILE (default: the keychain)."), tr("FILE"));
        parser.addOptions({all, work});
        if (!handOff)
            parser.addOption(file);
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        if (parser.isSet(all) == parser.isSet(work))
            return context->usageError(tr("Choose the works: --all or --work."), CliContext::commandHint(arguments));
        const auto works = CliContext::workIds(parser.values(work));
        if (!works)
            return context->usageError(CliContext::workIdError(), CliContext::commandHint(arguments));
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto urls = registry::Spawning::urlsOfWorks(**catalog, *works);
        if (!urls.ok())
            return context->fail(urls.error());
        QStringList list;
        for (const auto &u : *urls)
            list << u.url;
        if (list.isEmpty())
            return context->fail(
                makeError(ErrorCode::NotFound, tr("These works have no public URL: add where they are published "
                                                  "(works edit --publication URL).")));
        registry::Spawning spawning;
        if (handOff) {
            auto link = spawning.handOff(list);
            if (!link.ok())
                return context->fail(link.error());
            if (auto recorded = registry::Spawning::recordHandOff(**catalog, *urls, *link); !recorded.ok())
                return context->fail(recorded.error());
            if (context->json)
                context->printJson(
                    QJsonObject{{QStringLiteral("link"), *link}, {QStringLiteral("urls"), int(list.size())}});
            else
                context->say(tr("Open this link, log in to Have I Been Trained and confirm the opt-out of %1 URLs:\n%2")
                                 .arg(list.size())
                                 .arg(*link));
            return ExitSuccess;
        }
        QString apiKey;
        if (parser.isSet(file)) {
            auto key = readKeyFile(parser.value(file));
            if (!key.ok())
                return context->fail(key.error());
            apiKey = *key;
        } else {
            auto stored = identity::KeychainSecrets().load(kKeyName);
            if (!stored.ok())
                return context->fail(
                    makeError(stored.error().code, tr("No Spawning API key: store one with \"spawning key "
                                                      "--api-key-file F\" or give --api-key-file.")));
            apiKey = QString::fromUtf8(*stored);
        }
        auto status = spawning.optOutStatus(list, apiKey);
        if (!status.ok())
            return context->fail(status.error());
        if (auto recorded = registry::Spawning::recordStatus(**catalog, *urls, *status); !recorded.ok())
            return context->fail(recorded.error());
        QJsonArray array;
        for (const auto &u : *urls) {
            const bool known = status->contains(u.url);
            array.append(
                QJsonObject{{QStringLiteral("work_id"), u.workId},
                            {QStringLiteral("url"), u.url},
                            {QStringLiteral("opted_out"), known ? QJsonValue(status->value(u.url)) : QJsonValue()}});
            context->say(QStringLiteral("%1\t%2\t%3")
                             .arg(u.workId)
                             .arg(!known                 ? tr("unknown")
                                  : status->value(u.url) ? tr("opted out")
                                                         : tr("not opted out"),
                                  u.url));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("urls"), array}});
        return ExitSuccess;
    }

    static int status(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists what Spawning said about each public URL, and the hand-offs."));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto urls = registry::Spawning::urlsOfWorks(**catalog, {});
        if (!urls.ok())
            return context->fail(urls.error());
        QJsonArray array;
        for (const auto &u : *urls) {
            array.append(QJsonObject{{QStringLiteral("work_id"), u.workId},
                                     {QStringLiteral("url"), u.url},
                                     {QStringLiteral("opted_out"), u.optedOut ? QJsonValue(*u.optedOut) : QJsonValue()},
                                     {QStringLiteral("checked_at"), nullIfEmpty(u.checkedAt)},
                                     {QStringLiteral("handed_off_at"), nullIfEmpty(u.handedOffAt)}});
            context->say(
                QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(u.workId)
                    .arg(!u.optedOut   ? tr("not checked")
                         : *u.optedOut ? tr("opted out")
                                       : tr("not opted out"),
                         u.handedOffAt.isEmpty() ? QStringLiteral("-") : tr("handed off %1").arg(u.handedOffAt),
                         u.url));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("urls"), array}});
        return ExitSuccess;
    }
};

} // namespace

int runSpawning(const CliContext &context, const QStringList &arguments)
{
    return SpawningCommands::run(context, arguments);
}

} // namespace rakkan::cli
