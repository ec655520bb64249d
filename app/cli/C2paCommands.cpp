#include "cli/Command.h"
#include "cli/Commands.h"
#include "credentials/CredentialReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rakkan::cli {

namespace {

using credentials::ContentCredential;
using credentials::CredentialState;
using credentials::CredentialWording;

QJsonObject credentialJson(const ContentCredential &c)
{
    QJsonArray training;
    for (const auto &choice : c.trainingMining)
        training.append(QJsonObject{{QStringLiteral("key"), choice.key},
                                    {QStringLiteral("use"), choice.use},
                                    {QStringLiteral("constraint_info"), choice.constraintInfo},
                                    {QStringLiteral("assertion"), choice.assertion}});
    QJsonObject o{{QStringLiteral("state"), credentials::credentialStateKey(c.state)},
                  {QStringLiteral("failures"), QJsonArray::fromStringList(c.failures)},
                  {QStringLiteral("informational"), QJsonArray::fromStringList(c.informational)},
                  // Said in words too, so that no script reads "valid" as "verified": only an anchor the reader
                  // was given makes a signer trusted.
                  {QStringLiteral("signer_trusted"), c.state == CredentialState::Trusted},
                  {QStringLiteral("training_mining"), training}};
    if (c.state == CredentialState::None)
        return o;
    o.insert(QStringLiteral("manifest_label"), c.manifestLabel);
    o.insert(QStringLiteral("manifest_count"), c.manifestCount);
    o.insert(QStringLiteral("claim_version"), c.claimVersion);
    o.insert(QStringLiteral("claim_generator"), c.claimGenerator);
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("signature_algorithm"), c.signatureAlgorithm);
    o.insert(QStringLiteral("signer"), c.signer);
    o.insert(QStringLiteral("signer_organization"), c.signerOrganization);
    o.insert(QStringLiteral("issuer"), c.issuer);
    if (c.certificateNotAfter.isValid())
        o.insert(QStringLiteral("certificate_not_after"), c.certificateNotAfter.toString(Qt::ISODate));
    if (c.signedAt.isValid())
        o.insert(QStringLiteral("signed_at"), c.signedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("time_stamped"), c.timeStamped);
    o.insert(QStringLiteral("time_stamp_authority"), c.timeStampAuthority);
    o.insert(QStringLiteral("iscc"), c.isccCode);
    o.insert(QStringLiteral("creators"), QJsonArray::fromStringList(c.creators));
    o.insert(QStringLiteral("rights_holder"), c.rightsHolder);
    return o;
}

class ShowAction final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::C2paShow)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Read and validate the Content Credentials of files"); }
    QString description() const override
    {
        return tr(
            "Reads the C2PA manifest of each JPEG, PNG or WebP file and checks it on this computer: the signature, "
            "the certificate, every signed statement, and that the picture is the one signed. Prints the "
            "state (valid, invalid, ...), the C2PA status codes, the signer and the AI training and "
            "data-mining choices. A signer is \"trusted\" only when its certificate chains to a certificate "
            "given with --trust-anchors; nothing is sent anywhere.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(anchorsOpt);
        parser.addPositionalArgument(QStringLiteral("files"), tr("JPEG, PNG or WebP files."), tr("FILE..."));
    }

    int run(const Call &call) const override
    {
        const QStringList files = call.arguments();
        if (files.isEmpty())
            return call.usageError(tr("Name at least one file."));
        credentials::TrustAnchors anchors;
        if (call.isSet(anchorsOpt)) {
            auto loaded = credentials::TrustAnchors::fromPemFile(call.value(anchorsOpt));
            if (!loaded)
                return call.fail(loaded.error(), ExitUsage);
            anchors = *loaded;
        }
        int failed = 0;
        QJsonArray results;
        for (const QString &path : files) {
            const auto credential = credentials::CredentialReader::readFile(path, anchors);
            if (!credential) {
                ++failed;
                call.context.warn(
                    makeError(credential.error().code, tr("%1: %2").arg(path, credential.error().message)));
                results.append(QJsonObject{{QStringLiteral("path"), path},
                                           {QStringLiteral("error"), CliContext::errorJson(credential.error())}});
                continue;
            }
            if (call.context.json) {
                QJsonObject o = credentialJson(*credential);
                o.insert(QStringLiteral("path"), path);
                results.append(o);
                continue;
            }
            call.context.say(describe(path, *credential));
        }
        if (call.context.json)
            call.context.printJson(QJsonObject{{QStringLiteral("results"), results}});
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    static QString describe(const QString &path, const ContentCredential &c)
    {
        QString text = path + QLatin1Char('\n');
        auto line = [&text](const QString &label, const QString &value) {
            if (!value.isEmpty())
                text += QStringLiteral("  %1  %2\n").arg(label, -22).arg(value);
        };
        const QLocale locale;
        line(tr("Content Credentials"), CredentialWording::state(c.state));
        line(QString(), CredentialWording::explanation(c));
        if (c.state != CredentialState::None) {
            line(tr("Signed by"),
                 c.signer.isEmpty() ? QString() : tr("%1 (certificate issued by %2)").arg(c.signer, c.issuer));
            if (c.signedAt.isValid())
                line(tr("Signed at"), c.timeStamped && !c.timeStampAuthority.isEmpty()
                                          ? tr("%1 (time-stamped by %2)")
                                                .arg(locale.toString(c.signedAt.toLocalTime(), QLocale::ShortFormat),
                                                     c.timeStampAuthority)
                                          : locale.toString(c.signedAt.toLocalTime(), QLocale::ShortFormat));
            line(tr("Signature"), c.signatureAlgorithm);
            line(tr("Made with"), c.claimGenerator);
            line(tr("Title"), c.title);
            line(tr("ISCC"), c.isccCode);
            line(tr("Creators"), c.creators.join(QLatin1String(", ")));
            line(tr("Rights holder"), c.rightsHolder);
        }
        if (!c.trainingMining.isEmpty()) {
            text += QStringLiteral("  %1\n").arg(tr("AI training and data mining"));
            for (const auto &choice : c.trainingMining)
                text += QStringLiteral("    %1  %2\n")
                            .arg(CredentialWording::trainingKey(choice.key), -36)
                            .arg(CredentialWording::use(choice.use));
        }
        line(tr("Status codes"), c.failures.join(QLatin1String(", ")));
        return text;
    }

    const QCommandLineOption anchorsOpt{
        QStringLiteral("trust-anchors"),
        tr("Certificates to trust (PEM): signers whose chain reaches one of them are reported as trusted."), tr("PEM")};
};

} // namespace

std::unique_ptr<Command> makeC2paCommand()
{
    return std::make_unique<CommandGroup>(QStringLiteral("c2pa"),
                                          CommandRegistry::tr("Read, validate and sign Content Credentials (C2PA)"),
                                          CommandRegistry::tr("Name an action: show."), actions<ShowAction>());
}

} // namespace rakkan::cli
