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
}
