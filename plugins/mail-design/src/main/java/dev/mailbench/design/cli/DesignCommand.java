package dev.mailbench.design.cli;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.DesignFormats;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailbench design PROJECT [--json] [--lang ja|en]}: the advisor's plan for every mailbox. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = {"メールボックスごとの受信方式（POP/IMAP）・容量・アーカイブの推奨と理由、容量の見通しを表示します。",
                "Shows the recommended protocol, quota and archive plan per mailbox, with reasons and the capacity forecast."})
public final class DesignCommand implements Callable<Integer>, CliCommand {
    static final int EXIT_CANNOT_READ = 2;

    private final WorkbenchApi api;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "プロジェクトファイル (*.mailbench.json)")
    Path projectFile;

    @Option(names = "--json", description = "JSON で出力します。Print JSON.")
    boolean json;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja",
            description = "表示言語 (ja, en)。既定: ${DEFAULT-VALUE}")
    String lang;

    public DesignCommand(WorkbenchApi api) {
        this(api, Clock.systemDefaultZone());
    }

    public DesignCommand(WorkbenchApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Set.of("ja", "en").contains(lang)) {
            err.println("--lang には ja か en を指定してください（指定値: " + lang + "）。 --lang must be ja or en.");
            return spec.exitCodeOnInvalidInput();
        }
        Locale locale = Locale.forLanguageTag(lang);
        if (!Files.isRegularFile(projectFile)) {
            return cannotRead(pick(locale, "プロジェクトファイルが見つかりません: " + projectFile, "Project file not found: " + projectFile));
        }
        Project project;
        try {
            project = api.cli().loadProject(projectFile);
        } catch (IOException e) {
            return cannotRead(pick(locale, "プロジェクトを読み込めません: ", "Cannot read the project: ") + e.getMessage());
        }
        LocalDate today = LocalDate.now(clock);
        ProjectDesigner designer = new ProjectDesigner(new DesignAdvisor(),
                api.services().find(MailboxInventoryService.class), api.services().find(ServerPanelService.class), today);
        List<MailboxDesign> designs = designer.design(project);
        if (json) {
            out.println(json(project, designs, today, locale));
        } else {
            out.print(text(project, designs, today, locale));
        }
        out.flush();
        return 0;
    }

    static String text(Project project, List<MailboxDesign> designs, LocalDate today, Locale l) {
        StringBuilder s = new StringBuilder();
        String customer = project.customer().name().isBlank() ? "" : project.customer().name() + " — ";
        s.append(customer).append(pick(l, "メール設計（" + today + " 時点）", "Mail design (as of " + today + ")"))
                .append(System.lineSeparator()).append(System.lineSeparator());
        TextTable table = new TextTable(List.of(pick(l, "アドレス", "Address"), pick(l, "現在", "Now"), pick(l, "推奨", "Recommended"),
                pick(l, "容量", "Quota"), pick(l, "アーカイブ期限", "Archive by"), pick(l, "満杯予定", "Full on"),
                pick(l, "リスク", "Risks"), pick(l, "状態", "Status")));
        for (MailboxDesign d : designs) {
            Recommendation r = d.recommendation();
            CapacityForecast f = r.forecast();
            boolean forward = r.protocol() == dev.mailbench.api.model.MailProtocol.FORWARD_ONLY;
            table.add(List.of(d.mailbox().address(), r.currentProtocol().label().get(l), r.protocol().label().get(l),
                    DesignFormats.mb(r.quotaMb()), forward ? "—" : DesignFormats.date(f.archiveBy(), l),
                    forward ? "—" : DesignFormats.date(f.fullOn(), l), riskSummary(r, l), d.status().label().get(l)));
        }
        s.append(table.render());
        for (MailboxDesign d : designs) {
            Recommendation r = d.recommendation();
            s.append(System.lineSeparator()).append("■ ").append(d.mailbox().address()).append(pick(l, "（", " ("))
                    .append(d.mailbox().role().label().get(l)).append(pick(l, "）", ")")).append(System.lineSeparator());
            s.append(pick(l, "  推奨: ", "  Recommended: ")).append(plan(project, r, l)).append(System.lineSeparator());
            d.accepted().ifPresent(a -> s.append(pick(l, "  採用済み: ", "  Accepted: ")).append(a.protocol().label().get(l))
                    .append(" / ").append(DesignFormats.mb(a.quotaMb()))
                    .append(a.note().isBlank() ? "" : pick(l, " / メモ: ", " / note: ") + a.note())
                    .append(" (").append(a.decidedOn() == null ? "" : a.decidedOn()).append(")").append(System.lineSeparator()));
            s.append(pick(l, "  理由:", "  Reasons:")).append(System.lineSeparator());
            for (RuleFinding f : r.reasons()) {
                s.append("   - [").append(f.ruleId()).append("] ").append(f.reason().get(l)).append(System.lineSeparator());
            }
            if (!r.risks().isEmpty()) {
                s.append(pick(l, "  リスク:", "  Risks:")).append(System.lineSeparator());
                for (RuleFinding f : r.risks()) {
                    s.append("   - [").append(f.severity().label().get(l)).append("] [").append(f.ruleId()).append("] ")
                            .append(f.reason().get(l)).append(System.lineSeparator())
                            .append(pick(l, "     対策: ", "     Fix: ")).append(f.riskPrevented().get(l)).append(System.lineSeparator());
                }
            }
            if (r.protocol() != dev.mailbench.api.model.MailProtocol.FORWARD_ONLY) {
                CapacityForecast f = r.forecast();
                s.append(pick(l, "  容量予測: ", "  Forecast: ")).append(DesignFormats.growth(f, l))
                        .append(pick(l, "（1日 ", " (")).append(String.format(Locale.ROOT, "%.1f", f.mailsPerDay()))
                        .append(pick(l, " 通 × ", " a day × ")).append(String.format(Locale.ROOT, "%.0f KB", f.typicalKb()))
                        .append(pick(l, "、", ", ")).append(d.questionnaire().volumeSource().label().get(l)).append(pick(l, "）", ")"))
                        .append(pick(l, "、満杯まで ", ", full in ")).append(DesignFormats.months(f.monthsUntilFull(), l))
                        .append(pick(l, "、80% 到達 ", ", 80% on ")).append(DesignFormats.date(f.archiveBy(), l))
                        .append(System.lineSeparator());
                DesignFormats.panelFigures(d).ifPresent(t -> s.append("    ").append(t.get(l)).append(System.lineSeparator()));
            }
        }
        return s.toString();
    }

    private static String plan(Project project, Recommendation r, Locale l) {
        List<String> parts = new ArrayList<>();
        parts.add(r.protocol().label().get(l));
        parts.add(pick(l, "容量 ", "quota ") + DesignFormats.mb(r.quotaMb()));
        if (r.leaveCopyDays() != null) {
            parts.add(pick(l, "サーバーに ", "keep on server ") + DesignFormats.leaveCopy(r.leaveCopyDays(), l));
        }
        parts.add(pick(l, "アーカイブ ", "archive ") + r.archiveCadence().label().get(l));
        if (!r.keeperDeviceId().isEmpty()) {
            parts.add(pick(l, "保管用 ", "keeper ") + DesignFormats.deviceName(project, r.keeperDeviceId()));
        }
        if (!r.forwardTo().isEmpty()) {
            parts.add(pick(l, "転送 ", "forward to ") + DesignFormats.list(r.forwardTo()));
        }
        if (r.autoReply()) {
            parts.add(pick(l, "自動応答あり", "auto-reply on"));
        }
        return String.join(" / ", parts);
    }

    private static String riskSummary(Recommendation r, Locale l) {
        if (r.risks().isEmpty()) {
            return pick(l, "なし", "none");
        }
        List<String> parts = new ArrayList<>();
        for (RiskLevel s : List.of(RiskLevel.HIGH, RiskLevel.WARNING, RiskLevel.INFO)) {
            long n = r.riskCount(s);
            if (n > 0) {
                parts.add(s.label().get(l) + n);
            }
        }
        return String.join(" ", parts);
    }

    static String json(Project project, List<MailboxDesign> designs, LocalDate today, Locale l) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("customer", project.customer().name());
        root.put("date", today.toString());
        root.put("language", l.getLanguage());
        List<Object> mailboxes = new ArrayList<>();
        for (MailboxDesign d : designs) {
            Recommendation r = d.recommendation();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.mailbox().id());
            m.put("address", d.mailbox().address());
            m.put("role", d.mailbox().role().name());
            m.put("currentProtocol", r.currentProtocol().name());
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("protocol", r.protocol().name());
            rec.put("quotaMb", r.quotaMb());
            rec.put("leaveCopyDays", r.leaveCopyDays());
            rec.put("archiveCadence", r.archiveCadence().name());
            rec.put("archiveEveryMonths", r.archiveCadence().months());
            rec.put("keeperDeviceId", r.keeperDeviceId());
            rec.put("forwardTo", r.forwardTo());
            rec.put("autoReply", r.autoReply());
            m.put("recommendation", rec);
            m.put("status", d.status().name());
            m.put("accepted", d.accepted().map(DesignCommand::decision).orElse(null));
            m.put("reasons", r.reasons().stream().map(f -> finding(f, l)).toList());
            m.put("risks", r.risks().stream().map(f -> finding(f, l)).toList());
            m.put("forecast", forecast(r.forecast(), d.questionnaire().volumeSource().name()));
            m.put("panelFigures", DesignFormats.panelFigures(d).map(t -> t.get(l)).orElse(null));
            mailboxes.add(m);
        }
        root.put("mailboxes", mailboxes);
        return Json.pretty(root);
    }

    private static Map<String, Object> decision(MailDesignDecision a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", a.protocol().name());
        m.put("quotaMb", a.quotaMb());
        m.put("leaveCopyDays", a.leaveCopyDays());
        m.put("archiveEveryMonths", a.archiveEveryMonths());
        m.put("keeperDeviceId", a.keeperDeviceId());
        m.put("forwardTo", a.forwardTo());
        m.put("autoReply", a.autoReply());
        m.put("overridden", a.overridden());
        m.put("note", a.note());
        m.put("decidedOn", a.decidedOn() == null ? null : a.decidedOn().toString());
        return m;
    }

    private static Map<String, Object> finding(RuleFinding f, Locale l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("kind", f.kind().name());
        m.put("severity", f.severity().name());
        m.put("text", f.reason().get(l));
        m.put("prevents", f.riskPrevented().get(l));
        return m;
    }

    private static Map<String, Object> forecast(CapacityForecast f, String volumeSource) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mailsPerDay", f.mailsPerDay());
        m.put("typicalKb", f.typicalKb());
        m.put("volumeSource", volumeSource);
        m.put("currentMb", f.currentMb());
        m.put("quotaMb", f.quotaMb());
        m.put("growthMbPerMonth", f.growthMbPerMonth());
        // JSON has no infinity: null means "never".
        m.put("monthsUntilFull", Double.isInfinite(f.monthsUntilFull()) ? null : f.monthsUntilFull());
        m.put("monthsUntilWarning", Double.isInfinite(f.monthsUntilWarn()) ? null : f.monthsUntilWarn());
        m.put("archiveBy", f.archiveBy() == null ? null : f.archiveBy().toString());
        m.put("fullOn", f.fullOn() == null ? null : f.fullOn().toString());
        return m;
    }

    /** The message on stderr and, with --json, the shared failure document on stdout. */
    private int cannotRead(String message) {
        if (json) {
            spec.commandLine().getOut().println(Json.pretty(Json.failure("UNREADABLE_PROJECT", message)));
        }
        spec.commandLine().getErr().println(message);
        return EXIT_CANNOT_READ;
    }
}
