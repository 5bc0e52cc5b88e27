package dev.mailbench.host.route;

import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.host.project.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route a consultant takes on a visit: record the customer, design, DNS, client setup, migration or archive,
 * handover. Each step's state comes from the core model, or from the plugin that speaks for the step
 * ({@link RouteStepContributor}: the DNS check from its saved runs, migration from its plan, the archive from its
 * exports); the host never reads a plugin's saved section itself.
 */
public final class VisitRoute {
    private static final Logger LOG = LoggerFactory.getLogger(VisitRoute.class);

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

        static State of(StepState state) {
            return switch (state) {
                case NOT_STARTED -> NOT_STARTED;
                case FINDINGS -> FINDINGS;
                case DONE -> DONE;
            };
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

    /** The route by the host's own rules only, as when no plugin is running. */
    public static List<Step> of(Project p, List<ValidationProblem> problems) {
        return of(p, problems, List.of());
    }

    /**
     * The route, each step from the plugins that speak for it ({@link RouteStepContributor}) and by the host's own
     * rule where none does (plugin disabled, or nothing saved by it). Several plugins for one step (migration and
     * archive): the worse state wins, and "go there" opens that plugin's panel.
     */
    public static List<Step> of(Project p, List<ValidationProblem> problems, List<RouteStepContributor> contributors) {
        List<Step> steps = new ArrayList<>();
        steps.add(contributed(customer(p, problems), VisitStep.CUSTOMER, p, contributors));
        steps.add(contributed(design(p), VisitStep.DESIGN, p, contributors));
        steps.add(contributed(dns(p), VisitStep.DNS, p, contributors));
        steps.add(contributed(clientSetup(p), VisitStep.CLIENT_SETUP, p, contributors));
        steps.add(contributed(migrationOrArchive(p), VisitStep.MIGRATION_OR_ARCHIVE, p, contributors));
        steps.add(contributed(handover(p), VisitStep.HANDOVER, p, contributors));
        return steps;
    }

    /** Worst first: something to do outweighs not started, which outweighs done. */
    private static final List<State> WORST_FIRST = List.of(State.FINDINGS, State.NOT_STARTED, State.DONE);

    private static Step contributed(Step own, VisitStep step, Project p, List<RouteStepContributor> contributors) {
        Step worst = null;
        for (RouteStepContributor c : contributors) {
            Step candidate;
            try {
                if (c.step() != step) {
                    continue;
                }
                Optional<StepStatus> status = c.status(p);
                if (status.isEmpty()) {
                    continue;
                }
                String target = c.panelId() == null || c.panelId().isBlank() ? own.target() : c.panelId();
                candidate = new Step(own.id(), own.title(), State.of(status.get().state()), status.get().summary(), target);
            } catch (RuntimeException e) {
                // one plugin's bug must not take the start page down: its step falls back to the host's rule
                LOG.warn("Route step {} of {} failed", step, c.getClass().getName(), e);
                continue;
            }
            if (worst == null || WORST_FIRST.indexOf(candidate.state()) < WORST_FIRST.indexOf(worst.state())) {
                worst = candidate;
            }
        }
        return worst == null ? own : worst;
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

    /**
     * The DNS check plugin speaks for this step (from its saved runs); without it the host only knows whether there
     * is a domain to check.
     */
    private static Step dns(Project p) {
        LocalizedText title = LocalizedText.of("DNS チェック", "DNS check");
        if (p.domains().isEmpty()) {
            return new Step("dns", title, State.NOT_STARTED, LocalizedText.of("ドメインを記録してから、MX・SPF・DKIM・DMARC を確認します。",
                    "Record the domain first; then check MX, SPF, DKIM and DMARC."), "dns-check");
        }
        return new Step("dns", title, State.NOT_STARTED, LocalizedText.of(
                "DNS チェックのプラグインが無効です。有効にすると結果がここに出ます。",
                "The DNS check plugin is off; turn it on to see its result here."), "dns-check");
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

    private static final LocalizedText MIGRATION_TITLE = LocalizedText.of("移行またはアーカイブ", "Migration or archive");

    /** Without the migration and archive plugins the host only knows whether either saved something. */
    private static Step migrationOrArchive(Project p) {
        LocalizedText title = MIGRATION_TITLE;
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
