#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"
#include "core/Batches.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"
#include "iscc/IsccCode.h"

#include <QFileInfo>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

class IsccCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IsccCommand)

public:
    QString name() const override { return QStringLiteral("iscc"); }
    QString summary() const override { return tr("Print the ISCC-CODE (ISO 24138) of image files"); }
    QString description() const override
    {
        return tr("Prints the ISCC (ISO 24138) of each file: the ISCC-CODE and its units (Meta, Content, Data, "
                  "Instance) with the BLAKE3 datahash. Computed on this computer; nothing is added to the catalogue.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(titleOpt);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Image files."), tr("FILE..."));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return context.usageError(tr("Name at least one image file."), call.hint());
        const QString title = parser.value(titleOpt);

        int failed = 0;
        QJsonArray results;
        forEachInBatches<Result<iscc::AssetIscc>, QString>(
            files,
            [title](const QString &path) -> Result<iscc::AssetIscc> {
                const imaging::DecodeLimits limits;
                RAKKAN_TRY(auto bytes, imaging::ImageFile::read(path, limits));
                RAKKAN_TRY(auto decoded, imaging::ImageDecoder::decode(bytes, limits));
                return iscc::AssetIsccs::compute(bytes, decoded, title, QString());
            },
            [&](const QString &path, const Result<iscc::AssetIscc> &code) {
                if (!code.ok()) {
                    ++failed;
                    context.warn(makeError(code.error().code, tr("%1: %2").arg(path, code.error().message)));
                    results.append(QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("error"), CliContext::errorJson(code.error())}});
                    return;
                }
                if (context.json) {
                    QJsonObject o = toJson(*code);
                    o.insert(QStringLiteral("path"), path);
                    results.append(o);
                    return;
                }
                QString text = path + QLatin1Char('\n');
                auto line = [&text](const QString &label, const QString &value) {
                    if (!value.isEmpty())
                        text += QStringLiteral("  %1  %2\n").arg(label, -14).arg(value);
                };
                line(tr("ISCC-CODE"), code->isccCode);
                line(tr("Meta-Code"), code->metaUnit);
                line(tr("Content-Code"), code->contentUnit);
                line(tr("Data-Code"), code->dataUnit);
                line(tr("Instance-Code"), code->instanceUnit);
                line(tr("datahash"), code->datahash);
                context.say(text);
            });
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("results"), results}});
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption titleOpt{
        QStringLiteral("title"), tr("Include a Meta-Code made from this title (as the catalogue does)."), tr("TITLE")};
};

} // namespace

std::unique_ptr<Command> makeIsccCommand()
{
    return std::make_unique<IsccCommand>();
}

} // namespace rakkan::cli
