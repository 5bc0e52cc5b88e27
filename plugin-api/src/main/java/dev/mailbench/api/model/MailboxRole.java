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

    /**
     * The role a mailbox's local part usually means at a small Japanese business ({@code info} → 代表,
     * {@code keiri} → 請求, {@code saiyo} → 採用, ...); {@link #PERSONAL} when it names a person or nothing known.
     * A first guess to save typing; the consultant can change it.
     */
    public static MailboxRole guessFrom(String localPart) {
        String word = localPart == null ? "" : localPart.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (word) {
            case "info", "office", "mail", "support", "soumu", "daihyo", "admin", "post" -> REPRESENTATIVE;
            case "billing", "keiri", "invoice", "seikyu", "accounting", "kaikei" -> BILLING;
            case "contact", "form", "inquiry", "toiawase", "otoiawase", "webform" -> FORM;
            case "recruit", "saiyo", "jobs", "job", "career", "careers", "jinji" -> RECRUIT;
            default -> PERSONAL;
        };
    }
}
