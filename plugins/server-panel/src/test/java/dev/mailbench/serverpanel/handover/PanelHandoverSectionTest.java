package dev.mailbench.serverpanel.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.DnsChange;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.testkit.SampleProject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The server's accounts and the visit's changes, for the customer: Japanese first, English when asked, no secret. */
class PanelHandoverSectionTest {
    static final PanelSnapshot SNAPSHOT = new PanelSnapshot("xserver", "xs123456.xsrv.jp", Instant.parse("2026-12-04T01:30:00Z"),
            new ServerInfo("sv1234", "sv1234.xserver.jp", "", List.of("ns1.xserver.jp"), 300.0, 12.5), List.of(),
            List.of(new MailAccount("taro@sample-shoji.test", 2000, 1500.0, "", List.of("taro.private@gmail.com"), false),
                    new MailAccount("info@sample-shoji.test", 5000, null, "", List.of(), true),
                    new MailAccount("billing@sample-shoji.test", 3000, 150.4, "", List.of("a@sample-shoji.test", "b@sample-shoji.test"), true)),
            List.of(), List.of());
    static final DnsRecord DMARC = new DnsRecord("r9", "sample-shoji.test", "_dmarc", "TXT", "v=DMARC1; p=quarantine", 3600, null);
    static final List<AuditEntry> AUDIT = List.of(
            new AuditEntry(Instant.parse("2026-12-04T02:10:00Z"), "xs123456.xsrv.jp", "DELETE sample-shoji.test",
                    "_dmarc TXT \"v=DMARC1; p=quarantine\" TTL 3600", "", "OK"),
            new AuditEntry(Instant.parse("2026-12-04T02:00:00Z"), "xs123456.xsrv.jp", "CREATE sample-shoji.test",
                    "", "_dmarc TXT \"v=DMARC1; p=quarantine\" TTL 3600", "OK"));

    static Project project() {
        Project merged = ProjectMerge.merge(SampleProject.load(), SNAPSHOT);
        return ProjectMerge.recordRun(merged, AUDIT, List.of(DnsChange.delete(DMARC)));
    }

    private static HandoverSection build(Project project, Locale locale) {
        return new PanelHandoverSection().build(HandoverContext.of(project, null, locale)).orElseThrow();
    }

    private static TableBlock table(HandoverSection s, int index) {
        return s.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList().get(index);
    }

    @Test
    void omittedWhenThePanelWasNeverReadAndNothingChanged() {
        assertThat(new PanelHandoverSection().build(HandoverContext.of(SampleProject.load(), null, Locale.JAPANESE)))
                .as("the bundled sample has no import").isEmpty();
        assertThat(new PanelHandoverSection().build(HandoverContext.of(Project.empty(), null, Locale.ENGLISH))).isEmpty();
    }

    @Test
    void japaneseAccountsWithQuotaUsageForwardingAndTheChangesInJapanTime() {
        HandoverSection ja = build(project(), Locale.JAPANESE);
        assertThat(ja.id()).isEqualTo("server-panel");
        assertThat(ja.title()).isEqualTo("サーバーのメールアカウントと変更記録");
        assertThat(ja.intro()).contains("日本時間");
        KeyValueBlock server = (KeyValueBlock) ja.blocks().get(0);
        assertThat(server.entries()).extracting(KeyValueBlock.Entry::key, KeyValueBlock.Entry::value).contains(
                org.assertj.core.groups.Tuple.tuple("サーバー名（初期ドメイン）", "xs123456.xsrv.jp"),
                org.assertj.core.groups.Tuple.tuple("メールサーバー", "sv1234.xserver.jp"),
                org.assertj.core.groups.Tuple.tuple("読み込んだ日時", "2026-12-04 10:30"),
                org.assertj.core.groups.Tuple.tuple("メールアカウント数", "3"));

        TableBlock accounts = table(ja, 0);
        assertThat(accounts.header()).containsExactly("アドレス", "容量", "使用量", "使用率", "転送先", "控え保存");
        assertThat(accounts.rows()).containsExactly(
                List.of("billing@sample-shoji.test", "3,000 MB", "150 MB", "5%", "a@sample-shoji.test\nb@sample-shoji.test", "する"),
                List.of("info@sample-shoji.test", "5,000 MB", "不明", "—", "なし", "—"),
                List.of("taro@sample-shoji.test", "2,000 MB", "1,500 MB", "75%", "taro.private@gmail.com", "しない"));

        TableBlock changes = table(ja, 1);
        assertThat(changes.title()).isEqualTo("この訪問で行った変更");
        assertThat(changes.rows()).as("oldest first").containsExactly(
                List.of("2026-12-04 11:00", "DNS レコードの追加 sample-shoji.test", "完了"),
                List.of("2026-12-04 11:10", "DNS レコードの削除 sample-shoji.test", "完了"));
        assertThat(changes.noteOf(0)).isEqualTo("変更前: （なし）\n変更後: _dmarc TXT \"v=DMARC1; p=quarantine\" TTL 3600");
        assertThat(changes.noteOf(1)).startsWith("変更前: _dmarc TXT").endsWith("変更後: （なし）");
    }

    @Test
    void englishWhenAsked() {
        HandoverSection en = build(project(), Locale.ENGLISH);
        assertThat(en.title()).isEqualTo("Mail accounts on the server and changes made");
        assertThat(table(en, 0).header()).containsExactly("Address", "Quota", "Used", "Full", "Forwarded to", "Copy kept");
        assertThat(table(en, 0).rows().get(2)).containsExactly("taro@sample-shoji.test", "2,000 MB", "1,500 MB", "75%",
                "taro.private@gmail.com", "no");
        assertThat(table(en, 1).rows().get(0)).containsExactly("2026-12-04 11:00", "DNS record added sample-shoji.test", "Done");
        assertThat(table(en, 1).noteOf(0)).startsWith("Before: (none)\nAfter: _dmarc TXT");
    }

    @Test
    void changesWithoutAnImportStillPrintAndAFailureSaysWhy() {
        List<AuditEntry> failed = List.of(new AuditEntry(Instant.parse("2026-12-04T03:00:00Z"), "xs1.xsrv.jp", "UPDATE sample-shoji.test",
                "@ TXT \"v=spf1 a mx ~all\" TTL 3600", "@ TXT \"v=spf1 a mx -all\" TTL 3600", "VALIDATION content is too long"));
        HandoverSection ja = build(ProjectMerge.recordRun(Project.empty(), failed, List.of()), Locale.JAPANESE);
        assertThat(ja.blocks()).singleElement().isInstanceOf(TableBlock.class);
        assertThat(table(ja, 0).rows()).containsExactly(List.of("2026-12-04 12:00", "DNS レコードの変更 sample-shoji.test",
                "失敗: VALIDATION content is too long"));
    }

    @Test
    void aKeyPastedIntoARecordIsNotPrinted() {
        String key = "xs_abcdefghijklmnopqrstuvwxyz0123456789";
        List<AuditEntry> entries = List.of(new AuditEntry(Instant.parse("2026-12-04T03:00:00Z"), "xs1.xsrv.jp", "CREATE sample-shoji.test",
                "", "note TXT \"" + key + "\" TTL 3600", "OK"));
        HandoverSection ja = build(ProjectMerge.recordRun(Project.empty(), entries, List.of()), Locale.JAPANESE);
        assertThat(table(ja, 0).noteOf(0)).doesNotContain(key).contains("xs_…");
    }
}
