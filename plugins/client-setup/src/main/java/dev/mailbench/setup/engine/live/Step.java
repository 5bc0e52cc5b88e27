package dev.mailbench.setup.engine.live;

import dev.mailbench.api.model.LocalizedText;

/** The columns of the result matrix, in the order a connection goes through them. */
public enum Step {
    DNS("名前解決", "DNS"),
    TCP("TCP 接続", "TCP connect"),
    TLS("TLS・証明書", "TLS & certificate"),
    GREETING("応答", "Greeting"),
    LOGIN("ログイン", "Login");

    private final LocalizedText label;

    Step(String ja, String en) {
        this.label = LocalizedText.of(ja, en);
    }

    public LocalizedText label() {
        return label;
    }
}
