package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and mutated records: parsers answer with their typed results, never an exception. */
class ParserFuzzTest {
    private static final int ROUNDS = 4000;
    private static final String ALPHABET = "v=spf1DKIMARC;:/.%{}+-~?!@ _aipmxeclude0123456789\"\\\t\u00e9日";
    private static final List<String> SEEDS = List.of(
            "v=spf1 +a:sv1234.xserver.test +a:sample-shoji.test +mx include:spf.sender.xserver.test ~all",
            "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a:%{d}.x.test/24//64 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf.x.test",
            "v=DKIM1; k=rsa; t=y:s; h=sha256; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzfDb2ievrlj3zuZloFxc",
            "v=DMARC1; p=quarantine; sp=none; np=reject; adkim=s; aspf=r; fo=1:d; rua=mailto:a@x.test,mailto:b@y.test!10m; psd=n; t=y");

    private static String mutate(Random random, String seed) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int op = random.nextInt(4);
            int pos = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (op) {
                case 0 -> sb.insert(pos, c);
                case 1 -> { if (sb.length() > 0) sb.deleteCharAt(pos); }
                case 2 -> { if (sb.length() > 0) sb.setCharAt(pos, c); }
                default -> sb.insert(pos, sb.substring(pos, Math.min(sb.length(), pos + random.nextInt(20))));
            }
        }
        return sb.toString();
    }

    private static String random(Random random) {
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "v=spf1 " : "v=DMARC1; ");
        int n = random.nextInt(80);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void spfParserReturnsTermsOrAPositionedError() {
        Random random = new Random(7208);
        for (int i = 0; i < ROUNDS; i++) {
            String input = i % 2 == 0 ? mutate(random, SEEDS.get(random.nextInt(2))) : random(random);
            assertThatCode(() -> {
                SpfParser.Result r = SpfParser.parse(input);
                if (!r.ok()) {
                    assertThat(r.error().position()).isBetween(1, input.length() + 1);
                    assertThat(r.error().message().ja()).isNotBlank();
                }
            }).as(input).doesNotThrowAnyException();
        }
    }

    @Test
    void dkimAndDmarcParsersNeverThrow() {
        Random random = new Random(6376);
        for (int i = 0; i < ROUNDS; i++) {
            String dkim = i % 2 == 0 ? mutate(random, SEEDS.get(2)) : random(random);
            String dmarc = i % 2 == 0 ? mutate(random, SEEDS.get(3)) : random(random);
            assertThatCode(() -> {
                DkimKey k = DkimKey.parse(dkim);
                assertThat(k.problem() == null || k.problemText() != null).isTrue();
                DmarcRecord d = DmarcRecord.parse(dmarc);
                d.problems().forEach(p -> assertThat(p.code().group()).isEqualTo(RecordGroup.DMARC));
            }).as(dkim + " | " + dmarc).doesNotThrowAnyException();
        }
    }

    @Test
    void mtaStsAndTlsRptValidatorsAnswerTrueOrFalse() {
        Random random = new Random(8461);
        String sts = "v=STSv1; id=20261129T0000";
        String rpt = "v=TLSRPTv1; rua=mailto:tls@x.test,https://report.x.test/tls";
        for (int i = 0; i < ROUNDS; i++) {
            String a = i % 2 == 0 ? mutate(random, sts) : random(random);
            String b = i % 2 == 0 ? mutate(random, rpt) : random(random);
            assertThatCode(() -> {
                MtaStsChecks.validSts(a);
                MtaStsChecks.validTlsRpt(b);
            }).as(a + " | " + b).doesNotThrowAnyException();
        }
    }

    /**
     * A piece of each record repeated to some 60 KB, the most one DNS record holds (issue 19: the fo= list and
     * a long quoted DKIM key overflowed the stack of recursive regexes). Every parser takes it in linear time.
     */
    @Test
    void hugeRepeatsInEveryRecordKindParseQuickly() {
        Random random = new Random(19);
        List<String> seeds = new java.util.ArrayList<>(SEEDS);
        seeds.add("v=STSv1; id=20261129T0000");
        seeds.add("v=TLSRPTv1; rua=mailto:tls@x.test,https://report.x.test/tls");
        seeds.add("v=DMARC1; p=none; fo=1" + ":1".repeat(10_000));
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            String seed = seeds.get(i % seeds.size());
            int at = random.nextInt(seed.length());
            String piece = seed.substring(at, Math.min(seed.length(), at + 1 + random.nextInt(12)));
            String input = seed.substring(0, at) + piece.repeat(60_000 / piece.length()) + seed.substring(at);
            assertThatCode(() -> {
                SpfParser.parse(input);
                DkimKey.parse(input);
                DmarcRecord.parse(input);
                DmarcRecord.isDmarc(input);
                MtaStsChecks.validSts(input);
                MtaStsChecks.validTlsRpt(input);
            }).as("seed 19, round %d: %s… (%d chars)", i, input.substring(0, Math.min(80, input.length())), input.length())
                    .doesNotThrowAnyException();
        }
        assertThat((System.nanoTime() - started) / 1e9).as("seconds for 200 records of 60 KB").isLessThan(20);
    }

    @Test
    void wholeCheckOnMutatedRecordsGivesFindingsNotExceptions() {
        Random random = new Random(9989);
        for (int i = 0; i < 300; i++) {
            String spf = mutate(random, SEEDS.get(random.nextInt(2)));
            String dkim = mutate(random, SEEDS.get(2));
            String dmarc = mutate(random, SEEDS.get(3));
            assertThatCode(() -> {
                DomainReport r = FindingCodeTest.check(d -> {
                    d.remove("x.test", "TXT").remove("default._domainkey.x.test", "TXT").remove("_dmarc.x.test", "TXT");
                    d.add(FindingCodeTest.txt("x.test", spf.replace("\"", "").replace("\\", "")));
                    d.add(FindingCodeTest.txt("default._domainkey.x.test", dkim.replace("\"", "").replace("\\", "")));
                    d.add(FindingCodeTest.txt("_dmarc.x.test", dmarc.replace("\"", "").replace("\\", "")));
                });
                assertThat(r.findings()).isNotEmpty();
            }).as(spf).doesNotThrowAnyException();
        }
    }
}
