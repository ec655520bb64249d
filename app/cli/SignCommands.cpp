#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"
#include "cli/PassphraseInput.h"
#include "core/AtomicFile.h"
#include "identity/DidWeb.h"
#include "identity/IdentityManager.h"
#include "iscc/IsccSignature.h"

#include <QFile>
#include <QJsonDocument>

namespace rakkan::cli {

namespace {

// What the SignCommands actions share: their words (one translation context) and helpers.
class SignCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SignCommands)

protected:
    static constexpr qint64 kMaxDocumentBytes = 16 << 20;
    static Result<QJsonObject> readJsonObject(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, file.errorString()));
        if (file.size() > kMaxDocumentBytes)
            return makeError(ErrorCode::TooLarge, tr("%1 is larger than a JSON document Rakkan signs.").arg(path));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return makeError(
                ErrorCode::Corrupt,
                tr("%1 is not valid JSON: %2 (at byte %3).").arg(path, error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return makeError(ErrorCode::InvalidArgument, tr("%1 is not a JSON object.").arg(path));
        return doc.object();
    }
};

class SignCommand final : public SignCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SignCommands)

public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override { return tr("Sign a JSON document (ISCC-SIG)"); }
    QString description() const override
    {
        return tr("Signs a JSON document with ISCC-SIG v1.0 (Ed25519 over its RFC 8785 canonical form) using one of "
                  "your identities, and prints the signed document.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({identityOpt, modeOpt, output, passFile});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON document."), tr("FILE.json"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name one JSON file to sign."), call.hint());
        auto document = readJsonObject(parser.positionalArguments().first());
        if (!document.ok())
            return context.fail(document.error());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        identity::IdentityManager manager(**catalog);
        auto signer = manager.store().find(parser.value(identityOpt));
        if (!signer.ok())
            return context.fail(signer.error());

        iscc::SigningOptions options;
        options.mode =
            signer->controller.isEmpty() ? iscc::SignatureMode::SelfVerifying : iscc::SignatureMode::IdentityBound;
        if (parser.isSet(modeOpt)) {
            const auto mode = iscc::signatureModeFromKey(parser.value(modeOpt));
            if (!mode)
                return context.usageError(tr("Unknown mode \"%1\"; use self-verifying, identity-bound or proof-only.")
                                              .arg(parser.value(modeOpt)),
                                          call.hint());
            options.mode = *mode;
        }
        options.controller = signer->controller;
        auto key = PassphraseInput::unlock(manager, *signer, parser.value(passFile));
        if (!key.ok())
            return context.fail(key.error());
        auto signedDoc = iscc::IsccSignature::sign(*document, *key, options);
        if (!signedDoc.ok())
            return context.fail(signedDoc.error());
        const QByteArray bytes = QJsonDocument(*signedDoc).toJson(QJsonDocument::Indented);
        if (parser.isSet(output)) {
            if (auto written = writeFileAtomically(parser.value(output), bytes); !written.ok())
                return context.fail(written.error());
            context.say(tr("Signed by \"%1\" (%2); written to %3.")
                            .arg(signer->name, iscc::signatureModeKey(options.mode), parser.value(output)));
        } else {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        }
        return ExitSuccess;
    }

private:
    const QCommandLineOption identityOpt{
        QStringLiteral("identity"), tr("The identity that signs (number or name; default: the default)."), tr("ID")};
    const QCommandLineOption modeOpt{
        QStringLiteral("mode"),
        tr("self-verifying (the public key travels with the proof), identity-bound (also your did:web) or "
           "proof-only (the verifier must know the key). Default: self-verifying, or identity-bound when the "
           "identity has a controller."),
        tr("MODE")};
    const QCommandLineOption output{QStringList{QStringLiteral("output"), QStringLiteral("o")},
                                    tr("Write the signed document to FILE instead of printing it."), tr("FILE")};
    const QCommandLineOption passFile{QStringLiteral("passphrase-file"),
                                      tr("Read the key's passphrase from the first line of FILE."), tr("FILE")};
};

class VerifyCommand final : public SignCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SignCommands)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Check the signature of a signed JSON document"); }
    QString description() const override
    {
        return tr("Checks the ISCC-SIG signature of a JSON document. Exit status 0: valid; 1: not valid (the reason is "
                  "printed).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({keyOpt, didOpt});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The signed JSON document."), tr("FILE.json"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name one JSON file to verify."), call.hint());
        auto document = readJsonObject(parser.positionalArguments().first());
        if (!document.ok())
            return context.fail(document.error());
        QByteArray knownKey;
        if (parser.isSet(keyOpt)) {
            auto key = crypto::Ed25519::publicKeyFromMultibase(parser.value(keyOpt));
            if (!key.ok())
                return context.usageError(key.error().message, call.hint());
            knownKey = *key;
        }
        auto valid = iscc::IsccSignature::verify(*document, knownKey);
        const QJsonObject signature = document->value(QStringLiteral("signature")).toObject();
        const QString controller = signature.value(QStringLiteral("controller")).toString();
        if (valid.ok() && parser.isSet(didOpt)) {
            auto didDocument = readJsonObject(parser.value(didOpt));
            if (!didDocument.ok())
                return context.fail(didDocument.error());
            const QString pubkey = signature.value(QStringLiteral("pubkey")).toString(parser.value(keyOpt));
            if (controller.isEmpty())
                valid = makeError(ErrorCode::InvalidArgument,
                                  tr("The signature names no controller, so no DID document can vouch for it."));
            else
                valid = identity::DidWeb::verifyBinding(*didDocument, controller, pubkey,
                                                        signature.value(QStringLiteral("keyid")).toString());
        }
        if (!valid.ok())
            return context.fail(valid.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("valid"), true},
                                          {QStringLiteral("pubkey"), signature.value(QStringLiteral("pubkey"))},
                                          {QStringLiteral("controller"), nullIfEmpty(controller)},
                                          {QStringLiteral("controller_checked"), parser.isSet(didOpt)}});
        else
            context.say(controller.isEmpty() || !parser.isSet(didOpt)
                            ? tr("Valid signature.")
                            : tr("Valid signature, by a key %1 lists as its own.").arg(controller));
        return ExitSuccess;
    }

private:
    const QCommandLineOption keyOpt{QStringLiteral("public-key"),
                                    tr("The signer's public key (z6Mk...): needed for proof-only signatures, "
                                       "and checked against the embedded one otherwise."),
                                    tr("KEY")};
    const QCommandLineOption didOpt{QStringLiteral("did-document"),
                                    tr("The controller's DID document (a saved did.json): also check that it "
                                       "lists the signing key."),
                                    tr("FILE")};
};

} // namespace

std::unique_ptr<Command> makeSignCommand()
{
    return std::make_unique<SignCommand>();
}

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace rakkan::cli
