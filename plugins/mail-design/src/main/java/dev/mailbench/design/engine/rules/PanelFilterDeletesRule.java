package dev.mailbench.design.engine.rules;

import dev.mailbench.api.services.ServerPanelService.FilterCondition;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A server filter (read from the panel) that deletes mail reaching this address: the mail never arrives in any
 * mailbox, no device and no backup has it, and nobody is told. Moving it to the spam folder keeps it findable.
 */
public final class PanelFilterDeletesRule extends BaseRule {
    public PanelFilterDeletesRule() {
        super("R-PANEL-FILTER-DELETE", Phase.CHECK, "サーバーのメール振り分けにメールを削除する設定がある",
                "A server mail filter deletes mail");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        String address = ctx.mailbox().address().toLowerCase(Locale.ROOT);
        List<MailFilter> deleting = ctx.panel().filters().stream()
                .filter(MailFilter::deletesMail)
                .filter(f -> reaches(f, address))
                .toList();
        if (deleting.isEmpty()) {
            return Optional.empty();
        }
        List<String> ja = deleting.stream().map(f -> describe(f, true)).toList();
        List<String> en = deleting.stream().map(f -> describe(f, false)).toList();
        return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                text("サーバーパネルのメール振り分けに、" + ctx.address() + " に届くメールを「削除」する設定があります（"
                                + String.join("、", ja) + "）。条件に合ったメールはどのメールボックスにも入らず、"
                                + "端末にもバックアップにも残らず、送信者にも知らされません。",
                        "The server panel has a mail filter that deletes mail reaching " + ctx.address() + " ("
                                + String.join("; ", en) + "). Matching mail never reaches a mailbox, no device or "
                                + "backup has it, and the sender is not told."),
                text("必要なメール（請求書や問い合わせ）が条件に合って消えることを防ぎます。"
                                + "「削除」ではなく「迷惑メールフォルダへ移動」に変えると、後から探せます。",
                        "Prevents wanted mail (invoices, enquiries) vanishing because it matched. Change the action "
                                + "from delete to move to the spam folder, so it can still be found."),
                Suggestion.NONE));
    }

    /** A filter without a recipient condition applies to the whole domain; with one, only where it matches. */
    static boolean reaches(MailFilter filter, String address) {
        List<FilterCondition> recipient = filter.conditions().stream()
                .filter(c -> "to".equals(c.field())).toList();
        return recipient.isEmpty() || recipient.stream().allMatch(c -> matches(c, address));
    }

    private static boolean matches(FilterCondition c, String address) {
        String keyword = c.keyword() == null ? "" : c.keyword().toLowerCase(Locale.ROOT);
        return switch (c.matchType() == null ? "" : c.matchType()) {
            case "match" -> address.equals(keyword);
            case "start_from" -> address.startsWith(keyword);
            default -> address.contains(keyword);
        };
    }

    private static String describe(MailFilter f, boolean japanese) {
        List<String> parts = f.conditions().stream()
                .map(c -> field(c.field(), japanese) + (japanese ? "が「" : " ") + c.keyword()
                        + (japanese ? "」" + match(c.matchType(), true) : " (" + match(c.matchType(), false) + ")"))
                .toList();
        String conditions = parts.isEmpty() ? (japanese ? "すべてのメール" : "all mail")
                : String.join(japanese ? "、かつ " : " and ", parts);
        return japanese ? "優先度 " + f.priority() + ": " + conditions : "priority " + f.priority() + ": " + conditions;
    }

    private static String field(String field, boolean japanese) {
        String f = field == null ? "" : field;
        return switch (f) {
            case "subject" -> japanese ? "件名" : "subject";
            case "from" -> japanese ? "差出人" : "from";
            case "to" -> japanese ? "宛先" : "to";
            case "body" -> japanese ? "本文" : "body";
            case "header" -> japanese ? "ヘッダー" : "header";
            default -> f;
        };
    }

    private static String match(String type, boolean japanese) {
        String t = type == null ? "" : type;
        return switch (t) {
            case "match" -> japanese ? "と一致" : "equals";
            case "start_from" -> japanese ? "で始まる" : "starts with";
            default -> japanese ? "を含む" : "contains";
        };
    }
}
