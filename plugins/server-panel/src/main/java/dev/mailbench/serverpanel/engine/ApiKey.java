package dev.mailbench.serverpanel.engine;

import java.util.Arrays;

/**
 * The customer's API key, held in memory for the session only. It prints as {@code xs_…(redacted)} so it cannot
 * reach a log, an exception message or a stack trace by accident; {@link #wipe} overwrites it.
 */
public final class ApiKey {
    private final char[] chars;

    private ApiKey(char[] chars) {
        this.chars = chars;
    }

    /** Takes a copy; the caller wipes its own array. */
    public static ApiKey of(char[] key) {
        // trimmed on the array itself: a String of the key could not be wiped afterwards
        int from = 0;
        int to = key.length;
        while (from < to && Character.isWhitespace(key[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(key[to - 1])) {
            to--;
        }
        return new ApiKey(Arrays.copyOfRange(key, from, to));
    }

    public boolean isBlank() {
        return chars.length == 0;
    }

    /** Whether it has the documented shape ({@code xs_} and characters without spaces). */
    public boolean looksLikeXserverKey() {
        if (chars.length < 4 || chars[0] != 'x' || chars[1] != 's' || chars[2] != '_') {
            return false;
        }
        for (char c : chars) {
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The {@code Authorization} header value; only the transport calls it, just before sending. */
    String bearer() {
        return "Bearer " + new String(chars);
    }

    /** The key as the OS credential store takes it; only {@link OsCredentialStore} calls it. */
    String plain() {
        return new String(chars);
    }

    /** Whether {@code text} contains this key (for the "the key is nowhere" checks). */
    public boolean occursIn(String text) {
        return chars.length > 0 && text != null && text.contains(new String(chars));
    }

    public void wipe() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "xs_…(redacted)";
    }
}
