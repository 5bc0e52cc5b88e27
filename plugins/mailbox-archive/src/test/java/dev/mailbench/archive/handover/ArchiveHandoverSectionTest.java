package dev.mailbench.archive.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Project;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveProjectSection.ArchiveRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.FolderRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.InventoryRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.MailboxRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.ManifestRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handover section is written in the document's language, Japanese unless it is English. */
class ArchiveHandoverSectionTest {
    static final Project PROJECT = Project.empty().withPlugins(Map.of(MailboxArchivePlugin.ID, new ArchiveProjectSection(List.of(
            new MailboxRecord("mb-taro", "taro@sample-shoji.test",
                    new InventoryRecord("2024-04-01T09:00:00Z", 30, 12, 4096, 1024, 8192, 0, List.of(new FolderRecord("INBOX", 12, 4096))),
                    new ArchiveRecord("/backup/taro", "mbox", "2024-04-01T10:00:00Z", 12, 4096,
                            List.of(new ManifestRecord("INBOX", 12, 4096, "ab12")), "pop3")))).toPlain()));

    private static HandoverSection build(Locale locale) {
        return new ArchiveHandoverSection().build(HandoverContext.of(PROJECT, null, locale)).orElseThrow();
    }

    private static List<String> keys(HandoverSection s) {
        return s.blocks().stream().filter(KeyValueBlock.class::isInstance).map(KeyValueBlock.class::cast)
                .flatMap(k -> k.entries().stream()).map(KeyValueBlock.Entry::key).toList();
    }

    private static List<String> firstTableHeaders(HandoverSection s) {
        return s.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).findFirst().orElseThrow()
                .header();
    }

    @Test
    void japaneseByDefaultEnglishWhenAsked() {
        HandoverSection ja = build(Locale.JAPANESE);
        assertThat(ja.title()).isEqualTo("メールのアーカイブ");
        assertThat(keys(ja)).contains("サーバー使用量", "保存場所", "取得方法");
        assertThat(firstTableHeaders(ja)).containsExactly("フォルダー", "通数", "サイズ");

        HandoverSection en = build(Locale.ENGLISH);
        assertThat(en.title()).isEqualTo("Mailbox archives");
        assertThat(keys(en)).contains("Server space used", "Stored in", "Fetched over");
        assertThat(firstTableHeaders(en)).containsExactly("Folder", "Messages", "Size");
        assertThat(build(Locale.FRENCH).title()).as("any other language reads Japanese").isEqualTo("メールのアーカイブ");
    }
}
