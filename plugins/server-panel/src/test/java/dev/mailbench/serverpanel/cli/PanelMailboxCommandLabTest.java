package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.dns.DnsCheckPlugin;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code mailbench panel mailbox create} against the simulator writing through into the lab NSD and Dovecot: the
 * ownership record missing, added after "yes", the account created, and a real IMAP login with its password.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class PanelMailboxCommandLabTest {
    private static final String DOMAIN = "panel-sync.test";
    private final Sim sim = new Sim();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void reset() {
        sim.reset(0);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).as("the simulator writes %s through (testlab/start.sh)", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
    }

    @AfterEach
    void clean() {
        sim.reset(0);
    }

    private int run(Map<String, String> env, String stdin, String... more) {
        out = new StringWriter();
        err = new StringWriter();
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        CommandLine cmd = new CommandLine(new PanelCommand(api, () -> env));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> a = new ArrayList<>(List.of("mailbox", "create", SampleProject.path().toString()));
        a.addAll(List.of(more));
        a.addAll(List.of("--servername", sim.lab.xserverServername(), "--base-url", sim.lab.xserverApiBase().toString(),
                "--ca", sim.lab.caCertificate().toString(), "--dns-server", "127.0.0.1:" + sim.lab.dnsPort()));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return cmd.execute(a.toArray(String[]::new));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void withoutTheRecordItStopsAndSaysWhatIsMissingThenAddsItAfterYesAndTheNewAccountLogsIn() throws Exception {
        String password = "Kenta-Pass-42";
        int stopped = run(Map.of(), sim.key("FULL") + "\n" + password + "\n", "--address", "kenta@" + DOMAIN, "--quota", "300");
        assertThat(stopped).as(err.toString()).isEqualTo(PanelCommand.EXIT_INCOMPLETE);
        assertThat(out.toString()).contains("ドメイン所有者の確認ができません").contains("_xserver-verify." + DOMAIN)
                .contains("--add-verify-record");
        assertThat(sim.imapLogin("kenta@" + DOMAIN, password.toCharArray())).startsWith("a1 NO");

        int code = run(Map.of(), sim.key("FULL") + "\n" + password + "\nyes\n", "--address", "kenta@" + DOMAIN, "--quota", "300",
                "--add-verify-record");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(err.toString()).contains("yes と入力してください");
        assertThat(out.toString()).contains("変更計画: CREATE " + DOMAIN + " _xserver-verify TXT").contains(": OK")
                .contains("メールアカウントを作成できます").contains("メールアカウントを作成しました: kenta@" + DOMAIN);
        assertThat(out + err.toString()).doesNotContain(password).doesNotContain(sim.key("FULL"));
        assertThat(sim.imapLogin("kenta@" + DOMAIN, password.toCharArray())).startsWith("a1 OK");
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndLogsIn() throws Exception {
        Map<String, String> env = Map.of(PanelCommand.KEY_VARIABLE, sim.key("FULL"));
        int code = run(env, "", "--address", "hanako@" + DOMAIN, "--generate-password", "--add-verify-record", "--yes");
        assertThat(code).as(out + "\n" + err).isZero();
        Matcher m = Pattern.compile("パスワード（この一度だけ表示します。[^）]*）: (\\S+)").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        String generated = m.group(1);
        assertThat(generated).hasSize(16);
        assertThat(sim.imapLogin("hanako@" + DOMAIN, generated.toCharArray())).startsWith("a1 OK");
    }

    @Test
    void aShortPasswordOrABadAddressIsRefusedBeforeAnythingIsSent() {
        assertThat(run(Map.of(), sim.key("FULL") + "\nabc\n", "--address", "x@" + DOMAIN)).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("6 文字以上").doesNotContain("abc");
        assertThat(run(Map.of(), sim.key("FULL") + "\nLong-enough-1\n", "--address", "no-at-sign")).isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("メールアドレスの形式が正しくありません");
        assertThat(sim.stats().path("requests").asInt()).isZero();
    }
}
