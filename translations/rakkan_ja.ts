<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Rakkan: catalogue your works and say how AI may use them.</source>
        <translation>Rakkan: 作品をカタログにまとめ、AI による利用の可否を表明できます。</translation>
    </message>
    <message>
        <source>[catalogue]</source>
        <translation>[カタログ]</translation>
    </message>
    <message>
        <source>Save a picture of each main window into FOLDER, then quit.</source>
        <translation>主なウィンドウの画像を FOLDER に保存してから終了します。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>With --screenshots: a picture to check.</source>
        <translation>--screenshots と併用: チェックする画像を指定します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The settings file was damaged; the last good settings were restored.</source>
        <translation>設定ファイルが破損していたため、最後に正常だった設定を復元しました。</translation>
    </message>
    <message>
        <source>The catalogue file to open, or a picture to check against the catalogue.</source>
        <translation>開くカタログのファイル、またはカタログと照合する画像。</translation>
    </message>
</context>
<context>
    <name>rakkan-hub</name>
    <message>
        <source>Address and port (port 0: any free).</source>
        <translation>アドレスとポートを指定します（ポート 0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>This hub&apos;s id, 0-4095 (0: testing).</source>
        <translation>このハブの ID を 0〜4095 で指定します（0: テスト用）。</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS 証明書チェーン（PEM）を指定します。</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS 秘密鍵（PEM）を指定します。</translation>
    </message>
    <message>
        <source>The hub&apos;s DID (default: its did:key).</source>
        <translation>ハブの DID を指定します（既定: ハブの did:key）。</translation>
    </message>
    <message>
        <source>Declarations a minute per signing key.</source>
        <translation>署名鍵ごとに 1 分間に受け付ける宣言数の上限を指定します。</translation>
    </message>
    <message>
        <source>Copies a hub&apos;s declarations, receipts and key into another database (a SQLite file or postgresql://...), keeping every ISCC-ID. An interrupted copy continues where it stopped.</source>
        <translation>ハブの宣言、受領証、鍵を別のデータベース（SQLite ファイルまたは postgresql://...）へ写します。ISCC-ID はすべてそのまま保たれます。中断した複写は止まったところから続きます。</translation>
    </message>
    <message>
        <source>The hub now.</source>
        <translation>現在のハブ。</translation>
    </message>
    <message>
        <source>Where it moves.</source>
        <translation>移行先。</translation>
    </message>
    <message>
        <source>Serves the ISCC-HUB declaration API: signed, timestamped opt-out declarations, a public log, and lookups by ISCC unit and PDQ hash.

  rakkan-hub migrate FROM TO   moves a hub to another database.</source>
        <translation>ISCC-HUB の宣言 API を提供します：署名とタイムスタンプ付きのオプトアウト宣言、公開ログ、ISCC ユニットと PDQ ハッシュによる照会。

  rakkan-hub migrate FROM TO   ハブを別のデータベースへ移します。</translation>
    </message>
    <message>
        <source>The hub&apos;s database: a SQLite file, or postgresql://... shared by several hub processes.</source>
        <translation>ハブのデータベース：SQLite ファイル、または複数のハブプロセスで共有する postgresql://...</translation>
    </message>
    <message>
        <source>No request log on stderr.</source>
        <translation>標準エラー出力にリクエストログを出しません。</translation>
    </message>
</context>
<context>
    <name>rakkan::AtomicFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Nothing was replaced; free some space and try again.</source>
        <translation>%1 に書き込めません。ディスクがいっぱいです。何も置き換えていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>rakkan::SettingsFile</name>
    <message>
        <source>The settings file %1 is damaged and there is no earlier copy of it; Rakkan starts with its default settings.</source>
        <translation>設定ファイル %1 が破損しており、以前のコピーもありません。Rakkan は既定の設定で起動します。</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::AssetCopies</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::Catalog</name>
    <message>
        <source>No catalogue file was given.</source>
        <translation>カタログファイルが指定されていません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a catalogue file.</source>
        <translation>%1 はフォルダーです。カタログファイルではありません。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the catalogue.</source>
        <translation>カタログ用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The catalogue %1 does not exist.</source>
        <translation>カタログ %1 は存在しません。</translation>
    </message>
    <message>
        <source>The catalogue could not switch to write-ahead logging (it reported &quot;%1&quot;). Is it on a network drive?</source>
        <translation>カタログをログ先行書き込み（WAL）モードに切り替えられませんでした（応答:「%1」）。カタログがネットワークドライブ上に置かれていませんか？</translation>
    </message>
    <message>
        <source>There is no work with number %1 in this catalogue.</source>
        <translation>このカタログには番号 %1 の作品はありません。</translation>
    </message>
    <message>
        <source>A rights holder needs a name.</source>
        <translation>権利者には名前が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https://).</source>
        <translation>「%1」は Web アドレスではありません（http:// または https:// で始まる必要があります）。</translation>
    </message>
    <message>
        <source>A volume number cannot be negative.</source>
        <translation>巻数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>There is no signing identity number %1.</source>
        <translation>番号 %1 の署名用アイデンティティはありません。</translation>
    </message>
    <message>
        <source>A restore of %1 from a backup was interrupted and could not be finished: %2</source>
        <translation>%1 のバックアップからの復元が途中で止まり、完了できませんでした: %2</translation>
    </message>
    <message>
        <source>The catalogue was not upgraded to the new format, because it could not be backed up first: %1</source>
        <translation>先にバックアップを作成できなかったため、カタログを新しい形式に更新しませんでした: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the catalogue failed: %1</source>
        <translation>本日のカタログのバックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation>保持するバックアップの数は 1〜1000 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The catalogue file is damaged. SQLite&apos;s check found: %1</source>
        <translation>カタログファイルが破損しています。SQLite の検査結果: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::CatalogBackups</name>
    <message>
        <source>made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>形式の更新前</translation>
    </message>
    <message>
        <source>Could not create the backups folder %1.</source>
        <translation>バックアップフォルダ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not back up the catalogue to %1: %2</source>
        <translation>カタログを %1 にバックアップできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not name the backup %1.</source>
        <translation>バックアップ %1 に名前を付けられませんでした。</translation>
    </message>
    <message>
        <source>There is no sound backup of this catalogue in %1.</source>
        <translation>%1 に、このカタログの正常なバックアップがありません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>バックアップ %1 から復元できません: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2); choose an older one.</source>
        <translation>バックアップ %1 も破損しています（%2）。より古いものを選んでください。</translation>
    </message>
    <message>
        <source>Could not put the catalogue %1 aside; close every program using it and try again. The backup was not restored.</source>
        <translation>カタログ %1 を退避できませんでした。使用中のプログラムをすべて閉じてから、もう一度お試しください。バックアップは復元していません。</translation>
    </message>
    <message>
        <source>Could not move the restored copy %1 into place.</source>
        <translation>復元したコピー %1 を所定の場所に移動できませんでした。</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::CatalogWording</name>
    <message>
        <source>The catalogue is in use by another program and stayed locked. Close the other program or try again in a moment.</source>
        <translation>カタログがほかのプログラムで使用中のため、ロックが解除されませんでした。ほかのプログラムを閉じるか、しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk holding the catalogue is full. Nothing was saved from this step; free some space and try again.</source>
        <translation>カタログを保存しているディスクがいっぱいです。この操作の内容は何も保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This file is not a Rakkan catalogue.</source>
        <translation>このファイルは Rakkan のカタログではありません。</translation>
    </message>
    <message>
        <source>The catalogue file is damaged.</source>
        <translation>カタログファイルが破損しています。</translation>
    </message>
    <message>
        <source>The catalogue file could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>カタログファイルを開けませんでした。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>You do not have permission to change this catalogue.</source>
        <translation>このカタログを変更する権限がありません。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the catalogue.</source>
        <translation>カタログの読み書き中にディスクがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The catalogue refused the change because it would break its rules.</source>
        <translation>カタログの規則に反するため、変更は受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The catalogue reported an error.</source>
        <translation>カタログでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::HolderRole</name>
    <message>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>作画</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>原作</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>権利者</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::Schema</name>
    <message>
        <source>The catalogue upgrade step %1 is missing from this build.</source>
        <translation>このビルドには、カタログのアップグレード手順 %1 が含まれていません。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Rakkan catalogue.</source>
        <translation>%1 は別のプログラムのデータベースです。Rakkan のカタログではありません。</translation>
    </message>
    <message>
        <source>This catalogue was saved by a newer version of Rakkan (catalogue format %1; this version reads up to format %2). Update Rakkan to open it.</source>
        <translation>このカタログは新しいバージョンの Rakkan で保存されています（カタログ形式 %1。このバージョンで読み込めるのは形式 %2 までです）。開くには Rakkan を更新してください。</translation>
    </message>
    <message>
        <source>%1 is empty or in an older catalogue format; open it in Rakkan once to upgrade it.</source>
        <translation>%1 は空か、古い形式のカタログです。一度 Rakkan で開くと新しい形式に更新されます。</translation>
    </message>
</context>
<context>
    <name>rakkan::catalog::WorkKind</name>
    <message>
        <source>Illustration</source>
        <translation>イラスト</translation>
    </message>
    <message>
        <source>Manga chapter</source>
        <translation>マンガ（話）</translation>
    </message>
    <message>
        <source>Manga page</source>
        <translation>マンガ（ページ）</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>表紙</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>ラフ・スケッチ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>rakkan::cataloguing::FilePreparer</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
</context>
<context>
    <name>rakkan::cataloguing::ImportSummary</name>
    <message>
        <source>Added %1, already catalogued %2, failed %3.</source>
        <translation>追加 %1 件、登録済み %2 件、失敗 %3 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were not images and were left alone.</source>
        <translation>
            <numerusform>フォルダー内の %n 件のファイルは画像ではないため、取り込まずにそのままにしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; files not reached were left alone.</source>
        <translation>取り込みはキャンセルされました。未処理のファイルには手を加えていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::cataloguing::Reidentifier</name>
    <message>
        <source>The file changed since it was catalogued; import it again as a new version.</source>
        <translation>このファイルはカタログへの登録後に変更されています。新しいバージョンとして取り込み直してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::cataloguing::WorkEditor</name>
    <message>
        <source>There is no work with number %1 in this catalogue.</source>
        <translation>このカタログには番号 %1 の作品はありません。</translation>
    </message>
    <message>
        <source>There is no catalogued file with number %1.</source>
        <translation>カタログには番号 %1 のファイルは登録されていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupCheck</name>
    <message>
        <source>Check the catalogue file in full for damage</source>
        <translation>カタログファイル全体の破損を検査する</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s full integrity check over the catalogue: every page, record and index. Exit status 1 when it finds damage.</source>
        <translation>カタログに対して SQLite の完全な整合性検査（すべてのページ、レコード、インデックス）を実行します。破損が見つかった場合の終了ステータスは 1 です。</translation>
    </message>
    <message>
        <source>The catalogue is sound.</source>
        <translation>カタログは正常です。</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue is damaged (%n finding(s)). Restore it with &quot;backup restore&quot;.</source>
        <translation>
            <numerusform>カタログが破損しています（検出 %n 件）。「backup restore」で復元してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupCreate</name>
    <message>
        <source>Back up the catalogue now</source>
        <translation>今すぐカタログをバックアップする</translation>
    </message>
    <message>
        <source>Copies the catalogue, as it is at one moment, into its backups folder beside it. Rakkan and other commands may go on using the catalogue meanwhile.</source>
        <translation>ある時点のカタログを、隣にあるバックアップフォルダにコピーします。その間も Rakkan や他のコマンドはカタログを使い続けられます。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>%1 にバックアップしました（%2）。</translation>
    </message>
    <message>
        <source>Backups of the catalogue, and checks for damage</source>
        <translation>カタログのバックアップと破損の検査</translation>
    </message>
    <message>
        <source>Say what to do with backups.</source>
        <translation>バックアップに対する操作を指定してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupKeep</name>
    <message>
        <source>Show or set how many backups are kept</source>
        <translation>保持するバックアップの数を表示または設定する</translation>
    </message>
    <message>
        <source>How many to keep, 1 to 1000.</source>
        <translation>保持する数（1〜1000）。</translation>
    </message>
    <message>
        <source>[N]</source>
        <translation>[N]</translation>
    </message>
    <message>
        <source>Give one number.</source>
        <translation>数値を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>最新の %n 件のバックアップを保持します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupList</name>
    <message>
        <source>List the catalogue&apos;s backups, newest first</source>
        <translation>カタログのバックアップを新しい順に一覧表示する</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1 にはまだバックアップがありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::BackupRestore</name>
    <message>
        <source>Put a backup in the catalogue&apos;s place</source>
        <translation>バックアップをカタログの代わりに置く</translation>
    </message>
    <message>
        <source>Checks the backup in full and puts it in the catalogue&apos;s place: the newest sound backup, or the one named. The catalogue it replaces is kept beside it, renamed, never deleted. Close Rakkan first.</source>
        <translation>バックアップ（最新の正常なもの、または指定したもの）を完全に検査してから、カタログの代わりに置きます。置き換えられたカタログは削除せず、名前を変えて隣に保管します。先に Rakkan を閉じてください。</translation>
    </message>
    <message>
        <source>A backup file, as &quot;backup list&quot; shows (default: the newest sound one).</source>
        <translation>「backup list」に表示されるバックアップファイル（省略時は最新の正常なもの）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ファイル]</translation>
    </message>
    <message>
        <source>Name at most one backup.</source>
        <translation>バックアップは 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>バックアップファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Restored the catalogue from %1.</source>
        <translation>%1 からカタログを復元しました。</translation>
    </message>
    <message>
        <source>The catalogue it replaced is kept as %1.</source>
        <translation>置き換えられたカタログは %1 として保管しています。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::C2paShow</name>
    <message>
        <source>Read and validate the Content Credentials of files</source>
        <translation>ファイルのコンテンツ認証情報を読み取り、検証します</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Name at least one file.</source>
        <translation>ファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>%1 (certificate issued by %2)</source>
        <translation>%1（証明書の発行者: %2）</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>署名日時</translation>
    </message>
    <message>
        <source>%1 (time-stamped by %2)</source>
        <translation>%1（%2 によるタイムスタンプ）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>作成ソフト</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>ISCC</source>
        <translation>ISCC</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>AI training and data mining</source>
        <translation>AI の学習とデータマイニング</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>ステータスコード</translation>
    </message>
    <message>
        <source>Certificates to trust (PEM): signers whose chain reaches one of them are reported as trusted.</source>
        <translation>信頼する証明書（PEM）。証明書チェーンがこのいずれかにつながる署名者を「信頼済み」と表示します。</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Reads the C2PA manifest of each JPEG, PNG or WebP file and checks it on this computer: the signature, the certificate, every signed statement, and that the picture is the one signed. Prints the state (valid, invalid, ...), the C2PA status codes, the signer and the AI training and data-mining choices. A signer is &quot;trusted&quot; only when its certificate chains to a certificate given with --trust-anchors; nothing is sent anywhere.</source>
        <translation>各 JPEG・PNG・WebP ファイルの C2PA マニフェストを読み取り、このコンピューター上で確認します。署名、証明書、署名されたすべての記述、そして署名された画像そのものであるかを確認します。状態（有効、無効など）、C2PA のステータスコード、署名者、AI の学習とデータマイニングについての選択を表示します。署名者が「信頼済み」になるのは、その証明書が --trust-anchors で指定した証明書につながる場合だけです。どこにも何も送信しません。</translation>
    </message>
    <message>
        <source>JPEG, PNG or WebP files.</source>
        <translation>JPEG、PNG または WebP ファイル。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseAllow</name>
    <message>
        <source>Record a licensed use: no case is ever opened for it</source>
        <translation>許諾済みの利用を記録します（これには案件を開きません）</translation>
    </message>
    <message>
        <source>The site&apos;s host name (example.com).</source>
        <translation>サイトのホスト名（example.com）。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Give the site&apos;s host name.</source>
        <translation>サイトのホスト名を指定してください。</translation>
    </message>
    <message>
        <source>--offer takes an offer&apos;s number.</source>
        <translation>--offer にはオファーの番号を指定してください。</translation>
    </message>
    <message>
        <source>Licensed use %1 recorded: no case will be opened for it.</source>
        <translation>許諾済みの利用 %1 を記録しました。これには案件を開きません。</translation>
    </message>
    <message>
        <source>Only pages under this path (default: the whole site).</source>
        <translation>このパス以下のページだけ（既定: サイト全体）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Only this account&apos;s posts.</source>
        <translation>このアカウントの投稿だけ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The licence offer it rests on.</source>
        <translation>根拠となるライセンスのオファー。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A note, such as who licensed it.</source>
        <translation>メモ（誰に許諾したかなど）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseAllowed</name>
    <message>
        <source>The licensed uses</source>
        <translation>許諾済みの利用の一覧</translation>
    </message>
    <message>
        <source>--remove takes a licensed use&apos;s number.</source>
        <translation>--remove には許諾済みの利用の番号を指定してください。</translation>
    </message>
    <message>
        <source>No licensed uses.</source>
        <translation>許諾済みの利用はありません。</translation>
    </message>
    <message>
        <source>Remove licensed use ID first.</source>
        <translation>先に許諾済みの利用 ID を削除します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseClose</name>
    <message>
        <source>Close a case</source>
        <translation>案件を終了します</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>案件 %1 を終了しました。</translation>
    </message>
    <message>
        <source>Why, for the case&apos;s history.</source>
        <translation>理由（案件の履歴に残ります）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseCommands</name>
    <message>
        <source>Also trust the certificate authority in FILE for this request (a private server); certificates are always verified.</source>
        <translation>この要求では FILE の認証局も信頼します（独自のサーバー向け）。証明書は常に検証します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cases: copies found online, from evidence to takedown</source>
        <translation>案件: ネット上で見つけたコピーを、証拠保全から削除まで</translation>
    </message>
    <message>
        <source>Name an action: open, list, show, recheck, mark, edit, close, license, hosts, allow or allowed.</source>
        <translation>操作を指定してください: open、list、show、recheck、mark、edit、close、license、hosts、allow、allowed。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseEdit</name>
    <message>
        <source>Set a case&apos;s platform, account, law and note</source>
        <translation>案件のプラットフォーム、アカウント、適用法、メモを設定します</translation>
    </message>
    <message>
        <source>--regime takes dmca, dsa or jp.</source>
        <translation>--regime には dmca、dsa、jp のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The platform the page is on.</source>
        <translation>ページのあるプラットフォーム。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The account or uploader that posted it.</source>
        <translation>投稿したアカウントまたはアップロード者。</translation>
    </message>
    <message>
        <source>The law a notice will go under: dmca, dsa or jp.</source>
        <translation>通知の根拠とする法律: dmca、dsa、jp。</translation>
    </message>
    <message>
        <source>LAW</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>A note kept with the case.</source>
        <translation>案件に添えるメモ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseHosts</name>
    <message>
        <source>Who hosts a case&apos;s page, and where its notice goes</source>
        <translation>案件のページをホストしているのは誰か、通知をどこへ送るか</translation>
    </message>
    <message>
        <source>From the case&apos;s latest capture: the platform (Rakkan&apos;s list of notice channels), a CDN in front of the site (by its headers and address ranges), and through RDAP the domain&apos;s registrar and abuse contact and the network&apos;s abuse contact. Nothing is guessed: an address is given only when a source gives it. --update-bootstrap fetches IANA&apos;s current RDAP bootstrap files.</source>
        <translation>案件の最新の保存記録から調べます: プラットフォーム（Rakkan の通知窓口一覧による）、サイトの前段にある CDN（ヘッダーとアドレス範囲による）、そして RDAP によるドメインのレジストラと不正利用窓口、ネットワークの不正利用窓口。推測はしません。連絡先は、情報源が示した場合にだけ表示します。--update-bootstrap で IANA の最新の RDAP ブートストラップファイルを取得します。</translation>
    </message>
    <message>
        <source>The RDAP bootstrap files are up to date (%1).</source>
        <translation>RDAP ブートストラップファイルを最新にしました（%1）。</translation>
    </message>
    <message>
        <source>Case %1 has no capture of its page.</source>
        <translation>案件 %1 にはページの保存記録がありません。</translation>
    </message>
    <message>
        <source>Only the platform list and the CDN&apos;s clues; no RDAP.</source>
        <translation>プラットフォーム一覧と CDN の手がかりだけを使います（RDAP は使いません）。</translation>
    </message>
    <message>
        <source>Read the RDAP bootstrap files (dns.json, ipv4.json, ipv6.json) from FOLDER (a private registry).</source>
        <translation>RDAP ブートストラップファイル（dns.json、ipv4.json、ipv6.json）を FOLDER から読みます（独自のレジストリ向け）。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Fetch IANA&apos;s current RDAP bootstrap files first.</source>
        <translation>先に IANA の最新の RDAP ブートストラップファイルを取得します。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseLicense</name>
    <message>
        <source>Turn a case into a retroactive licence offer</source>
        <translation>案件を事後のライセンスのオファーに切り替えます</translation>
    </message>
    <message>
        <source>Drafts a licensing offer to the case&apos;s counterparty for the works it copies (edit it with &quot;offers edit&quot;) and moves the case to licensed.</source>
        <translation>案件の相手方に、コピーされた作品についてのライセンスのオファーを下書きし（「offers edit」で編集できます）、案件を「ライセンス済み」にします。</translation>
    </message>
    <message>
        <source>Case %1 is licensed: offer %2 is drafted (rakkan-cli offers show %2).</source>
        <translation>案件 %1 をライセンス済みにしました。オファー %2 を下書きしました（rakkan-cli offers show %2）。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseList</name>
    <message>
        <source>The cases, most pressing first</source>
        <translation>案件の一覧（急ぐものから）</translation>
    </message>
    <message>
        <source>Lists the cases: open ones by deadline first. --due shows only those whose deadline falls within DAYS days (or has passed); --repeat lists hosts and accounts with more than one case.</source>
        <translation>案件を一覧表示します。未完了のものを期限順に先に表示します。--due は期限が DAYS 日以内（または期限切れ）のものだけを、--repeat は案件が 2 件以上あるホストとアカウントを表示します。</translation>
    </message>
    <message>
        <source>%1: %2 cases, %3 removed</source>
        <translation>%1: 案件 %2 件、削除 %3 件</translation>
    </message>
    <message>
        <source>%1 on %2: %3 cases, %4 removed</source>
        <translation>%2 の %1: 案件 %3 件、削除 %4 件</translation>
    </message>
    <message>
        <source>No host or account has more than one case.</source>
        <translation>案件が 2 件以上あるホストやアカウントはありません。</translation>
    </message>
    <message>
        <source>--due takes a number of days.</source>
        <translation>--due には日数を指定してください。</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>案件はありません。</translation>
    </message>
    <message>
        <source>Only cases due within DAYS days.</source>
        <translation>期限が DAYS 日以内の案件だけ。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Hosts and accounts with more than one case.</source>
        <translation>案件が 2 件以上あるホストとアカウント。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseMark</name>
    <message>
        <source>Record a step of a case (sent, acknowledged, removed, …)</source>
        <translation>案件の進展を記録します（送付、受領確認、削除など）</translation>
    </message>
    <message>
        <source>Moves a case to STATUS, when its current state allows it, and sets the deadline that follows (for example the 10 business days after a DMCA counter-notice). Statuses: %1.</source>
        <translation>現在の状態から移れる場合に、案件を STATUS に進め、それに続く期限を設定します（たとえば DMCA の反論通知から 10 営業日）。状態: %1。</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>新しい状態を指定します。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Give a case&apos;s number and its new status.</source>
        <translation>案件の番号と新しい状態を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a case.</source>
        <translation>「%1」は案件の状態ではありません。</translation>
    </message>
    <message>
        <source>Use &quot;case license&quot; to turn a case into a licence offer.</source>
        <translation>案件をライセンスのオファーにするには「case license」を使ってください。</translation>
    </message>
    <message>
        <source>What happened, for the case&apos;s history.</source>
        <translation>何があったか（案件の履歴に残ります）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A case becomes &quot;%1&quot; when its evidence bag or notice is made (evidence create, notice draft).</source>
        <translation>案件が「%1」になるのは、証拠パッケージや通知を作ったときです（evidence create、notice draft）。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseOpen</name>
    <message>
        <source>Open a case from a web page that copies your works</source>
        <translation>作品をコピーしているウェブページから案件を開きます</translation>
    </message>
    <message>
        <source>Fetches the page (TLS verified, redirects recorded, size and time bounded), finds its pictures (img, srcset, og:image, image_src, CSS backgrounds), downloads them, matches each against the catalogue on this computer and proposes which works the page copies. The page, every answer&apos;s headers, the server&apos;s certificate chain and the pictures are kept as the case&apos;s first capture. No case is opened for a page nothing on which matches, or for a licensed use.</source>
        <translation>ページを取得し（TLS を検証、リダイレクトを記録、サイズと時間に上限あり）、その画像（img、srcset、og:image、image_src、CSS の背景）を見つけてダウンロードし、このコンピューター上でカタログと照合して、ページがどの作品をコピーしているかを提案します。ページ、すべての応答のヘッダー、サーバーの証明書チェーン、画像は、案件の最初の保存記録として残します。何も一致しないページや、許諾済みの利用には案件を開きません。</translation>
    </message>
    <message>
        <source>The page&apos;s address.</source>
        <translation>ページのアドレス。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give the address of one page.</source>
        <translation>ページのアドレスを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>--regime takes dmca, dsa or jp.</source>
        <translation>--regime には dmca、dsa、jp のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %n copy(ies) recorded. Next: freeze the evidence (rakkan-cli evidence create %1).</source>
        <translation>
            <numerusform>案件 %1: コピーを %n 件記録しました。次は証拠を保全してください（rakkan-cli evidence create %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture on the page copies a catalogued work: no case was opened.</source>
        <translation>ページ上に、カタログの作品をコピーした画像はありませんでした。案件は開いていません。</translation>
    </message>
    <message>
        <source>Nothing was recorded (--dry-run).</source>
        <translation>何も記録していません（--dry-run）。</translation>
    </message>
    <message>
        <source>The platform the page is on (default: from Rakkan&apos;s list).</source>
        <translation>ページのあるプラットフォーム（既定: Rakkan の一覧から）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The account or uploader that posted it.</source>
        <translation>投稿したアカウントまたはアップロード者。</translation>
    </message>
    <message>
        <source>The law a notice will go under: dmca, dsa or jp.</source>
        <translation>通知の根拠とする法律: dmca、dsa、jp。</translation>
    </message>
    <message>
        <source>LAW</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Only say which works the page copies.</source>
        <translation>ページがどの作品をコピーしているかを表示するだけにします。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseRecheck</name>
    <message>
        <source>Fetch a case&apos;s page again: still there, removed or changed</source>
        <translation>案件のページを再取得します: まだある、削除された、変わった</translation>
    </message>
    <message>
        <source>Fetches the case&apos;s page again and keeps the capture. Removed: the page answers 404 or 410, or none of the copies is on it any more; changed: it differs but still copies a work; present: the copies are still there. A notice&apos;s case found removed moves to removed; a removed case whose copies came back is opened again.</source>
        <translation>案件のページを再取得し、保存記録を残します。削除: ページが 404 か 410 を返す、またはコピーがどれも残っていない。変更: 内容は変わったが、まだ作品をコピーしている。存在: コピーがまだある。通知済みの案件で削除が確認されたら「削除済み」に進め、削除済みの案件でコピーが戻っていたら案件を再び開きます。</translation>
    </message>
    <message>
        <source>The copies are gone.</source>
        <translation>コピーはなくなっています。</translation>
    </message>
    <message>
        <source>The page changed but still copies your work.</source>
        <translation>ページは変わりましたが、まだ作品をコピーしています。</translation>
    </message>
    <message>
        <source>The copies are still there.</source>
        <translation>コピーはまだあります。</translation>
    </message>
    <message>
        <source>The page could not be reached: %1</source>
        <translation>ページに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1: %2</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseShow</name>
    <message>
        <source>A case: its copies, files, deadline and history</source>
        <translation>案件の詳細: コピー、ファイル、期限、履歴</translation>
    </message>
    <message>
        <source>  Platform: %1</source>
        <translation>  プラットフォーム: %1</translation>
    </message>
    <message>
        <source>  Account: %1</source>
        <translation>  アカウント: %1</translation>
    </message>
    <message>
        <source>  Law: %1</source>
        <translation>  適用法: %1</translation>
    </message>
    <message>
        <source>  First seen %1, last seen %2</source>
        <translation>  初回確認 %1、最終確認 %2</translation>
    </message>
    <message>
        <source>  Last re-check %1: %2</source>
        <translation>  最後の再確認 %1: %2</translation>
    </message>
    <message>
        <source>  Licence offer: %1</source>
        <translation>  ライセンスのオファー: %1</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>コピー:</translation>
    </message>
    <message>
        <source>work %1</source>
        <translation>作品 %1</translation>
    </message>
    <message>
        <source>a removed work</source>
        <translation>削除された作品</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>The history was changed outside Rakkan from event %1 on.</source>
        <translation>履歴は、項目 %1 以降が Rakkan の外で変更されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CaseViews</name>
    <message>
        <source>due %1: %2</source>
        <translation>期限 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 · %2 · %3 · %n copy(ies)</source>
        <translation>
            <numerusform>案件 %1 · %2 · %3 · コピー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no catalogued work</source>
        <translation>カタログの作品なし</translation>
    </message>
    <message>
        <source>work %1 &quot;%2&quot;: %3</source>
        <translation>作品 %1「%2」: %3</translation>
    </message>
    <message>
        <source>Name one case by its number.</source>
        <translation>案件を 1 つ、番号で指定してください。</translation>
    </message>
    <message>
        <source>The case&apos;s number.</source>
        <translation>案件の番号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CatalogFingerprintCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprinted %1 of %2 files...</source>
        <translation>%2 件中 %1 件のファイルのフィンガープリントを作成しました...</translation>
    </message>
    <message>
        <source>Fingerprinted %1 files; %2 could not be.</source>
        <translation>%1 件のファイルのフィンガープリントを作成しました。%2 件は作成できませんでした。</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>グループ %1:</translation>
    </message>
    <message>
        <source>No near duplicates in the catalogue.</source>
        <translation>カタログ内によく似た重複はありません。</translation>
    </message>
    <message>
        <source>  work %1 &quot;%2&quot;</source>
        <translation>  作品 %1「%2」</translation>
    </message>
    <message>
        <source>Computes the fingerprints and the ISCC of catalogued files that lack them (catalogues made by an older Rakkan), reading each original file again. A file that changed since it was catalogued is reported and left as it was.</source>
        <translation>カタログに登録されたファイルのうち、フィンガープリントや ISCC がないもの（古いバージョンの Rakkan で作成したカタログ）について、元のファイルを読み直してこれらを計算します。登録後に変更されたファイルは報告し、そのままにします。</translation>
    </message>
    <message>
        <source>Recompute the fingerprints and ISCC of every catalogued file.</source>
        <translation>カタログに登録されたすべてのファイルのフィンガープリントと ISCC を計算し直します。</translation>
    </message>
    <message>
        <source>Fingerprint files catalogued before fingerprints existed</source>
        <translation>フィンガープリント導入前に登録されたファイルのフィンガープリントを作成</translation>
    </message>
    <message>
        <source>List near duplicates inside the catalogue</source>
        <translation>カタログ内のよく似た重複を一覧表示</translation>
    </message>
    <message>
        <source>Lists groups of catalogued files that are copies of each other (re-exports, crops, turned scans, the same page saved twice, a panel saved on its own), decided as match decides.</source>
        <translation>カタログ内で互いに複製の関係にあるファイル（書き出し直し、トリミング、傾いたスキャン、二度保存された同じページ、単独で保存されたコマ）をグループにして一覧表示します。判定は match と同じです。</translation>
    </message>
    <message>
        <source>Comparing pictures: %1 of %2...</source>
        <translation>画像を比較しています: %2 件中 %1 件...</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CliContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The catalogue file to use.</source>
        <translation>使用するカタログファイルを指定します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print results as JSON for scripts.</source>
        <translation>結果をスクリプト向けに JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>詳しくは「%1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>--work takes a work number.</source>
        <translation>--work には作品の番号を指定してください。</translation>
    </message>
    <message>
        <source>A work, or several separated by commas (the option may repeat).</source>
        <translation>作品の番号。複数ならカンマで区切ります（オプションは繰り返し指定できます）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Choose the works: --all or --work.</source>
        <translation>作品を指定してください: --all または --work。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CommandRegistry</name>
    <message>
        <source>Usage: %1 ACTION [options]</source>
        <translation>使い方: %1 アクション [オプション]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Run &quot;%1 ACTION --help&quot; for the options of an action.</source>
        <translation>各アクションのオプションは「%1 アクション --help」で表示されます。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>「%1」という操作はありません。</translation>
    </message>
    <message>
        <source>Read, validate and sign Content Credentials (C2PA)</source>
        <translation>コンテンツ認証情報（C2PA）を読み取り、検証し、署名します</translation>
    </message>
    <message>
        <source>Name an action: show.</source>
        <translation>操作を指定してください: show</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::CredentialOptions</name>
    <message>
        <source>The identity that signs the Content Credentials (default: the default identity).</source>
        <translation>コンテンツ認証情報に署名するアイデンティティ（既定: 既定のアイデンティティ）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the identity key&apos;s passphrase from the first line of FILE.</source>
        <translation>アイデンティティの鍵のパスフレーズを FILE の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also sign Content Credentials (C2PA) into JPEG, PNG and WebP copies, with the AI training and data-mining choices of each work&apos;s policy.</source>
        <translation>JPEG・PNG・WebP のコピーに、各作品のポリシーによる AI の学習とデータマイニングの選択を記した、署名付きのコンテンツ認証情報（C2PA）も付けます。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::EvidenceCommands</name>
    <message>
        <source>Freeze a case&apos;s evidence in a signed, time-stamped bag</source>
        <translation>案件の証拠を、署名とタイムスタンプ付きのパッケージに保全します</translation>
    </message>
    <message>
        <source>Writes a BagIt 1.0 zip a lawyer, platform or court can check without Rakkan: the page as captured (HTML, every answer&apos;s headers and address, the TLS certificate chain, the pictures), the match report with side-by-side and difference images, the works (their files with --originals, else only their hashes), fingerprints, ISCC-CODEs, declarations and receipts, the reservation in force, the licensing history with that party, the case&apos;s custody log and a one-page summary in Japanese and English. The tag manifest is signed with your identity and, with --tsa, time-stamped by that RFC 3161 authority.</source>
        <translation>弁護士、プラットフォーム、裁判所が Rakkan なしで確認できる BagIt 1.0 の zip を書き出します。中身: 保存したページ（HTML、すべての応答のヘッダーとアドレス、TLS 証明書チェーン、画像）、並べた画像と差分画像付きの照合レポート、作品（--originals ならファイル、なければハッシュだけ）、フィンガープリント、ISCC-CODE、宣言と受領証、有効な権利留保、その相手とのライセンスの経緯、案件の管理記録、日本語と英語の 1 ページの概要。タグマニフェストにはあなたのアイデンティティで署名し、--tsa があればその RFC 3161 タイムスタンプ局がタイムスタンプを付けます。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--tsa takes the authority&apos;s http(s) address.</source>
        <translation>--tsa にはタイムスタンプ局の http(s) アドレスを指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Sealing the evidence of case %1 …</source>
        <translation>案件 %1 の証拠を封印しています…</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of case %1 sealed in %2 (%n file(s)).</source>
        <translation>
            <numerusform>案件 %1 の証拠を %2 に封印しました（ファイル %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag manifest SHA-256: %1</source>
        <translation>タグマニフェストの SHA-256: %1</translation>
    </message>
    <message>
        <source>Time-stamped at %1 (UTC) by %2.</source>
        <translation>%2 が %1（UTC）のタイムスタンプを付けました。</translation>
    </message>
    <message>
        <source>Not time-stamped: give an RFC 3161 authority with --tsa to prove when it was sealed.</source>
        <translation>タイムスタンプはありません。封印した日時を証明するには、--tsa で RFC 3161 タイムスタンプ局を指定してください。</translation>
    </message>
    <message>
        <source>The RFC 3161 time-stamping authority&apos;s address (remembered for the next bag).</source>
        <translation>RFC 3161 タイムスタンプ局のアドレス（次回のために記憶します）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Do not time-stamp this bag.</source>
        <translation>このパッケージにはタイムスタンプを付けません。</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in FILE for the connection to the time-stamping authority.</source>
        <translation>タイムスタンプ局への接続では FILE の認証局も信頼します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Include the works&apos; own files (by default only their hashes).</source>
        <translation>作品のファイルそのものを含めます（既定ではハッシュだけ）。</translation>
    </message>
    <message>
        <source>The identity that signs the bag (default: the default identity).</source>
        <translation>パッケージに署名するアイデンティティ（既定: 既定のアイデンティティ）。</translation>
    </message>
    <message>
        <source>Read the identity key&apos;s passphrase from the first line of FILE.</source>
        <translation>アイデンティティの鍵のパスフレーズを FILE の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Where to write the bag (default: beside the catalogue).</source>
        <translation>パッケージの書き出し先（既定: カタログの隣）。</translation>
    </message>
    <message>
        <source>Include a crawler-log audit (the text of &quot;logs audit&quot;).</source>
        <translation>クローラーのログ監査（「logs audit」の結果）を含めます。</translation>
    </message>
    <message>
        <source>Check an evidence bag, offline</source>
        <translation>証拠パッケージをオフラインで検証します</translation>
    </message>
    <message>
        <source>Checks every file&apos;s SHA-256 against the bag&apos;s manifests, that nothing is missing or added, the signature over the tag manifest, and the time-stamp against the authority&apos;s certificate given with --tsa-cert. Names each check that fails. Needs no catalogue.</source>
        <translation>すべてのファイルの SHA-256 をパッケージのマニフェストと照合し、欠けたファイルや追加されたファイルがないこと、タグマニフェストへの署名、そして --tsa-cert で指定したタイムスタンプ局の証明書に対するタイムスタンプを確認します。失敗した確認項目を一つずつ示します。カタログは不要です。</translation>
    </message>
    <message>
        <source>The bag&apos;s zip file.</source>
        <translation>パッケージの zip ファイル。</translation>
    </message>
    <message>
        <source>BAG</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Name one bag.</source>
        <translation>パッケージを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The bag holds.</source>
        <translation>このパッケージは有効です。</translation>
    </message>
    <message>
        <source>The bag does not hold.</source>
        <translation>このパッケージは有効ではありません。</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s certificate, or its CA&apos;s (PEM).</source>
        <translation>タイムスタンプ局の証明書、またはその認証局の証明書（PEM）。</translation>
    </message>
    <message>
        <source>Evidence bags: freeze a case&apos;s evidence and check a bag</source>
        <translation>証拠パッケージ: 案件の証拠を保全し、パッケージを検証します</translation>
    </message>
    <message>
        <source>Name an action: create or verify.</source>
        <translation>操作を指定してください: create または verify。</translation>
    </message>
    <message>
        <source>The did:key the bag must be signed with (the creator&apos;s published key).</source>
        <translation>パッケージの署名に使われているべき did:key（作者が公開している鍵）。</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::FingerprintCommands</name>
    <message>
        <source>Prints the PDQ fingerprint of each file: hash, quality (0-100; below 50 is too flat to trust) and path. Nothing is added to the catalogue.</source>
        <translation>各ファイルの PDQ フィンガープリントとして、ハッシュ、品質（0〜100。50 未満は画像が平坦すぎて信頼できません）、パスを出力します。カタログには何も追加しません。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Image files.</source>
        <translation>画像ファイルを指定します。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Unknown algorithm &quot;%1&quot;; use pdq or pdq-exact.</source>
        <translation>「%1」というアルゴリズムはありません。pdq または pdq-exact を指定してください。</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>画像ファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Says which catalogued works each image comes from, even re-saved, resized, cropped, mirrored, rotated, framed or a single panel of a page.</source>
        <translation>各画像がカタログ内のどの作品に由来するかを示します。再保存、リサイズ、トリミング、反転、回転、枠付けされた画像や、ページから 1 コマだけを切り出した画像でも判定できます。</translation>
    </message>
    <message>
        <source>Image files to check.</source>
        <translation>確認する画像ファイルを指定します。</translation>
    </message>
    <message>
        <source>%1: no catalogued work matches.</source>
        <translation>%1: 一致する作品はカタログにありません。</translation>
    </message>
    <message>
        <source>Audits a folder (a downloaded dataset sample, scraped images) for copies of your works. Only files that match are printed, as they are found; progress goes to stderr. --json prints one JSON object a line.</source>
        <translation>フォルダー（ダウンロードしたデータセットのサンプルや、スクレイピングで収集された画像など）に作品の複製が含まれていないかを調べます。出力するのは一致したファイルだけで、見つかり次第表示します。進行状況は標準エラー出力（stderr）に表示します。--json を指定すると、1 行に 1 つの JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Print CSV (safe to open in a spreadsheet).</source>
        <translation>CSV 形式で出力します（表計算ソフトで開いても安全です）。</translation>
    </message>
    <message>
        <source>The folder to audit.</source>
        <translation>調べるフォルダーを指定します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Name one folder to audit.</source>
        <translation>調べるフォルダーを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>--json と --csv は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Scanned %1 of %2 files...</source>
        <translation>%2 件中 %1 件のファイルを調べました...</translation>
    </message>
    <message>
        <source>%1 of %2 files match your works; %3 could not be read.</source>
        <translation>%2 件中 %1 件のファイルが作品と一致しました。%3 件は読み取れませんでした。</translation>
    </message>
    <message>
        <source>Print the PDQ fingerprint of image files</source>
        <translation>画像ファイルの PDQ フィンガープリントを出力</translation>
    </message>
    <message>
        <source>Say which of your works an image comes from</source>
        <translation>画像がどの作品に由来するかを判定</translation>
    </message>
    <message>
        <source>Audit a folder for copies of your works</source>
        <translation>フォルダー内に作品の複製がないかを調査</translation>
    </message>
    <message>
        <source>work %1 &quot;%2&quot;: %3</source>
        <translation>作品 %1「%2」: %3</translation>
    </message>
    <message>
        <source>pdq (fast: JPEGs read for brightness at reduced scale, a progressive JPEG from its first scans; a few bits from the exact hash) or pdq-exact (bit-identical with Meta&apos;s reference). Default: pdq.</source>
        <translation>pdq（高速: JPEG の明るさだけを縮小して読み、プログレッシブ JPEG は最初のスキャンだけを読みます。厳密なハッシュとの差は数ビットです）または pdq-exact（Meta のリファレンス実装とビット単位で一致）を指定します（既定: pdq）。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::IdentityCommands</name>
    <message>
        <source>Make a new signing key on this computer</source>
        <translation>このコンピューター上で新しい署名鍵を作成</translation>
    </message>
    <message>
        <source>List the identities of the catalogue</source>
        <translation>カタログのアイデンティティを一覧表示</translation>
    </message>
    <message>
        <source>Public key, did:key, controller and DID document</source>
        <translation>公開鍵、did:key、コントローラー、DID ドキュメントを表示</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the private key</source>
        <translation>秘密鍵を暗号化してバックアップ</translation>
    </message>
    <message>
        <source>Restore a key from its backup</source>
        <translation>バックアップから鍵を復元</translation>
    </message>
    <message>
        <source>Sign with this identity unless a work names another</source>
        <translation>作品で別の指定がない限り、このアイデンティティで署名</translation>
    </message>
    <message>
        <source>Bind a did:web (your site) to the key</source>
        <translation>鍵に did:web（あなたのサイト）を関連付け</translation>
    </message>
    <message>
        <source>Forget an identity and delete its private key</source>
        <translation>アイデンティティを破棄し、その秘密鍵を削除</translation>
    </message>
    <message>
        <source>Say what to do with identities.</source>
        <translation>identity に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from the first line of FILE (keys kept in a key file; never give a passphrase on the command line).</source>
        <translation>鍵のパスフレーズを FILE の 1 行目から読み込みます（鍵ファイルに保管された鍵の場合。パスフレーズをコマンドラインで直接指定しないでください）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Where to keep the private key: keychain (the system keychain), file (a passphrase-protected key file) or auto (the keychain when there is one). Default: auto.</source>
        <translation>秘密鍵の保管場所を keychain（システムのキーチェーン）、file（パスフレーズで保護された鍵ファイル）、auto（キーチェーンがあればキーチェーン）のいずれかで指定します（既定: auto）。</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Unknown storage &quot;%1&quot;; use keychain, file or auto.</source>
        <translation>「%1」という保管場所はありません。keychain、file、auto のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>パスフレーズで保護された鍵ファイル</translation>
    </message>
    <message>
        <source>Keep the backup file and its passphrase somewhere safe (not only on this computer). If the key is lost, declarations signed with it can no longer be updated or withdrawn.</source>
        <translation>バックアップファイルとそのパスフレーズは、このコンピューター以外の安全な場所にも保管してください。鍵を失うと、その鍵で署名した宣言を更新することも撤回することもできなくなります。</translation>
    </message>
    <message>
        <source>Makes a new Ed25519 signing key on this computer. The private key stays here: in the system keychain, or in a key file encrypted with a passphrase where there is no keychain.</source>
        <translation>このコンピューター上で新しい Ed25519 署名鍵を作成します。秘密鍵はこのコンピューターに保管されます。保管先はシステムのキーチェーン、キーチェーンがない場合はパスフレーズで暗号化された鍵ファイルです。</translation>
    </message>
    <message>
        <source>A did:web naming your site, bound to the key.</source>
        <translation>鍵に関連付ける、あなたのサイトを示す did:web を指定します。</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>The artist&apos;s or studio&apos;s name.</source>
        <translation>作家名またはスタジオ名を指定します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give the identity a name.</source>
        <translation>アイデンティティの名前を指定してください。</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>新しい鍵のパスフレーズ: </translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公開鍵: %1</translation>
    </message>
    <message>
        <source>Next: back it up with &quot;%1 identity export %2 -o FILE&quot;. %3</source>
        <translation>次に「%1 identity export %2 -o FILE」でバックアップしてください。%3</translation>
    </message>
    <message>
        <source>Lists the signing identities of the catalogue.</source>
        <translation>カタログの署名用アイデンティティを一覧表示します。</translation>
    </message>
    <message>
        <source>No identities yet. Create one with &quot;%1 identity create NAME&quot;.</source>
        <translation>アイデンティティはまだありません。「%1 identity create NAME」で作成してください。</translation>
    </message>
    <message>
        <source>(no backup yet)</source>
        <translation>（バックアップ未作成）</translation>
    </message>
    <message>
        <source>Shows an identity (the default when none is named): its public key, did:key, controller, and the DID document to publish on your site for the controller.</source>
        <translation>アイデンティティ（指定しない場合は既定のアイデンティティ）の公開鍵、did:key、コントローラーと、コントローラーとしてあなたのサイトで公開する DID ドキュメントを表示します。</translation>
    </message>
    <message>
        <source>Number or name.</source>
        <translation>番号または名前を指定します。</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>Identity %1: %2%3</source>
        <translation>アイデンティティ %1: %2%3</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (既定)</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>公開鍵:         %1</translation>
    </message>
    <message>
        <source>did:key:     %1</source>
        <translation>did:key:        %1</translation>
    </message>
    <message>
        <source>Key kept in: %1</source>
        <translation>鍵の保管場所:   %1</translation>
    </message>
    <message>
        <source>Backup:      none yet. %1</source>
        <translation>バックアップ:   まだありません。%1</translation>
    </message>
    <message>
        <source>Backup:      exported %1</source>
        <translation>バックアップ:   %1 に書き出し済み</translation>
    </message>
    <message>
        <source>Controller:  none (bind your site with &quot;identity controller %1 did:web:your.site&quot;)</source>
        <translation>コントローラー: なし（「identity controller %1 did:web:your.site」であなたのサイトを関連付けられます）</translation>
    </message>
    <message>
        <source>Controller:  %1</source>
        <translation>コントローラー: %1</translation>
    </message>
    <message>
        <source>Publish this document at %1:</source>
        <translation>このドキュメントを %1 で公開してください:</translation>
    </message>
    <message>
        <source>Writes an encrypted backup of an identity&apos;s private key, under a passphrase of its own.</source>
        <translation>アイデンティティの秘密鍵を、バックアップ専用のパスフレーズで暗号化してバックアップファイルに書き出します。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>書き出すバックアップファイルを指定します。</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from the first line of FILE.</source>
        <translation>バックアップのパスフレーズを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <source>Name the backup file with --output.</source>
        <translation>バックアップファイルを --output で指定してください。</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>鍵のパスフレーズ: </translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>バックアップ用のパスフレーズ: </translation>
    </message>
    <message>
        <source>Backup of &quot;%1&quot; written to %2. %3</source>
        <translation>「%1」のバックアップを %2 に書き出しました。%3</translation>
    </message>
    <message>
        <source>Restores an identity&apos;s private key from its backup file.</source>
        <translation>バックアップファイルからアイデンティティの秘密鍵を復元します。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>バックアップファイルを指定します。</translation>
    </message>
    <message>
        <source>Name one backup file.</source>
        <translation>バックアップファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The backup file %1 could not be read: %2</source>
        <translation>バックアップファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>バックアップのパスフレーズ: </translation>
    </message>
    <message>
        <source>Passphrase for the key on this computer: </source>
        <translation>このコンピューターで使う鍵のパスフレーズ: </translation>
    </message>
    <message>
        <source>Makes an identity the one that signs unless a work names another.</source>
        <translation>アイデンティティを既定に設定します。作品で別のアイデンティティが指定されていない限り、このアイデンティティで署名します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name the identity.</source>
        <translation>アイデンティティを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now signs by default.</source>
        <translation>「%1」を既定の署名用アイデンティティに設定しました。</translation>
    </message>
    <message>
        <source>Binds a did:web (a DID naming your site) to an identity, or removes it with --clear. Then publish the DID document &quot;identity show&quot; prints at the address it gives.</source>
        <translation>アイデンティティに did:web（あなたのサイトを示す DID）を関連付けます。--clear を指定すると関連付けを解除します。関連付けた後は、「identity show」が出力する DID ドキュメントを、そこに示されたアドレスで公開してください。</translation>
    </message>
    <message>
        <source>Remove the controller.</source>
        <translation>コントローラーの関連付けを解除します。</translation>
    </message>
    <message>
        <source>For example did:web:example.com.</source>
        <translation>did:web:example.com などを指定します。</translation>
    </message>
    <message>
        <source>Give the identity and the did:web (or --clear).</source>
        <translation>アイデンティティと did:web（または --clear）を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no controller now.</source>
        <translation>「%1」のコントローラーの関連付けを解除しました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is controlled by %2. Publish the DID document (&quot;identity show %3&quot;) at %4.</source>
        <translation>「%1」のコントローラーを %2 に設定しました。DID ドキュメント（「identity show %3」で表示されます）を %4 で公開してください。</translation>
    </message>
    <message>
        <source>Forgets an identity and deletes its private key from this computer. Declarations it signed stay valid, but can no longer be updated unless you keep a backup.</source>
        <translation>アイデンティティを破棄し、その秘密鍵をこのコンピューターから削除します。このアイデンティティで署名した宣言は引き続き有効ですが、バックアップを保管していない限り、更新できなくなります。</translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation>削除を確定します。</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; deletes its private key. %2 Add --yes to confirm.</source>
        <translation>「%1」を削除すると、その秘密鍵も削除されます。%2 削除してよければ --yes を付けて実行してください。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Create, list, back up or restore your signing keys</source>
        <translation>署名鍵の作成・一覧表示・バックアップ・復元</translation>
    </message>
    <message>
        <source>Created identity %1 &quot;%2&quot;, its key kept in the system keychain.</source>
        <translation>アイデンティティ %1「%2」を作成しました。鍵はシステムのキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>Created identity %1 &quot;%2&quot;, its key kept in a passphrase-protected key file.</source>
        <translation>アイデンティティ %1「%2」を作成しました。鍵はパスフレーズで保護された鍵ファイルに保管されています。</translation>
    </message>
    <message>
        <source>Restored identity %1 &quot;%2&quot; (%3), its key kept in the system keychain.</source>
        <translation>アイデンティティ %1「%2」（%3）を復元しました。鍵はシステムのキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>Restored identity %1 &quot;%2&quot; (%3), its key kept in a passphrase-protected key file.</source>
        <translation>アイデンティティ %1「%2」（%3）を復元しました。鍵はパスフレーズで保護された鍵ファイルに保管されています。</translation>
    </message>
    <message>
        <source>The certificate that signs Content Credentials (C2PA)</source>
        <translation>コンテンツ認証情報（C2PA）に署名する証明書</translation>
    </message>
    <message>
        <source>Shows the certificate an identity signs Content Credentials with, making it on first use. By default Rakkan issues it itself, for the identity&apos;s own key: viewers then see the credential as valid, signed by a certificate they do not know, until they choose to trust the root you give them (--root). A certificate from a CA on the C2PA trust list can be imported instead: --import CHAIN.pem KEY.pem.</source>
        <translation>アイデンティティがコンテンツ認証情報への署名に使う証明書を表示します。初めて使うときに作成します。既定では Rakkan がそのアイデンティティ自身の鍵に対して発行します。この場合、閲覧する人には「有効だが、知らない証明書による署名」と表示されます。あなたが渡すルート証明書（--root）を相手が信頼すると決めれば、信頼済みになります。C2PA トラストリストに載っている認証局の証明書を代わりに取り込むこともできます: --import CHAIN.pem KEY.pem</translation>
    </message>
    <message>
        <source>--import takes the certificate chain, then the private key: --import CHAIN.pem KEY.pem.</source>
        <translation>--import には証明書チェーン、続けて秘密鍵を指定します: --import CHAIN.pem KEY.pem</translation>
    </message>
    <message>
        <source>An imported certificate has no root of Rakkan&apos;s to give out; its CA publishes its own.</source>
        <translation>取り込んだ証明書には、Rakkan が渡せるルート証明書はありません。ルート証明書はその認証局が公開しています。</translation>
    </message>
    <message>
        <source>Content Credentials of &quot;%1&quot; are signed by:</source>
        <translation>「%1」のコンテンツ認証情報の署名に使う証明書:</translation>
    </message>
    <message>
        <source>  Subject:      %1</source>
        <translation>  主体:         %1</translation>
    </message>
    <message>
        <source>  Issued by:    %1%2</source>
        <translation>  発行者:       %1%2</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation>（取り込み）</translation>
    </message>
    <message>
        <source>  Valid until:  %1</source>
        <translation>  有効期限:     %1</translation>
    </message>
    <message>
        <source>Viewers see credentials signed with it as valid, from a signer they do not know (not on the C2PA trust list). Someone who wants to recognise you can trust your root certificate: write it out with --root FILE and send it to them.</source>
        <translation>この証明書で署名した認証情報は、閲覧する人には「有効だが、知らない署名者による」と表示されます（C2PA トラストリストには載っていません）。あなたを確認したい相手には、ルート証明書を信頼してもらえます。--root FILE で書き出して渡してください。</translation>
    </message>
    <message>
        <source>Root certificate written to %1.</source>
        <translation>ルート証明書を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or a key.</source>
        <translation>%1 は証明書や鍵としては大きすぎます。</translation>
    </message>
    <message>
        <source>Import a certificate chain (PEM, leaf first) from another CA; the private key&apos;s PEM file follows as the last argument.</source>
        <translation>他の認証局の証明書チェーン（PEM、末端の証明書から順に）を取り込みます。秘密鍵の PEM ファイルを最後の引数に指定します。</translation>
    </message>
    <message>
        <source>CHAIN</source>
        <translation>CHAIN</translation>
    </message>
    <message>
        <source>Issue a new certificate from Rakkan&apos;s own authority (replaces an imported one).</source>
        <translation>Rakkan 自身の認証局で新しい証明書を発行します（取り込んだ証明書は置き換えます）。</translation>
    </message>
    <message>
        <source>Write the root certificate to FILE, for viewers who choose to trust you.</source>
        <translation>あなたを信頼すると決めた閲覧者のために、ルート証明書を FILE に書き出します。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::ImportCommand</name>
    <message>
        <source>Adds image files and folders (searched recursively) to the catalogue. Original files are only read, never changed or moved. A file already in the catalogue is reported with the work that holds it.</source>
        <translation>画像ファイルとフォルダー（サブフォルダーも含めて検索します）をカタログに追加します。元のファイルは読み取るだけで、変更や移動は一切しません。すでにカタログに登録されているファイルは、登録先の作品とともに表示します。</translation>
    </message>
    <message>
        <source>Make each folder one work whose files are its pages in name order (a manga chapter).</source>
        <translation>フォルダーごとに 1 つの作品とし、中のファイルを名前順にページとして登録します（マンガの 1 話分）。</translation>
    </message>
    <message>
        <source>Decode on N threads (default: one per core).</source>
        <translation>N 個のスレッドでデコードします（既定: CPU コアごとに 1 つ）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Files and folders to import.</source>
        <translation>取り込むファイルやフォルダーを指定します。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation>取り込むファイルまたはフォルダーを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation>--threads には 1 から 256 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>Importing %1 of %2 files...</source>
        <translation>%2 件中 %1 件目のファイルを取り込んでいます...</translation>
    </message>
    <message>
        <source>Failed: %1
    %2</source>
        <translation>失敗: %1
    %2</translation>
    </message>
    <message>
        <source>Add image files and folders to the catalogue</source>
        <translation>画像ファイルやフォルダーをカタログに追加</translation>
    </message>
    <message>
        <source>Already catalogued (work %1, &quot;%2&quot;): %3</source>
        <translation>登録済み（作品 %1「%2」）: %3</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::IsccCommand</name>
    <message>
        <source>Prints the ISCC (ISO 24138) of each file: the ISCC-CODE and its units (Meta, Content, Data, Instance) with the BLAKE3 datahash. Computed on this computer; nothing is added to the catalogue.</source>
        <translation>各ファイルの ISCC（ISO 24138）として、ISCC-CODE とその構成ユニット（Meta、Content、Data、Instance）、および BLAKE3 の datahash を出力します。計算はこのコンピューター上で行い、カタログには何も追加しません。</translation>
    </message>
    <message>
        <source>Include a Meta-Code made from this title (as the catalogue does).</source>
        <translation>このタイトルから作成した Meta-Code を含めます（カタログと同じ方法）。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Image files.</source>
        <translation>画像ファイルを指定します。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Name at least one image file.</source>
        <translation>画像ファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ISCC-CODE</source>
        <translation>ISCC-CODE</translation>
    </message>
    <message>
        <source>Meta-Code</source>
        <translation>Meta-Code</translation>
    </message>
    <message>
        <source>Content-Code</source>
        <translation>Content-Code</translation>
    </message>
    <message>
        <source>Data-Code</source>
        <translation>Data-Code</translation>
    </message>
    <message>
        <source>Instance-Code</source>
        <translation>Instance-Code</translation>
    </message>
    <message>
        <source>datahash</source>
        <translation>datahash</translation>
    </message>
    <message>
        <source>Print the ISCC-CODE (ISO 24138) of image files</source>
        <translation>画像ファイルの ISCC-CODE（ISO 24138）を出力</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::LogsCommand</name>
    <message>
        <source>Which AI crawlers fetched your works after the reservation</source>
        <translation>権利留保の後に、どの AI クローラーが作品を取得したか</translation>
    </message>
    <message>
        <source>Access log files.</source>
        <translation>アクセスログのファイル。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Name at least one log file.</source>
        <translation>ログファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--since takes a date or a date and time (2025-04-01 or 2025-04-01T09:00:00Z).</source>
        <translation>--since には日付または日時を指定してください（2025-04-01 または 2025-04-01T09:00:00Z）。</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読んでいます…</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>Reservation in force since %1 (UTC).</source>
        <translation>権利留保は %1（UTC）から有効です。</translation>
    </message>
    <message>
        <source>When the reservation was published.</source>
        <translation>権利留保を公開した日時。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>A crawler&apos;s robots.txt token to look for (repeatable; default: your policy&apos;s list).</source>
        <translation>探すクローラーの robots.txt トークン（複数指定可。既定: ポリシーの一覧）。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Only your publications on this host.</source>
        <translation>このホスト上の公開先だけ。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Also write the report to FILE (for &quot;evidence create --crawler-report&quot;).</source>
        <translation>レポートを FILE にも書き出します（「evidence create --crawler-report」用）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Your web server&apos;s logs as evidence</source>
        <translation>ウェブサーバーのログを証拠に</translation>
    </message>
    <message>
        <source>Name an action: audit.</source>
        <translation>操作を指定してください: audit。</translation>
    </message>
    <message>
        <source>Reads your web server&apos;s access logs (nginx or Apache &quot;combined&quot; format, .gz too), line by line in bounded memory, and reports for each AI crawler of your policy&apos;s list (or --crawler) its requests, and which works&apos; pages and pictures it fetched after the reservation was published (--since; by default when the policy was last saved in Rakkan). A work&apos;s addresses are its publications&apos; (works edit --publication). --out keeps the report for an evidence bag.</source>
        <translation>ウェブサーバーのアクセスログ（nginx または Apache の「combined」形式、.gz も可）を、限られたメモリで 1 行ずつ読み、ポリシーの一覧（または --crawler）にある AI クローラーごとに、そのリクエストと、権利留保の公開後（--since。既定は Rakkan でポリシーを最後に保存した日時）にどの作品のページや画像を取得したかを報告します。作品のアドレスは、その公開先（works edit --publication）です。--out でレポートを証拠パッケージ用に保存します。</translation>
    </message>
    <message>
        <source>This catalogue has no reservation policy yet: give --since, the date you published your reservation.</source>
        <translation>このカタログにはまだ権利留保ポリシーがありません。--since で、権利留保を公開した日付を指定してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::Main</name>
    <message>
        <source>Rakkan catalogues your artworks on your own computer and helps you say how AI may use them.</source>
        <translation>Rakkan はお使いのコンピューター上で作品をカタログに整理し、AI による作品の利用について意思を示すのを助けます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>各コマンドのオプションは「%1 COMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>The catalogue file to use (default: $RAKKAN_CATALOG, else %1).</source>
        <translation>使用するカタログファイルを指定します（既定: $RAKKAN_CATALOG、未設定の場合は %1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print results as JSON for scripts.</source>
        <translation>結果をスクリプト向けに JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>COMMAND [オプション]</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>詳しくは「%1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::NoticeCommands</name>
    <message>
        <source>Draft a takedown notice for a case</source>
        <translation>案件の削除通知を下書きします</translation>
    </message>
    <message>
        <source>Drafts the notice with every element the law requires: DMCA §512(c)(3) (or §512(d) for a search engine), the DSA&apos;s Article 16(2), or Japan&apos;s 送信防止措置依頼. Writes plain text, an .eml to open in your mail program, or a PDF. Rakkan never sends it: you do. The complainant&apos;s details are set with &quot;notice complainant&quot;.</source>
        <translation>法律が求める要素をすべて備えた通知を下書きします: DMCA §512(c)(3)（検索エンジンには §512(d)）、DSA 第 16 条第 2 項、または日本の送信防止措置依頼。プレーンテキスト、メールソフトで開く .eml、PDF のいずれかで書き出します。Rakkan が送ることはありません。送るのはあなたです。申立人の情報は「notice complainant」で設定します。</translation>
    </message>
    <message>
        <source>--format takes text, eml or pdf.</source>
        <translation>--format には text、eml、pdf のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--language takes en, ja or both.</source>
        <translation>--language には en、ja、both のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--regime takes dmca, dsa or jp.</source>
        <translation>--regime には dmca、dsa、jp のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Notice for case %1 drafted in %2.</source>
        <translation>案件 %1 の通知を %2 に下書きしました。</translation>
    </message>
    <message>
        <source>The evidence of case %1 is not frozen yet: run &quot;evidence create %1&quot; before sending, since the page can change once the poster is told.</source>
        <translation>案件 %1 の証拠はまだ保全されていません。投稿者に知らされるとページが変わることがあるので、送る前に「evidence create %1」を実行してください。</translation>
    </message>
    <message>
        <source>The notice is incomplete: it needs %1 (set them with &quot;notice complainant&quot;). A notice without the elements the law requires may not count.</source>
        <translation>通知が完全ではありません。%1 が必要です（「notice complainant」で設定してください）。法律が求める要素を欠く通知は、有効と認められないことがあります。</translation>
    </message>
    <message>
        <source>dmca, dsa or jp (default: the case&apos;s).</source>
        <translation>dmca、dsa、jp のいずれか（既定: 案件の設定）。</translation>
    </message>
    <message>
        <source>LAW</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>en, ja or both (default: what the recipient reads).</source>
        <translation>en、ja、both のいずれか（既定: 受け手の言語）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>text (default), eml or pdf.</source>
        <translation>text（既定）、eml、pdf のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The recipient&apos;s address for the .eml.</source>
        <translation>.eml の宛先アドレス。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Where to write it (&quot;-&quot;: print it).</source>
        <translation>書き出し先（「-」なら画面に表示）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The recipient is a search engine (DMCA §512(d): links, not material).</source>
        <translation>受け手は検索エンジンです（DMCA §512(d): 素材ではなくリンクを対象にします）。</translation>
    </message>
    <message>
        <source>Japan: do not agree to the request being forwarded to the poster.</source>
        <translation>日本: 依頼内容を発信者に通知することに同意しません。</translation>
    </message>
    <message>
        <source>Japan: agree to your name being disclosed to the poster.</source>
        <translation>日本: 氏名を発信者に開示することに同意します。</translation>
    </message>
    <message>
        <source>Show or set who notices are drafted for</source>
        <translation>通知の申立人を表示または設定します</translation>
    </message>
    <message>
        <source>The name, postal address, telephone number and e-mail address a notice needs (the DMCA and Japan&apos;s form ask for all four; the DSA for the name and e-mail). Kept in the catalogue, never sent anywhere by Rakkan. Notices may be republished (Lumen): give contact details you are willing to see public.</source>
        <translation>通知に必要な氏名、住所、電話番号、メールアドレスです（DMCA と日本の様式は 4 つすべてを、DSA は氏名とメールアドレスを求めます）。カタログに保存し、Rakkan がどこかへ送ることはありません。通知は公開されることがあります（Lumen）。公開されてもよい連絡先を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Name: %1
Name in Latin letters: %2
Address: %3
Telephone: %4
E-mail: %5
Acts for: %6</source>
        <translation>氏名: %1
ローマ字の氏名: %2
住所: %3
電話番号: %4
メール: %5
代理する権利者: %6</translation>
    </message>
    <message>
        <source>Your name as on your ID.</source>
        <translation>本人確認書類どおりの氏名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Your name in Latin letters.</source>
        <translation>ローマ字の氏名。</translation>
    </message>
    <message>
        <source>Your postal address.</source>
        <translation>住所。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Your telephone number.</source>
        <translation>電話番号。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>The rights holder you act for, when it is not you.</source>
        <translation>あなた以外の権利者の代理をする場合、その権利者。</translation>
    </message>
    <message>
        <source>Takedown notices under the DMCA, the DSA and Japan&apos;s law</source>
        <translation>DMCA、DSA、日本の法律に基づく削除通知</translation>
    </message>
    <message>
        <source>Name an action: draft or complainant.</source>
        <translation>操作を指定してください: draft または complainant。</translation>
    </message>
    <message>
        <source>The case&apos;s number; several cases on one site make one notice.</source>
        <translation>案件の番号。同じサイトの案件を複数指定すると、1 通の通知にまとめます。</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::OfferCommands</name>
    <message>
        <source>The offers, with status, deadline and flags</source>
        <translation>オファーを状態・回答期限・注意点とともに一覧表示</translation>
    </message>
    <message>
        <source>One offer&apos;s terms and red flags</source>
        <translation>オファーの条件と注意点を表示</translation>
    </message>
    <message>
        <source>Record an offer</source>
        <translation>オファーを記録</translation>
    </message>
    <message>
        <source>Move an offer on (countered, accepted, ...)</source>
        <translation>オファーの状態を変更（countered、accepted など）</translation>
    </message>
    <message>
        <source>Record a co-rights-holder&apos;s approval</source>
        <translation>共同権利者の承認を記録</translation>
    </message>
    <message>
        <source>Say what to do with offers.</source>
        <translation>offers に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Record money received</source>
        <translation>入金を記録</translation>
    </message>
    <message>
        <source>The ledger, with totals</source>
        <translation>入金記録を合計とともに表示</translation>
    </message>
    <message>
        <source>Say what to do with payments.</source>
        <translation>payments に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Lists the offers: status, deadline, and how many red flags each raises.</source>
        <translation>オファーを一覧表示します。各オファーの状態、回答期限、注意点の件数を表示します。</translation>
    </message>
    <message>
        <source>Flag offers paying less per work per year, e.g. &quot;20000 JPY&quot;.</source>
        <translation>作品 1 点・1 年あたりの最低額を指定します。支払額がこれを下回るオファーを注意点として示します（例: &quot;20000 JPY&quot;）。</translation>
    </message>
    <message>
        <source>AMOUNT CURRENCY</source>
        <translation>AMOUNT CURRENCY</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s)</source>
        <translation>
            <numerusform>注意点 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows an offer&apos;s terms, its history and its red flags.</source>
        <translation>オファーの条件、履歴、注意点を表示します。</translation>
    </message>
    <message>
        <source>The offer.</source>
        <translation>オファーを指定します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give the offer&apos;s number.</source>
        <translation>オファーの番号を指定してください。</translation>
    </message>
    <message>
        <source>Records a licensing offer, as received (or as a draft).</source>
        <translation>ライセンスのオファーを、受領したものとして（または下書きとして）記録します。</translation>
    </message>
    <message>
        <source>A name for the offer.</source>
        <translation>オファーのタイトルを指定します。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who makes the offer.</source>
        <translation>オファーの提示元を指定します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The intermediary (publisher, agent, marketplace).</source>
        <translation>仲介者（出版社、エージェント、マーケットプレイスなど）を指定します。</translation>
    </message>
    <message>
        <source>The ultimate licensee, when it is someone else.</source>
        <translation>最終的なライセンシーが提示元と異なる場合に、そのライセンシーを指定します。</translation>
    </message>
    <message>
        <source>The ultimate licensee is not named.</source>
        <translation>最終的なライセンシーが明かされていない場合に指定します。</translation>
    </message>
    <message>
        <source>When it arrived.</source>
        <translation>受け取った日付を指定します。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The date an answer is due.</source>
        <translation>回答期限の日付を指定します。</translation>
    </message>
    <message>
        <source>Start of the licence.</source>
        <translation>ライセンスの開始日を指定します。</translation>
    </message>
    <message>
        <source>End of the licence.</source>
        <translation>ライセンスの終了日を指定します。</translation>
    </message>
    <message>
        <source>Trained models after the term: none, delete_data_only, models_survive, retrain_required.</source>
        <translation>契約期間終了後の学習済みモデルの扱いを none、delete_data_only、models_survive、retrain_required のいずれかで指定します。</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Permitted uses (comma-separated: ai-train, fine-tune, ai-input, ...).</source>
        <translation>許諾される用途をカンマ区切りで指定します（ai-train、fine-tune、ai-input など）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Prohibited uses (style-imitation, character-reproduction, ...).</source>
        <translation>禁止される用途を指定します（style-imitation、character-reproduction など）。</translation>
    </message>
    <message>
        <source>Countries (ISO 3166) or EU, comma-separated.</source>
        <translation>対象となる国（ISO 3166）または EU をカンマ区切りで指定します。</translation>
    </message>
    <message>
        <source>The licence is exclusive.</source>
        <translation>独占ライセンスの場合に指定します。</translation>
    </message>
    <message>
        <source>The buyer may sublicense.</source>
        <translation>買い手がサブライセンスできる場合に指定します。</translation>
    </message>
    <message>
        <source>It covers future deals too.</source>
        <translation>将来の取引も対象になる場合に指定します。</translation>
    </message>
    <message>
        <source>You may audit use and reports.</source>
        <translation>利用状況や報告内容を監査できる場合に指定します。</translation>
    </message>
    <message>
        <source>The buyer warrants its other data is lawful.</source>
        <translation>買い手がほかの学習データの適法性を保証している場合に指定します。</translation>
    </message>
    <message>
        <source>What the intermediary keeps, in percent.</source>
        <translation>仲介者の取り分をパーセントで指定します。</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <source>A flat fee, e.g. &quot;500000 JPY&quot;.</source>
        <translation>定額の報酬を指定します（例: &quot;500000 JPY&quot;）。</translation>
    </message>
    <message>
        <source>A fee per work.</source>
        <translation>作品 1 点あたりの報酬を指定します。</translation>
    </message>
    <message>
        <source>A share of revenue, in percent.</source>
        <translation>収益の分配率をパーセントで指定します。</translation>
    </message>
    <message>
        <source>A co-rights-holder who must approve (repeat).</source>
        <translation>承認が必要な共同権利者を指定します（繰り返し指定できます）。</translation>
    </message>
    <message>
        <source>Governing law.</source>
        <translation>準拠法を指定します。</translation>
    </message>
    <message>
        <source>Record it as a draft (not yet received).</source>
        <translation>下書きとして記録します（まだ受領していないオファーの場合）。</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>履歴に残すメモを指定します。</translation>
    </message>
    <message>
        <source>Give --title and --from.</source>
        <translation>--title と --from を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 には日付を YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>--models takes none, delete_data_only, models_survive or retrain_required.</source>
        <translation>--models には none、delete_data_only、models_survive、retrain_required のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A percentage is a number from 0 to 100, e.g. 30 or 12.5.</source>
        <translation>割合は 0 から 100 までの数値で指定してください（例: 30、12.5）。</translation>
    </message>
    <message>
        <source>Recorded offer %1. See its red flags with: rakkan-cli offers show %1</source>
        <translation>オファー %1 を記録しました。注意点は次のコマンドで確認できます: rakkan-cli offers show %1</translation>
    </message>
    <message>
        <source>Records that a co-rights-holder approved the offer.</source>
        <translation>共同権利者がオファーを承認したことを記録します。</translation>
    </message>
    <message>
        <source>Moves an offer to another status; refused moves say why.</source>
        <translation>オファーの状態を変更します。変更できない場合は、その理由を表示します。</translation>
    </message>
    <message>
        <source>Who approved.</source>
        <translation>承認した共同権利者を指定します。</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>新しい状態を指定します。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Recorded the approval of %1.</source>
        <translation>%1 の承認を記録しました。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; statuses: %2.</source>
        <translation>「%1」という状態はありません。使用できる状態: %2。</translation>
    </message>
    <message>
        <source>Offer %1 is now %2.</source>
        <translation>オファー %1 の状態を「%2」にしました。</translation>
    </message>
    <message>
        <source>Records money received under an offer.</source>
        <translation>オファーに基づく入金を記録します。</translation>
    </message>
    <message>
        <source>What it was for.</source>
        <translation>何に対する入金かを指定します。</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>金額を指定します。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>ISO 4217 code.</source>
        <translation>通貨を ISO 4217 のコードで指定します。</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>CURRENCY</translation>
    </message>
    <message>
        <source>Give the offer, the amount and its currency, and --date YYYY-MM-DD.</source>
        <translation>オファー、金額、通貨と、--date YYYY-MM-DD を指定してください。</translation>
    </message>
    <message>
        <source>Recorded %1 received on %2.</source>
        <translation>%2 に入金された %1 を記録しました。</translation>
    </message>
    <message>
        <source>The ledger of payments received, with totals per currency and year.</source>
        <translation>入金記録を、通貨別・年別の合計とともに表示します。</translation>
    </message>
    <message>
        <source>Only this offer&apos;s payments.</source>
        <translation>特定のオファーの入金だけを表示する場合に、そのオファーを指定します。</translation>
    </message>
    <message>
        <source>As CSV (safe to open in a spreadsheet).</source>
        <translation>CSV 形式で出力します（表計算ソフトで開いても安全です）。</translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation>%1 年の合計: %2</translation>
    </message>
    <message>
        <source>Counters an offer: a new version with the parent&apos;s terms and the changes given here.</source>
        <translation>オファーに対案を出します。元のオファーの条件に、ここで指定した変更を加えた新しい版を作成します。</translation>
    </message>
    <message>
        <source>The offer to counter.</source>
        <translation>対案を出すオファー。</translation>
    </message>
    <message>
        <source>Give the number of the offer to counter.</source>
        <translation>対案を出すオファーの番号を指定してください。</translation>
    </message>
    <message>
        <source>Answer with a new version of the terms</source>
        <translation>条件を改めた新しい版で対案を提示</translation>
    </message>
    <message>
        <source>An RSL licence as a new draft offer</source>
        <translation>RSL ライセンスを新しいオファーの下書きとして取り込み</translation>
    </message>
    <message>
        <source>Writes an offer&apos;s terms as an RSL 1.0 licence or an ODRL 2.2 policy (an Offer, or an Agreement once accepted).</source>
        <translation>オファーの条件を RSL 1.0 ライセンスまたは ODRL 2.2 ポリシー（受諾前は Offer、受諾後は Agreement）として書き出します。</translation>
    </message>
    <message>
        <source>Write the RSL licence to FILE.</source>
        <translation>RSL ライセンスを書き出す FILE を指定します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the ODRL policy to FILE.</source>
        <translation>ODRL ポリシーを書き出す FILE を指定します。</translation>
    </message>
    <message>
        <source>What the licence covers (default: your site).</source>
        <translation>ライセンスの対象を指定します（既定: あなたのサイト）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Wrote the terms of offer %1.</source>
        <translation>オファー %1 の条件を書き出しました。</translation>
    </message>
    <message>
        <source>Records an RSL licence someone sent as a new draft offer.</source>
        <translation>送られてきた RSL ライセンスを、新しいオファーの下書きとして記録します。</translation>
    </message>
    <message>
        <source>The RSL licence.</source>
        <translation>RSL ライセンス。</translation>
    </message>
    <message>
        <source>Give the licence file, --title and --from.</source>
        <translation>ライセンスのファイル、--title、--from を指定してください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 から取り込み</translation>
    </message>
    <message>
        <source>Recorded the licence as draft offer %1.</source>
        <translation>ライセンスを下書きのオファー %1 として記録しました。</translation>
    </message>
    <message>
        <source>Correct the terms of an offer still negotiated</source>
        <translation>交渉中のオファーの条件を修正</translation>
    </message>
    <message>
        <source>Two to four offers side by side</source>
        <translation>2〜4 件のオファーを並べて比較</translation>
    </message>
    <message>
        <source>Keep the contract with the offer</source>
        <translation>契約書をオファーとともに保管</translation>
    </message>
    <message>
        <source>The terms as an RSL licence, an ODRL policy or a one-page bilingual summary</source>
        <translation>条件を RSL ライセンス、ODRL ポリシー、または日英併記の 1 ページの概要として書き出し</translation>
    </message>
    <message>
        <source>Corrects the terms of an offer still under negotiation; the history names what changed.</source>
        <translation>交渉中のオファーの条件を修正します。変更した項目は履歴に記録されます。</translation>
    </message>
    <message>
        <source>How it came: email, platform, publisher, collective, settlement, other.</source>
        <translation>オファーを受け取った経路を email、platform、publisher、collective、settlement、other のいずれかで指定します。</translation>
    </message>
    <message>
        <source>The licence renews by itself.</source>
        <translation>ライセンスが自動更新される場合に指定します。</translation>
    </message>
    <message>
        <source>Models covered: named_model, successors, any_model.</source>
        <translation>対象となるモデルを named_model、successors、any_model のいずれかで指定します。</translation>
    </message>
    <message>
        <source>The model named in the offer.</source>
        <translation>オファーに記載されたモデル名を指定します。</translation>
    </message>
    <message>
        <source>Who may use the models (commercial, non-commercial, education, government, personal).</source>
        <translation>モデルを利用できる者を指定します（commercial、non-commercial、education、government、personal）。</translation>
    </message>
    <message>
        <source>To whom the buyer may sublicense.</source>
        <translation>買い手がサブライセンスできる相手を指定します。</translation>
    </message>
    <message>
        <source>How you are credited.</source>
        <translation>クレジット表記の方法を指定します。</translation>
    </message>
    <message>
        <source>What stops outputs copying your works.</source>
        <translation>出力が作品を複製しないようにするための安全対策を指定します。</translation>
    </message>
    <message>
        <source>What is reported to you, and how often.</source>
        <translation>あなたに報告される内容と頻度を指定します。</translation>
    </message>
    <message>
        <source>Days the buyer has to act on a takedown.</source>
        <translation>買い手が削除要請に対応するまでの期限を日数で指定します。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>What a takedown does: none, delete, suppress, retrain.</source>
        <translation>削除要請を受けたときの対応を none、delete、suppress、retrain のいずれかで指定します。</translation>
    </message>
    <message>
        <source>Who pays for it: licensee, creator, shared.</source>
        <translation>その費用の負担者を licensee、creator、shared のいずれかで指定します。</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>What must be kept confidential.</source>
        <translation>秘密にしなければならない内容を指定します。</translation>
    </message>
    <message>
        <source>The publisher&apos;s part of each payment, in percent.</source>
        <translation>各支払いのうち、出版社の取り分をパーセントで指定します。</translation>
    </message>
    <message>
        <source>The agent&apos;s part of each payment, in percent.</source>
        <translation>各支払いのうち、エージェントの取り分をパーセントで指定します。</translation>
    </message>
    <message>
        <source>The offer to correct.</source>
        <translation>修正するオファー。</translation>
    </message>
    <message>
        <source>Give the number of the offer to correct.</source>
        <translation>修正するオファーの番号を指定してください。</translation>
    </message>
    <message>
        <source>--takedown-days takes a number of days.</source>
        <translation>--takedown-days には日数を指定してください。</translation>
    </message>
    <message>
        <source>Corrected offer %1.</source>
        <translation>オファー %1 を修正しました。</translation>
    </message>
    <message>
        <source>Write a one-page summary in English and Japanese, with the red flags, to FILE.</source>
        <translation>注意点を含む、英語と日本語を併記した 1 ページの概要を FILE に書き出します。</translation>
    </message>
    <message>
        <source>Give the offer&apos;s number and --rsl, --odrl or --pdf.</source>
        <translation>オファーの番号と、--rsl、--odrl、--pdf のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Compares two to four offers term by term; terms that differ are marked with *.</source>
        <translation>2〜4 件のオファーを条件ごとに比較します。内容が異なる条件には * が付きます。</translation>
    </message>
    <message>
        <source>The offers.</source>
        <translation>比較するオファーを指定します。</translation>
    </message>
    <message>
        <source>ID ID [ID [ID]]</source>
        <translation>ID ID [ID [ID]]</translation>
    </message>
    <message>
        <source>Give the offers&apos; numbers.</source>
        <translation>オファーの番号を指定してください。</translation>
    </message>
    <message>
        <source>Keeps a contract (a PDF) with an offer, in the catalogue, with its SHA-256; the file itself is only read.</source>
        <translation>契約書（PDF）を SHA-256 とともにカタログ内に保管し、オファーに関連付けます。元のファイルは読み込むだけで、変更しません。</translation>
    </message>
    <message>
        <source>The PDF.</source>
        <translation>PDF ファイルを指定します。</translation>
    </message>
    <message>
        <source>Give the offer&apos;s number and the PDF.</source>
        <translation>オファーの番号と PDF ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Kept %1 with offer %2 (SHA-256 %3).</source>
        <translation>%1 をオファー %2 とともに保管しました（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>%1 からの入金: %2</translation>
    </message>
    <message>
        <source>Give the offer&apos;s number and the name of who approved it.</source>
        <translation>オファーの番号と、承認した人の名前を指定してください。</translation>
    </message>
    <message>
        <source>Give the offer&apos;s number and its new status.</source>
        <translation>オファーの番号と新しいステータスを指定してください。</translation>
    </message>
    <message>
        <source>Licensing offers: record, review red flags, negotiate</source>
        <translation>ライセンスのオファーの記録、注意点の確認、交渉</translation>
    </message>
    <message>
        <source>Money received under licences</source>
        <translation>ライセンスに基づく入金の記録</translation>
    </message>
    <message>
        <source>The licence is not exclusive.</source>
        <translation>ライセンスは独占的ではありません。</translation>
    </message>
    <message>
        <source>The buyer may not sublicense.</source>
        <translation>購入者はサブライセンスできません。</translation>
    </message>
    <message>
        <source>It does not cover future deals.</source>
        <translation>将来の取引は対象外です。</translation>
    </message>
    <message>
        <source>You have no right to audit.</source>
        <translation>監査の権利はありません。</translation>
    </message>
    <message>
        <source>The buyer gives no warranty about its other data.</source>
        <translation>購入者は他のデータについて保証しません。</translation>
    </message>
    <message>
        <source>The licence does not renew by itself.</source>
        <translation>ライセンスは自動更新されません。</translation>
    </message>
    <message>
        <source>The ultimate licensee is named.</source>
        <translation>最終的なライセンシーが明示されています。</translation>
    </message>
    <message>
        <source>%1 (from %2): %3</source>
        <translation>%1（提示元: %2）: %3</translation>
    </message>
    <message>
        <source>%1 (from %2, through %3): %4</source>
        <translation>%1（提示元: %2、%3 経由）: %4</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::PassphraseInput</name>
    <message>
        <source>The passphrase file %1 could not be read: %2</source>
        <translation>パスフレーズファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>A passphrase is needed: type it at a terminal, or give --passphrase-file.</source>
        <translation>パスフレーズが必要です。端末で入力するか、--passphrase-file を指定してください。</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>もう一度入力してください: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Passphrase of &quot;%1&quot;: </source>
        <translation>「%1」のパスフレーズ: </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::RegistryCommands</name>
    <message>
        <source>Add an ISCC hub (its key is pinned)</source>
        <translation>ISCC ハブを追加（ハブの鍵を固定）</translation>
    </message>
    <message>
        <source>List the registries</source>
        <translation>レジストリを一覧表示</translation>
    </message>
    <message>
        <source>Remove a registry nothing was sent to</source>
        <translation>何も送信していないレジストリを削除</translation>
    </message>
    <message>
        <source>Say what to do with registries.</source>
        <translation>registry に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Declare works to a registry</source>
        <translation>作品をレジストリに宣言</translation>
    </message>
    <message>
        <source>What was declared, and what waits</source>
        <translation>宣言済みのものと送信待ちのものを表示</translation>
    </message>
    <message>
        <source>Send failed declarations again</source>
        <translation>失敗した宣言を再送</translation>
    </message>
    <message>
        <source>Say what to do.</source>
        <translation>optout に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Usage: %1 hub serve --db FILE --listen ADDR:PORT --hub-id N [--cert F --key F]</source>
        <translation>使い方: %1 hub serve --db FILE --listen ADDR:PORT --hub-id N [--cert F --key F]</translation>
    </message>
    <message>
        <source>Runs an ISCC hub (the same server as rakkan-hub).</source>
        <translation>ISCC ハブを実行します（rakkan-hub と同じサーバーです）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address and port (port 0: any free).</source>
        <translation>アドレスとポートを指定します（ポート 0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>This hub&apos;s id, 0-4095.</source>
        <translation>このハブの ID を 0〜4095 で指定します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS 証明書チェーン（PEM）を指定します。</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS 秘密鍵（PEM）を指定します。</translation>
    </message>
    <message>
        <source>Declarations a minute per signing key.</source>
        <translation>署名鍵ごとに 1 分間に受け付ける宣言数の上限を指定します。</translation>
    </message>
    <message>
        <source>Give --db, a hub id from 0 to 4095, and --cert with --key.</source>
        <translation>--db と、0 から 4095 までのハブ ID を指定してください。--cert を指定する場合は --key も指定してください。</translation>
    </message>
    <message>
        <source>Adds an ISCC hub. Its id and public key are read from the hub over verified TLS and pinned: every receipt must be signed with that key. Give --hub-key to insist on a key you got from the hub&apos;s operator.</source>
        <translation>ISCC ハブを追加します。ハブの ID と公開鍵は、検証済みの TLS 接続でハブから読み取って固定します。以後、受領証はすべてその鍵で署名されている必要があります。ハブの運営者から入手した鍵以外を受け付けないようにするには、--hub-key を指定してください。</translation>
    </message>
    <message>
        <source>The hub&apos;s address, https://host[:port].</source>
        <translation>ハブのアドレスを https://host[:port] の形式で指定します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub&apos;s public key (z6Mk...).</source>
        <translation>ハブの公開鍵（z6Mk...）を指定します。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>A private CA bundle (PEM) this hub uses.</source>
        <translation>このハブが使うプライベート CA のバンドル（PEM）を指定します。</translation>
    </message>
    <message>
        <source>Your reservation page, sent in each declaration (a URL, may contain {iscc_id}, {iscc_code}, {datahash}, {pubkey}).</source>
        <translation>各宣言とともに送信する、権利留保を示すあなたのページを指定します（URL。{iscc_id}、{iscc_code}、{datahash}、{pubkey} を含めることができます）。</translation>
    </message>
    <message>
        <source>A name for the registry.</source>
        <translation>レジストリの名前を指定します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give a name and --url.</source>
        <translation>名前と --url を指定してください。</translation>
    </message>
    <message>
        <source>The hub presents the key %1, not the one you gave. Nothing was added.</source>
        <translation>ハブが提示した鍵は %1 で、指定された鍵と一致しません。何も追加していません。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: hub %2 at %3, key %4 (pinned).</source>
        <translation>「%1」を追加しました: ハブ %2（%3）、鍵 %4（固定済み）。</translation>
    </message>
    <message>
        <source>Lists the registries.</source>
        <translation>レジストリを一覧表示します。</translation>
    </message>
    <message>
        <source>Removes a registry no declaration was sent to.</source>
        <translation>宣言を 1 件も送信していないレジストリを削除します。</translation>
    </message>
    <message>
        <source>The registry.</source>
        <translation>レジストリを指定します。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Sends failed declarations again (after a network problem or once the cause is fixed).</source>
        <translation>失敗した宣言を再送します（ネットワークの問題が解消した後や、失敗の原因を取り除いた後に使います）。</translation>
    </message>
    <message>
        <source>Declares works to a registry: each file&apos;s ISCC-CODE, hashes and units, signed with the work&apos;s identity. Only these codes leave the computer, never pixels. Queued first, so an interrupted run continues where it stopped.</source>
        <translation>作品をレジストリに宣言します。宣言するのは各ファイルの ISCC-CODE、ハッシュ、ユニットで、作品のアイデンティティで署名します。このコンピューターの外に出るのはこれらのコードだけで、画像そのものは送信しません。宣言はまず送信待ちに入れるため、途中で中断しても続きから再開できます。</translation>
    </message>
    <message>
        <source>Every work of the catalogue.</source>
        <translation>カタログ内のすべての作品を対象にします。</translation>
    </message>
    <message>
        <source>Every work of a series.</source>
        <translation>シリーズ内のすべての作品を対象にします。</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>SERIES</translation>
    </message>
    <message>
        <source>Show exactly what would be sent; send nothing.</source>
        <translation>送信される内容をそのまま表示し、実際には何も送信しません。</translation>
    </message>
    <message>
        <source>Read the signing key&apos;s passphrase from the first line of FILE.</source>
        <translation>署名鍵のパスフレーズを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <source>Requests in flight (1-16).</source>
        <translation>同時に送信するリクエストの数を指定します（1〜16）。</translation>
    </message>
    <message>
        <source>Also send rejected declarations again.</source>
        <translation>拒否された宣言も再送します。</translation>
    </message>
    <message>
        <source>Declarations signed, sent and recorded together (1-256).</source>
        <translation>まとめて署名・送信・記録する宣言の数を指定します（1〜256）。</translation>
    </message>
    <message>
        <source>Name the registry with --registry.</source>
        <translation>レジストリを --registry で指定してください。</translation>
    </message>
    <message>
        <source>Choose the works: --all, --series or --work.</source>
        <translation>対象の作品を --all、--series、--work のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>Would declare %1 files to &quot;%2&quot; (%3 already there, %4 without an ISCC). Each note carries only these codes and hashes, then your signature:
%5</source>
        <translation>「%2」に宣言されるファイルは %1 件です（%3 件はすでに送信待ちまたは宣言済み、%4 件は ISCC なし）。各宣言に含まれるのは次のようなコードとハッシュ、そしてあなたの署名だけです:
%5</translation>
    </message>
    <message>
        <source>%1 files have no ISCC yet; run &quot;rakkan-cli rehash&quot; first.</source>
        <translation>%1 件のファイルにはまだ ISCC がありません。先に「rakkan-cli rehash」を実行してください。</translation>
    </message>
    <message>
        <source>Passphrase of &quot;%1&quot;: </source>
        <translation>「%1」のパスフレーズ: </translation>
    </message>
    <message>
        <source>Declared %1 of %2...</source>
        <translation>%2 件中 %1 件を宣言しました...</translation>
    </message>
    <message>
        <source>Declared %1, already declared %2, rejected %3, failed %4%5.</source>
        <translation>宣言 %1 件、宣言済み（重複）%2 件、拒否 %3 件、失敗 %4 件%5。</translation>
    </message>
    <message>
        <source> (stopped; run it again to continue)</source>
        <translation>（中断しました。もう一度実行すると続きから再開します）</translation>
    </message>
    <message>
        <source>Lists declarations: state, ISCC-ID and the hub&apos;s reason when refused.</source>
        <translation>宣言を一覧表示します。状態、ISCC-ID、拒否された場合はハブが示した理由を表示します。</translation>
    </message>
    <message>
        <source>Only this state: queued, sending, declared, duplicate, rejected, failed.</source>
        <translation>指定した状態の宣言だけを表示します（queued、sending、declared、duplicate、rejected、failed のいずれか）。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Ask a hub whether a picture is declared</source>
        <translation>画像が宣言済みかどうかをハブに問い合わせ</translation>
    </message>
    <message>
        <source>Asks a hub whether a picture is declared: by its PDQ fingerprint (computed here, in all eight orientations; the picture is not sent), by a PDQ hash or by an ISCC unit. The hub is a registry of the catalogue, or any hub by --url.</source>
        <translation>画像が宣言済みかどうかをハブに問い合わせます。照会には、画像の PDQ フィンガープリント（このコンピューター上で 8 方向すべてについて計算します。画像は送信しません）、PDQ ハッシュ、ISCC ユニットのいずれかを使います。問い合わせ先は、カタログのレジストリか、--url で指定した任意のハブです。</translation>
    </message>
    <message>
        <source>A hub that is not among the registries.</source>
        <translation>レジストリに登録されていないハブを指定します。</translation>
    </message>
    <message>
        <source>A private CA bundle (PEM) the hub uses.</source>
        <translation>ハブが使うプライベート CA のバンドル（PEM）を指定します。</translation>
    </message>
    <message>
        <source>A PDQ hash (64 hex digits).</source>
        <translation>PDQ ハッシュ（64 桁の 16 進数）を指定します。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>An ISCC unit (ISCC:...).</source>
        <translation>ISCC ユニット（ISCC:...）を指定します。</translation>
    </message>
    <message>
        <source>ISCC</source>
        <translation>ISCC</translation>
    </message>
    <message>
        <source>Bits of difference allowed (PDQ: 31 by default; units: 8).</source>
        <translation>許容する差異のビット数を指定します（既定: PDQ は 31、ユニットは 8）。</translation>
    </message>
    <message>
        <source>The registry (unless --url).</source>
        <translation>レジストリを指定します（--url を指定しない場合）。</translation>
    </message>
    <message>
        <source>The picture (unless --pdq or --unit).</source>
        <translation>画像を指定します（--pdq または --unit を指定しない場合）。</translation>
    </message>
    <message>
        <source>Name the registry, or give --url.</source>
        <translation>レジストリを指定するか、--url を指定してください。</translation>
    </message>
    <message>
        <source>Give one picture, --pdq or --unit.</source>
        <translation>画像 1 つ、--pdq、--unit のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not declared at this hub (nothing within %n bit(s)).</source>
        <translation>
            <numerusform>このハブでは宣言されていません（%n ビット以内に該当なし）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared: %1, %n bit(s) away, by %2%3</source>
        <translation>
            <numerusform>宣言済み: %1、距離 %n ビット、宣言者 %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (reservation: %1)</source>
        <translation>（権利留保ページ: %1）</translation>
    </message>
    <message>
        <source>Run an ISCC hub (hub serve)</source>
        <translation>ISCC ハブを実行（hub serve）</translation>
    </message>
    <message>
        <source>Add, list or remove the hubs you declare to</source>
        <translation>宣言先のハブの追加・一覧表示・削除</translation>
    </message>
    <message>
        <source>Declare works to a registry, follow and retry</source>
        <translation>作品をレジストリに宣言し、状況の確認・再送</translation>
    </message>
    <message>
        <source>The hub&apos;s database: a SQLite file, or postgresql://... shared by several hub processes.</source>
        <translation>ハブのデータベース：SQLite ファイル、または複数のハブプロセスで共有する postgresql://...</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>ファイル|URL</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::ReservationCommands</name>
    <message>
        <source>The reservation policy, as JSON</source>
        <translation>権利留保ポリシーを JSON 形式で表示</translation>
    </message>
    <message>
        <source>Change what is reserved and who to ask</source>
        <translation>留保する内容と問い合わせ先を変更</translation>
    </message>
    <message>
        <source>Update the AI crawler list from robots.json</source>
        <translation>robots.json から AI クローラーの一覧を更新</translation>
    </message>
    <message>
        <source>Works that follow another policy</source>
        <translation>作品に別のポリシーを適用</translation>
    </message>
    <message>
        <source>Say what to do with the reservation policy.</source>
        <translation>policy に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Usage: %1 sitekit export DIR [--merge-robots FILE] [--zip]</source>
        <translation>使い方: %1 sitekit export DIR [--merge-robots FILE] [--zip]</translation>
    </message>
    <message>
        <source>Writes the site kit: tdmrep.json, robots.txt (your own rules kept), ai.txt, the RSL licence, head tags and server headers, and the pages your hub declarations point to. Upload the folder&apos;s contents to your site&apos;s root.</source>
        <translation>サイトキットを書き出します。内容は tdmrep.json、robots.txt（既存のルールは保持）、ai.txt、RSL ライセンス、head タグとサーバーヘッダー、ハブへの宣言が参照するページです。フォルダーの中身をサイトのルートにアップロードしてください。</translation>
    </message>
    <message>
        <source>Your site&apos;s current robots.txt (default: the one in DIR, if any).</source>
        <translation>サイトの現在の robots.txt を指定します（既定: DIR 内に robots.txt があればそのファイル）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write DIR.zip.</source>
        <translation>DIR.zip も書き出します。</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>書き出し先のフォルダーを指定します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Name the folder to write the kit to.</source>
        <translation>サイトキットの書き出し先フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Site kit written to %1:</source>
        <translation>サイトキットを %1 に書き出しました:</translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>ZIP ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) point to pages on other sites; no page was written for them.</source>
        <translation>
            <numerusform>%n 件の宣言がほかのサイト上のページを参照しているため、それらのページは書き出していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes copies of works for publishing, each with its reservation in XMP (IPTC PLUS DataMining, copyright, creator, licensor). The originals are only read.</source>
        <translation>公開用に作品のコピーを書き出します。各コピーには権利留保を XMP（IPTC PLUS DataMining、著作権、著作者、ライセンサー）で記載します。元のファイルは読み込むだけで変更しません。</translation>
    </message>
    <message>
        <source>Also embed the RSL licence in the XMP.</source>
        <translation>RSL ライセンスも XMP に埋め込みます。</translation>
    </message>
    <message>
        <source>Where to write the copies.</source>
        <translation>コピーの書き出し先を指定します。</translation>
    </message>
    <message>
        <source>Name the folder to write the copies to.</source>
        <translation>コピーの書き出し先フォルダーを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) written with their reservation.</source>
        <translation>
            <numerusform>権利留保を記載したコピーを %n 件書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads what a file, a local copy of a site or a live site says about AI use, mechanism by mechanism: reserved, allowed, not said, or contradictory.</source>
        <translation>ファイル、サイトのローカルコピー、公開中のサイトが AI による利用について何を表明しているかを、仕組みごとに読み取ります。判定は留保、許可、表明なし、矛盾のいずれかです。</translation>
    </message>
    <message>
        <source>A private CA bundle (PEM) the site uses.</source>
        <translation>サイトが使用しているプライベート CA のバンドル（PEM）を指定します。</translation>
    </message>
    <message>
        <source>An image file, a folder or an http(s) address.</source>
        <translation>画像ファイル、フォルダー、または http(s) アドレスを指定します。</translation>
    </message>
    <message>
        <source>FILE|DIR|URL</source>
        <translation>FILE|DIR|URL</translation>
    </message>
    <message>
        <source>Give one file, folder or address.</source>
        <translation>ファイル、フォルダー、アドレスのいずれかを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>総合判定: %1</translation>
    </message>
    <message>
        <source>Shows a reservation policy (JSON) and what it still lacks.</source>
        <translation>権利留保ポリシー（JSON）と、まだ不足している項目を表示します。</translation>
    </message>
    <message>
        <source>The policy (default: default).</source>
        <translation>ポリシーを指定します（既定: default）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Changes a reservation policy. Only the options given change.</source>
        <translation>権利留保ポリシーを変更します。変更されるのは、指定したオプションの項目だけです。</translation>
    </message>
    <message>
        <source>Your site, https://host.</source>
        <translation>あなたのサイトを https://host の形式で指定します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The creator&apos;s name.</source>
        <translation>著作者の名前を指定します。</translation>
    </message>
    <message>
        <source>The rights holder, if not the creator.</source>
        <translation>著作者と異なる場合に、権利者を指定します。</translation>
    </message>
    <message>
        <source>Licensing contact.</source>
        <translation>ライセンスの問い合わせ先（メールアドレス）を指定します。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The page with your licensing terms.</source>
        <translation>ライセンスの利用条件のページを指定します。</translation>
    </message>
    <message>
        <source>The copyright notice.</source>
        <translation>著作権表示を指定します。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Reserve all AI training.</source>
        <translation>すべての AI 学習を留保するかどうかを指定します。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Reserve generative AI training.</source>
        <translation>生成 AI の学習を留保するかどうかを指定します。</translation>
    </message>
    <message>
        <source>Reserve use as AI input (retrieval, grounding).</source>
        <translation>AI への入力（検索拡張・グラウンディング）としての利用を留保するかどうかを指定します。</translation>
    </message>
    <message>
        <source>Allow ordinary search indexing.</source>
        <translation>通常の検索エンジンによるインデックス登録を許可するかどうかを指定します。</translation>
    </message>
    <message>
        <source>AI uses are available under licence.</source>
        <translation>AI による利用をライセンスで提供するかどうかを指定します。</translation>
    </message>
    <message>
        <source>Licence price, e.g. &quot;500.00 EUR&quot; (empty: none).</source>
        <translation>ライセンス料金を指定します。例: &quot;500.00 EUR&quot;（空の場合: なし）。</translation>
    </message>
    <message>
        <source>AMOUNT CURRENCY</source>
        <translation>AMOUNT CURRENCY</translation>
    </message>
    <message>
        <source>Who may license: commercial, non-commercial, education, government, personal (comma-separated).</source>
        <translation>ライセンスを受けられる対象を commercial、non-commercial、education、government、personal から指定します（カンマ区切り）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>EU, JP, US (comma-separated).</source>
        <translation>表明の対象とする法域を EU、JP、US から指定します（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Your own wording of the condition (empty: generated).</source>
        <translation>条件の文言を独自に指定します（空の場合: 自動生成）。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 には yes または no を指定してください。</translation>
    </message>
    <message>
        <source>--price takes an amount and a currency, e.g. &quot;500.00 EUR&quot;.</source>
        <translation>--price には金額と通貨を指定してください（例: &quot;500.00 EUR&quot;）。</translation>
    </message>
    <message>
        <source>Saved the reservation policy &quot;%1&quot;.</source>
        <translation>権利留保ポリシー「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Replaces the policy&apos;s AI crawler list with the agents of ai.robots.txt&apos;s robots.json (download it from the project yourself).</source>
        <translation>ポリシーの AI クローラー一覧を、ai.robots.txt の robots.json に記載されたエージェントで置き換えます（robots.json はご自身でプロジェクトからダウンロードしてください）。</translation>
    </message>
    <message>
        <source>robots.json.</source>
        <translation>robots.json を指定します。</translation>
    </message>
    <message>
        <source>Give --import FILE.</source>
        <translation>--import FILE を指定してください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The policy now names %n AI crawler(s).</source>
        <translation>
            <numerusform>ポリシーに記載された AI クローラーは %n 件になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes works follow another policy (--name default puts them back).</source>
        <translation>作品に別のポリシーを適用します（--name default を指定すると元に戻ります）。</translation>
    </message>
    <message>
        <source>The policy.</source>
        <translation>ポリシーを指定します。</translation>
    </message>
    <message>
        <source>Give --name and --work.</source>
        <translation>--name と --work を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) now follow &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 件の作品にポリシー「%1」を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale copies to fit N pixels on their longest side (web copies).</source>
        <translation>コピーの長辺が N ピクセルに収まるように縮小します（Web 用コピー）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Draw TEXT in a corner of each copy.</source>
        <translation>各コピーの隅に TEXT を描きます。</translation>
    </message>
    <message>
        <source>--max-side takes a number of pixels, at least 16.</source>
        <translation>--max-side には 16 以上のピクセル数を指定してください。</translation>
    </message>
    <message>
        <source>Write the site kit into a folder</source>
        <translation>サイトキットをフォルダーに書き出す</translation>
    </message>
    <message>
        <source>Copies of works carrying the reservation in their XMP</source>
        <translation>XMP に権利留保を記載した作品のコピーを書き出し</translation>
    </message>
    <message>
        <source>What a file or site says about AI use</source>
        <translation>ファイルやサイトが AI による利用について何を表明しているかを確認</translation>
    </message>
    <message>
        <source>Write robots.txt, tdmrep.json, ai.txt, RSL and headers for your site</source>
        <translation>サイト用の robots.txt、tdmrep.json、ai.txt、RSL、ヘッダーを書き出し</translation>
    </message>
    <message>
        <source>What you reserve against AI, and who to ask for a licence</source>
        <translation>AI に対して留保する権利と、ライセンスの問い合わせ先を設定</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) are not JPEG, PNG or WebP and carry no Content Credentials; their XMP still carries the reservation. Web copies (--max-side) can carry them.</source>
        <translation>
            <numerusform>%n 件のコピーは JPEG・PNG・WebP ではないため、コンテンツ認証情報は付いていません。留保は XMP に記されています。Web 用コピー（--max-side）には付けられます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) written with their reservation; JPEG, PNG and WebP copies also carry signed Content Credentials.</source>
        <translation>
            <numerusform>%n 件のコピーを留保付きで書き出しました。JPEG・PNG・WebP のコピーには署名付きのコンテンツ認証情報も付いています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::cli::SignCommands</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a JSON document Rakkan signs.</source>
        <translation>%1 は、Rakkan が署名できる JSON 文書のサイズの上限を超えています。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 は正しい JSON ではありません: %2（%3 バイト目）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Signs a JSON document with ISCC-SIG v1.0 (Ed25519 over its RFC 8785 canonical form) using one of your identities, and prints the signed document.</source>
        <translation>アイデンティティのいずれかを使って JSON 文書に ISCC-SIG v1.0（RFC 8785 で正規化した形式に対する Ed25519 署名）で署名し、署名済みの文書を出力します。</translation>
    </message>
    <message>
        <source>The identity that signs (number or name; default: the default).</source>
        <translation>署名に使うアイデンティティを番号または名前で指定します（既定: 既定のアイデンティティ）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>self-verifying (the public key travels with the proof), identity-bound (also your did:web) or proof-only (the verifier must know the key). Default: self-verifying, or identity-bound when the identity has a controller.</source>
        <translation>self-verifying（公開鍵を proof に同梱）、identity-bound（あなたの did:web も同梱）、proof-only（検証する側が鍵を知っている必要があります）のいずれかを指定します（既定: self-verifying。アイデンティティにコントローラーがある場合は identity-bound）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Write the signed document to FILE instead of printing it.</source>
        <translation>署名済みの文書を画面に出力せず、FILE に書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from the first line of FILE.</source>
        <translation>鍵のパスフレーズを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <source>The JSON document.</source>
        <translation>JSON 文書を指定します。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Name one JSON file to sign.</source>
        <translation>署名する JSON ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use self-verifying, identity-bound or proof-only.</source>
        <translation>「%1」というモードはありません。self-verifying、identity-bound、proof-only のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Signed by &quot;%1&quot; (%2); written to %3.</source>
        <translation>「%1」で署名し（%2）、%3 に書き込みました。</translation>
    </message>
    <message>
        <source>Checks the ISCC-SIG signature of a JSON document. Exit status 0: valid; 1: not valid (the reason is printed).</source>
        <translation>JSON 文書の ISCC-SIG 署名を検証します。終了ステータスは、有効なら 0、無効なら 1 です（無効な場合は理由を表示します）。</translation>
    </message>
    <message>
        <source>The signer&apos;s public key (z6Mk...): needed for proof-only signatures, and checked against the embedded one otherwise.</source>
        <translation>署名者の公開鍵（z6Mk...）を指定します。proof-only 署名では必須です。それ以外の署名では、埋め込まれた公開鍵と照合します。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The controller&apos;s DID document (a saved did.json): also check that it lists the signing key.</source>
        <translation>コントローラーの DID ドキュメント（保存した did.json）を指定します。署名に使われた鍵がそこに記載されていることも確認します。</translation>
    </message>
    <message>
        <source>The signed JSON document.</source>
        <translation>署名済みの JSON 文書を指定します。</translation>
    </message>
    <message>
        <source>Name one JSON file to verify.</source>
        <translation>検証する JSON ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The signature names no controller, so no DID document can vouch for it.</source>
        <translation>この署名にはコントローラーが指定されていないため、DID ドキュメントで裏付けることはできません。</translation>
    </message>
    <message>
        <source>Valid signature.</source>
        <translation>署名は有効です。</translation>
    </message>
    <message>
        <source>Valid signature, by a key %1 lists as its own.</source>
        <translation>署名は有効です。%1 が自身の鍵として記載している鍵で署名されています。</translation>
    </message>
    <message>
        <source>Sign a JSON document (ISCC-SIG)</source>
        <translation>JSON 文書に署名（ISCC-SIG）</translation>
    </message>
    <message>
        <source>Check the signature of a signed JSON document</source>
        <translation>署名済み JSON 文書の署名を検証</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::SpawningCommands</name>
    <message>
        <source>Keep your Spawning API key in the system keychain</source>
        <translation>Spawning の API キーをシステムのキーチェーンに保管</translation>
    </message>
    <message>
        <source>Ask Spawning whether your works&apos; public URLs are opted out</source>
        <translation>作品の公開 URL がオプトアウト済みかを Spawning に問い合わせ</translation>
    </message>
    <message>
        <source>Get the Have I Been Trained link that opts those URLs out</source>
        <translation>それらの URL をオプトアウトするための Have I Been Trained のリンクを取得</translation>
    </message>
    <message>
        <source>What was checked and handed off</source>
        <translation>確認済みのものと引き渡し済みのものを表示</translation>
    </message>
    <message>
        <source>Say what to do.</source>
        <translation>spawning に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Keeps your Spawning API key in the system keychain (never in settings or the catalogue).</source>
        <translation>Spawning の API キーをシステムのキーチェーンに保管します（設定やカタログには保存しません）。</translation>
    </message>
    <message>
        <source>Read the key from the first line of FILE.</source>
        <translation>API キーを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give --api-key-file.</source>
        <translation>--api-key-file を指定してください。</translation>
    </message>
    <message>
        <source>%1 Give --api-key-file with each check instead.</source>
        <translation>%1 代わりに、check のたびに --api-key-file を指定してください。</translation>
    </message>
    <message>
        <source>The Spawning API key is in the system keychain.</source>
        <translation>Spawning の API キーをシステムのキーチェーンに保管しました。</translation>
    </message>
    <message>
        <source>Sends the public URLs of works to Have I Been Trained and prints the link where you finish the opt-out, logged in to your account. Only the URLs are sent.</source>
        <translation>作品の公開 URL を Have I Been Trained に送信し、アカウントにログインしてオプトアウトを完了するためのリンクを出力します。送信するのは URL だけです。</translation>
    </message>
    <message>
        <source>Asks Spawning&apos;s registry whether the public URLs of works (their publications) are opted out. Only the URLs are sent.</source>
        <translation>作品の公開 URL（掲載先）がオプトアウト済みかどうかを Spawning のレジストリに問い合わせます。送信するのは URL だけです。</translation>
    </message>
    <message>
        <source>Every work with a publication.</source>
        <translation>掲載先が登録されているすべての作品を対象にします。</translation>
    </message>
    <message>
        <source>Read the API key from FILE (default: the keychain).</source>
        <translation>API キーを FILE から読み込みます（既定: キーチェーン）。</translation>
    </message>
    <message>
        <source>Choose the works: --all or --work.</source>
        <translation>対象の作品を --all または --work で指定してください。</translation>
    </message>
    <message>
        <source>These works have no public URL: add where they are published (works edit --publication URL).</source>
        <translation>これらの作品には公開 URL がありません。掲載先を追加してください（works edit --publication URL）。</translation>
    </message>
    <message>
        <source>Open this link, log in to Have I Been Trained and confirm the opt-out of %1 URLs:
%2</source>
        <translation>次のリンクを開いて Have I Been Trained にログインし、%1 件の URL のオプトアウトを確定してください:
%2</translation>
    </message>
    <message>
        <source>No Spawning API key: store one with &quot;spawning key --api-key-file F&quot; or give --api-key-file.</source>
        <translation>Spawning の API キーがありません。「spawning key --api-key-file F」で保管するか、--api-key-file を指定してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>オプトアウト済み</translation>
    </message>
    <message>
        <source>not opted out</source>
        <translation>オプトアウトしていない</translation>
    </message>
    <message>
        <source>Lists what Spawning said about each public URL, and the hand-offs.</source>
        <translation>公開 URL ごとの Spawning の回答と、引き渡しの状況を一覧表示します。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>handed off %1</source>
        <translation>%1 に引き渡し済み</translation>
    </message>
    <message>
        <source>Check Spawning&apos;s Do Not Train registry, hand off to Have I Been Trained</source>
        <translation>Spawning の Do Not Train レジストリの確認、Have I Been Trained への引き渡し</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::SwitchOption</name>
    <message>
        <source>--%1 and --%2 contradict each other: give one of them.</source>
        <translation>--%1 と --%2 は互いに矛盾します。どちらか一方を指定してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::ThresholdOption</name>
    <message>
        <source>Largest distance in bits that counts as a match (default %1).</source>
        <translation>一致とみなす最大の距離（ビット数、既定: %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--threshold takes a number of bits from 0 to 128.</source>
        <translation>--threshold には 0 から 128 までのビット数を指定してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::VendorCommands</name>
    <message>
        <source>Vendors with an opt-out form</source>
        <translation>オプトアウトフォームのあるベンダーを一覧表示</translation>
    </message>
    <message>
        <source>Copies, descriptions and the form&apos;s checklist</source>
        <translation>ファイルのコピー、説明、フォームのチェックリストを作成</translation>
    </message>
    <message>
        <source>Record what you did</source>
        <translation>フォームで行った手続きを記録</translation>
    </message>
    <message>
        <source>What was prepared and submitted</source>
        <translation>準備済みのものと提出済みのものを表示</translation>
    </message>
    <message>
        <source>Say what to do.</source>
        <translation>vendor に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Lists the vendors whose opt-out goes through a web form.</source>
        <translation>オプトアウトの手続きをウェブフォームで行うベンダーを一覧表示します。</translation>
    </message>
    <message>
        <source>Writes a packet for a vendor&apos;s opt-out form: copies of the works&apos; files (the originals are only read), descriptions.csv and CHECKLIST.md; records the works as prepared.</source>
        <translation>ベンダーのオプトアウトフォーム用の提出用パッケージを書き出します。内容は作品のファイルのコピー（元のファイルは読み込むだけで変更しません）、descriptions.csv、CHECKLIST.md です。書き出した作品は準備済み（prepared）として記録します。</translation>
    </message>
    <message>
        <source>Records what you did with a vendor&apos;s form: prepared, submitted (Rakkan reminds you to check again) or confirmed.</source>
        <translation>ベンダーのフォームで行った手続きを記録します。状態は prepared（準備済み）、submitted（提出済み。後で Rakkan が再確認のリマインダーを表示します）、confirmed（確認済み）のいずれかです。</translation>
    </message>
    <message>
        <source>The vendor (see &quot;vendor list&quot;).</source>
        <translation>ベンダーを指定します（「vendor list」を参照）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>prepared, submitted or confirmed.</source>
        <translation>状態を prepared（準備済み）、submitted（提出済み）、confirmed（確認済み）のいずれかで指定します。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Where to write the packet.</source>
        <translation>提出用パッケージの書き出し先を指定します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Name the folder to write the packet to.</source>
        <translation>提出用パッケージの書き出し先フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Packet for %1 written to %2 (%3 works). Follow CHECKLIST.md there.</source>
        <translation>%1 用の提出用パッケージを %2 に書き出しました（作品 %3 件）。そのフォルダーにある CHECKLIST.md の手順に従ってください。</translation>
    </message>
    <message>
        <source>Recorded %1 works as %2 for %3.</source>
        <translation>%3 について、%1 件の作品を「%2」として記録しました。</translation>
    </message>
    <message>
        <source>Lists the works prepared or submitted through vendors&apos; forms, and which are due for a check.</source>
        <translation>ベンダーのフォーム向けに準備済みまたは提出済みの作品と、再確認の時期が来た作品を一覧表示します。</translation>
    </message>
    <message>
        <source>check again now</source>
        <translation>要再確認</translation>
    </message>
    <message>
        <source>Packets for vendors&apos; opt-out forms, and what you submitted</source>
        <translation>ベンダーのオプトアウトフォーム用の提出用パッケージの作成と、提出内容の記録</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::WorkSelection</name>
    <message>
        <source>Every work of the catalogue.</source>
        <translation>カタログ内のすべての作品を対象にします。</translation>
    </message>
</context>
<context>
    <name>rakkan::cli::WorksCommand</name>
    <message>
        <source>List every work in the catalogue</source>
        <translation>カタログ内のすべての作品を一覧表示</translation>
    </message>
    <message>
        <source>Show one work with its files and rights holders</source>
        <translation>作品 1 件をファイルや権利者とともに表示</translation>
    </message>
    <message>
        <source>Change a work&apos;s title, series, tags, holders...</source>
        <translation>作品のタイトル、シリーズ、タグ、権利者などを変更</translation>
    </message>
    <message>
        <source>Remove a work from the catalogue (files stay)</source>
        <translation>作品をカタログから削除（ファイルは残ります）</translation>
    </message>
    <message>
        <source>Say what to do with works.</source>
        <translation>works に続けて操作を指定してください。</translation>
    </message>
    <message>
        <source>Lists every work in the catalogue.</source>
        <translation>カタログ内のすべての作品を一覧表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s).</source>
        <translation>
            <numerusform>作品は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows one work with its files, rights holders and publications.</source>
        <translation>作品 1 件を、ファイル、権利者、掲載先とともに表示します。</translation>
    </message>
    <message>
        <source>The work&apos;s number.</source>
        <translation>作品の番号を指定します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give the number of one work.</source>
        <translation>作品の番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Title (Latin script)</source>
        <translation>ローマ字表記のタイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>巻</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>話</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>掲載先</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Page %1: %2 x %3 %4, %5, SHA-256 %6
    %7</source>
        <translation>ページ %1: %2 × %3、%4、%5、SHA-256 %6
    %7</translation>
    </message>
    <message>
        <source>Changes a work. Options not given leave the work as it is; --tag, --holder and --publication may be repeated.</source>
        <translation>作品の情報を変更します。指定しなかった項目はそのまま残ります。--tag、--holder、--publication は繰り返し指定できます。</translation>
    </message>
    <message>
        <source>The title in its original script.</source>
        <translation>原語表記のタイトルを指定します。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The title in Latin script.</source>
        <translation>ローマ字表記のタイトルを指定します。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれかを指定します: %1。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The series (empty to clear).</source>
        <translation>シリーズを指定します（空にすると解除）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The volume number (0 to clear).</source>
        <translation>巻数を指定します（0 で解除）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The chapter, as printed (&quot;12&quot;, &quot;12.5&quot;).</source>
        <translation>話数を表記どおりに指定します（「12」「12.5」など）。</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>自由記述のメモを指定します。</translation>
    </message>
    <message>
        <source>Add a tag.</source>
        <translation>タグを追加します。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation>タグを削除します。</translation>
    </message>
    <message>
        <source>Add a rights holder; ROLE is one of %1 (default author).</source>
        <translation>権利者を追加します。ROLE には %1 のいずれかを指定します（既定: author）。</translation>
    </message>
    <message>
        <source>NAME[:ROLE]</source>
        <translation>NAME[:ROLE]</translation>
    </message>
    <message>
        <source>Remove a rights holder.</source>
        <translation>権利者を削除します。</translation>
    </message>
    <message>
        <source>Add where the work was published (DATE as 2024-05-31).</source>
        <translation>作品の掲載先を追加します（DATE は 2024-05-31 の形式）。</translation>
    </message>
    <message>
        <source>URL[,PLATFORM[,DATE]]</source>
        <translation>URL[,PLATFORM[,DATE]]</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>「%1」という種類はありません。</translation>
    </message>
    <message>
        <source>--volume takes a whole number, 0 or more.</source>
        <translation>--volume には 0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>「%1」という役割はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation>「%1」は 2024-05-31 のような形式の日付ではありません。</translation>
    </message>
    <message>
        <source>Say what to change, for example --title.</source>
        <translation>変更する項目を指定してください（例: --title）。</translation>
    </message>
    <message>
        <source>Removes works from the catalogue. The image files themselves are not touched.</source>
        <translation>作品をカタログから削除します。画像ファイル自体には一切手を加えません。</translation>
    </message>
    <message>
        <source>The numbers of the works to remove.</source>
        <translation>削除する作品の番号を指定します。</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work number.</source>
        <translation>「%1」は作品番号ではありません。</translation>
    </message>
    <message>
        <source>Give the number of at least one work.</source>
        <translation>作品の番号を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Removed work %1 &quot;%2&quot; from the catalogue; its files were not touched.</source>
        <translation>作品 %1「%2」をカタログから削除しました。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>The identity that signs declarations for this work (its number; 0 for the default identity).</source>
        <translation>この作品の宣言に署名するアイデンティティを番号で指定します（0 で既定のアイデンティティ）。</translation>
    </message>
    <message>
        <source>--signer takes an identity number, or 0 for the default.</source>
        <translation>--signer にはアイデンティティの番号か、既定を表す 0 を指定してください。</translation>
    </message>
    <message>
        <source>List, show, edit or remove catalogued works</source>
        <translation>カタログ内の作品の一覧表示・表示・編集・削除</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::Certificate</name>
    <message>
        <source>A certificate in the credential is damaged.</source>
        <translation>認証情報の中の証明書が壊れています。</translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM form.</source>
        <translation>このファイルには PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of certificates.</source>
        <translation>%1 は証明書の一覧としては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::CredentialReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB; its Content Credentials are not read.</source>
        <translation>%1 は 1 GiB を超えるため、コンテンツ認証情報を読み取りません。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::CredentialWording</name>
    <message>
        <source>No Content Credentials</source>
        <translation>コンテンツ認証情報なし</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Well-formed, not fully checked</source>
        <translation>形式は正しいが、すべては確認できません</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Valid, signer trusted</source>
        <translation>有効（署名者は信頼済み）</translation>
    </message>
    <message>
        <source>The file carries no C2PA manifest.</source>
        <translation>このファイルには C2PA マニフェストがありません。</translation>
    </message>
    <message>
        <source>The picture was changed after it was signed: its bytes no longer match the credential.</source>
        <translation>画像は署名の後に変更されています。ファイルの内容が認証情報と一致しません。</translation>
    </message>
    <message>
        <source>The signature does not match the manifest: it was altered or damaged.</source>
        <translation>署名がマニフェストと一致しません。改変されたか、壊れています。</translation>
    </message>
    <message>
        <source>A statement in the manifest was changed after it was signed.</source>
        <translation>マニフェストの記述が署名の後に変更されています。</translation>
    </message>
    <message>
        <source>The credential does not hold: %1.</source>
        <translation>認証情報は成り立ちません: %1</translation>
    </message>
    <message>
        <source>The manifest is intact and signed, but this version of Rakkan cannot check how it is bound to the picture.</source>
        <translation>マニフェストは完全で署名されていますが、画像との結び付け方をこのバージョンの Rakkan では確認できません。</translation>
    </message>
    <message>
        <source>Intact and signed by &quot;%1&quot;, whose certificate is not on a list you trust (not on the C2PA trust list). Anyone can issue such a certificate in any name.</source>
        <translation>完全で、「%1」が署名しています。ただし、その証明書はあなたが信頼する一覧にありません（C2PA トラストリストにもありません）。このような証明書は誰でもどんな名前ででも発行できます。</translation>
    </message>
    <message>
        <source>Intact and signed by &quot;%1&quot;, whose certificate chains to an authority you trust.</source>
        <translation>完全で、「%1」が署名しています。その証明書はあなたが信頼する認証局につながっています。</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不許可</translation>
    </message>
    <message>
        <source>only under a licence</source>
        <translation>ライセンスがある場合のみ</translation>
    </message>
    <message>
        <source>Data mining</source>
        <translation>データマイニング</translation>
    </message>
    <message>
        <source>AI inference (as input to a model)</source>
        <translation>AI の推論（モデルへの入力）</translation>
    </message>
    <message>
        <source>Training generative AI</source>
        <translation>生成 AI の学習</translation>
    </message>
    <message>
        <source>Training other AI</source>
        <translation>その他の AI の学習</translation>
    </message>
    <message>
        <source>Content Credentials: %1. %2</source>
        <comment>the state, then what it means</comment>
        <translation>コンテンツ認証情報: %1。%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>AI training and data mining — %1.</source>
        <translation>AI の学習とデータマイニング — %1。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::CredentialWriter</name>
    <message>
        <source>A Content Credential needs a signing certificate.</source>
        <translation>コンテンツ認証情報には署名用の証明書が必要です。</translation>
    </message>
    <message>
        <source>The file is too large for Content Credentials.</source>
        <translation>このファイルはコンテンツ認証情報を付けるには大きすぎます。</translation>
    </message>
    <message>
        <source>The Content Credential changed size while it was signed; nothing was written.</source>
        <translation>署名の途中でコンテンツ認証情報の大きさが変わりました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The Content Credential written does not validate (%1); nothing was written.</source>
        <translation>書き込んだコンテンツ認証情報が検証に通りません（%1）。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 could not be read back: %2</source>
        <translation>%1 を読み戻せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::LocalAuthority</name>
    <message>
        <source>The certificate authority could not be made.</source>
        <translation>認証局を作成できませんでした。</translation>
    </message>
    <message>
        <source>The signing certificate could not be made.</source>
        <translation>署名用の証明書を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::ManifestStoreIo</name>
    <message>
        <source>The file&apos;s structure is damaged before the picture data begins.</source>
        <translation>画像データが始まる前の部分で、ファイルの構造が壊れています。</translation>
    </message>
    <message>
        <source>Content Credentials are read and written in JPEG, PNG and WebP files only.</source>
        <translation>コンテンツ認証情報を読み書きできるのは JPEG、PNG、WebP ファイルだけです。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::SignerCertificates</name>
    <message>
        <source>The key of the certificate authority could not be derived.</source>
        <translation>認証局の鍵を導出できませんでした。</translation>
    </message>
    <message>
        <source>%1 (Rakkan certificate authority)</source>
        <translation>%1（Rakkan 認証局）</translation>
    </message>
    <message>
        <source>The private key does not belong to the first certificate of the chain.</source>
        <translation>この秘密鍵は、チェーンの最初の証明書のものではありません。</translation>
    </message>
    <message>
        <source>This certificate cannot sign Content Credentials: %1.</source>
        <translation>この証明書ではコンテンツ認証情報に署名できません: %1</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>この証明書は有効期限が切れています。</translation>
    </message>
    <message>
        <source>The private key could not be sealed.</source>
        <translation>秘密鍵を封印できませんでした。</translation>
    </message>
    <message>
        <source>The imported certificate&apos;s key does not open with this identity&apos;s key.</source>
        <translation>取り込んだ証明書の鍵が、このアイデンティティの鍵では開けません。</translation>
    </message>
    <message>
        <source>The imported certificate of %1 expired on %2; import a new one, or go back to Rakkan&apos;s own certificate.</source>
        <translation>%1 の取り込んだ証明書は %2 に有効期限が切れました。新しい証明書を取り込むか、Rakkan 自身の証明書に戻してください。</translation>
    </message>
    <message>
        <source>The stored certificate does not hold this identity&apos;s key.</source>
        <translation>保存されている証明書は、このアイデンティティの鍵のものではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::credentials::SigningKey</name>
    <message>
        <source>Content Credentials are signed with P-256, P-384, P-521, RSA (2048 bits or more) or Ed25519 keys; this key is none of them.</source>
        <translation>コンテンツ認証情報の署名に使える鍵は P-256、P-384、P-521、RSA（2048 ビット以上）、Ed25519 です。この鍵はそのいずれでもありません。</translation>
    </message>
    <message>
        <source>The Ed25519 key is not 32 bytes.</source>
        <translation>Ed25519 の鍵が 32 バイトではありません。</translation>
    </message>
    <message>
        <source>A new P-256 key could not be made.</source>
        <translation>新しい P-256 の鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>The claim could not be signed.</source>
        <translation>クレームに署名できませんでした。</translation>
    </message>
    <message>
        <source>The file does not hold a private key in PEM form, or the key is encrypted (save it without a passphrase first).</source>
        <translation>このファイルには PEM 形式の秘密鍵がないか、鍵が暗号化されています（先にパスフレーズなしで保存してください）。</translation>
    </message>
</context>
<context>
    <name>rakkan::crypto::Ed25519</name>
    <message>
        <source>The system could not provide random numbers for a new key.</source>
        <translation>新しい鍵のための乱数をシステムから取得できませんでした。</translation>
    </message>
    <message>
        <source>An Ed25519 secret key is 32 bytes.</source>
        <translation>Ed25519 の秘密鍵は 32 バイトです。</translation>
    </message>
    <message>
        <source>The secret key is not a valid Ed25519 key.</source>
        <translation>この秘密鍵は有効な Ed25519 鍵ではありません。</translation>
    </message>
    <message>
        <source>This is not an Ed25519 secret key in multibase form.</source>
        <translation>multibase 形式の Ed25519 秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ed25519 public key in multibase form (z6Mk...).</source>
        <translation>「%1」は multibase 形式の Ed25519 公開鍵（z6Mk...）ではありません。</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>署名に失敗しました。</translation>
    </message>
    <message>
        <source>The public key is not a valid Ed25519 key.</source>
        <translation>この公開鍵は有効な Ed25519 鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::crypto::Jcs</name>
    <message>
        <source>The JSON holds a value that has no canonical form.</source>
        <translation>JSON に正規化できない値が含まれています。</translation>
    </message>
    <message>
        <source>JSON cannot hold NaN or infinity, so it cannot be canonicalised.</source>
        <translation>JSON には NaN や無限大を含められないため、正規化できません。</translation>
    </message>
    <message>
        <source>A number could not be written.</source>
        <translation>数値を書き出せませんでした。</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at byte %2).</source>
        <translation>正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
</context>
<context>
    <name>rakkan::crypto::PassphraseBox</name>
    <message>
        <source>The key file asks for an unreasonable key-derivation cost; it is damaged or was not made by Rakkan.</source>
        <translation>鍵ファイルが要求する鍵導出のコストが異常です。ファイルが破損しているか、Rakkan で作成されたものではありません。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (out of memory?).</source>
        <translation>パスフレーズから鍵を導出できませんでした（メモリ不足の可能性があります）。</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The system could not provide random numbers.</source>
        <translation>システムから乱数を取得できませんでした。</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>暗号化に失敗しました。</translation>
    </message>
    <message>
        <source>The encrypted key is damaged (wrong sizes).</source>
        <translation>暗号化された鍵が破損しています（サイズが正しくありません）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed since it was written.</source>
        <translation>パスフレーズが間違っているか、鍵ファイルが書き込み後に変更されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::discovery::DataIntegrity</name>
    <message>
        <source>The receipt carries no eddsa-jcs-2022 proof.</source>
        <translation>受領証に eddsa-jcs-2022 の proof がありません。</translation>
    </message>
    <message>
        <source>The receipt&apos;s proof value is not an Ed25519 signature.</source>
        <translation>受領証の proof の値が Ed25519 署名ではありません。</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not match the hub key you pinned: it was altered, or another server signed it.</source>
        <translation>受領証の署名が、固定したハブの鍵と一致しません。受領証が改ざんされたか、別のサーバーが署名しています。</translation>
    </message>
</context>
<context>
    <name>rakkan::discovery::IsccId</name>
    <message>
        <source>&quot;%1&quot; is not an ISCC-ID v1.</source>
        <translation>「%1」は ISCC-ID v1 ではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::discovery::IsccNotes</name>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>フィールド「%1」がありません。</translation>
    </message>
    <message>
        <source>The optional field &quot;%1&quot; must not be empty.</source>
        <translation>省略可能なフィールド「%1」は、指定する場合は空にできません。</translation>
    </message>
    <message>
        <source>The ISCC-CODE is not in ISCC form.</source>
        <translation>ISCC-CODE が ISCC の形式ではありません。</translation>
    </message>
    <message>
        <source>The ISCC-CODE is not a composite ISCC-CODE.</source>
        <translation>ISCC-CODE が複合 ISCC-CODE ではありません。</translation>
    </message>
    <message>
        <source>The datahash is not a BLAKE3 multihash.</source>
        <translation>datahash が BLAKE3 の multihash ではありません。</translation>
    </message>
    <message>
        <source>The metahash is not a BLAKE3 multihash.</source>
        <translation>metahash が BLAKE3 の multihash ではありません。</translation>
    </message>
    <message>
        <source>The nonce is not 32 lowercase hex digits.</source>
        <translation>ノンスが 32 桁の小文字の 16 進数ではありません。</translation>
    </message>
    <message>
        <source>The nonce was made for hub %1, not this hub (%2).</source>
        <translation>このノンスはハブ %1 向けに作成されたもので、このハブ（%2）向けではありません。</translation>
    </message>
    <message>
        <source>The timestamp is not RFC 3339 UTC with milliseconds.</source>
        <translation>タイムスタンプが、ミリ秒付き UTC の RFC 3339 形式ではありません。</translation>
    </message>
    <message>
        <source>The timestamp must be within 10 minutes of the hub&apos;s clock.</source>
        <translation>タイムスタンプとハブの時計とのずれは 10 分以内である必要があります。</translation>
    </message>
    <message>
        <source>At most 4 units may be sent.</source>
        <translation>送信できるユニットは 4 つまでです。</translation>
    </message>
    <message>
        <source>A unit is not in ISCC form.</source>
        <translation>ISCC の形式ではないユニットがあります。</translation>
    </message>
    <message>
        <source>The units and the datahash do not make up the declared ISCC-CODE.</source>
        <translation>ユニットと datahash から、宣言された ISCC-CODE を構成できません。</translation>
    </message>
    <message>
        <source>The signature must carry its public key.</source>
        <translation>署名には公開鍵を含める必要があります。</translation>
    </message>
    <message>
        <source>Between 1 and %1 PDQ hashes may be sent.</source>
        <translation>送信できる PDQ ハッシュは 1〜%1 個です。</translation>
    </message>
    <message>
        <source>A PDQ hash is not 64 lowercase hex digits.</source>
        <translation>64 桁の小文字の 16 進数ではない PDQ ハッシュがあります。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement</name>
    <message>
        <source>Evidence of copies found online</source>
        <translation>ネット上で見つけたコピーの証拠</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Address after redirects</source>
        <translation>リダイレクト後のアドレス</translation>
    </message>
    <message>
        <source>Captured at (UTC)</source>
        <translation>取得日時（UTC）</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Pictures on the page that copy a work</source>
        <translation>作品をコピーしているページ上の画像</translation>
    </message>
    <message>
        <source>Works copied</source>
        <translation>コピーされた作品</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>封印した人</translation>
    </message>
    <message>
        <source>This is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed with its SHA-256 in manifest-sha256.txt; tagmanifest-sha256.txt lists the tag files. The tag manifest is signed with the creator&apos;s Ed25519 key (rakkan-signature.bin, rakkan-signer.pem) and time-stamped under RFC 3161 (rakkan-timestamp.tsr). Anyone can check them with standard tools; see data/HOW-TO-VERIFY.txt.</source>
        <translation>これは BagIt 1.0 のパッケージ（RFC 8493）です。data/ 以下のすべてのファイルは、SHA-256 とともに manifest-sha256.txt に記載されています。tagmanifest-sha256.txt にはタグファイルが記載されています。タグマニフェストには作者の Ed25519 鍵で署名し（rakkan-signature.bin、rakkan-signer.pem）、RFC 3161 のタイムスタンプを付けています（rakkan-timestamp.tsr）。誰でも標準的なツールで確認できます。data/HOW-TO-VERIFY.txt をご覧ください。</translation>
    </message>
    <message>
        <source>Prepared by the rights holder with Rakkan. It is not legal advice.</source>
        <translation>権利者が Rakkan で作成しました。法的助言ではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::AccessLogAudit</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 lines (%3).</source>
        <translation>%1 は %2 行目以降が壊れています（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read from %1</source>
        <translation>
            <numerusform>%1 から %n 行を読みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not in the combined log format were skipped.</source>
        <translation>
            <numerusform>combined 形式でない %n 行を読み飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No request from a crawler on the list.</source>
        <translation>一覧にあるクローラーからのリクエストはありません。</translation>
    </message>
    <message>
        <source>%1 requests, %2 after the reservation, %3 for your works; from %4 to %5 (UTC)</source>
        <translation>リクエスト %1 件、うち権利留保後 %2 件、作品へのもの %3 件。%4 から %5 まで（UTC）</translation>
    </message>
    <message>
        <source>from the addresses %1</source>
        <translation>アクセス元アドレス %1</translation>
    </message>
    <message>
        <source>work %1 &quot;%2&quot;: %3 times, %4 to %5: %6</source>
        <translation>作品 %1「%2」: %3 回、%4 から %5 まで: %6</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::BagItReader</name>
    <message>
        <source>%1 has a line that is not &quot;hash path&quot;.</source>
        <translation>%1 に「ハッシュ パス」の形でない行があります。</translation>
    </message>
    <message>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 は読み取れる zip ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 holds more files than an evidence bag would.</source>
        <translation>%1 には証拠パッケージとしては多すぎるファイルが入っています。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 は壊れています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name a bag may hold.</source>
        <translation>「%1」はパッケージに入れられるファイル名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the bag&apos;s folder.</source>
        <translation>「%1」はパッケージのフォルダーの外にあります。</translation>
    </message>
    <message>
        <source>%1 appears twice in the zip.</source>
        <translation>%1 が zip の中に 2 回あります。</translation>
    </message>
    <message>
        <source>%1 is too large for a tag file.</source>
        <translation>%1 はタグファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 は壊れています: %2 を展開できません。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than an evidence bag would; it was not read further.</source>
        <translation>%1 は証拠パッケージとしては大きすぎるサイズに展開されるため、それ以上読みませんでした。</translation>
    </message>
    <message>
        <source>%1 is damaged in the zip (its checksum fails).</source>
        <translation>zip の中の %1 が壊れています（チェックサムが一致しません）。</translation>
    </message>
    <message>
        <source>bagit.txt is missing or does not say BagIt 1.0.</source>
        <translation>bagit.txt がないか、BagIt 1.0 と書かれていません。</translation>
    </message>
    <message>
        <source>%1 is missing: the payload cannot be checked.</source>
        <translation>%1 がありません。中身を検証できません。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the bag.</source>
        <translation>%1 はマニフェストに記載されていますが、パッケージにありません。</translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 is not the one in the manifest.</source>
        <translation>%1 は変更されています。SHA-256 がマニフェストの値と一致しません。</translation>
    </message>
    <message>
        <source>%1 was added: the manifest does not list it.</source>
        <translation>%1 は後から追加されています。マニフェストに記載がありません。</translation>
    </message>
    <message>
        <source>%1 is missing: the tag files cannot be checked.</source>
        <translation>%1 がありません。タグファイルを検証できません。</translation>
    </message>
    <message>
        <source>%1 is listed in the tag manifest but missing from the bag.</source>
        <translation>%1 はタグマニフェストに記載されていますが、パッケージにありません。</translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 is not the one in the tag manifest.</source>
        <translation>%1 は変更されています。SHA-256 がタグマニフェストの値と一致しません。</translation>
    </message>
    <message>
        <source>The tag manifest does not cover %1.</source>
        <translation>タグマニフェストに %1 が含まれていません。</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1, but the payload is %2 bytes in %3 files.</source>
        <translation>Payload-Oxum は %1 ですが、中身は %3 個のファイルで %2 バイトです。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::BagItWriter</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file of the bag.</source>
        <translation>「%1」はパッケージのファイルにできません。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>%1 を書き込めません（ディスクがいっぱいではありませんか？）。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::CaseDeadlines</name>
    <message>
        <source>A large platform designated under Japan&apos;s Information Distribution Platform Act should tell you its decision within about 7 days.</source>
        <translation>情報流通プラットフォーム対処法で指定された大規模プラットフォームは、おおむね 7 日以内に判断を通知することになっています。</translation>
    </message>
    <message>
        <source>No answer %1 days after the notice: mark the case as unanswered and escalate.</source>
        <translation>通知から %1 日たっても回答がありません。案件を「回答なし」にして、対応を強めてください。</translation>
    </message>
    <message>
        <source>The host acknowledged the notice but has not decided: ask again or escalate.</source>
        <translation>ホストは通知の受領を確認しましたが、まだ判断していません。再度問い合わせるか、対応を強めてください。</translation>
    </message>
    <message>
        <source>Under DMCA §512(g), the host may restore the material 10 to 14 business days after the counter-notice unless you tell it you have filed a court action.</source>
        <translation>DMCA §512(g) により、裁判を起こしたことをホストに伝えない限り、ホストは反論通知から 10〜14 営業日後に素材を元に戻すことができます。</translation>
    </message>
    <message>
        <source>The poster objected: the platform weighs both sides; answer its questions promptly.</source>
        <translation>投稿者が異議を述べました。プラットフォームは双方の主張を検討します。問い合わせには速やかに回答してください。</translation>
    </message>
    <message>
        <source>The poster disputes the notice: decide whether to escalate.</source>
        <translation>投稿者が通知に反論しています。対応を強めるかどうか決めてください。</translation>
    </message>
    <message>
        <source>Under DSA Art. 20, you may complain through the platform&apos;s internal complaint system for six months after its decision.</source>
        <translation>DSA 第 20 条により、プラットフォームの判断から 6 か月間は、その内部の苦情処理制度で不服を申し立てられます。</translation>
    </message>
    <message>
        <source>The notice was refused: decide whether to escalate or close.</source>
        <translation>通知は拒否されました。対応を強めるか、終了するかを決めてください。</translation>
    </message>
    <message>
        <source>Check again that the copy has not come back.</source>
        <translation>コピーが再び掲載されていないか、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Still no answer: escalate to the host behind the site or its network&apos;s abuse contact.</source>
        <translation>まだ回答がありません。サイトの背後のホストか、ネットワークの不正利用窓口に対応を求めてください。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::CaseStatusMachine</name>
    <message>
        <source>Found</source>
        <translation>発見</translation>
    </message>
    <message>
        <source>Evidence frozen</source>
        <translation>証拠保全済み</translation>
    </message>
    <message>
        <source>Notice drafted</source>
        <translation>通知下書き済み</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>通知送付済み</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Counter-notice</source>
        <translation>反論通知</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>対応強化</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>ライセンス済み</translation>
    </message>
    <message>
        <source>US DMCA §512</source>
        <translation>米国 DMCA §512</translation>
    </message>
    <message>
        <source>EU Digital Services Act, Art. 16</source>
        <translation>EU デジタルサービス法 第 16 条</translation>
    </message>
    <message>
        <source>Japan: Information Distribution Platform Act (送信防止措置依頼)</source>
        <translation>日本: 情報流通プラットフォーム対処法（送信防止措置依頼）</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::CaseStore</name>
    <message>
        <source>&quot;%1&quot; is not the address of a web page (http or https).</source>
        <translation>「%1」はウェブページのアドレス（http または https）ではありません。</translation>
    </message>
    <message>
        <source>%1 is a licensed use (offer %2): no case is opened for it.</source>
        <translation>%1 は許諾済みの利用です（オファー %2）。案件は開きません。</translation>
    </message>
    <message>
        <source>%1 is a licensed use (%2): no case is opened for it.</source>
        <translation>%1 は許諾済みの利用です（%2）。案件は開きません。</translation>
    </message>
    <message>
        <source>There is no case %1 in this catalogue.</source>
        <translation>このカタログには案件 %1 がありません。</translation>
    </message>
    <message>
        <source>Case %1 is %2: it cannot change any more.</source>
        <translation>案件 %1 は「%2」です。これ以上状態は変わりません。</translation>
    </message>
    <message>
        <source>Case %1 is %2: it can become %3, not %4.</source>
        <translation>案件 %1 は「%2」です。移れるのは %3 で、「%4」には移れません。</translation>
    </message>
    <message>
        <source>platform: %1</source>
        <translation>プラットフォーム: %1</translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>law: %1</source>
        <translation>適用法: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a re-check result.</source>
        <translation>「%1」は再確認の結果ではありません。</translation>
    </message>
    <message>
        <source>re-checked: %1</source>
        <translation>再確認: %1</translation>
    </message>
    <message>
        <source>Case %1 is %2: it cannot be licensed.</source>
        <translation>案件 %1 は「%2」なので、ライセンスに切り替えられません。</translation>
    </message>
    <message>
        <source>Retroactive licence for %1</source>
        <translation>%1 への事後ライセンス</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Opened from case %1.</source>
        <translation>案件 %1 から作成しました。</translation>
    </message>
    <message>
        <source>From case %1</source>
        <translation>案件 %1 から</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>オファー %1</translation>
    </message>
    <message>
        <source>A licensed use needs the site&apos;s host name (example.com).</source>
        <translation>許諾済みの利用には、サイトのホスト名（example.com）が必要です。</translation>
    </message>
    <message>
        <source>A path begins with &quot;/&quot;.</source>
        <translation>パスは「/」で始まります。</translation>
    </message>
    <message>
        <source>There is no licensed use %1.</source>
        <translation>許諾済みの利用 %1 はありません。</translation>
    </message>
    <message>
        <source>A name, telephone number or e-mail address is one line of text.</source>
        <translation>氏名、電話番号、メールアドレスは 1 行で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the http(s) address of a time-stamping authority.</source>
        <translation>「%1」はタイムスタンプ局の http(s) アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::CaseWorkflow</name>
    <message>
        <source>opened from %1</source>
        <translation>%1 から作成</translation>
    </message>
    <message>
        <source>re-check: %1</source>
        <translation>再確認: %1</translation>
    </message>
    <message>
        <source>Case %1 has no capture of its page.</source>
        <translation>案件 %1 にはページの保存記録がありません。</translation>
    </message>
    <message>
        <source>The capture of case %1 is not where it should be.</source>
        <translation>案件 %1 の保存記録が、あるべき場所にありません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>A notice is written as text, eml or pdf.</source>
        <translation>通知は text、eml、pdf のいずれかで書き出します。</translation>
    </message>
    <message>
        <source>Some pictures of the page could not be read, and none of the others copies your work.</source>
        <translation>ページの画像の一部を読めず、ほかの画像はどれも作品のコピーではありませんでした。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>サーバーは %1 を返しました。</translation>
    </message>
    <message>
        <source>A notice is drafted for at least one case.</source>
        <translation>通知は 1 件以上の案件について下書きします。</translation>
    </message>
    <message>
        <source>Cases %1 and %2 are on different sites (%3, %4): one notice goes to one host.</source>
        <translation>案件 %1 と %2 は別のサイトにあります（%3、%4）。1 通の通知は 1 つのホストに送ります。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::EvidenceBag</name>
    <message>
        <source>Evidence, case %1</source>
        <translation>証拠（案件 %1）</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::EvidenceVerifier</name>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) under data/ match their SHA-256 in the manifest.</source>
        <translation>
            <numerusform>data/ 以下のファイル %n 個が、マニフェストの SHA-256 と一致します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <source>The bag has no signature over its tag manifest.</source>
        <translation>パッケージのタグマニフェストに署名がありません。</translation>
    </message>
    <message>
        <source>The key in rakkan-signer.pem is not the one the bag names (%1).</source>
        <translation>rakkan-signer.pem の鍵は、パッケージが示す鍵（%1）ではありません。</translation>
    </message>
    <message>
        <source>The signature over the tag manifest does not verify: the tag manifest or the signature was changed.</source>
        <translation>タグマニフェストへの署名を検証できません。タグマニフェストか署名が変更されています。</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>The bag has no time-stamp.</source>
        <translation>パッケージにタイムスタンプがありません。</translation>
    </message>
    <message>
        <source>Not checked: give the time-stamping authority&apos;s certificate (--tsa-cert) to check it%1.</source>
        <translation>未確認です。確認するにはタイムスタンプ局の証明書（--tsa-cert）を指定してください%1。</translation>
    </message>
    <message>
        <source>; it says %1 by %2</source>
        <translation>（記載: %1、%2）</translation>
    </message>
    <message>
        <source>The tag manifest existed at %1 (UTC), stamped by %2.</source>
        <translation>タグマニフェストは %1（UTC）に存在していました（%2 によるタイムスタンプ）。</translation>
    </message>
    <message>
        <source>Signed with the key %1, which calls itself &quot;%2&quot;. Only the key is proved: compare it with the creator&apos;s published key.</source>
        <translation>鍵 %1 で署名されています（名乗っている名前は「%2」）。証明されるのは鍵だけです。作者が公開している鍵と照らし合わせてください。</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>The bag is signed with %1, as expected.</source>
        <translation>パッケージは、期待どおり %1 で署名されています。</translation>
    </message>
    <message>
        <source>The bag is not signed with %1.</source>
        <translation>パッケージは %1 で署名されていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::HostFinder</name>
    <message>
        <source>address %1 is in %2</source>
        <translation>アドレス %1 は %2 の範囲内</translation>
    </message>
    <message>
        <source>The RDAP answer is not JSON.</source>
        <translation>RDAP の応答が JSON ではありません。</translation>
    </message>
    <message>
        <source>No RDAP server is known for %1. Update the RDAP bootstrap files (case hosts --update-bootstrap).</source>
        <translation>%1 の RDAP サーバーがわかりません。RDAP ブートストラップファイルを更新してください（case hosts --update-bootstrap）。</translation>
    </message>
    <message>
        <source>The registry at %1 holds no record of %2.</source>
        <translation>%1 のレジストリには %2 の記録がありません。</translation>
    </message>
    <message>
        <source>The registry at %1 answered %2.</source>
        <translation>%1 のレジストリは %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 takes copyright notices through its form: %2</source>
        <translation>%1 は著作権侵害の申告をフォームで受け付けています: %2</translation>
    </message>
    <message>
        <source>%1 takes copyright notices at %2.</source>
        <translation>%1 は著作権侵害の申告を %2 で受け付けています。</translation>
    </message>
    <message>
        <source>%1 is a known platform, but Rakkan&apos;s list has no published notice channel for it: look for &quot;copyright&quot; or &quot;著作権侵害の申告&quot; in its help pages.</source>
        <translation>%1 は既知のプラットフォームですが、Rakkan の一覧には公開された申告窓口がありません。ヘルプページで「著作権侵害の申告」や「copyright」を探してください。</translation>
    </message>
    <message>
        <source>%1 is a large platform designated under Japan&apos;s Information Distribution Platform Act: it must decide on a 送信防止措置依頼 within about 7 days.</source>
        <translation>%1 は情報流通プラットフォーム対処法で指定された大規模プラットフォームです。送信防止措置依頼にはおおむね 7 日以内に判断しなければなりません。</translation>
    </message>
    <message>
        <source>The site is behind %1, a content delivery network that does not host the file. Send the notice to the host behind it, or through %1&apos;s abuse process, which forwards it to the host or tells you who the host is.</source>
        <translation>このサイトは、ファイルをホストしていないコンテンツ配信ネットワーク %1 の背後にあります。通知はその背後のホストへ送るか、%1 の不正利用窓口を通してください。窓口はホストに転送するか、ホストが誰かを教えてくれます。</translation>
    </message>
    <message>
        <source>The domain %1 is registered through %2, whose abuse contact is %3.</source>
        <translation>ドメイン %1 は %2 を通じて登録されており、その不正利用窓口は %3 です。</translation>
    </message>
    <message>
        <source>The domain %1 is registered through %2.</source>
        <translation>ドメイン %1 は %2 を通じて登録されています。</translation>
    </message>
    <message>
        <source>The address %1 belongs to the network %2, whose abuse contact is %3.</source>
        <translation>アドレス %1 はネットワーク %2 に属し、その不正利用窓口は %3 です。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Served from: %1</source>
        <translation>配信元アドレス: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>プラットフォーム: %1</translation>
    </message>
    <message>
        <source>Behind the CDN %1 (%2)</source>
        <translation>CDN %1 の背後にあります（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Domain (RDAP)</source>
        <translation>ドメイン（RDAP）</translation>
    </message>
    <message>
        <source>Network (RDAP)</source>
        <translation>ネットワーク（RDAP）</translation>
    </message>
    <message>
        <source>Where the notice goes:</source>
        <translation>通知の送り先:</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::NoticeDrafter</name>
    <message>
        <source>the complainant&apos;s name</source>
        <translation>申立人の氏名</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>a telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>[to be filled in]</source>
        <translation>［要記入］</translation>
    </message>
    <message>
        <source>published at %1 on %2</source>
        <translation>%2 に %1 で公表</translation>
    </message>
    <message>
        <source>a date to be filled in</source>
        <translation>［日付を記入］</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>ページ: %1</translation>
    </message>
    <message>
        <source>Image: %1 (copies &quot;%2&quot;; seen %3)</source>
        <translation>画像: %1（「%2」のコピー、%3 に確認）</translation>
    </message>
    <message>
        <source>Posted by the account: %1</source>
        <translation>投稿したアカウント: %1</translation>
    </message>
    <message>
        <source>The evidence was frozen before this notice (%1) and is available on request.</source>
        <translation>証拠はこの通知の前に保全しており（%1）、求めに応じて提出できます。</translation>
    </message>
    <message>
        <source>I am the author and copyright owner of the works listed below.</source>
        <translation>私は、下記の作品の著作者であり著作権者です。</translation>
    </message>
    <message>
        <source>I am authorised to act on behalf of %1, the owner of the copyright in the works listed below.</source>
        <translation>私は、下記の作品の著作権者である %1 を代理する権限を有しています。</translation>
    </message>
    <message>
        <source>DMCA notice of infringing links (17 U.S.C. §512(d))</source>
        <translation>侵害リンクに関する DMCA 通知（17 U.S.C. §512(d)）</translation>
    </message>
    <message>
        <source>DMCA notice of copyright infringement (17 U.S.C. §512(c)(3))</source>
        <translation>著作権侵害に関する DMCA 通知（17 U.S.C. §512(c)(3)）</translation>
    </message>
    <message>
        <source>To: %1, designated agent</source>
        <translation>%1 指定代理人 御中</translation>
    </message>
    <message>
        <source>Your service links to copies of them made without permission. I ask you to remove or disable access to these links.</source>
        <translation>貴社のサービスは、許諾なく作成されたそのコピーへのリンクを掲載しています。これらのリンクを削除するか、アクセスできないようにしてください。</translation>
    </message>
    <message>
        <source>Your service hosts copies of them made without permission. I ask you to remove or disable access to this material.</source>
        <translation>貴社のサービスは、許諾なく作成されたそのコピーを掲載しています。この素材を削除するか、アクセスできないようにしてください。</translation>
    </message>
    <message>
        <source>1. The copyrighted works</source>
        <translation>1. 著作物</translation>
    </message>
    <message>
        <source>2. The links to remove, and where they appear</source>
        <translation>2. 削除を求めるリンクとその掲載場所</translation>
    </message>
    <message>
        <source>2. The infringing material, and where to find it</source>
        <translation>2. 侵害している素材とその所在</translation>
    </message>
    <message>
        <source>3. My contact information</source>
        <translation>3. 連絡先</translation>
    </message>
    <message>
        <source>Name: %1
Address: %2
Telephone: %3
E-mail: %4</source>
        <translation>氏名: %1
住所: %2
電話番号: %3
メール: %4</translation>
    </message>
    <message>
        <source>4. Good faith</source>
        <translation>4. 誠実な確信</translation>
    </message>
    <message>
        <source>I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.</source>
        <translation>申し立てている方法での素材の使用は、著作権者、その代理人、または法律によって許されていないと、私は誠実に確信しています。</translation>
    </message>
    <message>
        <source>5. Accuracy</source>
        <translation>5. 正確性</translation>
    </message>
    <message>
        <source>The information in this notification is accurate, and under penalty of perjury, I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is allegedly infringed.</source>
        <translation>この通知の情報は正確です。また、偽証罪の罰則のもとで、私が侵害されているとされる排他的権利の権利者であるか、権利者を代理する権限を有していることを誓います。</translation>
    </message>
    <message>
        <source>6. Signature</source>
        <translation>6. 署名</translation>
    </message>
    <message>
        <source>Notice of illegal content: copyright infringement (Regulation (EU) 2022/2065, Art. 16)</source>
        <translation>違法コンテンツの通知: 著作権侵害（規則 (EU) 2022/2065 第 16 条）</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>(a) Why the content is illegal</source>
        <translation>(a) コンテンツが違法である理由</translation>
    </message>
    <message>
        <source>The content listed below reproduces these works and makes them available to the public without my permission, which infringes the rights of reproduction and of making available to the public (Directive 2001/29/EC, Articles 2 and 3). The copies were identified by comparing them with the originals; no licence covers them.</source>
        <translation>下記のコンテンツは、私の許諾なくこれらの作品を複製して公衆に利用可能にしており、複製権と公衆への利用可能化権（指令 2001/29/EC 第 2 条・第 3 条）を侵害しています。コピーは原作品との比較によって特定しました。これらを対象とするライセンスはありません。</translation>
    </message>
    <message>
        <source>(b) The exact location of the content</source>
        <translation>(b) コンテンツの正確な所在</translation>
    </message>
    <message>
        <source>(c) Who submits this notice</source>
        <translation>(c) 通知の提出者</translation>
    </message>
    <message>
        <source>Name: %1
E-mail: %2</source>
        <translation>氏名: %1
メール: %2</translation>
    </message>
    <message>
        <source>(d) Statement</source>
        <translation>(d) 声明</translation>
    </message>
    <message>
        <source>I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.</source>
        <translation>この通知に含まれる情報と主張が正確かつ完全であると、善意で確信していることを確認します。</translation>
    </message>
    <message>
        <source>Please confirm receipt of this notice and inform me of your decision, as Article 16(4) and (5) require.</source>
        <translation>第 16 条第 4 項・第 5 項のとおり、この通知の受領確認と判断の結果をお知らせください。</translation>
    </message>
    <message>
        <source>Request to take measures to prevent transmission of information infringing copyright</source>
        <translation>著作物等の送信を防止する措置の申出について</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>%1 御中</translation>
    </message>
    <message>
        <source>The circulation of the information below, on the service you manage, infringes the requester&apos;s copyright (the right of public transmission, Article 23 of the Copyright Act) as stated below. I request that you take measures to prevent its transmission.</source>
        <translation>貴社が管理するサービスにおける下記の情報の流通は、下記のとおり申出者の著作権（公衆送信権、著作権法第23条）を侵害しているため、送信を防止する措置を講じるよう依頼します。</translation>
    </message>
    <message>
        <source>1. Requester&apos;s address</source>
        <translation>1. 申出者の住所</translation>
    </message>
    <message>
        <source>2. Requester&apos;s name</source>
        <translation>2. 申出者の氏名</translation>
    </message>
    <message>
        <source>3. Contact (telephone number, e-mail address)</source>
        <translation>3. 連絡先（電話番号、メールアドレス）</translation>
    </message>
    <message>
        <source>4. Information identifying the infringing material</source>
        <translation>4. 侵害情報の特定のための情報</translation>
    </message>
    <message>
        <source>5. Description of the work (title, where and when it was published)</source>
        <translation>5. 著作物等の説明（題名、公表された場所と時期）</translation>
    </message>
    <message>
        <source>6. Explanation of holding the copyright</source>
        <translation>6. 著作権等の権利を有することの説明</translation>
    </message>
    <message>
        <source>The requester created the works in item 5 and holds their copyright.</source>
        <translation>申出者は、5 の著作物の著作者であり、その著作権を有しています。</translation>
    </message>
    <message>
        <source>The requester acts for %1, who holds the copyright of the works in item 5, and is authorised by them to make this request.</source>
        <translation>申出者は、5 の著作物の著作権を有する %1 から委任を受け、この申出を行っています。</translation>
    </message>
    <message>
        <source>7. No permission; within the term of protection</source>
        <translation>7. 無許諾であること、保護期間内であること</translation>
    </message>
    <message>
        <source>The requester has not permitted the poster to use the works. The works are within the term of copyright protection.</source>
        <translation>申出者は、発信者に著作物の利用を許諾していません。著作物は著作権の保護期間内です。</translation>
    </message>
    <message>
        <source>8. How the copyright is infringed</source>
        <translation>8. 著作権等侵害の態様</translation>
    </message>
    <message>
        <source>The material reproduces all or part of the works, mirrored or turned; it is otherwise the same picture.</source>
        <translation>侵害情報は、著作物の全部または一部を左右反転または回転させて複製したもので、それ以外は同一の画像です。</translation>
    </message>
    <message>
        <source>(c) The material reproduces all or part of the works as they are, after compression or conversion of the file format.</source>
        <translation>ハ&#x3000;著作物の全部または一部を、圧縮またはファイル形式の変換をしたうえで、そのまま複製したもの</translation>
    </message>
    <message>
        <source>9. How the infringement can be checked</source>
        <translation>9. 権利侵害を確認可能な方法</translation>
    </message>
    <message>
        <source>Compare the material with the original works published at the addresses in item 5.</source>
        <translation>5 に記載したアドレスで公表されている原著作物と侵害情報を比較することで確認できます。</translation>
    </message>
    <message>
        <source>Forwarding this request to the poster: %1</source>
        <translation>発信者への申出内容の通知: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意します</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>同意しません</translation>
    </message>
    <message>
        <source>Disclosing my name to the poster: %1</source>
        <translation>発信者への氏名の開示: %1</translation>
    </message>
    <message>
        <source>I certify that the above is true.</source>
        <translation>上記内容が事実に相違ないことを証します。</translation>
    </message>
    <message>
        <source>where and when it was published: %1</source>
        <translation>公表された場所と時期: %1</translation>
    </message>
    <message>
        <source>Requester: %1 (seal or signature)</source>
        <translation>申出者: %1（記名押印または署名）</translation>
    </message>
    <message>
        <source>Site or service: %1</source>
        <translation>サイトまたはサービス: %1</translation>
    </message>
    <message>
        <source>(b) The material is a dead copy of all or part of the works.</source>
        <translation>ロ&#x3000;著作物の全部または一部をそのまま複製したもの（デッドコピー）</translation>
    </message>
    <message>
        <source>The material reproduces all or part of the works with changes such as cropping, resizing or recompression; the comparison in the evidence shows which parts.</source>
        <translation>侵害情報は、著作物の全部または一部を、切り抜き、縮小、再圧縮などをして複製したものです。どの部分かは証拠の比較画像のとおりです。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::PageCapturer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sends the request on to %2, which is not a web address.</source>
        <translation>%1 はリクエストを %2 へ転送しますが、これはウェブアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 sends the request on more than %2 times.</source>
        <translation>%1 はリクエストを %2 回を超えて転送します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a web page (http or https).</source>
        <translation>「%1」はウェブページのアドレス（http または https）ではありません。</translation>
    </message>
    <message>
        <source>%1 already holds a capture.</source>
        <translation>%1 にはすでに保存記録があります。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>サーバーは %1 を返しました。</translation>
    </message>
    <message>
        <source>%1 holds no capture.</source>
        <translation>%1 に保存記録がありません。</translation>
    </message>
    <message>
        <source>The capture in %1 is damaged.</source>
        <translation>%1 の保存記録は壊れています。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the capture took longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1: 取得に %n 秒以上かかったため、中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::PlatformDirectory</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is too large for a list of platforms.</source>
        <translation>%1 はプラットフォームの一覧としては大きすぎます。</translation>
    </message>
    <message>
        <source>The list of platforms is not readable JSON (%1).</source>
        <translation>プラットフォームの一覧を JSON として読めません（%1）。</translation>
    </message>
    <message>
        <source>A platform in the list has no id or name.</source>
        <translation>一覧に、ID または名前のないプラットフォームがあります。</translation>
    </message>
    <message>
        <source>The notice form of %1 is not an https address.</source>
        <translation>%1 の申告フォームが https のアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::RdapBootstrap</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 は大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is not an RDAP bootstrap file.</source>
        <translation>%1 は RDAP ブートストラップファイルではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 は %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 lists no RDAP server.</source>
        <translation>%1 には RDAP サーバーが記載されていません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::enforcement::TimeStampAuthority</name>
    <message>
        <source>The time-stamp is not an RFC 3161 time-stamp.</source>
        <translation>このタイムスタンプは RFC 3161 のタイムスタンプではありません。</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>タイムスタンプ局が要求を拒否しました。</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request: %1</source>
        <translation>タイムスタンプ局が要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The time-stamp is for another document: it does not stamp this tag manifest.</source>
        <translation>このタイムスタンプは別の文書のものです。このタグマニフェストに付けられたものではありません。</translation>
    </message>
    <message>
        <source>The time-stamp does not answer this request (its nonce differs).</source>
        <translation>このタイムスタンプは今回の要求への応答ではありません（ナンスが異なります）。</translation>
    </message>
    <message>
        <source>The time-stamp&apos;s signature does not verify against the authority&apos;s certificate.</source>
        <translation>タイムスタンプの署名を、タイムスタンプ局の証明書で検証できません。</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made.</source>
        <translation>タイムスタンプの要求を作成できませんでした。</translation>
    </message>
    <message>
        <source>The time-stamping authority at %1 could not be reached: %2</source>
        <translation>%1 のタイムスタンプ局に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The time-stamping authority at %1 answered %2.</source>
        <translation>%1 のタイムスタンプ局は %2 を返しました。</translation>
    </message>
    <message>
        <source>The time-stamping authority at %1 gave an answer that does not hold: %2</source>
        <translation>%1 のタイムスタンプ局の応答は有効ではありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The time-stamping authority at %1 stamped %2 (UTC), %n minute(s) away from this computer&apos;s clock: the time-stamp was not kept.</source>
        <translation>
            <numerusform>%1 のタイムスタンプ局の時刻は %2（UTC）で、このコンピューターの時計と %n 分ずれています。タイムスタンプは保存しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::features::LocalFeatures</name>
    <message>
        <source>The stored local features of a picture are damaged; compute them again (Compute Missing Fingerprints and ISCC).</source>
        <translation>保存されている画像の局所特徴量が壊れています。もう一度計算してください（「不足しているフィンガープリントと ISCC を計算」）。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::HubServer</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The certificate or key could not be loaded (PEM files that belong together?).</source>
        <translation>証明書または鍵を読み込めませんでした（対になる PEM ファイルを指定していますか？）。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this computer).</source>
        <translation>%1:%2 で待ち受けできません（使用中か、このコンピューターのアドレスではありません）。</translation>
    </message>
    <message>
        <source>%1 declarations copied, %2 were there already; receipts and ISCC-IDs unchanged.</source>
        <translation>%1 件の宣言を複写しました（%2 件は既にありました）。受領証と ISCC-ID は変わっていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::HubService</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>リクエストの本文が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Too many declarations from this key; try again in %1 s.</source>
        <translation>この鍵からの宣言が送信数の上限を超えました。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Duplicate declaration for datahash: %1</source>
        <translation>この datahash はすでに宣言されています: %1</translation>
    </message>
    <message>
        <source>Nonce already used: %1</source>
        <translation>このノンスはすでに使用されています: %1</translation>
    </message>
    <message>
        <source>No declaration %1 here.</source>
        <translation>このハブには宣言 %1 はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISCC unit.</source>
        <translation>「%1」は ISCC ユニットではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDQ hash (64 hex digits).</source>
        <translation>「%1」は PDQ ハッシュ（64 桁の 16 進数）ではありません。</translation>
    </message>
    <message>
        <source>The similarity index is still being read.</source>
        <translation>類似検索インデックスをまだ読み込んでいます。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::HubStore</name>
    <message>
        <source>Declaration %1 would be out of order in the log.</source>
        <translation>宣言 %1 はログの順序に合いません。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::HubStores</name>
    <message>
        <source>The target holds more declarations (%1) than the hub being moved (%2): it is another hub&apos;s log.</source>
        <translation>移行先には移すハブ（%2 件）より多くの宣言（%1 件）があります。別のハブのログです。</translation>
    </message>
    <message>
        <source>The target already holds declarations that are not this hub&apos;s (declaration %1 differs).</source>
        <translation>移行先には、このハブのものではない宣言が既にあります（宣言 %1 が異なります）。</translation>
    </message>
    <message>
        <source>Declaration %1 could not be copied: its nonce is in the target already.</source>
        <translation>宣言 %1 を複写できませんでした。そのノンスは移行先に既にあります。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::PostgresHubStore</name>
    <message>
        <source>The system could not provide random numbers for the hub&apos;s key.</source>
        <translation>ハブの鍵を作成するための乱数をシステムから取得できませんでした。</translation>
    </message>
    <message>
        <source>The hub&apos;s key in the database is not a 32-byte seed.</source>
        <translation>データベース内のハブの鍵が 32 バイトのシードではありません。</translation>
    </message>
    <message>
        <source>This hub database has another hub&apos;s key.</source>
        <translation>このハブのデータベースには別のハブの鍵があります。</translation>
    </message>
</context>
<context>
    <name>rakkan::hub::SqliteHubStore</name>
    <message>
        <source>The system could not provide random numbers for the hub&apos;s key.</source>
        <translation>ハブの鍵を作成するための乱数をシステムから取得できませんでした。</translation>
    </message>
    <message>
        <source>This hub database has another hub&apos;s key.</source>
        <translation>このハブのデータベースには別のハブの鍵があります。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::DidWeb</name>
    <message>
        <source>&quot;%1&quot; is not a did:web identifier (it starts with &quot;did:web:&quot; and names your site, for example did:web:example.com).</source>
        <translation>「%1」は did:web 識別子ではありません（did:web 識別子は「did:web:」で始まり、あなたのサイトを示します。例: did:web:example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a web domain after &quot;did:web:&quot;.</source>
        <translation>「%1」には「did:web:」の後に Web ドメインがありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or invalid path part after the domain.</source>
        <translation>「%1」のドメインの後のパス部分が空か、正しくありません。</translation>
    </message>
    <message>
        <source>The DID document is for &quot;%1&quot;, not for the signature&apos;s controller &quot;%2&quot;.</source>
        <translation>この DID ドキュメントは「%1」のものです。署名のコントローラー「%2」のものではありません。</translation>
    </message>
    <message>
        <source>The DID document of &quot;%1&quot; does not list the key that made this signature.</source>
        <translation>「%1」の DID ドキュメントには、この署名に使われた鍵が記載されていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::FileVault</name>
    <message>
        <source>The key folder %1 could not be created.</source>
        <translation>鍵フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The key file of &quot;%1&quot; is missing (%2). Import the key&apos;s backup file to use this identity here.</source>
        <translation>「%1」の鍵ファイルが見つかりません（%2）。このコンピューターでこのアイデンティティを使うには、鍵のバックアップファイルから復元してください。</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>鍵ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed.</source>
        <translation>鍵ファイル %1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::IdentityManager</name>
    <message>
        <source>This kind of key storage is not available here.</source>
        <translation>この種類の鍵の保管場所は、このコンピューターでは使用できません。</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Imported identity</source>
        <translation>復元したアイデンティティ</translation>
    </message>
    <message>
        <source>This catalogue keeps the key of &quot;%1&quot; in the system keychain; import it there.</source>
        <translation>このカタログでは「%1」の鍵をシステムのキーチェーンに保管しています。そちらに取り込んでください。</translation>
    </message>
    <message>
        <source>This catalogue keeps the key of &quot;%1&quot; in a passphrase-protected key file; import it there.</source>
        <translation>このカタログでは「%1」の鍵をパスフレーズで保護された鍵ファイルに保管しています。そちらに取り込んでください。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::IdentityStore</name>
    <message>
        <source>There is no signing identity yet. Create one first (Identity page, or &quot;rakkan-cli identity create&quot;).</source>
        <translation>署名用アイデンティティがまだありません。先に作成してください（「署名用アイデンティティ」ウィンドウ、または「rakkan-cli identity create」で作成できます）。</translation>
    </message>
    <message>
        <source>There is no signing identity number %1.</source>
        <translation>番号 %1 の署名用アイデンティティはありません。</translation>
    </message>
    <message>
        <source>There is no signing identity called &quot;%1&quot;.</source>
        <translation>「%1」という名前の署名用アイデンティティはありません。</translation>
    </message>
    <message>
        <source>Several identities are called &quot;%1&quot;; name one by its number.</source>
        <translation>「%1」という名前のアイデンティティが複数あります。番号で指定してください。</translation>
    </message>
    <message>
        <source>An identity needs a name (an artist or studio name).</source>
        <translation>アイデンティティには名前（作家名またはスタジオ名）が必要です。</translation>
    </message>
    <message>
        <source>There is no work number %1.</source>
        <translation>番号 %1 の作品はありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::KeyFile</name>
    <message>
        <source>This is not a Rakkan key file, or it is damaged.</source>
        <translation>Rakkan の鍵ファイルではないか、破損しています。</translation>
    </message>
    <message>
        <source>This key file is of version %1; this Rakkan reads version %2. Update Rakkan.</source>
        <translation>この鍵ファイルのバージョンは %1 ですが、このバージョンの Rakkan で読み込めるのはバージョン %2 です。Rakkan を更新してください。</translation>
    </message>
    <message>
        <source>The key file&apos;s public key is damaged.</source>
        <translation>鍵ファイルの公開鍵が破損しています。</translation>
    </message>
    <message>
        <source>The key file is encrypted in a way this Rakkan does not know.</source>
        <translation>この鍵ファイルは、このバージョンの Rakkan が対応していない方式で暗号化されています。</translation>
    </message>
    <message>
        <source>The key inside the file is damaged.</source>
        <translation>ファイル内の鍵が破損しています。</translation>
    </message>
    <message>
        <source>The key inside the file does not belong to the public key it names.</source>
        <translation>ファイル内の鍵が、ファイルに記載された公開鍵と対応していません。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::KeychainSecrets</name>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました: %1</translation>
    </message>
    <message>
        <source>The system keychain has no such entry.</source>
        <translation>システムのキーチェーンに該当する項目がありません。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (%1).</source>
        <translation>このコンピューターではシステムのキーチェーンを使用できません（%1）。</translation>
    </message>
</context>
<context>
    <name>rakkan::identity::KeychainVault</name>
    <message>
        <source>The private key is not in this computer&apos;s keychain. Import the key&apos;s backup file to use this identity here.</source>
        <translation>秘密鍵がこのコンピューターのキーチェーンにありません。このコンピューターでこのアイデンティティを使うには、鍵のバックアップファイルから復元してください。</translation>
    </message>
    <message>
        <source>The keychain holds a different or damaged key for &quot;%1&quot;.</source>
        <translation>キーチェーンに保管されている「%1」の鍵が異なるか、破損しています。</translation>
    </message>
    <message>
        <source>%1 Keep the key in a passphrase-protected key file instead.</source>
        <translation>%1 代わりに、パスフレーズで保護された鍵ファイルに鍵を保管してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ClipReader</name>
    <message>
        <source>The CLIP Studio file is cut off before its end (an interrupted download or copy?).</source>
        <translation>CLIP Studio ファイルが途中で切れています（ダウンロードやコピーが中断された可能性があります）。</translation>
    </message>
    <message>
        <source>The CLIP Studio file is damaged: its canvas information is missing.</source>
        <translation>CLIP Studio ファイルが破損しています（キャンバス情報がありません）。</translation>
    </message>
    <message>
        <source>The CLIP Studio file&apos;s canvas information is unreasonably large.</source>
        <translation>CLIP Studio ファイルのキャンバス情報が異常に大きいため、読み込みません。</translation>
    </message>
    <message>
        <source>The CLIP Studio file is damaged: its canvas information cannot be read.</source>
        <translation>CLIP Studio ファイルが破損しています（キャンバス情報を読み取れません）。</translation>
    </message>
    <message>
        <source>This CLIP Studio file has no canvas preview, so Rakkan cannot see the picture. Open it in CLIP Studio Paint and save it again.</source>
        <translation>この CLIP Studio ファイルにはキャンバスのプレビューがないため、Rakkan は絵を読み取れません。CLIP Studio Paint で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>The canvas preview inside the CLIP Studio file cannot be read: %1</source>
        <translation>CLIP Studio ファイル内のキャンバスのプレビューを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::FileScanner</name>
    <message>
        <source>The link points to a file that no longer exists.</source>
        <translation>リンク先のファイルが存在しません。</translation>
    </message>
    <message>
        <source>There is no file or folder at this path.</source>
        <translation>このパスにはファイルもフォルダーもありません。</translation>
    </message>
    <message>
        <source>This folder is a link back into a folder that contains it; it was skipped to avoid an endless loop.</source>
        <translation>このフォルダーは、自分自身を含むフォルダーへのリンクです。無限ループを避けるため、スキップしました。</translation>
    </message>
    <message>
        <source>You do not have permission to open this folder.</source>
        <translation>このフォルダーを開く権限がありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::HeifReader</name>
    <message>
        <source>There is not enough memory to open this picture.</source>
        <translation>この画像を開くためのメモリが足りません。</translation>
    </message>
    <message>
        <source>This %1 picture cannot be read: %2.</source>
        <translation>この %1 画像を読み込めません: %2。</translation>
    </message>
    <message>
        <source>This %1 picture decodes to no usable pixels.</source>
        <translation>この %1 画像を復号しても、使えるピクセルがありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::HtmlPdf</name>
    <message>
        <source>Writing a PDF needs fonts, which this program has not loaded.</source>
        <translation>PDF の作成にはフォントが必要ですが、このプログラムはフォントを読み込んでいません。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>PDF の作成を開始できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ImageDecoder</name>
    <message>
        <source>The image declares %1 x %2 pixels, more than Rakkan reads safely (at most %3 megapixels and %4 pixels a side). It was not opened, to protect your computer&apos;s memory.</source>
        <translation>この画像のサイズは %1 × %2 ピクセルと記録されており、Rakkan が安全に読み込める上限（最大 %3 メガピクセル、1 辺 %4 ピクセルまで）を超えています。コンピューターのメモリを保護するため、開きませんでした。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Reading %1 images needs Qt&apos;s extra image format plugins, which are not installed (Debian package qt6-image-formats-plugins).</source>
        <translation>%1 画像を読み込むには Qt の追加画像形式プラグインが必要ですが、インストールされていません（Debian パッケージ qt6-image-formats-plugins）。</translation>
    </message>
    <message>
        <source>The %1 file is damaged: its header cannot be read.</source>
        <translation>%1 ファイルが破損しています（ヘッダーを読み取れません）。</translation>
    </message>
    <message>
        <source>The JPEG file is cut off before its end (an interrupted download or copy?).</source>
        <translation>JPEG ファイルが途中で切れています（ダウンロードやコピーが中断された可能性があります）。</translation>
    </message>
    <message>
        <source>The PNG file is cut off before its end (an interrupted download or copy?).</source>
        <translation>PNG ファイルが途中で切れています（ダウンロードやコピーが中断された可能性があります）。</translation>
    </message>
    <message>
        <source>The GIF file is cut off before its end (an interrupted download or copy?).</source>
        <translation>GIF ファイルが途中で切れています（ダウンロードやコピーが中断された可能性があります）。</translation>
    </message>
    <message>
        <source>The %1 image is damaged and cannot be decoded (%2).</source>
        <translation>%1 画像が破損しているため、デコードできません（%2）。</translation>
    </message>
    <message>
        <source>This is not an image Rakkan can read. Supported: JPEG, PNG, WebP, TIFF, GIF, BMP, HEIC, AVIF, JPEG XL, Photoshop (.psd, .psb), CLIP Studio Paint (.clip), Krita (.kra), OpenRaster (.ora), Procreate (.procreate) and MediBang Paint / FireAlpaca (.mdp).</source>
        <translation>Rakkan で読み込める画像ではありません。対応形式: JPEG、PNG、WebP、TIFF、GIF、BMP、HEIC、AVIF、JPEG XL、Photoshop（.psd、.psb）、CLIP Studio Paint（.clip）、Krita（.kra）、OpenRaster（.ora）、Procreate（.procreate）、MediBang Paint / FireAlpaca（.mdp）。</translation>
    </message>
    <message>
        <source>The %1 file is cut short: a part of it runs past its end.</source>
        <translation>%1 ファイルは途中で切れています。一部がファイルの終わりを越えています。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ImageFile</name>
    <message>
        <source>The file no longer exists.</source>
        <translation>ファイルが見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file is %1, more than Rakkan imports (%2).</source>
        <translation>ファイルサイズが %1 あり、Rakkan が取り込める上限（%2）を超えています。</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>このファイルを読み取る権限がありません。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ImageFormat</name>
    <message>
        <source>Photoshop</source>
        <translation>Photoshop</translation>
    </message>
    <message>
        <source>Photoshop large document</source>
        <translation>Photoshop ラージドキュメント</translation>
    </message>
    <message>
        <source>CLIP Studio Paint</source>
        <translation>CLIP Studio Paint</translation>
    </message>
    <message>
        <source>Krita</source>
        <translation>Krita</translation>
    </message>
    <message>
        <source>OpenRaster</source>
        <translation>OpenRaster</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::JpegLumaReader</name>
    <message>
        <source>This JPEG&apos;s colours (RGB, CMYK) or its arithmetic coding need the full decoder.</source>
        <translation>この JPEG の色形式（RGB、CMYK）または算術符号化は、完全なデコーダーで読む必要があります。</translation>
    </message>
    <message>
        <source>The JPEG file is damaged: it has more than %1 scans, far more than any real picture.</source>
        <translation>JPEG ファイルが破損しています。スキャンが %1 個を超えており、実際の画像ではありえない数です。</translation>
    </message>
    <message>
        <source>The JPEG image is damaged and cannot be decoded (%1).</source>
        <translation>JPEG 画像が破損しているため、デコードできません（%1）。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::JxlReader</name>
    <message>
        <source>This JPEG XL picture is damaged or cut off.</source>
        <translation>この JPEG XL 画像は破損しているか、途中で途切れています。</translation>
    </message>
    <message>
        <source>There is not enough memory to open this picture.</source>
        <translation>この画像を開くためのメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::MdpReader</name>
    <message>
        <source>The MediBang Paint file is damaged: %1.</source>
        <translation>MediBang Paint のファイルが破損しています: %1。</translation>
    </message>
    <message>
        <source>it does not start with its signature</source>
        <translation>ファイルの先頭にシグネチャがありません</translation>
    </message>
    <message>
        <source>The MediBang Paint file is cut off inside its description.</source>
        <translation>MediBang Paint のファイルが、内容の記述の途中で途切れています。</translation>
    </message>
    <message>
        <source>its description is not readable XML (%1)</source>
        <translation>内容の記述が読み取れる XML ではありません（%1）</translation>
    </message>
    <message>
        <source>This MediBang Paint file keeps no preview of its canvas, which is what Rakkan reads.</source>
        <translation>この MediBang Paint のファイルには、Rakkan が読み込むキャンバスのプレビューが保存されていません。</translation>
    </message>
    <message>
        <source>a data block has no signature</source>
        <translation>データブロックにシグネチャがありません</translation>
    </message>
    <message>
        <source>The MediBang Paint file is cut off inside its data.</source>
        <translation>MediBang Paint のファイルがデータの途中で途切れています。</translation>
    </message>
    <message>
        <source>There is not enough memory to open this picture.</source>
        <translation>この画像を開くためのメモリが足りません。</translation>
    </message>
    <message>
        <source>its preview does not unpack to its size</source>
        <translation>プレビューを展開しても、記載されたサイズになりません</translation>
    </message>
    <message>
        <source>its preview is shorter than its size</source>
        <translation>プレビューのデータが、記載されたサイズより短くなっています</translation>
    </message>
    <message>
        <source>Rakkan read the preview MediBang Paint keeps in the file (%1 x %2 pixels) of a %3 x %4 canvas; the layers themselves are not drawn.</source>
        <translation>Rakkan は、MediBang Paint がファイル内に保存している %3 × %4 のキャンバスのプレビュー（%1 × %2 ピクセル）を読み込みました。レイヤーそのものは描画していません。</translation>
    </message>
    <message>
        <source>The preview this MediBang Paint file names (%1) is not in it.</source>
        <translation>この MediBang Paint のファイルが示すプレビュー（%1）が、ファイル内にありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::PsdCompositor</name>
    <message>
        <source>There is not enough memory to draw this picture.</source>
        <translation>この画像を描画するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>Not drawn: %1 (%2).</source>
        <translation>描画していないもの: %1（%2）。</translation>
    </message>
    <message>
        <source>Layer effects (shadows, strokes, glows) not drawn: %1.</source>
        <translation>レイヤー効果（ドロップシャドウ、境界線、光彩）は描画していません: %1。</translation>
    </message>
    <message>
        <source>The layer groups of this Photoshop file are nested more than %1 deep.</source>
        <translation>この Photoshop ファイルのレイヤーグループは %1 階層を超えて入れ子になっています。</translation>
    </message>
    <message>
        <source>A layer group of this Photoshop file is not closed.</source>
        <translation>この Photoshop ファイルには、閉じられていないレイヤーグループがあります。</translation>
    </message>
    <message>
        <source>This Photoshop file has too many large layers to draw in reasonable time without a flattened image.</source>
        <translation>この Photoshop ファイルには統合画像がなく、大きなレイヤーが多すぎるため、妥当な時間内に描画できません。</translation>
    </message>
    <message>
        <source>unnamed layer</source>
        <translation>名前のないレイヤー</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::PsdLayers</name>
    <message>
        <source>adjustment layer</source>
        <translation>調整レイヤー</translation>
    </message>
    <message>
        <source>gradient fill</source>
        <translation>グラデーション塗りつぶし</translation>
    </message>
    <message>
        <source>pattern fill</source>
        <translation>パターン塗りつぶし</translation>
    </message>
    <message>
        <source>The layers of this Photoshop file are damaged: %1.</source>
        <translation>この Photoshop ファイルのレイヤーが破損しています: %1。</translation>
    </message>
    <message>
        <source>the layer list runs past its section</source>
        <translation>レイヤー一覧がセクションの範囲を超えています</translation>
    </message>
    <message>
        <source>it declares %1 layers</source>
        <translation>%1 枚のレイヤーがあると宣言されています</translation>
    </message>
    <message>
        <source>layer %1 has a negative size</source>
        <translation>レイヤー %1 のサイズが負の値です</translation>
    </message>
    <message>
        <source>layer %1 declares %2 channels</source>
        <translation>レイヤー %1 に %2 個のチャンネルがあると宣言されています</translation>
    </message>
    <message>
        <source>layer %1 has no blend mode signature</source>
        <translation>レイヤー %1 に描画モードのシグネチャがありません</translation>
    </message>
    <message>
        <source>The Photoshop file is cut off inside its layers.</source>
        <translation>Photoshop ファイルがレイヤーの途中で途切れています。</translation>
    </message>
    <message>
        <source>colour fill in a colour space Rakkan does not draw</source>
        <translation>Rakkan が描画できないカラースペースのべた塗り</translation>
    </message>
    <message>
        <source>a layer declares %1 x %2 pixels</source>
        <translation>レイヤーが %1 × %2 ピクセルと宣言されています</translation>
    </message>
    <message>
        <source>There is not enough memory to draw this layer.</source>
        <translation>このレイヤーを描画するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The mask of layer &quot;%1&quot; does not decode.</source>
        <translation>レイヤー「%1」のマスクを復号できません。</translation>
    </message>
    <message>
        <source>The pixels of layer &quot;%1&quot; do not decode.</source>
        <translation>レイヤー「%1」のピクセルを復号できません。</translation>
    </message>
    <message>
        <source>layer %1 is larger than Photoshop allows</source>
        <translation>レイヤー %1 が Photoshop の上限より大きくなっています</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::PsdReader</name>
    <message>
        <source>The Photoshop file is damaged: %1.</source>
        <translation>Photoshop ファイルが破損しています（%1）。</translation>
    </message>
    <message>
        <source>The Photoshop file is cut off before its end (an interrupted download or copy?).</source>
        <translation>Photoshop ファイルが途中で切れています（ダウンロードやコピーが中断された可能性があります）。</translation>
    </message>
    <message>
        <source>it does not start with the Photoshop signature</source>
        <translation>Photoshop のシグネチャで始まっていません</translation>
    </message>
    <message>
        <source>The Photoshop file uses colour mode %1, which Rakkan cannot read.</source>
        <translation>この Photoshop ファイルはカラーモード %1 を使用しており、Rakkan では読み込めません。</translation>
    </message>
    <message>
        <source>too few channels for its colour mode</source>
        <translation>カラーモードに対してチャンネル数が足りません</translation>
    </message>
    <message>
        <source>the colour table is missing</source>
        <translation>カラーテーブルがありません</translation>
    </message>
    <message>
        <source>The flattened image of this Photoshop file is ZIP-compressed, which Rakkan cannot read yet.</source>
        <translation>この Photoshop ファイルの統合画像は ZIP 圧縮されています。Rakkan はこの形式にまだ対応していません。</translation>
    </message>
    <message>
        <source>There is not enough memory to open this Photoshop file.</source>
        <translation>この Photoshop ファイルを開くためのメモリが不足しています。</translation>
    </message>
    <message>
        <source>a compressed row does not decode to the image width</source>
        <translation>圧縮された行を展開した結果が画像の幅と一致しません</translation>
    </message>
    <message>
        <source>it declares an unknown version (%1)</source>
        <translation>未知のバージョン（%1）が指定されています</translation>
    </message>
    <message>
        <source>it declares %1 colour channels</source>
        <translation>カラーチャンネル数が %1 と指定されています</translation>
    </message>
    <message>
        <source>it declares %1 bits per channel, which Photoshop never writes</source>
        <translation>チャンネルあたり %1 ビットと指定されていますが、Photoshop はこの値を書き込みません</translation>
    </message>
    <message>
        <source>it declares an image without pixels</source>
        <translation>画素を持たない画像として指定されています</translation>
    </message>
    <message>
        <source>This Photoshop file was saved without a flattened image (&quot;Maximize Compatibility&quot; was off) and has no layers to draw it from.</source>
        <translation>この Photoshop ファイルは統合画像なしで保存されており（「互換性を優先」がオフ）、描画に使えるレイヤーもありません。</translation>
    </message>
    <message>
        <source>Rakkan made this picture from the file&apos;s layers: it was saved without a flattened image (&quot;Maximize Compatibility&quot; off).</source>
        <translation>この画像は Rakkan がファイルのレイヤーから合成しました。ファイルが統合画像なしで保存されていたためです（「互換性を優先」がオフ）。</translation>
    </message>
</context>
<context>
    <name>rakkan::imaging::ZipImageReader</name>
    <message>
        <source>The %1 file is damaged: its zip directory cannot be read (cut off or corrupt?).</source>
        <translation>%1 ファイルが破損しています。ZIP のディレクトリ情報を読み取れません（ファイルが途中で切れているか、壊れている可能性があります）。</translation>
    </message>
    <message>
        <source>This %1 file has no flattened image (mergedimage.png); it may have been saved by a very old version. Open it and save it again.</source>
        <translation>この %1 ファイルには統合画像（mergedimage.png）がありません。非常に古いバージョンで保存された可能性があります。開いて保存し直してください。</translation>
    </message>
    <message>
        <source>The %1 file is damaged.</source>
        <translation>%1 ファイルが破損しています。</translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image cannot be opened.</source>
        <translation>%1 ファイルが破損しています（統合画像を開けません）。</translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image cannot be unpacked.</source>
        <translation>%1 ファイルが破損しています（統合画像を展開できません）。</translation>
    </message>
    <message>
        <source>The flattened image inside this %1 file unpacks to more than it declares; it was not read further.</source>
        <translation>この %1 ファイル内の統合画像は、展開すると記録上のサイズを超えるため、読み込みを中止しました。</translation>
    </message>
    <message>
        <source>The %1 file is damaged: its flattened image fails its checksum.</source>
        <translation>%1 ファイルが破損しています（統合画像のチェックサムが一致しません）。</translation>
    </message>
    <message>
        <source>The flattened image inside the %1 file cannot be read: %2</source>
        <translation>%1 ファイル内の統合画像を読み取れません: %2</translation>
    </message>
    <message>
        <source>The flattened image inside this %1 file claims %2, more than Rakkan reads safely.</source>
        <translation>この %1 ファイル内の統合画像は %2 と申告されており、Rakkan が安全に読み込める大きさを超えています。</translation>
    </message>
    <message>
        <source>This Procreate file has no preview picture (QuickLook/Thumbnail.png), which is the only flattened picture it can hold.</source>
        <translation>この Procreate ファイルにはプレビュー画像（QuickLook/Thumbnail.png）がありません。Procreate ファイルに入る統合画像はこのプレビューだけです。</translation>
    </message>
    <message>
        <source>Rakkan read the preview Procreate keeps in the file (%1 x %2 pixels); the canvas itself, kept as tiles, may be larger.</source>
        <translation>Rakkan は、Procreate がファイル内に保存しているプレビュー（%1 × %2 ピクセル）を読み込みました。タイルとして保存されているキャンバス本体は、これより大きい場合があります。</translation>
    </message>
</context>
<context>
    <name>rakkan::iscc::InstanceCode</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::iscc::IsccCodec</name>
    <message>
        <source>&quot;%1&quot; is not an ISCC: it is not base32.</source>
        <translation>「%1」は ISCC ではありません（base32 ではありません）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISCC: its header is damaged.</source>
        <translation>「%1」は ISCC ではありません（ヘッダーが壊れています）。</translation>
    </message>
</context>
<context>
    <name>rakkan::iscc::IsccComposite</name>
    <message>
        <source>An ISCC-CODE needs at least a Data-Code and an Instance-Code.</source>
        <translation>ISCC-CODE には少なくとも Data-Code と Instance-Code が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter than 64 bits and cannot be part of an ISCC-CODE.</source>
        <translation>「%1」は 64 ビットより短いため、ISCC-CODE の一部にできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISCC unit.</source>
        <translation>「%1」は ISCC ユニットではありません。</translation>
    </message>
    <message>
        <source>The Semantic-Code and the Content-Code are of different media types.</source>
        <translation>Semantic-Code と Content-Code のメディアタイプが異なります。</translation>
    </message>
    <message>
        <source>An ISCC-CODE takes one unit of each type.</source>
        <translation>ISCC-CODE には、各タイプのユニットを 1 つずつしか含められません。</translation>
    </message>
</context>
<context>
    <name>rakkan::iscc::IsccSignature</name>
    <message>
        <source>The document names another public key than the one signing it.</source>
        <translation>文書に記された公開鍵が、署名に使う鍵と一致しません。</translation>
    </message>
    <message>
        <source>The document carries no signature.</source>
        <translation>文書に署名がありません。</translation>
    </message>
    <message>
        <source>Unknown signature version &quot;%1&quot;; Rakkan reads %2.</source>
        <translation>署名のバージョン「%1」には対応していません。Rakkan が読めるのは %2 です。</translation>
    </message>
    <message>
        <source>The signature&apos;s proof is not a multibase Ed25519 signature.</source>
        <translation>署名の proof が multibase 形式の Ed25519 署名ではありません。</translation>
    </message>
    <message>
        <source>The signature does not match: the document was changed after it was signed, or it was signed by another key.</source>
        <translation>署名が一致しません。署名の後に文書が変更されたか、別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The document&apos;s &quot;signature&quot; member is not an object.</source>
        <translation>文書の「signature」メンバーがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The document is already signed. Remove its signature first to sign it again.</source>
        <translation>この文書はすでに署名されています。署名し直すには、先に既存の署名を削除してください。</translation>
    </message>
    <message>
        <source>Unknown signature version &quot;%1&quot;; Rakkan writes %2.</source>
        <translation>署名のバージョン「%1」には対応していません。Rakkan が書き込めるのは %2 です。</translation>
    </message>
    <message>
        <source>An identity-bound signature needs a controller (your did:web). Bind one to the identity first.</source>
        <translation>identity-bound 署名にはコントローラー（あなたの did:web）が必要です。先にアイデンティティにコントローラーを関連付けてください。</translation>
    </message>
    <message>
        <source>The document was signed by another key than the expected one.</source>
        <translation>この文書は、想定とは別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The signature carries no public key (a proof-only signature): name the signer&apos;s key to check it.</source>
        <translation>この署名には公開鍵が含まれていません（proof-only 署名）。検証するには署名者の鍵を指定してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::iscc::MetaCodes</name>
    <message>
        <source>A Meta-Code needs a title: the work has none (or only blank characters).</source>
        <translation>Meta-Code にはタイトルが必要ですが、この作品にはタイトルがありません（または空白文字だけです）。</translation>
    </message>
    <message>
        <source>%1 bits is not a Meta-Code length (64 to 256, a multiple of 32).</source>
        <translation>%1 ビットは Meta-Code の長さとして使えません（64〜256 の範囲の 32 の倍数にしてください）。</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::Ledger</name>
    <message>
        <source>date</source>
        <translation>入金日</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>licensee</source>
        <translation>ライセンシー</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency Rakkan knows (ISO 4217, e.g. JPY, USD, EUR).</source>
        <translation>「%1」は Rakkan が対応している通貨ではありません（ISO 4217 の通貨コード。例: JPY、USD、EUR）。</translation>
    </message>
    <message>
        <source>An amount must be zero or more, and not absurdly large.</source>
        <translation>金額は 0 以上の、現実的な範囲の値にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write digits, optionally with a decimal point (no sign, no exponent).</source>
        <translation>「%1」は金額として認識できません。数字で入力してください。小数点は使えますが、符号や指数表記は使えません。</translation>
    </message>
    <message>
        <source>%1 has no decimals: &quot;%2&quot; is not an amount of it.</source>
        <translation>%1 には小数部がないため、「%2」は金額として指定できません。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals: &quot;%3&quot; has more.</source>
        <translation>%1 の小数部は %2 桁までです。「%3」はこれを超えています。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be added without an exchange rate.</source>
        <translation>%1 と %2 は、為替レートなしでは合算できません。</translation>
    </message>
    <message>
        <source>A share must be a non-negative fraction.</source>
        <translation>比率は 0 以上の分数で指定する必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with its currency, e.g. &quot;500000 JPY&quot;.</source>
        <translation>「%1」は通貨付きの金額として認識できません。金額と通貨を指定してください（例: &quot;500000 JPY&quot;）。</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferComparison</name>
    <message>
        <source>Compare two to %1 offers at a time (%2 chosen).</source>
        <translation>一度に比較できるオファーは 2〜%1 件です（%2 件選択されています）。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>注意点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferExchange</name>
    <message>
        <source>The licence file is larger than 1 MiB; it is not read.</source>
        <translation>ライセンスのファイルが 1 MiB を超えているため、読み込みません。</translation>
    </message>
    <message>
        <source>This licence is not plain RSL 1.0: %1</source>
        <translation>このライセンスは RSL 1.0 に沿っていません: %1</translation>
    </message>
    <message>
        <source>The licence&apos;s payment: %1</source>
        <translation>ライセンスの支払い: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferStatusMachine</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>検討中</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>情報を請求中</translation>
    </message>
    <message>
        <source>Countered</source>
        <translation>対案を提示</translation>
    </message>
    <message>
        <source>Counter-offer received</source>
        <translation>対案を受領</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受諾</translation>
    </message>
    <message>
        <source>Awaiting co-signers</source>
        <translation>共同権利者の承認待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期間満了</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>After the term</source>
        <translation>契約終了後</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>失効（期限切れ）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The offer is %1: that is final, nothing follows it.</source>
        <translation>このオファーは「%1」です。最終的な状態のため、これ以上状態を変更できません。</translation>
    </message>
    <message>
        <source>An offer that is %1 cannot become %2; it can become: %3.</source>
        <translation>「%1」のオファーを「%2」にすることはできません。変更できる状態: %3。</translation>
    </message>
    <message>
        <source>%1 of %2 required co-rights-holders have approved: the licence cannot become active before all have.</source>
        <translation>必要な共同権利者 %2 人のうち、承認済みは %1 人です。全員が承認するまで、ライセンスを有効にできません。</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferStore</name>
    <message>
        <source>There is no offer %1.</source>
        <translation>番号 %1 のオファーはありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a co-rights-holder of offer %2 waiting to approve.</source>
        <translation>「%1」は、オファー %2 の承認待ちの共同権利者ではありません。</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>%1 が承認しました</translation>
    </message>
    <message>
        <source>A payment needs an amount and the date it arrived.</source>
        <translation>支払いには金額と入金日が必要です。</translation>
    </message>
    <message>
        <source>A new offer starts as a draft, as received or as a counter-offer; later states follow from transitions.</source>
        <translation>新しいオファーは、下書き、受領、対案のいずれかとして登録します。それ以降の状態は、状態の変更によって設定します。</translation>
    </message>
    <message>
        <source>An offer that is %1 keeps the terms it had; record changed terms as a counter-offer or a renewal.</source>
        <translation>「%1」のオファーの条件は変更できません。条件を変える場合は、対案または更新として記録してください。</translation>
    </message>
    <message>
        <source>Terms changed: %1</source>
        <translation>条件を変更: %1</translation>
    </message>
    <message>
        <source>This file is not a PDF: it does not start as one.</source>
        <translation>このファイルは PDF ではありません（PDF の形式で始まっていません）。</translation>
    </message>
    <message>
        <source>This PDF is cut short: its end is missing. Download it again.</source>
        <translation>この PDF は途中で切れています（末尾がありません）。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; keep the contract itself, not its attachments.</source>
        <translation>%1 は %2 MiB を超えています。添付資料ではなく、契約書そのものを保管してください。</translation>
    </message>
    <message>
        <source>This document is already kept with the offer, as %1.</source>
        <translation>この文書は、すでに「%1」としてこのオファーに保管されています。</translation>
    </message>
    <message>
        <source>Document kept: %1 (SHA-256 %2)</source>
        <translation>文書を保管: %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>番号 %1 の文書はありません。</translation>
    </message>
    <message>
        <source>The kept document no longer matches its SHA-256; the catalogue is damaged. Restore it from a backup.</source>
        <translation>保管している文書が SHA-256 と一致しません。カタログが破損しています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferSummary</name>
    <message>
        <source>Summary of a licensing offer</source>
        <translation>ライセンスのオファーの概要</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>注意点</translation>
    </message>
    <message>
        <source>Documents kept</source>
        <translation>保管している文書</translation>
    </message>
    <message>
        <source>Made with Rakkan from the creator&apos;s own record of the offer. It is not legal advice: have the contract itself read before signing.</source>
        <translation>クリエイター自身が記録したオファーの内容をもとに、Rakkan で作成しました。法的助言ではありません。署名する前に、契約書そのものを専門家に確認してもらってください。</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferTerms</name>
    <message>
        <source>AI training</source>
        <translation>AI 学習</translation>
    </message>
    <message>
        <source>Training generative AI</source>
        <translation>生成 AI の学習</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <source>Input to AI answers (RAG)</source>
        <translation>AI の回答生成への入力（RAG）</translation>
    </message>
    <message>
        <source>Reference at generation time</source>
        <translation>生成時の参照</translation>
    </message>
    <message>
        <source>AI indexing</source>
        <translation>AI 向けのインデックス化</translation>
    </message>
    <message>
        <source>Imitating the style</source>
        <translation>画風の模倣</translation>
    </message>
    <message>
        <source>Reproducing characters</source>
        <translation>キャラクターの再現</translation>
    </message>
    <message>
        <source>Derivative works</source>
        <translation>二次的著作物</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>定額</translation>
    </message>
    <message>
        <source>Per work</source>
        <translation>1 作品あたり</translation>
    </message>
    <message>
        <source>Share of a pool</source>
        <translation>分配原資からの按分</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>Per use</source>
        <translation>利用ごと</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>トークンごと</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス</translation>
    </message>
    <message>
        <source>Attribution only (no money)</source>
        <translation>クレジット表記のみ（金銭なし）</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Platform or marketplace</source>
        <translation>プラットフォームまたはマーケットプレイス</translation>
    </message>
    <message>
        <source>Through the publisher</source>
        <translation>出版社経由</translation>
    </message>
    <message>
        <source>Collective licensing</source>
        <translation>集中管理団体による一括許諾</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>和解</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>One named model</source>
        <translation>指定された 1 つのモデル</translation>
    </message>
    <message>
        <source>A model and its successors</source>
        <translation>指定モデルとその後継モデル</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Non-commercial</source>
        <translation>非営利</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育機関</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Models may no longer be used</source>
        <translation>モデルも使用できなくなる</translation>
    </message>
    <message>
        <source>Data deleted, models kept</source>
        <translation>データは削除、モデルは存続</translation>
    </message>
    <message>
        <source>Models stay in use</source>
        <translation>モデルは引き続き使用される</translation>
    </message>
    <message>
        <source>Models retrained without the works</source>
        <translation>作品を除いてモデルを再学習</translation>
    </message>
    <message>
        <source>No takedown</source>
        <translation>削除要請への対応なし</translation>
    </message>
    <message>
        <source>Delete the works</source>
        <translation>作品を削除</translation>
    </message>
    <message>
        <source>Suppress similar outputs</source>
        <translation>類似した出力を抑制</translation>
    </message>
    <message>
        <source>Retrain without the works</source>
        <translation>作品を除いて再学習</translation>
    </message>
    <message>
        <source>Paid by the licensee</source>
        <translation>ライセンシーが負担</translation>
    </message>
    <message>
        <source>Paid by you</source>
        <translation>あなたが負担</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>双方で分担</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>publisher %1</source>
        <translation>出版社 %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>platform %1</source>
        <translation>プラットフォーム %1</translation>
    </message>
    <message>
        <source>you %1</source>
        <translation>あなた %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>提示元</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>仲介者</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>なし（直接）</translation>
    </message>
    <message>
        <source>Intermediary share</source>
        <translation>仲介者の取り分</translation>
    </message>
    <message>
        <source>Ultimate licensee</source>
        <translation>最終的なライセンシー</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>非開示</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>受け取った経路</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Works covered</source>
        <translation>対象作品</translation>
    </message>
    <message>
        <source>The whole portfolio</source>
        <translation>すべての作品（ポートフォリオ全体）</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n 件の作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-rights-holders who must approve</source>
        <translation>承認が必要な共同権利者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Permitted uses</source>
        <translation>許諾される用途</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>禁止される用途</translation>
    </message>
    <message>
        <source>Models covered</source>
        <translation>対象モデル</translation>
    </message>
    <message>
        <source>Who may use the models</source>
        <translation>モデルを利用できる者</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>全世界</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Licence term</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <source>Renews by itself</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Trained models after the term</source>
        <translation>契約期間終了後の学習済みモデル</translation>
    </message>
    <message>
        <source>Rights granted</source>
        <translation>許諾される権利</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <source>May sublicense</source>
        <translation>サブライセンスの可否</translation>
    </message>
    <message>
        <source>Covers future deals</source>
        <translation>将来の取引も対象</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金銭条件</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Cannot be worked out</source>
        <translation>算出できません</translation>
    </message>
    <message>
        <source>Protections</source>
        <translation>保護条項</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>クレジット表記</translation>
    </message>
    <message>
        <source>Output safeguards</source>
        <translation>出力の安全対策</translation>
    </message>
    <message>
        <source>Warrants its other data is lawful</source>
        <translation>ほかの学習データの適法性の保証</translation>
    </message>
    <message>
        <source>Audit and reporting</source>
        <translation>監査と報告</translation>
    </message>
    <message>
        <source>You may audit</source>
        <translation>監査権あり</translation>
    </message>
    <message>
        <source>No audit right</source>
        <translation>監査権なし</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内</numerusform>
        </translation>
    </message>
    <message>
        <source>Takedown and unlearning</source>
        <translation>削除要請と学習の取り消し</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>秘密保持</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>準拠法</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>An offer needs a title and who makes it.</source>
        <translation>オファーにはタイトルと提示元が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a use Rakkan knows; uses: %2.</source>
        <translation>「%1」は Rakkan が認識できる用途ではありません。使用できる用途: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both permitted and prohibited.</source>
        <translation>「%1」を許諾と禁止の両方に指定することはできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a class of users Rakkan knows; classes: %2.</source>
        <translation>「%1」は Rakkan が認識できる利用者の区分ではありません。使用できる区分: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (ISO 3166, two letters) or EU.</source>
        <translation>「%1」は国コード（ISO 3166 の 2 文字）でも EU でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>「%1」は指定できません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>A share is between 0 and 100 %.</source>
        <translation>割合は 0〜100 % の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A takedown period is between 0 and 3650 days.</source>
        <translation>削除要請への対応期限は 0〜3650 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The licence cannot end before it starts.</source>
        <translation>ライセンスの終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Unknown payment basis &quot;%1&quot;.</source>
        <translation>「%1」という支払いの算定方式はありません。</translation>
    </message>
    <message>
        <source>The publisher&apos;s, agent&apos;s and platform&apos;s shares add up to more than 100 %.</source>
        <translation>出版社、エージェント、プラットフォームの取り分の合計が 100 % を超えています。</translation>
    </message>
    <message>
        <source>A cap or floor is in the currency of its payment (%1).</source>
        <translation>上限額と最低額は、その支払いと同じ通貨（%1）で指定してください。</translation>
    </message>
    <message>
        <source>A payment&apos;s cap is below its floor.</source>
        <translation>支払いの上限額が最低額を下回っています。</translation>
    </message>
    <message>
        <source>Fixed money per work</source>
        <translation>作品 1 点あたりの固定額</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::OfferValue</name>
    <message>
        <source>%1 per work per year</source>
        <translation>作品 1 点・1 年あたり %1</translation>
    </message>
    <message>
        <source>%1 per work; the term is not stated</source>
        <translation>作品 1 点あたり %1（期間の記載なし）</translation>
    </message>
    <message>
        <source>%1 a year for the whole portfolio</source>
        <translation>全作品で 1 年あたり %1</translation>
    </message>
    <message>
        <source>%1 for the whole portfolio; the term is not stated</source>
        <translation>全作品で %1（期間の記載なし）</translation>
    </message>
</context>
<context>
    <name>rakkan::licensing::RedFlags</name>
    <message>
        <source>Models trained on your works keep being used after the licence ends: the licence cannot really be ended.</source>
        <translation>あなたの作品を使って作られた学習済みモデルが、ライセンス終了後も使われ続けます。実質的にライセンスを終了できません。</translation>
    </message>
    <message>
        <source>What happens to trained models after the term</source>
        <translation>契約期間終了後の学習済みモデルの扱い</translation>
    </message>
    <message>
        <source>The offer does not say what happens to trained models after the term; unless it says so, they usually stay in use.</source>
        <translation>このオファーには、契約期間終了後の学習済みモデルの扱いが記載されていません。明記されていない場合、通常はそのまま使われ続けます。</translation>
    </message>
    <message>
        <source>It grants permission for future deals you have not seen yet.</source>
        <translation>まだ内容を確認していない将来の取引についても、許諾することになります。</translation>
    </message>
    <message>
        <source>Blanket permission for future deals</source>
        <translation>将来の取引に対する包括的な許諾</translation>
    </message>
    <message>
        <source>You do not know who will finally use your works: the real buyer is not named.</source>
        <translation>作品を最終的に利用するのが誰か分かりません。実際の買い手が明記されていません。</translation>
    </message>
    <message>
        <source>Ultimate licensee</source>
        <translation>最終的なライセンシー</translation>
    </message>
    <message numerus="yes">
        <source>You are given %n day(s) to answer: pressure to sign before you can get advice.</source>
        <translation>
            <numerusform>回答期限まで %n 日しかありません。助言を受ける前に署名を急がせる圧力になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>The intermediary keeps %1 % of the money.</source>
        <translation>報酬の %1 % を仲介者が受け取ります。</translation>
    </message>
    <message>
        <source>Intermediary share</source>
        <translation>仲介者の取り分</translation>
    </message>
    <message>
        <source>Imitating your style is not excluded: models may be prompted to draw &quot;in your style&quot;.</source>
        <translation>画風の模倣が禁止されていません。モデルに「あなたの画風で」描くよう指示できてしまいます。</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>禁止される用途</translation>
    </message>
    <message>
        <source>You have no right to check how your works are used or what the payments are based on.</source>
        <translation>作品の使われ方や、支払額の算定根拠を確認する権利がありません。</translation>
    </message>
    <message>
        <source>Audit and reporting</source>
        <translation>監査と報告</translation>
    </message>
    <message>
        <source>The buyer does not warrant that the rest of its training data was obtained lawfully.</source>
        <translation>買い手は、ほかの学習データが適法に取得されたことを保証していません。</translation>
    </message>
    <message>
        <source>Provenance warranty</source>
        <translation>学習データの適法性の保証</translation>
    </message>
    <message>
        <source>Some of these works are under an active exclusive licence (&quot;%1&quot;).</source>
        <translation>これらの作品の一部には、有効な独占ライセンス（「%1」）が設定されています。</translation>
    </message>
    <message>
        <source>Works covered</source>
        <translation>対象作品</translation>
    </message>
    <message>
        <source>Your published reservation says AI training is not licensed; accepting this offer contradicts it.</source>
        <translation>公開している権利留保では、AI 学習を許諾しないとしています。このオファーを受諾すると、それと矛盾します。</translation>
    </message>
    <message>
        <source>Permitted uses</source>
        <translation>許諾される用途</translation>
    </message>
    <message>
        <source>It pays %1 per work per year, below your minimum of %2.</source>
        <translation>支払額は作品 1 点・1 年あたり %1 で、設定した最低額 %2 を下回っています。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Even at best it pays %1 per work per year, below your minimum of %2 (the offer does not state its term or the works it covers; a term is counted as at least a year).</source>
        <translation>最も有利に見積もっても作品 1 点・1 年あたり %1 で、設定した最低額 %2 を下回ります（オファーに期間または対象作品の記載がないため、期間は 1 年以上として計算しています）。</translation>
    </message>
</context>
<context>
    <name>rakkan::matching::CatalogMatcher</name>
    <message>
        <source>This picture has too little detail (almost flat, or tiny) to be compared reliably.</source>
        <translation>この画像は細部が少なすぎる（ほぼ無地か、ごく小さい）ため、確実に比較できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::matching::Transforms</name>
    <message>
        <source>JPEG quality 30</source>
        <translation>JPEG 品質 30</translation>
    </message>
    <message>
        <source>JPEG quality 75</source>
        <translation>JPEG 品質 75</translation>
    </message>
    <message>
        <source>scaled to 25 %</source>
        <translation>25 % に縮小</translation>
    </message>
    <message>
        <source>scaled to 150 %</source>
        <translation>150 % に拡大</translation>
    </message>
    <message>
        <source>black letterbox</source>
        <translation>黒帯（レターボックス）</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <source>quarter turn</source>
        <translation>90° 回転</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>more contrast</source>
        <translation>コントラスト強調</translation>
    </message>
    <message>
        <source>gamma 0.6</source>
        <translation>ガンマ 0.6</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>the file itself</source>
        <translation>ファイルそのもの</translation>
    </message>
    <message>
        <source>WebP quality 60</source>
        <translation>WebP 品質 60</translation>
    </message>
    <message>
        <source>256 colours (PNG8)</source>
        <translation>256 色 (PNG8)</translation>
    </message>
    <message>
        <source>re-upload (70 %, JPEG 80)</source>
        <translation>再アップロード（70 %、JPEG 80）</translation>
    </message>
    <message>
        <source>cropped to 90 %</source>
        <translation>90 % にトリミング</translation>
    </message>
    <message>
        <source>cropped to 75 %</source>
        <translation>75 % にトリミング</translation>
    </message>
    <message>
        <source>a corner, 60 %</source>
        <translation>隅の 60 %</translation>
    </message>
    <message>
        <source>white border</source>
        <translation>白い余白</translation>
    </message>
    <message>
        <source>turned 3°</source>
        <translation>3° 回転</translation>
    </message>
    <message>
        <source>turned 10°</source>
        <translation>10° 回転</translation>
    </message>
    <message>
        <source>Japanese text watermark across it</source>
        <translation>全面に日本語の文字透かし</translation>
    </message>
    <message>
        <source>screenshot in a browser window</source>
        <translation>ブラウザーウィンドウ内のスクリーンショット</translation>
    </message>
</context>
<context>
    <name>rakkan::matching::Verdicts</name>
    <message>
        <source>Your work, almost certainly</source>
        <translation>ほぼ確実にあなたの作品です</translation>
    </message>
    <message>
        <source>Very likely a copy of your work</source>
        <translation>あなたの作品の複製である可能性が非常に高いです</translation>
    </message>
    <message>
        <source>Possibly a copy: compare them by eye</source>
        <translation>複製の可能性あり: 目視で比較してください</translation>
    </message>
    <message>
        <source>Mirrored left to right.</source>
        <translation>左右反転されています。</translation>
    </message>
    <message>
        <source>Upside down.</source>
        <translation>上下逆さまです。</translation>
    </message>
    <message>
        <source>Turned a quarter turn anticlockwise.</source>
        <translation>反時計回りに 90° 回転されています。</translation>
    </message>
    <message>
        <source>Turned a quarter turn clockwise.</source>
        <translation>時計回りに 90° 回転されています。</translation>
    </message>
    <message>
        <source>Turned by about %1° anticlockwise.</source>
        <translation>反時計回りに約 %1° 回転されています。</translation>
    </message>
    <message>
        <source>Turned by about %1° clockwise.</source>
        <translation>時計回りに約 %1° 回転されています。</translation>
    </message>
    <message>
        <source>Only a part of the work: about %1 % of it, such as one panel of a page.</source>
        <translation>作品の一部だけです（約 %1 %。ページの中の一コマなど）。</translation>
    </message>
    <message>
        <source>Cropped to about %1 % of the work.</source>
        <translation>作品の約 %1 % にトリミングされています。</translation>
    </message>
    <message>
        <source>Shown inside a larger picture (a screenshot, a web page or a collage).</source>
        <translation>より大きな画像の中に表示されています（スクリーンショット、ウェブページ、コラージュなど）。</translation>
    </message>
    <message>
        <source>One panel of the page.</source>
        <translation>ページの一コマです。</translation>
    </message>
    <message>
        <source>Shown inside a border or a larger picture.</source>
        <translation>余白の中、またはより大きな画像の中に表示されています。</translation>
    </message>
    <message>
        <source>Partly covered or painted over (a watermark, lettering or a sticker).</source>
        <translation>一部が覆われているか、描き加えられています（透かし、文字、スタンプなど）。</translation>
    </message>
    <message>
        <source>The same picture, re-saved, resized or recompressed.</source>
        <translation>同じ画像です（保存し直し、サイズ変更、再圧縮）。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n keypoint(s) line up.</source>
        <translation>
            <numerusform>%n 個の特徴点が一致する位置にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fingerprints are %n bit(s) apart (of 256).</source>
        <translation>
            <numerusform>フィンガープリントの差は %n ビットです（256 ビット中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirrored top to bottom.</source>
        <translation>上下反転されています。</translation>
    </message>
    <message>
        <source>Mirrored along a diagonal.</source>
        <translation>対角線で反転されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::net::Http</name>
    <message>
        <source>The network library could not start.</source>
        <translation>ネットワークライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent to it.</source>
        <translation>サーバーの証明書を検証できなかったため、何も送信しませんでした。</translation>
    </message>
    <message>
        <source>The address is not a valid http or https address.</source>
        <translation>このアドレスは有効な http または https のアドレスではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and the internet connection.</source>
        <translation>サーバー名が見つかりませんでした。アドレスとインターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The server could not be reached: it refused the connection or is not running.</source>
        <translation>サーバーに接続できませんでした。接続が拒否されたか、サーバーが動いていません。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server sent the request on to other addresses too many times.</source>
        <translation>サーバーがリクエストを他のアドレスへ転送した回数が多すぎます。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストをキャンセルしました。</translation>
    </message>
    <message>
        <source>The connection broke before the server&apos;s answer was complete.</source>
        <translation>サーバーの応答が完了する前に接続が切れました。</translation>
    </message>
    <message>
        <source>There was not enough memory for the server&apos;s answer.</source>
        <translation>サーバーの応答を受け取るためのメモリが足りませんでした。</translation>
    </message>
    <message>
        <source>The network request failed.</source>
        <translation>ネットワークのリクエストに失敗しました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes.</source>
        <translation>サーバーの応答が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The address leads into this computer or its local network, which Rakkan does not fetch from a web page.</source>
        <translation>このアドレスはこのコンピューターかローカルネットワークの内部を指しています。Rakkan はウェブページからの指定でそこへは接続しません。</translation>
    </message>
</context>
<context>
    <name>rakkan::pg::Connection</name>
    <message>
        <source>PostgreSQL: out of memory while connecting.</source>
        <translation>PostgreSQL：接続中にメモリが不足しました。</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>PostgreSQL に接続できません：%1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL：%1</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached.</source>
        <translation>PostgreSQL に到達できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::registry::HubClient</name>
    <message>
        <source>The receipt&apos;s ISCC-ID &quot;%1&quot; was not issued by hub %2.</source>
        <translation>受領証の ISCC-ID「%1」は、ハブ %2 が発行したものではありません。</translation>
    </message>
    <message>
        <source>The receipt is for another declaration than the one sent.</source>
        <translation>受領証は、送信した宣言とは別の宣言に対するものです。</translation>
    </message>
    <message>
        <source>The hub is busy or failing (HTTP %1); Rakkan will try again.</source>
        <translation>ハブが混雑しているか、障害が発生しています（HTTP %1）。Rakkan が後で再送します。</translation>
    </message>
    <message>
        <source>The hub answered HTTP %1 with something that is not JSON.</source>
        <translation>ハブから HTTP %1 で JSON ではない応答が返されました。</translation>
    </message>
    <message>
        <source>The hub refused the declaration (HTTP %1).</source>
        <translation>ハブが宣言を拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The hub answered with an unexpected HTTP status %1.</source>
        <translation>ハブから予期しない HTTP ステータス %1 が返されました。</translation>
    </message>
    <message>
        <source>This server does not describe itself as an ISCC hub.</source>
        <translation>このサーバーは、自身を ISCC ハブとして示していません。</translation>
    </message>
    <message>
        <source>The hub cannot look this up (HTTP %1).</source>
        <translation>このハブでは照会できません（HTTP %1）。</translation>
    </message>
    <message>
        <source>The hub refused the lookup: %1</source>
        <translation>ハブが照会を拒否しました: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to a lookup is not a list of matches.</source>
        <translation>照会に対するハブの応答が、一致結果の一覧になっていません。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to a lookup holds a malformed match.</source>
        <translation>照会に対するハブの応答に、形式が正しくない一致結果が含まれています。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted for this address. Nothing was sent. %1</source>
        <translation>このアドレスに対するハブの証明書は信頼されていません。何も送信していません。%1</translation>
    </message>
    <message>
        <source>The hub could not be reached or did not answer. %1</source>
        <translation>ハブに接続できないか、ハブから応答がありませんでした。%1</translation>
    </message>
    <message>
        <source>The hub could not be reached. %1</source>
        <translation>ハブに接続できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>rakkan::registry::Outbox</name>
    <message>
        <source>No work belongs to a series called &quot;%1&quot;.</source>
        <translation>シリーズ「%1」に属する作品はありません。</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; is needed to sign.</source>
        <translation>署名するには「%1」のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Already declared at this hub as %1 by %2.</source>
        <translation>このハブでは、すでに %1 として宣言されています（宣言者: %2）。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
</context>
<context>
    <name>rakkan::registry::Registries</name>
    <message>
        <source>There is no registry called &quot;%1&quot;. Add it with &quot;rakkan-cli registry add&quot;.</source>
        <translation>「%1」というレジストリはありません。「rakkan-cli registry add」で追加してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address (https://host[:port], without a path).</source>
        <translation>「%1」はハブのアドレスではありません（パスを含まない https://host[:port] の形式で指定してください）。</translation>
    </message>
    <message>
        <source>Declarations go to hubs over https only (plain http is allowed for this computer alone).</source>
        <translation>宣言は https でのみハブに送信します（暗号化しない http は、このコンピューター上のハブに対してのみ使用できます）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ed25519 public key (z6Mk...).</source>
        <translation>「%1」は Ed25519 公開鍵（z6Mk...）ではありません。</translation>
    </message>
    <message>
        <source>A hub id is a number from 0 to 4095.</source>
        <translation>ハブ ID には 0 から 4095 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>The registry could not be added (is the name &quot;%1&quot; taken?): %2</source>
        <translation>レジストリを追加できませんでした（「%1」という名前はすでに使われていませんか？）: %2</translation>
    </message>
    <message>
        <source>This registry holds %1 submissions whose receipts are kept; it cannot be removed.</source>
        <translation>このレジストリには受領証を保管している宣言が %1 件あるため、削除できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::registry::Spawning</name>
    <message>
        <source>Checking with Spawning needs a Spawning API key.</source>
        <translation>Spawning で確認するには、Spawning の API キーが必要です。</translation>
    </message>
    <message>
        <source>Spawning refused the API key (HTTP %1).</source>
        <translation>Spawning が API キーを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>Spawning is busy or failing (HTTP %1); try again later.</source>
        <translation>Spawning が混雑しているか、障害が発生しています（HTTP %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Spawning answered HTTP %1 without the list of URLs it should give.</source>
        <translation>Spawning から HTTP %1 が返されましたが、返されるはずの URL の一覧が含まれていませんでした。</translation>
    </message>
    <message>
        <source>No public image URLs to hand over: add where each work is published first.</source>
        <translation>引き渡す公開画像 URL がありません。先に各作品の掲載先を追加してください。</translation>
    </message>
    <message>
        <source>Have I Been Trained did not accept the list (HTTP %1).</source>
        <translation>Have I Been Trained が URL の一覧を受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Nothing was sent. %2</source>
        <translation>%1 の証明書は信頼されていません。何も送信していません。%2</translation>
    </message>
    <message>
        <source>%1 could not be reached. %2</source>
        <translation>%1 に接続できませんでした。%2</translation>
    </message>
</context>
<context>
    <name>rakkan::registry::VendorForms</name>
    <message>
        <source>One request per image: the form asks for a copy of the image and a description.</source>
        <translation>画像 1 点につき 1 件の申請が必要です。フォームでは画像のコピーと説明の入力を求められます。</translation>
    </message>
    <message>
        <source>Upload each file from this packet&apos;s &quot;files&quot; folder, with its line from descriptions.csv.</source>
        <translation>この提出用パッケージの「files」フォルダーにある各ファイルを、descriptions.csv の対応する行の内容とともにアップロードしてください。</translation>
    </message>
    <message>
        <source>Give your name and the email address the confirmation should go to.</source>
        <translation>氏名と、確認メールの送信先となるメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Keep the confirmation email: the form sends no machine-readable receipt.</source>
        <translation>確認メールは保管しておいてください。このフォームは機械可読な受領証を発行しません。</translation>
    </message>
    <message>
        <source>Also block GPTBot in your site&apos;s robots.txt.</source>
        <translation>あわせて、ご自身のサイトの robots.txt で GPTBot をブロックしてください。</translation>
    </message>
    <message>
        <source>This form is for personal information only, not for copyright: use it when Meta AI shows your personal details.</source>
        <translation>このフォームは個人情報専用で、著作権に関する申し立てには使えません。Meta AI があなたの個人情報を表示する場合に使用してください。</translation>
    </message>
    <message>
        <source>Choose to object to or restrict the processing, and give your name and email address.</source>
        <translation>処理への異議申し立てか処理の制限かを選び、氏名とメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Give the prompts that made Meta AI show your information, with screenshots as evidence.</source>
        <translation>Meta AI があなたの情報を表示したときのプロンプトを、証拠となるスクリーンショットとともに入力してください。</translation>
    </message>
    <message>
        <source>Also block meta-externalagent in your site&apos;s robots.txt.</source>
        <translation>あわせて、ご自身のサイトの robots.txt で meta-externalagent をブロックしてください。</translation>
    </message>
    <message>
        <source>Stability AI honours Spawning&apos;s Do Not Train registry: run &quot;rakkan-cli spawning handoff&quot; for the public URLs in descriptions.csv.</source>
        <translation>Stability AI は Spawning の Do Not Train レジストリに従います。descriptions.csv にある公開 URL について「rakkan-cli spawning handoff」を実行してください。</translation>
    </message>
    <message>
        <source>Finish the opt-out on Have I Been Trained, logged in to your account.</source>
        <translation>アカウントにログインした状態で、Have I Been Trained でオプトアウトを完了してください。</translation>
    </message>
    <message>
        <source>Sign in with a verified name or a linked social account.</source>
        <translation>認証済みの名前、または連携したソーシャルアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Apply the &quot;do not train&quot; preference to each file from this packet&apos;s &quot;files&quot; folder.</source>
        <translation>この提出用パッケージの「files」フォルダーにある各ファイルに、「do not train」（AI の学習に使用しない）の設定を適用してください。</translation>
    </message>
    <message>
        <source>Unknown vendor &quot;%1&quot;; known: %2.</source>
        <translation>「%1」というベンダーはありません。使用できるベンダー: %2。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>title (Latin script)</source>
        <translation>ローマ字表記のタイトル</translation>
    </message>
    <message>
        <source>series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>rights holders</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>published at</source>
        <translation>掲載先</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>フォーム: %1</translation>
    </message>
    <message>
        <source>When done, record it: rakkan-cli vendor mark --vendor %1 --state submitted --work ID...</source>
        <translation>提出が済んだら、次のコマンドで記録してください: rakkan-cli vendor mark --vendor %1 --state submitted --work ID...</translation>
    </message>
    <message>
        <source>Rakkan reminds you to check again after %1 days.</source>
        <translation>%1 日後に、Rakkan が再確認のリマインダーを表示します。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;; use prepared, submitted or confirmed.</source>
        <translation>「%1」という状態はありません。prepared（準備済み）、submitted（提出済み）、confirmed（確認済み）のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put in place.</source>
        <translation>%1 を所定の場所に配置できませんでした。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::AiAgents</name>
    <message>
        <source>This is not ai.robots.txt&apos;s robots.json (a JSON object of agents).</source>
        <translation>これは ai.robots.txt の robots.json（エージェントの JSON オブジェクト）ではありません。</translation>
    </message>
    <message>
        <source>The file names no crawler token.</source>
        <translation>このファイルにはクローラーのトークンが記載されていません。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::AiTxt</name>
    <message>
        <source>ai.txt has no rules.</source>
        <translation>ai.txt にルールがありません。</translation>
    </message>
    <message>
        <source>Datasets may use images such as %1.</source>
        <translation>データセットは %1 などの画像を利用できます。</translation>
    </message>
    <message>
        <source>Datasets may not use images such as %1.</source>
        <translation>データセットは %1 などの画像を利用できません。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::CopyExporter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be put in place.</source>
        <translation>%1 を所定の場所に配置できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::CredentialVerdict</name>
    <message>
        <source>No Content Credentials.</source>
        <translation>コンテンツ認証情報はありません。</translation>
    </message>
    <message>
        <source>The Content Credentials do not hold (%1), so what they say is not counted.</source>
        <translation>コンテンツ認証情報が成り立たないため（%1）、その内容は判定に含めません。</translation>
    </message>
    <message>
        <source>signed by %1, a signer you trust</source>
        <translation>署名者: %1（あなたが信頼する署名者）</translation>
    </message>
    <message>
        <source>signed by %1, not on the C2PA trust list</source>
        <translation>署名者: %1（C2PA トラストリストに載っていません）</translation>
    </message>
    <message>
        <source>Valid Content Credentials (%1) say nothing about AI training.</source>
        <translation>有効なコンテンツ認証情報（%1）は、AI の学習について何も述べていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::PolicyStore</name>
    <message>
        <source>There is no reservation policy called &quot;%1&quot;.</source>
        <translation>「%1」という権利留保ポリシーはありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::ReservationPolicy</name>
    <message>
        <source>No AI training or AI input without a licence.</source>
        <translation>ライセンスなしでの AI 学習および AI への入力を禁止します。</translation>
    </message>
    <message>
        <source>No AI training or AI input is permitted.</source>
        <translation>AI 学習および AI への入力は一切許可しません。</translation>
    </message>
    <message>
        <source>No use as AI input (retrieval, grounding) is permitted.</source>
        <translation>AI への入力（検索拡張・グラウンディング）としての利用は一切許可しません。</translation>
    </message>
    <message>
        <source>This is not a reservation policy (no format number).</source>
        <translation>これは権利留保ポリシーではありません（形式番号がありません）。</translation>
    </message>
    <message>
        <source>This reservation policy was written by a newer Rakkan (format %1); update Rakkan to read it.</source>
        <translation>この権利留保ポリシーは新しいバージョンの Rakkan で作成されています（形式 %1）。読み込むには Rakkan を更新してください。</translation>
    </message>
    <message>
        <source>The site address must be a full https:// address without a path, e.g. https://artist.example.</source>
        <translation>サイトのアドレスは、パスを含まない完全な https:// アドレスで指定してください（例: https://artist.example）。</translation>
    </message>
    <message>
        <source>The terms address must be a full https:// address.</source>
        <translation>利用条件のページのアドレスは、完全な https:// アドレスで指定してください。</translation>
    </message>
    <message>
        <source>The contact e-mail address is not valid.</source>
        <translation>連絡先のメールアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>Offering licences needs a terms address or a contact e-mail, so that developers can ask.</source>
        <translation>ライセンスを提供するには、開発者が問い合わせできるよう、利用条件のページのアドレスか連絡先のメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>The licence price must be a plain amount such as 500 or 500.00.</source>
        <translation>ライセンス料金は 500 や 500.00 のように数値だけで指定してください。</translation>
    </message>
    <message>
        <source>The licence price needs an ISO 4217 currency such as JPY, EUR or USD.</source>
        <translation>ライセンス料金には JPY、EUR、USD などの ISO 4217 通貨コードが必要です。</translation>
    </message>
    <message>
        <source>Unknown licensee class &quot;%1&quot; (commercial, non-commercial, education, government, personal).</source>
        <translation>「%1」というライセンシーの区分はありません（commercial、non-commercial、education、government、personal）。</translation>
    </message>
    <message>
        <source>Unknown jurisdiction &quot;%1&quot; (EU, JP or US).</source>
        <translation>「%1」という法域はありません（EU、JP、US）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a robots.txt product token (letters, digits, - and _ only).</source>
        <translation>「%1」は robots.txt のプロダクトトークンではありません（使用できるのは英字、数字、-、_ のみです）。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::RobotsTxt</name>
    <message>
        <source>&quot;%1&quot; is not a preference key; it is ignored.</source>
        <translation>「%1」は利用設定のキーではないため、無視します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2 (%3 or %4); it counts as not said.</source>
        <translation>「%1」は %2 の値として正しくありません（%3 または %4）。表明なしとして扱います。</translation>
    </message>
    <message>
        <source>The file is larger than 500 KiB; as RFC 9309 allows, only the first 500 KiB were read.</source>
        <translation>ファイルが 500 KiB を超えています。RFC 9309 の規定に従い、先頭の 500 KiB だけを読み込みました。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; the undecodable bytes were ignored.</source>
        <translation>ファイルが正しい UTF-8 ではありません。デコードできないバイトは無視しました。</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;name: value&quot;; it is ignored.</source>
        <translation>%1 行目が「name: value」の形式ではないため、無視します。</translation>
    </message>
    <message>
        <source>Line %1 comes before any User-agent line; crawlers ignore it.</source>
        <translation>%1 行目は User-agent 行より前にあるため、クローラーには無視されます。</translation>
    </message>
    <message>
        <source>robots.txt names no AI crawler and blocks no one by default: it says nothing about AI.</source>
        <translation>robots.txt には AI クローラーの記載がなく、既定でブロックしている相手もありません。AI については何も表明していません。</translation>
    </message>
    <message numerus="yes">
        <source>All %n AI training crawler(s) checked are blocked.</source>
        <translation>
            <numerusform>チェックした %n 件の AI 学習用クローラーはすべてブロックされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 AI training crawlers are blocked; allowed: %3.</source>
        <translation>AI 学習用クローラー %2 件中 %1 件がブロックされています。許可: %3。</translation>
    </message>
    <message>
        <source>Ordinary search crawlers are blocked too (%1): the site may drop out of search.</source>
        <translation>通常の検索クローラーもブロックされています（%1）。サイトが検索結果に表示されなくなる可能性があります。</translation>
    </message>
    <message>
        <source>No %1 preference for the site.</source>
        <translation>サイトに対する %1 の設定はありません。</translation>
    </message>
    <message>
        <source>%1 is refused.</source>
        <translation>%1 は拒否されています。</translation>
    </message>
    <message>
        <source>%1 is allowed.</source>
        <translation>%1 は許可されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::Rsl</name>
    <message>
        <source>The licence file is larger than 1 MiB; it is not read.</source>
        <translation>ライセンスファイルが 1 MiB を超えているため、読み込みません。</translation>
    </message>
    <message>
        <source>The licence file is empty.</source>
        <translation>ライセンスファイルが空です。</translation>
    </message>
    <message>
        <source>This is not an RSL 1.0 licence (root &lt;rsl&gt; in namespace %1).</source>
        <translation>これは RSL 1.0 のライセンスではありません（名前空間 %1 のルート要素 &lt;rsl&gt; が必要です）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a comma list, which RSL 1.0 no longer accepts (space-separated).</source>
        <translation>「%1」はカンマ区切りのリストです。RSL 1.0 ではカンマ区切りは使用できなくなりました（スペースで区切ってください）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RSL 1.0 %2 token.</source>
        <translation>「%1」は RSL 1.0 の %2 トークンではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RSL 1.0 payment type.</source>
        <translation>「%1」は RSL 1.0 の支払い種別ではありません。</translation>
    </message>
    <message>
        <source>The licence file is not well-formed XML: %1 (line %2).</source>
        <translation>ライセンスファイルが整形式の XML ではありません: %1（%2 行目）</translation>
    </message>
    <message>
        <source>The licence uses terms outside RSL 1.0; crawlers may not read it as meant.</source>
        <translation>ライセンスに RSL 1.0 にない用語が使われています。クローラーが意図どおりに解釈しない可能性があります。</translation>
    </message>
    <message>
        <source>AI training is prohibited except under a paid licence.</source>
        <translation>有料ライセンスによる場合を除き、AI 学習は禁止されています。</translation>
    </message>
    <message>
        <source>AI training is prohibited.</source>
        <translation>AI 学習は禁止されています。</translation>
    </message>
    <message>
        <source>AI training needs a paid licence.</source>
        <translation>AI 学習には有料ライセンスが必要です。</translation>
    </message>
    <message>
        <source>AI training is permitted free of charge.</source>
        <translation>AI 学習は無償で許可されています。</translation>
    </message>
    <message>
        <source>The licence says nothing about AI training.</source>
        <translation>ライセンスには AI 学習についての記載がありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::SiteChecker</name>
    <message>
        <source>Says %1.</source>
        <translation>「%1」と指定されています。</translation>
    </message>
    <message>
        <source>Not present.</source>
        <translation>指定されていません。</translation>
    </message>
    <message>
        <source>Says %1, which says nothing about AI.</source>
        <translation>「%1」と指定されていますが、AI については何も表明していません。</translation>
    </message>
    <message>
        <source>tdm-reservation is &quot;%1&quot;.</source>
        <translation>tdm-reservation は「%1」です。</translation>
    </message>
    <message>
        <source>train-ai=%1</source>
        <translation>train-ai=%1</translation>
    </message>
    <message>
        <source>No train-ai preference.</source>
        <translation>train-ai の設定はありません。</translation>
    </message>
    <message>
        <source>robots.txt names %1, which is not in the folder.</source>
        <translation>robots.txt で指定されている %1 がフォルダー内にありません。</translation>
    </message>
    <message>
        <source>No robots.txt.</source>
        <translation>robots.txt がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>「%1」は http(s) アドレスではありません。</translation>
    </message>
    <message>
        <source>robots.txt is larger than 500 KiB; only the first 500 KiB were read.</source>
        <translation>robots.txt が 500 KiB を超えているため、先頭の 500 KiB だけを読み込みました。</translation>
    </message>
    <message>
        <source>%1 is neither a file, a folder nor an http(s) address.</source>
        <translation>%1 はファイル、フォルダー、http(s) アドレスのいずれでもありません。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>サーバーは HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <source>The site&apos;s certificate did not verify, so it was not checked. %1</source>
        <translation>サイトの証明書を検証できなかったため、確認しませんでした。%1</translation>
    </message>
    <message>
        <source>%1 could not be read. %2</source>
        <translation>%1 を読み取れませんでした。%2</translation>
    </message>
    <message>
        <source>No robots.txt could be read. %1</source>
        <translation>robots.txt を読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>tdmrep.json could not be read. %1</source>
        <translation>tdmrep.json を読み取れませんでした。%1</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::SiteKit</name>
    <message>
        <source>Rakkan site kit for %1</source>
        <translation>%1 用の Rakkan サイトキット</translation>
    </message>
    <message>
        <source>Upload these files to the root of your site, keeping the folders:</source>
        <translation>以下のファイルを、フォルダー構成を保ったままサイトのルートにアップロードしてください:</translation>
    </message>
    <message>
        <source>(your own rules are kept; Rakkan&apos;s block is marked)</source>
        <translation>（既存のルールは保持されます。Rakkan が追加した部分には目印が付いています）</translation>
    </message>
    <message>
        <source>Then add the tags in server/meta-tags.html to the &lt;head&gt; of your pages, and the headers in server/nginx.conf or server/apache.htaccess to your server.</source>
        <translation>次に、server/meta-tags.html のタグを各ページの &lt;head&gt; に追加し、server/nginx.conf または server/apache.htaccess のヘッダーをサーバーに追加してください。</translation>
    </message>
    <message>
        <source>Content-Usage follows %1; Content-Signal follows %2; the XMP in exported copies follows %3.</source>
        <translation>Content-Usage は %1、Content-Signal は %2、書き出したコピーの XMP は %3 に準拠しています。</translation>
    </message>
    <message>
        <source>Check the result with: rakkan-cli check %1</source>
        <translation>結果は次のコマンドで確認できます: rakkan-cli check %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MiB; it is not a robots.txt to merge with.</source>
        <translation>%1 は 2 MiB を超えているため、統合する robots.txt として扱えません。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be written outside the kit.</source>
        <translation>「%1」の書き出し先がサイトキットの外になります。</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>%1 用のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>The zip %1 could not be written.</source>
        <translation>ZIP ファイル %1 を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The reservation policy is not complete:
%1</source>
        <translation>権利留保ポリシーに不足している項目があります:
%1</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::TdmRep</name>
    <message>
        <source>tdmrep.json is not a JSON array of rules; it says nothing valid.</source>
        <translation>tdmrep.json がルールの JSON 配列ではないため、有効な表明はありません。</translation>
    </message>
    <message>
        <source>Expected an array.</source>
        <translation>配列が必要です。</translation>
    </message>
    <message>
        <source>The rule for &quot;%1&quot; reserves text and data mining.</source>
        <translation>「%1」に対するルールは、テキスト・データマイニングを留保しています。</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>The rule for &quot;%1&quot; does not reserve text and data mining.</source>
        <translation>「%1」に対するルールは、テキスト・データマイニングを留保していません。</translation>
    </message>
    <message>
        <source>The rule for &quot;%1&quot; has an invalid tdm-reservation; it counts as unset.</source>
        <translation>「%1」に対するルールの tdm-reservation が不正なため、未設定として扱います。</translation>
    </message>
    <message>
        <source>tdm-reservation must be the number 1 or 0.</source>
        <translation>tdm-reservation は数値の 1 または 0 でなければなりません。</translation>
    </message>
    <message>
        <source>No rule of tdmrep.json covers &quot;%1&quot;.</source>
        <translation>tdmrep.json には「%1」に該当するルールがありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::Verdict</name>
    <message>
        <source>Reserved</source>
        <translation>留保</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Contradictory</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>表明なし</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::WebCopy</name>
    <message>
        <source>A web copy&apos;s longest side must be at least 16 pixels.</source>
        <translation>Web 用コピーの長辺は 16 ピクセル以上にしてください。</translation>
    </message>
    <message>
        <source>Watermarks need fonts, which this program cannot load.</source>
        <translation>透かしにはフォントが必要ですが、このプログラムではフォントを読み込めません。</translation>
    </message>
    <message>
        <source>The web copy could not be encoded as %1.</source>
        <translation>Web 用コピーを %1 として書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>rakkan::reservations::XmpRights</name>
    <message>
        <source>%1: Exiv2 cannot open this file.</source>
        <translation>%1: Exiv2 でこのファイルを開けません。</translation>
    </message>
    <message>
        <source>%1: the rights metadata could not be written: %2</source>
        <translation>%1: 権利情報のメタデータを書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exiv2 wrote no XMP.</source>
        <translation>Exiv2 が XMP を書き込みませんでした。</translation>
    </message>
    <message>
        <source>DataMining in the namespace %1, which is not PLUS&apos;s (%2).</source>
        <translation>DataMining が名前空間 %1 にあります。これは PLUS の名前空間（%2）ではありません。</translation>
    </message>
    <message>
        <source>%1 is a deprecated form; current tools read plus:DataMining.</source>
        <translation>%1 は非推奨の形式です。現在のツールは plus:DataMining を読み取ります。</translation>
    </message>
    <message>
        <source>%1: the metadata could not be read: %2</source>
        <translation>%1: メタデータを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Data mining is prohibited (%1).</source>
        <translation>データマイニングは禁止されています（%1）。</translation>
    </message>
    <message>
        <source>DMI-PROHIBITED-SEECONSTRAINT needs plus:OtherConstraints, which is empty.</source>
        <translation>DMI-PROHIBITED-SEECONSTRAINT には plus:OtherConstraints が必要ですが、空になっています。</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条件: %1</translation>
    </message>
    <message>
        <source>Data mining is allowed.</source>
        <translation>データマイニングは許可されています。</translation>
    </message>
    <message>
        <source>The file carries no plus:DataMining.</source>
        <translation>このファイルには plus:DataMining がありません。</translation>
    </message>
    <message>
        <source>plus:DataMining is &quot;%1&quot;, which says nothing definite.</source>
        <translation>plus:DataMining は「%1」で、明確な表明ではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::sql::Database</name>
    <message>
        <source>SQLite could not allocate a connection.</source>
        <translation>SQLite の接続を確保できませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>damage SQLite did not describe</source>
        <translation>SQLite が内容を示さなかった破損</translation>
    </message>
</context>
<context>
    <name>rakkan::sql::Wording</name>
    <message>
        <source>The database is in use by another program and stayed locked. Close the other program or try again in a moment.</source>
        <translation>データベースは別のプログラムが使用中で、ロックされたままです。そのプログラムを閉じるか、しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved from this step; free some space and try again.</source>
        <translation>データベースのあるディスクがいっぱいです。この操作の内容は保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This file is not a database Rakkan can read.</source>
        <translation>このファイルは Rakkan が読めるデータベースではありません。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>データベースファイルが破損しています。</translation>
    </message>
    <message>
        <source>The database file could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>データベースファイルを開けませんでした。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>You do not have permission to change this database.</source>
        <translation>このデータベースを変更する権限がありません。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database.</source>
        <translation>データベースの読み書き中にディスクがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The database refused the change because it would break its rules.</source>
        <translation>データベースの規則に反するため、変更は受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>データベースでエラーが発生しました。</translation>
    </message>
    <message>
        <source>Reading the database took too long and was stopped.</source>
        <translation>データベースの読み取りに時間がかかりすぎたため、中止しました。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::AboutDialog</name>
    <message>
        <source>About Rakkan</source>
        <translation>Rakkan について</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>開いていません</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（ビルド時 %2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Libraries&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;使用ライブラリ&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data shipped with Rakkan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The AI crawlers named in robots.txt and the crawler-log audit: from the ai.robots.txt project (MIT licence), with the agents named in Rakkan&apos;s standards notes.&lt;/li&gt;&lt;li&gt;The RDAP bootstrap files that say which registry knows a domain or an address: published by IANA (iana.org/assignments), as published; &lt;i&gt;case hosts --update-bootstrap&lt;/i&gt; fetches the current ones.&lt;/li&gt;&lt;li&gt;The content delivery networks and the platforms&apos; notice channels: written for Rakkan from what each network and platform publishes.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;落款に同梱しているデータ&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;robots.txt とクローラーログの監査で使う AI クローラーの一覧：ai.robots.txt プロジェクト（MIT ライセンス）のものに、落款の標準メモに挙げたエージェントを加えたものです。&lt;/li&gt;&lt;li&gt;ドメインやアドレスをどのレジストリが管理しているかを示す RDAP ブートストラップファイル：IANA（iana.org/assignments）が公開しているものをそのまま収録しています。&lt;i&gt;case hosts --update-bootstrap&lt;/i&gt; で最新のものを取得できます。&lt;/li&gt;&lt;li&gt;コンテンツ配信ネットワークと各プラットフォームの通知窓口の一覧：各ネットワークとプラットフォームが公開している情報をもとに落款のために作成したものです。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rakkan %1&lt;/h3&gt;&lt;p&gt;Catalogue your works, fingerprint them on your own computer, and tell AI companies how they may use them: signed declarations to registries, reservations in every machine-readable form, and a record of licensing offers.&lt;/p&gt;&lt;p&gt;Your pictures never leave this computer: only fingerprints, codes and what you choose to declare do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalogue:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rakkan %1&lt;/h3&gt;&lt;p&gt;作品をカタログにまとめ、このコンピューター上でフィンガープリントを作成し、AI 企業に作品の使い方を伝えます。レジストリへの署名付き宣言、機械が読み取れるあらゆる形式での権利留保、ライセンスのオファーの記録に対応しています。&lt;/p&gt;&lt;p&gt;画像がこのコンピューターの外に出ることはありません。外に出るのは、フィンガープリントとコード、そしてあなたが宣言すると決めた内容だけです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;カタログ:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::AddRegistryDialog</name>
    <message>
        <source>Add Registry</source>
        <translation>レジストリの追加</translation>
    </message>
    <message>
        <source>An ISCC hub records signed, timestamped declarations. Rakkan asks the hub for its key and pins it: receipts signed with another key are refused.</source>
        <translation>ISCC ハブは、署名とタイムスタンプ付きの宣言を記録します。Rakkan はハブに鍵を問い合わせて固定します。以後、ほかの鍵で署名された受領証は拒否します。</translation>
    </message>
    <message>
        <source>e.g. Creators&apos; association hub</source>
        <translation>例: クリエイター団体のハブ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Only for a hub with its own certificate authority</source>
        <translation>独自の認証局（CA）を使うハブの場合のみ</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Your &amp;reservation page:</source>
        <translation>あなたの権利留保ページ(&amp;R):</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: use https:// unless the hub runs on this computer.</source>
        <translation>http の通信は暗号化されません。ハブがこのコンピューター上で動いている場合を除き、https:// を使ってください。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::BackupsDialog</name>
    <message>
        <source>Backups of the Catalogue</source>
        <translation>カタログのバックアップ</translation>
    </message>
    <message>
        <source>Rakkan copies this catalogue into the folder %1 once a day while you use it, before it upgrades the catalogue to a newer format, and whenever you ask. A restore keeps the catalogue it replaces beside it, under another name.</source>
        <translation>Rakkan は、使用中は 1 日に 1 回、カタログを新しい形式に更新する前、そしてご指示があったときに、このカタログをフォルダ %1 にコピーします。復元するときは、置き換えられるカタログを別の名前で隣に保管します。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>バックアップ（新しい順）</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保持するバックアップの数</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>最新のものを保持(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check for Damage</source>
        <translation>破損を検査(&amp;C)</translation>
    </message>
    <message>
        <source>Read every page, record and index of the catalogue and report any damage</source>
        <translation>カタログのすべてのページ、レコード、インデックスを読み取り、破損があれば報告します</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>復元(&amp;R)...</translation>
    </message>
    <message>
        <source>No backups yet. The first is made the day after the catalogue is created, or now with Back Up Now.</source>
        <translation>バックアップはまだありません。最初のバックアップはカタログ作成の翌日に作られます。「今すぐバックアップ」で今すぐ作ることもできます。</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>バックアップしています...</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>バックアップしました（%1）。</translation>
    </message>
    <message>
        <source>Checking every page of the catalogue...</source>
        <translation>カタログのすべてのページを検査しています...</translation>
    </message>
    <message>
        <source>The catalogue is sound: every page, record and index was read.</source>
        <translation>カタログは正常です。すべてのページ、レコード、インデックスを読み取りました。</translation>
    </message>
    <message>
        <source>The catalogue is damaged.</source>
        <translation>カタログが破損しています。</translation>
    </message>
    <message>
        <source>Check for Damage</source>
        <translation>破損の検査</translation>
    </message>
    <message>
        <source>The catalogue is damaged. Restore the newest backup that is sound; the damaged file will be kept beside it.

%1</source>
        <translation>カタログが破損しています。正常なバックアップのうち最新のものから復元してください。破損したファイルは隣に保管されます。

%1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Put the backup made %1 in the catalogue&apos;s place? Everything changed since then is left out of the catalogue, but not lost: the current file is kept beside it, under another name.</source>
        <translation>%1 に作成したバックアップをカタログの代わりに置きますか？ それ以降の変更はカタログから外れますが、失われはしません。現在のファイルは別の名前で隣に保管されます。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup(s) will be kept.</source>
        <translation>
            <numerusform>最新の %n 件のバックアップを保持します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CaseSettingsDialog</name>
    <message>
        <source>Licensed Uses and Contact</source>
        <translation>許諾済みの利用と連絡先</translation>
    </message>
    <message>
        <source>Places where your work is used with your permission. No case is ever opened for a page they cover.</source>
        <translation>あなたが許諾して作品が使われている場所です。これに含まれるページには案件を開きません。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Pages under</source>
        <translation>対象のパス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Licensed uses</source>
        <translation>許諾済みの利用</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Who licensed it</source>
        <translation>許諾した相手</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Licensed Uses</source>
        <translation>許諾済みの利用</translation>
    </message>
    <message>
        <source>A DMCA notice and Japan&apos;s 送信防止措置依頼 need your name, postal address, telephone number and e-mail address; the DSA your name and e-mail. They stay in this catalogue and go only into the notices you send. Platforms may publish notices (Lumen): give details you are willing to see public.</source>
        <translation>DMCA 通知と日本の送信防止措置依頼には、氏名、住所、電話番号、メールアドレスが必要です。DSA には氏名とメールアドレスが必要です。これらはこのカタログに保存され、あなたが送る通知にだけ記載されます。プラットフォームは通知を公開することがあります（Lumen）。公開されてもよい情報を入力してください。</translation>
    </message>
    <message>
        <source>Empty when you hold the rights yourself</source>
        <translation>自分で権利を持っている場合は空欄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>ローマ字の氏名:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Acting for:</source>
        <translation>代理する権利者:</translation>
    </message>
    <message>
        <source>Your Contact Details</source>
        <translation>あなたの連絡先</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CasesDialog</name>
    <message>
        <source>The same picture</source>
        <translation>同じ画像</translation>
    </message>
    <message>
        <source>Very likely a copy</source>
        <translation>複製の可能性が高い</translation>
    </message>
    <message>
        <source>Possibly a copy</source>
        <translation>コピーの可能性あり</translation>
    </message>
    <message>
        <source>Capture of the page</source>
        <translation>ページの保存記録</translation>
    </message>
    <message>
        <source>Evidence bag</source>
        <translation>証拠パッケージ</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Open a Case from a Page...</source>
        <translation>ページから案件を開く...</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Freeze Evidence</source>
        <translation>証拠を保全</translation>
    </message>
    <message>
        <source>Draft Notice</source>
        <translation>通知を下書き</translation>
    </message>
    <message>
        <source>Mark As</source>
        <translation>状態を記録</translation>
    </message>
    <message>
        <source>License Instead...</source>
        <translation>ライセンスに切り替え...</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>案件を終了</translation>
    </message>
    <message>
        <source>Licensed Uses and Contact...</source>
        <translation>許諾済みの利用と連絡先...</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>期限が 1 週間以内</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべての案件</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>表示する案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Picture on the page</source>
        <translation>ページ上の画像</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>あなたの作品</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>確からしさ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Copies found</source>
        <translation>見つかったコピー</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <source>Account or uploader:</source>
        <translation>アカウントまたは投稿者:</translation>
    </message>
    <message>
        <source>Law for the notice:</source>
        <translation>通知の根拠法:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence and notices kept</source>
        <translation>保存した証拠と通知</translation>
    </message>
    <message>
        <source>An RFC 3161 time-stamping authority proves when the evidence was sealed.</source>
        <translation>RFC 3161 タイムスタンプ局が、証拠を封印した日時を証明します。</translation>
    </message>
    <message>
        <source>Include the works&apos; own files (otherwise only their hashes)</source>
        <translation>作品のファイルそのものを含める（含めない場合はハッシュだけ）</translation>
    </message>
    <message>
        <source>Time-stamping authority:</source>
        <translation>タイムスタンプ局:</translation>
    </message>
    <message>
        <source>The recipient&apos;s language</source>
        <translation>受け手の言語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese and English</source>
        <translation>日本語と英語</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>通知の言語</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>E-mail to send (.eml)</source>
        <translation>送信用メール（.eml）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Format of the notice</source>
        <translation>通知の形式</translation>
    </message>
    <message>
        <source>The request may be shown to the poster</source>
        <translation>依頼内容を投稿者に通知してよい</translation>
    </message>
    <message>
        <source>My name may be disclosed to the poster</source>
        <translation>氏名を投稿者に開示してよい</translation>
    </message>
    <message>
        <source>The notice drafted</source>
        <translation>下書きした通知</translation>
    </message>
    <message>
        <source>The notice drafted last appears here. Rakkan never sends it: you do.</source>
        <translation>最後に下書きした通知がここに表示されます。Rakkan が送ることはありません。送るのはあなたです。</translation>
    </message>
    <message>
        <source>Evidence and Notices</source>
        <translation>証拠と通知</translation>
    </message>
    <message>
        <source>Who hosts the page</source>
        <translation>ページのホスト</translation>
    </message>
    <message>
        <source>Look up the platform, a content delivery network in front of the site, the domain&apos;s registrar and the network&apos;s abuse contact.</source>
        <translation>プラットフォーム、サイトの前段にあるコンテンツ配信ネットワーク、ドメインのレジストラ、ネットワークの不正利用窓口を調べます。</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>調べる</translation>
    </message>
    <message>
        <source>Who Hosts It</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提示元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>No cases yet. When you find a copy of your work online, open a case from the page&apos;s address.</source>
        <translation>案件はまだありません。ネット上で作品のコピーを見つけたら、そのページのアドレスから案件を開いてください。</translation>
    </message>
    <message>
        <source>No case in this view.</source>
        <translation>この表示に該当する案件はありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;案件 %1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>期限 %1: %2</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>作品 %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>Every step is chained to the one before it: the history has not been changed.</source>
        <translation>各記録は前の記録と連鎖しています。履歴は変更されていません。</translation>
    </message>
    <message>
        <source>The history was changed outside Rakkan: it no longer holds as a record.</source>
        <translation>履歴が Rakkan の外で変更されています。記録としての信頼性はもうありません。</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>案件 %1 を保存しました。</translation>
    </message>
    <message>
        <source>The details of case %1 have changed. Save them?</source>
        <translation>案件 %1 の詳細が変更されています。保存しますか？</translation>
    </message>
    <message>
        <source>Open a Case</source>
        <translation>案件を開く</translation>
    </message>
    <message>
        <source>The address of the page where you found a copy of your work:</source>
        <translation>作品のコピーを見つけたページのアドレス:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a web page (http or https).</source>
        <translation>「%1」はウェブページのアドレス（http または https）ではありません。</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 をチェックしています...</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 を取得</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n picture(s) on the page copies one of your works: no case was opened.</source>
        <translation>
            <numerusform>ページ上の %n 個の画像のどれも、あなたの作品のコピーではありませんでした。案件は開いていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %n copy(ies) of your works found on the page. Freeze the evidence next, before anyone is told.</source>
        <translation>
            <numerusform>案件 %1: ページ上に作品のコピーが %n 件見つかりました。誰かに知らせる前に、次は証拠を保全してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking case %1 again</source>
        <translation>案件 %1 を再確認</translation>
    </message>
    <message>
        <source>Case %1: the copies are gone.</source>
        <translation>案件 %1: コピーはなくなっています。</translation>
    </message>
    <message>
        <source>Case %1: the page changed but still copies your work.</source>
        <translation>案件 %1: ページは変わりましたが、まだ作品をコピーしています。</translation>
    </message>
    <message>
        <source>Case %1: the copies are still there.</source>
        <translation>案件 %1: コピーはまだあります。</translation>
    </message>
    <message>
        <source>Case %1: the page could not be reached: %2</source>
        <translation>案件 %1: ページに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot;, who seals the evidence:</source>
        <translation>証拠を封印する「%1」のパスフレーズ:</translation>
    </message>
    <message>
        <source>Sealing the evidence of case %1</source>
        <translation>案件 %1 の証拠を封印</translation>
    </message>
    <message>
        <source>The evidence of case %1 is sealed in %2, time-stamped %3 by %4.</source>
        <translation>案件 %1 の証拠を %2 に封印しました。%4 が %3 のタイムスタンプを付けています。</translation>
    </message>
    <message>
        <source>The evidence of case %1 is sealed in %2. It has no time-stamp: give a time-stamping authority to prove when it was sealed.</source>
        <translation>案件 %1 の証拠を %2 に封印しました。タイムスタンプはありません。封印した日時を証明するには、タイムスタンプ局を指定してください。</translation>
    </message>
    <message>
        <source>The notice is in %1. Review it, then send it yourself.</source>
        <translation>通知は %1 にあります。内容を確認してから、ご自身で送ってください。</translation>
    </message>
    <message>
        <source>It still needs %1: fill them in under Licensed Uses and Contact before sending, or the notice may not count.</source>
        <translation>まだ %1 が必要です。送る前に「許諾済みの利用と連絡先」で入力してください。入力しないと、通知が有効と認められないことがあります。</translation>
    </message>
    <message>
        <source>Freeze the evidence before sending: once the poster is told, the page can change.</source>
        <translation>送る前に証拠を保全してください。投稿者に知らされると、ページが変わることがあります。</translation>
    </message>
    <message>
        <source>A note for the case&apos;s history (optional):</source>
        <translation>案件の履歴に残すメモ（任意）:</translation>
    </message>
    <message>
        <source>Close case %1? It can be opened again if the copy comes back.</source>
        <translation>案件 %1 を終了しますか？コピーが再び現れたら、また開くことができます。</translation>
    </message>
    <message>
        <source>License Instead</source>
        <translation>ライセンスに切り替え</translation>
    </message>
    <message>
        <source>Offer a licence for this use instead of a takedown? A draft offer to the same party is added to your licensing offers, and the case ends as licensed.</source>
        <translation>削除ではなく、この利用にライセンスを提案しますか？同じ相手へのオファーの下書きがライセンスのオファーに追加され、案件はライセンス済みとして終わります。</translation>
    </message>
    <message>
        <source>Offer %1 is drafted in Licensing Offers.</source>
        <translation>ライセンスのオファーにオファー %1 を下書きしました。</translation>
    </message>
    <message>
        <source>Looking up...</source>
        <translation>調べています...</translation>
    </message>
    <message>
        <source>Looking up who hosts %1</source>
        <translation>%1 のホストを調査</translation>
    </message>
    <message>
        <source>Crawler Logs...</source>
        <translation>クローラーのログ...</translation>
    </message>
    <message>
        <source>List the other open cases on this site too</source>
        <translation>このサイトの他の未完了の案件もまとめる</translation>
    </message>
    <message>
        <source>%1 has %2 cases, %3 of them removed.</source>
        <translation>%1 には案件が %2 件あり、うち %3 件が削除されています。</translation>
    </message>
    <message>
        <source>The account %1 has %2 cases on %3, %4 of them removed.</source>
        <translation>アカウント %1 には %3 での案件が %2 件あり、うち %4 件が削除されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CatalogSession</name>
    <message>
        <source>No catalogue is open.</source>
        <translation>カタログが開かれていません。</translation>
    </message>
    <message>
        <source>Another catalogue has been opened since this window was shown, so nothing was changed.</source>
        <translation>このウィンドウを開いた後に別のカタログが開かれたため、何も変更していません。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CheckImageDialog</name>
    <message>
        <source>Check an Image</source>
        <translation>画像をチェック</translation>
    </message>
    <message>
        <source>Drop a suspect image here (a re-upload, a screenshot, a cropped or mirrored copy, a single panel), paste one with Ctrl+V, or choose a file. It is compared on this computer with the fingerprints of your works; nothing is sent anywhere.</source>
        <translation>疑わしい画像（再アップロードされたもの、スクリーンショット、トリミングや反転をした複製、1 コマだけを切り出したものなど）をここにドロップするか、Ctrl+V で貼り付けるか、ファイルを選択してください。画像はこのコンピューター上で作品のフィンガープリントと比較され、外部には一切送信されません。</translation>
    </message>
    <message>
        <source>Choose a &amp;File...</source>
        <translation>ファイルを選択(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Matching works</source>
        <translation>一致した作品</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>How it was changed</source>
        <translation>変更のされ方</translation>
    </message>
    <message>
        <source>Choose a suspect image</source>
        <translation>疑わしい画像を選択</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.psd *.psb *.clip *.kra *.ora);;All files (*)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.psd *.psb *.clip *.kra *.ora);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 を読み込んでいます...</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 をチェックできません: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with your works...</source>
        <translation>「%1」をあなたの作品と比較しています...</translation>
    </message>
    <message>
        <source>None of your works matches %1.</source>
        <translation>「%1」と一致する作品はありません。</translation>
    </message>
    <message>
        <source>Reading the suspect image</source>
        <translation>確認する画像を読み込み中</translation>
    </message>
    <message>
        <source>The suspect image: your work outlined</source>
        <translation>疑わしい画像（あなたの作品の位置を枠で表示）</translation>
    </message>
    <message>
        <source>Your work: the part the copy shows outlined</source>
        <translation>あなたの作品（複製に写っている部分を枠で表示）</translation>
    </message>
    <message>
        <source>Where the copy differs from your work (bright), lined up on it</source>
        <translation>複製とあなたの作品の違い（位置を合わせて比較、明るい所が違う所）</translation>
    </message>
    <message>
        <source>Comparing the image with your works...</source>
        <translation>画像をあなたの作品と比較しています...</translation>
    </message>
    <message>
        <source>None of your works matches the image.</source>
        <translation>この画像に一致するあなたの作品はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The image matches %n of your works. Double-click one to show it.</source>
        <translation>
            <numerusform>この画像はあなたの作品 %n 件に一致します。ダブルクリックするとその作品を表示します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n of your works. Double-click one to show it.</source>
        <translation>
            <numerusform>%1 はあなたの作品 %n 件に一致します。ダブルクリックするとその作品を表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>This work has no preview.</source>
        <translation>この作品にはプレビューがありません。</translation>
    </message>
    <message>
        <source>How the copy lines up with your work is not known; compare the two by eye.</source>
        <translation>複製とあなたの作品の位置関係が分かりません。目で見比べてください。</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>It was signed with the key of your identity &quot;%1&quot;: this copy comes from a file you exported, its credential intact.</source>
        <translation>あなたのアイデンティティ「%1」の鍵で署名されています。このコピーは、あなたが書き出したファイルから、認証情報を保ったまま作られたものです。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Open a &amp;Case...</source>
        <translation>案件を開く(&amp;C)...</translation>
    </message>
    <message>
        <source>Found this copy on a web page? Open a case from the page&apos;s address: its evidence is frozen and a takedown notice drafted from there.</source>
        <translation>このコピーをウェブページで見つけましたか？そのページのアドレスから案件を開けます。証拠の保全と削除通知の下書きはそこから行います。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CheckReservationsDialog</name>
    <message>
        <source>Check a File or Site</source>
        <translation>ファイルやサイトをチェック</translation>
    </message>
    <message>
        <source>What does a picture, a copy of your site or a live address already say about AI use? Each mechanism AI developers read is checked on its own.</source>
        <translation>画像、サイトのコピー、公開中のアドレスは、AI による利用について現在何を表明しているでしょうか。AI 開発者が読み取る仕組みを 1 つずつチェックします。</translation>
    </message>
    <message>
        <source>https://your.site/page, a folder, or an image file</source>
        <translation>https://your.site/page、フォルダー、または画像ファイル</translation>
    </message>
    <message>
        <source>File, folder or address to check</source>
        <translation>チェックするファイル、フォルダー、またはアドレス</translation>
    </message>
    <message>
        <source>&amp;File...</source>
        <translation>ファイル(&amp;F)...</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>フォルダー(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>仕組み</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Check a file</source>
        <translation>ファイルをチェック</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 をチェックしています...</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>総合判定: %1</translation>
    </message>
    <message>
        <source>Checking what %1 says about AI use</source>
        <translation>%1 の AI 利用に関する表示を確認中</translation>
    </message>
    <message>
        <source>A site&apos;s folder to check</source>
        <translation>確認するサイトのフォルダー</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CompareOffersDialog</name>
    <message>
        <source>Compare Offers</source>
        <translation>オファーの比較</translation>
    </message>
    <message>
        <source>%1 (v%2)
%3</source>
        <translation>%1（第 %2 版）
%3</translation>
    </message>
    <message>
        <source>The offers differ here.</source>
        <translation>この条件はオファーによって異なります。</translation>
    </message>
    <message>
        <source>Only the terms that differ</source>
        <translation>異なる条件のみ表示</translation>
    </message>
    <message>
        <source>Money per work per year counts only fixed fees (flat and per work) over the licence term; shares of revenue depend on figures the offers do not give.</source>
        <translation>「作品 1 点・1 年あたりの固定額」は、契約期間中の固定の報酬（定額と 1 作品あたりの報酬）だけをもとに算出しています。収益分配は、オファーに記載されていない数値によって決まるため含みません。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CrawlerLogsDialog</name>
    <message>
        <source>Crawler Logs</source>
        <translation>クローラーのログ</translation>
    </message>
    <message>
        <source>Your web server&apos;s access logs (nginx or Apache, .gz too) show which AI crawlers fetched your works&apos; pages and pictures after your reservation was published: evidence that only you hold. A work&apos;s addresses are its publications.</source>
        <translation>ウェブサーバーのアクセスログ（nginx または Apache、.gz も可）から、権利留保の公開後にどの AI クローラーが作品のページや画像を取得したかがわかります。あなただけが持っている証拠です。作品のアドレスは、その公開先です。</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <source>Add Log File...</source>
        <translation>ログファイルを追加...</translation>
    </message>
    <message>
        <source>Reservation published on</source>
        <translation>権利留保の公開日</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Save Report...</source>
        <translation>レポートを保存...</translation>
    </message>
    <message>
        <source>What the logs show</source>
        <translation>ログからわかること</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>Reservation published on:</source>
        <translation>権利留保の公開日:</translation>
    </message>
    <message>
        <source>Add Log File</source>
        <translation>ログファイルを追加</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *)</source>
        <translation>アクセスログ (*.log *.gz *)</translation>
    </message>
    <message>
        <source>Add at least one log file.</source>
        <translation>ログファイルを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Reading the logs...</source>
        <translation>ログを読んでいます...</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n access log(s)</source>
        <translation>
            <numerusform>アクセスログ %n 個を読んでいます</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the report with a case&apos;s evidence: save it, then give it to &quot;evidence create --crawler-report&quot;.</source>
        <translation>レポートは案件の証拠と一緒に保管できます。保存してから「evidence create --crawler-report」に指定してください。</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::CredentialSigning</name>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot;, who signs the Content Credentials:</source>
        <translation>コンテンツ認証情報に署名する「%1」のパスフレーズ:</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DeclarationsDialog</name>
    <message>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>宣言完了</translation>
    </message>
    <message>
        <source>Already declared</source>
        <translation>宣言済み</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>ハブが拒否</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Opt-out Declarations</source>
        <translation>オプトアウト宣言</translation>
    </message>
    <message>
        <source>Declare your works to registries (ISCC hubs): each file&apos;s ISCC-CODE and hashes, signed with your identity. Pictures never leave this computer. Each hub answers with a signed receipt, kept here for good.</source>
        <translation>作品をレジストリ（ISCC ハブ）に宣言します。宣言するのは各ファイルの ISCC-CODE とハッシュで、あなたのアイデンティティで署名します。絵がこのコンピューターの外に送られることはありません。各ハブは署名付きの受領証を返し、受領証はここで永続的に保管されます。</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>レジストリ:</translation>
    </message>
    <message>
        <source>&amp;Add Registry...</source>
        <translation>レジストリを追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>レジストリを削除</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ISCC-ID</source>
        <translation>ISCC-ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Reason or next attempt</source>
        <translation>理由または次回の再送</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>送信した宣言</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>失敗した宣言を再送(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify Receipt</source>
        <translation>受領証を検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>%1 (hub %2, %3)</source>
        <translation>%1（ハブ %2、%3）</translation>
    </message>
    <message>
        <source>%1 (next attempt %2)</source>
        <translation>%1（次回の再送: %2）</translation>
    </message>
    <message>
        <source>(removed work)</source>
        <translation>（削除された作品）</translation>
    </message>
    <message>
        <source>Add a registry first: the address of an ISCC hub.</source>
        <translation>先にレジストリ（ISCC ハブのアドレス）を追加してください。</translation>
    </message>
    <message>
        <source>Asking %1 who it is...</source>
        <translation>%1 にハブの情報を問い合わせています...</translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation>レジストリの追加</translation>
    </message>
    <message>
        <source>Pin this hub&apos;s key?</source>
        <translation>このハブの鍵を固定しますか？</translation>
    </message>
    <message>
        <source>%1 is hub %2 and signs its receipts with the key

%3

Rakkan will accept receipts from this hub only when they are signed with this key. If its operator published the key, compare them now.</source>
        <translation>%1 はハブ %2 で、次の鍵で受領証に署名しています。

%3

Rakkan は、このハブの受領証のうち、この鍵で署名されたものだけを受け付けます。ハブの運営者が鍵を公開している場合は、ここで照合してください。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Remove registry</source>
        <translation>レジストリの削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from your registries?</source>
        <translation>レジストリの一覧から「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Declare works</source>
        <translation>作品の宣言</translation>
    </message>
    <message>
        <source>Create a signing identity first (Tools &gt; Signing Identities).</source>
        <translation>先に署名用アイデンティティを作成してください（ツール &gt; 署名用アイデンティティ）。</translation>
    </message>
    <message>
        <source>Sign declarations</source>
        <translation>宣言への署名</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot;:</source>
        <translation>「%1」のパスフレーズ:</translation>
    </message>
    <message>
        <source>Declaring...</source>
        <translation>宣言しています...</translation>
    </message>
    <message>
        <source>Declared %1 of %2...</source>
        <translation>%2 件中 %1 件を宣言しました...</translation>
    </message>
    <message>
        <source>This submission has no receipt (yet).</source>
        <translation>この宣言には（まだ）受領証がありません。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>The receipt for %1 is valid: signed by the key pinned for &quot;%2&quot;, for exactly the declaration sent.</source>
        <translation>%1 の受領証は有効です。「%2」に固定した鍵で署名されており、送信した宣言そのものに対する受領証です。</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1（%2 ページ）</translation>
    </message>
    <message>
        <source>&amp;Declare Works...</source>
        <translation>作品を宣言(&amp;D)...</translation>
    </message>
    <message>
        <source>Nothing new to declare:
%1</source>
        <translation>新たに宣言するファイルはありません:
%1</translation>
    </message>
    <message>
        <source>Asking %1 who it is</source>
        <translation>%1 に身元を問い合わせ中</translation>
    </message>
    <message>
        <source>Declaring works</source>
        <translation>作品を宣言中</translation>
    </message>
    <message>
        <source>%1: declared %2 of %3...</source>
        <translation>%1: %3 件中 %2 件を宣言しました...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 件中 %2 件目）</translation>
    </message>
    <message>
        <source>Declared: %1. Already declared: %2. Refused: %3. Failed: %4.</source>
        <translation>宣言済み: %1 件。宣言済みだったもの: %2 件。拒否: %3 件。失敗: %4 件。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>中止しました。%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 new, %3 there already, %4 without an ISCC yet.</source>
        <translation>「%1」: 新規 %2 件、登録済み %3 件、ISCC 未計算 %4 件。</translation>
    </message>
    <message>
        <source>Checks the hub&apos;s signed receipt of the declaration selected in the list.</source>
        <translation>一覧で選択した宣言について、ハブが署名した受領証を確認します。</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: the connection is not encrypted, so anyone on the network between you and the hub can read and change what is sent. Use an https:// address unless you know why not. Add it anyway?</source>
        <translation>%1 には暗号化されていない http で接続します。あなたとハブの間のネットワーク上の誰でも、送信内容を読んだり書き換えたりできます。特別な理由がない限り https:// のアドレスを使ってください。それでも追加しますか？</translation>
    </message>
    <message>
        <source>To &quot;%1&quot;:</source>
        <translation>「%1」宛て:</translation>
    </message>
    <message>
        <source>%1

Below is everything that will leave this computer, one note per file, before your signature is added. No picture is sent.</source>
        <translation>%1

以下が、このコンピューターから送信される内容のすべてです（ファイルごとに 1 件、署名を付ける前の状態）。画像そのものは送信されません。</translation>
    </message>
    <message>
        <source>Sign and Send</source>
        <translation>署名して送信</translation>
    </message>
    <message>
        <source>That passphrase does not open the key of &quot;%1&quot;. Type it again:</source>
        <translation>そのパスフレーズでは「%1」の鍵を開けません。もう一度入力してください:</translation>
    </message>
    <message>
        <source>Select a declaration in the list first, then verify its receipt.</source>
        <translation>先に一覧で宣言を選択してから、受領証を確認してください。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DeclareWorksDialog</name>
    <message>
        <source>Declare Works</source>
        <translation>作品の宣言</translation>
    </message>
    <message>
        <source>Which works</source>
        <translation>対象の作品</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected work(s)</source>
        <translation>
            <numerusform>選択した %n 件の作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Every work of a series:</source>
        <translation>シリーズのすべての作品:</translation>
    </message>
    <message>
        <source>Every work in the catalogue</source>
        <translation>カタログのすべての作品</translation>
    </message>
    <message>
        <source>To which registries</source>
        <translation>宣言先のレジストリ</translation>
    </message>
    <message>
        <source>%1 (hub %2, %3)</source>
        <translation>%1（ハブ %2、%3）</translation>
    </message>
    <message>
        <source>Next, you see exactly what will leave this computer for each file before anything is sent. Files declared to a registry already are not sent again.</source>
        <translation>次の画面では、送信を始める前に、各ファイルについてこのコンピューターから送信される内容をそのまま確認できます。すでにレジストリに宣言済みのファイルは、もう一度送信されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Review...</source>
        <translation>内容を確認(&amp;R)...</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::Dialogs</name>
    <message>
        <source>Rakkan catalogues (*.rakkan);;All files (*)</source>
        <translation>Rakkan カタログ (*.rakkan);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import images</source>
        <translation>画像の取り込み</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>フォルダーの取り込み</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>カタログを開く</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>新しいカタログ</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>The &amp;key&apos;s passphrase:</source>
        <translation>鍵のパスフレーズ(&amp;K):</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backup passphrase:</source>
        <translation>バックアップのパスフレーズ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再入力(&amp;A):</translation>
    </message>
    <message>
        <source>Write Backup</source>
        <translation>バックアップを書き出す</translation>
    </message>
    <message numerus="yes">
        <source>The backup passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>バックアップのパスフレーズは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two backup passphrases differ.</source>
        <translation>2 つのバックアップ用パスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Rakkan key backups (*.rakkankey);;All files (*)</source>
        <translation>Rakkan 鍵のバックアップ (*.rakkankey);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.heic *.heif *.avif *.jxl *.psd *.psb *.clip *.kra *.ora *.procreate *.mdp);;All files (*)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.heic *.heif *.avif *.jxl *.psd *.psb *.clip *.kra *.ora *.procreate *.mdp);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::DocumentViewerDialog</name>
    <message>
        <source>Reading the document...</source>
        <translation>文書を読み込んでいます...</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or protected in a way the viewer does not support. It is still kept unchanged.</source>
        <translation>この PDF は表示できません。破損しているか、ビューアーが対応していない方法で保護されています。文書自体は変更されずに保管されています。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rakkan in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Catalogue your works.&lt;/b&gt; &lt;i&gt;File &amp;gt; Import Folder&lt;/i&gt;, or drop files on the window. Rakkan reads Photoshop, CLIP Studio Paint, Krita, OpenRaster and ordinary pictures, and never changes, moves or locks your files. Give each work its title, series and rights holders in the panel on the right.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create your signing identity.&lt;/b&gt; &lt;i&gt;Tools &amp;gt; Signing Identities&lt;/i&gt;. Your declarations are signed with it, so registries can tell they come from you. Back it up: without the backup, a lost computer means a lost identity.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Say what you reserve.&lt;/b&gt; &lt;i&gt;Tools &amp;gt; Reservations and Site Kit&lt;/i&gt; writes your &quot;no AI training&quot; in every form AI developers read (robots.txt, TDMRep, ai.txt, an RSL licence, the metadata of exported copies) and puts it in a site kit for your web site.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Declare your works.&lt;/b&gt; &lt;i&gt;Tools &amp;gt; Opt-out Declarations&lt;/i&gt; sends a signed opt-out declaration of each work to a registry. Only fingerprints and codes leave your computer, never the pictures.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Find your works.&lt;/b&gt; &lt;i&gt;Check an Image&lt;/i&gt; tells you whether a picture found online is one of yours, even cropped, re-saved, turned, mirrored, watermarked or inside a screenshot. &lt;i&gt;Tools &amp;gt; Scan a Folder for Copies&lt;/i&gt; does it for many files at once.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;When an AI company offers to license your works, record the offer in &lt;i&gt;Tools &amp;gt; Licensing Offers&lt;/i&gt;: Rakkan points out the terms that give too much away and reminds you of deadlines.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Help &amp;gt; Keyboard Shortcuts&lt;/i&gt; lists the keys for the main actions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rakkan の 5 つのステップ&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;作品をカタログにまとめる。&lt;/b&gt;&lt;i&gt;ファイル &amp;gt; フォルダーを取り込む&lt;/i&gt;を使うか、ファイルをウィンドウにドロップします。Rakkan は Photoshop、CLIP STUDIO PAINT、Krita、OpenRaster と一般的な画像を読み込み、元のファイルを変更・移動・ロックすることはありません。右側のパネルで、作品ごとにタイトル、シリーズ、権利者を入力してください。&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;署名用アイデンティティを作る。&lt;/b&gt;&lt;i&gt;ツール &amp;gt; 署名用アイデンティティ&lt;/i&gt;。宣言はこのアイデンティティで署名されるため、レジストリはそれがあなたからのものだと確認できます。必ずバックアップしてください。バックアップがないと、コンピューターを失ったときにアイデンティティも失われます。&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;留保する内容を決める。&lt;/b&gt;&lt;i&gt;ツール &amp;gt; 権利留保とサイトキット&lt;/i&gt;では、「AI 学習禁止」の意思を AI 開発者が読み取るあらゆる形式（robots.txt、TDMRep、ai.txt、RSL ライセンス、書き出したコピーのメタデータ）で書き出し、Web サイト用のサイトキットにまとめます。&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;作品を宣言する。&lt;/b&gt;&lt;i&gt;ツール &amp;gt; オプトアウト宣言&lt;/i&gt;では、作品ごとに署名付きのオプトアウト宣言をレジストリに送ります。コンピューターの外に出るのはフィンガープリントとコードだけで、画像は送りません。&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;自分の作品を見つける。&lt;/b&gt;&lt;i&gt;画像をチェック&lt;/i&gt;では、ネットで見つけた画像があなたの作品かどうかを判定します。トリミング、再保存、回転、反転、透かし入り、スクリーンショットの中でも見つけられます。&lt;i&gt;ツール &amp;gt; フォルダー内の複製を探す&lt;/i&gt;では、多数のファイルをまとめて調べます。&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;AI 企業から作品のライセンスの申し出があったら、&lt;i&gt;ツール &amp;gt; ライセンスのオファー&lt;/i&gt;に記録してください。Rakkan が、権利を渡しすぎる条件を指摘し、期限をお知らせします。&lt;/p&gt;&lt;p&gt;主な操作のキーは&lt;i&gt;ヘルプ &amp;gt; キーボードショートカット&lt;/i&gt;に一覧があります。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::IdentitiesDialog</name>
    <message>
        <source>The system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>A key file protected by a passphrase</source>
        <translation>パスフレーズで保護された鍵ファイル</translation>
    </message>
    <message>
        <source>Keep the backup file and its passphrase somewhere safe, not only on this computer. If the key is lost, declarations signed with it can no longer be updated or withdrawn.</source>
        <translation>バックアップファイルとそのパスフレーズは、このコンピューター以外の安全な場所にも保管してください。鍵を失うと、その鍵で署名した宣言を更新することも撤回することもできなくなります。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1をコピー</translation>
    </message>
    <message>
        <source>Signing Identities</source>
        <translation>署名用アイデンティティ</translation>
    </message>
    <message>
        <source>An identity is a signing key made on this computer. It signs your opt-out declarations so that registries and AI developers can check they come from you. Only its public half ever leaves this computer.</source>
        <translation>アイデンティティとは、このコンピューター上で作成する署名鍵のことです。オプトアウト宣言に署名し、宣言が確かにあなたのものであることをレジストリや AI 開発者が確認できるようにします。このコンピューターの外に出るのは公開鍵だけです。</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>アイデンティティ</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>did:key:</source>
        <translation>did:key:</translation>
    </message>
    <message>
        <source>did:key</source>
        <translation>did:key</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>秘密鍵の保管場所:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>バックアップ:</translation>
    </message>
    <message>
        <source>did:web:your-site.example</source>
        <translation>did:web:your-site.example</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>関連付け(&amp;B)</translation>
    </message>
    <message>
        <source>Your site (did:web):</source>
        <translation>あなたのサイト（did:web）:</translation>
    </message>
    <message>
        <source>DID document</source>
        <translation>DID ドキュメント</translation>
    </message>
    <message>
        <source>&amp;New Identity...</source>
        <translation>新しいアイデンティティ(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Back Up...</source>
        <translation>バックアップ(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>バックアップから復元(&amp;R)...</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>既定に設定(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move...</source>
        <translation>削除(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップ未作成</translation>
    </message>
    <message>
        <source>No identity yet. Create one to sign your opt-out declarations.</source>
        <translation>アイデンティティがまだありません。オプトアウト宣言に署名するには、アイデンティティを作成してください。</translation>
    </message>
    <message>
        <source>%1 (signs by default)</source>
        <translation>%1（既定の署名用アイデンティティ）</translation>
    </message>
    <message>
        <source>None yet. %1</source>
        <translation>まだありません。%1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Publish this document on your site at %1 (it lists this key as yours):</source>
        <translation>このドキュメントをあなたのサイトの %1 で公開してください（この鍵があなたのものであることを示します）:</translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation>システムのキーチェーンを確認しています...</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>新しいアイデンティティ</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the key is kept in a file encrypted with a passphrase. Choose one you will remember: Rakkan asks for it when it signs.</source>
        <translation>このコンピューターにはシステムのキーチェーンがないため、鍵はパスフレーズで暗号化したファイルに保管します。署名のたびに Rakkan が入力を求めるので、忘れないパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>Making a new key...</source>
        <translation>新しい鍵を作成しています...</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;. Now back it up: %2</source>
        <translation>「%1」を作成しました。続けてバックアップを作成してください。%2</translation>
    </message>
    <message>
        <source>Back up &quot;%1&quot;</source>
        <translation>「%1」のバックアップ</translation>
    </message>
    <message>
        <source>Rakkan key backups (*.rakkankey);;All files (*)</source>
        <translation>Rakkan 鍵のバックアップ (*.rakkankey);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>バックアップを書き出しています...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup written to %1. %2</source>
        <translation>バックアップを %1 に書き出しました。%2</translation>
    </message>
    <message>
        <source>Restore a key from its backup</source>
        <translation>バックアップから鍵を復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>「%1」の復元</translation>
    </message>
    <message>
        <source>The passphrase of the backup file:</source>
        <translation>バックアップファイルのパスフレーズ:</translation>
    </message>
    <message>
        <source>A passphrase for the key on this computer (it has no system keychain):</source>
        <translation>このコンピューターで使う鍵のパスフレーズ（システムのキーチェーンがないため必要です）:</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>復元しています...</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>「%1」を復元しました。</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>あなたのサイト</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>「%1」の削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its private key from this computer? Declarations it signed stay valid, but can no longer be updated unless you keep a backup.</source>
        <translation>「%1」を削除し、その秘密鍵をこのコンピューターから消去しますか？このアイデンティティで署名した宣言は引き続き有効ですが、バックアップを保管していない限り、更新できなくなります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The key is kept in a file encrypted with a passphrase. Choose one you will remember: Rakkan asks for it when it signs.</source>
        <translation>鍵はパスフレーズで暗号化したファイルに保管します。署名のたびに Rakkan が入力を求めるので、忘れないパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>Optional. If you have your own web site, you can link this identity to it, so that anyone can check that the declarations signed with it really come from the owner of that site. Type did:web: and your site&apos;s address without https:// (for example did:web:yamada-art.jp), press Bind, then put the small file Rakkan shows on your site.</source>
        <translation>任意です。ご自身の Web サイトをお持ちなら、このアイデンティティをサイトと関連付けられます。そうすると、このアイデンティティで署名した宣言が本当にそのサイトの持ち主から出たものだと、誰でも確かめられるようになります。did:web: に続けて https:// を除いたサイトのアドレスを入力し（例: did:web:yamada-art.jp）、［関連付け］を押してから、Rakkan が表示する小さなファイルをサイトに置いてください。</translation>
    </message>
    <message>
        <source>The backup is a file encrypted with a passphrase of its own; you need both to restore the key. %1</source>
        <translation>バックアップは、専用のパスフレーズで暗号化されたファイルです。鍵を復元するには、ファイルとパスフレーズの両方が必要です。%1</translation>
    </message>
    <message>
        <source>Save &amp;Root Certificate...</source>
        <translation>ルート証明書を保存(&amp;R)...</translation>
    </message>
    <message>
        <source>The certificate that people who want to recognise your Content Credentials can choose to trust. It holds no secret.</source>
        <translation>あなたのコンテンツ認証情報を確認したい人が、信頼すると決めて取り込める証明書です。秘密の情報は含みません。</translation>
    </message>
    <message>
        <source>Content Credentials:</source>
        <translation>コンテンツ認証情報:</translation>
    </message>
    <message>
        <source>No certificate yet: Rakkan makes one the first time this identity signs exported copies.</source>
        <translation>証明書はまだありません。このアイデンティティで初めて書き出しコピーに署名するときに、Rakkan が作成します。</translation>
    </message>
    <message>
        <source>Signed with an imported certificate from %1, valid until %2.</source>
        <translation>%1 から取り込んだ証明書で署名します（有効期限: %2）。</translation>
    </message>
    <message>
        <source>Signed with a certificate Rakkan issued for this key, valid until %1. Viewers see the credentials as valid, from a signer not on the C2PA trust list, unless they trust your root certificate.</source>
        <translation>Rakkan がこの鍵に発行した証明書で署名します（有効期限: %1）。閲覧する人には「有効だが、C2PA トラストリストに載っていない署名者による」と表示されます。あなたのルート証明書を信頼した人には信頼済みと表示されます。</translation>
    </message>
    <message>
        <source>Save the root certificate of &quot;%1&quot;</source>
        <translation>「%1」のルート証明書を保存</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot;:</source>
        <translation>「%1」のパスフレーズ:</translation>
    </message>
    <message>
        <source>Writing the root certificate...</source>
        <translation>ルート証明書を書き出しています...</translation>
    </message>
    <message>
        <source>The root certificate is in %1. Give it to whoever wants to recognise your Content Credentials; it holds no secret.</source>
        <translation>ルート証明書を %1 に保存しました。あなたのコンテンツ認証情報を確認したい人に渡してください。秘密の情報は含みません。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Already catalogued as &quot;%1&quot;; nothing was added. Double-click to show it.</source>
        <translation>「%1」として登録済みのため、追加していません。ダブルクリックすると表示します。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::InterruptedImportBar</name>
    <message>
        <source>Import the Rest</source>
        <translation>残りを取り込む</translation>
    </message>
    <message>
        <source>Runs the same import again: files already in the catalogue are recognised and skipped.</source>
        <translation>同じ取り込みをもう一度実行します。カタログに登録済みのファイルは自動的に判別され、スキップされます。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n 件のファイル・フォルダー</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>以前のセッション</translation>
    </message>
    <message>
        <source>An import of %1, started %2, did not finish: Rakkan was closed or stopped while it ran. The works it added are kept.</source>
        <translation>%2 に開始した %1 の取り込みが完了していません。取り込み中に Rakkan が終了または停止しました。すでに追加された作品はそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::IsccPanel</name>
    <message>
        <source>Content identity (ISCC)</source>
        <translation>コンテンツ識別子（ISCC）</translation>
    </message>
    <message>
        <source>Not computed yet: this file was catalogued by an older Rakkan. Use Tools &gt; Compute Missing Fingerprints and ISCC.</source>
        <translation>まだ計算されていません。このファイルは古いバージョンの Rakkan でカタログに登録されました。「ツール」&gt;「不足しているフィンガープリントと ISCC を計算」を実行してください。</translation>
    </message>
    <message>
        <source>ISCC-CODE:</source>
        <translation>ISCC-CODE:</translation>
    </message>
    <message>
        <source>Meta-Code (title):</source>
        <translation>Meta-Code（タイトル）:</translation>
    </message>
    <message>
        <source>Image-Code:</source>
        <translation>Image-Code:</translation>
    </message>
    <message>
        <source>Data-Code:</source>
        <translation>Data-Code:</translation>
    </message>
    <message>
        <source>Instance-Code:</source>
        <translation>Instance-Code:</translation>
    </message>
    <message>
        <source>Datahash (BLAKE3):</source>
        <translation>Datahash（BLAKE3）:</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>(none: the work has no title)</source>
        <translation>（なし: 作品にタイトルがありません）</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::Job</name>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Computing missing fingerprints and ISCC</source>
        <translation>不足しているフィンガープリントと ISCC を計算中</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>キャンセル: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 件中 %2 件</translation>
    </message>
    <message>
        <source>Cancelling: %1</source>
        <translation>キャンセル中: %1</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::LedgerDialog</name>
    <message>
        <source>Payments Ledger</source>
        <translation>入金台帳</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入金日</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>ライセンシー</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>入金件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Chart in:</source>
        <translation>グラフの通貨:</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV に書き出す...</translation>
    </message>
    <message>
        <source>Cannot read the payments</source>
        <translation>入金記録を読み込めません</translation>
    </message>
    <message>
        <source>Cannot add up the payments</source>
        <translation>入金を合計できません</translation>
    </message>
    <message>
        <source>No payments recorded yet. Record them from an offer&apos;s Payments tab.</source>
        <translation>まだ入金が記録されていません。各オファーの「入金」タブから記録してください。</translation>
    </message>
    <message>
        <source>Received in all: %1</source>
        <translation>入金の総額: %1</translation>
    </message>
    <message>
        <source>Received per year, by licensee</source>
        <translation>ライセンシー別の年間入金額</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>入金台帳の書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the ledger</source>
        <translation>入金台帳を書き出せません</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::MainWindow</name>
    <message>
        <source>No catalogue open</source>
        <translation>カタログが開かれていません</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>カタログを開けません</translation>
    </message>
    <message>
        <source>%1

Catalogue: %2</source>
        <translation>%1

カタログ: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Catalogue...</source>
        <translation>新しいカタログ(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Catalogue...</source>
        <translation>カタログを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Import Images...</source>
        <translation>画像を取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add image files to the catalogue (the files are only read)</source>
        <translation>画像ファイルをカタログに追加します（ファイルは読み取るだけで、変更しません）</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>フォルダーを取り込む(&amp;F)...</translation>
    </message>
    <message>
        <source>Add every image in a folder and its subfolders, one work per file</source>
        <translation>フォルダーとそのサブフォルダー内のすべての画像を、1 ファイルにつき 1 作品として追加します</translation>
    </message>
    <message>
        <source>Import Folder as &amp;Chapter...</source>
        <translation>フォルダーを話として取り込む(&amp;C)...</translation>
    </message>
    <message>
        <source>Each folder becomes one work whose images are its pages, in name order</source>
        <translation>フォルダーごとに 1 つの作品とし、中の画像を名前順にページとして登録します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rakkan</source>
        <translation>Rakkan について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>%1 – Rakkan</source>
        <translation>%1 – Rakkan</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 を開いています...</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, or cancel it first.</source>
        <translation>すでに取り込みを実行中です。完了するまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Rakkan will use the new language when you next start it.</source>
        <translation>新しい言語は、Rakkan の次回起動時から使用されます。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check an Image...</source>
        <translation>画像をチェック(&amp;C)...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find out which of your works a suspect image comes from</source>
        <translation>疑わしい画像がどの作品に由来するかを調べます</translation>
    </message>
    <message>
        <source>&amp;Scan a Folder for Copies...</source>
        <translation>フォルダー内の複製を探す(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Near Duplicates...</source>
        <translation>よく似た重複(&amp;N)...</translation>
    </message>
    <message>
        <source>Signing &amp;Identities...</source>
        <translation>署名用アイデンティティ(&amp;I)...</translation>
    </message>
    <message>
        <source>Co&amp;mpute Missing Fingerprints and ISCC</source>
        <translation>不足しているフィンガープリントと ISCC を計算(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your signing identity.&lt;/b&gt; It signs your opt-out declarations so that registries can tell they come from you. The key is made and kept on this computer.</source>
        <translation>&lt;b&gt;署名用アイデンティティを作成しましょう。&lt;/b&gt;オプトアウト宣言に署名して、宣言が確かにあなたのものであることをレジストリが確認できるようにします。鍵はこのコンピューター上で作成・保管されます。</translation>
    </message>
    <message>
        <source>Create Identity...</source>
        <translation>アイデンティティを作成...</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Reading catalogued files again for their fingerprints and ISCC...</source>
        <translation>フィンガープリントと ISCC を計算するため、登録済みのファイルを読み直しています...</translation>
    </message>
    <message>
        <source>Compute missing fingerprints and ISCC</source>
        <translation>不足しているフィンガープリントと ISCC の計算</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>%n 件のファイルを更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opt-out &amp;Declarations...</source>
        <translation>オプトアウト宣言(&amp;D)...</translation>
    </message>
    <message>
        <source>Declare &amp;Works...</source>
        <translation>作品を宣言(&amp;W)...</translation>
    </message>
    <message>
        <source>Opt-out &amp;Forms and Spawning...</source>
        <translation>オプトアウトフォームと Spawning(&amp;F)...</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor opt-out(s) to check again</source>
        <translation>
            <numerusform>再確認が必要なベンダーへのオプトアウトが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendors&apos; forms send no receipt. Check that the opt-out still stands, then mark it confirmed or submitted again.</source>
        <translation>ベンダーのフォームからは受領証が届きません。オプトアウトが引き続き有効であることを確かめて確認済みにするか、もう一度提出して提出済みにしてください。</translation>
    </message>
    <message>
        <source>Rakkan</source>
        <translation>Rakkan</translation>
    </message>
    <message>
        <source>&amp;Reservations and Site Kit...</source>
        <translation>権利留保とサイトキット(&amp;R)...</translation>
    </message>
    <message>
        <source>Licensing &amp;Offers...</source>
        <translation>ライセンスのオファー(&amp;O)...</translation>
    </message>
    <message numerus="yes">
        <source>%n licensing offer(s) to answer within a week</source>
        <translation>
            <numerusform>1 週間以内に回答が必要なライセンスのオファーが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers whose answer is due within seven days, or already overdue.</source>
        <translation>回答期限まで 7 日以内か、すでに期限を過ぎているオファーです。</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>処理中の作業</translation>
    </message>
    <message>
        <source>%1

Still running: %2. What is already done is kept.</source>
        <translation>%1

まだ実行中: %2。すでに終わった分はそのまま残ります。</translation>
    </message>
    <message>
        <source>Open another catalogue?</source>
        <translation>別のカタログを開きますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated; %1 could not be read:</source>
        <translation>
            <numerusform>%n 件のファイルを更新しました。%1 件は読み取れませんでした:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after updating %n file(s).</source>
        <translation>
            <numerusform>%n 件のファイルを更新したところで中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Rakkan?</source>
        <translation>Rakkan を終了しますか？</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Restored the catalogue from its backup.</source>
        <translation>バックアップからカタログを復元しました。</translation>
    </message>
    <message>
        <source>Restored the catalogue from its backup. The file it replaced is kept as %1.</source>
        <translation>バックアップからカタログを復元しました。置き換えられたファイルは %1 として保管しています。</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>バックアップ(&amp;B)...</translation>
    </message>
    <message>
        <source>Back up the catalogue, check it for damage, or restore a backup</source>
        <translation>カタログのバックアップ、破損の検査、バックアップからの復元を行います</translation>
    </message>
    <message>
        <source>Restore a backup of the catalogue?</source>
        <translation>カタログをバックアップから復元しますか？</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>%1 を復元しています...</translation>
    </message>
    <message>
        <source>Looking for a sound backup...</source>
        <translation>正常なバックアップを探しています...</translation>
    </message>
    <message>
        <source>Looking for a sound backup</source>
        <translation>正常なバックアップを探す</translation>
    </message>
    <message>
        <source>The catalogue is damaged</source>
        <translation>カタログが破損しています</translation>
    </message>
    <message>
        <source>Rakkan keeps backups of this catalogue. Restore the newest sound one, made %1? The damaged file is kept beside it under another name, and nothing else is changed.</source>
        <translation>Rakkan はこのカタログのバックアップを保管しています。%1 に作成された最新の正常なバックアップから復元しますか？ 破損したファイルは別の名前で隣に保管され、それ以外は何も変更しません。</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the catalogue</source>
        <translation>カタログの今日のバックアップ</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the catalogue failed: %1</source>
        <translation>本日のカタログのバックアップに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with a deadline within a week</source>
        <translation>
            <numerusform>期限が 1 週間以内の案件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Takedown cases waiting for an answer, a counter-notice&apos;s end or a check that a copy stayed down.</source>
        <translation>回答待ち、反論通知の期間の終わり、削除されたままかの確認を待っている削除案件です。</translation>
    </message>
    <message>
        <source>&amp;Cases and Takedowns...</source>
        <translation>案件と削除要請(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::NearDuplicatesDialog</name>
    <message>
        <source>Near Duplicates</source>
        <translation>よく似た重複</translation>
    </message>
    <message>
        <source>Groups of near duplicates</source>
        <translation>よく似た重複のグループ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>元のファイル</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Looking for near duplicates...</source>
        <translation>よく似た重複を探しています...</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n file(s)</source>
        <translation>
            <numerusform>グループ %1: %n 件のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>No near duplicates in the catalogue.</source>
        <translation>カタログ内によく似た重複はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of files that are copies of each other. Double-click a file to show its work.</source>
        <translation>
            <numerusform>互いに複製になっているファイルのグループが %n 件あります。ファイルをダブルクリックすると、その作品を表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in the catalogue that are copies of each other: the same page saved twice, an export beside its original, a crop, a turned scan, a panel saved on its own. Each pair is checked as Check an Image checks a copy.</source>
        <translation>カタログ内で互いに複製の関係にあるファイルです（二度保存された同じページ、元ファイルと並ぶ書き出し、トリミング、傾いたスキャン、単独で保存されたコマ）。各組は「画像をチェック」と同じ方法で確認します。</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> ビット</translation>
    </message>
    <message>
        <source>How far apart (of 256 bits) the fingerprints of two whole pictures may be for them to be compared. Higher finds more re-edited copies and takes longer; 31 is PDQ&apos;s own advice. Crops, turns and panels are found by their keypoints whatever this is.</source>
        <translation>2 枚の画像全体のフィンガープリントがどこまで離れていても比較の対象にするか（256 ビット中）。大きくすると手の加わった複製をより多く見つけますが、時間がかかります。31 は PDQ 自身の推奨値です。トリミング、回転、コマはこの値に関係なく特徴点で見つかります。</translation>
    </message>
    <message>
        <source>&amp;Fingerprint distance up to:</source>
        <translation>フィンガープリントの差の上限(&amp;F):</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::NewIdentityDialog</name>
    <message>
        <source>New Identity</source>
        <translation>新しいアイデンティティ</translation>
    </message>
    <message>
        <source>Rakkan makes a new signing key on this computer. Use one identity per artist, or one for the whole studio.</source>
        <translation>Rakkan はこのコンピューター上で新しい署名鍵を作成します。アイデンティティは作家ごとに 1 つ、またはスタジオ全体で 1 つ使用してください。</translation>
    </message>
    <message>
        <source>Artist or studio name</source>
        <translation>作家名またはスタジオ名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Automatic: the system keychain when there is one</source>
        <translation>自動（システムのキーチェーンがあればキーチェーン）</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>A key file protected by a passphrase</source>
        <translation>パスフレーズで保護された鍵ファイル</translation>
    </message>
    <message>
        <source>&amp;Keep the key in:</source>
        <translation>鍵の保管場所(&amp;K):</translation>
    </message>
    <message>
        <source>Optional, e.g. did:web:your-site.example</source>
        <translation>任意（例: did:web:your-site.example）</translation>
    </message>
    <message>
        <source>Your &amp;site:</source>
        <translation>あなたのサイト(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OfferEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>e.g. Portfolio licence for AI training</source>
        <translation>例: AI 学習向けの作品一括ライセンス</translation>
    </message>
    <message>
        <source>The company or marketplace that wrote to you</source>
        <translation>連絡してきた企業やマーケットプレイス</translation>
    </message>
    <message>
        <source>Publisher, agent or marketplace in between, if any</source>
        <translation>間に入る出版社、エージェント、マーケットプレイス（いる場合）</translation>
    </message>
    <message>
        <source>The ultimate licensee is named</source>
        <translation>最終的なライセンシーが明記されている</translation>
    </message>
    <message>
        <source>Who will finally use the works, when not the offerer</source>
        <translation>作品を最終的に利用する者（提示元と異なる場合）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Offered by:</source>
        <translation>提示元:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>仲介者:</translation>
    </message>
    <message>
        <source>Intermediary keeps:</source>
        <translation>仲介者の取り分:</translation>
    </message>
    <message>
        <source>Ultimate licensee:</source>
        <translation>最終的なライセンシー:</translation>
    </message>
    <message>
        <source>How it came:</source>
        <translation>受け取った経路:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Co-authors, publisher... separated by commas</source>
        <translation>共著者、出版社など（カンマ区切り）</translation>
    </message>
    <message>
        <source>Works covered:</source>
        <translation>対象作品:</translation>
    </message>
    <message>
        <source>Must also approve:</source>
        <translation>承認が必要な共同権利者:</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permitted&lt;/b&gt;</source>
        <translation>&lt;b&gt;許諾&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prohibited&lt;/b&gt;</source>
        <translation>&lt;b&gt;禁止&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Permitted: %1</source>
        <translation>許諾: %1</translation>
    </message>
    <message>
        <source>Prohibited: %1</source>
        <translation>禁止: %1</translation>
    </message>
    <message>
        <source>The model named, if any</source>
        <translation>指定されたモデル名（ある場合）</translation>
    </message>
    <message>
        <source>Worldwide; or country codes such as JP, US, EU</source>
        <translation>空欄なら全世界。または JP、US、EU などの国コード</translation>
    </message>
    <message>
        <source>Models covered:</source>
        <translation>対象モデル:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Who may use them:</source>
        <translation>利用できる者:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>地域:</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Renews by itself</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受領日:</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>回答期限:</translation>
    </message>
    <message>
        <source>Licence starts:</source>
        <translation>ライセンス開始日:</translation>
    </message>
    <message>
        <source>Licence ends:</source>
        <translation>ライセンス終了日:</translation>
    </message>
    <message>
        <source>Trained models after the term:</source>
        <translation>契約期間終了後の学習済みモデル:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Exclusive: you may not license these works to anyone else</source>
        <translation>独占: これらの作品をほかの相手にライセンスできなくなります</translation>
    </message>
    <message>
        <source>The buyer may sublicense</source>
        <translation>買い手がサブライセンスできる</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>サブライセンス先</translation>
    </message>
    <message>
        <source>It also covers future deals</source>
        <translation>将来の取引も対象になる</translation>
    </message>
    <message>
        <source>Sublicense to:</source>
        <translation>サブライセンス先:</translation>
    </message>
    <message>
        <source>Rights granted</source>
        <translation>許諾される権利</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>算定方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>分配率 %</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>最低額</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>上限額</translation>
    </message>
    <message>
        <source>When paid</source>
        <translation>支払時期</translation>
    </message>
    <message>
        <source>Publisher %</source>
        <translation>出版社 %</translation>
    </message>
    <message>
        <source>Agent %</source>
        <translation>エージェント %</translation>
    </message>
    <message>
        <source>Platform %</source>
        <translation>プラットフォーム %</translation>
    </message>
    <message>
        <source>Add Payment Term</source>
        <translation>支払条件を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金銭条件</translation>
    </message>
    <message>
        <source>How you are credited, if at all</source>
        <translation>クレジット表記の方法（ある場合）</translation>
    </message>
    <message>
        <source>Filters against outputs that copy your works or characters</source>
        <translation>作品やキャラクターを複製した出力を防ぐフィルターなど</translation>
    </message>
    <message>
        <source>The buyer warrants its other training data was obtained lawfully</source>
        <translation>ほかの学習データを適法に取得したことを買い手が保証している</translation>
    </message>
    <message>
        <source>You may audit use and payments</source>
        <translation>利用状況と支払いを監査できる</translation>
    </message>
    <message>
        <source>What is reported to you, and how often</source>
        <translation>あなたに報告される内容と頻度</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>What you may not tell others</source>
        <translation>第三者に明かしてはならない内容</translation>
    </message>
    <message>
        <source>e.g. Japan, Tokyo District Court</source>
        <translation>例: 日本法、東京地方裁判所</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>クレジット表記:</translation>
    </message>
    <message>
        <source>Output safeguards:</source>
        <translation>出力の安全対策:</translation>
    </message>
    <message>
        <source>Reporting:</source>
        <translation>報告:</translation>
    </message>
    <message>
        <source>Takedown or unlearning:</source>
        <translation>削除要請・学習の取り消し:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>対応期限:</translation>
    </message>
    <message>
        <source>Its cost:</source>
        <translation>費用の負担:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>秘密保持:</translation>
    </message>
    <message>
        <source>Governing law:</source>
        <translation>準拠法:</translation>
    </message>
    <message>
        <source>Protections</source>
        <translation>保護条項</translation>
    </message>
    <message>
        <source>Anything else: what was said on the phone, what your agent thinks...</source>
        <translation>その他: 電話で話した内容、エージェントの意見など...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The whole portfolio (no works chosen)</source>
        <translation>すべての作品（作品を選択していません）</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n 件の作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment term %1: %2</source>
        <translation>支払条件 %1: %2</translation>
    </message>
    <message>
        <source>Payment term %1: &quot;%2&quot; is not a percentage from 0 to 100.</source>
        <translation>支払条件 %1: 「%2」は 0 から 100 までの割合ではありません。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OfferListModel</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1（%2 経由）</translation>
    </message>
    <message numerus="yes">
        <source>The answer was due %n day(s) ago.</source>
        <translation>
            <numerusform>回答期限を %n 日過ぎています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to answer.</source>
        <translation>
            <numerusform>回答期限まであと %n 日です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提示元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>注意点</translation>
    </message>
    <message>
        <source>%1 (replaced)</source>
        <translation>%1（差し替え済み）</translation>
    </message>
    <message>
        <source>A counter-offer replaced this version; the latest one is listed on its own row.</source>
        <translation>この版は対案によって差し替えられました。最新の版は別の行に表示されています。</translation>
    </message>
    <message>
        <source>Only flat fees and per-work payments can be worked out per work; revenue shares and per-use payments depend on how the works are used.</source>
        <translation>作品 1 点あたりの額を計算できるのは、固定額と作品単位の支払いだけです。収益分配や利用量に応じた支払いは、作品の使われ方によって変わります。</translation>
    </message>
    <message>
        <source>The offer states no licence term, so no yearly figure can be given: an offer without an end date may be read as for ever.</source>
        <translation>オファーにライセンス期間の記載がないため、1 年あたりの額は示せません。終了日のないオファーは、無期限と解釈されるおそれがあります。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Fixed money per work</source>
        <translation>作品 1 点あたりの固定額</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OffersDialog</name>
    <message>
        <source>Licensing Offers</source>
        <translation>ライセンスのオファー</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>要回答</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>すべてのオファー</translation>
    </message>
    <message>
        <source>New Offer</source>
        <translation>新しいオファー</translation>
    </message>
    <message>
        <source>Compare...</source>
        <translation>比較...</translation>
    </message>
    <message>
        <source>Select two to four offers in the list to see them side by side.</source>
        <translation>一覧でオファーを 2〜4 件選択すると、並べて比較できます。</translation>
    </message>
    <message>
        <source>Payments Ledger...</source>
        <translation>入金台帳...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>e.g. 20000 JPY</source>
        <translation>例: 20000 JPY</translation>
    </message>
    <message>
        <source>Offers that pay less than this per work per year are flagged.</source>
        <translation>作品 1 点・1 年あたりの支払額がこの額を下回るオファーを、注意点として示します。</translation>
    </message>
    <message>
        <source>Minimum per work per year</source>
        <translation>作品 1 点・1 年あたりの最低額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with its currency, e.g. &quot;20000 JPY&quot;.</source>
        <translation>「%1」は通貨付きの金額として認識できません。金額と通貨を入力してください（例: 20000 JPY）。</translation>
    </message>
    <message>
        <source>Flag offers paying less per work per year than:</source>
        <translation>注意点とする最低額（作品 1 点・1 年あたり）:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Keep a Contract PDF...</source>
        <translation>契約書の PDF を保管...</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Contracts are kept inside the catalogue with their SHA-256, so they stay with the offer; the file you choose is only read.</source>
        <translation>契約書は SHA-256 とともにカタログ内に保管されるため、常にオファーと一緒に管理できます。選択したファイルは読み込むだけで、変更しません。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入金日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>何に対する入金か</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>入金を記録</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Red Flags</source>
        <translation>注意点</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Counter with These Terms</source>
        <translation>この条件で対案を提示</translation>
    </message>
    <message>
        <source>Change the terms in the form, then send them back as your counter-offer: a new version of the offer; the one received stays as it was.</source>
        <translation>フォームで条件を変更してから、対案として返します。対案はオファーの新しい版として記録され、受け取ったオファーはそのまま残ります。</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>One-Page Summary (PDF, English and Japanese)...</source>
        <translation>1 ページの概要（PDF、英語・日本語）...</translation>
    </message>
    <message>
        <source>Terms as an RSL Licence...</source>
        <translation>RSL ライセンス形式の条件...</translation>
    </message>
    <message>
        <source>Terms as an ODRL Policy...</source>
        <translation>ODRL ポリシー形式の条件...</translation>
    </message>
    <message>
        <source>Cannot read the offers</source>
        <translation>オファーを読み込めません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The terms shown have changes that are not saved. Leave them?</source>
        <translation>表示中の条件には、保存されていない変更があります。変更を破棄しますか？</translation>
    </message>
    <message>
        <source>&lt;b&gt;New offer&lt;/b&gt;: write down what the e-mail or contract says; terms it does not mention stay &quot;Not stated&quot;.</source>
        <translation>&lt;b&gt;新しいオファー&lt;/b&gt;: メールや契約書に書かれている内容を入力してください。記載のない条件は「記載なし」のままにしておきます。</translation>
    </message>
    <message>
        <source>Cannot read the offer</source>
        <translation>オファーを読み込めません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（提示元: %2）: %3</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation>（第 %1 版）</translation>
    </message>
    <message>
        <source>These terms are what was agreed or closed; answer with a counter-offer or a renewal to change them.</source>
        <translation>この条件は合意済み、または終了したものです。変更するには、対案または更新で回答してください。</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>「%1」として記録</translation>
    </message>
    <message>
        <source>No change of status</source>
        <translation>状態の変更なし</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>SHA-256 of this entry: %1</source>
        <translation>この記録の SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 (%2 KiB, kept %3)</source>
        <translation>%1（%2 KiB、保管日時: %3）</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>該当項目: %1</translation>
    </message>
    <message>
        <source>No red flags: none of the known traps was found in these terms. Still read the contract itself.</source>
        <translation>注意点はありません。この条件には、既知の落とし穴は見つかりませんでした。ただし、契約書そのものも必ず読んでください。</translation>
    </message>
    <message>
        <source>Red Flags (%1)</source>
        <translation>注意点（%1）</translation>
    </message>
    <message>
        <source>Save Corrections</source>
        <translation>修正を保存</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>%1 の承認を記録</translation>
    </message>
    <message>
        <source>The offer cannot be saved</source>
        <translation>オファーを保存できません</translation>
    </message>
    <message>
        <source>The counter-offer cannot be made</source>
        <translation>対案を作成できません</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>対案</translation>
    </message>
    <message>
        <source>A note for the history (optional):</source>
        <translation>履歴に残すメモ（任意）:</translation>
    </message>
    <message>
        <source>A note for the history (optional): why, who said so...</source>
        <translation>履歴に残すメモ（任意）: 理由、誰の判断かなど...</translation>
    </message>
    <message>
        <source>The offer cannot move on</source>
        <translation>オファーの状態を変更できません</translation>
    </message>
    <message>
        <source>The approval cannot be recorded</source>
        <translation>承認を記録できません</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>オファーの比較</translation>
    </message>
    <message>
        <source>Export a one-page summary</source>
        <translation>1 ページの概要の書き出し</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the terms as an RSL licence</source>
        <translation>条件を RSL ライセンスとして書き出す</translation>
    </message>
    <message>
        <source>RSL licence (*.xml)</source>
        <translation>RSL ライセンス (*.xml)</translation>
    </message>
    <message>
        <source>Export the terms as an ODRL policy</source>
        <translation>条件を ODRL ポリシーとして書き出す</translation>
    </message>
    <message>
        <source>ODRL policy (*.jsonld *.json)</source>
        <translation>ODRL ポリシー (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Keep a contract with the offer</source>
        <translation>契約書をオファーとともに保管</translation>
    </message>
    <message>
        <source>The document cannot be kept</source>
        <translation>文書を保管できません</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The payment cannot be recorded</source>
        <translation>入金を記録できません</translation>
    </message>
    <message>
        <source>The terms shown have changes that are not saved. Save them before going on?</source>
        <translation>表示中の条件に保存していない変更があります。続ける前に保存しますか？</translation>
    </message>
    <message>
        <source>Every version</source>
        <translation>すべての版</translation>
    </message>
    <message>
        <source>Also the versions a counter-offer replaced, to compare what changed.</source>
        <translation>対案によって差し替えられた版も表示し、変更点を比べられるようにします。</translation>
    </message>
    <message>
        <source>Only an offer you received or are reviewing can be countered; this one is %1.</source>
        <translation>対案を提示できるのは、受け取ったオファーか検討中のオファーだけです。このオファーは「%1」です。</translation>
    </message>
    <message>
        <source>The terms shown have changes that are not saved. Save them before the offer moves to &quot;%1&quot;?</source>
        <translation>表示中の条件に保存していない変更があります。オファーを「%1」に移す前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::OptOutFormsDialog</name>
    <message>
        <source>Opt-out Forms and Spawning</source>
        <translation>オプトアウトフォームと Spawning</translation>
    </message>
    <message>
        <source>&amp;Vendor Forms</source>
        <translation>ベンダーのフォーム(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Spawning</source>
        <translation>Spawning(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再入力(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::RemoveWorksCommand</name>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>「%1」の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work(s)</source>
        <translation>
            <numerusform>%n 件の作品の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ReservationsDialog</name>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Non-commercial</source>
        <translation>非営利</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育機関</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>EU (Art. 4 DSM Directive)</source>
        <translation>EU（DSM 指令 第 4 条）</translation>
    </message>
    <message>
        <source>Japan (Art. 30-4)</source>
        <translation>日本（著作権法 第 30 条の 4）</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>権利留保</translation>
    </message>
    <message>
        <source>Say once what you reserve against AI. Rakkan writes it in every form AI developers read: robots.txt, TDMRep, ai.txt, an RSL licence, page tags and server headers, and the metadata of exported copies.</source>
        <translation>AI に対して留保する権利を一度指定するだけで、Rakkan が AI 開発者の読み取るあらゆる形式（robots.txt、TDMRep、ai.txt、RSL ライセンス、ページのタグとサーバーヘッダー、書き出したコピーのメタデータ）で書き出します。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>名義と連絡先</translation>
    </message>
    <message>
        <source>Your name as an artist</source>
        <translation>作家としての名前</translation>
    </message>
    <message>
        <source>A studio or publisher, if not you</source>
        <translation>スタジオや出版社など（ご本人以外の場合）</translation>
    </message>
    <message>
        <source>© 2026 Your Name</source>
        <translation>© 2026 あなたの名前</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>サイト(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>著作者(&amp;R):</translation>
    </message>
    <message>
        <source>Rights &amp;holder:</source>
        <translation>権利者(&amp;H):</translation>
    </message>
    <message>
        <source>Licensing &amp;e-mail:</source>
        <translation>ライセンス用メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Terms page:</source>
        <translation>利用条件のページ(&amp;T):</translation>
    </message>
    <message>
        <source>Copyright &amp;notice:</source>
        <translation>著作権表示(&amp;N):</translation>
    </message>
    <message>
        <source>What is reserved</source>
        <translation>留保する内容</translation>
    </message>
    <message>
        <source>All AI training</source>
        <translation>すべての AI 学習</translation>
    </message>
    <message>
        <source>Training of generative AI</source>
        <translation>生成 AI の学習</translation>
    </message>
    <message>
        <source>Use as AI input (retrieval, grounding, answers)</source>
        <translation>AI への入力（検索拡張・グラウンディング・回答生成）としての利用</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>AI uses are available under licence</source>
        <translation>AI による利用をライセンスで提供する</translation>
    </message>
    <message>
        <source>e.g. 50000</source>
        <translation>例: 50000</translation>
    </message>
    <message>
        <source>Price for training:</source>
        <translation>学習用ライセンスの料金:</translation>
    </message>
    <message>
        <source>Who may license:</source>
        <translation>ライセンスの対象:</translation>
    </message>
    <message>
        <source>Statements for</source>
        <translation>表明の対象地域</translation>
    </message>
    <message>
        <source>Your own wording of the condition (empty: Rakkan writes one from the terms)</source>
        <translation>条件の文言を独自に入力（空の場合は、設定内容から Rakkan が作成します）</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Export Site &amp;Kit...</source>
        <translation>サイトキットを書き出す(&amp;K)...</translation>
    </message>
    <message>
        <source>Export &amp;Copies of Selected Works...</source>
        <translation>選択した作品のコピーを書き出す(&amp;C)...</translation>
    </message>
    <message>
        <source>C&amp;heck a File or Site...</source>
        <translation>ファイルやサイトをチェック(&amp;H)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save the reservation policy</source>
        <translation>権利留保ポリシーの保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Export site kit</source>
        <translation>サイトキットの書き出し</translation>
    </message>
    <message>
        <source>Writing the site kit...</source>
        <translation>サイトキットを書き出しています...</translation>
    </message>
    <message>
        <source>Export copies</source>
        <translation>コピーの書き出し</translation>
    </message>
    <message>
        <source>Select the works in the main window first.</source>
        <translation>先にメインウィンドウで作品を選択してください。</translation>
    </message>
    <message>
        <source>Writing copies...</source>
        <translation>コピーを書き出しています...</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) with the reservation in %1.</source>
        <translation>
            <numerusform>権利留保を記載したコピーを %n 件、%1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported copies</source>
        <translation>書き出すコピー</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <source>Text drawn in a corner (empty: none)</source>
        <translation>隅に描く文字（空欄なら透かしなし）</translation>
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation>長辺(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation>透かし(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>ポリシー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;New Policy...</source>
        <translation>新しいポリシー(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Apply to Selected Works</source>
        <translation>選択した作品に適用(&amp;A)</translation>
    </message>
    <message>
        <source>Leave your changes to this policy unsaved?</source>
        <translation>このポリシーへの変更を保存せずに切り替えますか？</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新しいポリシー</translation>
    </message>
    <message>
        <source>A name for the policy (for example &quot;press kit&quot; or &quot;fan art&quot;). It starts as a copy of the one shown.</source>
        <translation>ポリシーの名前（例:「プレスキット」「ファンアート」）。表示中のポリシーをコピーして作成します。</translation>
    </message>
    <message>
        <source>There is a policy called &quot;%1&quot; already.</source>
        <translation>「%1」という名前のポリシーはすでにあります。</translation>
    </message>
    <message>
        <source>Apply a policy</source>
        <translation>ポリシーを適用</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) now follow &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 件の作品が「%1」に従うようになりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; has changes that are not saved. Save them before going on?</source>
        <translation>ポリシー「%1」に保存していない変更があります。続ける前に保存しますか？</translation>
    </message>
    <message>
        <source>Writing copies with the reservation</source>
        <translation>留保を記したコピーを書き出し中</translation>
    </message>
    <message>
        <source>The policy for all works covers every work; works published under other terms can follow another policy.</source>
        <translation>全作品用のポリシーはすべての作品に適用されます。別の条件で公開している作品には、別のポリシーを適用できます。</translation>
    </message>
    <message>
        <source>What stays allowed</source>
        <translation>引き続き許可するもの</translation>
    </message>
    <message>
        <source>Ordinary search engines may index the works</source>
        <translation>通常の検索エンジンによる作品のインデックス登録を許可する</translation>
    </message>
    <message>
        <source>All works (the default policy)</source>
        <translation>全作品（既定のポリシー）</translation>
    </message>
    <message>
        <source>Where to write the site kit</source>
        <translation>サイトキットの書き出し先</translation>
    </message>
    <message>
        <source>The site kit is in %1. Upload the folder&apos;s contents to your site&apos;s root.</source>
        <translation>サイトキットを %1 に書き出しました。フォルダーの中身をサイトのルートにアップロードしてください。</translation>
    </message>
    <message>
        <source>Where to write the copies</source>
        <translation>コピーの書き出し先</translation>
    </message>
    <message>
        <source>Each copy carries a signed statement of your AI training and data-mining choices that Adobe&apos;s Content Credentials and other C2PA readers show. It is signed by your identity with a certificate Rakkan issues for you: readers see it as valid, from a signer who is not on the C2PA trust list.</source>
        <translation>各コピーに、AI の学習とデータマイニングについてのあなたの選択を署名付きで記します。Adobe のコンテンツ認証情報などの C2PA 対応ソフトで表示されます。署名には、Rakkan があなたのために発行した証明書とあなたのアイデンティティを使います。表示する側では「有効だが、C2PA トラストリストに載っていない署名者による」と示されます。</translation>
    </message>
    <message>
        <source>Sign &amp;Content Credentials (C2PA) into JPEG, PNG and WebP copies</source>
        <translation>JPEG・PNG・WebP のコピーにコンテンツ認証情報（C2PA）を署名して付ける(&amp;C)</translation>
    </message>
    <message>
        <source>JPEG, PNG and WebP copies carry signed Content Credentials.</source>
        <translation>JPEG・PNG・WebP のコピーには署名付きのコンテンツ認証情報が付いています。</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) in other formats have none; choose a longest side to make web copies, which can carry them.</source>
        <translation>
            <numerusform>その他の形式の %n 件のコピーには付いていません。長辺のサイズを選ぶと、認証情報を付けられる Web 用コピーを作れます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ScanFolderDialog</name>
    <message>
        <source>Scan a Folder for Copies</source>
        <translation>フォルダー内の複製を探す</translation>
    </message>
    <message>
        <source>Looks through every image in a folder and its subfolders (a downloaded dataset sample, images scraped from a site) for copies of your works. Only fingerprints are compared, on this computer.</source>
        <translation>フォルダーとそのサブフォルダー内のすべての画像（ダウンロードしたデータセットのサンプルや、サイトから収集された画像など）から、あなたの作品の複製を探します。比較するのはフィンガープリントだけで、処理はこのコンピューター上で行われます。</translation>
    </message>
    <message>
        <source>Choose a &amp;Folder...</source>
        <translation>フォルダーを選択(&amp;F)...</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>スキャンをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Files that match your works</source>
        <translation>あなたの作品と一致したファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>How it was changed</source>
        <translation>変更のされ方</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV に書き出す(&amp;E)...</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>スキャンするフォルダー</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 をスキャンしています...</translation>
    </message>
    <message>
        <source>%1 of %2 files match your works; %3 could not be read.</source>
        <translation>%2 件中 %1 件のファイルが作品と一致しました。%3 件は読み取れませんでした。</translation>
    </message>
    <message>
        <source>Scanning a folder for copies</source>
        <translation>フォルダー内のコピーを検査中</translation>
    </message>
    <message>
        <source>The scan was cancelled after %1 files: %2 match your works; %3 could not be read.</source>
        <translation>%1 件のファイルを調べたところで検査を中止しました。%2 件があなたの作品と一致し、%3 件は読み取れませんでした。</translation>
    </message>
    <message>
        <source>Double-click a row to see the file next to your work.</source>
        <translation>行をダブルクリックすると、そのファイルをあなたの作品と並べて表示します。</translation>
    </message>
    <message>
        <source>Open a &amp;Case...</source>
        <translation>案件を開く(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::SpawningPage</name>
    <message>
        <source>Spawning keeps a Do Not Train registry that some AI developers honour. Rakkan asks it about your works&apos; public web addresses (the ones recorded as publications) and hands those addresses to Have I Been Trained, where you confirm the opt-out with your account. Only the addresses are sent.</source>
        <translation>Spawning は、一部の AI 開発者が従っている Do Not Train レジストリを運営しています。Rakkan は作品の公開 URL（掲載先として登録されているもの）を Spawning に問い合わせ、その URL を Have I Been Trained に引き渡します。オプトアウトは Have I Been Trained で、あなたのアカウントから確定してください。送信するのは URL だけです。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>オプトアウト済み</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>引き渡し日時</translation>
    </message>
    <message>
        <source>Public addresses</source>
        <translation>公開 URL</translation>
    </message>
    <message>
        <source>API &amp;Key...</source>
        <translation>API キー(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Check the Works</source>
        <translation>作品を確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Opt Out on Have I Been Trained...</source>
        <translation>Have I Been Trained でオプトアウト(&amp;O)...</translation>
    </message>
    <message>
        <source>Spawning</source>
        <translation>Spawning</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No work has a public web address yet: add where a work is published in its details (Publications).</source>
        <translation>公開 URL が登録された作品はまだありません。作品の詳細の「掲載先」に、作品を公開している場所を追加してください。</translation>
    </message>
    <message>
        <source>Asking Spawning...</source>
        <translation>Spawning に問い合わせています...</translation>
    </message>
    <message>
        <source>These works have no public web address: add where they are published in their details (Publications).</source>
        <translation>これらの作品には公開 URL がありません。作品の詳細の「掲載先」に、作品を公開している場所を追加してください。</translation>
    </message>
    <message>
        <source>Spawning API key</source>
        <translation>Spawning の API キー</translation>
    </message>
    <message>
        <source>Your Spawning API key (kept in the system keychain):</source>
        <translation>Spawning の API キー（システムのキーチェーンに保管されます）:</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain...</source>
        <translation>キーをシステムのキーチェーンに保存しています...</translation>
    </message>
    <message>
        <source>The API key is in the system keychain.</source>
        <translation>API キーはシステムのキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>No Spawning API key yet: press &quot;API Key...&quot; to keep yours in the keychain.</source>
        <translation>Spawning の API キーがまだありません。「API キー...」を押して、キーチェーンに保管してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n address(es) are opted out at Spawning.</source>
        <translation>
            <numerusform>%n 件中 %1 件の URL が Spawning でオプトアウト済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Have I Been Trained is open in your browser: log in there and confirm the opt-out. The link: %1</source>
        <translation>ブラウザーで Have I Been Trained を開きました。ログインしてオプトアウトを確定してください。リンク: %1</translation>
    </message>
    <message>
        <source>Asking Spawning</source>
        <translation>Spawning に問い合わせ中</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::ThumbnailLoader</name>
    <message>
        <source>Loading thumbnails</source>
        <translation>サムネイルを読み込み中</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::VendorFormsPage</name>
    <message>
        <source>Packet ready</source>
        <translation>準備済み</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message numerus="yes">
        <source>Some AI companies take opt-outs only through a web form. Rakkan prepares what the form asks for; you submit it yourself and record it here. No form sends a receipt, so Rakkan reminds you to check again after %n days.</source>
        <translation>
            <numerusform>一部の AI 企業は、オプトアウトをウェブフォームでしか受け付けていません。Rakkan はフォームで求められる内容を準備します。提出はご自身で行い、ここに記録してください。どのフォームからも受領証は届かないため、%n 日後に Rakkan が再確認のリマインダーを表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>ベンダー:</translation>
    </message>
    <message>
        <source>Open the &amp;Form</source>
        <translation>フォームを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認日</translation>
    </message>
    <message>
        <source>Vendor opt-outs</source>
        <translation>ベンダーへのオプトアウト</translation>
    </message>
    <message>
        <source>Mark &amp;Submitted</source>
        <translation>提出済みにする(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Confirmed</source>
        <translation>確認済みにする(&amp;C)</translation>
    </message>
    <message>
        <source>Vendor forms</source>
        <translation>ベンダーのフォーム</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>要再確認</translation>
    </message>
    <message>
        <source>Select the works in the main window first.</source>
        <translation>先にメインウィンドウで作品を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n work(s) for %1...</source>
        <translation>
            <numerusform>%1 用に %n 件の作品をコピーしています...</numerusform>
        </translation>
    </message>
    <message>
        <source>The packet for %1 is in %2. Follow CHECKLIST.md there, then mark the works submitted.</source>
        <translation>%1 用の提出用パッケージを %2 に作成しました。そのフォルダーにある CHECKLIST.md の手順に従って提出してから、作品を提出済みにしてください。</translation>
    </message>
    <message>
        <source>%1 has no opt-out form; the checklist says what to do instead.</source>
        <translation>%1 にはオプトアウトフォームがありません。代わりの手順はチェックリストを参照してください。</translation>
    </message>
    <message>
        <source>Make &amp;Packet for Selected Works...</source>
        <translation>選択した作品の提出用パッケージを作成(&amp;P)...</translation>
    </message>
    <message>
        <source>No packet yet: select works in the main window, choose a vendor and make a packet.</source>
        <translation>提出用パッケージはまだありません。メインウィンドウで作品を選び、ベンダーを選んでパッケージを作成してください。</translation>
    </message>
    <message>
        <source>Where to write the copies for the vendor</source>
        <translation>事業者向けコピーの書き出し先</translation>
    </message>
    <message>
        <source>Sign &amp;Content Credentials (C2PA) into the packet&apos;s JPEG, PNG and WebP copies</source>
        <translation>パケット内の JPEG・PNG・WebP のコピーにコンテンツ認証情報（C2PA）を署名して付ける(&amp;C)</translation>
    </message>
    <message>
        <source>Each copy then says, in a signed statement any C2PA reader shows, that you do not allow AI training, as your policy for the work says.</source>
        <translation>各コピーに、作品のポリシーどおり AI の学習を許可しないことを、C2PA 対応ソフトで表示される署名付きの記述として付けます。</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorkDetailPanel</name>
    <message>
        <source>Select a work to see and edit its details.</source>
        <translation>作品を選択すると、詳細を表示・編集できます。</translation>
    </message>
    <message>
        <source>Cover preview</source>
        <translation>表紙のプレビュー</translation>
    </message>
    <message>
        <source>Title in its original script, e.g. 星の庭</source>
        <translation>原語表記のタイトル（例: 星の庭）</translation>
    </message>
    <message>
        <source>Title in Latin script, e.g. Hoshi no Niwa</source>
        <translation>ローマ字表記のタイトル（例: Hoshi no Niwa）</translation>
    </message>
    <message>
        <source>Title (&amp;Latin script):</source>
        <translation>ローマ字表記のタイトル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>巻</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>話</translation>
    </message>
    <message>
        <source>e.g. 12 or 12.5</source>
        <translation>例: 12、12.5</translation>
    </message>
    <message>
        <source>Tags separated by commas</source>
        <translation>タグを「、」またはカンマで区切って入力</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>ローマ字表記の名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Rights holders</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>Add holder</source>
        <translation>権利者を追加</translation>
    </message>
    <message>
        <source>Add a rights holder</source>
        <translation>権利者を追加します</translation>
    </message>
    <message>
        <source>Remove holder</source>
        <translation>権利者を削除</translation>
    </message>
    <message>
        <source>Remove the selected rights holder</source>
        <translation>選択した権利者を削除します</translation>
    </message>
    <message>
        <source>Rights holders:</source>
        <translation>権利者:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>掲載先</translation>
    </message>
    <message>
        <source>Add publication</source>
        <translation>掲載先を追加</translation>
    </message>
    <message>
        <source>Add where the work was published</source>
        <translation>作品の掲載先を追加します</translation>
    </message>
    <message>
        <source>Remove publication</source>
        <translation>掲載先を削除</translation>
    </message>
    <message>
        <source>Remove the selected publication</source>
        <translation>選択した掲載先を削除します</translation>
    </message>
    <message>
        <source>Published at:</source>
        <translation>掲載先:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>元のファイル</translation>
    </message>
    <message>
        <source>Files of this work</source>
        <translation>この作品のファイル</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message numerus="yes">
        <source>Work %1 · %n page(s) · added %2</source>
        <translation>
            <numerusform>作品 %1 · %n ページ · 追加日時 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Loading preview...</source>
        <translation>プレビューを読み込んでいます...</translation>
    </message>
    <message>
        <source>The rights holder &quot;%1&quot; needs a name in its original script.</source>
        <translation>権利者「%1」の原語表記の名前を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD の形式（例: 2024-05-31）で入力してください。</translation>
    </message>
    <message>
        <source>The identity whose key signs opt-out declarations for this work</source>
        <translation>この作品のオプトアウト宣言への署名に使うアイデンティティ</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>署名者(&amp;G):</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>ページ %1</translation>
    </message>
    <message>
        <source>The default identity (none yet)</source>
        <translation>既定のアイデンティティ（未作成）</translation>
    </message>
    <message>
        <source>The default identity (%1)</source>
        <translation>既定のアイデンティティ（%1）</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>アイデンティティ %1</translation>
    </message>
    <message>
        <source>Save the changes to this work (%1)</source>
        <translation>この作品への変更を保存します（%1）</translation>
    </message>
    <message>
        <source>%1 (from layers)</source>
        <translation>%1（レイヤーから合成）</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>タイトル(&amp;I):</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>シリーズ(&amp;R):</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation>話(&amp;P):</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>巻(&amp;O):</translation>
    </message>
    <message>
        <source>Reading Content Credentials</source>
        <translation>コンテンツ認証情報を読み取っています</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorkListModel</name>
    <message>
        <source>Series: %1</source>
        <translation>シリーズ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights holders: %1</source>
        <translation>権利者: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Title (Latin script)</source>
        <translation>ローマ字表記のタイトル</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>巻</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>話</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Rights holders</source>
        <translation>権利者</translation>
    </message>
</context>
<context>
    <name>rakkan::ui::WorksBrowser</name>
    <message>
        <source>Re&amp;move from Catalogue</source>
        <translation>カタログから削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected works from the catalogue; the image files stay where they are</source>
        <translation>選択した作品をカタログから削除します（画像ファイルは削除されず、元の場所に残ります）</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>サムネイル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>リスト(&amp;L)</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>権利者</translation>
    </message>
    <message>
        <source>Search works</source>
        <translation>作品を検索</translation>
    </message>
    <message>
        <source>Search titles, series, tags, holders...</source>
        <translation>タイトル、シリーズ、タグ、権利者を検索...</translation>
    </message>
    <message>
        <source>Works as thumbnails</source>
        <translation>作品（サムネイル表示）</translation>
    </message>
    <message>
        <source>Works as a list</source>
        <translation>作品（リスト表示）</translation>
    </message>
    <message>
        <source>Cannot read the catalogue</source>
        <translation>カタログを読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件の作品を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n 件の作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved yet. Save them before going on?</source>
        <translation>「%1」の変更はまだ保存されていません。続ける前に保存しますか？</translation>
    </message>
    <message>
        <source>Cannot save the work</source>
        <translation>作品を保存できません</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Cannot change the catalogue</source>
        <translation>カタログを変更できません</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n work(s) from the catalogue. The files were not touched; Undo brings them back.</source>
        <translation>
            <numerusform>%n 件の作品をカタログから削除しました。ファイルには手を加えていません。「元に戻す」で復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>No work matches &quot;%1&quot; (searched in: %2).</source>
        <translation>「%1」に一致する作品はありません（検索対象: %2）。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. It no longer matches the search, so the list hides it; clear the search to see it.</source>
        <translation>「%1」を保存しました。検索条件に一致しなくなったため、一覧には表示されていません。表示するには検索をクリアしてください。</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Drop illustrations, manga pages or folders here&lt;/p&gt;&lt;p&gt;or use &lt;b&gt;Import Images&lt;/b&gt; or &lt;b&gt;Import Folder&lt;/b&gt;. Rakkan reads PSD, CLIP Studio Paint, Krita, OpenRaster, Procreate, MediBang Paint, JPEG, PNG, WebP, HEIC, AVIF, JPEG XL, TIFF, GIF and BMP files, and never changes them.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;イラスト、マンガの原稿、フォルダーをここにドロップしてください&lt;/p&gt;&lt;p&gt;または&lt;b&gt;画像を取り込む&lt;/b&gt;か&lt;b&gt;フォルダーを取り込む&lt;/b&gt;を使ってください。Rakkan は PSD、CLIP Studio Paint、Krita、OpenRaster、Procreate、MediBang Paint、JPEG、PNG、WebP、HEIC、AVIF、JPEG XL、TIFF、GIF、BMP のファイルを読み込みます。元のファイルを変更することはありません。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
