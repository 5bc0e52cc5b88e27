package dev.mailbench.api.model;

/** Whether a device keeps the mailbox's archive copy (保管用) or only views it (閲覧用). */
public enum DeviceRole {
    KEEPER("保管用", "Keeper"),
    VIEWER("閲覧用", "Viewer");

    private final String ja;
    private final String en;

    DeviceRole(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return new LocalizedText(ja, en);
    }
}
