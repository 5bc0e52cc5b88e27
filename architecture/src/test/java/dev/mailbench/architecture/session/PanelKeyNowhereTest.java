package dev.mailbench.architecture.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.host.cli.MailbenchCommand;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "after a full session with a known key, a search of the project, settings folder, logs, exports and
 * documents finds the key nowhere": the real application (dist/plugins) runs panel info, import, apply and undo with a
 * known key against the lab's simulator, the import is merged into the project and saved as the workbench saves it,
 * the handover documents are exported; then every file of the session (the .docx/.xlsx unzipped) and everything
 * printed or logged is searched for the key.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class PanelKeyNowhereTest {
    private static final String DOMAIN = "sample-shoji.test";

    @TempDir
    Path root;

    private final TestLab lab = TestLab.load();
    private final StringBuilder printed = new StringBuilder();
    private String lastOut = "";

    private int run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path plugins = Path.of(System.getProperty("mailbench.dist", "../dist")).resolve("plugins").toAbsolutePath();
        List<String> all = new ArrayList<>(List.of("--config-dir", root.resolve("config").toString(), "--plugins-dir", plugins.toString()));
        all.addAll(List.of(args));
        InputStream savedIn = System.in;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8)); // slf4j-simple logs here
            return MailbenchCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setIn(savedIn);
            System.setErr(savedErr);
            lastOut = out.toString();
            printed.append(out).append('\n').append(err).append('\n').append(logs.toString(StandardCharsets.UTF_8)).append('\n');
        }
    }

    private List<String> server(String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        a.addAll(List.of("--servername", lab.xserverServername(), "--base-url", lab.xserverApiBase().toString(),
                "--ca", lab.caCertificate().toString()));
        return a;
    }

    @Test
    void aFullSessionLeavesTheKeyInNoFileNoDocumentNoOutputAndNoLog() throws Exception {
        lab.xserverAdmin("POST", "/reset", "{\"accounts\": 3}");
        String key = lab.xserverKey("FULL");
        Path projectDir = Files.createDirectories(root.resolve("project"));
        Path project = projectDir.resolve("customer.mailbench.json");
        Files.copy(TestProjects.sampleFile(), project);
        String p = project.toString();

        assertThat(run(key + "\n", server("panel", "info", p).toArray(String[]::new))).as(printed.toString()).isZero();
        int imported = run(key + "\n", server("panel", "import", p, "--json").toArray(String[]::new));
        assertThat(imported).as(printed.toString()).isZero();
        JsonNode snapshotNode = Json.mapper().readTree(lastOut).path("snapshot");
        PanelSnapshot snapshot = Json.mapper().treeToValue(snapshotNode, PanelSnapshot.class);
        assertThat(snapshot.accounts()).hasSizeGreaterThanOrEqualTo(7);

        Path undo = projectDir.resolve("dns-undo.json");
        List<String> apply = server("panel", "apply", p, "--domain", DOMAIN, "--host", "_dmarc", "--type", "TXT",
                "--content", "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@" + DOMAIN, "--undo-file", undo.toString(), "--yes",
                "--dns-server", "127.0.0.1:" + lab.dnsPort());
        assertThat(run(key + "\n", apply.toArray(String[]::new))).as(printed.toString()).isZero();
        List<String> undoArgs = server("panel", "undo", p, undo.toString(), "--yes", "--dns-server", "127.0.0.1:" + lab.dnsPort());
        assertThat(run(key + "\n", undoArgs.toArray(String[]::new))).as(printed.toString()).isZero();

        // What the workbench does on "merge" and after a run: the import and the audit go into the project, saved atomically.
        ProjectStore store = new ProjectStore();
        ProjectStore.Loaded loaded = store.load(project);
        ChangeSetFile run = ChangeSetFile.read(undo);
        Project merged = ProjectMerge.recordRun(ProjectMerge.merge(loaded.project(), snapshot), run.audit(), run.changes());
        store.save(project, merged, loaded.source());
        assertThat(Files.readString(project)).contains("xs123456.xsrv.jp").contains("_dmarc");

        Path exports = Files.createDirectories(root.resolve("exports"));
        assertThat(run("", "export", p, "--docx", exports.resolve("handover.docx").toString(),
                "--xlsx", exports.resolve("handover.xlsx").toString())).as(printed.toString()).isZero();

        List<String> searched = new ArrayList<>();
        List<String> found = new ArrayList<>();
        StringBuilder documentText = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String name = root.relativize(f).toString();
                if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                        ZipEntry e;
                        while ((e = zip.getNextEntry()) != null) {
                            searched.add(name + "!" + e.getName());
                            String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                            if (e.getName().equals("word/document.xml")) {
                                documentText.append(text);
                            }
                            if (text.contains(key)) {
                                found.add(name + "!" + e.getName());
                            }
                        }
                    }
                } else {
                    searched.add(name);
                    if (new String(bytes, StandardCharsets.UTF_8).contains(key)) {
                        found.add(name);
                    }
                }
            }
        }
        // the settings folder is searched too (the command line writes nothing there today)
        assertThat(searched).as("the session's files").contains("project/customer.mailbench.json", "project/customer.mailbench.json.bak", "project/dns-undo.json")
                .anyMatch(n -> n.startsWith("exports/handover.docx!word/")).anyMatch(n -> n.startsWith("exports/handover.xlsx!xl/"));
        assertThat(documentText).as("the handover was written from the merged project").contains("sv1234");
        assertThat(found).as("files holding the key").isEmpty();
        assertThat(printed.toString()).as("output and logs").isNotBlank().doesNotContain(key);
        assertThat(printed.toString()).contains("xs123456.xsrv.jp");
    }
}
