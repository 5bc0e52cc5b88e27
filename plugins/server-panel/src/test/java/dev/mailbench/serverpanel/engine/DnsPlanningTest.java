package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsPlanningTest {
    private static final DnsRecord SPF = new DnsRecord("7", "example.jp", "@", "TXT", "v=spf1 ~all", 3600, 0);
    private static final DnsRecord MX = new DnsRecord("8", "example.jp", "@", "MX", "sv1.xserver.jp", 3600, 10);
    private static final DnsRecord DMARC = new DnsRecord("9", "example.jp", "_dmarc", "TXT", "v=DMARC1; p=none", 3600, 0);

    private static DnsPlanning.Edit edit(String host, String type, String content, Integer ttl, boolean delete) {
        return new DnsPlanning.Edit("example.jp", host, type, content, ttl, null, delete);
    }

    @Test
    void anEditUpdatesTheOneRecordWithThatHostAndTypeKeepingItsTtlAndCreatesWhenThereIsNone() {
        DnsChange update = DnsPlanning.fromEdit(edit("_dmarc", "txt", "v=DMARC1; p=quarantine", null, false), List.of(SPF, DMARC));
        assertThat(update.op()).isEqualTo(DnsChange.Op.UPDATE);
        assertThat(update.before()).isEqualTo(DMARC);
        assertThat(update.after()).isEqualTo(new DnsRecord("9", "example.jp", "_dmarc", "TXT", "v=DMARC1; p=quarantine", 3600, 0));

        DnsChange create = DnsPlanning.fromEdit(edit("_mta-sts", "TXT", "v=STSv1; id=1", 300, false), List.of(SPF, DMARC));
        assertThat(create.op()).isEqualTo(DnsChange.Op.CREATE);
        assertThat(create.after().ttl()).isEqualTo(300);
        assertThat(create.after().id()).isNull();
    }

    @Test
    void aDeleteNamesOneRecordAndAnAmbiguousEditIsRefused() {
        DnsRecord secondTxt = new DnsRecord("10", "example.jp", "@", "TXT", "google-site-verification=x", 3600, 0);
        assertThat(DnsPlanning.fromEdit(edit("@", "TXT", "v=spf1 ~all", null, true), List.of(SPF, secondTxt)).before()).isEqualTo(SPF);
        assertThatThrownBy(() -> DnsPlanning.fromEdit(edit("@", "TXT", null, null, true), List.of(SPF, secondTxt)))
                .hasMessageContaining("--content");
        assertThatThrownBy(() -> DnsPlanning.fromEdit(edit("@", "TXT", "v=spf1 -all", null, false), List.of(SPF, secondTxt)))
                .hasMessageContaining("2 件");
        assertThatThrownBy(() -> DnsPlanning.fromEdit(edit("@", "MX", "x", null, true), List.of(SPF)))
                .hasMessageContaining("削除するレコードがありません");
    }

    @Test
    void aChangeWhoseRecordChangedOrWentSinceThePlanIsStale() {
        List<DnsChange> plan = List.of(DnsChange.update(DMARC, DMARC), DnsChange.delete(MX),
                DnsChange.create(new DnsRecord(null, "example.jp", "x", "A", "127.0.0.1", 300, 0)));
        assertThat(DnsPlanning.stale(plan, List.of(DMARC, MX))).isEmpty();
        DnsRecord edited = new DnsRecord("9", "example.jp", "_dmarc", "TXT", "v=DMARC1; p=reject", 3600, 0);
        assertThat(DnsPlanning.stale(plan, List.of(edited)))
                .extracting(t -> t.ja())
                .satisfiesExactly(
                        t -> assertThat(t).contains("計画の後にパネルで変更されています").contains("p=reject"),
                        t -> assertThat(t).contains("もうありません").contains("ID 8"));
    }

    @Test
    void aChangeSetFileRoundTripsAndIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("undo.json");
        AuditEntry audit = new AuditEntry(Instant.parse("2026-05-01T01:02:03Z"), "xs1.xsrv.jp", "UPDATE example.jp", "a", "b", "OK");
        ChangeSetFile set = new ChangeSetFile("xs1.xsrv.jp", Instant.parse("2026-05-01T01:02:04Z"),
                List.of(DnsChange.update(DMARC, SPF), DnsChange.delete(MX)), List.of(audit));
        set.writeNew(file);
        assertThat(ChangeSetFile.read(file)).isEqualTo(set);
        String written = Files.readString(file);
        assertThatThrownBy(() -> set.writeNew(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo(written);
    }
}
