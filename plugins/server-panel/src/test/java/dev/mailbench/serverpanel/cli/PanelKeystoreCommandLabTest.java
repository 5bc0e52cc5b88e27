package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.BackendNotSupportedException;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.InMemoryCredentialStore;
import dev.mailbench.serverpanel.engine.OsCredentialStore;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --keystore} and {@code --forget-key} against the simulator (read-only: {@code panel info}): a typed key is
 * kept and used next time; where the computer has no store, the command says so, keeps nothing, and still works.
 */
@RequiresTestLab(LabService.XSERVER_API)
class PanelKeystoreCommandLabTest {
    private final Sim sim = new Sim();
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path home;

    private int run(CredentialStore store, String stdin, String... more) {
        return runAt(sim.lab.xserverApiBase().toString(), store, stdin, more);
    }

    private int runAt(String baseUrl, CredentialStore store, String stdin, String... more) {
        out = new StringWriter();
        err = new StringWriter();
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, null);
        CommandLine cmd = new CommandLine(new PanelCommand(api, Map::of, () -> store));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("info", SampleProject.path().toString(), "--servername",
                sim.lab.xserverServername(), "--base-url", baseUrl,
                "--ca", sim.lab.caCertificate().toString()));
        args.addAll(List.of(more));
        InputStream saved = System.in;
        String savedHome = System.getProperty("user.home");
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setProperty("user.home", home.toString());
            return cmd.execute(args.toArray(String[]::new));
        } finally {
            System.setIn(saved);
            System.setProperty("user.home", savedHome);
        }
    }

    @Test
    void aTypedKeyIsKeptThenUsedWithoutBeingTypedThenForgotten() {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        String key = sim.key("READ");
        String server = sim.lab.xserverServername();

        assertThat(run(store, key + "\n", "--keystore")).as(err.toString()).isZero();
        assertThat(store.holds(server, key)).isTrue();
        assertThat(err.toString()).contains("保管しました");

        assertThat(run(store, "", "--keystore")).as("no key typed: the kept one is used; " + err).isZero();
        assertThat(err.toString()).contains("保管した " + server + " の API キーを使います");
        assertThat(out.toString()).contains("API キーの権限");

        assertThat(run(store, key + "\n", "--forget-key")).as(err.toString()).isZero();
        assertThat(store.isEmpty()).isTrue();
        assertThat(err.toString()).contains("削除しました");
        assertThat(run(store, "", "--keystore")).as("nothing kept and nothing typed").isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(out + err.toString()).doesNotContain(key);
    }

    @Test
    void aKeyIsKeptOnlyOnceTheServerAcceptedIt() throws Exception {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        String expired = sim.key("EXPIRED");
        assertThat(run(store, expired + "\n", "--keystore")).as(err.toString()).isEqualTo(PanelCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("HTTP 401").contains("サーバーが受け付けたら保管します").doesNotContain("保管しました");
        assertThat(store.isEmpty()).as("an expired key is not kept").isTrue();

        String ipRestricted = sim.key("IP");
        assertThat(run(store, ipRestricted + "\n", "--keystore", "--lang", "en")).isEqualTo(PanelCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("HTTP 403").doesNotContain("now kept");
        assertThat(store.isEmpty()).as("a key refused for this IP is not kept").isTrue();

        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertThat(runAt("https://127.0.0.1:" + closedPort, store, sim.key("READ") + "\n", "--keystore"))
                .as(err.toString()).isEqualTo(PanelCommand.EXIT_CANNOT_CONNECT);
        assertThat(store.isEmpty()).as("a key the server never saw is not kept").isTrue();

        assertThat(run(store, sim.key("READ") + "\n", "--keystore")).as(err.toString()).isZero();
        assertThat(store.holds(sim.lab.xserverServername(), sim.key("READ"))).isTrue();
    }

    @Test
    void withoutAStoreItSaysSoKeepsNothingAndStillConnects() throws Exception {
        OsCredentialStore none = new OsCredentialStore(() -> {
            throw new BackendNotSupportedException("no backend");
        }, Duration.ofSeconds(5));
        String key = sim.key("READ");

        assertThat(run(none, key + "\n", "--keystore", "--lang", "en")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("This computer has no OS credential store").contains("kept nowhere");
        assertThat(out.toString()).contains("permission");
        assertThat(run(none, key + "\n", "--keystore")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("OS の資格情報ストア").contains("どこにも保存しません");

        assertThat(run(none, "", "--keystore")).as("nothing was kept: the next run must be given the key again")
                .isEqualTo(PanelCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("API キーがありません");
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile)).as("no file fallback in the home folder").isEmpty();
        }
        assertThat(Files.readString(SampleProject.path())).doesNotContain(key);
    }
}
