package dev.mailbench.setup.engine;

import dev.mailbench.api.model.LocalizedText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What the consultant or the customer observed, for the failures no setting shows by itself (the
 * symptom column of the failure catalogue). Given with the client kind, it names the cause.
 */
public enum Symptom {
    SEND_FAILS("送信だけできない（受信はできる）", "Only sending fails (receiving works)"),
    SEND_FAILS_ABROAD("海外から送信できない", "Sending fails from abroad"),
    SSL_ERROR("「SSLで接続できません」・証明書のエラー", "\"Cannot connect using SSL\" or a certificate error"),
    PASSWORD_PROMPT_LOOP("パスワードを何度も聞かれる（受信も送信もできない）", "Asked for the password again and again (nothing works)"),
    SUDDENLY_CANNOT_RECEIVE("突然受信できなくなった", "Suddenly stopped receiving"),
    MAIL_LOST_AFTER_PC_FAILURE("PC の故障・入れ替えでメールが消えた", "Mail lost after a PC failure or swap"),
    STATE_DIFFERS_PER_DEVICE("端末ごとに既読・削除の状態が違う", "Read/deleted state differs per device"),
    FOLDERS_SCRAMBLED("Mac と iPhone で送信済み・ゴミ箱などがばらばら", "Sent, Trash etc. scrambled between Mac and iPhone"),
    GMAIL_STOPPED_RECEIVING("Gmail で受信できなくなった", "Gmail stopped receiving this address"),
    ONLY_GMAIL_REJECTS("Gmail 宛てだけ届かない・迷惑メールになる", "Only Gmail rejects our mail or files it as spam"),
    BROKEN_AFTER_WEBSITE_MOVE("ホームページの移転後にメールがおかしい", "Mail broke after the website moved");

    private final LocalizedText label;

    Symptom(String ja, String en) {
        this.label = LocalizedText.of(ja, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** The symptom named by its constant (any case, '-' for '_'), or empty. */
    public static Optional<Symptom> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Symptom x : values()) {
            if (x.name().equals(v)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }
}
