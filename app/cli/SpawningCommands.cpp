#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"
#include "identity/KeychainSecrets.h"
#include "registry/Spawning.h"

#include <QFile>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

const QString kKeyName = registry::Spawning::apiKeyName();

// What the SpawningCommands actions share: their words (one translation context) and helpers.
class SpawningCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SpawningCommands)

protected:
    static Result<QString> readKeyFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, file.errorString()));
        return QString::fromUtf8(file.readLine()).trimmed();
    }
};

class SpawningKey final : public SpawningCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SpawningCommands)

public:
    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override { return tr("Keep your Spawning API key in the system keychain"); }
    QString description() const override
    {
        return tr("Keeps your Spawning API key in the system keychain (never in settings or the catalogue).");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOption(file); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (!parser.isSet(file))
            return context.usageError(tr("Give --api-key-file."), call.hint());
        auto key = readKeyFile(parser.value(file));
        if (!key.ok())
            return context.fail(key.error());
        if (auto stored = identity::KeychainSecrets().store(kKeyName, key->toUtf8()); !stored.ok())
            return context.fail(
                makeError(stored.error().code,
                          tr("%1 Give --api-key-file with each check instead.").arg(stored.error().message)));
        context.say(tr("The Spawning API key is in the system keychain."));
        return ExitSuccess;
    }

private:
    const QCommandLineOption file{QStringLiteral("api-key-file"), tr("Read the key from the first line of FILE."),
                                  tr("FILE")};
};

class SpawningCheckOrHandOff final : public SpawningCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SpawningCommands)

public:
    SpawningCheckOrHandOff(QString name, QString summary, bool handOff)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_handOff(handOff)
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString description() const override
    {
        return m_handOff
                   ? tr("Sends the public URLs of works to Have I Been Trained and prints the link where you finish "
                        "the opt-out, logged in to your account. Only the URLs are sent.")
                   : tr("Asks Spawning's registry whether the public URLs of works (their publications) are opted "
                        "out. Only the URLs are sent.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (!m_handOff)
            parser.addOption(file);
        parser.addOptions({all, work});
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.isSet(all) == parser.isSet(work))
            return context.usageError(tr("Choose the works: --all or --work."), call.hint());
        const auto works = CliContext::workIds(parser.values(work));
        if (!works)
            return context.usageError(CliContext::workIdError(), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto urls = registry::Spawning::urlsOfWorks(**catalog, *works);
        if (!urls.ok())
            return context.fail(urls.error());
        QStringList list;
        for (const auto &u : *urls)
            list << u.url;
        if (list.isEmpty())
            return context.fail(
                makeError(ErrorCode::NotFound, tr("These works have no public URL: add where they are published "
                                                  "(works edit --publication URL).")));
        registry::Spawning spawning;
        if (m_handOff) {
            auto link = spawning.handOff(list);
            if (!link.ok())
                return context.fail(link.error());
            if (auto recorded = registry::Spawning::recordHandOff(**catalog, *urls, *link); !recorded.ok())
                return context.fail(recorded.error());
            if (context.json)
                context.printJson(
                    QJsonObject{{QStringLiteral("link"), *link}, {QStringLiteral("urls"), int(list.size())}});
            else
                context.say(tr("Open this link, log in to Have I Been Trained and confirm the opt-out of %1 URLs:\n%2")
                                .arg(list.size())
                                .arg(*link));
            return ExitSuccess;
        }
        QString apiKey;
        if (parser.isSet(file)) {
            auto key = readKeyFile(parser.value(file));
            if (!key.ok())
                return context.fail(key.error());
            apiKey = *key;
        } else {
            auto stored = identity::KeychainSecrets().load(kKeyName);
            if (!stored.ok())
                return context.fail(
                    makeError(stored.error().code, tr("No Spawning API key: store one with \"spawning key "
                                                      "--api-key-file F\" or give --api-key-file.")));
            apiKey = QString::fromUtf8(*stored);
        }
        auto status = spawning.optOutStatus(list, apiKey);
        if (!status.ok())
            return context.fail(status.error());
        if (auto recorded = registry::Spawning::recordStatus(**catalog, *urls, *status); !recorded.ok())
            return context.fail(recorded.error());
        QJsonArray array;
        for (const auto &u : *urls) {
            const bool known = status->contains(u.url);
            array.append(
                QJsonObject{{QStringLiteral("work_id"), u.workId},
                            {QStringLiteral("url"), u.url},
                            {QStringLiteral("opted_out"), known ? QJsonValue(status->value(u.url)) : QJsonValue()}});
            context.say(QStringLiteral("%1\t%2\t%3")
                            .arg(u.workId)
                            .arg(!known                 ? tr("unknown")
                                 : status->value(u.url) ? tr("opted out")
                                                        : tr("not opted out"),
                                 u.url));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("urls"), array}});
        return ExitSuccess;
    }

private:
    const QCommandLineOption work{CliContext::workOption()};
    const QCommandLineOption all{QStringLiteral("all"), tr("Every work with a publication.")};
    const QCommandLineOption file{QStringLiteral("api-key-file"),
                                  tr("Read the API key from FILE (default: the keychain)."), tr("FILE")};
    QString m_name;
    QString m_summary;
    bool m_handOff;
};

class SpawningStatus final : public SpawningCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SpawningCommands)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override { return tr("What was checked and handed off"); }
    QString description() const override
    {
        return tr("Lists what Spawning said about each public URL, and the hand-offs.");
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto urls = registry::Spawning::urlsOfWorks(**catalog, {});
        if (!urls.ok())
            return context.fail(urls.error());
        QJsonArray array;
        for (const auto &u : *urls) {
            array.append(QJsonObject{{QStringLiteral("work_id"), u.workId},
                                     {QStringLiteral("url"), u.url},
                                     {QStringLiteral("opted_out"), u.optedOut ? QJsonValue(*u.optedOut) : QJsonValue()},
                                     {QStringLiteral("checked_at"), nullIfEmpty(u.checkedAt)},
                                     {QStringLiteral("handed_off_at"), nullIfEmpty(u.handedOffAt)}});
            context.say(QStringLiteral("%1\t%2\t%3\t%4")
                            .arg(u.workId)
                            .arg(!u.optedOut   ? tr("not checked")
                                 : *u.optedOut ? tr("opted out")
                                               : tr("not opted out"),
                                 u.handedOffAt.isEmpty() ? QStringLiteral("-") : tr("handed off %1").arg(u.handedOffAt),
                                 u.url));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("urls"), array}});
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeSpawningCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<SpawningKey>());
    list.push_back(std::make_unique<SpawningCheckOrHandOff>(
        QStringLiteral("check"), SpawningCommandsBase::tr("Ask Spawning whether your works' public URLs are opted out"),
        false));
    list.push_back(std::make_unique<SpawningCheckOrHandOff>(
        QStringLiteral("handoff"),
        SpawningCommandsBase::tr("Get the Have I Been Trained link that opts those URLs out"), true));
    list.push_back(std::make_unique<SpawningStatus>());
    return std::make_unique<CommandGroup>(
        QStringLiteral("spawning"),
        SpawningCommandsBase::tr("Check Spawning's Do Not Train registry, hand off to Have I Been Trained"),
        SpawningCommandsBase::tr("Say what to do."), std::move(list));
}

} // namespace rakkan::cli
