package dev.mailbench.serverpanel.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.PanelSection;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server as the panel showed it: each mail account with its quota, usage and forwarding, and the changes sent
 * through the panel API during the visit (when, what, before and after). Omitted when the panel was never read and
 * nothing was changed through it. The project keeps no secret here; the section prints what the project keeps.
 */
public final class PanelHandoverSection implements HandoverContributor {
    static final int ORDER = 380;
    /** The customer's office is in Japan; the audit keeps UTC instants. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);
    /** An API key pasted by mistake into a record's text would otherwise be printed for the customer. */
    private static final Pattern KEY_SHAPE = Pattern.compile("xs_[A-Za-z0-9_\\-]{8,}");

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        if (!context.project().plugins().containsKey(ProjectMerge.PLUGIN_ID)) {
            return Optional.empty();
        }
        PanelSection section = ProjectMerge.section(context.project());
        PanelSnapshot snapshot = section.lastImport();
        if (snapshot == null && section.audit().isEmpty()) {
            return Optional.empty();
        }
        Locale l = context.locale();
        List<HandoverBlock> blocks = new ArrayList<>();
        if (snapshot != null) {
            blocks.add(server(snapshot, l));
            blocks.add(accounts(snapshot, l));
        }
        if (!section.audit().isEmpty()) {
            blocks.add(changes(section.audit(), l));
        }
        String intro = snapshot == null
                ? pick(l, "この訪問でサーバーパネル（API）を通して行った変更の記録です。日時は日本時間です。",
                        "The changes made through the server panel's API during the visit. Times are Japan time.")
                : pick(l, "サーバーパネルから API で読み込んだメールアカウントと、この訪問でパネルを通して行った変更の記録です。日時は日本時間です。",
                        "The mail accounts read from the server panel through its API, and the changes made through the panel "
                                + "during the visit. Times are Japan time.");
        return Optional.of(new HandoverSection(ProjectMerge.PLUGIN_ID,
                pick(l, "サーバーのメールアカウントと変更記録", "Mail accounts on the server and changes made"), ORDER, intro, blocks));
    }

    private static KeyValueBlock server(PanelSnapshot s, Locale l) {
        List<KeyValueBlock.Entry> entries = new ArrayList<>();
        entries.add(new KeyValueBlock.Entry(pick(l, "サーバー名（初期ドメイン）", "Server name (initial domain)"), s.servername()));
        ServerInfo info = s.server();
        if (info != null) {
            entries.add(new KeyValueBlock.Entry(pick(l, "サーバー ID", "Server ID"), info.serverId()));
            entries.add(new KeyValueBlock.Entry(pick(l, "メールサーバー", "Mail server"), info.mailHost()));
            if (info.diskQuotaGb() != null && info.diskUsedGb() != null) {
                entries.add(new KeyValueBlock.Entry(pick(l, "ディスク使用量", "Disk space used"),
                        String.format(Locale.ROOT, "%.1f GB / %.1f GB", info.diskUsedGb(), info.diskQuotaGb())));
            }
        }
        entries.add(new KeyValueBlock.Entry(pick(l, "読み込んだ日時", "Read on"), when(s.importedAt())));
        entries.add(new KeyValueBlock.Entry(pick(l, "メールアカウント数", "Mail accounts"), String.valueOf(s.accounts().size())));
        return new KeyValueBlock(pick(l, "サーバー", "Server"), entries);
    }

    /** "控え保存": whether forwarded mail also stays in the mailbox; four characters, so the header does not wrap. */
    private static TableBlock accounts(PanelSnapshot s, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        s.accounts().stream().sorted(Comparator.comparing(a -> a.address().toLowerCase(Locale.ROOT))).forEach(a -> rows.add(List.of(
                a.address(), mb(a.quotaMb()), used(a, l), share(a), a.forwardTo().isEmpty() ? pick(l, "なし", "none") : String.join("\n", a.forwardTo()),
                a.forwardTo().isEmpty() ? "—" : a.keepInMailbox() ? pick(l, "する", "yes") : pick(l, "しない", "no"))));
        return new TableBlock(pick(l, "メールアカウント", "Mail accounts"),
                List.of(pick(l, "アドレス", "Address"), pick(l, "容量", "Quota"), pick(l, "使用量", "Used"), pick(l, "使用率", "Full"),
                        pick(l, "転送先", "Forwarded to"), pick(l, "控え保存", "Copy kept")),
                rows);
    }

    private static TableBlock changes(List<AuditEntry> audit, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        audit.stream().sorted(Comparator.comparing(AuditEntry::when, Comparator.nullsFirst(Comparator.naturalOrder()))).forEach(e -> {
            rows.add(List.of(when(e.when()), clean(change(e.change(), l)), clean(result(e.result(), l))));
            String before = e.before() == null || e.before().isBlank() ? pick(l, "（なし）", "(none)") : e.before();
            String after = e.after() == null || e.after().isBlank() ? pick(l, "（なし）", "(none)") : e.after();
            notes.add(clean(pick(l, "変更前: ", "Before: ") + before + "\n" + pick(l, "変更後: ", "After: ") + after));
        });
        return new TableBlock(pick(l, "この訪問で行った変更", "Changes made during the visit"),
                List.of(pick(l, "日時", "When"), pick(l, "変更", "Change"), pick(l, "結果", "Result")), rows, notes);
    }

    /** {@code CREATE sample.jp} as the customer reads it: 追加 sample.jp. */
    private static String change(String change, Locale l) {
        if (change == null) {
            return "";
        }
        String[] parts = change.split(" ", 2);
        String rest = parts.length > 1 ? " " + parts[1] : "";
        return switch (parts[0]) {
            case "CREATE" -> pick(l, "DNS レコードの追加", "DNS record added") + rest;
            case "UPDATE" -> pick(l, "DNS レコードの変更", "DNS record changed") + rest;
            case "DELETE" -> pick(l, "DNS レコードの削除", "DNS record deleted") + rest;
            default -> change;
        };
    }

    private static String result(String result, Locale l) {
        if (result == null || result.isBlank()) {
            return "";
        }
        return result.equals("OK") ? pick(l, "完了", "Done") : pick(l, "失敗: ", "Failed: ") + result;
    }

    private static String used(MailAccount a, Locale l) {
        return a.usedMb() == null ? pick(l, "不明", "unknown") : mb((int) Math.round(a.usedMb()));
    }

    /** In a column of its own: "2,890 MB (96%)" in one cell broke before the bracket in Excel. */
    private static String share(MailAccount a) {
        return a.usedMb() == null || a.quotaMb() <= 0 ? "—" : Math.round(100 * a.usedMb() / a.quotaMb()) + "%";
    }

    private static String mb(int mb) {
        return String.format(Locale.ROOT, "%,d MB", mb);
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static String clean(String text) {
        return KEY_SHAPE.matcher(text).replaceAll("xs_…");
    }
}
