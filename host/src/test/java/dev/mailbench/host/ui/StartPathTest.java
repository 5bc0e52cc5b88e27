package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window's start loads before its first paint, in a JVM of its own started as the launcher starts it: the
 * window and the project, and nothing that only a command, a document, a chart or a second look and feel needs, nor
 * Jackson, which the sample project (written by MailBench) does not need (each of those cost tens of milliseconds of
 * a start the consultant watches, bench/startup.sh), nor the JDK's date formatter and security providers (a few
 * milliseconds each, for work that can wait).
 */
class StartPathTest {
    private static final Pattern PAINTED = Pattern.compile("(?m)^painted (\\d+) ");
    /** {@code [405ms][info][class,load] javax.swing.JFrame source: ...} */
    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+)ms\\]\\[info\\]\\[class,load\\] (\\S+) ");

    @TempDir
    Path temp;

    @Test
    void theFirstPaintLoadsNoCommandLineJacksonDocumentChartOrMetalClasses() throws Exception {
        Path log = temp.resolve("classes.log");
        Path sample = Path.of("..", "samples", "sample-shoji.mailbench.json").toAbsolutePath().normalize();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmailbench.startupProbe=true", "-Dmailbench.trace=true",
                "-Dmailbench.config.dir=" + temp.resolve("config"),
                "-Dawt.useSystemAAFontSettings=on", "-Dswing.aatext=true",
                "-Xlog:class+load=info:file=" + log + ":uptimemillis,level,tags",
                "-cp", System.getProperty("java.class.path"), "dev.mailbench.host.Main", sample.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Matcher painted = PAINTED.matcher(output);
        assertThat(painted.find()).as(output).isTrue();
        long paintedAt = Long.parseLong(painted.group(1));

        List<String> beforePaint = Files.readAllLines(log).stream()
                .map(LOADED::matcher)
                .filter(Matcher::find)
                .filter(m -> Long.parseLong(m.group(1)) < paintedAt)
                .map(m -> m.group(2))
                .toList();

        assertThat(beforePaint).contains("dev.mailbench.host.ui.WorkbenchFrame", "com.formdev.flatlaf.FlatLightLaf");
        assertThat(beforePaint).as("classes loaded before the first paint")
                .noneMatch(name -> name.startsWith("picocli."))
                // Jackson's set-up and binding; the verifier may still load a few of its node types for our signatures
                .noneMatch(name -> name.equals("com.fasterxml.jackson.databind.ObjectMapper"))
                .noneMatch(name -> name.equals("com.fasterxml.jackson.core.JsonFactory"))
                .noneMatch(name -> name.startsWith("com.fasterxml.jackson.databind.deser."))
                .noneMatch(name -> name.startsWith("com.fasterxml.jackson.datatype."))
                .noneMatch(name -> name.startsWith("org.apache.poi."))
                .noneMatch(name -> name.startsWith("org.jfree."))
                .noneMatch(name -> name.startsWith("javax.swing.plaf.metal."))
                // the JDK's date formatting and its security providers (a recovery file's name: SHA-256 or a UUID)
                .noneMatch(name -> name.equals("java.time.format.DateTimeFormatter"))
                .noneMatch(name -> name.equals("java.security.SecureRandom"))
                .noneMatch(name -> name.equals("sun.security.jca.Providers"));
    }
}
