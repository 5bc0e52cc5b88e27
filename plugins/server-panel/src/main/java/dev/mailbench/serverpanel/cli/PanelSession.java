package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.CredentialStore.CredentialStoreException;
import dev.mailbench.serverpanel.engine.PanelEndpoint;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.PanelFailure;
import dev.mailbench.serverpanel.engine.XserverApi;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the sub-commands share: reading the project and the key, connecting, and failing the same way. */
final class PanelSession {
    private PanelSession() {
    }

    /** Thrown to end a command with an exit code after its message was printed. */
    static final class Exit extends Exception {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    static Locale locale(ConnectOptions o, PrintWriter err) throws Exit {
        if (!o.lang.equals("ja") && !o.lang.equals("en")) {
            err.println("--lang には ja か en を指定してください / --lang must be ja or en: " + o.lang);
            throw new Exit(PanelCommand.EXIT_BAD_INPUT);
        }
        Locale l = Locale.forLanguageTag(o.lang);
        return l;
    }

    static Project project(PanelCommand parent, ConnectOptions o, Locale l, PrintWriter out, PrintWriter err) throws Exit {
        if (!Files.isRegularFile(o.projectFile)) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_INPUT",
                    LocalizedText.of("プロジェクトファイルが見つかりません: " + o.projectFile, "Project file not found: " + o.projectFile));
        }
        try {
            return parent.api.cli().loadProject(o.projectFile);
        } catch (IOException e) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_INPUT",
                    LocalizedText.of("プロジェクトを読み込めません: " + e.getMessage(), "Cannot read the project: " + e.getMessage()));
            return null;
        }
    }

    /** The key from the environment variable, else one line of standard input; never from an argument. */
    static ApiKey key(PanelCommand parent, ConnectOptions o, Locale l, PrintWriter out, PrintWriter err) throws Exit {
        return key(parent, o, l, out, err, SecretInput.standard());
    }

    /**
     * As above, from {@code input} when the environment has no key (a command that reads more lines shares it). With
     * {@code --keystore} the key kept in the OS credential store comes first, and a typed key is kept there once
     * {@link #connect} saw the server accept it; where there is no store the command says so, keeps nothing and goes
     * on with the key in memory.
     */
    static ApiKey key(PanelCommand parent, ConnectOptions o, Locale l, PrintWriter out, PrintWriter err, SecretInput input)
            throws Exit {
        Map<String, String> env = parent.environment.get();
        String fromEnv = env == null ? null : env.get(PanelCommand.KEY_VARIABLE);
        boolean environmentHasKey = fromEnv != null && !fromEnv.isBlank();
        CredentialStore store = o.keystore || o.forgetKey ? parent.credentials.get() : null;
        if (o.forgetKey) {
            forget(store, o, l, err);
        }
        if (o.keystore && !environmentHasKey) {
            ApiKey kept = kept(store, o, l, err);
            if (kept != null) {
                return checked(kept, o, l, out, err);
            }
        }
        char[] chars = null;
        try {
            chars = environmentHasKey ? fromEnv.toCharArray() : input.read("API キー / API key: ");
            ApiKey key = checked(ApiKey.of(chars), o, l, out, err);
            if (o.keystore && !environmentHasKey) {
                // kept only once the server accepted it (connect): a mistyped or expired key is never stored
                o.keepOnceAccepted = store;
            }
            return key;
        } catch (IOException e) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_KEY",
                    LocalizedText.of("API キーを読み込めません: " + e.getMessage(), "Cannot read the API key: " + e.getMessage()));
            return null;
        } finally {
            SecretInput.wipe(chars);
        }
    }

    private static ApiKey checked(ApiKey key, ConnectOptions o, Locale l, PrintWriter out, PrintWriter err) throws Exit {
        if (key.isBlank()) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_KEY", LocalizedText.of(
                    "API キーがありません。標準入力に 1 行で渡すか、環境変数 " + PanelCommand.KEY_VARIABLE + " に入れてください"
                            + "（コマンドライン引数では受け付けません）。",
                    "No API key. Pass it as one line on standard input or in " + PanelCommand.KEY_VARIABLE
                            + " (never as an argument)."));
        }
        if (!key.looksLikeXserverKey()) {
            key.wipe();
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_KEY", LocalizedText.of(
                    "API キーの形式が違います（xs_ で始まる文字列です）。", "That is not an API key (it starts with xs_)."));
        }
        return key;
    }

    private static ApiKey kept(CredentialStore store, ConnectOptions o, Locale l, PrintWriter err) {
        try {
            Optional<ApiKey> kept = store.load(o.servername);
            if (kept.isPresent()) {
                note(err, l, LocalizedText.of(store.name().ja() + "に保管した " + o.servername + " の API キーを使います。",
                        "Using the API key for " + o.servername + " kept in " + store.name().en() + "."));
                return kept.get();
            }
            note(err, l, LocalizedText.of(store.name().ja() + "に " + o.servername + " の API キーはまだありません。入力したキーは、"
                            + "サーバーが受け付けたら保管します。",
                    "No API key for " + o.servername + " is kept in " + store.name().en() + " yet; the typed key will be kept once"
                            + " the server accepts it."));
        } catch (CredentialStoreException e) {
            note(err, l, e.explanation());
        }
        return null;
    }

    private static void keep(CredentialStore store, ApiKey key, ConnectOptions o, Locale l, PrintWriter err) {
        try {
            store.save(o.servername, key);
            note(err, l, LocalizedText.of(o.servername + " の API キーを" + store.name().ja() + "に保管しました（--forget-key で削除できます）。",
                    "The API key for " + o.servername + " is now kept in " + store.name().en() + " (--forget-key removes it)."));
        } catch (CredentialStoreException e) {
            note(err, l, e.explanation());
        }
    }

    private static void forget(CredentialStore store, ConnectOptions o, Locale l, PrintWriter err) {
        try {
            store.delete(o.servername);
            note(err, l, LocalizedText.of(store.name().ja() + "から " + o.servername + " の API キーを削除しました。",
                    "Removed the API key for " + o.servername + " from " + store.name().en() + "."));
        } catch (CredentialStoreException e) {
            note(err, l, e.explanation());
        }
    }

    private static void note(PrintWriter err, Locale l, LocalizedText text) {
        err.println(text.get(l));
        err.flush();
    }

    static XserverConnector connect(ConnectOptions o, ApiKey key, Locale l, PrintWriter out, PrintWriter err) throws Exit {
        try {
            PanelEndpoint endpoint = new PanelEndpoint(o.baseUrl, o.caFile, Duration.ofSeconds(Math.max(1, o.timeoutSeconds)));
            XserverConnector connector = new XserverConnector(new XserverApi(endpoint, key), o.servername);
            if (o.keepOnceAccepted != null) {
                connector.keyInfo(() -> false); // GET /v1/me: throws (401, 403, network, TLS) before anything is kept
                keep(o.keepOnceAccepted, key, o, l, err);
                o.keepOnceAccepted = null;
            }
            return connector;
        } catch (IllegalArgumentException e) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_INPUT", LocalizedText.of(e.getMessage(), e.getMessage()));
        } catch (PanelException e) {
            failed(o, l, out, err, e);
        }
        return null;
    }

    static void failed(ConnectOptions o, Locale l, PrintWriter out, PrintWriter err, PanelException e) throws Exit {
        fail(o, l, out, err, exitCode(e.failure()), e.failure().name(), e.explanation());
    }

    static void fail(ConnectOptions o, Locale l, PrintWriter out, PrintWriter err, int code, String id, LocalizedText text)
            throws Exit {
        if (o.json) {
            out.println(Json.pretty(Json.failure(id, text.get(l))));
            out.flush();
        } else {
            err.println(text.get(l));
            err.flush();
        }
        throw new Exit(code);
    }

    /**
     * Ends a plan that may not be sent: in JSON mode the plan first, marked {@code "ok": false, "code": "REFUSED"};
     * exit 3 when something could not be checked (the server or the name servers did not answer), else 2.
     */
    static void refusePlan(ConnectOptions o, PrintWriter out, java.util.function.Supplier<Map<String, Object>> plan,
                           boolean uncheckable) throws Exit {
        if (o.json) {
            Map<String, Object> root = plan.get();
            root.put("ok", false);
            root.put("code", "REFUSED");
            out.println(Json.pretty(root));
            out.flush();
        }
        throw new Exit(uncheckable ? PanelCommand.EXIT_CANNOT_CONNECT : PanelCommand.EXIT_BAD_INPUT);
    }

    /**
     * Asks for "yes" at the console or on the next line of {@code input} (after the secrets that came there); ends the
     * command with exit 1 and "nothing was sent" when the answer is anything else.
     */
    static void confirm(ConnectOptions o, Locale l, PrintWriter out, PrintWriter err, SecretInput input, String question)
            throws Exit {
        String answer;
        Console console = System.console();
        if (console != null) {
            answer = console.readLine("%s", question);
        } else {
            err.print(question);
            err.flush();
            try {
                answer = new String(input.read(""));
            } catch (IOException e) {
                answer = "";
            }
        }
        boolean ok = answer != null && (answer.strip().equalsIgnoreCase("yes") || answer.strip().equals("はい"));
        if (!ok) {
            err.println();
            fail(o, l, out, err, PanelCommand.EXIT_INCOMPLETE, "NOT_CONFIRMED", LocalizedText.of(
                    "確認されなかったため、何も送信していません。", "Not confirmed: nothing was sent."));
        }
    }

    /** Checks before anything is sent that the undo file can be written where the user named it. */
    static void checkUndoTarget(ConnectOptions o, Locale l, PrintWriter out, PrintWriter err, java.nio.file.Path undoFile)
            throws Exit {
        if (undoFile != null && Files.exists(undoFile)) {
            fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "UNDO_FILE_EXISTS", LocalizedText.of(
                    "取り消し用ファイル " + undoFile + " は既にあります。上書きはしません（前の変更を戻せなくなるため）。別の名前を指定してください。",
                    "The undo file " + undoFile + " exists. It is not overwritten (the earlier change could no longer be undone). "
                            + "Name another file."));
        }
    }

    /** The line that names the undo file a run wrote (nothing when none was written). */
    static void printUndoFile(Locale l, PrintWriter out, String undoWritten) {
        if (undoWritten != null) {
            out.println(LocalizedText.pick(l, "取り消し用ファイル: ", "Undo file: ") + undoWritten
                    + LocalizedText.pick(l, "（mailbench panel undo で元に戻せます）", " (mailbench panel undo puts it back)"));
        }
    }

    /** The exit code of a run of changes: 0 when all were sent, else says after how many it stopped and why. */
    static int exitAfterRun(Locale l, PrintWriter err, int applied, PanelException failure) {
        if (failure == null) {
            return 0;
        }
        err.println(LocalizedText.pick(l, applied + " 件目の後で止まりました: ", "Stopped after " + applied + " changes: ")
                + failure.explanation().get(l));
        err.flush();
        return exitCode(failure.failure());
    }

    /** The exit code of a run that stopped at {@code failure}: as the other server commands. */
    static int exitCode(PanelFailure failure) {
        return switch (failure) {
            case CANCELLED, RATE_LIMITED -> PanelCommand.EXIT_INCOMPLETE;
            case BAD_REQUEST, NOT_FOUND, VALIDATION, OPERATION -> PanelCommand.EXIT_BAD_INPUT;
            default -> PanelCommand.EXIT_CANNOT_CONNECT;
        };
    }

    static boolean isCancel(PanelException e) {
        return e.failure() == PanelFailure.CANCELLED;
    }
}
