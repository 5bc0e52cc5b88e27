package dev.mailbench.host.handover.docx;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Characters to a byte stream as UTF-8, buffered, for one writer thread. A {@code BufferedWriter} over an
 * {@code OutputStreamWriter} takes a lock and checks it is open on every call, and copies every character twice
 * before encoding it: the streamed Word sections make a few million calls (12.7 MB for 300 mailboxes), and that was
 * a third of their time. Here a text is copied once into a small array ({@code String.getChars}) and encoded from
 * it straight into the byte buffer. The bytes are the writer's: a surrogate pair becomes one 4-byte sequence, also
 * across two calls, and a lone surrogate becomes {@code ?} as the writer's encoder replaces it.
 */
final class Utf8Out {
    private static final int SIZE = 1 << 15;

    private final OutputStream out;
    /** Room past {@link #SIZE} for what one character can make: 4 bytes (a lone surrogate's '?' and 3 more). */
    private final byte[] bytes = new byte[SIZE + 4];
    private final char[] chars = new char[2048];
    private int used;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char high;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    void write(char c) throws IOException {
        encode(c);
        if (used >= SIZE) {
            drain();
        }
    }

    void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    void write(String s, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, chars.length);
            s.getChars(offset, offset + n, chars, 0);
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c < 0x80 && high == 0) {
                    bytes[used++] = (byte) c;
                } else {
                    encode(c);
                }
                if (used >= SIZE) {
                    drain();
                }
            }
            offset += n;
            length -= n;
        }
    }

    /**
     * Everything written so far into the stream (but a high surrogate waiting for its other half, as the writer's
     * encoder keeps it), which is not flushed: a package part's stream copies all it holds on every flush, and bytes
     * written to it next (a picture's saved paragraph) follow these anyway.
     */
    void flush() throws IOException {
        drain();
    }

    private void encode(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                bytes[used++] = (byte) (0xF0 | (cp >> 18));
                bytes[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[used++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[used++] = '?';
        }
        if (c < 0x80) {
            bytes[used++] = (byte) c;
        } else if (c < 0x800) {
            bytes[used++] = (byte) (0xC0 | (c >> 6));
            bytes[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[used++] = '?';
        } else {
            bytes[used++] = (byte) (0xE0 | (c >> 12));
            bytes[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(bytes, 0, used);
        used = 0;
    }
}
