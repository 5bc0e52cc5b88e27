package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code mailbench panel info|import} against the simulator: output, exit codes, and the key nowhere in them. */
@RequiresTestLab(LabService.XSERVER_API)
class PanelCommandLabTest {
    private final Sim sim = new Sim();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void reset() {
        sim.reset(0);
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, null);
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

    private String[] args(String sub, String... more) {
        List<String> a = new ArrayList<>(List.of(sub, SampleProject.path().toString(), "--servername",
                sim.lab.xserverServername(), "--base-url", sim.lab.xserverApiBase().toString(),
                "--ca", sim.lab.caCertificate().toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void infoWithTheKeyInTheEnvironmentShowsPermissionExpiryServerAndAdvice() {
        int code = run(Map.of(PanelCommand.KEY_VARIABLE, sim.key("FULL")), "", args("info"));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("API キーの権限: すべての操作").contains("メールサーバー: sv1234.xserver.test（サーバー ID sv1234）")
                .contains("「読み取り専用」のキー");
        assertThat(out + err.toString()).doesNotContain(sim.key("FULL"));
    }

    @Test
    void importWithTheKeyOnStandardInputPrintsTheDiffAsJson() throws Exception {
        int code = run(Map.of(), sim.key("READ") + "\n", args("import", "--json"));
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = Json.mapper().readTree(out.toString());
        assertThat(root.path("permission").asText()).isEqualTo("read");
        assertThat(root.path("snapshot").path("accounts")).hasSize(4);
        assertThat(root.path("changesToProject").toString()).contains("full@sample-shoji.test");
        assertThat(err.toString()).contains("読み込み完了");
        assertThat(out + err.toString()).doesNotContain(sim.key("READ"));
    }

    @Test
    void expiredKeyExitsThreeWithTheJapaneseExplanation() {
        int code = run(Map.of(PanelCommand.KEY_VARIABLE, sim.key("EXPIRED")), "", args("info"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("API キーが無効か、有効期限が切れています（HTTP 401）");
        assertThat(out + err.toString()).doesNotContain(sim.key("EXPIRED"));
    }

    @Test
    void noKeyExitsTwoAndSaysWhereTheKeyComesFrom() {
        int code = run(Map.of(), "", args("import"));
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("標準入力").contains(PanelCommand.KEY_VARIABLE).contains("コマンドライン引数では受け付けません");
    }

    @Test
    void badServernameExitsTwo() {
        String[] a = args("info");
        a[3] = "not a server";
        int code = run(Map.of(PanelCommand.KEY_VARIABLE, sim.key("READ")), "", a);
        assertThat(code).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("初期ドメイン");
    }
}
