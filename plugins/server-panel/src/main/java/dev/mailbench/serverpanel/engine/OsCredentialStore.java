package dev.mailbench.serverpanel.engine;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.serverpanel.engine.CredentialStore.CredentialStoreException.Kind;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS credential store through java-keyring: Windows Credential Manager, macOS Keychain, or the Secret Service
 * (GNOME Keyring, KWallet) on Linux. Where none is there, every call fails with {@link Kind#NO_STORE} and an
 * explanation, and nothing is kept anywhere; there is no fallback to a file.
 *
 * <p>Each call opens the store on a thread of its own and waits at most {@code timeout}: a Secret Service that waits
 * for an unlock prompt nobody sees must not hang the command. A call that did not finish is reported as not answered,
 * never as "no key kept".
 */
public final class OsCredentialStore implements CredentialStore {
    /** The entry's service name; the account is the server name. */
    static final String SERVICE = "MailBench Xserver API";

    /** Opens the store; a test hands one that has none. */
    @FunctionalInterface
    public interface Opener {
        Keyring open() throws BackendNotSupportedException;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(Keyring keyring) throws PasswordAccessException;
    }

    private final Opener opener;
    private final Duration timeout;

    public OsCredentialStore(Opener opener, Duration timeout) {
        this.opener = opener;
        this.timeout = timeout;
    }

    /** This computer's store, waited for at most 15 seconds a call. */
    public static OsCredentialStore system() {
        return new OsCredentialStore(Keyring::create, Duration.ofSeconds(15));
    }

    @Override
    public Optional<ApiKey> load(String servername) throws CredentialStoreException {
        return call(keyring -> {
            String stored;
            try {
                stored = keyring.getPassword(SERVICE, servername);
            } catch (PasswordAccessException e) {
                // java-keyring reports "no entry" this way on every backend; the caller then asks for the key.
                return Optional.<ApiKey>empty();
            }
            if (stored == null || stored.isEmpty()) {
                return Optional.<ApiKey>empty();
            }
            char[] chars = stored.toCharArray();
            try {
                return Optional.of(ApiKey.of(chars));
            } finally {
                SecretInput.wipe(chars);
            }
        }, "read");
    }

    @Override
    public void save(String servername, ApiKey key) throws CredentialStoreException {
        // java-keyring takes a String: the one copy of the key that cannot be wiped, left to the garbage collector.
        call(keyring -> {
            keyring.setPassword(SERVICE, servername, key.plain());
            return null;
        }, "save");
    }

    @Override
    public void delete(String servername) throws CredentialStoreException {
        call(keyring -> {
            try {
                keyring.deletePassword(SERVICE, servername);
            } catch (PasswordAccessException e) {
                // nothing kept for this server: what delete was asked to reach
            }
            return null;
        }, "delete");
    }

    @Override
    public LocalizedText name() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return LocalizedText.of("Windows 資格情報マネージャー", "Windows Credential Manager");
        }
        if (os.contains("mac")) {
            return LocalizedText.of("macOS キーチェーン", "macOS Keychain");
        }
        return LocalizedText.of("Secret Service（GNOME キーリング、KWallet）", "Secret Service (GNOME Keyring, KWallet)");
    }

    /** Why nothing was kept when the computer has no store: said the same way by the command line and the panel. */
    public static LocalizedText noStore() {
        return LocalizedText.of(
                "この PC には API キーを保管できる OS の資格情報ストア（Windows 資格情報マネージャー、macOS キーチェーン、Linux の "
                        + "Secret Service）がありません。キーはこのセッションの間だけメモリーに置き、どこにも保存しません。次回もキーを入力してください。",
                "This computer has no OS credential store to keep the API key in (Windows Credential Manager, macOS Keychain, "
                        + "Secret Service on Linux). The key stays in memory for this session only and is kept nowhere; enter it "
                        + "again next time.");
    }

    private <T> T call(Call<T> call, String what) throws CredentialStoreException {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "credential-store");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> result = thread.submit(() -> {
                try (Keyring keyring = opener.open()) {
                    return call.run(keyring);
                }
            });
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CredentialStoreException(Kind.NO_ANSWER, LocalizedText.of(
                    name().ja() + "が " + timeout.toSeconds() + " 秒以内に応答しませんでした（ロック解除の確認が表示されていないか確かめて"
                            + "ください）。API キーは保存も読み込みもしていません。",
                    name().en() + " did not answer within " + timeout.toSeconds() + " s (look for an unlock prompt). The API key "
                            + "was neither kept nor read."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialStoreException(Kind.NO_ANSWER, LocalizedText.of("中止しました。API キーは保存していません。",
                    "Cancelled. The API key was not kept."));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BackendNotSupportedException) {
                throw new CredentialStoreException(Kind.NO_STORE, noStore());
            }
            // the library's message names the backend's trouble; it never carries the key
            String reason = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
            throw new CredentialStoreException(Kind.FAILED, LocalizedText.of(
                    name().ja() + "で API キーを" + (what.equals("save") ? "保存" : what.equals("read") ? "読み込み" : "削除")
                            + "できませんでした: " + reason + "。キーはどこにも保存していません。",
                    "Could not " + what + " the API key in " + name().en() + ": " + reason + ". The key was kept nowhere else."));
        } finally {
            thread.shutdownNow();
        }
    }
}
