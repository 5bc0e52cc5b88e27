package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.cli.MailbenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailbench export} and {@code mailbench import-checklist} as the application runs them. */
class MailbenchRootCommandTest {
    @TempDir
    Path dir;

    private int mailbench(StringWriter out, StringWriter err, String... args) throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        String[] all = new String[args.length + 4];
        all[0] = "--config-dir";
        all[1] = config.toString();
        all[2] = "--plugins-dir";
        all[3] = plugins.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return MailbenchCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportAndImportAreSubCommandsOfMailbench() throws Exception {
        Path project = dir.resolve("shoji.mailbench.json");
        Files.copy(TestProjects.sampleFile(), project);
        Path docx = dir.resolve("out.docx");
        Path xlsx = dir.resolve("out.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = mailbench(out, err, "export", project.toString(), "--docx", docx.toString(), "--xlsx", xlsx.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(docx).isNotEmptyFile();
        assertThat(xlsx).isNotEmptyFile();

        out = new StringWriter();
        code = mailbench(out, err, "import-checklist", project.toString(), xlsx.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("変更 0 件・競合 0 件");
    }

    @Test
    void aProjectThatDoesNotParseIsReportedWithItsLine() throws Exception {
        Path project = dir.resolve("broken.mailbench.json");
        Files.writeString(project, "{\n  \"schemaVersion\" : 2,\n  \"customer\" : \n}");
        StringWriter err = new StringWriter();
        int code = mailbench(new StringWriter(), err, "export", project.toString(), "--docx", dir.resolve("x.docx").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("broken.mailbench.json").contains("line 4");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }
}
