package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns another plugin's {@link ChangeProposal} into the panel's plan: each intended change compared with what the
 * panel holds now, so a change already true costs no request (a note says so), and every request carries its before and
 * after. Then the same checks as any DNS plan (TTL floor, NS in effect, records changed since) plus the domain
 * ownership record a new mailbox needs. Nothing is sent here.
 */
public final class ProposalPlanner {
    /** The checks against live DNS; a lookup that fails throws (a timeout is never "missing"). */
    public interface Checks {
        List<String> nameServers(String domain) throws Exception;

        MailboxCreation.Ownership ownership(String domain) throws PanelException;
    }

    /** The plan to show: requests, what needs none, and the reasons not to send it. */
    public record Plan(ChangeProposal proposal, List<ProposalStep> steps, List<LocalizedText> notes,
                       List<LocalizedText> refusals) {
        public Plan {
            steps = List.copyOf(steps);
            notes = List.copyOf(notes);
            refusals = List.copyOf(refusals);
        }

        public boolean sendable() {
            return !steps.isEmpty() && refusals.isEmpty();
        }
    }

    private final XserverConnector connector;
    private final Checks checks;
    private final BooleanSupplier cancelled;
    private final Map<String, List<DnsRecord>> records = new HashMap<>();
    private List<MailAccount> accounts;

    public ProposalPlanner(XserverConnector connector, Checks checks, BooleanSupplier cancelled) {
        this.connector = connector;
        this.checks = checks;
        this.cancelled = cancelled;
    }

    /** Live checks through the DNS checker's service; without it every check says it could not be made. */
    public static Checks liveChecks(XserverConnector connector, DnsCheckService dns, DnsCheckService.Target target,
                                    BooleanSupplier cancelled) {
        MailboxCreation creation = dns == null ? null : new MailboxCreation(connector, dns, target);
        return new Checks() {
            @Override
            public List<String> nameServers(String domain) throws Exception {
                if (dns == null) {
                    throw new IllegalStateException("DNS チェックのプラグインがありません / the DNS checker plugin is missing");
                }
                return new ServiceNsLookup(dns, target).nameServers(domain);
            }

            @Override
            public MailboxCreation.Ownership ownership(String domain) throws PanelException {
                if (creation == null) {
                    return new MailboxCreation.Ownership(domain, MailboxCreation.State.UNKNOWN, MailboxCreation.VERIFY_HOST
                            + "." + domain, "", null, null, LocalizedText.of(
                            "DNS チェックのプラグインがないため、ドメイン所有者の確認用レコードを確認できません。",
                            "The DNS checker plugin is missing, so the ownership record cannot be checked."));
                }
                return creation.checkOwnership(domain, cancelled);
            }
        };
    }

    public Plan plan(ChangeProposal proposal) throws PanelException {
        List<ProposalStep> steps = new ArrayList<>();
        List<LocalizedText> notes = new ArrayList<>();
        List<LocalizedText> refusals = new ArrayList<>();
        Set<String> creating = new LinkedHashSet<>();
        for (ProposedChange c : proposal.changes()) {
            switch (c.action()) {
                case SET_TTL -> ttl(c, steps, notes, refusals);
                case CREATE_MAILBOX -> mailbox(c, steps, notes, refusals, creating);
                case SET_FORWARDING -> forwarding(c, steps, notes, refusals, creating);
            }
        }
        refusals.addAll(check(steps));
        return new Plan(proposal, steps, notes, refusals);
    }

    /**
     * The reasons not to send {@code steps} now: the DNS plan's checks, the ownership record of each new mailbox's
     * domain, and forwarding changed in the panel since the steps were made (for an undo made earlier).
     */
    public List<LocalizedText> check(List<ProposalStep> steps) throws PanelException {
        List<LocalizedText> out = new ArrayList<>();
        List<DnsChange> dns = steps.stream().map(ProposalStep::dns).filter(Objects::nonNull).toList();
        if (!dns.isEmpty()) {
            List<String> providerNs = connector.serverInfo(cancelled).nameServers();
            out.addAll(DnsChangeRunner.check(dns, providerNs, checks::nameServers));
            for (String domain : new LinkedHashSet<>(dns.stream().map(DnsChange::domain).toList())) {
                out.addAll(DnsPlanning.stale(dns, connector.dnsRecords(domain, cancelled)));
            }
        }
        Set<String> verified = new LinkedHashSet<>();
        for (ProposalStep s : steps) {
            MailChange m = s.mail();
            if (m == null) {
                continue;
            }
            String domain = m.address().substring(m.address().lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            if (m.op() == MailChange.Op.CREATE && verified.add(domain)) {
                MailboxCreation.Ownership o = checks.ownership(domain);
                if (!o.verified()) {
                    out.add(LocalizedText.of(o.explanation().ja() + "（「メールアカウントの作成」タブか `panel mailbox create"
                                    + " --add-verify-record` で追加できます）",
                            o.explanation().en() + " (the New mail account tab or `panel mailbox create --add-verify-record`"
                                    + " adds it)"));
                }
            }
            if (m.op() == MailChange.Op.FORWARDING && existing(m.address()).isPresent()) {
                MailAccount now = connector.mailAccount(m.address(), cancelled);
                if (!sameForwarding(now, m.forwardBefore(), Boolean.TRUE.equals(m.keepBefore()))) {
                    out.add(LocalizedText.of(m.describe() + ": 転送設定が計画の後にパネルで変更されています（今: "
                                    + String.join(", ", now.forwardTo()) + "）。計画を作り直してください。",
                            m.describe() + ": the forwarding was changed in the panel after the plan was made (now: "
                                    + String.join(", ", now.forwardTo()) + "). Make the plan again."));
                }
            }
        }
        return out;
    }

    private void ttl(ProposedChange c, List<ProposalStep> steps, List<LocalizedText> notes, List<LocalizedText> refusals)
            throws PanelException {
        String what = c.domain() + " " + c.host() + " " + c.type() + (c.match() == null ? "" : " (" + c.match() + "…)");
        if (c.ttl() == null || c.ttl() < DnsChangeRunner.MIN_TTL) {
            refusals.add(LocalizedText.of(what + ": TTL " + c.ttl() + " 秒は設定できません。パネルの下限は "
                            + DnsChangeRunner.MIN_TTL + " 秒です。",
                    what + ": a TTL of " + c.ttl() + " s cannot be set; the panel's lowest is " + DnsChangeRunner.MIN_TTL + " s."));
            return;
        }
        List<DnsRecord> matching = records(c.domain()).stream()
                .filter(r -> r.host().equalsIgnoreCase(c.host()) && r.type().equalsIgnoreCase(c.type()))
                .filter(r -> c.match() == null || r.content().startsWith(c.match())).toList();
        if (matching.isEmpty()) {
            notes.add(LocalizedText.of(what + ": パネルにこのレコードがありません（送信しません）。",
                    what + ": the panel has no such record (nothing sent)."));
        }
        for (DnsRecord r : matching) {
            if (r.ttl() <= c.ttl()) {
                notes.add(LocalizedText.of(what + ": TTL は既に " + r.ttl() + " 秒です（送信しません）。",
                        what + ": the TTL is " + r.ttl() + " s already (nothing sent)."));
            } else {
                steps.add(ProposalStep.of(DnsChange.update(r, new DnsRecord(r.id(), r.domain(), r.host(), r.type(),
                        r.content(), c.ttl(), r.priority())), c.why()));
            }
        }
    }

    private void mailbox(ProposedChange c, List<ProposalStep> steps, List<LocalizedText> notes,
                         List<LocalizedText> refusals, Set<String> creating) throws PanelException {
        if (c.quotaMb() != null && (c.quotaMb() < 1 || c.quotaMb() > 50_000)) {
            refusals.add(LocalizedText.of(c.address() + ": 容量 " + c.quotaMb() + " MB は設定できません（1〜50,000 MB）。",
                    c.address() + ": a quota of " + c.quotaMb() + " MB cannot be set (1-50,000 MB)."));
            return;
        }
        Optional<MailAccount> there = existing(c.address());
        if (there.isPresent()) {
            notes.add(LocalizedText.of(c.address() + ": パネルに既にあります（容量 " + there.get().quotaMb() + " MB、作成しません）。",
                    c.address() + ": already on the panel (quota " + there.get().quotaMb() + " MB; not created)."));
            return;
        }
        if (creating.add(c.address().toLowerCase(Locale.ROOT))) {
            steps.add(ProposalStep.of(MailChange.create(c.address(), c.quotaMb()), c.why()));
        }
    }

    private void forwarding(ProposedChange c, List<ProposalStep> steps, List<LocalizedText> notes,
                            List<LocalizedText> refusals, Set<String> creating) throws PanelException {
        boolean keep = c.keepInMailbox() == null || c.keepInMailbox();
        List<String> before;
        boolean keepBefore;
        if (existing(c.address()).isPresent()) {
            MailAccount now = connector.mailAccount(c.address(), cancelled);
            before = now.forwardTo();
            keepBefore = now.keepInMailbox();
        } else if (creating.contains(c.address().toLowerCase(Locale.ROOT))) {
            before = List.of();
            keepBefore = true;
        } else {
            refusals.add(LocalizedText.of(c.address() + ": このメールアカウントはパネルになく、作成の予定もないため転送を設定できません。",
                    c.address() + ": the account is not on the panel and not planned, so its forwarding cannot be set."));
            return;
        }
        if (before.equals(c.forwardTo()) && (keepBefore == keep || c.forwardTo().isEmpty())) {
            notes.add(LocalizedText.of(c.address() + ": 転送設定は既にこのとおりです（送信しません）。",
                    c.address() + ": the forwarding is like this already (nothing sent)."));
            return;
        }
        steps.add(ProposalStep.of(MailChange.forwarding(c.address(), before, keepBefore, c.forwardTo(), keep), c.why()));
    }

    private List<DnsRecord> records(String domain) throws PanelException {
        List<DnsRecord> r = records.get(domain);
        if (r == null) {
            r = connector.dnsRecords(domain, cancelled);
            records.put(domain, r);
        }
        return r;
    }

    private Optional<MailAccount> existing(String address) throws PanelException {
        if (accounts == null) {
            accounts = connector.mailAccounts(cancelled);
        }
        return accounts.stream().filter(a -> a.address().equalsIgnoreCase(address)).findFirst();
    }

    private static boolean sameForwarding(MailAccount now, List<String> to, boolean keep) {
        return now.forwardTo().equals(to) && (to.isEmpty() || now.keepInMailbox() == keep);
    }
}
