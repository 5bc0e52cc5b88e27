package dev.mailbench.migration.plan;

import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.migration.plan.PlanStep.Owner;
import dev.mailbench.migration.plan.PlanStep.Phase;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates the steps of domain.md section 8 around the cutover {@code C} (Japan time). The rule:
 * <ul>
 * <li>Lowering the TTLs: the latest business day at 10:00 that is at least {@link TtlAdvice#lead} before C
 *     (24 h, or twice the longest TTL that changes when that is longer; one day assumed when unknown).
 *     The inventory is the business day before, creating the mailboxes, preparing the new records and the
 *     pre-copy follow the TTL step on its day (pre-copy takes the estimate + 20 %, at least an hour; copy times are rounded up to 5 minutes).</li>
 * <li>The cutover window starts at C as entered (evenings and weekends are the consultant's call): stop clients
 *     15 min, final copy (10 % of the estimate, at least 15 min), DNS switch 30 min, wait one low TTL, check.</li>
 * <li>After: devices are reconfigured by their users from the first business morning after the window at 09:00,
 *     30 min per device, each person's devices one after another; the post-copy runs that morning at 10:00;
 *     the final DNS check on the first business day at least 24 h after the switch (Xserver receives only once
 *     DNS has propagated, up to 24 h) at 11:00, the TTLs are raised right after it.</li>
 * </ul>
 */
public final class TimelineBuilder {
    static final long ASSUMED_TTL = 86400;

    private TimelineBuilder() {
    }

    public static List<PlanStep> build(PlanInputs in, LocalDateTime cutover, Duration copyTotal, long longestChangingTtl) {
        Project p = in.project();
        String consultant = p.consultant().name();
        String customer = p.customer().contactPerson().isBlank() ? p.customer().name() : p.customer().contactPerson();
        String dnsOperator = dnsOperator(in);
        long ttl = longestChangingTtl < 0 ? ASSUMED_TTL : longestChangingTtl;
        List<PlanStep> steps = new ArrayList<>();

        LocalDateTime lowerTtl = BusinessCalendar.atOrBefore(cutover.minus(TtlAdvice.lead(ttl)), LocalTime.of(10, 0));
        LocalDateTime inventory = BusinessCalendar.previous(lowerTtl.toLocalDate()).atTime(10, 0);
        steps.add(step("inventory", Phase.PREPARE, "旧サーバーの調査（フォルダ・件数・容量・大きなメール）", "Survey the old host (folders, counts, sizes, large messages)",
                inventory, Duration.ofHours(2), Owner.CONSULTANT, consultant, List.of(),
                "「コピーと検証」タブ（または mailbench migrate copy）の調査で全メールボックスの件数と容量が出ている",
                "Every mailbox's counts and sizes are shown by the survey in the Copy and verify tab (or mailbench migrate copy)",
                "不要（読み取りのみ）", "None needed (read only)"));
        steps.add(step("lower-ttl", Phase.PREPARE, "DNS の TTL を " + TtlAdvice.LOW_TTL + " 秒に下げる（MX・SPF など変更するレコード）",
                "Lower the TTL of the records that change (MX, SPF, ...) to " + TtlAdvice.LOW_TTL + " s",
                lowerTtl, Duration.ofMinutes(30), Owner.DNS_OPERATOR, dnsOperator, List.of("inventory"),
                "旧 DNS サーバーが変更対象のレコードを TTL " + TtlAdvice.LOW_TTL + " 秒で返す（DNS 差分表で確認）",
                "The old DNS servers answer the records that change with TTL " + TtlAdvice.LOW_TTL + " s (see the DNS diff)",
                "TTL を元の値（" + Formats.ttl(ttl, java.util.Locale.JAPANESE) + "）に戻す",
                "Set the TTLs back to their old value (" + Formats.ttl(ttl, java.util.Locale.ENGLISH) + ")"));
        LocalDateTime create = lowerTtl.toLocalDate().atTime(13, 0);
        steps.add(step("create-mailboxes", Phase.PREPARE, "新サーバー（" + in.provider().displayName() + "）にメールボックスを作成（" + p.mailboxes().size() + " 件）",
                "Create the mailboxes on the new host (" + p.mailboxes().size() + ")",
                create, Duration.ofHours(1), Owner.CONSULTANT, consultant, List.of("inventory"),
                "すべてのメールボックスにウェブメールでログインできる（容量・転送・自動応答も設定済み）",
                "Every mailbox logs in to webmail (quota, forwarding and auto-reply set)",
                "作成したメールボックスを削除（まだ誰も使っていない）", "Delete the new mailboxes (nobody uses them yet)"));
        steps.add(step("prepare-new-dns", Phase.PREPARE, "新サーバー側の DKIM を有効化し、新しい MX・SPF・DKIM・DMARC を用意",
                "Enable DKIM on the new host and prepare the new MX, SPF, DKIM and DMARC records",
                create.plusHours(1), Duration.ofMinutes(30), Owner.CONSULTANT, consultant, List.of("create-mailboxes"),
                "DNS チェック（新 DNS サーバー）でエラーがない、または切替で直るものだけ",
                "The DNS check of the new servers shows no error other than those the switch fixes",
                "不要（まだ公開していない）", "None needed (nothing published yet)"));
        Duration preCopy = max(Duration.ofHours(1), scale(copyTotal, 1.2));
        LocalDateTime preCopyStart = create.plusHours(1).plusMinutes(30);
        steps.add(step("pre-copy", Phase.PREPARE, "事前コピー（旧サーバー → 新サーバー、全メールボックス）",
                "Pre-copy all mailboxes (old host → new host)",
                preCopyStart, preCopy, Owner.CONSULTANT, consultant, List.of("create-mailboxes"),
                "「コピーと検証」タブの検証で全フォルダの件数が一致", "Verify in the Copy and verify tab shows equal counts in every folder",
                "新サーバーのコピー済みメールを削除（旧サーバーはそのまま）", "Delete the copied mail on the new host (the old host is untouched)"));

        LocalDateTime t = cutover;
        steps.add(step("stop-clients", Phase.CUTOVER, "全端末のメールソフトを終了（旧サーバーへの接続を止める）",
                "Close the mail program on every device (stop using the old host)",
                t, Duration.ofMinutes(15), Owner.CUSTOMER, customer, List.of("pre-copy", "lower-ttl"),
                "全員がメールソフトを閉じたと連絡済み", "Everyone has confirmed their mail program is closed",
                "メールソフトを再開（まだ何も変わっていない）", "Reopen the mail programs (nothing has changed yet)"));
        t = t.plusMinutes(15);
        Duration finalCopy = max(Duration.ofMinutes(15), scale(copyTotal, 0.1));
        steps.add(step("final-copy", Phase.CUTOVER, "最終コピー（差分のみ）", "Final copy (only what is new)",
                t, finalCopy, Owner.CONSULTANT, consultant, List.of("stop-clients"),
                "検証で全フォルダの件数とメッセージが一致", "Verify shows every folder's counts and messages equal",
                "もう一度実行（差分コピーなので重複しない）。旧サーバーはまだ受信中", "Run it again (incremental, no duplicates); the old host still receives"));
        t = t.plus(finalCopy);
        steps.add(step("switch-dns", Phase.CUTOVER, "DNS を切り替える（MX・SPF・DKIM・DMARC）", "Switch DNS (MX, SPF, DKIM, DMARC)",
                t, Duration.ofMinutes(30), Owner.DNS_OPERATOR, dnsOperator, List.of("final-copy", "lower-ttl", "prepare-new-dns"),
                "新しいレコードが権威 DNS サーバーから返る（DNS 差分表の「必要」と一致）",
                "The authoritative servers answer the new records (as in the DNS diff's 'needed' column)",
                "DNS 差分表の「現在」の値に戻す（TTL " + TtlAdvice.LOW_TTL + " 秒なので数分で戻る）",
                "Put back the 'today' values of the DNS diff (TTL " + TtlAdvice.LOW_TTL + " s: back within minutes)"));
        t = t.plusMinutes(30);
        steps.add(step("wait-ttl", Phase.CUTOVER, "TTL 1 回分（" + TtlAdvice.LOW_TTL + " 秒）待つ", "Wait one TTL (" + TtlAdvice.LOW_TTL + " s)",
                t, Duration.ofSeconds(TtlAdvice.LOW_TTL), Owner.CONSULTANT, consultant, List.of("switch-dns"),
                "外部（携帯のメールなど）から送った試験メールが新サーバーに届く", "A test message sent from outside (e.g. a phone) reaches the new host",
                "届かなければ DNS を元に戻し、原因を確認", "If it does not arrive, switch DNS back and find out why"));
        t = t.plusSeconds(TtlAdvice.LOW_TTL);
        steps.add(step("check-dns-after", Phase.CUTOVER, "切替後の DNS チェックと送受信テスト", "DNS check and send/receive test after the switch",
                t, Duration.ofMinutes(30), Owner.CONSULTANT, consultant, List.of("wait-ttl"),
                "DNS チェックにエラーがなく、新サーバーから送ったメールが Gmail で SPF・DKIM pass",
                "The DNS check shows no error; mail sent from the new host passes SPF and DKIM at Gmail",
                "DNS を元に戻し、メールソフトを旧設定で再開", "Switch DNS back and reopen the mail programs with the old settings"));
        LocalDateTime windowEnd = t.plusMinutes(30);
        LocalDateTime switchEnd = windowEnd.minusMinutes(30).minusSeconds(TtlAdvice.LOW_TTL);

        LocalDateTime morning = BusinessCalendar.atOrAfter(windowEnd, LocalTime.of(9, 0));
        Map<String, Integer> perPerson = new HashMap<>();
        for (Device d : p.devices()) {
            int n = perPerson.merge(d.personId(), 1, Integer::sum) - 1;
            String person = p.person(d.personId()).map(Person::name).orElse("");
            String client = d.client().label().ja();
            steps.add(step("reconfigure-" + d.id(), Phase.AFTER,
                    "「" + d.name() + "」（" + client + "）を新サーバーに設定変更 — 「クライアント設定」パネルの手順どおり",
                    "Reconfigure \"" + d.name() + "\" (" + d.client().label().en() + ") for the new host: follow the Client setup panel's instructions",
                    morning.plusMinutes(30L * n), Duration.ofMinutes(30), person.isBlank() ? Owner.CUSTOMER : Owner.PERSON,
                    person.isBlank() ? customer : person, List.of("check-dns-after"),
                    "この端末で送信と受信のテストが成功", "Sending and receiving work on this device",
                    "旧アカウントは削除せず無効にして残す（事後コピーが終わるまで）", "Keep the old account disabled, not deleted, until the post-copy is done"));
        }
        LocalDateTime postCopy = BusinessCalendar.atOrAfter(windowEnd, LocalTime.of(10, 0));
        steps.add(step("post-copy", Phase.AFTER, "事後コピー（切替後も旧サーバーに届いたメール）", "Post-copy (mail that still reached the old host)",
                postCopy, Duration.ofHours(1), Owner.CONSULTANT, consultant, List.of("check-dns-after"),
                "検証で旧サーバーにしかないメールが 0 件", "Verify finds no message that is only on the old host",
                "不要（追加のみのコピー）", "None needed (the copy only adds)"));
        LocalDateTime finalCheck = BusinessCalendar.atOrAfter(switchEnd.plusHours(24), LocalTime.of(11, 0));
        steps.add(step("check-dns-final", Phase.AFTER, "DNS の再確認（切替から 24 時間以上後）", "Check DNS again (24 h or more after the switch)",
                finalCheck, Duration.ofMinutes(30), Owner.CONSULTANT, consultant, List.of("post-copy"),
                "システムのリゾルバーからも新しいレコードが返り、DNS チェックにエラーがない",
                "The system resolver also answers the new records; the DNS check shows no error",
                "問題があれば DNS 管理者に修正を依頼", "Ask the DNS operator to fix what is wrong"));
        steps.add(step("raise-ttl", Phase.AFTER, "TTL を元に戻す（" + TtlAdvice.NORMAL_TTL + " 秒など）", "Raise the TTLs back (e.g. " + TtlAdvice.NORMAL_TTL + " s)",
                finalCheck.plusMinutes(30), Duration.ofMinutes(30), Owner.DNS_OPERATOR, dnsOperator, List.of("check-dns-final"),
                "変更したレコードが TTL " + TtlAdvice.NORMAL_TTL + " 秒で返る", "The changed records answer with TTL " + TtlAdvice.NORMAL_TTL + " s",
                "TTL を再び " + TtlAdvice.LOW_TTL + " 秒に下げる", "Lower the TTLs to " + TtlAdvice.LOW_TTL + " s again"));

        Map<String, String> status = in.section().stepStatus();
        return steps.stream().map(s -> s.withStatus(PlanStep.StepStatus.parse(status.get(s.id())))).toList();
    }

    static String dnsOperator(PlanInputs in) {
        if (!in.section().newDnsOperator().isBlank()) {
            return in.section().newDnsOperator();
        }
        return in.project().domains().stream().map(d -> d.dnsOperator()).filter(s -> !s.isBlank()).findFirst().orElse("");
    }

    /** {@code d} times {@code factor}, rounded up to whole 5 minutes: a plan is read in minutes, not seconds. */
    private static Duration scale(Duration d, double factor) {
        long minutes = (long) Math.ceil(d.getSeconds() * factor / 60.0);
        return Duration.ofMinutes((minutes + 4) / 5 * 5);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static PlanStep step(String id, Phase phase, String ja, String en, LocalDateTime start, Duration length,
                                 Owner owner, String ownerName, List<String> deps, String checkJa, String checkEn,
                                 String rollbackJa, String rollbackEn) {
        return new PlanStep(id, phase, LocalizedText.of(ja, en), start, start.plus(length), owner, ownerName, deps,
                LocalizedText.of(checkJa, checkEn), LocalizedText.of(rollbackJa, rollbackEn), PlanStep.StepStatus.TODO);
    }
}
