package dev.mailbench.api.model;

/**
 * A customer domain.
 *
 * @param dnsOperator who runs its DNS (the company and panel the records are edited in)
 * @param webHost     where the website lives, which is often not where the mail lives
 */
public record Domain(String id, String name, String dnsOperator, String webHost, String registrar, String notes)
        implements Identified {
    public Domain {
        id = Values.text(id);
        name = Values.text(name);
        dnsOperator = Values.text(dnsOperator);
        webHost = Values.text(webHost);
        registrar = Values.text(registrar);
        notes = Values.text(notes);
    }
}
