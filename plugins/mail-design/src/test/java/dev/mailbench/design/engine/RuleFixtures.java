package dev.mailbench.design.engine;

import static dev.mailbench.api.model.ClientKind.GMAIL_APP;
import static dev.mailbench.api.model.ClientKind.IPHONE;
import static dev.mailbench.api.model.ClientKind.MAC_MAIL;
import static dev.mailbench.api.model.ClientKind.NEW_OUTLOOK;
import static dev.mailbench.api.model.ClientKind.OUTLOOK_CLASSIC;
import static dev.mailbench.api.model.DeviceRole.KEEPER;
import static dev.mailbench.api.model.DeviceRole.VIEWER;
import static dev.mailbench.design.testing.PanelSnapshots.box;
import static dev.mailbench.design.testing.PanelSnapshots.deleting;
import static dev.mailbench.design.testing.PanelSnapshots.facts;
import static dev.mailbench.design.testing.PanelSnapshots.toSpam;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.design.testing.Scenario;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** For every rule id: a scenario the rule must recognise, and a healthy neighbour it must leave alone. */
final class RuleFixtures {
    record Pair(Supplier<Scenario> firing, Supplier<Scenario> healthy) {
    }

    static Scenario threeReaders(MailProtocol protocol) {
        return Scenario.noDevices().role(MailboxRole.REPRESENTATIVE).protocol(protocol)
                .device("d-a", "p-a", OUTLOOK_CLASSIC, KEEPER)
                .device("d-b", "p-b", OUTLOOK_CLASSIC, VIEWER)
                .device("d-c", "p-c", IPHONE, VIEWER);
    }

    static Scenario oneReaderTwoDevices(MailProtocol protocol) {
        return Scenario.noDevices().protocol(protocol)
                .device("d-mac", "p-a", MAC_MAIL, KEEPER)
                .device("d-phone", "p-a", IPHONE, VIEWER);
    }

    static final Map<String, Pair> FIXTURES = Map.ofEntries(
            Map.entry("D-FORM-FORWARD", new Pair(
                    () -> Scenario.noDevices().role(MailboxRole.FORM).protocol(MailProtocol.FORWARD_ONLY),
                    Scenario::healthy)),
            Map.entry("D-SHARED-IMAP", new Pair(
                    () -> threeReaders(MailProtocol.IMAP),
                    Scenario::healthy)),
            Map.entry("D-POP-SINGLE-BACKUP", new Pair(
                    () -> Scenario.healthy().protocol(MailProtocol.POP_DELETE).backup(BackupKind.DEVICE_BACKUP).shared(false),
                    () -> Scenario.healthy().protocol(MailProtocol.POP_DELETE).backup(BackupKind.NONE))),
            Map.entry("D-IMAP-DEFAULT", new Pair(
                    Scenario::healthy,
                    () -> Scenario.healthy().proposing(MailProtocol.POP_KEEP_COPY))),
            Map.entry("D-POP-LEAVE-COPY", new Pair(
                    () -> oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY).proposing(MailProtocol.POP_KEEP_COPY),
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP))),
            Map.entry("D-QUOTA-SIZING", new Pair(
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP),
                    Scenario::healthy)),
            Map.entry("D-IMAP-CAPACITY", new Pair(
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP),
                    () -> Scenario.healthy().proposing(MailProtocol.POP_KEEP_COPY))),
            Map.entry("D-KEEPER-DEVICE", new Pair(
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP),
                    () -> Scenario.noDevices().role(MailboxRole.FORM).proposing(MailProtocol.FORWARD_ONLY))),
            Map.entry("D-SHARED-FORWARD", new Pair(
                    () -> threeReaders(MailProtocol.IMAP).proposing(MailProtocol.IMAP),
                    () -> oneReaderTwoDevices(MailProtocol.IMAP).proposing(MailProtocol.IMAP))),
            Map.entry("D-FORWARD-TARGET", new Pair(
                    () -> Scenario.noDevices().role(MailboxRole.FORM).proposing(MailProtocol.FORWARD_ONLY),
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP))),
            Map.entry("D-RECRUIT-AUTOREPLY", new Pair(
                    () -> Scenario.healthy().role(MailboxRole.RECRUIT),
                    Scenario::healthy)),
            Map.entry("C-POP-MANY-READERS", new Pair(
                    () -> threeReaders(MailProtocol.POP_KEEP_COPY),
                    () -> threeReaders(MailProtocol.IMAP))),
            Map.entry("C-POP-DELETE-NO-BACKUP", new Pair(
                    () -> Scenario.healthy().protocol(MailProtocol.POP_DELETE).backup(BackupKind.NONE),
                    () -> Scenario.healthy().protocol(MailProtocol.POP_DELETE).backup(BackupKind.DEVICE_BACKUP))),
            Map.entry("C-POP-DELETE-MULTI-DEVICE", new Pair(
                    () -> oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY).deviceProtocol("d-mac", MailProtocol.POP_DELETE),
                    () -> oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY))),
            Map.entry("C-POP-STATE-NOT-SHARED", new Pair(
                    () -> oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY),
                    () -> oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY).shared(false))),
            Map.entry("C-MIXED-PROTOCOLS", new Pair(
                    () -> oneReaderTwoDevices(MailProtocol.IMAP).deviceProtocol("d-mac", MailProtocol.POP_KEEP_COPY),
                    () -> oneReaderTwoDevices(MailProtocol.IMAP))),
            Map.entry("C-IMAP-NO-CAPACITY-PLAN", new Pair(
                    () -> Scenario.healthy().backup(BackupKind.NONE).volume(40, 150, 1500),
                    () -> Scenario.healthy().backup(BackupKind.NONE))),
            Map.entry("C-FORWARD-ONLY-READ", new Pair(
                    () -> Scenario.healthy().role(MailboxRole.FORM).protocol(MailProtocol.FORWARD_ONLY),
                    () -> Scenario.noDevices().role(MailboxRole.FORM).protocol(MailProtocol.FORWARD_ONLY).forwardTo("a@example.test"))),
            Map.entry("N-SMTP-OVERSEAS", new Pair(
                    () -> Scenario.noDevices().device("d-new", "p-a", NEW_OUTLOOK, KEEPER),
                    Scenario::healthy)),
            Map.entry("R-GMAIL-POP-FETCH", new Pair(
                    () -> Scenario.noDevices().device("d-g", "p-a", GMAIL_APP, KEEPER).gmailFetch("d-g"),
                    () -> Scenario.noDevices().device("d-g", "p-a", GMAIL_APP, KEEPER))),
            Map.entry("R-PANEL-FILTER-DELETE", new Pair(
                    () -> Scenario.healthy().panel(facts(List.of(), List.of(deleting("subject", "未承諾広告")))),
                    () -> Scenario.healthy().panel(facts(List.of(), List.of(toSpam("subject", "未承諾広告")))))),
            Map.entry("R-PANEL-FORWARD-NO-KEEP", new Pair(
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP)
                            .panel(facts(List.of(box(2000, 100.0, false, "aoki@example.test")), List.of())),
                    () -> Scenario.healthy().proposing(MailProtocol.IMAP)
                            .panel(facts(List.of(box(2000, 100.0, true, "aoki@example.test")), List.of())))),
            Map.entry("R-FORWARD-FREEMAIL-DMARC", new Pair(
                    () -> Scenario.healthy().panel(facts(List.of(box(2000, 100.0, true, "aoki.taro@gmail.com")), List.of())),
                    () -> Scenario.healthy().panel(facts(List.of(box(2000, 100.0, true, "aoki@example.test")), List.of())))));

    private RuleFixtures() {
    }
}
