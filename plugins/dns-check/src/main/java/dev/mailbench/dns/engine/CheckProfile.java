package dev.mailbench.dns.engine;

import dev.mailbench.api.provider.ProviderProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What the domain should look like: the mail provider's host and SPF include, the DKIM selectors to look
 * for, and hosts the customer no longer uses (their SPF terms are stale).
 *
 * @param mailHost     the provider's mail server, e.g. {@code sv1234.xserver.jp}; empty to skip the MX check
 * @param spfInclude   the provider's SPF include; empty to skip
 * @param spfTemplate  the provider's recommended SPF with {@code {domain}} (for a missing record)
 * @param formerHosts  host names (or domains) the customer has left
 */
public record CheckProfile(String providerName, String mailHost, String spfInclude, String spfTemplate,
                           List<String> dkimSelectors, List<String> formerHosts, String dmarcDefault) {
    public CheckProfile {
        providerName = providerName == null ? "" : providerName;
        mailHost = mailHost == null ? "" : mailHost.toLowerCase(Locale.ROOT);
        spfInclude = spfInclude == null ? "" : spfInclude.toLowerCase(Locale.ROOT);
        spfTemplate = spfTemplate == null ? "" : spfTemplate;
        dkimSelectors = List.copyOf(new LinkedHashSet<>(dkimSelectors == null ? List.of() : dkimSelectors));
        formerHosts = formerHosts == null ? List.of() : formerHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        dmarcDefault = dmarcDefault == null || dmarcDefault.isBlank() ? "v=DMARC1; p=none;" : dmarcDefault;
    }

    /** No provider expectations: only the generic checks and the {@code default} DKIM selector. */
    public static CheckProfile generic() {
        return new CheckProfile("", "", "", "", List.of("default"), List.of(), null);
    }

    /** From the project's provider profile; a mail host still holding "{serverId}" is unknown and skipped. */
    public static CheckProfile of(ProviderProfile p) {
        String host = p.mailHost() == null || p.mailHost().contains("{") || p.mailHost().startsWith(".") ? "" : p.mailHost();
        String template = p.spfTemplate() == null ? "" : host.isEmpty() ? "" : p.spfTemplate().replace("{mailHost}", host);
        return new CheckProfile(p.displayName(), host, p.spfInclude(), template, p.dkimSelectors(), List.of(), p.dmarcDefault());
    }

    public CheckProfile withExtraSelectors(List<String> selectors) {
        List<String> all = new ArrayList<>(dkimSelectors);
        all.addAll(selectors);
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, all, formerHosts, dmarcDefault);
    }

    public CheckProfile withFormerHosts(List<String> hosts) {
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, hosts, dmarcDefault);
    }

    public CheckProfile withMailHost(String host, String include) {
        String template = host.isEmpty() ? "" : "v=spf1 +a:" + host + " +a:{domain} +mx" + (include.isEmpty() ? "" : " include:" + include) + " ~all";
        return new CheckProfile(providerName, host, include, template, dkimSelectors, formerHosts, dmarcDefault);
    }

    public boolean isFormer(String host) {
        String h = SpfEvaluator.withoutFinalDot(host.toLowerCase(Locale.ROOT));
        return formerHosts.stream().anyMatch(f -> h.equals(f) || h.endsWith("." + f));
    }
}
