package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveCommandTest {
    TestLab lab;
    LabUser user;
    final ArchiveCli cli = new ArchiveCli();
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    @BeforeAll
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.taro();
        MailboxSeeder.forLab(lab, user).seed(150, 8008L);
    }

    @AfterEach
    void restoreStdin() {
        cli.restoreStdin();
    }

    private int run(String password, String... args) {
        return cli.run(password, List.of(args));
    }

    private List<String> server(String... more) {
        List<String> a = new ArrayList<>(List.of("--host", lab.serverHost(), "--port", String.valueOf(lab.imapsPort()),
                "--user", user.address(), "--ca", lab.caCertificate().toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void inventoryListsJapaneseFoldersWithCounts() {
        List<String> args = new ArrayList<>(List.of("inventory"));
        args.addAll(server());

        int code = run(user.password(), args.toArray(String[]::new));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("取引先/見積/2024年度\t").contains("研究&開発\t").contains("合計 / Total\t150\t")
                .contains("容量 / Quota");
    }

    @Test
    void wrongPasswordIsExplained() {
        List<String> args = new ArrayList<>(List.of("inventory"));
        args.addAll(server());

        assertThat(run("wrong", args.toArray(String[]::new))).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("ログインできません");
    }

    @Test
    void withoutTheLabCaTheCertificateIsRefused() {
        int code = run(user.password(), "inventory", "--host", lab.serverHost(), "--port", String.valueOf(lab.imapsPort()),
                "--user", user.address());

        assertThat(code).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("証明書");
    }

    @Test
    void exportThenVerifyThenDetectTampering(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(server("--out", dir.toString(), "--format", "maildir", "--folders", "請求書,研究&開発"));

        assertThat(run(user.password(), args.toArray(String[]::new))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("請求書\t").contains("研究&開発\t");

        List<String> verify = new ArrayList<>(List.of("verify", dir.toString(), "--server", "--hashes"));
        verify.addAll(server());
        assertThat(run(user.password(), verify.toArray(String[]::new))).as(out.toString() + err).isZero();
        assertThat(out.toString()).contains("OK").contains("サーバーと照合済み");

        Path cur;
        try (var s = Files.walk(dir.resolve("mail/請求書"))) {
            cur = s.filter(p -> p.getParent().getFileName().toString().equals("cur")).findFirst().orElseThrow();
        }
        Files.writeString(cur, "tampered", java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("", "verify", dir.toString())).isEqualTo(ArchiveCommand.EXIT_INCOMPLETE);
        assertThat(out.toString()).contains("SIZE_MISMATCH");
    }

    @Test
    void badInputGetsAClearMessage(@TempDir Path dir) {
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(server("--out", dir.toString(), "--format", "pst"));
        assertThat(run(user.password(), args.toArray(String[]::new))).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("unknown format: pst");

        assertThat(run("", "verify", dir.resolve("nothing").toString())).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("アーカイブが見つかりません");
    }
}
