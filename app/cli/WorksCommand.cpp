#include "cataloguing/WorkEditor.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"

#include <QJsonArray>
#include <QLocale>

namespace rakkan::cli {

namespace {

// What the WorksCommand actions share: their words (one translation context) and helpers.
class WorksCommandBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorksCommand)

protected:
    static QStringList kindKeys()
    {
        QStringList kinds;
        for (auto k : catalog::allWorkKinds())
            kinds << catalog::workKindKey(k);
        return kinds;
    }
    static QStringList roleKeys()
    {
        QStringList roles;
        for (auto r : catalog::allHolderRoles())
            roles << catalog::holderRoleKey(r);
        return roles;
    }
    static std::optional<qint64> parseId(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    static int showWork(const CliContext &context, catalog::Catalog &catalog, qint64 id)
    {
        auto work = catalog.works().get(id);
        if (!work.ok())
            return context.fail(work.error());
        if (context.json)
            context.printJson(toJson(*work));
        else
            printWork(context, *work);
        return ExitSuccess;
    }
    static void printWork(const CliContext &context, const catalog::Work &w)
    {
        const QLocale locale;
        auto field = [&](const QString &label, const QString &value) {
            if (!value.isEmpty())
                context.say(QStringLiteral("%1: %2").arg(label, value));
        };
        field(tr("Work"), QString::number(w.id));
        field(tr("Title"), w.title);
        field(tr("Title (Latin script)"), w.titleLatin);
        field(tr("Kind"), catalog::workKindLabel(w.kind));
        field(tr("Series"), w.series);
        field(tr("Volume"), w.volume > 0 ? QString::number(w.volume) : QString());
        field(tr("Chapter"), w.chapter);
        field(tr("Tags"), w.tags.join(QStringLiteral(", ")));
        for (const auto &h : w.holders)
            field(tr("Rights holder"),
                  h.nameLatin.isEmpty()
                      ? QStringLiteral("%1 (%2)").arg(h.name, catalog::holderRoleLabel(h.role))
                      : QStringLiteral("%1 / %2 (%3)").arg(h.name, h.nameLatin, catalog::holderRoleLabel(h.role)));
        for (const auto &p : w.publications) {
            QStringList parts;
            if (p.publishedOn.isValid())
                parts << locale.toString(p.publishedOn, QLocale::ShortFormat);
            if (!p.platform.isEmpty())
                parts << p.platform;
            parts << p.url;
            field(tr("Published"), parts.join(QStringLiteral("  ")));
        }
        field(tr("Notes"), w.notes);
        for (const auto &a : w.assets) {
            context.say(tr("Page %1: %2 x %3 %4, %5, SHA-256 %6\n    %7")
                            .arg(a.page)
                            .arg(a.pixelSize.width())
                            .arg(a.pixelSize.height())
                            .arg(a.format.toUpper(), locale.formattedDataSize(a.fileSize),
                                 QString::fromLatin1(a.sha256.toHex()), a.originalPath));
            for (const QString &note : a.decodeNotes)
                context.say(QStringLiteral("    ") + note);
        }
    }
};

class WorksList final : public WorksCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorksCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List every work in the catalogue"); }
    QString description() const override { return tr("Lists every work in the catalogue."); }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto works = (*catalog)->works().summaries();
        if (!works.ok())
            return context.fail(works.error());
        if (context.json) {
            QJsonArray array;
            for (const auto &w : *works)
                array.append(toJson(w));
            context.printJson(QJsonObject{{QStringLiteral("works"), array}});
            return ExitSuccess;
        }
        for (const auto &w : *works) {
            QString line = QStringLiteral("%1\t%2").arg(w.id).arg(w.title);
            if (!w.titleLatin.isEmpty())
                line += QStringLiteral(" (%1)").arg(w.titleLatin);
            if (!w.series.isEmpty())
                line += QStringLiteral("\t") + w.series;
            line += QStringLiteral("\t") + tr("%n page(s)", nullptr, w.pageCount);
            context.say(line);
        }
        context.say(tr("%n work(s).", nullptr, int(works->size())));
        return ExitSuccess;
    }
};

class WorksShow final : public WorksCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorksCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Show one work with its files and rights holders"); }
    QString description() const override
    {
        return tr("Shows one work with its files, rights holders and publications.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The work's number."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const auto id = parseId(parser.positionalArguments().value(0));
        if (!id || parser.positionalArguments().size() != 1)
            return context.usageError(tr("Give the number of one work."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        return showWork(context, **catalog, *id);
    }
};

class WorksEdit final : public WorksCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorksCommand)

public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override { return tr("Change a work's title, series, tags, holders..."); }
    QString description() const override
    {
        return tr("Changes a work. Options not given leave the work as it is; --tag, --holder and --publication may be "
                  "repeated.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        for (const auto *o : {&title, &titleLatin, &kind, &series, &volume, &chapter, &notes, &tag, &untag, &holder,
                              &removeHolder, &publication, &signer})
            parser.addOption(*o);
        parser.addPositionalArgument(QStringLiteral("id"), tr("The work's number."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString hint = call.hint();
        const auto id = parseId(parser.positionalArguments().value(0));
        if (!id || parser.positionalArguments().size() != 1)
            return context.usageError(tr("Give the number of one work."), hint);

        catalog::WorkEdit change;
        if (parser.isSet(title))
            change.title = parser.value(title);
        if (parser.isSet(titleLatin))
            change.titleLatin = parser.value(titleLatin);
        if (parser.isSet(kind)) {
            const auto k = catalog::workKindFromKey(parser.value(kind));
            if (!k)
                return context.usageError(tr("Unknown kind \"%1\".").arg(parser.value(kind)), hint);
            change.kind = *k;
        }
        if (parser.isSet(series))
            change.series = parser.value(series);
        if (parser.isSet(volume)) {
            bool ok = false;
            const int v = parser.value(volume).toInt(&ok);
            if (!ok || v < 0)
                return context.usageError(tr("--volume takes a whole number, 0 or more."), hint);
            change.volume = v;
        }
        if (parser.isSet(chapter))
            change.chapter = parser.value(chapter);
        if (parser.isSet(notes))
            change.notes = parser.value(notes);
        change.addTags = parser.values(tag);
        change.removeTags = parser.values(untag);
        if (parser.isSet(signer)) {
            bool ok = false;
            const qint64 identity = parser.value(signer).toLongLong(&ok);
            if (!ok || identity < 0)
                return context.usageError(tr("--signer takes an identity number, or 0 for the default."), hint);
            change.signingIdentityId = identity;
        }
        for (const QString &value : parser.values(holder)) {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            catalog::WorkHolder h;
            h.name = colon > 0 ? value.left(colon) : value;
            if (colon > 0) {
                const auto role = catalog::holderRoleFromKey(value.mid(colon + 1));
                if (!role)
                    return context.usageError(tr("Unknown role \"%1\".").arg(value.mid(colon + 1)), hint);
                h.role = *role;
            }
            change.addHolders << h;
        }
        change.removeHolders = parser.values(removeHolder);
        for (const QString &value : parser.values(publication)) {
            const QStringList parts = value.split(QLatin1Char(','));
            catalog::Publication p;
            p.url = parts.value(0).trimmed();
            p.platform = parts.value(1).trimmed();
            if (parts.size() > 2) {
                p.publishedOn = QDate::fromString(parts.value(2).trimmed(), Qt::ISODate);
                if (!p.publishedOn.isValid())
                    return context.usageError(tr("\"%1\" is not a date like 2024-05-31.").arg(parts.value(2)), hint);
            }
            change.addPublications << p;
        }
        if (change.isEmpty())
            return context.usageError(tr("Say what to change, for example --title."), hint);

        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto updated = cataloguing::WorkEditor(*(*catalog)).update(*id, change);
        if (!updated.ok())
            return context.fail(updated.error());
        return showWork(context, **catalog, *id);
    }

private:
    const QCommandLineOption title{QStringLiteral("title"), tr("The title in its original script."), tr("TEXT")};
    const QCommandLineOption titleLatin{QStringLiteral("title-latin"), tr("The title in Latin script."), tr("TEXT")};
    const QCommandLineOption kind{QStringLiteral("kind"), tr("One of: %1.").arg(kindKeys().join(QStringLiteral(", "))),
                                  tr("KIND")};
    const QCommandLineOption series{QStringLiteral("series"), tr("The series (empty to clear)."), tr("NAME")};
    const QCommandLineOption volume{QStringLiteral("volume"), tr("The volume number (0 to clear)."), tr("N")};
    const QCommandLineOption chapter{QStringLiteral("chapter"), tr("The chapter, as printed (\"12\", \"12.5\")."),
                                     tr("TEXT")};
    const QCommandLineOption notes{QStringLiteral("notes"), tr("Free notes."), tr("TEXT")};
    const QCommandLineOption tag{QStringLiteral("tag"), tr("Add a tag."), tr("TAG")};
    const QCommandLineOption untag{QStringLiteral("untag"), tr("Remove a tag."), tr("TAG")};
    const QCommandLineOption holder{
        QStringLiteral("holder"),
        tr("Add a rights holder; ROLE is one of %1 (default author).").arg(roleKeys().join(QStringLiteral(", "))),
        tr("NAME[:ROLE]")};
    const QCommandLineOption removeHolder{QStringLiteral("remove-holder"), tr("Remove a rights holder."), tr("NAME")};
    const QCommandLineOption publication{QStringLiteral("publication"),
                                         tr("Add where the work was published (DATE as 2024-05-31)."),
                                         tr("URL[,PLATFORM[,DATE]]")};
    const QCommandLineOption signer{QStringLiteral("signer"),
                                    tr("The identity that signs declarations for this work (its number; 0 for "
                                       "the default identity)."),
                                    tr("ID")};
};

class WorksRemove final : public WorksCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorksCommand)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override { return tr("Remove a work from the catalogue (files stay)"); }
    QString description() const override
    {
        return tr("Removes works from the catalogue. The image files themselves are not touched.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The numbers of the works to remove."), tr("ID..."));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        QList<qint64> ids;
        for (const QString &text : parser.positionalArguments()) {
            const auto id = parseId(text);
            if (!id)
                return context.usageError(tr("\"%1\" is not a work number.").arg(text), call.hint());
            ids << *id;
        }
        if (ids.isEmpty())
            return context.usageError(tr("Give the number of at least one work."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        QJsonArray removed;
        QJsonArray failed;
        for (qint64 id : ids) {
            auto snapshot = (*catalog)->works().remove(id);
            if (!snapshot.ok()) {
                context.warn(snapshot.error());
                failed.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("error"), CliContext::errorJson(snapshot.error())}});
                continue;
            }
            removed.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), snapshot->work.title}});
            context.say(tr("Removed work %1 \"%2\" from the catalogue; its files were not touched.")
                            .arg(id)
                            .arg(snapshot->work.title));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("removed"), removed}, {QStringLiteral("failed"), failed}});
        return failed.isEmpty() ? ExitSuccess : ExitSomeFailed;
    }
};

} // namespace

std::unique_ptr<Command> makeWorksCommand()
{
    return std::make_unique<CommandGroup>(
        QStringLiteral("works"), WorksCommandBase::tr("List, show, edit or remove catalogued works"),
        WorksCommandBase::tr("Say what to do with works."), actions<WorksList, WorksShow, WorksEdit, WorksRemove>());
}

} // namespace rakkan::cli
