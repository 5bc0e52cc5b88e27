package dev.mailbench.migration.plan;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a plan is made from: the project (domains, mailboxes, people, devices), its migration section, the
 * new host (the project's provider profile) and the present moment in Japan time.
 */
public record PlanInputs(Project project, MigrationSection section, ProviderProfile provider, LocalDateTime now) {
    /** Every date in a plan is Japan time: the customers, the consultants and Xserver are there. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public PlanInputs {
        section = section == null ? MigrationSection.empty() : section;
    }

    /** The planned start of the cutover window; empty when not set or not a date-time. */
    public Optional<LocalDateTime> cutover() {
        try {
            return section.cutover().isBlank() ? Optional.empty() : Optional.of(LocalDateTime.parse(section.cutover().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public OldHost oldHost() {
        return section.oldHost() == null ? new OldHost("", "", 993, "", 587, "") : section.oldHost();
    }

    /** Problems in the inputs, errors first; empty when the plan can be made as entered. */
    public List<PlanProblem> validate() {
        List<PlanProblem> errors = new ArrayList<>();
        List<PlanProblem> warnings = new ArrayList<>();
        if (section.cutover().isBlank()) {
            errors.add(PlanProblem.error("cutover", "切替日時が未入力です（例: 2026-12-12T19:00）。",
                    "The cutover date and time is missing (e.g. 2026-12-12T19:00)."));
        } else if (cutover().isEmpty()) {
            errors.add(PlanProblem.error("cutover", "切替日時「" + section.cutover() + "」を読めません。YYYY-MM-DDTHH:MM の形で入力してください。",
                    "Cannot read the cutover \"" + section.cutover() + "\": use YYYY-MM-DDTHH:MM."));
        } else {
            LocalDateTime c = cutover().get();
            if (!c.isAfter(now)) {
                errors.add(PlanProblem.error("cutover", "切替日時が過去です（" + Formats.dateTime(c) + "）。未来の日時を入力してください。",
                        "The cutover (" + Formats.dateTime(c) + ") is in the past: choose a future date."));
            } else if (c.isBefore(now.plusHours(24))) {
                warnings.add(PlanProblem.warning("cutover", "切替まで 24 時間ありません。TTL を下げても古い値が残る可能性があります。",
                        "Less than 24 hours to the cutover: caches may keep the old records even if the TTL is lowered now."));
            }
            boolean weekday = c.getDayOfWeek() != DayOfWeek.SATURDAY && c.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && c.getHour() >= BusinessCalendar.DAY_START.getHour() && c.getHour() < BusinessCalendar.DAY_END.getHour()) {
                warnings.add(PlanProblem.warning("cutover", "切替が平日の業務時間中です。メールが止まるため、夜間か週末をおすすめします。",
                        "The cutover is during weekday office hours: mail stops meanwhile, an evening or weekend is better."));
            }
        }
        OldHost old = oldHost();
        if (old.imapHost().isBlank()) {
            errors.add(PlanProblem.error("oldHost", "旧サーバーの IMAP ホスト名が未入力です。", "The old host's IMAP server is missing."));
        } else if (!old.imapHost().equals(old.imapHost().strip()) || old.imapHost().contains(" ")) {
            errors.add(PlanProblem.error("oldHost", "旧サーバーのホスト名に空白が含まれています: 「" + old.imapHost() + "」",
                    "The old host name contains spaces: \"" + old.imapHost() + "\""));
        }
        if (old.imapPort() <= 0 || old.imapPort() > 65535) {
            errors.add(PlanProblem.error("oldHost", "旧サーバーの IMAP ポート番号 " + old.imapPort() + " は使えません（通常 993）。",
                    "IMAP port " + old.imapPort() + " is not a port (usually 993)."));
        }
        if (provider != null && provider.mailHost() != null && !old.imapHost().isBlank()
                && old.imapHost().strip().equalsIgnoreCase(provider.mailHost())) {
            errors.add(PlanProblem.error("oldHost", "旧サーバーと新サーバー（" + provider.mailHost() + "）が同じです。",
                    "The old host is the new host (" + provider.mailHost() + ")."));
        }
        if (project.domains().isEmpty()) {
            errors.add(PlanProblem.error("domains", "ドメインが登録されていません。プロジェクトにドメインを追加してください。",
                    "The project has no domain: add one first."));
        }
        if (project.mailboxes().isEmpty()) {
            errors.add(PlanProblem.error("mailboxes", "メールボックスが登録されていません。", "The project has no mailbox."));
        }
        if (provider == null || provider.mailHost() == null || provider.mailHost().isBlank() || provider.mailHost().contains("{")) {
            warnings.add(PlanProblem.warning("provider", "新サーバー（Xserver）のサーバー ID が未設定です。sv番号を入れると DNS の必要レコードが正確になります。",
                    "The new host's server ID is not set: the needed DNS records need it."));
        }
        if (old.dnsServers().isBlank()) {
            warnings.add(PlanProblem.warning("oldDns", "旧 DNS サーバーが未入力のため、現在のレコードはシステムのリゾルバーに問い合わせます。",
                    "No old DNS servers given: today's records are asked from the system resolver."));
        }
        errors.addAll(warnings);
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return validate().stream().anyMatch(p -> p.severity() == PlanProblem.Severity.ERROR);
    }
}
