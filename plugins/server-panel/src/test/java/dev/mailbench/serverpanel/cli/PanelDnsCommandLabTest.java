package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.DnsChange;
import dev.mailbench.serverpanel.engine.Sim;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mailbench panel plan|apply|undo} against the simulator, with the real DNS checker asking the lab's NSD (whose
 * NS point at the simulated Xserver) or the lab's "old DNS operator" (whose NS point elsewhere).
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class PanelDnsCommandLabTest {
    private static final String DOMAIN = "sample-shoji.test";
    private static final String STRICT_DMARC = "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@sample-shoji.test";
    private final Sim sim = new Sim();
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        sim.reset(0);
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        CommandLine cmd = new CommandLine(new PanelCommand(api, () -> env));
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

    private String[] dmarcEdit(String sub, int dnsPort, String... more) {
        List<String> a = new ArrayList<>(List.of("--domain", DOMAIN, "--host", "_dmarc", "--type", "TXT", "--content", STRICT_DMARC));
        a.addAll(List.of(more));
        return args(sub, dnsPort, a.toArray(String[]::new));
    }

    private String dmarc() throws Exception {
        return sim.connector("FULL").dnsRecords(DOMAIN, () -> false).stream()
                .filter(r -> r.host().equals("_dmarc") && r.type().equals("TXT")).findFirst().orElseThrow().content();
    }

    private Map<String, String> fullKey() {
        return Map.of(PanelCommand.KEY_VARIABLE, sim.key("FULL"));
    }

    @Test
    void planShowsBeforeAfterAndTheNsVerdictAndSendsNothing() throws Exception {
        String before = dmarc();
        int code = run(fullKey(), "", dmarcEdit("plan", sim.lab.dnsPort()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1. 変更 sample-shoji.test")
                .contains("変更前: _dmarc TXT \"" + before + "\"").contains("変更後: _dmarc TXT \"" + STRICT_DMARC + "\"")
                .contains("NS の判定 sample-shoji.test: Xserver を指しています（パネルの DNS が有効）").contains("ns1.xserver.test");
        assertThat(dmarc()).isEqualTo(before);
        assertThat(sim.stats().path("by_status").has("422")).isFalse();
    }

    @Test
    void applyAfterYesChangesTheServerWritesTheUndoFileAndUndoRestoresIt() throws Exception {
        String before = dmarc();
        Path undo = dir.resolve("undo.json");
        // The key and the confirmation share standard input: key first, then the answer.
        int code = run(Map.of(), sim.key("FULL") + "\nyes\n", dmarcEdit("apply", sim.lab.dnsPort(), "--undo-file", undo.toString()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("yes と入力してください");
        assertThat(dmarc()).isEqualTo(STRICT_DMARC);
        assertThat(out.toString()).contains("記録:").contains(": OK").contains("取り消し用ファイル: " + undo);

        String undoText = Files.readString(undo);
        assertThat(undoText).doesNotContain(sim.key("FULL"));
        ChangeSetFile file = ChangeSetFile.read(undo);
        assertThat(file.servername()).isEqualTo(sim.lab.xserverServername());
        assertThat(file.audit()).singleElement().satisfies(a -> {
            assertThat(a.before()).contains(before);
            assertThat(a.after()).contains(STRICT_DMARC);
            assertThat(a.result()).isEqualTo("OK");
        });
        assertThat(file.changes()).singleElement().satisfies(c -> {
            assertThat(c.op()).isEqualTo(DnsChange.Op.UPDATE);
            assertThat(c.after().content()).isEqualTo(before);
        });

        int again = run(fullKey(), "", dmarcEdit("apply", sim.lab.dnsPort(), "--undo-file", undo.toString(), "--yes"));
        assertThat(again).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("上書きはしません");
        assertThat(Files.readString(undo)).isEqualTo(undoText);

        int undone = run(fullKey(), "", args("undo", sim.lab.dnsPort(), undo.toString(), "--yes"));
        assertThat(undone).as(err.toString()).isZero();
        assertThat(dmarc()).isEqualTo(before);
        assertThat(out + err.toString()).doesNotContain(sim.key("FULL"));
    }

    @Test
    void aCreateIsUndoneByDeletingTheRecordItMade() throws Exception {
        Path undo = dir.resolve("undo-create.json");
        int code = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--domain", DOMAIN, "--host", "_mta-sts", "--type", "TXT",
                "--content", "v=STSv1; id=20261204", "--ttl", "300", "--undo-file", undo.toString(), "--yes", "--json"));
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = Json.mapper().readTree(out.toString());
        String id = root.path("applied").get(0).path("after").path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(sim.connector("FULL").dnsRecords(DOMAIN, () -> false)).anyMatch(r -> r.id().equals(id) && r.ttl() == 300);

        assertThat(run(fullKey(), "", args("undo", sim.lab.dnsPort(), undo.toString(), "--yes"))).as(err.toString()).isZero();
        assertThat(sim.connector("FULL").dnsRecords(DOMAIN, () -> false)).noneMatch(r -> r.id().equals(id));
    }

    @Test
    void withoutConfirmationNothingIsSent() throws Exception {
        String before = dmarc();
        Path undo = dir.resolve("u.json");
        int code = run(fullKey(), "no\n", dmarcEdit("apply", sim.lab.dnsPort(), "--undo-file", undo.toString()));
        assertThat(code).isEqualTo(PanelCommand.EXIT_INCOMPLETE);
        assertThat(err.toString()).contains("確認されなかったため、何も送信していません");
        assertThat(dmarc()).isEqualTo(before);
        assertThat(undo).doesNotExist();
    }

    @Test
    void writesAreRefusedWhenTheNameServersPointElsewhere() throws Exception {
        String before = dmarc();
        int code = run(fullKey(), "", dmarcEdit("apply", sim.lab.dnsOldPort(), "--undo-file", dir.resolve("x.json").toString(), "--yes"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).contains("Xserver 以外を指しています（パネルの DNS は無効）").contains("ns1.old-provider.test")
                .contains("送信しません: ").contains("書き込みはしません");
        assertThat(dmarc()).isEqualTo(before);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void aTimeoutOnTheNsQuestionRefusesAndExitsThree() throws Exception {
        String before = dmarc();
        int code = run(fullKey(), "", dmarcEdit("plan", sim.lab.blackholePort()));
        assertThat(code).as(out.toString()).isEqualTo(PanelCommand.EXIT_CANNOT_CONNECT);
        assertThat(out.toString()).contains("確認できませんでした");
        assertThat(dmarc()).isEqualTo(before);
    }

    @Test
    void a422IsExplainedEntryByEntryAndStopsTheRun() throws Exception {
        Path undo = dir.resolve("u422.json");
        int code = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--domain", DOMAIN, "--host", "x", "--type", "BOGUS",
                "--content", "1", "--undo-file", undo.toString(), "--yes"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("入力内容に誤りがあります（HTTP 422）").contains("type は");
        assertThat(out.toString()).contains("VALIDATION");
        assertThat(ChangeSetFile.read(undo).changes()).isEmpty();
    }

    @Test
    void a409IsExplainedWithTheServersMessage() throws Exception {
        DnsRecord apexA = sim.connector("FULL").dnsRecords(DOMAIN, () -> false).stream()
                .filter(r -> r.host().equals("@") && r.type().equals("A")).findFirst().orElseThrow();
        Path changes = dir.resolve("dup.json");
        new ChangeSetFile(null, null, List.of(DnsChange.create(new DnsRecord(null, DOMAIN, "@", "A", apexA.content(), apexA.ttl(), 0))),
                List.of()).writeNew(changes);
        int code = run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--changes", changes.toString(),
                "--undo-file", dir.resolve("u409.json").toString(), "--yes"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("サーバーがこの操作を実行できませんでした（HTTP 409）。理由: 同じ内容のDNSレコードが既に存在します。");
    }

    @Test
    void undoRefusesWhenTheRecordWasChangedSinceTheApply() throws Exception {
        Path undo = dir.resolve("undo-stale.json");
        assertThat(run(fullKey(), "", dmarcEdit("apply", sim.lab.dnsPort(), "--undo-file", undo.toString(), "--yes")))
                .as(err.toString()).isZero();
        assertThat(run(fullKey(), "", args("apply", sim.lab.dnsPort(), "--domain", DOMAIN, "--host", "_dmarc", "--type", "TXT",
                "--content", "v=DMARC1; p=reject", "--undo-file", dir.resolve("later.json").toString(), "--yes")))
                .as(err.toString()).isZero();
        int code = run(fullKey(), "", args("undo", sim.lab.dnsPort(), undo.toString(), "--yes"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).contains("計画の後にパネルで変更されています");
        assertThat(dmarc()).isEqualTo("v=DMARC1; p=reject");
    }
}
