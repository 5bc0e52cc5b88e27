package dev.mailbench.migration.plan;

import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mail records the new host needs (from its provider profile: MX, SPF with the provider's include, the
 * DKIM selector, a DMARC starter) compared with the records published today.
 */
public final class NeededRecords {
    /** The DKIM key is issued in the provider's panel, so the plan can only say where to get it. */
    public static final String DKIM_PLACEHOLDER = "v=DKIM1; k=rsa; p=…";
    private static final java.util.regex.Pattern POLICY_NONE = java.util.regex.Pattern.compile("(^|;)\\s*p\\s*=\\s*none\\s*(;|$)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private NeededRecords() {
    }

    public static String mx(ProviderProfile profile, String domain) {
        String target = profile.mxDefault() == null || profile.mxDefault().isBlank() ? "{domain}" : profile.mxDefault();
        target = target.replace("{domain}", domain).replace("{mailHost}", profile.mailHost());
        return "10 " + (target.endsWith(".") ? target : target + ".");
    }

    /** What the switch changes for {@code domain}: MX, SPF, DKIM per selector, DMARC, in that order. */
    public static List<DnsChange> diff(ProviderProfile profile, String domain, List<RecordView> today) {
        String d = RecordDiff.name(domain);
        List<DnsChange> result = new ArrayList<>();
        var groups = RecordDiff.group(today);
        result.add(RecordDiff.compare("MX", d, "MX", side(groups, d, "MX", null), want(mx(profile, d))));
        result.add(RecordDiff.compare("SPF", d, "TXT", side(groups, d, "TXT", "v=spf1"), want(profile.spfFor(d))));
        for (String selector : profile.dkimSelectors()) {
            String name = selector + "._domainkey." + d;
            RecordDiff.Side now = side(groups, name, "TXT", "v=DKIM1");
            // any published key counts: the key itself comes from the panel and cannot be predicted
            boolean hasKey = !now.data.isEmpty();
            result.add(RecordDiff.compare("DKIM", name, "TXT", now, hasKey ? now : want(DKIM_PLACEHOLDER)));
        }
        String dmarc = profile.dmarcDefault() == null || profile.dmarcDefault().isBlank() ? "v=DMARC1; p=none;" : profile.dmarcDefault();
        RecordDiff.Side dmarcToday = side(groups, "_dmarc." + d, "TXT", "v=DMARC1");
        // a record that already only monitors (p=none, with its own report address) is kept; a stricter one is
        // relaxed to the starter while the mail moves, so a DKIM or SPF gap on the new host rejects nothing
        boolean monitoring = dmarcToday.data.size() == 1 && POLICY_NONE.matcher(dmarcToday.data.get(0)).find();
        result.add(RecordDiff.compare("DMARC", "_dmarc." + d, "TXT", dmarcToday, monitoring ? dmarcToday : want(dmarc)));
        return List.copyOf(result);
    }

    private static RecordDiff.Side want(String data) {
        return new RecordDiff.Side(List.of(data), -1, "");
    }

    private static RecordDiff.Side side(java.util.Map<String, RecordDiff.Side> groups, String name, String type, String prefix) {
        RecordDiff.Side s = groups.get(name + " " + type);
        if (s == null) {
            return new RecordDiff.Side();
        }
        List<String> data = prefix == null ? s.data : s.data.stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))).toList();
        return new RecordDiff.Side(data, s.ttl, s.problem);
    }
}
