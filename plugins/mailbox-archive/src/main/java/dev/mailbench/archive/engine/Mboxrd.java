package dev.mailbench.archive.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * mboxrd: every line matching {@code ^>*From } gets one more {@code >} on write and loses one on read, so any
 * message survives the round trip byte for byte.
 */
public final class Mboxrd {
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private Mboxrd() {
    }

    /** {@code From MAILER-DAEMON Thu Nov 24 18:22:48 1986\n} for the message's internal date (UTC). */
    public static byte[] fromLine(Instant internalDate) {
        return ("From MAILER-DAEMON " + ASCTIME.format(internalDate) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] quote(byte[] b, int offset, int length) {
        byte[] changed = transform(b, offset, length, true);
        return changed != null ? changed : java.util.Arrays.copyOfRange(b, offset, offset + length);
    }

    /** As {@link #quote}, without copying the message when no line needs a {@code >} (most messages). */
    public static java.nio.ByteBuffer quoted(byte[] b, int offset, int length) {
        byte[] changed = transform(b, offset, length, true);
        return changed != null ? java.nio.ByteBuffer.wrap(changed) : java.nio.ByteBuffer.wrap(b, offset, length);
    }

    public static byte[] unquote(byte[] b, int offset, int length) {
        byte[] changed = transform(b, offset, length, false);
        return changed != null ? changed : java.util.Arrays.copyOfRange(b, offset, offset + length);
    }

    /**
     * The transformed bytes, or null when no line changes. One pass finds the lines to change, a second copies
     * the runs between them: writing line by line through a stream was a tenth of a large export's CPU.
     */
    private static byte[] transform(byte[] b, int offset, int length, boolean quote) {
        int end = offset + length;
        int changes = 0;
        for (int line = offset; line < end; line = nextLine(b, line, end)) {
            if (changes(b, line, end, quote)) {
                changes++;
            }
        }
        if (changes == 0) {
            return null;
        }
        byte[] out = new byte[quote ? length + changes : length - changes];
        int written = 0;
        int runStart = offset;
        for (int line = offset; line < end; line = nextLine(b, line, end)) {
            if (!changes(b, line, end, quote)) {
                continue;
            }
            System.arraycopy(b, runStart, out, written, line - runStart);
            written += line - runStart;
            if (quote) {
                out[written++] = '>';
                runStart = line;
            } else {
                runStart = line + 1; // drop one '>'
            }
        }
        System.arraycopy(b, runStart, out, written, end - runStart);
        return out;
    }

    /** Whether the line at {@code start} matches {@code ^>*From } (quoting) or {@code ^>+From } (unquoting). */
    private static boolean changes(byte[] b, int start, int end, boolean quote) {
        int gt = start;
        while (gt < end && b[gt] == '>') {
            gt++;
        }
        boolean fromLine = gt + 5 <= end && b[gt] == 'F' && b[gt + 1] == 'r' && b[gt + 2] == 'o' && b[gt + 3] == 'm'
                && b[gt + 4] == ' ';
        return fromLine && (quote || gt > start);
    }

    private static int nextLine(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return end;
    }
}
