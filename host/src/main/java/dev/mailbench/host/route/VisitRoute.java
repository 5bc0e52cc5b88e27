package dev.mailbench.host.route;

import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The route a consultant takes on a visit: record the customer, design, DNS, client setup, migration or archive,
 * handover. Each step's state comes from what the project knows (the core model and the plugins' saved sections,
 * such as the DNS checker's last saved run).
 */
public final class VisitRoute {
    public enum State {
        NOT_STARTED(LocalizedText.of("未着手", "Not started")),
        FINDINGS(LocalizedText.of("要対応", "To do")),
        DONE(LocalizedText.of("完了", "Done"));

        private final LocalizedText label;

        State(LocalizedText label) {
            this.label = label;
        }

        public LocalizedText label() {
            return label;
        }
    }

    /**
     * @param target what "go there" opens: an editor id, a plugin panel id, or {@link #HANDOVER} for the export
     */
    public record Step(String id, LocalizedText title, State state, LocalizedText summary, String target) {
    }

    /** The target of the last step: the handover export. */
    public static final String HANDOVER = "handover";

    private VisitRoute() {
    }

    public static List<Step> of(Project p, List<ValidationProblem> problems) {
        List<Step> steps = new ArrayList<>();
        steps.add(customer(p, problems));
        steps.add(design(p));
        steps.add(dns(p));
        steps.add(clientSetup(p));
        steps.add(migrationOrArchive(p));
        steps.add(handover(p));
        return steps;
    }

    private static Step customer(Project p, List<ValidationProblem> problems) {
        LocalizedText title = LocalizedText.of("お客様を記録", "Record the customer");
        if (p.customer().name().isBlank() && p.domains().isEmpty() && p.mailboxes().isEmpty()) {
            return new Step("customer", title, State.NOT_STARTED,
                    LocalizedText.of("会社名、ドメイン、メールボックス、利用者、端末を記録します。",
                            "Record the company, domains, mailboxes, people and devices."), "overview");
        }
        if (!problems.isEmpty()) {
            return new Step("customer", title, State.FINDINGS,
                    LocalizedText.of("確認が必要な点が " + problems.size() + " 件あります（下のステータスバーから一覧）。",
                            problems.size() + " point(s) to check (listed from the status bar)."), "overview");
        }
        return new Step("customer", title, State.DONE,
                LocalizedText.of("ドメイン " + p.domains().size() + " 件、メールボックス " + p.mailboxes().size() + " 件、端末 "
                                + p.devices().size() + " 台を記録済み。",
                        p.domains().size() + " domain(s), " + p.mailboxes().size() + " mailbox(es), "
                                + p.devices().size() + " device(s) recorded."), "overview");
    }

    private static Step design(Project p) {
        LocalizedText title = LocalizedText.of("メール設計", "Mail design");
        if (p.mailboxes().isEmpty()) {
            return new Step("design", title, State.NOT_STARTED,
                    LocalizedText.of("メールボックスを記録すると、受信方式と容量を決められます。",
                            "Record the mailboxes first; then choose how each is read and its size."), "design");
        }
        long undecided = p.mailboxes().stream().filter(m -> m.protocol() == MailProtocol.UNDECIDED).count();
        if (undecided > 0) {
            return new Step("design", title, State.FINDINGS,
                    LocalizedText.of("受信方式が未決定のメールボックスが " + undecided + " 件あります。",
                            undecided + " mailbox(es) without a chosen protocol."), "design");
        }
        return new Step("design", title, State.DONE,
                LocalizedText.of("すべてのメールボックスに受信方式が記録されています。推奨との違いはメール設計で確かめます。",
                        "Every mailbox has a protocol recorded; compare it with the advice in Mail design."), "design");
    }

    /** Severities of the DNS checker's saved runs that leave something to fix or to check again. */
    private static final java.util.Set<String> DNS_TO_DO = java.util.Set.of("ERROR", "WARNING", "COULD_NOT_CHECK");

    /**
     * From the DNS checker's last saved run (its section {@code runs}: a check the consultant started is kept, the
     * automatic one on opening the panel is not): findings while any domain has an error, a warning or something
     * not checked, done when every domain of the project was checked and is clean.
     */
    private static Step dns(Project p) {
        LocalizedText title = LocalizedText.of("DNS チェック", "DNS check");
        if (p.domains().isEmpty()) {
            return new Step("dns", title, State.NOT_STARTED, LocalizedText.of("ドメインを記録してから、MX・SPF・DKIM・DMARC を確認します。",
                    "Record the domain first; then check MX, SPF, DKIM and DMARC."), "dns-check");
        }
        java.util.Map<String, String> worstByDomain = lastDnsRun(p);
        if (worstByDomain.isEmpty()) {
            return new Step("dns", title, State.NOT_STARTED, LocalizedText.of(
                    "「確認」を押すと結果がプロジェクトに残り、ここに出ます。MX・SPF・DKIM・DMARC を確かめます。",
                    "Press Check: the result is kept in the project and shown here. Checks MX, SPF, DKIM and DMARC."), "dns-check");
        }
        long toDo = worstByDomain.values().stream().filter(DNS_TO_DO::contains).count();
        long unchecked = p.domains().stream().filter(d -> !worstByDomain.containsKey(d.name().strip().toLowerCase(java.util.Locale.ROOT))).count();
        if (toDo > 0) {
            return new Step("dns", title, State.FINDINGS, LocalizedText.of(
                    "前回の確認で、直す点か確認できなかった点のあるドメインが " + toDo + " 件あります。",
                    toDo + " domain(s) with something to fix or not checked in the last check."), "dns-check");
        }
        if (unchecked > 0) {
            return new Step("dns", title, State.FINDINGS, LocalizedText.of("まだ確認していないドメインが " + unchecked + " 件あります。",
                    unchecked + " domain(s) not checked yet."), "dns-check");
        }
        return new Step("dns", title, State.DONE, LocalizedText.of("前回の確認で、すべてのドメインに直す点はありませんでした。",
                "The last check found nothing to fix on any domain."), "dns-check");
    }

    /** Domain → worst severity of the DNS checker's last saved run; empty when it has none. */
    private static java.util.Map<String, String> lastDnsRun(Project p) {
        java.util.Map<String, String> worst = new java.util.LinkedHashMap<>();
        if (p.plugins().get("dns-check") instanceof java.util.Map<?, ?> section && section.get("runs") instanceof List<?> runs
                && !runs.isEmpty() && runs.get(runs.size() - 1) instanceof java.util.Map<?, ?> run
                && run.get("domains") instanceof List<?> domains) {
            for (Object d : domains) {
                if (d instanceof java.util.Map<?, ?> m && m.get("domain") != null) {
                    worst.put(String.valueOf(m.get("domain")).toLowerCase(java.util.Locale.ROOT), String.valueOf(m.get("worst")));
                }
            }
        }
        return worst;
    }

    private static Step clientSetup(Project p) {
        LocalizedText title = LocalizedText.of("メールソフトの設定", "Client setup");
        if (p.devices().isEmpty()) {
            return new Step("client-setup", title, State.NOT_STARTED,
                    LocalizedText.of("端末を記録すると、端末ごとの設定と手順書を作れます。",
                            "Record the devices first; then each gets its settings and steps."), "client-setup");
        }
        long incomplete = p.devices().stream().filter(d -> d.client() == null || d.mailboxes().isEmpty()).count();
        if (incomplete > 0) {
            return new Step("client-setup", title, State.FINDINGS,
                    LocalizedText.of("メールソフトか使うメールボックスが決まっていない端末が " + incomplete + " 台あります。",
                            incomplete + " device(s) without a mail app or mailbox."), "client-setup");
        }
        return new Step("client-setup", title, State.DONE,
                LocalizedText.of(p.devices().size() + " 台すべての設定を作れます。",
                        "Settings can be made for all " + p.devices().size() + " device(s)."), "client-setup");
    }

    private static Step migrationOrArchive(Project p) {
        LocalizedText title = LocalizedText.of("移行またはアーカイブ", "Migration or archive");
        boolean planned = p.plugins().containsKey("migration") || p.plugins().containsKey("mailbox-archive");
        return planned
                ? new Step("migration", title, State.FINDINGS,
                        LocalizedText.of("計画が記録されています。残りの手順を確認して進めます。",
                                "A plan is recorded: check and carry out the remaining steps."), "migration")
                : new Step("migration", title, State.NOT_STARTED,
                        LocalizedText.of("旧サーバーからの移行計画、または保管用のアーカイブを作ります。",
                                "Plan the move from the old server, or make an archive to keep."), "migration");
    }

    private static Step handover(Project p) {
        LocalizedText title = LocalizedText.of("引き渡し", "Handover");
        if (p.checklist().isEmpty()) {
            return new Step("handover", title, State.NOT_STARTED,
                    LocalizedText.of("お客様にお渡しする資料（Word・Excel）を出力します。",
                            "Export the documents the customer keeps (Word, Excel)."), HANDOVER);
        }
        long open = p.checklist().stream().filter(c -> c.status() == ChecklistStatus.OPEN).count();
        return open > 0
                ? new Step("handover", title, State.FINDINGS,
                        LocalizedText.of("チェックリストの未完了が " + open + " 件あります。",
                                open + " checklist item(s) still open."), HANDOVER)
                : new Step("handover", title, State.DONE,
                        LocalizedText.of("チェックリストはすべて完了しています。", "Every checklist item is done."), HANDOVER);
    }
}
