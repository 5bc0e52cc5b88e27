package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Input that crashed a check or lost the batch (issue 19): each now gives a report with findings. */
class HostileZoneTest {
    @TempDir
    Path dir;

    private static List<DomainReport> offline(Map<String, Path> zones) throws Exception {
        return CheckRunner.run(new CheckRunner.Request(List.copyOf(zones.keySet()), ResolverSettings.system(), zones, true,
                TestZones.xserverTest(), 4), (d, t, n) -> { });
    }

    private DomainReport offline(String domain, String zone) throws Exception {
        return offline(Map.of(domain, HostileZones.write(dir, domain, zone))).get(0);
    }

    private static List<String> codes(DomainReport r) {
        return r.findings().stream().map(f -> f.code().name()).toList();
    }

    private static DnsFinding finding(DomainReport r, String code) {
        return r.findings().stream().filter(f -> f.code().name().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError(code + " not in " + codes(r)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(DomainReport r) {
        return (Map<String, Object>) ReportMaps.domain(r, Locale.ENGLISH).get("error");
    }

    @Test
    void txtRecordOver64KilobytesIsReportedAsTooLongNotACrash() throws Exception {
        DomainReport r = offline("big.test", HostileZones.txtOver64k("big.test"));
        DnsFinding tooLong = finding(r, "RECORD_TOO_LONG");
        assertThat(tooLong.subject()).isEqualTo("big.test");
        assertThat(tooLong.detail().en()).contains("75,300 bytes").contains("65,535");
        assertThat(tooLong.detail().ja()).contains("75,300 バイト").contains("65,535");
        assertThat(codes(r)).contains("NS_OK", "DKIM_OK", "DMARC_OK").doesNotContain("CHECK_FAILED");
    }

    @Test
    void dkimKeyAsOneLongStringDoesNotOverflowTheStack() throws Exception {
        DomainReport r = offline("longkey.test", HostileZones.dkimOneLongString("longkey.test"));
        assertThat(codes(r)).contains("DKIM_KEY_INVALID", "NS_OK").doesNotContain("CHECK_FAILED");
    }

    @Test
    void dmarcWithTenThousandFailureOptionsDoesNotOverflowTheStack() throws Exception {
        DomainReport r = offline("fo.test", HostileZones.dmarcLongFo("fo.test"));
        assertThat(codes(r)).contains("DMARC_POLICY_NONE", "NS_OK").doesNotContain("CHECK_FAILED", "DMARC_BAD_VALUE");
    }

    @Test
    void longTlsRptAndMtaStsValuesAreCheckedInLinearTime() throws Exception {
        DomainReport r = offline("rpt.test", HostileZones.longTlsRptAndMtaSts("rpt.test"));
        assertThat(codes(r)).contains("TLS_RPT_OK", "MTA_STS_INVALID").doesNotContain("CHECK_FAILED");
    }

    @Test
    void parsersSurviveHugeInputOnASmallStack() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                assertThat(DmarcRecord.parse("v=DMARC1; p=none; fo=1" + ":1".repeat(50_000)).problems()).isEmpty();
                assertThat(DmarcRecord.isDmarc("v=DMARC1;" + " ; x=y".repeat(50_000))).isTrue();
                assertThat(DkimKey.parse("v=DKIM1; p=" + "A".repeat(200_000)).problem()).isNotNull();
                assertThat(MtaStsChecks.validTlsRpt("v=TLSRPTv1; rua=" + "mailto:a@b.test,".repeat(20_000) + "https://x")).isTrue();
                assertThat(MtaStsChecks.validSts("v=STSv1; id=" + "a".repeat(100_000))).isFalse();
                assertThat(SpfParser.parse("v=spf1 " + "a:%{d}.x.test ".repeat(20_000) + "~all").ok()).isTrue();
                assertThatCode(() -> DomainChecker.normalise("a.".repeat(100_000) + "test")).isInstanceOf(IllegalArgumentException.class);
            } catch (Throwable t) {
                failures.add(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(failures).isEmpty();
    }

    @Test
    void oneUnreadableZoneDoesNotLoseTheOtherNine() throws Exception {
        Map<String, Path> zones = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            String domain = "d" + i + ".test";
            zones.put(domain, HostileZones.write(dir, domain, i == 6 ? HostileZones.unknownTypeOnLine11(domain) : HostileZones.healthy(domain)));
        }
        List<DomainReport> reports = offline(zones);
        assertThat(reports).hasSize(10);
        for (DomainReport r : reports) {
            if (r.domain().equals("d6.test")) {
                assertThat(codes(r)).containsExactly("ZONE_FILE_UNREADABLE");
                DnsFinding f = r.findings().get(0);
                assertThat(f.detail().en()).contains("d6.test.zone").contains("line 11").contains("unknown record type FOO")
                        .doesNotContain("<none>");
                assertThat(f.detail().ja()).contains("d6.test.zone").contains("11 行目").contains("FOO");
                assertThat(error(r)).containsEntry("line", 11).containsEntry("code", "ZONE_FILE_UNREADABLE");
                assertThat(ReportMaps.domain(r, Locale.ENGLISH)).containsEntry("status", "INPUT_ERROR");
            } else {
                assertThat(codes(r)).contains("NS_OK", "DKIM_OK");
                assertThat(ReportMaps.domain(r, Locale.ENGLISH)).containsEntry("status", "CHECKED");
            }
        }
        // The history keeps the nine: an unread zone must not read as "every record removed" next time.
        Object saved = ((List<?>) RunHistory.append(Map.of(), reports, java.time.Instant.now()).get("runs")).get(0);
        assertThat((List<?>) ((Map<?, ?>) saved).get("domains")).hasSize(9)
                .noneMatch(d -> "d6.test".equals(((Map<?, ?>) d).get("domain")));
    }

    @Test
    void shiftJisFileIsNamedAsNotUtf8WithItsLine() throws Exception {
        DomainReport r = offline(Map.of("sj.test", HostileZones.write(dir, "sj.test", HostileZones.shiftJis("sj.test")))).get(0);
        DnsFinding f = finding(r, "ZONE_FILE_UNREADABLE");
        assertThat(f.detail().en()).contains("sj.test.zone").contains("line 11").contains("not UTF-8").contains("Shift_JIS?")
                .doesNotContain("Input length");
        assertThat(f.detail().ja()).contains("UTF-8 ではありません").contains("11 行目");
    }

    @Test
    void badDirectiveAndMissingFileAreReportedInPlainWords() throws Exception {
        Map<String, Path> zones = new LinkedHashMap<>();
        zones.put("dir.test", HostileZones.write(dir, "dir.test", HostileZones.badDirectiveOnLine2("dir.test")));
        zones.put("gone.test", dir.resolve("gone.test.zone"));
        zones.put("ok.test", HostileZones.write(dir, "ok.test", HostileZones.healthy("ok.test")));
        List<DomainReport> reports = offline(zones);
        assertThat(finding(reports.get(0), "ZONE_FILE_UNREADABLE").detail().en()).contains("line 2").contains("unknown directive $TLL");
        assertThat(finding(reports.get(1), "ZONE_FILE_UNREADABLE").detail().en()).contains("gone.test.zone").contains("not found");
        assertThat(finding(reports.get(1), "ZONE_FILE_UNREADABLE").detail().ja()).contains("見つかりません");
        assertThat(codes(reports.get(2))).contains("NS_OK");
        // Never "missing": an unread zone says nothing about its records.
        assertThat(codes(reports.get(0))).noneMatch(c -> c.endsWith("_MISSING"));
    }

    @Test
    void includesAreRefusedWithTheirLineInsteadOfReadFromTheWorkingFolder() throws Exception {
        Path self = dir.resolve("inc.test.zone");
        DomainReport r = offline(Map.of("inc.test", HostileZones.write(dir, "inc.test",
                HostileZones.healthy("inc.test") + "$INCLUDE " + self.toAbsolutePath() + "\n"))).get(0);
        assertThat(finding(r, "ZONE_FILE_UNREADABLE").detail().en()).contains("line 12").contains("$INCLUDE");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeGenerateRangeIsCappedWithAMessage() throws Exception {
        DomainReport r = offline("gen.test", HostileZones.healthy("gen.test") + "$GENERATE 0-4000000000 h$ A 192.0.2.1\n");
        assertThat(finding(r, "ZONE_FILE_UNREADABLE").detail().en()).contains("too many records").contains("50,000");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void wideAndDeepSpfIncludeTreesFinishQuickly() throws Exception {
        StringBuilder zone = new StringBuilder(HostileZones.healthy("tree.test").replaceAll("(?m)^@ IN TXT.*$", ""));
        zone.append("@ IN TXT \"v=spf1").append(" include:n0.tree.test".repeat(8)).append(" ~all\"\n");
        for (int i = 0; i < 40; i++) {
            zone.append("n").append(i).append(" IN TXT \"v=spf1").append((" include:n" + (i + 1) + ".tree.test").repeat(8))
                    .append(" ~all\"\n");
        }
        long started = System.nanoTime();
        DomainReport r = offline("tree.test", zone.toString());
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(5);
        assertThat(codes(r)).contains("SPF_TOO_MANY_LOOKUPS");
    }
}
