package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/** MTA-STS discovery record (RFC 8461 3.1) and TLS-RPT record (RFC 8460 3). */
public final class MtaStsChecks {
    private MtaStsChecks() {
    }

    public static List<DnsFinding> check(String domain, Answer mtaSts, Answer tlsRpt) {
        List<DnsFinding> out = new ArrayList<>();
        String stsName = "_mta-sts." + domain;
        if (!mtaSts.state().isConclusive()) {
            out.add(DnsFinding.of(MTA_STS_UNCHECKED, stsName, DomainChecker.stateText(mtaSts), List.of()));
        } else {
            List<String> sts = mtaSts.txtJoined().stream().filter(t -> t.startsWith("v=STSv1")).toList();
            if (sts.isEmpty()) {
                out.add(DnsFinding.of(MTA_STS_ABSENT, stsName));
            } else if (sts.size() == 1 && validSts(sts.get(0))) {
                out.add(DnsFinding.of(MTA_STS_OK, stsName, null, sts));
            } else {
                out.add(DnsFinding.of(MTA_STS_INVALID, stsName, null, sts));
            }
        }
        String rptName = "_smtp._tls." + domain;
        if (!tlsRpt.state().isConclusive()) {
            out.add(DnsFinding.of(MTA_STS_UNCHECKED, rptName, DomainChecker.stateText(tlsRpt), List.of()));
        } else {
            List<String> rpt = tlsRpt.txtJoined().stream().filter(t -> t.startsWith("v=TLSRPTv1")).toList();
            if (rpt.isEmpty()) {
                out.add(DnsFinding.of(TLS_RPT_ABSENT, rptName));
            } else if (rpt.size() == 1 && validTlsRpt(rpt.get(0))) {
                out.add(DnsFinding.of(TLS_RPT_OK, rptName, null, rpt));
            } else {
                out.add(DnsFinding.of(TLS_RPT_INVALID, rptName, null, rpt));
            }
        }
        return out;
    }

    /**
     * When a discovery record is published: {@code mta-sts.<domain>} must resolve, the policy must be fetchable
     * over verified HTTPS and valid, and its mx patterns must cover every MX host (RFC 8461 3.2, 3.3, 4.1).
     */
    public static List<DnsFinding> policy(String domain, Answer mtaSts, Answer mx, DnsSource dns, MtaStsFetcher fetcher) {
        List<DnsFinding> out = new ArrayList<>();
        Name name = policyHost(domain, mtaSts);
        if (name == null) {
            return out;
        }
        String host = "mta-sts." + domain;
        var four = dns.query(name, Type.A);
        var six = dns.query(name, Type.AAAA);
        List<InetAddress> addresses = new ArrayList<>();
        four.join().records().forEach(r -> addresses.add(((ARecord) r).getAddress()));
        six.join().records().forEach(r -> addresses.add(((AAAARecord) r).getAddress()));
        if (addresses.isEmpty()) {
            Answer failed = !four.join().state().isConclusive() ? four.join() : !six.join().state().isConclusive() ? six.join() : null;
            if (failed != null) {
                out.add(DnsFinding.of(MTA_STS_POLICY_UNCHECKED, host, DomainChecker.stateText(failed), List.of()));
            } else {
                out.add(DnsFinding.of(MTA_STS_HOST_MISSING, host, LocalizedText.of(host + " A/AAAA: " + four.join().state(),
                        host + " A/AAAA: " + four.join().state()), mtaSts.presentation()));
            }
            return out;
        }
        MtaStsFetcher.Result fetched = fetcher.fetch(host, addresses);
        switch (fetched.outcome()) {
            case NOT_FETCHED -> out.add(DnsFinding.of(MTA_STS_POLICY_NOT_FETCHED, host, fetched.detail(), List.of()));
            case UNCHECKED -> out.add(DnsFinding.of(MTA_STS_POLICY_UNCHECKED, host, fetched.detail(), List.of()));
            case FAILED -> out.add(DnsFinding.of(MTA_STS_POLICY_FETCH_FAILED, host, fetched.detail(), List.of()));
            case FETCHED -> out.addAll(checkPolicy(host, fetched.body(), mx));
        }
        return out;
    }

    /**
     * {@code mta-sts.<domain>} when a discovery record is published; null without one, or when the name is longer
     * than a DNS name can be (nobody can fetch it, and the TXT name was checked already).
     */
    static Name policyHost(String domain, Answer mtaSts) {
        if (!mtaSts.state().isConclusive() || mtaSts.txtJoined().stream().noneMatch(t -> t.startsWith("v=STSv1"))) {
            return null;
        }
        return SpfEvaluator.name("mta-sts." + domain);
    }

    private static List<DnsFinding> checkPolicy(String host, String body, Answer mx) {
        List<DnsFinding> out = new ArrayList<>();
        List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        MtaStsPolicy policy = MtaStsPolicy.parse(body);
        if (!policy.valid()) {
            String ja = String.join("、", policy.problems().stream().map(MtaStsPolicy.Problem::ja).toList());
            String en = String.join("; ", policy.problems().stream().map(MtaStsPolicy.Problem::en).toList());
            out.add(DnsFinding.of(MTA_STS_POLICY_INVALID, host, LocalizedText.of(ja, en), lines));
            return out;
        }
        if (!policy.mode().equals("enforce")) {
            out.add(DnsFinding.of(MTA_STS_NOT_ENFORCED, host, LocalizedText.of("mode: " + policy.mode(), "mode: " + policy.mode()), lines));
        }
        if (!policy.mode().equals("none") && policy.maxAge() < MtaStsPolicy.MAX_AGE_SHORT) {
            out.add(DnsFinding.of(MTA_STS_MAX_AGE_SHORT, host, LocalizedText.of("max_age: " + policy.maxAge() + " 秒",
                    "max_age: " + policy.maxAge() + " s"), lines));
        }
        boolean covered = true;
        if (!policy.mode().equals("none") && mx.state().isConclusive()) {
            for (var r : mx.records()) {
                Name target = ((MXRecord) r).getTarget();
                if (!target.equals(Name.root) && !policy.covers(target.toString(true))) {
                    covered = false;
                    out.add(DnsFinding.of(MTA_STS_MX_NOT_COVERED, target.toString(true), LocalizedText.of(
                            "MX " + target.toString(true) + " に一致する mx がありません（mode: " + policy.mode() + "）",
                            "no mx pattern matches MX " + target.toString(true) + " (mode: " + policy.mode() + ")"), lines));
                }
            }
        }
        if (covered) {
            out.add(DnsFinding.of(MTA_STS_POLICY_OK, host, LocalizedText.of("mode: " + policy.mode() + ", max_age: " + policy.maxAge(),
                    "mode: " + policy.mode() + ", max_age: " + policy.maxAge()), lines));
        }
        return out;
    }

    static boolean validSts(String record) {
        TagList tags = TagList.parse(record);
        return tags.ok() && "v".equals(tags.firstTag()) && "STSv1".equals(tags.tags().get("v"))
                && tags.tags().getOrDefault("id", "").matches("[A-Za-z0-9]{1,32}");
    }

    static boolean validTlsRpt(String record) {
        TagList tags = TagList.parse(record);
        if (!tags.ok() || !"v".equals(tags.firstTag()) || !"TLSRPTv1".equals(tags.tags().get("v"))) {
            return false;
        }
        String rua = tags.tags().getOrDefault("rua", "");
        if (rua.isBlank()) {
            return false;
        }
        for (String uri : rua.split(",")) {
            String u = uri.strip();
            if (!(u.matches("(?i)mailto:[^@\\s]+@[^@\\s]+") || u.matches("(?i)https://\\S+"))) {
                return false;
            }
        }
        return true;
    }
}
