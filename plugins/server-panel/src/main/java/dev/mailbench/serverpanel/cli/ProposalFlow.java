package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.MigrationPlanService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.MailChange;
import dev.mailbench.serverpanel.engine.MailboxCreation;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.ProposalPlanner;
import dev.mailbench.serverpanel.engine.ProposalRunner;
import dev.mailbench.serverpanel.engine.ProposalStep;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code panel plan|apply|undo} for another plugin's proposal ({@code --from migration}) or a file of its steps (a plan
 * saved with {@code plan --json}, an undo file): the same path as the "Proposed changes" tab. {@link ProposalPlanner}
 * compares the proposal with the panel (what is already true costs no request; each request with before and after;
 * refused for a TTL below 60 s, NS not at Xserver or not checkable, changes made since, a missing ownership record),
 * then the confirmation, {@link ProposalRunner} (429/502 retried after Retry-After, 409/422 never repeated), the audit
 * and the inverse in the undo file. A new mailbox's generated password is printed once and written nowhere.
 */
final class ProposalFlow implements ChangeFlow {
    /** The origins {@code --from} knows, each asked through its plugin's service in plugin-api. */
    static final String FROM_MIGRATION = "migration";
    /** Handled by {@link DnsChangeFlow}: the DNS checker's fixes are DNS changes. */
    static final String FROM_DNS_CHECK = "dns-check";

    private final PanelCommand parent;
    private final ConnectOptions o;
    private final Locale l;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SecretInput input = SecretInput.standard();

    private XserverConnector connector;
    private ApiKey key;
    private String origin;
    private LocalizedText title;
    private List<ProposalStep> steps = List.of();
    private List<LocalizedText> notes = List.of();
    private final List<LocalizedText> refusals = new ArrayList<>();
    private boolean uncheckable;

    ProposalFlow(PanelCommand parent, ConnectOptions o, PrintWriter out, PrintWriter err) throws PanelSession.Exit {
        this.parent = parent;
        this.o = o;
        this.out = out;
        this.err = err;
        this.l = PanelSession.locale(o, err);
    }

    /** Whether the command goes this way: {@code --from}, or a change-set file that holds a proposal's steps. */
    static boolean handles(ChangeOptions c, Path undoSource) {
        if (c != null && c.from != null) {
            return !FROM_DNS_CHECK.equalsIgnoreCase(c.from.strip()); // the checker's fixes are DNS changes
        }
        Path file = undoSource != null ? undoSource : c == null ? null : c.changesFile;
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return ChangeSetFile.read(file).holdsSteps();
        } catch (IOException | RuntimeException unreadable) {
            return false; // the DNS flow reads it again and explains why it cannot
        }
    }

    @Override
    public void prepare(ChangeOptions c, Path undoSource) throws PanelSession.Exit {
        Project project = PanelSession.project(parent, o, l, out, err);
        Path file = undoSource != null ? undoSource : c.changesFile;
        ChangeProposal proposal = null;
        ChangeSetFile fromFile = null;
        if (c.from != null) {
            if (file != null || c.domain != null || c.type != null || c.content != null || c.delete) {
                PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "FROM_AND_CHANGES", LocalizedText.of(
                        "--from は --changes や --domain・--type・--content・--delete と一緒には使えません。どちらか一方にしてください。",
                        "--from cannot be combined with --changes or --domain, --type, --content, --delete. Give one of them."));
            }
            proposal = proposal(c.from.strip().toLowerCase(Locale.ROOT), project);
            origin = proposal.origin();
            title = proposal.title();
        } else {
            fromFile = read(file);
            origin = "file";
            title = LocalizedText.of(file + " の変更", "The changes in " + file);
        }
        key = PanelSession.key(parent, o, l, out, err, input);
        connector = PanelSession.connect(o, key, l, out, err);
        if (fromFile != null) {
            if (fromFile.servername() != null && !fromFile.servername().equalsIgnoreCase(connector.servername())) {
                PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "OTHER_SERVER", LocalizedText.of(
                        file + " は " + fromFile.servername() + " の変更セットです（指定: " + connector.servername() + "）。",
                        file + " is a change set for " + fromFile.servername() + " (given: " + connector.servername() + ")."));
            }
            if (!fromFile.changes().isEmpty()) {
                PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_CHANGES", LocalizedText.of(
                        file + " には DNS の変更（changes）と提案の手順（steps）の両方があります。どちらか一方にしてください。",
                        file + " holds both DNS changes (changes) and a proposal's steps (steps). Keep one of them."));
            }
        }
        Optional<DnsCheckService> dns = parent.api.services().find(DnsCheckService.class);
        DnsCheckService.Target target = new DnsCheckService.Target(c.dnsServer == null ? "" : c.dnsServer.strip(), null, false);
        ProposalPlanner.Checks checks = remembering(ProposalPlanner.liveChecks(connector, dns.orElse(null), target, () -> false));
        try {
            ProposalPlanner planner = new ProposalPlanner(connector, checks, () -> false);
            if (proposal != null) {
                ProposalPlanner.Plan plan = planner.plan(proposal);
                steps = plan.steps();
                notes = plan.notes();
                refusals.addAll(plan.refusals());
            } else {
                steps = fromFile.steps();
                refusals.addAll(planner.check(steps));
            }
        } catch (PanelException e) {
            PanelSession.failed(o, l, out, err, e);
        }
    }

    /** The checks, noting when one could not be made (a timeout is "could not check", exit 3, never "missing"). */
    private ProposalPlanner.Checks remembering(ProposalPlanner.Checks live) {
        return new ProposalPlanner.Checks() {
            @Override
            public List<String> nameServers(String domain) throws Exception {
                try {
                    return live.nameServers(domain);
                } catch (Exception e) {
                    uncheckable = true;
                    throw e;
                }
            }

            @Override
            public MailboxCreation.Ownership ownership(String domain) throws PanelException {
                MailboxCreation.Ownership own = live.ownership(domain);
                if (own.state() == MailboxCreation.State.UNKNOWN) {
                    uncheckable = true;
                }
                return own;
            }
        };
    }

    private ChangeProposal proposal(String from, Project project) throws PanelSession.Exit {
        if (!from.equals(FROM_MIGRATION)) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "UNKNOWN_ORIGIN", LocalizedText.of(
                    "--from には migration（移行計画の作業）か dns-check（DNS チェックの修正案）を指定できます（指定: " + from + "）。",
                    "--from takes migration (the migration plan's actions) or dns-check (the DNS checker's fixes); given: " + from + "."));
        }
        Optional<MigrationPlanService> migration = parent.api.services().find(MigrationPlanService.class);
        if (migration.isEmpty()) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_MIGRATION", LocalizedText.of(
                    "移行計画のプラグイン（migration）が入っていないか、起動していません。`mailbench plugins list` で確かめてください。",
                    "The migration planner plugin (migration) is not installed or not started. See `mailbench plugins list`."));
        }
        ChangeProposal proposal = migration.get().panelProposal(project);
        if (proposal.changes().isEmpty()) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_CHANGES", LocalizedText.of(
                    "移行計画に、サーバーパネルで行う作業がありません（プロジェクトにメールボックスもドメインもありません）。",
                    "The migration plan has nothing to do on the server panel (the project has no mailboxes and no domains)."));
        }
        return proposal;
    }

    private ChangeSetFile read(Path file) throws PanelSession.Exit {
        try {
            return ChangeSetFile.read(file);
        } catch (IOException | RuntimeException e) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_CHANGES", LocalizedText.of(
                    "変更セットを読み込めません（" + file + "）: " + e.getMessage(), "Cannot read the change set (" + file + "): " + e.getMessage()));
            return null;
        }
    }

    @Override
    public void printPlan() {
        if (o.json) {
            return;
        }
        out.println(title.get(l) + LocalizedText.pick(l, "（", " (") + connector.servername() + ", " + steps.size()
                + LocalizedText.pick(l, " 件のリクエスト）", " requests)"));
        int n = 1;
        for (ProposalStep s : steps) {
            out.println("  " + n++ + ". " + request(s));
            if (s.why() != null) {
                out.println("     " + LocalizedText.pick(l, "理由: ", "why:    ") + s.why().get(l));
            }
            out.println("     " + LocalizedText.pick(l, "変更前: ", "before: ") + dash(s.before()));
            out.println("     " + LocalizedText.pick(l, "変更後: ", "after:  ") + dash(s.after()));
        }
        for (LocalizedText note : notes) {
            out.println(LocalizedText.pick(l, "送信不要: ", "Not needed: ") + note.get(l));
        }
        for (LocalizedText r : refusals) {
            out.println(LocalizedText.pick(l, "送信しません: ", "Not sent: ") + r.get(l));
        }
        if (steps.isEmpty() && refusals.isEmpty()) {
            out.println(LocalizedText.pick(l, "送信するリクエストはありません（パネルは既にこのとおりです）。",
                    "No request to send (the panel is like this already)."));
        }
        out.flush();
    }

    private String request(ProposalStep s) {
        if (s.dns() != null) {
            String op = switch (s.dns().op()) {
                case CREATE -> LocalizedText.pick(l, "DNS レコードの追加", "create DNS record");
                case UPDATE -> LocalizedText.pick(l, "DNS レコードの変更", "update DNS record");
                case DELETE -> LocalizedText.pick(l, "DNS レコードの削除", "delete DNS record");
            };
            return op + " " + s.dns().domain();
        }
        MailChange m = s.mail();
        String op = switch (m.op()) {
            case CREATE -> LocalizedText.pick(l, "メールアカウントの作成", "create mail account");
            case DELETE -> LocalizedText.pick(l, "メールアカウントの削除", "delete mail account");
            case FORWARDING -> LocalizedText.pick(l, "転送の設定", "set forwarding");
        };
        return op + " " + m.address();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /**
     * The plan as JSON. Its {@code servername} and {@code steps} are a change set: saved to a file, {@code apply
     * --changes FILE} sends exactly these requests after checking them again.
     */
    @Override
    public Map<String, Object> planJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("servername", connector.servername());
        root.put("origin", origin);
        root.put("title", title.get(l));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (ProposalStep s : steps) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("request", request(s));
            r.put("why", s.why() == null ? null : s.why().get(l));
            r.put("before", s.before());
            r.put("after", s.after());
            requests.add(r);
        }
        root.put("requests", requests);
        root.put("steps", steps);
        root.put("notes", notes.stream().map(t -> t.get(l)).toList());
        root.put("refusals", refusals.stream().map(t -> t.get(l)).toList());
        return root;
    }

    @Override
    public void refuseIfNeeded() throws PanelSession.Exit {
        if (!refusals.isEmpty()) {
            PanelSession.refusePlan(o, out, this::planJson, uncheckable);
        }
    }

    @Override
    public boolean nothingToSend() {
        return steps.isEmpty();
    }

    @Override
    public void confirmed(boolean yes) throws PanelSession.Exit {
        if (yes) {
            return;
        }
        long mailboxes = steps.stream().filter(s -> s.mail() != null && s.mail().op() == MailChange.Op.CREATE).count();
        String question = LocalizedText.pick(l, "この " + steps.size() + " 件の変更をサーバーに送信します"
                        + (mailboxes == 0 ? "" : "（新しいメールアカウントのパスワードは生成して一度だけ表示します）")
                        + "。よろしければ yes と入力してください: ",
                "This sends the " + steps.size() + " changes to the server"
                        + (mailboxes == 0 ? "" : " (new mail accounts get a generated password, shown once)")
                        + ". Type yes to go on: ");
        PanelSession.confirm(o, l, out, err, input, question);
    }

    @Override
    public int send(Path undoFile) throws PanelSession.Exit {
        ProposalRunner.Outcome outcome = new ProposalRunner(connector, Clock.systemUTC()).apply(steps, true, () -> false);
        try {
            String undoWritten = null;
            if (undoFile != null) {
                try {
                    ChangeSetFile.ofSteps(connector.servername(), Clock.systemUTC().instant(), outcome.undoPlan(), outcome.audit())
                            .writeNew(undoFile);
                    undoWritten = undoFile.toString();
                } catch (IOException e) {
                    err.println(LocalizedText.pick(l, "取り消し用ファイルを書けません（", "Cannot write the undo file (") + undoFile + "): "
                            + e.getMessage() + LocalizedText.pick(l, "。以下の記録を控えてください。", ". Keep the audit below."));
                }
            }
            if (o.json) {
                Map<String, Object> root = planJson();
                root.put("applied", outcome.applied());
                root.put("audit", outcome.audit());
                root.put("undoFile", undoWritten);
                Map<String, String> passwords = new LinkedHashMap<>();
                outcome.passwords().forEach((address, p) -> passwords.put(address, new String(p)));
                root.put("passwords", passwords);
                if (!outcome.complete()) {
                    root.put("ok", false);
                    root.put("code", outcome.failure().failure().name());
                    root.put("message", outcome.failure().explanation().get(l));
                }
                out.println(Json.pretty(root));
            } else {
                out.println(LocalizedText.pick(l, "記録:", "Audit:"));
                for (AuditEntry a : outcome.audit()) {
                    out.println("  " + a.when() + " " + a.change() + (a.before().isEmpty() ? "" : " " + a.before())
                            + (a.after().isEmpty() ? "" : " → " + a.after()) + " : " + a.result());
                }
                if (!outcome.passwords().isEmpty()) {
                    out.println(LocalizedText.pick(l,
                            "新しいメールアカウントのパスワード（この一度だけ表示します。どこにも保存していません。お客様に伝えてください）:",
                            "Passwords of the new mail accounts (shown this once and stored nowhere; give them to the customer):"));
                    outcome.passwords().forEach((address, p) -> out.println("  " + address + ": " + new String(p)));
                }
                PanelSession.printUndoFile(l, out, undoWritten);
            }
            out.flush();
        } finally {
            outcome.wipe();
        }
        return PanelSession.exitAfterRun(l, err, outcome.applied().size(), outcome.failure());
    }

    @Override
    public boolean json() {
        return o.json;
    }

    @Override
    public void wipe() {
        if (key != null) {
            key.wipe();
        }
    }
}
