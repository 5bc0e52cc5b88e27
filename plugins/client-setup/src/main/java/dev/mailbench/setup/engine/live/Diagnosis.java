package dev.mailbench.setup.engine.live;

import dev.mailbench.api.model.LocalizedText;

/** Why a probe failed, as a consultant would say it, and what to do; filled in with the actual names. */
public record Diagnosis(Code code, LocalizedText cause, LocalizedText fix) {

    public enum Code {
        OK,
        DNS_NOT_FOUND,
        PORT_REFUSED,
        PORT_25_BLOCKED,
        PORT_25_OPEN,
        CONNECT_TIMEOUT,
        CONNECTION_DROPPED,
        NO_GREETING,
        PLAIN_ON_TLS_PORT,
        TLS_ON_PLAIN_PORT,
        CERT_NAME_MISMATCH,
        CERT_UNTRUSTED,
        CERT_EXPIRED,
        TLS_FAILED,
        STARTTLS_NOT_OFFERED,
        NOT_A_MAIL_SERVER,
        AUTH_FAILED_USER_WITHOUT_DOMAIN,
        AUTH_FAILED_WHITESPACE,
        /** The server refused the login and the lint's user-name rules name the mistake (full-width, a domain typo, ...). */
        AUTH_FAILED_USER_NAME,
        AUTH_FAILED,
        SMTP_AUTH_REJECTED_ONLY_SENDING,
        SMTP_AUTH_NOT_OFFERED,
        SEND_REJECTED,
        ROUND_TRIP_NOT_FOUND,
        ROUND_TRIP_SKIPPED,
        CANCELLED,
        ERROR
    }

    public static Diagnosis ok() {
        return new Diagnosis(Code.OK, LocalizedText.of("問題ありません", "OK"), LocalizedText.of("", ""));
    }

    public boolean isOk() {
        return code == Code.OK || code == Code.PORT_25_OPEN;
    }
}
