package dev.mailbench.api.model;

/** How a mailbox is read. */
public enum MailProtocol {
    IMAP("IMAP", "IMAP"),
    /** POP that leaves a copy on the server. */
    POP_KEEP_COPY("POP（サーバーにコピーを残す）", "POP (leave a copy on the server)"),
    /** POP that deletes from the server after download. */
    POP_DELETE("POP（サーバーから削除）", "POP (delete from server)"),
    /** Nobody logs in; everything is forwarded. */
    FORWARD_ONLY("転送のみ", "Forward only"),
    UNDECIDED("未決定", "Undecided");

    private final String ja;
    private final String en;

    MailProtocol(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public boolean isPop() {
        return this == POP_KEEP_COPY || this == POP_DELETE;
    }

    public LocalizedText label() {
        return new LocalizedText(ja, en);
    }
}
