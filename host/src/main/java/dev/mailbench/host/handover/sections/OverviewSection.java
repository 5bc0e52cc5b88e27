package dev.mailbench.host.handover.sections;

import static dev.mailbench.host.handover.HandoverText.*;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.KeyValueBlock.Entry;
import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.DocumentFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Customer, consultant, visits and the mail server, as one reference page. */
final class OverviewSection implements HandoverContributor {
    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        Project p = context.project();
        Customer c = p.customer();
        Consultant k = p.consultant();
        String visits = p.visitDates().isEmpty() ? NONE.get(l)
                : p.visitDates().stream().sorted().map(d -> DocumentFields.formatDate(d, l))
                .collect(Collectors.joining(isEnglish(l) ? ", " : "、"));
        KeyValueBlock customer = new KeyValueBlock(CUSTOMER_BLOCK.get(l), List.of(
                new Entry(CUSTOMER.get(l), c.name()),
                new Entry(CONTACT_PERSON.get(l), c.contactPerson()),
                new Entry(PHONE.get(l), c.phone()),
                new Entry(EMAIL.get(l), c.email()),
                new Entry(ADDRESS.get(l), c.address())));
        KeyValueBlock consultant = new KeyValueBlock(CONSULTANT_BLOCK.get(l), List.of(
                new Entry(CONSULTANT_COMPANY.get(l), k.company()),
                new Entry(CONSULTANT.get(l), k.name()),
                new Entry(PHONE.get(l), k.phone()),
                new Entry(EMAIL.get(l), k.email()),
                new Entry(VISIT_DATES.get(l), visits)));
        KeyValueBlock server = new KeyValueBlock(SERVER_BLOCK.get(l), List.of(
                new Entry(PROVIDER.get(l), context.provider() == null ? "" : context.provider().displayName()),
                new Entry(SERVER_ID.get(l), p.provider().serverId()),
                new Entry(MAIL_HOST.get(l), ServerText.mailHost(context.provider()))));
        return Optional.of(new HandoverSection("host.overview", OVERVIEW.get(l), HostSections.OVERVIEW_ORDER,
                OVERVIEW_INTRO.get(l), List.of(customer, consultant, server)));
    }
}
