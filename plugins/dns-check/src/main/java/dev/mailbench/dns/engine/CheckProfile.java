package dev.mailbench.dns.engine;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the domain should look like: the mail provider's host and SPF include, the DKIM selectors to look
 * for, hosts the customer no longer uses (their SPF terms are stale), and the project's mailboxes (where
 * DMARC reports can go).
 *
 * @param mailHost      the provider's mail server, e.g. {@code sv1234.xserver.jp}; empty to skip the MX check
 * @param spfInclude    the provider's SPF include; empty to skip
 * @param spfTemplate   the provider's recommended SPF with {@code {domain}} (for a missing record)
 * @param formerHosts   host names (or domains) the customer has left
 * @param mailboxes     the project's mailboxes: a DMARC report address is chosen among them
 * @param reportAddress the address the consultant chose for DMARC reports; empty to choose from the mailboxes
 * @param migration     whether the project plans a move, and when the switch is (TTL advice)
 */
public record CheckProfile(String providerName, String mailHost, String spfInclude, String spfTemplate,
                           List<String> dkimSelectors, List<String> formerHosts, String dmarcDefault,
                           List<Mailbox> mailboxes, String reportAddress, Migration migration) {
    /**
     * A move the project plans: its migration section has an old host or a cutover time.
     *
     * @param cutover the planned start of the switch (Japan time), null when not set
     */
    public record Migration(boolean planned, java.time.LocalDateTime cutover) {
        public static final Migration NONE = new Migration(false, null);
    }

    /** The plugin section of the project ({@code plugins.dns-check}). */
    public static final String SECTION = "dns-check";
    /**
     * The migration planner's section: its {@code oldHost} names the host the customer is leaving. Read as the
     * plain data the project file holds; no plugin imports another.
     */
    static final String MIGRATION_SECTION = "migration";

    public CheckProfile {
        providerName = providerName == null ? "" : providerName;
        mailHost = mailHost == null ? "" : mailHost.toLowerCase(Locale.ROOT);
        spfInclude = spfInclude == null ? "" : spfInclude.toLowerCase(Locale.ROOT);
        spfTemplate = spfTemplate == null ? "" : spfTemplate;
        dkimSelectors = List.copyOf(new LinkedHashSet<>(dkimSelectors == null ? List.of() : dkimSelectors));
        formerHosts = formerHosts == null ? List.of() : formerHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        dmarcDefault = dmarcDefault == null || dmarcDefault.isBlank() ? "v=DMARC1; p=none;" : dmarcDefault;
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        reportAddress = reportAddress == null ? "" : reportAddress.strip();
        migration = migration == null ? Migration.NONE : migration;
    }

    public CheckProfile(String providerName, String mailHost, String spfInclude, String spfTemplate, List<String> dkimSelectors,
                        List<String> formerHosts, String dmarcDefault, List<Mailbox> mailboxes, String reportAddress) {
        this(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, formerHosts, dmarcDefault, mailboxes, reportAddress,
                Migration.NONE);
    }

    public CheckProfile(String providerName, String mailHost, String spfInclude, String spfTemplate,
                        List<String> dkimSelectors, List<String> formerHosts, String dmarcDefault) {
        this(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, formerHosts, dmarcDefault, List.of(), "");
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

    /**
     * Everything the project tells the check: its provider ({@code null} when unknown), its mailboxes, and from
     * the plugin section the former hosts, extra selectors and chosen report address; the migration plan's old
     * host counts as a former host.
     */
    public static CheckProfile forProject(ProviderProfile provider, Project project) {
        CheckProfile profile = provider == null ? generic() : of(provider);
        Map<?, ?> section = project.plugins().get(SECTION) instanceof Map<?, ?> m ? m : Map.of();
        List<String> former = new ArrayList<>();
        if (section.get("formerHosts") instanceof List<?> l) {
            l.forEach(h -> former.add(String.valueOf(h)));
        }
        List<String> domains = project.domains().stream().map(d -> d.name().strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
        if (project.plugins().get(MIGRATION_SECTION) instanceof Map<?, ?> migration && migration.get("oldHost") instanceof Map<?, ?> old) {
            for (Object host : List.of(String.valueOf(old.get("imapHost")), String.valueOf(old.get("smtpHost")))) {
                profile.formerFromOldHost(String.valueOf(host), domains).ifPresent(former::add);
            }
        }
        profile = profile.withFormerHosts(former.stream().distinct().toList());
        if (section.get("selectors") instanceof List<?> l) {
            profile = profile.withExtraSelectors(l.stream().map(String::valueOf).toList());
        }
        String chosen = section.get("reportAddress") instanceof String s ? s : "";
        return profile.withMailboxes(project.mailboxes(), chosen).withMigration(migration(project));
    }

    /**
     * What of the old host's name marks its SPF terms stale: the host's organisation (its name without the first
     * label, e.g. {@code mx.old-provider.test} → {@code old-provider.test}), or the host alone when that would also
     * cover the provider's own names; nothing for a host under one of the project's domains.
     */
    java.util.Optional<String> formerFromOldHost(String host, List<String> projectDomains) {
        String h = SpfEvaluator.withoutFinalDot(host == null ? "" : host.strip().toLowerCase(Locale.ROOT));
        if (h.isEmpty() || h.equals("null") || !h.contains(".") || projectDomains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d))) {
            return java.util.Optional.empty();
        }
        String[] labels = h.split("\\.");
        String organisation = labels.length >= 3 ? h.substring(h.indexOf('.') + 1) : h;
        boolean coversProvider = java.util.stream.Stream.of(spfInclude, mailHost).filter(s -> !s.isEmpty())
                .anyMatch(s -> s.equals(organisation) || s.endsWith("." + organisation));
        boolean coversProject = projectDomains.stream().anyMatch(d -> d.equals(organisation) || d.endsWith("." + organisation));
        return java.util.Optional.of(coversProvider || coversProject ? h : organisation);
    }

    public CheckProfile withExtraSelectors(List<String> selectors) {
        List<String> all = new ArrayList<>(dkimSelectors);
        all.addAll(selectors);
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, all, formerHosts, dmarcDefault, mailboxes, reportAddress, migration);
    }

    public CheckProfile withFormerHosts(List<String> hosts) {
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, hosts, dmarcDefault, mailboxes, reportAddress, migration);
    }

    public CheckProfile withMailHost(String host, String include) {
        String template = host.isEmpty() ? "" : "v=spf1 +a:" + host + " +a:{domain} +mx" + (include.isEmpty() ? "" : " include:" + include) + " ~all";
        return new CheckProfile(providerName, host, include, template, dkimSelectors, formerHosts, dmarcDefault, mailboxes, reportAddress, migration);
    }

    /** @param chosen the consultant's choice of DMARC report address; empty to choose among {@code boxes} */
    public CheckProfile withMailboxes(List<Mailbox> boxes, String chosen) {
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, formerHosts, dmarcDefault, boxes, chosen, migration);
    }

    public CheckProfile withMigration(Migration value) {
        return new CheckProfile(providerName, mailHost, spfInclude, spfTemplate, dkimSelectors, formerHosts, dmarcDefault, mailboxes,
                reportAddress, value);
    }

    /** The migration planner's section as plain data: a move is planned once it names an old host or a cutover. */
    static Migration migration(Project project) {
        if (!(project.plugins().get(MIGRATION_SECTION) instanceof Map<?, ?> m)) {
            return Migration.NONE;
        }
        java.time.LocalDateTime cutover = null;
        if (m.get("cutover") instanceof String text && !text.isBlank()) {
            try {
                cutover = java.time.LocalDateTime.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                cutover = null; // the planner shows the unreadable date; the advice then gives the lead time alone
            }
        }
        boolean oldHost = m.get("oldHost") instanceof Map<?, ?> old && old.values().stream()
                .anyMatch(v -> v != null && !String.valueOf(v).isBlank());
        return cutover != null || oldHost ? new Migration(true, cutover) : Migration.NONE;
    }

    public boolean isFormer(String host) {
        String h = SpfEvaluator.withoutFinalDot(host.toLowerCase(Locale.ROOT));
        return formerHosts.stream().anyMatch(f -> h.equals(f) || h.endsWith("." + f));
    }
}
