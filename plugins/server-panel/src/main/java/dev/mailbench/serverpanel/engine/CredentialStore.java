package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.Optional;

/**
 * Where an API key may be kept between sessions, by server name: the OS credential store ({@link OsCredentialStore})
 * or, in tests, memory. There is deliberately no file-backed store: where the OS has none, nothing is kept.
 */
public interface CredentialStore {
    /** The key kept for {@code servername}, or empty when none is kept. */
    Optional<ApiKey> load(String servername) throws CredentialStoreException;

    /** Keeps a copy of {@code key} for {@code servername}, replacing one kept before. */
    void save(String servername, ApiKey key) throws CredentialStoreException;

    /** Removes the key kept for {@code servername}; nothing happens when none is kept. */
    void delete(String servername) throws CredentialStoreException;

    /** What the store is, for the consultant (e.g. "Windows 資格情報マネージャー"). */
    LocalizedText name();

    /** A store's failure, explained for the consultant: there is no store, it did not answer, or it refused. */
    final class CredentialStoreException extends Exception {
        public enum Kind { NO_STORE, NO_ANSWER, FAILED }

        private final Kind kind;
        private final transient LocalizedText explanation;

        public CredentialStoreException(Kind kind, LocalizedText explanation) {
            super(explanation.en(), null, false, false);
            this.kind = kind;
            this.explanation = explanation;
        }

        public Kind kind() {
            return kind;
        }

        public LocalizedText explanation() {
            return explanation;
        }
    }
}
