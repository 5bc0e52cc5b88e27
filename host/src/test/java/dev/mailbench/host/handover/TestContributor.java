package dev.mailbench.host.handover;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.ChecklistStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A plugin-like contributor with every block kind: a DNS check section with a table, values, a checklist and a chart. */
public final class TestContributor implements HandoverContributor {
    public static final String TITLE = "DNS と送信ドメイン認証";
    public static final List<String> ITEM_IDS = List.of("dns.sample-shoji.test.mx", "dns.sample-shoji.test.spf",
            "dns.sample-shoji.test.dkim", "dns.sample-shoji.test.dmarc");

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        TableBlock records = new TableBlock("公開中の DNS レコード", List.of("種類", "名前", "値", "結果"), List.of(
                List.of("MX", "sample-shoji.test", "10 sample-shoji.test", "OK"),
                List.of("TXT", "sample-shoji.test",
                        "v=spf1 +a:sv1234.xserver.jp +a:sample-shoji.test +mx include:spf.sender.xserver.jp ~all", "OK"),
                List.of("TXT", "default._domainkey.sample-shoji.test", "v=DKIM1; k=rsa; p=MIIBIjANBgkqh…", "OK"),
                List.of("TXT", "_dmarc.sample-shoji.test", "v=DMARC1; p=none;", "要確認")));
        KeyValueBlock when = new KeyValueBlock("確認日時", List.of(
                new KeyValueBlock.Entry("確認日", "2026年11月30日 14:05"),
                new KeyValueBlock.Entry("確認に使った DNS", "127.0.0.1（テスト用）")));
        ChecklistBlock checks = new ChecklistBlock("DNS の確認", List.of(
                new ChecklistItem(ITEM_IDS.get(0), "MX がエックスサーバーを指している", ChecklistStatus.DONE, "鈴木", null, ""),
                new ChecklistItem(ITEM_IDS.get(1), "SPF レコードが1つだけで、エックスサーバーを含む", ChecklistStatus.DONE, "鈴木", null, ""),
                new ChecklistItem(ITEM_IDS.get(2), "DKIM をサーバーパネルで有効にした", ChecklistStatus.OPEN, "",
                        LocalDate.of(2026, 12, 10), "DNS 反映待ち"),
                new ChecklistItem(ITEM_IDS.get(3), "DMARC レコード (p=none) を追加した", ChecklistStatus.OPEN, "", null, "")));
        ImageBlock chart = new ImageBlock("メールボックス使用量の見通し", chartPng(), 480, 200);
        return Optional.of(new HandoverSection("dns", TITLE, 400, "公開中の DNS レコードと、その確認結果です。",
                List.of(records, when, checks, chart)));
    }

    public static byte[] chartPng() {
        BufferedImage img = new BufferedImage(480, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 200);
        g.setColor(new Color(0xD9D9D9));
        for (int y = 20; y < 200; y += 40) {
            g.drawLine(30, y, 470, y);
        }
        int[] values = {40, 55, 70, 90, 110, 135, 150, 170};
        g.setColor(new Color(0x1F4E79));
        for (int i = 0; i < values.length; i++) {
            g.fillRect(40 + i * 54, 190 - values[i], 36, values[i]);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
