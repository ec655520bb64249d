#pragma once

#include <memory>

namespace rakkan::cli {

class Command;

// Every command of rakkan-cli, made where it is written; CommandRegistry::commands() lists them in this order.
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeWorksCommand();
std::unique_ptr<Command> makeHashCommand();
std::unique_ptr<Command> makeMatchCommand();
std::unique_ptr<Command> makeScanCommand();
std::unique_ptr<Command> makeDupesCommand();
std::unique_ptr<Command> makeRehashCommand();
std::unique_ptr<Command> makeIsccCommand();
std::unique_ptr<Command> makeIdentityCommand();
std::unique_ptr<Command> makeSignCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeRegistryCommand();
std::unique_ptr<Command> makeOptoutCommand();
std::unique_ptr<Command> makeHubCommand();
std::unique_ptr<Command> makeSpawningCommand();
std::unique_ptr<Command> makeVendorCommand();
std::unique_ptr<Command> makePolicyCommand();
std::unique_ptr<Command> makeSiteKitCommand();
std::unique_ptr<Command> makeExportCopiesCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeC2paCommand();
std::unique_ptr<Command> makeOffersCommand();
std::unique_ptr<Command> makePaymentsCommand();
std::unique_ptr<Command> makeCaseCommand();
std::unique_ptr<Command> makeEvidenceCommand();
std::unique_ptr<Command> makeNoticeCommand();
std::unique_ptr<Command> makeLogsCommand();
std::unique_ptr<Command> makeBackupCommand();

} // namespace rakkan::cli
