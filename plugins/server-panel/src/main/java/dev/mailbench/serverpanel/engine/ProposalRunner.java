package dev.mailbench.serverpanel.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Sends a proposal's plan the one way panel changes go: only after the consultant confirmed it, request by request with
 * an audit entry each (DNS requests through {@link DnsChangeRunner}), stopping at the first failure. The transport
 * retries 429 and 502 and never repeats a 409 or 422. A new mailbox gets a generated password, handed back once to be
 * shown for the customer and written nowhere (not in the audit, not in the undo).
 */
public final class ProposalRunner {
    /**
     * @param passwords the generated password of each mailbox created, to show once and then {@link #wipe}
     */
    public record Outcome(List<ProposalStep> applied, List<AuditEntry> audit, Map<String, char[]> passwords,
                          PanelException failure) {
        public boolean complete() {
            return failure == null;
        }

        /** The change set that undoes this run: inverses in reverse order. */
        public List<ProposalStep> undoPlan() {
            List<ProposalStep> out = new ArrayList<>();
            for (int i = applied.size() - 1; i >= 0; i--) {
                out.add(applied.get(i).inverse());
            }
            return out;
        }

        public void wipe() {
            passwords.values().forEach(p -> Arrays.fill(p, '\0'));
        }
    }

    private final XserverConnector connector;
    private final Clock clock;
    private final DnsChangeRunner dns;

    public ProposalRunner(XserverConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
        this.dns = new DnsChangeRunner(connector, clock);
    }

    public Outcome apply(List<ProposalStep> steps, boolean confirmed, BooleanSupplier cancelled) {
        if (!confirmed) {
            throw new IllegalStateException("a change plan is sent only after the consultant confirmed it");
        }
        List<ProposalStep> applied = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        Map<String, char[]> passwords = new LinkedHashMap<>();
        for (ProposalStep s : steps) {
            if (s.dns() != null) {
                DnsChangeRunner.Outcome one = dns.apply(List.of(s.dns()), true, cancelled);
                audit.addAll(one.audit());
                if (!one.complete()) {
                    return new Outcome(applied, audit, passwords, one.failure());
                }
                applied.add(new ProposalStep(one.applied().get(0), null, s.why()));
                continue;
            }
            try {
                send(s.mail(), passwords, cancelled);
                applied.add(s);
                audit.add(entry(s.mail(), "OK"));
            } catch (PanelException e) {
                audit.add(entry(s.mail(), e.failure() + (e.serverMessage().isEmpty() ? "" : ": " + e.serverMessage())
                        + (e.errors().isEmpty() ? "" : " " + e.errors())));
                return new Outcome(applied, audit, passwords, e);
            }
        }
        return new Outcome(applied, audit, passwords, null);
    }

    private void send(MailChange m, Map<String, char[]> passwords, BooleanSupplier cancelled) throws PanelException {
        switch (m.op()) {
            case CREATE -> {
                char[] password = MailboxCreation.generatePassword();
                try {
                    connector.createMail(m.address(), password, m.quotaMb(), "MailBench", cancelled);
                } catch (PanelException | RuntimeException e) {
                    Arrays.fill(password, '\0');
                    throw e;
                }
                passwords.put(m.address(), password);
            }
            case DELETE -> connector.deleteMail(m.address(), cancelled);
            case FORWARDING -> connector.setForwarding(m.address(), m.forwardAfter(), Boolean.TRUE.equals(m.keepAfter()),
                    cancelled);
        }
    }

    private AuditEntry entry(MailChange m, String result) {
        String what = switch (m.op()) {
            case CREATE -> "CREATE MAILBOX";
            case DELETE -> "DELETE MAILBOX";
            case FORWARDING -> "SET FORWARDING";
        };
        return new AuditEntry(clock.instant(), connector.servername(), what + " " + m.address(), m.before(), m.after(), result);
    }
}
