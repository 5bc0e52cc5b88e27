package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * Whether the panel's DNS records are in effect for a domain: only when every NS record points at the provider's name
 * servers. A lookup that failed is "unknown", never "elsewhere" and never "in effect".
 */
public record NsVerdict(State state, List<String> nameServers, String problem) {
    public enum State { IN_EFFECT, ELSEWHERE, UNKNOWN }

    /** Compares the domain's live NS names with the provider's, case- and trailing-dot-insensitive. */
    public static NsVerdict of(List<String> live, List<String> provider) {
        if (live.isEmpty()) {
            return new NsVerdict(State.UNKNOWN, live, "no NS records");
        }
        List<String> ours = provider.stream().map(NsVerdict::norm).toList();
        boolean all = live.stream().map(NsVerdict::norm).allMatch(ours::contains);
        return new NsVerdict(all ? State.IN_EFFECT : State.ELSEWHERE, live, "");
    }

    public static NsVerdict unknown(String problem) {
        return new NsVerdict(State.UNKNOWN, List.of(), problem);
    }

    private static String norm(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** Why a DNS write is refused (empty text when it is not). */
    public LocalizedText refusal(String domain) {
        return switch (state) {
            case IN_EFFECT -> LocalizedText.of("", "");
            case ELSEWHERE -> LocalizedText.of(
                    domain + " のネームサーバー（" + String.join(", ", nameServers) + "）は Xserver を指していないため、サーバーパネルの"
                            + " DNS レコードは効いていません。パネルで変更しても公開 DNS は変わらないので、書き込みはしません。"
                            + "今の DNS の管理先（" + String.join(", ", nameServers) + "）で変更してください。",
                    "The name servers of " + domain + " (" + String.join(", ", nameServers) + ") do not point at Xserver, so the "
                            + "panel's DNS records are not in effect. A change in the panel would change nothing in public DNS, so "
                            + "nothing is written. Make the change where the DNS is run (" + String.join(", ", nameServers) + ").");
            case UNKNOWN -> LocalizedText.of(
                    domain + " のネームサーバーを確認できませんでした（" + problem + "）。パネルの DNS が効いているか分からないため、"
                            + "書き込みはしません。時間をおいてもう一度確認してください。",
                    "The name servers of " + domain + " could not be checked (" + problem + "). Whether the panel's DNS is in "
                            + "effect is unknown, so nothing is written. Check again later.");
        };
    }
}
