package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.MigrationPlanService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.MailChange;
import dev.mailbench.serverpanel.engine.MailboxCreation;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.serverpanel.engine.XserverConnector;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mailbench panel plan|apply|undo --from migration} against the simulator: the migration plan's actions (asked
 * through {@link MigrationPlanService}, as the running application asks the migration planner) planned against the
 * panel with before and after, refused below 60 s or where NS point elsewhere, confirmed, sent (a mailbox with its
 * quota and a password shown once, forwarding, TTLs in the write-through zone), audited into the undo file without
 * secrets, and undone.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class PanelProposalCommandLabTest {
    private static final String DOMAIN = "panel-sync.test";
    private static final String NEW = "tanaka@" + DOMAIN;
    private static final LocalizedText WHY = LocalizedText.of("移行計画", "migration plan");
    private static final Pattern PASSWORD = Pattern.compile("^  " + Pattern.quote(NEW) + ": (\\S+)$", Pattern.MULTILINE);
    private final Sim sim = new Sim();
    private XserverConnector panel;
    private ChangeProposal proposal;
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        sim.reset(0);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).as("the simulator writes %s through; run testlab/start.sh", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
        panel = sim.connector("FULL");
        FakeWorkbenchApi api = api();
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElseThrow();
        MailboxCreation.Ownership o = new MailboxCreation(panel, dns, target(sim.lab.dnsPort())).checkOwnership(DOMAIN, () -> false);
        if (!o.verified()) { // the panel's own check needs the ownership record published first
            assertThat(new DnsChangeRunner(panel, Clock.systemUTC()).apply(List.of(o.proposal()), true, () -> false).complete()).isTrue();
        }
        proposal = new ChangeProposal("migration", LocalizedText.of("移行計画の作業", "The migration plan's actions"), List.of(
                ProposedChange.createMailbox(NEW, 1500, WHY),
                ProposedChange.setForwarding(NEW, List.of("boss@example.jp"), true, WHY),
                ProposedChange.setTtl(DOMAIN, "@", "MX", null, 300, WHY),
                ProposedChange.setTtl(DOMAIN, "@", "TXT", "v=spf1", 300, WHY)));
    }

    @AfterEach
    void wipe() {
        sim.reset(0); // the created account leaves the lab Dovecot again
    }

    private DnsCheckService.Target target(int port) {
        return new DnsCheckService.Target("127.0.0.1:" + port, null, false);
    }

    private FakeWorkbenchApi api() {
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        // what the migration planner provides in the application (its own tests check that it does)
        api.services().provide(MigrationPlanService.class, project -> proposal);
        return api;
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = new CommandLine(new PanelCommand(api(), () -> env));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return cmd.execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    private String[] args(String sub, int dnsPort, String... more) {
        List<String> a = new ArrayList<>(List.of(sub, SampleProject.path().toString()));
        a.addAll(List.of(more));
        a.addAll(List.of("--servername", sim.lab.xserverServername(), "--base-url", sim.lab.xserverApiBase().toString(),
                "--ca", sim.lab.caCertificate().toString(), "--dns-server", "127.0.0.1:" + dnsPort));
        return a.toArray(String[]::new);
    }

    private Map<String, String> fullKey() {
        return Map.of(PanelCommand.KEY_VARIABLE, sim.key("FULL"));
    }

    private int ttl(String host, String type, String prefix) throws PanelException {
        return panel.dnsRecords(DOMAIN, () -> false).stream()
                .filter(r -> r.host().equals(host) && r.type().equals(type) && r.content().startsWith(prefix))
                .findFirst().orElseThrow().ttl();
    }

    private boolean accountThere() throws PanelException {
        return panel.mailAccounts(() -> false).stream().anyMatch(a -> a.address().equalsIgnoreCase(NEW));
    }

    @Test
    void planShowsEveryRequestWithItsReasonBeforeAndAfterAndSendsNothing() throws Exception {
        int code = run(fullKey(), "", args("plan", sim.lab.dnsPort(), "--from", "migration"));
        assertThat(code).as(err + out.toString()).isZero();
        assertThat(out.toString()).contains("移行計画の作業（" + sim.lab.xserverServername() + ", 4 件のリクエスト）")
                .contains("1. メールアカウントの作成 " + NEW).contains("変更前: —").contains("変更後: " + NEW + " 1500 MB")
                .contains("2. 転送の設定 " + NEW).contains("転送 / forward to boss@example.jp")
                .contains("3. DNS レコードの変更 " + DOMAIN).contains("TTL 3600").contains("TTL 300")
                .contains("理由: 移行計画");
        assertThat(accountThere()).isFalse();
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);

        run(fullKey(), "", args("plan", sim.lab.dnsPort(), "--from", "migration", "--lang", "en"));
        assertThat(out.toString()).contains("1. create mail account " + NEW).contains("before: —").contains("why:    migration plan");
    }

    @Test
    void applyAfterYesSendsShowsThePasswordOnceAuditsWithoutSecretsAndUndoPutsItBack() throws Exception {
        Path undo = dir.resolve("migration.undo.json");
        // key first, then the answer, on standard input
        int code = run(Map.of(), sim.key("FULL") + "\nyes\n", args("apply", sim.lab.dnsPort(), "--from", "migration",
                "--undo-file", undo.toString()));
        assertThat(code).as(err + out.toString()).isZero();
        assertThat(err.toString()).contains("パスワードは生成して一度だけ表示します").contains("yes と入力してください");
        assertThat(out.toString()).contains("記録:").contains("CREATE MAILBOX " + NEW).contains(": OK")
                .contains("一度だけ表示します").contains("取り消し用ファイル: " + undo);
        Matcher m = PASSWORD.matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        String password = m.group(1);
        assertThat(sim.imapLogin(NEW, password.toCharArray())).startsWith("a1 OK");
        assertThat(panel.mailAccount(NEW, () -> false).quotaMb()).isEqualTo(1500);
        assertThat(panel.mailAccount(NEW, () -> false).forwardTo()).containsExactly("boss@example.jp");
        assertThat(ttl("@", "MX", "")).isEqualTo(300);
        assertThat(ttl("@", "TXT", "v=spf1")).isEqualTo(300);

        String undoText = Files.readString(undo);
        assertThat(undoText).doesNotContain(password).doesNotContain(sim.key("FULL"));
        ChangeSetFile file = ChangeSetFile.read(undo);
        assertThat(file.holdsSteps()).isTrue();
        assertThat(file.audit()).hasSize(4).allSatisfy(a -> assertThat(a.result()).isEqualTo("OK"));
        assertThat(file.steps()).hasSize(4);
        assertThat(file.steps().get(3).mail().op()).as("the mailbox created first is removed last").isEqualTo(MailChange.Op.DELETE);

        int again = run(fullKey(), "", args("plan", sim.lab.dnsPort(), "--from", "migration"));
        assertThat(again).isZero();
        assertThat(out.toString()).contains("0 件のリクエスト").contains("送信不要: ").contains("送信するリクエストはありません");

        int undone = run(fullKey(), "", args("undo", sim.lab.dnsPort(), undo.toString(), "--yes"));
        assertThat(undone).as(err + out.toString()).isZero();
        assertThat(out.toString()).contains("DELETE MAILBOX " + NEW);
        assertThat(accountThere()).isFalse();
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);
        assertThat(ttl("@", "TXT", "v=spf1")).isEqualTo(3600);
        assertThat(out + err.toString()).doesNotContain(sim.key("FULL"));
    }

    @Test
    void thePlanSavedAsJsonIsSentAsItWasShown() throws Exception {
        assertThat(run(fullKey(), "", args("plan", sim.lab.dnsPort(), "--from", "migration", "--json"))).as(err.toString()).isZero();
        JsonNode plan = Json.mapper().readTree(out.toString());
        assertThat(plan.path("requests")).hasSize(4);
        assertThat(plan.path("requests").get(2).path("before").asText()).contains("TTL 3600");
        Path saved = dir.resolve("plan.json");
        Files.writeString(saved, out.toString());

        // the proposal changes afterwards: apply --changes sends what was shown, not the new proposal
        proposal = new ChangeProposal("migration", WHY, List.of(ProposedChange.setTtl(DOMAIN, "@", "A", null, 120, WHY)));
        int code = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--changes", saved.toString(),
                "--undo-file", dir.resolve("u.json").toString(), "--yes", "--json"));
        assertThat(code).as(err + out.toString()).isZero();
        JsonNode done = Json.mapper().readTree(out.toString());
        assertThat(done.path("applied")).hasSize(4);
        assertThat(done.path("passwords").path(NEW).asText()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(ttl("@", "MX", "")).isEqualTo(300);
        assertThat(ttl("@", "A", "")).as("not in the saved plan").isEqualTo(3600);
        assertThat(accountThere()).isTrue();

        int stale = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--changes", saved.toString(),
                "--undo-file", dir.resolve("u2.json").toString(), "--yes"));
        assertThat(stale).as("the records changed since the plan").isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).contains("送信しません: ").contains("計画の後にパネルで変更されています");
        assertThat(dir.resolve("u2.json")).doesNotExist();
    }

    @Test
    void refusedBelowSixtySecondsWhereNsPointElsewhereAndWithoutConfirmation() throws Exception {
        proposal = new ChangeProposal("migration", WHY, List.of(ProposedChange.setTtl(DOMAIN, "@", "MX", null, 30, WHY)));
        int low = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--from", "migration", "--undo-file",
                dir.resolve("low.json").toString(), "--yes"));
        assertThat(low).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).contains("送信しません: ").contains("TTL 30 秒は設定できません").contains("60 秒");
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);

        // the lab's old DNS operator serves sample-shoji.test with NS that do not point at the simulated Xserver
        String elsewhereDomain = "sample-shoji.test";
        int aBefore = panel.dnsRecords(elsewhereDomain, () -> false).stream()
                .filter(r -> r.host().equals("@") && r.type().equals("A")).findFirst().orElseThrow().ttl();
        assertThat(aBefore).isGreaterThan(60);
        proposal = new ChangeProposal("migration", WHY, List.of(ProposedChange.setTtl(elsewhereDomain, "@", "A", null, 60, WHY)));
        int elsewhere = run(fullKey(), "", args("apply", sim.lab.dnsOldPort(), "--from", "migration", "--undo-file",
                dir.resolve("ns.json").toString(), "--yes"));
        assertThat(elsewhere).as(out.toString()).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).contains("送信しません: ").contains("Xserver を指していない").contains("書き込みはしません");
        assertThat(panel.dnsRecords(elsewhereDomain, () -> false).stream()
                .filter(r -> r.host().equals("@") && r.type().equals("A")).findFirst().orElseThrow().ttl()).isEqualTo(aBefore);
        assertThat(dir.resolve("ns.json")).doesNotExist();
        proposal = new ChangeProposal("migration", WHY, List.of(ProposedChange.setTtl(DOMAIN, "@", "MX", null, 300, WHY)));

        int unconfirmed = run(fullKey(), "no\n", args("apply", sim.lab.dnsPort(), "--from", "migration", "--undo-file",
                dir.resolve("no.json").toString()));
        assertThat(unconfirmed).isEqualTo(PanelCommand.EXIT_INCOMPLETE);
        assertThat(err.toString()).contains("確認されなかったため、何も送信していません");
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);
        assertThat(dir.resolve("no.json")).doesNotExist();

        assertThat(run(fullKey(), "", args("plan", sim.lab.dnsPort(), "--from", "design"))).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--from には migration");
    }
}
