package dev.mailbench.host.ui.editor;

/** Text the model cannot hold (a date that is not a date, a quota that is not a number). */
public final class InvalidInput extends Exception {
    private final String messageKey;

    public InvalidInput(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
