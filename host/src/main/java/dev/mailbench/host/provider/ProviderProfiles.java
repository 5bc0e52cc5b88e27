package dev.mailbench.host.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.project.JsonMerge;
import dev.mailbench.host.project.ProjectJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider profiles as data: the bundled ones (classpath {@code provider-profiles/<id>.json}, listed in
 * {@code provider-profiles/profiles.list} because a classpath folder cannot be listed portably) with the
 * user's corrections from {@code <configDir>/provider-profiles/<id>.json} laid over them (a user file may
 * hold only the fields it corrects, or define a new provider).
 *
 * <p>{@link #resolve} fills {@code {serverId}} and applies a project's overrides. An empty server ID
 * leaves {@code {serverId}} visible in host names, so a missing ID shows instead of a wrong host.
 */
public final class ProviderProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderProfiles.class);
    private static final String BUNDLED = "provider-profiles/";

    private final Map<String, ObjectNode> profiles = new LinkedHashMap<>();
    private final List<String> loadErrors = new ArrayList<>();
    private final Path userDir;
    private boolean loaded;

    /** Bundled profiles only. */
    public ProviderProfiles() {
        this(null);
    }

    /** @param userDir folder of user overrides; null or missing = none */
    public ProviderProfiles(Path userDir) {
        // Read when first asked, not when the workbench is built: the window paints before any profile is needed.
        this.userDir = userDir;
    }

    private synchronized Map<String, ObjectNode> profiles() {
        if (!loaded) {
            loaded = true;
            loadBundled();
            if (userDir != null && Files.isDirectory(userDir)) {
                loadUser(userDir);
            }
        }
        return profiles;
    }

    /** {@code <configDir>/provider-profiles}. */
    public static Path userDirIn(Path configDir) {
        return configDir.resolve("provider-profiles");
    }

    public List<String> ids() {
        return List.copyOf(profiles().keySet());
    }

    /** Problems met while loading (a broken user file is skipped, not fatal). */
    public List<String> loadErrors() {
        profiles();
        return List.copyOf(loadErrors);
    }

    /** The profile as stored, with placeholders. */
    public Optional<ProviderProfile> raw(String id) {
        ObjectNode node = profiles().get(id);
        return node == null ? Optional.empty() : Optional.of(toProfile(id, node.deepCopy()));
    }

    /**
     * The profile for a project: {@code {serverId}} filled in, then {@code ref.overrides()} applied (keys
     * are profile field names, dotted for nested ones: {@code mailHost}, {@code smtpSsl.port},
     * {@code rules.defaultQuotaMb}).
     *
     * @throws IllegalArgumentException for an unknown profile id, an unknown override key or a value of the
     *                                  wrong type, with a message naming it
     */
    public ProviderProfile resolve(ProviderRef ref) {
        ObjectNode base = profiles().get(ref.profileId());
        if (base == null) {
            throw new IllegalArgumentException("プロバイダー設定「" + ref.profileId() + "」がありません（あるもの: "
                    + String.join(", ", profiles.keySet()) + "） / Unknown provider profile: " + ref.profileId());
        }
        ObjectNode node = base.deepCopy();
        for (Map.Entry<String, String> override : ref.overrides().entrySet()) {
            applyOverride(ref.profileId(), node, override.getKey(), override.getValue());
        }
        String serverId = ref.serverId().isBlank() ? "{serverId}" : ref.serverId().trim();
        return toProfile(ref.profileId(), (ObjectNode) fill(node, serverId));
    }

    private static void applyOverride(String profileId, ObjectNode node, String key, String value) {
        String[] parts = key.split("\\.");
        ObjectNode parent = node;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (child == null || !child.isObject()) {
                throw unknownKey(profileId, key);
            }
            parent = (ObjectNode) child;
        }
        String last = parts[parts.length - 1];
        boolean isRule = parts.length == 2 && "rules".equals(parts[0]);
        JsonNode existing = parent.get(last);
        if (existing == null && !isRule || existing != null && existing.isContainerNode()) {
            throw unknownKey(profileId, key);
        }
        if (existing != null && existing.isNumber()) {
            try {
                parent.put(last, Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("上書き「" + key + "」の値「" + value + "」は数値ではありません / Override "
                        + key + " needs a number, got \"" + value + "\"");
            }
        } else {
            parent.put(last, value);
        }
    }

    private static IllegalArgumentException unknownKey(String profileId, String key) {
        return new IllegalArgumentException("プロバイダー設定「" + profileId + "」に項目「" + key
                + "」はありません（例: mailHost, smtpSsl.port, spfInclude, rules.<名前>） / Unknown override key \""
                + key + "\" for provider profile " + profileId);
    }

    private static JsonNode fill(JsonNode node, String serverId) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace("{serverId}", serverId));
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), fill(e.getValue(), serverId)));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(fill(e, serverId)));
            return out;
        }
        return node;
    }

    private static ProviderProfile toProfile(String id, ObjectNode node) {
        try {
            return ProjectJson.mapper().treeToValue(node, ProviderProfile.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("プロバイダー設定「" + id + "」の値が正しくありません / Invalid provider profile "
                    + id + ": " + e.getMessage(), e);
        }
    }

    private void loadBundled() {
        ClassLoader loader = ProviderProfiles.class.getClassLoader();
        try (InputStream list = loader.getResourceAsStream(BUNDLED + "profiles.list")) {
            if (list == null) {
                loadErrors.add("provider-profiles/profiles.list is missing from the classpath");
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String id = line.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(BUNDLED + id + ".json")) {
                    if (in == null) {
                        loadErrors.add("bundled provider profile missing: " + id);
                        continue;
                    }
                    add(id, ProjectJson.mapper().readTree(in), "bundled " + id);
                }
            }
        } catch (IOException e) {
            loadErrors.add("bundled provider profiles: " + e.getMessage());
        }
    }

    private void loadUser(Path userDir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(userDir, "*.json")) {
            for (Path file : files) {
                String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                try {
                    JsonNode user = ProjectJson.mapper().readTree(file.toFile());
                    ObjectNode bundled = profiles.get(id);
                    add(id, bundled == null ? user : JsonMerge.merge(user, bundled), file.toString());
                } catch (IOException e) {
                    loadErrors.add(file + ": " + e.getMessage());
                    LOG.warn("Skipping unreadable provider profile {}", file, e);
                }
            }
        } catch (IOException e) {
            loadErrors.add(userDir + ": " + e.getMessage());
        }
    }

    private void add(String id, JsonNode node, String origin) {
        if (node == null || !node.isObject()) {
            loadErrors.add(origin + ": not a JSON object");
            return;
        }
        ObjectNode profile = (ObjectNode) node;
        profile.put("id", id);
        try {
            toProfile(id, profile.deepCopy());
            profiles.put(id, profile);
        } catch (IllegalArgumentException e) {
            loadErrors.add(origin + ": " + e.getMessage());
        }
    }

    /** Field names a user can override, for the UI's override editor. */
    public List<String> overrideKeys(String profileId) {
        ObjectNode node = profiles().get(profileId);
        List<String> keys = new ArrayList<>();
        if (node != null) {
            collectKeys(node, "", keys);
        }
        return keys;
    }

    private static void collectKeys(JsonNode node, String prefix, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                collectKeys(e.getValue(), key + ".", out);
            } else if (!"id".equals(key) && !e.getValue().isArray()) {
                out.add(key);
            }
        }
    }
}
