<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>rakkan::importing::ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) in the folders were not images and were left alone.</source>
        <translation>
            <numerusform>%n file in the folders was not an image and was left alone.</numerusform>
            <numerusform>%n files in the folders were not images and were left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CheckImageDialog</name>
    <message numerus="yes">
        <source>%1 matches %n of your works.</source>
        <translation>
            <numerusform>%1 matches %n of your works.</numerusform>
            <numerusform>%1 matches %n of your works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DeclarationsDialog</name>
    <message numerus="yes">
        <source>%n file(s) will be declared to &quot;%1&quot;. For each, only this leaves the computer (then your signature is added):

%2</source>
        <translation>
            <numerusform>%n file will be declared to &quot;%1&quot;. For it, only this leaves the computer (then your signature is added):

%2</numerusform>
            <numerusform>%n files will be declared to &quot;%1&quot;. For each, only this leaves the computer (then your signature is added):

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::MainWindow</name>
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
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>%n file updated.</numerusform>
            <numerusform>%n files updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n file could not be read:</numerusform>
            <numerusform>%n files could not be read:</numerusform>
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
    <name>rakkan::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
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
</TS>
