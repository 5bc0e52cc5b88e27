package dev.mailbench.archive.handover;

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
        boolean en = "en".equals(context.locale().getLanguage());
        List<HandoverBlock> blocks = new ArrayList<>();
        for (ArchiveProjectSection.MailboxRecord m : section.mailboxes()) {
            var inv = m.inventory();
            if (inv != null) {
                List<List<String>> rows = new ArrayList<>();
                inv.folders().forEach(f -> rows.add(List.of(f.name(), String.valueOf(f.messages()), Sizes.human(f.bytes()))));
                rows.add(List.of(en ? "Total" : "合計", String.valueOf(inv.messages()), Sizes.human(inv.bytes())));
                blocks.add(new TableBlock(m.address() + (en ? " — inventory " : " — 棚卸し ") + date(inv.measuredAt()),
                        en ? List.of("Folder", "Messages", "Size") : List.of("フォルダー", "通数", "サイズ"), rows));
                if (inv.quotaUsedBytes() >= 0) {
                    blocks.add(new KeyValueBlock("", List.of(new KeyValueBlock.Entry(en ? "Server space used" : "サーバー使用量",
                            Sizes.human(inv.quotaUsedBytes()) + (inv.quotaLimitBytes() > 0 ? " / " + Sizes.human(inv.quotaLimitBytes()) : "")),
                            new KeyValueBlock.Entry(en ? "Largest message" : "最大のメール", Sizes.human(inv.largestBytes())))));
                }
            }
            var a = m.archive();
            if (a != null) {
                blocks.add(new KeyValueBlock(m.address() + (en ? " — archive" : " — アーカイブ"), List.of(
                        new KeyValueBlock.Entry(en ? "Stored in" : "保存場所", a.path()),
                        new KeyValueBlock.Entry(en ? "Format" : "形式", a.format()),
                        new KeyValueBlock.Entry(en ? "Fetched over" : "取得方法", a.pop3()
                                ? (en ? "POP3 (inbox only; new mail found by UIDL; nothing deleted or marked read on the server)"
                                      : "POP3（受信箱のみ。UIDL で新着を判定。サーバーのメールは削除も既読化もしていません）")
                                : (en ? "IMAP (all chosen folders; read flags unchanged on the server)"
                                      : "IMAP（選んだフォルダーすべて。サーバーの既読状態は変えていません）")),
                        new KeyValueBlock.Entry(en ? "Last export" : "最終エクスポート", date(a.exportedAt())),
                        new KeyValueBlock.Entry(en ? "Messages" : "通数", String.valueOf(a.messages())),
                        new KeyValueBlock.Entry(en ? "Size" : "サイズ", Sizes.human(a.bytes())),
                        new KeyValueBlock.Entry(en ? "How to check" : "確認方法", "mailbench archive verify \"" + a.path() + "\""))));
                List<List<String>> rows = new ArrayList<>();
                a.manifests().forEach(x -> rows.add(List.of(x.folder(), String.valueOf(x.messages()), Sizes.human(x.bytes()), x.sha256())));
                blocks.add(new TableBlock(en ? "Manifests (SHA-256)" : "マニフェスト (SHA-256)",
                        en ? List.of("Folder", "Messages", "Size", "Manifest SHA-256") : List.of("フォルダー", "通数", "サイズ", "マニフェストの SHA-256"),
                        rows));
            }
        }
        return Optional.of(new HandoverSection("mailbox-archive", en ? "Mailbox archives" : "メールのアーカイブ", ORDER,
                en ? "What each mailbox holds on the server, and where its archive copy is kept."
                        : "各メールボックスのサーバー上の内容と、アーカイブ（バックアップ）の保存場所です。", blocks));
    }

    private static String date(String iso) {
        return iso == null ? "" : iso.replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC");
    }
}
