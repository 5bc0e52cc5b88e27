package dev.mailbench.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.TestFiles;
import dev.mailbench.host.plugins.TestPlugins;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailbenchCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MailbenchCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void validateSampleIsOk() {
        Result r = run("project", "validate", TestFiles.sample().toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("OK");
    }

    @Test
    void validateBrokenFileGivesFileLineColumn() throws Exception {
        Path file = dir.resolve("broken.mailbench.json");
        Files.writeString(file, "{\n  \"schemaVersion\" : 2,\n  \"customer\" : { \"name\" : \"x\" \n  \"consultant\" : {}\n}\n");
        Result r = run("project", "validate", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.UNREADABLE_FILE);
        assertThat(r.err()).contains(file + ":4:3: ");
    }

    @Test
    void validateListsValidationErrors() throws Exception {
        Path file = dir.resolve("invalid.mailbench.json");
        Files.writeString(file, Files.readString(TestFiles.sample()).replace("info@sample-shoji.test\",\n    \"displayName\" : \"サンプル商事 代表\"",
                "info＠sample-shoji.test\",\n    \"displayName\" : \"サンプル商事 代表\""));
        Result r = run("project", "validate", "--lang", "en", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
        assertThat(r.err()).contains("mailbox m-info address").contains("full-width");
    }

    @Test
    void aSecretTypedAsAnArgumentIsNeverEchoedAndTheUserIsToldWhereItGoes() {
        for (String[] args : new String[][] {
                {"project", "validate", TestFiles.sample().toString(), "--api-key", "xs_TYPEDSECRET1"},
                {"project", "validate", TestFiles.sample().toString(), "--password=TYPEDSECRET2"}}) {
            Result r = run(args);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out() + r.err()).doesNotContain("TYPEDSECRET").contains("コマンドライン引数では受け付けません")
                    .contains("standard input");
        }
        // any other unknown option is named, its value is not shown
        Result typo = run("project", "validate", TestFiles.sample().toString(), "--colour", "blue");
        assertThat(typo.err()).contains("--colour").contains("1 more value(s), not shown").doesNotContain("blue")
                .doesNotContain("受け付けません");
    }

    @Test
    void missingFileAndBadUsage() {
        assertThat(run("project", "validate", dir.resolve("nope.json").toString()).code()).isEqualTo(ExitCodes.UNREADABLE_FILE);
        assertThat(run("project", "validate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--version").out()).startsWith("MailBench");
    }

    @Test
    void pluginsListAndPluginCommands() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.build(dir.resolve("build"), plugins, "good", "", TestPlugins.GOOD);
        TestPlugins.build(dir.resolve("build"), plugins, "bad-init", "", TestPlugins.THROWS_IN_INITIALIZE);
        String config = dir.resolve("config").toString();

        Result list = run("--config-dir", config, "--plugins-dir", plugins.toString(), "plugins", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("good\t1.0.0\tSTARTED")
                .contains("bad-init\t1.0.0\tFAILED\t初期化に失敗しました");

        Result hello = run("--config-dir", config, "--plugins-dir=" + plugins, "hello");
        assertThat(hello.code()).as(hello.err()).isZero();
        assertThat(hello.out()).contains("hello from good plugin");

        Result help = run("--config-dir", config, "--plugins-dir", plugins.toString(), "--help");
        assertThat(help.out()).contains("hello").contains("project").contains("plugins");
    }

    @Test
    void aTabIdThatIsAlsoACommandNameIsStillATab() throws Exception {
        // The real plugins' tab ids "design" and "archive" are command names too; this plugin's "hello" is both.
        Path plugins = dir.resolve("plugins");
        TestPlugins.build(dir.resolve("build"), plugins, "good", "", TestPlugins.GOOD.replace("\"good-panel\"", "\"hello\""));
        String[] common = {"--config-dir", dir.resolve("config").toString(), "--plugins-dir", plugins.toString()};
        Path png = dir.resolve("shot.png");
        for (String[] tab : new String[][] {{"--tab=hello"}, {"--tab", "hello"}}) {
            Result r = run(concat(common, new String[] {"--screenshot=" + png}, tab, new String[] {TestFiles.sample().toString()}));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(png).isRegularFile();
            Files.delete(png);
        }
        Result unknown = run(concat(common, new String[] {"--screenshot=" + png, "--tab=nope", TestFiles.sample().toString()}));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(png).doesNotExist();
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void theFirstWordIsTheCommandThatDecidesWhichPluginsStart() {
        assertThat(MailbenchCommand.RootOptions.scan(new String[] {"--plugins-dir", "p", "archive", "export", "--host", "h"})
                .command()).isEqualTo("archive");
        assertThat(MailbenchCommand.RootOptions.scan(new String[] {"--config-dir=c", "dns", "check"}).command()).isEqualTo("dns");
        assertThat(MailbenchCommand.RootOptions.scan(new String[] {}).command()).isNull();
    }
    @picocli.CommandLine.Command(name = "dns")
    static final class DnsLike implements dev.mailbench.api.CliCommand {
    }

    @picocli.CommandLine.Command(name = "panel")
    static final class PanelLike implements dev.mailbench.api.CliCommand {
    }

    @Test
    void onlyThePluginCommandNamedOnTheCommandLineIsReadByPicocli() {
        var dns = new dev.mailbench.host.plugins.CommandEntry("dns-check", new DnsLike());
        var panel = new dev.mailbench.host.plugins.CommandEntry("server-panel", new PanelLike());
        assertThat(MailbenchCommand.named(java.util.List.of(dns, panel), "dns")).containsExactly(dns);
        assertThat(MailbenchCommand.named(java.util.List.of(dns, panel), "panel")).containsExactly(panel);
        // help, no command, a typo: every command, so that usage lists them and picocli can suggest one
        assertThat(MailbenchCommand.named(java.util.List.of(dns, panel), "help")).containsExactly(dns, panel);
        assertThat(MailbenchCommand.named(java.util.List.of(dns, panel), null)).containsExactly(dns, panel);
        assertThat(MailbenchCommand.named(java.util.List.of(dns, panel), "dsn")).containsExactly(dns, panel);
    }
}
