package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.xbill.DNS.Type;

/**
 * Candidate DMARC records for one domain, each to be re-checked before it is proposed: a starter record, a
 * rewritten record without invalid, unknown or obsolete tags, and the authorisation records external report
 * addresses need. The policy is never lowered; report addresses come from the project (see
 * {@link ReportAddresses}), never invented.
 */
final class DmarcFixes {
    private static final Set<FindingCode> REWRITTEN = Set.of(DMARC_SYNTAX, DMARC_BAD_VALUE, DMARC_OBSOLETE_TAG, DMARC_UNKNOWN_TAG);

    private final String domain;
    private final CheckProfile profile;
    private final List<DnsFinding> findings;
    private final DmarcChecks.Result dmarc;
    private final DnsSource dns;
    private final String subject;
    private final List<NoSafeFix> decisions = new ArrayList<>();

    DmarcFixes(String domain, CheckProfile profile, List<DnsFinding> findings, DmarcChecks.Result dmarc, DnsSource dns) {
        this.domain = domain;
        this.profile = profile;
        this.findings = findings;
        this.dmarc = dmarc;
        this.dns = dns;
        this.subject = "_dmarc." + domain;
    }

    List<NoSafeFix> decisions() {
        return List.copyOf(decisions);
    }

    private Optional<DnsFinding> find(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code && f.subject().equalsIgnoreCase(subject)).findFirst();
    }

    private boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** The domain's DMARC record as it should be, then one authorisation record per unauthorised report domain. */
    List<FixDraft> drafts() {
        List<FixDraft> out = new ArrayList<>();
        if (has(DMARC_INHERITED) || find(DMARC_UNCHECKED).isPresent()) {
            return out; // the parent's record applies (fixed when that domain is checked), or nothing is known
        }
        if (has(DMARC_CNAME)) {
            for (DnsFinding f : findings) {
                if (f.subject().equalsIgnoreCase(subject) && (REWRITTEN.contains(f.code()) || f.code() == DMARC_NO_RUA || f.code() == DMARC_MULTIPLE)) {
                    decisions.add(new NoSafeFix(f, LocalizedText.of("自動で安全な修正はありません。" + subject
                            + " は CNAME で別の名前に委ねられています。人が決めること: 委任先の管理者に修正を依頼するか、委任をやめて自分で登録するか。",
                            "No safe automatic fix: " + subject + " is a CNAME to a name someone else manages. A person must decide: ask "
                                    + "them to correct it, or end the delegation and publish the record here.")));
                }
            }
        } else {
            own().ifPresent(out::add);
        }
        for (String reportDomain : dmarc.unauthorised()) {
            String name = domain + "._report._dmarc." + reportDomain;
            List<DnsFinding> targets = findings.stream().filter(f -> f.code() == DMARC_REPORT_NOT_AUTHORIZED
                    && f.detail().en().contains(name)).toList();
            out.add(authorisation(reportDomain, targets));
        }
        return out;
    }

    private Optional<FixDraft> own() {
        ReportAddresses.Result address = ReportAddresses.choose(domain, profile,
                !has(MX_NULL) && !has(MX_MISSING) && !has(DOMAIN_NXDOMAIN));
        Optional<DnsFinding> noRua = find(DMARC_NO_RUA);
        if (address.choice().isEmpty()) {
            noRua.ifPresent(f -> decisions.add(new NoSafeFix(f, noMailbox(address.whyNone()))));
        }
        Optional<DnsFinding> missing = find(DMARC_MISSING);
        if (missing.isPresent()) {
            String base = profile.dmarcDefault().strip();
            base = base.endsWith(";") ? base.substring(0, base.length() - 1).strip() : base;
            return Optional.of(withReportAddress(new FixDraft("dmarc", LocalizedText.of("DMARC を新しく登録（p=none で監視から開始）",
                    "Publish a starter DMARC (p=none, monitoring)"), subject, FixDraft.Kind.DMARC, "", base,
                    List.of(missing.get()), null, List.of()), address));
        }
        Optional<DnsFinding> multiple = find(DMARC_MULTIPLE);
        if (multiple.isPresent()) {
            return merged(multiple.get());
        }
        List<DnsFinding> targets = new ArrayList<>(findings.stream()
                .filter(f -> REWRITTEN.contains(f.code()) && f.subject().equalsIgnoreCase(subject)).toList());
        DmarcRecord record = dmarc.record();
        if (record == null || (targets.isEmpty() && (noRua.isEmpty() || address.choice().isEmpty()))) {
            return Optional.empty();
        }
        List<LocalizedText> notes = new ArrayList<>();
        String p = record.tags().get("p");
        String policy = p != null && valid("p", p) ? p.strip().toLowerCase(Locale.ROOT) : "none";
        if (p != null && !valid("p", p)) {
            notes.add(LocalizedText.of("p=" + p + " は無効な値のため、受信側は none として扱っています。修正案も none にしました。"
                            + "より強い方針（quarantine・reject）にするかは、レポートを見てから人が決めてください。",
                    "p=" + p + " is not a valid value, so receivers treat it as none; the fix says none. Whether to go further "
                            + "(quarantine, reject) is for a person to decide once the reports have been read."));
        }
        StringBuilder value = new StringBuilder("v=DMARC1; p=").append(policy);
        boolean hasRua = false;
        for (var e : record.tags().entrySet()) {
            String tag = e.getKey();
            if (!tag.equals("v") && !tag.equals("p") && valid(tag, e.getValue())) {
                value.append("; ").append(tag).append('=').append(e.getValue().strip());
                hasRua |= tag.equals("rua");
            }
        }
        FixDraft draft = new FixDraft("dmarc", LocalizedText.of("DMARC を修正", "Correct DMARC"), subject, FixDraft.Kind.DMARC,
                dmarc.published(), value.toString(), targets, join(notes), List.of());
        if (!hasRua) {
            if (address.choice().isPresent()) {
                noRua.ifPresent(f -> targets.add(f));
                draft = new FixDraft(draft.id(), draft.title(), subject, draft.kind(), draft.before(), draft.value(), targets,
                        draft.note(), List.of());
            }
            draft = withReportAddress(draft, address);
        }
        return draft.value().equals(dmarc.published()) ? Optional.empty() : Optional.of(draft);
    }

    /** Several records: kept as one only when they say the same; otherwise a person chooses. */
    private Optional<FixDraft> merged(DnsFinding multiple) {
        List<String> values = multiple.records();
        List<Map<String, String>> parsed = new ArrayList<>();
        for (String v : values) {
            DmarcRecord r = DmarcRecord.parse(v);
            if (!r.problems().isEmpty()) {
                parsed.clear();
                break;
            }
            Map<String, String> normal = new TreeMap<>();
            r.tags().forEach((k, x) -> normal.put(k, x.strip().toLowerCase(Locale.ROOT)));
            parsed.add(normal);
        }
        if (!parsed.isEmpty() && parsed.stream().distinct().count() == 1) {
            return Optional.of(new FixDraft("dmarc", LocalizedText.of("DMARC を 1 つにまとめる", "Keep one DMARC record"), subject,
                    FixDraft.Kind.DMARC, String.join("\n", values), values.get(0), List.of(multiple), null, List.of()));
        }
        decisions.add(new NoSafeFix(multiple, LocalizedText.of("自動で安全な修正はありません。DMARC レコードが " + values.size()
                        + " 件あり、内容が異なります（" + String.join(" / ", values) + "）。人が決めること: どれを残すか。"
                        + "公開中の強い方針（quarantine・reject）を弱める場合は、お客様と合意してください。",
                "No safe automatic fix: there are " + values.size() + " DMARC records that differ (" + String.join(" / ", values)
                        + "). A person must decide which one to keep; weakening a published quarantine or reject needs the customer's consent.")));
        return Optional.empty();
    }

    /** Adds rua with the chosen address, and the authorisation record it needs, or says why there is none. */
    private FixDraft withReportAddress(FixDraft draft, ReportAddresses.Result address) {
        if (address.choice().isEmpty()) {
            return draft.withNote(append(draft.note(), LocalizedText.of("rua（集計レポートの送付先）は付けていません: " + address.whyNone().ja()
                            + "。受け取るアドレスを決めたら rua=mailto:<アドレス> を加えてください。",
                    "No rua (aggregate report address): " + address.whyNone().en()
                            + ". Once someone decides where reports go, add rua=mailto:<address>.")));
        }
        ReportAddresses.Choice choice = address.choice().get();
        FixDraft withRua = new FixDraft(draft.id(), draft.title(), draft.name(), draft.kind(), draft.before(),
                draft.value() + "; rua=mailto:" + choice.address(), draft.targets(), draft.note(), draft.requires());
        if (!choice.external()) {
            return withRua.withNote(append(draft.note(), LocalizedText.of("集計レポートはプロジェクトのメールボックス " + choice.address() + " に届きます。",
                    "Aggregate reports go to the project's mailbox " + choice.address() + ".")));
        }
        String name = domain + "._report._dmarc." + choice.reportDomain();
        LocalizedText external = LocalizedText.of("集計レポートの送付先 " + choice.address() + " は別のドメインです。受け取りには " + name
                        + " に TXT \"v=DMARC1\" が必要です（RFC 9989 の外部送付先の許可）。",
                "The report address " + choice.address() + " is on another domain: it receives reports only once " + name
                        + " has TXT \"v=DMARC1\" (authorisation of an external destination, RFC 9989).");
        if (authorised(name)) {
            return withRua.withNote(append(draft.note(), LocalizedText.of(external.ja() + "このレコードは既に登録されています。",
                    external.en() + " That record is already published.")));
        }
        FixDraft auth = authorisation(choice.reportDomain(), List.of());
        return withRua.withNote(append(draft.note(), LocalizedText.of(external.ja() + "一緒に登録してください（別の修正案）。",
                external.en() + " Publish it together with this one (separate fix)."))).withRequires(List.of(auth));
    }

    private boolean authorised(String name) {
        var n = SpfEvaluator.name(name);
        return n != null && dns.lookup(n, Type.TXT).txtJoined().stream().anyMatch(DmarcRecord::isDmarc);
    }

    private FixDraft authorisation(String reportDomain, List<DnsFinding> targets) {
        return new FixDraft("dmarc-report-auth-" + reportDomain, LocalizedText.of(
                "レポート送付先ドメイン " + reportDomain + " 側に登録する許可レコード",
                "Authorisation record to publish at the report domain " + reportDomain),
                domain + "._report._dmarc." + reportDomain, FixDraft.Kind.REPORT_AUTH, "", "v=DMARC1", targets,
                LocalizedText.of("このレコードはお客様のドメインではなく " + reportDomain + " のゾーンに登録します。" + reportDomain
                                + " の管理者（レポートを受け取るサービスなど）に依頼してください。",
                        "This record goes into the zone of " + reportDomain + ", not the customer's domain: ask whoever runs "
                                + reportDomain + " (such as the report service) to publish it."), List.of());
    }

    private LocalizedText noMailbox(LocalizedText why) {
        return LocalizedText.of("自動で安全な修正はありません: " + why.ja() + "。人が決めること: 集計レポートを受け取るアドレス。"
                        + "決めたら rua=mailto:<アドレス> を加えます（別ドメインのアドレスなら、そのドメインに " + domain
                        + "._report._dmarc.<そのドメイン> TXT \"v=DMARC1\" も必要です）。",
                "No safe automatic fix: " + why.en() + ". A person must decide which address receives the aggregate reports, then add "
                        + "rua=mailto:<address> (an address on another domain also needs " + domain
                        + "._report._dmarc.<that domain> TXT \"v=DMARC1\" there).");
    }

    /** A tag and value DMARC accepts on their own. */
    private static boolean valid(String tag, String value) {
        DmarcRecord r = DmarcRecord.parse("v=DMARC1; " + tag + "=" + value.strip());
        return r.problems().isEmpty();
    }

    private static LocalizedText append(LocalizedText note, LocalizedText more) {
        return note.ja().isEmpty() ? more : LocalizedText.of(note.ja() + "\n" + more.ja(), note.en() + "\n" + more.en());
    }

    private static LocalizedText join(List<LocalizedText> notes) {
        return LocalizedText.of(String.join("\n", notes.stream().map(LocalizedText::ja).toList()),
                String.join("\n", notes.stream().map(LocalizedText::en).toList()));
    }
}
