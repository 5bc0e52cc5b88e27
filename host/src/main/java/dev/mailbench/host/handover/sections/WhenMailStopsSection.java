package dev.mailbench.host.handover.sections;

import static dev.mailbench.host.handover.HandoverText.*;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.KeyValueBlock.Entry;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.provider.ProviderProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quick-check order for a customer on their own: webmail login, then the account details letter by
 * letter, then the port/encryption pairs (domain notes §9), followed by the usual suspects.
 */
final class WhenMailStopsSection implements HandoverContributor {
    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        ProviderProfile provider = context.provider();
        String host = ServerText.mailHost(provider);
        String example = context.project().mailboxes().stream()
                .filter(m -> m.protocol() != MailProtocol.FORWARD_ONLY)
                .map(Mailbox::address).findFirst().orElse("info@example.jp");
        String username = provider == null ? example : provider.usernameFor(example);
        Consultant c = context.project().consultant();
        String who = (c.company() + " " + c.name()).trim();
        List<String> steps = new ArrayList<>();
        steps.add(STEP_WEBMAIL.get(l));
        steps.add(STEP_ACCOUNT.format(l, username, host));
        if (provider != null) {
            steps.add(STEP_PORTS.format(l, ServerText.pair(provider.imap(), l), ServerText.pair(provider.pop(), l),
                    ServerText.pair(provider.smtpSsl(), l), ServerText.pair(provider.smtpStarttls(), l)));
        }
        steps.add(STEP_QUOTA.get(l));
        steps.add(STEP_ABROAD.get(l));
        steps.add(STEP_CONTACT.format(l, who.isEmpty() ? NONE.get(l) : who));
        KeyValueBlock contact = new KeyValueBlock(CONTACT.get(l), List.of(
                new Entry(CONSULTANT.get(l), who),
                new Entry(PHONE.get(l), c.phone()),
                new Entry(EMAIL.get(l), c.email())));
        ChecklistBlock together = new ChecklistBlock(QUICK_CHECKLIST.get(l), List.of(
                MailboxesSection.item("host.stops.webmail-login", CHECK_WEBMAIL_LOGIN.get(l)),
                MailboxesSection.item("host.stops.settings-location", CHECK_SETTINGS_LOCATION.get(l)),
                MailboxesSection.item("host.stops.contact-shared", CHECK_CONTACT_SHARED.get(l))));
        return Optional.of(new HandoverSection("host.when-mail-stops", WHEN_MAIL_STOPS.get(l),
                HostSections.WHEN_MAIL_STOPS_ORDER, WHEN_MAIL_STOPS_INTRO.get(l),
                List.of(new TextBlock(QUICK_CHECK_ORDER.get(l), steps, true), contact, together)));
    }
}
