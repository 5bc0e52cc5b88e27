package dev.mailbench.host.handover.sections;

import dev.mailbench.api.handover.HandoverContributor;
import java.util.List;

/**
 * The host's own handover sections. Orders leave room for plugins (300-700) between the mail setup and
 * the "when mail stops" page.
 */
public final class HostSections {
    public static final String SIGN_OFF_ID = "host.sign-off";
    public static final int OVERVIEW_ORDER = 10;
    public static final int MAILBOXES_ORDER = 100;
    public static final int DEVICES_ORDER = 200;
    public static final int WHEN_MAIL_STOPS_ORDER = 800;
    public static final int SIGN_OFF_ORDER = 900;

    private HostSections() {
    }

    public static List<HandoverContributor> contributors() {
        return List.of(new OverviewSection(), new MailboxesSection(), new PeopleDevicesSection(),
                new WhenMailStopsSection(), new SignOffSection());
    }
}
