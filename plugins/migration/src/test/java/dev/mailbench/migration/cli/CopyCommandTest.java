package dev.mailbench.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.migration.copy.MigLab;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/** {@code mailbench migrate copy|verify} against lab pair 3, passwords on standard input. */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyCommandTest {
    TestLab lab;
    LabUser src;
    LabUser dst;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    void users(TestLab lab) {
        this.lab = lab;
        src = lab.migrationSource(3);
        dst = lab.migrationDestination(3);
    }

    /** Each test starts from a freshly seeded source and an empty destination (reruns must not meet old state). */
    @BeforeEach
    void freshMailboxes() throws Exception {
        MailboxSeeder.forLab(lab, src).seed(60, 3003L);
        MigLab.wipe(lab, dst);
    }

    @Test
    void copyThenVerifyThenCopyAgainCopiesNothing() throws Exception {
        String passwords = src.password() + "\n" + dst.password() + "\n";

        assertThat(run(passwords, args("copy"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("コピー / Copied: 60 通").contains("研究&開発").contains("取引先/見積/2024年度")
                .contains("完了");
        assertThat(err.toString()).contains("コピー予定 / To copy: 60 通");

        assertThat(run(passwords, args("verify"))).as(out.toString()).isZero();
        assertThat(out.toString()).contains("検証 OK");

        assertThat(run(passwords, args("copy"))).isZero();
        assertThat(out.toString()).contains("コピー / Copied: 0 通");
        assertThat(MigLab.contents(MigLab.account(lab, dst))).isEqualTo(MigLab.contents(MigLab.account(lab, src)));
        assertThat(out.toString() + err).doesNotContain(src.password()).doesNotContain(dst.password());
    }

    @Test
    void foldersCanBeCopiedUnderAnotherNameAndVerifiedWithTheSameMap() throws Exception {
        String passwords = src.password() + "\n" + dst.password() + "\n";
        List<String> copy = args("copy");
        copy.addAll(List.of("--map", "Sent=送信済みアイテム", "--map", "研究&開発=アーカイブ/研究&開発"));
        List<String> verify = args("verify");
        verify.addAll(copy.subList(copy.size() - 4, copy.size()));

        assertThat(run(passwords, copy)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Sent → 送信済みアイテム").contains("研究&開発 → アーカイブ/研究&開発");
        assertThat(run(passwords, verify)).as(out.toString()).isZero();

        var s = MigLab.contents(MigLab.account(lab, src));
        var d = MigLab.contents(MigLab.account(lab, dst));
        assertThat(d.get("送信済みアイテム")).isEqualTo(s.get("Sent")).isNotEmpty();
        assertThat(d.get("アーカイブ/研究&開発")).isEqualTo(s.get("研究&開発"));
        assertThat(d.get("Sent")).isEmpty(); // Dovecot's own special folder, untouched
        assertThat(d).doesNotContainKey("研究&開発");

        List<String> typo = args("copy");
        typo.addAll(List.of("--map", "Sent Items=Sent"));
        assertThat(run(passwords, typo)).isEqualTo(2);
        assertThat(err.toString()).contains("Sent Items");
    }

    @Test
    void verifyReportsAFolderThatWasNotCopied() throws Exception {
        String passwords = src.password() + "\n" + dst.password() + "\n";
        List<String> a = args("verify");
        a.addAll(List.of("--folders", "INBOX,Sent"));

        assertThat(run(passwords, a)).isEqualTo(1);

        assertThat(out.toString()).contains("差異があります").contains("要確認");
    }

    @Test
    void refusedMessagesMakeTheCopyIncompleteAndAreListedByCause() throws Exception {
        LabUser small = lab.migrationSmallDestination();
        MigLab.wipe(lab, small);
        List<String> a = new ArrayList<>(List.of("copy", "--from-host", lab.serverHost(), "--from-port",
                String.valueOf(lab.imapsPort()), "--from-user", src.address(), "--to-host", lab.serverHost(), "--to-port",
                String.valueOf(lab.imapsPort()), "--to-user", small.address(), "--ca", lab.caCertificate().toString()));

        assertThat(run(src.password() + "\n" + small.password() + "\n", a)).isEqualTo(1);

        assertThat(out.toString()).contains("コピーできなかったメール / Not copied:")
                .contains("  [OVERQUOTA] Mailbox is full (MailBench lab quota): ").doesNotContain("完了");
    }

    @Test
    void badInputAndUnreachableServersHaveTheirExitCodes() {
        assertThat(run(src.password() + "\n", args("copy"))).isEqualTo(2);
        assertThat(err.toString()).contains("2 行目: コピー先");

        List<String> unknownFolder = args("copy");
        unknownFolder.addAll(List.of("--folders", "存在しない"));
        assertThat(run(src.password() + "\n" + dst.password() + "\n", unknownFolder)).isEqualTo(2);
        assertThat(err.toString()).contains("存在しない");

        List<String> wrongPassword = args("verify");
        assertThat(run("wrong\n" + dst.password() + "\n", wrongPassword)).isEqualTo(3);
        assertThat(err.toString()).contains("ログインできません");

        List<String> refused = new ArrayList<>(List.of("copy", "--from-host", lab.serverHost(), "--from-port",
                String.valueOf(lab.refusedPort()), "--from-user", src.address(), "--to-host", lab.serverHost(), "--to-port",
                String.valueOf(lab.imapsPort()), "--to-user", dst.address(), "--ca", lab.caCertificate().toString()));
        assertThat(run("a\nb\n", refused)).isEqualTo(3);
        assertThat(err.toString()).contains("接続できません");

        List<String> untrusted = new ArrayList<>(List.of("verify", "--from-host", lab.serverHost(), "--from-port",
                String.valueOf(lab.untrustedTlsPort()), "--from-user", src.address(), "--to-host", lab.serverHost(),
                "--to-user", dst.address()));
        assertThat(run("a\nb\n", untrusted)).isEqualTo(3);
        assertThat(err.toString()).contains("証明書を信頼できません");

        List<String> customerName = new ArrayList<>(List.of("verify", "--from-host", lab.customerMailHost(), "--from-port",
                String.valueOf(lab.imapsPort()), "--from-user", src.address(), "--to-host", lab.serverHost(), "--to-port",
                String.valueOf(lab.imapsPort()), "--to-user", dst.address(), "--ca", lab.caCertificate().toString()));
        assertThat(run("a\nb\n", customerName)).isEqualTo(3);
        assertThat(err.toString()).contains("ホスト名が一致しません").contains("mail.sample-shoji.test");
    }

    @Test
    void surveyPrintsFoldersSizesAndTheMeasuredRate() {
        List<String> a = List.of("survey", "--from-host", lab.serverHost(), "--from-port", String.valueOf(lab.imapsPort()),
                "--from-user", src.address(), "--ca", lab.caCertificate().toString(), "--size-limit-mb", "0.15");

        assertThat(run(src.password() + "\n", a)).as(err.toString()).isZero();

        assertThat(out.toString()).contains("合計 / Total: 60 通").contains("研究&開発").contains("実測転送速度")
                .contains("を超えるメール / Over the limit:");
        assertThat(run("", a)).isEqualTo(2);
    }

    private List<String> args(String command) {
        return new ArrayList<>(List.of(command, "--from-host", lab.serverHost(), "--from-port", String.valueOf(lab.imapsPort()),
                "--from-user", src.address(), "--to-host", lab.serverHost(), "--to-port", String.valueOf(lab.imapsPort()),
                "--to-user", dst.address(), "--ca", lab.caCertificate().toString()));
    }

    /** Runs a command with {@code stdin} as standard input, as a pipe feeds the passwords (no console in tests). */
    private int run(String stdin, List<String> args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new MigrateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return cl.execute(args.toArray(String[]::new));
        } finally {
            System.setIn(before);
        }
    }
}
