package dev.mailbench.archive.cli;

import dev.mailbench.imap.ConnectionProblems;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code --stall-timeout} of the commands that fetch mail: how long a server may send nothing before the
 * connection is given up and reopened, and the line printed when that (or a cut) happens.
 */
final class StallOption {
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,7})(ms|s|m)?");
    private static final Duration MAX = Duration.ofHours(1);

    @Option(names = "--stall-timeout", defaultValue = "30s", paramLabel = "TIME",
            description = {"サーバーから何も届かない状態がこの時間続いたら接続し直して続きから再開します（例 30s、2m、1500ms）。既定: ${DEFAULT-VALUE}",
                    "Reconnect and resume when the server sends nothing for this long (e.g. 30s, 2m, 1500ms)."})
    String text = "30s";

    /** The timeout; an {@link IllegalArgumentException} with a message for the user when it makes no sense. */
    Duration value() {
        Matcher m = AMOUNT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--stall-timeout は 30s・2m・1500ms のように指定します。"
                    + " --stall-timeout takes a time such as 30s, 2m or 1500ms: " + text);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero() || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("--stall-timeout は 1ms から 1 時間までです。 --stall-timeout must be 1ms to 1 hour: " + text);
        }
        return d;
    }

    /** One line on standard error per reconnect, so a run that waits is never silent about why. */
    void printReconnect(PrintWriter err, String folder, Throwable cause, int attempt) {
        String where = folder == null ? "" : folder + ": ";
        String what = ConnectionProblems.isStalled(cause)
                ? "サーバーから " + text + " 何も届きません。 No data from the server for " + text + "."
                : ConnectionProblems.explain(cause);
        err.println(where + what + " 接続し直して続けます（再試行 " + attempt + " 回目）。 Reconnecting (retry " + attempt + ").");
        err.flush();
    }
}
