package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The consultant's way through a damaged archive: verify says what is wrong, repair fixes it from the server. */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveRepairCommandTest {
    TestLab lab;
    LabUser user;
    final ArchiveCli cli = new ArchiveCli();

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

    private int run(String command, Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        if (command.equals("export")) {
            args.addAll(List.of("--out", dir.toString()));
        } else {
            args.add(dir.toString());
        }
        args.addAll(List.of("--host", lab.serverHost(), "--port", String.valueOf(lab.imapsPort()), "--user", user.address(),
                "--ca", lab.caCertificate().toString()));
        args.addAll(List.of(more));
        return cli.run(user.password(), args);
    }

    @Test
    void aFlippedByteAndADeletedMessageAreRepairedFromTheServer(@TempDir Path dir) throws Exception {
        assertThat(run("export", dir, "--format", "eml", "--folders", "請求書")).as(cli.err.toString()).isZero();
        List<Path> emls;
        try (Stream<Path> s = Files.walk(dir.resolve("mail/請求書"))) {
            emls = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        byte[] flippedBefore = Files.readAllBytes(emls.get(0));
        byte[] deletedBefore = Files.readAllBytes(emls.get(1));
        byte[] flipped = flippedBefore.clone();
        flipped[flipped.length / 2] ^= 0x20;
        Files.write(emls.get(0), flipped);
        Files.delete(emls.get(1));

        assertThat(cli.run("", List.of("verify", dir.toString()))).isEqualTo(ArchiveCommand.EXIT_INCOMPLETE);
        assertThat(cli.out.toString()).contains("HASH_MISMATCH").contains("MISSING_FILE").contains("archive repair");

        int code = run("repair", dir);

        assertThat(code).as(cli.out + "" + cli.err).isZero();
        assertThat(cli.out.toString()).contains("修復 / Repaired\tRESTORED\t請求書").contains("HASH_MISMATCH")
                .contains("MISSING_FILE").contains("OK: すべて修復しました。");
        assertThat(emls.get(0)).hasBinaryContent(flippedBefore);
        assertThat(emls.get(1)).hasBinaryContent(deletedBefore);
        assertThat(cli.run("", List.of("verify", dir.toString()))).as(cli.out.toString()).isZero();
        assertThat(run("repair", dir)).isZero();
        assertThat(cli.out.toString()).contains("OK: 壊れたメールはありません。");
    }

    @Test
    void aTruncatedMboxIsRepaired(@TempDir Path dir) throws Exception {
        assertThat(run("export", dir, "--format", "mbox", "--folders", "Sent")).as(cli.err.toString()).isZero();
        Path mbox;
        try (Stream<Path> s = Files.walk(dir.resolve("mail/Sent"))) {
            mbox = s.filter(p -> p.getFileName().toString().equals("messages.mbox")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(mbox);
        Files.write(mbox, java.util.Arrays.copyOf(before, before.length / 2));

        assertThat(run("repair", dir, "--stall-timeout", "10s")).as(cli.out + "" + cli.err).isZero();

        assertThat(mbox).hasBinaryContent(before);
        assertThat(cli.run("", List.of("verify", dir.toString()))).isZero();
    }

    @Test
    void repairNeedsAnArchive(@TempDir Path dir) {
        assertThat(run("repair", dir.resolve("nothing"))).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(cli.err.toString()).contains("アーカイブが見つかりません");
    }
}
