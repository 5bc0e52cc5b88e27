package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/** Findings for one DKIM selector (RFC 6376, RFC 8301, RFC 8463). */
public final class DkimChecks {
    private DkimChecks() {
    }

    public static List<DnsFinding> check(String domain, String selector, Answer txt) {
        String subject = selector + "._domainkey." + domain;
        List<DnsFinding> out = new ArrayList<>();
        if (!txt.state().isConclusive()) {
            out.add(DnsFinding.of(DKIM_UNCHECKED, subject, DomainChecker.stateText(txt), List.of()));
            return out;
        }
        List<String> values = txt.txtJoined();
        if (values.isEmpty()) {
            out.add(DnsFinding.of(DKIM_MISSING, subject, LocalizedText.of("セレクター: " + selector, "selector: " + selector), List.of()));
            return out;
        }
        List<String> recs = txt.presentation();
        if (values.size() > 1) {
            out.add(DnsFinding.of(DKIM_SYNTAX, subject, LocalizedText.of("鍵レコードが " + values.size() + " 件あります",
                    values.size() + " key records"), recs));
            return out;
        }
        DkimKey key = DkimKey.parse(values.get(0));
        if (key.problem() != null) {
            FindingCode code = switch (key.problem()) {
                case SYNTAX -> DKIM_SYNTAX;
                case KEY_INVALID -> DKIM_KEY_INVALID;
                case UNKNOWN_TYPE -> DKIM_KEY_TYPE_UNKNOWN;
            };
            out.add(DnsFinding.of(code, subject, LocalizedText.of(key.problemText(), key.problemText()), recs));
            return out;
        }
        if (key.revoked()) {
            out.add(DnsFinding.of(DKIM_REVOKED, subject, null, recs));
            return out;
        }
        if (key.testing()) {
            out.add(DnsFinding.of(DKIM_TESTING, subject, null, recs));
        }
        LocalizedText size = LocalizedText.of(key.keyType() + " " + key.bits() + " ビット", key.keyType() + " " + key.bits() + " bits");
        if (key.keyType().equals("rsa") && key.bits() < 1024) {
            out.add(DnsFinding.of(DKIM_KEY_TOO_SHORT, subject, size, recs));
        } else if (key.keyType().equals("rsa") && key.bits() < 2048) {
            out.add(DnsFinding.of(DKIM_KEY_1024, subject, size, recs));
        } else if (!key.testing()) {
            out.add(DnsFinding.of(DKIM_OK, subject, size, recs));
        }
        return out;
    }
}
