package dev.mailbench.migration.cli;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.kit.json.Json;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.plan.DnsSnapshot;
import dev.mailbench.migration.plan.IcsCalendar;
import dev.mailbench.migration.plan.MigrationPlan;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.plan.PlanInputs;
import dev.mailbench.migration.plan.PlanReport;
import dev.mailbench.migration.plan.SectionJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench migrate plan PROJECT}: the plan as text or JSON, optionally as an .ics calendar.
 * Exit codes: 0 a plan was made, 1 the inputs have errors (listed), 2 bad arguments or unreadable file.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"移行計画（コピー見込み・DNS 差分・日付入りの手順）を表示します。",
                "Shows the migration plan: copy estimate, DNS diff, dated steps with owners, checks and rollbacks.",
                "JSON fields: customer, domains, oldHost, newHost, cutover, timeZone, problems[], copyTotalSeconds, "
                        + "estimates[], dns{state, domains[]}, steps[{id, phase, title, start, end, owner, ownerName, dependsOn, check, rollback, status}]"})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    MigrateCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "プロジェクトファイル / project file (*.mailbench.json)")
    Path project;

    @Option(names = "--cutover", paramLabel = "YYYY-MM-DDTHH:MM", description = "切替開始の日時（日本時間、既定: プロジェクトの値） / cutover start in Japan time (default: the project's)")
    String cutover;

    @Option(names = "--dns", description = "DNS を今すぐ確認（旧・新サーバー、DNS チェックプラグイン経由） / look up DNS now (old and new servers) through the DNS check plugin")
    boolean lookUpDns;

    @Option(names = "--old-dns", paramLabel = "IP[:PORT],...", description = "旧 権威 DNS サーバー（既定: プロジェクトの値。--dns を含む） / old authoritative DNS servers (default: the project's; implies --dns)")
    String oldDns;

    @Option(names = "--new-dns", paramLabel = "IP[:PORT],...", description = "新 権威 DNS サーバー（既定: プロジェクトの値。--dns を含む） / new authoritative DNS servers (default: the project's; implies --dns)")
    String newDns;

    @Option(names = "--ics", paramLabel = "FILE", description = "手順を予定表 (iCalendar) にも書き出す / also write the timeline as an iCalendar file")
    Path ics;

    @Option(names = "--json", description = "JSON で出力 / JSON output")
    boolean json;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "表示言語（既定 ja） / language (default ja)")
    String lang;

    /** When the plan is made; tests fix it. */
    LocalDateTime now = null;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Locale.forLanguageTag(lang.strip());
        WorkbenchApi api = parent == null ? null : parent.api();
        if (api == null) {
            err.println("migrate plan はワークベンチからのみ使えます / migrate plan needs the workbench");
            return 2;
        }
        Project p;
        try {
            p = api.cli().loadProject(project);
        } catch (IOException e) {
            String message = "プロジェクトを読めません / cannot read the project: " + e.getMessage();
            if (json) {
                out.println(Json.pretty(Json.failure("UNREADABLE_PROJECT", message)));
            }
            err.println(message);
            return 2;
        }
        MigrationSection section = SectionJson.read(p);
        if (cutover != null) {
            try {
                LocalDateTime.parse(cutover.strip());
            } catch (DateTimeParseException e) {
                err.println("--cutover は YYYY-MM-DDTHH:MM で指定してください / --cutover must be YYYY-MM-DDTHH:MM: " + cutover);
                return 2;
            }
            section = section.withCutover(cutover.strip());
        }
        ProviderProfile provider = api.cli().providerFor(p);
        LocalDateTime at = now != null ? now : MigrationPlanner.nowInJapan();
        PlanInputs in = new PlanInputs(p, section, provider, at);
        DnsSnapshot dns = DnsSnapshot.notRun();
        if (lookUpDns || oldDns != null || newDns != null) {
            Optional<DnsCheckService> service = api.services().find(DnsCheckService.class);
            if (service.isEmpty()) {
                dns = DnsSnapshot.noService();
            } else {
                String oldServers = oldDns != null ? oldDns : in.oldHost().dnsServers();
                String newServers = newDns != null ? newDns : section.newDnsServers();
                dns = DnsSnapshot.lookUp(service.get(), p.domains().stream().map(d -> d.name()).toList(), oldServers, newServers,
                        provider, in.cutover().orElse(null), at, () -> false,
                        (done, total, domain) -> {
                            if (!domain.isEmpty() && !json) {
                                err.println("DNS: " + domain + " (" + (done + 1) + "/" + total + ")");
                            }
                        });
            }
        }
        MigrationPlan plan = MigrationPlanner.plan(in, api.services().find(MailboxInventoryService.class), dns);
        if (json) {
            out.println(Json.pretty(PlanReport.json(plan, locale)));
        } else {
            out.print(PlanReport.text(plan, locale));
        }
        if (ics != null && !plan.steps().isEmpty()) {
            try {
                String key = p.domains().isEmpty() ? "project" : p.domains().get(0).name();
                IcsCalendar.writeAtomically(ics, IcsCalendar.write(plan, key, Instant.now(), locale));
                err.println(LocalizedText.pick(locale, "カレンダーを書き出しました: ", "calendar written: ") + ics);
            } catch (IOException e) {
                err.println("カレンダーを書けません / cannot write the calendar: " + e.getMessage());
                return 2;
            }
        }
        out.flush();
        return plan.hasErrors() ? 1 : 0;
    }
}
