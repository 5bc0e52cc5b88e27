package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * The Gmail/Yahoo sender requirements (2024) as far as DNS shows them; the rest needs a real message.
 */
public final class SenderRequirements {
    private SenderRequirements() {
    }

    public static DnsFinding summarise(String domain, List<DnsFinding> findings) {
        String spf = status(findings, RecordGroup.SPF);
        String dkim = status(findings, RecordGroup.DKIM);
        String dmarc = status(findings, RecordGroup.DMARC);
        String ja = "SPF: " + ja(spf) + " / DKIM: " + ja(dkim) + " / DMARC: " + ja(dmarc)
                + "。DNS では確認できない項目: 送信 IP の逆引き、TLS、アライメント、迷惑メール率、ワンクリック配信停止。";
        String en = "SPF: " + spf + " / DKIM: " + dkim + " / DMARC: " + dmarc
                + ". Not visible in DNS: reverse DNS of the sending IP, TLS, alignment, spam rate, one-click unsubscribe.";
        return DnsFinding.of(FindingCode.SENDER_REQUIREMENTS, domain, LocalizedText.of(ja, en), List.of());
    }

    private static String status(List<DnsFinding> findings, RecordGroup group) {
        boolean unchecked = false;
        for (DnsFinding f : findings) {
            if (f.group() != group) {
                continue;
            }
            if (f.severity() == DnsSeverity.ERROR || f.code() == FindingCode.DKIM_MISSING || f.code() == FindingCode.DKIM_REVOKED
                    || f.code() == FindingCode.DMARC_MISSING) {
                return "not met";
            }
            unchecked |= f.severity() == DnsSeverity.COULD_NOT_CHECK;
        }
        return unchecked ? "could not check" : "met";
    }

    private static String ja(String status) {
        return switch (status) {
            case "met" -> "満たしています";
            case "not met" -> "満たしていません";
            default -> "確認できず";
        };
    }
}
