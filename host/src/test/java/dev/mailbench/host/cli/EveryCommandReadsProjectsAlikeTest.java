package dev.mailbench.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.host.TestFiles;
import dev.mailbench.host.plugins.TestPlugins;
import dev.mailbench.host.project.ProjectJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: every command that takes a PROJECT reads it the same way. {@code project validate}, the host's
 * {@code export} and {@code import-checklist}, and a plugin's command (loading through {@code CliApi.loadProject},
 * as {@code design} and {@code migrate plan} do) refuse an unreadable file with exit 2 and file:line:column, and a
 * project with errors with exit 1 and the list validate prints.
 */
class EveryCommandReadsProjectsAlikeTest {
    @TempDir
    Path dir;
    Path plugins;

    private record Result(int code, String out, String err) {
    }

    @BeforeEach
    void buildPluginCommand() throws Exception {
        plugins = dir.resolve("plugins");
        TestPlugins.build(dir.resolve("build"), plugins, "reader", "", TestPlugins.PROJECT_READER);
    }

    private Result run(String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "--config-dir";
        all[1] = Files.createDirectories(dir.resolve("config")).toString();
        all[2] = "--plugins-dir";
        all[3] = plugins.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MailbenchCommand.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path sampleWith(String name, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.mapper().readTree(TestFiles.sample().toFile());
        edit.accept(tree);
        Path file = dir.resolve(name);
        Files.write(file, ProjectJson.toBytes(tree));
        return file;
    }

    /** The lines validate prints about the project (not its summary). */
    private static List<String> problemLines(Result validate, Path file) {
        return (validate.out() + validate.err()).lines().filter(l -> l.startsWith(file + ": ")).toList();
    }

    private void assertRefusedLikeValidate(Path file, String... lang) throws Exception {
        List<String> langArgs = List.of(lang);
        Result validate = run(concat(List.of("project", "validate"), langArgs, List.of(file.toString())));
        assertThat(validate.code()).as(validate.err()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
        List<String> expected = problemLines(validate, file);
        assertThat(expected).isNotEmpty();

        Path docx = dir.resolve("handover.docx");
        Path xlsx = dir.resolve("handover.xlsx");
        Result export = run(concat(List.of("export", file.toString(), "--docx", docx.toString(), "--xlsx",
                xlsx.toString()), langArgs, List.of()));
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
        assertThat(export.err().lines().filter(l -> l.startsWith(file + ": ")).toList()).isEqualTo(expected);
        assertThat(docx).doesNotExist();
        assertThat(xlsx).doesNotExist();

        Result importing = run("import-checklist", file.toString(), dir.resolve("any.xlsx").toString());
        assertThat(importing.code()).as(importing.err()).isEqualTo(ExitCodes.VALIDATION_ERRORS);

        Result plugin = run(concat(List.of("read-project", file.toString()), langArgs, List.of()));
        assertThat(plugin.code()).as(plugin.err()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
        assertThat(plugin.out()).doesNotContain("mailboxes");
        assertThat(plugin.err().lines().filter(l -> l.startsWith(file + ": ")).toList()).isEqualTo(expected);
        assertThat(plugin.err()).doesNotContain("Exception").contains(validate.err().lines()
                .filter(l -> l.contains("error(s)")).findFirst().orElseThrow());
    }

    private static String[] concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toArray(String[]::new);
    }

    @Test
    void aProjectWithoutCustomerAndDomainsIsRefusedByEveryCommand() throws Exception {
        Path file = sampleWith("no-customer.mailbench.json", tree -> {
            tree.remove("customer");
            tree.remove("domains");
        });
        assertRefusedLikeValidate(file);
        assertRefusedLikeValidate(file, "--lang", "en");
    }

    @Test
    void aDuplicateMailboxWithANegativeQuotaIsRefusedByEveryCommand() throws Exception {
        Path file = sampleWith("duplicate.mailbench.json", tree -> {
            ObjectNode copy = ((ObjectNode) tree.get("mailboxes").get(0)).deepCopy();
            copy.put("quotaMb", -5);
            ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("mailboxes")).add(copy);
        });
        assertRefusedLikeValidate(file);
    }

    @Test
    void withJsonTheRefusalOfAnInvalidProjectIsJsonToo() throws Exception {
        Path file = sampleWith("duplicate-json.mailbench.json", tree -> {
            ObjectNode copy = ((ObjectNode) tree.get("mailboxes").get(0)).deepCopy();
            ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("mailboxes")).add(copy);
        });
        Result validate = run("project", "validate", file.toString());
        Result plugin = run("read-project", file.toString(), "--json");

        assertThat(plugin.code()).as(plugin.err()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
        com.fasterxml.jackson.databind.JsonNode error = ProjectJson.mapper().readTree(plugin.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_PROJECT");
        assertThat(error.get("file").asText()).isEqualTo(file.toString());
        List<String> problems = new java.util.ArrayList<>();
        error.get("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).isNotEmpty().isEqualTo(problemLines(validate, file));
    }

    @Test
    void textAfterTheJsonIsAnUnreadableFileForEveryCommand() throws Exception {
        Path file = dir.resolve("junk.mailbench.json");
        String text = Files.readString(TestFiles.sample()) + "\n}}}garbage";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String where = file + ":" + text.lines().count() + ":1: ";

        for (Result r : List.of(run("project", "validate", file.toString()),
                run("export", file.toString(), "--docx", dir.resolve("x.docx").toString()),
                run("import-checklist", file.toString(), dir.resolve("x.xlsx").toString()),
                run("read-project", file.toString()))) {
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UNREADABLE_FILE);
            assertThat(r.err()).contains(where);
        }
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void aValidProjectStillWorksEverywhere() throws Exception {
        Path file = dir.resolve("shoji.mailbench.json");
        Files.copy(TestFiles.sample(), file);
        assertThat(run("project", "validate", file.toString()).code()).isZero();
        Result plugin = run("read-project", file.toString());
        assertThat(plugin.code()).as(plugin.err()).isZero();
        assertThat(plugin.out()).contains("6 mailboxes");
    }
}
