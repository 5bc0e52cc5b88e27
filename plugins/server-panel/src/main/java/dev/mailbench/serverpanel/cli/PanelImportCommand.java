package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.ImportDiff;
import dev.mailbench.serverpanel.engine.KeyInfo;
import dev.mailbench.serverpanel.engine.PanelChange;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.PanelImporter;
import dev.mailbench.serverpanel.engine.PanelSection;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailbench panel import}: reads the whole panel (paced by the server's limits, progress on standard error) and
 * shows what it would change in the project and what changed since the last import. The project file is not written:
 * merging is done in the workbench, as one undo step.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"サーバーパネルを読み込み、プロジェクトとの差分と前回の読み込みからの変化を表示します（プロジェクトは書き換えません）。",
                "Reads the panel and shows the differences to the project and the changes since the last import (the project file is not written)."})
final class PanelImportCommand implements Callable<Integer> {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApiKey key = null;
        try {
            Locale l = PanelSession.locale(options, err);
            Project project = PanelSession.project(parent, options, l, out, err);
            key = PanelSession.key(parent, options, l, out, err);
            XserverConnector connector = PanelSession.connect(options, key, l, out, err);
            KeyInfo info;
            PanelSnapshot snapshot;
            long start = System.nanoTime();
            try {
                info = connector.keyInfo(() -> false);
                for (LocalizedText a : info.advice(Instant.now(), true)) {
                    err.println(LocalizedText.pick(l, "注意: ", "Note: ") + a.get(l));
                }
                int[] lastPercent = {-1};
                snapshot = new PanelImporter(Clock.systemUTC()).run(connector, (done, total, what) -> {
                    int percent = total == 0 ? 100 : done * 100 / total;
                    if (percent / 10 != lastPercent[0] / 10 || done == total) {
                        lastPercent[0] = percent;
                        err.println("[" + done + "/" + total + "] " + what.get(l));
                        err.flush();
                    }
                }, () -> Thread.currentThread().isInterrupted());
            } catch (PanelException e) {
                PanelSession.failed(options, l, out, err, e);
                return PanelCommand.EXIT_CANNOT_CONNECT;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<PanelChange> toProject = ImportDiff.againstProject(project, snapshot);
            Optional<PanelSnapshot> last = parent.api.project().readSection(project, PanelSection.class)
                    .map(PanelSection::lastImport);
            List<PanelChange> sinceLast = last.map(s -> ImportDiff.sinceLastImport(s, snapshot)).orElse(null);
            if (options.json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("servername", connector.servername());
                root.put("permission", info.permission());
                root.put("requests", connector.api().requests());
                root.put("seconds", Math.round(seconds * 10) / 10.0);
                root.put("snapshot", snapshot);
                root.put("changesToProject", toProject);
                root.put("changesSinceLastImport", sinceLast);
                out.println(Json.pretty(root));
            } else {
                out.println(LocalizedText.pick(l, "読み込み: ", "Imported: ") + snapshot.accounts().size()
                        + LocalizedText.pick(l, " アカウント、", " accounts, ") + snapshot.domains().size()
                        + LocalizedText.pick(l, " ドメイン、", " domains, ") + snapshot.filters().size()
                        + LocalizedText.pick(l, " 件の振り分け、", " filters, ") + snapshot.dnsRecords().size()
                        + LocalizedText.pick(l, " 件の DNS レコード（", " DNS records (") + connector.api().requests()
                        + LocalizedText.pick(l, " リクエスト、", " requests, ") + String.format(Locale.ROOT, "%.1f", seconds)
                        + LocalizedText.pick(l, " 秒）", " s)"));
                print(out, l, LocalizedText.of("プロジェクトとの差分", "Differences to the project"), toProject);
                if (sinceLast != null) {
                    print(out, l, LocalizedText.of("前回の読み込みからの変化", "Changes since the last import"), sinceLast);
                }
            }
            out.flush();
            return 0;
        } catch (PanelSession.Exit e) {
            return e.code;
        } finally {
            if (key != null) {
                key.wipe();
            }
        }
    }

    private static void print(PrintWriter out, Locale l, LocalizedText title, List<PanelChange> changes) {
        out.println();
        out.println(title.get(l) + " (" + changes.size() + ")");
        if (changes.isEmpty()) {
            out.println("  " + LocalizedText.pick(l, "なし", "none"));
        }
        for (PanelChange c : changes) {
            String kind = switch (c.kind()) {
                case NEW -> LocalizedText.pick(l, "新規", "new");
                case CHANGED -> LocalizedText.pick(l, "変更", "changed");
                case GONE -> LocalizedText.pick(l, "削除", "gone");
            };
            out.println("  [" + kind + "] " + c.area() + " " + c.key() + (c.field().isEmpty() ? "" : " " + c.field())
                    + ": " + (c.before().isEmpty() ? "" : c.before() + " → ") + c.after());
        }
    }
}
