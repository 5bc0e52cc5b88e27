package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses an SPF record by the ABNF of RFC 7208 section 12. Never throws: bad input comes back as a
 * {@link Result} with the 1-based position of the first error.
 */
public final class SpfParser {
    private static final Pattern MODIFIER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final Pattern CIDR4 = Pattern.compile("/(\\d{1,2})");
    private static final Pattern DUAL_CIDR = Pattern.compile("(/(\\d{1,2}))?(//(\\d{1,3}))?");
    private static final Pattern IP4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern MACRO_EXPAND = Pattern.compile("%\\{[slodiphcrtvSLODIPHCRTV]\\d*[rR]?[.\\-+,/_=]*\\}|%%|%_|%-");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");

    public record SyntaxError(int position, LocalizedText message) {
    }

    /** Either {@code terms} (error null) or {@code error}. */
    public record Result(List<SpfTerm> terms, SyntaxError error) {
        public boolean ok() {
            return error == null;
        }
    }

    private SpfParser() {
    }

    /** True when this TXT value is an SPF record at all (RFC 7208 4.5: "v=spf1" then space or end). */
    public static boolean isSpf(String txt) {
        return txt.length() >= 6 && txt.substring(0, 6).equalsIgnoreCase("v=spf1")
                && (txt.length() == 6 || txt.charAt(6) == ' ');
    }

    public static Result parse(String record) {
        try {
            return doParse(record);
        } catch (RuntimeException unexpected) {
            return new Result(List.of(), new SyntaxError(1, LocalizedText.of(
                    "解析できません: " + unexpected.getClass().getSimpleName(), "cannot parse: " + unexpected.getClass().getSimpleName())));
        }
    }

    private static Result doParse(String record) {
        if (record == null || !isSpf(record)) {
            return error(1, "v=spf1 で始まっていません", "does not start with v=spf1");
        }
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return error(i + 1, "使えない文字 (U+%04X) があります".formatted((int) c), "invalid character (U+%04X)".formatted((int) c));
            }
        }
        List<SpfTerm> terms = new ArrayList<>();
        int i = 6;
        boolean redirect = false;
        boolean exp = false;
        while (i < record.length()) {
            if (record.charAt(i) != ' ') {
                return error(i + 1, "項目の間には空白が必要です", "terms must be separated by spaces");
            }
            while (i < record.length() && record.charAt(i) == ' ') {
                i++;
            }
            if (i >= record.length()) {
                break;
            }
            int start = i;
            while (i < record.length() && record.charAt(i) != ' ') {
                i++;
            }
            String text = record.substring(start, i);
            Object parsed = parseTerm(text, start + 1);
            if (parsed instanceof SyntaxError e) {
                return new Result(List.of(), e);
            }
            SpfTerm term = (SpfTerm) parsed;
            if (term.isModifier() && term.name().equals("redirect")) {
                if (redirect) {
                    return error(start + 1, "redirect が 2 回あります", "redirect appears twice");
                }
                redirect = true;
            }
            if (term.isModifier() && term.name().equals("exp")) {
                if (exp) {
                    return error(start + 1, "exp が 2 回あります", "exp appears twice");
                }
                exp = true;
            }
            terms.add(term);
        }
        return new Result(List.copyOf(terms), null);
    }

    private static Object parseTerm(String text, int position) {
        int eq = text.indexOf('=');
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        boolean modifier = eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash);
        if (modifier) {
            String name = text.substring(0, eq);
            if (!MODIFIER_NAME.matcher(name).matches()) {
                return syntax(position, "修飾子の名前が正しくありません: " + name, "invalid modifier name: " + name);
            }
            String value = text.substring(eq + 1);
            String lower = name.toLowerCase(Locale.ROOT);
            SyntaxError bad = (lower.equals("redirect") || lower.equals("exp"))
                    ? checkDomainSpec(value, position + eq + 1) : checkMacroString(value, position + eq + 1);
            if (bad != null) {
                return bad;
            }
            return new SpfTerm((char) 0, lower, value, position, text);
        }
        char qualifier = '+';
        int nameStart = 0;
        if (!text.isEmpty() && "+-~?".indexOf(text.charAt(0)) >= 0) {
            qualifier = text.charAt(0);
            nameStart = 1;
        }
        int end = nameStart;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String name = text.substring(nameStart, end).toLowerCase(Locale.ROOT);
        String rest = text.substring(end);
        int restPos = position + end;
        switch (name) {
            case "all" -> {
                if (!rest.isEmpty()) {
                    return syntax(restPos, "all の後ろに余分な文字があります", "unexpected text after all");
                }
                return new SpfTerm(qualifier, name, null, position, text);
            }
            case "include", "exists" -> {
                if (!rest.startsWith(":")) {
                    return syntax(restPos, name + " には :ドメイン が必要です", name + " needs :domain");
                }
                SyntaxError e = checkDomainSpec(rest.substring(1), restPos + 1);
                return e != null ? e : new SpfTerm(qualifier, name, rest.substring(1), position, text);
            }
            case "a", "mx" -> {
                String domain = null;
                String cidr = rest;
                if (rest.startsWith(":")) {
                    int cut = rest.indexOf('/');
                    domain = cut < 0 ? rest.substring(1) : rest.substring(1, cut);
                    cidr = cut < 0 ? "" : rest.substring(cut);
                    SyntaxError e = checkDomainSpec(domain, restPos + 1);
                    if (e != null) {
                        return e;
                    }
                }
                var m = DUAL_CIDR.matcher(cidr);
                if (!m.matches() || (m.group(2) != null && Integer.parseInt(m.group(2)) > 32)
                        || (m.group(4) != null && Integer.parseInt(m.group(4)) > 128)) {
                    return syntax(restPos + rest.length() - cidr.length(), "プレフィックス長が正しくありません", "invalid prefix length");
                }
                return new SpfTerm(qualifier, name, domain, position, text);
            }
            case "ptr" -> {
                if (rest.isEmpty()) {
                    return new SpfTerm(qualifier, name, null, position, text);
                }
                if (!rest.startsWith(":")) {
                    return syntax(restPos, "ptr の書き方が正しくありません", "malformed ptr");
                }
                SyntaxError e = checkDomainSpec(rest.substring(1), restPos + 1);
                return e != null ? e : new SpfTerm(qualifier, name, rest.substring(1), position, text);
            }
            case "ip4" -> {
                if (!rest.startsWith(":")) {
                    return syntax(restPos, "ip4 には :アドレス が必要です", "ip4 needs :address");
                }
                String net = rest.substring(1);
                int cut = net.indexOf('/');
                String addr = cut < 0 ? net : net.substring(0, cut);
                var m = IP4.matcher(addr);
                if (!m.matches() || !octetsOk(m)) {
                    return syntax(restPos + 1, "IPv4 アドレスが正しくありません: " + addr, "invalid IPv4 address: " + addr);
                }
                if (cut >= 0) {
                    var c = CIDR4.matcher(net.substring(cut));
                    if (!c.matches() || Integer.parseInt(c.group(1)) > 32) {
                        return syntax(restPos + 1 + cut, "プレフィックス長が正しくありません", "invalid prefix length");
                    }
                }
                return new SpfTerm(qualifier, name, net, position, text);
            }
            case "ip6" -> {
                if (!rest.startsWith(":")) {
                    return syntax(restPos, "ip6 には :アドレス が必要です", "ip6 needs :address");
                }
                String net = rest.substring(1);
                int cut = net.indexOf('/');
                String addr = cut < 0 ? net : net.substring(0, cut);
                if (!isIp6(addr)) {
                    return syntax(restPos + 1, "IPv6 アドレスが正しくありません: " + addr, "invalid IPv6 address: " + addr);
                }
                if (cut >= 0) {
                    String len = net.substring(cut + 1);
                    if (!len.matches("\\d{1,3}") || Integer.parseInt(len) > 128) {
                        return syntax(restPos + 1 + cut, "プレフィックス長が正しくありません", "invalid prefix length");
                    }
                }
                return new SpfTerm(qualifier, name, net, position, text);
            }
            default -> {
                return syntax(position, "不明な項目です: " + text, "unknown mechanism: " + text);
            }
        }
    }

    private static boolean octetsOk(java.util.regex.Matcher m) {
        for (int g = 1; g <= 4; g++) {
            String o = m.group(g);
            if (Integer.parseInt(o) > 255 || (o.length() > 1 && o.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIp6(String addr) {
        if (!addr.matches("[0-9A-Fa-f:.]+") || !addr.contains(":")) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(addr) instanceof java.net.Inet6Address
                    || addr.startsWith("::ffff:");
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** domain-spec = macro-string domain-end; without macros a plain host name with a proper top label. */
    private static SyntaxError checkDomainSpec(String spec, int position) {
        if (spec.isEmpty()) {
            return syntax(position, "ドメイン名がありません", "missing domain name");
        }
        SyntaxError e = checkMacroString(spec, position);
        if (e != null) {
            return e;
        }
        if (spec.contains("%")) {
            return null;
        }
        String name = spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
        if (name.getBytes(StandardCharsets.US_ASCII).length > 253) {
            return syntax(position, "ドメイン名が長すぎます", "domain name too long");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return syntax(position, "ドメイン名にはドットが必要です: " + spec, "domain needs a dot: " + spec);
        }
        int offset = 0;
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || !LABEL.matcher(label).matches()) {
                return syntax(position + offset, "ドメイン名の形が正しくありません: " + spec, "malformed domain name: " + spec);
            }
            offset += label.length() + 1;
        }
        String top = labels[labels.length - 1];
        if (top.chars().noneMatch(Character::isLetter)) {
            return syntax(position + offset - top.length() - 1, "トップレベルが数字だけです: " + spec, "numeric top-level label: " + spec);
        }
        return null;
    }

    private static SyntaxError checkMacroString(String value, int position) {
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%') {
                var m = MACRO_EXPAND.matcher(value);
                m.region(i, value.length());
                if (!m.lookingAt()) {
                    return syntax(position + i, "マクロの書き方が正しくありません", "malformed macro");
                }
                i = m.end();
            } else {
                i++;
            }
        }
        return null;
    }

    private static Result error(int position, String ja, String en) {
        return new Result(List.of(), syntax(position, ja, en));
    }

    private static SyntaxError syntax(int position, String ja, String en) {
        return new SyntaxError(position, LocalizedText.of("位置 " + position + ": " + ja, "position " + position + ": " + en));
    }
}
