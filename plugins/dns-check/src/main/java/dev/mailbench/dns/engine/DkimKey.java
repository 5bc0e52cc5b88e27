package dev.mailbench.dns.engine;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A DKIM key record (RFC 6376 3.6.1, RFC 8463 for ed25519), parsed without throwing.
 *
 * @param keyType "rsa", "ed25519" or what the record says
 * @param bits    key size in bits; 0 when unknown
 * @param problem the first syntax problem, or null
 */
public record DkimKey(String keyType, boolean revoked, boolean testing, int bits, Problem problem, String problemText) {

    public enum Problem { SYNTAX, KEY_INVALID, UNKNOWN_TYPE }

    private static final TextParseCache<DkimKey> PARSED = new TextParseCache<>(DkimKey::parseUncached);

    /** Never throws; a key text seen before (the same key published for many domains) is not decoded again. */
    public static DkimKey parse(String record) {
        return PARSED.parse(record);
    }

    private static DkimKey parseUncached(String record) {
        try {
            return doParse(record);
        } catch (RuntimeException e) {
            return new DkimKey("", false, false, 0, Problem.SYNTAX, e.getClass().getSimpleName());
        }
    }

    private static DkimKey doParse(String record) {
        TagList tags = TagList.parse(record);
        if (!tags.ok()) {
            return new DkimKey("", false, false, 0, Problem.SYNTAX, tags.error());
        }
        String v = tags.tags().get("v");
        if (v != null && (!v.equals("DKIM1") || !"v".equals(tags.firstTag()))) {
            return new DkimKey("", false, false, 0, Problem.SYNTAX, "v= must be DKIM1 and come first");
        }
        String p = tags.tags().get("p");
        if (p == null) {
            return new DkimKey("", false, false, 0, Problem.SYNTAX, "no p= tag");
        }
        String k = tags.tags().getOrDefault("k", "rsa").toLowerCase(Locale.ROOT);
        boolean testing = List.of(tags.tags().getOrDefault("t", "").split(":")).stream()
                .map(String::strip).anyMatch("y"::equalsIgnoreCase);
        String key = withoutWhitespace(p);
        if (key.isEmpty()) {
            return new DkimKey(k, true, testing, 0, null, null);
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            return new DkimKey(k, false, testing, 0, Problem.KEY_INVALID, "p= is not base64");
        }
        return switch (k) {
            case "rsa" -> rsa(der, testing);
            case "ed25519" -> der.length == 32 ? new DkimKey(k, false, testing, 256, null, null)
                    : new DkimKey(k, false, testing, 0, Problem.KEY_INVALID, "ed25519 key must be 32 bytes");
            default -> new DkimKey(k, false, testing, 0, Problem.UNKNOWN_TYPE, "k=" + k);
        };
    }

    private static DkimKey rsa(byte[] der, boolean testing) {
        try {
            RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return new DkimKey("rsa", false, testing, pub.getModulus().bitLength(), null, null);
        } catch (Exception notSpki) {
            // Some operators publish a bare PKCS#1 RSAPublicKey; verifiers reject it, but say how big it is.
            BigInteger modulus = Pkcs1.modulus(der);
            return new DkimKey("rsa", false, testing, modulus == null ? 0 : modulus.bitLength(), Problem.KEY_INVALID,
                    "not a SubjectPublicKeyInfo RSA key");
        }
    }

    /** Minimal reader of a PKCS#1 RSAPublicKey SEQUENCE { INTEGER n, INTEGER e }. */
    private static final class Pkcs1 {
        static BigInteger modulus(byte[] der) {
            try {
                int[] pos = {0};
                if (der[pos[0]++] != 0x30) {
                    return null;
                }
                length(der, pos);
                if (der[pos[0]++] != 0x02) {
                    return null;
                }
                int len = length(der, pos);
                byte[] n = java.util.Arrays.copyOfRange(der, pos[0], pos[0] + len);
                return new BigInteger(1, n);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static int length(byte[] der, int[] pos) {
            int b = der[pos[0]++] & 0xff;
            if (b < 0x80) {
                return b;
            }
            int n = b & 0x7f;
            int len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (der[pos[0]++] & 0xff);
            }
            return len;
        }
    }

    /** {@code text} without the characters regex {@code \s} matches; a regex replace here was a bulk check's hotspot. */
    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
