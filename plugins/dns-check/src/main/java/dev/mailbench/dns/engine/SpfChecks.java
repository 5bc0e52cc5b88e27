package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Findings from an SPF evaluation (RFC 7208). */
public final class SpfChecks {
    static final int MAX_LOOKUPS = 10;
    static final int MAX_VOID = 2;
    static final int MAX_ANSWER_BYTES = 512;

    private SpfChecks() {
    }

    public static List<DnsFinding> check(String domain, SpfEvaluator.Evaluation eval, CheckProfile profile) {
        return check(domain, eval, profile, false);
    }

    /** @param nullMx the domain publishes a null MX alone (RFC 7505): it declares that it receives no mail */
    public static List<DnsFinding> check(String domain, SpfEvaluator.Evaluation eval, CheckProfile profile, boolean nullMx) {
        List<DnsFinding> out = new ArrayList<>();
        SpfNode root = eval.root();
        Answer txt = eval.txt();
        List<String> published = txt.txtJoined().stream().filter(SpfParser::isSpf).toList();
        switch (root.status()) {
            case UNCHECKED -> {
                out.add(DnsFinding.of(SPF_UNCHECKED, domain, DomainChecker.stateText(txt), List.of()));
                return out;
            }
            case NO_RECORD -> {
                out.add(DnsFinding.of(SPF_MISSING, domain, null, txt.presentation()));
                return out;
            }
            case MULTIPLE -> {
                out.add(DnsFinding.of(SPF_MULTIPLE, domain, LocalizedText.of(published.size() + " 件", published.size() + " records"), published));
                return out;
            }
            case SYNTAX -> {
                String[] parts = root.detail().split(" / ", 2);
                out.add(DnsFinding.of(SPF_SYNTAX, domain, LocalizedText.of(parts[0], parts.length > 1 ? parts[1] : parts[0]), published));
                return out;
            }
            default -> {
            }
        }
        if (txt.wireBytes() > MAX_ANSWER_BYTES) {
            out.add(DnsFinding.of(SPF_ANSWER_TOO_BIG, domain, LocalizedText.of(txt.wireBytes() + " バイト", txt.wireBytes() + " bytes"), txt.presentation()));
        }
        if (eval.lookups() > MAX_LOOKUPS) {
            out.add(DnsFinding.of(SPF_TOO_MANY_LOOKUPS, domain, LocalizedText.of(
                    "DNS 参照 " + eval.lookups() + " 回（上限 10）", eval.lookups() + " DNS lookups (limit 10)"), published));
        }
        if (eval.voidLookups() > MAX_VOID) {
            out.add(DnsFinding.of(SPF_TOO_MANY_VOID, domain, LocalizedText.of(
                    "空振り " + eval.voidLookups() + " 回（上限 2）", eval.voidLookups() + " void lookups (limit 2)"), published));
        }
        root.flatten().filter(n -> n != root).forEach(n -> {
            switch (n.status()) {
                case LOOP -> out.add(DnsFinding.of(SPF_LOOP, domain, LocalizedText.of(n.via() + " → " + n.domain(), n.via() + " → " + n.domain()), published));
                case NO_RECORD -> out.add(DnsFinding.of(SPF_INCLUDE_NO_RECORD, domain, LocalizedText.of(
                        n.via() + ": SPF がありません (" + n.detail() + ")", n.via() + ": no SPF record (" + n.detail() + ")"), published));
                case MULTIPLE -> out.add(DnsFinding.of(SPF_MULTIPLE, n.domain(), LocalizedText.of(n.via(), n.via()), List.of(n.record())));
                case SYNTAX -> {
                    String[] parts = n.detail().split(" / ", 2);
                    out.add(DnsFinding.of(SPF_SYNTAX, n.domain(), LocalizedText.of(n.via() + ": " + parts[0],
                            n.via() + ": " + (parts.length > 1 ? parts[1] : parts[0])), List.of(n.record())));
                }
                case UNCHECKED -> {
                    LocalizedText state = DomainChecker.stateText(Answer.failed(SpfEvaluator.name(n.domain()), org.xbill.DNS.Type.TXT,
                            LookupState.valueOf(n.detail())));
                    out.add(DnsFinding.of(SPF_UNCHECKED, domain, LocalizedText.of(n.via() + " — " + state.ja(), n.via() + " — " + state.en()), List.of()));
                }
                default -> {
                }
            }
        });
        List<SpfTerm> terms = root.terms();
        SpfTerm all = terms.stream().filter(t -> !t.isModifier() && t.name().equals("all")).findFirst().orElse(null);
        boolean redirect = terms.stream().anyMatch(t -> t.isModifier() && t.name().equals("redirect"));
        if (all != null && all.qualifier() == '+') {
            out.add(DnsFinding.of(SPF_PLUS_ALL, domain, term(all), published));
        } else if (all != null && all.qualifier() == '?') {
            out.add(DnsFinding.of(SPF_NEUTRAL_ALL, domain, term(all), published));
        } else if (all == null && !redirect) {
            out.add(DnsFinding.of(SPF_NO_ALL, domain, null, published));
        }
        terms.stream().filter(t -> t.name().equals("ptr") && !t.isModifier()).findFirst()
                .ifPresent(t -> out.add(DnsFinding.of(SPF_PTR, domain, term(t), published)));
        // A null MX with "v=spf1 -all" is a domain that neither receives nor sends mail: nothing to add.
        boolean sendsNoMail = nullMx && terms.size() == 1 && all != null && all.qualifier() == '-';
        if (!sendsNoMail && !profile.spfInclude().isEmpty() && root.flatten().noneMatch(n -> SpfEvaluator.withoutFinalDot(n.domain().toLowerCase(Locale.ROOT)).equals(profile.spfInclude()))) {
            out.add(DnsFinding.of(SPF_PROVIDER_INCLUDE_MISSING, domain, LocalizedText.of(
                    "include:" + profile.spfInclude() + " がありません", "include:" + profile.spfInclude() + " is missing"), published));
        }
        for (SpfTerm t : terms) {
            if (t.value() != null && !t.name().startsWith("ip") && !t.hasMacro() && profile.isFormer(t.value())) {
                out.add(DnsFinding.of(SPF_STALE_INCLUDE, domain, term(t), published));
            }
        }
        return out;
    }

    private static LocalizedText term(SpfTerm t) {
        return LocalizedText.of("位置 " + t.position() + ": " + t.text(), "position " + t.position() + ": " + t.text());
    }
}
