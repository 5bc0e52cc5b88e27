package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import java.util.ArrayList;
import java.util.List;

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
