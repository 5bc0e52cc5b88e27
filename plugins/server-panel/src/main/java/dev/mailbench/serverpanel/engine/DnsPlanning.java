package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Builds a change plan from one record edit, and checks a plan made earlier against the panel's records of now. */
public final class DnsPlanning {
    private DnsPlanning() {
    }

    /** One record edit: set {@code host type} to {@code content} (create or update), or delete it. */
    public record Edit(String domain, String host, String type, String content, Integer ttl, Integer priority, boolean delete) {
    }

    /**
     * The change for one edit against the domain's current records: an update when exactly one record has that host and
     * type (for MX/TXT, the one whose content is replaced must be named by {@code content} when there are several), a
     * create when none has, a delete of the one named.
     *
     * @throws IllegalArgumentException with a text fit to show (Japanese / English) when the edit is ambiguous or empty
     */
    public static DnsChange fromEdit(Edit e, List<DnsRecord> current) {
        String host = e.host() == null || e.host().isBlank() ? "@" : e.host().strip();
        String type = e.type().strip().toUpperCase(Locale.ROOT);
        List<DnsRecord> same = current.stream()
                .filter(r -> r.host().equalsIgnoreCase(host) && r.type().equalsIgnoreCase(type)).toList();
        if (e.delete()) {
            List<DnsRecord> named = e.content() == null ? same
                    : same.stream().filter(r -> r.content().equals(e.content())).toList();
            if (named.size() != 1) {
                throw new IllegalArgumentException(named.isEmpty()
                        ? "削除するレコードがありません / no such record: " + host + " " + type
                        : "同じ名前と種類のレコードが複数あります。--content で内容を指定してください / several records match; name the one with --content: "
                        + host + " " + type);
            }
            return DnsChange.delete(named.get(0));
        }
        if (e.content() == null || e.content().isBlank()) {
            throw new IllegalArgumentException("--content を指定してください / --content is required");
        }
        int priority = e.priority() == null ? 0 : e.priority();
        if (same.size() > 1) {
            throw new IllegalArgumentException("同じ名前と種類のレコードが " + same.size() + " 件あり、どれを変えるか決められません。"
                    + "--changes のファイルで指定してください / " + same.size() + " records have that name and type; "
                    + "say which one in a --changes file: " + host + " " + type);
        }
        if (same.isEmpty()) {
            return DnsChange.create(new DnsRecord(null, e.domain(), host, type, e.content(), e.ttl() == null ? 3600 : e.ttl(),
                    priority));
        }
        DnsRecord before = same.get(0);
        return DnsChange.update(before, new DnsRecord(before.id(), before.domain(), host, type, e.content(),
                e.ttl() == null ? before.ttl() : e.ttl(), e.priority() == null ? before.priority() : priority));
    }

    /**
     * Changes whose record is no longer as the plan saw it (edited or deleted in the panel since): sending them would
     * overwrite someone's later change, so they are refused, one text each.
     */
    public static List<LocalizedText> stale(List<DnsChange> plan, List<DnsRecord> current) {
        List<LocalizedText> out = new ArrayList<>();
        for (DnsChange c : plan) {
            if (c.op() == DnsChange.Op.CREATE) {
                continue;
            }
            Optional<DnsRecord> now = current.stream().filter(r -> Objects.equals(r.id(), c.before().id())
                    && r.domain().equalsIgnoreCase(c.before().domain())).findFirst();
            if (now.isEmpty()) {
                out.add(LocalizedText.of(c.describe() + ": このレコードはパネルにもうありません（ID " + c.before().id() + "）。",
                        c.describe() + ": the record is no longer in the panel (id " + c.before().id() + ")."));
            } else if (!sameRecord(now.get(), c.before())) {
                out.add(LocalizedText.of(c.describe() + ": このレコードは計画の後にパネルで変更されています（今: "
                                + DnsChange.show(now.get()) + "）。計画を作り直してください。",
                        c.describe() + ": the record was changed in the panel after the plan was made (now: "
                                + DnsChange.show(now.get()) + "). Make the plan again."));
            }
        }
        return out;
    }

    private static boolean sameRecord(DnsRecord a, DnsRecord b) {
        return a.host().equalsIgnoreCase(b.host()) && a.type().equalsIgnoreCase(b.type()) && a.content().equals(b.content())
                && a.ttl() == b.ttl() && Objects.equals(nz(a.priority()), nz(b.priority()));
    }

    private static int nz(Integer p) {
        return p == null ? 0 : p;
    }
}
