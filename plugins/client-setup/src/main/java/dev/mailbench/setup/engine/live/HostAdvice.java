package dev.mailbench.setup.engine.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server name to propose when the one in use fails. Never the failing name itself: advice to "use
 * mail.customer.jp" to a client that fails on mail.customer.jp sends the consultant round in circles.
 *
 * <p>On a certificate name mismatch the certificate says which server answers (Xserver's certificates name
 * {@code svNNNN.xserver.jp}, never the customer's domain). The provider profile says which name the
 * customer should use. Both are known at that moment, so the proposal comes from them, in this order: the
 * profile's host when the certificate covers it; a certificate name that has the shape of the profile's
 * host (same provider, e.g. the server ID the certificate shows); the profile's host; any other concrete
 * name in the certificate.
 */
public final class HostAdvice {
    /** What the consultant looks up when no concrete name is known. */
    public static final String PLACEHOLDER = "svNNNN.xserver.jp";

    private HostAdvice() {
    }

    /**
     * @param failing      the host the client uses, as typed
     * @param providerHost the profile's host for this customer ({@code --expected-host}), may be null, blank or
     *                     still hold a {@code {serverId}} placeholder
     * @param certNames    the names of the certificate the server presented, or null
     * @return the name to propose, or empty when nothing concrete is known
     */
    public static Optional<String> propose(String failing, String providerHost, List<String> certNames) {
        String bad = normalize(failing);
        String profile = concrete(providerHost) ? normalize(providerHost) : null;
        List<String> names = new ArrayList<>();
        if (certNames != null) {
            certNames.stream().map(HostAdvice::normalize).filter(n -> !n.isEmpty() && !n.equals(bad)).forEach(names::add);
        }
        if (profile != null && !profile.equals(bad) && names.stream().anyMatch(n -> covers(n, profile))) {
            return Optional.of(profile);
        }
        Pattern shape = shapeOf(providerHost);
        Optional<String> sameProvider = names.stream().filter(n -> !n.startsWith("*.") && shape.matcher(n).matches()).findFirst();
        if (sameProvider.isPresent()) {
            return sameProvider;
        }
        if (profile != null && !profile.equals(bad)) {
            return Optional.of(profile);
        }
        return names.stream().filter(n -> !n.startsWith("*.") && !covers(n, bad)).findFirst();
    }

    /** The proposal, or the placeholder the consultant finds in the server panel. */
    public static String proposeOrPlaceholder(String failing, String providerHost, List<String> certNames) {
        return propose(failing, providerHost, certNames).orElse(PLACEHOLDER);
    }

    private static boolean concrete(String host) {
        return host != null && !host.isBlank() && !host.contains("{") && !host.contains("<");
    }

    static String normalize(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A certificate name (possibly a wildcard) covers {@code host}. */
    private static boolean covers(String certName, String host) {
        if (certName.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot + 1).equals(certName.substring(2));
        }
        return certName.equals(host);
    }

    /**
     * The shape of the provider's host: its first label's letters followed by digits, the rest as is
     * ({@code sv1234.xserver.jp} → {@code [a-z]+\d+\.xserver\.jp}; {@code {serverId}.xserver.jp} → any first label).
     * Without a profile host, Xserver's documented shape.
     */
    private static Pattern shapeOf(String providerHost) {
        String h = providerHost == null || providerHost.isBlank() ? "{serverId}.xserver.jp" : normalize(providerHost);
        int dot = h.indexOf('.');
        if (dot < 0) {
            return Pattern.compile(Pattern.quote(h));
        }
        String first = h.substring(0, dot);
        String firstShape = first.matches("[a-z]+\\d+") ? "[a-z]+\\d+" : first.contains("{") ? "[a-z0-9-]+" : Pattern.quote(first);
        return Pattern.compile(firstShape + Pattern.quote(h.substring(dot)));
    }
}
