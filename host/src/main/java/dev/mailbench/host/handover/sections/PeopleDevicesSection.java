package dev.mailbench.host.handover.sections;

import dev.mailbench.host.handover.HandoverText;

import static dev.mailbench.host.handover.HandoverText.*;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.KeyValueBlock.Entry;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * People, devices and one setup sheet per device: the server values come from the resolved provider
 * profile. The login secret is never part of the model, and the sheet says so instead of leaving a gap.
 */
final class PeopleDevicesSection implements HandoverContributor {
    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        Project p = context.project();
        if (p.people().isEmpty() && p.devices().isEmpty()) {
            return Optional.empty();
        }
        List<HandoverBlock> blocks = new ArrayList<>();
        if (!p.people().isEmpty()) {
            blocks.add(new TableBlock(PEOPLE.get(l),
                    List.of(NAME.get(l), DEPARTMENT.get(l), EMAIL.get(l), NOTES.get(l)),
                    p.people().stream().map(x -> List.of(x.name(), x.department(), x.email(), x.notes())).toList()));
        }
        if (!p.devices().isEmpty()) {
            blocks.add(new TableBlock(DEVICES.get(l),
                    List.of(DEVICE.get(l), USER.get(l), CLIENT.get(l), MAILBOXES.get(l), NOTES.get(l)),
                    p.devices().stream().map(d -> deviceRow(d, p, l)).toList()));
            for (Device d : p.devices()) {
                blocks.add(setupSheet(d, p, context.provider(), l));
            }
            blocks.add(new ChecklistBlock(DEVICE_CHECKS.get(l), p.devices().stream()
                    .map(d -> MailboxesSection.item("host.device." + d.id() + ".setup",
                            CHECK_DEVICE.format(l, d.name(), d.client().label().get(l))))
                    .toList()));
        }
        return Optional.of(new HandoverSection("host.devices", PEOPLE_DEVICES.get(l), HostSections.DEVICES_ORDER,
                PEOPLE_DEVICES_INTRO.get(l), blocks));
    }

    private static List<String> deviceRow(Device d, Project p, Locale l) {
        String mailboxes = d.mailboxes().stream()
                .map(u -> p.mailbox(u.mailboxId()).map(Mailbox::address).orElse(u.mailboxId())
                        + (isEnglish(l) ? " (" : "（") + u.role().label().get(l) + (isEnglish(l) ? ")" : "）"))
                .collect(Collectors.joining("\n"));
        return List.of(d.name(), personName(d, p), d.client().label().get(l), mailboxes, d.notes());
    }

    private static String personName(Device d, Project p) {
        return p.person(d.personId()).map(Person::name).orElse("");
    }

    private static KeyValueBlock setupSheet(Device d, Project p, ProviderProfile provider, Locale l) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(USER.get(l), personName(d, p)));
        entries.add(new Entry(CLIENT.get(l), d.client().label().get(l)));
        String host = ServerText.mailHost(provider);
        for (MailboxUse use : d.mailboxes()) {
            Optional<Mailbox> found = p.mailbox(use.mailboxId());
            if (found.isEmpty()) {
                continue;
            }
            Mailbox m = found.get();
            entries.add(new Entry(MAIL_ADDRESS.get(l), m.address()
                    + (isEnglish(l) ? " (" : "（") + use.role().label().get(l) + (isEnglish(l) ? ")" : "）")));
            if (m.protocol() == MailProtocol.FORWARD_ONLY) {
                entries.add(new Entry(NOTE.get(l), FORWARD_ONLY_NOTE.get(l)));
                continue;
            }
            Endpoint incoming = provider == null ? null : m.protocol().isPop() ? provider.pop() : provider.imap();
            entries.add(new Entry(PROTOCOL.get(l), m.protocol().label().get(l)));
            if (m.protocol() == MailProtocol.UNDECIDED) {
                entries.add(new Entry(NOTE.get(l), UNDECIDED_NOTE.get(l)));
            }
            entries.add(new Entry(USER_NAME.get(l), provider == null ? m.address() : provider.usernameFor(m.address())));
            entries.add(new Entry(SECRET_NOT_PRINTED.get(l), SECRET_NOT_PRINTED_VALUE.get(l)));
            entries.add(new Entry(INCOMING_SERVER.get(l), host));
            entries.add(new Entry(INCOMING_PORT.get(l), ServerText.port(incoming)));
            entries.add(new Entry(INCOMING_ENCRYPTION.get(l),
                    incoming == null ? "" : ServerText.encryption(incoming.encryption(), l)));
            Endpoint outgoing = provider == null ? null : provider.smtpSsl();
            entries.add(new Entry(OUTGOING_SERVER.get(l), host));
            entries.add(new Entry(OUTGOING_PORT.get(l), ServerText.port(outgoing)));
            entries.add(new Entry(OUTGOING_ENCRYPTION.get(l),
                    outgoing == null ? "" : ServerText.encryption(outgoing.encryption(), l)));
            if (provider != null && provider.smtpStarttls() != null) {
                entries.add(new Entry(OUTGOING_ALTERNATIVE.get(l), ServerText.pair(provider.smtpStarttls(), l)));
            }
            entries.add(new Entry(SMTP_AUTH.get(l), SMTP_AUTH_VALUE.get(l)));
        }
        clientNote(d.client(), l).ifPresent(n -> entries.add(new Entry(NOTE.get(l), n)));
        if (!d.notes().isBlank()) {
            entries.add(new Entry(NOTES.get(l), d.notes()));
        }
        // A Japanese device name means little to an English reader on its own: say which app it is.
        boolean needsContext = HandoverText.isEnglish(l) && !d.name().chars().allMatch(c -> c < 0x2E80);
        String name = needsContext ? d.name() + " (" + d.client().label().get(l) + ")" : d.name();
        return new KeyValueBlock(SETUP_SHEET.format(l, name), entries);
    }

    private static Optional<String> clientNote(ClientKind client, Locale l) {
        return Optional.ofNullable(switch (client) {
            case NEW_OUTLOOK -> DEVICE_NOTE_NEW_OUTLOOK.get(l);
            case OUTLOOK_CLASSIC, OUTLOOK_2021 -> DEVICE_NOTE_OUTLOOK.get(l);
            case IPHONE, MAC_MAIL -> DEVICE_NOTE_APPLE.get(l);
            case GMAIL_APP -> DEVICE_NOTE_GMAIL.get(l);
            default -> null;
        });
    }
}
