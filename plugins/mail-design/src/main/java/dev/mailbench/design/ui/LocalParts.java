package dev.mailbench.design.ui;

import java.util.Collection;
import java.util.Locale;

/**
 * Addresses as a narrow table shows them: when every mailbox of the customer lives in one domain, the domain says
 * nothing that tells two rows apart, so a cell shows "info" and the tooltip "info@sample-shoji.test". With two
 * domains the whole address stays, or "info" would be ambiguous.
 */
final class LocalParts {
    private LocalParts() {
    }

    /** The one domain every address shares (lower case), or {@code null} when there are several or none. */
    static String sharedDomain(Collection<String> addresses) {
        String shared = null;
        for (String address : addresses) {
            int at = address == null ? -1 : address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1) {
                return null;
            }
            String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
            if (shared != null && !shared.equals(domain)) {
                return null;
            }
            shared = domain;
        }
        return shared;
    }

    /** {@code address} without "@domain" when {@code domain} is the shared one, else whole. */
    static String shown(String address, String domain) {
        if (domain == null || address == null) {
            return address;
        }
        int at = address.lastIndexOf('@');
        return at > 0 && address.substring(at + 1).equalsIgnoreCase(domain) ? address.substring(0, at) : address;
    }
}
