package dev.mailbench.api.model;

import java.time.LocalDate;

/** 自動応答. {@code from}/{@code until} may be null for an open-ended reply. */
public record AutoReply(boolean enabled, String subject, String body, LocalDate from, LocalDate until) {
    public static final AutoReply OFF = new AutoReply(false, "", "", null, null);

    public AutoReply {
        subject = Values.text(subject);
        body = Values.text(body);
    }
}
