#include "catalog/CatalogBackups.h"
#include "cli/Command.h"
#include "cli/Commands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace rakkan::cli {

namespace {

using catalog::CatalogBackup;
using catalog::CatalogBackups;

class BackupCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::BackupCommands)

protected:
    static QJsonObject toJson(const CatalogBackup &backup)
    {
        return QJsonObject{{QStringLiteral("path"), backup.path},
                           {QStringLiteral("created"), backup.created.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("reason"), CatalogBackups::reasonName(backup.reason)},
                           {QStringLiteral("bytes"), backup.bytes}};
    }
    static QString line(const CatalogBackup &backup)
    {
        return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat),
                 CatalogBackups::reasonText(backup.reason), QLocale().formattedDataSize(backup.bytes),
                 QDir::toNativeSeparators(backup.path));
    }
};

class BackupCreate final : public BackupCommandsBase
{
public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override { return tr("Back up the catalogue now"); }
    QString description() const override
    {
        return tr("Copies the catalogue, as it is at one moment, into its backups folder beside it. Rakkan and other "
                  "commands may go on using the catalogue meanwhile.");
    }
    int run(const Call &call) const override
    {
        // The copy made here is the day's backup too (a daily one is due only a day after any backup).
        auto catalog = call.context.openCatalog(catalog::Catalog::Upkeep::CheckOnly);
        if (!catalog.ok())
            return call.fail(catalog.error());
        auto keep = (*catalog)->backupsToKeep();
        if (!keep.ok())
            return call.fail(keep.error());
        auto made =
            CatalogBackups((*catalog)->path()).create((*catalog)->database(), CatalogBackup::Reason::Manual, *keep);
        if (!made.ok())
            return call.fail(made.error());
        call.context.say(tr("Backed up to %1 (%2).")
                             .arg(QDir::toNativeSeparators(made->path), QLocale().formattedDataSize(made->bytes)));
        if (call.context.json)
            call.context.printJson(toJson(*made));
        return ExitSuccess;
    }
};

class BackupList final : public BackupCommandsBase
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List the catalogue's backups, newest first"); }
    int run(const Call &call) const override
    {
        const CatalogBackups backups(call.context.catalogPath);
        const QList<CatalogBackup> all = backups.list();
        QJsonArray array;
        for (const CatalogBackup &backup : all) {
            array.append(toJson(backup));
            call.context.say(line(backup));
        }
        if (all.isEmpty())
            call.context.say(tr("No backups yet in %1.").arg(QDir::toNativeSeparators(backups.folder())));
        if (call.context.json)
            call.context.printJson(
                QJsonObject{{QStringLiteral("folder"), backups.folder()}, {QStringLiteral("backups"), array}});
        return ExitSuccess;
    }
};

class BackupRestore final : public BackupCommandsBase
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return tr("Put a backup in the catalogue's place"); }
    QString description() const override
    {
        return tr("Checks the backup in full and puts it in the catalogue's place: the newest sound backup, or the "
                  "one named. The catalogue it replaces is kept beside it, renamed, never deleted. Close Rakkan "
                  "first.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("backup"),
                                     tr("A backup file, as \"backup list\" shows (default: the newest sound one)."),
                                     tr("[FILE]"));
    }
    int run(const Call &call) const override
    {
        if (call.arguments().size() > 1)
            return call.usageError(tr("Name at most one backup."));
        CatalogBackups backups(call.context.catalogPath);
        CatalogBackup chosen;
        if (call.arguments().isEmpty()) {
            auto latest = backups.latestSound();
            if (!latest.ok())
                return call.fail(latest.error());
            chosen = *latest;
        } else {
            const QFileInfo named(call.arguments().first());
            if (!named.isFile())
                return call.fail(
                    makeError(ErrorCode::NotFound, tr("There is no backup file %1.").arg(call.arguments().first())));
            chosen.path = named.absoluteFilePath();
            for (const CatalogBackup &known : backups.list())
                if (QFileInfo(known.path) == named)
                    chosen = known;
        }
        auto replaced = backups.restore(chosen);
        if (!replaced.ok())
            return call.fail(replaced.error());
        call.context.say(tr("Restored the catalogue from %1.").arg(QDir::toNativeSeparators(chosen.path)));
        if (!replaced->isEmpty())
            call.context.say(tr("The catalogue it replaced is kept as %1.").arg(QDir::toNativeSeparators(*replaced)));
        if (call.context.json)
            call.context.printJson(QJsonObject{{QStringLiteral("restored_from"), chosen.path},
                                               {QStringLiteral("replaced_kept_as"), *replaced}});
        return ExitSuccess;
    }
};

class BackupCheck final : public BackupCommandsBase
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the catalogue file in full for damage"); }
    QString description() const override
    {
        return tr("Runs SQLite's full integrity check over the catalogue: every page, record and index. Exit "
                  "status 1 when it finds damage.");
    }
    int run(const Call &call) const override
    {
        auto db = sql::Database::open(call.context.catalogPath, sql::Database::Mode::ReadOnly);
        if (!db.ok())
            return call.fail(db.error());
        auto findings = (*db)->check(sql::Database::CheckDepth::Full, 100);
        if (!findings.ok())
            return call.fail(findings.error());
        if (call.context.json)
            call.context.printJson(QJsonObject{{QStringLiteral("ok"), findings->isEmpty()},
                                               {QStringLiteral("findings"), QJsonArray::fromStringList(*findings)}});
        if (findings->isEmpty()) {
            call.context.say(tr("The catalogue is sound."));
            return ExitSuccess;
        }
        for (const QString &finding : *findings)
            call.context.say(finding);
        return call.fail(makeError(ErrorCode::Corrupt, tr("The catalogue is damaged (%n finding(s)). Restore it "
                                                          "with \"backup restore\".",
                                                          nullptr, int(findings->size()))));
    }
};

class BackupKeep final : public BackupCommandsBase
{
public:
    QString name() const override { return QStringLiteral("keep"); }
    QString summary() const override { return tr("Show or set how many backups are kept"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("count"), tr("How many to keep, 1 to 1000."), tr("[N]"));
    }
    int run(const Call &call) const override
    {
        if (call.arguments().size() > 1)
            return call.usageError(tr("Give one number."));
        auto catalog = call.context.openCatalog();
        if (!catalog.ok())
            return call.fail(catalog.error());
        if (!call.arguments().isEmpty()) {
            bool ok = false;
            const int keep = call.arguments().first().toInt(&ok);
            if (!ok)
                return call.usageError(tr("\"%1\" is not a number.").arg(call.arguments().first()));
            if (auto set = (*catalog)->setBackupsToKeep(keep); !set.ok())
                return call.fail(set.error());
        }
        auto keep = (*catalog)->backupsToKeep();
        if (!keep.ok())
            return call.fail(keep.error());
        call.context.say(tr("The newest %n backup(s) are kept.", nullptr, *keep));
        if (call.context.json)
            call.context.printJson(QJsonObject{{QStringLiteral("keep"), *keep}});
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<BackupCreate>());
    list.push_back(std::make_unique<BackupList>());
    list.push_back(std::make_unique<BackupRestore>());
    list.push_back(std::make_unique<BackupCheck>());
    list.push_back(std::make_unique<BackupKeep>());
    return std::make_unique<CommandGroup>(QStringLiteral("backup"),
                                          BackupCreate::tr("Backups of the catalogue, and checks for damage"),
                                          BackupCreate::tr("Say what to do with backups."), std::move(list));
}

} // namespace rakkan::cli
