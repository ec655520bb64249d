<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rakkan::cataloguing::ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) in the folders were not images and were left alone.</source>
        <translation>
            <numerusform>%n file in the folders was not an image and was left alone.</numerusform>
            <numerusform>%n files in the folders were not images and were left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupCheck</name>
    <message numerus="yes">
        <source>The catalogue is damaged (%n finding(s)). Restore it with &quot;backup restore&quot;.</source>
        <translation>
            <numerusform>The catalogue is damaged (%n finding). Restore it with &quot;backup restore&quot;.</numerusform>
            <numerusform>The catalogue is damaged (%n findings). Restore it with &quot;backup restore&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupKeep</name>
    <message numerus="yes">
        <source>The newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>The newest %n backup are kept.</numerusform>
            <numerusform>The newest %n backups are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseOpen</name>
    <message numerus="yes">
        <source>Case %1: %n copy(ies) recorded. Next: freeze the evidence (rakkan-cli evidence create %1).</source>
        <translation>
            <numerusform>Case %1: %n copy recorded. Next: freeze the evidence (rakkan-cli evidence create %1).</numerusform>
            <numerusform>Case %1: %n copies recorded. Next: freeze the evidence (rakkan-cli evidence create %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseViews</name>
    <message numerus="yes">
        <source>Case %1 · %2 · %3 · %n copy(ies)</source>
        <translation>
            <numerusform>Case %1 · %2 · %3 · %n copy</numerusform>
            <numerusform>Case %1 · %2 · %3 · %n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::EvidenceCommands</name>
    <message numerus="yes">
        <source>Evidence of case %1 sealed in %2 (%n file(s)).</source>
        <translation>
            <numerusform>Evidence of case %1 sealed in %2 (%n file).</numerusform>
            <numerusform>Evidence of case %1 sealed in %2 (%n files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::OfferCommands</name>
    <message numerus="yes">
        <source>%n red flag(s)</source>
        <translation>
            <numerusform>%n red flag</numerusform>
            <numerusform>%n red flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::RegistryCommands</name>
    <message numerus="yes">
        <source>Not declared at this hub (nothing within %n bit(s)).</source>
        <translation>
            <numerusform>Not declared at this hub (nothing within %n bit).</numerusform>
            <numerusform>Not declared at this hub (nothing within %n bits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared: %1, %n bit(s) away, by %2%3</source>
        <translation>
            <numerusform>Declared: %1, %n bit away, by %2%3</numerusform>
            <numerusform>Declared: %1, %n bits away, by %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::ReservationCommands</name>
    <message numerus="yes">
        <source>%n declaration(s) point to pages on other sites; no page was written for them.</source>
        <translation>
            <numerusform>%n declaration points to a page on another site; no page was written for it.</numerusform>
            <numerusform>%n declarations point to pages on other sites; no page was written for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) written with their reservation.</source>
        <translation>
            <numerusform>%n copy written with its reservation.</numerusform>
            <numerusform>%n copies written with their reservation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The policy now names %n AI crawler(s).</source>
        <translation>
            <numerusform>The policy now names %n AI crawler.</numerusform>
            <numerusform>The policy now names %n AI crawlers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) now follow &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n work now follows &quot;%1&quot;.</numerusform>
            <numerusform>%n works now follow &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) are not JPEG, PNG or WebP and carry no Content Credentials; their XMP still carries the reservation. Web copies (--max-side) can carry them.</source>
        <translation>
            <numerusform>%n copy are not JPEG, PNG or WebP and carry no Content Credentials; their XMP still carries the reservation. Web copies (--max-side) can carry them.</numerusform>
            <numerusform>%n copies are not JPEG, PNG or WebP and carry no Content Credentials; their XMP still carries the reservation. Web copies (--max-side) can carry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) written with their reservation; JPEG, PNG and WebP copies also carry signed Content Credentials.</source>
        <translation>
            <numerusform>%n copy written with their reservation; JPEG, PNG and WebP copies also carry signed Content Credentials.</numerusform>
            <numerusform>%n copies written with their reservation; JPEG, PNG and WebP copies also carry signed Content Credentials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::WorksCommand</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s).</source>
        <translation>
            <numerusform>%n work.</numerusform>
            <numerusform>%n works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::AccessLogAudit</name>
    <message numerus="yes">
        <source>%n line(s) read from %1</source>
        <translation>
            <numerusform>%n line read from %1</numerusform>
            <numerusform>%n lines read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not in the combined log format were skipped.</source>
        <translation>
            <numerusform>%n line not in the combined log format were skipped.</numerusform>
            <numerusform>%n lines not in the combined log format were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::EvidenceVerifier</name>
    <message numerus="yes">
        <source>%n file(s) under data/ match their SHA-256 in the manifest.</source>
        <translation>
            <numerusform>%n file under data/ match their SHA-256 in the manifest.</numerusform>
            <numerusform>%n files under data/ match their SHA-256 in the manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::PageCapturer</name>
    <message numerus="yes">
        <source>%1: the capture took longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1: the capture took longer than %n second and was stopped.</numerusform>
            <numerusform>%1: the capture took longer than %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::TimeStampAuthority</name>
    <message numerus="yes">
        <source>The time-stamping authority at %1 stamped %2 (UTC), %n minute(s) away from this computer&apos;s clock: the time-stamp was not kept.</source>
        <translation>
            <numerusform>The time-stamping authority at %1 stamped %2 (UTC), %n minute away from this computer&apos;s clock: the time-stamp was not kept.</numerusform>
            <numerusform>The time-stamping authority at %1 stamped %2 (UTC), %n minutes away from this computer&apos;s clock: the time-stamp was not kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferTerms</name>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::RedFlags</name>
    <message numerus="yes">
        <source>You are given %n day(s) to answer: pressure to sign before you can get advice.</source>
        <translation>
            <numerusform>You are given %n day to answer: pressure to sign before you can get advice.</numerusform>
            <numerusform>You are given %n days to answer: pressure to sign before you can get advice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::matching::Verdicts</name>
    <message numerus="yes">
        <source>%n keypoint(s) line up.</source>
        <translation>
            <numerusform>%n keypoint line up.</numerusform>
            <numerusform>%n keypoints line up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fingerprints are %n bit(s) apart (of 256).</source>
        <translation>
            <numerusform>The fingerprints are %n bit apart (of 256).</numerusform>
            <numerusform>The fingerprints are %n bits apart (of 256).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::RobotsTxt</name>
    <message numerus="yes">
        <source>All %n AI training crawler(s) checked are blocked.</source>
        <translation>
            <numerusform>The AI training crawler checked is blocked.</numerusform>
            <numerusform>All %n AI training crawlers checked are blocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::BackupsDialog</name>
    <message numerus="yes">
        <source>The newest %n backup(s) will be kept.</source>
        <translation>
            <numerusform>The newest %n backup will be kept.</numerusform>
            <numerusform>The newest %n backups will be kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CasesDialog</name>
    <message numerus="yes">
        <source>None of the %n picture(s) on the page copies one of your works: no case was opened.</source>
        <translation>
            <numerusform>None of the %n picture on the page copies one of your works: no case was opened.</numerusform>
            <numerusform>None of the %n pictures on the page copies one of your works: no case was opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %n copy(ies) of your works found on the page. Freeze the evidence next, before anyone is told.</source>
        <translation>
            <numerusform>Case %1: %n copy of your works found on the page. Freeze the evidence next, before anyone is told.</numerusform>
            <numerusform>Case %1: %n copies of your works found on the page. Freeze the evidence next, before anyone is told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CheckImageDialog</name>
    <message numerus="yes">
        <source>The image matches %n of your works. Double-click one to show it.</source>
        <translation>
            <numerusform>The image matches %n of your works. Double-click one to show it.</numerusform>
            <numerusform>The image matches %n of your works. Double-click one to show it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n of your works. Double-click one to show it.</source>
        <translation>
            <numerusform>%1 matches %n of your works. Double-click one to show it.</numerusform>
            <numerusform>%1 matches %n of your works. Double-click one to show it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CrawlerLogsDialog</name>
    <message numerus="yes">
        <source>Reading %n access log(s)</source>
        <translation>
            <numerusform>Reading %n access log</numerusform>
            <numerusform>Reading %n access logs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DeclareWorksDialog</name>
    <message numerus="yes">
        <source>The %n selected work(s)</source>
        <translation>
            <numerusform>The selected work</numerusform>
            <numerusform>The %n selected works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::Dialogs</name>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The backup passphrase needs at least %n character.</numerusform>
            <numerusform>The backup passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DocumentViewerDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::InterruptedImportBar</name>
    <message numerus="yes">
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n file and folder</numerusform>
            <numerusform>%n files and folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>%n file updated.</numerusform>
            <numerusform>%n files updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor opt-out(s) to check again</source>
        <translation>
            <numerusform>%n vendor opt-out to check again</numerusform>
            <numerusform>%n vendor opt-outs to check again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licensing offer(s) to answer within a week</source>
        <translation>
            <numerusform>%n licensing offer to answer within a week</numerusform>
            <numerusform>%n licensing offers to answer within a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated; %1 could not be read:</source>
        <translation>
            <numerusform>%n file updated; %1 could not be read:</numerusform>
            <numerusform>%n files updated; %1 could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after updating %n file(s).</source>
        <translation>
            <numerusform>Stopped after updating %n file.</numerusform>
            <numerusform>Stopped after updating %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with a deadline within a week</source>
        <translation>
            <numerusform>%n case with a deadline within a week</numerusform>
            <numerusform>%n cases with a deadline within a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::NearDuplicatesDialog</name>
    <message numerus="yes">
        <source>Group %1: %n file(s)</source>
        <translation>
            <numerusform>Group %1: %n file</numerusform>
            <numerusform>Group %1: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of files that are copies of each other. Double-click a file to show its work.</source>
        <translation>
            <numerusform>%n group of files that are copies of each other. Double-click a file to show its work.</numerusform>
            <numerusform>%n groups of files that are copies of each other. Double-click a file to show its work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OfferEditor</name>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OfferListModel</name>
    <message numerus="yes">
        <source>The answer was due %n day(s) ago.</source>
        <translation>
            <numerusform>The answer was due %n day ago.</numerusform>
            <numerusform>The answer was due %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to answer.</source>
        <translation>
            <numerusform>%n day left to answer.</numerusform>
            <numerusform>%n days left to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::RemoveWorksCommand</name>
    <message numerus="yes">
        <source>Remove %n work(s)</source>
        <translation>
            <numerusform>Remove %n work</numerusform>
            <numerusform>Remove %n works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ReservationsDialog</name>
    <message numerus="yes">
        <source>%n copy(ies) with the reservation in %1.</source>
        <translation>
            <numerusform>%n copy with the reservation in %1.</numerusform>
            <numerusform>%n copies with the reservation in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) now follow &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n work now follows &quot;%1&quot;.</numerusform>
            <numerusform>%n works now follow &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) in other formats have none; choose a longest side to make web copies, which can carry them.</source>
        <translation>
            <numerusform>%n copy in other formats have none; choose a longest side to make web copies, which can carry them.</numerusform>
            <numerusform>%n copies in other formats have none; choose a longest side to make web copies, which can carry them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::SpawningPage</name>
    <message numerus="yes">
        <source>%1 of %n address(es) are opted out at Spawning.</source>
        <translation>
            <numerusform>%1 of %n address is opted out at Spawning.</numerusform>
            <numerusform>%1 of %n addresses are opted out at Spawning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::VendorFormsPage</name>
    <message numerus="yes">
        <source>Some AI companies take opt-outs only through a web form. Rakkan prepares what the form asks for; you submit it yourself and record it here. No form sends a receipt, so Rakkan reminds you to check again after %n days.</source>
        <translation>
            <numerusform>Some AI companies take opt-outs only through a web form. Rakkan prepares what the form asks for; you submit it yourself and record it here. No form sends a receipt, so Rakkan reminds you to check again after %n day.</numerusform>
            <numerusform>Some AI companies take opt-outs only through a web form. Rakkan prepares what the form asks for; you submit it yourself and record it here. No form sends a receipt, so Rakkan reminds you to check again after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n work(s) for %1...</source>
        <translation>
            <numerusform>Copying %n work for %1...</numerusform>
            <numerusform>Copying %n works for %1...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorkDetailPanel</name>
    <message numerus="yes">
        <source>Work %1 · %n page(s) · added %2</source>
        <translation>
            <numerusform>Work %1 · %n page · added %2</numerusform>
            <numerusform>Work %1 · %n pages · added %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorkListModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorksBrowser</name>
    <message numerus="yes">
        <source>%1 of %n work(s) shown</source>
        <translation>
            <numerusform>%1 of %n work shown</numerusform>
            <numerusform>%1 of %n works shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n work(s) from the catalogue. The files were not touched; Undo brings them back.</source>
        <translation>
            <numerusform>Removed %n work from the catalogue. The files were not touched; Undo brings them back.</numerusform>
            <numerusform>Removed %n works from the catalogue. The files were not touched; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
