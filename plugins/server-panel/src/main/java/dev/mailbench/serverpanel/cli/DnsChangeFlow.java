package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.DnsChange;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.DnsFixPlanning;
import dev.mailbench.serverpanel.engine.DnsPlanning;
import dev.mailbench.serverpanel.engine.NsVerdict;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.ServiceNsLookup;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code panel plan}, {@code apply} and {@code undo} share for DNS changes: the change set (a file, one edit given
 * as options, or the DNS checker's fixes with {@code --from dns-check}) read and checked (TTL floor, NS in effect,
 * records unchanged since the plan), shown with before and after, confirmed, sent, and its undo file written.
 */
final class DnsChangeFlow implements ChangeFlow {
    private final PanelCommand parent;
    private final ConnectOptions o;
    private final Locale l;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SecretInput input = SecretInput.standard();

    private XserverConnector connector;
    private ApiKey key;
    private List<DnsChange> plan = List.of();
    private final Map<String, NsVerdict> verdicts = new LinkedHashMap<>();
    private final List<LocalizedText> refusals = new ArrayList<>();
    /** With --from dns-check: the fixes the check proposed, and what it could not check. */
    private final List<LocalizedText> fixNotes = new ArrayList<>();
    private boolean nsUnknown;

    DnsChangeFlow(PanelCommand parent, ConnectOptions o, PrintWriter out, PrintWriter err) throws PanelSession.Exit {
        this.parent = parent;
        this.o = o;
        this.out = out;
        this.err = err;
        this.l = PanelSession.locale(o, err);
    }

    /** Reads the project, the key and the change set, and checks the plan; prints nothing yet. */
    @Override
    public void prepare(ChangeOptions c, Path undoSource) throws PanelSession.Exit {
        Project project = PanelSession.project(parent, o, l, out, err);
        ChangeSetFile fromFile = null;
        Path file = undoSource != null ? undoSource : c.changesFile;
        boolean fromChecker = c.from != null; // ChangeFlow.of sends only --from dns-check this way
        if (fromChecker && (file != null || c.type != null || c.content != null || c.delete)) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "FROM_AND_CHANGES", LocalizedText.of(
                    "--from dns-check は --changes や --type・--content・--delete と一緒には使えません（--domain で対象のドメインを絞れます）。",
                    "--from dns-check cannot be combined with --changes, --type, --content or --delete (--domain picks one domain)."));
        }
        if (file != null) {
            fromFile = readChangeSet(file);
        } else if (!fromChecker && (c.domain == null || c.type == null)) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_CHANGES", LocalizedText.of(
                    "変更内容がありません。--changes FILE か、--domain・--type・--content（削除は --delete）を指定してください。",
                    "No changes. Give --changes FILE, or --domain, --type and --content (--delete to delete)."));
        }
        key = PanelSession.key(parent, o, l, out, err, input);
        connector = PanelSession.connect(o, key, l, out, err);
        try {
            if (fromFile != null) {
                if (fromFile.servername() != null && !fromFile.servername().equalsIgnoreCase(connector.servername())) {
                    PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "OTHER_SERVER", LocalizedText.of(
                            file + " は " + fromFile.servername() + " の変更セットです（指定: " + connector.servername() + "）。",
                            file + " is a change set for " + fromFile.servername() + " (given: " + connector.servername() + ")."));
                }
                plan = fromFile.changes();
            } else if (fromChecker) {
                plan = checkerFixes(project, c);
                if (plan.isEmpty()) {
                    return; // nothing to fix (or each fix refused with its reason): no NS question, nothing to send
                }
            } else {
                List<DnsRecord> current = connector.dnsRecords(c.domain.strip(), () -> false);
                try {
                    plan = List.of(DnsPlanning.fromEdit(new DnsPlanning.Edit(c.domain.strip(), c.host, c.type, c.content, c.ttl,
                            c.priority, c.delete), current));
                } catch (IllegalArgumentException e) {
                    PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_CHANGE",
                            LocalizedText.of(e.getMessage(), e.getMessage()));
                }
            }
            if (plan.isEmpty()) {
                PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_CHANGES",
                        LocalizedText.of(file + " に変更がありません。", "No changes in " + file + "."));
            }
            List<String> providerNs = connector.serverInfo(() -> false).nameServers();
            DnsChangeRunner.NsLookup lookup = nsLookup(c.dnsServer);
            DnsChangeRunner.NsLookup remembered = domain -> {
                NsVerdict v = verdicts.computeIfAbsent(domain, d -> {
                    try {
                        return NsVerdict.of(lookup.nameServers(d), providerNs);
                    } catch (Exception e) {
                        return NsVerdict.unknown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                });
                if (v.state() == NsVerdict.State.UNKNOWN) {
                    throw new IOException(v.problem());
                }
                return v.nameServers();
            };
            refusals.addAll(DnsChangeRunner.check(plan, providerNs, remembered));
            nsUnknown = verdicts.values().stream().anyMatch(v -> v.state() == NsVerdict.State.UNKNOWN);
            for (String domain : new LinkedHashSet<>(plan.stream().map(DnsChange::domain).toList())) {
                refusals.addAll(DnsPlanning.stale(plan, connector.dnsRecords(domain, () -> false)));
            }
        } catch (PanelException e) {
            PanelSession.failed(o, l, out, err, e);
        }
    }

    /**
     * The DNS checker's proposed fixes for the project's domains (or {@code --domain}), checked live against the
     * project's provider profile, as panel changes ({@link DnsFixPlanning}: create, update in place, merge).
     */
    private List<DnsChange> checkerFixes(Project project, ChangeOptions c) throws PanelSession.Exit, PanelException {
        Optional<DnsCheckService> dns = parent.api.services().find(DnsCheckService.class);
        if (dns.isEmpty()) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_CANNOT_CONNECT, "NO_DNS_CHECK", LocalizedText.of(
                    "DNS チェックのプラグインがないため、修正案を作れません。", "The DNS checker plugin is missing, so there are no fixes."));
        }
        List<String> domains = c.domain != null ? List.of(c.domain.strip())
                : project.domains().stream().map(Domain::name).filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (domains.isEmpty()) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "NO_DOMAINS", LocalizedText.of(
                    "プロジェクトにドメインがありません。--domain で指定してください。", "The project has no domains. Give --domain."));
        }
        List<DnsCheckService.DomainResult> results = List.of();
        try {
            results = dns.get().check(project, domains, new DnsCheckService.Target(c.dnsServer == null ? "" : c.dnsServer.strip(),
                    null, false));
        } catch (IOException | RuntimeException e) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_CANNOT_CONNECT, "DNS_CHECK_FAILED", LocalizedText.of(
                    "DNS チェックができませんでした: " + e.getMessage(), "The DNS check could not be made: " + e.getMessage()));
        }
        List<DnsChange> changes = new ArrayList<>();
        for (DnsCheckService.DomainResult r : results) {
            if (r.findings().stream().anyMatch(f -> f.severity() == DnsCheckService.FindingSeverity.COULD_NOT_CHECK)) {
                fixNotes.add(LocalizedText.of(r.domain() + ": 確認できなかった項目があります（その項目の修正案は出ません。時間をおいてもう一度）。",
                        r.domain() + ": some items could not be checked (no fix is proposed for them; try again later)."));
            }
            if (r.fixes().isEmpty()) {
                continue;
            }
            r.fixes().forEach(f -> fixNotes.add(LocalizedText.of(r.domain() + " の修正案: " + f.title().ja(),
                    "Fix for " + r.domain() + ": " + f.title().en())));
            try {
                changes.addAll(DnsFixPlanning.changes(r.domain(), r.fixes(), connector.dnsRecords(r.domain(), () -> false)));
            } catch (IllegalArgumentException e) {
                refusals.add(LocalizedText.of(r.domain() + ": " + e.getMessage(), r.domain() + ": " + e.getMessage()));
            }
        }
        if (changes.isEmpty() && refusals.isEmpty()) {
            fixNotes.add(LocalizedText.of("DNS チェックの修正案はありません。", "The DNS check proposes no fix."));
        }
        return changes;
    }

    private DnsChangeRunner.NsLookup nsLookup(String dnsServer) {
        Optional<DnsCheckService> dns = parent.api.services().find(DnsCheckService.class);
        if (dns.isEmpty()) {
            return d -> {
                throw new IOException(LocalizedText.pick(l, "DNS チェックのプラグインがありません", "the DNS checker plugin is missing"));
            };
        }
        String servers = dnsServer == null ? "" : dnsServer.strip();
        return new ServiceNsLookup(dns.get(), new DnsCheckService.Target(servers, null, false));
    }

    private ChangeSetFile readChangeSet(Path file) throws PanelSession.Exit {
        try {
            return ChangeSetFile.read(file);
        } catch (IOException e) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_CHANGES", LocalizedText.of(
                    "変更セットを読み込めません（" + file + "）: " + e.getMessage(), "Cannot read the change set (" + file + "): " + e.getMessage()));
            return null;
        }
    }

    /** Prints the plan (each request with before and after), the NS verdicts and the refusals. */
    @Override
    public void printPlan() {
        if (o.json) {
            return;
        }
        for (LocalizedText note : fixNotes) {
            out.println(note.get(l));
        }
        out.println(LocalizedText.pick(l, "変更計画（", "Change plan (") + connector.servername() + ", " + plan.size()
                + LocalizedText.pick(l, " 件のリクエスト）", " requests)"));
        int n = 1;
        for (DnsChange c : plan) {
            out.println("  " + n++ + ". " + opLabel(c.op()) + " " + c.domain());
            out.println("     " + LocalizedText.pick(l, "変更前: ", "before: ") + (c.before() == null ? "—" : show(c.before())));
            out.println("     " + LocalizedText.pick(l, "変更後: ", "after:  ") + (c.after() == null ? "—" : show(c.after())));
        }
        for (Map.Entry<String, NsVerdict> v : verdicts.entrySet()) {
            out.println(LocalizedText.pick(l, "NS の判定 ", "NS verdict ") + v.getKey() + ": " + verdictLabel(v.getValue()));
        }
        for (LocalizedText r : refusals) {
            out.println(LocalizedText.pick(l, "送信しません: ", "Not sent: ") + r.get(l));
        }
        out.flush();
    }

    @Override
    public Map<String, Object> planJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("servername", connector.servername());
        root.put("changes", plan);
        Map<String, Object> ns = new LinkedHashMap<>();
        verdicts.forEach((d, v) -> ns.put(d, v));
        root.put("nameServers", ns);
        root.put("refusals", refusals.stream().map(t -> t.get(l)).toList());
        if (!fixNotes.isEmpty()) {
            root.put("fixes", fixNotes.stream().map(t -> t.get(l)).toList());
        }
        return root;
    }

    /** Ends the command when the plan may not be sent: 3 when the NS could not be checked, else 2. */
    @Override
    public void refuseIfNeeded() throws PanelSession.Exit {
        if (!refusals.isEmpty()) {
            PanelSession.refusePlan(o, out, this::planJson, nsUnknown);
        }
    }

    /** Asks for "yes" at the console or on the next line of standard input (after the key, when the key came there). */
    @Override
    public void confirmed(boolean yes) throws PanelSession.Exit {
        if (yes) {
            return;
        }
        String question = LocalizedText.pick(l, "この " + plan.size() + " 件の変更をサーバーに送信します。よろしければ yes と入力してください: ",
                "This sends the " + plan.size() + " changes to the server. Type yes to go on: ");
        PanelSession.confirm(o, l, out, err, input, question);
    }

    /** Sends the plan, writes the undo file (also after a partial run), prints the audit; the exit code. */
    @Override
    public int send(Path undoFile) throws PanelSession.Exit {
        DnsChangeRunner.Outcome outcome = new DnsChangeRunner(connector, Clock.systemUTC()).apply(plan, true, () -> false);
        String undoWritten = null;
        if (undoFile != null) {
            try {
                new ChangeSetFile(connector.servername(), Clock.systemUTC().instant(), outcome.undoPlan(), outcome.audit())
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
            if (!outcome.complete()) {
                root.put("ok", false);
                root.put("code", outcome.failure().failure().name());
                root.put("message", outcome.failure().explanation().get(l));
            }
            out.println(Json.pretty(root));
        } else {
            out.println(LocalizedText.pick(l, "記録:", "Audit:"));
            for (AuditEntry a : outcome.audit()) {
                out.println("  " + a.when() + " " + a.change() + " " + a.before() + (a.after().isEmpty() ? "" : " → " + a.after())
                        + " : " + a.result());
            }
            PanelSession.printUndoFile(l, out, undoWritten);
        }
        out.flush();
        return PanelSession.exitAfterRun(l, err, outcome.applied().size(), outcome.failure());
    }

    @Override
    public boolean nothingToSend() {
        return plan.isEmpty(); // only --from dns-check gets here without changes; an empty change set is refused in prepare
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

    private String opLabel(DnsChange.Op op) {
        return switch (op) {
            case CREATE -> LocalizedText.pick(l, "追加", "create");
            case UPDATE -> LocalizedText.pick(l, "変更", "update");
            case DELETE -> LocalizedText.pick(l, "削除", "delete");
        };
    }

    private static String show(DnsRecord r) {
        return r.host() + " " + r.type() + (r.priority() != null && r.priority() > 0 ? " " + r.priority() : "") + " \""
                + r.content() + "\" TTL " + r.ttl() + (r.id() == null ? "" : " (id " + r.id() + ")");
    }

    private String verdictLabel(NsVerdict v) {
        return switch (v.state()) {
            case IN_EFFECT -> LocalizedText.pick(l, "Xserver を指しています（パネルの DNS が有効）: ",
                    "points at Xserver (the panel's DNS is in effect): ") + String.join(", ", v.nameServers());
            case ELSEWHERE -> LocalizedText.pick(l, "Xserver 以外を指しています（パネルの DNS は無効）: ",
                    "points elsewhere (the panel's DNS is not in effect): ") + String.join(", ", v.nameServers());
            case UNKNOWN -> LocalizedText.pick(l, "確認できませんでした: ", "could not be checked: ") + v.problem();
        };
    }
}
