package dev.mailbench.api.model;

/** The mail client a device uses. */
public enum ClientKind {
    OUTLOOK_CLASSIC("Outlook（クラシック）", "Outlook (classic)"),
    OUTLOOK_2021("Outlook 2021", "Outlook 2021"),
    NEW_OUTLOOK("新しい Outlook", "New Outlook"),
    IPHONE("iPhone / iPad メール", "iPhone / iPad Mail"),
    MAC_MAIL("Mac メール", "Mac Mail"),
    THUNDERBIRD("Thunderbird", "Thunderbird"),
    GMAIL_APP("Gmail アプリ", "Gmail app"),
    ANDROID_MAIL("Android メールアプリ", "Android mail app"),
    WEBMAIL("ウェブメール", "Webmail"),
    OTHER("その他", "Other");

    private final String ja;
    private final String en;

    ClientKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return new LocalizedText(ja, en);
    }

    /**
     * The mail app a device's name suggests ("田中さんの iPhone" → iPhone Mail, "経理 Outlook" → Outlook classic),
     * or empty when the name says nothing. A first guess to save typing; the consultant can change it.
     */
    public static java.util.Optional<ClientKind> guessFrom(String deviceName) {
        String name = deviceName == null ? "" : java.text.Normalizer.normalize(deviceName, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
        if (name.contains("iphone") || name.contains("ipad")) {
            return java.util.Optional.of(IPHONE);
        }
        if (name.contains("新しい outlook") || name.contains("new outlook")) {
            return java.util.Optional.of(NEW_OUTLOOK);
        }
        if (name.contains("outlook")) {
            return java.util.Optional.of(OUTLOOK_CLASSIC);
        }
        if (name.matches("(?s).*(^|[^a-z])i?mac(book|mini|studio)?([^a-z]|$).*")) { // not "machine"
            return java.util.Optional.of(MAC_MAIL);
        }
        if (name.contains("thunderbird")) {
            return java.util.Optional.of(THUNDERBIRD);
        }
        if (name.contains("android")) {
            return java.util.Optional.of(ANDROID_MAIL);
        }
        return java.util.Optional.empty();
    }
}
