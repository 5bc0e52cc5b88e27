package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.io.IOException;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * dnsjava's zone-file errors in plain words, with the line a person would point at. dnsjava reads from a
 * stream here, so its messages start with the placeholder {@code <none>:LINE:}; we take the line from it
 * and never show the placeholder.
 */
final class ZoneParseMessages {
    private static final String PLACEHOLDER = "<none>:";
    private static final int MAX_QUOTED = 60;
    private static final java.util.regex.Pattern INNER_PLACEHOLDER = java.util.regex.Pattern.compile("<none>:\\d+: ?");

    private ZoneParseMessages() {
    }

    record Located(int line, LocalizedText cause) {
    }

    /** The line and plain cause of a dnsjava parse error in {@code text}. */
    static Located locate(String message, String text, Name origin) {
        int line = 0;
        String rest = message == null ? "" : message;
        while (rest.startsWith(PLACEHOLDER)) {
            int colon = rest.indexOf(':', PLACEHOLDER.length());
            if (colon < 0) {
                break;
            }
            try {
                int n = Integer.parseInt(rest.substring(PLACEHOLDER.length(), colon));
                line = line == 0 ? n : line;
            } catch (NumberFormatException notALine) {
                break;
            }
            rest = rest.substring(colon + 1).strip();
        }
        return new Located(line > 1 && endsOnThePreviousLine(rest, text, line, origin) ? line - 1 : line, plain(rest));
    }

    /**
     * dnsjava counts the newline that ended a record before it sees the record is incomplete ("expected a
     * name" on {@code @ MX 10}), so it names the next line. When the lines before {@code line} alone give the
     * same error, the record that is wrong ends on the line before.
     */
    private static boolean endsOnThePreviousLine(String cause, String text, int line, Name origin) {
        int end = -1;
        for (int n = 1; n < line; n++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return false;
            }
        }
        try (Master master = ZoneFiles.master(text.substring(0, end + 1), origin)) {
            int count = 0;
            while (master.nextRecord() != null) {
                if (++count > ZoneFiles.MAX_RECORDS) {
                    return false;
                }
            }
            return false;
        } catch (TextParseException e) {
            return cause.equals(locateCause(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String locateCause(String message) {
        String rest = message == null ? "" : message;
        while (rest.startsWith(PLACEHOLDER) && rest.indexOf(':', PLACEHOLDER.length()) > 0) {
            rest = rest.substring(rest.indexOf(':', PLACEHOLDER.length()) + 1).strip();
        }
        return rest;
    }

    /** dnsjava's message (without placeholder) in plain words; anything not known is shown as it is. */
    static LocalizedText plain(String message) {
        // A $GENERATE line is parsed as a file of its own: its errors carry a placeholder of their own inside.
        String m = INNER_PLACEHOLDER.matcher(message).replaceAll("");
        if (m.startsWith("Parsing $GENERATE: ")) {
            LocalizedText inner = plain(m.substring("Parsing $GENERATE: ".length()));
            return LocalizedText.of("$GENERATE: " + inner.ja(), "$GENERATE: " + inner.en());
        }
        if (m.startsWith("Invalid type '")) {
            String type = quoted(m.substring("Invalid type '".length(), m.endsWith("'") ? m.length() - 1 : m.length()));
            return LocalizedText.of("不明なレコードの種類です: " + type, "unknown record type " + type);
        }
        if (m.startsWith("Invalid directive: ")) {
            String directive = quoted(m.substring("Invalid directive: ".length()));
            return LocalizedText.of("不明な指示です: " + directive, "unknown directive " + directive);
        }
        if (m.contains("$INCLUDE")) {
            return LocalizedText.of("$INCLUDE は使えません。取り込むレコードをこのファイルに書いてください",
                    "$INCLUDE is not supported; put the included records into this file");
        }
        if (m.startsWith("Invalid address: ")) {
            String address = quoted(m.substring("Invalid address: ".length()));
            return LocalizedText.of("アドレスが正しくありません: " + address, "invalid address " + address);
        }
        if (m.equals("newline in quoted string")) {
            return LocalizedText.of("引用符 \" が閉じていません", "a quoted string is not closed (\" missing)");
        }
        if (m.equals("invalid close parenthesis") || m.equals("unbalanced parentheses") || m.equals("invalid open parenthesis")) {
            return LocalizedText.of("括弧 ( ) の対応が取れていません", "the parentheses ( ) do not match");
        }
        if (m.startsWith("expected a TTL")) {
            return LocalizedText.of("TTL が正しくありません", "invalid TTL");
        }
        if (m.equals("expected an integer") || m.startsWith("expected an unsigned") || m.contains("out of range")) {
            return LocalizedText.of("ここには範囲内の数値が必要です", "a number in range is expected here");
        }
        if (m.equals("expected a name")) {
            return LocalizedText.of("名前が足りません", "a name is missing");
        }
        if (m.equals("expected a string") || m.startsWith("unexpected end of input")) {
            return LocalizedText.of("値が足りません", "a value is missing");
        }
        if (m.contains("invalid empty label")) {
            return LocalizedText.of("名前に空のラベル（..）があります: " + quoted(m), "a name has an empty label (..): " + quoted(m));
        }
        if (m.contains("too long")) {
            return LocalizedText.of("名前またはラベルが長すぎます: " + quoted(m), "a name or label is too long: " + quoted(m));
        }
        if (m.contains("hex") || m.contains("base64") || m.contains("base32")) {
            return LocalizedText.of("16 進数・Base64 などで書く値が正しくありません", "invalid encoded data (hex, base64 or base32)");
        }
        return LocalizedText.of("書き方に誤りがあります: " + quoted(m), "syntax error: " + quoted(m));
    }

    /** Why a zone with readable lines is still not a zone (dnsjava's checks when it builds one). */
    static LocalizedText zone(String message, Name origin) {
        String m = message == null ? "" : message;
        String zone = origin.toString(true);
        if (m.contains("no data specified")) {
            return LocalizedText.of("ゾーン " + zone + " のレコードがありません（ファイル名と $ORIGIN は合っていますか？）",
                    "no records of the zone " + zone + " (do the file name and $ORIGIN match?)");
        }
        if (m.contains("SOA must be specified")) {
            return LocalizedText.of("ゾーンの頂点 " + zone + " に SOA レコードがちょうど 1 つ必要です",
                    "the zone needs exactly one SOA record at " + zone);
        }
        if (m.contains("no NS set specified")) {
            return LocalizedText.of("ゾーンの頂点 " + zone + " に NS レコードがありません", "the zone has no NS records at " + zone);
        }
        if (m.contains("SOA owner")) {
            return LocalizedText.of("SOA レコードの名前がゾーン " + zone + " と違います", "the SOA record is not at the zone's top " + zone);
        }
        return LocalizedText.of("ゾーンとして読み込めません（SOA と NS が必要です）: " + quoted(m),
                "cannot load the zone (it needs SOA and NS): " + quoted(m));
    }

    /** At most a line's worth of what the file said: a mistyped token can be a whole pasted key. */
    private static String quoted(String s) {
        return s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "…" : s;
    }
}
