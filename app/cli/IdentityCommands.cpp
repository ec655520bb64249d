#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"
#include "cli/PassphraseInput.h"
#include "core/AtomicFile.h"
#include "credentials/SignerCertificates.h"
#include "crypto/PassphraseBox.h"
#include "identity/DidWeb.h"
#include "identity/IdentityManager.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace rakkan::cli {

namespace {

using identity::Identity;
using identity::IdentityManager;
using identity::KeyStorage;

// What the IdentityCommands actions share: their words (one translation context) and helpers.
class IdentityCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

protected:
    static QCommandLineOption passphraseFileOption()
    {
        return QCommandLineOption(QStringLiteral("passphrase-file"),
                                  tr("Read the key's passphrase from the first line of FILE (keys kept in a key "
                                     "file; never give a passphrase on the command line)."),
                                  tr("FILE"));
    }
    static QCommandLineOption storageOption()
    {
        return QCommandLineOption(QStringLiteral("storage"),
                                  tr("Where to keep the private key: keychain (the system keychain), file (a "
                                     "passphrase-protected key file) or auto (the keychain when there is one). "
                                     "Default: auto."),
                                  tr("WHERE"), QStringLiteral("auto"));
    }
    const QCommandLineOption storage{storageOption()};
    const QCommandLineOption passFile{passphraseFileOption()};

    static Result<KeyStorage> chooseStorage(IdentityManager &manager, const QString &value)
    {
        if (value == QLatin1String("auto"))
            return manager.preferredStorage();
        if (auto storage = identity::keyStorageFromKey(value))
            return *storage;
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unknown storage \"%1\"; use keychain, file or auto.").arg(value));
    }
    static QString storageLabel(KeyStorage storage)
    {
        return storage == KeyStorage::Keychain ? tr("system keychain") : tr("passphrase-protected key file");
    }
    static QJsonObject toJson(const Identity &i)
    {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("public_key"), i.publicKey},
                      {QStringLiteral("did_key"), i.didKey()},
                      {QStringLiteral("controller"), nullIfEmpty(i.controller)},
                      {QStringLiteral("storage"), identity::keyStorageKey(i.storage)},
                      {QStringLiteral("default"), i.isDefault},
                      {QStringLiteral("created_at"), i.createdAt},
                      {QStringLiteral("backed_up_at"), nullIfEmpty(i.backedUpAt)}};
        return o;
    }
    static QString lossWarning()
    {
        return tr("Keep the backup file and its passphrase somewhere safe (not only on this computer). If the key is "
                  "lost, declarations signed with it can no longer be updated or withdrawn.");
    }
    // The context, an open catalogue and a manager, or an exit code.
    struct Session
    {
        CliContext context;
        std::unique_ptr<catalog::Catalog> catalog;
        std::unique_ptr<IdentityManager> manager;
    };
    static std::optional<Session> open(const Call &call, int *exitCode)
    {
        auto catalog = call.context.openCatalog();
        if (!catalog.ok()) {
            *exitCode = call.fail(catalog.error());
            return std::nullopt;
        }
        Session s{call.context, std::move(catalog).value(), nullptr};
        s.manager = std::make_unique<IdentityManager>(*s.catalog);
        return s;
    }
};

class IdentityCreate final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override { return tr("Make a new signing key on this computer"); }
    QString description() const override
    {
        return tr("Makes a new Ed25519 signing key on this computer. The private key stays here: in the system "
                  "keychain, or in a key file encrypted with a passphrase where there is no keychain.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({storage, passFile, controllerOpt});
        parser.addPositionalArgument(QStringLiteral("name"), tr("The artist's or studio's name."), tr("NAME"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;

        const QString name = parser.positionalArguments().join(QLatin1Char(' '));
        if (name.trimmed().isEmpty())
            return s->context.usageError(tr("Give the identity a name."), call.hint());
        auto where = chooseStorage(*s->manager, parser.value(storage));
        if (!where.ok())
            return s->context.usageError(where.error().message, call.hint());
        QString passphrase;
        if (*where == KeyStorage::File) {
            auto typed = PassphraseInput::read(parser.value(passFile), tr("Passphrase for the new key: "), true);
            if (!typed.ok())
                return s->context.fail(typed.error());
            passphrase = *typed;
        }
        auto created = s->manager->create(name, *where, passphrase, parser.value(controllerOpt));
        if (!created.ok())
            return s->context.fail(created.error());
        if (s->context.json) {
            s->context.printJson(toJson(*created));
        } else {
            s->context.say((created->storage == KeyStorage::Keychain
                                ? tr("Created identity %1 \"%2\", its key kept in the system keychain.")
                                : tr("Created identity %1 \"%2\", its key kept in a passphrase-protected key file."))
                               .arg(created->id)
                               .arg(created->name));
            s->context.say(tr("Public key: %1").arg(created->publicKey));
            s->context.say(tr("Next: back it up with \"%1 identity export %2 -o FILE\". %3")
                               .arg(QStringLiteral("rakkan-cli"))
                               .arg(created->id)
                               .arg(lossWarning()));
        }
        return ExitSuccess;
    }

private:
    const QCommandLineOption controllerOpt{QStringLiteral("controller"),
                                           tr("A did:web naming your site, bound to the key."), tr("DID")};
};

class IdentityList final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List the identities of the catalogue"); }
    QString description() const override { return tr("Lists the signing identities of the catalogue."); }
    int run(const Call &call) const override
    {
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        auto all = s->manager->store().list();
        if (!all.ok())
            return s->context.fail(all.error());
        if (s->context.json) {
            QJsonArray array;
            for (const Identity &i : *all)
                array.append(toJson(i));
            s->context.printJson(QJsonObject{{QStringLiteral("identities"), array}});
            return ExitSuccess;
        }
        if (all->isEmpty())
            s->context.say(tr("No identities yet. Create one with \"%1 identity create NAME\".")
                               .arg(QStringLiteral("rakkan-cli")));
        for (const Identity &i : *all)
            s->context.say(QStringLiteral("%1%2\t%3\t%4\t%5%6")
                               .arg(i.isDefault ? QStringLiteral("*") : QStringLiteral(" "))
                               .arg(i.id)
                               .arg(i.name, i.publicKey, identity::keyStorageKey(i.storage),
                                    i.backedUpAt.isEmpty() ? QStringLiteral("\t") + tr("(no backup yet)") : QString()));
        return ExitSuccess;
    }
};

class IdentityShow final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Public key, did:key, controller and DID document"); }
    QString description() const override
    {
        return tr("Shows an identity (the default when none is named): its public key, did:key, controller, and the "
                  "DID document to publish on your site for the controller.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("[ID]"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        auto found = s->manager->store().find(parser.positionalArguments().join(QLatin1Char(' ')));
        if (!found.ok())
            return s->context.fail(found.error());
        QJsonObject o = toJson(*found);
        QJsonObject document;
        QString documentUrl;
        if (!found->controller.isEmpty()) {
            document = identity::DidWeb::document(found->controller, found->publicKey);
            documentUrl = identity::DidWeb::documentUrl(found->controller)->toString();
            o.insert(QStringLiteral("did_document"), document);
            o.insert(QStringLiteral("did_document_url"), documentUrl);
        }
        if (s->context.json) {
            s->context.printJson(o);
            return ExitSuccess;
        }
        s->context.say(
            tr("Identity %1: %2%3").arg(found->id).arg(found->name, found->isDefault ? tr(" (default)") : QString()));
        s->context.say(tr("Public key:  %1").arg(found->publicKey));
        s->context.say(tr("did:key:     %1").arg(found->didKey()));
        s->context.say(tr("Key kept in: %1").arg(storageLabel(found->storage)));
        s->context.say(found->backedUpAt.isEmpty() ? tr("Backup:      none yet. %1").arg(lossWarning())
                                                   : tr("Backup:      exported %1").arg(found->backedUpAt));
        if (found->controller.isEmpty()) {
            s->context.say(tr("Controller:  none (bind your site with \"identity controller %1 did:web:your.site\")")
                               .arg(found->id));
        } else {
            s->context.say(tr("Controller:  %1").arg(found->controller));
            s->context.say(tr("Publish this document at %1:").arg(documentUrl));
            s->context.say(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
        }
        return ExitSuccess;
    }
};

class IdentityExport final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Write an encrypted backup of the private key"); }
    QString description() const override
    {
        return tr("Writes an encrypted backup of an identity's private key, under a passphrase of its own.") +
               QLatin1Char(' ') + lossWarning();
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({output, passFile, backupPassFile});
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("[ID]"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        if (!parser.isSet(output))
            return s->context.usageError(tr("Name the backup file with --output."), call.hint());
        auto found = s->manager->store().find(parser.positionalArguments().join(QLatin1Char(' ')));
        if (!found.ok())
            return s->context.fail(found.error());
        QString passphrase;
        if (found->storage == KeyStorage::File) {
            auto typed = PassphraseInput::read(parser.value(passFile), tr("Passphrase of the key: "));
            if (!typed.ok())
                return s->context.fail(typed.error());
            passphrase = *typed;
        }
        auto backupPass = PassphraseInput::read(parser.value(backupPassFile), tr("Passphrase for the backup: "), true);
        if (!backupPass.ok())
            return s->context.fail(backupPass.error());
        auto backup = s->manager->exportBackup(*found, passphrase, *backupPass);
        if (!backup.ok())
            return s->context.fail(backup.error());
        if (auto written = writeFileAtomically(parser.value(output), *backup); !written.ok())
            return s->context.fail(written.error());
        QFile::setPermissions(parser.value(output), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (s->context.json)
            s->context.printJson(QJsonObject{{QStringLiteral("identity"), toJson(*s->manager->store().byId(found->id))},
                                             {QStringLiteral("backup"), parser.value(output)}});
        else
            s->context.say(
                tr("Backup of \"%1\" written to %2. %3").arg(found->name, parser.value(output), lossWarning()));
        return ExitSuccess;
    }

private:
    const QCommandLineOption output{QStringList{QStringLiteral("output"), QStringLiteral("o")},
                                    tr("The backup file to write."), tr("FILE")};
    const QCommandLineOption backupPassFile{QStringLiteral("backup-passphrase-file"),
                                            tr("Read the backup's passphrase from the first line of FILE."),
                                            tr("FILE")};
};

class IdentityImport final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Restore a key from its backup"); }
    QString description() const override { return tr("Restores an identity's private key from its backup file."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({storage, passFile, backupPassFile});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file."), tr("FILE"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;

        if (parser.positionalArguments().size() != 1)
            return s->context.usageError(tr("Name one backup file."), call.hint());
        QFile file(parser.positionalArguments().first());
        if (!file.open(QIODevice::ReadOnly))
            return s->context.fail(
                makeError(ErrorCode::NotFound,
                          tr("The backup file %1 could not be read: %2").arg(file.fileName(), file.errorString())));
        const QByteArray backup = file.read(1 << 20);
        auto where = chooseStorage(*s->manager, parser.value(storage));
        if (!where.ok())
            return s->context.usageError(where.error().message, call.hint());
        auto backupPass = PassphraseInput::read(parser.value(backupPassFile), tr("Passphrase of the backup: "));
        if (!backupPass.ok())
            return s->context.fail(backupPass.error());
        QString passphrase;
        if (*where == KeyStorage::File) {
            auto typed =
                PassphraseInput::read(parser.value(passFile), tr("Passphrase for the key on this computer: "), true);
            if (!typed.ok())
                return s->context.fail(typed.error());
            passphrase = *typed;
        }
        auto restored = s->manager->importBackup(backup, *backupPass, *where, passphrase);
        if (!restored.ok())
            return s->context.fail(restored.error());
        if (s->context.json)
            s->context.printJson(toJson(*restored));
        else
            s->context.say(
                (restored->storage == KeyStorage::Keychain
                     ? tr("Restored identity %1 \"%2\" (%3), its key kept in the system keychain.")
                     : tr("Restored identity %1 \"%2\" (%3), its key kept in a passphrase-protected key file."))
                    .arg(restored->id)
                    .arg(restored->name, restored->publicKey));
        return ExitSuccess;
    }

private:
    const QCommandLineOption backupPassFile{QStringLiteral("backup-passphrase-file"),
                                            tr("Read the backup's passphrase from the first line of FILE."),
                                            tr("FILE")};
};

class IdentityDefault final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("default"); }
    QString summary() const override { return tr("Sign with this identity unless a work names another"); }
    QString description() const override
    {
        return tr("Makes an identity the one that signs unless a work names another.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        if (parser.positionalArguments().isEmpty())
            return s->context.usageError(tr("Name the identity."), call.hint());
        auto found = s->manager->store().find(parser.positionalArguments().join(QLatin1Char(' ')));
        if (!found.ok())
            return s->context.fail(found.error());
        if (auto done = s->manager->store().setDefault(found->id); !done.ok())
            return s->context.fail(done.error());
        s->context.say(tr("\"%1\" now signs by default.").arg(found->name));
        return ExitSuccess;
    }
};

class IdentityController final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("controller"); }
    QString summary() const override { return tr("Bind a did:web (your site) to the key"); }
    QString description() const override
    {
        return tr("Binds a did:web (a DID naming your site) to an identity, or removes it with --clear. Then publish "
                  "the DID document \"identity show\" prints at the address it gives.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(clear);
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("ID"));
        parser.addPositionalArgument(QStringLiteral("did"), tr("For example did:web:example.com."), tr("DID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        const QStringList args = parser.positionalArguments();
        if (args.size() != (parser.isSet(clear) ? 1 : 2))
            return s->context.usageError(tr("Give the identity and the did:web (or --clear)."), call.hint());
        auto found = s->manager->store().find(args.first());
        if (!found.ok())
            return s->context.fail(found.error());
        if (auto done = s->manager->store().setController(found->id, parser.isSet(clear) ? QString() : args.at(1));
            !done.ok())
            return s->context.fail(done.error());
        auto updated = s->manager->store().byId(found->id);
        if (s->context.json)
            s->context.printJson(toJson(*updated));
        else if (updated->controller.isEmpty())
            s->context.say(tr("\"%1\" has no controller now.").arg(updated->name));
        else
            s->context.say(tr("\"%1\" is controlled by %2. Publish the DID document (\"identity show %3\") at %4.")
                               .arg(updated->name, updated->controller)
                               .arg(updated->id)
                               .arg(identity::DidWeb::documentUrl(updated->controller)->toString()));
        return ExitSuccess;
    }

private:
    const QCommandLineOption clear{QStringLiteral("clear"), tr("Remove the controller.")};
};

class IdentityRemove final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override { return tr("Forget an identity and delete its private key"); }
    QString description() const override
    {
        return tr("Forgets an identity and deletes its private key from this computer. Declarations it signed stay "
                  "valid, but can no longer be updated unless you keep a backup.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(yes);
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        if (parser.positionalArguments().isEmpty())
            return s->context.usageError(tr("Name the identity."), call.hint());
        auto found = s->manager->store().find(parser.positionalArguments().join(QLatin1Char(' ')));
        if (!found.ok())
            return s->context.fail(found.error());
        if (!parser.isSet(yes))
            return s->context.usageError(
                tr("Removing \"%1\" deletes its private key. %2 Add --yes to confirm.").arg(found->name, lossWarning()),
                call.hint());
        if (auto done = s->manager->remove(*found); !done.ok())
            return s->context.fail(done.error());
        s->context.say(tr("Removed \"%1\".").arg(found->name));
        return ExitSuccess;
    }

private:
    const QCommandLineOption yes{QStringLiteral("yes"), tr("Confirm the removal.")};
};

class IdentityCertificate final : public IdentityCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::IdentityCommands)

public:
    QString name() const override { return QStringLiteral("certificate"); }
    QString summary() const override { return tr("The certificate that signs Content Credentials (C2PA)"); }
    QString description() const override
    {
        return tr("Shows the certificate an identity signs Content Credentials with, making it on first use. By "
                  "default Rakkan issues it itself, for the identity's own key: viewers then see the credential as "
                  "valid, signed by a certificate they do not know, until they choose to trust the root you give "
                  "them (--root). A certificate from a CA on the C2PA trust list can be imported instead: --import "
                  "CHAIN.pem KEY.pem.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({importOpt, renew, rootOut, passFile});
        parser.addPositionalArgument(QStringLiteral("identity"), tr("Number or name."), tr("[ID]"));
    }

    int run(const Call &call) const override
    {
        int exitCode = ExitSuccess;
        auto s = open(call, &exitCode);
        if (!s)
            return exitCode;
        QStringList words = call.arguments();
        QString keyFile;
        if (call.isSet(importOpt)) {
            if (words.isEmpty())
                return call.usageError(tr("--import takes the certificate chain, then the private key: --import "
                                          "CHAIN.pem KEY.pem."));
            keyFile = words.takeLast();
        }
        auto found = s->manager->store().find(words.join(QLatin1Char(' ')));
        if (!found.ok())
            return s->context.fail(found.error());
        credentials::SignerCertificates certificates(*s->catalog);
        auto existing = certificates.find(found->id);
        if (!existing)
            return s->context.fail(existing.error());
        std::optional<credentials::SignerCertificates::Entry> entry = *existing;
        if (!entry || call.isSet(renew) || call.isSet(importOpt)) {
            auto key = PassphraseInput::unlock(*s->manager, *found, call.value(passFile));
            if (!key.ok())
                return s->context.fail(key.error());
            Result<credentials::SignerCertificates::Entry> made =
                call.isSet(importOpt) ? importFiles(certificates, *found, *key, call.value(importOpt), keyFile)
                                      : certificates.issueLocal(*found, *key);
            if (!made.ok())
                return s->context.fail(made.error());
            entry = *made;
        }
        if (call.isSet(rootOut)) {
            if (!entry->root)
                return s->context.fail(makeError(ErrorCode::InvalidArgument,
                                                 tr("An imported certificate has no root of Rakkan's to give out; its "
                                                    "CA publishes its own.")));
            if (auto written = writeFileAtomically(call.value(rootOut), entry->root->pem()); !written.ok())
                return s->context.fail(written.error());
        }
        const credentials::Certificate &leaf = entry->chain.first();
        if (s->context.json) {
            s->context.printJson(QJsonObject{
                {QStringLiteral("identity"), found->id},
                {QStringLiteral("source"), entry->imported ? QStringLiteral("imported") : QStringLiteral("local")},
                {QStringLiteral("subject"), leaf.subjectName()},
                {QStringLiteral("issuer"), leaf.issuerName()},
                {QStringLiteral("not_after"), entry->notAfter.toString(Qt::ISODate)},
                {QStringLiteral("on_c2pa_trust_list"), false},
                {QStringLiteral("chain_pem"), QString::fromUtf8(leaf.pem())},
                {QStringLiteral("root_pem"), entry->root ? QString::fromUtf8(entry->root->pem()) : QString()}});
            return ExitSuccess;
        }
        s->context.say(tr("Content Credentials of \"%1\" are signed by:").arg(found->name));
        s->context.say(tr("  Subject:      %1").arg(leaf.subjectName()));
        s->context.say(
            tr("  Issued by:    %1%2").arg(leaf.issuerName(), entry->imported ? tr(" (imported)") : QString()));
        s->context.say(
            tr("  Valid until:  %1").arg(QLocale().toString(entry->notAfter.toLocalTime(), QLocale::ShortFormat)));
        if (!entry->imported)
            s->context.say(tr("Viewers see credentials signed with it as valid, from a signer they do not know (not on "
                              "the C2PA trust list). Someone who wants to recognise you can trust your root "
                              "certificate: write it out with --root FILE and send it to them."));
        if (call.isSet(rootOut))
            s->context.say(tr("Root certificate written to %1.").arg(call.value(rootOut)));
        return ExitSuccess;
    }

private:
    static Result<credentials::SignerCertificates::Entry> importFiles(credentials::SignerCertificates &certificates,
                                                                      const Identity &identity,
                                                                      const crypto::Ed25519 &key,
                                                                      const QString &chainFile, const QString &keyFile)
    {
        RAKKAN_TRY(const QByteArray chain, readSmallFile(chainFile));
        RAKKAN_TRY(QByteArray keyPem, readSmallFile(keyFile));
        auto imported = certificates.importCertificate(identity, key, chain, keyPem);
        crypto::PassphraseBox::wipe(keyPem);
        return imported;
    }
    static Result<QByteArray> readSmallFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > 1024 * 1024)
            return makeError(ErrorCode::TooLarge, tr("%1 is too large for a certificate or a key.").arg(path));
        return file.readAll();
    }

    const QCommandLineOption importOpt{QStringLiteral("import"),
                                       tr("Import a certificate chain (PEM, leaf first) from another CA; the private "
                                          "key's PEM file follows as the last argument."),
                                       tr("CHAIN")};
    const QCommandLineOption renew{
        QStringLiteral("renew"), tr("Issue a new certificate from Rakkan's own authority (replaces an imported one).")};
    const QCommandLineOption rootOut{QStringLiteral("root"),
                                     tr("Write the root certificate to FILE, for viewers who choose to trust you."),
                                     tr("FILE")};
};

} // namespace

std::unique_ptr<Command> makeIdentityCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<IdentityCreate>());
    list.push_back(std::make_unique<IdentityList>());
    list.push_back(std::make_unique<IdentityShow>());
    list.push_back(std::make_unique<IdentityExport>());
    list.push_back(std::make_unique<IdentityImport>());
    list.push_back(std::make_unique<IdentityDefault>());
    list.push_back(std::make_unique<IdentityController>());
    list.push_back(std::make_unique<IdentityCertificate>());
    list.push_back(std::make_unique<IdentityRemove>());
    return std::make_unique<CommandGroup>(
        QStringLiteral("identity"), IdentityCommandsBase::tr("Create, list, back up or restore your signing keys"),
        IdentityCommandsBase::tr("Say what to do with identities."), std::move(list));
}

} // namespace rakkan::cli
