package dev.mailbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release build (scripts/release.sh) as a consultant installs it: the Linux application image runs on a
 * machine without a JDK (no java on PATH, no JAVA_HOME), and the portable archive runs with a plain Java 17.
 * The shell launcher's class-data archive falls back to the user's cache folder when the install folder is
 * read-only.
 */
class ReleaseBuildTest {
    private static final Path ROOT = Path.of(System.getProperty("mailbench.dist", "../dist")).toAbsolutePath().normalize().getParent();
    private static final Path SAMPLE = ROOT.resolve("samples/sample-shoji.mailbench.json");

    @TempDir
    static Path temp;
    private static Path image;
    private static Path zip;

    record Run(int code, String out) {
    }

    @BeforeAll
    static void build() throws Exception {
        Run release = run(List.of(ROOT.resolve("scripts/release.sh").toString(), "--skip-build"), ROOT, null, 600);
        assertThat(release.code()).as(release.out()).isZero();
        Path out = ROOT.resolve("target/release");
        Path tar;
        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            tar = all.stream().filter(p -> p.toString().endsWith("-linux-x64.tar.gz")).findFirst().orElseThrow();
            zip = all.stream().filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Path unpacked = Files.createDirectories(temp.resolve("image"));
        assertThat(run(List.of("tar", "-C", unpacked.toString(), "-xzf", tar.toString()), temp, null, 120).code()).isZero();
        try (Stream<Path> dirs = Files.list(unpacked)) {
            image = dirs.findFirst().orElseThrow();
        }
    }

    /** Runs {@code command} with only {@code env} (null: this process's environment). */
    static Run run(List<String> command, Path dir, Map<String, String> env, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out: " + new String(out, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A machine without Java: nothing on PATH that could be a JDK, no JAVA_HOME, a home of its own. */
    private static Map<String, String> withoutJava(Path home) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", home.toString(), "PATH", "/nonexistent", "LANG", "C.UTF-8"));
        String display = System.getenv("DISPLAY");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        return env;
    }

    @Test
    void theLinuxImageRunsWithoutAJdk() throws Exception {
        Path launcher = image.resolve("bin/mailbench");
        Path home = Files.createDirectories(temp.resolve("home-nojdk"));
        assertThat(image.resolve("lib/runtime/bin/java")).isExecutable();
        assertThat(image.resolve("lib/runtime/release")).content().doesNotContain("jdk.compiler", "jdk.jdeps", "jdk.jpackage");

        Run version = run(List.of(launcher.toString(), "--version"), home, withoutJava(home), 120);
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).contains("MailBench");

        Run validate = run(List.of(launcher.toString(), "project", "validate", SAMPLE.toString()), home, withoutJava(home), 120);
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("OK");

        Run plugins = run(List.of(launcher.toString(), "plugins", "list"), home, withoutJava(home), 120);
        assertThat(plugins.out()).contains("dns-check", "client-setup", "migration", "mailbox-archive", "mail-design")
                .doesNotContain("FAILED");

        Path shot = temp.resolve("image-shot.png");
        Run screenshot = run(List.of(launcher.toString(), SAMPLE.toString(), "--screenshot", shot.toString()), home,
                withoutJava(home), 180);
        assertThat(screenshot.code()).as(screenshot.out()).isZero();
        BufferedImage png = ImageIO.read(shot.toFile());
        assertThat(png.getWidth()).isGreaterThan(800);
    }

    @Test
    void thePortableArchiveRunsWithJava17AndKeepsItsClassArchiveInTheCacheWhenTheFolderIsReadOnly() throws Exception {
        Path unpacked = temp.resolve("zip");
        Path dir = unzipped(unpacked);
        assertThat(dir.resolve("mailbench.cmd")).isRegularFile();
        assertThat(dir.resolve("plugins")).isDirectory();
        Path home = Files.createDirectories(temp.resolve("home-zip"));
        // The install folder is read-only for the user who runs it; root ignores file modes, so run as nobody then.
        List<String> asUser = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "-R", "nobody", home.toString()), temp, null, 60);
            run(List.of("chmod", "755", temp.toString()), temp, null, 60);
            asUser.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        run(List.of("chmod", "-R", "a-w", dir.toString()), temp, null, 60);
        run(List.of("chmod", "-R", "a+rX", unpacked.toString()), temp, null, 60);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = Map.of("HOME", home.toString(), "PATH", "/usr/bin:/bin", "MAILBENCH_JAVA", java, "LANG", "C.UTF-8");
        for (int i = 0; i < 2; i++) {
            List<String> command = new ArrayList<>(asUser);
            command.addAll(List.of("sh", dir.resolve("mailbench").toString(), "project", "validate", SAMPLE.toString()));
            Run validate = run(command, home, env, 180);
            assertThat(validate.code()).as(validate.out()).isZero();
            assertThat(validate.out()).contains("OK").doesNotContain("Error", "error:");
        }
        try (Stream<Path> cached = Files.list(home.resolve(".cache/mailbench"))) {
            assertThat(cached.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-project.jsa"));
        }
        try (Stream<Path> installed = Files.list(dir)) {
            assertThat(installed.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".jsa"));
        }
    }

    @Test
    void aCopiedInstallRecordsAClassArchiveOfItsOwn() throws Exception {
        Path dir = unzipped(temp.resolve("copy-first"));
        Path home = Files.createDirectories(temp.resolve("home-copy"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = Map.of("HOME", home.toString(), "PATH", "/usr/bin:/bin", "MAILBENCH_JAVA", java, "LANG", "C.UTF-8");
        List<String> validate = List.of("project", "validate", SAMPLE.toString());
        assertThat(run(launcherCommand(dir, validate), home, env, 180).code()).isZero();
        List<String> recorded = archives(dir);
        assertThat(recorded).hasSize(1);

        // The consultant copies the folder elsewhere: the archive copied along names the old folder's jars, which
        // the JVM refuses without a word, so the copy must record one of its own.
        Path copy = temp.resolve("copy-second");
        assertThat(run(List.of("cp", "-a", dir.toString(), copy.toString()), temp, null, 60).code()).isZero();
        Run inCopy = run(launcherCommand(copy, validate), home, env, 180);
        assertThat(inCopy.code()).as(inCopy.out()).isZero();
        assertThat(archives(copy)).hasSize(2).containsAll(recorded);

        // The archive command's own JIT options (C2 held back, the JDK's AES-GCM code compiled early) start the JVM
        // and print nothing of their own.
        Run archiveHelp = run(launcherCommand(copy, List.of("archive", "export", "--help")), home, env, 180);
        assertThat(archiveHelp.code()).as(archiveHelp.out()).isZero();
        assertThat(archiveHelp.out()).contains("--format").doesNotContain("CompileCommand", "Unrecognized", "Error");

        // So do the dns command's (C1 only, compiled sooner, inlining less, a larger young generation).
        Run dnsHelp = run(launcherCommand(copy, List.of("dns", "check", "--help")), home, env, 180);
        assertThat(dnsHelp.code()).as(dnsHelp.out()).isZero();
        assertThat(dnsHelp.out()).contains("--concurrency").doesNotContain("Unrecognized", "Error", "Improperly specified");
    }

    /** The portable archive unpacked into {@code folder}: its one top folder. */
    private static Path unzipped(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        assertThat(run(List.of("unzip", "-q", zip.toString(), "-d", folder.toString()), temp, null, 120).code()).isZero();
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.findFirst().orElseThrow();
        }
    }

    private static List<String> launcherCommand(Path dir, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("sh", dir.resolve("mailbench").toString()));
        command.addAll(arguments);
        return command;
    }

    private static List<String> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
        }
    }
}
