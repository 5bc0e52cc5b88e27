package dev.mailbench.serverpanel.cli;

import dev.mailbench.serverpanel.engine.CredentialStore;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code panel} sub-command takes: the project, the server and where the API is. */
final class ConnectOptions {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "プロジェクトファイル (*.mailbench.json)")
    Path projectFile;

    @Option(names = "--servername", required = true, paramLabel = "NAME",
            description = "サーバー名（初期ドメイン、例: xs123456.xsrv.jp） / the server's initial domain")
    String servername;

    @Option(names = "--json", description = "JSON で出力します。Print JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "表示言語 (ja, en)")
    String lang;

    @Option(names = "--base-url", paramLabel = "URL", description = "API の URL（既定: https://api.xserver.ne.jp） / API base URL")
    URI baseUrl;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書（検証用の環境・社内プロキシ） / extra CA certificate")
    Path caFile;

    @Option(names = "--keystore", description = {
            "OS の資格情報ストア（Windows 資格情報マネージャー、macOS キーチェーン、Secret Service）に保管した API キーを使います。無ければ入力したキーをそこに保管します。ストアが無い PC では何も保管しません。",
            "Use the API key kept in the OS credential store; when none is kept, keep the typed one there. Where the computer has no store, nothing is kept."})
    boolean keystore;

    @Option(names = "--forget-key", description = "OS の資格情報ストアからこのサーバーの API キーを削除します / remove this server's key from the OS credential store")
    boolean forgetKey;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "1 リクエストの待ち時間（秒） / per request")
    int timeoutSeconds;

    /** Not an option: the store a typed key goes into once {@code GET /v1/me} accepted it (set by PanelSession.key). */
    CredentialStore keepOnceAccepted;
}
