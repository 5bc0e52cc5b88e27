package dev.mailbench.dns.handover;

import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.Domain;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.dns.engine.FindingCode;
import dev.mailbench.dns.engine.RunHistory;
import dev.mailbench.dns.engine.DnsSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handover section: for each domain, the records as published at the last check, its findings and
 * the fixes, from the run history saved in the project (no DNS query while exporting).
 */
public final class DnsHandoverSection implements HandoverContributor {
    @Override
    @SuppressWarnings("unchecked")
    public Optional<HandoverSection> build(HandoverContext context) {
        Object raw = context.project().plugins().get(DnsCheckPlugin.ID);
        if (!(raw instanceof Map<?, ?> section)) {
            return Optional.empty();
        }
        boolean en = "en".equals(context.locale().getLanguage());
        List<HandoverBlock> blocks = new ArrayList<>();
        for (Domain d : context.project().domains()) {
            var entry = RunHistory.latest((Map<String, Object>) section, d.name().toLowerCase());
            if (entry.isEmpty()) {
                continue;
            }
            Map<String, Object> e = entry.get();
            String when = String.valueOf(e.get("checkedAt")).replace('T', ' ').replaceAll("\\..*|Z$", "");
            String mode = "zone".equals(e.get("mode")) ? (en ? "zone file" : "ゾーンファイル") : (en ? "live DNS" : "ライブ DNS");
            blocks.add(new TextBlock(d.name(), List.of((en ? "Checked " : "確認日時 ") + when + " UTC (" + mode + ", " + e.get("source") + ")"), false));
            List<List<String>> records = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("records", List.of())) {
                Map<String, Object> r = (Map<String, Object>) o;
                boolean answered = "ANSWERED".equals(r.get("state"));
                records.add(List.of(String.valueOf(r.get("name")), String.valueOf(r.get("type")),
                        answered ? String.valueOf(r.get("ttl")) : "", answered ? String.valueOf(r.get("data")) : stateText(String.valueOf(r.get("state")), en)));
            }
            blocks.add(new TableBlock(en ? "Records as published" : "公開されているレコード",
                    en ? List.of("Name", "Type", "TTL", "Value") : List.of("名前", "種類", "TTL", "値"), records));
            List<List<String>> findings = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("findings", List.of())) {
                Map<String, Object> f = (Map<String, Object>) o;
                FindingCode code;
                DnsSeverity severity;
                try {
                    code = FindingCode.valueOf(String.valueOf(f.get("code")));
                    severity = DnsSeverity.valueOf(String.valueOf(f.get("severity")));
                } catch (IllegalArgumentException unknown) {
                    continue; // saved by a newer version
                }
                if (code == FindingCode.SENDER_REQUIREMENTS) {
                    continue;
                }
                findings.add(List.of(severity.label().get(context.locale()), code.title().get(context.locale()),
                        String.valueOf(f.get("subject")), code.remedy().get(context.locale())));
            }
            blocks.add(new TableBlock(en ? "Check results" : "確認結果",
                    en ? List.of("Grade", "Finding", "Name", "What to do") : List.of("判定", "内容", "対象", "対処"), findings));
            List<List<String>> fixes = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("fixes", List.of())) {
                Map<String, Object> f = (Map<String, Object>) o;
                fixes.add(List.of(String.valueOf(f.get(en ? "titleEn" : "titleJa")), f.get("name") + " " + f.get("type"),
                        String.valueOf(f.get("before")), String.valueOf(f.get("after"))));
            }
            if (!fixes.isEmpty()) {
                blocks.add(new TableBlock(en ? "Fixes" : "修正案",
                        en ? List.of("Fix", "Record", "Before", "After") : List.of("修正", "レコード", "修正前", "修正後"), fixes));
            }
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HandoverSection("dns-check", en ? "DNS and sender authentication" : "DNS と送信ドメイン認証", 300,
                en ? "What DNS said at the last check: records, results and the corrections to publish."
                        : "最後に確認したときの DNS の内容、確認結果、登録すべき修正です。", blocks));
    }

    private static String stateText(String state, boolean en) {
        return switch (state) {
            case "NXDOMAIN", "NODATA" -> en ? "(none)" : "（なし）";
            case "OFFLINE" -> en ? "(not checked: offline)" : "（未確認: オフライン）";
            default -> en ? "(could not check: " + state + ")" : "（確認できず: " + state + "）";
        };
    }
}
