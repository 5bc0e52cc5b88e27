package dev.mailbench.dns.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Zone files that once crashed a check or lost a batch (issue 19), built from the lab's sample zone so
 * everything but the one bad thing is healthy.
 */
public final class HostileZones {
    private HostileZones() {
    }

    /** The lab's sample-shoji.test zone for {@code domain}: 11 lines, line 11 is {@code www IN A 203.0.113.80}. */
    public static String healthy(String domain) {
        try {
            return Files.readString(TestZones.file("sample-shoji.test")).replace("sample-shoji.test", domain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TXT record at the apex of 300 strings of 250 bytes: 75,300 bytes of data, more than a DNS record can hold. */
    public static String txtOver64k(String domain) {
        StringBuilder line = new StringBuilder("@ IN TXT");
        for (int i = 0; i < 300; i++) {
            line.append(" \"").append(String.valueOf((char) ('a' + i % 26)).repeat(250)).append('"');
        }
        return healthy(domain) + line + "\n";
    }

    /** A DKIM key written as one 40,000-character string: the zone reader's quoted-string regex overflowed the stack. */
    public static String dkimOneLongString(String domain) {
        return healthy(domain).replaceAll("(?m)^default\\._domainkey.*$", "")
                + "default._domainkey IN TXT \"v=DKIM1; k=rsa; p=" + "A".repeat(40_000) + "\"\n";
    }

    /** A DMARC record whose fo= list has 10,000 entries, in 250-byte strings: the fo regex overflowed the stack. */
    public static String dmarcLongFo(String domain) {
        String value = "v=DMARC1; p=none; fo=1" + ":1".repeat(10_000);
        StringBuilder line = new StringBuilder("_dmarc IN TXT (");
        for (int i = 0; i < value.length(); i += 250) {
            line.append(" \"").append(value, i, Math.min(value.length(), i + 250)).append('"');
        }
        return healthy(domain).replaceAll("(?m)^_dmarc.*$", "") + line + " )\n";
    }

    /** TLS-RPT and MTA-STS records with 20,000-character values. */
    public static String longTlsRptAndMtaSts(String domain) {
        String rua = "v=TLSRPTv1; rua=" + "mailto:a@b.test,".repeat(1_250) + "https://x";
        String sts = "v=STSv1; id=" + "A".repeat(20_000);
        return healthy(domain) + "_smtp._tls IN TXT " + strings(rua) + "\n_mta-sts IN TXT " + strings(sts) + "\n";
    }

    /** {@code value} as quoted strings of at most 250 bytes. */
    public static String strings(String value) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < value.length(); i += 250) {
            out.append(" \"").append(value, i, Math.min(value.length(), i + 250)).append('"');
        }
        return out.append(" )").toString();
    }

    /** The healthy zone with line 11 using a record type that does not exist. */
    public static String unknownTypeOnLine11(String domain) {
        return healthy(domain).replace("www IN A 203.0.113.80", "www IN FOO 203.0.113.80");
    }

    /** The healthy zone with a directive that does not exist on line 2. */
    public static String badDirectiveOnLine2(String domain) {
        return healthy(domain).replace("$TTL 3600", "$TLL 3600");
    }

    /** The healthy zone with a Japanese comment on line 11, saved in Shift_JIS. */
    public static byte[] shiftJis(String domain) {
        return (healthy(domain).replace("www IN A 203.0.113.80", "www IN A 203.0.113.80 ; ウェブサーバー"))
                .getBytes(Charset.forName("Shift_JIS"));
    }

    public static Path write(Path dir, String domain, String text) {
        return write(dir, domain, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String domain, byte[] bytes) {
        try {
            Path file = dir.resolve(domain + ".zone");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
