package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;

/** The record a finding is about; the panel groups findings by it. */
public enum RecordGroup {
    /** The input itself: a zone file that cannot be read, a record DNS cannot carry. Shown first: it limits the rest. */
    INPUT(LocalizedText.of("入力（ゾーンファイル）", "Input (zone file)")),
    NS(LocalizedText.of("ネームサーバー (NS/SOA)", "Name servers (NS/SOA)")),
    MX(LocalizedText.of("メールサーバー (MX)", "Mail servers (MX)")),
    SPF(LocalizedText.of("SPF", "SPF")),
    DKIM(LocalizedText.of("DKIM", "DKIM")),
    DMARC(LocalizedText.of("DMARC", "DMARC")),
    MTA_STS(LocalizedText.of("MTA-STS / TLS-RPT", "MTA-STS / TLS-RPT")),
    SENDER(LocalizedText.of("Gmail・Yahoo の送信者要件", "Gmail/Yahoo sender requirements")),
    /** The server panel's DNS records (last import) against live DNS. */
    PANEL(LocalizedText.of("サーバーパネルの DNS と実際の DNS", "Server panel DNS against live DNS"));

    private final LocalizedText label;

    RecordGroup(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
