<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>rakkan::catalog::Catalog</name>
    <message>
        <source>No catalogue file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rakkan catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not switch to write-ahead logging (it reported &quot;%1&quot;). Is it on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work with number %1 in this catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rights holder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::HolderRole</name>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::Schema</name>
    <message>
        <source>The catalogue upgrade step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Rakkan catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue was saved by a newer version of Rakkan (catalogue format %1; this version reads up to format %2). Update Rakkan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the catalogue before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::WorkKind</name>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manga chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manga page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::cli::ImportCommand</name>
    <message>
        <source>Adds image files and folders (searched recursively) to the catalogue. Original files are only read, never changed or moved. A file already in the catalogue is reported with the work that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make each folder one work whose files are its pages in name order (a manga chapter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode on N threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2 files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already catalogued (work %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1
    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already catalogued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were not images and were left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::Main</name>
    <message>
        <source>Rakkan catalogues your artworks, fingerprints them on your computer and helps you say no to unlicensed AI use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image files and folders to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, edit or remove catalogued works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file to use (default: $RAKKAN_CATALOG, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::cli::WorksCommand</name>
    <message>
        <source>Usage: %1 works list|show|edit|remove [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every work in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one work with its files and rights holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a work&apos;s title, series, tags, holders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a work from the catalogue (files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every work in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shows one work with its files, rights holders and publications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of one work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2 x %3 %4, %5, SHA-256 %6
    %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a work. Options not given leave the work as it is; --tag, --holder and --publication may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in its original script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in Latin script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series (empty to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume number (0 to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter, as printed (&quot;12&quot;, &quot;12.5&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rights holder; ROLE is one of %1 (default author).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[:ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a rights holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add where the work was published (DATE as 2024-05-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL[,PLATFORM[,DATE]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--volume takes a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change, for example --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes works from the catalogue. The image files themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the works to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of at least one work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed work %1 &quot;%2&quot; from the catalogue; its files were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ClipReader</name>
    <message>
        <source>The CLIP Studio file is cut off before its end (an interrupted download or copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLIP Studio file is damaged: its canvas information is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLIP Studio file&apos;s canvas information is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLIP Studio file is damaged: its canvas information cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CLIP Studio file has no canvas preview, so Rakkan cannot see the picture. Open it in CLIP Studio Paint and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas preview inside the CLIP Studio file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ImageDecoder</name>
    <message>
        <source>The image declares %1 x %2 pixels, more than Rakkan reads safely (at most %3 megapixels and %4 pixels a side). It was not opened, to protect your computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image Rakkan can read. Supported: JPEG, PNG, WebP, TIFF, GIF, BMP, Photoshop (.psd, .psb), CLIP Studio Paint (.clip), Krita (.kra) and OpenRaster (.ora).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 images needs Qt&apos;s extra image format plugins, which are not installed (Debian package qt6-image-formats-plugins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG file is cut off before its end (an interrupted download or copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file is cut off before its end (an interrupted download or copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIF file is cut off before its end (an interrupted download or copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image is damaged and cannot be decoded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ImageFormat</name>
    <message>
        <source>Photoshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop large document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP Studio Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::PsdReader</name>
    <message>
        <source>The Photoshop file is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Photoshop file is cut off before its end (an interrupted download or copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the Photoshop signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colour channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Photoshop file uses colour mode %1, which Rakkan cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few channels for its colour mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Photoshop file was saved without a flattened image (&quot;Maximize Compatibility&quot; was off), so Rakkan cannot see the picture. Open it in Photoshop and save it again with Maximize Compatibility turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flattened image of this Photoshop file is ZIP-compressed, which Rakkan cannot read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open this Photoshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed row does not decode to the image width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Photoshop file&apos;s flattened image is blank although it has layers: it was probably saved without &quot;Maximize Compatibility&quot;. Open it in Photoshop and save it again with Maximize Compatibility turned on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ZipImageReader</name>
    <message>
        <source>The %1 file is damaged: its zip directory cannot be read (cut off or corrupt?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 file has no flattened image (mergedimage.png); it may have been saved by a very old version. Open it and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flattened image inside this %1 file claims %2 MB, more than Rakkan reads safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flattened image inside this %1 file unpacks to more than it declares; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image fails its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flattened image inside the %1 file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::importing::FilePreparer</name>
    <message>
        <source>The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB, more than Rakkan imports (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::importing::FileScanner</name>
    <message>
        <source>The link points to a file that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is a link back into a folder that contains it; it was skipped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to open this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rakkan::sql::Database</name>
    <message>
        <source>SQLite could not allocate a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is in use by another program and stayed locked. Close the other program or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the catalogue is full. Nothing was saved from this step; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Rakkan catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change this catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
