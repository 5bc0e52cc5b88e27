package dev.mailbench.archive.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.imap.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The archive inventory of each mailbox: folders, counts, sizes, where the archive is and its manifest hashes. */
public final class ArchiveHandoverSection implements HandoverContributor {
    static final int ORDER = 600;

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        ArchiveProjectSection section = ArchiveProjectSection.fromPlain(context.project().plugins().get(MailboxArchivePlugin.ID));
        if (section.mailboxes().isEmpty()) {
            return Optional.empty();
        }
        Locale l = context.locale();
        List<HandoverBlock> blocks = new ArrayList<>();
        for (ArchiveProjectSection.MailboxRecord m : section.mailboxes()) {
            var inv = m.inventory();
            if (inv != null) {
                List<List<String>> rows = new ArrayList<>();
                inv.folders().forEach(f -> rows.add(List.of(f.name(), String.valueOf(f.messages()), Sizes.human(f.bytes()))));
                rows.add(List.of(pick(l, "合計", "Total"), String.valueOf(inv.messages()), Sizes.human(inv.bytes())));
                blocks.add(new TableBlock(m.address() + pick(l, " — 棚卸し ", " — inventory ") + date(inv.measuredAt()),
                        List.of(pick(l, "フォルダー", "Folder"), pick(l, "通数", "Messages"), pick(l, "サイズ", "Size")), rows));
                if (inv.quotaUsedBytes() >= 0) {
                    blocks.add(new KeyValueBlock("", List.of(new KeyValueBlock.Entry(pick(l, "サーバー使用量", "Server space used"),
                            Sizes.human(inv.quotaUsedBytes()) + (inv.quotaLimitBytes() > 0 ? " / " + Sizes.human(inv.quotaLimitBytes()) : "")),
                            new KeyValueBlock.Entry(pick(l, "最大のメール", "Largest message"), Sizes.human(inv.largestBytes())))));
                }
            }
            var a = m.archive();
            if (a != null) {
                blocks.add(new KeyValueBlock(m.address() + pick(l, " — アーカイブ", " — archive"), List.of(
                        new KeyValueBlock.Entry(pick(l, "保存場所", "Stored in"), a.path()),
                        new KeyValueBlock.Entry(pick(l, "形式", "Format"), a.format()),
                        new KeyValueBlock.Entry(pick(l, "取得方法", "Fetched over"), a.pop3()
                                ? pick(l, "POP3（受信箱のみ。UIDL で新着を判定。サーバーのメールは削除も既読化もしていません）",
                                        "POP3 (inbox only; new mail found by UIDL; nothing deleted or marked read on the server)")
                                : pick(l, "IMAP（選んだフォルダーすべて。サーバーの既読状態は変えていません）",
                                        "IMAP (all chosen folders; read flags unchanged on the server)")),
                        new KeyValueBlock.Entry(pick(l, "最終エクスポート", "Last export"), date(a.exportedAt())),
                        new KeyValueBlock.Entry(pick(l, "通数", "Messages"), String.valueOf(a.messages())),
                        new KeyValueBlock.Entry(pick(l, "サイズ", "Size"), Sizes.human(a.bytes())),
                        new KeyValueBlock.Entry(pick(l, "確認方法", "How to check"), "mailbench archive verify \"" + a.path() + "\""))));
                List<List<String>> rows = new ArrayList<>();
                a.manifests().forEach(x -> rows.add(List.of(x.folder(), String.valueOf(x.messages()), Sizes.human(x.bytes()), x.sha256())));
                blocks.add(new TableBlock(pick(l, "マニフェスト (SHA-256)", "Manifests (SHA-256)"),
                        List.of(pick(l, "フォルダー", "Folder"), pick(l, "通数", "Messages"), pick(l, "サイズ", "Size"),
                                pick(l, "マニフェストの SHA-256", "Manifest SHA-256")),
                        rows));
            }
        }
        return Optional.of(new HandoverSection("mailbox-archive", pick(l, "メールのアーカイブ", "Mailbox archives"), ORDER,
                pick(l, "各メールボックスのサーバー上の内容と、アーカイブ（バックアップ）の保存場所です。",
                        "What each mailbox holds on the server, and where its archive copy is kept."), blocks));
    }

    private static String date(String iso) {
        return iso == null ? "" : iso.replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC");
    }
}
