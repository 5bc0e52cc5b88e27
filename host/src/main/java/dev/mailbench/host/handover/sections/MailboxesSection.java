package dev.mailbench.host.handover.sections;

import static dev.mailbench.host.handover.HandoverText.*;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.DocumentFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Domains, the mailbox list (address, role, protocol, quota, forwarding, auto-reply) and their checks. */
final class MailboxesSection implements HandoverContributor {
    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        Project p = context.project();
        if (p.domains().isEmpty() && p.mailboxes().isEmpty()) {
            return Optional.empty();
        }
        List<HandoverBlock> blocks = new ArrayList<>();
        if (!p.domains().isEmpty()) {
            blocks.add(new TableBlock(DOMAINS.get(l),
                    List.of(DOMAIN.get(l), DNS_OPERATOR.get(l), WEB_HOST.get(l), REGISTRAR.get(l), NOTES.get(l)),
                    p.domains().stream().map(MailboxesSection::domainRow).toList()));
        }
        if (!p.mailboxes().isEmpty()) {
            blocks.add(new TableBlock(MAILBOXES.get(l),
                    List.of(MAIL_ADDRESS.get(l), DISPLAY_NAME.get(l), ROLE.get(l), PROTOCOL.get(l), QUOTA.get(l)),
                    p.mailboxes().stream().map(m -> mailboxRow(m, l)).toList()));
            // Forwarding and auto-reply apart: two address columns side by side left the others no room.
            List<List<String>> forwards = p.mailboxes().stream()
                    .filter(m -> !m.forwardTo().isEmpty() || m.autoReply().enabled())
                    .map(m -> List.of(m.address(), m.forwardTo().isEmpty() ? NONE.get(l) : String.join("\n", m.forwardTo()),
                            m.autoReply().enabled() ? YES.get(l) : NO.get(l)))
                    .toList();
            if (!forwards.isEmpty()) {
                blocks.add(new TableBlock(FORWARDING_BLOCK.get(l),
                        List.of(MAIL_ADDRESS.get(l), FORWARDING.get(l), AUTO_REPLY.get(l)), forwards));
            }
            List<List<String>> replies = p.mailboxes().stream().filter(m -> m.autoReply().enabled())
                    .map(m -> List.of(m.address(), m.autoReply().subject(), m.autoReply().body(), period(m.autoReply(), l)))
                    .toList();
            if (!replies.isEmpty()) {
                blocks.add(new TableBlock(AUTO_REPLIES.get(l),
                        List.of(MAIL_ADDRESS.get(l), SUBJECT.get(l), BODY.get(l), PERIOD.get(l)), replies));
            }
            blocks.add(new ChecklistBlock(MAILBOX_CHECKS.get(l), checks(p, l)));
        }
        return Optional.of(new HandoverSection("host.mailboxes", DOMAINS_MAILBOXES.get(l),
                HostSections.MAILBOXES_ORDER, DOMAINS_MAILBOXES_INTRO.get(l), blocks));
    }

    private static List<String> domainRow(Domain d) {
        return List.of(d.name(), d.dnsOperator(), d.webHost(), d.registrar(), d.notes());
    }

    private static List<String> mailboxRow(Mailbox m, Locale l) {
        return List.of(m.address(), m.displayName(), m.role().label().get(l), m.protocol().label().get(l),
                quota(m, l));
    }

    private static String quota(Mailbox m, Locale l) {
        return m.quotaMb() == null ? NONE.get(l) : String.format(Locale.ROOT, "%,d MB", m.quotaMb());
    }

    private static String period(AutoReply r, Locale l) {
        if (r.from() == null && r.until() == null) {
            return NONE.get(l);
        }
        return DocumentFields.formatDate(r.from(), l) + " ～ " + DocumentFields.formatDate(r.until(), l);
    }

    private static List<ChecklistItem> checks(Project p, Locale l) {
        List<ChecklistItem> items = new ArrayList<>();
        for (Mailbox m : p.mailboxes()) {
            String base = "host.mailbox." + m.id();
            if (m.protocol() != MailProtocol.FORWARD_ONLY) {
                items.add(item(base + ".send-receive", CHECK_SEND_RECEIVE.format(l, m.address())));
            }
            if (!m.forwardTo().isEmpty()) {
                items.add(item(base + ".forward", CHECK_FORWARD.format(l, m.address(), String.join(", ", m.forwardTo()))));
            }
            if (m.autoReply().enabled()) {
                items.add(item(base + ".auto-reply", CHECK_AUTO_REPLY.format(l, m.address())));
            }
            if (m.quotaMb() != null) {
                items.add(item(base + ".quota", CHECK_QUOTA.format(l, m.address(), quota(m, l))));
            }
        }
        return items;
    }

    static ChecklistItem item(String id, String text) {
        return new ChecklistItem(id, text, null, "", null, "");
    }
}
