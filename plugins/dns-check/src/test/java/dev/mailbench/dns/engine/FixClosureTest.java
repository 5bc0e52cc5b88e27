package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Type;

/**
 * The closure of the fixes, checked independently of the engine's own overlay re-check: for every zone of the
 * test lab (testlab/dns/zones, what NSD serves) and of this module's test zones, every domain in them with
 * findings is checked offline; then each proposed fix, with the fixes it requires, is written into a copy of
 * the zones as a consultant would publish it, and the domain is checked again. Each fix must clear what it
 * says it clears, add no warning or error, and never lower {@code -all} or DMARC {@code p=}/{@code sp=}/{@code np=}.
 * All fixes of a domain applied together must do the same. Run with three project set-ups: the lab's
 * provider with a report mailbox on another domain, no provider and no mailbox, and a mailbox on every domain.
 */
class FixClosureTest {
    private static final Map<String, int[]> COVERED = new LinkedHashMap<>();

    static Stream<Arguments> setUps() {
        Path lab = LabZones.labFolder();
        Path module = TestZones.folder();
        return Stream.of(
                Arguments.of("lab", lab, "provider and a mailbox elsewhere"),
                Arguments.of("lab", lab, "generic"),
                Arguments.of("lab", lab, "a mailbox on every domain"),
                Arguments.of("module", module, "provider and a mailbox elsewhere"),
                Arguments.of("module", module, "generic"),
                Arguments.of("module", module, "a mailbox on every domain"));
    }

    static Function<String, CheckProfile> profile(String setUp) {
        CheckProfile provider = TestZones.xserverTest().withFormerHosts(List.of("old-provider.test", "oldhost.test"))
                .withExtraSelectors(List.of("short", "revoked", "testing", "garbage"));
        return switch (setUp) {
            case "generic" -> d -> CheckProfile.generic();
            case "a mailbox on every domain" -> d -> provider.withMailboxes(List.of(mailbox("dmarc@" + d, MailboxRole.OTHER),
                    mailbox("taro@" + d, MailboxRole.PERSONAL)), "");
            default -> d -> provider.withMailboxes(List.of(mailbox("info@sample-shoji.test", MailboxRole.REPRESENTATIVE)), "");
        };
    }

    private static Mailbox mailbox(String address, MailboxRole role) {
        return new Mailbox(address, address, "", role, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} zones, {2}")
    @MethodSource("setUps")
    void everyFixClearsWhatItClaimsAddsNothingAndWeakensNoPolicy(String universe, Path folder, String setUp) throws Exception {
        LabZones zones = LabZones.load(folder);
        Function<String, CheckProfile> profiles = profile(setUp);
        SoftAssertions soft = new SoftAssertions();
        int domains = 0;
        int fixes = 0;
        for (String domain : zones.domains()) {
            CheckProfile profile = profiles.apply(domain);
            DomainReport before = zones.check(domain, profile);
            if (before.findings().stream().noneMatch(f -> f.severity() != DnsSeverity.OK && f.code() != FindingCode.SENDER_REQUIREMENTS)) {
                continue; // nothing to fix
            }
            domains++;
            Map<String, Fix> byId = new HashMap<>();
            before.fixes().forEach(f -> byId.put(f.id(), f));
            for (Fix fix : before.fixes()) {
                fixes++;
                String what = universe + " " + setUp + ": " + domain + " fix " + fix.id() + " (" + fix.after() + ")";
                soft.assertThat(fix.rechecked()).as(what + " was re-checked").isTrue();
                List<Fix> bundle = new ArrayList<>();
                bundle.add(fix);
                for (String id : fix.requires()) {
                    soft.assertThat(byId).as(what + " requires " + id).containsKey(id);
                    if (byId.containsKey(id)) {
                        bundle.add(byId.get(id));
                    }
                }
                LabZones copy = zones.copy();
                bundle.forEach(copy::apply);
                DomainReport after = copy.check(domain, profile);
                expectClosure(soft, what, before, after, fix.clears());
                for (Fix applied : bundle) {
                    expectNoWeakening(soft, what, zones, applied);
                }
            }
            if (before.fixes().size() > 1) {
                LabZones copy = zones.copy();
                before.fixes().forEach(copy::apply);
                List<DnsFinding> claimed = before.fixes().stream().flatMap(f -> f.clears().stream()).distinct().toList();
                expectClosure(soft, universe + " " + setUp + ": " + domain + " with all its fixes", before, copy.check(domain, profile), claimed);
            }
        }
        COVERED.put(universe + ", " + setUp, new int[] {domains, fixes});
        soft.assertAll();
        assertThat(domains).as("domains with findings").isGreaterThan(10);
        assertThat(fixes).as("fixes re-checked").isGreaterThan(10);
    }

    /** The closure checks themselves catch the fixes issue 21 found: a no-op, a lowered -all, a lowered p=. */
    @Test
    void theClosureChecksRejectTheBrokenFixesOfIssue21() throws Exception {
        LabZones zones = LabZones.load(LabZones.labFolder());
        CheckProfile profile = profile("provider and a mailbox elsewhere").apply("many-lookups.test");
        DomainReport before = zones.check("many-lookups.test", profile);
        DnsFinding lookups = before.findings().stream().filter(f -> f.code() == FindingCode.SPF_TOO_MANY_LOOKUPS).findFirst().orElseThrow();
        String published = zones.lookup(SpfEvaluator.name("many-lookups.test"), Type.TXT).txtJoined().get(0);
        Fix noOp = new Fix("spf", null, "many-lookups.test", "TXT", published, published, List.of(lookups), null, null, List.of());
        LabZones copy = zones.copy();
        copy.apply(noOp);
        SoftAssertions soft = new SoftAssertions();
        expectClosure(soft, "no-op", before, copy.check("many-lookups.test", profile), noOp.clears());
        assertThat(soft.errorsCollected()).as("a no-op fix is caught").isNotEmpty();

        SoftAssertions opened = new SoftAssertions();
        expectNoWeakening(opened, "opened", zones, new Fix("spf", null, "locked.test", "TXT", "v=spf1 -all",
                "v=spf1 include:spf.sender.xserver.test ~all"));
        assertThat(opened.errorsCollected()).as("a locked domain opened and -all lowered are caught").hasSize(2);

        SoftAssertions lowered = new SoftAssertions();
        expectNoWeakening(lowered, "lowered", zones, new Fix("dmarc", null, "_dmarc.locked.test", "TXT", "", "v=DMARC1; p=none"));
        assertThat(lowered.errorsCollected()).as("p, sp and np lowered are caught").hasSize(3);
    }

    @AfterAll
    static void report() throws Exception {
        StringBuilder sb = new StringBuilder();
        COVERED.forEach((k, v) -> sb.append(k).append(": ").append(v[0]).append(" domains with findings, ").append(v[1])
                .append(" fixes applied and re-checked\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fix-closure.txt"), sb.toString());
    }

    /** Every claimed finding gone; no warning or error that was not there before (by code and subject). */
    static void expectClosure(SoftAssertions soft, String what, DomainReport before, DomainReport after, List<DnsFinding> claimed) {
        for (DnsFinding f : claimed) {
            long was = before.findings().stream().filter(b -> same(b, f, before)).count();
            long still = after.findings().stream().filter(a -> same(a, f, before)).count();
            soft.assertThat(still).as(what + " clears " + f.code() + " " + f.subject() + " " + f.detail().en()).isLessThan(was);
        }
        Map<String, Integer> had = new HashMap<>();
        before.findings().forEach(b -> had.merge(b.code() + " " + b.subject(), 1, Integer::sum));
        for (DnsFinding a : after.findings()) {
            if (a.severity() == DnsSeverity.WARNING || a.severity() == DnsSeverity.ERROR) {
                int left = had.getOrDefault(a.code() + " " + a.subject(), 0);
                soft.assertThat(left).as(what + " adds " + a.code() + " " + a.subject() + " " + a.detail().en()).isPositive();
                had.put(a.code() + " " + a.subject(), left - 1);
            }
        }
    }

    /** Same code and subject; by detail too when the check found several of that code and subject. */
    private static boolean same(DnsFinding x, DnsFinding claimed, DomainReport before) {
        boolean several = before.findings().stream().filter(b -> b.code() == claimed.code() && b.subject().equals(claimed.subject())).count() > 1;
        return x.code() == claimed.code() && x.subject().equalsIgnoreCase(claimed.subject())
                && (!several || x.detail().en().equals(claimed.detail().en()));
    }

    /** -all stays -all; a locked v=spf1 -all stays as it is; DMARC p/sp/np never go down. */
    static void expectNoWeakening(SoftAssertions soft, String what, LabZones original, Fix fix) {
        List<String> published = original.lookup(SpfEvaluator.name(fix.name()), Type.TXT).txtJoined();
        String after = String.join("", LabZones.strings(fix.after()));
        if (SpfParser.isSpf(after)) {
            for (String p : published.stream().filter(SpfParser::isSpf).toList()) {
                if (allOf(p).equals("-all")) {
                    soft.assertThat(allOf(after)).as(what + ": -all of \"" + p + "\" kept").isEqualTo("-all");
                }
                soft.assertThat(p.trim().equalsIgnoreCase("v=spf1 -all")).as(what + ": locked \"" + p + "\" left alone").isFalse();
            }
        } else if (DmarcRecord.isDmarc(after)) {
            for (String p : published.stream().filter(DmarcRecord::isDmarc).toList()) {
                int[] was = strength(p);
                int[] now = strength(after);
                for (int i = 0; i < 3; i++) {
                    soft.assertThat(now[i]).as(what + ": DMARC " + List.of("p", "sp", "np").get(i) + " of \"" + p + "\" not lowered")
                            .isGreaterThanOrEqualTo(was[i]);
                }
            }
        }
    }

    private static String allOf(String spf) {
        for (String w : spf.toLowerCase(Locale.ROOT).split(" +")) {
            if (w.matches("[-~?+]?all")) {
                return w.startsWith("all") ? "+all" : w;
            }
        }
        return "";
    }

    /** p, sp (default p), np (default sp) as 0 none, 1 quarantine, 2 reject; invalid values count as none. */
    private static int[] strength(String dmarc) {
        Map<String, String> tags = new HashMap<>();
        for (String part : dmarc.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                tags.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        List<String> order = List.of("none", "quarantine", "reject");
        int p = Math.max(0, order.indexOf(tags.getOrDefault("p", "none")));
        int sp = tags.containsKey("sp") && order.contains(tags.get("sp")) ? order.indexOf(tags.get("sp")) : p;
        int np = tags.containsKey("np") && order.contains(tags.get("np")) ? order.indexOf(tags.get("np")) : sp;
        return new int[] {p, sp, np};
    }
}
