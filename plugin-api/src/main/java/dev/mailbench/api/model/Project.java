package dev.mailbench.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One customer's project: everything a consultant records during a visit. Immutable; edits produce a
 * new instance. There is deliberately no password anywhere in the model.
 *
 * @param plugins    each plugin's own section, keyed by plugin id, as plain JSON values
 *                   (maps, lists, strings, numbers, booleans); plugins read and write it through
 *                   {@code ProjectApi#readSection}/{@code writeSection}, never directly.
 */
public record Project(
        int schemaVersion,
        Customer customer,
        Consultant consultant,
        List<LocalDate> visitDates,
        ProviderRef provider,
        List<Domain> domains,
        List<Mailbox> mailboxes,
        List<Person> people,
        List<Device> devices,
        List<ChecklistState> checklist,
        Map<String, Object> plugins) {

    public static final int CURRENT_SCHEMA_VERSION = 2;

    public Project {
        customer = customer == null ? Customer.EMPTY : customer;
        consultant = consultant == null ? Consultant.EMPTY : consultant;
        visitDates = Values.list(visitDates);
        provider = provider == null ? ProviderRef.XSERVER_UNSET : provider;
        domains = Values.list(domains);
        mailboxes = Values.list(mailboxes);
        people = Values.list(people);
        devices = Values.list(devices);
        checklist = Values.list(checklist);
        plugins = Values.map(plugins);
    }

    public static Project empty() {
        return new Project(CURRENT_SCHEMA_VERSION, Customer.EMPTY, Consultant.EMPTY, List.of(),
                ProviderRef.XSERVER_UNSET, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public Optional<Domain> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Mailbox> mailbox(String id) {
        return mailboxes.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<ChecklistState> checklistState(String itemId) {
        return checklist.stream().filter(c -> c.itemId().equals(itemId)).findFirst();
    }

    public Project withCustomer(Customer value) {
        return new Project(schemaVersion, value, consultant, visitDates, provider, domains, mailboxes, people, devices, checklist, plugins);
    }

    public Project withConsultant(Consultant value) {
        return new Project(schemaVersion, customer, value, visitDates, provider, domains, mailboxes, people, devices, checklist, plugins);
    }

    public Project withVisitDates(List<LocalDate> value) {
        return new Project(schemaVersion, customer, consultant, value, provider, domains, mailboxes, people, devices, checklist, plugins);
    }

    public Project withProvider(ProviderRef value) {
        return new Project(schemaVersion, customer, consultant, visitDates, value, domains, mailboxes, people, devices, checklist, plugins);
    }

    public Project withDomains(List<Domain> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, value, mailboxes, people, devices, checklist, plugins);
    }

    public Project withMailboxes(List<Mailbox> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, domains, value, people, devices, checklist, plugins);
    }

    public Project withPeople(List<Person> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, domains, mailboxes, value, devices, checklist, plugins);
    }

    public Project withDevices(List<Device> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, domains, mailboxes, people, value, checklist, plugins);
    }

    public Project withChecklist(List<ChecklistState> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, domains, mailboxes, people, devices, value, plugins);
    }

    public Project withPlugins(Map<String, Object> value) {
        return new Project(schemaVersion, customer, consultant, visitDates, provider, domains, mailboxes, people, devices, checklist, value);
    }

    /** Replaces (or adds, when absent) the element with the same id. */
    public static <T extends Identified> List<T> upsert(List<T> list, T element) {
        var copy = new java.util.ArrayList<T>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(element.id())) {
                copy.set(i, element);
                return List.copyOf(copy);
            }
        }
        copy.add(element);
        return List.copyOf(copy);
    }

    public static <T extends Identified> List<T> remove(List<T> list, String id) {
        return list.stream().filter(e -> !e.id().equals(id)).toList();
    }

    public static <T extends Identified> List<T> update(List<T> list, String id, UnaryOperator<T> edit) {
        return list.stream().map(e -> e.id().equals(id) ? edit.apply(e) : e).toList();
    }
}
