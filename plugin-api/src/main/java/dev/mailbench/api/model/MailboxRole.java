package dev.mailbench.api.model;

/** What a mailbox is for; drives the design advisor's rules. */
public enum MailboxRole {
    /** 代表 (info@): shared by several people. */
    REPRESENTATIVE("代表", "Main contact"),
    /** 請求 (billing@). */
    BILLING("請求", "Billing"),
    /** 個人: one person's own address. */
    PERSONAL("個人", "Personal"),
    /** フォーム (contact@): receives web form mail, usually forward-only. */
    FORM("フォーム", "Web form"),
    /** 採用 (recruit@): usually with an auto-reply. */
    RECRUIT("採用", "Recruiting"),
    OTHER("その他", "Other");

    private final String ja;
    private final String en;

    MailboxRole(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return new LocalizedText(ja, en);
    }
}
