package dev.mailbench.serverpanel.engine;

import java.util.Optional;

/**
 * Run by {@link OsCredentialStoreSecretServiceTest} in a JVM of its own, inside a private session bus with GNOME Keyring:
 * {@code save SERVER} keeps the key given on standard input, {@code take SERVER} reads it back (printing only whether it
 * matched) and removes it. Two JVMs, so a read can only come from the Secret Service, never from memory.
 */
public final class SecretServiceRoundTrip {
    private SecretServiceRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        OsCredentialStore store = OsCredentialStore.system();
        String server = args[1];
        char[] typed = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine().toCharArray();
        try {
            if (args[0].equals("save")) {
                store.save(server, ApiKey.of(typed));
                System.out.println("RESULT saved");
            } else {
                Optional<ApiKey> kept = store.load(server);
                System.out.println("RESULT read " + kept.map(k -> k.occursIn(new String(typed))).orElse(false));
                store.delete(server);
                System.out.println("RESULT after delete " + store.load(server).isPresent());
            }
        } catch (CredentialStore.CredentialStoreException e) {
            System.out.println("RESULT failed " + e.kind() + ": " + e.explanation().en());
        }
    }
}
