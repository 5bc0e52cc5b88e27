package dev.mailbench.archive.engine;

import java.io.ByteArrayOutputStream;
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
        return transform(b, offset, length, true);
    }

    public static byte[] unquote(byte[] b, int offset, int length) {
        return transform(b, offset, length, false);
    }

    private static byte[] transform(byte[] b, int offset, int length, boolean quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        int end = offset + length;
        int lineStart = offset;
        while (lineStart < end) {
            int gt = lineStart;
            while (gt < end && b[gt] == '>') {
                gt++;
            }
            boolean fromLine = gt + 5 <= end && b[gt] == 'F' && b[gt + 1] == 'r' && b[gt + 2] == 'o' && b[gt + 3] == 'm'
                    && b[gt + 4] == ' ';
            int lineEnd = lineStart;
            while (lineEnd < end && b[lineEnd] != '\n') {
                lineEnd++;
            }
            int copyFrom = lineStart;
            if (fromLine && quote) {
                out.write('>');
            } else if (fromLine && gt > lineStart) {
                copyFrom = lineStart + 1;
            }
            int copyTo = lineEnd < end ? lineEnd + 1 : end;
            out.write(b, copyFrom, copyTo - copyFrom);
            lineStart = copyTo;
        }
        return out.toByteArray();
    }
}
