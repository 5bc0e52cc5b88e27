package dev.mailbench.testlab.seed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** IMAP modified UTF-7 (RFC 3501 5.1.3), as Dovecot stores Maildir++ folder names: 日本語 = {@code &ZeVnLIqe-}. */
public final class ModifiedUtf7 {

    private ModifiedUtf7() {
    }

    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                flush(pending, out);
                out.append(c == '&' ? "&-" : String.valueOf(c));
            } else {
                pending.append(c);
            }
        }
        flush(pending, out);
        return out.toString();
    }

    private static void flush(StringBuilder pending, StringBuilder out) {
        if (pending.length() == 0) {
            return;
        }
        byte[] utf16 = pending.toString().getBytes(StandardCharsets.UTF_16BE);
        String b64 = Base64.getEncoder().withoutPadding().encodeToString(utf16).replace('/', ',');
        out.append('&').append(b64).append('-');
        pending.setLength(0);
    }
}
