package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A credential store for tests: keys in a map, as the OS store would keep them. */
public final class InMemoryCredentialStore implements CredentialStore {
    private final Map<String, char[]> kept = new HashMap<>();

    @Override
    public Optional<ApiKey> load(String servername) {
        char[] chars = kept.get(servername);
        return chars == null ? Optional.empty() : Optional.of(ApiKey.of(chars));
    }

    @Override
    public void save(String servername, ApiKey key) {
        kept.put(servername, key.plain().toCharArray());
    }

    @Override
    public void delete(String servername) {
        kept.remove(servername);
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("テスト用のストア", "the test store");
    }

    public boolean holds(String servername, String key) {
        char[] chars = kept.get(servername);
        return chars != null && new String(chars).equals(key);
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }
}
