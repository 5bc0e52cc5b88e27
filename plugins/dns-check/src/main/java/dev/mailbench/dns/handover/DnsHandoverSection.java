package dev.mailbench.dns.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.dns.engine.DnsSeverity;
import dev.mailbench.dns.engine.FindingCode;
import dev.mailbench.dns.engine.FixTexts;
import dev.mailbench.dns.engine.LookupState;
import dev.mailbench.dns.engine.RunHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Locale l = context.locale();
        List<HandoverBlock> blocks = new ArrayList<>();
        for (Domain d : context.project().domains()) {
            var entry = RunHistory.latest((Map<String, Object>) section, d.name().toLowerCase());
            if (entry.isEmpty()) {
                continue;
            }
            Map<String, Object> e = entry.get();
            String when = String.valueOf(e.get("checkedAt")).replace('T', ' ').replaceAll("\\..*|Z$", "");
            String mode = "zone".equals(e.get("mode")) ? pick(l, "ゾーンファイル", "zone file") : pick(l, "ライブ DNS", "live DNS");
            blocks.add(new TextBlock(d.name(), List.of(pick(l, "確認日時 ", "Checked ") + when + " UTC (" + mode + ", " + e.get("source") + ")"), false));
            List<List<String>> records = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("records", List.of())) {
                Map<String, Object> r = (Map<String, Object>) o;
                String state = String.valueOf(r.get("state"));
                boolean answered = LookupState.ANSWERED.name().equals(state);
                records.add(List.of(String.valueOf(r.get("name")), String.valueOf(r.get("type")),
                        answered ? String.valueOf(r.get("ttl")) : "", answered ? String.valueOf(r.get("data")) : stateText(state, l)));
            }
            blocks.add(new TableBlock(pick(l, "公開されているレコード", "Records as published"),
                    List.of(pick(l, "名前", "Name"), pick(l, "種類", "Type"), "TTL", pick(l, "値", "Value")), records));
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
                findings.add(List.of(severity.label().get(l), code.title().get(l),
                        String.valueOf(f.get("subject")), code.remedy().get(l)));
            }
            blocks.add(new TableBlock(pick(l, "確認結果", "Check results"), List.of(pick(l, "判定", "Grade"),
                    pick(l, "内容", "Finding"), pick(l, "対象", "Name"), pick(l, "対処", "What to do")), findings));
            List<List<String>> fixes = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("fixes", List.of())) {
                Map<String, Object> f = (Map<String, Object>) o;
                LocalizedText title = LocalizedText.of(String.valueOf(f.get("titleJa")), String.valueOf(f.get("titleEn")));
                String note = String.valueOf(f.getOrDefault(LocalizedText.isEnglish(l) ? "noteEn" : "noteJa", ""));
                fixes.add(List.of(title.get(l), f.get("name") + " " + f.get("type"),
                        String.valueOf(f.get("before")), String.valueOf(f.get("after")), clears(f.get("clears"), l),
                        FixTexts.mark(f.get("recheck") == null ? null : String.valueOf(f.get("recheck"))).get(l)
                                + (note.isBlank() ? "" : "\n" + note)));
            }
            if (!fixes.isEmpty()) {
                blocks.add(new TableBlock(pick(l, "修正案", "Fixes"), List.of(pick(l, "修正", "Fix"),
                        pick(l, "レコード", "Record"), pick(l, "修正前", "Before"), pick(l, "修正後", "After"),
                        pick(l, "解消する指摘", "Clears"), pick(l, "再確認", "Re-check")), fixes));
            }
            List<List<String>> unfixed = new ArrayList<>();
            for (Object o : (List<Object>) e.getOrDefault("unfixed", List.of())) {
                Map<String, Object> u = (Map<String, Object>) o;
                unfixed.add(List.of(title(u.get("code"), l), String.valueOf(u.get("subject")),
                        String.valueOf(u.get(LocalizedText.isEnglish(l) ? "decisionEn" : "decisionJa"))));
            }
            if (!unfixed.isEmpty()) {
                blocks.add(new TableBlock(pick(l, "自動で安全な修正がない指摘（人が決めること）", "No safe automatic fix (for a person to decide)"),
                        List.of(pick(l, "内容", "Finding"), pick(l, "対象", "Name"), pick(l, "人が決めること", "To decide")), unfixed));
            }
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HandoverSection("dns-check", pick(l, "DNS と送信ドメイン認証", "DNS and sender authentication"), 300,
                pick(l, "最後に確認したときの DNS の内容、確認結果、登録すべき修正です。修正案はどれも、適用した状態で確認し直して"
                                + "（再確認済み）指摘が消えることを確かめたものです。",
                        "What DNS said at the last check: records, results and the corrections to publish. Each fix was re-checked: "
                                + "with it applied, its findings are gone."), blocks));
    }

    /** The titles of the findings a saved fix clears. */
    private static String clears(Object saved, Locale l) {
        List<String> out = new ArrayList<>();
        if (saved instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(title(m.get("code"), l));
                }
            }
        }
        return String.join(pick(l, "、", ", "), out);
    }

    /** A saved code's title; the code itself when a newer version saved it. */
    private static String title(Object code, Locale l) {
        try {
            return FindingCode.valueOf(String.valueOf(code)).title().get(l);
        } catch (IllegalArgumentException unknown) {
            return String.valueOf(code);
        }
    }

    /** The saved state of a record that was not answered, in words. */
    private static String stateText(String saved, Locale l) {
        LookupState state;
        try {
            state = LookupState.valueOf(saved);
        } catch (IllegalArgumentException savedByANewerVersion) {
            state = LookupState.ERROR;
        }
        if (state.isEmpty()) {
            return pick(l, "（なし）", "(none)");
        }
        if (state == LookupState.OFFLINE) {
            return pick(l, "（未確認: オフライン）", "(not checked: offline)");
        }
        return pick(l, "（確認できず: " + saved + "）", "(could not check: " + saved + ")");
    }
}
