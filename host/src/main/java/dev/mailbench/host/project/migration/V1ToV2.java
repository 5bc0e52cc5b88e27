package dev.mailbench.host.project.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema 1 (MailBench 0.0.x) to 2.
 *
 * <ul>
 *   <li>{@code "provider": "xserver"} and a top-level {@code serverId} become the provider object.</li>
 *   <li>A mailbox's {@code protocol: "POP"} plus boolean {@code leaveCopyOnServer} become
 *       {@code POP_KEEP_COPY}/{@code POP_DELETE}; {@code "FORWARD"} becomes {@code FORWARD_ONLY}.</li>
 *   <li>{@code quota: "2GB"} / {@code "500MB"} strings become {@code quotaMb} (GB counted as 1000 MB, as
 *       Xserver's panel does). A quota that cannot be read is kept as {@code quotaV1} so nothing is lost.</li>
 *   <li>{@code pluginData} becomes {@code plugins}.</li>
 * </ul>
 */
public final class V1ToV2 implements Migration {
    private static final Pattern QUOTA = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(GB|G|MB|M)?\\s*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public void migrate(ObjectNode root) {
        migrateProvider(root);
        JsonNode mailboxes = root.get("mailboxes");
        if (mailboxes != null && mailboxes.isArray()) {
            for (JsonNode mailbox : mailboxes) {
                if (mailbox.isObject()) {
                    migrateMailbox((ObjectNode) mailbox);
                }
            }
        }
        migratePluginData(root);
    }

    private static void migrateProvider(ObjectNode root) {
        JsonNode provider = root.get("provider");
        if (provider == null || provider.isTextual()) {
            ObjectNode ref = root.objectNode();
            ref.put("profileId", provider == null ? "xserver" : provider.asText());
            JsonNode serverId = root.remove("serverId");
            ref.put("serverId", serverId == null ? "" : serverId.asText());
            ref.putObject("overrides");
            root.set("provider", ref);
        }
    }

    private static void migrateMailbox(ObjectNode mailbox) {
        JsonNode protocol = mailbox.get("protocol");
        JsonNode leaveCopy = mailbox.remove("leaveCopyOnServer");
        String p = protocol == null ? "" : protocol.asText().trim().toUpperCase(Locale.ROOT);
        switch (p) {
            case "POP", "POP3" -> mailbox.put("protocol",
                    leaveCopy != null && !leaveCopy.asBoolean(true) ? "POP_DELETE" : "POP_KEEP_COPY");
            case "FORWARD" -> mailbox.put("protocol", "FORWARD_ONLY");
            case "IMAP" -> mailbox.put("protocol", "IMAP");
            case "" -> mailbox.put("protocol", "UNDECIDED");
            default -> {
                // Unknown in v1 too: leave it; the model reads it as UNDECIDED only if it is not a v2 name.
            }
        }
        JsonNode quota = mailbox.remove("quota");
        if (quota != null && !quota.isNull() && !mailbox.has("quotaMb")) {
            Integer mb = quotaMb(quota);
            if (mb == null) {
                mailbox.putNull("quotaMb");
                mailbox.set("quotaV1", quota);
            } else {
                mailbox.put("quotaMb", mb);
            }
        }
    }

    static Integer quotaMb(JsonNode quota) {
        if (quota.isNumber()) {
            return quota.asInt();
        }
        Matcher m = QUOTA.matcher(quota.asText());
        if (!m.matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "MB" : m.group(2).toUpperCase(Locale.ROOT);
        if (unit.startsWith("G")) {
            amount = amount.multiply(BigDecimal.valueOf(1000));
        }
        return amount.intValue();
    }

    private static void migratePluginData(ObjectNode root) {
        JsonNode data = root.remove("pluginData");
        if (data == null || !data.isObject()) {
            return;
        }
        JsonNode existing = root.get("plugins");
        ObjectNode plugins = existing != null && existing.isObject() ? (ObjectNode) existing : root.putObject("plugins");
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!plugins.has(e.getKey())) {
                plugins.set(e.getKey(), e.getValue());
            }
        }
        root.set("plugins", plugins);
    }
}
