package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the key may do and until when ({@code GET /v1/me}).
 *
 * @param permission {@code full}, {@code read} or {@code custom}
 * @param expiresAt  null when the key does not expire
 */
public record KeyInfo(String servername, String permission, Instant expiresAt) {
    static final Duration EXPIRY_WARNING = Duration.ofDays(7);

    public boolean readOnly() {
        return "read".equals(permission);
    }

    /** Warnings for the consultant: an expiry within 7 days, and more permission than reading needs. */
    public List<LocalizedText> advice(Instant now, boolean onlyReading) {
        List<LocalizedText> out = new ArrayList<>();
        if (expiresAt != null && expiresAt.isAfter(now) && Duration.between(now, expiresAt).compareTo(EXPIRY_WARNING) <= 0) {
            // rounded up: a key that ends in 2 days and 23 hours is "3 days" to the consultant
            long days = Math.max(1, (Duration.between(now, expiresAt).toHours() + 23) / 24);
            out.add(LocalizedText.of(
                    "この API キーはあと " + days + " 日（" + expiresAt + "）で期限が切れます。作業が続くなら、お客様に新しいキーを発行してもらってください。",
                    "This API key expires in " + days + " day(s) (" + expiresAt + "). If the work goes on, ask the customer for a new key."));
        }
        if (onlyReading && "full".equals(permission)) {
            out.add(LocalizedText.of(
                    "このキーは「すべての操作」ができます。読み込みだけなら、APIキー管理で「読み取り専用」のキーを発行してもらう方が安全です。",
                    "This key allows all operations. For reading only, a read-only key issued in API key management is safer."));
        }
        if ("custom".equals(permission)) {
            out.add(LocalizedText.of(
                    "このキーはカスタム権限です。許可されていない操作は 403（権限不足）になります。",
                    "This key has a custom permission: operations it does not allow fail with 403 (permission too narrow)."));
        }
        return out;
    }

    public LocalizedText permissionLabel() {
        return switch (permission) {
            case "full" -> LocalizedText.of("すべての操作", "all operations");
            case "read" -> LocalizedText.of("読み取り専用", "read-only");
            case "custom" -> LocalizedText.of("カスタム", "custom");
            default -> LocalizedText.of(permission, permission);
        };
    }
}
