package dev.mailbench.kit.io;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords and API keys for the command line: typed at a prompt (not echoed) when a person is at the
 * console, else one line each from standard input. Never from an argument, and never through a
 * {@link String}: the caller gets a {@code char[]} it wipes with {@link #wipe} when done.
 *
 * <p>Lines are read character by character from one reader kept for the whole command, so a command that
 * asks for two secrets gets the first and second line, and nothing after the line is consumed.
 */
public final class SecretInput {
    private final Console console;
    private final Reader reader;

    private SecretInput(Console console, InputStream in) {
        this.console = console;
        this.reader = in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The process's console when a person is at it, else standard input (as set at this call). */
    public static SecretInput standard() {
        Console console = System.console();
        return console != null ? new SecretInput(console, null) : new SecretInput(null, System.in);
    }

    /** Lines from {@code in}, never a prompt (tests, pipes). */
    public static SecretInput from(InputStream in) {
        return new SecretInput(null, in);
    }

    /**
     * Reads one secret. {@code prompt} is shown only at a console (Japanese first, then English).
     *
     * @return the characters, without the line end; empty when the input ended first
     */
    public char[] read(String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        return readLine();
    }

    /** Reads one secret and fails with {@code missingMessage} (fit to show) when it is empty. */
    public char[] require(String prompt, String missingMessage) throws IOException {
        char[] secret = read(prompt);
        if (secret.length == 0) {
            throw new IOException(missingMessage);
        }
        return secret;
    }

    private char[] readLine() throws IOException {
        char[] buf = new char[256];
        int n = 0;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (n == buf.length) {
                char[] bigger = Arrays.copyOf(buf, n * 2);
                wipe(buf);
                buf = bigger;
            }
            buf[n++] = (char) c;
        }
        if (n > 0 && buf[n - 1] == '\r') {
            n--;
        }
        char[] line = Arrays.copyOf(buf, n);
        wipe(buf);
        return line;
    }

    /** Overwrites a secret that is no longer needed; null is ignored. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
