package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OsCredentialStore} against a real Secret Service: a private session bus ({@code dbus-run-session}) with GNOME
 * Keyring unlocked in a home folder of the test's own, so the consultant's own keyring is never touched. One JVM keeps
 * the key, a second reads it back and removes it. The packages come from scripts/install-test-deps.sh.
 */
@EnabledOnOs(OS.LINUX)
class OsCredentialStoreSecretServiceTest {
    private static final String KEY = "xs_secretServiceTest000000000000000007";

    @TempDir
    Path home;

    @Test
    void aKeyKeptInTheSecretServiceIsReadByAnotherProcessAndRemoved() throws Exception {
        for (String tool : List.of("dbus-run-session", "gnome-keyring-daemon")) {
            assertThat(onPath(tool)).as("%s is missing: run scripts/install-test-deps.sh", tool).isTrue();
        }
        Path runtime = Files.createDirectories(home.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        String server = "mailbench-test-" + ProcessHandle.current().pid() + ".xsrv.jp";
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jvm = quote(javaBin) + " -cp " + quote(System.getProperty("java.class.path")) + " " + SecretServiceRoundTrip.class.getName();
        // the key comes on standard input (twice: once per JVM), never as an argument
        String script = "printf 'mailbench-lab' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>\"$HOME/keyring.log\" || { cat \"$HOME/keyring.log\"; exit 9; }\n"
                + "IFS= read -r key\n"
                + "printf '%s\\n' \"$key\" | " + jvm + " save " + server + "\n"
                + "printf '%s\\n' \"$key\" | " + jvm + " take " + server + "\n";
        // the keyring daemon leaves with the private bus when dbus-run-session ends
        ProcessBuilder pb = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", script).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        Process p = pb.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "unreadable output: " + e;
            }
        });
        p.getOutputStream().write((KEY + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String out = output.get(10, TimeUnit.SECONDS);
        assertThat(p.isAlive()).as("the session bus and both JVMs finished in time: %s", out).isFalse();
        assertThat(out).as(out).contains("RESULT saved").contains("RESULT read true").contains("RESULT after delete false")
                .doesNotContain("RESULT failed");
        assertThat(out).as("the key is in no output").doesNotContain(KEY);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
